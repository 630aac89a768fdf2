//! Language identification of references and titles.
//!
//! One pass over the bytes: letters are counted by script, words are looked up in the
//! stop-word and letter tables of `detect_words.rs`. URLs (`http…`, `www.…`) and words
//! that every Russian list writes whatever the language of the source (`Электронный
//! ресурс`, `Режим доступа`, `дата обращения`, `URL`, `DOI`) count for nothing, so a
//! Russian reference that cites a Latin URL stays `ru`, and an English one with Russian
//! GOST metadata stays `en`.
//!
//! The script with more letters wins, a Cyrillic letter weighing three Latin ones; within it, the language with the most evidence
//! (its letters: `і ї є ґ` → `uk`, `ў` → `be`, `ђ ћ џ љ њ ј` → `sr`, `ѓ ќ ѕ` → `mk`,
//! `ы э ё` → `ru`; its stop-words: `та`, `що` → `uk`, `със`, `във` → `bg`, `the` →
//! `en`, `und` → `de` …). Ties go to Russian among Cyrillic languages and to English
//! among Latin-script ones.

use crate::lang::chars::is_alpha;
use unic_langid::{LanguageIdentifier, langid};

use super::detect_words::{
    Evidence, FIRST_LATIN, LANGS, Lang, WordClass, classify, ending, letter,
};

/// How much more a Cyrillic letter weighs than a Latin one when choosing the script: a
/// Russian list writes Latin-script sources with no Cyrillic but its metadata (which
/// does not count), while Russian sources often carry Latin names, software titles
/// and English translations.
const CYRILLIC_WEIGHT: usize = 3;

/// What [`detect`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detection {
    /// The language, with the script where it is not the language's default
    /// (`sr-Latn`); `und` when the text has no letters.
    pub language: LanguageIdentifier,
    /// Cyrillic letters counted (outside URLs and neutral words).
    pub cyrillic_letters: usize,
    /// Latin letters counted (outside URLs and neutral words).
    pub latin_letters: usize,
}

impl Detection {
    /// Whether the text counts as Cyrillic: its Cyrillic letters, weighted three times,
    /// outnumber its Latin ones.
    pub fn is_cyrillic(&self) -> bool {
        self.cyrillic_letters > 0
            && self.cyrillic_letters * CYRILLIC_WEIGHT >= self.latin_letters
    }
}

/// Identifies the language of a reference or a title.
///
/// ```
/// use gostbib::lang::detect_language;
/// assert_eq!(detect_language("Признание СССР Францией").to_string(), "ru");
/// assert_eq!(detect_language("Moscow and East Rome").to_string(), "en");
/// assert_eq!(detect_language("Історія України та її культура").to_string(), "uk");
/// assert_eq!(detect_language("Гісторыя Беларусі ў дакументах").to_string(), "be");
/// assert_eq!(detect_language("Историята на България със снимки").to_string(), "bg");
/// assert_eq!(detect_language("Историја српског народа, Београд, 1981").to_string(), "sr");
/// assert_eq!(detect_language("Istorija srpskog naroda, Beograd: Srpska književna zadruga").to_string(), "sr-Latn");
/// assert_eq!(detect_language("Geschichte der Stadt Moskau und ihrer Bürger").to_string(), "de");
/// assert_eq!(detect_language("Mémoires du prince Pierre Dolgoroukow. Genève, 1867").to_string(), "fr");
/// // A Russian reference that cites a Latin URL is still Russian.
/// assert_eq!(detect_language("Посольство России во Франции. URL: http://www.france.mid.ru/").to_string(), "ru");
/// ```
pub fn detect_language(text: &str) -> LanguageIdentifier {
    detect(text).language
}

/// Identifies the language and reports the letter counts it was decided on.
///
/// ```
/// use gostbib::lang::detect::detect;
/// let d = detect("Calabro K. Modelling Biological Tissues [Электронный ресурс]. URL: https://x.ru");
/// assert_eq!(d.language.to_string(), "en");
/// assert!(!d.is_cyrillic());
/// assert_eq!(d.cyrillic_letters, 0); // `Электронный ресурс` is GOST metadata
/// ```
pub fn detect(text: &str) -> Detection {
    let mut scan = Scan::default();
    scan.run(text.as_bytes());
    scan.finish()
}

