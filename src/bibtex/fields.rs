//! The field mapping: one [`Source`] (without its host) ⇄ BibLaTeX fields, as
//! unescaped values. `docs/mappings.md` documents it field by field.
//!
//! Export and import share this table, so the exporter can decode what it is about to
//! write and keep whatever does not come back unchanged in the residue field
//! ([`super::residue`]).

use std::collections::BTreeMap;

use unic_langid::LanguageIdentifier;

use super::escape;
use crate::lang::abbrev::abbreviate_city;
use crate::{
    Archive, Contributor, Date, Kind, Name, PartialDate, Person, Place, Role, Series,
    Source, Thesis,
};

/// One field value before escaping.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// A literal field (`title`, `pages`).
    Text(String),
    /// A verbatim field (`url`, `doi`).
    Verb(String),
    /// A literal list (`location`, `publisher`); `true` ends it with `and others`.
    List(Vec<String>, bool),
    /// A name list (`author`, `editor`).
    Names(Vec<Name>, bool),
    /// A field as the `biblatex` crate read it, converted to one of the above (by the
    /// field's type) when it is first used; fields nobody asks for cost nothing.
    Raw(biblatex::Chunks),
}

/// Converts a [`Value::Raw`] by the type of field `k`.
fn resolved(k: &str, v: Value) -> Value {
    match v {
        Value::Raw(chunks) => super::import::value(k, chunks),
        v => v,
    }
}

/// Converts field `k` in place if it is still [`Value::Raw`].
pub(crate) fn resolve(f: &mut Fields, k: &str) {
    if let Some(v) = f.get_mut(k) {
        if matches!(v, Value::Raw(_)) {
            *v = resolved(k, std::mem::replace(v, Value::Text(String::new())));
        }
    }
}

/// The fields of one entry, by lowercase field name.
pub(crate) type Fields = super::fieldmap::FieldMap<Value>;

/// The fields as an importer will read them back after escaping (whitespace runs
/// collapse; see [`escape::literal_as_read`]), so the exporter can check exactness
/// without writing and parsing text.
pub(crate) fn as_read(f: &Fields) -> Fields {
    f.map(|k, v| match v {
        Value::Text(s) => Value::Text(escape::literal_as_read(s)),
        Value::Verb(s) if super::residue::FIELDS.contains(&k) => Value::Verb(s.clone()),
        Value::Verb(s) => Value::Verb(escape::verbatim_as_read(s)),
        Value::List(items, o) => Value::List(
            items.iter().map(|i| escape::literal_as_read(i).trim().to_owned()).collect(),
            *o,
        ),
        // The reader never sets `as_written` (a form written elsewhere, such as the
        // genitive after `под ред.`): what it cannot read goes to the residue.
        Value::Names(names, o) => Value::Names(
            names
                .iter()
                .map(|n| match n {
                    Name::Person(p) => {
                        Name::Person(Person { as_written: None, ..p.clone() })
                    }
                    other => other.clone(),
                })
                .collect(),
            *o,
        ),
        Value::Raw(_) => v.clone(),
    })
}

/// The BibLaTeX fields for editors in other roles (compilers, responsible editors…),
/// which classic BibTeX has no use for.
pub(crate) const EDITOR_ROLE_FIELDS: [&str; 7] = [
    "editortype",
    "editora",
    "editoratype",
    "editorb",
    "editorbtype",
    "editorc",
    "editorctype",
];

/// How a field is read: the `biblatex` data model's field types.
pub(crate) fn field_type(name: &str) -> FieldType {
    match name {
        "author" | "editor" | "editora" | "editorb" | "editorc" | "translator"
        | "commentator" | "introduction" | "foreword" | "afterword" | "annotator"
        | "bookauthor" | "holder" | "namea" | "nameb" | "namec" | "shortauthor"
        | "shorteditor" => FieldType::Names,
        "location" | "address" | "publisher" | "institution" | "school"
        | "organization" | "origlocation" | "origpublisher" | "language" | "lista"
        | "listb" => FieldType::List,
        "url" | "doi" | "eprint" | "file" | "verba" | "verbb" | "verbc" | "pdf"
        | "uri" => FieldType::Verb,
        _ => FieldType::Text,
    }
}

