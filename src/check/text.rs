//! Checks on the written text of one reference, independent of the parser: labels,
//! abbreviations, dashes, brackets, letters from another script, spacing, case.

use super::diff::is_word_char;
use super::{Ctx, Finding};
use crate::Span;
use crate::gost::Style;
use crate::lang::abbrev::CITIES;
use crate::lang::chars::{char_at, is_alpha, is_upper, occurrences};

mod homoglyph;

/// Runs every text check on the reference of `ctx`.
pub(super) fn check(ctx: &Ctx<'_>) -> Vec<Finding> {
    let w = ctx.written();
    let urls = url_spans(w);
    let starts = Starts::new(w);
    let mut out = Vec::new();
    url_label(ctx, &starts, &urls, &mut out);
    page_abbreviation(ctx, &starts, &urls, &mut out);
    style_elements(ctx, &starts, &mut out);
    dashes(ctx, &urls, &mut out);
    ranges(ctx, &starts, &mut out);
    brackets(ctx, &urls, &mut out);
    homoglyph::check(ctx, &mut out);
    place_spacing(ctx, &mut out);
    host_separator(ctx, &urls, &mut out);
    abbreviation_case(ctx, &mut out);
    initials(ctx, &urls, &mut out);
    out
}

/// Byte ranges (relative to `w`) of URL-like tokens, which other checks skip.
pub(super) fn url_spans(w: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for pat in ["http://", "https://", "www."] {
        for i in occurrences(w, pat) {
            if spans.iter().any(|s| s.contains(&i)) {
                continue;
            }
            let stop = |c: char| {
                c.is_whitespace() || matches!(c, '<' | '>' | '"' | '«' | '»' | '”')
            };
            let mut end = w[i..].find(stop).map_or(w.len(), |e| i + e);
            if let Some(cut) = w[i..end].find(".(") {
                end = i + cut + 1;
            }
            spans.push(i..end);
        }
    }
    spans.sort_by_key(|s| s.start);
    spans
}

/// Whether `at` lies in one of `spans` (sorted, not overlapping): a binary search.
fn in_any(spans: &[Span], at: usize) -> bool {
    let i = spans.partition_point(|s| s.start <= at);
    i > 0 && spans[i - 1].contains(&at)
}

/// The characters of `w` whose first byte passes `first_byte`, with their offsets: a
/// byte scan, for checks that look for a few kinds of characters only.
fn candidates(
    w: &str,
    first_byte: impl Fn(u8) -> bool,
) -> impl Iterator<Item = (usize, char)> {
    w.bytes()
        .enumerate()
        .filter(move |&(_, b)| first_byte(b))
        .filter_map(move |(i, _)| Some((i, next_char(w, i)?)))
}

fn prev_char(w: &str, at: usize) -> Option<char> {
    w[..at].chars().next_back()
}

fn next_char(w: &str, at: usize) -> Option<char> {
    w[at..].chars().next()
}

fn boundary_before(w: &str, at: usize) -> bool {
    prev_char(w, at).is_none_or(|c| !is_word_char(c))
}

