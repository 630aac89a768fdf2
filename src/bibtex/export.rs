//! The writer: sources → entries (flat or crossref chains) → `.bib` text.
//!
//! We write the text ourselves instead of through the `biblatex` crate's serialiser,
//! which is lossy on escapes (typst/biblatex#76); see `docs/bibtex.md`.

use std::collections::HashMap;

use super::fields::{self, Fields, Value};
use super::key::Keys;
use super::{BibOptions, Dialect, datamodel, escape, flat, names, residue};
use crate::{Error, Source};

/// One entry ready to be written.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) ty: String,
    pub(crate) key: String,
    pub(crate) fields: Fields,
}

/// Builds entries: one per source, then the hosts that crossref chains point to.
struct Builder {
    opts: BibOptions,
    keys: Keys,
    hosts: HashMap<String, String>,
    host_entries: Vec<Entry>,
}

/// Writes sources as `.bib` text.
pub(crate) fn write(sources: &[Source], opts: &BibOptions) -> Result<String, Error> {
    let mut out = String::with_capacity(sources.len() * 320);
    let mut w = Writer::new(opts);
    w.sources(sources, &mut out)?;
    w.finish(&mut out);
    Ok(out)
}

/// Writes entries as sources come, batch by batch; keys stay unique and shared hosts
/// are written once over all batches, so the text is that of [`write`] of them all.
pub(crate) struct Writer {
    b: Builder,
    first: bool,
}

impl Writer {
    pub(crate) fn new(opts: &BibOptions) -> Self {
        let b = Builder {
            opts: opts.clone(),
            keys: Keys::new(opts.keys.clone()),
            hosts: HashMap::new(),
            host_entries: Vec::new(),
        };
        Writer { b, first: true }
    }

    /// Appends the entries of `sources` to `out`. Each entry is written as soon as it
    /// is built, so only one is alive at a time.
    pub(crate) fn sources(
        &mut self,
        sources: &[Source],
        out: &mut String,
    ) -> Result<(), Error> {
        for s in sources {
            // Provenance is not written; a source without any is not copied.
            let stripped;
            let s = if has_provenance(s) {
                stripped = s.without_provenance();
                &stripped
            } else {
                s
            };
            let e = self.b.entry(s)?;
            self.put(e, out);
        }
        Ok(())
    }

    /// Appends the crossref hosts, which come after all sources.
    pub(crate) fn finish(mut self, out: &mut String) {
        for e in std::mem::take(&mut self.b.host_entries) {
            self.put(e, out);
        }
    }

    fn put(&mut self, e: Entry, out: &mut String) {
        if !std::mem::take(&mut self.first) {
            out.push('\n');
        }
        let dialect = self.b.opts.dialect;
        let e = match dialect {
            Dialect::Bibtex => super::classic::convert(e),
            _ => e,
        };
        write_entry(out, &e, dialect);
    }
}

/// Whether a source or one of its hosts carries provenance.
fn has_provenance(s: &Source) -> bool {
    std::iter::once(s)
        .chain(s.hosts())
        .any(|s| s.origin.is_some() || !s.spans.is_empty() || !s.unparsed.is_empty())
}

impl Builder {
    fn entry(&mut self, s: &Source) -> Result<Entry, Error> {
        let key = self.keys.key(s);
        let (ty, fields) = self.fields(s)?;
        Ok(Entry { ty, key, fields })
    }

    /// Entry type and fields of a source: flat when that is exact, else a crossref
    /// to a separate host entry.
    fn fields(&mut self, s: &Source) -> Result<(String, Fields), Error> {
        if let (Some(mut hf), false) = (flat::host_fields_flat(s), self.opts.crossref) {
            let ty = flat::flat_type(s, &hf);
            let biblatex = self.opts.dialect == Dialect::Biblatex;
            if biblatex {
                hf.retain(|k, _| datamodel::allows(&ty, k));
            }
            if let Some(mut merged) = flat::merge(self.encoded(s, &ty), hf) {
                if !biblatex {
                    // BibTeX cannot be exact anyway.
                    return Ok((ty, merged));
                }
                // Most entries read back exactly as they are: one decode tells.
                let back = flat::decode_entry(&ty, &mut fields::as_read(&merged))
                    .map_err(Error::Unsupported)?;
                if back == *s {
                    return Ok((ty, merged));
                }
                // What the flat fields lose of the source, the host and its
                // multi-volume work goes to their residue fields; then the whole entry
                // must read back.
                let mut residues = false;
                if let Some(r) = self.residue(s, &ty, &self.encoded(s, &ty))? {
                    merged.insert(residue::FIELD.into(), Value::Verb(r));
                    residues = true;
                }
                let back = if residues {
                    flat::decode_entry(&ty, &mut fields::as_read(&merged))
                        .map_err(Error::Unsupported)?
                } else {
                    back
                };
                let hosts = s.hosts().zip(back.hosts());
                for ((want, got), field) in
                    hosts.zip([residue::HOST_FIELD, residue::SET_FIELD])
                {
                    if let Some(r) = residue::diff(want, got) {
                        merged.insert(field.into(), Value::Verb(r));
                        residues = true;
                    }
                }
                let exact = residues
                    && flat::decode_entry(&ty, &mut fields::as_read(&merged))
                        .is_ok_and(|b| b == *s);
                if exact {
                    return Ok((ty, merged));
                }
            }
        }
        let ty = flat::entry_type(s);
        let mut own = self.encoded(s, &ty);
        if let Some(r) = self.residue(s, &ty, &own)? {
            own.insert(residue::FIELD.into(), Value::Verb(r));
        }
        if let Some(host) = s.host.as_deref() {
            let host_key = self.host_key(host)?;
            own.insert("crossref".into(), Value::Text(host_key));
        }
        Ok((ty, own))
    }