/// See [`field_type`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldType {
    Text,
    Verb,
    List,
    Names,
}

/// The editor slots of biblatex, with their type fields, in order.
pub(crate) const EDITOR_SLOTS: [(&str, &str); 4] = [
    ("editor", "editortype"),
    ("editora", "editoratype"),
    ("editorb", "editorbtype"),
    ("editorc", "editorctype"),
];

/// BibLaTeX entry type and `entrysubtype` of a kind.
pub(crate) fn entry_type(kind: Kind) -> (&'static str, Option<&'static str>) {
    match kind {
        Kind::Book => ("book", None),
        Kind::MultiVolume => ("mvbook", None),
        Kind::Volume => ("book", Some("volume")),
        Kind::Chapter => ("incollection", None),
        Kind::Article => ("article", None),
        Kind::NewspaperArticle => ("article", Some("newspaper")),
        Kind::Periodical => ("periodical", None),
        Kind::WebPage => ("online", None),
        Kind::WebSite => ("online", Some("website")),
        Kind::Archival => ("unpublished", None),
        Kind::Thesis => ("thesis", None),
        Kind::Autoreferat => ("thesis", Some("autoreferat")),
        Kind::Law => ("misc", Some("law")),
        Kind::Standard => ("book", Some("standard")),
        Kind::ConferencePaper => ("inproceedings", None),
        Kind::Patent => ("patent", None),
        _ => ("misc", None),
    }
}

/// The kind of an entry type (BibLaTeX or BibTeX) with its `entrysubtype`.
pub(crate) fn kind_of(ty: &str, subtype: Option<&str>) -> Kind {
    if let Some(k) =
        subtype.and_then(|sub| Kind::ALL.into_iter().find(|k| k.name() == sub))
    {
        return k;
    }
    match (ty, subtype) {
        ("book" | "collection", Some("volume")) => Kind::Volume,
        ("article", Some("newspaper")) => Kind::NewspaperArticle,
        ("article", Some("webpage")) => Kind::WebPage,
        ("online" | "www" | "electronic", Some("website")) => Kind::WebSite,
        ("thesis" | "phdthesis" | "mastersthesis", Some("autoreferat")) => {
            Kind::Autoreferat
        }
        ("misc", Some("law")) => Kind::Law,
        ("misc", Some("standard")) => Kind::Standard,
        (
            "book" | "collection" | "proceedings" | "reference" | "manual" | "booklet"
            | "report" | "techreport" | "bookinbook",
            _,
        ) => Kind::Book,
        ("mvbook" | "mvcollection" | "mvproceedings" | "mvreference", _) => {
            Kind::MultiVolume
        }
        (
            "inbook" | "incollection" | "inreference" | "suppbook" | "suppcollection",
            _,
        ) => Kind::Chapter,
        ("inproceedings" | "conference", _) => Kind::ConferencePaper,
        ("article", _) => Kind::Article,
        ("periodical" | "suppperiodical", _) => Kind::Periodical,
        ("online" | "www" | "electronic", _) => Kind::WebPage,
        ("unpublished", _) => Kind::Archival,
        ("thesis" | "phdthesis" | "mastersthesis", _) => Kind::Thesis,
        ("legislation" | "legal" | "jurisdiction", _) => Kind::Law,
        ("standard", _) => Kind::Standard,
        ("patent", _) => Kind::Patent,
        _ => Kind::Other,
    }
}