const WORD_BYTES: usize = 32;

/// [`letter`] for every lowercase code point of U+0400–U+04FF, computed at compile
/// time: one lookup per Cyrillic letter.
const CYRILLIC_EVIDENCE: [Option<Evidence>; 256] = {
    let mut table = [None; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x400 + i as u32) {
            table[i] = letter(c);
        }
        i += 1;
    }
    table
};

#[derive(Default)]
struct Scan {
    cyrillic: usize,
    latin: usize,
    scores: [u32; LANGS],
    word: [u8; WORD_BYTES],
    len: usize,
    overflow: bool,
    word_cyrillic: usize,
    word_latin: usize,
    pending: [Option<Evidence>; 4],
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes.len() >= prefix.len() && bytes[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The lowercase of a Cyrillic letter U+0400–U+04FF, or `None` for non-letters.
fn cyrillic_lower(cp: u32) -> Option<u32> {
    match cp {
        0x400..=0x40F => Some(cp + 0x50),
        0x410..=0x42F => Some(cp + 0x20),
        0x430..=0x45F => Some(cp),
        0x482..=0x489 => None,
        0x460..=0x4FF => Some(cp | 1),
        _ => None,
    }
}

impl Scan {
    fn run(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphabetic() {
                if self.len == 0
                    && !self.overflow
                    && (starts_with_ignore_case(&bytes[i..], b"http")
                        || starts_with_ignore_case(&bytes[i..], b"www."))
                {
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    continue;
                }
                self.push(&[b.to_ascii_lowercase()]);
                self.word_latin += 1;
                i += 1;
            } else if b < 0x80 {
                self.end_word();
                i += 1;
            } else if (0xD0..=0xD3).contains(&b) && i + 1 < bytes.len() {
                let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
                match cyrillic_lower(cp) {
                    Some(lower) => {
                        // U+0400–U+04FF encode in two bytes.
                        self.push(&[
                            0xC0 | (lower >> 6) as u8,
                            0x80 | (lower & 0x3F) as u8,
                        ]);
                        self.word_cyrillic += 1;
                        self.note(CYRILLIC_EVIDENCE[lower as usize - 0x400]);
                    }
                    None => self.end_word(),
                }
                i += 2;
            } else {
                let width = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                let end = (i + width).min(bytes.len());
                let c = std::str::from_utf8(&bytes[i..end])
                    .ok()
                    .and_then(|s| s.chars().next());
                match c {
                    Some(c) if is_alpha(c) && matches!(b, 0xC3..=0xC9) => {
                        let c = c.to_lowercase().next().unwrap_or(c);
                        let mut buf = [0u8; 4];
                        self.push(c.encode_utf8(&mut buf).as_bytes());
                        self.word_latin += 1;
                        self.note(letter(c));
                    }
                    _ => self.end_word(),
                }
                i = end;
            }
        }
        self.end_word();
    }

    fn push(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() <= WORD_BYTES {
            self.word[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        } else {
            self.overflow = true;
        }
    }

    fn note(&mut self, evidence: Option<Evidence>) {
        if let Some(e) = evidence {
            if let Some(slot) = self.pending.iter_mut().find(|p| p.is_none()) {
                *slot = Some(e);
            } else {
                self.add(e);
            }
        }
    }

    fn add(&mut self, evidence: Evidence) {
        for &(lang, weight) in evidence {
            self.scores[lang as usize] += u32::from(weight);
        }
    }

    fn end_word(&mut self) {
        if self.len == 0 && !self.overflow {
            return;
        }
        let text = if self.overflow {
            None
        } else {
            std::str::from_utf8(&self.word[..self.len]).ok()
        };
        let class = text.and_then(classify);
        if !matches!(class, Some(WordClass::Neutral)) {
            let evidence = match class {
                Some(WordClass::Evidence(e)) => Some(e),
                _ => None,
            };
            let cyrillic_word = self.word_cyrillic > 1 && self.word_latin == 0;
            let ending = text.filter(|_| cyrillic_word).and_then(ending);
            self.cyrillic += self.word_cyrillic;
            self.latin += self.word_latin;
            for e in self.pending.into_iter().flatten().chain(evidence).chain(ending) {
                self.add(e);
            }
        }
        self.pending = [None; 4];
        self.len = 0;
        self.overflow = false;
        self.word_cyrillic = 0;
        self.word_latin = 0;
    }

    fn finish(self) -> Detection {
        let range = if self.cyrillic == 0 && self.latin == 0 {
            None
        } else if self.cyrillic * CYRILLIC_WEIGHT >= self.latin {
            Some(0..FIRST_LATIN)
        } else {
            Some(FIRST_LATIN..LANGS)
        };
        let language = match range {
            None => LanguageIdentifier::default(),
            Some(range) => {
                let mut best = range.start;
                for i in range {
                    if self.scores[i] > self.scores[best] {
                        best = i;
                    }
                }
                identifier(best)
            }
        };
        Detection { language, cyrillic_letters: self.cyrillic, latin_letters: self.latin }
    }
}

/// The one place where the detector's languages become identifiers.
fn identifier(index: usize) -> LanguageIdentifier {
    const ORDER: [Lang; LANGS] = [
        Lang::Ru,
        Lang::Uk,
        Lang::Be,
        Lang::Bg,
        Lang::Sr,
        Lang::Mk,
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Pl,
        Lang::It,
        Lang::Es,
        Lang::La,
        Lang::Cs,
        Lang::SrLatn,
    ];
    match ORDER[index] {
        Lang::Ru => langid!("ru"),
        Lang::Uk => langid!("uk"),
        Lang::Be => langid!("be"),
        Lang::Bg => langid!("bg"),
        Lang::Sr => langid!("sr"),
        Lang::Mk => langid!("mk"),
        Lang::En => langid!("en"),
        Lang::Fr => langid!("fr"),
        Lang::De => langid!("de"),
        Lang::Pl => langid!("pl"),
        Lang::It => langid!("it"),
        Lang::Es => langid!("es"),
        Lang::La => langid!("la"),
        Lang::Cs => langid!("cs"),
        Lang::SrLatn => langid!("sr-Latn"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_matches_the_enum() {
        for i in 0..LANGS {
            let id = identifier(i);
            assert!(!id.to_string().is_empty());
        }
        assert_eq!(identifier(Lang::SrLatn as usize).to_string(), "sr-Latn");
        assert_eq!(identifier(Lang::Bg as usize).to_string(), "bg");
    }

    #[test]
    fn empty_and_letterless_texts_are_undetermined() {
        assert_eq!(detect_language("").to_string(), "und");
        assert_eq!(detect_language("1945. — 12 с.").to_string(), "ru");
        assert_eq!(detect_language("— 1945, 12–15 —").to_string(), "und");
    }

    #[test]
    fn urls_and_metadata_do_not_count() {
        let d = detect("Статья. URL: https://www.example.com/a-very-long-english-path");
        assert_eq!(d.latin_letters, 0);
        assert_eq!(d.language.to_string(), "ru");
    }

    #[test]
    fn other_latin_languages() {
        let cases = [
            ("Historia Polski w dokumentach, Warszawa: Wydawnictwo Naukowe", "pl"),
            ("Storia della Russia e delle sue città", "it"),
            ("Historia de los pueblos eslavos y su cultura", "es"),
            ("Rerum Moscoviticarum commentarii ad annum", "la"),
            ("Dějiny Ruska, Praha: Nakladatelství Lidové noviny", "cs"),
        ];
        for (text, lang) in cases {
            assert_eq!(detect_language(text).to_string(), lang, "{text}");
        }
    }
}
