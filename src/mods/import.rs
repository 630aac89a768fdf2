//! MODS → Source: our own records (lossless), bibutils' and libraries' records (best effort).

use unic_langid::LanguageIdentifier;

use super::codes::{
    KindHints, RoleTerm, default_script, infer_kind, language_from_iso639,
    role_from_terms,
};
use super::values::{DateText, MissingOf, join_range, parse_date_text, parse_missing};
use super::xml::{Doc, El};
use super::{FORM_CONTENT, FORM_MEDIUM, LOCAL, MODS_NS, PART_OWN, SPECIALITY_AUTHORITY};
use crate::{
    Archive, Contributor, Date, Error, Kind, Missing, Name, Numbering, PartialDate,
    Person, Place, Role, Series, Source, Thesis,
};

/// Reads a `<mods>` record or a `<modsCollection>`.
pub(crate) fn read(input: &str) -> Result<Vec<Source>, Error> {
    let doc = Doc::parse(input)?;
    let root = doc.root();
    let name = doc.name(root);
    if name != "mods" && name != "modsCollection" {
        return Err(doc.error(
            root,
            format!("not MODS: the root element is <{name}>, expected <mods> or <modsCollection>"),
        ));
    }
    // The root's own namespace, when it declares one, must be MODS.
    let declaration = match doc.qname(root).split_once(':') {
        Some((prefix, _)) => format!("xmlns:{prefix}"),
        None => "xmlns".to_owned(),
    };
    if let Some(ns) = doc.attr(root, &declaration).filter(|ns| *ns != MODS_NS) {
        return Err(doc.error(
            root,
            format!("not MODS: the root element is in the namespace {ns}, not {MODS_NS}"),
        ));
    }
    match name {
        "mods" => Ok(vec![record(&doc, root)]),
        _ => Ok(doc.children_named(root, "mods").map(|m| record(&doc, m)).collect()),
    }
}

/// One level as read: the source, whether its kind was ours, the hints for guessing it
/// otherwise, and locators that belong to the child whose host this level is.
#[derive(Default)]
struct Level {
    source: Source,
    explicit: bool,
    hints: KindHints,
    child_locators: Numbering,
}

fn record(doc: &Doc<'_>, el: El) -> Source {
    let mut level = read_level(doc, el, false);
    let s = &mut level.source;
    if let Some(h) = s.host.as_deref_mut().filter(|_| !level.explicit) {
        // bibutils writes the host's volume and issue in the record's own <part>.
        for (own, host) in [
            (&mut s.numbering.volume, &mut h.numbering.volume),
            (&mut s.numbering.issue, &mut h.numbering.issue),
            (&mut s.numbering.part, &mut h.numbering.part),
            (&mut s.numbering.book, &mut h.numbering.book),
        ] {
            if host.is_none() {
                *host = own.take();
            }
        }
    }
    level.source
}

/// A date as written: `point`, text, `qualifier`.
type DateItem<'d> = (Option<&'d str>, &'d str, Option<&'d str>);

/// The dates of a level, resolved when the whole level has been read: `dateIssued`;
/// else `dateCreated`/`copyrightDate` (Zotero); else `part/date` (bibutils).
#[derive(Default)]
struct Dates<'d> {
    issued: Vec<DateItem<'d>>,
    other: Vec<DateItem<'d>>,
    part: Option<&'d str>,
    display: Option<&'d str>,
}

