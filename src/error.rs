//! The one error type of the crate, positions, and diagnostics.

use serde::{Deserialize, Serialize};

/// A byte range in an input text.
pub type Span = std::ops::Range<usize>;

/// A value with the byte range of the text it came from.
///
/// Values that were not read from text (built or imported) carry a
/// [`detached`](Spanned::detached) span.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was read from.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// A value with its span.
    pub const fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
    /// A value that was not read from any text.
    pub const fn detached(value: T) -> Self {
        Spanned { value, span: usize::MAX..usize::MAX }
    }
    /// Whether the span points nowhere.
    pub fn is_detached(&self) -> bool {
        self.span.start == usize::MAX
    }
}

/// A line and column in a text, both 1-based; the column counts characters, not bytes.
///
/// ```
/// use gostbib::Position;
/// let text = "Лит.\nПанкратова А. М.";
/// let p = Position::of(text, text.find('П').unwrap());
/// assert_eq!((p.line, p.column), (2, 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Position {
    /// Line, 1-based.
    pub line: usize,
    /// Column in characters, 1-based.
    pub column: usize,
}

impl Position {
    /// The position of byte offset `at` in `text` (clamped to the text and to a
    /// character boundary).
    pub fn of(text: &str, at: usize) -> Position {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Byte offsets of the line starts of a text, for [`Position`]s in
/// `O(log lines + column)` instead of [`Position::of`]'s scan from the start.
///
/// Index an input once when many positions are wanted (one per reference, one per
/// diagnostic): the total cost stays linear in the input.
///
/// ```
/// use gostbib::{LineIndex, Position};
/// let text = "Лит.:\nПанкратова А. М.\r\nИванов";
/// let index = LineIndex::new(text);
/// let at = text.find("А.").unwrap();
/// assert_eq!(index.position(at), Position { line: 2, column: 12 });
/// assert_eq!(index.position(at), Position::of(text, at));
/// assert_eq!(index.line_text(2), "Панкратова А. М.");
/// assert_eq!(index.line_count(), 3);
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// `blocks[k]`: characters before byte `k * BLOCK`, so that a column in a very long
    /// line costs at most `BLOCK` bytes of counting, not the whole line.
    blocks: Vec<usize>,
}

/// Bytes per checkpoint of [`LineIndex`]'s character counts.
const BLOCK: usize = 256;

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
const fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// The number of characters in UTF-8 `bytes` (those that are not continuation bytes
/// `10xxxxxx`), eight bytes at a time.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuation = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Bit 7 set and bit 6 clear in a byte: a continuation byte.
        continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let rest = chunks.remainder();
    bytes.len() - continuation - rest.iter().filter(|&&b| !starts_char(b)).count()
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text` (one pass).
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        // A checkpoint before every block, and one at the end when it closes a block.
        let mut blocks = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut chars = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            blocks.push(chars);
            chars += count_chars(block);
        }
        if text.len() % BLOCK == 0 {
            blocks.push(chars);
        }
        LineIndex { text, starts, blocks }
    }

    /// The number of characters before byte `at` (a character boundary).
    fn chars_before(&self, at: usize) -> usize {
        let block = at / BLOCK;
        let from = block * BLOCK;
        self.blocks[block] + count_chars(&self.text.as_bytes()[from..at])
    }

    /// The indexed text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The number of lines (a final line break starts an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The position of byte `at`, clamped to the text and to a character boundary
    /// like [`Position::of`], which it always equals.
    pub fn position(&self, at: usize) -> Position {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= at);
        let start = self.starts[line - 1];
        Position { line, column: self.chars_before(at) - self.chars_before(start) + 1 }
    }

    /// The text of line `line` (1-based) without its line break; empty past the end.
    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.starts.get(line.max(1) - 1).copied().unwrap_or(self.text.len());
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e - 1);
        self.text[start..end.max(start)].trim_end_matches('\r')
    }

    /// A diagnostic at `span` of the indexed text, with its position; the same as
    /// [`Diagnostic::new`] without rescanning the text.
    ///
    /// ```
    /// use gostbib::{Diagnostic, LineIndex, Severity};
    /// let text = "1. Иванов\n2. Петров";
    /// let at = text.find("Петров").unwrap();
    /// let d = LineIndex::new(text).diagnostic(Severity::Note, "P001", "x", at..at + 2);
    /// assert_eq!(d, Diagnostic::new(text, Severity::Note, "P001", "x", at..at + 2));
    /// assert_eq!((d.position.line, d.position.column), (2, 4));
    /// ```
    pub fn diagnostic(
        &self,
        severity: Severity,
        code: impl Into<String>,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            code: code.into(),
            message: message.into(),
            position: self.position(span.start),
            span,
        }
    }
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Everything that can go wrong in gostbib.
///
/// Parse errors carry the [`Position`] (line, column in characters), the byte span and
/// the offending text; messages say what was expected and what was found.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A GOST reference or list could not be parsed.
    #[error("gost parse error at {position}: expected {expected}, found `{found}`")]
    Gost {
        /// Where.
        position: Position,
        /// Byte span of the offending text.
        span: Span,
        /// What the parser expected.
        expected: &'static str,
        /// The offending text (possibly shortened).
        found: String,
    },
    /// The input holds no reference at all.
    #[error("no reference found in the input")]
    Empty,
    /// CSL-JSON could not be read.
    #[error("csl-json error at {position}: {message}")]
    Csl {
        /// Where.
        position: Position,
        /// What was wrong.
        message: String,
    },
    /// A BibTeX/BibLaTeX file could not be read.
    #[error("bibtex error at {position} (entry `{key}`): {message}")]
    Bib {
        /// Where.
        position: Position,
        /// The entry key, empty if unknown.
        key: String,
        /// What was wrong.
        message: String,
    },
    /// A MODS document could not be read.
    #[error("mods error at {position}: {message}")]
    Mods {
        /// Where.
        position: Position,
        /// What was wrong.
        message: String,
    },
    /// Input bytes are not valid UTF-8.
    #[error("input is not valid UTF-8 at byte {offset}")]
    Utf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A value that names something unknown (a kind, a style, a date).
    #[error("unknown {what}: `{value}`")]
    UnknownValue {
        /// What kind of value.
        what: &'static str,
        /// The value given.
        value: String,
    },
    /// A requested conversion is not available.
    #[error("unsupported: {0}")]
    Unsupported(String),
    /// Reading or writing failed.
    #[error("i/o error: {0}")]
    Io(String),
}

