//! No single reference makes the parser quadratic: huge headings, nesting and runs of
//! look-alike letters parse in time proportional to their size.
//!
//! The bounds are generous (a debug build on a busy machine passes them by a wide
//! margin); a quadratic pass over 100,000 items would take hours.

use gostbib::Parser;
use std::time::{Duration, Instant};

const N: usize = 100_000;
const BOUND: Duration = Duration::from_secs(60);

fn parses_in_time(name: &str, text: &str) {
    let t = Instant::now();
    let out = Parser::new().lenient(true).one_per_line(true).parse(text).unwrap();
    let took = t.elapsed();
    assert!(took < BOUND, "{name}: {} bytes took {took:?}", text.len());
    assert!(out.sources.len() <= 1, "{name}: one line is at most one reference");
}

#[test]
fn a_heading_of_100000_authors() {
    let text = "Иванов И. И., ".repeat(N) + "Заглавие. М., 2001.";
    parses_in_time("authors", &text);
}

#[test]
fn nested_brackets_and_parentheses() {
    parses_in_time("brackets", &("[".repeat(N) + "Заглавие" + &"]".repeat(N)));
    parses_in_time("parens", &("Заглавие ".to_owned() + &"(".repeat(N) + &")".repeat(N)));
    parses_in_time("unclosed", &("Заглавие «".to_owned() + &"(« [".repeat(N)));
}

#[test]
fn look_alike_letters_and_numerals() {
    parses_in_time("numerals", &("Заглавие. ".to_owned() + &"I X C ".repeat(N)));
    parses_in_time("mixed", &("Cочинения Mосква ".repeat(N)));
}

#[test]
fn many_areas_and_slashes() {
    parses_in_time("periods", &("Заглавие. ".repeat(N) + "М., 2001."));
    parses_in_time("areas", &("Заглавие. – М., 2001. – ".repeat(N / 4)));
    parses_in_time("slashes", &("Заглавие / Иванов // ".repeat(N / 4)));
}
