//! List-level checks: numbering (`G042`), duplicates (`G040`) and GOST order (`G041`).

use std::collections::HashMap;

use super::diff::is_word_char;
use super::text::fold_case;
use super::{Finding, Item, ReferenceReport};
use crate::LineIndex;
use crate::lang::sort_key;
use crate::{Name, Severity, Source, Span};

/// Length in bytes of a list number at the start of `s` (`12. `, `[12] `, `12) `),
/// including the spaces after it; 0 when there is none.
pub(super) fn number_prefix_len(s: &str) -> usize {
    parse_number(s).map_or(0, |(_, len)| len)
}

/// Length in bytes of a list label at the start of `s` (`Лит.: `, `References: `),
/// including the spaces after it; 0 when there is none.
pub(super) fn label_len(s: &str) -> usize {
    const LABELS: [&str; 8] = [
        "lit.",
        "лит.",
        "литература",
        "список литературы",
        "references",
        "bibliography",
        "библиография",
        "источники",
    ];
    let Some(colon) = s.find(':').filter(|&c| c <= 40) else { return 0 };
    let head = s[..colon].trim().to_lowercase();
    if !LABELS.contains(&head.as_str()) {
        return 0;
    }
    let rest = &s[colon + 1..];
    colon + 1 + rest.len() - rest.trim_start().len()
}

/// The list number at the start of `s` and the length of the whole prefix.
fn parse_number(s: &str) -> Option<(u32, usize)> {
    let bracket = s.starts_with('[');
    let body = &s[usize::from(bracket)..];
    let digits = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    if digits == 0 || digits > 4 {
        return None;
    }
    let n: u32 = body[..digits].parse().ok()?;
    let close = body[digits..].chars().next()?;
    let ok = if bracket { close == ']' } else { matches!(close, '.' | ')') };
    if !ok {
        return None;
    }
    let after = &body[digits + 1..];
    // `1945.` opening a reference is a year, not a number: a number is followed by a space.
    if !after.starts_with(char::is_whitespace) {
        return None;
    }
    let spaces = after.len() - after.trim_start().len();
    Some((n, usize::from(bracket) + digits + 1 + spaces))
}

/// The number written before item `i` (between the previous item and this one, or at
/// the start of its own text), with the number's span.
pub(super) fn number_before(
    text: &str,
    items: &[Item],
    i: usize,
    item: &Item,
) -> Option<(u32, Span)> {
    let from = if i == 0 { 0 } else { items[i - 1].span.end };
    let from = from.min(item.span.start);
    let gap = &text[from..item.span.start];
    let line_start = gap.rfind('\n').map_or(from, |p| from + p + 1);
    let candidates = [line_start, item.span.start];
    candidates.into_iter().enumerate().find_map(|(k, at)| {
        let s = &text[at..item.span.end];
        let lead = s.len() - s.trim_start_matches([' ', '\t']).len();
        let (n, len) = parse_number(&s[lead..])?;
        let end = at + lead + len;
        // A number on the line must lie before the reference; one inside it, at its start.
        (k == 1 || end <= item.span.start).then_some((n, at + lead..end))
    })
}

/// The list-level checks; the keys of long lists are computed on `threads` threads.
pub(super) fn check(
    threads: usize,
    index: &LineIndex<'_>,
    refs: &[ReferenceReport],
    numbers: &[Option<(u32, Span)>],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let finding = |code: &str, severity, message: String, span: Span| Finding {
        diagnostic: index.diagnostic(severity, code, message, span),
        replacement: None,
    };
    numbering(numbers, &mut |m, s| out.push(finding("G042", Severity::Warning, m, s)));
    duplicates(refs, threads, &mut |m, s| {
        out.push(finding("G040", Severity::Warning, m, s))
    });
    order(refs, threads, &mut |m, s| out.push(finding("G041", Severity::Warning, m, s)));
    out.sort_by_key(|f| f.diagnostic.span.start);
    out
}

