//! Abbreviations of ГОСТ Р 7.0.12-2011 (Russian) and ГОСТ 7.11-2004 (European
//! languages), both ways: abbreviate for formatting, expand for export.
//!
//! The table is in `abbrev_table.rs` ([`all`]). Russian words inflect, so matching
//! goes by stem: `государственного` → `гос.`, `университета` → `ун-та` (a contraction
//! keeps the ending), and back `ун-та` → `университета`. The title proper is never
//! abbreviated (ГОСТ Р 7.0.5-2008, 7.0.100-2018): call these functions on the elements
//! that may be (publisher, series, responsibility, notes).
//!
//! | function                | `Моск. гос. ун-т`  ⇄ `Московский государственный университет` |
//! |-------------------------|--------------------------------------------------------------|
//! | [`abbreviate`]          | full → abbreviated, a phrase                                 |
//! | [`expand_text`]         | abbreviated → full, a phrase                                 |
//! | [`expand`]              | one abbreviation → its [`Abbreviation`]                      |
//! | [`expand_city`], [`abbreviate_city`] | places of publication (`М.` ⇄ `Москва`)         |

use super::abbrev_table::ABBREVIATIONS;
use crate::lang::chars::{is_alpha, is_upper};

/// One abbreviation of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Abbreviation {
    /// As written in a reference (`ун-т`, `под ред.`, `Vol.`).
    pub abbr: &'static str,
    /// The full word or phrase, in the nominative (`университет`).
    pub full: &'static str,
    /// The language of the word.
    pub language: AbbrevLanguage,
    /// Where it is used.
    pub category: Category,
}

/// Languages of the abbreviation tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AbbrevLanguage {
    /// Russian (ГОСТ Р 7.0.12-2011).
    Ru,
    /// Ukrainian (ДСТУ practice: `К.` = Київ).
    Uk,
    /// Bulgarian.
    Bg,
    /// English (ГОСТ 7.11-2004).
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Latin (`s. l.`, `et al.`).
    La,
    /// Danish.
    Da,
    /// Czech.
    Cs,
}

/// Where an abbreviation is used (the `category` column of ABBREVIATIONS.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// Place of publication only.
    City,
    /// `[б. м.]`, `[s. n.]`, `Б. д.`.
    MissingData,
    /// Extent and illustrations (`ил.`, `разд. паг.`).
    Physical,
    /// `и др.`, `et al.`, `т. е.`.
    Unified,
    /// Repeated references (`Там же`, `Ibid.`, `URL`).
    Reference,
    /// Numbering and other elements (`Т.`, `Вып.`, `изд-во`, `Vol.`).
    Element,
    /// Statements of responsibility (`под ред.`, `сост.`, `Hrsg.`).
    Responsibility,
    /// Other title information (`учеб. пособие`).
    TitleInfo,
    /// Dissertations (`дис.`, `канд.`, `ист.`).
    Thesis,
    /// Notes (`загл.`, `библиогр.`).
    Note,
    /// Words inside names of organisations (`гос.`, `ун-т`, `Рос.`).
    NameWord,
    /// Words in serial titles (`Вопр.`).
    SerialTitle,
    /// Archival ciphers (`Ф.`, `Оп.`, `Д.`).
    Archive,
    /// Patents (`пат.`, `опубл.`).
    Patent,
    /// Laws (`федер. закон`).
    Law,
    /// Month names in dates.
    Month,
}

/// Every abbreviation of the tables.
///
/// ```
/// use gostbib::lang::abbrev::{all, Category};
/// assert!(all().iter().any(|a| a.abbr == "ун-т" && a.category == Category::NameWord));
/// ```
pub fn all() -> &'static [Abbreviation] {
    ABBREVIATIONS
}

/// Cities abbreviated in the place of publication in Russian GOST references:
/// (abbreviation, full name). A view of [`all`] kept for convenience.
pub const CITIES: &[(&str, &str)] = &[
    ("М.", "Москва"),
    ("Л.", "Ленинград"),
    ("СПб.", "Санкт-Петербург"),
    ("С.-Пб.", "Санкт-Петербург"),
    ("Пг.", "Петроград"),
    ("Н. Новгород", "Нижний Новгород"),
    ("Ростов н/Д", "Ростов-на-Дону"),
    ("Ростов н/Д.", "Ростов-на-Дону"),
    ("N. Y.", "New York"),
    ("L.", "London"),
    ("P.", "Paris"),
    ("B.", "Berlin"),
];

