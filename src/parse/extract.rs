//! Elements found anywhere in a reference and taken out before the area grammar
//! runs: the URL (`URL:`, `URL.:`, `Режим доступа:`, a bare address), the access
//! date (`(дата обращения: 12.03.2020)`, `Дата доступа:`), access notes
//! (`Режим доступа: для зарегистрир. пользователей`), ISBN, ISSN, DOI and the
//! content form of ГОСТ Р 7.0.100 (`Текст : электронный`).

use super::cursor::Ctx;
use super::elements::{Elem, chunk_end, date, is_dash_sep};
use super::lexer::TokenKind::*;
use super::lexer::URL_END;
use crate::lang::chars::{is_alpha, is_lower, lower_eq};
use crate::{Element, Source};

/// Notes a reference may carry after its areas (`Загл. с экрана`, `1500 экз.`).
const NOTE_STARTS: &[&str] = &[
    "Электрон",
    "Загл",
    "Яз",
    "Библиогр",
    "Бібліогр",
    "Заверен",
    "Завер",
    "Подлинник",
    "Копия",
    "Англ",
    "Рус",
    "Загол",
    "Систем",
    "Обновлено",
    "ЭБС",
    "Свободный",
    "свободный",
];

/// Whether the chunk at `i` is a note of [`NOTE_STARTS`] or a print run (`1500 экз.`).
pub(crate) fn is_note(cx: &Ctx<'_>, i: usize) -> bool {
    cx.word(i).is_some_and(|w| NOTE_STARTS.iter().any(|n| w.starts_with(n)))
        || (cx.is(i, Number) && cx.word(cx.skip_space(i + 1)) == Some("экз"))
}

///
/// A word that lowercases to one of these labels has its byte length: no character
/// outside ASCII lowercases to one of their letters (`LABEL_LETTERS_KEEP_LENGTH` tests
/// it), so other lengths are rejected before the letters are compared.
fn lower_is(cx: &Ctx<'_>, i: usize, words: &[&str]) -> bool {
    cx.word(i).is_some_and(|w| words.iter().any(|x| w.len() == x.len() && lower_eq(w, x)))
}

