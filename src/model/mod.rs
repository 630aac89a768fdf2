//! The source model: everything a GOST reference can say.
//!
//! A [`Source`] is one bibliographic description. A component part (`//`) has a
//! [`host`](Source::host), which may itself have a host: a chapter in volume 3 of a
//! multi-volume work is `Chapter → Volume (Т. 3) → MultiVolume` or, as most references
//! are written, `Chapter → Book` with `numbering.volume = "3"` on the book.
//!
//! | written                     | where it goes                                    |
//! |-----------------------------|--------------------------------------------------|
//! | `Панкратова А. М.`          | [`Source::authors`] as [`Name::Person`]          |
//! | `/ под ред. А. В. Иванова`  | [`Source::contributors`] with [`Role::Editor`]   |
//! | `[Электронный ресурс]`      | [`Source::medium`]                               |
//! | `М.; Л., 1945`              | [`Source::places`], [`Source::date`]             |
//! | `Б. г.`, `Б. д.`            | [`Source::date_missing`]                         |
//! | `Т. 3`, `№ 5`, `Гл. 11`, `С. 12–15` | [`Source::numbering`]                    |
//! | `// История дипломатии`     | [`Source::host`]                                 |
//! | `URL: …`, `(дата обращения: …)` | [`Source::url`], [`Source::accessed`]        |
//! | `ГА РФ. Ф. 5446. Оп. 1. Д. 50` | [`Source::archive`]                           |

mod date;
mod kind;
mod parts;
mod person;
mod provenance;
mod title;

pub use date::{Date, Missing, PartialDate};
pub use kind::Kind;
pub use parts::{Archive, Identifiers, Numbering, Place, Thesis};
pub use person::{Contributor, Name, Person, Role};
pub use provenance::{Element, Origin, Unparsed};
pub use title::{Series, Title};

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::error::Spanned;

/// One bibliographic source.
///
/// Every field is public; build one with [`Source::new`] and struct update syntax
/// (`..Source::default()`), so that fields added later do not break your code.
/// Fields that are empty are skipped by serde.
///
/// ```
/// use gostbib::{Kind, Source, Title};
/// let s = Source { title: Title::new("Признание СССР Францией"), ..Source::new(Kind::Chapter) };
/// assert_eq!(s.kind, Kind::Chapter);
/// assert!(s.host.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    /// What kind of document this is.
    pub kind: Kind,
    /// Authors, in the order written: the heading's names and those after `/`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Name>,
    /// The list of authors is shortened (`и др.`, `[и др.]`, `et al.`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub authors_et_al: bool,
    /// Editors, translators, compilers and others, in the order written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<Contributor>,
    /// The title area.
    pub title: Title,
    /// The statement of responsibility exactly as written after ` / `, when it says more
    /// than [`Source::authors`] and [`Source::contributors`] capture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<String>,
    /// General material designation without brackets (`Электронный ресурс`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// ГОСТ Р 7.0.100-2018 content form and means of access (`Текст : электронный`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_form: Option<String>,
    /// Edition statement as written (`2-е изд., перераб. и доп.`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// Places of publication, in order (`М.; Л.` is two places).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
    /// Publishers, in order, without quotes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publishers: Vec<String>,
    /// For each of [`Source::publishers`], the index in [`Source::places`] of the
    /// place it is published at, when the source groups them otherwise than
    /// [`Source::publisher_place`] assumes (`М. : ГМИИ : Художник и книга ; Вашингтон
    /// : Нац. галерея искусств` is `[0, 0, 1]`); empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publisher_places: Vec<usize>,
    /// Date of publication (for a newspaper, the full date of the issue).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// `Б. г.`, `Б. д.`, `s. a.`: the reference says the date is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_missing: Option<Missing>,
    /// `Б. м.`, `s. l.`: the reference says the place is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_missing: Option<Missing>,
    /// `б. и.`, `s. n.`: the reference says the publisher is unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher_missing: Option<Missing>,
    /// Volume, part, issue, chapter, pages, article number.
    #[serde(skip_serializing_if = "Numbering::is_empty")]
    pub numbering: Numbering,
    /// Extent of the whole (`245 с.`, `[8] л. ил.`), as written without a trailing period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extent: Option<String>,
    /// Series, in order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<Series>,
    /// The host document of a component part (after `//`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<Box<Source>>,
    /// URL of an electronic resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Access date (`дата обращения`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessed: Option<PartialDate>,
    /// Access conditions (`Режим доступа: для зарегистрир. пользователей`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_note: Option<String>,
    /// ISBN, ISSN, DOI.
    #[serde(skip_serializing_if = "is_default")]
    pub identifiers: Identifiers,
    /// Archival cipher of an archival document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archive: Option<Archive>,
    /// Dissertation data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thesis: Option<Thesis>,
    /// Notes (область примечания), each as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Language of the source.
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "deserialize_language"
    )]
    pub language: Option<LanguageIdentifier>,
    /// The text this source was parsed from; `None` for sources built or imported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// Byte spans (in the whole input) of the elements the parser recognised.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Spanned<Element>>,
    /// Text the parser did not understand, kept so that nothing is lost.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unparsed: Vec<Unparsed>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

