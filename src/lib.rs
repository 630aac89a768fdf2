//! Bibliographic references in Russian and mixed-script scholarship.
//!
//! gostbib turns hand-written GOST reference lists (`Лит.: Панкратова А. М. …; …`)
//! into structured [`Source`]s and back, and converts them to and from BibLaTeX/BibTeX,
//! MODS XML and CSL-JSON.
//!
//! # Crate features
//! - `cli`: the `gostbib` command-line tool.
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
