//! The messages a user sees, pinned: every `Error` variant's Display, every parser
//! diagnostic (code, message, line and column in characters on Cyrillic input), and
//! the promise that nothing the parser did not understand is dropped silently.

use gostbib::{Diagnostic, Error, LineIndex, Parser, Position, Severity};

fn at(line: usize, column: usize) -> Position {
    Position { line, column }
}

#[test]
fn every_error_variant_has_a_pinned_message() {
    let table: Vec<(Error, &str)> = vec![
        (
            Error::Gost {
                position: at(2, 5),
                span: 10..20,
                expected: "a title",
                found: "М., 1945.".into(),
            },
            "gost parse error at line 2, column 5: expected a title, found `М., 1945.`",
        ),
        (Error::Empty, "no reference found in the input"),
        (
            Error::Csl { position: at(1, 3), message: "expected `,` or `}`".into() },
            "csl-json error at line 1, column 3: expected `,` or `}`",
        ),
        (
            Error::Bib {
                position: at(4, 1),
                key: "иванов1999".into(),
                message: "expected comma".into(),
            },
            "bibtex error at line 4, column 1 (entry `иванов1999`): expected comma",
        ),
        (
            Error::Mods { position: at(7, 12), message: "a DTD is not allowed".into() },
            "mods error at line 7, column 12: a DTD is not allowed",
        ),
        (Error::Utf8 { offset: 17 }, "input is not valid UTF-8 at byte 17"),
        (
            Error::UnknownValue { what: "style", value: "гост-3000".into() },
            "unknown style: `гост-3000`",
        ),
        (Error::Unsupported("a patent in MODS".into()), "unsupported: a patent in MODS"),
        (Error::Io("permission denied".into()), "i/o error: permission denied"),
    ];
    for (error, message) in &table {
        assert_eq!(error.to_string(), *message, "{error:?}");
        // Syntax errors, and only they, say where.
        let positioned = matches!(
            error,
            Error::Gost { .. }
                | Error::Csl { .. }
                | Error::Bib { .. }
                | Error::Mods { .. }
        );
        assert_eq!(error.is_syntax(), positioned, "{error:?}");
        assert_eq!(error.position().is_some(), positioned, "{error:?}");
    }
}

/// Errors raised by real input: the message, and the position in characters (the
/// Cyrillic before the error is two bytes a letter, so byte columns would differ).
#[test]
fn errors_from_real_input_name_the_position_in_characters() {
    let cases: Vec<(&str, Result<(), Error>, &str, Position)> = vec![
        (
            "gost: an empty reference on line 2",
            Parser::new().one_per_line(true).parse("Иванов И. И. История. М., 1999.\n — .").map(drop),
            "gost parse error at line 2, column 2: expected a reference, found `— .`",
            at(2, 2),
        ),
        (
            "bib: a missing comma after a Cyrillic title",
            gostbib::bibtex::from_bib_str("@book{к1, title = {Заглавие} year = {1999}}").map(drop),
            "bibtex error at line 1, column 30 (entry `к1`): expected comma",
            at(1, 30),
        ),
        (
            "bib: an entry cut off on line 5",
            gostbib::bibtex::from_bib_str(
                "@book{к1,\n  title = {Заглавие},\n  year = {1999\n}\n@book{к2, ",
            )
            .map(drop),
            "bibtex error at line 5, column 1 (entry `к1`): expected comma",
            at(5, 1),
        ),
        (
            "mods: a mistyped end tag after Cyrillic text",
            gostbib::mods::from_mods_str(
                "<mods xmlns=\"http://www.loc.gov/mods/v3\">\n<titleInfo><title>Заглавие</titl></titleInfo></mods>",
            )
            .map(drop),
            "mods error at line 2, column 27: malformed XML: ill-formed document: expected `</title>`, but `</titl>` was found",
            at(2, 27),
        ),
        (
            "csl: a missing comma after a Cyrillic value",
            gostbib::csl::from_csl_json("[{\"id\": \"к1\",\n \"title\": \"Заглавие\" \"type\": 1}]").map(drop),
            "csl-json error at line 2, column 22: expected `,` or `}`",
            at(2, 22),
        ),
    ];
    for (what, result, message, position) in cases {
        let err = result.expect_err(what);
        assert_eq!(err.to_string(), message, "{what}");
        assert_eq!(err.position(), Some(position), "{what}");
    }
}

