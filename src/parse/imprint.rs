//! The imprint: places (`М.; Л.`, `Ростов н/Д`, `Cambridge, Mass.`) and publishers
//! (`Наука`, `Норма: ИНФРА-М`, `«Дело и сервис»`).

use super::cursor::Ctx;
use super::dates::date;
use super::elements::{Elem, extent, is_dash_sep, locator};
use super::lexer::TokenKind::*;
use super::words;
use crate::Place;
use crate::lang::abbrev::CITIES;
use crate::lang::chars::{is_alpha, is_lower, is_upper, to_lower};
use crate::lang::expand_city;

/// A city written as an abbreviation of ГОСТ Р 7.0.12 (`М.`, `СПб.`, `Ростов н/Д`),
/// tried on one to three tokens; returns the place and the index after it.
pub(crate) fn abbreviated_city(cx: &Ctx<'_>, i: usize) -> Option<(Place, usize)> {
    let first = cx.word(i)?.chars().next()?;
    let mut best = None;
    // Both tables match only texts that start with the first letter of a city's
    // abbreviation and are no longer than the longest one (`expand_upper` takes only
    // capitals, which are the abbreviations' first letters).
    let candidate = CITIES.iter().any(|(a, _)| a.starts_with(first));
    for j in i + 1..(i + 7).min(cx.len() + 1) {
        let written = cx.text(i, j);
        if !candidate || squeezed_chars(written) > MAX_CITY_CHARS {
            break;
        }
        if let Some(full) = expand_city(written).or_else(|| expand_upper(written)) {
            // `P .`: no abbreviation is written with a space before its period.
            best = Some((Place::abbreviated(full, written.replace(" .", ".")), j));
        }
    }
    if best.is_none()
        && !cx.is(i + 1, Period)
        && (i + 1..cx.len()).all(|k| cx.is_filler(k))
    {
        // `Заглавие. — L`: an abbreviation that ends the reference without its period,
        // which the formatter's final period gives back (`— L.`).
        let w = cx.word(i)?;
        let written = format!("{w}.");
        if let Some(full) = expand_city(&written) {
            return Some((Place::abbreviated(full, written), i + 1));
        }
    }
    if best.is_none() {
        // `К.:`, `Х., 2013`: a one-letter city abbreviation the tables do not expand,
        // kept as written.
        let w = cx.word(i)?;
        let after = cx.skip_space(i + 2);
        let one =
            w.chars().count() == 1 && w.chars().all(is_upper) && cx.is(i + 1, Period);
        let dated =
            cx.is(after, Comma) && date(cx, cx.skip_space(after + 1), cx.len()).is_some();
        if one && (cx.is(after, Colon) || dated) {
            return Some((Place::new(cx.text(i, i + 2)), i + 2));
        }
    }
    best
}

/// Characters other than spaces.
fn squeezed_chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// The most characters other than spaces of an abbreviation in [`CITIES`].
const MAX_CITY_CHARS: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < CITIES.len() {
        let b = CITIES[k].0.as_bytes();
        let (mut n, mut at) = (0, 0);
        while at < b.len() {
            // Count the first byte of each character; the tables hold plain spaces only.
            if b[at] & 0xC0 != 0x80 && b[at] != b' ' {
                n += 1;
            }
            at += 1;
        }
        if n > max {
            max = n;
        }
        k += 1;
    }
    max
};

/// `СПБ.`: an abbreviation typed in capitals.
fn expand_upper(written: &str) -> Option<&'static str> {
    if written.chars().filter(|&c| is_alpha(c)).count() < 2
        || written.chars().any(is_lower)
    {
        return None;
    }
    // Compared as character streams, spaces left out and lowercased, without
    // collecting either side.
    fn squeezed(s: &str) -> impl Iterator<Item = char> + '_ {
        s.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase)
    }
    CITIES.iter().find(|(a, _)| squeezed(a).eq(squeezed(written))).map(|&(_, full)| full)
}

/// A place written in full: one to three capitalised words (`Ростов-на-Дону`,
/// `New York`, `Cambridge, Mass.`).
fn full_place(cx: &Ctx<'_>, i: usize) -> Option<(Place, usize)> {
    let w = cx.word(i)?;
    if !w.chars().next().is_some_and(is_upper) || words::locator(w).is_some() {
        return None;
    }
    let mut j = i + 1;
    let mut n = 1;
    while n < 3
        && cx.is(j, Space)
        && cx.word(j + 1).is_some_and(|w| {
            w.chars().next().is_some_and(is_upper) && w.chars().count() > 2
        })
        && !cx.is(j + 2, Period)
    {
        j += 2;
        n += 1;
    }
    // `Санкт--Петербург`
    if cx.is(j, Dash) && cx.word(j + 1).is_some() {
        j += 2;
    }
    // `Cambridge, Mass.`
    if cx.is(j, Comma)
        && cx.is(j + 1, Space)
        && cx.word(j + 2).is_some_and(|w| {
            w.chars().count() <= 5 && w.chars().next().is_some_and(is_upper)
        })
        && cx.is(j + 3, Period)
        && cx.is(cx.skip_space(j + 4), Colon)
    {
        j += 4;
    }
    let name = cx.text(i, j);
    // `Москва, Саратов.: …`: a period typed before the colon.
    if cx.is(j, Period) && cx.is(j + 1, Colon) {
        j += 1;
    }
    Some((Place::new(name), j))
}

