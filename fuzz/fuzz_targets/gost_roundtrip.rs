//! parse → format → parse: a reference the parser fully understood, formatted in the
//! short GOST form, parses back to the same source.
#![no_main]
use gostbib::gost::{Style, to_gost_string};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(first) = gostbib::parse_reference(text) else { return };
    if !first.unparsed.is_empty() {
        return;
    }
    let Ok(formatted) = to_gost_string(&first, Style::Gost2008Short) else { return };
    let second = gostbib::parse_reference(&formatted).expect("our own output parses");
    assert_eq!(second.without_provenance(), first.without_provenance(), "{formatted}");
});
