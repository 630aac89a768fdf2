//! Source → MODS → Source is the identity (without provenance).
mod common;

use gostbib::Source;
use gostbib::mods::{from_mods_str, to_mods_record, to_mods_string};
use proptest::prelude::*;

/// The first lines where two debug renderings differ, for readable failures.
fn diff(a: &[Source], b: &[Source]) -> String {
    let (a, b) = (format!("{a:#?}"), format!("{b:#?}"));
    a.lines()
        .zip(b.lines())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .take(6)
        .map(|(i, (x, y))| format!("line {i}: got {x} / want {y}\n"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_sources_survive_a_collection(sources in proptest::collection::vec(common::source(), 1..4)) {
        let xml = to_mods_string(&sources).unwrap();
        let back = from_mods_str(&xml).unwrap();
        let want: Vec<_> = sources.iter().map(|s| s.without_provenance()).collect();
        prop_assert!(back == want, "{}\n{}", diff(&back, &want), xml);
    }

    #[test]
    fn arbitrary_sources_survive_a_record(source in common::source()) {
        let xml = to_mods_record(&source).unwrap();
        let back = from_mods_str(&xml).unwrap();
        let want = vec![source.without_provenance()];
        prop_assert!(back == want, "{}\n{}", diff(&back, &want), xml);
    }
}

/// The depth limit of the reader leaves room for 59 nested hosts, each with every
/// kind of deeply nested element.
#[test]
fn fifty_nine_hosts_read_back() {
    use gostbib::{Kind, Name, Person, Title};
    let level = |i: usize| Source {
        title: Title::new(format!("Уровень {i}")),
        authors: vec![Name::Person(Person {
            as_written: Some("Иванова".into()),
            ..Person::new("Иванов", "И. И.")
        })],
        ..Source::new(Kind::Book)
    };
    let mut s = level(59);
    for i in (0..59).rev() {
        s = Source { host: Some(Box::new(s)), ..level(i) };
    }
    let xml = to_mods_string(std::slice::from_ref(&s)).unwrap();
    assert_eq!(from_mods_str(&xml).unwrap(), vec![s.clone()]);
    let deeper = Source { host: Some(Box::new(s)), ..level(0) };
    assert!(from_mods_str(&to_mods_string(&[deeper]).unwrap()).is_err());
}

/// Any Unicode text but the two noncharacters XML cannot hold in any form.
fn any_text() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|s| s.replace(['\u{FFFE}', '\u{FFFF}'], "\u{FFFD}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Control characters, their Control Picture look-alikes, spaces at the ends, markup
    /// characters: every text survives.
    #[test]
    fn any_text_survives(
        main in any_text(),
        note in any_text(),
        publisher in any_text(),
        family in any_text(),
        url in any_text(),
        pictures in "[\u{2400}-\u{2420}\u{0}-\u{1f} ]{0,6}",
    ) {
        use gostbib::{Kind, Name, Person, Title};
        let source = Source {
            title: Title::new(format!("{main}{pictures}")),
            notes: vec![note, pictures.clone()],
            publishers: vec![publisher],
            authors: vec![Name::Person(Person::new(family, ""))],
            url: Some(url),
            ..Source::new(Kind::Book)
        };
        let xml = to_mods_string(std::slice::from_ref(&source)).unwrap();
        let back = from_mods_str(&xml).unwrap();
        prop_assert!(back == vec![source.clone()], "{}\n{}", diff(&back, &[source]), xml);
    }
}

/// fuzz target `mods_import`, fifth session: `<languageTerm authority="rfc4646">mlt`
/// imported as `mlt`, which the export wrote as the ISO 639-2/B code `mlt` alone, which
/// the import reads as `mt`. A three-letter subtag that is not what its /B code reads
/// back as goes out with its exact tag too.
#[test]
fn three_letter_languages_read_back_as_written() {
    for tag in ["mlt", "deu", "ger", "rus", "haw", "mt", "ru", "sr-Latn"] {
        let s = Source {
            title: gostbib::Title::new("Title"),
            language: Some(tag.parse().unwrap()),
            ..Source::default()
        };
        let xml = to_mods_string(std::slice::from_ref(&s)).unwrap();
        let back = from_mods_str(&xml).unwrap();
        assert_eq!(back[0].language, s.language, "{tag}: {xml}");
    }
}
