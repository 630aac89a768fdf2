//! Smaller pieces of a source: places, numbering, archival ciphers, theses.

use serde::{Deserialize, Serialize};

/// A place of publication (место издания).
///
/// ```
/// use gostbib::Place;
/// let m = Place::abbreviated("Москва", "М.");
/// assert_eq!(m.name, "Москва");
/// assert_eq!(m.written.as_deref(), Some("М."));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    /// The full name of the place (`Москва`, `Ростов-на-Дону`, `New York`).
    pub name: String,
    /// The abbreviation as written when the reference abbreviates it (`М.`, `Ростов н/Д`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
}

impl Place {
    /// A place written in full.
    pub fn new(name: impl Into<String>) -> Self {
        Place { name: name.into(), written: None }
    }
    /// A place written abbreviated.
    pub fn abbreviated(name: impl Into<String>, written: impl Into<String>) -> Self {
        Place { name: name.into(), written: Some(written.into()) }
    }
}

/// Numbering and locators (Т., Ч., Кн., Вып., №, Гл., С., Ст.), each without its label.
///
/// On a source with a [`host`](crate::Source::host), `chapter`, `pages` and `section`
/// locate the part inside the host, while the host's own `volume`/`issue`/`part` say
/// which volume or issue of the host it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Numbering {
    /// Volume number (`Т. 3`, `Vol. 3`, `Bd. 3`): `3`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    /// Title of the volume (`Т. 1 (А–К)` or `Т. 1: Индустриальный Кузбасс`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_title: Option<String>,
    /// Number of volumes of the whole work (`В 3 т.`): `3`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volumes: Option<String>,
    /// Whether the whole work is counted in books rather than volumes (`в 2 кн.`, which
    /// the formatter writes back as such, not as `В 2 т.`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub volumes_in_books: bool,
    /// Part (`Ч. 2`, `Pt. 2`): `2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// Book (`Кн. 11`): `11`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub book: Option<String>,
    /// Issue (`№ 5`, `Вып. 2`, `No. 5`): `5`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// Chapter (`Гл. 11`, `Ch. 11`): `11`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<String>,
    /// Pages of the part (`С. 12–15`): `12–15`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
    /// Article or section number (`Ст. 3822`): `3822`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

impl Numbering {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        *self == Numbering::default()
    }
}

/// An archival cipher (архивный шифр): `ГА РФ. Ф. 5446. Оп. 1. Д. 50. Л. 10–12`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Archive {
    /// The repository as written (`ГА РФ`, `РГАСПИ`, `ОР РГБ`).
    pub repository: String,
    /// Fond (`Ф. 5446`): `5446`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fond: Option<String>,
    /// Inventory, opis (`Оп. 1`): `1`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inventory: Option<String>,
    /// File, delo (`Д. 50`): `50`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Leaves, list (`Л. 10–12`, `Л. 34 об.`): `10–12`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaves: Option<String>,
    /// The whole cipher after the repository, as written (`Ф. 5446. Оп. 1. Д. 50. Л. 10`),
    /// including units the fields above do not name (`Картон 41`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// Dissertation data: `дис. … канд. ист. наук : 07.00.02`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Thesis {
    /// The degree statement as written (`дис. … канд. ист. наук`).
    pub degree: String,
    /// Speciality code (`07.00.02`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speciality: Option<String>,
    /// Institution where it was defended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
}

/// Standard identifiers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Identifiers {
    /// ISBNs as written, without the label, with a qualifier in brackets where the
    /// source gives one (`0-13-942012-6 (disk)`, `5-7281-0273-5 (в пер.)`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub isbn: Vec<String>,
    /// ISSN, without the label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issn: Option<String>,
    /// DOI, without the label or resolver (`10.1000/182`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
}
