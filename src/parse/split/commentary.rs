//! Separating a footnote's commentary from the reference it follows.
//!
//! Footnotes often cite a page and go on in prose:
//! `Дневники. Записки. С. 157. По мнению Ю.М. Лотмана, отрывок … (Лотман. Беседы. С. 117).`
//! After a page or leaf locator that ends a sentence, a capitalised sentence
//! that reads as prose (several lower-case words among its first ones) is cut
//! off as an item of its own; a second reference written without `;`
//! (`С. 5. Петров П. П. Книга.`) is left alone, as are notes such as
//! `Заверенная копия.` or `URL: …`.

use super::words::{head, starts_continuation_word, starts_uppercase};
use crate::Span;

/// Page and leaf locators after which a reference may end.
const PAGES: &[&str] = &["С.", "C.", "P.", "S.", "Л.", "Pp."];
/// How many words of the next sentence are looked at.
const WINDOW: usize = 8;
/// How many of them must be lower-case words of three letters or more.
const PROSE: usize = 4;

/// Splits `text` before each commentary sentence; spans are relative to `text`.
pub(super) fn split(text: &str) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(". ") {
        if at < start || !ends_with_page(&text[start..at]) {
            continue;
        }
        let next = at + 1 + (text[at + 1..].len() - text[at + 1..].trim_start().len());
        if is_prose(&text[next..]) {
            parts.push(start..at + 1);
            start = next;
        }
    }
    parts.push(start..text.len());
    parts
}

/// Whether `before` ends with a page locator and its numbers (`С. 157`,
/// `С. 404–403`, `С. 100, 106`, `Л. 34 об`).
fn ends_with_page(before: &str) -> bool {
    let trimmed = before.strip_suffix(" об").unwrap_or(before);
    let numbers =
        trimmed.trim_end_matches(|c: char| c.is_ascii_digit() || " ,–-—".contains(c));
    if numbers.len() == trimmed.len() || !trimmed.ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    PAGES.iter().any(|p| {
        numbers.ends_with(p) && {
            let rest = &numbers[..numbers.len() - p.len()];
            rest.is_empty() || rest.ends_with(char::is_whitespace)
        }
    })
}

/// Whether `s` starts with a capitalised sentence of prose, not with a
/// reference element or a note.
fn is_prose(s: &str) -> bool {
    if !starts_uppercase(s) || starts_continuation_word(s) {
        return false;
    }
    let lower = head(s, 200)
        .split_whitespace()
        .take(WINDOW)
        .filter(|w| {
            let letters = w.trim_matches(|c: char| !c.is_alphabetic());
            letters.chars().count() >= 3
                && letters.chars().all(char::is_lowercase)
                && !w.ends_with('.')
        })
        .count();
    lower >= PROSE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn prose_after_a_page_is_cut_off() {
        let note = "Дневники. Записки. С. 157. По мнению Ю.М. Лотмана, отрывок «Участь моя решена…» не носит автобиографического характера (Лотман. Беседы. С. 117).";
        let got = parts(note);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], "Дневники. Записки. С. 157.");
        assert!(got[1].starts_with("По мнению"));
    }

    #[test]
    fn notes_and_references_after_a_page_stay() {
        assert_eq!(
            parts("ЦАМО. Ф. 148а. Оп. 3763. Д. 143. Л. 139. Заверенная копия.").len(),
            1
        );
        assert_eq!(
            parts("Вестник. 2010. № 2. С. 133-135. URL: http://vital.lib.tsu.ru/x").len(),
            1
        );
        assert_eq!(
            parts("Указ. соч. С. 5. Петров П. П. Другая книга. М., 1990.").len(),
            1
        );
        assert_eq!(parts("Гессен. С. 100, 106.").len(), 1);
    }

    #[test]
    fn page_locators() {
        assert!(ends_with_page("Дневники. С. 157"));
        assert!(ends_with_page("Т. XIV. С. 404–403"));
        assert!(ends_with_page("Ф. 244. Оп. 1. № 1723. Л. 34 об"));
        assert!(!ends_with_page("М., 1955"));
        assert!(!ends_with_page("ГАС. 15"));
    }
}
