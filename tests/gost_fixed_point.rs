//! The short GOST form of a parsed reference is a fixed point: formatting the parse of
//! our own output gives the same string (the statement the `gost_roundtrip` fuzz
//! target checks; see docs/robustness.md).

use gostbib::gost::{Style, to_gost_string};

/// `format(parse(f))` for `f = format(parse(text))`, or `None` when the parser left
/// text it did not understand.
fn twice(text: &str) -> Option<(String, String)> {
    let first = gostbib::parse_reference(text).ok()?;
    if !first.unparsed.is_empty() {
        return None;
    }
    let f = to_gost_string(&first, Style::Gost2008Short).ok()?;
    let second = gostbib::parse_reference(&f).expect("our own output parses");
    let g = to_gost_string(&second, Style::Gost2008Short).expect("formats again");
    Some((f, g))
}

#[test]
fn each_shape_fixed_this_session_is_a_fixed_point() {
    let cases = [
        // a volume's own title after the volume (`Т. 1 (А-К)`)
        "Энциклопедия Поволжья. - Т.2 (Л-Я). - Самара: Волга, 2001. - C. 74.",
        "Сборник статей. - Т. 3: Промышленный Урал. Заводы. - 1999. - С. 15-20",
        // the host's own heading, also named in its statement of responsibility
        "Глава: [1900 - 1950] // Летопись Урала / автор текста Иван Петрович Сидоров; \
         ответственный редактор Олег Ильич Кравцов. - Пермь: Кама. - 1999. - С. 9;",
        // an abbreviation's period before ` : `
        "Иванова М. П. История губернии начала ХХ ст..- Дисертація канд. іст. наук: \
         07.00.02. - К., 2011.- 210 с.",
        // a statement of responsibility ending in initials, then place : publisher
        "Орлова Т.В. Геометрия [Электронный ресурс]: учебник/ Орлова Т.В.— Самара: \
         Волга, 2019.— 201 c.",
    ];
    for text in cases {
        let (f, g) = twice(text).unwrap_or_else(|| panic!("fully parsed: {text}"));
        assert_eq!(g, f, "{text}");
    }
}

#[test]
fn dev_corpus_short_forms_are_fixed_points() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
    let Ok(refs) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let (mut checked, mut failed) = (0, Vec::new());
    for line in refs.lines() {
        if let Some((f, g)) = twice(line) {
            checked += 1;
            if f != g {
                failed.push(format!("{f}\n  → {g}"));
            }
        }
    }
    eprintln!("{} of {checked} short forms are not fixed points", failed.len());
    assert!(checked >= 250, "only {checked} references fully parsed");
    // Measured 0 of 270 (2026-11-28, fourth robustness session; the last one was
    // `Vol. 2. 1928—1960.`, a volume title that reads as a date).
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Every label the formatter writes, in each language it writes labels in, reads back
/// as the element it labels: the volume, book, part, issue, chapter, pages and article
/// of a reference, and the number of volumes.
#[test]
fn every_label_of_every_language_reads_back() {
    use gostbib::{Kind, Numbering, Source, Title};
    let titles = [
        ("ru", "Собрание сочинений"),
        ("en", "The collected works of the author"),
        ("fr", "Les œuvres complètes de l'auteur"),
        ("de", "Die gesammelten Werke des Autors"),
    ];
    let numberings = [
        Numbering {
            volumes: Some("4".into()),
            book: Some("2".into()),
            ..Numbering::default()
        },
        Numbering {
            volumes: Some("3".into()),
            part: Some("1".into()),
            ..Numbering::default()
        },
        Numbering {
            volume: Some("2".into()),
            issue: Some("5".into()),
            pages: Some("10-20".into()),
            ..Numbering::default()
        },
        Numbering {
            volumes: Some("2".into()),
            volumes_in_books: true,
            book: Some("1".into()),
            ..Numbering::default()
        },
        Numbering { chapter: Some("7".into()), ..Numbering::default() },
        Numbering { section: Some("12".into()), ..Numbering::default() },
    ];
    for (lang, title) in titles {
        for numbering in &numberings {
            let source = Source {
                kind: Kind::Book,
                title: Title::new(title),
                language: Some(lang.parse().unwrap()),
                places: vec![gostbib::Place::new("Paris")],
                date: Some(gostbib::Date::year(1990)),
                numbering: numbering.clone(),
                ..Source::default()
            };
            let text = to_gost_string(&source, Style::Gost2008Short).unwrap();
            let back = gostbib::parse_reference(&text).unwrap();
            assert_eq!(back.numbering, source.numbering, "{lang}: {text}");
            assert!(back.unparsed.is_empty(), "{lang}: {text}: {:?}", back.unparsed);
        }
    }
}

/// A work in books keeps its unit: `в 2-х кн.` is written `В 2 кн.`, not `В 2 т.`, and
/// reads back as it is written (fuzz target `gost_roundtrip`, fifth session, from the
/// dev corpus's `Битва под Москвой … : в 2-х кн.`).
#[test]
fn a_work_in_books_is_written_in_books() {
    let s = gostbib::parse_reference(
        "Битва под Москвой. Хроника, факты, люди: в 2-х кн. М.: ОЛМА-ПРЕСС, 2001. Кн. 1. 925 с.",
    )
    .unwrap();
    assert_eq!(s.numbering.volumes.as_deref(), Some("2"));
    assert!(s.numbering.volumes_in_books);
    let short = to_gost_string(&s, Style::Gost2008Short).unwrap();
    assert_eq!(
        short,
        "Битва под Москвой. Хроника, факты, люди. В 2 кн. Кн. 1. М. : ОЛМА-ПРЕСС, 2001. 925 с."
    );
    assert_eq!(twice(&short).map(|(a, b)| a == b), Some(true));
    let t = gostbib::parse_reference("Собрание сочинений : в 3 т. М., 1990.").unwrap();
    assert!(!t.numbering.volumes_in_books);
}
