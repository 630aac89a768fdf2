//! Our MODS validates against the official MODS 3.8 XSD (`../shared/schemas/mods/`) with
//! xmllint: the fixtures, a few hundred arbitrary sources, and (when the parser handles
//! them) the development corpus parsed one reference per line. Skipped with a note when
//! xmllint or the schema is missing.
mod common;
mod mods_support;

use std::path::Path;
use std::process::Command;

use gostbib::Source;
use gostbib::mods::to_mods_string;
use mods_support::{fixture_sources, temp_file};
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
    let path = temp_file(&format!("{name}.xml"), xml);
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

/// Records whose texts are any Unicode at all (control characters, markup characters,
/// stray `%` in URLs) are still valid MODS.
#[test]
fn any_text_validates() {
    if !xmllint_available() {
        return;
    }
    use gostbib::{Kind, Name, Person, Title};
    use proptest::arbitrary::any;
    let mut runner = TestRunner::deterministic();
    let text = any::<String>();
    let mut next = || text.new_tree(&mut runner).unwrap().current();
    let sources: Vec<Source> = (0..200)
        .map(|_| Source {
            title: Title::new(next()),
            notes: vec![next()],
            publishers: vec![next()],
            authors: vec![Name::Person(Person::new(next(), next()))],
            url: Some(next()),
            ..Source::new(Kind::Book)
        })
        .collect();
    validate("any-text", &to_mods_string(&sources).unwrap()).unwrap();
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
    // A parser panic is the parser's bug (its own tests catch it); here it only means
    // one source fewer to check, and is counted.
    let mut panics = 0;
    let sources: Vec<Source> = refs
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let parsed = std::panic::catch_unwind(|| gostbib::parse_reference(l));
            panics += usize::from(parsed.is_err());
            parsed.ok()?.ok()
        })
        .collect();
    eprintln!(
        "dev corpus: {} of {} lines parsed ({panics} parser panics)",
        sources.len(),
        refs.lines().count()
    );
    assert!(sources.len() * 2 > refs.lines().count(), "too few parsed to judge");
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