fn read_level(doc: &Doc<'_>, el: El, is_host: bool) -> Level {
    let mut l = Level::default();
    let mut dates = Dates::default();
    let mut electronic = false;
    let mut host_hints = None;
    let mut uri = None;
    for c in doc.children(el) {
        let s = &mut l.source;
        match doc.name(c) {
            "titleInfo" => title_info(doc, c, s),
            "name" => name(doc, c, s),
            "typeOfResource" => {
                l.hints.manuscript |= doc.attr(c, "manuscript") == Some("yes");
            }
            "genre" => {
                let text = doc.text(c);
                match Kind::ALL.iter().find(|k| k.name() == text) {
                    Some(k) if doc.attr(c, "authority") == Some(LOCAL) && !l.explicit => {
                        s.kind = *k;
                        l.explicit = true;
                    }
                    _ => l.hints.genres.push(text.to_lowercase()),
                }
            }
            "originInfo" => origin_info(doc, c, &mut l, &mut dates),
            "language" if s.language.is_none() => s.language = language(doc, c),
            "physicalDescription" => electronic |= physical_description(doc, c, s),
            "note" => {
                let text = doc.text(c).to_owned();
                match doc.attr(c, "type") {
                    Some("statement of responsibility") => s.responsibility = Some(text),
                    Some("thesis") => {
                        s.thesis.get_or_insert_with(Thesis::default).degree = text
                    }
                    _ => s.notes.push(text),
                }
            }
            "classification"
                if doc.attr(c, "authority") == Some(SPECIALITY_AUTHORITY) =>
            {
                let code = Some(doc.text(c).to_owned());
                s.thesis.get_or_insert_with(Thesis::default).speciality = code;
            }
            "relatedItem" => match doc.attr(c, "type") {
                Some("host") if s.host.is_none() => {
                    let h = read_level(doc, c, true);
                    merge_locators(&mut s.numbering, h.child_locators);
                    host_hints = Some(h.hints);
                    s.host = Some(Box::new(h.source));
                }
                Some("series") => s.series.push(series(doc, c)),
                _ => {}
            },
            "identifier" => {
                let text = doc.text(c).to_owned();
                let ids = &mut s.identifiers;
                match doc.attr(c, "type").map(str::to_ascii_lowercase).as_deref() {
                    Some("isbn") => ids.isbn.push(text),
                    Some("issn") => ids.issn = ids.issn.take().or(Some(text)),
                    Some("doi") => ids.doi = ids.doi.take().or(Some(strip_doi(text))),
                    Some("uri") => uri = uri.or(Some(text)),
                    _ => {}
                }
            }
            "location" => location(doc, c, s),
            "accessCondition" if s.access_note.is_none() => {
                s.access_note = Some(doc.text(c).to_owned());
            }
            "part" => {
                let own = doc.attr(c, "type") == Some(PART_OWN);
                dates.part = dates.part.or(doc.child_text(c, "date"));
                read_part(doc, c, &mut l, own || !is_host);
            }
            _ => {}
        }
    }
    let s = &mut l.source;
    if s.url.is_none() {
        // A URI given only as an identifier.
        s.url = uri;
    }
    let part_date = dates.part.map(|d| vec![(None, d, None)]).unwrap_or_default();
    let chosen =
        [&dates.issued, &dates.other, &part_date].into_iter().find(|d| !d.is_empty());
    read_dates(chosen.map_or(&[][..], Vec::as_slice), s);
    if let Some(text) = dates.display {
        s.date_missing = parse_missing(text, MissingOf::Date).or_else(|| {
            l.explicit.then(|| {
                match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
                    Some(inner) => Missing::new(inner, true),
                    None => Missing::new(text, false),
                }
            })
        });
    }
    if electronic && s.medium.is_none() && s.content_form.is_none() {
        s.medium = Some("Электронный ресурс".to_owned());
    }
    if !l.explicit {
        // bibutils writes a record's series as a host with nothing but a title (and a
        // BibLaTeX `maintitle` as the host of a host, which stays a host).
        let bare_host = s.host.as_deref().is_some_and(|h| {
            h.authors.is_empty()
                && h.publishers.is_empty()
                && h.date.is_none()
                && h.host.is_none()
        }) && host_hints.as_ref().is_some_and(|h| h.genres.is_empty());
        let part_of_something = s.numbering.pages.is_some()
            || l.hints
                .genres
                .iter()
                .any(|g| g.contains("chapter") || g.contains("article"));
        if !is_host && bare_host && !part_of_something {
            if let Some(h) = s.host.take() {
                s.series.push(Series::new(h.title.main, h.numbering.volume));
            }
            host_hints = None;
        }
        s.kind = infer_kind(&l.hints, host_hints.as_ref());
    }
    l
}

fn origin_info<'d>(doc: &'d Doc<'_>, el: El, l: &mut Level, dates: &mut Dates<'d>) {
    let s = &mut l.source;
    // The place each publisher follows in document order.
    let mut groups = Vec::new();
    for o in doc.children(el) {
        let text = doc.text(o);
        match doc.name(o) {
            "place" => place(doc, o, s),
            "publisher" => match parse_missing(text, MissingOf::Publisher) {
                Some(m) => s.publisher_missing = Some(m),
                None => {
                    s.publishers.push(text.to_owned());
                    groups.push(s.places.len().checked_sub(1));
                }
            },
            "dateIssued" => {
                dates.issued.push((doc.attr(o, "point"), text, doc.attr(o, "qualifier")))
            }
            "dateCreated" | "copyrightDate" => {
                dates.other.push((doc.attr(o, "point"), text, doc.attr(o, "qualifier")))
            }
            "displayDate" => dates.display = Some(text),
            "dateCaptured" => s.accessed = s.accessed.or(text.parse().ok()),
            "edition" => s.edition = Some(text.to_owned()),
            "issuance" => l.hints.issuance = Some(text.to_owned()),
            _ => {}
        }
    }
    // Publishers written between places are grouped with the place before them.
    let last = s.places.len().checked_sub(1);
    if groups.iter().any(|&g| g != last) {
        let groups: Option<Vec<usize>> = groups.into_iter().collect();
        if let Some(g) = groups {
            if (0..g.len()).any(|k| s.publisher_place(k) != Some(g[k])) {
                s.publisher_places = g;
            }
        }
    }
}

