//! Source → BibLaTeX → Source round trips, for arbitrary sources.
mod common;

use gostbib::bibtex::{
    BibOptions, Dialect, from_bib_str, to_bib_string, to_bib_string_with,
};
use proptest::prelude::*;

/// What the exporter chooses types for (`docs/bibtex.md`, *biber*): an
/// `@incollection` has an `editor` of its own or from its crossref parent, an
/// `@online` a `url` or `doi`.
fn required_fields_present(bib: &str) -> bool {
    bib.split("\n@").all(|entry| {
        let has = |f: &str| entry.contains(&format!("\n  {f} = {{"));
        let ty = entry.trim_start_matches('@').split('{').next().unwrap_or_default();
        match ty {
            "incollection" => has("editor") || has("crossref"),
            "online" => has("url") || has("doi"),
            _ => true,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn biblatex_round_trip_is_exact(sources in proptest::collection::vec(common::source(), 1..4)) {
        let bib = to_bib_string(&sources, Dialect::Biblatex).unwrap();
        let back = from_bib_str(&bib).map_err(|e| TestCaseError::fail(format!("{e}\n{bib}")))?;
        let want: Vec<_> = sources.iter().map(|s| s.without_provenance()).collect();
        prop_assert_eq!(back, want, "{}", bib);
        prop_assert!(required_fields_present(&bib), "{}", bib);
    }

    #[test]
    fn crossref_chains_round_trip(source in common::source()) {
        let opts = BibOptions { crossref: true, ..BibOptions::default() };
        let bib = to_bib_string_with(std::slice::from_ref(&source), &opts).unwrap();
        let back = from_bib_str(&bib).map_err(|e| TestCaseError::fail(format!("{e}\n{bib}")))?;
        prop_assert_eq!(back, vec![source.without_provenance()], "{}", bib);
        prop_assert!(required_fields_present(&bib), "{}", bib);
    }

    /// Classic BibTeX is lossy, but never corrupt: every export reads back, one source
    /// per source, with the title proper (subtitles are folded into it) and the names.
    #[test]
    fn bibtex_export_always_reads_back(source in common::source()) {
        let bib = to_bib_string(std::slice::from_ref(&source), Dialect::Bibtex).unwrap();
        let back = from_bib_str(&bib).map_err(|e| TestCaseError::fail(format!("{e}\n{bib}")))?;
        prop_assert_eq!(back.len(), 1, "{}", bib);
        prop_assert!(back[0].title.main.contains(source.title.main.trim()), "{}", bib);
        prop_assert_eq!(back[0].authors.len(), source.authors.len(), "{}", bib);
    }
}
