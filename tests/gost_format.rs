//! The GOST formatter on hand-built sources: every kind in every style, exact strings.

mod common;

use gostbib::gost::{
    Cities, Dash, GostPrinter, Initials, SectionFormat, SectionOptions, Style, Variant,
    format_section, to_gost_string,
};
use gostbib::{
    Archive, Contributor, Date, Identifiers, Kind, Missing, Name, Numbering, PartialDate,
    Person, Place, Role, Series, Source, Thesis, Title,
};
use proptest::prelude::*;

fn person(family: &str, initials: &str) -> Name {
    Name::Person(Person::new(family, initials))
}

fn moscow() -> Place {
    Place::abbreviated("Москва", "М.")
}

fn num() -> Numbering {
    Numbering::default()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// Formats in the three styles: (gost-2008, gost-2008-short, gost-2018).
fn all(s: &Source) -> [String; 3] {
    [Style::Gost2008, Style::Gost2008Short, Style::Gost2018]
        .map(|st| to_gost_string(s, st).unwrap_or_else(|e| panic!("{st}: {e}")))
}

fn check(s: &Source, full: &str, short: &str, record: &str) {
    let [f, sh, r] = all(s);
    assert_eq!(f, full, "gost-2008");
    assert_eq!(sh, short, "gost-2008-short");
    assert_eq!(r, record, "gost-2018");
}

// ---------------------------------------------------------------- the seed's list

fn seed() -> [Source; 3] {
    let pankratova = Source {
        authors: vec![person("Панкратова", "А. М.")],
        title: Title::new("Признание СССР Францией"),
        numbering: Numbering { chapter: some("11"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("История дипломатии"),
            numbering: Numbering { volume: some("3"), ..num() },
            places: vec![moscow(), Place::abbreviated("Ленинград", "Л.")],
            date: Some(Date::year(1945)),
            ..Source::new(Kind::Book)
        })),
        ..Source::new(Kind::Chapter)
    };
    let recognition = Source {
        title: Title::new(
            "Признание Советского Союза капиталистическими странами (1924-1925 гг.)",
        ),
        numbering: Numbering { chapter: some("7"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("История внешней политики СССР"),
            numbering: Numbering { volume: some("1"), ..num() },
            places: vec![moscow()],
            date: Some(Date::year(1980)),
            ..Source::new(Kind::Book)
        })),
        ..Source::new(Kind::Chapter)
    };
    let web = Source {
        title: Title::new("Российско-Французские отношения"),
        medium: some("Электронный ресурс"),
        url: some("http://www.france.mid.ru/"),
        host: Some(Box::new(Source {
            title: Title::new("Посольство Российской Федерации во Франции"),
            date_missing: Some(Missing::new("Б. д.", false)),
            ..Source::new(Kind::WebSite)
        })),
        ..Source::new(Kind::WebPage)
    };
    [pankratova, recognition, web]
}

#[test]
fn seed_in_all_styles() {
    let [a, b, c] = seed();
    check(
        &a,
        "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. — М. ; Л., 1945. — Гл. 11.",
        "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М. ; Л., 1945. Гл. 11.",
        "Панкратова, А. М. Признание СССР Францией / А. М. Панкратова // История дипломатии. Т. 3. – М. ; Л., 1945. – Гл. 11.",
    );
    check(
        &b,
        "Признание Советского Союза капиталистическими странами (1924-1925 гг.) // История внешней политики СССР. Т. 1. — М., 1980. — Гл. 7.",
        "Признание Советского Союза капиталистическими странами (1924-1925 гг.) // История внешней политики СССР. Т. 1. М., 1980. Гл. 7.",
        "Признание Советского Союза капиталистическими странами (1924-1925 гг.) // История внешней политики СССР. Т. 1. – М., 1980. – Гл. 7.",
    );
    check(
        &c,
        "Российско-Французские отношения [Электронный ресурс] // Посольство Российской Федерации во Франции. — Б. д. — URL: http://www.france.mid.ru/.",
        "Российско-Французские отношения [Электронный ресурс] // Посольство Российской Федерации во Франции. Б. д. URL: http://www.france.mid.ru/.",
        "Российско-Французские отношения. – Текст : электронный // Посольство Российской Федерации во Франции. – Б. д. – URL: http://www.france.mid.ru/.",
    );
}

