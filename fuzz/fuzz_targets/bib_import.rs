//! BibTeX import never panics; what it imports exports and re-imports equal.
#![no_main]
use gostbib::bibtex::{Dialect, from_bib_str, to_bib_string};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(sources) = from_bib_str(text) {
        let bib = to_bib_string(&sources, Dialect::Biblatex).expect("export of imported sources");
        let again = from_bib_str(&bib).expect("our own export re-imports");
        assert_eq!(again, sources);
    }
});
