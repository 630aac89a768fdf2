//! Line and column lookup in linear total time (the input is indexed once).

use crate::{Diagnostic, Position, Severity, Span};

/// Byte offsets of line starts, for [`Position`]s in `O(log lines + column)`.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text));
        LineIndex { text, starts }
    }

    /// The position of byte `at` (clamped to the text and to a character boundary).
    pub(crate) fn position(&self, at: usize) -> Position {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        Position { line, column: self.text[start..at].chars().count() + 1 }
    }

    /// The text of the line holding byte `at`, without its line break.
    pub(crate) fn line_text(&self, line: usize) -> &'a str {
        let start = self.starts.get(line - 1).copied().unwrap_or(self.text.len());
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e - 1);
        self.text[start..end.max(start)].trim_end_matches('\r')
    }

    /// A diagnostic at `span`, with its position.
    pub(crate) fn diagnostic(
        &self,
        severity: Severity,
        code: &str,
        message: String,
        span: Span,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            code: code.to_owned(),
            message,
            position: self.position(span.start),
            span,
        }
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_agree_with_position_of() {
        let text = "Лит.:\nПанкратова А. М.\r\n\nИванов";
        let idx = LineIndex::new(text);
        for (i, _) in text.char_indices() {
            assert_eq!(idx.position(i), Position::of(text, i), "at {i}");
        }
        assert_eq!(idx.line_text(2), "Панкратова А. М.");
        assert_eq!(idx.line_text(3), "");
        assert_eq!(idx.line_text(4), "Иванов");
    }
}
