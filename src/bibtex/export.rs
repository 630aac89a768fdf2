//! The writer: sources → entries (flat or crossref chains) → `.bib` text.
//!
//! We write the text ourselves instead of through the `biblatex` crate's serialiser,
//! which is lossy on escapes (typst/biblatex#76); see `docs/bibtex.md`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::LazyLock;

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
struct Builder<'a> {
    opts: &'a BibOptions,
    keys: Keys,
    hosts: HashMap<String, String>,
    host_entries: Vec<Entry>,
}

/// Writes sources as `.bib` text.
pub(crate) fn write(sources: &[Source], opts: &BibOptions) -> Result<String, Error> {
    let mut b = Builder {
        opts,
        keys: Keys::new(opts.keys.clone()),
        hosts: HashMap::new(),
        host_entries: Vec::new(),
    };
    let mut entries = Vec::with_capacity(sources.len());
    for s in sources {
        let s = s.without_provenance();
        entries.push(b.entry(&s)?);
    }
    entries.append(&mut b.host_entries);
    let mut out = String::with_capacity(entries.len() * 400);
    for (i, e) in entries.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let e = match opts.dialect {
            Dialect::Bibtex => super::classic::convert(e),
            _ => e,
        };
        write_entry(&mut out, &e, opts.dialect);
    }
    Ok(out)
}

impl Builder<'_> {
    fn entry(&mut self, s: &Source) -> Result<Entry, Error> {
        let key = self.keys.key(s);
        let (ty, fields) = self.fields(s)?;
        Ok(Entry { ty, key, fields })
    }

    /// Entry type and fields of a source: flat when that is exact, else a crossref
    /// to a separate host entry.
    fn fields(&mut self, s: &Source) -> Result<(String, Fields), Error> {
        let mut bare = s.clone();
        bare.host = None;
        if let (Some(hf), false) = (flat::host_fields_flat(s), self.opts.crossref) {
            let ty = flat::flat_type(s, &hf);
            let biblatex = self.opts.dialect == Dialect::Biblatex;
            let hf =
                hf.into_iter().filter(|(k, _)| !biblatex || datamodel::allows(&ty, k));
            let own = self.own_fields(s, &bare, &ty)?;
            if let Some(mut merged) = flat::merge(&own, hf.collect()) {
                if !biblatex {
                    // BibTeX cannot be exact anyway.
                    return Ok((ty, merged));
                }
                // What the flat fields lose of the host and its multi-volume work goes
                // to their own residue fields; then the whole entry must read back.
                let back = flat::decode_entry(&ty, &mut fields::as_read(&merged))
                    .map_err(Error::Unsupported)?;
                let hosts = s.hosts().zip(back.hosts());
                let mut residues = false;
                for ((want, got), field) in
                    hosts.zip([residue::HOST_FIELD, residue::SET_FIELD])
                {
                    if let Some(r) = residue::diff(want, got) {
                        merged.insert(field.into(), Value::Verb(r));
                        residues = true;
                    }
                }
                // Without residues the fields are the ones just read back.
                let exact = if residues {
                    flat::decode_entry(&ty, &mut fields::as_read(&merged))
                        .is_ok_and(|b| b == *s)
                } else {
                    back == *s
                };
                if exact {
                    return Ok((ty, merged));
                }
            }
        }
        let ty = flat::entry_type(s);
        let mut own = self.own_fields(s, &bare, &ty)?;
        if let Some(host) = s.host.as_deref() {
            let host_key = self.host_key(host)?;
            own.insert("crossref".into(), Value::Text(host_key));
        }
        Ok((ty, own))
    }

    /// The source's own fields for an entry type: those the data model allows, the
    /// `entrysubtype` that names the kind, and the residue of what did not fit.
    fn own_fields(&self, s: &Source, bare: &Source, ty: &str) -> Result<Fields, Error> {
        let mut own = fields::encode(s);
        if self.opts.dialect == Dialect::Biblatex {
            own.retain(|k, _| datamodel::allows(ty, k));
        }
        if let Some(sub) = fields::subtype(ty, s.kind) {
            own.insert("entrysubtype".into(), Value::Text(sub.into()));
        }
        if self.opts.dialect == Dialect::Biblatex {
            let decoded = flat::decode_entry(ty, &mut fields::as_read(&own))
                .map_err(Error::Unsupported)?;
            if let Some(r) = residue::diff(bare, &decoded) {
                own.insert(residue::FIELD.into(), Value::Verb(r));
            }
        }
        Ok(own)
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

fn rank(field: &str) -> usize {
    static RANK: LazyLock<HashMap<&str, usize>> =
        LazyLock::new(|| ORDER.iter().enumerate().map(|(i, f)| (*f, i)).collect());
    RANK.get(field).copied().unwrap_or(ORDER.len())
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
    let mut fields: Vec<(&String, &Value)> = e.fields.iter().collect();
    fields.sort_by_key(|(k, _)| (rank(k), k.as_str()));
    let _ = writeln!(out, "@{}{{{},", e.ty, e.key);
    for (k, v) in fields {
        let _ = writeln!(out, "  {k} = {{{}}},", value(k, v, dialect));
    }
    out.push_str("}\n");
}

fn value(field: &str, v: &Value, dialect: Dialect) -> String {
    match v {
        // EDTF/ISO dates as written: `~` and `%` are EDTF here, not TeX.
        Value::Text(s) if is_date(field, s) => s.clone(),
        Value::Text(s) => escape::literal(s, protects_case(field)),
        Value::Verb(s) if residue::FIELDS.contains(&field) => s.clone(),
        Value::Verb(s) => escape::verbatim(s),
        Value::List(items, others) => {
            let mut parts: Vec<String> = items
                .iter()
                .map(|i| {
                    let e = escape::literal(i, false);
                    if escape::needs_group(i) { format!("{{{e}}}") } else { e }
                })
                .collect();
            if *others {
                parts.push("others".into());
            }
            parts.join(" and ")
        }
        Value::Names(n, others) => names::write(n, *others, dialect),
        Value::Raw(chunks) => escape::literal(&escape::plain(chunks), false),
    }
}
