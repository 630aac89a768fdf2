//! The lexer: a normalised reference as a stream of [`Token`]s with byte spans.
//!
//! Words are runs of letters (with inner hyphens and apostrophes: `Салтыков-Щедрин`,
//! `Russia’s`), numbers are runs of ASCII digits, every dash (`-`, `–`, `—`, `−`, `--`)
//! is one [`TokenKind::Dash`], `//` and `/ /` are one [`TokenKind::DoubleSlash`], URLs
//! (`http…`, `https…`, `www.…`) are one [`TokenKind::Url`] and `...`/`…` is one
//! [`TokenKind::Ellipsis`]. Nothing is dropped: the tokens tile the text.

use crate::lang::chars::{char_at, is_alpha};
/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    Space,
    Period,
    Comma,
    Colon,
    Semicolon,
    Slash,
    DoubleSlash,
    Dash,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Quote,
    Ellipsis,
    Url,
    Other,
}

/// A token: its kind and byte span in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: TokenKind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Token {
    /// The token's text.
    pub(crate) fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// Whether `c` is any dash or hyphen.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Whether `c` is a quotation mark.
pub(crate) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '„' | '“' | '”' | '‟' | '‘' | '‚' | '\'' | '`')
}

fn is_word_char(c: char) -> bool {
    is_alpha(c) || c == '\u{0301}'
}

/// Punctuation that may follow a URL without belonging to it (`… www.site.ru.`).
pub(crate) const URL_END: [char; 7] = ['.', ',', ';', '>', ')', '—', '–'];

/// An iterator over the tokens of a normalised text.
/// The byte length of the word `rest` starts with: word characters, with `-`, `'` or
/// `’` inside it when a word character follows.
fn word_len(rest: &str) -> usize {
    let (mut i, mut len) = (0, 0);
    while let Some((c, n)) = char_at(rest, i) {
        if is_word_char(c) {
            i += n;
            len = i;
        } else if matches!(c, '-' | '’' | '\'')
            && char_at(rest, i + n).is_some_and(|(next, _)| is_word_char(next))
        {
            i += n;
        } else {
            break;
        }
    }
    len
}

#[derive(Debug, Clone)]
pub(crate) struct Lexer<'i> {
    src: &'i str,
    at: usize,
}

impl<'i> Lexer<'i> {
    pub(crate) fn new(src: &'i str) -> Self {
        Lexer { src, at: 0 }
    }

    fn rest(&self) -> &'i str {
        &self.src[self.at..]
    }

    /// Length of a URL starting here, if one does.
    fn url_len(&self) -> Option<usize> {
        let rest = self.rest();
        // No non-ASCII letter lowercases to a letter of these prefixes, so comparing
        // bytes ignoring ASCII case is lowercasing the start of `rest`.
        let scheme = ["https://", "http://", "www."].iter().find(|p| {
            rest.as_bytes()
                .get(..p.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
        })?;
        let mut len =
            rest.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(rest.len());
        // `http:// www.example.org/…`: a space typed after the scheme.
        if *scheme != "www." && len == scheme.len() {
            let after = &rest[len..];
            let skipped = after.len() - after.trim_start().len();
            let next = &after[skipped..];
            if next.contains('.') && !next.is_empty() {
                len += skipped + next.find(char::is_whitespace).unwrap_or(next.len());
            }
        }
        // A bare `www.` address needs a dot of its own after the prefix; the
        // punctuation that may end it (`www.c.`, `www.c,.`) is not that dot, or the
        // period written after `www.c` would make it an address.
        let host = rest[4..len].trim_end_matches(URL_END);
        if *scheme == "www." && !host.contains('.') {
            return None;
        }
        Some(len)
    }
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = self.rest();
        let c = rest.chars().next()?;
        let start = self.at;
        let (kind, len) = if let Some(len) =
            (c.is_ascii_alphabetic()).then(|| self.url_len()).flatten()
        {
            (TokenKind::Url, len)
        } else if c.is_whitespace() {
            // Normalised text has plain spaces: count them, then look further only
            // when another kind of space follows.
            let plain = rest.bytes().take_while(|&b| b == b' ').count();
            let more = &rest[plain..];
            let len = if more.starts_with(char::is_whitespace) {
                plain + more.find(|c: char| !c.is_whitespace()).unwrap_or(more.len())
            } else {
                plain
            };
            (TokenKind::Space, len)
        } else if c.is_ascii_digit() {
            (TokenKind::Number, rest.bytes().take_while(u8::is_ascii_digit).count())
        } else if is_word_char(c) {
            (TokenKind::Word, word_len(rest))
        } else if rest.starts_with("...") {
            (TokenKind::Ellipsis, rest.find(|c: char| c != '.').unwrap_or(rest.len()))
        } else if is_dash(c) {
            let n = rest.find(|c: char| !is_dash(c)).unwrap_or(rest.len());
            (TokenKind::Dash, n)
        } else if c == '/' {
            let after = &rest[1..];
            if after.starts_with('/') {
                (TokenKind::DoubleSlash, 2)
            } else if after.starts_with(" /") && !after.starts_with(" //") {
                (TokenKind::DoubleSlash, 3)
            } else {
                (TokenKind::Slash, 1)
            }
        } else {
            let kind = match c {
                '.' => TokenKind::Period,
                ',' => TokenKind::Comma,
                ':' => TokenKind::Colon,
                ';' => TokenKind::Semicolon,
                '(' => TokenKind::LParen,
                ')' => TokenKind::RParen,
                '[' => TokenKind::LBracket,
                ']' => TokenKind::RBracket,
                '…' => TokenKind::Ellipsis,
                c if is_quote(c) => TokenKind::Quote,
                _ => TokenKind::Other,
            };
            (kind, c.len_utf8())
        };
        self.at += len;
        Some(Token { kind, start, end: start + len })
    }
}

