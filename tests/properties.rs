//! Properties of parsing on arbitrary input (run with `PROPTEST_CASES=1000` in CI):
//! splitting and lenient parsing never panic, every source's origin is its span of the
//! input, time is linear in the input, and the GOST formatter and the parser agree on
//! their own output.
mod common;

use std::time::{Duration, Instant};

use gostbib::gost::{Style, to_gost_string};
use gostbib::{
    Date, Kind, Name, Parser, Person, Place, Source, Title, parse_reference, split_list,
};
use proptest::prelude::*;

/// Pieces of GOST references (areas, separators, names, brackets, list numbers).
const TOKENS: &[&str] = &[
    "//",
    ". — ",
    " — ",
    "М.;",
    "М. : ",
    "Л., ",
    "Т. 3",
    "С. 12–15",
    "Вып. 2",
    "№ 4",
    "1999",
    "240 с.",
    "Панкратова А. М.",
    "A. M. Pankratova",
    "Иванов И. И., Петров П. П.",
    "/ под ред. ",
    "[и др.]",
    "[Электронный ресурс]",
    "URL: http://x.ru/a",
    "(дата обращения: 01.02.2020)",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "\"",
    ";",
    ",",
    ".",
    ":",
    "\n",
    "1. ",
    "2) ",
    "\u{00A0}",
    "\u{200B}",
    "ГА РФ. Ф. Р-7523. Оп. 105. Д. 168. Л. 3",
];

/// Text built from [`TOKENS`] and Cyrillic words, glued with or without spaces, so that
/// the splitter and the area grammar meet their own punctuation in odd orders.
fn gostish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        4 => proptest::sample::select(TOKENS).prop_map(String::from),
        1 => "[а-яА-Я]{1,8}",
    ];
    proptest::collection::vec((token, prop_oneof![Just(""), Just(" ")]), 0..40)
        .prop_map(|v| v.into_iter().flat_map(|(t, s)| [t, s.to_owned()]).collect())
}

/// [`gostish`] cut to 100 characters, for the timing property.
fn gostish_short() -> impl Strategy<Value = String> {
    gostish().prop_map(|s| s.chars().take(100).collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC{0,120}", gostish()]
}

/// Lenient parsing in both modes: no panic, and every source's origin is exactly its
/// span of the input (nothing shifted, nothing invented).
fn check_origins(input: &str) -> Result<(), TestCaseError> {
    for parser in
        [Parser::new().lenient(true), Parser::new().lenient(true).one_per_line(true)]
    {
        let out = parser.parse(input).expect("lenient parsing does not fail");
        for s in &out.sources {
            let origin = s.origin.as_ref().expect("a parsed source keeps its origin");
            prop_assert_eq!(input.get(origin.span.clone()), Some(origin.text.as_str()));
            let pos = gostbib::Position::of(input, origin.span.start);
            prop_assert_eq!((origin.line, origin.column), (pos.line, pos.column));
            for u in &s.unparsed {
                prop_assert!(
                    input.get(u.span.clone()).is_some(),
                    "unparsed span {:?}",
                    u.span
                );
            }
        }
        for d in &out.diagnostics {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= input.len());
            prop_assert_eq!(d.position, gostbib::Position::of(input, d.span.start));
        }
    }
    for span in split_list(input) {
        prop_assert!(input.get(span.clone()).is_some(), "split span {:?}", span);
    }
    Ok(())
}

fn parse_time(input: &str) -> Duration {
    let t = Instant::now();
    let out = Parser::new().lenient(true).parse(input).expect("lenient");
    let took = t.elapsed();
    drop(out);
    took
}

