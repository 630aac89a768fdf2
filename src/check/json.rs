//! The JSON report: `serde_json`'s pretty form, with the references of a long list
//! written on every core and joined in order (the same bytes as one pass would give).

use serde::Serialize;

use super::{CheckReport, Finding, ReferenceReport};

/// References per piece written on one thread, and the fewest worth threads at all.
const PIECE: usize = 256;

/// What [`CheckReport`] serialises as, with the references left to the caller.
#[derive(Serialize)]
struct Head<'a> {
    style: &'a str,
    references: &'a [ReferenceReport],
    list: &'a [Finding],
}

/// References handed to the threads at a time: the pieces of one window are written
/// out before the next is made, so the report is never held twice in memory.
const WINDOW: usize = 16 * PIECE;

/// `report` as pretty JSON, on up to `threads` threads.
pub(super) fn pretty(report: &CheckReport, threads: usize) -> String {
    let mut out = Vec::new();
    match write(report, threads, &mut out) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(e) => format!("{{\"error\":\"{e}\"}}"),
    }
}

/// Writes `report` as pretty JSON to `out`, on up to `threads` threads.
pub(super) fn write(
    report: &CheckReport,
    threads: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    write_in_windows(report, threads, WINDOW, out)
}

/// [`write`], handing `window` references to the threads at a time.
fn write_in_windows(
    report: &CheckReport,
    threads: usize,
    window: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    const EMPTY: &str = "\"references\": []";
    let head = Head { style: report.style, references: &[], list: &report.list };
    let refs = &report.references;
    // serde_json writes an empty array as `[]`; a full one holds each element on lines
    // of its own, indented one level deeper than the key (two levels: four spaces).
    let head = to_pretty(&head).map_err(std::io::Error::other)?;
    let at = head.find(EMPTY).filter(|_| threads > 1 && refs.len() >= 2 * PIECE);
    let Some(at) = at else {
        return serde_json::to_writer_pretty(out, report).map_err(std::io::Error::other);
    };
    out.write_all(&head.as_bytes()[..at])?;
    out.write_all(b"\"references\": [")?;
    for (w, window) in refs.chunks(window.max(1)).enumerate() {
        let pieces: Vec<&[ReferenceReport]> = window.chunks(PIECE).collect();
        let written = crate::threads::map_in_runs(pieces, threads, |piece| {
            let mut text = String::new();
            for r in piece {
                text.push_str(",\n");
                indent(&to_pretty(r).unwrap_or_default(), "    ", &mut text);
            }
            text
        });
        for (k, piece) in written.iter().enumerate() {
            // Each piece starts with the separator of its first reference; the very
            // first reference follows the bracket with a line break only.
            let piece = if w == 0 && k == 0 { &piece[1..] } else { piece };
            out.write_all(piece.as_bytes())?;
        }
    }
    out.write_all(b"\n  ]")?;
    out.write_all(&head.as_bytes()[at + EMPTY.len()..])
}

fn to_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value)
}

/// Appends `text` to `out` with `prefix` before each of its lines (JSON strings escape
/// their line breaks, so every `\n` here is the printer's).
fn indent(text: &str, prefix: &str, out: &mut String) {
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(prefix);
        out.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::{CheckOptions, check_list};

    /// The pieces joined give the bytes of one `serde_json` pass, for lists around the
    /// thresholds and with list-level findings.
    #[test]
    fn threaded_json_is_the_one_pass_json() {
        let one = "Иванов И.И. Книга. М.; Л., 1990. С. 5-7.\nPetrov P. Book. L., 1990.\n";
        for n in [0usize, 1, 511, 512, 513, 1100] {
            let text = one.repeat(n.div_ceil(2)) + "Сидоров С. С. Книга. М., 1990.\n";
            let report = check_list(&text, &CheckOptions::new().one_per_line(true));
            let expected = serde_json::to_string_pretty(&report).unwrap();
            for threads in [1, 2, 3] {
                assert_eq!(super::pretty(&report, threads), expected, "{n} × {threads}");
                // Windows of 512 references: 1,100 take three.
                let mut windowed = Vec::new();
                super::write_in_windows(&report, threads, 512, &mut windowed).unwrap();
                assert_eq!(String::from_utf8(windowed).unwrap(), expected);
            }
        }
    }
}
