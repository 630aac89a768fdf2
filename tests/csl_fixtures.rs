//! Hand-written CSL-JSON fixtures (`fixtures/csl/*.csl.json`) import to the expected
//! kinds and export again identically (modulo key order).

use gostbib::{Kind, Source, csl};
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/csl");

/// Every fixture with the kinds its items must import to.
const FIXTURES: &[(&str, &[Kind])] = &[
    ("article", &[Kind::Article, Kind::Article]),
    ("newspaper", &[Kind::NewspaperArticle, Kind::NewspaperArticle]),
    ("thesis", &[Kind::Thesis, Kind::Autoreferat]),
    ("archival", &[Kind::Archival, Kind::Archival]),
    ("multivolume-chapter", &[Kind::Chapter]),
    ("webpage", &[Kind::WebPage, Kind::WebPage]),
    ("law", &[Kind::Law, Kind::Law]),
];

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DIR}/{name}.csl.json")).expect("fixture exists")
}

fn import(name: &str) -> Vec<Source> {
    csl::from_csl_json(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_fixture_file_is_listed() {
    let mut on_disk: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .filter_map(|e| {
            e.ok()?.file_name().to_str()?.strip_suffix(".csl.json").map(String::from)
        })
        .collect();
    on_disk.sort();
    let mut listed: Vec<&str> = FIXTURES.iter().map(|(n, _)| *n).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn fixtures_export_again_identically() {
    let mut failures = Vec::new();
    for (name, _) in FIXTURES {
        let want: Value = serde_json::from_str(&read(name)).unwrap();
        let got: Value = serde_json::from_str(&csl::to_csl_json(&import(name))).unwrap();
        if got != want {
            failures.push(format!("{name}:\n{got:#}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fixtures_import_to_the_expected_kinds() {
    for (name, kinds) in FIXTURES {
        let got: Vec<Kind> = import(name).iter().map(|s| s.kind).collect();
        assert_eq!(got, *kinds, "{name}");
    }
}

#[test]
fn container_data_lands_on_the_host() {
    let article = &import("article")[0];
    let journal = article.host.as_deref().unwrap();
    assert_eq!(journal.kind, Kind::Periodical);
    assert_eq!(journal.title.main, "Вопросы философии");
    assert_eq!(journal.numbering.issue.as_deref(), Some("10"));
    assert_eq!(journal.identifiers.issn.as_deref(), Some("0042-8744"));
    assert_eq!(article.numbering.pages.as_deref(), Some("76–86"));
    assert_eq!(article.title.other, ["философско-исторический анализ"]);

    let chapter = &import("multivolume-chapter")[0];
    let book = chapter.host.as_deref().unwrap();
    let gostbib::Name::Person(editor) = &book.contributors[0].name else {
        panic!("the editor is a person")
    };
    assert_eq!(editor.family, "Потемкин");
    assert_eq!(editor.as_written.as_deref(), Some("Потемкина"));
    assert_eq!(book.places[1].written.as_deref(), Some("Л."));
    assert_eq!(book.numbering.volumes.as_deref(), Some("3"));
}

#[test]
fn archival_ciphers_and_theses_are_structured() {
    let archive = import("archival")[0].archive.clone().unwrap();
    assert_eq!(archive.repository, "ГА РФ");
    assert_eq!(archive.fond.as_deref(), Some("5446"));
    assert_eq!(archive.inventory.as_deref(), Some("1"));
    assert_eq!(archive.file.as_deref(), Some("50"));
    assert_eq!(archive.leaves.as_deref(), Some("10–12"));
    let second = import("archival")[1].archive.clone().unwrap();
    assert_eq!(second.leaves.as_deref(), Some("18–32 об."));

    let theses = import("thesis");
    let t = theses[0].thesis.as_ref().unwrap();
    assert_eq!(t.speciality.as_deref(), Some("12.00.08"));
    assert_eq!(theses[0].extent.as_deref(), Some("180 с."));
    assert_eq!(theses[1].places[0].written.as_deref(), Some("М."));
}

#[test]
fn access_dates_and_approximate_years_survive() {
    let pages = import("webpage");
    assert_eq!(pages[0].accessed, Some(gostbib::PartialDate::ymd(2020, 3, 12)));
    let date = pages[1].host.as_ref().unwrap().date.unwrap();
    assert!(date.approximate);
    assert_eq!(
        pages[1].authors,
        [gostbib::Name::Organization("Library of Congress".into())]
    );
}