impl Source {
    /// An empty source of a kind.
    pub fn new(kind: Kind) -> Self {
        Source { kind, ..Source::default() }
    }

    /// The same source without provenance ([`Source::origin`], [`Source::spans`],
    /// [`Source::unparsed`]), here and in its hosts: what round trips through other
    /// formats compare.
    pub fn without_provenance(&self) -> Source {
        let mut s = self.clone();
        s.strip_provenance();
        s
    }

    fn strip_provenance(&mut self) {
        self.origin = None;
        self.spans.clear();
        self.unparsed.clear();
        if let Some(h) = self.host.as_deref_mut() {
            h.strip_provenance();
        }
    }

    /// The chain of hosts, nearest first.
    pub fn hosts(&self) -> impl Iterator<Item = &Source> {
        std::iter::successors(self.host.as_deref(), |h| h.host.as_deref())
    }

    /// The index in [`Source::places`] of the place of publisher `k`: from
    /// [`Source::publisher_places`] when it fits (one index per publisher, in order,
    /// each naming a place), else one publisher per place when there are as many of
    /// both (`М. : Наука ; Л. : Худож. лит.`) and otherwise the last place
    /// (`М. ; Л. : Наука`). `None` without places or without publisher `k`.
    ///
    /// ```
    /// use gostbib::{Place, Source};
    /// let mut s = Source {
    ///     places: vec![Place::new("М."), Place::new("Вашингтон")],
    ///     publishers: vec!["ГМИИ".into(), "Художник и книга".into(), "Нац. галерея".into()],
    ///     ..Source::default()
    /// };
    /// assert_eq!(s.publisher_place(0), Some(1));
    /// s.publisher_places = vec![0, 0, 1];
    /// assert_eq!((0..3).map(|k| s.publisher_place(k)).collect::<Vec<_>>(), [Some(0), Some(0), Some(1)]);
    /// assert_eq!(s.publisher_place(3), None);
    /// ```
    pub fn publisher_place(&self, k: usize) -> Option<usize> {
        let (places, publishers) = (self.places.len(), self.publishers.len());
        if places == 0 || k >= publishers {
            return None;
        }
        let g = &self.publisher_places;
        let fits = g.len() == publishers
            && g.windows(2).all(|w| w[0] <= w[1])
            && g.last().is_some_and(|&last| last < places);
        Some(if fits {
            g[k]
        } else if places == publishers {
            k
        } else {
            places - 1
        })
    }

    /// Persons and organisations with a role other than author.
    pub fn contributors_with(&self, role: &Role) -> impl Iterator<Item = &Name> {
        self.contributors.iter().filter(move |c| &c.role == role).map(|c| &c.name)
    }
}

/// Reads a language tag as [`crate::lang::parse_language_tag`] does, so that a source
/// read from JSON writes and reads back the same tag.
fn deserialize_language<'de, D>(d: D) -> Result<Option<LanguageIdentifier>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let tag: Option<String> = Option::deserialize(d)?;
    tag.map(|t| {
        crate::lang::parse_language_tag(&t).ok_or_else(|| {
            serde::de::Error::custom(format!("invalid language tag `{t}`"))
        })
    })
    .transpose()
}
