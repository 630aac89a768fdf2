//! The fixtures in `fixtures/bib/`: one source of every kind (the seed's three first),
//! their expected BibLaTeX and BibTeX, and round trips.
//!
//! Set `GOSTBIB_BLESS=1` to rewrite the expected files after a deliberate change.

use gostbib::bibtex::{
    BibOptions, Dialect, from_bib_str, to_bib_string, to_bib_string_with,
};
use gostbib::{Kind, Name, Source};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/bib");

fn sources() -> Vec<Source> {
    let text = std::fs::read_to_string(format!("{DIR}/sources.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn golden(name: &str, got: &str) {
    let path = format!("{DIR}/{name}");
    if std::env::var_os("GOSTBIB_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap();
    assert!(want == got, "{name} differs; got:\n{got}");
}

#[test]
fn one_fixture_per_kind() {
    let kinds: std::collections::BTreeSet<_> =
        sources().iter().map(|s| s.kind.name()).collect();
    for k in Kind::ALL {
        assert!(kinds.contains(k.name()), "no fixture of kind {k}");
    }
}

#[test]
fn biblatex_output_is_as_expected() {
    golden("expected.bib", &to_bib_string(&sources(), Dialect::Biblatex).unwrap());
}

#[test]
fn bibtex_output_is_as_expected() {
    golden("expected-bibtex.bib", &to_bib_string(&sources(), Dialect::Bibtex).unwrap());
}

#[test]
fn biblatex_round_trip_is_exact_flat_and_crossref() {
    let want = sources();
    let bib = to_bib_string(&want, Dialect::Biblatex).unwrap();
    assert_eq!(from_bib_str(&bib).unwrap(), want);
    let opts = BibOptions { crossref: true, ..BibOptions::default() };
    let bib = to_bib_string_with(&want, &opts).unwrap();
    assert_eq!(from_bib_str(&bib).unwrap(), want);
}

#[test]
fn seed_entries_use_flat_biblatex_gost_fields() {
    let bib = to_bib_string(&sources()[..3], Dialect::Biblatex).unwrap();
    assert!(!bib.contains("crossref"), "{bib}");
    // No editor in the host: `@inbook`, which biblatex does not require an editor for.
    assert!(bib.contains("@inbook{pankratova1945,"), "{bib}");
    assert!(!bib.contains("@incollection"), "{bib}");
    assert!(bib.contains("author = {Панкратова, А. М.}"));
    assert!(bib.contains("booktitle = {История дипломатии}"));
    assert!(bib.contains("location = {Москва and Ленинград}"));
    assert!(bib.contains("volume = {3}"));
    assert!(bib.contains("chapter = {11}"));
    assert!(bib.contains("langid = {russian}"));
    assert!(bib.contains("title = {Признание {СССР} Францией}"));
    assert!(bib.contains("media = {eresource}"));
    assert!(bib.contains("url = {http://www.france.mid.ru/}"));
}

/// What classic BibTeX holds: kind family, authors (family + initials), title proper,
/// places, publishers, year, volume, chapter, pages, url. Subtitles are folded into
/// the title, so only its start is compared.
#[test]
fn bibtex_round_trip_keeps_what_bibtex_can_hold() {
    let want = sources();
    let bib = to_bib_string(&want, Dialect::Bibtex).unwrap();
    let back = from_bib_str(&bib).unwrap();
    assert_eq!(back.len(), want.len());
    for (w, b) in want.iter().zip(&back) {
        let family = |s: &Source| -> Vec<String> {
            s.authors
                .iter()
                .map(|n| match n {
                    Name::Person(p) => format!("{} {:?}", p.family, p.initials),
                    Name::Organization(o) => o.clone(),
                    _ => String::new(),
                })
                .collect()
        };
        assert_eq!(family(b), family(w), "{bib}");
        assert_eq!(b.authors_et_al, w.authors_et_al);
        assert!(b.title.main.contains(&w.title.main), "{}", b.title.main);
        assert_eq!(b.date.map(|d| d.start.year), w.date.map(|d| d.start.year));
        assert_eq!(b.places, w.places);
        assert_eq!(b.publishers, w.publishers);
        assert_eq!(b.numbering.pages, w.numbering.pages);
        assert_eq!(b.numbering.chapter, w.numbering.chapter);
        assert_eq!(b.language, w.language);
        let host_title = |s: &Source| s.host.as_ref().map(|h| h.title.main.clone());
        if w.kind == Kind::Chapter && w.host.as_ref().is_some_and(|h| h.host.is_none()) {
            assert_eq!(host_title(b), host_title(w));
        }
    }
}