#[test]
fn seed_section_is_sorted_and_numbered() {
    let list = seed();
    let text = format_section(&list, &gostbib::gost::SectionOptions::new());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("1. Панкратова"), "{text}");
    assert!(lines[1].starts_with("2. Признание Советского"), "{text}");
    assert!(lines[2].starts_with("3. Российско-Французские"), "{text}");
}

/// The seed's "Lit." paragraph, read by the parser, comes out as the hand-built sources
/// do in every style.
#[test]
fn seed_paragraph_parsed_then_formatted() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/seed-lit.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} not found, skipping");
        return;
    };
    let parsed = match gostbib::Parser::new().lenient(true).parse(&text) {
        Ok(out) => out.sources,
        Err(gostbib::Error::Unsupported(why)) => {
            eprintln!("note: parser not available ({why}), skipping");
            return;
        }
        Err(e) => panic!("{e}"),
    };
    assert_eq!(parsed.len(), 3);
    for (got, want) in parsed.iter().zip(seed()) {
        assert_eq!(all(got), all(&want));
    }
    assert_eq!(
        to_gost_string(&parsed[0], Style::Gost2008Short).unwrap(),
        "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М. ; Л., 1945. Гл. 11."
    );
}

#[test]
fn ellipsis_takes_the_place_of_a_period() {
    let s = Source {
        authors: vec![person("Franklin", "S.")],
        title: Title::new("Emergence of Rus…"),
        numbering: Numbering { pages: some("246–249"), ..num() },
        ..Source::new(Kind::Book)
    };
    assert_eq!(all(&s)[0], "Franklin S. Emergence of Rus… — P. 246–249.");
    let s =
        Source { title: Title::new("Человек. …"), ..Source::new(Kind::Book) };
    assert_eq!(all(&s)[1], "Человек. …");
}

#[test]
fn cities_can_be_expanded_or_abbreviated() {
    let [a, ..] = seed();
    let expand = GostPrinter::new().cities(Cities::Expand);
    assert!(expand.to_string(&a).unwrap().contains("Москва ; Ленинград, 1945"));
    let mut full = a.clone();
    full.host.as_mut().unwrap().places = vec![Place::new("Москва"), Place::new("Казань")];
    let abbr = GostPrinter::new().cities(Cities::Abbreviate);
    assert!(abbr.to_string(&full).unwrap().contains("М. ; Казань, 1945"));
    assert!(
        GostPrinter::new().to_string(&full).unwrap().contains("Москва ; Казань, 1945")
    );
}

// ---------------------------------------------------------------- monographs

fn textbook() -> Source {
    Source {
        authors: vec![person("Тарасова", "В. И.")],
        title: Title {
            other: vec!["учеб. для вузов".into()],
            ..Title::new("Политическая история Латинской Америки")
        },
        edition: some("2-е изд."),
        places: vec![moscow()],
        publishers: vec!["Проспект".into()],
        date: Some(Date::year(2006)),
        numbering: Numbering { pages: some("305—412"), ..num() },
        ..Source::new(Kind::Book)
    }
}

#[test]
fn monograph() {
    check(
        &textbook(),
        "Тарасова В. И. Политическая история Латинской Америки : учеб. для вузов. — 2-е изд. — М. : Проспект, 2006. — С. 305—412.",
        "Тарасова В. И. Политическая история Латинской Америки : учеб. для вузов. 2-е изд. М. : Проспект, 2006. С. 305—412.",
        "Тарасова, В. И. Политическая история Латинской Америки : учеб. для вузов / В. И. Тарасова. – 2-е изд. – М. : Проспект, 2006. – С. 305—412.",
    );
}