/// All tokens of a text.
pub(crate) fn tokenize(src: &str) -> Vec<Token> {
    Lexer::new(src).collect()
}

#[cfg(test)]
mod tests {
    use super::TokenKind::*;
    use super::*;

    fn kinds(s: &str) -> Vec<(TokenKind, &str)> {
        tokenize(s).iter().map(|t| (t.kind, t.text(s))).collect()
    }

    #[test]
    fn words_numbers_and_separators() {
        assert_eq!(
            kinds("Салтыков-Щедрин М.Е. // Т.3 — С. 12–15"),
            vec![
                (Word, "Салтыков-Щедрин"),
                (Space, " "),
                (Word, "М"),
                (Period, "."),
                (Word, "Е"),
                (Period, "."),
                (Space, " "),
                (DoubleSlash, "//"),
                (Space, " "),
                (Word, "Т"),
                (Period, "."),
                (Number, "3"),
                (Space, " "),
                (Dash, "—"),
                (Space, " "),
                (Word, "С"),
                (Period, "."),
                (Space, " "),
                (Number, "12"),
                (Dash, "–"),
                (Number, "15"),
            ]
        );
    }

    #[test]
    fn urls_spaced_double_slash_and_ellipsis() {
        let k = kinds("URL.: http://www.france.mid.ru/. a / / b дис. ... канд");
        assert!(k.contains(&(Url, "http://www.france.mid.ru/.")));
        assert!(k.contains(&(DoubleSlash, "/ /")));
        assert!(k.contains(&(Ellipsis, "...")));
        let k = kinds("URL: http:// www.worldbank.org/ru x");
        assert!(k.contains(&(Url, "http:// www.worldbank.org/ru")));
    }

    /// The byte-level word scan against its definition over characters.
    #[test]
    fn word_length_is_that_of_the_character_rules() {
        let by_chars = |rest: &str| {
            let mut len = 0;
            let mut it = rest.char_indices().peekable();
            while let Some((i, ch)) = it.next() {
                if is_word_char(ch) {
                    len = i + ch.len_utf8();
                } else if (ch == '-' || ch == '’' || ch == '\'')
                    && it.peek().is_some_and(|&(_, n)| is_word_char(n))
                {
                    continue;
                } else {
                    break;
                }
            }
            len
        };
        let pieces =
            ["а", "Ж", "ѣ", "z", "-", "’", "'", "\u{301}", "é", "1", " ", ".", "ẞ", "—"];
        let mut state: u64 = 7;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..6 {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            assert_eq!(word_len(&text), by_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn tokens_tile_the_text() {
        let s = "«Наука», 1985—1986. — Т. 2, с. 132; [1945?] №5 ⏎";
        let t = tokenize(s);
        assert_eq!(t.first().unwrap().start, 0);
        assert_eq!(t.last().unwrap().end, s.len());
        assert!(t.windows(2).all(|w| w[0].end == w[1].start));
    }
}
