//! Source → MODS 3.8. The mapping is documented in `docs/mods.md`.

use super::codes::{
    default_script, is_marcgt, iso639_2b, kind_genres, kind_issuance,
    language_from_iso639, role_terms,
};
use super::values::{
    date_values, is_any_uri, is_positive_integer, missing_text, split_range,
};
use super::xml::XmlWriter;
use super::{LOCAL, MODS_NS, SCHEMA_LOCATION, XSI_NS};
use crate::{Kind, Name, Numbering, Role, Source};

/// Writes a `<modsCollection>`.
pub(crate) fn collection(sources: &[Source]) -> String {
    let mut w = XmlWriter::new(sources.len() * 3000 + 400);
    w.start(
        "modsCollection",
        &[
            ("xmlns", MODS_NS),
            ("xmlns:xsi", XSI_NS),
            ("xsi:schemaLocation", SCHEMA_LOCATION),
        ],
    );
    for s in sources {
        w.start("mods", &[("version", "3.8")]);
        body(&mut w, s, None);
        w.end("mods");
    }
    w.end("modsCollection");
    w.finish()
}

/// Writes one `<mods>` record.
pub(crate) fn record(source: &Source) -> String {
    let mut w = XmlWriter::new(3000);
    w.start(
        "mods",
        &[
            ("xmlns", MODS_NS),
            ("xmlns:xsi", XSI_NS),
            ("version", "3.8"),
            ("xsi:schemaLocation", SCHEMA_LOCATION),
        ],
    );
    body(&mut w, source, None);
    w.end("mods");
    w.finish()
}

/// The elements of one level: the record itself (`child` is `None`) or a host, written
/// inside `relatedItem type="host"` of `child`.
fn body(w: &mut XmlWriter, s: &Source, child: Option<&Numbering>) {
    let top = child.is_none();
    title_info(w, s, top);
    names(w, s);
    let manuscript: &[(&str, &str)] =
        if s.kind == Kind::Archival { &[("manuscript", "yes")] } else { &[] };
    w.leaf("typeOfResource", manuscript, "text");
    for g in kind_genres(s.kind).iter().filter(|g| is_marcgt(g)) {
        w.leaf("genre", &[("authority", "marcgt")], g);
    }
    w.leaf("genre", &[("authority", LOCAL)], s.kind.name());
    origin_info(w, s);
    language(w, s);
    physical_description(w, s);
    if let Some(r) = &s.responsibility {
        w.leaf("note", &[("type", "statement of responsibility")], r);
    }
    if let Some(t) = &s.thesis {
        w.leaf("note", &[("type", "thesis")], &t.degree);
        if let Some(code) = &t.speciality {
            w.leaf("classification", &[("authority", super::SPECIALITY_AUTHORITY)], code);
        }
    }
    for n in &s.notes {
        w.leaf("note", &[], n);
    }
    if let Some(h) = &s.host {
        w.start("relatedItem", &[("type", "host")]);
        body(w, h, Some(&s.numbering));
        w.end("relatedItem");
    }
    for series in &s.series {
        w.start("relatedItem", &[("type", "series")]);
        w.start("titleInfo", &[]);
        w.leaf("title", &[], &series.title);
        if let Some(n) = &series.number {
            w.leaf("partNumber", &[], n);
        }
        w.end("titleInfo");
        w.end("relatedItem");
    }
    for isbn in &s.identifiers.isbn {
        w.leaf("identifier", &[("type", "isbn")], isbn);
    }
    if let Some(issn) = &s.identifiers.issn {
        w.leaf("identifier", &[("type", "issn")], issn);
    }
    if let Some(doi) = &s.identifiers.doi {
        w.leaf("identifier", &[("type", "doi")], doi);
    }
    if let Some(url) = s.url.as_deref().filter(|_| located_url(s).is_none()) {
        w.leaf("identifier", &[("type", "uri"), ("invalid", "yes")], url);
    }
    location(w, s);
    if let Some(a) = &s.access_note {
        w.leaf("accessCondition", &[("type", "restriction on access")], a);
    }
    parts(w, s, child);
    if top {
        w.start("recordInfo", &[]);
        w.leaf("recordContentSource", &[], "gostbib");
        let origin = if s.origin.is_some() {
            "Parsed by gostbib from a GOST reference"
        } else {
            "Converted by gostbib"
        };
        w.leaf("recordOrigin", &[], origin);
        w.start("languageOfCataloging", &[]);
        w.leaf("languageTerm", &[("type", "code"), ("authority", "iso639-2b")], "rus");
        w.end("languageOfCataloging");
        w.end("recordInfo");
    }
}

