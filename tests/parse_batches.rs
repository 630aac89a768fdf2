//! `Parser::parse_batches` hands over, batch by batch, exactly what `Parser::parse`
//! returns at once: the same sources and diagnostics in the same order, and the
//! same error in strict mode.

use gostbib::{Error, ParseOutput, Parser};

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");

fn batched(parser: Parser, input: &str, batch: usize) -> Result<ParseOutput, Error> {
    let mut all = ParseOutput::default();
    let mut sizes = Vec::new();
    parser.parse_batches(input, batch, |out| {
        sizes.push(out.sources.len());
        all.sources.extend(out.sources);
        all.diagnostics.extend(out.diagnostics);
        Ok(())
    })?;
    assert!(sizes.iter().all(|&n| n <= batch.max(1)), "{sizes:?}");
    Ok(all)
}

#[test]
fn batches_add_up_to_the_whole_parse() {
    let Ok(dev) = std::fs::read_to_string(DEV) else {
        eprintln!("skipped: {DEV} not found");
        return;
    };
    // The first hundred lines, one per line and as one `Lit.:` paragraph.
    let lines: Vec<&str> =
        dev.lines().filter(|l| !l.trim().is_empty()).take(100).collect();
    let paragraph = format!("Лит.: {}", lines.join("; "));
    let one_per_line = lines.join("\n");
    for (input, opl) in [(one_per_line.as_str(), true), (paragraph.as_str(), false)] {
        let parser = Parser::new().lenient(true).one_per_line(opl);
        let whole = parser.parse(input).expect("lenient parsing succeeds");
        assert!(whole.sources.len() >= 50, "{}", whole.sources.len());
        for batch in [0, 1, 7, 64, 10_000] {
            assert_eq!(batched(parser, input, batch).unwrap(), whole, "batch {batch}");
        }
    }
}

#[test]
fn strict_mode_fails_as_the_whole_parse_does() {
    let parser = Parser::new().one_per_line(true);
    let input = "Троцкий Л. Д. Уроки Октября. М., 1924.\nПалеолог М. Царская Россия. М., 1923.\nМ., 2001.\nЛинда В. Н. Воспоминания. М., 1990.";
    let whole = parser.parse(input).unwrap_err();
    let mut seen = 0;
    let err = parser
        .parse_batches(input, 1, |out| {
            seen += out.sources.len();
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err, whole);
    assert_eq!(seen, 2, "the batches before the error are handed over");
    assert_eq!(batched(parser, " \n\n", 2).unwrap_err(), Error::Empty);
    assert_eq!(parser.parse(" \n\n").unwrap_err(), Error::Empty);
}

#[test]
fn an_error_of_the_callback_stops_the_parse() {
    let parser = Parser::new().lenient(true).one_per_line(true);
    let input =
        "Троцкий Л. Д. Уроки Октября. М., 1924.\nПалеолог М. Царская Россия. М., 1923.";
    let mut calls = 0;
    let err = parser.parse_batches(input, 1, |_| {
        calls += 1;
        Err(Error::Empty)
    });
    assert_eq!((err, calls), (Err(Error::Empty), 1));
}
