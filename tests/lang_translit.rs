//! Transliteration: every system letter by letter against the shared TSV, samples from
//! published tables, and the reversibility of system A.

use gostbib::lang::translit::{
    CyrillicLanguage, System, round_trips_a, translit_a, transliterate, transliterate_as,
    untranslit_a,
};
use proptest::prelude::*;

const TSV: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/docs/gost/TRANSLIT.tsv");

fn title(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The value of one letter, written between neutral letters so that no context rule
/// applies (BGN/PCGN `ye` at the start of a word, `·e` after consonants, `·y` after
/// vowels, `y·` before vowels) and a capital is not in an all-caps word.
fn letter(system: System, c: char) -> String {
    let lower = c.to_lowercase().next().unwrap();
    let (prefix, latin) = match lower {
        'е' | 'ё' | 'ы' => ("б", "b"),
        _ => ("а", "a"),
    };
    let (prefix, latin) = if c.is_uppercase() {
        (prefix.to_uppercase(), latin.to_uppercase())
    } else {
        (prefix.to_owned(), latin.to_owned())
    };
    let out = transliterate(&format!("{prefix}{c}б"), system);
    let out = out.strip_prefix(&latin).and_then(|o| o.strip_suffix('b'));
    out.unwrap_or_else(|| panic!("{system:?} {c}")).to_owned()
}

#[test]
fn every_letter_of_every_system_matches_the_tsv() {
    let Ok(tsv) = std::fs::read_to_string(TSV) else {
        eprintln!("note: {TSV} not found, letter-by-letter check skipped");
        return;
    };
    let columns = [
        (2, System::Gost779A),
        (3, System::Gost779B),
        (4, System::IsoR9_1968),
        (5, System::BgnPcgn),
        (6, System::AlaLc),
        (7, System::AlaLcAscii),
    ];
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (lower, upper) = (f[0].chars().next().unwrap(), f[1].chars().next().unwrap());
        for (col, system) in columns {
            let want: String =
                unicode_normalization::UnicodeNormalization::nfc(f[col]).collect();
            let want = want.as_str();
            let got = letter(system, lower);
            if got != want {
                mismatches.push(format!("{system:?} {lower}: got {got:?}, TSV {want:?}"));
            }
            let got_upper = letter(system, upper);
            if got_upper != title(want) {
                mismatches.push(format!("{system:?} {upper}: got {got_upper:?}"));
            }
            checked += 2;
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
    assert_eq!(checked, 33 * 2 * columns.len(), "all 33 Russian letters in every column");
}

#[test]
fn published_samples() {
    let text = "Юлия, съешь ещё этих мягких французских булок из Йошкар-Олы, да выпей алтайского чаю";
    // iuliia bs_2979_alt (no -ий ending here), the scheme of translit.ru "BSI".
    assert_eq!(
        transliterate(text, System::Bsi),
        "Yuliya, s\"esh' eshche etikh myagkikh frantsuzskikh bulok iz Ioshkar-Oly, da vypei altaiskogo chayu"
    );
    // iuliia bgn_pcgn sample (its Cyrillic ё corrected to Latin ë).
    assert_eq!(
        transliterate(text, System::BgnPcgn),
        "Yuliya, s”yesh’ yeshchë etikh myagkikh frantsuzskikh bulok iz Yoshkar-Oly, da vypey altayskogo chayu"
    );
    // ГОСТ 7.79-2000 system B with the grave accent.
    assert_eq!(
        transliterate("Съешь же ещё этих мягких булок", System::Gost779B),
        "S``esh` zhe eshhyo e`tix myagkix bulok"
    );
    assert_eq!(transliterate("Объём", System::Gost779A), "Obʺëm");
}

#[test]
fn other_cyrillic_languages() {
    use CyrillicLanguage::*;
    assert_eq!(transliterate_as("Щастя", System::Gost779B, Ukrainian), "Shhastya");
    assert_eq!(transliterate_as("Щит", System::Gost779B, Bulgarian), "Shtit");
    assert_eq!(transliterate_as("Київ", System::AlaLcAscii, Ukrainian), "Kyiv");
    assert_eq!(
        transliterate_as("Мінск, Ўздзенне", System::Gost779A, Belarusian),
        "Mìnsk, Ŭzdzenne"
    );
    assert_eq!(transliterate_as("Љубљана", System::Gost779B, Serbian), "L`ubl`ana");
    assert_eq!(transliterate_as("Шабац", System::BgnPcgn, Serbian), "Šabac");
    assert_eq!(translit_a("Џеј Ђорђе Ћирић"), "D\u{302}eǰ Đorđe Ćirić");
    // Pre-1918 Russian і is i` in system B (и is i), Ukrainian і is i.
    assert_eq!(transliterate("Россія", System::Gost779B), "Rossi`ya");
    assert_eq!(transliterate_as("Історія", System::Gost779B, Ukrainian), "Istoriya");
    assert_eq!(transliterate("Міръ", System::AlaLc), "Mīrʺ");
}

/// Gives each hard and soft sign the case ISO 9 can restore (see `round_trips_a`).
fn with_restorable_signs(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let c = match c {
            'Ъ' | 'ъ' | 'Ь' | 'ь' => {
                let prev_upper = out.last().is_some_and(|p| p.is_uppercase());
                let next_lower = chars
                    .get(i + 1)
                    .is_some_and(|n| n.is_lowercase() && !matches!(n, 'ъ' | 'ь'));
                let capital = prev_upper && !next_lower;
                let lower = c.to_lowercase().next().unwrap();
                if capital { lower.to_uppercase().next().unwrap() } else { lower }
            }
            c => c,
        };
        out.push(c);
    }
    out.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn system_a_round_trips_arbitrary_cyrillic(s in "[\u{400}-\u{4FF} 0-9.,;:!?«»()—–-]{0,60}") {
        let s = with_restorable_signs(&s);
        prop_assert!(round_trips_a(&s));
        prop_assert_eq!(untranslit_a(&translit_a(&s)), s);
    }

    #[test]
    fn system_a_round_trips_any_text_it_promises(
        parts in proptest::collection::vec(prop_oneof!["[\u{400}-\u{4FF}]{1,5}", "\\PC{1,3}"], 0..20)
    ) {
        // Drop what the guarantee excludes, keep everything else (any script, emoji, …).
        let s: String = parts.concat().chars()
            .filter(|&c| round_trips_a(&c.to_string()) || matches!(c, 'Ъ' | 'Ь'))
            .collect();
        let s = with_restorable_signs(&s);
        prop_assert!(round_trips_a(&s), "{:?}", s);
        prop_assert_eq!(untranslit_a(&translit_a(&s)), s);
    }

    #[test]
    fn every_text_is_handled_without_panics(s in "\\PC{0,40}") {
        let _ = untranslit_a(&s);
        for system in [System::Gost779A, System::Gost779B, System::IsoR9_1968, System::BgnPcgn,
                       System::AlaLc, System::AlaLcAscii, System::Bsi] {
            let out = transliterate(&s, system);
            // Nothing but Cyrillic letters changes.
            let kept: String = s.chars().filter(|c| !('\u{400}'..='\u{4FF}').contains(c)).collect();
            prop_assert!(kept.chars().all(|c| out.contains(c)));
        }
    }

    #[test]
    fn ascii_systems_write_ascii_for_russian(s in "[А-Яа-яЁё ]{0,40}") {
        for system in [System::Gost779B, System::AlaLcAscii, System::Bsi] {
            prop_assert!(transliterate(&s, system).is_ascii());
        }
    }
}
