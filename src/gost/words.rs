//! Per-language labels of GOST references, kept as data tables.
//!
//! Russian words follow ГОСТ Р 7.0.12-2011, words of European languages ГОСТ 7.11-2004;
//! missing-data markers use the unified Latin forms (`S. l.`, `s. n.`, `s. a.`) for every
//! Latin-script language, as ГОСТ 7.1-2003 prescribes. Titles are never abbreviated: these
//! tables only hold labels of numbering, locators, roles and missing data.

use unic_langid::LanguageIdentifier;

use crate::{Role, Source};

/// The language whose labels a reference uses.
///
/// ```
/// use gostbib::gost::Lang;
/// assert_eq!(Lang::Ru.words().volume, "Т.");
/// assert_eq!(Lang::En.words().pages, "P.");
/// assert_eq!(Lang::De.words().volume, "Bd.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Lang {
    /// Russian (also used for other Cyrillic-script languages).
    #[default]
    Ru,
    /// English (also used for Latin-script languages without a table).
    En,
    /// French.
    Fr,
    /// German.
    De,
}

/// The labels of one language.
///
/// Capitalised labels open an element after `. ` (`Т. 3`, `С. 12`); the lowercase
/// forms sit inside an element (`[1, с. 25]`).
///
/// ```
/// use gostbib::gost::Lang;
/// let w = Lang::Fr.words();
/// assert_eq!((w.volume, w.pages, w.pages_lower), ("T.", "P.", "p."));
/// assert_eq!(Lang::Ru.words().months[0], "янв.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Words {
    /// Volume (`Т.`, `Vol.`).
    pub volume: &'static str,
    /// "In N volumes" opening an element (`В`, `In`): `В 12 т.`.
    pub volumes_in: &'static str,
    /// Volume after a number, lowercase (`т.`, `vol.`).
    pub volumes_unit: &'static str,
    /// Books after a number, when a work is counted in books (`кн.`, `books`).
    pub books_unit: &'static str,
    /// Book (`Кн.`, `Book`).
    pub book: &'static str,
    /// Part (`Ч.`, `Pt.`).
    pub part: &'static str,
    /// Issue of a serial (`№`, `No.`).
    pub issue: &'static str,
    /// Issue of a non-serial publication (`Вып.`, `Iss.`).
    pub issue_book: &'static str,
    /// Chapter (`Гл.`, `Ch.`).
    pub chapter: &'static str,
    /// Pages opening an element (`С.`, `P.`).
    pub pages: &'static str,
    /// Pages inside an element (`с.`, `p.`).
    pub pages_lower: &'static str,
    /// Article of a law gazette (`Ст.`, `Art.`).
    pub section: &'static str,
    /// "and others" (`и др.`, `et al.`).
    pub et_al: &'static str,
    /// No place (`Б. м.`, `S. l.`), capitalised.
    pub no_place: &'static str,
    /// No publisher (`б. и.`, `s. n.`).
    pub no_publisher: &'static str,
    /// No date (`Б. г.`, `S. a.`), capitalised.
    pub no_date: &'static str,
    /// A consecutive repeated reference (`Там же`, `Ibid.`).
    pub ibid: &'static str,
    /// Month names in the genitive, abbreviated as the standards allow.
    pub months: [&'static str; 12],
}

/// Russian, ГОСТ Р 7.0.12-2011.
const RU: Words = Words {
    volume: "Т.",
    volumes_in: "В",
    volumes_unit: "т.",
    books_unit: "кн.",
    book: "Кн.",
    part: "Ч.",
    issue: "№",
    issue_book: "Вып.",
    chapter: "Гл.",
    pages: "С.",
    pages_lower: "с.",
    section: "Ст.",
    et_al: "и др.",
    no_place: "Б. м.",
    no_publisher: "б. и.",
    no_date: "Б. г.",
    ibid: "Там же",
    months: [
        "янв.",
        "февр.",
        "марта",
        "апр.",
        "мая",
        "июня",
        "июля",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ],
};

/// English, ГОСТ 7.11-2004.
const EN: Words = Words {
    volume: "Vol.",
    volumes_in: "In",
    volumes_unit: "vol.",
    books_unit: "books",
    book: "Book",
    part: "Pt.",
    issue: "No.",
    issue_book: "Iss.",
    chapter: "Ch.",
    pages: "P.",
    pages_lower: "p.",
    section: "Art.",
    et_al: "et al.",
    no_place: "S. l.",
    no_publisher: "s. n.",
    no_date: "S. a.",
    ibid: "Ibid.",
    months: [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.",
    ],
};

/// French, ГОСТ 7.11-2004.
const FR: Words = Words {
    volume: "T.",
    volumes_in: "En",
    volumes_unit: "t.",
    books_unit: "livres",
    book: "Livre",
    part: "Part.",
    issue: "N°",
    issue_book: "Fasc.",
    chapter: "Chap.",
    pages: "P.",
    pages_lower: "p.",
    section: "Art.",
    et_al: "et al.",
    no_place: "S. l.",
    no_publisher: "s. n.",
    no_date: "S. a.",
    ibid: "Ibid.",
    months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
        "oct.", "nov.", "déc.",
    ],
};

