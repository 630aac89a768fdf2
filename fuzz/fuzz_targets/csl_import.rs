//! CSL-JSON import never panics; what it imports exports and re-imports equal.
#![no_main]
use gostbib::csl::{from_csl_json, to_csl_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(sources) = from_csl_json(text) {
        let json = to_csl_json(&sources);
        let again = from_csl_json(&json).expect("our own export re-imports");
        assert_eq!(again, sources);
    }
});
