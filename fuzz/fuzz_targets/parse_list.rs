//! Splitting and lenient parsing never panic, and every source keeps its text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = gostbib::split_list(text);
    if let Ok(out) = gostbib::Parser::new().lenient(true).parse(text) {
        for s in &out.sources {
            let origin = s.origin.as_ref().expect("a parsed source keeps its origin");
            assert_eq!(text.get(origin.span.clone()), Some(origin.text.as_str()));
        }
    }
    let _ = gostbib::Parser::new().one_per_line(true).parse(text);
});
