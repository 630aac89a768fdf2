//! CSL-JSON item → [`Source`].
//!
//! [`standard_source`] reads the standard fields the way any CSL-JSON producer (Zotero,
//! pandoc, our own export) writes them; [`item_source`] then applies the
//! `custom.gostbib` patch when the item has one.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use unic_langid::LanguageIdentifier;

use super::{custom, keys};
use crate::Error;
use crate::lang::expand_city;
use crate::{
    Archive, Contributor, Date, Kind, Name, Origin, PartialDate, Person, Place, Role,
    Series, Source, Thesis, Title,
};

/// Reads an array of items or one item; see [`super::from_csl_json`].
pub(super) fn read(input: &str) -> Result<Vec<Source>, Error> {
    let mut de = serde_json::Deserializer::from_str(input);
    let sources = de.deserialize_any(ItemsVisitor).and_then(|s| de.end().map(|()| s));
    sources.map_err(|e| csl_error(input, &e))
}

/// A serde_json error as [`Error::Csl`], its byte column turned into characters.
fn csl_error(input: &str, e: &serde_json::Error) -> Error {
    let line_start: usize =
        input.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
    let position = crate::Position::of(input, line_start + e.column().saturating_sub(1));
    let message = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message).to_owned();
    Error::Csl { position, message }
}

/// The top level: an array of items or one item.
struct ItemsVisitor;

impl<'de> Visitor<'de> for ItemsVisitor {
    type Value = Vec<Source>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a CSL-JSON array of items or a single item object")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut sources = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(s) = seq.next_element_seed(ItemVisitor(sources.len()))? {
            sources.push(s);
        }
        Ok(sources)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        ItemVisitor(0).visit_map(map).map(|s| vec![s])
    }
}

/// One item, with its index in the array for messages.
struct ItemVisitor(usize);

impl<'de> DeserializeSeed<'de> for ItemVisitor {
    type Value = Source;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ItemVisitor {
    type Value = Source;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "item {} to be a CSL-JSON object", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut item = Map::new();
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            item.insert(key, value);
        }
        item_source(&item).map_err(|m| de::Error::custom(format!("item {}: {m}", self.0)))
    }
}

/// The source an item describes: its standard fields, then its `custom.gostbib` patch.
///
/// When the patch says the `note` is not the source's GOST notes, the note is the
/// text the source was parsed from (export writes `origin.text` there), and it becomes
/// the [`Origin`] again, its position counted in the note itself.
///
/// # Errors
/// A message when `custom.gostbib` is not a patch that gives a gostbib source.
pub(super) fn item_source(item: &Map<String, Value>) -> Result<Source, String> {
    let base = standard_source(item);
    let Some(patch) = item.get("custom").and_then(|c| c.get(custom::KEY)) else {
        return Ok(base);
    };
    if !patch.is_object() {
        return Err(format!("`custom.{}` must be an object", custom::KEY));
    }
    let mut value = serde_json::to_value(&base).map_err(|e| e.to_string())?;
    custom::apply(&mut value, patch);
    let mut source: Source = serde_json::from_value(value).map_err(|e| {
        format!("`custom.{}` does not give a valid source: {e}", custom::KEY)
    })?;
    if let Some(note) = text(item, keys::NOTE) {
        if patch.get("notes").is_some() && source.notes.join("\n") != note {
            source.origin =
                Some(Origin { span: 0..note.len(), line: 1, column: 1, text: note });
        }
    }
    Ok(source)
}

