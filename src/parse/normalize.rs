//! Input normalisation with a map back to the original byte offsets.
//!
//! The grammar works on a normalised copy of each reference: canonical composition (NFC)
//! of combining marks, every kind of space (and control character) turned into a plain
//! space and every run of them into one (no value of a reference holds a space run:
//! the formatter would write it, and a run next to a separator reads differently), soft
//! hyphens and zero-width characters removed, and Markdown escapes before
//! square brackets (`\[`) dropped. Dashes and quotes are kept as written: the lexer
//! recognises all of them. Every byte of the normalised text remembers the byte of the
//! input it came from, so spans in diagnostics and in [`crate::Source::spans`] point into
//! the text the user gave.

use unicode_normalization::char::{compose, is_combining_mark};

/// A normalised text and, for each of its bytes, the offset of the input byte it
/// came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Normalized {
    /// The normalised text.
    pub(crate) text: String,
    /// The input offset of each byte and of the end; `None` when the text is the input
    /// unchanged (most references), so that every offset is its own.
    map: Option<Vec<usize>>,
}

impl Normalized {
    /// The input byte offset of normalised byte offset `at` (the end maps to the end).
    pub(crate) fn original(&self, at: usize) -> usize {
        match &self.map {
            Some(map) => map[at.min(map.len() - 1)],
            None => at.min(self.text.len()),
        }
    }

    /// Whether the text is the input unchanged: then it holds no [`is_junk`] character
    /// (normalisation changes every one into a space).
    pub(crate) fn is_unchanged(&self) -> bool {
        self.map.is_none()
    }

    /// The input span of a normalised span.
    pub(crate) fn span(&self, start: usize, end: usize) -> crate::Span {
        let s = self.original(start);
        let e = if end > start { self.original(end) } else { s };
        s..e.max(s)
    }
}

/// Whether a character is a space of any width (control characters count as spaces:
/// pasted text carries them, and no element of a reference holds one).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || is_junk(c)
        || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}')
}

/// Whether a character is no text at all: a control character other than the tab, line
/// and page breaks; a private-use character; a noncharacter; or a code point of the
/// planes Unicode leaves unassigned (4 to 13). The parser reads one as a space and keeps
/// it in [`crate::Source::unparsed`] (diagnostic `P008`), as nothing it understood.
pub(crate) fn is_junk(c: char) -> bool {
    let n = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}'))
        || ('\u{E000}'..='\u{F8FF}').contains(&c)
        || ('\u{FDD0}'..='\u{FDEF}').contains(&c)
        || n & 0xFFFE == 0xFFFE
        || (0x4_0000..0xE_0000).contains(&n)
        || n >= 0xF_0000
}

/// Names a run of [`is_junk`] characters by their code points: `U+0000 U+0001`, at
/// most three, then `…`.
pub(crate) fn name_junk(run: &str) -> String {
    let mut names: Vec<String> =
        run.chars().take(3).map(|c| format!("U+{:04X}", u32::from(c))).collect();
    if run.chars().nth(3).is_some() {
        names.push("…".into());
    }
    names.join(" ")
}