/// `c` lowercased when that is one character (ASCII and basic Cyrillic answered
/// directly), else `c`: for case-insensitive comparison letter by letter.
pub(super) fn fold_case(c: char) -> char {
    match c {
        _ if c.is_ascii() => c.to_ascii_lowercase(),
        '\u{0410}'..='\u{042F}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{0400}'..='\u{040F}' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        '\u{0430}'..='\u{045F}' => c,
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// The length in bytes of the prefix of `hay` that reads as `needle` ignoring case, if
/// there is one.
pub(super) fn folded_prefix(hay: &str, needle: &str) -> Option<usize> {
    let mut rest = hay.chars();
    let mut len = 0;
    for n in needle.chars() {
        let c = rest.next()?;
        if c != n && fold_case(c) != fold_case(n) {
            return None;
        }
        len += c.len_utf8();
    }
    Some(len)
}

/// Whether `hay` contains `needle` ignoring case, without lowercasing `hay`.
pub(super) fn contains_folded(hay: &str, needle: &str) -> bool {
    let Some(first) = needle.chars().next().map(fold_case) else { return true };
    hay.char_indices()
        .any(|(i, c)| fold_case(c) == first && folded_prefix(&hay[i..], needle).is_some())
}

/// The places of a reference where a word may start (after no letter or digit), with
/// the case-folded character there: found once per reference, so that each word looked
/// for costs a pass over these places instead of over the text.
pub(super) struct Starts(Vec<(usize, char)>);

impl Starts {
    pub(super) fn new(w: &str) -> Starts {
        let mut out = Vec::with_capacity(w.len() / 4);
        let mut after_word = false;
        let mut i = 0;
        while let Some((c, n)) = char_at(w, i) {
            if !after_word && !c.is_whitespace() {
                out.push((i, fold_case(c)));
            }
            after_word = is_word_char(c);
            i += n;
        }
        Starts(out)
    }

    /// Case-insensitive occurrences of `needle` in `hay` (the text the places were found
    /// in) starting at word boundaries, as byte ranges.
    fn find<'s>(
        &'s self,
        hay: &'s str,
        needle: &'s str,
    ) -> impl Iterator<Item = Span> + 's {
        let first = needle.chars().next().map(fold_case);
        self.0.iter().filter(move |&&(_, c)| Some(c) == first).filter_map(
            move |&(i, _)| folded_prefix(&hay[i..], needle).map(|len| i..i + len),
        )
    }
}

/// Whether `a` reads as `b` when every kind of space (NBSP, thin) counts as a space:
/// the standards do not regulate non-breaking spaces.
fn reads_as(a: &str, b: &str) -> bool {
    a.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).eq(b.chars())
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−')
}

/// `G030`: `URL.:`, `URL :`, `Url:`, `URL` without a colon before an address.
fn url_label(ctx: &Ctx<'_>, starts: &Starts, urls: &[Span], out: &mut Vec<Finding>) {
    let w = ctx.written();
    for m in starts.find(w, "url") {
        if in_any(urls, m.start) || next_char(w, m.end).is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let rest = &w[m.end..];
        let run = rest
            .find(|c: char| {
                !(c.is_whitespace() || matches!(c, '.' | ':' | ';' | ',') || is_dash(c))
            })
            .unwrap_or(rest.len());
        let after = &rest[run..];
        let sep = &rest[..run];
        let addressed =
            after.starts_with("http") || after.starts_with("www") || sep.contains(':');
        let label = &w[m.start..m.end + run];
        let spaced = sep.ends_with(char::is_whitespace);
        if !addressed || after.is_empty() || (label.trim_end() == "URL:" && spaced) {
            continue;
        }
        let span =
            ctx.span.start + m.start..ctx.span.start + m.end + sep.trim_end().len();
        let shown = label.trim_end();
        out.push(ctx.finding(
            "G030",
            format!("malformed URL label `{shown}`, expected `URL:`"),
            span.clone(),
            Some(format!(
                "URL:{}",
                if sep.ends_with(char::is_whitespace) { "" } else { " " }
            )),
        ));
    }
}

/// `G020`: `pp.` for `P.`, `стр.` for `С.`.
fn page_abbreviation(
    ctx: &Ctx<'_>,
    starts: &Starts,
    urls: &[Span],
    out: &mut Vec<Finding>,
) {
    let w = ctx.written();
    for (bad, good) in [("pp.", "P."), ("стр.", "С.")] {
        for m in starts.find(w, bad) {
            if in_any(urls, m.start) {
                continue;
            }
            let before = w[..m.start].trim_end();
            let extent = before.ends_with(|c: char| c.is_ascii_digit() || c == ']');
            let locator =
                w[m.end..].trim_start().starts_with(|c: char| c.is_ascii_digit());
            if !(extent || locator) {
                continue;
            }
            let good = if extent { good.to_lowercase() } else { good.to_owned() };
            out.push(ctx.finding(
                "G020",
                format!("`{}` is not a GOST abbreviation, write `{good}`", &w[m.clone()]),
                ctx.span.start + m.start..ctx.span.start + m.end,
                Some(good),
            ));
        }
    }
}