/// The last characters of the abbreviations of [`CITIES`], spaces aside (a test checks).
const CITY_LAST_CHARS: [char; 3] = ['.', 'д', 'Д'];

fn squeeze(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars().filter(|c| !c.is_whitespace())
}

/// The full name of an abbreviated city of publication, if it is one.
///
/// Spaces inside the abbreviation do not matter (`Н.Новгород` = `Н. Новгород`).
/// Ukrainian `К.` (Київ) and `Л.` (Львів) are not expanded: in a Russian list `Л.` is
/// Leningrad.
///
/// ```
/// use gostbib::lang::expand_city;
/// assert_eq!(expand_city("М."), Some("Москва"));
/// assert_eq!(expand_city("СПб."), Some("Санкт-Петербург"));
/// assert_eq!(expand_city("Казань"), None);
/// ```
pub fn expand_city(written: &str) -> Option<&'static str> {
    // This runs for every word of a reference: the last character rules out nearly all
    // of them, and the first picks the candidates.
    if !squeeze(written).next_back().is_some_and(|c| CITY_LAST_CHARS.contains(&c)) {
        return None;
    }
    let first = squeeze(written).next()?;
    CITIES
        .iter()
        .filter(|(abbr, _)| abbr.starts_with(first))
        .find(|(abbr, _)| squeeze(abbr).eq(squeeze(written)))
        .map(|&(_, full)| full)
}

/// The usual abbreviation of a city of publication, if it has one.
///
/// ```
/// use gostbib::lang::abbrev::abbreviate_city;
/// assert_eq!(abbreviate_city("Москва"), Some("М."));
/// assert_eq!(abbreviate_city("Казань"), None);
/// ```
pub fn abbreviate_city(full: &str) -> Option<&'static str> {
    CITIES.iter().find(|&&(_, f)| f == full).map(|&(abbr, _)| abbr)
}

/// The entries for an abbreviation as written (spaces and the case of the first
/// letter do not matter), in table order.
///
/// ```
/// use gostbib::lang::abbrev::{expand, AbbrevLanguage};
/// assert_eq!(expand("под ред.", None).unwrap().full, "под редакцией");
/// assert_eq!(expand("Т.", Some(AbbrevLanguage::Ru)).unwrap().full, "том");
/// assert_eq!(expand("T.", Some(AbbrevLanguage::De)).unwrap().full, "Teil");
/// assert_eq!(expand("Ун-т", None).unwrap().full, "университет");
/// assert!(expand("xyz.", None).is_none());
/// ```
pub fn expand(
    written: &str,
    language: Option<AbbrevLanguage>,
) -> Option<&'static Abbreviation> {
    let key = fold_first(written);
    ABBREVIATIONS.iter().find(|a| {
        language.is_none_or(|l| l == a.language)
            && squeeze(&fold_first(a.abbr)).eq(squeeze(&key))
    })
}

/// The text with its first letter lowercase.
fn fold_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Endings a Russian word may take after its stem (nouns and adjectives).
const ENDINGS: &[&str] = &[
    "", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ой", "ей", "ю", "я",
    "ям", "ями", "ях", "ий", "ый", "ая", "ое", "ие", "ые", "ого", "его", "ому", "ему",
    "ым", "им", "ую", "ых", "их", "ыми", "ими", "ого", "о", "ь", "ью",
];

/// The stem of a full word: without its nominative ending.
fn stem(full: &str) -> &str {
    for e in ["ый", "ий", "ой", "ая", "ое", "ие", "ые"] {
        if let Some(s) = full.strip_suffix(e) {
            return s;
        }
    }
    full.strip_suffix(['а', 'я', 'о', 'е', 'ь', 'й', 'ы', 'и']).unwrap_or(full)
}

/// If `word` (lowercase) is an inflected form of `full`, its ending.
fn inflection<'w>(word: &'w str, full: &str) -> Option<&'w str> {
    if word == full {
        return Some("");
    }
    let rest = word.strip_prefix(stem(full))?;
    ENDINGS.contains(&rest).then_some(rest)
}

