//! The residue: what the BibLaTeX fields of an entry cannot hold, kept so that
//! Source → BibLaTeX → Source is lossless.
//!
//! The exporter decodes the fields it is about to write ([`super::fields::decode`]) and
//! compares the result with the source, model field by model field. Every top-level
//! field of [`Source`] that does not come back unchanged (an abbreviated place `М.`, a
//! `Б. г.` marker, the order of mixed contributors, a second series) is written as JSON
//! into the verbatim field `verbc`, which is in biblatex's default data model (no biber
//! warning) and which no standard or biblatex-gost style prints. The importer applies it
//! over the decoded fields. A `.bib` file edited by hand without touching `verbc` keeps
//! the residue; `docs/bibtex.md` lists what typically lands there.

use serde_json::{Map, Value as Json};

use crate::Source;

/// The field that holds the residue of the entry's own source.
pub(crate) const FIELD: &str = "verbc";
/// The residue of a host written flat into the entry.
pub(crate) const HOST_FIELD: &str = "verbb";
/// The residue of the host's host (the multi-volume work) written flat.
pub(crate) const SET_FIELD: &str = "verba";
/// All residue fields.
pub(crate) const FIELDS: [&str; 3] = [FIELD, HOST_FIELD, SET_FIELD];

/// The model fields a residue can hold: every field of [`Source`] but the host and the
/// provenance. A field added to the model and missing here is caught by the
/// `debug_assert!` in [`diff`] (and so by the round-trip tests).
macro_rules! source_fields {
    ($mac:ident, $($args:tt)*) => {
        $mac!($($args)*; kind, authors, authors_et_al, contributors, title, responsibility,
            medium, content_form, edition, places, publishers, publisher_places, date, date_missing,
            place_missing, publisher_missing, numbering, extent, series, url, accessed,
            access_note, identifiers, archive, thesis, notes, language)
    };
}

macro_rules! diff_fields {
    ($want:ident, $got:ident, $out:ident; $($f:ident),*) => {
        $(
            if $want.$f != $got.$f {
                $out.insert(stringify!($f).to_owned(), serde_json::to_value(&$want.$f).unwrap_or(Json::Null));
            }
        )*
    };
}

macro_rules! apply_field {
    ($s:ident, $k:ident, $v:ident; $($f:ident),*) => {
        match $k.as_str() {
            $(stringify!($f) => {
                $s.$f = serde_json::from_value($v).map_err(|e| format!("bad {FIELD}: {}: {e}", stringify!($f)))?
            })*
            other => return Err(format!("bad {FIELD}: unknown field `{other}`")),
        }
    };
}

/// The model fields of `want` that `got` has differently, as a JSON object; `None`
/// when they agree. The host is compared elsewhere and provenance is never carried.
pub(crate) fn diff(want: &Source, got: &Source) -> Option<String> {
    let mut out = Map::new();
    source_fields!(diff_fields, want, got, out);
    debug_assert!(
        !out.is_empty() || {
            let strip = |s: &Source| Source { host: None, ..s.without_provenance() };
            strip(want) == strip(got)
        },
        "a field of Source is missing from residue::source_fields!"
    );
    (!out.is_empty()).then(|| encode(&Json::Object(out).to_string()))
}

/// Applies a residue read from a file over a decoded source.
pub(crate) fn apply(s: &mut Source, residue: &str) -> Result<(), String> {
    let patch: Json =
        serde_json::from_str(residue).map_err(|e| format!("bad {FIELD}: {e}"))?;
    let Json::Object(patch) = patch else {
        return Err(format!("{FIELD} is not a JSON object"));
    };
    for (k, v) in patch {
        source_fields!(apply_field, s, k, v);
    }
    Ok(())
}

/// Makes JSON safe in a verbatim `.bib` field: inside strings, braces, backslash
/// escapes' backslashes, `%` and runs of spaces or hyphens are written as `\uXXXX`,
/// so the field's braces balance and no reader changes a character.
fn encode(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut chars = json.chars().peekable();
    let mut prev = '\0';
    while let Some(c) = chars.next() {
        if !in_string {
            in_string = c == '"';
            out.push(c);
            prev = c;
            continue;
        }
        match c {
            '\\' => {
                let next = chars.next().unwrap_or('\\');
                match next {
                    '\\' => out.push_str("\\u005c"),
                    'u' | '"' | 'n' | 't' | 'r' | 'b' | 'f' | '/' => {
                        out.push('\\');
                        out.push(next);
                    }
                    other => out.push(other),
                }
                prev = next;
                continue;
            }
            '"' => in_string = false,
            '{' | '}' | '%' | '$' | '&' | '#' | '~' | '^' | '\u{7f}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
                prev = c;
                continue;
            }
            '-' | ' ' if prev == c => {
                out.push_str(&format!("\\u{:04x}", c as u32));
                prev = '\0';
                continue;
            }
            _ => {}
        }
        out.push(c);
        prev = c;
    }
    out
}
