//! Source → the standard CSL-JSON fields of `../shared/corpus/ANNOTATION.md`.
//!
//! Only the fields the annotation contract lists are written here; everything else a
//! [`Source`] holds goes to the `custom` object (see [`super::custom`]).

use serde_json::{Map, Value, json};

use super::keys;
use crate::{Date, Name, PartialDate, Source};

/// The standard CSL fields of one source, without `id` and `custom`.
pub(super) fn standard_fields(s: &Source) -> Map<String, Value> {
    let mut item = Map::new();
    item.insert(keys::TYPE.into(), s.kind.csl_type().into());
    put_names(&mut item, keys::AUTHOR, s.authors.iter());
    for (key, roles) in keys::ROLE_KEYS {
        let names = chain(s)
            .flat_map(|level| &level.contributors)
            .filter(|c| roles.contains(&c.role))
            .map(|c| &c.name);
        put_names(&mut item, key, names);
    }
    put_text(&mut item, keys::TITLE, title_text(s));
    put_text(
        &mut item,
        keys::MEDIUM,
        first_text(s, |l| l.medium.clone().or(l.content_form.clone())),
    );
    // The nearest host with a title proper: a volume known only by its number leaves
    // the title to the multi-volume work above it.
    put_text(
        &mut item,
        keys::CONTAINER_TITLE,
        s.hosts().map(|h| h.title.main.clone()).find(|t| !t.trim().is_empty()),
    );
    put_text(&mut item, keys::VOLUME, first_text(s, |l| l.numbering.volume.clone()));
    put_text(
        &mut item,
        keys::NUMBER_OF_VOLUMES,
        first_text(s, |l| l.numbering.volumes.clone()),
    );
    put_text(
        &mut item,
        keys::PART_NUMBER,
        first_text(s, |l| l.numbering.part.clone().or(l.numbering.book.clone())),
    );
    put_text(&mut item, keys::ISSUE, first_text(s, |l| l.numbering.issue.clone()));
    put_text(
        &mut item,
        keys::CHAPTER_NUMBER,
        first_text(s, |l| l.numbering.chapter.clone()),
    );
    put_text(&mut item, keys::PAGE, first_text(s, |l| l.numbering.pages.clone()));
    put_text(&mut item, keys::SECTION, first_text(s, |l| l.numbering.section.clone()));
    // Any extent the reference gives, even after `//` (`… // arxiv. 2010. 16 p.`): the
    // contract records what the string says.
    put_text(
        &mut item,
        keys::NUMBER_OF_PAGES,
        first_text(s, |l| l.extent.as_deref().and_then(extent_number)),
    );
    put_text(
        &mut item,
        keys::EDITION,
        first_text(s, |l| l.edition.as_deref().map(edition_value)),
    );
    if let Some(series) = chain(s).find_map(|l| l.series.first()) {
        put_text(&mut item, keys::COLLECTION_TITLE, Some(series.title.clone()));
        put_text(&mut item, keys::COLLECTION_NUMBER, series.number.clone());
    }
    put_text(
        &mut item,
        keys::PUBLISHER_PLACE,
        chain(s).find(|l| !l.places.is_empty()).map(|l| {
            l.places
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(keys::LIST_SEP)
        }),
    );
    put_text(
        &mut item,
        keys::PUBLISHER,
        chain(s)
            .find(|l| !l.publishers.is_empty())
            .map(|l| l.publishers.join(keys::LIST_SEP)),
    );
    if let Some(date) = first(s, |l| l.date) {
        item.insert(keys::ISSUED.into(), date_value(&date));
    }
    put_text(&mut item, keys::URL, first_text(s, |l| l.url.clone()));
    if let Some(accessed) = first(s, |l| l.accessed) {
        item.insert(keys::ACCESSED.into(), date_parts(&[accessed]));
    }
    put_text(
        &mut item,
        keys::ISBN,
        chain(s)
            .find(|l| !l.identifiers.isbn.is_empty())
            .map(|l| l.identifiers.isbn.join(keys::LIST_SEP)),
    );
    put_text(&mut item, keys::ISSN, first_text(s, |l| l.identifiers.issn.clone()));
    put_text(&mut item, keys::DOI, first_text(s, |l| l.identifiers.doi.clone()));
    if let Some(archive) = first(s, |l| l.archive.clone()) {
        put_text(&mut item, keys::ARCHIVE, Some(archive.repository.clone()));
        put_text(&mut item, keys::ARCHIVE_LOCATION, archive_location(&archive));
    }
    put_text(
        &mut item,
        keys::GENRE,
        first_text(s, |l| l.thesis.as_ref().map(|t| t.degree.clone())),
    );
    put_text(
        &mut item,
        keys::LANGUAGE,
        first_text(s, |l| l.language.as_ref().map(|l| l.to_string())),
    );
    let note = match &s.origin {
        Some(origin) => Some(origin.text.clone()),
        None => Some(s.notes.join("\n")),
    };
    put_text(&mut item, keys::NOTE, note);
    item
}

