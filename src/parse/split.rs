//! Splitting a reference list into references.
//!
//! A list comes as a `"; "`-separated paragraph (`Лит.: A; B; C.`), as a
//! numbered list (`1.`, `[1]`, `1)`, footnote numbers), as a bulleted list, or
//! one reference per line, with lines wrapped inside a reference. The splitter
//! works in two steps:
//!
//! 1. [`lines`] cuts the input into blocks: the items of a numbered or bulleted
//!    list (wrapped lines joined), or lines (continuation lines joined); a list
//!    label (`Лит.:`, `Список литературы`) and heading lines are dropped.
//! 2. [`semicolon`] cuts each block at the `;` that start a new reference,
//!    deciding by what follows and precedes the `;` and by bracket depth;
//!    [`sentence`] then cuts where a sentence after a finished reference is a
//!    comment or a run-on reference.
//!
//! The rules are explained with examples in `docs/splitting.md`. Everything
//! runs in time linear in the input: every decision looks at a bounded window.

mod inline;
mod lines;
mod lower;
mod semicolon;
mod sentence;
mod words;

use crate::Span;
use words::is_alnum;

/// One reference of a list: where it is, and the list number it had.
///
/// ```
/// use gostbib::parse::split_list_items;
/// let list = "[1] Волков О. И. Экономика. М., 2005.\n[2] Грибов В. П. Экономика. М., 2004.";
/// let items = split_list_items(list);
/// assert_eq!(items[1].number, Some(2));
/// assert_eq!(&list[items[1].marker.clone().unwrap()], "[2]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ListItem {
    /// The reference's text: trimmed, without list number, separator, list
    /// label or footnote lead (`См.:`); a final period is kept.
    pub span: Span,
    /// The list number or bullet (`1.`, `[1]`, `1)`, `-`) in front of the
    /// reference, if any; only the first reference of a list item has it.
    pub marker: Option<Span>,
    /// The list number of the item the reference belongs to; references
    /// separated by `;` within one numbered item share it.
    pub number: Option<u32>,
}

/// Splits a list into the byte spans of its references, in order.
///
/// Each span is trimmed of surrounding whitespace, of its list number, of the
/// `;` separator and of a leading label (`Lit.:`, `Литература:`); the final
/// period of a reference is part of it. `М.; Л.`, `Cambridge; Mass.`,
/// `5, 6 авг.; 10 дек.` and `(Серия ; вып. 5)` are not separators. Blank
/// input gives no spans.
///
/// ```
/// use gostbib::split_list;
/// let text = "Lit.: Панкратова А. М. Признание СССР // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11; \
///             Признание Советского Союза (1924-1925 гг.) // История внешней политики СССР. М., 1980.";
/// let refs: Vec<&str> = split_list(text).into_iter().map(|s| &text[s]).collect();
/// assert_eq!(refs.len(), 2);
/// assert!(refs[0].starts_with("Панкратова") && refs[0].ends_with("Гл. 11"));
/// assert!(refs[1].ends_with("1980."));
/// ```
pub fn split_list(input: &str) -> Vec<Span> {
    split_list_items(input).into_iter().map(|item| item.span).collect()
}

/// Splits a list into its references, with the list number of each.
///
/// The same references as [`split_list`], with their list numbers and markers.
///
/// ```
/// use gostbib::parse::split_list_items;
/// let list = "17. Zenkovsky S. Medieval Russia’s Epics. — P. 101–105; Medlin W. K. Moscow and East Rome. — Geneva, 1952.";
/// let items = split_list_items(list);
/// assert_eq!(items.len(), 2);
/// assert_eq!((items[0].number, items[1].number), (Some(17), Some(17)));
/// assert!(items[1].marker.is_none());
/// ```
pub fn split_list_items(input: &str) -> Vec<ListItem> {
    let mut out = Vec::new();
    for block in lines::blocks(input) {
        let text = &input[block.span.clone()];
        let mut marker = block.marker;
        for part in semicolon::split(text) {
            let base = block.span.start + part.start;
            for piece in sentence::split(&text[part]) {
                let span = base + piece.start..base + piece.end;
                let Some((span, inline)) = clean(input, span) else {
                    continue;
                };
                let marker = marker.take().or(inline);
                out.push(ListItem { span, marker, number: block.number });
            }
        }
    }
    out
}

/// Trims a part cut out by `;`: whitespace, a list number that made the `;`
/// a separator (`; 2. Иванов`), a wiki back-link (`↑ 1 2`), a footnote lead
/// (`См.:`). Returns `None` for
/// a part without letters or digits.
fn clean(input: &str, span: Span) -> Option<(Span, Option<Span>)> {
    let text = &input[span.clone()];
    if text.trim().is_empty() {
        return None;
    }
    let lead = text.len() - text.trim_start().len();
    let mut start = span.start + lead;
    let end = (span.start + text.trim_end().len()).max(start);
    let mut marker = None;
    let (mark, skip) = semicolon::numbered_len(&input[start..end]);
    if skip > 0 {
        marker = Some(start..start + mark);
        start += skip;
    }
    start += words::backlink_len(&input[start..end]);
    start += words::lead_len(&input[start..end]);
    let body = &input[start..end];
    body.contains(is_alnum).then_some((start..end, marker))
}

#[cfg(test)]
mod tests;
