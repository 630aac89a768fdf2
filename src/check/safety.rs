//! When a canonical form may replace what was written: it must keep every word (up to
//! abbreviation) and be stable (formatting it again after parsing it gives itself).

use std::collections::HashSet;

use super::diff::is_word_char;
use crate::Span;
use crate::lang::chars::{char_at, is_alpha};
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
const fn fold(c: char) -> char {
    match c {
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        'm' => 'м',
        'k' => 'к',
        't' => 'т',
        'b' => 'в',
        'h' => 'н',
        'ё' => 'е',
        _ => c,
    }
}

/// The comparison form of each ASCII character and of each character of U+0400–U+045F
/// (minus U+0400): lowercased, then folded.
const FOLDED_ASCII: [char; 0x80] = {
    let mut t = ['\0'; 0x80];
    let mut k = 0;
    while k < 0x80 {
        t[k] = fold((k as u8).to_ascii_lowercase() as char);
        k += 1;
    }
    t
};
const FOLDED_CYRILLIC: [char; 0x60] = {
    let mut t = ['\0'; 0x60];
    let mut k = 0;
    while k < 0x60 {
        t[k] = match char::from_u32(crate::lang::chars::lower_cyrillic(0x400 + k as u32))
        {
            Some(l) => fold(l),
            None => '\0',
        };
        k += 1;
    }
    t
};

/// The words of a text: their comparison forms (lowercase, look-alikes folded) one after
/// another in `forms`, and for each its range there and the word as written.
struct Words<'t> {
    forms: String,
    list: Vec<(Span, &'t str)>,
}

