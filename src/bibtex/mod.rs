//! BibLaTeX and classic BibTeX export and import.

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

/// Writes sources as a `.bib` file.
///
/// # Errors
/// Currently always [`Error::Unsupported`].
pub fn to_bib_string(sources: &[Source], dialect: Dialect) -> Result<String, Error> {
    let _ = (sources, dialect);
    Err(Error::Unsupported("BibLaTeX export is not written yet".into()))
}

/// Reads a `.bib` file.
///
/// # Errors
/// Currently always [`Error::Unsupported`].
pub fn from_bib_str(input: &str) -> Result<Vec<Source>, Error> {
    let _ = input;
    Err(Error::Unsupported("BibTeX import is not written yet".into()))
}
