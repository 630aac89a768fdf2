//! Finding list numbers that lost their line break: `… 444 с.2) Артамонова …`
//! (a number run into the previous item), or a whole numbered list collapsed
//! into one paragraph (`1. Иванов И. Книга. М., 1990. 2. Петров П. …`).
//!
//! Only the number the sequence expects is looked for, and only where the
//! sequence of line-initial numbers skips it, so a `Т. 2.` inside a reference
//! is not taken for item 2.

use super::lines::{Block, Style};
use super::lower::Lower;
use super::words::is_alnum;
use super::words::{LOCATORS, first_word, starts_name_heading, starts_uppercase, tail};
use crate::Span;

/// Splits blocks at the list numbers missing from the sequence. The first
/// block may be unnumbered text before the first item (a preamble).
pub(super) fn recover(input: &str, blocks: &mut Vec<Block>, style: Style) {
    if matches!(style, Style::Footnote | Style::Bullet(_)) {
        return;
    }
    let mut k = 0;
    while k < blocks.len() {
        let next = blocks.get(k + 1).and_then(|b| b.number);
        let (want, last) = match (blocks[k].number, next) {
            (Some(n), Some(m)) if m > n + 1 => (n + 1, false),
            (Some(n), None) => (n + 1, false),
            (None, Some(m)) if k == 0 && m >= 2 => (m - 1, true),
            _ => {
                k += 1;
                continue;
            }
        };
        let span = blocks[k].span.clone();
        let found = find(&input[span.clone()], want, style, last);
        if let Some((mark, body)) = found {
            let cut = input[span.start..span.start + mark.start].trim_end().len();
            blocks[k].span.end = span.start + cut;
            let block = Block {
                span: span.start + body..span.end,
                marker: Some(span.start + mark.start..span.start + mark.end),
                number: Some(want),
            };
            blocks.insert(k + 1, block);
        }
        k += 1;
    }
    blocks.retain(|b| !b.span.is_empty());
}

/// Finds the list number `number` of `style` inside `text`: the last one if
/// `last`, else the first. Returns the marker's range and where the item's
/// text starts.
fn find(text: &str, number: u32, style: Style, last: bool) -> Option<(Span, usize)> {
    let pattern = match style {
        Style::Paren => format!("{number})"),
        Style::Bracket => format!("[{number}]"),
        _ => format!("{number}."),
    };
    let check = |(at, _): (usize, &str)| {
        let after = &text[at + pattern.len()..];
        let body = after.trim_start();
        let item = (at..at + pattern.len(), text.len() - body.len());
        starts_item(&text[..at], body, style).then_some(item)
    };
    if last {
        text.rmatch_indices(&pattern).find_map(check)
    } else {
        text.match_indices(&pattern).find_map(check)
    }
}

/// Whether a list number between `before` and `body` starts an item.
fn starts_item(before: &str, body: &str, style: Style) -> bool {
    if before.is_empty()
        || before.ends_with(|c: char| is_alnum(c))
        || !starts_uppercase(body)
    {
        return false;
    }
    let near = tail(before, 100);
    match style {
        // `(ч. 2) Текст` closes a parenthesis.
        Style::Paren => near.rfind(['(', ')']).is_none_or(|o| near[o..].starts_with(')')),
        Style::Bracket => true,
        _ => {
            // `1990. 2. Петров П.`, not `Т. 2. С. 5` or `Иванов А. 2. Книга`.
            let prev = near.trim_end();
            let word = prev.trim_end_matches('.');
            let token = word.rsplit(|c: char| !is_alnum(c)).next().unwrap_or("");
            let abbreviation = token.chars().count() == 1
                || LOCATORS.contains(&&*Lower::new(first_word(token)));
            prev.ends_with(['.', ';'])
                && near.len() > prev.len()
                && (!abbreviation || starts_name_heading(body))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::blocks;

    fn texts(input: &str) -> Vec<&str> {
        blocks(input).into_iter().map(|b| &input[b.span]).collect()
    }

    #[test]
    fn an_item_number_run_into_the_previous_item() {
        let list = "учебник / Ю. Г. Одегов,\nМ. Г. Лабаджян. — 444 с.2) Артамонова М.В. Экономика.\n3) Власова В.М. Анализ.\n4) Вучкович А. Оценка.";
        let want = [
            "учебник / Ю. Г. Одегов,\nМ. Г. Лабаджян. — 444 с.",
            "Артамонова М.В. Экономика.",
            "Власова В.М. Анализ.",
            "Вучкович А. Оценка.",
        ];
        assert_eq!(texts(list), want);
    }

    #[test]
    fn a_closing_parenthesis_is_no_number() {
        let list = "1) Иванов И. Книга (ч. 2) Текст. М., 1990.\n3) Петров П. Книга.\n4) Сидоров С. Книга.";
        assert_eq!(texts(list).len(), 3);
    }

    #[test]
    fn a_numbered_list_collapsed_into_one_line() {
        let list = "1. Иванов И. Книга. Т. 2. С. 5. 2. Петров П. Очерки. М., 1990. 3. Сидоров С. С. Статьи. 2001.";
        let want = [
            "Иванов И. Книга. Т. 2. С. 5.",
            "Петров П. Очерки. М., 1990.",
            "Сидоров С. С. Статьи. 2001.",
        ];
        assert_eq!(texts(list), want);
        let volume = "1. Иванов И. Сочинения. Т. 2. Статьи. М., 1990.";
        assert_eq!(texts(volume).len(), 1);
    }
}
