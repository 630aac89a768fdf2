//! CSL-JSON export and import (the mapping of `docs/mappings.md`, section CSL-JSON).
//!
//! The standard fields follow `../shared/corpus/ANNOTATION.md` exactly, so an export
//! scores against gold items as written. What those fields cannot carry (written
//! forms of places, the host chain, roles, missing-date markers, …) goes into the
//! item's CSL 1.0.2 `custom` object, which [`from_csl_json`] reads back.
//!
//! ```
//! use gostbib::{Kind, Place, Source, Title, csl};
//! let s = Source {
//!     title: Title::new("Дневник"),
//!     places: vec![Place::abbreviated("Москва", "М.")],
//!     ..Source::new(Kind::Book)
//! };
//! let item = csl::to_csl_item(&s);
//! assert_eq!(item["type"], "book");
//! assert_eq!(item["publisher-place"], "Москва");
//! ```

mod custom;
mod export;
mod import;
mod stream;

use serde_json::{Map, Value};

use crate::{Error, Source};

/// The CSL-JSON keys used by the mapping, in one place.
pub use stream::CslJsonWriter;

mod keys {
    use crate::Role;

    pub(super) const ID: &str = "id";
    pub(super) const TYPE: &str = "type";
    pub(super) const AUTHOR: &str = "author";
    pub(super) const TITLE: &str = "title";
    pub(super) const MEDIUM: &str = "medium";
    pub(super) const CONTAINER_TITLE: &str = "container-title";
    pub(super) const COLLECTION_TITLE: &str = "collection-title";
    pub(super) const COLLECTION_NUMBER: &str = "collection-number";
    pub(super) const VOLUME: &str = "volume";
    pub(super) const NUMBER_OF_VOLUMES: &str = "number-of-volumes";
    pub(super) const PART_NUMBER: &str = "part-number";
    pub(super) const ISSUE: &str = "issue";
    pub(super) const CHAPTER_NUMBER: &str = "chapter-number";
    pub(super) const PAGE: &str = "page";
    pub(super) const NUMBER_OF_PAGES: &str = "number-of-pages";
    pub(super) const SECTION: &str = "section";
    pub(super) const EDITION: &str = "edition";
    pub(super) const PUBLISHER_PLACE: &str = "publisher-place";
    pub(super) const PUBLISHER: &str = "publisher";
    pub(super) const ISSUED: &str = "issued";
    pub(super) const ACCESSED: &str = "accessed";
    pub(super) const URL: &str = "URL";
    pub(super) const ISBN: &str = "ISBN";
    pub(super) const ISSN: &str = "ISSN";
    pub(super) const DOI: &str = "DOI";
    pub(super) const ARCHIVE: &str = "archive";
    pub(super) const ARCHIVE_LOCATION: &str = "archive_location";
    pub(super) const GENRE: &str = "genre";
    pub(super) const LANGUAGE: &str = "language";
    pub(super) const NOTE: &str = "note";

    pub(super) const FAMILY: &str = "family";
    pub(super) const GIVEN: &str = "given";
    pub(super) const PARTICLE: &str = "non-dropping-particle";
    pub(super) const LITERAL: &str = "literal";
    pub(super) const DATE_PARTS: &str = "date-parts";

    /// The order keys are written in: that of a reference, `custom` last.
    pub(super) const ORDER: &[&str] = &[
        ID,
        TYPE,
        LANGUAGE,
        AUTHOR,
        "editor",
        "translator",
        "compiler",
        TITLE,
        MEDIUM,
        CONTAINER_TITLE,
        COLLECTION_TITLE,
        COLLECTION_NUMBER,
        EDITION,
        VOLUME,
        NUMBER_OF_VOLUMES,
        PART_NUMBER,
        ISSUE,
        PUBLISHER_PLACE,
        PUBLISHER,
        ISSUED,
        CHAPTER_NUMBER,
        SECTION,
        PAGE,
        NUMBER_OF_PAGES,
        GENRE,
        ARCHIVE,
        ARCHIVE_LOCATION,
        ISBN,
        ISSN,
        DOI,
        URL,
        ACCESSED,
        NOTE,
        "custom",
    ];

    /// Separator of several places, publishers or ISBNs in one CSL string.
    pub(super) const LIST_SEP: &str = "; ";

    /// Words that mark an edition statement as numbered (`2-е изд.`, `3rd ed.`).
    pub(super) const EDITION_WORDS: &[&str] =
        &["изд", "ред", "ed.", "edn", "edition", "aufl", "éd", "вид."];

    /// The contributor roles exported under a standard CSL name key.
    pub(super) const ROLE_KEYS: &[(&str, &[Role])] = &[
        ("editor", &[Role::Editor, Role::ChiefEditor, Role::ResponsibleEditor]),
        ("translator", &[Role::Translator]),
        ("compiler", &[Role::Compiler]),
    ];
}

/// Writes sources as a pretty-printed CSL-JSON array, in order.
///
/// Each item is [`to_csl_item`] with an `id` added: `item-1`, `item-2`, … by position.
///
/// ```
/// use gostbib::{Kind, Source, Title, csl};
/// let s = Source { title: Title::new("Дневник"), ..Source::new(Kind::Book) };
/// let json = csl::to_csl_json(&[s]);
/// let items: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(items[0]["id"], "item-1");
/// assert_eq!(items[0]["title"], "Дневник");
/// ```
pub fn to_csl_json(sources: &[Source]) -> String {
    // Items are built and written one at a time: only one JSON tree is alive at once.
    let mut out = Vec::with_capacity(sources.len() * 512 + 2);
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        serde_json::ser::PrettyFormatter::new(),
    );
    // Serialising values built from strings, numbers and maps cannot fail.
    if serde::Serialize::serialize(&Items(sources, 1), &mut ser).is_err() {
        return String::from("[]");
    }
    String::from_utf8(out).unwrap_or_else(|_| String::from("[]"))
}