impl Error {
    /// The position of the error in its input, if it has one.
    pub fn position(&self) -> Option<Position> {
        match self {
            Error::Gost { position, .. }
            | Error::Csl { position, .. }
            | Error::Bib { position, .. }
            | Error::Mods { position, .. } => Some(*position),
            _ => None,
        }
    }

    /// Whether this is a syntax error in some input format.
    pub fn is_syntax(&self) -> bool {
        self.position().is_some()
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e.to_string())
    }
}

/// How serious a diagnostic is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Information, nothing wrong.
    Note,
    /// Probably wrong, the result is still usable.
    Warning,
    /// Wrong: something was not understood or violates the standard.
    Error,
}

/// A message about a place in the input, from lenient parsing or from the checker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Severity.
    pub severity: Severity,
    /// A stable code (`P001`, `G012`), documented in `docs/`.
    pub code: String,
    /// What is wrong, lowercase, no final period.
    pub message: String,
    /// Byte span in the input.
    pub span: Span,
    /// Line and column (in characters) of the span's start.
    pub position: Position,
}

impl Diagnostic {
    /// A diagnostic for `span` in `input`.
    pub fn new(
        input: &str,
        severity: Severity,
        code: impl Into<String>,
        message: impl Into<String>,
        span: Span,
    ) -> Self {
        Diagnostic {
            severity,
            code: code.into(),
            message: message.into(),
            position: Position::of(input, span.start),
            span,
        }
    }

    /// Renders the diagnostic like a compiler: message, then the input line and a caret.
    ///
    /// ```
    /// use gostbib::{Diagnostic, Severity};
    /// let input = "Панкратова А. М. URL.: http://x";
    /// let at = input.find("URL.:").unwrap();
    /// let d = Diagnostic::new(input, Severity::Warning, "P010", "typo in label", at..at + 5);
    /// let shown = d.render(input);
    /// assert!(shown.contains("line 1, column 18"));
    /// assert!(shown.ends_with("^^^^^"));
    /// ```
    pub fn render(&self, input: &str) -> String {
        // A window of the line around the span, so that a diagnostic on a 10 MB line
        // costs a few hundred bytes, not the whole line.
        const BEFORE: usize = 40;
        const AFTER: usize = 80;
        let mut at = self.span.start.min(input.len());
        while !input.is_char_boundary(at) {
            at -= 1;
        }
        let (mut from, mut shown_before) = (at, 0);
        for (i, c) in input[..at].char_indices().rev() {
            if c == '\n' || shown_before == BEFORE {
                break;
            }
            from = i;
            shown_before += 1;
        }
        let mut to = at;
        for (n, (i, c)) in input[at..].char_indices().enumerate() {
            if c == '\n' || c == '\r' || n == AFTER {
                break;
            }
            to = at + i + c.len_utf8();
        }
        let cut_left = from > 0 && !input[..from].ends_with('\n');
        let cut_right = to < input.len() && !input[to..].starts_with(['\n', '\r']);
        let span_end = self.span.end.clamp(at, to);
        let width = input.get(at..span_end).map_or(1, |s| s.chars().count().max(1));
        let sev = match self.severity {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let (l, r) = (if cut_left { "…" } else { "" }, if cut_right { "…" } else { "" });
        format!(
            "{sev}[{}]: {} at {}\n  | {l}{}{r}\n  | {}{}",
            self.code,
            self.message,
            self.position,
            &input[from..to],
            " ".repeat(shown_before + l.chars().count()),
            "^".repeat(width)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_characters_are_chars_count() {
        let text = "Иванов И. И. — «Книга» 𝔘 é\u{301} abc ";
        for start in 0..text.len() {
            for end in start..=text.len() {
                if let Some(piece) = text.get(start..end) {
                    assert_eq!(count_chars(piece.as_bytes()), piece.chars().count());
                }
            }
        }
    }

    #[test]
    fn render_shows_a_window_of_a_long_line() {
        let input = format!("{}URL.: x{}", "а".repeat(10_000), "б".repeat(10_000));
        let at = input.find("URL.:").unwrap();
        let d = Diagnostic::new(&input, Severity::Note, "P005", "typo", at..at + 5);
        let shown = d.render(&input);
        assert!(shown.len() < 600, "{} bytes", shown.len());
        assert!(shown.contains("column 10001"));
        let lines: Vec<&str> = shown.lines().collect();
        let caret_col = lines[2].find('^').unwrap();
        let text_col = lines[1].find("URL").unwrap();
        assert_eq!(
            lines[2][..caret_col].chars().count(),
            lines[1][..text_col].chars().count()
        );
    }
}