/// The babel/polyglossia language name for `langid` (and classic `language`): the one
/// place where ISO codes become babel names.
pub(crate) fn babel_name(lang: &LanguageIdentifier) -> Option<&'static str> {
    let script = lang.script.as_ref().map(|s| s.as_str());
    Some(match (lang.language.as_str(), script) {
        ("ru", _) => "russian",
        ("en", _) => "english",
        ("fr", _) => "french",
        ("de", _) => "ngerman",
        ("uk", _) => "ukrainian",
        ("be", _) => "belarusian",
        ("pl", _) => "polish",
        ("sr", Some("Latn")) => "serbian",
        ("sr", _) => "serbianc",
        ("bg", _) => "bulgarian",
        ("cs", _) => "czech",
        ("it", _) => "italian",
        ("es", _) => "spanish",
        ("la", _) => "latin",
        ("kk", _) => "kazakh",
        _ => return None,
    })
}

/// The reverse of [`babel_name`]; also accepts ISO codes and capitalised names.
pub(crate) fn from_babel(name: &str) -> Option<LanguageIdentifier> {
    // The names we write, without allocating or parsing.
    match name {
        "russian" => return Some(unic_langid::langid!("ru")),
        "english" => return Some(unic_langid::langid!("en")),
        _ => {}
    }
    let tag = match name.trim().to_lowercase().as_str() {
        "russian" | "русский" => "ru",
        "english" | "american" | "british" | "australian" | "canadian" => "en",
        "french" | "francais" => "fr",
        "german" | "ngerman" | "austrian" | "naustrian" => "de",
        "ukrainian" => "uk",
        "belarusian" | "belarussian" => "be",
        "polish" => "pl",
        "serbian" => "sr-Latn",
        "serbianc" => "sr",
        "bulgarian" => "bg",
        "czech" => "cs",
        "italian" => "it",
        "spanish" => "es",
        "latin" => "la",
        "kazakh" => "kk",
        other => {
            return other
                .parse()
                .ok()
                .filter(|l: &LanguageIdentifier| babel_name(l).is_some());
        }
    };
    tag.parse().ok()
}

fn put_text(f: &mut Fields, k: &str, v: Option<&String>) {
    if let Some(v) = v {
        f.insert(k.into(), Value::Text(v.clone()));
    }
}

/// Contributors into editor slots (one slot per role, in order of first appearance)
/// and `translator`, `commentator`, `introduction`.
pub(crate) fn encode_contributors(cs: &[Contributor], f: &mut Fields) {
    let mut slots: Vec<(Role, Vec<Name>)> = Vec::new();
    let mut other: BTreeMap<&str, Vec<Name>> = BTreeMap::new();
    for c in cs {
        let field = match c.role {
            Role::Translator => Some("translator"),
            Role::Commentator => Some("commentator"),
            Role::Introduction => Some("introduction"),
            _ => None,
        };
        match field {
            Some(field) => other.entry(field).or_default().push(c.name.clone()),
            None => match slots.iter_mut().find(|(r, _)| *r == c.role) {
                Some((_, names)) => names.push(c.name.clone()),
                None => slots.push((c.role.clone(), vec![c.name.clone()])),
            },
        }
    }
    for ((role, names), (field, type_field)) in slots.into_iter().zip(EDITOR_SLOTS) {
        f.insert(field.into(), Value::Names(names, false));
        let ty = match role {
            Role::Editor if field == "editor" => None,
            Role::Editor => Some("editor".to_owned()),
            Role::ChiefEditor => Some("chiefeditor".to_owned()),
            Role::ResponsibleEditor => Some("responsibleeditor".to_owned()),
            Role::Compiler => Some("compiler".to_owned()),
            Role::Illustrator => Some("illustrator".to_owned()),
            Role::Other(x) => Some(x),
            _ => Some("editor".to_owned()),
        };
        put_text(f, type_field, ty.as_ref());
    }
    for (field, names) in other {
        f.insert(field.into(), Value::Names(names, false));
    }
}