/// The source the standard CSL fields of an item describe. Never fails: values of an
/// unexpected shape are ignored.
///
/// Container data (volume, issue, place, publisher, date, edition, series, ISBN, ISSN,
/// editors) go to a host built from `container-title`; the locators (page, chapter,
/// section) stay on the part.
pub(super) fn standard_source(item: &Map<String, Value>) -> Source {
    let mut kind =
        text(item, keys::TYPE).and_then(|t| t.parse().ok()).unwrap_or(Kind::Other);
    if kind == Kind::Book {
        kind = match (text(item, keys::VOLUME), text(item, keys::NUMBER_OF_VOLUMES)) {
            (Some(_), _) if item.contains_key(keys::CONTAINER_TITLE) => Kind::Book,
            (Some(_), Some(_)) => Kind::Volume,
            (None, Some(_)) => Kind::MultiVolume,
            _ => Kind::Book,
        };
    }
    let genre = text(item, keys::GENRE);
    if kind == Kind::Thesis && genre.as_deref().is_some_and(|g| g.contains("автореф"))
    {
        kind = Kind::Autoreferat;
    }
    let language = text(item, keys::LANGUAGE).and_then(|l| language(&l));
    let mut s = Source {
        authors: names(item, keys::AUTHOR),
        title: title(text(item, keys::TITLE)),
        medium: text(item, keys::MEDIUM),
        numbering: crate::Numbering {
            chapter: text(item, keys::CHAPTER_NUMBER),
            pages: text(item, keys::PAGE),
            section: text(item, keys::SECTION),
            ..Default::default()
        },
        extent: text(item, keys::NUMBER_OF_PAGES).map(|n| extent(&n, language.as_ref())),
        url: text(item, keys::URL),
        accessed: item.get(keys::ACCESSED).and_then(date).map(|d| d.start),
        archive: archive(item),
        thesis: genre
            .filter(|_| matches!(kind, Kind::Thesis | Kind::Autoreferat))
            .map(|degree| Thesis { degree, ..Thesis::default() }),
        notes: text(item, keys::NOTE)
            .map(|n| n.split('\n').filter(|l| !l.is_empty()).map(str::to_owned).collect())
            .unwrap_or_default(),
        language: language.clone(),
        ..Source::new(kind)
    };
    s.identifiers.doi = text(item, keys::DOI);
    let container = text(item, keys::CONTAINER_TITLE);
    let container_authors = names(item, "container-author");
    let mut host =
        (container.is_some() || !container_authors.is_empty()).then(|| Source {
            title: Title::new(container.unwrap_or_default()),
            authors: container_authors,
            ..Source::new(host_kind(kind))
        });
    for (key, role, of_container) in CONTRIBUTOR_KEYS {
        let target = if *of_container { host.as_mut().unwrap_or(&mut s) } else { &mut s };
        target.contributors.extend(
            names(item, key).into_iter().map(|n| Contributor::new(n, role.clone())),
        );
    }
    read_container_data(host.as_mut().unwrap_or(&mut s), item, language.as_ref());
    s.host = host.map(Box::new);
    s
}

/// CSL name keys read as contributors: (key, role, whether the name belongs to the
/// container when there is one). In CSL an `editor` of a chapter edits the book.
const CONTRIBUTOR_KEYS: &[(&str, Role, bool)] = &[
    ("editor", Role::Editor, true),
    ("editorial-director", Role::ChiefEditor, true),
    ("translator", Role::Translator, false),
    ("compiler", Role::Compiler, false),
    ("illustrator", Role::Illustrator, false),
];

