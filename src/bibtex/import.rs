//! The reader: `.bib` text → `biblatex::Bibliography` (crossref and xdata resolved,
//! LaTeX commands decoded by the crate) → our fields → [`Source`]s.
//!
//! An entry that other entries `crossref` is read as their host, not as a source of
//! its own; fields an entry inherits through `crossref` belong to that host.

use std::collections::{HashMap, HashSet};

use biblatex::{Bibliography, Chunk, ParseError, RawBibliography, RawChunk, Spanned};

use super::escape;
use super::fields::{FieldType, Fields, Value, field_type};
use super::{classic, flat, names, residue};
use crate::{Error, Position, Source};

/// What the raw parse tells us about an entry.
struct RawInfo {
    start: usize,
    /// The `crossref` target, taken out before the crate resolves anything.
    crossref: Option<String>,
    /// The residue field exactly as written (braces are JSON there, not grouping).
    residue: Option<String>,
}

fn raw_text(field: &[Spanned<RawChunk<'_>>]) -> String {
    field
        .iter()
        .map(|c| match c.v {
            RawChunk::Normal(s) | RawChunk::Abbreviation(s) => s,
        })
        .collect()
}

/// Reads every entry of a `.bib` file.
pub(crate) fn read(src: &str) -> Result<Vec<Source>, Error> {
    let mut raw = RawBibliography::parse(src).map_err(|e| parse_error(src, &e))?;
    let mut info: HashMap<String, RawInfo> = HashMap::with_capacity(raw.entries.len());
    for e in &mut raw.entries {
        let field = |fields: &[biblatex::Pair<'_>], name: &str| {
            fields.iter().position(|p| p.key.v.eq_ignore_ascii_case(name))
        };
        // The crossref parent becomes the host; biblatex's inheritance would copy (and
        // in the crate even overwrite) the parent's fields into the child.
        let crossref = field(&e.v.fields, "crossref")
            .map(|i| raw_text(&e.v.fields.remove(i).value.v).trim().to_owned());
        let residue =
            field(&e.v.fields, residue::FIELD).map(|i| raw_text(&e.v.fields[i].value.v));
        info.insert(
            e.v.key.v.to_owned(),
            RawInfo { start: e.span.start, crossref, residue },
        );
    }
    let bib = Bibliography::from_raw(raw).map_err(|e| parse_error(src, &e))?;
    let reader = Reader { src, bib: &bib, info: &info };
    let parents: HashSet<&str> =
        info.values().filter_map(|i| i.crossref.as_deref()).collect();
    let mut out = Vec::with_capacity(bib.len());
    for entry in bib.iter() {
        let ty = entry.entry_type.to_string().to_ascii_lowercase();
        if ty == "xdata" || ty == "set" || parents.contains(entry.key.as_str()) {
            continue;
        }
        out.push(reader.source(entry, 0)?);
    }
    Ok(out)
}

struct Reader<'a> {
    src: &'a str,
    bib: &'a Bibliography,
    info: &'a HashMap<String, RawInfo>,
}

/// Hosts deeper than this are a crossref cycle or nonsense.
const MAX_DEPTH: usize = 8;

impl Reader<'_> {
    fn error(&self, key: &str, message: String) -> Error {
        let at = self.info.get(key).map_or(0, |i| i.start);
        Error::Bib { position: Position::of(self.src, at), key: key.to_owned(), message }
    }

    fn source(&self, entry: &biblatex::Entry, depth: usize) -> Result<Source, Error> {
        if depth > MAX_DEPTH {
            return Err(
                self.error(&entry.key, "crossref chain too deep (a cycle?)".into())
            );
        }
        let ty = entry.entry_type.to_string().to_ascii_lowercase();
        let mut fields = self.fields(entry);
        classic::normalise(&ty, &mut fields);
        let crossref = self.info.get(&entry.key).and_then(|i| i.crossref.clone());
        if crossref.is_some() {
            fields.insert("crossref".into(), Value::Text(String::new()));
        }
        let mut s = flat::decode_entry(&ty, &mut fields)
            .map_err(|m| self.error(&entry.key, m))?;
        if let Some(parent) = crossref {
            let p = self.bib.get(&parent).ok_or_else(|| {
                self.error(&entry.key, format!("crossref to a missing entry `{parent}`"))
            })?;
            s.host = Some(Box::new(self.source(p, depth + 1)?));
        }
        Ok(s)
    }

    /// The entry's fields (with those from `xdata`), as values.
    fn fields(&self, entry: &biblatex::Entry) -> Fields {
        let mut out = Fields::new();
        for (name, chunks) in &entry.fields {
            if name != residue::FIELD {
                out.insert(name.clone(), value(name, chunks));
            }
        }
        if let Some(r) = self.info.get(&entry.key).and_then(|i| i.residue.clone()) {
            out.insert(residue::FIELD.into(), Value::Verb(r));
        }
        out
    }
}

/// A field's chunks as a value of the field's type.
fn value(name: &str, chunks: &[Spanned<Chunk>]) -> Value {
    match field_type(name) {
        FieldType::Text => Value::Text(escape::plain(chunks)),
        // What the export writes: spaces, backslashes and unbalanced braces
        // percent-encoded (the same URL by RFC 3986), so a re-import gives it back.
        FieldType::Verb => {
            Value::Verb(escape::unverbatim(&escape::verbatim(&escape::plain(chunks))))
        }
        FieldType::Names => {
            let (n, others) = names::read(&escape::chars(chunks));
            Value::Names(n, others)
        }
        FieldType::List => {
            let chs = escape::chars(chunks);
            let mut items = Vec::new();
            let mut others = false;
            for part in escape::split_and(&chs) {
                let part = escape::trim(&part);
                let text = escape::string(part);
                if part.iter().all(|c| !c.braced) && text == "others" {
                    others = true;
                } else {
                    items.push(text);
                }
            }
            Value::List(items, others)
        }
    }
}

/// A syntax error of the crate, with the entry it happened in.
fn parse_error(src: &str, e: &ParseError) -> Error {
    let at = e.span.start.min(src.len());
    let key = entry_key_before(src, at);
    Error::Bib { position: Position::of(src, at), key, message: e.kind.to_string() }
}

/// The key of the entry that starts last before `at` (`@book{key,`).
fn entry_key_before(src: &str, at: usize) -> String {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let Some(start) = src[..at].rfind('@') else { return String::new() };
    let rest = &src[start..];
    let Some(open) = rest.find(['{', '(']) else { return String::new() };
    rest[open + 1..].split([',', '\n', '}']).next().unwrap_or_default().trim().to_owned()
}