#[test]
fn two_authors_and_an_editor_with_extent_series_and_isbn() {
    let s = Source {
        authors: vec![person("Хабаров", "А. В."), person("Яскин", "А. А.")],
        contributors: vec![Contributor::new(
            Name::Person(Person {
                as_written: some("Романова"),
                ..Person::new("Романов", "В. И.")
            }),
            Role::Editor,
        )],
        title: Title {
            other: vec!["учебник".into()], ..Title::new("Почвоведение")
        },
        places: vec![moscow()],
        publishers: vec!["Колос".into()],
        date: Some(Date::year(2001)),
        extent: some("231 с. : ил."),
        series: vec![Series::new("Учебники для вузов", some("5"))],
        identifiers: Identifiers {
            isbn: vec!["5-10-003503-2".into()],
            ..Identifiers::default()
        },
        ..Source::new(Kind::Book)
    };
    check(
        &s,
        "Хабаров А. В., Яскин А. А. Почвоведение : учебник / под ред. В. И. Романова. — М. : Колос, 2001. — 231 с. : ил. — (Учебники для вузов ; 5). — ISBN 5-10-003503-2.",
        "Хабаров А. В., Яскин А. А. Почвоведение : учебник / под ред. В. И. Романова. М. : Колос, 2001. 231 с. : ил. (Учебники для вузов ; 5). ISBN 5-10-003503-2.",
        "Хабаров, А. В. Почвоведение : учебник / А. В. Хабаров, А. А. Яскин ; под редакцией В. И. Романова. – М. : Колос, 2001. – 231 с. : ил. – (Учебники для вузов ; 5). – ISBN 5-10-003503-2.",
    );
}

#[test]
fn four_authors_title_first() {
    let s = Source {
        authors: ["Айгистов", "Бобров", "Волков", "Гусев"]
            .iter()
            .map(|f| person(f, "Р. А."))
            .collect(),
        title: Title::new("Информатика"),
        places: vec![moscow()],
        date: Some(Date::year(2010)),
        extent: some("245 с."),
        ..Source::new(Kind::Book)
    };
    check(
        &s,
        "Информатика / Р. А. Айгистов [и др.]. — М., 2010. — 245 с.",
        "Информатика / Р. А. Айгистов [и др.]. М., 2010. 245 с.",
        "Информатика / Р. А. Айгистов [и др.]. – М., 2010. – 245 с.",
    );
}

#[test]
fn one_volume_of_a_multivolume_work() {
    let s = Source {
        authors: vec![person("Маркс", "К.")],
        title: Title::new("Сочинения"),
        numbering: Numbering {
            volume: some("2"),
            volumes: some("50"),
            pages: some("27"),
            ..num()
        },
        places: vec![moscow()],
        date: Some(Date::year(1990)),
        ..Source::new(Kind::Volume)
    };
    check(
        &s,
        "Маркс К. Сочинения. В 50 т. Т. 2. — М., 1990. — С. 27.",
        "Маркс К. Сочинения. В 50 т. Т. 2. М., 1990. С. 27.",
        "Маркс, К. Сочинения : в 50 т. / К. Маркс. Т. 2. – М., 1990. – С. 27.",
    );
    // Without the number of volumes, a reference puts the volume after the date.
    let s = Source { numbering: Numbering { volumes: None, ..s.numbering.clone() }, ..s };
    assert_eq!(all(&s)[1], "Маркс К. Сочинения. М., 1990. Т. 2. С. 27.");
}

#[test]
fn missing_place_publisher_and_date() {
    let s = Source {
        title: Title::new("Листовка"),
        place_missing: Some(Missing::new("Б. м.", true)),
        publisher_missing: Some(Missing::new("б. и.", true)),
        date: Some(Date { uncertain: true, ..Date::year(1945) }),
        ..Source::new(Kind::Book)
    };
    check(
        &s,
        "Листовка. — [Б. м. : б. и.], [1945?].",
        "Листовка. [Б. м. : б. и.], [1945?].",
        "Листовка. – [Б. м. : б. и.], [1945?].",
    );
    let s = Source {
        title: Title::new("Листовка"),
        places: vec![Place::new("Новосибирск")],
        publisher_missing: Some(Missing::new("б. и.", true)),
        date_missing: Some(Missing::new("б. г.", true)),
        ..Source::new(Kind::Book)
    };
    assert_eq!(all(&s)[1], "Листовка. Новосибирск : [б. и.], [б. г.].");
    let s = Source {
        title: Title::new("Moscow"),
        place_missing: Some(Missing::new("S. l.", false)),
        date: Some(Date { approximate: true, ..Date::year(1900) }),
        ..Source::new(Kind::Book)
    };
    assert_eq!(all(&s)[1], "Moscow. S. l., [ca. 1900].");
}

