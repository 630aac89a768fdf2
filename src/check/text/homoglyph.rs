//! `G034`: letters of another script typed inside a word (`CCCP`, `M.` for `М.`,
//! `Poccия`).

use super::{Ctx, Finding, in_any};
use crate::Span;

/// Latin letters that look like Cyrillic ones, and their Cyrillic twins.
const TWINS: &[(char, char)] = &[
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
];

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

fn to_cyrillic(c: char) -> Option<char> {
    TWINS.iter().find(|t| t.0 == c).map(|t| t.1)
}

fn to_latin(c: char) -> Option<char> {
    TWINS.iter().find(|t| t.1 == c).map(|t| t.0)
}

fn is_roman(word: &str) -> bool {
    word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Runs of letters of `w`, as byte ranges.
fn words(w: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in w.char_indices().chain(std::iter::once((w.len(), ' '))) {
        match (c.is_alphabetic(), open) {
            (true, None) => open = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// The repaired word, if it mixes scripts or is Latin look-alikes amid Cyrillic words.
fn repair(word: &str, cyrillic_context: bool, abbreviation: bool) -> Option<String> {
    let cyr = word.chars().filter(|&c| is_cyrillic(c)).count();
    let lat = word.chars().filter(char::is_ascii_alphabetic).count();
    let fixed: Option<String> = if cyr > 0 && lat > 0 {
        if cyr >= lat {
            word.chars()
                .map(|c| if c.is_ascii() { to_cyrillic(c) } else { Some(c) })
                .collect()
        } else {
            word.chars()
                .map(|c| if is_cyrillic(c) { to_latin(c) } else { Some(c) })
                .collect()
        }
    } else if lat > 0 && cyrillic_context && (!is_roman(word) || abbreviation) {
        let upper = word.chars().all(char::is_uppercase);
        if !(upper || abbreviation) {
            return None;
        }
        word.chars().map(to_cyrillic).collect()
    } else {
        None
    };
    fixed.filter(|f| f != word)
}

pub(super) fn check(ctx: &Ctx<'_>, urls: &[Span], out: &mut Vec<Finding>) {
    let w = ctx.written();
    let ws: Vec<Span> = words(w)
        .into_iter()
        .filter(|r| !in_any(urls, r.start) && !w[r.clone()].eq_ignore_ascii_case("url"))
        .collect();
    let script = |r: &Span| {
        let s = &w[r.clone()];
        (s.chars().any(is_cyrillic), s.chars().any(|c| c.is_ascii_alphabetic()))
    };
    let cyrillic_words = ws.iter().filter(|r| script(r) == (true, false)).count();
    let latin_words = ws.iter().filter(|r| script(r) == (false, true)).count();
    for (k, r) in ws.iter().enumerate() {
        // Latin look-alikes count as typos only between Cyrillic words of a Cyrillic text.
        let neighbour_cyr =
            |j: Option<&Span>| j.is_some_and(|s| script(s) == (true, false));
        let context = cyrillic_words > latin_words
            && (neighbour_cyr(k.checked_sub(1).and_then(|j| ws.get(j)))
                || neighbour_cyr(ws.get(k + 1)));
        let word = &w[r.clone()];
        let abbreviation = word.chars().count() <= 2 && w[r.end..].starts_with('.');
        if let Some(fixed) = repair(word, context, abbreviation) {
            let cyr_target = fixed.chars().any(is_cyrillic);
            out.push(ctx.finding(
                "G034",
                format!(
                    "`{word}` mixes scripts: {} letters typed for {} ones, write `{fixed}`",
                    if cyr_target { "Latin" } else { "Cyrillic" },
                    if cyr_target { "Cyrillic" } else { "Latin" }
                ),
                ctx.span.start + r.start..ctx.span.start + r.end,
                Some(fixed),
            ));
        }
    }
}