/// The source and its hosts, nearest first.
fn chain(s: &Source) -> impl Iterator<Item = &Source> {
    std::iter::once(s).chain(s.hosts())
}

/// The first value found on the source or, failing that, on its hosts.
fn first<T>(s: &Source, f: impl FnMut(&Source) -> Option<T>) -> Option<T> {
    chain(s).find_map(f)
}

/// The first non-blank text found on the source or, failing that, on its hosts.
fn first_text(s: &Source, f: impl FnMut(&Source) -> Option<String>) -> Option<String> {
    chain(s).filter_map(f).find(|v| !v.trim().is_empty())
}

/// Inserts a text value unless it is missing or empty (CSL items have no empty strings).
fn put_text(item: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
        item.insert(key.into(), Value::String(v));
    }
}

fn put_names<'a>(
    item: &mut Map<String, Value>,
    key: &str,
    names: impl Iterator<Item = &'a Name>,
) {
    let list: Vec<Value> = names.filter_map(name_value).collect();
    if !list.is_empty() {
        item.insert(key.into(), Value::Array(list));
    }
}

/// A CSL name object: `{"family", "given", "non-dropping-particle"}` or `{"literal"}`.
///
/// The family name is the one written in the reference (the genitive after `под ред.`
/// when [`crate::Person::as_written`] is set), as the annotation contract asks; the
/// given name is the full given names when known, else the initials.
pub(super) fn name_value(name: &Name) -> Option<Value> {
    let mut obj = Map::new();
    match name {
        Name::Person(p) => {
            let family = p.as_written.as_deref().unwrap_or(&p.family);
            put_text(&mut obj, keys::FAMILY, Some(family.to_owned()));
            put_text(&mut obj, keys::GIVEN, p.given.clone().or(p.initials.clone()));
            put_text(&mut obj, keys::PARTICLE, p.particle.clone());
        }
        Name::Organization(o) => put_text(&mut obj, keys::LITERAL, Some(o.clone())),
    }
    (!obj.is_empty()).then_some(Value::Object(obj))
}

/// Title proper and other title information joined by `: `.
fn title_text(s: &Source) -> Option<String> {
    let parts: Vec<&str> = std::iter::once(&s.title.main)
        .chain(&s.title.other)
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(": "))
}

/// `{"date-parts": [[y, m, d]]}`, two date-parts for a range, `circa` when approximate
/// or uncertain.
pub(super) fn date_value(date: &Date) -> Value {
    let mut parts = vec![date.start];
    parts.extend(date.end);
    let mut value = date_parts(&parts);
    if date.approximate || date.uncertain {
        value["circa"] = Value::Bool(true);
    }
    value
}

fn date_parts(dates: &[PartialDate]) -> Value {
    let parts: Vec<Value> = dates
        .iter()
        .map(|d| {
            let mut p = vec![json!(d.year)];
            if let Some(m) = d.month {
                p.push(json!(m));
                if let Some(day) = d.day {
                    p.push(json!(day));
                }
            }
            Value::Array(p)
        })
        .collect();
    json!({ keys::DATE_PARTS: parts })
}

/// The first run of digits (`245 с.` → `245`, `[8] л.` → `8`).
pub(super) fn leading_number(text: &str) -> Option<String> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

/// The numbers of an extent without its unit: `245 с.` → `245`, `406, [2] с.` →
/// `406, [2]`, `XII, 245 p.` → `XII, 245`; the first run of digits when the extent does
/// not start with a number (`ил.` → none).
pub(super) fn extent_number(extent: &str) -> Option<String> {
    let is_number_char = |c: char| c.is_ascii_digit() || "[], +–-IVXLCDM".contains(c);
    let end = extent.find(|c: char| !is_number_char(c)).unwrap_or(extent.len());
    let numbers = extent[..end].trim_end_matches([' ', ',', '+', '–', '-']);
    // A lone capital right before the unit is the unit's letter (`245 C.`), not a numeral.
    let numbers = match numbers.rsplit_once(' ') {
        Some((head, last))
            if last.len() == 1 && !last.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            head.trim_end_matches([' ', ','])
        }
        _ => numbers,
    };
    if numbers.contains(|c: char| c.is_ascii_digit()) {
        Some(numbers.to_owned())
    } else {
        leading_number(extent)
    }
}

