//! Homoglyph repair on the development corpus: every repair it makes, listed.

use gostbib::lang::homoglyph::{find_homoglyphs, repair_homoglyphs};

const REFS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");

/// (line of refs.txt, 0-based; the word as written; the word repaired), found by
/// reading every line with mixed-script words, Cyrillic Roman numerals and
/// look-alike-only words: Latin `c`/`C` for the page and extent abbreviations `с.`/`С.`,
/// Latin `C` in a Cyrillic word, Cyrillic `С` in `COVID`, Cyrillic `ХХ` as a numeral.
/// Not repaired (rightly): Latin `XX` in Cyrillic text (lines 9, 62, 175), `PHP` (231),
/// `CP-SAT` (202), `Х., 2013` = Харків (139), initials and `P.` in English references,
/// look-alike letters inside URLs (83, 125, 202, 206, 209).
const EXPECTED: &[(usize, &str, &str)] = &[
    (10, "c", "с"),
    (64, "C", "С"),
    (109, "ХХ", "XX"),
    (139, "ХХ", "XX"),
    (144, "Cочинения", "Сочинения"),
    (215, "c", "с"),
    (216, "c", "с"),
    (232, "СOVID", "COVID"),
    (237, "c", "с"),
];

fn word_at(line: &str, at: usize) -> &str {
    let is_word = |c: char| c.is_alphanumeric();
    let start = line[..at]
        .rfind(|c: char| !is_word(c))
        .map_or(0, |i| i + line[i..].chars().next().unwrap().len_utf8());
    let end = line[at..].find(|c: char| !is_word(c)).map_or(line.len(), |i| at + i);
    &line[start..end]
}

#[test]
fn repairs_in_the_dev_corpus() {
    let Ok(refs) = std::fs::read_to_string(REFS) else {
        eprintln!("note: {REFS} not found, corpus repairs not checked");
        return;
    };
    let mut found: Vec<(usize, String, String)> = Vec::new();
    for (n, line) in refs.lines().enumerate() {
        let repairs = find_homoglyphs(line);
        assert_eq!(
            repair_homoglyphs(line).repairs,
            repairs,
            "repair reports what find finds"
        );
        let mut seen = std::collections::HashSet::new();
        for r in &repairs {
            let word = word_at(line, r.span.start);
            let start = word.as_ptr() as usize - line.as_ptr() as usize;
            if seen.insert(start) {
                let fixed: String = word
                    .char_indices()
                    .map(|(i, c)| {
                        let at = start + i;
                        repairs.iter().find(|r| r.span.start == at).map_or(c, |r| r.to)
                    })
                    .collect();
                found.push((n, word.to_owned(), fixed));
            }
        }
    }
    let found_ref: Vec<(usize, &str, &str)> =
        found.iter().map(|(n, a, b)| (*n, a.as_str(), b.as_str())).collect();
    eprintln!("{found_ref:#?}");
    assert_eq!(found_ref, EXPECTED);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn latin_only_text_is_never_changed(s in "[A-Za-z0-9 .,:;/()-]{0,60}") {
            prop_assert!(find_homoglyphs(&s).is_empty());
        }

        #[test]
        fn cyrillic_text_without_numeral_letters_is_never_changed(s in "[а-фц-яА-ФЦ-ЯёЁ0-9 .,:;()-]{0,60}") {
            prop_assert!(find_homoglyphs(&s).is_empty());
        }

        #[test]
        fn repair_is_idempotent_and_keeps_length(s in "[a-zA-Zа-яА-Я0-9 .,-]{0,50}") {
            let once = repair_homoglyphs(&s);
            prop_assert_eq!(once.text.chars().count(), s.chars().count());
            let twice = repair_homoglyphs(&once.text);
            prop_assert!(twice.repairs.is_empty(), "{:?} → {:?} → {:?}", s, once.text, twice.text);
            for r in &once.repairs {
                prop_assert_eq!(s[r.span.clone()].chars().next(), Some(r.from));
            }
        }
    }
}
