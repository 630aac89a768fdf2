//! The parser never panics, runs in linear time and reports what it cannot read with
//! character-based positions.

use std::time::{Duration, Instant};

use gostbib::{Error, Parser, Severity};
use proptest::prelude::*;

const LENIENT: Parser = Parser::new().lenient(true);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = LENIENT.parse(&s);
        let _ = LENIENT.one_per_line(true).parse(&s);
        let _ = Parser::new().one_per_line(true).parse(&s);
    }

    #[test]
    fn reference_like_text_never_panics(s in "[А-Яа-яA-Za-z0-9 .,:;/\\-–—«»\"()\\[\\]№]{0,160}") {
        if let Ok(out) = LENIENT.one_per_line(true).parse(&s) {
            for src in &out.sources {
                let o = src.origin.as_ref().unwrap();
                prop_assert_eq!(&s[o.span.clone()], o.text.as_str());
                for sp in src.spans.iter().map(|x| x.span.clone()).chain(src.unparsed.iter().map(|u| u.span.clone())) {
                    prop_assert!(s.get(sp.clone()).is_some(), "span {:?} not on char boundaries", sp);
                }
            }
        }
    }
}

fn assert_fast(input: &str, limit: Duration) {
    let t = Instant::now();
    let out = LENIENT.one_per_line(true).parse(input).unwrap();
    let took = t.elapsed();
    assert!(took < limit, "{} bytes took {took:?}", input.len());
    assert!(!out.sources.is_empty() || input.trim().is_empty());
}

#[test]
fn one_megabyte_of_garbage_on_one_line_parses_quickly() {
    let unit = "Ab. — Т. 3, с. 5; // М.: «x» [1] (y) 1945 / под ред. А. Б. ";
    let line: String = unit.repeat(1_000_000 / unit.len());
    assert!(line.len() > 900_000);
    assert_fast(&line, Duration::from_secs(20));
    let dots = ". ".repeat(500_000);
    assert_fast(&format!("a{dots}"), Duration::from_secs(20));
    let words = "Иванов ".repeat(150_000);
    assert_fast(&words, Duration::from_secs(20));
}

#[test]
fn strict_mode_reports_the_first_problem_with_character_columns() {
    let input = "Троцкий Л. Д. Уроки Октября. М., 1924.\n  —— ;\n";
    let err = Parser::new().one_per_line(true).parse(input).unwrap_err();
    let Error::Gost { position, span, .. } = err else { panic!("{err:?}") };
    assert_eq!((position.line, position.column), (2, 3));
    assert_eq!(&input[span], "—— ;");
    assert_eq!(Parser::new().parse("   \n").unwrap_err(), Error::Empty);
}

#[test]
fn lenient_mode_keeps_unparsed_text_and_reports_it() {
    let input = "Сталин И.В. Cочинения. – Т. 15. – М.: Писатель, 1997. zzz qqq. С. 70.";
    let out = LENIENT.one_per_line(true).parse(input).unwrap();
    let s = &out.sources[0];
    assert_eq!(s.numbering.volume.as_deref(), Some("15"));
    assert_eq!(s.numbering.pages.as_deref(), Some("70"));
    assert!(s.unparsed.iter().any(|u| u.value == "zzz qqq"), "{:?}", s.unparsed);
    let d = out.diagnostics.iter().find(|d| d.code == "P003").unwrap();
    assert_eq!(
        d.position.column,
        input[..input.find("zzz").unwrap()].chars().count() + 1
    );
    let mixed = out.diagnostics.iter().find(|d| d.code == "P004").unwrap();
    assert_eq!(&input[mixed.span.clone()], "C", "the Latin C of Cочинения");
    assert_eq!(mixed.severity, Severity::Warning);
}

#[test]
fn unusable_dev_lines_do_not_panic() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/unusable.json");
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let items: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    for it in items {
        let note = it["note"].as_str().unwrap_or("");
        let out = LENIENT.one_per_line(true).parse(note).unwrap();
        assert!(out.sources.len() <= 1);
    }
}