/// The runs of [`is_junk`] characters in `text`, as byte ranges.
pub(crate) fn junk_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (at, c) in text.char_indices().filter(|&(_, c)| is_junk(c)) {
        let end = at + c.len_utf8();
        match runs.last_mut() {
            Some(run) if run.1 == at => run.1 = end,
            _ => runs.push((at, end)),
        }
    }
    runs
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Normalises `input` (see the module docs).
pub(crate) fn normalize(input: &str) -> Normalized {
    if input.chars().all(is_kept) && !input.contains("  ") {
        return Normalized { text: input.to_owned(), map: None };
    }
    let mut text = String::with_capacity(input.len());
    let mut map = Vec::with_capacity(input.len() + 1);
    let mut chars = input.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if (c.is_ascii() && c != '\\') || ('\u{0400}'..='\u{0482}').contains(&c) {
            // Fast path: no invisible character, combining mark or wide space here.
            let out =
                if c.is_ascii_whitespace() || c.is_ascii_control() { ' ' } else { c };
            if out == ' ' && text.ends_with(' ') {
                continue;
            }
            text.push(out);
            map.extend(std::iter::repeat_n(at, out.len_utf8()));
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        // `\[` is a Markdown escape; `\\]` is an escaped backslash before a bracket,
        // kept whole (dropping its second backslash would leave a new `\]`).
        if c == '\\'
            && matches!(chars.peek(), Some((_, '[' | ']')))
            && !input[..at].ends_with('\\')
        {
            continue;
        }
        let out = if is_space(c) { ' ' } else { c };
        if out == ' ' && text.ends_with(' ') {
            continue;
        }
        if is_combining_mark(out) {
            // Compose with the previous character when NFC has a composite for it.
            if let Some(prev) = text.chars().next_back() {
                if let Some(composed) = compose(prev, out) {
                    let prev_len = prev.len_utf8();
                    let prev_at = map[map.len() - prev_len];
                    text.truncate(text.len() - prev_len);
                    map.truncate(map.len() - prev_len);
                    text.push(composed);
                    map.extend(std::iter::repeat_n(prev_at, composed.len_utf8()));
                    continue;
                }
            }
        }
        text.push(out);
        map.extend(std::iter::repeat_n(at, out.len_utf8()));
    }
    map.push(input.len());
    Normalized { text, map: Some(map) }
}

/// Whether normalisation keeps `c` as it is, wherever it stands (a backslash is not
/// answered here: it may escape a bracket).
fn is_kept(c: char) -> bool {
    if c.is_ascii() {
        c == ' ' || (c.is_ascii_graphic() && c != '\\')
    } else {
        ('\u{0400}'..='\u{0482}').contains(&c)
            || !(is_invisible(c) || is_space(c) || is_combining_mark(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_soft_hyphens_and_escapes() {
        let n = normalize("Макед\u{00AD}онов,\u{00A0}А. \\[Электронный ресурс]");
        assert_eq!(n.text, "Македонов, А. [Электронный ресурс]");
    }

    #[test]
    fn combining_breve_is_composed_and_offsets_map_back() {
        let input = "Краткии\u{0306} курс";
        let n = normalize(input);
        assert_eq!(n.text, "Краткий курс");
        let k = n.text.find("курс").unwrap();
        assert_eq!(&input[n.span(k, k + "курс".len())], "курс");
    }

    #[test]
    fn clean_text_is_kept_with_its_own_offsets() {
        for input in ["Иванов И. И. Книга. М., 1990. 200 с.", "Smith J. Book. L., 2001."]
        {
            let n = normalize(input);
            assert_eq!((n.text.as_str(), n.map.is_none()), (input, true));
            assert_eq!(n.span(3, 9), 3..9);
        }
        // One character to change anywhere takes the mapped path.
        assert!(normalize("Иванов\u{00A0}И.").map.is_some());
        assert!(normalize("a\tb").map.is_some());
    }

    #[test]
    fn junk_is_a_space_and_its_runs_are_found() {
        let input = "Кн\u{0}\u{1}ига\tи\u{E000} \u{C}том";
        assert_eq!(normalize(input).text, "Кн ига и том");
        let runs: Vec<&str> =
            junk_runs(input).iter().map(|&(a, b)| &input[a..b]).collect();
        assert_eq!(runs, ["\u{0}\u{1}", "\u{E000}"]);
        for c in ['\t', '\n', '\u{C}', 'я', '\u{FFFD}', '\u{1F600}', '\u{E0001}'] {
            assert!(!is_junk(c), "{c:?}");
        }
        for c in
            ['\u{7F}', '\u{9F}', '\u{FFFF}', '\u{1FFFE}', '\u{4_0000}', '\u{10_FFFD}']
        {
            assert!(is_junk(c), "{c:?}");
        }
    }

    #[test]
    fn space_runs_are_one_space_and_map_back() {
        let input = "Victi\0\0\0e  Soviet\t\n Penal";
        let n = normalize(input);
        assert_eq!(n.text, "Victi e Soviet Penal");
        let k = n.text.find("Soviet").unwrap();
        assert_eq!(&input[n.span(k, k + "Soviet".len())], "Soviet");
        assert!(normalize("a  b").map.is_some());
    }

    #[test]
    fn empty_input() {
        let n = normalize("");
        assert_eq!(n.text, "");
        assert_eq!(n.span(0, 0), 0..0);
    }
}
