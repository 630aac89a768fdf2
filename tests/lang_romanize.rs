//! The seed's three references in the romanized "References" scheme, built by hand.

use gostbib::lang::romanize::romanize_reference;
use gostbib::{Date, Kind, Name, Person, Place, Source, Title};

fn moscow() -> Place {
    Place::abbreviated("Москва", "М.")
}

/// Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11
fn seed1() -> Source {
    let mut host = Source {
        title: Title::new("История дипломатии"),
        places: vec![moscow(), Place::abbreviated("Ленинград", "Л.")],
        date: Some(Date::year(1945)),
        ..Source::new(Kind::Book)
    };
    host.numbering.volume = Some("3".into());
    let mut s = Source {
        authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
        title: Title::new("Признание СССР Францией"),
        host: Some(Box::new(host)),
        ..Source::new(Kind::Chapter)
    };
    s.numbering.chapter = Some("11".into());
    s
}

/// Признание Советского Союза капиталистическими странами (1924-1925 гг.) // История
/// внешней политики СССР. Т. 1. М., 1980. Гл. 7
fn seed2() -> Source {
    let mut host = Source {
        title: Title::new("История внешней политики СССР"),
        places: vec![moscow()],
        date: Some(Date::year(1980)),
        ..Source::new(Kind::Book)
    };
    host.numbering.volume = Some("1".into());
    let mut s = Source {
        title: Title::new(
            "Признание Советского Союза капиталистическими странами (1924-1925 гг.)",
        ),
        host: Some(Box::new(host)),
        ..Source::new(Kind::Chapter)
    };
    s.numbering.chapter = Some("7".into());
    s
}

/// Российско-Французские отношения [Электронный ресурс] // Посольство Российской
/// Федерации во Франции. Б. д. URL.: http://www.france.mid.ru/.
fn seed3() -> Source {
    let host = Source {
        title: Title::new("Посольство Российской Федерации во Франции"),
        ..Source::new(Kind::WebSite)
    };
    Source {
        title: Title::new("Российско-Французские отношения"),
        medium: Some("Электронный ресурс".into()),
        host: Some(Box::new(host)),
        url: Some("http://www.france.mid.ru/".into()),
        ..Source::new(Kind::WebPage)
    }
}

#[test]
fn the_seed_references() {
    assert_eq!(
        romanize_reference(&seed1()),
        "Pankratova A.M. Priznanie SSSR Frantsiei. In: Istoriya diplomatii. Vol. 3. \
         Moscow; Leningrad, 1945, chap. 11. (in Russ.)"
    );
    assert_eq!(
        romanize_reference(&seed2()),
        "Priznanie Sovetskogo Soyuza kapitalisticheskimi stranami (1924-1925 gg.). \
         In: Istoriya vneshnei politiki SSSR. Vol. 1. Moscow, 1980, chap. 7. (in Russ.)"
    );
    assert_eq!(
        romanize_reference(&seed3()),
        "Rossiisko-Frantsuzskie otnosheniya. Posol'stvo Rossiiskoi Federatsii vo Frantsii. \
         Available at: http://www.france.mid.ru/. (in Russ.)"
    );
}

#[test]
fn an_english_title_goes_in_brackets() {
    let mut s = seed1();
    s.title.parallel.push("Recognition of the USSR by France".into());
    let host = s.host.as_mut().unwrap();
    host.title.parallel.push("History of Diplomacy".into());
    assert_eq!(
        romanize_reference(&s),
        "Pankratova A.M. Priznanie SSSR Frantsiei [Recognition of the USSR by France]. \
         In: Istoriya diplomatii [History of Diplomacy]. Vol. 3. Moscow; Leningrad, 1945, chap. 11. (in Russ.)"
    );
}

#[test]
fn romanized_references_are_ascii_for_russian_sources() {
    for s in [seed1(), seed2(), seed3()] {
        assert!(romanize_reference(&s).is_ascii());
    }
}

mod common;

proptest::proptest! {
    #[test]
    fn any_source_romanizes_without_cyrillic_letters_of_the_tables(source in common::source()) {
        let out = romanize_reference(&source);
        proptest::prop_assert!(out.ends_with('.') || out.ends_with(')'), "{}", out);
        // Russian letters never survive the BSI scheme.
        proptest::prop_assert!(!out.chars().any(|c| ('а'..='я').contains(&c) || c == 'ё'), "{}", out);
    }
}