fn title_info(w: &mut XmlWriter, s: &Source, top: bool) {
    let t = &s.title;
    let mut attrs: Vec<(&str, &str)> = Vec::new();
    if t.supplied {
        attrs.push(("supplied", "yes"));
    }
    if !t.parallel.is_empty() {
        attrs.push(("altRepGroup", "title"));
    }
    w.start("titleInfo", &attrs);
    w.leaf("title", &[], &t.main);
    for other in &t.other {
        w.leaf("subTitle", &[], other);
    }
    if let Some(v) = s.numbering.volume.as_ref().filter(|_| top) {
        w.leaf("partNumber", &[], v);
    }
    if let Some(v) = &s.numbering.volume_title {
        w.leaf("partName", &[], v);
    }
    w.end("titleInfo");
    for p in &t.parallel {
        // The language and script of a parallel title, as far as its letters tell.
        let found = crate::lang::detect::detect(p);
        let lang = found.language.language.as_str();
        let script = if found.is_cyrillic() { "Cyrl" } else { "Latn" };
        let mut attrs = vec![("type", "translated"), ("altRepGroup", "title")];
        if let Some(code) = iso639_2b(lang) {
            attrs.extend([("lang", code), ("script", script)]);
        }
        w.start("titleInfo", &attrs);
        w.leaf("title", &[], p);
        w.end("titleInfo");
    }
}

fn names(w: &mut XmlWriter, s: &Source) {
    for a in &s.authors {
        name(w, a, &Role::Author);
    }
    if s.authors_et_al {
        let cyrillic = s.language.as_ref().is_none_or(|l| {
            l.script
                .as_ref()
                .map_or(default_script(l.language.as_str()), |sc| sc.as_str())
                == "Cyrl"
        });
        w.start("name", &[]);
        w.leaf("etal", &[], if cyrillic { "и др." } else { "et al." });
        w.end("name");
    }
    for c in &s.contributors {
        name(w, &c.name, &c.role);
    }
    if let Some(inst) = s.thesis.as_ref().and_then(|t| t.institution.as_ref()) {
        w.start("name", &[("type", "corporate")]);
        w.leaf("namePart", &[], inst);
        w.start("role", &[]);
        w.leaf("roleTerm", &[("type", "code"), ("authority", "marcrelator")], "dgg");
        w.leaf(
            "roleTerm",
            &[("type", "text"), ("authority", "marcrelator")],
            "degree granting institution",
        );
        w.end("role");
        w.end("name");
    }
}

fn name(w: &mut XmlWriter, n: &Name, role: &Role) {
    match n {
        Name::Person(p) => {
            w.start("name", &[("type", "personal")]);
            w.leaf("namePart", &[("type", "family")], &p.family);
            // Initials that would not be read back as initials (see the import) go only
            // into `alternativeName[@altType=initials]`.
            let plain_initials =
                p.initials.as_ref().filter(|i| super::import::looks_like_initials(i));
            if let Some(g) = p.given.as_ref().or(plain_initials) {
                w.leaf("namePart", &[("type", "given")], g);
            }
            if let Some(particle) = &p.particle {
                w.leaf("namePart", &[("type", "termsOfAddress")], particle);
            }
            if let Some(initials) = p
                .initials
                .as_ref()
                .filter(|_| p.given.is_some() || plain_initials.is_none())
            {
                w.start("alternativeName", &[("altType", "initials")]);
                w.leaf("namePart", &[("type", "given")], initials);
                w.end("alternativeName");
            }
            if let Some(written) = &p.as_written {
                w.start("alternativeName", &[("altType", "as written")]);
                w.leaf("namePart", &[("type", "family")], written);
                w.end("alternativeName");
            }
        }
        Name::Organization(o) => {
            w.start("name", &[("type", "corporate")]);
            w.leaf("namePart", &[], o);
        }
    }
    let (code, text, is_term) = role_terms(role);
    w.start("role", &[]);
    w.leaf("roleTerm", &[("type", "code"), ("authority", "marcrelator")], code);
    if is_term {
        w.leaf("roleTerm", &[("type", "text"), ("authority", "marcrelator")], text);
    } else {
        w.leaf("roleTerm", &[("type", "text")], text);
    }
    w.end("role");
    w.end("name");
}