fn numbering(numbers: &[Option<(u32, Span)>], emit: &mut impl FnMut(String, Span)) {
    let numbered: Vec<&(u32, Span)> = numbers.iter().flatten().collect();
    if numbered.len() < 2 || numbered.len() * 2 < numbers.len() {
        return;
    }
    let mut expected = numbered[0].0;
    for (n, span) in numbered {
        if *n != expected {
            let what =
                if *n < expected { "repeated or decreasing" } else { "numbering gap" };
            emit(format!("{what}: expected {expected}, found {n}"), span.clone());
        }
        expected = n + 1;
    }
}

/// Letters and digits only, lowercase, `ё` = `е`.
fn normal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_normal(s, &mut out);
    out
}

/// Appends [`normal`]`(s)` to `out`; ASCII and basic Cyrillic without the Unicode tables.
fn push_normal(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() || ('\u{0400}'..='\u{045F}').contains(&c) {
            let l = fold_case(c);
            if is_word_char(l) {
                out.push(if l == 'ё' { 'е' } else { l });
            }
        } else {
            for l in c.to_lowercase().filter(|&l| crate::lang::chars::is_alnum(l)) {
                out.push(if l == 'ё' { 'е' } else { l });
            }
        }
    }
}

fn heading(src: &Source) -> String {
    match src.authors.first() {
        Some(Name::Person(p)) => p.family.clone(),
        Some(Name::Organization(o)) => o.clone(),
        _ => String::new(),
    }
}

/// Normalised first author + title + year, or the whole text when unparsed.
fn identity(r: &ReferenceReport) -> Option<String> {
    match r.source() {
        Some(s) if !s.title.is_empty() => {
            use std::fmt::Write;
            let mut key = String::with_capacity(64);
            match s.authors.first() {
                Some(Name::Person(p)) => push_normal(&p.family, &mut key),
                Some(Name::Organization(o)) => push_normal(o, &mut key),
                _ => {}
            }
            key.push('|');
            push_normal(&s.title.main, &mut key);
            key.push('|');
            if let Some(d) = s.date {
                let _ = write!(key, "{}", d.start.year);
            }
            key.push('|');
            let locator = format!("{:?}{:?}", s.numbering.pages, s.numbering.volume);
            push_normal(&locator, &mut key);
            Some(key)
        }
        _ => Some(normal(&r.text)).filter(|t| t.chars().count() > 8),
    }
}

fn duplicates(
    refs: &[ReferenceReport],
    threads: usize,
    emit: &mut impl FnMut(String, Span),
) {
    let mut seen: HashMap<String, &ReferenceReport> = HashMap::new();
    let keys = crate::threads::map_each(refs, threads, identity);
    for (r, key) in refs.iter().zip(keys) {
        let Some(key) = key else { continue };
        match seen.get(&key) {
            Some(first) => emit(
                format!(
                    "duplicate of reference {} (line {}): the same source is listed twice",
                    first.index, first.position.line
                ),
                r.span.start
                    ..r.span.start
                        + r.text.find(char::is_whitespace).unwrap_or(r.text.len()),
            ),
            None => {
                seen.insert(key, r);
            }
        }
    }
}

/// What a reference is filed under: heading (first author), else title.
fn filed_under(r: &ReferenceReport) -> String {
    match r.source() {
        Some(s) => {
            let head = heading(s);
            if head.is_empty() { s.title.main.clone() } else { head }
        }
        None => r.text.clone(),
    }
}

