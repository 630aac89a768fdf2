//! Our MODS validates against the official MODS 3.8 XSD (`../shared/schemas/mods/`) with
//! xmllint: the fixtures, a few hundred arbitrary sources, and (when the parser handles
//! them) the development corpus parsed one reference per line. Skipped with a note when
//! xmllint or the schema is missing.
mod common;

use std::path::Path;
use std::process::Command;

use gostbib::Source;
use gostbib::mods::to_mods_string;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

const XSD: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/schemas/mods/mods-3-8.xsd");

fn xmllint_available() -> bool {
    let ok = Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!(
            "note: xmllint not found (apt-get install libxml2-utils); schema test skipped"
        );
    } else if !Path::new(XSD).exists() {
        eprintln!("note: {XSD} not found; schema test skipped");
        return false;
    }
    ok
}

/// Validates one document; returns xmllint's complaints if it is invalid.
fn validate(name: &str, xml: &str) -> Result<(), String> {
    let path = std::env::temp_dir()
        .join(format!("gostbib-mods-{}-{name}.xml", std::process::id()));
    std::fs::write(&path, xml).unwrap();
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema", XSD])
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first: Vec<&str> = stderr.lines().take(12).collect();
    // Show the lines xmllint complains about.
    let lines: Vec<&str> = xml.lines().collect();
    let context: String = first
        .iter()
        .filter_map(|l| l.split(':').nth(1)?.parse::<usize>().ok())
        .take(3)
        .map(|n| format!("{n}: {}\n", lines.get(n.saturating_sub(1)).unwrap_or(&"")))
        .collect();
    Err(format!("{}\n{context}", first.join("\n")))
}

fn fixture_sources() -> Vec<Source> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/mods");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
        .collect()
}

#[test]
fn fixtures_validate() {
    if !xmllint_available() {
        return;
    }
    let sources = fixture_sources();
    assert!(sources.len() >= 17);
    validate("fixtures", &to_mods_string(&sources).unwrap()).unwrap();
    // A rejected document proves that the validator is really judging.
    let broken =
        to_mods_string(&sources[..1]).unwrap().replace("<titleInfo>", "<titelInfo>");
    let broken = broken.replacen("</titleInfo>", "</titelInfo>", 1);
    assert!(validate("broken", &broken).is_err());
}

#[test]
fn arbitrary_sources_validate() {
    if !xmllint_available() {
        return;
    }
    let mut runner = TestRunner::deterministic();
    let strategy = common::source();
    let sources: Vec<Source> =
        (0..300).map(|_| strategy.new_tree(&mut runner).unwrap().current()).collect();
    for (i, chunk) in sources.chunks(100).enumerate() {
        let xml = to_mods_string(chunk).unwrap();
        if let Err(e) = validate(&format!("arbitrary{i}"), &xml) {
            panic!("arbitrary sources, chunk {i}:\n{e}");
        }
    }
}

const DEV_REFS: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");

/// The development corpus parsed one reference per line: every parsed source exports to
/// a valid record and reads back unchanged.
#[test]
fn dev_corpus_validates_and_round_trips() {
    let Ok(refs) = std::fs::read_to_string(DEV_REFS) else {
        eprintln!("note: {DEV_REFS} not found; dev corpus test skipped");
        return;
    };
    let sources: Vec<Source> = refs
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| gostbib::parse_reference(l).ok())
        .collect();
    eprintln!("dev corpus: {} of {} lines parsed", sources.len(), refs.lines().count());
    let xml = to_mods_string(&sources).unwrap();
    let back = gostbib::mods::from_mods_str(&xml).unwrap();
    assert_eq!(back.len(), sources.len());
    for (got, want) in back.iter().zip(&sources) {
        assert_eq!(got, &want.without_provenance());
    }
    if xmllint_available() {
        validate("dev", &xml).unwrap();
    }
}
