//! MODS 3.8 XML export and import.

use crate::{Error, Source};

/// Writes sources as a `<modsCollection>`.
///
/// # Errors
/// Currently always [`Error::Unsupported`].
pub fn to_mods_string(sources: &[Source]) -> Result<String, Error> {
    let _ = sources;
    Err(Error::Unsupported("MODS export is not written yet".into()))
}

/// Reads a `<mods>` record or a `<modsCollection>`.
///
/// # Errors
/// Currently always [`Error::Unsupported`].
pub fn from_mods_str(input: &str) -> Result<Vec<Source>, Error> {
    let _ = input;
    Err(Error::Unsupported("MODS import is not written yet".into()))
}
