//! Bibliographic references in Russian and mixed-script scholarship.
//!
//! gostbib turns hand-written GOST reference lists (`Лит.: Панкратова А. М. …; …`)
//! into structured [`Source`]s and back, and converts them to and from BibLaTeX/BibTeX,
//! MODS XML and CSL-JSON.
//!
//! ```
//! let lit = "Лит.: Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. \
//!            М.; Л., 1945. Гл. 11; Российско-Французские отношения [Электронный ресурс] \
//!            // Посольство Российской Федерации во Франции. Б. д. URL.: http://www.france.mid.ru/.";
//! let out = gostbib::Parser::new().lenient(true).parse(lit)?;
//! assert_eq!(out.sources.len(), 2);
//! let web = &out.sources[1];
//! assert_eq!(web.url.as_deref(), Some("http://www.france.mid.ru/"));
//! // `Б. д.` is kept as a fact, not lost (here on the web site, the host after `//`).
//! let site = web.host.as_deref().unwrap();
//! assert_eq!(site.title.main, "Посольство Российской Федерации во Франции");
//! assert_eq!(site.date_missing.as_ref().map(|m| m.written.as_str()), Some("Б. д."));
//! // `URL.:` is understood, and reported.
//! assert!(out.diagnostics.iter().any(|d| d.code == "P005"));
//! let json = gostbib::csl::to_csl_json(&out.sources);
//! let back = &gostbib::csl::from_csl_json(&json)?[1];
//! assert_eq!(back.without_provenance(), web.without_provenance());
//! assert_eq!(back.origin.as_ref().unwrap().text, web.origin.as_ref().unwrap().text);
//! # Ok::<(), gostbib::Error>(())
//! ```
//!
//! # Modules
//! [`parse`] (lists and references), [`model`] ([`Source`]), [`gost`] (formatting and
//! reference sections), [`csl`], [`bibtex`], [`mods`] (exchange formats), [`lang`]
//! (transliteration, language identification, homoglyphs, names, collation,
//! abbreviations) and [`check`] (the reference-list checker). Every error is an
//! [`Error`] with a [`Position`] in lines and characters.
//!
//! # Crate features
//! - `cli`: the `gostbib` command-line tool.
//! - `rayon`: [`Parser::parse_parallel`], parsing the references of a large list on all
//!   cores.
#![forbid(unsafe_code)]
#![warn(missing_docs, missing_debug_implementations)]

pub mod bibtex;
pub mod check;
pub mod csl;
mod error;
pub mod gost;
pub mod lang;
pub mod model;
pub mod mods;
pub mod parse;
mod threads;

pub use error::{Diagnostic, Error, LineIndex, Position, Severity, Span, Spanned};
pub use model::{
    Archive, Contributor, Date, Element, Identifiers, Kind, Missing, Name, Numbering,
    Origin, PartialDate, Person, Place, Role, Series, Source, Thesis, Title,
};
pub use parse::{ParseOutput, Parser, parse_list, parse_reference, split_list};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// A `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