#[test]
fn date_ranges_and_open_ranges() {
    let s = Source {
        title: Title::new("Известия"),
        date: Some(Date::range(PartialDate::year(1917), PartialDate::year(1935))),
        ..Source::new(Kind::Periodical)
    };
    assert_eq!(
        all(&s),
        ["Известия. — 1917—1935.", "Известия. 1917—1935.", "Известия. – 1917–1935."]
    );
    let s = Source {
        title: Title {
            other: vec!["научная электронная библиотека".into(), "сайт".into()],
            ..Title::new("eLIBRARY.RU")
        },
        places: vec![Place::new("Москва")],
        date: Some(Date { open: true, ..Date::year(2000) }),
        url: some("https://elibrary.ru"),
        ..Source::new(Kind::WebSite)
    };
    assert_eq!(
        to_gost_string(&s, Style::Gost2018).unwrap(),
        "eLIBRARY.RU : научная электронная библиотека : сайт. – Москва, 2000 – . – URL: https://elibrary.ru. – Текст : электронный."
    );
}

// ---------------------------------------------------------------- analytic parts

#[test]
fn journal_article() {
    let s = Source {
        authors: vec![person("Адорно", "Т. В.")],
        title: Title::new("К логике социальных наук"),
        numbering: Numbering { pages: some("76—86"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("Вопр. философии"),
            date: Some(Date::year(1992)),
            numbering: Numbering { volume: some("5"), issue: some("10"), ..num() },
            ..Source::new(Kind::Periodical)
        })),
        ..Source::new(Kind::Article)
    };
    check(
        &s,
        "Адорно Т. В. К логике социальных наук // Вопр. философии. — 1992. — Т. 5, № 10. — С. 76—86.",
        "Адорно Т. В. К логике социальных наук // Вопр. философии. 1992. Т. 5, № 10. С. 76—86.",
        "Адорно, Т. В. К логике социальных наук / Т. В. Адорно // Вопр. философии. – 1992. – Т. 5, № 10. – С. 76—86.",
    );
}

#[test]
fn english_article_uses_english_labels() {
    let s = Source {
        authors: vec![person("Smith", "J."), person("Brown", "A.")],
        title: Title::new("Moscow and East Rome"),
        numbering: Numbering { pages: some("12–15"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("Speculum"),
            date: Some(Date::year(2001)),
            numbering: Numbering { volume: some("34"), issue: some("2"), ..num() },
            ..Source::new(Kind::Periodical)
        })),
        ..Source::new(Kind::Article)
    };
    assert_eq!(
        all(&s)[1],
        "Smith J., Brown A. Moscow and East Rome // Speculum. 2001. Vol. 34, no. 2. P. 12–15."
    );
    let de = Source {
        language: Some(unic_langid::langid!("de")),
        title: Title::new("Geschichte"),
        numbering: Numbering { volume: some("3"), pages: some("5"), ..num() },
        place_missing: Some(Missing::new("S. l.", true)),
        ..Source::new(Kind::Book)
    };
    assert_eq!(all(&de)[1], "Geschichte. [S. l.]. Bd. 3. S. 5.");
    let fr = Source { language: Some(unic_langid::langid!("fr")), ..de };
    assert_eq!(all(&fr)[1], "Geschichte. [S. l.]. T. 3. P. 5.");
}

#[test]
fn newspaper_article_with_full_date() {
    let s = Source {
        authors: vec![person("Иванов", "И. И.")],
        title: Title::new("Новости"),
        numbering: Numbering { pages: some("3"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("Известия"),
            date: Some(Date::new(PartialDate::ymd(2001, 1, 24))),
            numbering: Numbering { issue: some("15"), ..num() },
            ..Source::new(Kind::Periodical)
        })),
        ..Source::new(Kind::NewspaperArticle)
    };
    check(
        &s,
        "Иванов И. И. Новости // Известия. — 2001. — 24 янв. — № 15. — С. 3.",
        "Иванов И. И. Новости // Известия. 2001. 24 янв. № 15. С. 3.",
        "Иванов, И. И. Новости / И. И. Иванов // Известия. – 2001. – 24 янв. – № 15. – С. 3.",
    );
}

