//! The reader: `.bib` text → `biblatex::Bibliography` (crossref and xdata resolved,
//! LaTeX commands decoded by the crate) → our fields → [`Source`]s.
//!
//! An entry that other entries `crossref` is read as their host, not as a source of
//! its own; fields an entry inherits through `crossref` belong to that host.

use std::collections::{HashMap, HashSet};

use biblatex::{
    Bibliography, Chunk, ParseError, ParseErrorKind, RawBibliography, RawChunk, Spanned,
};

use super::escape;
use super::fields::{FieldType, Fields, Value, field_type};
use super::{classic, flat, names, residue};
use crate::{Error, Position, Source};

/// What the raw parse tells us about an entry.
struct RawInfo {
    start: usize,
    /// The `crossref` target, taken out before the crate resolves anything.
    crossref: Option<String>,
    /// Fields taken out before the crate decodes anything: the residue exactly as
    /// written (braces are JSON there, not grouping), and values that need no decoding
    /// ([`needs_no_decoding`]), as the crate would have read them.
    own: Fields,
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
    // Entry i of the crate's bibliography is raw entry i (it keeps the order).
    let mut info: Vec<RawInfo> = Vec::with_capacity(raw.entries.len());
    for e in &mut raw.entries {
        let field = |fields: &[biblatex::Pair<'_>], name: &str| {
            fields.iter().position(|p| p.key.v.eq_ignore_ascii_case(name))
        };
        // The crossref parent becomes the host; biblatex's inheritance would copy (and
        // in the crate even overwrite) the parent's fields into the child.
        let crossref = field(&e.v.fields, "crossref")
            .map(|i| raw_text(&e.v.fields.remove(i).value.v).trim().to_owned());
        let own = if e.v.kind.v.eq_ignore_ascii_case("xdata") {
            // Its fields are inherited by the crate's xdata resolution.
            Fields::new()
        } else {
            take_own(&mut e.v.fields)
        };
        info.push(RawInfo { start: e.span.start, crossref, own });
    }
    let bib = Bibliography::from_raw(raw).map_err(|e| parse_error(src, &e))?;
    // Take the entries apart once, moving their strings instead of copying them.
    let entries: Vec<Parsed> = bib
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let own =
                info.get_mut(i).map(|i| std::mem::take(&mut i.own)).unwrap_or_default();
            Parsed {
                ty: {
                    let mut t = e.entry_type.to_string();
                    t.make_ascii_lowercase();
                    t
                },
                fields: std::cell::RefCell::new(Some(fields(e.fields, own))),
                key: e.key,
            }
        })
        .collect();
    let parents: HashSet<&str> =
        info.iter().filter_map(|i| i.crossref.as_deref()).collect();
    let index: HashMap<&str, usize> = if parents.is_empty() {
        HashMap::new()
    } else {
        entries.iter().enumerate().map(|(i, e)| (e.key.as_str(), i)).collect()
    };
    let reader = Reader { src, entries: &entries, index, info: &info };
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        if e.ty == "xdata" || e.ty == "set" || parents.contains(e.key.as_str()) {
            continue;
        }
        out.push(reader.source(i, 0)?);
    }
    Ok(out)
}

/// An entry taken apart: its fields are moved out when it is read as a source, and
/// copied when it is read as a host (which several entries may share).
struct Parsed {
    key: String,
    ty: String,
    fields: std::cell::RefCell<Option<Fields>>,
}

struct Reader<'a> {
    src: &'a str,
    entries: &'a [Parsed],
    index: HashMap<&'a str, usize>,
    info: &'a [RawInfo],
}

/// Hosts deeper than this are a crossref cycle or nonsense.
const MAX_DEPTH: usize = 8;

