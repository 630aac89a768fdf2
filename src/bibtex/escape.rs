//! Escaping field values for `.bib` files, and reading them back from the chunks the
//! `biblatex` crate produces.
//!
//! The writer never relies on the `biblatex` crate's own serialiser (it is lossy on
//! braces, `--` and backslashes, typst/biblatex#76); every value goes through
//! [`literal_into`] or [`verbatim`] here, and the import decodes it back to exactly the same
//! string (tested in `tests/bib_escape.rs`).

use biblatex::{Chunk, Spanned};

/// [`literal_into`] as a new string.
#[cfg(test)]
pub(crate) fn literal(s: &str, protect_case: bool) -> String {
    let mut out = String::with_capacity(s.len());
    literal_into(&mut out, s, protect_case);
    out
}

/// Appends a literal value to `out`, escaped so that biber, BibTeX and the `biblatex` crate all read
/// back exactly `s` (whitespace runs excepted: every `.bib` reader collapses them).
///
/// Braces and backslashes become text commands, so the field's braces always balance;
/// `% & # _ $` get a backslash; `~ ^` become `\textasciitilde{}`/`\textasciicircum{}`;
/// an en dash is written `--`, an em dash `---`, and a literal `--` as `-{}-`.
/// With `protect_case`, words of two or more capitals (`СССР`, `USSR`) are braced.
pub(crate) fn literal_into(out: &mut String, s: &str, protect_case: bool) {
    if !(needs_escaping(s) || protect_case && has_capital_pair(s)) {
        out.push_str(s);
        return;
    }
    let start = out.len();
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !is_alphanumeric(c)).unwrap_or(rest.len());
        let end =
            if end == 0 { rest.chars().next().map_or(0, char::len_utf8) } else { end };
        let (word, tail) = rest.split_at(end);
        if protect_case && is_acronym(word) {
            out.push('{');
            push_escaped(out, word);
            out.push('}');
        } else {
            if out.len() > start
                && out.ends_with('-')
                && word.starts_with(['-', '–', '—'])
            {
                out.push_str("{}");
            }
            push_escaped(out, word);
        }
        rest = tail;
    }
}

/// `char::is_alphanumeric` without the table lookup for Latin and Russian letters.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        'A'..='Z' | 'a'..='z' | '0'..='9' | 'А'..='я' | 'Ё' | 'ё' => true,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric(),
    }
}

/// Whether anything in `s` is written differently from the character itself.
fn needs_escaping(s: &str) -> bool {
    // Most values have no byte of interest at all.
    if !s.bytes().any(|b| CLASS[usize::from(b)] != 0) {
        return false;
    }
    let (mut prev2, mut prev) = (0u8, 0u8);
    for &b in s.as_bytes() {
        match CLASS[usize::from(b)] {
            0 => {}
            SPECIAL => return true,
            HYPHEN if prev == b'-' => return true,
            // The en and em dashes, U+2013 and U+2014, are E2 80 93 and E2 80 94.
            DASH_END if prev == 0x80 && prev2 == 0xE2 => return true,
            _ => {}
        }
        (prev2, prev) = (prev, b);
    }
    false
}

const SPECIAL: u8 = 1;
const HYPHEN: u8 = 2;
const DASH_END: u8 = 3;

/// What a byte may start or end that [`push_escaped`] writes differently: TeX
/// specials and ASCII controls, a hyphen after a hyphen, the last byte of a dash.
static CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 32 {
        t[b] = SPECIAL;
        b += 1;
    }
    t[0x7F] = SPECIAL;
    let specials = b"{}\\~^%&#_$";
    let mut i = 0;
    while i < specials.len() {
        t[specials[i] as usize] = SPECIAL;
        i += 1;
    }
    t[b'-' as usize] = HYPHEN;
    t[0x93] = DASH_END;
    t[0x94] = DASH_END;
    t
};

/// `char::is_uppercase` without the table lookup for Latin and Russian letters.
fn is_capital(c: char) -> bool {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ё' => true,
        c if c.is_ascii() || ('а'..='я').contains(&c) || c == 'ё' => false,
        c => c.is_uppercase(),
    }
}

