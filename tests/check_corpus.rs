//! The checker on real data: the seed list gets exactly the diagnostics a careful
//! editor gives, and on the development corpus it never fails, gives every reference a
//! canonical form or says why not, and `--fix` output checks clean. Corpus tests skip
//! with a note when `../shared` is missing.

use std::collections::BTreeMap;

use gostbib::check::{CheckOptions, CheckReport, check_list};
use gostbib::gost::Style;
use proptest::prelude::*;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");
const STYLES: [Style; 3] = [Style::Gost2008, Style::Gost2008Short, Style::Gost2018];

fn shared(name: &str) -> Option<String> {
    let text = std::fs::read_to_string(format!("{SHARED}{name}")).ok();
    if text.is_none() {
        eprintln!("note: {SHARED}{name} not found, test skipped");
    }
    text
}

fn codes(report: &CheckReport) -> Vec<&str> {
    report.findings().map(|f| f.diagnostic.code.as_str()).collect()
}

/// Every finding points into the input, on character boundaries.
fn assert_positions(input: &str, report: &CheckReport) {
    for f in report.findings() {
        let s = &f.diagnostic.span;
        assert!(s.start <= s.end && s.end <= input.len(), "{f:?}");
        assert!(
            input.is_char_boundary(s.start) && input.is_char_boundary(s.end),
            "{f:?}"
        );
        assert_eq!(f.diagnostic.position, gostbib::Position::of(input, s.start));
    }
}

/// Checks, fixes and checks again; returns the first report.
fn fixed_point(input: &str, options: &CheckOptions) -> CheckReport {
    let report = check_list(input, options);
    assert_positions(input, &report);
    for r in &report.references {
        let why_not = r
            .findings
            .iter()
            .any(|f| matches!(f.diagnostic.code.as_str(), "G001" | "G002"));
        assert!(
            r.canonical.is_some() || why_not,
            "no canonical form and no reason: {}",
            r.text
        );
    }
    let fixed = report.fix_fully(input, options);
    // A reference wrapped over several lines becomes one line; otherwise lines stay.
    if !report.references.iter().any(|r| r.text.contains('\n')) {
        assert_eq!(
            fixed.lines().count(),
            input.lines().count(),
            "--fix changed the list's shape"
        );
    }
    let again = check_list(&fixed, options);
    if again.references.len() != report.references.len() {
        // Known: fixing glued initials can make the list splitter join a reference with
        // a following comment (`dev/lists.tsv` l027, docs/checker.md).
        eprintln!(
            "note: {} references before --fix, {} after",
            report.references.len(),
            again.references.len()
        );
    }
    let left: Vec<&str> = again
        .references
        .iter()
        .filter(|r| {
            !r.diff.is_empty() || r.findings.iter().any(|f| f.replacement.is_some())
        })
        .map(|r| r.text.as_str())
        .collect();
    assert!(
        left.is_empty(),
        "{} references still to fix after --fix: {left:#?}",
        left.len()
    );
    assert_eq!(again.fixed(&fixed), fixed);
    report
}

#[test]
fn seed_list_gets_exactly_the_editors_diagnostics_and_its_canonical_forms() {
    let Some(seed) = shared("seed-lit.txt") else { return };
    let report = fixed_point(&seed, &CheckOptions::new());
    assert_eq!(report.references.len(), 3);
    assert_eq!(codes(&report), ["G035", "G012", "G030"]);
    let at = |code: &str| {
        let f = report.findings().find(|f| f.diagnostic.code == code).unwrap();
        &seed[f.diagnostic.span.clone()]
    };
    assert_eq!(at("G035"), "; ");
    assert_eq!(at("G012"), "Б. д.");
    assert_eq!(at("G030"), "URL.:");
    let canonical: Vec<&str> =
        report.references.iter().map(|r| r.canonical.as_deref().unwrap()).collect();
    assert_eq!(
        canonical[0],
        "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М. ; Л., 1945. Гл. 11"
    );
    assert!(canonical[2].ends_with("Б. д. URL: http://www.france.mid.ru/."));
    let fixed = report.fix_fully(&seed, &CheckOptions::new());
    assert!(fixed.starts_with("Lit.:"), "the label stays: {fixed}");
    assert!(fixed.contains("Панкратова А. М. Признание"), "{fixed}");
    assert!(
        fixed.contains("М. ; Л., 1945") && fixed.contains("Б. д. URL: http"),
        "{fixed}"
    );
    assert!(fixed.contains("Гл. 11; Признание") && fixed.contains("Гл. 7; Российско"));
    assert!(report.has_errors(), "the missing access date is an error");
}