impl Reader<'_> {
    fn error(&self, key: &str, message: String) -> Error {
        let i = self.entries.iter().position(|e| e.key == key);
        let at = i.and_then(|i| self.info.get(i)).map_or(0, |i| i.start);
        Error::Bib { position: Position::of(self.src, at), key: key.to_owned(), message }
    }

    fn source(&self, i: usize, depth: usize) -> Result<Source, Error> {
        let entry = &self.entries[i];
        if depth > MAX_DEPTH {
            return Err(
                self.error(&entry.key, "crossref chain too deep (a cycle?)".into())
            );
        }
        let mut fields = if depth == 0 {
            entry.fields.borrow_mut().take().unwrap_or_default()
        } else {
            entry.fields.borrow().clone().unwrap_or_default()
        };
        classic::normalise(&entry.ty, &mut fields);
        let crossref = self.info.get(i).and_then(|i| i.crossref.as_deref());
        if crossref.is_some() {
            fields.insert("crossref".into(), Value::Text(String::new()));
        }
        let mut s = flat::decode_entry(&entry.ty, &mut fields)
            .map_err(|m| self.error(&entry.key, m))?;
        if let Some(parent) = crossref {
            let p = self.index.get(parent).copied().ok_or_else(|| {
                self.error(&entry.key, format!("crossref to a missing entry `{parent}`"))
            })?;
            s.host = Some(Box::new(self.source(p, depth + 1)?));
        }
        Ok(s)
    }
}

/// Takes out of a raw entry the residue fields (as written) and the fields whose
/// value needs no decoding, which then cost the crate nothing. A field written twice
/// keeps its last value, as in the crate.
fn take_own(fields: &mut Vec<biblatex::Pair<'_>>) -> Fields {
    let mut own = Fields::new();
    fields.retain(|p| {
        let mut name = p.key.v.to_owned();
        name.make_ascii_lowercase();
        if let Some(k) = residue::FIELDS.into_iter().find(|k| *k == name) {
            own.insert(k.into(), Value::Verb(raw_text(&p.value.v)));
            return false;
        }
        match p.value.v.as_slice() {
            [one] if !KEEP_RAW.contains(&name.as_str()) => match one.v {
                RawChunk::Normal(text) if needs_no_decoding(text) => {
                    let chunk =
                        Spanned::new(Chunk::Normal(text.to_owned()), one.span.clone());
                    own.insert(name, Value::Raw(vec![chunk]));
                    false
                }
                _ => {
                    own.remove(&name);
                    true
                }
            },
            _ => {
                own.remove(&name);
                true
            }
        }
    });
    own
}

/// Fields the crate itself reads while building its bibliography.
const KEEP_RAW: [&str; 2] = ["xdata", "ids"];

/// Whether the crate reads `text` as the one chunk `Chunk::Normal(text)`: no command,
/// group, math or dash ligature in it, and no whitespace but single spaces.
pub(crate) fn needs_no_decoding(text: &str) -> bool {
    let mut prev = '\0';
    for c in text.chars() {
        match c {
            '\\' | '$' | '{' | '}' => return false,
            '-' if prev == '-' => return false,
            ' ' if prev == ' ' => return false,
            ' ' => {}
            c if c.is_whitespace() => return false,
            _ => {}
        }
        prev = c;
    }
    true
}

/// An entry's fields (with those from `xdata`) as values, with the fields taken out
/// before ([`take_own`]) put back; those win over inherited ones.
fn fields(
    entry: std::collections::BTreeMap<String, biblatex::Chunks>,
    own: Fields,
) -> Fields {
    let mut out: Fields = entry
        .into_iter()
        .filter(|(name, _)| !residue::FIELDS.contains(&name.as_str()))
        .map(|(name, chunks)| (name, Value::Raw(chunks)))
        .collect();
    for (k, v) in own {
        out.insert(k, v);
    }
    out
}

