//! Cutting a list into blocks by its lines: numbered items, bullets, or plain
//! lines with wrapped continuations joined.
//!
//! A block is the text of one list item; it may still hold several references
//! separated by `;` (a footnote citing three works), which
//! [`semicolon`](super::semicolon) splits afterwards.

use super::words::{is_alnum, is_letter};
use std::collections::HashSet;

use super::lower::Lower;
use super::semicolon::starts_numbered;
use super::words::{
    LOCATORS, backlink_len, is_heading, label_len, starts_continuation_word,
    starts_locator, starts_lowercase, starts_number_title, starts_person, starts_place,
    starts_uppercase, starts_url,
};
use crate::Span;

/// Characters that mark an item of a bulleted list.
const BULLETS: &[char] =
    &['-', '–', '—', '•', '·', '*', '▪', '●', '○', '◦', '►', '↑', '^'];

/// One item of the list, before `;` splitting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Block {
    /// The text of the item (without its number), trimmed.
    pub(super) span: Span,
    /// The list number or bullet.
    pub(super) marker: Option<Span>,
    /// The list number.
    pub(super) number: Option<u32>,
}

/// What a line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Nothing but whitespace.
    Empty,
    /// No letters or digits (`***`, `---`).
    Rule,
    /// A list heading (`Список литературы`, `Библиография: проза`).
    Heading,
    /// Text.
    Content,
}

/// A line of the input: its trimmed byte range and what it holds.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    kind: Kind,
    /// A list label (`Лит.:`) was stripped from the start of this line and
    /// text follows it: a paragraph of references.
    labelled: bool,
}

/// The numbering styles of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `[1]`
    Bracket,
    /// `1 ` or a number alone on its line (footnotes).
    Footnote,
    /// `- `, `• ` and the like.
    Bullet(char),
}

/// A list number or bullet at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Marker {
    style: Style,
    number: u32,
    span: Span,
    /// Where the item's text starts (the line's end if the marker is alone).
    text: usize,
    /// Followed by a space and a capital: surely a list number.
    strong: bool,
}

/// Cuts `input` into blocks, in order.
pub(super) fn blocks(input: &str) -> Vec<Block> {
    let mut lines = classify(input);
    let markers: Vec<Option<Marker>> = lines
        .iter()
        .map(|l| match l.kind {
            Kind::Content | Kind::Rule => parse_marker(&input[l.start..l.end], l.start),
            _ => None,
        })
        .collect();
    let items = number_items(input, &lines, &markers);
    if !items.is_empty() {
        mark_section_headings(input, &mut lines, &items);
        let mut blocks = item_blocks(&lines, &markers, &items);
        if let Some(m) = &markers[items[0]] {
            super::inline::recover(input, &mut blocks, m.style);
        }
        return blocks;
    }
    if let Some(items) = bullet_items(input, &lines, &markers) {
        return item_blocks(&lines, &markers, &items);
    }
    plain_blocks(input, &lines, &markers)
}

/// Splits `input` into lines and tells what each holds; strips a list label
/// from the first line with text.
fn classify(input: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut seen_text = false;
    let mut prev_end_char = None;
    // `⏎` (U+23CE RETURN SYMBOL) only ever stands for a line break pasted as text.
    let blank = |c: char| c.is_whitespace() || c == '⏎';
    for raw in raw_lines(input) {
        let lead = raw.len() - raw.trim_start_matches(blank).len();
        let mut line = Line {
            start: offset + lead,
            end: offset + raw.trim_end_matches(blank).len(),
            kind: Kind::Content,
            labelled: false,
        };
        offset += raw.len();
        if line.start >= line.end {
            line.kind = Kind::Empty;
            line.end = line.start;
            lines.push(line);
            continue;
        }
        let text = &input[line.start..line.end];
        if !text.contains(is_alnum) {
            line.kind = Kind::Rule;
        } else if is_heading(text)
            && prev_end_char.is_none_or(|c: char| ".;)]»".contains(c))
        {
            line.kind = Kind::Heading;
        } else if !seen_text {
            if let Some(n) = label_len(text) {
                line.start += n;
                line.labelled = line.start < line.end;
                if !line.labelled {
                    line.kind = Kind::Heading;
                }
            }
        }
        if line.kind == Kind::Content {
            seen_text = true;
            prev_end_char = input[line.start..line.end].chars().next_back();
        }
        lines.push(line);
    }
    lines
}

