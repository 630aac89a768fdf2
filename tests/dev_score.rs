//! The parser on the development set, judged by the project's scorer
//! (`../shared/tools/score-parse.py`): the field-F1 and exact-match floors below are
//! what the parser reaches, minus a small margin, so a regression fails this test.

use std::process::Command;

use gostbib::{Parser, csl};

const F1_FLOOR: f64 = 0.965;
const EXACT_FLOOR: f64 = 0.89;

#[test]
fn dev_set_field_f1_and_exact_match() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
    let refs = format!("{dir}/corpus/dev/refs.txt");
    let Ok(text) = std::fs::read_to_string(&refs) else {
        eprintln!("skipping: {refs} not found");
        return;
    };
    let out = Parser::new().lenient(true).one_per_line(true).parse(&text).unwrap();
    assert_eq!(out.sources.len(), text.lines().filter(|l| !l.trim().is_empty()).count());
    let pred = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("dev-pred.json");
    std::fs::write(&pred, csl::to_csl_json(&out.sources)).unwrap();
    let run = Command::new("python3")
        .arg(format!("{dir}/tools/score-parse.py"))
        .arg(format!("{dir}/corpus/dev/gold.json"))
        .arg(&pred)
        .output();
    let Ok(run) = run else {
        eprintln!("skipping: python3 not available");
        return;
    };
    let report = String::from_utf8_lossy(&run.stdout);
    let last = report.lines().last().unwrap_or_default();
    eprintln!("{last}");
    let field = |name: &str| -> f64 {
        let mut it = last.split_whitespace();
        it.find(|w| *w == name)
            .and_then(|_| it.next())
            .and_then(|v| v.parse().ok())
            .unwrap()
    };
    assert!(field("field-F1") >= F1_FLOOR, "{last}");
    assert!(field("exact") >= EXACT_FLOOR, "{last}");
}
