//! Every entry point of `gostbib::lang` takes any text without panicking.

use gostbib::lang::abbrev::{AbbrevLanguage, abbreviate, expand, expand_text};
use gostbib::lang::homoglyph::{find_homoglyphs, repair_homoglyphs};
use gostbib::lang::names::{initials, nominative, normalize_initials, split_particle};
use gostbib::lang::{detect_language, expand_city, sort_key};
use proptest::prelude::*;

fn check(s: &str) {
    let _ = detect_language(s);
    let r = repair_homoglyphs(s);
    assert_eq!(r.repairs, find_homoglyphs(s));
    assert_eq!(r.text.chars().count(), s.chars().count());
    let _ = sort_key(s);
    let _ = abbreviate(s, AbbrevLanguage::Ru);
    let _ = expand_text(s, AbbrevLanguage::Ru);
    let _ = expand(s, None);
    let _ = expand_city(s);
    let _ = initials(s);
    let _ = normalize_initials(s);
    let _ = nominative(s, Some(s));
    let _ = split_particle(s);
}

#[test]
fn edge_cases() {
    for s in [
        "",
        " ",
        "-",
        "--",
        ".",
        "а",
        "Ъ",
        "ʺ",
        "\u{300}",
        "g\u{300}",
        "http",
        "www.",
        "@",
        "/",
        "Т.",
        "ХХХХ",
        "MMMMCMXCIX",
        "ун-",
        "-т",
        "д-ра-",
        "\u{0482}\u{0483}",
        "ӀӀ",
        "ß",
        "İ",
    ] {
        check(s);
    }
}

proptest! {
    #[test]
    fn arbitrary_text(s in "\\PC{0,40}") {
        check(&s);
    }

    #[test]
    fn reference_like_text(s in "[А-Яа-яЁёA-Za-zІіХX0-9 .,:;/@()«»—–-]{0,60}") {
        check(&s);
    }
}
