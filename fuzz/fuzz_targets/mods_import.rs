//! MODS import never panics; what it imports exports and re-imports equal.
#![no_main]
use gostbib::mods::{from_mods_str, to_mods_string};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(sources) = from_mods_str(text) {
        let xml = to_mods_string(&sources).expect("export of imported sources");
        let again = from_mods_str(&xml).expect("our own export re-imports");
        assert_eq!(again, sources);
    }
});
