//! Importing `.bib` files written by others: LaTeX commands, crossref, xdata, classic
//! BibTeX fields, GOST-style names, and clear errors for what cannot be read.

use gostbib::bibtex::from_bib_str;
use gostbib::{Error, Kind, Name, PartialDate, Person, Place};
use proptest::prelude::*;

#[test]
fn latex_commands_are_decoded() {
    let s =
        &from_bib_str(r#"@book{k, title = {M\"{u}ller's {\'E}tude -- 50\% \& {NASA}}}"#)
            .unwrap()[0];
    assert_eq!(s.title.main, "Müller's Étude – 50% & NASA");
}

#[test]
fn crossref_parent_becomes_the_host_and_is_not_a_source_of_its_own() {
    let bib = "@incollection{ch, author = {Панкратова, А. М.}, title = {Признание}, chapter = {11}, crossref = {vol}}\n\
               @book{vol, title = {История дипломатии}, volume = {3}, location = {Москва and Ленинград}, date = {1945}, crossref = {set}}\n\
               @mvbook{set, title = {История дипломатии}, volumes = {5}}";
    let got = from_bib_str(bib).unwrap();
    assert_eq!(got.len(), 1);
    let ch = &got[0];
    assert_eq!(ch.kind, Kind::Chapter);
    assert_eq!(ch.numbering.chapter.as_deref(), Some("11"));
    assert!(
        ch.places.is_empty(),
        "the parent's location must not be copied into the child"
    );
    let vol = ch.host.as_deref().unwrap();
    assert_eq!(vol.numbering.volume.as_deref(), Some("3"));
    assert_eq!(
        vol.places,
        vec![Place::abbreviated("Москва", "М."), Place::abbreviated("Ленинград", "Л.")]
    );
    let set = vol.host.as_deref().unwrap();
    assert_eq!(
        (set.kind, set.numbering.volumes.as_deref()),
        (Kind::MultiVolume, Some("5"))
    );
}

#[test]
fn xdata_is_merged() {
    let bib = "@xdata{nauka, publisher = {Наука}, location = {Москва}}\n\
               @book{b, title = {Очерки}, xdata = {nauka}, date = {1970}}";
    let got = from_bib_str(bib).unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].publishers, vec!["Наука".to_owned()]);
    assert_eq!(got[0].places[0].name, "Москва");
}

#[test]
fn own_fields_win_over_xdata_and_the_last_of_a_repeated_field_counts() {
    // Plain values (read without the crate's decoder) and decoded ones alike.
    let bib = "@xdata{x, publisher = {Наука}, location = {Москва}, edition = {2-е изд.}}\n\
               @book{b, title = {Очерки}, xdata = {x}, publisher = {Мысль},\n\
               location = {{Санкт-Петербург}}, pages = {1}, pages = {2--3},\n\
               note = {a\\&b}, note = {последнее}}";
    let got = from_bib_str(bib).unwrap();
    assert_eq!(got[0].publishers, ["Мысль"]);
    assert_eq!(got[0].places[0].name, "Санкт-Петербург");
    assert_eq!(got[0].edition.as_deref(), Some("2-е изд."));
    assert_eq!(got[0].numbering.pages.as_deref(), Some("2–3"));
    assert_eq!(got[0].notes, ["последнее"]);
}

#[test]
fn classic_bibtex_fields_are_understood() {
    let bib = "@article{a, author = {Иванов И. И. and others}, title = {Статья}, journal = {Вопросы истории},\n\
               year = 1924, month = oct, number = {3}, pages = {12--25}, language = {russian}, address = {Москва}}\n\
               @phdthesis{t, author = {Смирнов, А. А.}, title = {Д}, school = {МГУ}, year = {2003}}";
    let got = from_bib_str(bib).unwrap();
    let a = &got[0];
    assert_eq!(a.authors, vec![Name::Person(Person::new("Иванов", "И. И."))]);
    assert!(a.authors_et_al);
    let host = a.host.as_deref().unwrap();
    assert_eq!(host.title.main, "Вопросы истории");
    assert_eq!(host.date.unwrap().start, PartialDate::ym(1924, 10));
    assert_eq!(host.numbering.issue.as_deref(), Some("3"));
    assert_eq!(a.numbering.pages.as_deref(), Some("12–25"));
    assert_eq!(a.language, Some("ru".parse().unwrap()));
    let t = &got[1];
    assert_eq!(t.kind, Kind::Thesis);
    assert_eq!(t.thesis.as_ref().unwrap().institution.as_deref(), Some("МГУ"));
}

#[test]
fn organisations_and_multi_letter_initials() {
    let bib = r"@book{b, author = {{Рос. акад. наук} and Смит, {\relax Дж.} and family={Lotman}, given={Yu. M.}, given-i={Yu M}}, title = {T}}";
    let a = &from_bib_str(bib).unwrap()[0].authors;
    assert_eq!(a[0], Name::Organization("Рос. акад. наук".into()));
    assert_eq!(a[1], Name::Person(Person::new("Смит", "Дж.")));
    assert_eq!(a[2], Name::Person(Person::new("Lotman", "Yu. M.")));
}

fn bib_error(input: &str) -> (String, usize, String) {
    match from_bib_str(input) {
        Err(Error::Bib { key, position, message }) => (key, position.line, message),
        other => panic!("expected Error::Bib, got {other:?}"),
    }
}

#[test]
fn errors_name_the_entry_and_line() {
    let (key, line, _) =
        bib_error("@book{a, title = {A}}\n\n@book{broken, title = {B}\n");
    assert_eq!((key.as_str(), line), ("broken", 3));
    let (key, line, msg) = bib_error(
        "@book{a, title = {A}}\n@book{child, title = {C}, crossref = {nowhere}}",
    );
    assert_eq!((key.as_str(), line), ("child", 2));
    assert!(msg.contains("nowhere"), "{msg}");
    let (key, _, msg) = bib_error("@book{a, title = {A}, verbc = {not json}}");
    assert_eq!(key, "a");
    assert!(msg.contains("verbc"), "{msg}");
    let (key, line, _) = bib_error("@book{a, title = {A}}\n@book{a, title = {B}}");
    assert_eq!((key.as_str(), line), ("a", 2));
}

#[test]
fn crossref_cycles_are_errors() {
    let (key, _, msg) = bib_error(
        "@book{a, title = {A}, crossref = {b}}\n@book{b, title = {B}, crossref = {a}}\n@book{c, title = {C}, crossref = {a}}",
    );
    assert!(!key.is_empty());
    assert!(msg.contains("cycle"), "{msg}");
}

proptest! {
    /// Garbage in, an error or sources out, never a panic.
    #[test]
    fn never_panics(s in "(@book\\{k, title = \\{|[{}\\\\@%=,\"a-zа-я ]|and|crossref = |verbc = ){0,40}") {
        let _ = from_bib_str(&s);
    }
}

#[test]
fn credits_with_and_stay_one_item_for_biblatex_gost() {
    use gostbib::bibtex::{Dialect, to_bib_string};
    use gostbib::{Kind, Source, Title};
    let s = Source {
        title: Title::new("Report"),
        responsibility: Some("Smith and Jones".into()),
        ..Source::new(Kind::Book)
    };
    let bib = to_bib_string(std::slice::from_ref(&s), Dialect::Biblatex).unwrap();
    assert!(bib.contains("credits = {{Smith and Jones}}"), "{bib}");
    assert_eq!(from_bib_str(&bib).unwrap(), vec![s]);
}