/// `G021`: `[Электронный ресурс]` in gost-2018 (abolished there), `Текст : электронный`
/// in the 7.0.5-2008 styles (a 7.0.100-2018 element).
fn style_elements(ctx: &Ctx<'_>, starts: &Starts, out: &mut Vec<Finding>) {
    let w = ctx.written();
    let (phrases, why): (&[&str], &str) = if ctx.style == Style::Gost2018 {
        (
            &["[Электронный ресурс]", "[Electronic resource]"],
            "ГОСТ Р 7.0.100-2018 has no general material designation",
        )
    } else {
        (
            &[
                "Текст : электронный",
                "Текст: электронный",
                "Текст : непосредственный",
                "Текст: непосредственный",
            ],
            "the content form is a ГОСТ Р 7.0.100-2018 element, not used in ГОСТ Р 7.0.5-2008 references",
        )
    };
    for p in phrases {
        for m in starts.find(w, p) {
            // Take the separator before it along: ` `, `. `, `. — `.
            let before = w[..m.start].trim_end();
            let before = before.trim_end_matches(is_dash).trim_end();
            let start = if m.start > 0 && p.starts_with('[') {
                w[..m.start].trim_end().len()
            } else {
                before.strip_suffix('.').map_or(before.len(), str::len)
            };
            out.push(ctx.finding(
                "G021",
                format!(
                    "`{}` is not used in {}: {why}",
                    &w[m.clone()],
                    super::style_name(ctx.style)
                ),
                ctx.span.start + start..ctx.span.start + m.end,
                Some(String::new()),
            ));
        }
    }
}

/// `G031`: area separators written with different dashes in one reference.
fn dashes(ctx: &Ctx<'_>, urls: &[Span], out: &mut Vec<Finding>) {
    let w = ctx.written();
    // Every dash is `-` or starts with byte 0xE2 (U+2010–U+2015, U+2212).
    let spaced: Vec<(usize, char)> = candidates(w, |b| b == b'-' || b == 0xE2)
        .filter(|&(i, c)| {
            is_dash(c)
                && !in_any(urls, i)
                && prev_char(w, i).is_some_and(char::is_whitespace)
                && next_char(w, i + c.len_utf8()).is_none_or(char::is_whitespace)
        })
        .collect();
    let mut counts: Vec<(char, usize)> = Vec::new();
    for &(_, d) in &spaced {
        match counts.iter_mut().find(|c| c.0 == d) {
            Some(c) => c.1 += 1,
            None => counts.push((d, 1)),
        }
    }
    let preferred = if ctx.style == Style::Gost2018 { '–' } else { '—' };
    let Some(&(major, _)) = counts.iter().max_by_key(|&&(d, n)| (n, d == preferred))
    else {
        return;
    };
    for &(i, c) in spaced.iter().filter(|s| s.1 != major) {
        out.push(ctx.finding(
            "G031",
            format!("mixed dashes: `{c}` here, `{major}` elsewhere in this reference"),
            ctx.span.start + i..ctx.span.start + i + c.len_utf8(),
            Some(major.to_string()),
        ));
    }
}