#[test]
fn values_that_name_nothing_known_say_what_and_which() {
    let style = "гост-3000".parse::<gostbib::gost::Style>().unwrap_err();
    assert_eq!(style.to_string(), "unknown style: `гост-3000`");
    let kind = "книга".parse::<gostbib::Kind>().unwrap_err();
    assert_eq!(kind.to_string(), "unknown document kind: `книга`");
    let date = "1999-13".parse::<gostbib::PartialDate>().unwrap_err();
    assert_eq!(date.to_string(), "unknown date: `1999-13`");
    let empty = gostbib::gost::to_gost_string(
        &gostbib::Source::default(),
        gostbib::gost::Style::Gost2008Short,
    )
    .unwrap_err();
    assert_eq!(empty, Error::Empty);
    let bytes = Parser::new().parse_bytes(b"\xD0\x9F\xD0\xB0\xFF").unwrap_err();
    assert_eq!(bytes.to_string(), "input is not valid UTF-8 at byte 4");
}

/// Every diagnostic kind of the parser: (input, code, severity, message, line, column,
/// offending text).
#[test]
fn every_parser_diagnostic_kind_is_pinned() {
    let first = "Иванов И. И. История. М., 1999.\n";
    let cases: Vec<(String, &str, Severity, &str, Position, &str)> = vec![
        (
            format!("{first} — ."),
            "P001",
            Severity::Error,
            "empty reference",
            at(2, 2),
            "— .",
        ),
        (
            "Ёжиков А. Б. Сказки. М., 1999. ыыы ююю 12345 @@@ ,,,,,, & hello".into(),
            "P003",
            Severity::Warning,
            "text not understood: `ыыы ююю 12345 @@@`",
            at(1, 32),
            "ыыы ююю 12345 @@@",
        ),
        (
            format!("{first}Иванов И. И. Cочинения. М., 1999."),
            "P004",
            Severity::Warning,
            "`C` is a look-alike letter of another script, read as `С`",
            at(2, 14),
            "C",
        ),
        (
            format!("{first}Иванов И. И. История. URL.: http://x.ru"),
            "P005",
            Severity::Note,
            "`URL.:` written for `URL:`",
            at(2, 23),
            "URL.:",
        ),
        (
            format!("{first}Иванов И. И. История / / Вестник. 1999."),
            "P006",
            Severity::Note,
            "`/ /` written for `//`",
            at(2, 22),
            "/ /",
        ),
        (
            format!("{first}Иванов И. И. Ис\u{0}\u{1}тория. М., 1999."),
            "P008",
            Severity::Warning,
            "not text: U+0000 U+0001, read as a space",
            at(2, 16),
            "\u{0}\u{1}",
        ),
    ];
    for (input, code, severity, message, position, found) in cases {
        let out = Parser::new().lenient(true).one_per_line(true).parse(&input).unwrap();
        let d =
            out.diagnostics.iter().find(|d| d.code == code).unwrap_or_else(|| {
                panic!("no {code} for {input:?}: {:?}", out.diagnostics)
            });
        assert_eq!(
            (d.severity, d.message.as_str(), d.position),
            (severity, message, position)
        );
        assert_eq!(&input[d.span.clone()], found, "{code}");
        // The position is the one a fresh scan of the input gives.
        assert_eq!(d.position, Position::of(&input, d.span.start), "{code}");
    }
    // P002: a reference with nothing to be a title fails strict parsing at its start.
    let input = "Иванов И. И. История. М., 1999.\n  М., 2001.";
    let lenient = Parser::new().lenient(true).one_per_line(true).parse(input).unwrap();
    let d = lenient.diagnostics.iter().find(|d| d.code == "P002").expect("P002");
    assert_eq!(
        (d.severity, d.message.as_str(), d.position),
        (Severity::Error, "no title found", at(2, 3))
    );
    assert_eq!(
        Parser::new().one_per_line(true).parse(input).unwrap_err().to_string(),
        "gost parse error at line 2, column 3: expected a title, found `М., 2001.`"
    );
}

