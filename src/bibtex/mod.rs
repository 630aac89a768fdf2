//! BibLaTeX and classic BibTeX export and import.
//!
//! Export follows biblatex-gost conventions (`langid = {russian}`, `@mvbook`,
//! `maintitle` + `volume`, `media = {eresource}`, EDTF dates, `location = {Москва and
//! Ленинград}`); names are written `Панкратова, А. М.`, organisations braced, `и др.`
//! as `and others`. BibLaTeX output is lossless: what no standard or biblatex-gost field
//! can hold goes, as JSON, into the verbatim field `verbc`, so Source → BibLaTeX →
//! Source gives back the same source. Import goes through the `biblatex` crate.
//! `docs/bibtex.md` and `docs/mappings.md` describe the mapping.
//!
//! ```
//! use gostbib::bibtex::{Dialect, from_bib_str, to_bib_string};
//! use gostbib::{Date, Kind, Name, Person, Place, Source, Title};
//!
//! let book = Source {
//!     authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
//!     title: Title::new("История СССР"),
//!     places: vec![Place::new("Москва"), Place::new("Ленинград")],
//!     date: Some(Date::year(1945)),
//!     language: Some("ru".parse().unwrap()),
//!     ..Source::new(Kind::Book)
//! };
//! let bib = to_bib_string(&[book.clone()], Dialect::Biblatex).unwrap();
//! assert!(bib.starts_with("@book{pankratova1945,"));
//! assert!(bib.contains("title = {История {СССР}}"));
//! assert!(bib.contains("location = {Москва and Ленинград}"));
//! assert!(bib.contains("langid = {russian}"));
//! assert_eq!(from_bib_str(&bib).unwrap(), vec![book]);
//! ```

mod classic;
mod datamodel;
mod escape;
mod export;
mod fieldmap;
mod fields;
mod flat;
mod import;
mod key;
mod names;
mod residue;
mod stream;

pub use key::KeyScheme;
pub use stream::BibWriter;

use crate::{Error, Source};

/// Which dialect to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Dialect {
    /// BibLaTeX (biber, biblatex-gost).
    #[default]
    Biblatex,
    /// Classic BibTeX (`.bst` styles such as ugost2008).
    Bibtex,
}

/// How to write a `.bib` file.
///
/// ```
/// use gostbib::bibtex::{BibOptions, Dialect, KeyScheme};
/// let o = BibOptions { crossref: true, ..BibOptions::default() };
/// assert_eq!(o.dialect, Dialect::Biblatex);
/// assert_eq!(o.keys, KeyScheme::AuthorYear);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BibOptions {
    /// The dialect.
    pub dialect: Dialect,
    /// Write every host (the book of a chapter, the volume and the multi-volume work)
    /// as an entry of its own linked by `crossref` (`@incollection` → `@book` →
    /// `@mvbook`). Off by default: a host is written flat into the entry (`booktitle`,
    /// `maintitle`, `volume`), and a crossref chain is used only where the flat form
    /// could not give the source back exactly.
    pub crossref: bool,
    /// How citation keys are made.
    pub keys: KeyScheme,
}

impl BibOptions {
    /// Default options for a dialect.
    ///
    /// ```
    /// use gostbib::bibtex::{BibOptions, Dialect};
    /// assert_eq!(BibOptions::new(Dialect::Bibtex).dialect, Dialect::Bibtex);
    /// ```
    pub fn new(dialect: Dialect) -> Self {
        BibOptions { dialect, ..BibOptions::default() }
    }
}

/// Writes sources as a `.bib` file in a dialect with default options.
///
/// # Errors
/// Never for well-formed sources; [`Error::Unsupported`] if a source cannot be
/// serialised at all.
///
/// ```
/// use gostbib::bibtex::{Dialect, to_bib_string};
/// use gostbib::{Kind, Source, Title};
/// let s = Source { title: Title::new("50% & more_{x}"), ..Source::new(Kind::Book) };
/// let bib = to_bib_string(&[s], Dialect::Bibtex).unwrap();
/// assert!(bib.contains(r"title = {50\% \& more\_\textbraceleft{}x\textbraceright{}}"));
/// ```
pub fn to_bib_string(sources: &[Source], dialect: Dialect) -> Result<String, Error> {
    to_bib_string_with(sources, &BibOptions::new(dialect))
}

/// Writes sources as a `.bib` file with options.
///
/// # Errors
/// As [`to_bib_string`].
///
/// ```
/// use gostbib::bibtex::{BibOptions, from_bib_str, to_bib_string_with};
/// use gostbib::{Kind, Numbering, Source, Title};
/// let volume = Source { title: Title::new("История дипломатии"), ..Source::new(Kind::Book) };
/// let chapter = Source {
///     title: Title::new("Признание СССР Францией"),
///     numbering: Numbering { chapter: Some("11".into()), ..Numbering::default() },
///     host: Some(Box::new(volume)),
///     ..Source::new(Kind::Chapter)
/// };
/// let opts = BibOptions { crossref: true, ..BibOptions::default() };
/// let bib = to_bib_string_with(&[chapter.clone()], &opts).unwrap();
/// assert!(bib.contains("crossref = {"));
/// assert_eq!(from_bib_str(&bib).unwrap(), vec![chapter]);
/// ```
pub fn to_bib_string_with(
    sources: &[Source],
    options: &BibOptions,
) -> Result<String, Error> {
    export::write(sources, options)
}

/// Reads a `.bib` file (BibLaTeX or BibTeX).
///
/// Entries that others `crossref` become those entries' hosts; `@xdata` is merged by
/// the `biblatex` crate.
///
/// # Errors
/// [`Error::Bib`] with the line, column and entry key of what cannot be read.
///
/// ```
/// use gostbib::bibtex::from_bib_str;
/// let err = from_bib_str("@book{ok, title = {A}}\n@book{bad, title = {B}").unwrap_err();
/// let gostbib::Error::Bib { key, position, .. } = err else { panic!() };
/// assert_eq!((key.as_str(), position.line), ("bad", 2));
/// ```
pub fn from_bib_str(input: &str) -> Result<Vec<Source>, Error> {
    import::read(input)
}
