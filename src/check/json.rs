//! The JSON report: `serde_json`'s pretty form, with the references of a long list
//! written on every core and joined in order (the same bytes as one pass would give).

use serde::Serialize;

use super::{CheckReport, Finding, ReferenceReport};

/// What [`CheckReport`] serialises as, with its arrays left to the caller.
#[derive(Serialize)]
struct Head<'a> {
    style: &'a str,
    references: &'a [ReferenceReport],
    list: &'a [Finding],
}

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
    write_in_windows(report, threads, super::REPORT_WINDOW, out)
}

/// [`write`], handing `window` items of each array to the threads at a time.
fn write_in_windows(
    report: &CheckReport,
    threads: usize,
    window: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    const REFERENCES: &str = "\"references\": ";
    const LIST: &str = "\"list\": ";
    let head = Head { style: report.style, references: &[], list: &[] };
    let head = to_pretty(&head).map_err(std::io::Error::other)?;
    // serde_json writes an empty array as `[]`: the two arrays go in their place.
    let (Some(r), Some(l)) = (head.find("\"references\": []"), head.find("\"list\": []"))
    else {
        return serde_json::to_writer_pretty(out, report).map_err(std::io::Error::other);
    };
    let (r, l) = (r + REFERENCES.len(), l + LIST.len());
    out.write_all(&head.as_bytes()[..r])?;
    write_array(&report.references, threads, window, out)?;
    out.write_all(&head.as_bytes()[r + 2..l])?;
    write_array(&report.list, threads, window, out)?;
    out.write_all(&head.as_bytes()[l + 2..])
}

/// An array of the report's top level as serde_json's pretty printer writes it: `[]`
/// when empty, else each element on lines of its own, indented two levels (four
/// spaces); see [`crate::threads::render_in_windows`].
fn write_array<T: Serialize + Sync>(
    items: &[T],
    threads: usize,
    window: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    let render = |piece: &[T]| {
        let mut text = String::new();
        for item in piece {
            text.push_str(",\n");
            indent(&to_pretty(item).unwrap_or_default(), "    ", &mut text);
        }
        text
    };
    out.write_all(b"[")?;
    crate::threads::render_in_windows(items, threads, window, render, |k, piece| {
        // Each piece starts with the separator of its first element; the very first
        // element follows the bracket with a line break only.
        out.write_all(&piece.as_bytes()[usize::from(k == 0)..])
    })?;
    out.write_all(b"\n  ]")
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
        for text in ["", "  \n", "1.\n2.\n"] {
            let report = check_list(text, &CheckOptions::new());
            let expected = serde_json::to_string_pretty(&report).unwrap();
            assert_eq!(super::pretty(&report, 2), expected, "{text:?}");
        }
    }
}