fn decode_contributors(f: &mut Fields) -> Vec<Contributor> {
    let mut out = Vec::new();
    for (field, type_field) in EDITOR_SLOTS {
        let ty = take_text(f, type_field);
        let Some((names, _)) = take_names(f, field) else { continue };
        let role = match ty.as_deref() {
            None | Some("editor") => Role::Editor,
            Some("chiefeditor") => Role::ChiefEditor,
            Some("responsibleeditor") => Role::ResponsibleEditor,
            Some("compiler") => Role::Compiler,
            Some("illustrator") => Role::Illustrator,
            Some(x) => Role::Other(x.to_owned()),
        };
        out.extend(names.into_iter().map(|n| Contributor::new(n, role.clone())));
    }
    for (field, role) in [
        ("commentator", Role::Commentator),
        ("introduction", Role::Introduction),
        ("translator", Role::Translator),
    ] {
        if let Some((names, _)) = take_names(f, field) {
            out.extend(names.into_iter().map(|n| Contributor::new(n, role.clone())));
        }
    }
    out
}

/// EDTF as biblatex reads it: `1945`, `1945~`, `1945?`, `1945%`, `1985/1986`, `2003/..`.
pub(crate) fn edtf(d: &Date) -> String {
    let mark = match (d.approximate, d.uncertain) {
        (true, true) => "%",
        (true, false) => "~",
        (false, true) => "?",
        (false, false) => "",
    };
    let mut out = format!("{}{mark}", d.start);
    if let Some(e) = d.end {
        out.push_str(&format!("/{e}{mark}"));
    } else if d.open {
        out.push_str("/..");
    }
    out
}

