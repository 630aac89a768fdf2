//! One complete example per kind in `fixtures/mods/`: `<kind>.json` is the source,
//! `<kind>.xml` its MODS record. The export must equal the stored record (regenerate
//! with `UPDATE_FIXTURES=1 cargo test --test mods_fixtures fixtures_export` and review
//! the diff), and both the stored record and a fresh export must read back as the
//! source.

mod mods_support;

use gostbib::mods::{from_mods_str, to_mods_record, to_mods_string};
use gostbib::{Kind, Source};
use mods_support::{fixture_dir as dir, fixtures};

#[test]
fn every_kind_has_a_fixture_named_after_it() {
    let fx = fixtures();
    for kind in Kind::ALL {
        let found = fx.iter().find(|(stem, _)| stem == kind.name());
        let (_, source) = found.unwrap_or_else(|| panic!("no fixture for {kind}"));
        assert_eq!(source.kind, kind);
    }
}

#[test]
fn fixtures_export_to_their_stored_records() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for (stem, source) in fixtures() {
        let xml = to_mods_record(&source).unwrap();
        let path = dir().join(format!("{stem}.xml"));
        if update {
            std::fs::write(&path, &xml).unwrap();
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("{}: {e} (run with UPDATE_FIXTURES=1)", path.display())
        });
        assert_eq!(xml, stored, "{stem}: export differs from the stored record");
    }
}

#[test]
fn fixtures_round_trip() {
    let fx = fixtures();
    for (stem, source) in &fx {
        let stored = std::fs::read_to_string(dir().join(format!("{stem}.xml"))).unwrap();
        assert_eq!(from_mods_str(&stored).unwrap(), vec![source.clone()], "{stem}");
    }
    let all: Vec<Source> = fx.into_iter().map(|(_, s)| s).collect();
    let xml = to_mods_string(&all).unwrap();
    assert_eq!(from_mods_str(&xml).unwrap(), all);
}

#[test]
fn fixtures_show_the_cataloguing_conventions() {
    let get = |kind: &str| {
        let s = fixtures().into_iter().find(|(k, _)| k == kind).unwrap().1;
        to_mods_record(&s).unwrap()
    };
    let chapter = get("chapter");
    // Chapter → volume 3 → multi-volume work: two nested hosts.
    assert_eq!(chapter.matches(r#"<relatedItem type="host">"#).count(), 2);
    assert!(chapter.contains(r#"<detail type="volume">"#));
    assert!(chapter.contains(r#"<detail type="chapter">"#));
    assert!(chapter.contains(r#"<extent unit="pages">"#));
    assert!(chapter.contains("<issuance>multipart monograph</issuance>"));
    let article = get("article");
    assert!(article.contains(
        r#"<titleInfo type="translated" altRepGroup="title" lang="eng" script="Latn">"#
    ));
    assert!(article.contains("<etal>и др.</etal>"));
    assert!(article.contains(r#"<identifier type="doi">"#));
    assert!(article.contains(r#"<genre authority="marcgt">periodical</genre>"#));
    let archival = get("archival");
    assert!(
        archival.contains(r#"<typeOfResource manuscript="yes">text</typeOfResource>"#)
    );
    assert!(archival.contains("<physicalLocation>ГА РФ</physicalLocation>"));
    assert!(
        archival.contains(
            "<shelfLocator>Ф. Р-5446. Оп. 1. Д. 50. Л. 10–12 об.</shelfLocator>"
        )
    );
    assert!(archival.contains(r#"qualifier="inferred""#));
    let site = get("web-site");
    assert!(site.contains(
        r#"<languageTerm type="code" authority="iso639-2b">srp</languageTerm>"#
    ));
    assert!(
        site.contains(
            r#"<scriptTerm type="code" authority="iso15924">Latn</scriptTerm>"#
        )
    );
    assert!(site.contains(r#"dateLastAccessed="2021-05-01""#));
    assert!(site.contains("q=a%20b"));
    let multi = get("multi-volume");
    assert!(multi.contains(
        r#"<dateIssued encoding="w3cdtf" keyDate="yes" point="start">1941</dateIssued>"#
    ));
    assert!(
        multi.contains(r#"<dateIssued encoding="w3cdtf" point="end">1945</dateIssued>"#)
    );
    let other = get("other");
    assert!(other.contains(r#"encoding="edtf""#) && other.contains(">2019~<"));
}