/// The items of [`to_csl_json`], each built when it is written, numbered from
/// the second field.
struct Items<'a>(&'a [Source], usize);

impl serde::Serialize for Items<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = ser.serialize_seq(Some(self.0.len()))?;
        for (i, s) in self.0.iter().enumerate() {
            let mut item = to_csl_item(s);
            if let Value::Object(map) = &mut item {
                map.insert(
                    keys::ID.into(),
                    Value::String(format!("item-{}", self.1 + i)),
                );
            }
            seq.serialize_element(&Ordered(&item))?;
        }
        seq.end()
    }
}

/// An item written with its keys in the order of [`keys::ORDER`], then any others.
struct Ordered<'a>(&'a Value);

impl serde::Serialize for Ordered<'_> {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let Value::Object(map) = self.0 else { return self.0.serialize(ser) };
        let mut out = ser.serialize_map(Some(map.len()))?;
        for key in keys::ORDER {
            if let Some(v) = map.get(*key) {
                out.serialize_entry(key, v)?;
            }
        }
        for (k, v) in map.iter().filter(|(k, _)| !keys::ORDER.contains(&k.as_str())) {
            out.serialize_entry(k, v)?;
        }
        out.end()
    }
}

/// One source as a CSL-JSON item (without `id`), following `ANNOTATION.md`.
///
/// The host chain is flattened: `container-title` is the nearest host's title proper;
/// volume, issue, place, publisher, date and the other container data come from the
/// source itself or, failing that, from the nearest host that has them.
///
/// What the standard fields cannot say goes to `custom.gostbib`, a merge patch over
/// the source that the standard fields alone would import to (see `docs/mappings.md`):
/// here, that `Москва` was written `М.`.
///
/// ```
/// use gostbib::{Kind, Numbering, Person, Place, Name, Source, Title, csl};
/// let book = Source {
///     title: Title::new("История дипломатии"),
///     numbering: Numbering { volume: Some("3".into()), ..Numbering::default() },
///     places: vec![Place::abbreviated("Москва", "М.")],
///     ..Source::new(Kind::Book)
/// };
/// let chapter = Source {
///     authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
///     title: Title::new("Признание СССР Францией"),
///     host: Some(Box::new(book)),
///     ..Source::new(Kind::Chapter)
/// };
/// let item = csl::to_csl_item(&chapter);
/// assert_eq!(item["container-title"], "История дипломатии");
/// assert_eq!(item["volume"], "3");
/// assert_eq!(item["author"][0]["given"], "А. М.");
/// assert_eq!(item["publisher-place"], "Москва");
/// assert_eq!(item["custom"]["gostbib"]["host"]["places"][0]["written"], "М.");
/// assert_eq!(csl::from_csl_json(&item.to_string())?, [chapter]);
/// # Ok::<(), gostbib::Error>(())
/// ```
pub fn to_csl_item(source: &Source) -> Value {
    let mut item = export::standard_fields(source);
    let base = import::standard_source(&item);
    let to = source.without_provenance();
    // Most sources come back whole from the standard fields: no patch, and no JSON
    // trees to build and compare.
    let patch = if base.without_provenance() == to {
        None
    } else {
        match (serde_json::to_value(base.without_provenance()), serde_json::to_value(&to))
        {
            (Ok(from), Ok(to)) => custom::diff(&from, &to),
            _ => None,
        }
    };
    if let Some(patch) = patch {
        let mut gostbib = Map::new();
        gostbib.insert(custom::KEY.into(), patch);
        item.insert("custom".into(), Value::Object(gostbib));
    }
    Value::Object(item)
}

/// Reads a CSL-JSON array (or a single item) into sources.
///
/// Unknown fields are ignored; a `custom.gostbib` object written by [`to_csl_item`]
/// restores what the standard fields cannot carry, so that export followed by import
/// gives the source back (without its provenance). Items from other producers are read
/// by the same mapping: a `container-title` becomes the [`Source::host`], with the
/// container's volume, issue, place, publisher and date.
///
/// ```
/// use gostbib::{Kind, csl};
/// let json = r#"[{"type": "chapter", "title": "Признание СССР Францией",
///                 "container-title": "История дипломатии", "volume": "3",
///                 "publisher-place": "М.; Л.", "chapter-number": "11"}]"#;
/// let sources = csl::from_csl_json(json)?;
/// let host = sources[0].host.as_deref().unwrap();
/// assert_eq!(host.title.main, "История дипломатии");
/// assert_eq!(host.places[1].name, "Ленинград");
/// assert_eq!(sources[0].numbering.chapter.as_deref(), Some("11"));
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// [`Error::Csl`] with the line and column (in characters) of malformed JSON, of an
/// item that is not an object (the message names the item's index, from 0) or of an
/// item whose `custom.gostbib` object does not give a valid source.
pub fn from_csl_json(input: &str) -> Result<Vec<Source>, Error> {
    import::read(input)
}