/// The number of a numbered edition (`2-е изд., перераб.` → `2`, `3rd ed.` → `3`),
/// else the statement as written.
pub(super) fn edition_value(edition: &str) -> String {
    let lower = edition.to_lowercase();
    let numbered = keys::EDITION_WORDS.iter().any(|w| lower.contains(w));
    match leading_number(edition) {
        Some(n) if numbered => n,
        _ => edition.to_owned(),
    }
}

/// The cipher as written, or one built from its parts (`Ф. 5446. Оп. 1. Д. 50. Л. 10`).
fn archive_location(a: &crate::Archive) -> Option<String> {
    if a.location.is_some() {
        return a.location.clone();
    }
    let parts: Vec<String> =
        [("Ф.", &a.fond), ("Оп.", &a.inventory), ("Д.", &a.file), ("Л.", &a.leaves)]
            .into_iter()
            .filter_map(|(label, v)| v.as_ref().map(|v| format!("{label} {v}")))
            .collect();
    (!parts.is_empty()).then(|| parts.join(". "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Person, Title};

    #[test]
    fn numbered_editions_give_their_number() {
        assert_eq!(edition_value("2-е изд., перераб. и доп."), "2");
        assert_eq!(edition_value("Изд. 3-е, испр."), "3");
        assert_eq!(edition_value("3rd ed."), "3");
        assert_eq!(edition_value("Ред. 2"), "2");
        assert_eq!(edition_value("Репринт. воспр. изд. 1914 г."), "1914");
        assert_eq!(
            edition_value("Репринтное воспроизведение"),
            "Репринтное воспроизведение"
        );
    }

    #[test]
    fn extent_numbers_drop_the_unit() {
        assert_eq!(extent_number("245 с.").as_deref(), Some("245"));
        assert_eq!(extent_number("406, [2] с., [8] л. ил.").as_deref(), Some("406, [2]"));
        assert_eq!(extent_number("XII, 245 p.").as_deref(), Some("XII, 245"));
        assert_eq!(extent_number("245 C.").as_deref(), Some("245"));
        assert_eq!(extent_number("[8] л. ил.").as_deref(), Some("[8]"));
        assert_eq!(extent_number("ил. 12").as_deref(), Some("12"));
        assert_eq!(extent_number("ил."), None);
    }

    #[test]
    fn extent_number_is_the_first_digit_run() {
        assert_eq!(leading_number("245 с.").as_deref(), Some("245"));
        assert_eq!(leading_number("[8] л. ил.").as_deref(), Some("8"));
        assert_eq!(leading_number("ил."), None);
    }

    #[test]
    fn ranges_and_approximate_dates() {
        let mut d = Date::range(PartialDate::year(1985), PartialDate::year(1986));
        assert_eq!(date_value(&d), json!({"date-parts": [[1985], [1986]]}));
        d.end = None;
        d.uncertain = true;
        assert_eq!(date_value(&d), json!({"date-parts": [[1985]], "circa": true}));
        let day = Date::new(PartialDate::ymd(1924, 10, 29));
        assert_eq!(date_value(&day), json!({"date-parts": [[1924, 10, 29]]}));
    }

    #[test]
    fn names_use_the_written_family_and_full_given_names() {
        let p = Person {
            as_written: Some("Кокотова".into()),
            given: Some("Александр Николаевич".into()),
            ..Person::new("Кокотов", "А. Н.")
        };
        let v = name_value(&Name::Person(p)).unwrap();
        assert_eq!(v, json!({"family": "Кокотова", "given": "Александр Николаевич"}));
        let org = name_value(&Name::Organization("ГА РФ".into())).unwrap();
        assert_eq!(org, json!({"literal": "ГА РФ"}));
        assert_eq!(name_value(&Name::Organization(String::new())), None);
    }

    #[test]
    fn container_title_skips_a_host_known_only_by_number() {
        let set = Source {
            title: Title::new("История дипломатии"),
            ..Source::new(Kind::MultiVolume)
        };
        let volume = Source {
            numbering: crate::Numbering {
                volume: Some("3".into()),
                ..Default::default()
            },
            host: Some(Box::new(set)),
            ..Source::new(Kind::Volume)
        };
        let chapter =
            Source { host: Some(Box::new(volume)), ..Source::new(Kind::Chapter) };
        let item = standard_fields(&chapter);
        assert_eq!(item["container-title"], "История дипломатии");
        assert_eq!(item["volume"], "3");
    }

    #[test]
    fn empty_values_are_left_out() {
        let s = Source { title: Title::new(" "), ..Source::new(Kind::Other) };
        let item = standard_fields(&s);
        assert_eq!(item.len(), 1, "{item:?}");
        assert_eq!(item["type"], "document");
    }
}