/// Reads forms and the extent; says whether a `form` says `electronic`.
fn physical_description(doc: &Doc<'_>, el: El, s: &mut Source) -> bool {
    let mut electronic = false;
    for p in doc.children(el) {
        let text = doc.text(p);
        match (doc.name(p), doc.attr(p, "type")) {
            ("form", Some(FORM_MEDIUM)) => s.medium = Some(text.to_owned()),
            ("form", Some(FORM_CONTENT)) => s.content_form = Some(text.to_owned()),
            ("form", _) => electronic |= text.eq_ignore_ascii_case("electronic"),
            ("extent", _) if s.extent.is_none() => s.extent = Some(text.to_owned()),
            _ => {}
        }
    }
    electronic
}

/// The DOI without its resolver or `doi:` prefixes, all of them (`doi:https://doi.org/…`),
/// so that what is read back from our own export is the same.
fn strip_doi(text: String) -> String {
    let mut rest = text.as_str();
    while let Some(r) = ["https://doi.org/", "http://dx.doi.org/", "doi:"]
        .iter()
        .find_map(|prefix| rest.strip_prefix(prefix))
    {
        rest = r;
    }
    if rest.len() == text.len() { text } else { rest.to_owned() }
}

fn title_info(doc: &Doc<'_>, el: El, s: &mut Source) {
    match doc.attr(el, "type") {
        Some("translated") => {
            if let Some(t) = doc.child(el, "title") {
                s.title.parallel.push(doc.text(t).to_owned());
            }
        }
        Some(_) => {}
        None if s.title.main.is_empty() && s.title.other.is_empty() => {
            let non_sort = doc.child_text(el, "nonSort").unwrap_or("");
            let sep = if non_sort.is_empty() || non_sort.ends_with([' ', '\'']) {
                ""
            } else {
                " "
            };
            s.title.main = format!(
                "{non_sort}{sep}{}",
                doc.child(el, "title").map_or("", |t| doc.text(t))
            );
            s.title.supplied = doc.attr(el, "supplied") == Some("yes");
            for c in doc.children(el) {
                let text = doc.text(c).to_owned();
                match doc.name(c) {
                    "subTitle" => s.title.other.push(text),
                    "partNumber" => s.numbering.volume = Some(text),
                    "partName" => s.numbering.volume_title = Some(text),
                    _ => {}
                }
            }
        }
        None => {}
    }
}

/// Whether a given name is written as initials (`А. М.`, `P P`).
pub(super) fn looks_like_initials(given: &str) -> bool {
    let mut tokens = given.split_whitespace().peekable();
    tokens.peek().is_some() && tokens.all(|t| t.ends_with('.') || t.chars().count() == 1)
}

