//! Transliteration tables: one row per Cyrillic letter, one column per system.
//!
//! Values are for the lowercase letter; capitals are derived (title case for a
//! capital followed by lowercase, all capitals in all-caps words). Russian letters follow
//! `shared/docs/gost/TRANSLIT.tsv` exactly (tested letter by letter in
//! `tests/lang_translit.rs`); the other letters follow ГОСТ 7.79-2000 tables 1–2 for
//! systems A and B, and the national romanizations of BGN/PCGN and ALA-LC.
//! Language-specific values (Ukrainian `г` = `h` in BGN/PCGN, Bulgarian `щ` = `sht`, …)
//! are in [`OVERRIDES`].

use super::translit::{CyrillicLanguage as L, System as S};

/// One Cyrillic letter and its value in each system.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Letter {
    /// The lowercase letter.
    pub(crate) lower: char,
    /// The capital letter.
    pub(crate) upper: char,
    /// ГОСТ 7.79-2000 system A = ISO 9:1995.
    pub(crate) a: &'static str,
    /// ГОСТ 7.79-2000 system B (Russian values; see [`OVERRIDES`]).
    pub(crate) b: &'static str,
    /// ISO/R 9:1968.
    pub(crate) r9: &'static str,
    /// BGN/PCGN (1947), without its context rules.
    pub(crate) bgn: &'static str,
    /// ALA-LC with diacritics and ligature ties.
    pub(crate) lc: &'static str,
    /// ALA-LC without diacritics.
    pub(crate) lc_ascii: &'static str,
    /// BSI-style scheme of Russian journals' English reference lists.
    pub(crate) bsi: &'static str,
}

#[allow(clippy::too_many_arguments)]
const fn l(
    lower: char,
    upper: char,
    a: &'static str,
    b: &'static str,
    r9: &'static str,
    bgn: &'static str,
    lc: &'static str,
    lc_ascii: &'static str,
    bsi: &'static str,
) -> Letter {
    Letter { lower, upper, a, b, r9, bgn, lc, lc_ascii, bsi }
}