/// Extracts the elements of the module docs into `src`, marking their tokens used.
pub(crate) fn extract(cx: &mut Ctx<'_>, src: &mut Source) {
    let end = cx.len();
    let mut i = 0;
    while i < end {
        // Every element below starts at a word or a URL.
        if cx.used[i] || !matches!(cx.kind(i), Some(Word | Url)) {
            i += 1;
            continue;
        }
        // URL: …, URL.: …, Режим доступа: http…, Mode of access: …
        let label = if lower_is(cx, i, &["url"]) {
            Some(i + 1)
        } else if lower_is(cx, i, &["режим"]) && lower_is(cx, i + 2, &["доступа"])
        {
            Some(i + 3)
        } else if lower_is(cx, i, &["mode"])
            && lower_is(cx, i + 2, &["of"])
            && lower_is(cx, i + 4, &["access"])
        {
            Some(i + 5)
        } else {
            None
        };
        if let Some(mut j) = label {
            while matches!(cx.kind(j), Some(Period | Colon | Space))
                || (cx.is(j, Other) && cx.tx(j) == "<")
            {
                j += 1;
            }
            if cx.is(j, Url) {
                set_url(cx, src, i, j);
                i = j + 1;
                continue;
            }
            if lower_is(cx, i, &["режим"]) {
                // Режим доступа: для зарегистрир. пользователей
                let e = note_end(cx, j, end);
                src.access_note = Some(cx.text(j, e).trim_end_matches('.').to_owned());
                cx.mark(Element::Note, i, e);
                i = e;
                continue;
            }
        }
        if cx.is(i, Url) {
            let mut start = if i > 0 && cx.is(i - 1, Other) && cx.tx(i - 1) == "<" {
                i - 1
            } else {
                i
            };
            // `– Pymunk: https://…`: a site name used as the label.
            let mut k = start;
            while k > 0 && cx.is(k - 1, Space) {
                k -= 1;
            }
            if k >= 2
                && cx.is(k - 1, Colon)
                && cx.is(k - 2, Word)
                && !cx.used[k - 2]
                && (k == 2
                    || is_dash_sep(cx, k - 3)
                    || cx.is(k - 3, Space) && k >= 4 && is_dash_sep(cx, k - 4))
            {
                start = k - 2;
            }
            set_url(cx, src, start, i);
            i += 1;
            continue;
        }
        // (дата обращения: 12.03.2020), Дата доступа: …, Date of access: …
        let acc = if lower_is(cx, i, &["дата"])
            && lower_is(cx, i + 2, &["обращения", "доступа"])
        {
            Some(i + 3)
        } else if lower_is(cx, i, &["date"])
            && lower_is(cx, i + 2, &["of"])
            && lower_is(cx, i + 4, &["access"])
        {
            Some(i + 5)
        } else if lower_is(cx, i, &["accessed"]) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(mut j) = acc {
            while matches!(cx.kind(j), Some(Colon | Space)) {
                j += 1;
            }
            if let Some((Elem::Date(d), mut e)) = date(cx, j, end) {
                if d.start.day.is_some() {
                    src.accessed = Some(d.start);
                    let mut s = i;
                    if s > 0 && cx.is(s - 1, LParen) {
                        s -= 1;
                    }
                    let k = cx.skip_space(e);
                    if cx.is(k, RParen) {
                        e = k + 1;
                    }
                    cx.mark(Element::Accessed, s, e);
                    i = e;
                    continue;
                }
            }
        }
        // ISBN 5-94804-093-3, ISSN 0042-8744, DOI 10.1000/182
        if let Some(w) =
            cx.word(i).filter(|w| matches!(*w, "ISBN" | "ISSN" | "DOI" | "doi"))
        {
            let mut j = i + 1;
            while matches!(cx.kind(j), Some(Colon | Space)) {
                j += 1;
            }
            let mut e = j;
            while e < end
                && !cx.is(e, Space)
                && !(cx.is(e, Period) && (e + 1 >= end || cx.is(e + 1, Space)))
                && !cx.is(e, Comma)
            {
                e += 1;
            }
            // `ISBN 0-13-942012-6 (disk)`, `ISBN 5-7281-0273-5 (в пер.)`: a qualifier
            // in brackets belongs to the number (ГОСТ 7.1-2003 area 8).
            if w == "ISBN" && e > j && cx.is(e, Space) && cx.is(e + 1, LParen) {
                if let Some(r) = (e + 2..end.min(e + 12)).find(|&r| cx.is(r, RParen)) {
                    e = r + 1;
                }
            }
            let value = cx.text(j, e).to_owned();
            if !value.is_empty() && value.chars().any(|c| c.is_ascii_digit()) {
                match w {
                    "ISBN" => src.identifiers.isbn.push(value),
                    "ISSN" => src.identifiers.issn = Some(value),
                    _ => src.identifiers.doi = Some(value),
                }
                cx.mark(Element::Identifier, i, e);
                i = e;
                continue;
            }
        }
        // Текст : электронный
        if cx.word(i) == Some("Текст") && (i == 0 || is_area_start(cx, i)) {
            let mut j = cx.skip_space(i + 1);
            if cx.is(j, Colon) {
                j = cx.skip_space(j + 1);
                if cx.word(j).is_some_and(|w| w.chars().next().is_some_and(is_alpha)) {
                    src.content_form = Some(cx.text(i, j + 1).to_owned());
                    cx.mark(Element::ContentForm, i, j + 1);
                    i = j + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// Whether token `i` starts an area (after `. `, a dash or at the start).
fn is_area_start(cx: &Ctx<'_>, i: usize) -> bool {
    let mut k = i;
    while k > 0 && cx.is(k - 1, Space) {
        k -= 1;
    }
    k == 0 || cx.is(k - 1, Period) || is_dash_sep(cx, k - 1)
}

pub(crate) fn note_end(cx: &Ctx<'_>, mut j: usize, end: usize) -> usize {
    loop {
        let e = chunk_end(cx, j, end);
        // `для зарегистрир. пользователей`: an abbreviation inside the note.
        let next = cx.skip_space(e + 1);
        let lower = cx.word(next).is_some_and(|w| w.chars().next().is_some_and(is_lower));
        if cx.is(e, Period) && next < end && lower {
            j = next;
        } else {
            return e;
        }
    }
}

fn set_url(cx: &mut Ctx<'_>, src: &mut Source, label: usize, at: usize) {
    let raw = cx.tx(at);
    let url = raw.trim_end_matches(URL_END);
    let url =
        if raw.ends_with(')') && url.contains('(') { &raw[..url.len() + 1] } else { url };
    if src.url.is_none() {
        src.url = Some(url.to_owned());
    }
    let mut e = at + 1;
    if cx.is(e, Other) && cx.tx(e) == ">" {
        e += 1;
    }
    cx.mark(Element::Url, label, e);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The length test of `lower_is`: every character that lowercases to a letter of
    /// the labels has that letter's byte length.
    #[test]
    fn label_letters_keep_length() {
        let labels = "url режим доступа mode of access дата обращения date accessed";
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next())
                && l != ' '
                && labels.contains(l)
            {
                assert_eq!(c.len_utf8(), l.len_utf8(), "{c:?}");
            }
            // A character lowercasing to several must not produce a label letter.
            let many: Vec<char> = c.to_lowercase().collect();
            if many.len() > 1 {
                assert!(!many.iter().all(|&l| labels.contains(l)), "{c:?}");
            }
        }
    }

    fn run(s: &str) -> Source {
        let mut cx = Ctx::new(s);
        let mut src = Source::default();
        extract(&mut cx, &mut src);
        src
    }

    #[test]
    fn url_variants() {
        assert_eq!(
            run("Б. д. URL.: http://www.france.mid.ru/.").url.as_deref(),
            Some("http://www.france.mid.ru/")
        );
        assert_eq!(
            run("Режим доступа: https://a.org/x.pdf. – Загл.").url.as_deref(),
            Some("https://a.org/x.pdf")
        );
        assert_eq!(
            run("URL:<https://new.vyatsu.ru> (Дата").url.as_deref(),
            Some("https://new.vyatsu.ru")
        );
    }

    #[test]
    fn access_date_isbn_content_form() {
        let s = run(
            "URL: http://x.ru (дата обращения: 19.12.2024). — ISBN 5-94804-093-3 . — Текст : электронный",
        );
        assert_eq!(s.accessed, Some(crate::PartialDate::ymd(2024, 12, 19)));
        assert_eq!(s.identifiers.isbn, ["5-94804-093-3"]);
        assert_eq!(s.content_form.as_deref(), Some("Текст : электронный"));
        let s = run("Режим доступа: для зарегистрир. пользователей. – Текст");
        assert_eq!(s.access_note.as_deref(), Some("для зарегистрир. пользователей"));
    }
}