/// A field's chunks as a value of the field's type.
pub(crate) fn value(name: &str, mut chunks: Vec<Spanned<Chunk>>) -> Value {
    let owned = |chunks: &mut Vec<Spanned<Chunk>>| match chunks.as_mut_slice() {
        [one] => match &mut one.v {
            Chunk::Normal(s) | Chunk::Verbatim(s) if escape::is_plain(s) => {
                std::mem::take(s)
            }
            _ => escape::plain(chunks),
        },
        _ => escape::plain(chunks),
    };
    match field_type(name) {
        FieldType::Text => Value::Text(owned(&mut chunks)),
        // What the export writes: spaces, backslashes and unbalanced braces
        // percent-encoded (the same URL by RFC 3986), so a re-import gives it back.
        FieldType::Verb => {
            Value::Verb(escape::unverbatim(&escape::verbatim(&owned(&mut chunks))))
        }
        FieldType::Names => {
            let (n, others) = names::read_chunks(&chunks);
            Value::Names(n, others)
        }
        FieldType::List => {
            if let [one] = chunks.as_slice() {
                if let Chunk::Normal(text) = &one.v
                    && escape::is_plain(text)
                {
                    // No braces: split on ` and ` (case-insensitively, as BibTeX does).
                    if !text.contains([' '])
                        || !text.to_ascii_lowercase().contains(" and ")
                    {
                        let item = text.trim();
                        return if item == "others" {
                            Value::List(Vec::new(), true)
                        } else {
                            Value::List(vec![item.to_owned()], false)
                        };
                    }
                }
            }
            let chs = escape::chars(&chunks);
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

/// A syntax error of the crate, with the entry it happened in. An error at the end of
/// the file (an entry left open) is reported at the start of that entry.
fn parse_error(src: &str, e: &ParseError) -> Error {
    let at = e.span.start.min(src.len());
    let (key, start) = entry_before(src, at);
    let at_end = matches!(e.kind, ParseErrorKind::UnexpectedEof)
        || src.get(at..).is_some_and(|rest| rest.trim().is_empty());
    let at = if at_end { start.unwrap_or(at) } else { at };
    Error::Bib { position: Position::of(src, at), key, message: e.kind.to_string() }
}

/// The key and start of the entry that starts last before `at` (`@book{key,`).
fn entry_before(src: &str, at: usize) -> (String, Option<usize>) {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let Some(start) = src[..at].rfind('@') else { return (String::new(), None) };
    let rest = &src[start..];
    let Some(open) = rest.find(['{', '(']) else { return (String::new(), Some(start)) };
    let key = rest[open + 1..].split([',', '\n', '}']).next().unwrap_or_default().trim();
    (key.to_owned(), Some(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string up to four characters over an alphabet of the characters the
    /// crate treats specially: where [`needs_no_decoding`] says so, the crate reads
    /// the string as the one chunk `Normal(text)`, in literal and verbatim fields.
    #[test]
    fn needs_no_decoding_agrees_with_the_crate() {
        let alphabet =
            [' ', '-', 'a', 'Я', '\t', '\\', '{', '}', '$', '~', '\u{A0}', '%'];
        let mut strings = vec![String::new()];
        let mut level = vec![String::new()];
        for _ in 0..4 {
            level = level
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(level.iter().cloned());
        }
        let mut plain = 0;
        for s in strings.iter().filter(|s| needs_no_decoding(s)) {
            plain += 1;
            for field in ["title", "url"] {
                let src = format!("@misc{{k, {field} = {{{s}}}}}");
                let bib = Bibliography::parse(&src).expect("parses");
                let got: Vec<&Chunk> = bib
                    .get("k")
                    .unwrap()
                    .get(field)
                    .unwrap()
                    .iter()
                    .map(|c| &c.v)
                    .collect();
                assert_eq!(got, [&Chunk::Normal(s.clone())], "{field} = {s:?}");
            }
        }
        assert!(plain > 1000, "{plain}");
        assert!(!needs_no_decoding("a--b") && !needs_no_decoding("a  b"));
    }
}
