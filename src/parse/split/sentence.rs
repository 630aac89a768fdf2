//! Cutting a part with no separator where a sentence after a finished
//! reference is not part of it.
//!
//! Two cases, both after a sentence that ends a reference:
//! - a footnote's commentary: after a page or leaf locator
//!   (`Дневники. Записки. С. 157. По мнению Ю.М. Лотмана, отрывок … (Лотман. Беседы. С. 117).`),
//!   a capitalised sentence that reads as prose (several lower-case words
//!   among its first ones) and cites a page or a year of its own is an item
//!   of its own;
//! - references run together without `;` or a line break
//!   (`… М.: «Академия», 2003. Селиверстов В. И. Заикание у детей. — М., 2000.`):
//!   after a year, a page, a page count or an issue number, a person heading
//!   (`Фамилия И. О.`, `И. О. Фамилия`) starts the next reference.
//!
//! Notes (`Заверенная копия.`, `URL: …`) and reference elements (`С. 5`,
//! `Сост. И. И. Иванов`) after a finished reference are left alone.

use super::words::{head, starts_continuation_word, starts_person, starts_uppercase};
use super::words::{is_alnum, is_letter};
use crate::Span;

/// Page and leaf locators after which a reference may end.
const PAGES: &[&str] =
    &["С.", "C.", "P.", "S.", "Л.", "Pp.", "pp.", "p.", "№", "N", "No."];
/// How many words of the next sentence are looked at.
const WINDOW: usize = 8;
/// How many of them must be lower-case words of three letters or more.
const PROSE: usize = 4;

/// Splits `text` before each commentary or run-on reference; spans are
/// relative to `text`.
pub(super) fn split(text: &str) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut start = 0;
    // Parts are short (a reference): `memchr` for the period and a look at the
    // next byte cost less than setting up a substring searcher for each part.
    let bytes = text.as_bytes();
    let periods =
        memchr::memchr_iter(b'.', bytes).filter(|&i| bytes.get(i + 1) == Some(&b' '));
    for at in periods {
        if at < start {
            continue;
        }
        let before = &text[start..at];
        // Every cut below follows a number (a page, a year) or a page count
        // (`416 с`): other sentence ends are passed over at once.
        let numbered = match before.as_bytes().last() {
            Some(b'0'..=b'9') => true,
            // The last bytes of `с`, `p` and `б`, before comparing the rest.
            Some(0x81 | b'p' | 0xB1) => {
                [" с", " p", " об"].iter().any(|e| ends_with_short(before, e))
            }
            _ => false,
        };
        if !numbered {
            continue;
        }
        let next = at + 1 + (text[at + 1..].len() - text[at + 1..].trim_start().len());
        let after = &text[next..];
        let page = ends_with_page(before);
        let cut = (page && is_prose(after) && cites(after))
            || ((page || ends_with_year(before) || ends_with_extent(before))
                && starts_person(after));
        if cut {
            parts.push(start..at + 1);
            start = next;
        }
    }
    parts.push(start..text.len());
    parts
}

/// `hay.ends_with(suffix)` for a suffix of a few bytes, compared in place (without
/// the call to `memcmp` that a slice comparison makes).
#[inline]
fn ends_with_short(hay: &str, suffix: &str) -> bool {
    let (h, s) = (hay.as_bytes(), suffix.as_bytes());
    h.len() >= s.len() && h[h.len() - s.len()..].iter().zip(s).all(|(a, b)| a == b)
}

/// Whether `before` ends with a page locator and its numbers (`С. 157`,
/// `С. 404–403`, `С. 100, 106`, `Л. 34 об`, `№ 1`).
fn ends_with_page(before: &str) -> bool {
    let trimmed = before.strip_suffix(" об").unwrap_or(before);
    if !trimmed.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let numbers = trimmed.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ' ' | ',' | '–' | '-' | '—')
    });
    if numbers.len() == trimmed.len() || !trimmed.ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    PAGES.iter().any(|p| {
        ends_with_short(numbers, p) && {
            let rest = &numbers[..numbers.len() - p.len()];
            rest.is_empty() || rest.ends_with(char::is_whitespace)
        }
    })
}