/// German, ГОСТ 7.11-2004.
const DE: Words = Words {
    volume: "Bd.",
    volumes_in: "In",
    volumes_unit: "Bd.",
    books_unit: "Bücher",
    book: "Buch",
    part: "Tl.",
    issue: "Nr.",
    issue_book: "H.",
    chapter: "Kap.",
    pages: "S.",
    pages_lower: "S.",
    section: "Art.",
    et_al: "u. a.",
    no_place: "S. l.",
    no_publisher: "s. n.",
    no_date: "S. a.",
    ibid: "Ibid.",
    months: [
        "Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
        "Nov.", "Dez.",
    ],
};

impl Lang {
    /// Every language with a table.
    pub const ALL: [Lang; 4] = [Lang::Ru, Lang::En, Lang::Fr, Lang::De];

    /// The labels of this language.
    pub const fn words(self) -> &'static Words {
        match self {
            Lang::Ru => &RU,
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::De => &DE,
        }
    }

    /// The table for a language tag: `ru`, `uk`, `be` and other Cyrillic-script
    /// languages → Russian; `fr`, `de`; everything else → English.
    ///
    /// ```
    /// use gostbib::gost::Lang;
    /// use unic_langid::langid;
    /// assert_eq!(Lang::from_langid(&langid!("de")), Lang::De);
    /// assert_eq!(Lang::from_langid(&langid!("uk")), Lang::Ru);
    /// assert_eq!(Lang::from_langid(&langid!("it")), Lang::En);
    /// ```
    pub fn from_langid(id: &LanguageIdentifier) -> Lang {
        match id.language.as_str() {
            "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "tt" | "ba" => {
                Lang::Ru
            }
            "fr" => Lang::Fr,
            "de" => Lang::De,
            _ => Lang::En,
        }
    }

    /// The language of a source: its [`Source::language`], else guessed from its title
    /// (or its host's title, or its first author's name) by script; Russian when none
    /// of these has a letter.
    ///
    /// ```
    /// use gostbib::{gost::Lang, Source, Title};
    /// let s = Source { title: Title::new("Moscow and East Rome"), ..Source::default() };
    /// assert_eq!(Lang::of(&s), Lang::En);
    /// ```
    pub fn of(source: &Source) -> Lang {
        if let Some(id) = &source.language {
            return Lang::from_langid(id);
        }
        let names = source.authors.iter().map(|n| match n {
            crate::Name::Person(p) => p.family.as_str(),
            crate::Name::Organization(o) => o.as_str(),
        });
        let text = std::iter::once(source)
            .chain(source.hosts())
            .map(|s| s.title.main.as_str())
            .chain(names)
            .find(|t| t.chars().any(char::is_alphabetic));
        // Nothing to tell by: the crate's default, Russian. Text in Cyrillic letters
        // only is Russian for the labels whichever Cyrillic language it is, without
        // the detector's word statistics.
        text.map_or(Lang::Ru, |t| {
            if cyrillic_only(t) {
                Lang::Ru
            } else {
                Lang::from_langid(&crate::lang::detect_language(t))
            }
        })
    }
}

/// Whether a text has Cyrillic letters (U+0400–U+04FF) and no Latin ones (ASCII or
/// with diacritics, U+00C0–U+024F).
fn cyrillic_only(text: &str) -> bool {
    let b = text.as_bytes();
    let latin = b.iter().any(|&c| c.is_ascii_alphabetic() || (0xC3..=0xC9).contains(&c));
    !latin && b.iter().any(|&c| (0xD0..=0xD3).contains(&c))
}

/// The words introducing a contributor's names after ` / ` or ` ; `.
///
/// `full` spells them out as ГОСТ Р 7.0.100-2018 examples do (`под редакцией`);
/// otherwise they are abbreviated as in ГОСТ Р 7.0.5-2008 (`под ред.`).
///
/// ```
/// use gostbib::{gost::{role_words, Lang}, Role};
/// assert_eq!(role_words(&Role::Editor, Lang::Ru, false), "под ред.");
/// assert_eq!(role_words(&Role::Editor, Lang::Ru, true), "под редакцией");
/// assert_eq!(role_words(&Role::Translator, Lang::En, false), "transl. by");
/// ```
pub fn role_words(role: &Role, lang: Lang, full: bool) -> &str {
    let row = match role {
        Role::Author => return "",
        Role::Other(s) => return s,
        Role::Editor => 0,
        Role::ChiefEditor => 1,
        Role::ResponsibleEditor => 2,
        Role::Translator => 3,
        Role::Compiler => 4,
        Role::Commentator => 5,
        Role::Introduction => 6,
        Role::Illustrator => 7,
    };
    let table = match (lang, full) {
        (Lang::Ru, false) => &ROLES_RU,
        (Lang::Ru, true) => &ROLES_RU_FULL,
        (Lang::Fr, _) => &ROLES_FR,
        (Lang::De, _) => &ROLES_DE,
        (Lang::En, _) => &ROLES_EN,
    };
    table[row]
}