impl<'t> Words<'t> {
    fn new(s: &'t str) -> Words<'t> {
        let mut words = Words {
            forms: String::with_capacity(s.len() + s.len() / 4),
            list: Vec::with_capacity(s.len() / 6 + 1),
        };
        for w in word_spans(s) {
            words.push(w);
        }
        words
    }

    fn push(&mut self, w: &'t str) {
        let from = self.forms.len();
        push_comparison_form(w, &mut self.forms);
        self.list.push((from..self.forms.len(), w));
    }

    /// (comparison form, as written) of each word, in order.
    fn iter(&self) -> impl Iterator<Item = (&str, &'t str)> {
        self.list.iter().map(|(r, w)| (&self.forms[r.clone()], *w))
    }
}

/// The words of `s` as written: runs of letters and digits, where a hyphen joins
/// letters (`изд-во`, `санкт-петербург`) but not digits (`262-272` is two numbers).
fn word_spans(s: &str) -> impl Iterator<Item = &str> {
    let mut i = 0;
    let mut prev: Option<char> = None;
    std::iter::from_fn(move || {
        let mut start: Option<usize> = None;
        while let Some((c, n)) = char_at(s, i) {
            let joins = c == '-'
                && prev.is_some_and(is_alpha)
                && char_at(s, i + n).is_some_and(|(next, _)| is_alpha(next));
            if is_word_char(c) || (joins && start.is_some()) {
                start.get_or_insert(i);
            } else if let Some(st) = start {
                return Some(&s[st..i]);
            }
            prev = Some(c);
            i += n;
        }
        start.map(|st| &s[st..])
    })
}

/// Appends `w` lowercased with look-alikes folded; ASCII and basic Cyrillic from tables.
fn push_comparison_form(w: &str, out: &mut String) {
    for c in w.chars() {
        let n = c as usize;
        if n < 0x80 {
            out.push(FOLDED_ASCII[n]);
        } else if (0x400..0x460).contains(&n) {
            out.push(FOLDED_CYRILLIC[n - 0x400]);
        } else {
            out.extend(c.to_lowercase().map(fold));
        }
    }
}

#[cfg(test)]
fn comparison_form(w: &str) -> String {
    let mut out = String::new();
    push_comparison_form(w, &mut out);
    out
}

/// Whether `short` is an abbreviation of `long`: same first letter, letters in order;
/// a single letter only for a city (`М.` for Москва, `L.` for London).
pub(super) fn abbreviates(short: &str, long: &str) -> bool {
    if short.chars().count() == 1 {
        return city_of_letter(short).is_some_and(|full| full == long);
    }
    letters_in_order(short, long)
}

/// The city a single letter abbreviates (`м` → `москва`), lowercase.
fn city_of_letter(letter: &str) -> Option<String> {
    let upper: String = letter.to_uppercase() + ".";
    expand_city(&upper).map(str::to_lowercase)
}

/// Same first letter, and the letters of `short` in order in `long` (hyphens ignored).
fn letters_in_order(short: &str, long: &str) -> bool {
    let mut l = long.chars().filter(|&c| c != '-');
    short.chars().next() == long.chars().next()
        && short.chars().filter(|&c| c != '-').all(|c| l.any(|d| d == c))
}

/// `w` with its first eight bytes packed and its length in front: ordered like the
/// words themselves only among equal keys, which is all a set needs.
fn keyed(w: &str) -> (u64, usize, &str) {
    let mut head = [0u8; 8];
    let n = w.len().min(8);
    head[..n].copy_from_slice(&w.as_bytes()[..n]);
    (u64::from_le_bytes(head), w.len(), w)
}

/// A word of the canonical form, ready for the abbreviation test.
struct Kept<'w> {
    word: &'w str,
    /// For a single letter: the city it abbreviates, lowercase.
    city: Option<String>,
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
    // The usual case: only punctuation and spacing differ, every word is there as written.
    if word_spans(written).eq(word_spans(canonical)) {
        return Vec::new();
    }
    let canonical = Words::new(canonical);
    // Sorted by a key of the length and first bytes, so that sorting and searching
    // compare integers and only near-twins by their text.
    let mut kept: Vec<(u64, usize, &str)> =
        canonical.iter().map(|w| keyed(w.0)).collect();
    kept.sort_unstable();
    kept.dedup();
    // The abbreviation test, prepared only when some word is not kept as it is.
    let mut fuzzy_kept: Option<Vec<Kept<'_>>> = None;
    let mut lost: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut fuzzy = 0;
    let written = Words::new(written);
    for (w, shown) in written.iter() {
        if kept.binary_search(&keyed(w)).is_ok() || is_label(w) || seen.contains(w) {
            continue;
        }
        fuzzy += 1;
        let alphabetic = w.chars().all(|c| is_alpha(c) || c == '-');
        let covered = alphabetic && fuzzy <= MAX_FUZZY && {
            let candidates = fuzzy_kept.get_or_insert_with(|| {
                kept.iter()
                    .map(|&(_, _, k)| Kept {
                        city: (k.chars().count() == 1)
                            .then(|| city_of_letter(k))
                            .flatten(),
                        word: k,
                    })
                    .collect()
            });
            let own_city = (w.chars().count() == 1).then(|| city_of_letter(w)).flatten();
            candidates.iter().any(|k| {
                let k_abbreviates_w = match k.word.chars().count() {
                    1 => k.city.as_deref() == Some(w),
                    _ => letters_in_order(k.word, w),
                };
                let w_abbreviates_k = match &own_city {
                    Some(city) => city == k.word,
                    None => w.chars().count() != 1 && letters_in_order(w, k.word),
                };
                k_abbreviates_w || w_abbreviates_k
            })
        };
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
    fn the_tables_fold_like_the_case_rules() {
        for c in ('\0'..='\u{7F}').chain('\u{400}'..='\u{45F}') {
            let mut expected = String::new();
            expected.extend(super::super::text::fold_case(c).to_lowercase().map(fold));
            assert_eq!(comparison_form(&c.to_string()), expected, "{c:?}");
        }
    }

    #[test]
    fn look_alikes_fold_onto_cyrillic() {
        let mut twins = "aаcсeеoоpрxхyуmмkкtтbвhн".chars();
        while let (Some(latin), Some(cyrillic)) = (twins.next(), twins.next()) {
            assert_eq!((fold(latin), fold(cyrillic)), (cyrillic, cyrillic));
        }
        assert_eq!((fold('ё'), fold('z'), fold('д'), fold('A')), ('е', 'z', 'д', 'A'));
        assert_eq!(comparison_form("CCCP-Ёлка"), "ссср-елка");
    }

    #[test]
    fn hyphens_join_letters_only() {
        let words: Vec<&str> =
            word_spans("Изд-во, 262-272 -а Санкт-Петербург- x").collect();
        assert_eq!(words, ["Изд-во", "262", "272", "а", "Санкт-Петербург", "x"]);
        assert_eq!(word_spans(" .. ").count(), 0);
        // Punctuation and spacing alone lose nothing (the shortcut of `lost_words`).
        assert!(lost_words("Т. 2, с. 132-140", "Т. 2. с. 132–140").is_empty());
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
