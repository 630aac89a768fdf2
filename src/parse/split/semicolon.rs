//! Deciding which `;` in a block separate references.
//!
//! A `;` separates two references unless it sits inside brackets, quotes or a
//! URL, or what follows it continues the reference (a second place, a role, a
//! locator, a lower-case word, a number), or what precedes it cannot end one.

use super::words::is_letter;
use super::words::{
    ends_with_known_place, head, is_name_list, starts_citation, starts_element,
    starts_known_place, starts_lowercase, starts_name_heading, starts_number_title,
    starts_particle_name, starts_place, starts_place_colon, starts_uppercase, starts_url,
    tail,
};
use crate::Span;

/// Brackets or quotes that span more bytes than this are taken for a typo
/// (an unclosed bracket), not for a group that hides its `;`.
const MAX_GROUP: usize = 400;
/// The same for quotes that open and close with one character (`"…"`,
/// `”…”`), which pair across references more easily when one is missing.
const MAX_QUOTE: usize = 120;
/// How far back the context of a `;` reaches, in bytes.
const BEFORE: usize = 200;
/// How far ahead the context of a `;` reaches, in bytes.
const AFTER: usize = 160;

/// Splits `text` (one block of a list) at the `;` that separate references.
///
/// Returns the spans of the parts relative to `text`, untrimmed; empty parts
/// included (callers drop them).
pub(super) fn split(text: &str) -> Vec<Span> {
    let semis: Vec<usize> = memchr::memchr_iter(b';', text.as_bytes()).collect();
    let protected = if semis.is_empty() { Vec::new() } else { protected(text, &semis) };
    let mut parts = Vec::new();
    let mut start = 0;
    for (&at, &hidden) in semis.iter().zip(&protected) {
        if hidden || in_url(text, at) {
            continue;
        }
        let before = tail(&text[start..at], BEFORE);
        let after = &text[at + 1..];
        let after = head(after, AFTER);
        if separates(before, after) {
            parts.push(start..at);
            start = at + 1;
        }
    }
    parts.push(start..text.len());
    parts
}

/// For each `;` in `semis`, whether it lies inside a closed pair of brackets
/// or quotes of at most [`MAX_GROUP`] bytes.
///
/// The scan is over bytes: every bracket and quote is either ASCII or starts
/// with the lead byte `0xC2` (`«`, `»`) or `0xE2` (`“`, `”`, `„`), so `memchr`
/// finds the candidates and only those are decoded.
fn protected(text: &str, semis: &[usize]) -> Vec<bool> {
    let mut hidden = vec![false; semis.len()];
    let mut stack: Vec<(char, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let mut candidates: Vec<usize> = Vec::with_capacity(text.len() / 16);
    candidates.extend(memchr::memchr3_iter(b'(', b')', b'[', bytes));
    candidates.extend(memchr::memchr3_iter(b']', b'{', b'}', bytes));
    candidates.extend(memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes));
    candidates.sort_unstable();
    for i in candidates {
        let Some(c) = group_char(bytes, i) else {
            continue;
        };
        let close = match c {
            ')' => Some('('),
            ']' => Some('['),
            '}' => Some('{'),
            '»' => Some('«'),
            '”' => Some('“'),
            '"' if stack.last().is_some_and(|&(o, _)| o == '"') => Some('"'),
            '“' if stack.last().is_some_and(|&(o, _)| o == '„') => Some('„'),
            _ => None,
        };
        if let Some(open) = close {
            // Look a few levels down for the opening one, so that one stray
            // bracket does not unbalance the rest of the block.
            let found = stack.iter().rev().take(4).position(|&(o, _)| {
                o == open || (open == '“' && o == '„') || (c == '”' && o == '”')
            });
            if found.is_none() && c == '”' {
                // `”Питер”`: the same quote opens and closes.
                stack.push((c, i));
            }
            if let Some(depth) = found {
                let keep = stack.len() - depth - 1;
                let (opener, from) = stack[keep];
                stack.truncate(keep);
                let max =
                    if matches!(opener, '"' | '”') { MAX_QUOTE } else { MAX_GROUP };
                if i - from <= max {
                    let first = semis.partition_point(|&s| s < from);
                    for h in hidden[first..]
                        .iter_mut()
                        .zip(&semis[first..])
                        .take_while(|(_, s)| **s < i)
                    {
                        *h.0 = true;
                    }
                }
            }
        } else if matches!(c, '(' | '[' | '{' | '«' | '“' | '„' | '"') {
            if stack.len() == 64 {
                stack.remove(0);
            }
            stack.push((c, i));
        }
    }
    hidden
}

/// The bracket or quote whose UTF-8 encoding starts at byte `i`, if any.
fn group_char(bytes: &[u8], i: usize) -> Option<char> {
    match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
        (0xC2, Some(0xAB), _) => Some('«'),
        (0xC2, Some(0xBB), _) => Some('»'),
        (0xE2, Some(0x80), Some(0x9C)) => Some('“'),
        (0xE2, Some(0x80), Some(0x9D)) => Some('”'),
        (0xE2, Some(0x80), Some(0x9E)) => Some('„'),
        (b, _, _) if b.is_ascii() => Some(char::from(b)),
        _ => None,
    }
}

