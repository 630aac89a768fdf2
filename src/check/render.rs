//! The text report: per reference, the canonical form and the differences, then each
//! finding with its input line and a caret, like a compiler.

use std::fmt::Write;

use super::{CheckReport, Finding};
use crate::LineIndex;
use crate::Severity;

/// Characters of context shown on each side of a caret in long lines.
const CONTEXT: usize = 50;

pub(super) fn text(report: &CheckReport, input: &str, name: &str) -> String {
    let index = LineIndex::new(input);
    let mut out = String::new();
    for r in &report.references {
        let kind = r.kind.map_or(String::new(), |k| format!(" ({k})"));
        let _ = writeln!(
            out,
            "{name}:{}:{}: reference {}{kind}",
            r.position.line, r.position.column, r.index
        );
        if let Some(c) = &r.canonical {
            if r.diff.is_empty() {
                let _ = writeln!(out, "  canonical: {c} (as written)");
            } else {
                let _ = writeln!(out, "  canonical: {c}");
                let _ = writeln!(out, "  diff:      {}", r.diff_inline());
            }
        }
        for f in &r.findings {
            out.push_str(&finding(f, &index, name));
        }
    }
    for f in &report.list {
        out.push_str(&finding(f, &index, name));
    }
    let (e, w, n) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Note),
    );
    let _ = writeln!(
        out,
        "{name}: {} reference{} checked against {}: {e} error{}, {w} warning{}, {n} note{}",
        report.references.len(),
        plural(report.references.len()),
        report.style,
        plural(e),
        plural(w),
        plural(n)
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// One finding: `severity[CODE]: message`, the location, the line (cut around the
/// caret when long) and the caret.
fn finding(f: &Finding, index: &LineIndex<'_>, name: &str) -> String {
    let d = &f.diagnostic;
    let sev = match d.severity {
        Severity::Note => "note",
        Severity::Warning => "warning",
        Severity::Error => "error",
    };
    let line: Vec<char> = index.line_text(d.position.line).chars().collect();
    let col = d.position.column - 1;
    let width = index_width(index, d);
    let from = col.saturating_sub(CONTEXT);
    let to = (col + width + CONTEXT).min(line.len());
    let shown: String = line[from.min(to)..to].iter().collect();
    let (pre, post) =
        (if from > 0 { "…" } else { "" }, if to < line.len() { "…" } else { "" });
    let pad = col - from + pre.chars().count();
    let mut s = format!(
        "{sev}[{}]: {}\n  --> {name}:{}:{}\n   | {pre}{shown}{post}\n   | {}{}\n",
        d.code,
        d.message,
        d.position.line,
        d.position.column,
        " ".repeat(pad),
        "^".repeat(width)
    );
    if let Some(r) = &f.replacement {
        let _ = writeln!(
            s,
            "   = fix: {}",
            if r.is_empty() { "remove it".into() } else { format!("`{r}`") }
        );
    }
    s
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