#[test]
fn seed_list_in_every_style_reaches_a_fixed_point() {
    let Some(seed) = shared("seed-lit.txt") else { return };
    for style in STYLES {
        let report = fixed_point(&seed, &CheckOptions::new().style(style));
        assert!(codes(&report).contains(&"G012"), "{style:?}");
    }
}

#[test]
fn dev_corpus_never_fails_and_fix_output_checks_clean() {
    let Some(refs) = shared("dev/refs.txt") else { return };
    let lines = refs.lines().filter(|l| !l.trim().is_empty()).count();
    for style in STYLES {
        let options = CheckOptions::new().style(style).one_per_line(true);
        let report = fixed_point(&refs, &options);
        assert_eq!(report.references.len(), lines);
        let mut distribution: BTreeMap<&str, usize> = BTreeMap::new();
        for c in codes(&report) {
            *distribution.entry(c).or_default() += 1;
        }
        let canonical =
            report.references.iter().filter(|r| r.canonical.is_some()).count();
        eprintln!(
            "{}: {canonical}/{lines} canonical; codes {distribution:?}",
            report.style
        );
    }
}

#[test]
fn threads_do_not_change_the_report() {
    let Some(refs) = shared("dev/refs.txt") else { return };
    let options = CheckOptions::new().one_per_line(true);
    let parallel = check_list(&refs, &options);
    let sequential = check_list(&refs, &options.clone().sequential(true));
    assert!(parallel.references.len() >= 256, "long enough to be cut into runs");
    assert_eq!(parallel.to_json(), sequential.to_json());
}

#[test]
fn dev_lists_never_fail_and_fix_output_checks_clean() {
    let Some(lists) = shared("dev/lists.tsv") else { return };
    for row in lists.lines().skip(1) {
        let Some(text) = row.split('\t').nth(2) else { continue };
        fixed_point(text, &CheckOptions::new());
        // The file writes the line breaks of a list as `⏎`: the list as written.
        let lines: Vec<&str> = text.split('⏎').map(str::trim).collect();
        let report = fixed_point(&lines.join("\n"), &CheckOptions::new());
        // Footnote numbers and bullets alone on their lines are no unrecognised text.
        for f in report.list.iter().filter(|f| f.diagnostic.code == "G001") {
            let piece = f.diagnostic.message.split('`').nth(1).unwrap_or_default();
            let label = piece.chars().all(|c| c.is_ascii_digit() || "-*• ".contains(c));
            assert!(!label, "{}", f.diagnostic.message);
        }
    }
}

#[test]
fn unusable_lines_do_not_break_the_checker() {
    let Some(json) = shared("dev/unusable.json") else { return };
    let items: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    for item in items {
        if let Some(text) = item["note"].as_str() {
            let report = check_list(text, &CheckOptions::new().one_per_line(true));
            assert_positions(text, &report);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_is_checked_without_panics(text in "\\PC{0,120}(\n\\PC{0,60}){0,3}") {
        let report = check_list(&text, &CheckOptions::new());
        assert_positions(&text, &report);
        let _ = report.render_text(&text, "x");
        let _ = report.fixed(&text);
    }
}