#[test]
fn chapter_in_one_volume_of_a_multivolume_work() {
    let s = Source {
        authors: vec![person("Панкратова", "А. М.")],
        title: Title::new("Признание СССР Францией"),
        numbering: Numbering { chapter: some("11"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("Дипломатия в новое время"),
            numbering: Numbering { volume: some("3"), ..num() },
            places: vec![moscow()],
            date: Some(Date::year(1945)),
            host: Some(Box::new(Source {
                title: Title::new("История дипломатии"),
                numbering: Numbering { volumes: some("3"), ..num() },
                ..Source::new(Kind::MultiVolume)
            })),
            ..Source::new(Kind::Volume)
        })),
        ..Source::new(Kind::Chapter)
    };
    assert_eq!(
        all(&s)[1],
        "Панкратова А. М. Признание СССР Францией // История дипломатии. В 3 т. Т. 3. Дипломатия в новое время. М., 1945. Гл. 11."
    );
}

#[test]
fn host_with_responsibility_and_edition() {
    let s = Source {
        title: Title::new("Защита информации"),
        numbering: Numbering { pages: some("12–20"), ..num() },
        host: Some(Box::new(Source {
            title: Title {
                other: vec!["учебное пособие".into()],
                ..Title::new("Основы информационной безопасности")
            },
            contributors: vec![Contributor::new(
                person("Нестеров", "С. А."),
                Role::Author,
            )],
            edition: some("Изд. 4-е"),
            places: vec![Place::new("Санкт-Петербург")],
            publishers: vec!["Лань".into()],
            date: Some(Date::year(2018)),
            ..Source::new(Kind::Book)
        })),
        ..Source::new(Kind::Chapter)
    };
    assert_eq!(
        all(&s)[2],
        "Защита информации // Основы информационной безопасности : учебное пособие / С. А. Нестеров. – Изд. 4-е. – Санкт-Петербург : Лань, 2018. – С. 12–20."
    );
}

#[test]
fn host_alone_in_a_reference_after_slashes_in_a_record() {
    let s = Source {
        numbering: Numbering { section: some("3301"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("Собр. законодательства Рос. Федерации"),
            date: Some(Date::year(1994)),
            numbering: Numbering { issue: some("32"), ..num() },
            ..Source::new(Kind::Periodical)
        })),
        ..Source::new(Kind::Law)
    };
    check(
        &s,
        "Собр. законодательства Рос. Федерации. — 1994. — № 32. — Ст. 3301.",
        "Собр. законодательства Рос. Федерации. 1994. № 32. Ст. 3301.",
        "// Собр. законодательства Рос. Федерации. – 1994. – № 32. – Ст. 3301.",
    );
}

#[test]
fn access_conditions_get_their_label() {
    let s = Source {
        title: Title { other: vec!["сайт".into()], ..Title::new("eLIBRARY.RU") },
        url: some("https://elibrary.ru"),
        accessed: Some(PartialDate::ymd(2018, 1, 9)),
        access_note: some("для зарегистрир. пользователей"),
        ..Source::new(Kind::WebSite)
    };
    assert_eq!(
        all(&s)[2],
        "eLIBRARY.RU : сайт. – URL: https://elibrary.ru (дата обращения: 09.01.2018). – Режим доступа: для зарегистрир. пользователей. – Текст : электронный."
    );
}

#[test]
fn law_in_a_gazette() {
    let s = Source {
        title: Title {
            other: vec!["федер. закон от 10.01.2002 № 7-ФЗ".into()],
            ..Title::new("Об охране окружающей среды")
        },
        numbering: Numbering { section: some("133"), ..num() },
        host: Some(Box::new(Source {
            title: Title::new("Собр. законодательства Рос. Федерации"),
            date: Some(Date::year(2002)),
            numbering: Numbering { issue: some("2"), ..num() },
            ..Source::new(Kind::Periodical)
        })),
        ..Source::new(Kind::Law)
    };
    check(
        &s,
        "Об охране окружающей среды : федер. закон от 10.01.2002 № 7-ФЗ // Собр. законодательства Рос. Федерации. — 2002. — № 2. — Ст. 133.",
        "Об охране окружающей среды : федер. закон от 10.01.2002 № 7-ФЗ // Собр. законодательства Рос. Федерации. 2002. № 2. Ст. 133.",
        "Об охране окружающей среды : федер. закон от 10.01.2002 № 7-ФЗ // Собр. законодательства Рос. Федерации. – 2002. – № 2. – Ст. 133.",
    );
}

// ---------------------------------------------------------------- other kinds

