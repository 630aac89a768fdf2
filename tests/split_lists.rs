//! List splitting on the fixtures in `fixtures/lists/` (each with its expected
//! number of references in `counts.tsv`), and its running time on big inputs.

use std::time::{Duration, Instant};

use gostbib::parse::split_list_items;
use gostbib::split_list;

/// A quadratic splitter takes hours on these inputs; a linear one takes a few
/// seconds in a debug build, even on a loaded machine.
const LIMIT: Duration = Duration::from_secs(60);

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/lists");

#[test]
fn every_fixture_list_splits_into_its_count() {
    let counts =
        std::fs::read_to_string(format!("{DIR}/counts.tsv")).expect("counts.tsv");
    let mut seen = 0;
    for row in counts.lines().skip(1).filter(|r| !r.is_empty()) {
        let cols: Vec<&str> = row.split('\t').collect();
        let text =
            std::fs::read_to_string(format!("{DIR}/{}", cols[0])).expect("fixture list");
        let want: usize = cols[1].parse().expect("a count");
        let got: Vec<&str> = split_list(&text).into_iter().map(|s| &text[s]).collect();
        assert_eq!(got.len(), want, "{}: {got:#?}", cols[0]);
        seen += 1;
    }
    let files = std::fs::read_dir(DIR).expect("fixtures/lists").count();
    assert_eq!(seen + 1, files, "every list in {DIR} has a row in counts.tsv");
}

#[test]
fn numbers_and_markers_of_a_numbered_fixture() {
    let text =
        std::fs::read_to_string(format!("{DIR}/numbered-paren.txt")).expect("fixture");
    let items = split_list_items(&text);
    let numbers: Vec<Option<u32>> = items.iter().map(|i| i.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(3), Some(4)]);
    let marker = items[2].marker.clone().expect("item 3 keeps its number");
    assert_eq!(&text[marker], "3)");
    assert!(text[items[1].span.clone()].ends_with("382 с."));
}

/// Runs `split_list` on `input` and fails if it takes longer than `limit`.
fn timed(input: &str, limit: Duration) -> usize {
    let start = Instant::now();
    let n = split_list(input).len();
    let took = start.elapsed();
    eprintln!("{} bytes: {took:?}", input.len());
    assert!(took < limit, "{} bytes took {took:?}", input.len());
    n
}

#[test]
fn a_megabyte_of_separators_is_fast() {
    let input = "; ".repeat(512 * 1024);
    assert_eq!(timed(&input, LIMIT), 0);
    let refs = "Иванов И. Книга. М., 1990; ".repeat(40_000);
    assert_eq!(timed(&refs, LIMIT), 40_000);
}

#[test]
fn a_ten_megabyte_line_is_fast() {
    let line = "а".repeat(5 * 1024 * 1024);
    assert_eq!(timed(&line, LIMIT), 1);
    let brackets = "((((; ".repeat(2 * 1024 * 1024);
    timed(&brackets, LIMIT);
}

#[test]
fn many_lines_and_numbers_are_fast() {
    let numbered: String =
        (1..=100_000).map(|n| format!("{n}. Иванов И. Книга. М., 1990.\n")).collect();
    assert_eq!(timed(&numbered, LIMIT), 100_000);
    let skipping: String = (1..=100_000)
        .map(|n| format!("{}) Иванов И. Книга (ч. 2) Т. 3.\n", 2 * n))
        .collect();
    timed(&skipping, LIMIT);
    let blank = "\n".repeat(1_000_000);
    assert_eq!(timed(&blank, LIMIT), 0);
}