/// Every letter the systems know. Columns: A, B, ISO/R 9:1968, BGN/PCGN, ALA-LC,
/// ALA-LC without diacritics, BSI-style.
pub(crate) static LETTERS: &[Letter] = &[
    // The Russian alphabet.
    l('а', 'А', "a", "a", "a", "a", "a", "a", "a"),
    l('б', 'Б', "b", "b", "b", "b", "b", "b", "b"),
    l('в', 'В', "v", "v", "v", "v", "v", "v", "v"),
    l('г', 'Г', "g", "g", "g", "g", "g", "g", "g"),
    l('д', 'Д', "d", "d", "d", "d", "d", "d", "d"),
    l('е', 'Е', "e", "e", "e", "e", "e", "e", "e"),
    l('ё', 'Ё', "ë", "yo", "ë", "ë", "ë", "e", "e"),
    l('ж', 'Ж', "ž", "zh", "ž", "zh", "zh", "zh", "zh"),
    l('з', 'З', "z", "z", "z", "z", "z", "z", "z"),
    l('и', 'И', "i", "i", "i", "i", "i", "i", "i"),
    l('й', 'Й', "j", "j", "j", "y", "ĭ", "i", "i"),
    l('к', 'К', "k", "k", "k", "k", "k", "k", "k"),
    l('л', 'Л', "l", "l", "l", "l", "l", "l", "l"),
    l('м', 'М', "m", "m", "m", "m", "m", "m", "m"),
    l('н', 'Н', "n", "n", "n", "n", "n", "n", "n"),
    l('о', 'О', "o", "o", "o", "o", "o", "o", "o"),
    l('п', 'П', "p", "p", "p", "p", "p", "p", "p"),
    l('р', 'Р', "r", "r", "r", "r", "r", "r", "r"),
    l('с', 'С', "s", "s", "s", "s", "s", "s", "s"),
    l('т', 'Т', "t", "t", "t", "t", "t", "t", "t"),
    l('у', 'У', "u", "u", "u", "u", "u", "u", "u"),
    l('ф', 'Ф', "f", "f", "f", "f", "f", "f", "f"),
    l('х', 'Х', "h", "x", "h", "kh", "kh", "kh", "kh"),
    l('ц', 'Ц', "c", "cz", "c", "ts", "t\u{361}s", "ts", "ts"),
    l('ч', 'Ч', "č", "ch", "č", "ch", "ch", "ch", "ch"),
    l('ш', 'Ш', "š", "sh", "š", "sh", "sh", "sh", "sh"),
    l('щ', 'Щ', "ŝ", "shh", "šč", "shch", "shch", "shch", "shch"),
    l('ъ', 'Ъ', "ʺ", "``", "ʺ", "”", "ʺ", "\"", "\""),
    l('ы', 'Ы', "y", "y`", "y", "y", "y", "y", "y"),
    l('ь', 'Ь', "ʹ", "`", "ʹ", "’", "ʹ", "'", "'"),
    l('э', 'Э', "è", "e`", "ė", "e", "ė", "e", "e"),
    l('ю', 'Ю', "û", "yu", "ju", "yu", "i\u{361}u", "iu", "yu"),
    l('я', 'Я', "â", "ya", "ja", "ya", "i\u{361}a", "ia", "ya"),
    // Ukrainian and Belarusian.
    l('ґ', 'Ґ', "g\u{300}", "g`", "g", "g", "g", "g", "g"),
    l('є', 'Є', "ê", "ye", "je", "ye", "i\u{361}e", "ie", "ye"),
    l('і', 'І', "ì", "i`", "i", "i", "ī", "i", "i"),
    l('ї', 'Ї', "ï", "yi", "ï", "yi", "ï", "i", "yi"),
    l('ў', 'Ў', "ŭ", "u`", "ŭ", "w", "ŭ", "u", "u"),
    // Serbian and Macedonian.
    l('ђ', 'Ђ', "đ", "dj", "đ", "đ", "đ", "dj", "dj"),
    l('ћ', 'Ћ', "ć", "c`", "ć", "ć", "ć", "c", "c"),
    l('џ', 'Џ', "d\u{302}", "dh", "dž", "dž", "dz\u{361}h", "dzh", "dzh"),
    l('љ', 'Љ', "l\u{302}", "l`", "lj", "lj", "lj", "lj", "lj"),
    l('њ', 'Њ', "n\u{302}", "n`", "nj", "nj", "nj", "nj", "nj"),
    l('ј', 'Ј', "ǰ", "j", "j", "j", "j", "j", "j"),
    l('ѕ', 'Ѕ', "ẑ", "js", "dz", "dz", "dz", "dz", "dz"),
    l('ѓ', 'Ѓ', "ǵ", "g`", "ǵ", "gj", "ǵ", "g", "g"),
    l('ќ', 'Ќ', "ḱ", "k`", "ḱ", "kj", "ḱ", "k", "k"),
    // Pre-1918 Russian and old Bulgarian letters.
    l('ѣ', 'Ѣ', "ě", "ye", "ě", "ye", "i\u{361}e", "ie", "e"),
    l('ѳ', 'Ѳ', "f\u{300}", "fh", "f", "f", "ḟ", "f", "f"),
    l('ѵ', 'Ѵ', "ỳ", "yh", "y", "y", "ẏ", "y", "i"),
    l('ѫ', 'Ѫ', "ǎ", "o`", "ǎ", "u", "ǎ", "u", "u"),
];

