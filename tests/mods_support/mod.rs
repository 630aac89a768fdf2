//! Shared helpers of the MODS tests: the fixtures and temporary files.
#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};

use gostbib::Source;

/// `fixtures/mods/`.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/mods")
}

/// The fixture sources with their file stems (kind names), sorted by stem.
pub fn fixtures() -> Vec<(String, Source)> {
    let mut out: Vec<_> = std::fs::read_dir(fixture_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let json = std::fs::read_to_string(&p).unwrap();
            let source: Source = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (stem, source)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The fixture sources alone.
pub fn fixture_sources() -> Vec<Source> {
    fixtures().into_iter().map(|(_, s)| s).collect()
}

/// Writes `content` to a file in the temporary directory, unique to this process.
pub fn temp_file(name: &str, content: &str) -> PathBuf {
    let p =
        std::env::temp_dir().join(format!("gostbib-mods-{}-{name}", std::process::id()));
    std::fs::write(&p, content).unwrap();
    p
}