#[test]
fn thesis() {
    let s = Source {
        authors: vec![person("Петров", "П. П.")],
        title: Title::new("Внешняя политика СССР"),
        thesis: Some(Thesis {
            degree: "дис. … канд. ист. наук".into(),
            speciality: some("07.00.02"),
            ..Thesis::default()
        }),
        places: vec![moscow()],
        date: Some(Date::year(2002)),
        extent: some("215 с."),
        ..Source::new(Kind::Thesis)
    };
    check(
        &s,
        "Петров П. П. Внешняя политика СССР : дис. … канд. ист. наук : 07.00.02. — М., 2002. — 215 с.",
        "Петров П. П. Внешняя политика СССР : дис. … канд. ист. наук : 07.00.02. М., 2002. 215 с.",
        "Петров, П. П. Внешняя политика СССР : дис. … канд. ист. наук : 07.00.02 / П. П. Петров. – М., 2002. – 215 с.",
    );
}

#[test]
fn archival_document() {
    let cipher = Archive {
        repository: "ГА РФ".into(),
        fond: some("5446"),
        inventory: some("1"),
        file: some("50"),
        leaves: some("10"),
        ..Archive::default()
    };
    let bare = Source { archive: Some(cipher.clone()), ..Source::new(Kind::Archival) };
    let expect = "ГА РФ. Ф. 5446. Оп. 1. Д. 50. Л. 10.";
    assert_eq!(all(&bare), [expect, expect, expect]);
    let letter = Source {
        authors: vec![person("Куфаев", "М. Н.")],
        title: Title::new("Письмо Б. С. Боднарскому от 20 октября 1925 г."),
        archive: Some(Archive {
            repository: "ОР РГБ".into(),
            location: some("Ф. 573. Картон 41. Д. 55. Л. 18"),
            ..Archive::default()
        }),
        ..Source::new(Kind::Archival)
    };
    assert_eq!(
        all(&letter)[0],
        "Куфаев М. Н. Письмо Б. С. Боднарскому от 20 октября 1925 г. // ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18."
    );
}

#[test]
fn web_page_with_access_date() {
    let s = Source {
        authors: vec![person("Вяткин", "Л. Г.")],
        title: Title::new("Особенности учёта принципов"),
        medium: some("Электронный ресурс"),
        url: some("www.sgu.ru/departments/pedagogic/docs"),
        accessed: Some(PartialDate::ymd(2008, 10, 15)),
        ..Source::new(Kind::WebPage)
    };
    check(
        &s,
        "Вяткин Л. Г. Особенности учёта принципов [Электронный ресурс]. — URL: www.sgu.ru/departments/pedagogic/docs (дата обращения: 15.10.2008).",
        "Вяткин Л. Г. Особенности учёта принципов [Электронный ресурс]. URL: www.sgu.ru/departments/pedagogic/docs (дата обращения: 15.10.2008).",
        "Вяткин, Л. Г. Особенности учёта принципов / Л. Г. Вяткин. – URL: www.sgu.ru/departments/pedagogic/docs (дата обращения: 15.10.2008). – Текст : электронный.",
    );
}

#[test]
fn standard_and_conference_paper() {
    let std = Source {
        title: Title {
            other: vec!["Издания. Выходные сведения".into()],
            ..Title::new("ГОСТ Р 7.0.4–2006")
        },
        places: vec![moscow()],
        date: Some(Date::year(2006)),
        extent: some("II, 43 с."),
        series: vec![Series::new(
            "Система стандартов по информ., библ. и изд. делу",
            None,
        )],
        ..Source::new(Kind::Standard)
    };
    assert_eq!(
        all(&std)[1],
        "ГОСТ Р 7.0.4–2006 : Издания. Выходные сведения. М., 2006. II, 43 с. (Система стандартов по информ., библ. и изд. делу)."
    );
    let paper = Source {
        authors: vec![person("Иванов", "И. И.")],
        title: Title::new("Доклад"),
        numbering: Numbering { pages: some("5–7"), ..num() },
        host: Some(Box::new(Source {
            title: Title {
                other: vec!["материалы конф.".into()], ..Title::new("Наука")
            },
            places: vec![Place::new("Казань")],
            date: Some(Date::year(2010)),
            ..Source::new(Kind::Book)
        })),
        ..Source::new(Kind::ConferencePaper)
    };
    assert_eq!(
        all(&paper)[1],
        "Иванов И. И. Доклад // Наука : материалы конф. Казань, 2010. С. 5–7."
    );
}

