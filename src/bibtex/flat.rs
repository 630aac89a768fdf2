//! Hosts written flat into the entry (`booktitle`, `journaltitle`, `maintitle` +
//! `volume`), the way biblatex-gost users write a chapter of a volume of a multi-volume
//! work, and read back from such entries.

use super::fields::{self, Fields, Value};
use super::residue;
use crate::{Kind, Role, Source};

/// Fields of a flat entry that describe the host (after renaming), besides `editor`
/// and [`fields::EDITOR_ROLE_FIELDS`] (see [`host_field_names`]).
const HOST_IMPRINT_FIELDS: &[&str] = &[
    "location",
    "publisher",
    "date",
    "volume",
    "volumes",
    "number",
    "issue",
    "series",
    "isbn",
    "issn",
];

/// Every field of a flat entry that describes the host, in writing order: its editors
/// in all roles, then its imprint and numbering.
fn host_field_names() -> impl Iterator<Item = &'static str> {
    std::iter::once("editor")
        .chain(fields::EDITOR_ROLE_FIELDS)
        .chain(HOST_IMPRINT_FIELDS.iter().copied())
}

/// The BibLaTeX entry type of a source written with its host as a separate entry (or
/// without a host): a part follows its host (`@article` in a periodical or on a web
/// site, `@inproceedings` for a conference paper, `@incollection` under a host with
/// editors, else `@inbook`, which biblatex does not require an editor for).
pub(crate) fn entry_type(s: &Source) -> String {
    let host = s.host.as_deref().filter(|_| s.kind.is_analytic());
    match host {
        Some(h) if matches!(h.kind, Kind::Periodical | Kind::WebSite) => "article",
        Some(_) if s.kind == Kind::ConferencePaper => "inproceedings",
        Some(h) if h.authors.is_empty() && (has_editor(h) || has_editor(s)) => {
            "incollection"
        }
        Some(_) => "inbook",
        None => own_type(s),
    }
    .into()
}

/// Whether a source has someone for its `editor` field (see
/// [`fields::encode_contributors`]).
fn has_editor(h: &Source) -> bool {
    h.contributors.iter().any(|c| {
        !matches!(c.role, Role::Translator | Role::Commentator | Role::Introduction)
    })
}

/// The entry type of a kind; an online resource without a URL or DOI (a CD-ROM, a
/// database seen in a library) is `@misc`, since biblatex requires `url` of `@online`.
/// A part with no book to name (and no editor) is `@inbook` for the same reason as
/// in [`entry_type`].
fn own_type(s: &Source) -> &'static str {
    match fields::entry_type(s.kind).0 {
        "online" if s.url.is_none() && s.identifiers.doi.is_none() => "misc",
        "incollection" if !has_editor(s) => "inbook",
        ty => ty,
    }
}

/// The entry type of an entry with its host written flat: `@article` under a
/// `journaltitle` (a journal, a newspaper, a web site, an official gazette),
/// `@inproceedings`, `@incollection` (a host with editors) or `@inbook` under a
/// `booktitle`, else the kind's own.
pub(crate) fn flat_type(s: &Source, hf: &Fields) -> String {
    if hf.contains_key("journaltitle") || hf.contains_key("journalsubtitle") {
        "article"
    } else if !["booktitle", "booksubtitle", "bookauthor"]
        .iter()
        .any(|k| hf.contains_key(k))
    {
        own_type(s)
    } else if s.kind == Kind::ConferencePaper {
        "inproceedings"
    } else if hf.contains_key("bookauthor") || !hf.contains_key("editor") {
        "inbook"
    } else {
        "incollection"
    }
    .into()
}

/// Renames the host's title fields; fields a flat entry cannot hold are left out (the
/// host's residue keeps them). `None` when the host has authors and no author slot.
fn host_fields(
    h: &Source,
    title: &str,
    subtitle: &str,
    author: Option<&str>,
) -> Option<Fields> {
    let mut f = fields::encode(h);
    f.remove("entrysubtype");
    let mut out = Fields::new();
    for (k, v) in f {
        let k = match k.as_str() {
            "title" => title,
            "subtitle" => subtitle,
            "author" => author?,
            k if host_field_names().any(|h| h == k) => k,
            _ => continue,
        };
        out.insert(k.to_owned(), v);
    }
    Some(out)
}