/// Whether two capitals follow each other somewhere (a cheap test before the
/// acronym scan): Latin and Cyrillic letters are told by their bytes.
fn has_capital_pair(s: &str) -> bool {
    let b = s.as_bytes();
    let mut prev = false;
    let mut i = 0;
    while i < b.len() {
        let (upper, len) = match (b[i], b.get(i + 1)) {
            (x @ 0..=0x7F, _) => (x.is_ascii_uppercase(), 1),
            // U+0400–U+042F are capitals, U+0430–U+045F small letters.
            (0xD0, Some(&y)) => (y <= 0xAF, 2),
            (0xD1, Some(&y)) if y <= 0x9F => (false, 2),
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                (is_capital(c), c.len_utf8())
            }
        };
        if upper && prev {
            return true;
        }
        prev = upper;
        i += len;
    }
    false
}

/// Whether a word needs case protection: two or more letters, all of them capitals
/// (digits allowed).
fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if is_capital(c) {
            letters += usize::from(c.is_ascii() || c.is_alphabetic());
        } else if !c.is_ascii_digit() {
            return false;
        }
    }
    letters >= 2
}

fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '%' | '&' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '–' => out.push_str("--"),
            '—' => out.push_str("---"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_ascii_control() => out.push(control_picture(c)),
            _ => out.push(c),
        }
    }
}

/// The Unicode Control Picture of an ASCII control character (`U+0000` → `␀`,
/// `U+007F` → `␡`): biber aborts on a NUL and its BibTeX parser rejects U+001F, so no
/// control character is written raw (as in MODS, `docs/mods.md`). [`chars`] and
/// [`plain`] map the pictures back.
fn control_picture(c: char) -> char {
    let picture = if c == '\u{7F}' { 0x2421 } else { 0x2400 + u32::from(c) };
    char::from_u32(picture).unwrap_or('\u{FFFD}')
}

/// The control character a [`control_picture`] stands for (the pictures of tab, line
/// feed and carriage return excepted: those are written as spaces, never as pictures).
fn from_picture(c: char) -> char {
    match c {
        '\u{2421}' => '\u{7F}',
        '\u{2409}' | '\u{240A}' | '\u{240D}' => c,
        '\u{2400}'..='\u{241F}' => char::from_u32(u32::from(c) - 0x2400).unwrap_or(c),
        _ => c,
    }
}

/// Writes a verbatim value (`url`, `doi`): biber reads it literally, so the value is
/// kept as it is except for what no `.bib` reader can hold. A hyphen after a hyphen is
/// percent-encoded (`%2D`, the same URL by RFC 3986; the `biblatex` crate would read
/// `--` as a dash), as are whitespace, control characters, backslashes and
/// unbalanced braces.
/// [`unverbatim`] undoes the hyphen encoding.
pub(crate) fn verbatim(s: &str) -> String {
    let balanced = braces_balance(s);
    let mut out = String::with_capacity(s.len());
    let mut prev_hyphen = false;
    let mut prev_space = true;
    for c in s.chars() {
        match c {
            ' ' if !prev_space => out.push(' '),
            '-' if prev_hyphen => out.push_str("%2D"),
            '{' if !balanced => out.push_str("%7B"),
            '}' if !balanced => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            c if c.is_whitespace() => out.push_str("%20"),
            c if c.is_ascii_control() => out.push_str(&format!("%{:02X}", u32::from(c))),
            _ => out.push(c),
        }
        prev_hyphen = c == '-';
        prev_space = c.is_whitespace();
    }
    if out.ends_with(' ') {
        out.pop();
        out.push_str("%20");
    }
    out
}

/// What an importer will read for a value written by [`literal`]: every `.bib` reader
/// turns a run of whitespace into one space.
pub(crate) fn literal_as_read(s: &str) -> String {
    if is_read_form(s) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut in_ws = false;
    for c in s.chars() {
        if is_bib_space(c) {
            if !in_ws {
                out.push(' ');
            }
            in_ws = true;
        } else {
            out.push(c);
            in_ws = false;
        }
    }
    out.trim_matches(' ').to_owned()
}