#[test]
fn remaining_kinds_in_every_style() {
    let set = Source {
        title: Title::new("Сказки"),
        numbering: Numbering { volumes: some("5"), ..num() },
        places: vec![moscow()],
        publishers: vec!["Худож. лит.".into()],
        date: Some(Date::range(PartialDate::year(1990), PartialDate::year(1994))),
        ..Source::new(Kind::MultiVolume)
    };
    check(
        &set,
        "Сказки. В 5 т. — М. : Худож. лит., 1990—1994.",
        "Сказки. В 5 т. М. : Худож. лит., 1990—1994.",
        "Сказки : в 5 т. – М. : Худож. лит., 1990–1994.",
    );
    let abstract_ = Source {
        authors: vec![person("Петров", "П. П.")],
        title: Title::new("Внешняя политика СССР"),
        thesis: Some(Thesis {
            degree: "автореф. дис. … канд. ист. наук".into(),
            ..Thesis::default()
        }),
        places: vec![moscow()],
        date: Some(Date::year(2002)),
        extent: some("24 с."),
        ..Source::new(Kind::Autoreferat)
    };
    check(
        &abstract_,
        "Петров П. П. Внешняя политика СССР : автореф. дис. … канд. ист. наук. — М., 2002. — 24 с.",
        "Петров П. П. Внешняя политика СССР : автореф. дис. … канд. ист. наук. М., 2002. 24 с.",
        "Петров, П. П. Внешняя политика СССР : автореф. дис. … канд. ист. наук / П. П. Петров. – М., 2002. – 24 с.",
    );
    let patent = Source {
        title: Title {
            other: vec!["заявка 2000108705/28".into()],
            ..Title::new("Приемопередающее устройство")
        },
        responsibility: some("заявитель Воронеж. науч.-исслед. ин-т связи"),
        date: Some(Date::new(PartialDate::ymd(2001, 3, 10))),
        notes: vec!["Бюл. № 7".into()],
        ..Source::new(Kind::Patent)
    };
    check(
        &patent,
        "Приемопередающее устройство : заявка 2000108705/28 / заявитель Воронеж. науч.-исслед. ин-т связи. — 2001. — 10 марта. — Бюл. № 7.",
        "Приемопередающее устройство : заявка 2000108705/28 / заявитель Воронеж. науч.-исслед. ин-т связи. 2001. 10 марта. Бюл. № 7.",
        "Приемопередающее устройство : заявка 2000108705/28 / заявитель Воронеж. науч.-исслед. ин-т связи. – 2001. – 10 марта. – Бюл. № 7.",
    );
    let other = Source {
        title: Title::new("Карта Московской губернии"),
        place_missing: Some(Missing::new("Б. м.", true)),
        date: Some(Date { supplied: true, ..Date::year(1850) }),
        ..Source::new(Kind::Other)
    };
    check(
        &other,
        "Карта Московской губернии. — [Б. м.], [1850].",
        "Карта Московской губернии. [Б. м.], [1850].",
        "Карта Московской губернии. – [Б. м.], [1850].",
    );
}

// ---------------------------------------------------------------- options and variants

#[test]
fn printer_options() {
    let b = textbook();
    let p = GostPrinter::new().style(Style::Gost2008).dash(Dash::En);
    assert!(p.to_string(&b).unwrap().contains("вузов. – 2-е изд. – М."));
    let p = GostPrinter::new().style(Style::Gost2018).dash(Dash::Em);
    assert!(p.to_string(&b).unwrap().contains("вузов / В. И. Тарасова. — 2-е изд."));
    let p = GostPrinter::new().initials(Initials::Nbsp);
    assert!(
        p.to_string(&b).unwrap().starts_with("Тарасова\u{a0}В.\u{a0}И. Политическая")
    );
    let p = GostPrinter::new().initials(Initials::None);
    assert!(p.to_string(&b).unwrap().starts_with("Тарасова В.И. Политическая"));
    let p = GostPrinter::new().trailing_period(false);
    assert!(p.to_string(&b).unwrap().ends_with("С. 305—412"));
    let p = GostPrinter::new().variant(Variant::Footnote);
    assert_eq!(
        p.to_string(&b).unwrap(),
        to_gost_string(&b, Style::Gost2008Short).unwrap()
    );
}

