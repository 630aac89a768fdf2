//! Collation of GOST reference lists: Cyrillic before Latin, `ё` = `е`, case,
//! diacritics and punctuation ignored, numbers compared as numbers.
//!
//! [`sort_key`] builds a key once per item; keys compare as plain strings, so sorting
//! a list costs one key per reference and string comparisons after that.
//!
//! Key layout, one character per unit, in increasing order; Russian and English
//! keys are ASCII, one byte per letter, so that keys are short and compare fast:
//! - `U+0001`: a word boundary (spaces, hyphens, punctuation between words), so that
//!   `Иванов А.` comes before `Ивановский`;
//! - `U+0002`, a length character (`U+0003 + length`), the digits without leading
//!   zeros: a number, so `2` < `10` < `100`, and numbers come before letters;
//! - `U+0020 + rank`: a Cyrillic letter ranked in the combined alphabet of Russian,
//!   Ukrainian, Belarusian, Bulgarian and Serbian ([`CYRILLIC_ORDER`]);
//! - `U+0050 + letter − a`: a Latin letter without its diacritics;
//! - `U+007F` and the letter: any other letter of any script, after both.

use unicode_normalization::char::decompose_canonical;

/// The order of Cyrillic letters: the Russian alphabet with the letters of other
/// languages after their nearest Russian letter (`ґ` after `г`, `є` after `е`, `і ї`
/// after `и`, `ў` after `у`; Serbian `ђ` after `д`, `ј` after `й`, `љ` after `л`,
/// `њ` after `н`, `ћ` after `т`, `џ` after `ч`). `ё`, listed last, sorts as `е`.
pub const CYRILLIC_ORDER: [char; 45] = [
    'а', 'б', 'в', 'г', 'ґ', 'д', 'ђ', 'е', 'є', 'ж', 'з', 'ѕ', 'и', 'і', 'ї', 'й', 'ј',
    'к', 'л', 'љ', 'м', 'н', 'њ', 'о', 'п', 'р', 'с', 'т', 'ћ', 'у', 'ў', 'ф', 'х', 'ц',
    'ч', 'џ', 'ш', 'щ', 'ъ', 'ы', 'ь', 'э', 'ю', 'я', 'ё',
];

/// Rank + 1 of each code point U+0400–U+04FF in [`CYRILLIC_ORDER`] (0: not ranked),
/// computed at compile time so that a letter costs one lookup.
const RANKS: [u8; 256] = {
    let mut ranks = [0u8; 256];
    let mut i = 0;
    while i < CYRILLIC_ORDER.len() - 1 {
        ranks[CYRILLIC_ORDER[i] as usize - 0x400] = i as u8 + 1;
        i += 1;
    }
    // `ё` sorts as `е`.
    ranks['ё' as usize - 0x400] = ranks['е' as usize - 0x400];
    ranks
};

/// The key unit of each code point U+0400–U+047F (its case folded; 0: not ranked),
/// indexed by the low bit of the UTF-8 lead byte (0xD0/0xD1) and the six bits of the
/// second byte.
const CYRILLIC_UNITS: [u8; 128] = {
    let mut units = [0u8; 128];
    let mut k = 0;
    while k < 128 {
        let cp = 0x400 + k as u32;
        let lower = crate::lang::chars::lower_cyrillic(cp);
        if lower < 0x500 {
            let rank = RANKS[(lower - 0x400) as usize];
            if rank > 0 {
                units[k] = 0x20 + rank - 1;
            }
        }
        k += 1;
    }
    units
};

const BOUNDARY: u8 = 0x01;
const NUMBER: u8 = 0x02;

fn cyrillic_rank(c: char) -> Option<usize> {
    let index = (c as usize).checked_sub(0x400).filter(|&i| i < RANKS.len())?;
    RANKS[index].checked_sub(1).map(usize::from)
}