/// Whether `s` has no whitespace but single spaces between other characters, so that
/// [`literal_as_read`] leaves it as it is.
fn is_read_form(s: &str) -> bool {
    let mut prev_space = true;
    for &b in s.as_bytes() {
        if b.is_ascii_whitespace() || b == 0x0B {
            if b != b' ' || prev_space {
                return false;
            }
            prev_space = true;
        } else {
            prev_space = false;
        }
    }
    !prev_space || s.is_empty()
}

/// What an importer will read for a value written by [`verbatim`].
pub(crate) fn verbatim_as_read(s: &str) -> String {
    unverbatim(&verbatim(s))
}

/// Reads back a value written by [`verbatim`]: `-%2D` is `--`.
pub(crate) fn unverbatim(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if out.ends_with('-') && rest.starts_with("%2D") {
            out.push('-');
            rest = &rest[3..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn braces_balance(s: &str) -> bool {
    let mut depth = 0i64;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return false,
            '}' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// A character of a decoded field with whether it stood inside braces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ch {
    pub(crate) c: char,
    pub(crate) braced: bool,
}

/// The decoded characters of a field, each marked with whether it was braced.
pub(crate) fn chars(chunks: &[Spanned<Chunk>]) -> Vec<Ch> {
    let mut out: Vec<Ch> = Vec::new();
    let mut push = |c: char, braced: bool| {
        // A whitespace run is one space, as in every `.bib` reader (the `biblatex`
        // crate keeps some runs, e.g. around `\\`, so a second import differed).
        if !is_bib_space(c) {
            out.push(Ch { c: from_picture(c), braced });
        } else if out.last().is_none_or(|p| p.c != ' ') {
            out.push(Ch { c: ' ', braced });
        }
    };
    for chunk in chunks {
        match &chunk.v {
            Chunk::Normal(s) => s.chars().for_each(|c| push(c, false)),
            Chunk::Verbatim(s) => s.chars().for_each(|c| push(c, true)),
            Chunk::Math(s) => {
                push('$', true);
                s.chars().for_each(|c| push(c, true));
                push('$', true);
            }
        }
    }
    out
}

/// The whitespace a `.bib` value cannot keep apart from a space (no-break spaces and
/// the like are kept as they are).
fn is_bib_space(c: char) -> bool {
    c.is_ascii_whitespace() || c == '\u{B}'
}

/// Whether a single chunk of text reads as itself: no whitespace but single spaces
/// inside, no control picture to map back.
pub(crate) fn is_plain(s: &str) -> bool {
    let mut prev_space = true;
    for c in s.chars() {
        if is_bib_space(c) {
            if c != ' ' || prev_space {
                return false;
            }
            prev_space = true;
        } else if ('\u{2400}'..='\u{2421}').contains(&c) {
            return false;
        } else {
            prev_space = false;
        }
    }
    !prev_space || s.is_empty()
}

/// The plain text of a field: whitespace runs are one space, and the value is trimmed,
/// as biber reads it.
pub(crate) fn plain(chunks: &[Spanned<Chunk>]) -> String {
    if let [one] = chunks {
        if let Chunk::Normal(s) | Chunk::Verbatim(s) = &one.v {
            if is_plain(s) {
                return s.clone();
            }
        }
    }
    string(&chars(chunks)).trim_matches(' ').to_owned()
}

/// Splits decoded characters at unbraced occurrences of `sep` surrounded by
/// whitespace (the BibTeX `and` of name and literal lists, case-insensitive).
pub(crate) fn split_and(chs: &[Ch]) -> Vec<Vec<Ch>> {
    let mut parts = vec![Vec::new()];
    let mut i = 0;
    while i < chs.len() {
        if is_and_at(chs, i) {
            parts.push(Vec::new());
            i += 5;
            continue;
        }
        parts.last_mut().expect("never empty").push(chs[i]);
        i += 1;
    }
    parts
}

fn is_and_at(chs: &[Ch], i: usize) -> bool {
    if i + 5 > chs.len() {
        return false;
    }
    let w = &chs[i..i + 5];
    w[0].c == ' '
        && w[4].c == ' '
        && w.iter().all(|ch| !ch.braced)
        && w[1..4].iter().map(|ch| ch.c.to_ascii_lowercase()).eq("and".chars())
}

/// Trims unbraced whitespace at both ends.
pub(crate) fn trim(chs: &[Ch]) -> &[Ch] {
    let start =
        chs.iter().position(|ch| ch.braced || !ch.c.is_whitespace()).unwrap_or(chs.len());
    let end = chs
        .iter()
        .rposition(|ch| ch.braced || !ch.c.is_whitespace())
        .map_or(start, |e| e + 1);
    &chs[start..end.max(start)]
}

/// The string of some decoded characters.
pub(crate) fn string(chs: &[Ch]) -> String {
    chs.iter().map(|ch| ch.c).collect()
}

/// Whether an item of a literal or name list must be braced whole so that `and`
/// inside it does not split it.
pub(crate) fn needs_group(item: &str) -> bool {
    let has_and = || item.as_bytes().windows(3).any(|w| w.eq_ignore_ascii_case(b"and"));
    item.is_empty()
        || has_and() && item.split_whitespace().any(|w| w.eq_ignore_ascii_case("and"))
        || item.starts_with(char::is_whitespace)
        || item.ends_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(field: &str, escaped: &str) -> String {
        let src = format!("@misc{{k, {field} = {{{escaped}}}}}");
        let bib = biblatex::Bibliography::parse(&src).unwrap();
        plain(bib.get("k").unwrap().get(field).unwrap())
    }

    #[test]
    fn specials_survive_the_crate() {
        for s in [
            "a {b} c",
            "50% & #1_x $5",
            "~^\\",
            "a } b {",
            "1985–1986",
            "a--b",
            "a---b",
            "в—т",
            "{СССР}",
            "x-y",
            "-–-",
            "a—-b",
            "a\\b",
            "1 $ 2",
        ] {
            assert_eq!(read("title", &literal(s, true)), s, "{s}");
        }
    }

    #[test]
    fn needs_escaping_is_exactly_what_push_escaped_changes() {
        for c in '\0'..='\u{2FFF}' {
            let s = format!("a{c}b");
            let mut out = String::new();
            push_escaped(&mut out, &s);
            assert_eq!(needs_escaping(&s), out != s, "{c:?}");
        }
        assert!(needs_escaping("a--b") && !needs_escaping("a-b-c"));
    }

    #[test]
    fn has_capital_pair_agrees_with_is_capital() {
        let slow = |s: &str| {
            s.chars().zip(s.chars().skip(1)).any(|(a, b)| is_capital(a) && is_capital(b))
        };
        for c in '\0'..='\u{2FFF}' {
            for s in
                [format!("A{c}"), format!("{c}Я"), format!("{c}{c}"), format!("ж{c}")]
            {
                assert_eq!(has_capital_pair(&s), slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn is_alphanumeric_agrees_with_the_standard_library() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{1F600}', '\u{10400}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn is_acronym_agrees_with_its_definition() {
        let slow = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        for w in
            ["СССР", "USSR", "ЁЖ", "Ab", "A1B", "1", "ⅠⅡ", "ÉTÉ", "Ⓐ", "ΣΑ", "Сб", "A"]
        {
            assert_eq!(is_acronym(w), slow(w), "{w}");
        }
    }

    #[test]
    fn acronyms_are_braced() {
        assert_eq!(literal("Признание СССР Францией", true), "Признание {СССР} Францией");
        assert_eq!(literal("USSR", false), "USSR");
    }

    #[test]
    fn whitespace_is_predicted() {
        for s in ["a  b", " lead", "trail ", "a\tb\nc", "x -- y"] {
            assert_eq!(read("title", &literal(s, true)), literal_as_read(s), "{s:?}");
        }
        for u in ["http:// www.x.ru/a  b", "http://x.ru/ ", "http://x.ru/a\tb"] {
            assert_eq!(
                unverbatim(&read("url", &verbatim(u))),
                verbatim_as_read(u),
                "{u:?}"
            );
        }
        assert_eq!(verbatim_as_read("http:// x.ru"), "http:// x.ru");
    }

    #[test]
    fn urls_keep_percent_signs() {
        let u = "http://a.ru/%D0%9F?a=1&b--c_d";
        assert_eq!(unverbatim(&read("url", &verbatim(u))), u);
        assert!(verbatim(u).contains("%D0%9F"));
    }
}