fn name(doc: &Doc<'_>, el: El, s: &mut Source) {
    if doc.child(el, "etal").is_some() {
        s.authors_et_al = true;
        return;
    }
    // family, given, termsOfAddress, untyped; repeated parts are joined.
    let mut parts: [Option<String>; 4] = Default::default();
    let (mut initials, mut as_written) = (None, None);
    let (mut code, mut text, mut display) = (None, None, None);
    for c in doc.children(el) {
        match doc.name(c) {
            "namePart" => {
                let slot = match doc.attr(c, "type") {
                    Some("family") => 0,
                    Some("given") => 1,
                    Some("termsOfAddress") => 2,
                    Some(_) => continue,
                    None => 3,
                };
                let sep = if slot == 3 { ". " } else { " " };
                match &mut parts[slot] {
                    Some(p) => {
                        p.push_str(sep);
                        p.push_str(doc.text(c));
                    }
                    None => parts[slot] = Some(doc.text(c).to_owned()),
                }
            }
            "displayForm" => display = display.or(Some(doc.text(c))),
            "alternativeName" => {
                let part = doc.child(c, "namePart").map(|p| doc.text(p).to_owned());
                match doc.attr(c, "altType") {
                    Some("initials") => initials = part,
                    Some("as written") => as_written = part,
                    _ => {}
                }
            }
            "role" => {
                for t in doc.children_named(c, "roleTerm") {
                    match doc.attr(t, "type") {
                        Some("code") => code = code.or(Some(doc.text(t))),
                        _ => text = text.or(Some(doc.text(t))),
                    }
                }
            }
            _ => {}
        }
    }
    let [family, given, particle, untyped] = parts;
    // A name given only as a display form is read like one untyped part.
    let untyped = untyped.or_else(|| {
        display.filter(|_| family.is_none() && given.is_none()).map(str::to_owned)
    });
    let whole = untyped.unwrap_or_default();
    let personal = match doc.attr(el, "type") {
        Some("personal") => true,
        Some(_) => false,
        None => {
            family.is_some()
                || given.is_some()
                || !whole.contains(' ')
                || whole.contains(',')
        }
    };
    let n = if personal {
        let (mut family, mut given) = (family.unwrap_or_default(), given);
        if family.is_empty() {
            match whole.split_once(',') {
                Some((f, g)) => {
                    family = f.trim().to_owned();
                    given = given
                        .or_else(|| Some(g.trim().to_owned()).filter(|g| !g.is_empty()));
                }
                // GOST heading without a comma: `Иванов И. И.`.
                None => match whole.split_once(' ') {
                    Some((f, g)) if given.is_none() && looks_like_initials(g) => {
                        family = f.to_owned();
                        given = Some(g.trim().to_owned());
                    }
                    _ => family = whole,
                },
            }
        }
        let (given, initials) = match (given, initials) {
            (Some(g), None) if looks_like_initials(&g) => (None, Some(g)),
            pair => pair,
        };
        Name::Person(Person { family, initials, given, particle, as_written })
    } else {
        Name::Organization(whole)
    };
    match role_from_terms(code, text) {
        RoleTerm::Role(Role::Author) => s.authors.push(n),
        RoleTerm::Role(role) => s.contributors.push(Contributor::new(n, role)),
        RoleTerm::DegreeGrantor => {
            let inst = match n {
                Name::Organization(o) => o,
                Name::Person(p) => p.family,
            };
            s.thesis.get_or_insert_with(Thesis::default).institution = Some(inst);
        }
    }
}

fn place(doc: &Doc<'_>, el: El, s: &mut Source) {
    let mut name = None;
    let mut written = None;
    for t in doc.children_named(el, "placeTerm") {
        if doc.attr(t, "type") == Some("code") {
            continue;
        }
        if doc.attr(t, "authority") == Some(LOCAL) {
            written = Some(doc.text(t).to_owned());
        } else if name.is_none() {
            name = Some(doc.text(t));
        }
    }
    let Some(name) = name else { return };
    match parse_missing(name, MissingOf::Place).filter(|_| written.is_none()) {
        Some(m) => s.place_missing = Some(m),
        None => s.places.push(Place { name: name.to_owned(), written }),
    }
}

fn read_dates(dates: &[(Option<&str>, &str, Option<&str>)], s: &mut Source) {
    let mut date: Option<Date> = None;
    let mut start_point = None;
    for &(point, text, qualifier) in dates {
        match parse_date_text(text) {
            DateText::Date(pd, interval_end, flags) => {
                let d = match (&mut date, point) {
                    (Some(d), Some("end")) => {
                        d.end = Some(pd);
                        d
                    }
                    (Some(d), _) => d,
                    (None, _) => {
                        start_point = point;
                        let mut d = Date::new(pd);
                        d.end = interval_end;
                        date.insert(d)
                    }
                };
                d.approximate |= flags[0] || qualifier == Some("approximate");
                d.uncertain |= flags[1] || qualifier == Some("questionable");
                d.supplied |= flags[2] || qualifier == Some("inferred");
            }
            DateText::Missing(m) => s.date_missing = Some(m),
            DateText::Unknown => {}
        }
    }
    if let Some(d) = &mut date {
        d.open = start_point == Some("start") && d.end.is_none();
    }
    s.date = date;
}

