//! The text report: per reference, the canonical form and the differences, then each
//! finding with its input line and a caret, like a compiler.

use std::fmt::Write;

use super::{CheckReport, Finding, ReferenceReport};
use crate::LineIndex;
use crate::Severity;

/// Characters of context shown on each side of a caret in long lines.
const CONTEXT: usize = 50;

pub(super) fn text(
    report: &CheckReport,
    input: &str,
    name: &str,
    threads: usize,
) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(report, input, name, threads, super::REPORT_WINDOW, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the text report to `out`, rendering `window` references at a time on up to
/// `threads` threads.
pub(super) fn write(
    report: &CheckReport,
    input: &str,
    name: &str,
    threads: usize,
    window: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let index = LineIndex::new(input);
    let refs = &report.references;
    let render = |piece: &[ReferenceReport]| {
        let mut text = String::new();
        for r in piece {
            reference(r, &index, name, &mut text);
        }
        text
    };
    crate::threads::render_in_windows(refs, threads, window, render, |_, piece| {
        out.write_all(piece.as_bytes())
    })?;
    let list = |piece: &[Finding]| {
        let mut text = String::new();
        for f in piece {
            finding(f, &index, name, &mut text);
        }
        text
    };
    crate::threads::render_in_windows(
        &report.list,
        threads,
        window,
        list,
        |_, piece| out.write_all(piece.as_bytes()),
    )?;
    let mut tail = String::new();
    let (e, w, n) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Note),
    );
    let _ = writeln!(
        tail,
        "{name}: {} reference{} checked against {}: {e} error{}, {w} warning{}, {n} note{}",
        report.references.len(),
        plural(report.references.len()),
        report.style,
        plural(e),
        plural(w),
        plural(n)
    );
    out.write_all(tail.as_bytes())
}

/// One reference: where it is, its canonical form and differences, its findings.
fn reference(r: &ReferenceReport, index: &LineIndex<'_>, name: &str, out: &mut String) {
    let _ = write!(
        out,
        "{name}:{}:{}: reference {}",
        r.position.line, r.position.column, r.index
    );
    if let Some(k) = r.kind {
        let _ = write!(out, " ({k})");
    }
    out.push('\n');
    if let Some(c) = &r.canonical {
        if r.diff.is_empty() {
            let _ = writeln!(out, "  canonical: {c} (as written)");
        } else {
            let _ = writeln!(out, "  canonical: {c}");
            let _ = writeln!(out, "  diff:      {}", r.diff_inline());
        }
    }
    for f in &r.findings {
        finding(f, index, name, out);
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One finding: `severity[CODE]: message`, the location, the line (cut around the
/// caret when long) and the caret.
fn finding(f: &Finding, index: &LineIndex<'_>, name: &str, out: &mut String) {
    let d = &f.diagnostic;
    let sev = match d.severity {
        Severity::Note => "note",
        Severity::Warning => "warning",
        Severity::Error => "error",
    };
    let line = index.line_text(d.position.line);
    let col = d.position.column - 1;
    let width = index_width(index, d);
    let from = col.saturating_sub(CONTEXT);
    // Byte offsets of the characters `from` and `col + width + CONTEXT` (or the end).
    let byte_of =
        |chars: usize| line.char_indices().nth(chars).map_or(line.len(), |(b, _)| b);
    let to = byte_of(col + width + CONTEXT);
    let from_byte = byte_of(from).min(to);
    let (pre, post) =
        (if from > 0 { "…" } else { "" }, if to < line.len() { "…" } else { "" });
    let pad = col - from + pre.chars().count();
    let _ = write!(
        out,
        "{sev}[{}]: {}\n  --> {name}:{}:{}\n   | {pre}{}{post}\n   | ",
        d.code,
        d.message,
        d.position.line,
        d.position.column,
        &line[from_byte..to],
    );
    out.extend(std::iter::repeat_n(' ', pad));
    out.extend(std::iter::repeat_n('^', width));
    out.push('\n');
    if let Some(r) = &f.replacement {
        if r.is_empty() {
            out.push_str("   = fix: remove it\n");
        } else {
            let _ = writeln!(out, "   = fix: `{r}`");
        }
    }
}

/// The caret width in characters: the span's first line, at least 1.
fn index_width(index: &LineIndex<'_>, d: &crate::Diagnostic) -> usize {
    let end = index.position(d.span.end);
    if end.line != d.position.line {
        let len = index.line_text(d.position.line).chars().count();
        return len.saturating_sub(d.position.column - 1).max(1);
    }
    end.column.saturating_sub(d.position.column).max(1)
}

#[cfg(test)]
mod tests {
    use crate::check::{CheckOptions, check_list};

    /// Pieces rendered on several threads join into the one-thread text.
    #[test]
    fn threaded_text_is_the_one_thread_text() {
        let one = "Иванов И.И. Книга. М.; Л., 1990. С. 5-7.\nPetrov P. Book. L., 1990.\n";
        for n in [1usize, 511, 512, 513, 1100] {
            let text = one.repeat(n.div_ceil(2)) + "Сидоров С. С. Книга. М., 1990.\n";
            let report = check_list(&text, &CheckOptions::new().one_per_line(true));
            let expected = super::text(&report, &text, "list.txt", 1);
            assert!(expected.contains("error[") || expected.contains("warning["));
            for threads in [2, 3] {
                assert_eq!(super::text(&report, &text, "list.txt", threads), expected);
                // Windows of 512 references: 1,100 take three.
                let mut windowed = Vec::new();
                super::write(&report, &text, "list.txt", threads, 512, &mut windowed)
                    .unwrap();
                assert_eq!(String::from_utf8(windowed).unwrap(), expected);
            }
        }
    }
}