    /// The source's own fields for an entry type: those the data model allows and the
    /// `entrysubtype` that names the kind.
    fn encoded(&self, s: &Source, ty: &str) -> Fields {
        let mut own = fields::encode(s);
        if self.opts.dialect == Dialect::Biblatex {
            own.retain(|k, _| datamodel::allows(ty, k));
        }
        if let Some(sub) = fields::subtype(ty, s.kind) {
            own.insert("entrysubtype".into(), Value::Text(sub.into()));
        }
        own
    }

    /// The residue of what the source's [`Self::encoded`] fields do not give back (the
    /// host is not compared: it has fields or an entry of its own); BibLaTeX only.
    fn residue(
        &self,
        s: &Source,
        ty: &str,
        own: &Fields,
    ) -> Result<Option<String>, Error> {
        if self.opts.dialect != Dialect::Biblatex {
            return Ok(None);
        }
        let decoded = flat::decode_entry(ty, &mut fields::as_read(own))
            .map_err(Error::Unsupported)?;
        Ok(residue::diff(s, &decoded))
    }

    /// The key of a host entry, writing it on first use (identical hosts share one).
    fn host_key(&mut self, host: &Source) -> Result<String, Error> {
        let id =
            serde_json::to_string(host).map_err(|e| Error::Unsupported(e.to_string()))?;
        if let Some(k) = self.hosts.get(&id) {
            return Ok(k.clone());
        }
        let e = self.entry(host)?;
        let key = e.key.clone();
        self.hosts.insert(id, key.clone());
        self.host_entries.push(e);
        Ok(key)
    }
}

/// Field order in the output: names, titles, imprint, locators, links, the rest.
const ORDER: &[&str] = &[
    "author",
    "bookauthor",
    "editor",
    "editortype",
    "editora",
    "editoratype",
    "editorb",
    "editorbtype",
    "editorc",
    "editorctype",
    "translator",
    "commentator",
    "introduction",
    "title",
    "subtitle",
    "titleaddon",
    "credits",
    "media",
    "booktitle",
    "booksubtitle",
    "maintitle",
    "mainsubtitle",
    "journaltitle",
    "journal",
    "journalsubtitle",
    "edition",
    "volumes",
    "volume",
    "part",
    "series",
    "number",
    "issue",
    "location",
    "address",
    "publisher",
    "institution",
    "school",
    "type",
    "specialitycode",
    "date",
    "year",
    "month",
    "chapter",
    "pages",
    "pagetotal",
    "isbn",
    "issn",
    "doi",
    "url",
    "urldate",
    "note",
    "addendum",
    "langid",
    "language",
    "entrysubtype",
    "crossref",
];

/// A field's place in [`ORDER`] (unknown fields last), without hashing.
fn rank(field: &str) -> usize {
    ORDER.iter().position(|f| *f == field).unwrap_or(ORDER.len())
}

fn is_date(field: &str, s: &str) -> bool {
    matches!(field, "date" | "urldate")
        && s.chars().all(|c| c.is_ascii_digit() || "-/.~?%".contains(c))
}

/// Title-like fields get case protection for acronyms.
fn protects_case(field: &str) -> bool {
    matches!(
        field,
        "title"
            | "subtitle"
            | "titleaddon"
            | "booktitle"
            | "booksubtitle"
            | "maintitle"
            | "mainsubtitle"
            | "journaltitle"
            | "journal"
            | "journalsubtitle"
            | "series"
    )
}

fn write_entry(out: &mut String, e: &Entry, dialect: Dialect) {
    let mut fields: Vec<(usize, &String, &Value)> =
        e.fields.iter().map(|(k, v)| (rank(k), k, v)).collect();
    fields.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    out.push('@');
    out.push_str(&e.ty);
    out.push('{');
    out.push_str(&e.key);
    out.push_str(",\n");
    for (_, k, v) in fields {
        out.push_str("  ");
        out.push_str(k);
        out.push_str(" = {");
        write_value(out, k, v, dialect);
        out.push_str("},\n");
    }
    out.push_str("}\n");
}

fn write_value(out: &mut String, field: &str, v: &Value, dialect: Dialect) {
    match v {
        // EDTF/ISO dates as written: `~` and `%` are EDTF here, not TeX.
        Value::Text(s) if is_date(field, s) => out.push_str(s),
        // biblatex-gost declares `credits` a literal list: an `and` inside stays text.
        Value::Text(s) if field == "credits" && escape::needs_group(s) => {
            out.push('{');
            escape::literal_into(out, s, false);
            out.push('}');
        }
        Value::Text(s) => escape::literal_into(out, s, protects_case(field)),
        Value::Verb(s) if residue::FIELDS.contains(&field) => out.push_str(s),
        Value::Verb(s) => out.push_str(&escape::verbatim(s)),
        Value::List(items, others) => {
            for (n, i) in items.iter().enumerate() {
                if n > 0 {
                    out.push_str(" and ");
                }
                let group = escape::needs_group(i);
                if group {
                    out.push('{');
                }
                escape::literal_into(out, i, false);
                if group {
                    out.push('}');
                }
            }
            if *others {
                out.push_str(if items.is_empty() { "others" } else { " and others" });
            }
        }
        Value::Names(n, others) => names::write_into(out, n, *others, dialect),
        Value::Raw(chunks) => escape::literal_into(out, &escape::plain(chunks), false),
    }
}
