//! MODS 3.8 XML export and import.
//!
//! Export writes what a cataloguer following the Library of Congress MODS User
//! Guidelines would write (see `docs/mods.md` for the mapping of every field): a `<mods>`
//! record per source, nested `relatedItem type="host"` for `//` analytics, marcgt genres,
//! MARC relator codes, ISO 639-2/B languages, W3CDTF/EDTF dates. It also writes
//! `genre authority="local"` with the [`Kind`](crate::Kind) name, as Zotero does with
//! its item types, so that a source survives the round trip unchanged.
//!
//! Import reads our records losslessly, and records written by bibutils (`bib2xml`),
//! Zotero and libraries as well as their contents allow. The reader is safe against
//! hostile XML: it refuses `<!DOCTYPE>` (so no entity can be declared, no external
//! entity is resolved, nothing is read from the file system), never expands custom
//! entities, and bounds element nesting.
//!
//! ```
//! use gostbib::{Kind, Source, Title, mods};
//! let book = Source { title: Title::new("Основы"), ..Source::new(Kind::Book) };
//! let xml = mods::to_mods_string(std::slice::from_ref(&book))?;
//! assert!(xml.contains(r#"<genre authority="marcgt">book</genre>"#));
//! assert_eq!(mods::from_mods_str(&xml)?, vec![book]);
//! # Ok::<(), gostbib::Error>(())
//! ```

mod codes;
mod export;
mod import;
mod stream;
mod values;
mod xml;

pub use stream::ModsCollectionWriter;

use crate::{Error, Source};

/// The MODS namespace, declared on every record we write and required of the records
/// we read when they declare any namespace.
///
/// ```
/// let xml = gostbib::mods::to_mods_string(&[gostbib::Source::default()])?;
/// assert!(xml.contains(gostbib::mods::MODS_NS));
/// # Ok::<(), gostbib::Error>(())
/// ```
pub const MODS_NS: &str = "http://www.loc.gov/mods/v3";
/// The `xsi:schemaLocation` written on the root element: MODS 3.8.
///
/// ```
/// assert!(gostbib::mods::SCHEMA_LOCATION.ends_with("mods-3-8.xsd"));
/// ```
pub const SCHEMA_LOCATION: &str =
    "http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-8.xsd";
const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";
/// `authority="local"`: our kind as a genre, a place as written (`М.`).
const LOCAL: &str = "local";
/// `physicalDescription/form/@type` of the general material designation.
const FORM_MEDIUM: &str = "general material designation";
/// `physicalDescription/form/@type` of the ГОСТ Р 7.0.100 content form and media type.
const FORM_CONTENT: &str = "content form and media type";
/// `classification/@authority` of a dissertation's speciality code (ВАК nomenclature).
const SPECIALITY_AUTHORITY: &str = "vak";
/// `part/@type` of a host's own locators, kept apart from its child's.
const PART_OWN: &str = "own";

/// Writes sources as a `<modsCollection>` of MODS 3.8 records.
///
/// Every text is escaped; characters XML 1.0 cannot hold (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF) are replaced with visible stand-ins
/// (`␁` for U+0001, U+FFFD), so the output is always well-formed.
///
/// ```
/// use gostbib::{Kind, Person, Name, Source, Title, mods};
/// let s = Source {
///     authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
///     title: Title::new("Признание <СССР> & Франция"),
///     ..Source::new(Kind::Book)
/// };
/// let xml = mods::to_mods_string(&[s])?;
/// assert!(xml.contains("<modsCollection xmlns=\"http://www.loc.gov/mods/v3\""));
/// assert!(xml.contains("<title>Признание &lt;СССР&gt; &amp; Франция</title>"));
/// assert!(xml.contains(r#"<namePart type="family">Панкратова</namePart>"#));
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// [`Error::Empty`] for no sources: MODS requires at least one `<mods>` in a
/// `<modsCollection>`, and we never write a record that does not validate.
///
/// ```
/// assert_eq!(gostbib::mods::to_mods_string(&[]), Err(gostbib::Error::Empty));
/// ```
pub fn to_mods_string(sources: &[Source]) -> Result<String, Error> {
    if sources.is_empty() {
        return Err(Error::Empty);
    }
    Ok(export::collection(sources))
}

/// Writes one source as a `<mods>` record (with namespace and schema location).
///
/// ```
/// use gostbib::{Kind, Source, Title, mods};
/// let s = Source { title: Title::new("Сайт"), ..Source::new(Kind::WebSite) };
/// let xml = mods::to_mods_record(&s)?;
/// assert!(xml.contains(r#"<mods xmlns="http://www.loc.gov/mods/v3""#));
/// assert!(xml.contains("<issuance>integrating resource</issuance>"));
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// None at present; the `Result` leaves room for limits.
pub fn to_mods_record(source: &Source) -> Result<String, Error> {
    Ok(export::record(source))
}

/// Reads a `<mods>` record or a `<modsCollection>` (any namespace prefix, with or
/// without an XML declaration or a byte-order mark).
///
/// ```
/// use gostbib::{Kind, mods};
/// let xml = r#"<mods xmlns="http://www.loc.gov/mods/v3">
///   <titleInfo><title>Вопросы истории</title></titleInfo>
///   <genre authority="marcgt">periodical</genre>
/// </mods>"#;
/// let sources = mods::from_mods_str(xml)?;
/// assert_eq!(sources[0].title.main, "Вопросы истории");
/// assert_eq!(sources[0].kind, Kind::Periodical);
///
/// let err = mods::from_mods_str("<mods>\n<title>").unwrap_err();
/// assert_eq!(err.position().map(|p| p.line), Some(2));
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// [`Error::Mods`] with line and column when the XML is malformed, holds a DTD or an
/// undefined entity, nests too deep, or is not MODS (another root element or namespace).
pub fn from_mods_str(input: &str) -> Result<Vec<Source>, Error> {
    import::read(input)
}
