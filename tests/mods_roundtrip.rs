//! Source → MODS → Source is the identity (without provenance).
mod common;

use gostbib::Source;
use gostbib::mods::{from_mods_str, to_mods_record, to_mods_string};
use proptest::prelude::*;

/// The first lines where two debug renderings differ, for readable failures.
fn diff(a: &[Source], b: &[Source]) -> String {
    let (a, b) = (format!("{a:#?}"), format!("{b:#?}"));
    a.lines()
        .zip(b.lines())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .take(6)
        .map(|(i, (x, y))| format!("line {i}: got {x} / want {y}\n"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_sources_survive_a_collection(sources in proptest::collection::vec(common::source(), 0..4)) {
        let xml = to_mods_string(&sources).unwrap();
        let back = from_mods_str(&xml).unwrap();
        let want: Vec<_> = sources.iter().map(|s| s.without_provenance()).collect();
        prop_assert!(back == want, "{}\n{}", diff(&back, &want), xml);
    }

    #[test]
    fn arbitrary_sources_survive_a_record(source in common::source()) {
        let xml = to_mods_record(&source).unwrap();
        let back = from_mods_str(&xml).unwrap();
        let want = vec![source.without_provenance()];
        prop_assert!(back == want, "{}\n{}", diff(&back, &want), xml);
    }
}