/// Volume, issue, place, publisher, date, edition, series and ISBN/ISSN, which describe
/// the container when there is one.
fn read_container_data(
    t: &mut Source,
    item: &Map<String, Value>,
    lang: Option<&LanguageIdentifier>,
) {
    t.numbering.volume = text(item, keys::VOLUME);
    t.numbering.volume_title = text(item, "volume-title");
    t.numbering.volumes = text(item, keys::NUMBER_OF_VOLUMES);
    // `part` is the name of `part-number` in the csl-data.json input schema.
    t.numbering.part = text(item, keys::PART_NUMBER).or_else(|| text(item, "part"));
    t.numbering.issue = text(item, keys::ISSUE);
    t.places = split_list(item, keys::PUBLISHER_PLACE)
        .into_iter()
        .map(|p| match expand_city(&p) {
            Some(full) => Place::abbreviated(full, p),
            None => Place::new(p),
        })
        .collect();
    t.publishers = split_list(item, keys::PUBLISHER);
    t.date = item.get(keys::ISSUED).and_then(date);
    t.edition = text(item, keys::EDITION).map(|e| edition(&e, lang));
    if let Some(title) = text(item, keys::COLLECTION_TITLE) {
        t.series.push(Series::new(title, text(item, keys::COLLECTION_NUMBER)));
    }
    t.identifiers.isbn = text(item, keys::ISBN)
        .map(|i| {
            i.split([';', ','])
                .map(str::trim)
                .filter(|i| !i.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    t.identifiers.issn = text(item, keys::ISSN);
}

/// The kind of the host a `container-title` names, by the kind of the part.
fn host_kind(kind: Kind) -> Kind {
    match kind {
        Kind::Article | Kind::NewspaperArticle | Kind::Law => Kind::Periodical,
        Kind::WebPage | Kind::WebSite => Kind::WebSite,
        _ => Kind::Book,
    }
}

/// A text field: a non-blank string, or a number written as text.
fn text(item: &Map<String, Value>, key: &str) -> Option<String> {
    match item.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A `; `-separated list (places, publishers).
fn split_list(item: &Map<String, Value>, key: &str) -> Vec<String> {
    text(item, key)
        .map(|v| {
            v.split(';')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Title proper and other title information, split at `: ` (or GOST's ` : `).
fn title(text: Option<String>) -> Title {
    let Some(text) = text else { return Title::default() };
    let mut parts = text.split(": ").map(|p| p.trim().to_owned());
    Title {
        main: parts.next().unwrap_or_default(),
        other: parts.collect(),
        ..Title::default()
    }
}

fn names(item: &Map<String, Value>, key: &str) -> Vec<Name> {
    match item.get(key) {
        Some(Value::Array(list)) => list.iter().filter_map(name).collect(),
        _ => Vec::new(),
    }
}

/// A CSL name object as a [`Name`]: `literal` is an organisation; `given` is read as
/// initials when every word of it ends with a period (`А. М.`, `Ж.-П.`).
fn name(value: &Value) -> Option<Name> {
    let obj = value.as_object()?;
    let get = |k: &str| text(obj, k);
    let family = get(keys::FAMILY);
    let given = get(keys::GIVEN);
    let Some(family) =
        family.or_else(|| given.clone().filter(|_| get(keys::LITERAL).is_none()))
    else {
        return get(keys::LITERAL).map(Name::Organization);
    };
    let given = given.filter(|g| *g != family);
    let (initials, given) = match given {
        Some(g) if g.split_whitespace().all(|w| w.ends_with('.')) => (Some(g), None),
        g => (None, g),
    };
    Some(Name::Person(Person {
        family,
        initials,
        given,
        particle: get(keys::PARTICLE).or_else(|| get("dropping-particle")),
        as_written: None,
    }))
}

/// A CSL date: `date-parts` (one date or a range) with `circa`; failing that, an EDTF
/// string (`edtf`, `raw`, or the date given as a string: `1945~`, `1985/1986`,
/// `1997/..`); failing that, the first four-digit year of `literal`.
pub(super) fn date(value: &Value) -> Option<Date> {
    let obj = match value {
        Value::String(edtf) => return edtf_date(edtf),
        Value::Object(obj) => obj,
        _ => return None,
    };
    let parts: Vec<PartialDate> = match obj.get(keys::DATE_PARTS) {
        Some(Value::Array(list)) => list.iter().filter_map(date_part).collect(),
        _ => Vec::new(),
    };
    let mut date = match parts.first() {
        Some(start) => {
            let mut d = Date::new(*start);
            d.end = parts.get(1).copied().filter(|e| e != start);
            d
        }
        None => ["edtf", "raw"]
            .into_iter()
            .find_map(|k| text(obj, k).and_then(|t| edtf_date(&t)))
            .or_else(|| {
                text(obj, "literal").and_then(|l| first_year(&l)).map(Date::year)
            })?,
    };
    date.approximate |= obj.get("circa").is_some_and(|c| match c {
        Value::Bool(b) => *b,
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        _ => true,
    });
    Some(date)
}

/// An EDTF date or interval (level 1 qualifiers): `1945`, `1924-10-29`, `1945~`
/// (approximate), `1945?` (uncertain), `1945%` (both), `1985/1986`, `1997/..` (open).
fn edtf_date(text: &str) -> Option<Date> {
    let mut date = None::<Date>;
    for (i, part) in text.trim().split('/').enumerate() {
        let part = part.trim();
        let core = part.trim_end_matches(['~', '?', '%']);
        let flags = &part[core.len()..];
        match (i, core.parse::<PartialDate>()) {
            (0, Ok(start)) => date = Some(Date::new(start)),
            (1, Ok(end)) => date.as_mut()?.end = Some(end),
            (1, Err(_)) if core == ".." || core.is_empty() => date.as_mut()?.open = true,
            _ => return None,
        }
        let d = date.as_mut()?;
        d.approximate |= flags.contains(['~', '%']);
        d.uncertain |= flags.contains(['?', '%']);
    }
    date
}

/// One `[year, month, day]` array; numbers may be strings or whole floats, zero means
/// absent.
fn date_part(value: &Value) -> Option<PartialDate> {
    let nums: Vec<i64> = value
        .as_array()?
        .iter()
        .map_while(|v| match v {
            Value::Number(n) => n
                .as_i64()
                .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64)),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        })
        .collect();
    let year = i32::try_from(*nums.first()?).ok()?;
    let in_range = |i: usize, max: i64| {
        nums.get(i).filter(|n| (1..=max).contains(*n)).and_then(|n| u8::try_from(*n).ok())
    };
    let month = in_range(1, 12);
    let day = month.and(in_range(2, 31));
    Some(PartialDate { year, month, day })
}

fn first_year(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit()).find(|d| d.len() == 4)?.parse().ok()
}

/// A BCP 47 tag, or a language name or ISO 639-2 code CSL producers often write.
fn language(tag: &str) -> Option<LanguageIdentifier> {
    let alias = match tag.trim().to_lowercase().as_str() {
        "russian" | "русский" | "rus" => "ru",
        "english" | "eng" => "en",
        "german" | "deutsch" | "ger" | "deu" => "de",
        "french" | "français" | "fre" | "fra" => "fr",
        "ukrainian" | "українська" | "ukr" => "uk",
        _ => tag,
    };
    crate::lang::parse_language_tag(&alias.trim().replace('_', "-"))
}

/// The edition statement for an edition number (`2` → `2-е изд.` in Russian).
fn edition(value: &str, lang: Option<&LanguageIdentifier>) -> String {
    if !value.chars().all(|c| c.is_ascii_digit()) {
        return value.to_owned();
    }
    match lang.map(|l| l.language.as_str()) {
        Some("en") => {
            let n = value.parse::<u64>().unwrap_or(0);
            let suffix = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            format!("{value}{suffix} ed.")
        }
        Some("de") => format!("{value}. Aufl."),
        Some("fr") => format!("{value}e éd."),
        Some("ru" | "be") | None => format!("{value}-е изд."),
        Some("uk") => format!("{value}-ге вид."),
        Some(_) => value.to_owned(),
    }
}

/// The extent for a number of pages (`245` → `245 с.` in Russian, `245 p.` otherwise).
fn extent(pages: &str, lang: Option<&LanguageIdentifier>) -> String {
    let label = match lang.map(|l| l.language.as_str()) {
        Some("ru" | "uk" | "be") | None => "с.",
        Some("de") => "S.",
        Some(_) => "p.",
    };
    format!("{pages} {label}")
}

/// `archive` and `archive_location`; the cipher's fond, opis, delo and leaves are read
/// from the location where it labels them (`Ф. 5446. Оп. 1. Д. 50. Л. 10–12`).
fn archive(item: &Map<String, Value>) -> Option<Archive> {
    let repository = text(item, keys::ARCHIVE);
    let location = text(item, keys::ARCHIVE_LOCATION);
    if repository.is_none() && location.is_none() {
        return None;
    }
    let mut a =
        Archive { repository: repository.unwrap_or_default(), ..Archive::default() };
    if let Some(loc) = &location {
        for (label, value) in cipher_units(loc) {
            let slot = match label.as_str() {
                "ф" | "фонд" => &mut a.fond,
                "оп" | "опись" => &mut a.inventory,
                "д" | "дело" => &mut a.file,
                "л" | "лл" => &mut a.leaves,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
    }
    a.location = location;
    Some(a)
}

/// Labels of archival cipher units, lowercase, without the period.
const CIPHER_LABELS: &[&str] = &["ф", "фонд", "оп", "опись", "д", "дело", "л", "лл"];

/// The labelled units of an archival cipher: (`ф`, `5446`), (`оп`, `1`), …
/// A label is a word from [`CIPHER_LABELS`] followed by a period (`Ф.`, `Оп.163.`);
/// its value runs to the next label.
fn cipher_units(location: &str) -> Vec<(String, String)> {
    let mut units: Vec<(String, Vec<&str>)> = Vec::new();
    for word in location.split_whitespace() {
        let label = word.split_once('.').and_then(|(l, rest)| {
            let l = l.to_lowercase();
            CIPHER_LABELS.contains(&l.as_str()).then_some((l, rest))
        });
        match (label, units.last_mut()) {
            (Some((l, rest)), _) => {
                units.push((l, if rest.is_empty() { vec![] } else { vec![rest] }))
            }
            (None, Some(last)) => last.1.push(word),
            (None, None) => {}
        }
    }
    units
        .into_iter()
        .filter_map(|(label, words)| {
            let v = words.join(" ");
            let v = v.trim_end_matches([',', ';']);
            // `5446.` ends the unit; `34 об.` keeps the period of its abbreviation.
            let v = match v.strip_suffix('.') {
                Some(head) if head.ends_with(|c: char| c.is_ascii_digit()) => head,
                _ => v,
            };
            (!v.is_empty()).then(|| (label, v.to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn units(loc: &str) -> Vec<(String, String)> {
        cipher_units(loc)
    }

    #[test]
    fn archival_ciphers_are_split_into_units() {
        let u = units("Ф. 5446. Оп. 1. Д. 50. Л. 10–12");
        let want = [("ф", "5446"), ("оп", "1"), ("д", "50"), ("л", "10–12")];
        assert_eq!(u, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
        let u = units("ф. 2306, оп. 1, д. 2895, л. 1—1 об.");
        assert_eq!(u[3], ("л".to_owned(), "1—1 об.".to_owned()));
        let u = units("Ф. 17. Оп.163. Д. 1323. Л. 57");
        assert_eq!(u[1], ("оп".to_owned(), "163".to_owned()));
        assert!(units("Р7523 105 168").is_empty());
    }

    #[test]
    fn given_names_are_initials_or_full_names() {
        let n = name(&json!({"family": "Панкратова", "given": "А. М."})).unwrap();
        assert_eq!(n, Name::Person(Person::new("Панкратова", "А. М.")));
        let n =
            name(&json!({"family": "Правда", "given": "Андрей Владимирович"})).unwrap();
        let Name::Person(p) = n else { panic!("a person") };
        assert_eq!(p.given.as_deref(), Some("Андрей Владимирович"));
        assert_eq!(p.initials, None);
        let org = name(&json!({"literal": "ГА РФ"})).unwrap();
        assert_eq!(org, Name::Organization("ГА РФ".into()));
        assert_eq!(name(&json!({})), None);
        assert_eq!(name(&json!("Иванов")), None);
    }

    #[test]
    fn dates_in_every_shape() {
        let d = date(&json!({"date-parts": [["1985"], [1986]]})).unwrap();
        assert_eq!((d.start.year, d.end.map(|e| e.year)), (1985, Some(1986)));
        let d = date(&json!({"date-parts": [[1989, 0]], "circa": true})).unwrap();
        assert!(d.approximate);
        assert_eq!(d.start, PartialDate::year(1989));
        let d = date(&json!({"date-parts": [[1924.0, 10, "29"]]})).unwrap();
        assert_eq!(d.start, PartialDate::ymd(1924, 10, 29));
        let d = date(&json!({"raw": "2020-03-12"})).unwrap();
        assert_eq!(d.start, PartialDate::ymd(2020, 3, 12));
        let d = date(&json!("1945~/1950?")).unwrap();
        assert!(d.approximate && d.uncertain);
        assert_eq!(d.end, Some(PartialDate::year(1950)));
        let d = date(&json!({"edtf": "1997/.."})).unwrap();
        assert!(d.open && d.end.is_none());
        assert_eq!(date(&json!("1997/1998/1999")), None);
        assert_eq!(date(&json!("осень")), None);
        let d = date(&json!({"literal": "осень 1941 г."})).unwrap();
        assert_eq!(d.start, PartialDate::year(1941));
        assert_eq!(date(&json!({"date-parts": [[]]})), None);
        assert_eq!(date(&json!("1945")), Some(Date::year(1945)), "an EDTF string");
        assert_eq!(date(&json!(1945)), None);
    }

    #[test]
    fn foreign_items_get_a_host_from_container_title() {
        let item = json!({
            "type": "article-journal", "title": "Статья: подзаголовок",
            "container-title": "Вопросы философии", "issue": 10, "page": "76–86",
            "issued": {"date-parts": [[1992]]}, "editor": [{"family": "Иванов"}],
            "publisher-place": "М.", "edition": "2", "language": "Russian"
        });
        let s = standard_source(item.as_object().unwrap());
        assert_eq!(s.kind, Kind::Article);
        assert_eq!(s.title.other, ["подзаголовок"]);
        let gost = json!({"type": "book", "title": "Основы : учеб. пособие"});
        let t = standard_source(gost.as_object().unwrap()).title;
        assert_eq!(
            (t.main.as_str(), t.other.as_slice()),
            ("Основы", &["учеб. пособие".to_owned()][..])
        );
        assert_eq!(s.numbering.pages.as_deref(), Some("76–86"));
        let host = s.host.as_deref().unwrap();
        assert_eq!(host.kind, Kind::Periodical);
        assert_eq!(host.numbering.issue.as_deref(), Some("10"));
        assert_eq!(host.date, Some(Date::year(1992)));
        assert_eq!(host.contributors[0].role, Role::Editor);
        assert_eq!(host.places, [Place::abbreviated("Москва", "М.")]);
        assert_eq!(host.edition.as_deref(), Some("2-е изд."));
        assert_eq!(s.language, Some("ru".parse().unwrap()));
    }

    #[test]
    fn books_with_volumes_are_volumes_or_sets() {
        let kind = |v: Value| standard_source(v.as_object().unwrap()).kind;
        assert_eq!(
            kind(json!({"type": "book", "volume": "2", "number-of-volumes": "3"})),
            Kind::Volume
        );
        assert_eq!(
            kind(json!({"type": "book", "number-of-volumes": "3"})),
            Kind::MultiVolume
        );
        assert_eq!(
            kind(json!({"type": "thesis", "genre": "автореф. дис. … канд. ист. наук"})),
            Kind::Autoreferat
        );
        assert_eq!(kind(json!({"type": "nonsense"})), Kind::Other);
        let part = json!({"type": "book", "part": 2});
        assert_eq!(
            standard_source(part.as_object().unwrap()).numbering.part.as_deref(),
            Some("2")
        );
    }

    #[test]
    fn english_editions_get_ordinals() {
        let en: LanguageIdentifier = "en".parse().unwrap();
        assert_eq!(edition("2", Some(&en)), "2nd ed.");
        assert_eq!(edition("11", Some(&en)), "11th ed.");
        assert_eq!(edition("21", Some(&en)), "21st ed.");
        assert_eq!(edition("Rev. ed.", Some(&en)), "Rev. ed.");
    }
}