/// The host (and its multi-volume work) as flat fields; `None` when the host has
/// data a flat entry cannot hold.
pub(crate) fn host_fields_flat(s: &Source) -> Option<Fields> {
    let h = s.host.as_deref()?;
    if s.kind.is_analytic() || h.kind != Kind::MultiVolume {
        let (t, st) = if matches!(h.kind, Kind::Periodical | Kind::WebSite) {
            ("journaltitle", "journalsubtitle")
        } else {
            ("booktitle", "booksubtitle")
        };
        let mut hf = host_fields(h, t, st, Some("bookauthor"))?;
        if let Some(g) = h.host.as_deref() {
            if g.host.is_some() {
                return None;
            }
            for (k, v) in host_fields(g, "maintitle", "mainsubtitle", None)? {
                if matches!(k.as_str(), "maintitle" | "mainsubtitle" | "volumes") {
                    hf.insert(k, v);
                }
            }
        }
        Some(hf)
    } else {
        // A volume in its multi-volume work: the set's title is `maintitle`.
        if h.host.is_some() {
            return None;
        }
        let mut hf = host_fields(h, "maintitle", "mainsubtitle", None)?;
        hf.retain(|k, _| matches!(k.as_str(), "maintitle" | "mainsubtitle" | "volumes"));
        Some(hf)
    }
}

/// Own fields plus the host's; `None` when they collide. The caller checks that the
/// result reads back exactly.
pub(crate) fn merge(own: Fields, host: Fields) -> Option<Fields> {
    let mut merged = own;
    for (k, v) in host {
        if merged.insert(k, v).is_some() {
            return None;
        }
    }
    Some(merged)
}

fn take_into(from: &mut Fields, to: &mut Fields, names: &[(&str, &str)]) {
    for (src, dst) in names {
        if let Some(v) = from.remove(src) {
            to.insert((*dst).to_owned(), v);
        }
    }
}

/// A source (with its flat host, if any) from an entry's own fields, applying the
/// residue field. The `crossref` host is the importer's business.
pub(crate) fn decode_entry(ty: &str, f: &mut Fields) -> Result<Source, String> {
    let mut take_residue = |k: &str| match f.remove(k) {
        Some(Value::Verb(r) | Value::Text(r)) => Some(r),
        _ => None,
    };
    let residue = take_residue(residue::FIELD);
    let host_residue = take_residue(residue::HOST_FIELD);
    let set_residue = take_residue(residue::SET_FIELD);
    let has = |f: &Fields, k: &str| f.contains_key(k);
    let bookish =
        ["booktitle", "journaltitle", "bookauthor", "booksubtitle", "journalsubtitle"];
    let mut host = None;
    if !has(f, "crossref") && bookish.iter().any(|k| has(f, k)) {
        let mut hf = Fields::new();
        let journal = has(f, "journaltitle") || has(f, "journalsubtitle");
        take_into(
            f,
            &mut hf,
            &[
                ("booktitle", "title"),
                ("booksubtitle", "subtitle"),
                ("journaltitle", "title"),
                ("journalsubtitle", "subtitle"),
                ("bookauthor", "author"),
            ],
        );
        for k in host_field_names() {
            take_into(f, &mut hf, &[(k, k)]);
        }
        let grand = set_from(f, &mut hf);
        fields::resolve(f, "entrysubtype");
        let sub = match f.get("entrysubtype") {
            Some(Value::Text(t)) => Some(t.as_str()),
            _ => None,
        };
        let kind = if journal && fields::kind_of(ty, sub) == Kind::WebPage {
            Kind::WebSite
        } else if journal {
            Kind::Periodical
        } else if grand.is_some() {
            Kind::Volume
        } else {
            Kind::Book
        };
        let mut h = decode_as(kind, &mut hf);
        h.host = grand.map(Box::new);
        host = Some(h);
    } else if !has(f, "crossref") && has(f, "maintitle") {
        let mut none = Fields::new();
        host = set_from(f, &mut none);
        if let Some(v) = fields::take_text(f, "volumes") {
            if let Some(h) = host.as_mut() {
                h.numbering.volumes = Some(v);
            }
        }
    }
    let mut s = fields::decode(ty, f);
    if let Some(r) = residue {
        residue::apply(&mut s, &r)?;
    }
    if let (Some(h), Some(r)) = (host.as_mut(), host_residue) {
        residue::apply(h, &r)?;
        if let (Some(g), Some(r)) = (h.host.as_deref_mut(), set_residue) {
            residue::apply(g, &r)?;
        }
    }
    s.host = host.map(Box::new);
    Ok(s)
}

/// The multi-volume work of a flat entry (`maintitle`), taking `volumes` from the
/// host's fields.
fn set_from(f: &mut Fields, hf: &mut Fields) -> Option<Source> {
    if !f.contains_key("maintitle") && !f.contains_key("mainsubtitle") {
        return None;
    }
    let mut gf = Fields::new();
    take_into(f, &mut gf, &[("maintitle", "title"), ("mainsubtitle", "subtitle")]);
    take_into(hf, &mut gf, &[("volumes", "volumes")]);
    Some(decode_as(Kind::MultiVolume, &mut gf))
}

fn decode_as(kind: Kind, f: &mut Fields) -> Source {
    let (ty, sub) = fields::entry_type(kind);
    if let Some(sub) = sub {
        f.insert("entrysubtype".into(), Value::Text(sub.into()));
    }
    fields::decode(ty, f)
}