/// The lines of `input` with their ends, as `input.split_inclusive(['\n', '⏎'])`
/// gives them, found with `memchr` over the bytes (`⏎` is `E2 8F 8E`).
fn raw_lines(input: &str) -> impl Iterator<Item = &str> {
    let bytes = input.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let mut from = start;
        let end = loop {
            match memchr::memchr2(b'\n', 0xE2, &bytes[from..]) {
                None => break bytes.len(),
                Some(k) if bytes[from + k] == b'\n' => break from + k + 1,
                Some(k) if bytes[from + k + 1..].starts_with(&[0x8F, 0x8E]) => {
                    break from + k + 3;
                }
                Some(k) => from += k + 1,
            }
        };
        let line = &input[start..end];
        start = end;
        Some(line)
    })
}

/// Reads a list number or bullet at the start of `line` (trimmed), which
/// starts at byte `base` of the input.
fn parse_marker(line: &str, base: usize) -> Option<Marker> {
    let first = line.chars().next()?;
    if BULLETS.contains(&first) {
        let rest = &line[first.len_utf8()..];
        let body = rest.trim_start();
        if !rest.is_empty() && body.len() == rest.len() {
            return None;
        }
        // A wiki back-link (`↑ 1 2 Иванов`) belongs to the marker.
        let text = base + backlink_len(line).max(line.len() - body.len());
        let span = base..base + first.len_utf8();
        return Some(Marker {
            style: Style::Bullet(first),
            number: 0,
            span,
            text,
            strong: true,
        });
    }
    if let Some(marker) = superscript_marker(line, base) {
        return Some(marker);
    }
    let open = usize::from(first == '[');
    let digits = line[open..].bytes().take_while(u8::is_ascii_digit).count();
    // Four digits are a year (`1971 Ясные дали`, a chronological list), not an item.
    if digits == 0 || digits > 3 {
        return None;
    }
    let number: u32 = line[open..open + digits].parse().ok()?;
    let after = &line[open + digits..];
    let (style, len) = match after.chars().next() {
        Some(']') if open == 1 => (Style::Bracket, 1),
        _ if open == 1 => return None,
        Some('.') => (Style::Dot, 1),
        Some(')') => (Style::Paren, 1),
        _ => (Style::Footnote, 0),
    };
    let rest = &after[len..];
    let body = rest.trim_start();
    let spaced = body.len() < rest.len();
    let opening = body.starts_with(|c: char| c.is_uppercase() || "«\"„“[".contains(c));
    let next = body.chars().next();
    if next.is_some_and(|c| c.is_ascii_digit() || ".,:;-–—/".contains(c)) {
        return None;
    }
    // A footnote number glued to its text (`1Иванов И. И.`, from a PDF) is
    // read only before a capitalised word.
    let glued = {
        let mut chars = body.chars();
        matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
    };
    let ok = match style {
        Style::Footnote => rest.is_empty() || spaced || glued,
        Style::Bracket => true,
        _ => body.is_empty() || spaced || opening,
    };
    if !ok {
        return None;
    }
    let strong = opening && (spaced || style == Style::Bracket);
    let span = base..base + open + digits + len;
    Some(Marker { style, number, span, text: base + line.len() - body.len(), strong })
}

