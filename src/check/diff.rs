//! A small word- and punctuation-level diff (Myers' O(ND) algorithm over tokens,
//! bounded), and what each difference is about.

use serde::{Deserialize, Serialize};

use super::safety::abbreviates;
use crate::Span;
use crate::lang::chars::is_alnum;

/// The most edit steps the diff searches before it gives up and reports the whole text as
/// replaced; this bounds the time per reference to `O(MAX_EDITS · tokens)`.
const MAX_EDITS: usize = 256;

/// What a difference between the written and the canonical form is about.
///
/// ```
/// use gostbib::check::diff::{Change, diff};
/// assert_eq!(diff("С. 29-82", "С. 29–82")[0].change, Change::Dash);
/// assert_eq!(Change::Dash.name(), "dashes");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// Only spaces differ (`М.; Л.` → `М. ; Л.`).
    Spacing,
    /// Only the kind of dash differs (`-` → `–`).
    Dash,
    /// Only letter case differs (`с.` → `С.`).
    Case,
    /// Only punctuation differs (`URL.:` → `URL:`).
    Punctuation,
    /// A word abbreviated or spelled out (`Москва` → `М.`, `Изд-во` → `Издательство`).
    Abbreviation,
    /// A piece moved elsewhere (element order).
    Order,
    /// Words differ: abbreviations, added or dropped elements.
    Words,
}

impl Change {
    /// The name used in messages and JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Change::Spacing => "spacing",
            Change::Dash => "dashes",
            Change::Case => "case",
            Change::Punctuation => "punctuation",
            Change::Abbreviation => "abbreviations",
            Change::Order => "element order",
            Change::Words => "words",
        }
    }
}

/// One difference: the bytes `old` of the written text become `new` in the canonical
/// form.
///
/// ```
/// use gostbib::check::diff::diff;
/// let h = &diff("URL.: http", "URL: http")[0];
/// assert_eq!((h.old.clone(), h.removed.as_str(), h.inserted.as_str()), (3..4, ".", ""));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hunk {
    /// Byte range in the written text (relative to the reference).
    pub old: Span,
    /// Byte range in the canonical text.
    pub new: Span,
    /// The written text of the range.
    pub removed: String,
    /// The canonical text of the range.
    pub inserted: String,
    /// What the difference is about.
    pub change: Change,
}

/// Splits text into words (letters and digits), runs of spaces, and single other
/// characters, as byte ranges.
fn tokens(text: &str) -> Vec<Span> {
    const WORD: u8 = 0;
    const SPACE: u8 = 1;
    const OTHER: u8 = 2;
    let bytes = text.as_bytes();
    let mut out: Vec<Span> = Vec::with_capacity(text.len() / 3 + 1);
    let mut prev = OTHER;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII and the basic Cyrillic letters (lead bytes D0, D1) without decoding.
        let (class, len) = if b < 0x80 {
            let class = if b.is_ascii_alphanumeric() {
                WORD
            } else if matches!(b, b'\t'..=b'\r' | b' ') {
                SPACE
            } else {
                OTHER
            };
            (class, 1)
        } else if matches!(b, 0xD0 | 0xD1) {
            // U+0400–U+047F: Cyrillic letters, every one (a test checks the range).
            (WORD, 2)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let class = if is_word_char(c) || is_mark(c) {
                WORD
            } else if c.is_whitespace() {
                SPACE
            } else {
                OTHER
            };
            (class, c.len_utf8())
        };
        match out.last_mut() {
            Some(last) if class != OTHER && prev == class => last.end = i + len,
            _ => out.push(i..i + len),
        }
        prev = class;
        i += len;
    }
    out
}

/// A letter or digit, with the ASCII and Cyrillic ranges answered without a table
/// look-up (they are nearly all of the text).
pub(super) fn is_word_char(c: char) -> bool {
    is_alnum(c)
}

fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Myers' greedy forward search; returns the matched token pairs in order, or `None`
/// when more than [`MAX_EDITS`] edits would be needed. The common prefix is matched
/// first, as the search's first snake would (references mostly differ in a few places).
fn matches(a: &[&str], b: &[&str]) -> Option<Vec<(usize, usize)>> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let middle = myers(&a[prefix..], &b[prefix..])?;
    let mut pairs = Vec::with_capacity(prefix + middle.len());
    pairs.extend((0..prefix).map(|i| (i, i)));
    pairs.extend(middle.into_iter().map(|(i, j)| (i + prefix, j + prefix)));
    Some(pairs)
}

