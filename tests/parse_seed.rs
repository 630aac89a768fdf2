//! The parsed model of the seed's "Lit." paragraph (fixtures/seed-lit.txt).

use gostbib::{Element, Kind, Name, Parser, Source};

const SEED_LIT: &str = include_str!("../fixtures/seed-lit.txt");

fn seed() -> Vec<Source> {
    let out = Parser::new().parse(SEED_LIT).expect("the seed parses strictly");
    assert_eq!(out.sources.len(), 3);
    out.sources
}

#[test]
fn chapter_in_volume_three_of_istoriya_diplomatii() {
    let s = &seed()[0];
    assert_eq!(s.kind, Kind::Chapter);
    assert_eq!(s.authors.len(), 1);
    let Name::Person(p) = &s.authors[0] else { panic!("a person") };
    assert_eq!((p.family.as_str(), p.initials.as_deref()), ("Панкратова", Some("А. М.")));
    assert_eq!(s.title.main, "Признание СССР Францией");
    let h = s.host.as_deref().unwrap();
    assert_eq!(h.title.main, "История дипломатии");
    assert_eq!(h.numbering.volume.as_deref(), Some("3"));
    let places: Vec<_> =
        h.places.iter().map(|p| (p.name.as_str(), p.written.as_deref())).collect();
    assert_eq!(places, [("Москва", Some("М.")), ("Ленинград", Some("Л."))]);
    assert_eq!(h.date.map(|d| d.start.year), Some(1945));
    assert_eq!(s.numbering.chapter.as_deref(), Some("11"));
    assert!(s.unparsed.is_empty(), "{:?}", s.unparsed);
}

#[test]
fn anonymous_chapter_keeps_its_parenthesised_years() {
    let s = &seed()[1];
    assert!(s.authors.is_empty());
    assert_eq!(
        s.title.main,
        "Признание Советского Союза капиталистическими странами (1924-1925 гг.)"
    );
    assert!(s.date.is_none(), "the years in the title are not a date of publication");
    let h = s.host.as_deref().unwrap();
    assert_eq!(h.title.main, "История внешней политики СССР");
    assert_eq!(h.numbering.volume.as_deref(), Some("1"));
    assert_eq!(h.date.map(|d| d.start.year), Some(1980));
    assert_eq!(s.numbering.chapter.as_deref(), Some("7"));
}

#[test]
fn web_page_without_date_and_with_url_despite_url_dot_colon() {
    let s = &seed()[2];
    assert_eq!(s.kind, Kind::WebPage);
    assert_eq!(s.title.main, "Российско-Французские отношения");
    assert_eq!(s.medium.as_deref(), Some("Электронный ресурс"));
    assert_eq!(s.url.as_deref(), Some("http://www.france.mid.ru/"));
    let h = s.host.as_deref().unwrap();
    assert_eq!(h.title.main, "Посольство Российской Федерации во Франции");
    assert!(h.date.is_none() && s.date.is_none());
    assert_eq!(h.date_missing.as_ref().map(|m| m.written.as_str()), Some("Б. д."));
}

#[test]
fn origins_and_spans_point_into_the_input() {
    for s in seed() {
        let o = s.origin.as_ref().unwrap();
        assert_eq!(&SEED_LIT[o.span.clone()], o.text);
        assert_eq!(o.line, 1);
        assert_eq!(o.column, SEED_LIT[..o.span.start].chars().count() + 1);
        for sp in &s.spans {
            assert!(sp.span.start >= o.span.start && sp.span.end <= o.span.end, "{sp:?}");
        }
        let title = s.spans.iter().find(|sp| sp.value == Element::Title).unwrap();
        assert!(SEED_LIT[title.span.clone()].starts_with(&s.title.main[..6]));
    }
}