fn language(doc: &Doc<'_>, el: El) -> Option<LanguageIdentifier> {
    let (mut tag, mut lang, mut script) = (None, None, None);
    for c in doc.children(el) {
        let text = doc.text(c);
        match (doc.name(c), doc.attr(c, "authority")) {
            ("languageTerm", Some("rfc5646" | "rfc4646" | "rfc3066")) => {
                tag = crate::lang::parse_language_tag(text)
            }
            ("languageTerm", Some("iso639-2b" | "iso639-2t" | "iso639-3")) => {
                lang = lang.or_else(|| language_from_iso639(text));
            }
            ("languageTerm", None)
                if doc.attr(c, "type") != Some("text") || text.len() <= 3 =>
            {
                lang = lang.or_else(|| match text.len() {
                    2 => Some(text.to_ascii_lowercase()),
                    _ => language_from_iso639(text),
                });
            }
            ("scriptTerm", _) if text.len() == 4 => script = Some(text),
            _ => {}
        }
    }
    if tag.is_some() {
        return tag;
    }
    let lang = lang?;
    match script.filter(|sc| *sc != default_script(&lang)) {
        Some(sc) => crate::lang::parse_language_tag(&format!("{lang}-{sc}")),
        None => crate::lang::parse_language_tag(&lang),
    }
}

fn location(doc: &Doc<'_>, el: El, s: &mut Source) {
    for c in doc.children(el) {
        let text = doc.text(c).to_owned();
        match doc.name(c) {
            "physicalLocation" => {
                s.archive.get_or_insert_with(Archive::default).repository = text
            }
            "shelfLocator" => {
                s.archive.get_or_insert_with(Archive::default).location = Some(text)
            }
            "url" if s.url.is_none() => {
                if let Some(d) = doc
                    .attr(c, "dateLastAccessed")
                    .and_then(|d| d.parse::<PartialDate>().ok())
                {
                    s.accessed = Some(d);
                }
                s.url = Some(text);
            }
            _ => {}
        }
    }
}

fn series(doc: &Doc<'_>, el: El) -> Series {
    let ti = doc.child(el, "titleInfo");
    let title = ti.and_then(|t| doc.child(t, "title")).map_or("", |t| doc.text(t));
    let number = ti
        .and_then(|t| doc.child_text(t, "partNumber"))
        .or_else(|| {
            let part = doc.child(el, "part")?;
            let detail = doc.child(part, "detail")?;
            doc.child_text(detail, "number")
        })
        .map(str::to_owned);
    Series::new(title, number)
}

/// Reads a `<part>`: numbering of the level, locators of its child (when `own` is false),
/// and the archival cipher.
fn read_part(doc: &Doc<'_>, el: El, l: &mut Level, own: bool) {
    let s = &mut l.source;
    let mut loc = Numbering::default();
    for c in doc.children(el) {
        match doc.name(c) {
            "detail" => {
                let value = doc
                    .child(c, "number")
                    .map(|n| doc.text(n))
                    .or_else(|| doc.child_text(c, "title"))
                    .or_else(|| doc.child_text(c, "caption"))
                    .map(str::to_owned);
                let kind = doc.attr(c, "type").unwrap_or("");
                if kind == "volume" && value.is_some() {
                    // A volume number in `part` beats a `titleInfo/partNumber` (`Т. 1`).
                    s.numbering.volume = value;
                    continue;
                }
                let n = &mut s.numbering;
                let slot = match kind {
                    "part" => &mut n.part,
                    "book" => &mut n.book,
                    "issue" | "number" => &mut n.issue,
                    "chapter" => &mut loc.chapter,
                    "article" | "section" => &mut loc.section,
                    "page" => &mut loc.pages,
                    "fond" => &mut s.archive.get_or_insert_with(Archive::default).fond,
                    "inventory" => {
                        &mut s.archive.get_or_insert_with(Archive::default).inventory
                    }
                    "file" => &mut s.archive.get_or_insert_with(Archive::default).file,
                    _ => continue,
                };
                *slot = slot.take().or(value);
            }
            "extent" => {
                let value = doc.child_text(c, "list").map(str::to_owned).or_else(|| {
                    let total = doc.child_text(c, "total");
                    join_range(doc.child_text(c, "start"), doc.child_text(c, "end"))
                        .or(total.map(str::to_owned))
                });
                match doc.attr(c, "unit").unwrap_or("pages") {
                    "pages" | "page" | "pp" | "p" => {
                        loc.pages = loc.pages.take().or(value)
                    }
                    unit @ ("volumes" | "books") => {
                        s.numbering.volumes = value;
                        s.numbering.volumes_in_books = unit == "books";
                    }
                    "leaves" => {
                        s.archive.get_or_insert_with(Archive::default).leaves = value
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    merge_locators(
        if own { &mut l.source.numbering } else { &mut l.child_locators },
        loc,
    );
}

fn merge_locators(into: &mut Numbering, from: Numbering) {
    into.chapter = into.chapter.take().or(from.chapter);
    into.section = into.section.take().or(from.section);
    into.pages = into.pages.take().or(from.pages);
}