proptest! {
    #[test]
    fn parsing_never_panics_and_keeps_origins(input in any_text()) {
        check_origins(&input)?;
    }

    /// Control and private-use characters are read as spaces but never dropped: each one
    /// inside a reference is in an unparsed span that holds it as written (`P008`).
    #[test]
    fn characters_that_are_no_text_stay_unparsed(
        parts in proptest::collection::vec(
            (gostish_short(), "[\\x00-\\x08\\x0E-\\x1F\\x7F\u{E000}-\u{E0FF}]{1,3}"),
            1..4,
        )
    ) {
        let input: String = parts.iter().map(|(a, b)| format!("{a}{b}")).collect();
        let out = Parser::new().lenient(true).one_per_line(true).parse(&input).unwrap();
        for (at, c) in input.char_indices().filter(|(_, c)| c.is_control() && *c != '\n' || ('\u{E000}'..='\u{E0FF}').contains(c)) {
            let Some(s) = out.sources.iter().find(|s| s.origin.as_ref().is_some_and(|o| o.span.contains(&at))) else { continue };
            prop_assert!(
                s.unparsed.iter().any(|u| u.span.contains(&at) && input[u.span.clone()] == u.value),
                "{:?} at {} of {:?}: {:?}", c, at, input, s.unparsed
            );
        }
    }

    /// Linear time: 16 copies of a text cost at most ~10× what 4 copies cost (linear
    /// work costs 4×, a quadratic step 16×). A loaded machine can stall any one run, so
    /// a miss is measured again, up to six times, keeping the fastest of each size, and
    /// 20 ms of slack absorbs a preemption. (Large inputs: tests/adversarial.rs.)
    #[test]
    fn parsing_takes_linear_time(
        input in prop_oneof!["\\PC{0,40}", gostish_short()],
        glue in prop_oneof![Just(""), Just(" "), Just("\n"), Just("; ")],
    ) {
        let unit = format!("{input}{glue}");
        let (small, large) = (unit.repeat(4), unit.repeat(16));
        let (mut t4, mut t16) = (Duration::MAX, Duration::MAX);
        for _ in 0..6 {
            t4 = t4.min(parse_time(&small));
            t16 = t16.min(parse_time(&large));
            if t16 <= t4 * 10 + Duration::from_millis(20) {
                return Ok(());
            }
        }
        prop_assert!(false, "×4 took {:?}, ×16 took {:?} for {:?}", t4, t16, unit);
    }

    /// Everything the formatter writes, for any source, parses in strict mode (no
    /// error, no panic), and so does the formatting of that parse.
    #[test]
    fn the_parser_reads_all_formatter_output(source in common::source()) {
        let Ok(first) = to_gost_string(&source, Style::Gost2008Short) else { return Ok(()) };
        let once = reformat(&first)?;
        reformat(&once)?;
    }

    /// Where the short form is canonical (a book: authors with initials; a title of
    /// words of five letters or more, so that none reads as an abbreviation such as
    /// `апр.` or `Вып.`; one to three places with their standard abbreviations, so that
    /// the title's last word never touches the year; a publisher; a year; a page count),
    /// parse is idempotent through the formatter: format → parse → format gives the same
    /// string, and the parse gives back every field written. (Checked with 30,000 cases.)
    #[test]
    fn parse_is_idempotent_through_the_formatter(source in canonical_book()) {
        let first = to_gost_string(&source, Style::Gost2008Short).expect("a book formats");
        let parsed = parse_reference(&first).expect("our output parses");
        prop_assert!(parsed.unparsed.is_empty(), "{}: {:?}", first, parsed.unparsed);
        let again = to_gost_string(&parsed, Style::Gost2008Short).expect("formats again");
        prop_assert_eq!(&again, &first);
        prop_assert_eq!(&parsed.authors, &source.authors, "{}", first);
        prop_assert_eq!(&parsed.title, &source.title, "{}", first);
        prop_assert_eq!(&parsed.places, &source.places, "{}", first);
        prop_assert_eq!(&parsed.publishers, &source.publishers, "{}", first);
        prop_assert_eq!(&parsed.date, &source.date, "{}", first);
        prop_assert_eq!(&parsed.extent, &source.extent, "{}", first);
    }
}

/// A book whose GOST short form is unambiguous (see
/// `parse_is_idempotent_through_the_formatter`).
fn canonical_book() -> impl Strategy<Value = Source> {
    let places = vec![("Москва", "М."), ("Ленинград", "Л."), ("Санкт-Петербург", "СПб.")];
    (
        proptest::collection::vec((common::word(), "[А-Я]\\. [А-Я]\\."), 0..4),
        ("[А-Я][а-я]{4,9}", proptest::collection::vec("[а-я]{5,9}", 0..4)),
        proptest::sample::subsequence(places, 1..3),
        proptest::option::of("[А-Я][а-я]{2,9}"),
        1800i32..2030,
        proptest::option::of(10u32..900),
    )
        .prop_map(|(authors, (first, rest), places, publisher, year, pages)| {
            let title = std::iter::once(first).chain(rest).collect::<Vec<_>>().join(" ");
            Source {
                authors: authors
                    .into_iter()
                    .map(|(family, initials)| Name::Person(Person::new(family, initials)))
                    .collect(),
                title: Title::new(title),
                publishers: publisher
                    .filter(|_| !places.is_empty())
                    .into_iter()
                    .collect(),
                places: places
                    .into_iter()
                    .map(|(n, w)| Place::abbreviated(n, w))
                    .collect(),
                date: Some(Date::year(year)),
                extent: pages.map(|p| format!("{p} с.")),
                language: Some("ru".parse().expect("ru")),
                ..Source::new(Kind::Book)
            }
        })
}
/// parse → format of a formatted reference; our own output always parses.
fn reformat(text: &str) -> Result<String, TestCaseError> {
    let parsed: Source = parse_reference(text).map_err(|e| {
        TestCaseError::fail(format!("our output does not parse: {e}: {text}"))
    })?;
    to_gost_string(&parsed, Style::Gost2008Short)
        .map_err(|e| TestCaseError::fail(format!("re-format failed: {e}: {text}")))
}