/// A list counts as meant to be sorted when at least three quarters of its neighbours
/// are in order, by GOST collation or by a Latin-first one; then each reference that
/// breaks the GOST order is reported.
fn order(refs: &[ReferenceReport], threads: usize, emit: &mut impl FnMut(String, Span)) {
    if refs.len() < 3 {
        return;
    }
    let filed: Vec<String> = crate::threads::map_each(refs, threads, filed_under);
    let keys: Vec<String> = crate::threads::map_each(&filed, threads, |f| sort_key(f));
    let ordered = |k: &[String]| k.windows(2).filter(|w| w[0] <= w[1]).count();
    let pairs = refs.len() - 1;
    let gost = ordered(&keys);
    // Code point order: Latin before Cyrillic, the usual wrong order (needed only when
    // the GOST order alone does not make the list look sorted).
    let sorted = |gost: usize| {
        4 * gost >= 3 * pairs || {
            let latin_first: Vec<String> = filed.iter().map(|f| normal(f)).collect();
            4 * ordered(&latin_first) >= 3 * pairs
        }
    };
    if gost == pairs || !sorted(gost) {
        return;
    }
    for i in 1..refs.len() {
        if keys[i] < keys[i - 1] {
            let (a, b) = (&refs[i], &refs[i - 1]);
            let script = if is_latin(&filed[i - 1]) && !is_latin(&filed[i]) {
                ": Cyrillic entries go before Latin ones"
            } else {
                ""
            };
            emit(
                format!(
                    "out of GOST order: reference {} should come before reference {} (line {}){script}",
                    a.index, b.index, b.position.line
                ),
                a.span.start
                    ..a.span.start
                        + a.text.find(char::is_whitespace).unwrap_or(a.text.len()),
            );
        }
    }
}

fn is_latin(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| c.is_ascii())
}

/// A piece that only numbers or marks a reference in a copied list: a number alone on its
/// line (`286`, a footnote number) or bullets (`-`, `•`, `***`).
fn is_label_only(piece: &str) -> bool {
    let number = piece.len() <= 4 && piece.bytes().all(|b| b.is_ascii_digit());
    number || piece.chars().all(|c| matches!(c, '-' | '–' | '—' | '*' | '•' | '·' | ' '))
}

/// Pieces of `text` outside every reference span that are more than list labels,
/// numbers, separators and spaces: text the splitter or the parser did not take as a
/// reference.
pub(super) fn unclaimed(text: &str, spans: &[Span]) -> Vec<Span> {
    let mut bounds: Vec<Span> = spans.to_vec();
    bounds.sort_by_key(|s| s.start);
    let mut gaps = Vec::new();
    let mut at = 0;
    for s in bounds.iter().chain(std::iter::once(&(text.len()..text.len()))) {
        if s.start > at {
            gaps.push(at..s.start);
        }
        at = at.max(s.end);
    }
    let mut out = Vec::new();
    for gap in gaps {
        let mut line_at = gap.start;
        for line in text[gap.clone()].split_inclusive('\n') {
            let end = line_at + line.len();
            let lead = line.len() - line.trim_start().len();
            let mut from = (line_at + lead).min(end);
            from = (from + label_len(&text[from..end])).min(end);
            from = (from + number_prefix_len(&text[from..end])).min(end);
            let piece = &text[from..end];
            let trimmed = piece.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, ';' | '.' | ',')
            });
            if !trimmed.is_empty() && !is_label_only(trimmed) {
                let start = from + piece.find(trimmed).unwrap_or(0);
                out.push(start..start + trimmed.len());
            }
            line_at += line.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_bullets_alone_on_a_line_are_no_unclaimed_text() {
        let text =
            "1\n\nСЗ РФ. 1994. № 32.\n- \n***\nСм.: Книга. М., 1990.\n12345\n+++ ??? +++";
        let reference = "СЗ РФ. 1994. № 32.";
        let start = text.find(reference).expect("in the text");
        let span: Span = start..start + reference.len();
        let spans = std::slice::from_ref(&span);
        let pieces: Vec<&str> =
            unclaimed(text, spans).into_iter().map(|s| &text[s]).collect();
        assert_eq!(pieces, ["См.: Книга. М., 1990", "12345", "+++ ??? +++"]);
    }
}
