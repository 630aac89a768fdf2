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

/// The field that holds the residue.
pub(crate) const FIELD: &str = "verbc";

/// The model fields of `want` that `got` lacks or has differently, as a JSON object
/// (`null` for a field `got` has but `want` has not); `None` when they agree.
/// The host is compared elsewhere and provenance is never carried.
pub(crate) fn diff(want: &Source, got: &Source) -> Option<String> {
    let want = object(want);
    let got = object(got);
    let mut out = Map::new();
    for (k, v) in &want {
        if got.get(k) != Some(v) {
            out.insert(k.clone(), v.clone());
        }
    }
    for k in got.keys() {
        if !want.contains_key(k) {
            out.insert(k.clone(), Json::Null);
        }
    }
    (!out.is_empty()).then(|| encode(&Json::Object(out).to_string()))
}

fn object(s: &Source) -> Map<String, Json> {
    let mut s = s.without_provenance();
    s.host = None;
    match serde_json::to_value(&s) {
        Ok(Json::Object(m)) => m,
        _ => Map::new(),
    }
}

/// Applies a residue read from a file over a decoded source.
pub(crate) fn apply(s: &mut Source, residue: &str) -> Result<(), String> {
    let patch: Json =
        serde_json::from_str(residue).map_err(|e| format!("bad {FIELD}: {e}"))?;
    let Json::Object(patch) = patch else {
        return Err(format!("{FIELD} is not a JSON object"));
    };
    let host = s.host.take();
    let mut base = object(s);
    for (k, v) in patch {
        if v.is_null() {
            base.remove(&k);
        } else {
            base.insert(k, v);
        }
    }
    *s = serde_json::from_value(Json::Object(base))
        .map_err(|e| format!("bad {FIELD}: {e}"))?;
    s.host = host;
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
            '{' | '}' | '%' | '$' | '&' | '#' | '~' | '^' => {
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
