//! Titles: title proper, other title information, parallel titles.

use serde::{Deserialize, Serialize};

/// The title area of a description (область заглавия).
///
/// ```
/// use gostbib::Title;
/// let t = Title::new("Основы");
/// assert_eq!(t.main, "Основы");
/// assert!(t.other.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Title {
    /// The title proper (основное заглавие), as written; never abbreviated.
    pub main: String,
    /// Other title information (сведения, относящиеся к заглавию), each introduced by
    /// ` : ` in GOST (`учеб. пособие`, `сайт`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<String>,
    /// Parallel titles (` = …`), in other languages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parallel: Vec<String>,
    /// The title was supplied by the cataloguer, in square brackets (`[Письмо …]`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub supplied: bool,
}

impl Title {
    /// A title proper with nothing else.
    pub fn new(main: impl Into<String>) -> Self {
        Title { main: main.into(), ..Title::default() }
    }

    /// Whether the title proper is empty.
    pub fn is_empty(&self) -> bool {
        self.main.is_empty()
    }
}

/// A series (область серии): `(Библиотека поэта ; вып. 5)`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Series {
    /// Title of the series as written.
    pub title: String,
    /// Number within the series (`5`), without its label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
}

impl Series {
    /// A series with an optional number.
    pub fn new(title: impl Into<String>, number: Option<String>) -> Self {
        Series { title: title.into(), number }
    }
}