const ROLES_RU: [&str; 8] = [
    "под ред.",
    "гл. ред.",
    "отв. ред.",
    "пер.",
    "сост.",
    "коммент.",
    "вступ. ст.",
    "ил.",
];
const ROLES_RU_FULL: [&str; 8] = [
    "под редакцией",
    "главный редактор",
    "ответственный редактор",
    "перевод",
    "составитель",
    "комментарии",
    "вступительная статья",
    "иллюстрации",
];
const ROLES_EN: [&str; 8] = [
    "ed. by",
    "ed.-in-chief",
    "ed.",
    "transl. by",
    "comp. by",
    "comment. by",
    "introd. by",
    "ill. by",
];
const ROLES_FR: [&str; 8] = [
    "sous la dir. de",
    "réd. en chef",
    "éd.",
    "trad. par",
    "comp. par",
    "comment. par",
    "introd. par",
    "ill. par",
];
const ROLES_DE: [&str; 8] = [
    "hrsg. von",
    "Chefred.",
    "Red.",
    "übers. von",
    "zsgest. von",
    "komm. von",
    "eingel. von",
    "ill. von",
];

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn cyrillic_titles_skip_the_detector_and_agree_with_it() {
        for t in ["Вопр. философии", "Історія України", "Ђорђе", "Известия. 2001"]
        {
            assert!(cyrillic_only(t), "{t}");
            let detected = Lang::from_langid(&crate::lang::detect_language(t));
            assert_eq!(detected, Lang::Ru, "{t}");
        }
        for t in ["Speculum", "Revue d’études", "Вопросы and Moscow", "2001"] {
            assert!(!cyrillic_only(t), "{t}");
        }
    }

    #[test]
    fn labels_per_language() {
        let expect = [
            (Lang::Ru, "Т.", "С.", "Гл.", "и др.", "Б. м.", "Б. г."),
            (Lang::En, "Vol.", "P.", "Ch.", "et al.", "S. l.", "S. a."),
            (Lang::Fr, "T.", "P.", "Chap.", "et al.", "S. l.", "S. a."),
            (Lang::De, "Bd.", "S.", "Kap.", "u. a.", "S. l.", "S. a."),
        ];
        for (lang, vol, pages, ch, et_al, no_place, no_date) in expect {
            let w = lang.words();
            assert_eq!(
                (w.volume, w.pages, w.chapter, w.et_al, w.no_place, w.no_date),
                (vol, pages, ch, et_al, no_place, no_date),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn labels_end_in_a_period_or_are_whole_words() {
        for lang in Lang::ALL {
            let w = lang.words();
            for label in [w.volume, w.chapter, w.pages, w.pages_lower, w.part, w.et_al] {
                assert!(label.ends_with('.'), "{lang:?} {label}");
            }
            // Capitalised labels open an element; lowercase ones do not.
            assert!(w.pages.starts_with(char::is_uppercase), "{lang:?}");
            assert!(w.no_place.starts_with(char::is_uppercase), "{lang:?}");
            assert!(w.no_publisher.starts_with(char::is_lowercase), "{lang:?}");
        }
    }

    #[test]
    fn months_are_twelve_distinct_genitives() {
        for lang in Lang::ALL {
            let m = lang.words().months;
            let set: std::collections::HashSet<_> = m.iter().collect();
            assert_eq!(set.len(), 12, "{lang:?}");
        }
        assert_eq!(Lang::Ru.words().months[0], "янв.");
        assert_eq!(Lang::Ru.words().months[4], "мая");
        assert_eq!(Lang::Ru.words().months[8], "сент.");
    }

    #[test]
    fn language_of_a_source() {
        let ru = Source {
            title: crate::Title::new("Признание"), ..Source::default()
        };
        assert_eq!(Lang::of(&ru), Lang::Ru);
        let fr = Source { language: Some(langid!("fr")), ..ru.clone() };
        assert_eq!(Lang::of(&fr), Lang::Fr);
        // An untitled part takes the language of its host.
        let part = Source {
            host: Some(Box::new(Source {
                title: crate::Title::new("Speculum"),
                ..Source::default()
            })),
            ..Source::default()
        };
        assert_eq!(Lang::of(&part), Lang::En);
    }

    #[test]
    fn every_role_has_words_in_every_language() {
        let roles = [
            Role::Editor,
            Role::ChiefEditor,
            Role::ResponsibleEditor,
            Role::Translator,
            Role::Compiler,
            Role::Commentator,
            Role::Introduction,
            Role::Illustrator,
        ];
        for lang in Lang::ALL {
            for full in [false, true] {
                for r in &roles {
                    assert!(!role_words(r, lang, full).is_empty());
                }
            }
        }
        assert_eq!(
            role_words(&Role::Other("подгот.".into()), Lang::Ru, false),
            "подгот."
        );
        assert_eq!(role_words(&Role::Author, Lang::Ru, false), "");
    }
}
