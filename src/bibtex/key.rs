//! Citation keys: author + year (`pankratova1945`), `a`, `b`, … on clashes.

use std::collections::{HashMap, HashSet};

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
        let mut n = self.next.get(&base).copied().unwrap_or(0);
        let mut candidate = base.clone();
        while self.taken.contains(&candidate) || (n > 0 && candidate == base) {
            candidate = format!("{base}{}", letters(n.saturating_sub(1)));
            n += 1;
        }
        self.next.insert(base, n.max(1));
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// `0 → a`, `25 → z`, `26 → aa`.
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

fn author_year(s: &Source) -> String {
    let who = s
        .authors
        .first()
        .or_else(|| s.contributors.first().map(|c| &c.name))
        .map(|n| match n {
            Name::Person(p) => p.family.clone(),
            Name::Organization(o) => o.clone(),
        })
        .unwrap_or_else(|| s.title.main.clone());
    let mut stem: String = who
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .map(translit)
        .unwrap_or_default();
    stem.truncate(24);
    if stem.is_empty() || stem.starts_with(|c: char| c.is_ascii_digit()) {
        stem.insert_str(0, "ref");
    }
    match s.date.or_else(|| s.host.as_ref().and_then(|h| h.date)) {
        Some(d) => format!("{stem}{}", d.start.year),
        None => format!("{stem}nd"),
    }
}

/// Lowercase ASCII key stem: Cyrillic by ГОСТ 7.79-2000 system B
/// ([`crate::lang::transliterate`]) without its apostrophe-like signs (`ъ`, `ь` vanish,
/// `ы` → `y`, `э` → `e`), Latin letters without their diacritics, digits kept,
/// everything else dropped.
pub(crate) fn translit(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    transliterate(&word.to_lowercase(), System::Gost779B)
        .nfd()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
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
        assert_eq!(letters(26), "aa");
    }
}
