//! Citation keys: author + year (`pankratova1945`), `a`, `b`, … on clashes.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::escape::is_alphanumeric;
use crate::lang::{System, transliterate};
use crate::{Name, Source};

/// How citation keys are made.
///
/// ```
/// use gostbib::bibtex::KeyScheme;
/// assert_eq!(KeyScheme::default(), KeyScheme::AuthorYear);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum KeyScheme {
    /// First author's (or editor's, or the title's first word's) family name,
    /// transliterated by ГОСТ 7.79-2000 system B and lowercased, then the year:
    /// `pankratova1945`; `a`, `b`, … are appended on clashes.
    #[default]
    AuthorYear,
    /// A prefix and the entry's position, 1-based: `ref1`, `ref2`, …
    Numbered(String),
}

/// Hands out unique keys.
#[derive(Debug, Default)]
pub(crate) struct Keys {
    scheme: KeyScheme,
    next: HashMap<String, usize>,
    taken: HashSet<String>,
    counter: usize,
}

impl Keys {
    pub(crate) fn new(scheme: KeyScheme) -> Self {
        Keys { scheme, ..Keys::default() }
    }

    /// A fresh key for a source.
    pub(crate) fn key(&mut self, s: &Source) -> String {
        self.counter += 1;
        let base = match &self.scheme {
            KeyScheme::AuthorYear => author_year(s),
            KeyScheme::Numbered(prefix) => format!("{prefix}{}", self.counter),
        };
        self.unique(base)
    }

    /// `base` itself the first time, then `base` + `a`, `b`, …, `z`, `aa`, …
    pub(crate) fn unique(&mut self, base: String) -> String {
        if !self.taken.contains(&base) && !self.next.contains_key(&base) {
            self.taken.insert(base.clone());
            return base;
        }
        let mut n = self.next.get(&base).copied().unwrap_or(1);
        let mut candidate = String::with_capacity(base.len() + 2);
        loop {
            candidate.clear();
            candidate.push_str(&base);
            push_letters(&mut candidate, n - 1);
            n += 1;
            if !self.taken.contains(&candidate) {
                break;
            }
        }
        self.next.insert(base, n);
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// Appends `0 → a`, `25 → z`, `26 → aa`.
fn push_letters(out: &mut String, mut n: usize) {
    let start = out.len();
    loop {
        out.push(char::from(b'a' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    // Written least significant first; the letters are ASCII, so reverse the bytes.
    let mut letters: Vec<u8> = out.split_off(start).into_bytes();
    letters.reverse();
    out.extend(letters.into_iter().map(char::from));
}

fn author_year(s: &Source) -> String {
    let who: &str =
        match s.authors.first().or_else(|| s.contributors.first().map(|c| &c.name)) {
            Some(Name::Person(p)) => &p.family,
            Some(Name::Organization(o)) => o,
            None => &s.title.main,
        };
    let word = who.split(|c: char| !is_alphanumeric(c)).find(|w| !w.is_empty());
    let mut key = String::with_capacity(32);
    if let Some(word) = word {
        translit_into(&mut key, word);
    }
    key.truncate(24);
    if key.is_empty() || key.starts_with(|c: char| c.is_ascii_digit()) {
        key.insert_str(0, "ref");
    }
    match s.date.or_else(|| s.host.as_ref().and_then(|h| h.date)) {
        Some(d) => {
            let _ = write!(key, "{}", d.start.year);
        }
        None => key.push_str("nd"),
    }
    key
}

/// [`translit_into`] as a new string.
#[cfg(test)]
pub(crate) fn translit(word: &str) -> String {
    let mut out = String::new();
    translit_into(&mut out, word);
    out
}

/// Appends the lowercase ASCII key stem of a word: Cyrillic by ГОСТ 7.79-2000 system B
/// ([`crate::lang::transliterate`]) without its apostrophe-like signs (`ъ`, `ь` vanish,
/// `ы` → `y`, `э` → `e`), Latin letters without their diacritics, digits kept,
/// everything else dropped.
fn translit_into(out: &mut String, word: &str) {
    use unicode_normalization::UnicodeNormalization;
    if word.is_ascii() {
        // Transliteration leaves Latin letters alone.
        out.extend(
            word.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase()),
        );
        return;
    }
    out.extend(
        transliterate(&word.to_lowercase(), System::Gost779B)
            .nfd()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Date, Kind, Person};

    #[test]
    fn system_b_stems() {
        assert_eq!(translit("Панкратова"), "pankratova");
        assert_eq!(translit("Щукин"), "shhukin");
        assert_eq!(translit("Цицерон"), "ciceron");
        assert_eq!(translit("Лукьянов"), "lukyanov");
        assert_eq!(translit("Müller"), "muller");
    }

    #[test]
    fn clashes_get_letters() {
        let s = Source {
            authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
            date: Some(Date::year(1945)),
            ..Source::new(Kind::Book)
        };
        let mut keys = Keys::new(KeyScheme::AuthorYear);
        let got: Vec<String> = (0..4).map(|_| keys.key(&s)).collect();
        assert_eq!(
            got,
            ["pankratova1945", "pankratova1945a", "pankratova1945b", "pankratova1945c"]
        );
        let letters = |n| {
            let mut s = String::new();
            push_letters(&mut s, n);
            s
        };
        assert_eq!(
            (letters(0), letters(25), letters(26), letters(27)),
            ("a".into(), "z".into(), "aa".into(), "ab".into())
        );
        assert_eq!(translit("Smith1"), "smith1");
        assert_eq!(translit("Smith"), transliterate("smith", System::Gost779B));
    }
}
