//! What kind of document a [`Source`](super::Source) describes.

use serde::{Deserialize, Serialize};

/// The kind of document a source is, in GOST terms (вид документа).
///
/// The kind drives the entry type of every export (see `docs/mappings.md`):
/// a [`Kind::Chapter`] becomes `@incollection`/`@inbook` in BibLaTeX, a
/// `relatedItem type="host"` analytic in MODS and `chapter` in CSL-JSON.
///
/// ```
/// use gostbib::Kind;
/// assert_eq!(Kind::Chapter.csl_type(), "chapter");
/// assert_eq!("article-journal".parse::<Kind>().unwrap(), Kind::Article);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Kind {
    /// A monograph or a single-volume book, a textbook, a collection as a whole.
    #[default]
    Book,
    /// A multi-volume work as a whole (`В 3 т.`), not one volume of it.
    MultiVolume,
    /// One volume of a multi-volume work (`Т. 3`), described on its own.
    Volume,
    /// A chapter, part or article inside a book, a collection or one volume of a
    /// multi-volume work (`… // История дипломатии. Т. 3. … Гл. 11`).
    Chapter,
    /// An article in a journal (`// Вопр. философии. 1992. № 10. С. 76–86`).
    Article,
    /// An article in a newspaper, with a full date (`// Правда. 1924. 29 окт.`).
    NewspaperArticle,
    /// A journal, a newspaper or one issue of it described as a whole.
    Periodical,
    /// A page or a document on a web site (`… [Электронный ресурс] // Сайт`).
    WebPage,
    /// A whole web site, portal, database or digital collection.
    WebSite,
    /// An archival document (`ГА РФ. Ф. 5446. Оп. 1. Д. 50. Л. 10`).
    Archival,
    /// A dissertation (`дис. … канд. ист. наук`).
    Thesis,
    /// An author's abstract of a dissertation (`автореф. дис. … канд. ист. наук`).
    Autoreferat,
    /// A law, decree or other official document.
    Law,
    /// A standard (`ГОСТ Р 7.0.5–2008`).
    Standard,
    /// A paper in conference proceedings.
    ConferencePaper,
    /// A patent or a patent application.
    Patent,
    /// Anything else.
    Other,
}

impl Kind {
    /// Every kind, in declaration order.
    pub const ALL: [Kind; 17] = [
        Kind::Book,
        Kind::MultiVolume,
        Kind::Volume,
        Kind::Chapter,
        Kind::Article,
        Kind::NewspaperArticle,
        Kind::Periodical,
        Kind::WebPage,
        Kind::WebSite,
        Kind::Archival,
        Kind::Thesis,
        Kind::Autoreferat,
        Kind::Law,
        Kind::Standard,
        Kind::ConferencePaper,
        Kind::Patent,
        Kind::Other,
    ];

    /// The stable kebab-case name of the kind (`"newspaper-article"`), as used by serde.
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Book => "book",
            Kind::MultiVolume => "multi-volume",
            Kind::Volume => "volume",
            Kind::Chapter => "chapter",
            Kind::Article => "article",
            Kind::NewspaperArticle => "newspaper-article",
            Kind::Periodical => "periodical",
            Kind::WebPage => "web-page",
            Kind::WebSite => "web-site",
            Kind::Archival => "archival",
            Kind::Thesis => "thesis",
            Kind::Autoreferat => "autoreferat",
            Kind::Law => "law",
            Kind::Standard => "standard",
            Kind::ConferencePaper => "conference-paper",
            Kind::Patent => "patent",
            Kind::Other => "other",
        }
    }

    /// The CSL-JSON item type for this kind (see `../shared/corpus/ANNOTATION.md`).
    pub const fn csl_type(self) -> &'static str {
        match self {
            Kind::Book | Kind::MultiVolume | Kind::Volume => "book",
            Kind::Chapter => "chapter",
            Kind::Article => "article-journal",
            Kind::NewspaperArticle => "article-newspaper",
            Kind::Periodical => "periodical",
            Kind::WebPage | Kind::WebSite => "webpage",
            Kind::Archival => "manuscript",
            Kind::Thesis | Kind::Autoreferat => "thesis",
            Kind::Law => "legislation",
            Kind::Standard => "standard",
            Kind::ConferencePaper => "paper-conference",
            Kind::Patent => "patent",
            Kind::Other => "document",
        }
    }

    /// Whether this kind is a component part that is normally described with a `//` host.
    pub const fn is_analytic(self) -> bool {
        matches!(
            self,
            Kind::Chapter
                | Kind::Article
                | Kind::NewspaperArticle
                | Kind::ConferencePaper
        )
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Kind {
    type Err = crate::Error;

    /// Accepts the kind's own name ([`Kind::name`]) or a CSL-JSON type.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(k) = Kind::ALL.iter().find(|k| k.name() == s) {
            return Ok(*k);
        }
        Ok(match s {
            "book" | "collection" | "classic" => Kind::Book,
            "chapter" | "entry" | "entry-encyclopedia" | "entry-dictionary" => {
                Kind::Chapter
            }
            "article-journal" | "article-magazine" | "article" | "review" => {
                Kind::Article
            }
            "article-newspaper" => Kind::NewspaperArticle,
            "periodical" => Kind::Periodical,
            "webpage" | "post" | "post-weblog" | "dataset" | "software" => Kind::WebPage,
            "manuscript" | "archival" => Kind::Archival,
            "thesis" => Kind::Thesis,
            "legislation" | "regulation" | "bill" | "treaty" | "legal_case" => Kind::Law,
            "standard" => Kind::Standard,
            "paper-conference" => Kind::ConferencePaper,
            "patent" => Kind::Patent,
            "document" => Kind::Other,
            _ => {
                return Err(crate::Error::UnknownValue {
                    what: "document kind",
                    value: s.to_owned(),
                });
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.name().parse::<Kind>().unwrap(), k);
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.name()));
        }
    }

    #[test]
    fn unknown_kind_is_an_error() {
        assert!("nonsense".parse::<Kind>().is_err());
    }
}
