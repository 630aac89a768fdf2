//! [`Ctx`]: the tokens of one normalised reference, which of them the grammar has
//! used, and the spans of the elements recognised so far.

use super::lexer::{Token, TokenKind, tokenize};
use crate::Element;

/// The tokens of one normalised reference and the grammar's bookkeeping.
#[derive(Debug)]
pub(crate) struct Ctx<'a> {
    pub(crate) t: &'a str,
    pub(crate) toks: Vec<Token>,
    /// Tokens already assigned to an element.
    pub(crate) used: Vec<bool>,
    /// Recognised elements, as byte spans of the normalised text.
    pub(crate) spans: Vec<(Element, usize, usize)>,
    /// An archival reference: full dates end a title (`Протокол № 1. 27 октября 1924 г.`).
    pub(crate) archival: bool,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(t: &'a str) -> Self {
        let toks = tokenize(t);
        let used = vec![false; toks.len()];
        Ctx { t, toks, used, spans: Vec::new(), archival: false }
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(crate) fn is(&self, i: usize, k: TokenKind) -> bool {
        self.kind(i) == Some(k)
    }

    /// The text of token `i` (empty past the end).
    pub(crate) fn tx(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.t))
    }

    /// The word at `i`, if token `i` is a word.
    pub(crate) fn word(&self, i: usize) -> Option<&'a str> {
        self.is(i, TokenKind::Word).then(|| self.tx(i))
    }

    /// The number at `i`, if token `i` is a number.
    pub(crate) fn number(&self, i: usize) -> Option<&'a str> {
        self.is(i, TokenKind::Number).then(|| self.tx(i))
    }

    /// The first index at or after `i` that is not a space.
    pub(crate) fn skip_space(&self, mut i: usize) -> usize {
        while self.is(i, TokenKind::Space) {
            i += 1;
        }
        i
    }

    /// The text from token `i` to token `j` (exclusive), trimmed of spaces.
    pub(crate) fn text(&self, i: usize, j: usize) -> &'a str {
        if i >= j || i >= self.len() {
            return "";
        }
        let j = j.min(self.len());
        self.t[self.toks[i].start..self.toks[j - 1].end].trim()
    }

    /// Byte offset where token `i` starts (the end of the text past the last token).
    pub(crate) fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.t.len(), |t| t.start)
    }

    /// Marks tokens `i..j` as used by an element and records its span (trimmed of
    /// spaces and separators at both ends).
    pub(crate) fn mark(&mut self, el: Element, i: usize, j: usize) {
        let j = j.min(self.len());
        if i >= j {
            return;
        }
        for u in &mut self.used[i..j] {
            *u = true;
        }
        let (mut a, mut b) = (i, j);
        while a < b && self.is_filler(a) {
            a += 1;
        }
        while b > a && self.is_filler(b - 1) {
            b -= 1;
        }
        if a < b {
            self.spans.push((el, self.toks[a].start, self.toks[b - 1].end));
        }
    }

    /// Spaces and separators that carry no value.
    pub(crate) fn is_filler(&self, i: usize) -> bool {
        use TokenKind::*;
        matches!(self.kind(i), Some(Space | Period | Comma | Colon | Semicolon | Dash))
    }

    /// Whether token `i` is the period of an abbreviation or initial followed by a
    /// space (`Т. 3`, `А. М.`).
    pub(crate) fn followed_by_period(&self, i: usize) -> bool {
        self.is(i + 1, TokenKind::Period)
    }

    /// Whether a space separates tokens `i` and `i + 1`.
    pub(crate) fn spaced_after(&self, i: usize) -> bool {
        self.is(i + 1, TokenKind::Space)
    }

    /// The index of the matching closing token for an opening one at `i`, within
    /// `..end`, scanning at most `limit` tokens.
    pub(crate) fn closing(&self, i: usize, end: usize, limit: usize) -> Option<usize> {
        use TokenKind::*;
        let close = match self.kind(i)? {
            LParen => RParen,
            LBracket => RBracket,
            _ => return None,
        };
        let open = self.kind(i)?;
        let mut depth = 0usize;
        for j in i..end.min(i.saturating_add(limit)).min(self.len()) {
            match self.kind(j) {
                Some(k) if k == open => depth += 1,
                Some(k) if k == close => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_marking() {
        let mut cx = Ctx::new("Т. 3 (А–К). С. 5");
        assert_eq!(cx.word(0), Some("Т"));
        assert_eq!(cx.closing(5, cx.len(), 50), Some(9));
        assert_eq!(cx.text(0, 4), "Т. 3");
        cx.mark(Element::Numbering, 0, 5);
        assert!(cx.used[0] && cx.used[4] && !cx.used[5]);
        assert_eq!(cx.spans, vec![(Element::Numbering, 0, "Т. 3".len())]);
    }
}