/// Whether an abbreviation belongs in running text of a description (not cities,
/// months, archival or one-letter element labels, which depend on their element).
fn for_phrases(a: &Abbreviation) -> bool {
    let one_letter = a.abbr.trim_end_matches('.').chars().count() == 1;
    let excluded =
        [Category::City, Category::Month, Category::Archive, Category::MissingData];
    !one_letter && !excluded.contains(&a.category)
}

/// Abbreviates the words of a phrase that the tables abbreviate (for formatting).
///
/// ```
/// use gostbib::lang::abbrev::{abbreviate, AbbrevLanguage::Ru};
/// assert_eq!(abbreviate("Московский государственный университет", Ru), "Моск. гос. ун-т");
/// assert_eq!(abbreviate("Изд-во Московского университета", Ru), "Изд-во Моск. ун-та");
/// assert_eq!(abbreviate("учебное пособие", Ru), "учеб. пособие");
/// assert_eq!(abbreviate("под редакцией", Ru), "под ред.");
/// assert_eq!(abbreviate("Российская академия наук", Ru), "Рос. акад. наук");
/// ```
pub fn abbreviate(text: &str, language: AbbrevLanguage) -> String {
    let entries: Vec<&Abbreviation> = ABBREVIATIONS
        .iter()
        .filter(|a| a.language == language && for_phrases(a))
        .collect();
    let words = split_words(text);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    'words: while i < words.len() {
        let (word, gap) = words[i];
        // Multi-word entries first (`учебное пособие`, `под редакцией`).
        for a in entries.iter().filter(|a| a.full.contains(' ')) {
            let parts: Vec<&str> = a.full.split(' ').collect();
            let matched = parts
                .iter()
                .enumerate()
                .all(|(k, p)| words.get(i + k).is_some_and(|(w, _)| fold_first(w) == *p));
            if matched {
                out.push_str(&with_case(a.abbr, word));
                out.push_str(words[i + parts.len() - 1].1);
                i += parts.len();
                continue 'words;
            }
        }
        let lower = word.to_lowercase();
        let found = entries
            .iter()
            .filter(|a| !a.full.contains(' '))
            .find_map(|a| inflection(&lower, a.full).map(|ending| (a, ending)));
        match found {
            Some((a, ending)) => {
                let contraction = a.abbr.contains('-') && !a.abbr.ends_with('.');
                let abbr = if contraction && lower != a.full {
                    // A contraction keeps the ending: ун-т → ун-та.
                    format!("{}{ending}", stem(a.abbr))
                } else {
                    a.abbr.to_owned()
                };
                out.push_str(&with_case(&abbr, word));
            }
            None => out.push_str(word),
        }
        out.push_str(gap);
        i += 1;
    }
    out
}

/// The abbreviation with the case of the word it replaces (proper abbreviations such
/// as `Рос.` keep their capital).
fn with_case(abbr: &str, word: &str) -> String {
    if word.chars().next().is_some_and(is_upper) {
        capitalize(abbr)
    } else {
        abbr.to_owned()
    }
}

/// Words (letters and hyphens) with the text after each up to the next word.
fn split_words(text: &str) -> Vec<(&str, &str)> {
    let is_word = |c: char| is_alpha(c) || c == '-';
    let mut out = Vec::new();
    let mut rest = text;
    let lead = rest.find(is_word).unwrap_or(rest.len());
    if lead > 0 {
        out.push(("", &rest[..lead]));
    }
    rest = &rest[lead..];
    while !rest.is_empty() {
        let end = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        let next = rest[end..].find(is_word).map_or(rest.len(), |n| end + n);
        out.push((&rest[..end], &rest[end..next]));
        rest = &rest[next..];
    }
    out
}

