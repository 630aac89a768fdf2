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

/// Rounds of check-and-fix `--fix` makes at most.
const MAX_ROUNDS: usize = 5;

/// Fixes `input` round after round until a check finds nothing left to fix.
pub(super) fn rounds(
    first: &CheckReport,
    input: &str,
    options: &super::CheckOptions,
) -> String {
    let mut current = apply(first, input);
    for _ in 1..MAX_ROUNDS {
        let report = super::check_list(&current, options);
        if !report.has_fixes() {
            break;
        }
        let next = apply(&report, &current);
        if next == current {
            break;
        }
        current = next;
    }
    current
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

/// Applies to `canonical` the repairs of `findings` at places the canonical form copied
/// unchanged from what was written (no hunk of `hunks` touches them): the formatter
/// keeps, say, a hyphen in `С. 7-10` or Latin look-alikes inside a title, and the fix
/// should not. `base` is the reference's offset in the input. `None` when nothing applies.
pub(super) fn carry_repairs(
    base: usize,
    findings: &[super::Finding],
    canonical: &str,
    hunks: &[super::Hunk],
) -> Option<String> {
    let mut repairs: Vec<(Span, &str)> = findings
        .iter()
        .filter_map(|f| {
            let rep = f.replacement.as_deref()?;
            let s = &f.diagnostic.span;
            let rel = s.start.checked_sub(base)?..s.end.checked_sub(base)?;
            let touched = hunks.iter().any(|h| {
                h.old.start < rel.end.max(rel.start + 1)
                    && rel.start < h.old.end.max(h.old.start + 1)
            });
            (!touched).then_some((rel, rep))
        })
        .collect();
    if repairs.is_empty() {
        return None;
    }
    repairs.sort_by_key(|(s, _)| (s.start, s.end));
    // Map written offsets to canonical ones through the hunks before each repair.
    let shift = |at: usize| -> isize {
        hunks
            .iter()
            .filter(|h| h.old.end <= at)
            .map(|h| h.new.len() as isize - h.old.len() as isize)
            .sum()
    };
    let mut out = String::with_capacity(canonical.len());
    let mut pos = 0;
    for (s, rep) in repairs {
        let d = shift(s.start);
        let (start, end) =
            ((s.start as isize + d) as usize, (s.end as isize + d) as usize);
        if start < pos
            || end > canonical.len()
            || !canonical.is_char_boundary(start)
            || !canonical.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&canonical[pos..start]);
        out.push_str(rep);
        pos = end;
    }
    out.push_str(&canonical[pos..]);
    Some(out)
}