/// Values that depend on the language written in Cyrillic: (language, system, letter,
/// value). Russian uses [`LETTERS`] as is.
pub(crate) static OVERRIDES: &[(L, S, char, &str)] = &[
    // ГОСТ 7.79-2000 system B, table 2: Ukrainian и = y`, Bulgarian щ = sht, ъ = a`;
    // і = i` in pre-1918 Russian and old Bulgarian, i in Ukrainian and Belarusian.
    (L::Ukrainian, S::Gost779B, 'и', "y`"),
    (L::Ukrainian, S::Gost779B, 'і', "i"),
    (L::Belarusian, S::Gost779B, 'і', "i"),
    (L::Ukrainian, S::AlaLc, 'і', "i"),
    (L::Belarusian, S::AlaLc, 'і', "i"),
    (L::Bulgarian, S::Gost779B, 'щ', "sht"),
    (L::Bulgarian, S::Gost779B, 'ъ', "a`"),
    // BGN/PCGN national systems (Ukrainian: the 2010 national system; the word-initial
    // forms `ye yi y yu ya` are a context rule in `translit.rs`).
    (L::Ukrainian, S::BgnPcgn, 'г', "h"),
    (L::Ukrainian, S::BgnPcgn, 'и', "y"),
    (L::Ukrainian, S::BgnPcgn, 'є', "ie"),
    (L::Ukrainian, S::BgnPcgn, 'ї', "i"),
    (L::Ukrainian, S::BgnPcgn, 'й', "i"),
    (L::Ukrainian, S::BgnPcgn, 'ю', "iu"),
    (L::Ukrainian, S::BgnPcgn, 'я', "ia"),
    (L::Ukrainian, S::BgnPcgn, 'ь', ""),
    (L::Belarusian, S::BgnPcgn, 'г', "h"),
    (L::Bulgarian, S::BgnPcgn, 'х', "h"),
    (L::Bulgarian, S::BgnPcgn, 'щ', "sht"),
    (L::Bulgarian, S::BgnPcgn, 'ъ', "a"),
    (L::Bulgarian, S::BgnPcgn, 'ь', "y"),
    (L::Serbian, S::BgnPcgn, 'ж', "ž"),
    (L::Serbian, S::BgnPcgn, 'х', "h"),
    (L::Serbian, S::BgnPcgn, 'ц', "c"),
    (L::Serbian, S::BgnPcgn, 'ч', "č"),
    (L::Serbian, S::BgnPcgn, 'ш', "š"),
    // ALA-LC national tables.
    (L::Ukrainian, S::AlaLc, 'г', "h"),
    (L::Ukrainian, S::AlaLc, 'и', "y"),
    (L::Ukrainian, S::AlaLcAscii, 'г', "h"),
    (L::Ukrainian, S::AlaLcAscii, 'и', "y"),
    (L::Belarusian, S::AlaLc, 'г', "h"),
    (L::Belarusian, S::AlaLcAscii, 'г', "h"),
    (L::Bulgarian, S::AlaLc, 'щ', "sht"),
    (L::Bulgarian, S::AlaLc, 'ъ', "ŭ"),
    (L::Bulgarian, S::AlaLcAscii, 'щ', "sht"),
    (L::Bulgarian, S::AlaLcAscii, 'ъ', "u"),
    (L::Serbian, S::AlaLc, 'ж', "ž"),
    (L::Serbian, S::AlaLc, 'х', "h"),
    (L::Serbian, S::AlaLc, 'ц', "c"),
    (L::Serbian, S::AlaLc, 'ч', "č"),
    (L::Serbian, S::AlaLc, 'ш', "š"),
    (L::Serbian, S::AlaLc, 'џ', "dž"),
    // The journals' scheme for Ukrainian and Bulgarian names.
    (L::Ukrainian, S::Bsi, 'г', "h"),
    (L::Ukrainian, S::Bsi, 'и', "y"),
    (L::Bulgarian, S::Bsi, 'щ', "sht"),
    (L::Bulgarian, S::Bsi, 'ъ', "a"),
];

impl Letter {
    /// The value of this letter in a system (Russian conventions).
    pub(crate) const fn value(&self, system: S) -> &'static str {
        match system {
            S::Gost779A => self.a,
            S::Gost779B => self.b,
            S::IsoR9_1968 => self.r9,
            S::BgnPcgn => self.bgn,
            S::AlaLc => self.lc,
            S::AlaLcAscii => self.lc_ascii,
            S::Bsi => self.bsi,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn letters_are_unique_and_paired_with_their_capitals() {
        let mut seen = HashSet::new();
        for l in LETTERS {
            assert!(seen.insert(l.lower), "{} twice", l.lower);
            assert_eq!(l.lower.to_uppercase().next(), Some(l.upper));
            assert!(('\u{400}'..='\u{4FF}').contains(&l.lower));
        }
    }

    #[test]
    fn system_a_is_injective_and_b_and_bsi_are_ascii() {
        let mut values = HashSet::new();
        for l in LETTERS {
            assert!(values.insert(l.a), "system A value {} twice", l.a);
            assert!(
                l.b.is_ascii() && l.bsi.is_ascii() && l.lc_ascii.is_ascii(),
                "{}",
                l.lower
            );
            assert!(!l.a.chars().next().unwrap().is_ascii_uppercase());
        }
    }

    #[test]
    fn overrides_name_known_letters() {
        for (_, _, c, v) in OVERRIDES {
            assert!(LETTERS.iter().any(|l| l.lower == *c), "{c}");
            // Only the soft sign may be left unwritten (Ukrainian BGN/PCGN).
            assert!(!v.is_empty() || *c == 'ь');
        }
    }
}