/// Whether the `;` at `at` is part of a URL (`?req=doc;base=LAW`).
fn in_url(text: &str, at: usize) -> bool {
    let next = text[at + 1..].chars().next();
    if next.is_none_or(char::is_whitespace) {
        return false;
    }
    let before = tail(&text[..at], BEFORE);
    let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
    token.contains("://") || token.starts_with("www.")
}

/// Whether a `;` between `before` and `after` separates two references.
pub(super) fn separates(before: &str, after: &str) -> bool {
    let b = before.trim_end();
    let a = after.trim_start();
    if a.is_empty() || a.starts_with(';') || b.is_empty() {
        return true;
    }
    let last_token = b.rsplit(char::is_whitespace).next().unwrap_or("");
    let url = last_token.contains("://") || last_token.starts_with("www.");
    if (b.ends_with([',', ':', '/', '(', '«', '„', '&']) && !url)
        || is_name_list(b.trim_start())
    {
        return false;
    }
    if let Some(inner) = a.strip_prefix('[') {
        if starts_numbered(inner) {
            return true;
        }
        // A title or heading supplied in brackets (`[Фомин А. Г. Материалы]`)
        // is read like an unbracketed one; `[отв. ред.]`, `[и др.]` continue.
        if !starts_uppercase(inner) {
            return false;
        }
        return separates(before, inner);
    }
    let Some(first) = a.chars().next() else {
        return true;
    };
    if first.is_ascii_digit() {
        return starts_numbered(a) || starts_number_title(a);
    }
    match first {
        '(' | ')' | ']' | '/' | ':' | ',' | '.' | '-' | '–' | '—' | '№' => {
            return false;
        }
        _ if !is_letter(first) => return true,
        _ => {}
    }
    if starts_url(a) {
        return true;
    }
    if starts_citation(a) || starts_particle_name(a) {
        return true;
    }
    if starts_lowercase(a) {
        return false;
    }
    if starts_name_heading(a) {
        return true;
    }
    if starts_url_label(a) {
        // `; URL: …` adds an address to a reference that has none yet; after
        // one that already has its address it is a reference of its own.
        return has_address(b);
    }
    if starts_element(a) || starts_place(a) {
        return false;
    }
    if starts_known_place(a) && ends_with_known_place(b) {
        return false;
    }
    if starts_place_colon(a) && in_imprint(b) {
        return false;
    }
    !in_responsibility(b)
}

/// Whether `s` starts with the label of an address (`URL:`, `Режим доступа:`).
fn starts_url_label(s: &str) -> bool {
    s.starts_with("URL") || s.starts_with("Режим доступа")
}

/// Whether `before` already holds an address or its access date.
fn has_address(before: &str) -> bool {
    ["://", "www.", "URL", "Режим доступа", "дата обращения"]
        .iter()
        .any(|a| before.contains(a))
}

/// Whether `s` starts with a list number: `2. `, `2) `, or `2]` after a `[`.
pub(super) fn starts_numbered(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let rest = &s[digits..];
    if let Some(r) = rest.strip_prefix(']') {
        return r.starts_with(char::is_whitespace);
    }
    let Some(r) = rest.strip_prefix(['.', ')']) else {
        return false;
    };
    let body = r.trim_start();
    body.len() < r.len()
        && body.starts_with(|c: char| c.is_uppercase() || "«\"„“".contains(c))
}

/// The length of a list number at the start of `s` (`2.`, `[2]`), and with
/// the spaces after it; `(0, 0)` if there is none.
pub(super) fn numbered_len(s: &str) -> (usize, usize) {
    let open = usize::from(s.starts_with('['));
    if !starts_numbered(&s[open..]) {
        return (0, 0);
    }
    let mark = open + s[open..].bytes().take_while(u8::is_ascii_digit).count() + 1;
    let rest = &s[mark..];
    (mark, mark + rest.len() - rest.trim_start().len())
}

/// Whether `before` ends inside a publication area that has a place and a
/// publisher but no date yet (`М.: Изд-во «Дело и сервис»`,
/// `М.: Норма: ИНФРА-М`), so that a following `Новосибирск:` is a second place.
///
/// The colon must follow a place: an abbreviation (`М.:`), a known city, or
/// any word before a spaced colon (`Москва : Наука`); a subtitle colon
/// (`Making Workers Soviet: Power, Class, and Identity`) does not count.
fn in_imprint(before: &str) -> bool {
    for (colon, _) in before.rmatch_indices(':') {
        let publisher = before[colon + 1..].trim();
        if publisher.len() > 80 || publisher.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let place = &before[..colon];
        let placed = place.ends_with(' ')
            || place.ends_with('.')
            || ends_with_known_place(place)
            || crate::lang::abbrev::CITIES.iter().any(|&(abbr, _)| place.ends_with(abbr));
        // A publisher is a name: capitalised or quoted (`Наука`, `«Питер»`), not
        // `Текст: электронный` or `Режим доступа: для читателей`.
        let named =
            publisher.starts_with(|c: char| c.is_uppercase() || "«\"„“”".contains(c));
        if placed && named {
            return true;
        }
    }
    false
}