/// `G032`: a hyphen in a range of pages or leaves (`С. 29-82`).
fn ranges(ctx: &Ctx<'_>, starts: &Starts, out: &mut Vec<Finding>) {
    let w = ctx.written();
    for label in ["С.", "P.", "S.", "Л.", "pp.", "стр."] {
        for m in starts.find(w, label) {
            let rest = &w[m.end..];
            let digits_at = rest.len() - rest.trim_start().len();
            let tail = &rest[digits_at..];
            let first = tail.find(|c: char| !c.is_ascii_digit()).unwrap_or(tail.len());
            if first == 0 {
                continue;
            }
            let Some(h) =
                tail[first..].chars().next().filter(|&c| matches!(c, '-' | '‐' | '‑'))
            else {
                continue;
            };
            if !tail[first + h.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let at = ctx.span.start + m.end + digits_at + first;
            out.push(ctx.finding(
                "G032",
                format!(
                        "hyphen in the range `{}`, write a dash `–`",
                        tail.split(|c: char| !(c.is_ascii_digit() || c == h))
                            .next()
                            .unwrap_or("")
                    ),
                at..at + h.len_utf8(),
                Some("–".into()),
            ));
        }
    }
}

/// `G033`: an opening bracket or quote without its closing one, or the reverse.
fn brackets(ctx: &Ctx<'_>, urls: &[Span], out: &mut Vec<Finding>) {
    let w = ctx.written();
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut stray: Vec<(usize, char)> = Vec::new();
    let mut straight: Option<(usize, char)> = None;
    // Brackets and quotes are ASCII or start with byte 0xC2 (`«`, `»`) or 0xE2 (`„“”`).
    let marks =
        |b: u8| matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | 0xC2 | 0xE2);
    for (i, c) in candidates(w, marks) {
        if in_any(urls, i) {
            continue;
        }
        let top = stack.last().map(|t| t.1);
        match c {
            '(' | '[' | '{' | '«' | '„' => stack.push((i, c)),
            '“' if top == Some('„') => {
                stack.pop();
            }
            '“' => stack.push((i, c)),
            '”' if top == Some('“') || top == Some('„') => {
                stack.pop();
            }
            ')' | ']' | '}' | '»' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    '}' => '{',
                    _ => '«',
                };
                if top == Some(open) {
                    stack.pop();
                } else {
                    stray.push((i, c));
                }
            }
            // `”` typed as an opening quote too (`”Питер”`) pairs like a straight one.
            '"' | '”' => {
                straight = if straight.is_some() { None } else { Some((i, c)) }
            }
            _ => {}
        }
    }
    let unclosed = stack.into_iter().chain(straight);
    for (i, c) in unclosed {
        out.push(ctx.finding(
            "G033",
            format!("`{c}` is never closed"),
            ctx.span.start + i..ctx.span.start + i + c.len_utf8(),
            None,
        ));
    }
    for (i, c) in stray {
        out.push(ctx.finding(
            "G033",
            format!("`{c}` closes nothing"),
            ctx.span.start + i..ctx.span.start + i + c.len_utf8(),
            None,
        ));
    }
}

/// The written form and full name of every city of [`CITIES`].
fn is_city(word: &str) -> bool {
    let squeezed: String = word.chars().filter(|c| !c.is_whitespace()).collect();
    CITIES.iter().any(|(abbr, full)| {
        *full == word || abbr.chars().filter(|c| !c.is_whitespace()).eq(squeezed.chars())
    })
}

/// The last word of `s` (after a space), for city look-up.
fn last_word(s: &str) -> &str {
    s.rsplit(char::is_whitespace).next().unwrap_or(s)
}

/// `G035` (places): `М.; Л.` → `М. ; Л.`: GOST puts a space on both sides of ` ; `.
fn place_spacing(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let w = ctx.written();
    for (p, _) in w.match_indices(';') {
        let left = w[..p].trim_end();
        let right_at = p + 1 + (w[p + 1..].len() - w[p + 1..].trim_start().len());
        let right = &w[right_at..];
        let right_word = right
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'))
            .next();
        if !is_city(last_word(left)) || !right_word.is_some_and(is_city) {
            continue;
        }
        if reads_as(&w[left.len()..right_at], " ; ") {
            continue;
        }
        out.push(ctx.finding(
            "G035",
            format!(
                "write ` ; ` between places of publication, with a space on both sides (`{} ; {}`)",
                last_word(left),
                right_word.unwrap_or_default()
            ),
            ctx.span.start + left.len()..ctx.span.start + right_at,
            Some(" ; ".into()),
        ));
    }
}