/// Whether `before` ends with a year of publication (`М., 2003`, `— 2005`).
fn ends_with_year(before: &str) -> bool {
    let digits = before.bytes().rev().take_while(u8::is_ascii_digit).count();
    let rest = &before[..before.len() - digits];
    digits == 4
        && (before[rest.len()..].starts_with("1")
            || before[rest.len()..].starts_with("20"))
        && rest.ends_with([' ', ','])
}

/// Whether `before` ends with a page count (`416 с`, `320 p`).
fn ends_with_extent(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(" с").or_else(|| before.strip_suffix(" p"))
    else {
        return false;
    };
    rest.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether the commentary `s` cites something of its own (a page or a year
/// within its first sentences): a comment without a citation stays with the
/// reference it follows.
fn cites(s: &str) -> bool {
    let s = head(s, 400);
    let page = ["С. ", "C. ", "P. ", "S. ", "с. ", "p. "].iter().any(|p| {
        s.match_indices(p).any(|(at, _)| {
            let before = s[..at].chars().next_back();
            before.is_none_or(|c| !is_alnum(c))
                && s[at + p.len()..].starts_with(|c: char| c.is_ascii_digit())
        })
    });
    let year = s
        .split(|c: char| !c.is_ascii_digit())
        .any(|t| t.len() == 4 && (t.starts_with("1") || t.starts_with("20")));
    page || year
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
            let letters = w.trim_matches(|c: char| !is_letter(c));
            letters.chars().nth(2).is_some()
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
    fn a_comment_without_a_citation_stays() {
        let note = "Иванов И. И. Книга. М., 1990. С. 5. Автор подробно рассматривает этот вопрос в главе второй.";
        assert_eq!(parts(note).len(), 1);
    }

    #[test]
    fn references_run_together() {
        let run = "Корелева И. А. Развитие: Учеб. пособие. — М.: «Академия», 2003. Селиверстов В. И. Заикание. — М.: ВЛАДОС, 2000. — 416 с. А. Ф. Можайский. Очерки // Логопед. — 2005 — № 1. Борисова Е. А. Развитие.";
        let got = parts(run);
        assert_eq!(got.len(), 4, "{got:#?}");
        assert!(got[1].starts_with("Селиверстов") && got[1].ends_with("416 с."));
    }

    #[test]
    fn notes_and_elements_after_a_reference_stay() {
        assert_eq!(
            parts("ЦАМО. Ф. 148а. Оп. 3763. Д. 143. Л. 139. Заверенная копия.").len(),
            1
        );
        assert_eq!(
            parts("Вестник. 2010. № 2. С. 133-135. URL: http://vital.lib.tsu.ru/x").len(),
            1
        );
        assert_eq!(parts("Дневник. М., 1955. С. 184.").len(), 1);
        assert_eq!(parts("Очерки. М., 1945. Сост. И. И. Иванов.").len(), 1);
        assert_eq!(parts("Очерки. М., 1945. Т. 2. С. 5.").len(), 1);
        // A Roman volume number is no surname after an initial.
        assert_eq!(
            parts("Соловьев С. М. История России. М., 1962. Т. XIV. С. 404.").len(),
            1
        );
        assert_eq!(parts("Очерки. М., 1945. Т. XXIII. С. 5.").len(), 1);
        assert_eq!(parts("Гессен. С. 100, 106.").len(), 1);
    }

    #[test]
    fn page_year_and_extent_endings() {
        assert!(ends_with_page("Дневники. С. 157"));
        assert!(ends_with_page("Т. XIV. С. 404–403"));
        assert!(ends_with_page("Ф. 244. Оп. 1. № 1723. Л. 34 об"));
        assert!(!ends_with_page("М., 1955"));
        assert!(!ends_with_page("ГАС. 15"));
        assert!(ends_with_year("М.: Наука, 2003"));
        assert!(!ends_with_year("№ 12003"));
        assert!(ends_with_extent("М., 2000. — 416 с"));
    }
}