/// Whether `before` ends inside a statement of responsibility (`/ K. Calabro`),
/// where `;` separates groups of contributors.
fn in_responsibility(before: &str) -> bool {
    let bytes = before.as_bytes();
    let slash = memchr::memrchr_iter(b'/', bytes).find(|&i| {
        bytes.get(i + 1) != Some(&b'/')
            && (i == 0 || bytes[i - 1] != b'/')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
    });
    let Some(slash) = slash else {
        return false;
    };
    let statement = &before[slash + 1..];
    let strong = [" // ", ". – ", ". - ", ". — ", " – ", " — ", " - "];
    !strong.iter().any(|s| statement.contains(s))
        && !statement.contains(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .map(|r| text[r].trim())
            .filter(|p| !p.is_empty())
            .collect()
    }

    #[test]
    fn cities_after_a_semicolon_continue() {
        assert_eq!(parts("Т. 3. М.; Л., 1945. Гл. 11; Признание").len(), 2);
        assert_eq!(parts("Т. 3. М. ; Л., 1945").len(), 1);
        assert_eq!(parts("Harvard UP. Cambridge; Mass.: MIT Press, 1990").len(), 1);
        assert_eq!(parts("Studien. Berlin; New York: de Gruyter, 1990").len(), 1);
        assert_eq!(parts("Очерки. Москва; Ленинград: Наука, 1950").len(), 1);
        assert_eq!(parts("Т. 1. М.: Норма: ИНФРА-М; Новосибирск: Наука, 2001").len(), 1);
        assert_eq!(
            parts("Т. 1. – Москва : Наука; Новосибирск : Сиб. отд-ние, 2001").len(),
            1
        );
        assert_eq!(parts("Making Workers Soviet: Power, Class, and Identity; История Кузбасса: Учеб. пос.").len(), 2);
    }

    #[test]
    fn dates_series_and_roles_continue() {
        assert_eq!(parts("Правда. 1945. 5, 6 авг.; 10 дек.").len(), 1);
        assert_eq!(parts("М., 1990. 200 с. (Серия ; вып. 5)").len(), 1);
        assert_eq!(parts("Книга / под ред. А. Б. Иванова ; пер. В. Г. Петрова").len(), 1);
        assert_eq!(parts("Книга / Пер. с анг.; Под ред. Г. Л. Багиева").len(), 1);
        assert_eq!(parts("Книга / K. Calabro; Synopsys, Inc. – 2020").len(), 1);
    }

    #[test]
    fn quotes_keep_their_semicolons() {
        assert_eq!(parts("М.: ”Питер; Лидер”, 2000").len(), 1);
        assert_eq!(parts("М.: «Питер; Лидер», 2000").len(), 1);
        assert_eq!(parts("М.: „Питер; Лидер“, 2000").len(), 1);
        assert_eq!(parts("М.: \"Питер; Лидер\", 2000").len(), 1);
    }

    #[test]
    fn urls_keep_their_semicolons() {
        assert_eq!(parts("URL: https://x.ru/cgi?req=doc;base=LAW;n=1").len(), 1);
        assert_eq!(
            parts("TsGA SPb. - F. 142. - Op. 8. - D. 182. - L. 3; F. 73. - Op. 1.").len(),
            1
        );
    }

    #[test]
    fn new_references_after_a_semicolon() {
        assert_eq!(parts("М., 1955; А. Ф. Можайский - создатель").len(), 2);
        assert_eq!(parts("С. 98.; Ши-кин Е.П. Указ. соч. С. 5").len(), 2);
        assert_eq!(parts("P. 47; Franklin and Shepard. Emergence").len(), 2);
        assert_eq!(parts("1971;; На моей земле").len(), 2);
        assert_eq!(parts("Paris, 1950; de Gaulle C. Mémoires. Paris, 1970").len(), 2);
        assert_eq!(parts("Книга [Электронный ресурс]; URL: www.sgu.ru").len(), 1);
        assert_eq!(
            parts("URL: www.sgu.ru (дата обращения: 15.10.2008); URL: www.rsl.ru").len(),
            2
        );
        assert_eq!(
            parts("М., 2008. 602 с; [Фомин А. Г. Материалы] // РО ИРЛИ. Ф. 568").len(),
            2
        );
        assert_eq!(
            parts("Фил. в г. Рубцовске ; [отв. ред. В. К. Толстов]. - Рубцовск").len(),
            1
        );
        assert_eq!(
            parts("/ Десницкая Евгения Алексеевна; [Место защиты: СПбГУ]. - СПб., 2009")
                .len(),
            1
        );
        assert_eq!(
            parts("С. 5; ibid., p. 7; там же. С. 8; см.: Петров П. Книга").len(),
            4
        );
        assert_eq!(parts("Книга / И. Иванов; Петров П. П. Другая книга").len(), 2);
    }

    #[test]
    fn authors_separated_by_semicolons_stay_together() {
        assert_eq!(parts("Smith, J.; Jones, K. A history. London, 1990").len(), 1);
    }
}