/// Reads a footnote number in superscript digits (`¹² Иванов И. И.`).
fn superscript_marker(line: &str, base: usize) -> Option<Marker> {
    const DIGITS: &str = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    let mut number = 0u32;
    let mut len = 0;
    for c in line.chars().take_while(|&c| DIGITS.contains(c)).take(3) {
        let digit = DIGITS.chars().position(|d| d == c)? as u32;
        number = number * 10 + digit;
        len += c.len_utf8();
    }
    if len == 0 {
        return None;
    }
    let body = line[len..].trim_start();
    let strong = starts_uppercase(body) || body.starts_with(['«', '"', '„', '“', '[']);
    let text = base + line.len() - body.len();
    Some(Marker { style: Style::Footnote, number, span: base..base + len, text, strong })
}

/// Picks the lines whose numbers form the list's sequence (`1.`, `2.`, `3.`),
/// so that a year or a page at the start of a wrapped line is not taken for
/// an item. Returns the line indices of the items.
fn number_items(input: &str, lines: &[Line], markers: &[Option<Marker>]) -> Vec<usize> {
    let numbered = |m: &&Marker| !matches!(m.style, Style::Bullet(_));
    let present: HashSet<(Style, u32)> =
        markers.iter().flatten().filter(numbered).map(|m| (m.style, m.number)).collect();
    let single = lines.iter().filter(|l| l.kind == Kind::Content).count() == 1;
    let mut items = Vec::new();
    let mut expected: Option<(Style, u32)> = None;
    let mut last_text: Option<usize> = None;
    for (i, marker) in markers.iter().enumerate() {
        let previous = last_text;
        if lines[i].kind == Kind::Content {
            last_text = Some(i);
        }
        let Some(m) = marker.as_ref().filter(numbered) else {
            continue;
        };
        // `… Т. 3. Вып.` / `1. Казань, 1926.`: a number carried over to the
        // next line is no item.
        if previous.is_some_and(|p| ends_unfinished(&input[lines[p].start..lines[p].end]))
        {
            continue;
        }
        let accept = match expected {
            None => present.contains(&(m.style, m.number + 1)) || (single && m.strong),
            Some((style, n)) => {
                m.style == style
                    && (m.number == n
                        || (m.strong && (m.number == n + 1 || m.number == 1)))
            }
        };
        if accept {
            items.push(i);
            expected = Some((m.style, m.number + 1));
        }
    }
    items
}

/// Finds the items of a bulleted list: the bullet of the first line with
/// text, on lines that do not merely continue the previous item.
fn bullet_items(
    input: &str,
    lines: &[Line],
    markers: &[Option<Marker>],
) -> Option<Vec<usize>> {
    let first = (0..lines.len())
        .find(|&i| lines[i].kind == Kind::Content || markers[i].is_some())?;
    let style = markers[first]
        .as_ref()
        .map(|m| m.style)
        .filter(|s| matches!(s, Style::Bullet(_)))?;
    let items: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            markers[i].as_ref().is_some_and(|m| {
                m.style == style
                    && !continues(&input[m.text.min(lines[i].end)..lines[i].end])
            })
        })
        .collect();
    let single = lines.iter().filter(|l| l.kind == Kind::Content).count() == 1;
    (items.len() >= 2 || (single && items.len() == 1)).then_some(items)
}

/// The blocks of a numbered or bulleted list: the lines before the first item
/// (if any), then each item from its marker to the next one.
fn item_blocks(
    lines: &[Line],
    markers: &[Option<Marker>],
    items: &[usize],
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(span) = content_span(lines, 0..items[0], None) {
        blocks.push(Block { span, marker: None, number: None });
    }
    for (k, &i) in items.iter().enumerate() {
        let m = markers[i].as_ref().expect("items have markers");
        let next = items.get(k + 1).copied().unwrap_or(lines.len());
        let first = (m.text < lines[i].end).then_some(m.text..lines[i].end);
        let Some(span) = content_span(lines, i + 1..next, first) else {
            continue;
        };
        let number = (!matches!(m.style, Style::Bullet(_))).then_some(m.number);
        blocks.push(Block { span, marker: Some(m.span.clone()), number });
    }
    blocks
}