/// A sort key for GOST lists: Cyrillic before Latin, `ё` = `е`, case and punctuation
/// ignored, numbers compared as numbers.
///
/// ```
/// use gostbib::lang::sort_key;
/// assert!(sort_key("Ёлкин") < sort_key("Жуков"));
/// assert_eq!(sort_key("Ёлкин"), sort_key("елкин"));
/// assert!(sort_key("Яковлев") < sort_key("Adams"));
/// assert!(sort_key("Т. 2") < sort_key("Т. 10"));
/// assert!(sort_key("Иванов А. А.") < sort_key("Ивановский Б. Б."));
/// assert_eq!(sort_key("«История» — дипломатии"), sort_key("история дипломатии"));
/// assert!(sort_key("Émile") < sort_key("Fabre"));
/// ```
pub fn sort_key(text: &str) -> String {
    let mut key = Vec::with_capacity(text.len());
    push_sort_key(text, &mut key);
    key_string(key)
}

/// A key built by [`push_sort_key`] as a string (keys are UTF-8 by construction).
pub(crate) fn key_string(key: Vec<u8>) -> String {
    String::from_utf8(key)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Appends the [`sort_key`] of `text` to `key` (what is already in `key` does not
/// count as a preceding word). ASCII and the basic Cyrillic block (U+0400–U+045F) take
/// a byte-level fast path; everything else goes through the Unicode tables.
pub(crate) fn push_sort_key(text: &str, key: &mut Vec<u8>) {
    let start = key.len();
    let bytes = text.as_bytes();
    let mut boundary = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let from = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let digits = text[from..i].trim_start_matches('0');
            push_boundary(key, &mut boundary);
            push_number(key, digits);
            continue;
        }
        if b < 0x80 {
            i += 1;
            if b.is_ascii_alphabetic() {
                push_boundary(key, &mut boundary);
                key.push(latin(b.to_ascii_lowercase()));
            } else if key.len() > start
                && (b.is_ascii_whitespace() || b == b'\x0b' || b == b'-')
            {
                boundary = true;
            }
            continue;
        }
        // Two-byte sequences starting 0xD0/0xD1 are U+0400–U+047F: one table lookup.
        if (b == 0xD0 || b == 0xD1) && i + 1 < bytes.len() {
            let unit = CYRILLIC_UNITS
                [(usize::from(b & 1) << 6) | usize::from(bytes[i + 1] & 0x3F)];
            if unit != 0 {
                push_boundary(key, &mut boundary);
                key.push(unit);
                i += 2;
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        i += c.len_utf8();
        push_other(key, c, &mut boundary, start);
    }
}

/// Any character but an ASCII digit, through the Unicode tables.
fn push_other(key: &mut Vec<u8>, c: char, boundary: &mut bool, start: usize) {
    if c.is_alphabetic() {
        push_boundary(key, boundary);
        for lower in c.to_lowercase() {
            push_letter(key, lower);
        }
    } else if c.is_alphanumeric() {
        push_boundary(key, boundary);
        key.push(OTHER);
        push_char(key, c);
    } else if key.len() > start && (c.is_whitespace() || c == '-' || c == '‐' || c == '–')
    {
        *boundary = true;
    }
}

/// The key unit of a Cyrillic letter of rank `rank` in [`CYRILLIC_ORDER`].
fn cyrillic(rank: usize) -> u8 {
    // 44 ranks: U+0020–U+004B.
    0x20 + rank as u8
}

/// The key unit of a lowercase ASCII letter.
fn latin(lower: u8) -> u8 {
    // U+0050–U+0069.
    0x50 + (lower - b'a')
}

/// A number: its length, then its digits (without leading zeros). Lengths up to 123
/// take one ASCII unit; longer ones (never seen in a reference) a unit above ASCII.
fn push_number(key: &mut Vec<u8>, digits: &str) {
    key.push(NUMBER);
    let n = digits.len();
    if n < 0x7C {
        key.push(0x03 + n as u8);
    } else {
        push_char(key, char::from_u32(0x100 + n as u32).unwrap_or(char::MAX));
    }
    key.extend_from_slice(digits.as_bytes());
}

/// A character in UTF-8.
fn push_char(key: &mut Vec<u8>, c: char) {
    key.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

/// Other letters sort after Cyrillic and Latin, in code point order.
const OTHER: u8 = 0x7F;

fn push_boundary(key: &mut Vec<u8>, boundary: &mut bool) {
    if *boundary {
        key.push(BOUNDARY);
        *boundary = false;
    }
}

fn push_letter(key: &mut Vec<u8>, c: char) {
    if let Some(rank) = cyrillic_rank(c) {
        key.push(cyrillic(rank));
        return;
    }
    if c.is_ascii_lowercase() {
        key.push(latin(c as u8));
        return;
    }
    // Latin letters with diacritics sort with their base letter; other letters after.
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    match base.filter(char::is_ascii_lowercase) {
        Some(b) => key.push(latin(b as u8)),
        None if c == 'ß' => {
            key.push(latin(b's'));
            key.push(latin(b's'));
        }
        None => {
            key.push(OTHER);
            push_char(key, c);
        }
    }
}

/// Compares two texts by [`sort_key`] (for one-off comparisons; when sorting a list,
/// compute each key once with `sort_by_cached_key`).
///
/// ```
/// use gostbib::lang::collate::compare;
/// let mut list = vec!["Smith J.", "Яковлев Я.", "Ёлкин А.", "Елкин Б.", "2 закона", "10 законов"];
/// list.sort_by_cached_key(|s| gostbib::lang::sort_key(s));
/// assert_eq!(list, ["2 закона", "10 законов", "Ёлкин А.", "Елкин Б.", "Яковлев Я.", "Smith J."]);
/// assert!(compare("Жуков", "Ёлкин").is_gt());
/// ```
pub fn compare(a: &str, b: &str) -> std::cmp::Ordering {
    sort_key(a).cmp(&sort_key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_has_every_russian_letter_in_alphabetical_order() {
        let russian: Vec<usize> = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
            .chars()
            .map(|c| cyrillic_rank(c).unwrap())
            .collect();
        assert!(russian.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(cyrillic_rank('ё'), cyrillic_rank('е'));
        assert!(
            cyrillic_rank('ґ') > cyrillic_rank('г')
                && cyrillic_rank('ґ') < cyrillic_rank('д')
        );
    }

    #[test]
    fn numbers_compare_as_numbers_and_leading_zeros_do_not_count() {
        assert!(sort_key("№ 9") < sort_key("№ 10"));
        assert_eq!(sort_key("007"), sort_key("7"));
        assert!(sort_key("1945") < sort_key("1945a"));
    }

    #[test]
    fn ukrainian_and_serbian_letters_sort_near_their_russian_ones() {
        assert!(sort_key("Ґудзь") < sort_key("Дорошенко"));
        assert!(sort_key("Іваненко") < sort_key("Йосип"));
        assert!(sort_key("Ђорђе") < sort_key("Ефимов"));
    }

    /// The fast paths give the key the Unicode tables give, character by character.
    #[test]
    fn fast_paths_agree_with_the_tables() {
        let slow = |text: &str| {
            let mut key = Vec::new();
            let mut boundary = false;
            for c in text.chars() {
                if c.is_ascii_digit() {
                    // Single digits only, so that numbers do not matter here.
                    push_boundary(&mut key, &mut boundary);
                    let mut digit = [0; 4];
                    let digits = if c == '0' { "" } else { &*c.encode_utf8(&mut digit) };
                    push_number(&mut key, digits);
                } else {
                    push_other(&mut key, c, &mut boundary, 0);
                }
            }
            key_string(key)
        };
        for cp in (0..0x80u32).chain(0x400..0x480) {
            let Some(c) = char::from_u32(cp) else { continue };
            for text in [format!("а{c}b"), format!("{c}"), format!("Q {c}-{c}")] {
                assert_eq!(sort_key(&text), slow(&text), "{cp:#x} in {text:?}");
            }
        }
    }
}