/// Expands the abbreviations of a phrase (for export), longest abbreviations first.
///
/// Words come back in the nominative except contractions, which keep their ending
/// (`ун-та` → `университета`). One-letter abbreviations (`т.`, `с.`, `Ф.`) are left:
/// they are also initials and depend on their element — use [`expand`] on an element.
///
/// ```
/// use gostbib::lang::abbrev::{expand_text, AbbrevLanguage::Ru};
/// assert_eq!(expand_text("Моск. гос. ун-т", Ru), "Московский государственный университет");
/// assert_eq!(expand_text("Изд-во Моск. ун-та", Ru), "Издательство Московский университета");
/// assert_eq!(expand_text("под ред. И. И. Иванова и др.", Ru), "под редакцией И. И. Иванова и другие");
/// ```
pub fn expand_text(text: &str, language: AbbrevLanguage) -> String {
    let mut entries: Vec<&Abbreviation> = ABBREVIATIONS
        .iter()
        .filter(|a| a.language == language && for_phrases(a))
        .collect();
    entries.sort_by_key(|a| std::cmp::Reverse(a.abbr.len()));
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    let at_boundary =
        |i: usize| text[..i].chars().next_back().is_none_or(|c| !is_alpha(c));
    'outer: while i < text.len() {
        if at_boundary(i) {
            let rest = &text[i..];
            for a in &entries {
                if let Some((len, ending)) = match_abbr(rest, a.abbr) {
                    let full = if ending.is_empty() && a.abbr.ends_with('.') {
                        a.full.to_owned()
                    } else {
                        format!("{}{ending}", stem(a.full))
                    };
                    out.push_str(&with_case(&full, rest));
                    i += len;
                    continue 'outer;
                }
            }
        }
        let c = text[i..].chars().next().unwrap_or_default();
        out.push(c);
        i += c.len_utf8().max(1);
    }
    out
}

/// Whether `text` starts with `abbr` (first letter in either case; a contraction may
/// carry an ending): the length matched and the ending.
fn match_abbr<'t>(text: &'t str, abbr: &str) -> Option<(usize, &'t str)> {
    let contraction = abbr.contains('-') && !abbr.ends_with('.');
    let pattern = if contraction { stem(abbr) } else { abbr };
    let mut tc = text.char_indices();
    let mut len = 0;
    for (k, a) in pattern.chars().enumerate() {
        let (at, t) = tc.next()?;
        let same = t == a || (k == 0 && t.to_lowercase().eq(a.to_lowercase()));
        if !same {
            return None;
        }
        len = at + t.len_utf8();
    }
    let after = &text[len..];
    if abbr.ends_with('.') {
        return Some((len, ""));
    }
    let word_end = after.find(|c: char| !is_alpha(c)).map_or(text.len(), |n| len + n);
    let ending = &text[len..word_end];
    if contraction {
        // ун-т + а, изд-в + а: the ending runs to the end of the word.
        return ENDINGS.contains(&ending).then_some((word_end, ending));
    }
    ending.is_empty().then_some((len, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn city_abbreviations_end_in_the_listed_characters() {
        for (abbr, _) in CITIES {
            let last = squeeze(abbr).next_back();
            assert!(last.is_some_and(|c| CITY_LAST_CHARS.contains(&c)), "{abbr}");
        }
    }

    #[test]
    fn every_city_expands_and_abbreviates_back_to_its_first_form() {
        for &(abbr, full) in CITIES {
            assert_eq!(expand_city(abbr), Some(full));
            let back = abbreviate_city(full).unwrap();
            assert_eq!(expand_city(back), Some(full));
        }
    }

    #[test]
    fn cities_agree_with_the_table() {
        for &(abbr, full) in CITIES {
            let a = expand(abbr, None).unwrap();
            assert_eq!((a.full, a.category), (full, Category::City), "{abbr}");
        }
    }

    #[test]
    fn every_phrase_entry_round_trips() {
        for a in ABBREVIATIONS
            .iter()
            .filter(|a| for_phrases(a) && a.language == AbbrevLanguage::Ru)
        {
            let abbreviated = abbreviate(a.full, AbbrevLanguage::Ru);
            let expanded = expand_text(&abbreviated, AbbrevLanguage::Ru);
            // Several words share an abbreviation (`учеб.` = учебник, учебное).
            assert!(
                expand(&abbreviated, Some(AbbrevLanguage::Ru)).is_some()
                    || expanded == a.full,
                "{} → {abbreviated} → {expanded}",
                a.full
            );
        }
    }

    #[test]
    fn contractions_keep_their_endings() {
        use AbbrevLanguage::Ru;
        assert_eq!(abbreviate("библиотеки", Ru), "б-ки");
        assert_eq!(abbreviate("издательства", Ru), "изд-ва");
        assert_eq!(expand_text("изд-ва", Ru), "издательства");
        assert_eq!(expand_text("б-ки", Ru), "библиотеки");
        assert_eq!(abbreviate("томский", Ru), "томский");
    }
}