/// Reads an EDTF/ISO date as biblatex accepts it (also `1997/` and a year range
/// `1985--1986` after dash decoding).
pub(crate) fn parse_edtf(s: &str) -> Option<Date> {
    let s = s.trim();
    let (a, b) = match s.split_once(['/', '–']) {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let mut date = Date::new(PartialDate::year(0));
    let mut one = |x: &str| -> Option<PartialDate> {
        let x = x.trim();
        let core = x.trim_end_matches(['~', '?', '%']);
        let marks = &x[core.len()..];
        date.approximate |= marks.contains(['~', '%']);
        date.uncertain |= marks.contains(['?', '%']);
        core.parse().ok()
    };
    let start = one(a)?;
    let end = match b.map(str::trim) {
        None => None,
        Some("" | "..") => {
            date.open = true;
            None
        }
        Some(b) => Some(one(b)?),
    };
    date.start = start;
    date.end = end;
    Some(date)
}

/// `245 с.` ⇄ `pagetotal = {245}`.
fn pagetotal(extent: &str) -> Option<&str> {
    extent
        .strip_suffix(" с.")
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// `ГА РФ. Ф. 5446. Оп. 1. Д. 50. Л. 10` for `addendum`.
pub(crate) fn cipher(a: &Archive) -> String {
    let mut parts = vec![a.repository.clone()];
    for (label, v) in
        [("Ф.", &a.fond), ("Оп.", &a.inventory), ("Д.", &a.file), ("Л.", &a.leaves)]
    {
        if let Some(v) = v {
            parts.push(format!("{label} {v}"));
        }
    }
    parts.join(". ")
}

fn parse_cipher(s: &str) -> Archive {
    let mut a = Archive::default();
    let mut parts = s.split(". ");
    a.repository = parts.next().unwrap_or_default().to_owned();
    for p in parts {
        let slot = if let Some(v) = p.strip_prefix("Ф. ") {
            (&mut a.fond, v)
        } else if let Some(v) = p.strip_prefix("Оп. ") {
            (&mut a.inventory, v)
        } else if let Some(v) = p.strip_prefix("Д. ") {
            (&mut a.file, v)
        } else if let Some(v) = p.strip_prefix("Л. ") {
            (&mut a.leaves, v)
        } else {
            a.repository = format!("{}. {p}", a.repository);
            continue;
        };
        *slot.0 = Some(slot.1.to_owned());
    }
    a
}

/// Whether an `issue` of this kind is biblatex's `number` (articles, journals).
fn issue_is_number(kind: Kind) -> bool {
    matches!(kind, Kind::Article | Kind::NewspaperArticle | Kind::Periodical)
}

/// The `entrysubtype` that tells a kind apart within an entry type, if one is needed.
pub(crate) fn subtype(ty: &str, kind: Kind) -> Option<&'static str> {
    if kind_of(ty, None) == kind {
        return None;
    }
    match entry_type(kind) {
        (t, Some(sub)) if t == ty => Some(sub),
        _ => Some(kind.name()),
    }
}

/// The fields of a source, its host and entry type left out.
pub(crate) fn encode(s: &Source) -> Fields {
    let mut f = Fields::new();
    if !s.authors.is_empty() || s.authors_et_al {
        f.insert("author".into(), Value::Names(s.authors.clone(), s.authors_et_al));
    }
    encode_contributors(&s.contributors, &mut f);
    let main = if s.title.supplied {
        format!("[{}]", s.title.main)
    } else {
        s.title.main.clone()
    };
    if !main.is_empty() {
        f.insert("title".into(), Value::Text(main));
    }
    if !s.title.other.is_empty() {
        f.insert("subtitle".into(), Value::Text(s.title.other.join(" : ")));
    }
    if !s.title.parallel.is_empty() {
        f.insert(
            "titleaddon".into(),
            Value::Text(format!("= {}", s.title.parallel.join(" = "))),
        );
    }
    // A thesis whose statement of responsibility names only the institution where it
    // was defended (`МГУ им. М. В. Ломоносова`): that is biblatex's `institution`.
    let institution_in_credits =
        s.thesis.as_ref().is_some_and(|t| t.institution.is_none())
            && s.responsibility.as_deref().is_some_and(is_institution);
    if !institution_in_credits {
        put_text(&mut f, "credits", s.responsibility.as_ref());
    }
    if let Some(m) = &s.medium {
        let v = match m.as_str() {
            "Электронный ресурс" => "eresource",
            "Текст" => "text",
            other => other,
        };
        f.insert("media".into(), Value::Text(v.into()));
    }
    put_text(&mut f, "edition", s.edition.as_ref());
    if !s.places.is_empty() {
        let names = s.places.iter().map(|p| p.name.clone()).collect();
        f.insert("location".into(), Value::List(names, false));
    }
    if !s.publishers.is_empty() {
        f.insert("publisher".into(), Value::List(s.publishers.clone(), false));
    }
    if let Some(d) = &s.date {
        f.insert("date".into(), Value::Text(edtf(d)));
    }
    let n = &s.numbering;
    put_text(&mut f, "volume", n.volume.as_ref());
    put_text(&mut f, "volumes", n.volumes.as_ref());
    put_text(&mut f, "part", n.part.as_ref());
    put_text(&mut f, "chapter", n.chapter.as_ref());
    put_text(&mut f, "pages", n.pages.as_ref());
    let issue_field = if issue_is_number(s.kind) { "number" } else { "issue" };
    put_text(&mut f, issue_field, n.issue.as_ref());
    if let Some(t) = s.extent.as_deref().and_then(pagetotal) {
        f.insert("pagetotal".into(), Value::Text(t.into()));
    }
    if let Some(series) = s.series.first() {
        f.insert("series".into(), Value::Text(series.title.clone()));
        if !f.contains_key("number") {
            put_text(&mut f, "number", series.number.as_ref());
        }
    }
    if let Some(u) = &s.url {
        f.insert("url".into(), Value::Verb(u.clone()));
    }
    if let Some(d) = &s.accessed {
        f.insert("urldate".into(), Value::Text(d.to_string()));
    }
    if let [isbn] = s.identifiers.isbn.as_slice() {
        f.insert("isbn".into(), Value::Text(isbn.clone()));
    }
    put_text(&mut f, "issn", s.identifiers.issn.as_ref());
    if let Some(doi) = &s.identifiers.doi {
        f.insert("doi".into(), Value::Verb(doi.clone()));
    }
    if let Some(a) = &s.archive {
        f.insert("addendum".into(), Value::Text(cipher(a)));
    }
    if let Some(t) = &s.thesis {
        f.insert("type".into(), Value::Text(t.degree.clone()));
        put_text(&mut f, "specialitycode", t.speciality.as_ref());
        if let Some(i) = t.institution.as_ref().or(s.responsibility.as_ref()) {
            if t.institution.is_some() || institution_in_credits {
                f.insert("institution".into(), Value::List(vec![i.clone()], false));
            }
        }
    }
    if let [note] = s.notes.as_slice() {
        f.insert("note".into(), Value::Text(note.clone()));
    }
    if let Some(b) = s.language.as_ref().and_then(babel_name) {
        f.insert("langid".into(), Value::Text(b.into()));
    }
    f
}

/// Whether a statement of responsibility is one institution: a university, an
/// institute or an academy, and no list (`;`) or person before it.
fn is_institution(r: &str) -> bool {
    const MARKS: [&str; 10] = [
        "ун-т",
        "университет",
        "ин-т",
        "институт",
        "академи",
        "АН СССР",
        "МГУ",
        "university",
        "institute",
        "academy",
    ];
    let lower = r.to_lowercase();
    !r.contains([';', '[', '/'])
        && MARKS.iter().any(|m| lower.contains(&m.to_lowercase()))
        && !r.split([',', '.', ' ']).next().is_some_and(|w| {
            // `V. Colas, University of Lorraine`: a person first.
            w.chars().count() == 1 && w.chars().all(char::is_uppercase)
        })
}

pub(crate) fn take_text(f: &mut Fields, k: &str) -> Option<String> {
    match resolved(k, f.remove(k)?) {
        Value::Text(s) | Value::Verb(s) => Some(s),
        Value::List(items, _) => Some(items.join(" and ")),
        Value::Names(..) | Value::Raw(_) => None,
    }
}

fn take_list(f: &mut Fields, k: &str) -> Option<Vec<String>> {
    match resolved(k, f.remove(k)?) {
        Value::List(items, _) => Some(items),
        Value::Text(s) | Value::Verb(s) => Some(vec![s]),
        Value::Names(..) | Value::Raw(_) => None,
    }
}

pub(crate) fn take_names(f: &mut Fields, k: &str) -> Option<(Vec<Name>, bool)> {
    match resolved(k, f.remove(k)?) {
        Value::Names(n, others) => Some((n, others)),
        _ => None,
    }
}

/// A source from the fields [`encode`] writes (plus the common BibTeX aliases, which
/// the importer has already renamed). Consumes what it reads.
pub(crate) fn decode(ty: &str, f: &mut Fields) -> Source {
    let subtype = take_text(f, "entrysubtype");
    let kind = kind_of(ty, subtype.as_deref());
    let mut s = Source::new(kind);
    if let Some((names, others)) = take_names(f, "author") {
        s.authors = names;
        s.authors_et_al = others;
    }
    s.contributors = decode_contributors(f);
    if let Some(t) = take_text(f, "title") {
        match t.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            Some(inner) => {
                s.title.main = inner.to_owned();
                s.title.supplied = true;
            }
            None => s.title.main = t,
        }
    }
    if let Some(sub) = take_text(f, "subtitle") {
        s.title.other = sub.split(" : ").map(str::to_owned).collect();
    }
    if let Some(addon) = take_text(f, "titleaddon") {
        match addon.strip_prefix("= ") {
            Some(p) => s.title.parallel = p.split(" = ").map(str::to_owned).collect(),
            None => s.title.other.push(addon),
        }
    }
    s.responsibility = take_text(f, "credits");
    s.medium = take_text(f, "media").map(|m| match m.as_str() {
        "eresource" => "Электронный ресурс".to_owned(),
        "text" => "Текст".to_owned(),
        _ => m,
    });
    s.edition = take_text(f, "edition");
    // GOST abbreviates the usual cities (`М.`, `Л.`): assume it was so written.
    s.places = take_list(f, "location")
        .unwrap_or_default()
        .into_iter()
        .map(|name| match abbreviate_city(&name) {
            Some(a) => Place::abbreviated(name, a),
            None => Place::new(name),
        })
        .collect();
    s.publishers = take_list(f, "publisher").unwrap_or_default();
    s.date = take_text(f, "date").and_then(|d| parse_edtf(&d));
    let n = &mut s.numbering;
    n.volume = take_text(f, "volume");
    n.volumes = take_text(f, "volumes");
    n.part = take_text(f, "part");
    n.chapter = take_text(f, "chapter");
    n.pages = take_text(f, "pages");
    if issue_is_number(kind) {
        n.issue = take_text(f, "number");
    } else {
        n.issue = take_text(f, "issue");
    }
    s.extent = take_text(f, "pagetotal").map(|t| format!("{t} с."));
    if let Some(title) = take_text(f, "series") {
        s.series.push(Series::new(title, take_text(f, "number")));
    }
    s.url = take_text(f, "url");
    s.accessed = take_text(f, "urldate").and_then(|d| d.parse().ok());
    s.identifiers.isbn = take_text(f, "isbn").into_iter().collect();
    s.identifiers.issn = take_text(f, "issn");
    s.identifiers.doi = take_text(f, "doi");
    s.archive = take_text(f, "addendum").map(|a| parse_cipher(&a));
    let degree = take_text(f, "type");
    let speciality = take_text(f, "specialitycode");
    let institution = take_list(f, "institution").map(|i| i.join(" and "));
    if degree.is_some() || speciality.is_some() || institution.is_some() {
        s.thesis =
            Some(Thesis { degree: degree.unwrap_or_default(), speciality, institution });
    }
    s.notes = take_text(f, "note").into_iter().collect();
    s.language = take_text(f, "langid").and_then(|l| from_babel(&l));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edtf_forms() {
        for (text, check) in [
            ("1945~", Date { approximate: true, ..Date::year(1945) }),
            ("1945?", Date { uncertain: true, ..Date::year(1945) }),
            ("1985/1986", Date::range(PartialDate::year(1985), PartialDate::year(1986))),
            ("2003/..", Date { open: true, ..Date::year(2003) }),
            ("1924-10-29", Date::new(PartialDate::ymd(1924, 10, 29))),
        ] {
            assert_eq!(edtf(&check), text);
            assert_eq!(parse_edtf(text), Some(check));
        }
        assert_eq!(
            parse_edtf("1985--1986".replace("--", "–").as_str()).unwrap().end,
            Some(PartialDate::year(1986))
        );
        assert!(parse_edtf("около").is_none());
    }

    #[test]
    fn institutions_in_credits() {
        for (r, yes) in [
            ("МГУ им. М. В. Ломоносова", true),
            ("АН СССР. Ин-т востоковедения", true),
            ("Моск. пед. гос. ун-т", true),
            ("V. Colas, University of Lorraine", false),
            ("А.Н. Гордей", false),
            ("Десницкая Е. А.; [Место защиты: С.-Петерб. гос. ун-т]", false),
        ] {
            assert_eq!(is_institution(r), yes, "{r}");
        }
    }

    #[test]
    fn babel_names_round_trip() {
        for tag in ["ru", "en", "fr", "de", "uk", "be", "pl", "sr-Latn"] {
            let l: LanguageIdentifier = tag.parse().unwrap();
            assert_eq!(from_babel(babel_name(&l).unwrap()), Some(l));
        }
    }
}
