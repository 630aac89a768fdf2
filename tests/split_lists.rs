//! List splitting on the fixtures in `fixtures/lists/` (each with its expected
//! number of references in `counts.tsv`), and its running time on big inputs.

use std::time::{Duration, Instant};

use proptest::prelude::*;

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

#[test]
fn long_lines_of_sentences_are_fast() {
    let collapsed: String =
        (1..=50_000).map(|n| format!("{n}. Иванов И. Книга. М., 1990. ")).collect();
    assert_eq!(timed(&collapsed, LIMIT), 50_000);
    let run_on = "Иванов И. И. Книга. М., 2003. ".repeat(40_000);
    assert_eq!(timed(&run_on, LIMIT), 40_000);
    let pages = "С. 1 1 1 1 1 1 1 1. ".repeat(50_000);
    timed(&pages, LIMIT);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Lists of numbered, bulleted and wrapped lines of reference-like words.
    #[test]
    fn line_structured_lists_keep_the_span_invariants(
        lines in proptest::collection::vec(
            "(\\[?[0-9]{1,3}[.)\\]]? ?|[-•↑*] ?)?([A-ZА-Я][a-zа-я]{0,6}|[IVX]+|[0-9]{1,4}|[.,;:/()«»–-]| ){0,12}",
            0..12,
        )
    ) {
        let input = lines.join("\n");
        let mut last = 0;
        for span in split_list(&input) {
            prop_assert!(span.start >= last && span.start < span.end && span.end <= input.len());
            let text = input.get(span.clone()).unwrap_or_default();
            prop_assert_eq!(text, text.trim());
            last = span.end;
        }
    }

    /// Whatever the input, spans are in order, trimmed, on character
    /// boundaries, and never hold a separating `;` at their ends.
    #[test]
    fn spans_are_ordered_trimmed_and_on_char_boundaries(
        input in "[0-9IVX.;:,()\\[\\]«»\"„“” \n⏎\u{a0}АаБбИиМмЛлСсТтЯяRrSsPp/–—*•-]{0,200}"
    ) {
        let mut last = 0;
        for span in split_list(&input) {
            prop_assert!(span.start >= last && span.start < span.end && span.end <= input.len());
            let text = input.get(span.clone());
            prop_assert!(text.is_some(), "{:?} cuts a character", span);
            let text = text.unwrap_or_default();
            prop_assert_eq!(text, text.trim());
            prop_assert!(text.contains(char::is_alphanumeric));
            last = span.end;
        }
    }
}