fn origin_info(w: &mut XmlWriter, s: &Source) {
    let issuance = kind_issuance(s.kind);
    let captured = s.accessed.filter(|_| located_url(s).is_none());
    if s.places.is_empty()
        && s.place_missing.is_none()
        && s.publishers.is_empty()
        && s.publisher_missing.is_none()
        && s.date.is_none()
        && s.date_missing.is_none()
        && captured.is_none()
        && s.edition.is_none()
        && issuance.is_none()
    {
        return;
    }
    w.start("originInfo", &[("eventType", "publication")]);
    // Publishers grouped by place (`Source::publisher_places`) follow their place in
    // document order, which the importer reads back.
    let grouped = !s.publisher_places.is_empty();
    let mut k = 0;
    for (i, p) in s.places.iter().enumerate() {
        w.start("place", &[]);
        w.leaf("placeTerm", &[("type", "text")], &p.name);
        if let Some(written) = &p.written {
            w.leaf("placeTerm", &[("type", "text"), ("authority", LOCAL)], written);
        }
        w.end("place");
        while grouped && k < s.publishers.len() && s.publisher_place(k) == Some(i) {
            w.leaf("publisher", &[], &s.publishers[k]);
            k += 1;
        }
    }
    if let Some(m) = &s.place_missing {
        w.start("place", &[]);
        w.leaf("placeTerm", &[("type", "text")], &missing_text(m));
        w.end("place");
    }
    for p in &s.publishers[if grouped { k } else { 0 }..] {
        w.leaf("publisher", &[], p);
    }
    if let Some(m) = &s.publisher_missing {
        w.leaf("publisher", &[], &missing_text(m));
    }
    if let Some(d) = &s.date {
        for (i, v) in date_values(d).iter().enumerate() {
            let mut attrs = vec![("encoding", v.encoding)];
            if i == 0 {
                attrs.push(("keyDate", "yes"));
            }
            if let Some(p) = v.point {
                attrs.push(("point", p));
            }
            if let Some(q) = v.qualifier {
                attrs.push(("qualifier", q));
            }
            w.leaf("dateIssued", &attrs, &v.text);
        }
    }
    if let Some(m) = &s.date_missing {
        w.leaf("displayDate", &[], &missing_text(m));
    }
    if let Some(a) = captured {
        w.leaf("dateCaptured", &[("encoding", "w3cdtf")], &a.to_string());
    }
    if let Some(e) = &s.edition {
        w.leaf("edition", &[], e);
    }
    if let Some(i) = issuance {
        w.leaf("issuance", &[], i);
    }
    w.end("originInfo");
}

fn language(w: &mut XmlWriter, s: &Source) {
    let Some(lang) = &s.language else { return };
    let code = lang.language.as_str();
    // The ISO 639-2/B code; a three-letter subtag that has a two-letter one (`mlt` for
    // `mt`) or that is a /T code (`deu`) is written by its /B code, and the exact tag
    // goes along (below), since the import would read the /B code as the short subtag.
    let iso = match code.len() {
        3 => {
            language_from_iso639(code).and_then(|short| iso639_2b(&short)).or(Some(code))
        }
        _ => iso639_2b(code),
    };
    let script = lang
        .script
        .as_ref()
        .map(|sc| sc.as_str())
        .filter(|sc| *sc != default_script(code));
    let exact = iso.is_some_and(|iso| language_from_iso639(iso).as_deref() == Some(code))
        && lang.region.is_none()
        && lang.variants().len() == 0
        && (lang.script.is_none() || script.is_some());
    w.start("language", &[]);
    if let Some(iso) = iso {
        w.leaf("languageTerm", &[("type", "code"), ("authority", "iso639-2b")], iso);
    }
    if !exact {
        w.leaf(
            "languageTerm",
            &[("type", "code"), ("authority", "rfc5646")],
            &lang.to_string(),
        );
    }
    if let Some(sc) = script {
        w.leaf("scriptTerm", &[("type", "code"), ("authority", "iso15924")], sc);
    }
    w.end("language");
}

fn physical_description(w: &mut XmlWriter, s: &Source) {
    let forms = [(super::FORM_MEDIUM, &s.medium), (super::FORM_CONTENT, &s.content_form)];
    if forms.iter().all(|(_, v)| v.is_none()) && s.extent.is_none() {
        return;
    }
    w.start("physicalDescription", &[]);
    let electronic = forms.iter().filter_map(|(_, v)| v.as_deref()).any(|v| {
        let v = v.to_lowercase();
        v.contains("электрон") || v.contains("electronic")
    });
    if electronic {
        w.leaf("form", &[("authority", "marcform")], "electronic");
    }
    for (kind, value) in forms {
        if let Some(v) = value {
            w.leaf("form", &[("type", kind)], v);
        }
    }
    if let Some(e) = &s.extent {
        w.leaf("extent", &[], e);
    }
    w.end("physicalDescription");
}