fn place(cx: &Ctx<'_>, i: usize) -> Option<(Place, usize)> {
    abbreviated_city(cx, i).or_else(|| full_place(cx, i))
}

/// Whether the tokens at `i` start a year, a locator, an extent or a separator dash:
/// what ends a publisher's name.
fn ends_publisher(cx: &Ctx<'_>, i: usize, end: usize) -> bool {
    let k = cx.skip_space(i);
    k >= end
        || cx.used[k]
        || date(cx, k, end).is_some()
        || locator(cx, k, end).is_some()
        || extent(cx, k, end).is_some()
        || is_dash_sep(cx, k)
}

/// Publishers after `:` up to a year, an area separator or the next `Place :`.
fn publishers(cx: &Ctx<'_>, mut i: usize, end: usize, out: &mut Vec<String>) -> usize {
    // `СПб.: 1875`: no publisher.
    if ends_publisher(cx, i, end) {
        return i;
    }
    let mut start = i;
    let flush = |out: &mut Vec<String>, a: usize, b: usize| {
        // `К.: амен, .2 44-6`: no publisher opens with a period.
        let t = cx
            .text(a, b)
            .trim_matches(|c: char| c == ' ' || c == ',' || c == ':')
            .trim_start_matches(['.', ' ']);
        let t = strip_quotes(t);
        // `М. : Наука : . : Мысль`, `: + :`: a part with no letter or digit is
        // punctuation, as in the title area (`split_title`).
        if t.chars().any(crate::lang::chars::is_alnum) {
            out.push(t.to_owned());
        }
    };
    let mut depth = 0;
    while i < end && !cx.used[i] {
        match cx.kind(i) {
            Some(Quote) if cx.tx(i) == "«" || cx.tx(i) == "„" => depth += 1,
            Some(Quote) if cx.tx(i) == "»" => depth = (depth - 1).max(0),
            Some(LParen) => depth += 1,
            Some(RParen) => depth = (depth - 1).max(0),
            Some(Colon) if depth == 0 => {
                flush(out, start, i);
                start = i + 1;
            }
            Some(Comma) if depth == 0 => {
                flush(out, start, i);
                start = i + 1;
                if ends_publisher(cx, i + 1, end) {
                    return i + 1;
                }
            }
            Some(Semicolon) if depth == 0 => {
                flush(out, start, i);
                return i;
            }
            Some(Period)
                if depth == 0
                    && (ends_publisher(cx, i + 1, end) || cx.is(i + 1, Period)) =>
            {
                flush(out, start, i);
                return i + 1;
            }
            Some(Dash)
                if depth == 0
                    && is_dash_sep(cx, i)
                    && (cx.is(i + 1, Space) || cx.is(i - 1, Period)) =>
            {
                flush(out, start, i);
                return i;
            }
            Some(DoubleSlash | Slash) => {
                flush(out, start, i);
                return i;
            }
            _ => {}
        }
        i += 1;
    }
    flush(out, start, i);
    i
}

