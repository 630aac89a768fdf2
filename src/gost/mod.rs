//! Formatting sources as GOST strings.

use crate::{Error, Source};

/// The GOST style to format in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// ГОСТ Р 7.0.5-2008 затекстовая ссылка, full punctuation (`. — `).
    Gost2008,
    /// ГОСТ Р 7.0.5-2008 with `. ` between areas (the short form).
    #[default]
    Gost2008Short,
    /// ГОСТ Р 7.0.100-2018 bibliographic description.
    Gost2018,
}

impl std::str::FromStr for Style {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "gost-2008" => Ok(Style::Gost2008),
            "gost-2008-short" => Ok(Style::Gost2008Short),
            "gost-2018" => Ok(Style::Gost2018),
            _ => Err(Error::UnknownValue { what: "style", value: s.to_owned() }),
        }
    }
}

/// Formats one source in a style.
///
/// # Errors
/// Currently always [`Error::Unsupported`].
pub fn to_gost_string(source: &Source, style: Style) -> Result<String, Error> {
    let _ = (source, style);
    Err(Error::Unsupported("the GOST formatter is not written yet".into()))
}
