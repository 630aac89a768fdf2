//! `Parser::parse_parallel` gives exactly what `Parser::parse` gives.
#![cfg(feature = "rayon")]

use gostbib::Parser;

#[test]
fn parallel_parse_equals_sequential_on_the_dev_corpus() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
    let Ok(refs) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} not found");
        return;
    };
    let text = refs.repeat(4);
    for parser in
        [Parser::new().lenient(true).one_per_line(true), Parser::new().lenient(true)]
    {
        assert_eq!(parser.parse_parallel(&text).unwrap(), parser.parse(&text).unwrap());
    }
}

#[test]
fn strict_parallel_parse_fails_at_the_same_reference() {
    let text = "Троцкий Л. Д. Уроки Октября. М., 1924.\nМ., 2001.\nМ., 2002.";
    let p = Parser::new().one_per_line(true);
    assert_eq!(p.parse_parallel(text).unwrap_err(), p.parse(text).unwrap_err());
}