/// Marks as headings the short lines right before an item that follow a
/// finished item (`Архивные источники`, `II. Литература`), so that they do not
/// end up in the previous item or count as a reference.
fn mark_section_headings(input: &str, lines: &mut [Line], items: &[usize]) {
    for &item in items {
        let Some(h) = (0..item).rev().find(|&j| lines[j].kind == Kind::Content) else {
            continue;
        };
        let text = &input[lines[h].start..lines[h].end];
        let before = (0..h).rev().find(|&j| lines[j].kind == Kind::Content);
        let ended = before.is_none_or(|j| {
            input[lines[j].start..lines[j].end]
                .ends_with(|c: char| ".;)]»\"”".contains(c) || c.is_ascii_digit())
        });
        if ended && is_section_heading(text) && !items.contains(&h) {
            lines[h].kind = Kind::Heading;
        }
    }
}

/// Whether a line reads as a section heading: a few words, no digits but a
/// Roman section number, no final period and no reference punctuation.
fn is_section_heading(text: &str) -> bool {
    let numeral = text.trim_start_matches(['I', 'V', 'X', 'L']);
    let body = match numeral.strip_prefix(['.', ')']) {
        Some(rest) if numeral.len() < text.len() => rest.trim_start(),
        _ => text,
    };
    starts_uppercase(body)
        && body.split_whitespace().count() <= 5
        && !body.contains(|c: char| c.is_ascii_digit() || "/:–—.,;«»\"[]()".contains(c))
        && !body.contains(" - ")
}

/// The span from the first to the last line with text in `lines[range]`,
/// starting with `first` if given (the text after a marker).
fn content_span(
    lines: &[Line],
    range: std::ops::Range<usize>,
    first: Option<Span>,
) -> Option<Span> {
    let mut span = first;
    for line in &lines[range] {
        if line.kind == Kind::Content {
            span = Some(span.map_or(line.start, |s| s.start)..line.end);
        }
    }
    span
}

