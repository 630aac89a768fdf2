//! Fast character classes for the scripts references are written in.
//!
//! `char::is_alphabetic` looks every non-ASCII letter up in a table (hundreds of
//! instructions for a Cyrillic letter); references are mostly ASCII and Cyrillic, so
//! these answer both ranges directly and fall back to the standard library otherwise.
//! The answers are always the same as the standard library's.

/// The character at byte `i` of `s` (a boundary) and its length; ASCII and the Cyrillic
/// letters U+0400–U+047F (lead bytes D0, D1) are decoded from their bytes directly.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = s.as_bytes();
    match *b.get(i)? {
        x if x < 0x80 => Some((char::from(x), 1)),
        x @ (0xD0 | 0xD1) => {
            let code = (u32::from(x & 0x1F) << 6) | u32::from(b.get(i + 1)? & 0x3F);
            Some((char::from_u32(code)?, 2))
        }
        _ => s[i..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// `c.is_alphabetic()`, answered directly for ASCII, the Cyrillic block and the
/// punctuation that references are full of (dashes, quotes, `№`).
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0x400..=0x481 | 0x48A..=0x4FF => true,
        // Cyrillic signs, the General Punctuation block, `№`.
        0x482..=0x489 | 0x2000..=0x206F | 0x2116 => false,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, with the fast paths of [`is_alpha`].
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x400..=0x4FF | 0x2000..=0x206F | 0x2116 => is_alpha(c),
        _ => c.is_alphanumeric(),
    }
}

/// `c.is_uppercase()`, answered directly for ASCII and the basic Cyrillic block.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0x400..=0x42F => true,
        0x430..=0x45F => false,
        _ => c.is_uppercase(),
    }
}

/// `c.is_lowercase()`, answered directly for ASCII and the basic Cyrillic block.
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_lowercase(),
        0x400..=0x42F => false,
        0x430..=0x45F => true,
        _ => c.is_lowercase(),
    }
}

/// The lowercase code point of a code point of the basic Cyrillic block: U+0400–U+040F
/// and U+0410–U+042F lower to U+0450–U+045F and U+0430–U+044F; every other stays.
pub(crate) const fn lower_cyrillic(cp: u32) -> u32 {
    match cp {
        0x400..=0x40F => cp + 0x50,
        0x410..=0x42F => cp + 0x20,
        _ => cp,
    }
}

/// The lowercase of `c` when it is one character in ASCII or basic Cyrillic.
#[inline]
fn lower_simple(c: char) -> Option<char> {
    match c {
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        '\u{0400}'..='\u{042F}' => char::from_u32(lower_cyrillic(c as u32)),
        '\u{0430}'..='\u{045F}' => Some(c),
        _ => None,
    }
}

/// `s.to_lowercase()`, with ASCII and basic Cyrillic lowercased directly.
pub(crate) fn to_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lower_simple(c) {
            Some(x) => out.push(x),
            None => return s.to_lowercase(),
        }
    }
    out
}

/// Whether `word`, lowercased, equals `lower`, without allocating: the same answer
/// as `word.to_lowercase() == lower`.
pub(crate) fn lower_eq(word: &str, lower: &str) -> bool {
    let mut l = lower.chars();
    for c in word.chars() {
        match lower_simple(c) {
            Some(x) if l.next() == Some(x) => {}
            Some(_) => return false,
            // Anything else (final sigma, `İ`): let the standard library decide.
            None => return word.to_lowercase() == lower,
        }
    }
    l.next().is_none()
}

/// Whether `word`, lowercased, starts with `prefix`, without allocating: the same
/// answer as `word.to_lowercase().starts_with(prefix)`.
pub(crate) fn lower_starts_with(word: &str, prefix: &str) -> bool {
    let mut p = prefix.chars();
    for c in word.chars() {
        let Some(want) = p.clone().next() else { return true };
        match lower_simple(c) {
            Some(x) if x == want => {
                p.next();
            }
            Some(_) => return false,
            None => return word.to_lowercase().starts_with(prefix),
        }
    }
    p.next().is_none()
}

/// The byte offsets of `needle` in `hay`, in order: a `memchr` scan for its last byte,
/// each hit checked. For needles that cannot overlap themselves (labels, URL schemes)
/// these are the offsets of `hay.match_indices(needle)`, without building a searcher.
pub(crate) fn occurrences<'a>(
    hay: &'a str,
    needle: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let n = needle.as_bytes();
    let last = n.last().copied().unwrap_or(0);
    memchr::memchr_iter(last, hay.as_bytes()).filter_map(move |end| {
        let start = (end + 1).checked_sub(n.len())?;
        (!n.is_empty() && hay.as_bytes()[start..=end] == *n).then_some(start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_are_those_of_match_indices() {
        let hay = "С. 5. с. 6 http://a.ru/http://b www.www.c.ru Т. т. wwww. С.С.";
        for needle in ["http://", "https://", "www.", "с.", "т.", "С."] {
            let expected: Vec<usize> =
                hay.match_indices(needle).map(|(i, _)| i).collect();
            assert_eq!(
                occurrences(hay, needle).collect::<Vec<_>>(),
                expected,
                "{needle}"
            );
        }
    }

    #[test]
    fn char_at_decodes_like_char_indices() {
        let text: String =
            (0..0x3000u32).chain(0x1_0000..0x1_0100).filter_map(char::from_u32).collect();
        let mut at = 0;
        for (i, c) in text.char_indices() {
            assert_eq!((i, char_at(&text, i)), (at, Some((c, c.len_utf8()))));
            at += c.len_utf8();
        }
        assert_eq!(char_at(&text, text.len()), None);
    }

    #[test]
    fn classes_agree_with_the_standard_library() {
        let probe = (0..0x3000u32).chain(0x1_0000..0x1_0400).filter_map(char::from_u32);
        for c in probe {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn to_lower_is_to_lowercase() {
        for c in (0..0x600u32).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(to_lower(&one), one.to_lowercase(), "{c:?}");
            let word = format!("Ab{c}Вя{c}Ё");
            assert_eq!(to_lower(&word), word.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn lower_eq_is_to_lowercase_equality() {
        for (w, l) in [
            ("URL", "url"),
            ("Режим", "режим"),
            ("РЕЖИМ", "режим"),
            ("Режимы", "режим"),
            ("İ", "i\u{307}"),
            ("ΣΑΣ", "σας"),
            ("", ""),
            ("K", "k"),
            ("\u{212A}", "k"),
            ("Изд", "изд"),
            ("ИЗДАНИЕ", "изд"),
            ("Ёлки", "ёлки"),
            ("Éd", "éd"),
        ] {
            assert_eq!(lower_eq(w, l), w.to_lowercase() == l, "{w}");
            assert_eq!(to_lower(w), w.to_lowercase());
            for k in 0..=l.chars().count() + 1 {
                let p: String = l.chars().take(k).collect();
                assert_eq!(
                    lower_starts_with(w, &p),
                    w.to_lowercase().starts_with(&p),
                    "{w} {p}"
                );
            }
        }
    }
}
