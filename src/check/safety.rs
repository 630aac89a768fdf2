//! When a canonical form may replace what was written: it must keep every word (up to
//! abbreviation) and be stable (formatting it again after parsing it gives itself).

use std::collections::HashSet;

use super::diff::is_word_char;
use crate::lang::expand_city;

/// Words of the 7.82-2001 and 7.0.100-2018 labels that a 7.0.5-2008 canonical form
/// legitimately drops or replaces (`Режим доступа:` → `URL:`, `Загл. с экрана`,
/// `Электрон. дан.`, `Текст : электронный`, `N 5` → `№ 5`, `1990 г.` → `1990`).
const LABEL_WORDS: &[&str] = &[
    "режим",
    "доступа",
    "загл",
    "с",
    "экрана",
    "электрон",
    "дан",
    "данные",
    "текстовые",
    "текст",
    "электронный",
    "непосредственный",
    "свободный",
    "ресурс",
    "рус",
    "англ",
    "n",
    "no",
    "mode",
    "of",
    "access",
    "electronic",
    "resource",
    "url",
    "г",
    "гг",
    "pp",
    "стр",
];

fn is_label(w: &str) -> bool {
    LABEL_WORDS.iter().any(|l| l.chars().map(fold).eq(w.chars()))
}

/// At most this many words are compared letter by letter per reference (linear time).
const MAX_FUZZY: usize = 64;

/// Latin letters folded onto their Cyrillic look-alikes, so that a repaired homoglyph
/// (`CCCP` → `СССР`) is the same word.
fn fold(c: char) -> char {
    const TWINS: &str = "aаcсeеoоpрxхyуmмkкtтbвhн";
    let mut it = TWINS.chars();
    while let (Some(l), Some(k)) = (it.next(), it.next()) {
        if c == l {
            return k;
        }
    }
    if c == 'ё' { 'е' } else { c }
}

/// Words as (comparison form, as written): lowercase, look-alikes folded; a hyphen joins
/// letters (`изд-во`, `санкт-петербург`) but not digits (`262-272` is two numbers).
fn words(s: &str) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let joins = c == '-'
            && prev.is_some_and(char::is_alphabetic)
            && it.peek().is_some_and(|&(_, n)| n.is_alphabetic());
        if is_word_char(c) || (joins && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push(&s[st..i]);
        }
        prev = Some(c);
    }
    if let Some(st) = start {
        out.push(&s[st..]);
    }
    out.into_iter()
        .map(|w| (w.chars().flat_map(char::to_lowercase).map(fold).collect(), w))
        .collect()
}

/// Whether `short` is an abbreviation of `long`: same first letter, letters in order;
/// a single letter only for a city (`М.` for Москва, `L.` for London).
pub(super) fn abbreviates(short: &str, long: &str) -> bool {
    if short.chars().count() == 1 {
        let upper: String = short.to_uppercase() + ".";
        return expand_city(&upper).is_some_and(|full| full.to_lowercase() == long);
    }
    let mut l = long.chars().filter(|&c| c != '-');
    short.chars().next() == long.chars().next()
        && short.chars().filter(|&c| c != '-').all(|c| l.any(|d| d == c))
}

/// Words written in `written` that `canonical` lost, in order (abbreviations and their
/// full forms count as the same word; GOST label words may go).
///
/// ```
/// use gostbib::check::safety::lost_words;
/// assert!(lost_words("Москва : Издательство, 1990", "М. : Изд-во, 1990").is_empty());
/// assert_eq!(lost_words("Иванов И. И., Колосова Р. П. Книга", "Иванов И. И. Книга"), ["Колосова", "Р", "П"]);
/// ```
pub fn lost_words(written: &str, canonical: &str) -> Vec<String> {
    let kept: HashSet<String> = words(canonical).into_iter().map(|w| w.0).collect();
    let mut lost: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut fuzzy = 0;
    for (w, shown) in words(written) {
        if kept.contains(&w) || is_label(&w) || seen.contains(&w) {
            continue;
        }
        fuzzy += 1;
        let alphabetic = w.chars().all(|c| c.is_alphabetic() || c == '-');
        let covered = alphabetic
            && fuzzy <= MAX_FUZZY
            && kept.iter().any(|k| abbreviates(k, &w) || abbreviates(&w, k));
        if !covered {
            lost.push(shown.to_owned());
        }
        seen.insert(w);
    }
    lost
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_labels_and_reordering_are_not_losses() {
        let cases = [
            ("Санкт-Петербург : Наука", "СПб. : Наука"),
            ("учебное пособие", "учеб. пособие"),
            ("Режим доступа: http://a.ru. Загл. с экрана", "URL: http://a.ru"),
            ("1990 г. N 5", "1990. № 5"),
            ("Наука. Москва", "Москва. Наука"),
            (
                "Признание CCCP. M., 1990. С. 262-272. pp. 5",
                "Признание СССР. М., 1990. С. 262–272. P. 5",
            ),
        ];
        for (w, c) in cases {
            assert_eq!(lost_words(w, c), Vec::<String>::new(), "{w} → {c}");
        }
    }

    #[test]
    fn dropped_content_is_a_loss() {
        assert_eq!(lost_words("Т. 1. А-К. С. 174", "Т. 1. С. 174"), ["А-К"]);
        assert_eq!(lost_words("Вып. 60н. 2002", "Вып. 60. 2002"), ["60н"]);
        assert_eq!(lost_words("1928–1960", "1928"), ["1960"]);
        // A single letter left over (`с.` of the extent) does not cover a family name.
        assert_eq!(
            lost_words("Под ред. Ю. М. Соломенцева. 624 с.", "Под ред. Ю. М. 624 с."),
            ["Соломенцева"]
        );
    }
}
