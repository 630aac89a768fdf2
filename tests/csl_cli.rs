//! `gostbib convert --from csl-json --to csl-json` from a file and from standard input.
#![cfg(feature = "cli")]

mod cli_support;
use cli_support::gostbib;

use serde_json::Value;

const CONVERT: &[&str] = &["convert", "--from", "csl-json", "--to", "csl-json"];

#[test]
fn a_fixture_file_converts_to_itself() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed.csl.json");
    let out = gostbib(&[CONVERT, &[path]].concat(), "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    let want: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(got, want);
}

#[test]
fn standard_input_is_read_when_no_file_is_given() {
    let out = gostbib(CONVERT, r#"{"type": "book", "title": "Дневник", "volume": 2}"#);
    assert!(out.status.success());
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got[0]["title"], "Дневник");
    assert_eq!(got[0]["volume"], "2");
}

#[test]
fn malformed_input_fails_with_the_position() {
    let out = gostbib(CONVERT, "[{\"type\": \"book\",\n \"title\": \"Книга\" \"x\"}]");
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("line 2, column 19"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn the_seed_paragraph_converts_to_the_expected_csl_json() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let out = gostbib(
        &[
            "convert",
            "--from",
            "gost",
            "--to",
            "csl-json",
            &format!("{dir}/fixtures/seed-lit.txt"),
        ],
        "",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let want: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/fixtures/seed.csl.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        for key in w.as_object().unwrap().keys().filter(|k| *k != "custom") {
            assert_eq!(g[key], w[key], "{key}");
        }
        assert_eq!(
            g.as_object().unwrap().len(),
            w.as_object().unwrap().len(),
            "no extra fields"
        );
    }
}