/// Myers' search proper (see [`matches`]).
fn myers(a: &[&str], b: &[&str]) -> Option<Vec<(usize, usize)>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (n + m).min(MAX_EDITS as isize);
    let off = max + 1;
    let mut v = vec![0isize; 2 * off as usize + 1];
    // Before round `d`, the diagonals `-d..=d` of `v` (all that the backtrack of round
    // `d` reads), one round after another in one buffer: round `d` starts at `d²`.
    // O(D²) memory and time for D edits, not O(D · (N + M)).
    let mut trace: Vec<isize> = Vec::new();
    for d in 0..=max {
        trace.extend_from_slice(&v[(off - d) as usize..=(off + d) as usize]);
        for k in (-d..=d).step_by(2) {
            let idx = (k + off) as usize;
            let mut x = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
                v[idx + 1]
            } else {
                v[idx - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[idx] = x;
            if x >= n && y >= m {
                return Some(backtrack(&trace, a, b, d, k));
            }
        }
    }
    None
}

fn backtrack(
    trace: &[isize],
    a: &[&str],
    b: &[&str],
    d: isize,
    k: isize,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let (mut x, mut y) = (a.len() as isize, b.len() as isize);
    let mut k = k;
    for d in (0..=d).rev() {
        // Round `d` holds the diagonals `-d..=d` from `d²` on: diagonal `k` at `d² + k + d`.
        let v = |k: isize| trace[(d * d + k + d) as usize];
        let prev_k = if d == 0 {
            k
        } else if k == -d || (k != d && v(k - 1) < v(k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = if d == 0 { 0 } else { v(prev_k) };
        let prev_y = prev_x - prev_k;
        let (sx, sy) = if d == 0 {
            (0, 0)
        } else if prev_k == k + 1 {
            (prev_x, prev_y + 1)
        } else {
            (prev_x + 1, prev_y)
        };
        while x > sx && y > sy {
            x -= 1;
            y -= 1;
            debug_assert_eq!(a[x as usize], b[y as usize]);
            pairs.push((x as usize, y as usize));
        }
        x = prev_x;
        y = prev_y;
        k = prev_k;
    }
    pairs.reverse();
    pairs
}

/// The differences between `old` (as written) and `new` (canonical), in order.
///
/// ```
/// use gostbib::check::diff::{Change, diff};
/// let h = diff("Т. 3. М.; Л., 1945", "Т. 3. М. ; Л., 1945");
/// assert_eq!(h.len(), 1);
/// assert_eq!(h[0].change, Change::Spacing);
/// assert_eq!((h[0].removed.as_str(), h[0].inserted.as_str()), ("", " "));
/// ```
pub fn diff(old: &str, new: &str) -> Vec<Hunk> {
    if old == new {
        return Vec::new();
    }
    let (ta, tb) = (tokens(old), tokens(new));
    // Any run of spaces (NBSP, thin, line breaks) compares as one space.
    fn norm(t: &str) -> &str {
        if t.starts_with(char::is_whitespace) { " " } else { t }
    }
    let a: Vec<&str> = ta.iter().map(|r| norm(&old[r.clone()])).collect();
    let b: Vec<&str> = tb.iter().map(|r| norm(&new[r.clone()])).collect();
    let pairs = matches(&a, &b).unwrap_or_default();
    let mut hunks = Vec::new();
    let (mut i, mut j) = (0, 0);
    let byte_at = |t: &[Span], i: usize, len: usize| t.get(i).map_or(len, |r| r.start);
    for (pi, pj) in pairs.into_iter().chain(std::iter::once((a.len(), b.len()))) {
        if pi > i || pj > j {
            let o = byte_at(&ta, i, old.len())..byte_at(&ta, pi, old.len());
            let n = byte_at(&tb, j, new.len())..byte_at(&tb, pj, new.len());
            let (removed, inserted) =
                (old[o.clone()].to_owned(), new[n.clone()].to_owned());
            let change = classify(&removed, &inserted);
            hunks.push(Hunk { old: o, new: n, removed, inserted, change });
        }
        i = pi + 1;
        j = pj + 1;
    }
    mark_moves(&mut hunks);
    hunks
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

fn classify(removed: &str, inserted: &str) -> Change {
    // Compared as character streams, without collecting them.
    let a = || removed.chars().filter(|c| !c.is_whitespace());
    let b = || inserted.chars().filter(|c| !c.is_whitespace());
    if a().eq(b()) {
        return Change::Spacing;
    }
    let dashless = |c: char| if is_dash(c) { '-' } else { c };
    if a().next().is_some() && a().map(dashless).eq(b().map(dashless)) {
        return Change::Dash;
    }
    if a().flat_map(char::to_lowercase).eq(b().flat_map(char::to_lowercase)) {
        return Change::Case;
    }
    if a().filter(|&c| is_alnum(c)).eq(b().filter(|&c| is_alnum(c))) {
        return Change::Punctuation;
    }
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| !(is_alnum(c) || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (split(removed), split(inserted));
    let abbreviated = !wa.is_empty()
        && wa.len() == wb.len()
        && wa
            .iter()
            .zip(&wb)
            .all(|(x, y)| x == y || abbreviates(x, y) || abbreviates(y, x));
    if abbreviated { Change::Abbreviation } else { Change::Words }
}

/// A pure deletion whose words reappear as a pure insertion elsewhere is a move.
fn mark_moves(hunks: &mut [Hunk]) {
    let key = |s: &str| -> String {
        s.chars().filter(|&c| is_alnum(c)).collect::<String>().to_lowercase()
    };
    let keys: Vec<(String, String)> =
        hunks.iter().map(|h| (key(&h.removed), key(&h.inserted))).collect();
    for (i, (del, ins)) in keys.iter().enumerate() {
        if del.len() < 2 || !ins.is_empty() {
            continue;
        }
        if let Some(j) = keys.iter().position(|(r, n)| r.is_empty() && n == del) {
            hunks[i].change = Change::Order;
            hunks[j].change = Change::Order;
        }
    }
}

/// Renders `old` with the differences marked inline, `[-removed-]{+inserted+}` (the
/// notation of `git diff --word-diff`).
///
/// ```
/// use gostbib::check::diff::{diff, render_inline};
/// let old = "Б. д. URL.: http://x";
/// let new = "Б. д. URL: http://x";
/// assert_eq!(render_inline(old, &diff(old, new)), "Б. д. URL[-.-]: http://x");
/// ```
pub fn render_inline(old: &str, hunks: &[Hunk]) -> String {
    let mut out = String::with_capacity(old.len() + 16 * hunks.len());
    let mut at = 0;
    for h in hunks {
        out.push_str(&old[at..h.old.start]);
        if !h.removed.is_empty() {
            out.push_str("[-");
            out.push_str(&h.removed);
            out.push_str("-]");
        }
        if !h.inserted.is_empty() {
            out.push_str("{+");
            out.push_str(&h.inserted);
            out.push_str("+}");
        }
        at = h.old.end;
    }
    out.push_str(&old[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scan classifies like the character rules it stands for.
    #[test]
    fn tokens_follow_the_character_classes() {
        let text = "Т. 3\u{a0}(А–К).\tС.\u{2009}5–10 é\u{301}l\u{1}x  URL:";
        let class = |c: char| {
            if is_word_char(c) || is_mark(c) {
                0
            } else if c.is_whitespace() {
                1
            } else {
                2
            }
        };
        assert!(('\u{400}'..='\u{47F}').all(|c| class(c) == 0));
        let got = tokens(text);
        assert_eq!(got.iter().map(|r| r.end - r.start).sum::<usize>(), text.len());
        for r in &got {
            let piece = &text[r.clone()];
            let first = class(piece.chars().next().unwrap());
            assert!(piece.chars().all(|c| class(c) == first), "{piece:?}");
            assert!(first != 2 || piece.chars().count() == 1, "{piece:?}");
        }
        assert_eq!(got.len(), 25);
    }

    fn apply(old: &str, hunks: &[Hunk]) -> String {
        let mut out = String::new();
        let mut at = 0;
        for h in hunks {
            out.push_str(&old[at..h.old.start]);
            out.push_str(&h.inserted);
            at = h.old.end;
        }
        out + &old[at..]
    }

    #[test]
    fn applying_the_hunks_gives_the_new_text() {
        let cases = [
            ("", "abc"),
            ("abc", ""),
            ("Панкратова А.М. Признание", "Панкратова А. М. Признание"),
            ("С. 29-82.", "С. 29–82."),
            ("М., Наука, 1985", "М. : Наука, 1985"),
            ("Т. 2, с. 132", "Т. 2. С. 132"),
            ("A b c d", "d c b A"),
        ];
        for (old, new) in cases {
            let h = diff(old, new);
            assert_eq!(apply(old, &h), new, "{old} → {new}: {h:?}");
            assert_eq!(diff(old, old), vec![]);
        }
    }

    #[test]
    fn changes_are_classified() {
        let one = |a: &str, b: &str| {
            let h = diff(a, b);
            assert_eq!(h.len(), 1, "{a} → {b}: {h:?}");
            h[0].change
        };
        assert_eq!(one("С. 29-82", "С. 29–82"), Change::Dash);
        assert_eq!(one("Т. 2, с. 132", "Т. 2, С. 132"), Change::Case);
        assert_eq!(one("URL.: http", "URL: http"), Change::Punctuation);
        let h = diff("Сов. энцикл.", "Советская энциклопедия");
        assert!(h.iter().all(|h| h.change == Change::Abbreviation), "{h:?}");
        assert_eq!(one("М. : Наука", "Москва : Наука"), Change::Abbreviation);
        assert_eq!(one("Книга. М.", "Брошюра. М."), Change::Words);
        assert_eq!(diff("Францией\u{a0}// История", "Францией // История"), vec![]);
        let h = diff("Москва 1945. Наука", "Наука. Москва 1945");
        assert!(h.iter().any(|h| h.change == Change::Order), "{h:?}");
    }

    #[test]
    fn long_unrelated_texts_fall_back_to_one_replacement() {
        let a = "а ".repeat(400);
        let b = "б ".repeat(400);
        let h = diff(&a, &b);
        assert_eq!(apply(&a, &h), b);
        assert_eq!(h.len(), 1);
    }
}
