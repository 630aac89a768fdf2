//! Lower-casing the short words the splitter compares with its word lists,
//! without allocating: the word is lower-cased into a buffer on the stack,
//! with fast paths for ASCII and the basic Cyrillic letters.

use std::ops::Deref;

/// How many bytes of lower-cased text fit on the stack.
const INLINE: usize = 48;

/// A word lower-cased the way [`str::to_lowercase`] does it, dereferencing to
/// `str`.
pub(super) enum Lower {
    /// Short words: the bytes and their length.
    Inline([u8; INLINE], usize),
    /// Words too long for the buffer.
    Heap(String),
}

impl Lower {
    /// Lower-cases `word`.
    pub(super) fn new(word: &str) -> Lower {
        let mut buf = [0u8; INLINE];
        let mut len = 0;
        for c in word.chars() {
            // A character lower-cases to at most three, of at most four bytes
            // each; leave room for them.
            if len + 12 > INLINE {
                return Lower::Heap(word.to_lowercase());
            }
            match fast_lower(c) {
                Some(l) => len += l.encode_utf8(&mut buf[len..]).len(),
                None => {
                    // `Σ` at the end of a word lower-cases to `ς`: context the
                    // per-character mapping does not see.
                    if c == 'Σ' {
                        return Lower::Heap(word.to_lowercase());
                    }
                    for l in c.to_lowercase() {
                        len += l.encode_utf8(&mut buf[len..]).len();
                    }
                }
            }
        }
        Lower::Inline(buf, len)
    }
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            // The buffer holds whole characters written by `encode_utf8`.
            Lower::Inline(buf, len) => std::str::from_utf8(&buf[..*len]).unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

/// The lower case of `c` when it is one character found without the Unicode
/// tables: ASCII and the Cyrillic letters `Ѐ`–`я`.
#[inline]
fn fast_lower(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\0'..='\x7F' | 'а'..='я' | 'ѐ'..='џ' => Some(c),
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Lower;

    #[test]
    fn agrees_with_the_standard_library() {
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            let word = format!("{c}Ab{c}");
            assert_eq!(&*Lower::new(&word), word.to_lowercase(), "{c:?}");
        }
        let long = "ДЛИННОЕСЛОВО".repeat(5);
        assert_eq!(&*Lower::new(&long), long.to_lowercase());
        assert_eq!(&*Lower::new("ΟΔΟΣ"), "ΟΔΟΣ".to_lowercase());
    }
}
