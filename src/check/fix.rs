//! `--fix`: the list with every reference in its canonical form, its shape kept.

use super::CheckReport;
use crate::Span;

/// Fits a canonical form to its place in the list: inside a `; `-separated paragraph a
/// reference written without a final period keeps none (the `;` separates).
pub(super) fn fit_to_list(text: &str, span: &Span, canonical: String) -> String {
    let written = &text[span.clone()];
    let followed_by_separator = text[span.end..].trim_start().starts_with(';');
    if followed_by_separator && !written.trim_end().ends_with('.') {
        if let Some(c) = canonical.strip_suffix('.') {
            return c.to_owned();
        }
    }
    canonical
}

/// The input with each reference replaced by its canonical form, or with the findings'
/// repairs applied where there is no canonical form.
pub(super) fn apply(report: &CheckReport, input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    let mut at = 0;
    let mut refs: Vec<_> = report.references.iter().collect();
    refs.sort_by_key(|r| r.span.start);
    for r in refs {
        if r.span.start < at || r.span.end > input.len() {
            continue;
        }
        out.push_str(&input[at..r.span.start]);
        match &r.canonical {
            Some(c) => out.push_str(c),
            None => {
                let mut fixes: Vec<(&Span, &str)> = r
                    .findings
                    .iter()
                    .filter_map(|f| Some((&f.diagnostic.span, f.replacement.as_deref()?)))
                    .filter(|(s, _)| r.span.start <= s.start && s.end <= r.span.end)
                    .collect();
                fixes.sort_by_key(|(s, _)| (s.start, s.end));
                let mut pos = r.span.start;
                for (s, rep) in fixes {
                    if s.start < pos {
                        continue;
                    }
                    out.push_str(&input[pos..s.start]);
                    out.push_str(rep);
                    pos = s.end;
                }
                out.push_str(&input[pos..r.span.end]);
            }
        }
        at = r.span.end;
    }
    out.push_str(&input[at..]);
    out
}