/// The blocks of a list without numbers: one per line, lines that continue
/// the previous one joined to it, a line ending in `;` joined too so that the
/// `;` rules decide.
fn plain_blocks(input: &str, lines: &[Line], markers: &[Option<Marker>]) -> Vec<Block> {
    let content: Vec<usize> =
        (0..lines.len()).filter(|&i| lines[i].kind == Kind::Content).collect();
    let adjacent =
        |a: usize, b: usize| lines[a + 1..b].iter().all(|l| l.kind != Kind::Empty);
    let ends_letter = |i: usize| input[lines[i].start..lines[i].end].ends_with(is_letter);
    let pairs: Vec<(usize, usize)> = content
        .windows(2)
        .map(|w| (w[0], w[1]))
        .filter(|&(a, b)| adjacent(a, b))
        .collect();
    // A wrapped paragraph breaks lines after letters and before lower-case
    // words; a list of references that end without a period does not.
    let wrapped = {
        let letters = pairs.iter().filter(|&&(a, _)| ends_letter(a)).count();
        let lower = pairs
            .iter()
            .filter(|&&(_, b)| {
                let text = &input[lines[b].start..lines[b].end];
                starts_lowercase(text) && !starts_url(text)
            })
            .count();
        letters > 0 && 3 * letters >= pairs.len() && 4 * lower >= pairs.len()
    };
    // Without that evidence, a line ending in a letter still joins the next
    // if it is about as long as the longest line (broken at the width), unless
    // the next starts with a person.
    let chars = |i: usize| input[lines[i].start..lines[i].end].chars().count();
    let width = content.iter().map(|&i| chars(i)).max().unwrap_or(0);
    let full = |i: usize| 10 * chars(i) >= 7 * width;
    // Text broken at a fixed width has most of its lines near that width; a
    // list of references of varied lengths has few.
    let fixed_width = {
        let breaking = content.len().saturating_sub(1);
        let full_lines = content[..breaking].iter().filter(|&&i| full(i)).count();
        breaking > 0 && 3 * full_lines >= 2 * breaking
    };
    // Paragraphs separated by blank lines, a few lines each: one reference
    // (or one `;` paragraph) per paragraph, all its lines joined. A labelled
    // first paragraph (`Лит.: …`) is joined whole too.
    let groups = 1 + pairs.len().abs_diff(content.len().saturating_sub(1));
    let paragraphs = groups >= 2 && !pairs.is_empty() && content.len() <= 6 * groups;
    let labelled = content.first().is_some_and(|&i| lines[i].labelled);
    let mut first_group = true;
    let mut blocks: Vec<Block> = Vec::new();
    let mut prev: Option<usize> = None;
    for &i in &content {
        if prev.is_some_and(|p| !adjacent(p, i)) {
            first_group = false;
        }
        let line = lines[i];
        let text = &input[line.start..line.end];
        let join = prev.is_some_and(|p| {
            let before = &input[lines[p].start..lines[p].end];
            let url = before
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|t| starts_url(t) || t.contains("://"));
            adjacent(p, i)
                && ((labelled && first_group)
                    || (paragraphs
                        && !(ends_sentence(before)
                            && !ends_unfinished(before)
                            && starts_person(text)))
                    || (before.ends_with([
                        ';', ',', ':', '/', '-', '–', '—', '(', '«', '„', '&',
                    ]) && !url)
                    || (ends_letter(p)
                        && (wrapped || (fixed_width && full(p) && !starts_person(text))))
                    || ends_unfinished(before)
                    || continues(text))
        });
        prev = Some(i);
        if join {
            if let Some(last) = blocks.last_mut() {
                last.span.end = line.end;
                continue;
            }
        }
        let marker = markers[i]
            .as_ref()
            .filter(|m| m.strong && m.style != Style::Footnote && m.text < line.end);
        blocks.push(match marker {
            Some(m) => Block {
                span: m.text..line.end,
                marker: Some(m.span.clone()),
                number: (!matches!(m.style, Style::Bullet(_))).then_some(m.number),
            },
            None => Block { span: line.start..line.end, marker: None, number: None },
        });
    }
    blocks
}

/// Whether a line ends a sentence: a period not after a lower-case
/// abbreviation (`/ Под ред.` and `подгот.` wait for their names).
fn ends_sentence(line: &str) -> bool {
    let token = line.rsplit(char::is_whitespace).next().unwrap_or("");
    let word =
        token.trim_end_matches('.').rsplit(|c: char| !is_letter(c)).next().unwrap_or("");
    let abbreviation = !word.is_empty()
        && word.chars().count() <= 8
        && word.chars().all(char::is_lowercase);
    token.ends_with('.') && !abbreviation
}

/// Whether a line ends where no reference can end: a locator waiting for its
/// number (`С.`, `P.`, `№`), an initial (`Шеремет А.Д.`), or a bare
/// `http://` broken from its address.
fn ends_unfinished(line: &str) -> bool {
    let mut tokens = line.rsplit(char::is_whitespace);
    let token = tokens.next().unwrap_or("");
    let word = token.trim_end_matches('.');
    // `С.` waits for its page; `715 с.` is a finished page count.
    // A locator alone on its line is the end of a wrapped page count (`479` / `с.`).
    let counted = tokens.next().is_none_or(|t| t.ends_with(|c: char| c.is_ascii_digit()));
    let locator =
        token.ends_with('.') && !counted && LOCATORS.contains(&&*Lower::new(word));
    let initials = token.ends_with('.') && !counted && token.split_inclusive('.').all(|t| {
        let mut chars = t.chars();
        matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    });
    locator || initials || token == "№" || token.ends_with("://")
}