/// Whether a name is a publisher's rather than a place's (`… Press`, `Изд-во …`).
fn is_publisher_name(name: &str) -> bool {
    let lower = to_lower(name);
    ["press", "verlag", "publish", "изд", "university", "университет", "books"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Removes one pair of enclosing quotes (`«Наука»`, `“Сов. Россия”`).
pub(crate) fn strip_quotes(t: &str) -> &str {
    let mut cs = t.chars();
    match (cs.next(), cs.next_back()) {
        (Some(a), Some(b)) if super::lexer::is_quote(a) && super::lexer::is_quote(b) => {
            let inner = &t[a.len_utf8()..t.len() - b.len_utf8()];
            if inner.chars().any(super::lexer::is_quote) && !inner.contains(['«', '»'])
            {
                t
            } else {
                inner
            }
        }
        _ => t,
    }
}

/// The imprint at `i`: `М.; Л. : Наука`, `М.: Норма: ИНФРА-М`, `М., «Наука»`,
/// `Москва, Саратов: …`, `Новосибирск` (before `, 1999`). The date is left to
/// [`date`]. `strict` asks for evidence that this is an imprint (an abbreviated
/// city, a colon and publisher, or a year right after).
pub(crate) fn imprint(
    cx: &Ctx<'_>,
    i: usize,
    end: usize,
    strict: bool,
) -> Option<(Elem, usize)> {
    let mut places = Vec::new();
    let mut pubs = Vec::new();
    // The place of each publisher (`М. : ГМИИ : Художник и книга ; Вашингтон : …`).
    let mut groups = Vec::new();
    let mut j = i;
    let mut evidence = false;
    loop {
        let (p, e) = place(cx, j)?;
        if p.written.is_some() {
            // `Л.С. Явича`, `М. Горьким`: an initial, not a city. A locator may follow
            // a place (`P. Vol. 98`: the short form writes the volume after a place
            // with no publisher or year).
            let n = cx.skip_space(e);
            if cx.is(n, Word) && locator(cx, n, end).is_none() {
                return None;
            }
            evidence = true;
        }
        places.push(p);
        j = e;
        let k = cx.skip_space(j);
        match cx.kind(k) {
            Some(Semicolon) | Some(Comma)
                if place(cx, cx.skip_space(k + 1)).is_some_and(|(_, e2)| {
                    let n = cx.skip_space(e2);
                    cx.is(n, Colon)
                        || cx.is(n, Semicolon)
                        || (cx.is(k, Semicolon) && cx.is(n, Comma))
                }) && (cx.is(k, Semicolon) || places.len() < 2) =>
            {
                j = cx.skip_space(k + 1);
            }
            Some(Colon) => {
                let e = publishers(cx, k + 1, end, &mut pubs);
                groups.resize(pubs.len(), places.len() - 1);
                // `К.: 1999`, `СПб: — 2022`: a colon before the year.
                let n = cx.skip_space(k + 1);
                evidence |= !pubs.is_empty()
                    || date(cx, n, end).is_some()
                    || is_dash_sep(cx, n)
                        && date(cx, cx.skip_space(n + 1), end).is_some();
                j = e;
                let n = cx.skip_space(j);
                if cx.is(n, Semicolon) && place(cx, cx.skip_space(n + 1)).is_some() {
                    j = cx.skip_space(n + 1);
                    continue;
                }
                break;
            }
            Some(Comma) => {
                let n = cx.skip_space(k + 1);
                if date(cx, n, end).is_some() {
                    evidence = true;
                    j = k + 1;
                } else if !cx.used.get(n).copied().unwrap_or(true)
                    && (cx.is(n, Quote)
                        || cx
                            .word(n)
                            .is_some_and(|w| w.chars().next().is_some_and(is_upper)))
                    && locator(cx, n, end).is_none()
                {
                    // `М., «Наука», 1985`: a publisher when a year follows it.
                    let mut tmp = Vec::new();
                    let e = publishers(cx, n, end, &mut tmp);
                    if cx.is(e - 1, Comma) && date(cx, cx.skip_space(e), end).is_some() {
                        pubs.extend(tmp);
                        groups.resize(pubs.len(), places.len() - 1);
                        evidence = true;
                        j = e;
                    }
                }
                break;
            }
            Some(Number) if k > j && date(cx, k, end).is_some() => {
                evidence = true;
                break;
            }
            Some(Period) | None => {
                let n = cx.skip_space(k + 1);
                if date(cx, n, end).is_some()
                    || (is_dash_sep(cx, n)
                        && date(cx, cx.skip_space(n + 1), end).is_some())
                {
                    evidence = places.iter().any(|p| p.written.is_some()) || evidence;
                }
                break;
            }
            _ => break,
        }
    }
    if strict && !evidence {
        return None;
    }
    // `Academic International Press, 1983`: a publisher written without a place.
    if pubs.is_empty()
        && places.len() == 1
        && places[0].written.is_none()
        && is_publisher_name(&places[0].name)
    {
        pubs.push(places.remove(0).name);
    }
    let groups = kept_groups(&places, &pubs, groups);
    Some((Elem::Imprint(places, pubs, groups), j))
}

/// The place of each publisher, kept only where [`crate::Source::publisher_place`]
/// would not find it by itself. With as many publishers as places the default (one
/// each) is kept: lists often write all places first (`Москва, Саратов : ИНТУИТ, Ай Пи
/// Ар Медиа`) when each publisher has its own.
fn kept_groups(places: &[Place], pubs: &[String], groups: Vec<usize>) -> Vec<usize> {
    if places.len() < 2 || groups.len() != pubs.len() || places.len() == pubs.len() {
        return Vec::new();
    }
    let s = crate::Source {
        places: places.to_vec(),
        publishers: pubs.to_vec(),
        ..crate::Source::default()
    };
    if (0..pubs.len()).all(|k| s.publisher_place(k) == Some(groups[k])) {
        Vec::new()
    } else {
        groups
    }
}