#[test]
fn words_abbreviated_on_request_but_never_titles() {
    let s = Source {
        title: Title {
            other: vec!["учебное пособие".into()],
            ..Title::new("Московский государственный университет")
        },
        contributors: vec![Contributor::new(
            Name::Organization("Российская академия наук".into()),
            Role::Other(String::new()),
        )],
        places: vec![moscow()],
        publishers: vec!["Издательство Московского университета".into()],
        date: Some(Date::year(2001)),
        ..Source::new(Kind::Book)
    };
    let p = GostPrinter::new().abbreviate(true);
    assert_eq!(
        p.to_string(&s).unwrap(),
        "Московский государственный университет : учеб. пособие / Рос. акад. наук. М. : Изд-во Моск. ун-та, 2001."
    );
    // Records abbreviate no words of their own.
    let r = p.style(Style::Gost2018);
    assert!(r.to_string(&s).unwrap().contains(" : учебное пособие / Российская академия наук. – М. : Издательство Московского университета, 2001."));
}

#[test]
fn in_text_reference_drops_extent_and_series() {
    let s = Source {
        authors: vec![person("Кауфман", "И. М.")],
        title: Title::new("Словари"),
        places: vec![moscow()],
        date: Some(Date::year(1961)),
        extent: some("120 с."),
        series: vec![Series::new("Серия", None)],
        ..Source::new(Kind::Book)
    };
    let p = GostPrinter::new().variant(Variant::InText);
    assert_eq!(p.to_string(&s).unwrap(), "(Кауфман И. М. Словари. М., 1961)");
}

#[test]
fn a_reference_is_one_line() {
    let s = Source {
        title: Title::new("Очерки\nистории\r\n\tРоссии"),
        ..Source::default()
    };
    assert_eq!(all(&s)[0], "Очерки истории России.");
    let s = Source {
        authors: vec![person("Иванов", "И. И.")],
        title: Title::new("Очерки\nистории"),
        ..Source::default()
    };
    let nbsp = GostPrinter::new().initials(Initials::Nbsp);
    assert_eq!(nbsp.to_string(&s).unwrap(), "Иванов\u{a0}И.\u{a0}И. Очерки истории.");
}

#[test]
fn empty_source_is_an_error() {
    for st in Style::ALL {
        assert_eq!(to_gost_string(&Source::default(), st), Err(gostbib::Error::Empty));
    }
    let mut out = String::new();
    assert!(GostPrinter::new().print(&Source::default(), &mut out).is_err());
    assert!(out.is_empty());
}

#[test]
fn styles_parse_and_unknown_is_an_error() {
    for st in Style::ALL {
        assert_eq!(st.name().parse::<Style>().unwrap(), st);
    }
    assert!("gost-2003".parse::<Style>().is_err());
}

proptest! {
    /// HTML sections escape everything the sources hold: once the list tags are
    /// removed, no `<`, `>` or bare `&` is left.
    #[test]
    fn html_sections_are_escaped(list in proptest::collection::vec(common::source(), 0..6)) {
        let opts = SectionOptions::new().format(SectionFormat::Html);
        let html = format_section(&list, &opts);
        let inner = html.replace("<ol>", "").replace("</ol>", "").replace("<li>", "").replace("</li>", "");
        prop_assert!(!inner.contains(['<', '>']), "{}", html);
        for (i, _) in inner.match_indices('&') {
            let rest = &inner[i..];
            prop_assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| rest.starts_with(e)),
                "{}", html
            );
        }
        let text = format_section(&list, &SectionOptions::new().dedup(false).sort(false));
        let formatted = list.iter().filter(|s| to_gost_string(s, Style::Gost2008Short).is_ok()).count();
        prop_assert_eq!(text.lines().count(), formatted);
    }

    /// Any source formats without panicking; a non-empty result has balanced brackets
    /// from the formatter, no doubled period and no doubled space.
    #[test]
    fn arbitrary_sources_format(s in common::source()) {
        for st in Style::ALL {
            if let Ok(text) = to_gost_string(&s, st) {
                prop_assert!(!text.is_empty());
                prop_assert!(!text.contains(". . —"), "{}", text);
                prop_assert!(text.ends_with(['.', '?', '!', '…']), "{}", text);
            }
        }
    }
}