#[test]
fn diagnostics_render_with_the_offending_line_and_a_caret() {
    let input =
        "Иванов И. И. История. М., 1999.\nИванов И. И. История. URL.: http://x.ru";
    let out = Parser::new().lenient(true).one_per_line(true).parse(input).unwrap();
    let d = out.diagnostics.iter().find(|d| d.code == "P005").unwrap();
    assert_eq!(
        d.render(input),
        "note[P005]: `URL.:` written for `URL:` at line 2, column 23\n  \
         | Иванов И. И. История. URL.: http://x.ru\n  \
         |                       ^^^^^"
    );
}

#[test]
fn nothing_not_understood_is_dropped() {
    let input = "1. Ёжиков А. Б. Сказки. М., 1999. ыыы ююю 12345 @@@ ,,,,,, & hello\n\
                 2. Иванов И. И. История. М., 1999.";
    let out = Parser::new().lenient(true).parse(input).unwrap();
    assert_eq!(out.sources.len(), 2);
    let first = &out.sources[0];
    let kept: Vec<&str> = first.unparsed.iter().map(|u| u.value.as_str()).collect();
    assert_eq!(kept, ["ыыы ююю 12345 @@@", "& hello"]);
    // Each piece is reported as P003 at its own span, which holds exactly that text.
    for u in &first.unparsed {
        assert_eq!(&input[u.span.clone()], u.value);
        let d = out
            .diagnostics
            .iter()
            .find(|d| d.code == "P003" && d.span == u.span)
            .unwrap_or_else(|| panic!("no P003 for {:?}", u.value));
        assert_eq!(d.message, format!("text not understood: `{}`", u.value));
        assert_eq!(d.position, Position::of(input, u.span.start));
    }
    // Every word of the input is in some element's span or in the unparsed text.
    let covered = |at: usize| {
        first.spans.iter().any(|s| s.span.contains(&at))
            || first.unparsed.iter().any(|u| u.span.contains(&at))
    };
    let origin = first.origin.as_ref().unwrap();
    for (i, c) in origin.text.char_indices() {
        if c.is_alphanumeric() {
            assert!(
                covered(origin.span.start + i),
                "`{c}` at {i} is neither parsed nor kept"
            );
        }
    }
    assert!(out.sources[1].unparsed.is_empty());
    // Strict mode does not fail on text it keeps: it is a warning, not an error.
    assert_eq!(Parser::new().parse(input).unwrap().sources, out.sources);
}

#[test]
fn line_index_agrees_with_position_of_everywhere() {
    let text = "Лит.:\nПанкратова А. М.\r\n\nИванов\n".repeat(40) + &"ж".repeat(700);
    let index = LineIndex::new(&text);
    for at in 0..=text.len() + 2 {
        assert_eq!(index.position(at), Position::of(&text, at), "at byte {at}");
    }
    assert_eq!(index.line_text(2), "Панкратова А. М.");
    assert_eq!(index.line_text(3), "");
    assert_eq!(index.line_text(4), "Иванов");
    assert_eq!(index.line_text(10_000), "");
    let d = index.diagnostic(Severity::Note, "P001", "m", 7..9);
    assert_eq!(d, Diagnostic::new(&text, Severity::Note, "P001", "m", 7..9));
}