/// `G035` (host): `//` with no spaces around it, or `/ /`.
fn host_separator(ctx: &Ctx<'_>, urls: &[Span], out: &mut Vec<Finding>) {
    let w = ctx.written();
    let mut at = 0;
    while let Some(off) = w[at..].find('/') {
        let i = at + off;
        at = i + 1;
        if in_any(urls, i) || prev_char(w, i) == Some(':') {
            continue;
        }
        let rest = &w[i + 1..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        let second = i + 1 + gap;
        if !w[second..].starts_with('/') || gap > 1 || w[second + 1..].starts_with('/') {
            continue;
        }
        at = second + 1;
        let start = w[..i].trim_end().len();
        let end =
            second + 1 + (w[second + 1..].len() - w[second + 1..].trim_start().len());
        if start == 0 || end >= w.len() || reads_as(&w[start..end], " // ") {
            continue;
        }
        out.push(ctx.finding(
            "G035",
            format!("write ` // ` before the host document, not `{}`", &w[start..end]),
            ctx.span.start + start..ctx.span.start + end,
            Some(" // ".into()),
        ));
    }
}

/// `G036`: `с.`/`т.` opening an element after `. ` must be capital; `С.` after a number
/// (the extent, `480 с.`) must be small.
fn abbreviation_case(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let w = ctx.written();
    for (small, capital) in [("с.", "С."), ("т.", "Т.")] {
        for i in occurrences(w, small) {
            if !boundary_before(w, i) {
                continue;
            }
            let before = w[..i].trim_end();
            let before = before.trim_end_matches(is_dash).trim_end();
            let opens = before.is_empty() || before.ends_with('.');
            let numbered = w[i + small.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
            if opens && numbered && !before.ends_with(" т.") {
                out.push(ctx.finding(
                    "G036",
                    format!("`{small}` opens an element here, write `{capital}`"),
                    ctx.span.start + i..ctx.span.start + i + small.len(),
                    Some(capital.into()),
                ));
            }
        }
    }
    for i in occurrences(w, "С.") {
        let before = &w[..i];
        let after = w[i + "С.".len()..].trim_start();
        if boundary_before(w, i)
            && before.ends_with(' ')
            && before.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == ']')
            && !after.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push(ctx.finding(
                "G036",
                "`С.` after a number is the extent, write `с.`".into(),
                ctx.span.start + i..ctx.span.start + i + "С.".len(),
                Some("с.".into()),
            ));
        }
    }
}

/// `G037`: initials written together (`А.М.`, `А.Ф.Можайский`).
fn initials(ctx: &Ctx<'_>, urls: &[Span], out: &mut Vec<Finding>) {
    let w = ctx.written();
    // A group starts with a capital and a period: look only at the periods.
    let mut resume = 0;
    for (p, _) in w.match_indices('.') {
        let Some(c) = prev_char(w, p) else { continue };
        let i = p - c.len_utf8();
        let starts = i >= resume
            && is_upper(c)
            && next_char(w, p + 1).is_some_and(is_upper)
            && prev_char(w, i).is_none_or(|b| !(is_word_char(b) || b == '.'))
            && !in_any(urls, i);
        if !starts {
            continue;
        }
        // Extend over `X.` pairs; glued letters after the last `.` start the surname.
        let mut end = p + 1;
        loop {
            let mut rest = w[end..].chars();
            match (rest.next(), rest.next()) {
                (Some(u), Some('.')) if is_upper(u) => end += u.len_utf8() + 1,
                _ => break,
            }
        }
        let byte_end =
            if next_char(w, end).is_some_and(is_alpha) && w[..end].ends_with('.') {
                w[end..].find(|c: char| !is_alpha(c)).map_or(w.len(), |e| end + e)
            } else {
                end
            };
        resume = byte_end;
        let group = &w[i..byte_end];
        let fixed = group.replace('.', ". ").trim_end().to_owned();
        let fixed = fixed.replace(".  ", ". ");
        if fixed != group {
            out.push(ctx.finding(
                "G037",
                format!(
                    "initials without a space: `{}`, write `{fixed}`",
                    group.trim_end()
                ),
                ctx.span.start + i..ctx.span.start + byte_end,
                Some(fixed),
            ));
        }
    }
}

#[cfg(test)]
mod tests;