/// Whether a line (or the text after a bullet) continues the previous
/// reference rather than starting one.
fn continues(text: &str) -> bool {
    if text.starts_with("//")
        || starts_locator(text)
        || starts_place(text)
        || starts_continuation_word(text)
    {
        return true;
    }
    let mut chars = text.chars();
    match chars.next() {
        Some('/' | ':' | ',' | ';' | '(' | '.') => true,
        Some('-' | '–' | '—') => chars.next().is_some_and(char::is_whitespace),
        // A page or a date carried over: `1033-1034`, `28 окт.`; a title may
        // start with a number (`100 великих полководцев`).
        Some(c) if c.is_ascii_digit() => {
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            let titled = text[digits..].strip_prefix(' ').is_some_and(|r| {
                starts_uppercase(r) || r.starts_with(['«', '"', '„', '“'])
            });
            !titled && !starts_number_title(text) && !starts_numbered(text)
        }
        _ => starts_lowercase(text) && !starts_url(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        blocks(input).into_iter().map(|b| &input[b.span]).collect()
    }

    #[test]
    fn raw_lines_are_split_inclusive() {
        for text in ["", "a", "a\n", "a\nб⏎в\n\nг", "⏎", "—\n“x”⏎", "x\u{2000}"]
        {
            let want: Vec<&str> = text.split_inclusive(['\n', '⏎']).collect();
            assert_eq!(raw_lines(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

    #[test]
    fn markers_of_every_style() {
        let m = parse_marker("[12] Волков О.И.", 0).unwrap();
        assert_eq!((m.style, m.number, m.text, m.strong), (Style::Bracket, 12, 5, true));
        assert_eq!(parse_marker("3.Вехи истории", 0).unwrap().style, Style::Dot);
        assert_eq!(parse_marker("7) Кокшарова", 0).unwrap().style, Style::Paren);
        assert_eq!(parse_marker("286 Вересаев 1984.", 0).unwrap().style, Style::Footnote);
        assert_eq!(parse_marker("17", 0).unwrap().text, 2);
        assert!(parse_marker("2005. - 7 с.", 0).is_none());
        assert!(parse_marker("917. Революция", 0).is_some_and(|m| m.strong));
        assert!(parse_marker("17.11.2015", 0).is_none());
        assert_eq!(parse_marker("12Иванов И. И.", 0).unwrap().text, 2);
        assert!(parse_marker("3D модели", 0).is_none());
        assert!(parse_marker("2005г.", 0).is_none());
        assert!(parse_marker("2005, № 5", 0).is_none());
        assert!(parse_marker("1971 Ясные дали. М., 1971.", 0).is_none());
        let m = parse_marker("¹² Иванов И. И.", 0).unwrap();
        assert_eq!((m.style, m.number, m.strong), (Style::Footnote, 12, true));
        assert!(parse_marker("-Москва", 0).is_none());
    }

    #[test]
    fn numbered_lines_join_their_wrapped_lines() {
        let list = "1. Хроника // Кузбасс. - Кемерово, 2004. -\nС. 208-220.\n***\n2. Багаев Е. Разрез.";
        assert_eq!(
            texts(list),
            ["Хроника // Кузбасс. - Кемерово, 2004. -\nС. 208-220.", "Багаев Е. Разрез."]
        );
    }

    #[test]
    fn footnote_numbers_alone_on_their_lines() {
        let list = "1\n\nСЗ РФ. 1994, № 32.\n\n2\n\nСПС.\n\n3\n\nТам же.";
        assert_eq!(texts(list), ["СЗ РФ. 1994, № 32.", "СПС.", "Там же."]);
    }

    #[test]
    fn a_number_carried_over_is_no_item() {
        let list = "1. Фирсов Н. Н. Движение // Эскизы. Т. 3. Вып.\n1. Казань, 1926.\n2. Линда В. Н. Воспоминания.";
        assert_eq!(texts(list).len(), 2);
        let editor = "Образ [Электронный ресурс]; [ред.-сост.\nМакобок А.А.]. – Кемерово, 2008.\n\nОборнева И.В. Оценка. М., 2006.";
        assert_eq!(texts(editor).len(), 2);
    }

    #[test]
    fn a_year_at_the_start_of_a_wrapped_line_is_no_item() {
        let list = "1. Союзная мысль. -\n1917. - 7 сентября.\n2. Правда. 1918.";
        assert_eq!(texts(list).len(), 2);
    }

    #[test]
    fn section_headings_between_items() {
        let list = "Архивные источники\n1. ГА РФ. Ф. 5446. Оп. 1.\n2. РГАСПИ. Ф. 17.\nСтатьи\n3. Правда. 1945.\nII. Литература\n4. Иванов И. И. История\nСибири. М., 2005.";
        assert_eq!(
            texts(list),
            [
                "ГА РФ. Ф. 5446. Оп. 1.",
                "РГАСПИ. Ф. 17.",
                "Правда. 1945.",
                "Иванов И. И. История\nСибири. М., 2005."
            ]
        );
        assert!(!is_section_heading("Москва : Наука"));
        assert!(!is_section_heading("С. 208-220."));
    }

    #[test]
    fn unfinished_line_ends() {
        assert!(ends_unfinished("Кн. 3. С."));
        assert!(ends_unfinished("Баканов М.И., Шеремет А.Д."));
        assert!(ends_unfinished("URL: http://"));
        assert!(!ends_unfinished("М.: Наука, 2005. - 715 с."));
        assert!(!ends_unfinished("Дневник. С. 184."));
        assert!(!ends_unfinished("с."));
        assert!(!ends_unfinished("БУЛАНИН, 2019. 832 С."));
    }

    #[test]
    fn paragraphs_separated_by_blank_lines() {
        let list = "Сабанин С.Н. Проблемы повышения эффективности:\nДис. ... канд. юрид. наук. Свердловск, 1981. С. 47.\n\nФинансы организаций / Под ред. Н.В. Колчиной. - М.: ЮНИТИ, 2005. - 368\nс.\n\nGoogle Developers. Решатель CP-SAT\nhttps://developers.google.com/optimization/";
        assert_eq!(texts(list).len(), 3);
        let editor = "Общая теория государства и права: Учеб. / Под ред.\nВ.В. Лазарева. М., 2001. С. 151.\n\nПолитическая ситуация. М.,\n2003.";
        assert_eq!(texts(editor).len(), 2);
        let sections = "Основная литература\nИванов И. И. Книга. М., 1990.\nПетров П. П. Очерки. М., 1991.\n\nДополнительная литература\nСидоров С. С. Статьи. М., 1992.\nОрлов О. О. Заметки. М., 1993.";
        assert_eq!(texts(sections).len(), 4);
        let labelled = "Лит.: Иванов И. И. Книга. М., 1990; Петров П. П. Очерки.\nМ., 1991; Сидоров С. С. Статьи.\nhttps://x.ru/a; Орлов О. О. Заметки. М., 1993.";
        assert_eq!(texts(labelled).len(), 1);
    }

    #[test]
    fn bullets_and_their_wrapped_lines() {
        let list = "- Электронная библиотека :\nсайт. – Москва, 2003.\n- eLIBRARY.RU : сайт.\n-\nРоссийская\nгосударственная библиотека.";
        assert_eq!(texts(list).len(), 3);
    }

    #[test]
    fn plain_lines_and_a_heading() {
        let list = "Библиография: проза\nЯсные дали. М., 1971;\nНа моей земле. М., 1973;";
        assert_eq!(texts(list), ["Ясные дали. М., 1971;\nНа моей земле. М., 1973;"]);
        let one_per_line =
            "Линда В. Н. Воспоминания. С.117.\nНикитенко А. В. Дневник. С. 184.";
        assert_eq!(texts(one_per_line).len(), 2);
        let wrapped = "Панкратова А. М. Признание СССР\nФранцией // История дипломатии. Т. 3. М.;\nЛ., 1945.";
        assert_eq!(texts(wrapped).len(), 1);
    }
}