/// The URL when it can go into `location/url` (typed `xs:anyURI`).
fn located_url(s: &Source) -> Option<&str> {
    s.url.as_deref().filter(|u| is_any_uri(u))
}

fn location(w: &mut XmlWriter, s: &Source) {
    let url = located_url(s);
    if s.archive.is_none() && url.is_none() {
        return;
    }
    w.start("location", &[]);
    if let Some(a) = &s.archive {
        w.leaf("physicalLocation", &[], &a.repository);
        if let Some(l) = &a.location {
            w.leaf("shelfLocator", &[], l);
        }
    }
    if let Some(url) = url {
        let accessed = s.accessed.map(|d| d.to_string());
        let mut attrs = vec![("usage", "primary")];
        if let Some(a) = &accessed {
            attrs.push(("dateLastAccessed", a));
        }
        w.leaf("url", &attrs, url);
    }
    w.end("location");
}

/// The details and extents of one `<part>`.
#[derive(Default)]
struct Part<'a> {
    details: Vec<(&'static str, &'a str)>,
    extents: Vec<(&'static str, &'a str)>,
}

impl<'a> Part<'a> {
    fn detail(&mut self, kind: &'static str, v: &'a Option<String>) {
        if let Some(v) = v {
            self.details.push((kind, v));
        }
    }
    fn extent(&mut self, unit: &'static str, v: &'a Option<String>) {
        if let Some(v) = v {
            self.extents.push((unit, v));
        }
    }
    /// Volume, part, book, issue and the number of volumes: which unit of the level.
    fn own(&mut self, n: &'a Numbering, with_volume: bool) {
        if with_volume {
            self.detail("volume", &n.volume);
        }
        self.detail("part", &n.part);
        self.detail("book", &n.book);
        self.detail("issue", &n.issue);
        let unit = if n.volumes_in_books { "books" } else { "volumes" };
        self.extent(unit, &n.volumes);
    }
    /// Chapter, article and pages: where a component part sits in its host.
    fn locators(&mut self, n: &'a Numbering) {
        self.detail("chapter", &n.chapter);
        self.detail("article", &n.section);
        self.extent("pages", &n.pages);
    }
    fn write(&self, w: &mut XmlWriter, attrs: &[(&str, &str)]) {
        if self.details.is_empty() && self.extents.is_empty() {
            return;
        }
        w.start("part", attrs);
        for (kind, v) in &self.details {
            w.start("detail", &[("type", kind)]);
            w.leaf("number", &[], v);
            w.end("detail");
        }
        for (unit, v) in &self.extents {
            w.start("extent", &[("unit", unit)]);
            match split_range(v) {
                Ok((n, None))
                    if matches!(*unit, "volumes" | "books") && is_positive_integer(n) =>
                {
                    w.leaf("total", &[], n);
                }
                Ok((a, b)) if !matches!(*unit, "volumes" | "books") => {
                    w.leaf("start", &[], a);
                    if let Some(b) = b {
                        w.leaf("end", &[], b);
                    }
                }
                _ => w.leaf("list", &[], v),
            }
            w.end("extent");
        }
        w.end("part");
    }
}

/// `<part>` of a level: its own numbering, the locators of the child it hosts (the
/// LoC and Zotero convention: `relatedItem[@type='host']/part` says where the child
/// sits), its archival cipher; its own locators when it has no host of its own.
fn parts(w: &mut XmlWriter, s: &Source, child: Option<&Numbering>) {
    let top = child.is_none();
    let mut part = Part::default();
    part.own(&s.numbering, !top);
    if let Some(c) = child {
        part.locators(c);
    } else if s.host.is_none() {
        part.locators(&s.numbering);
    }
    if let Some(a) = &s.archive {
        part.detail("fond", &a.fond);
        part.detail("inventory", &a.inventory);
        part.detail("file", &a.file);
        part.extent("leaves", &a.leaves);
    }
    part.write(w, &[]);
    if !top && s.host.is_none() {
        let mut own = Part::default();
        own.locators(&s.numbering);
        own.write(w, &[("type", super::PART_OWN)]);
    }
}
