//! Dates: years (`1945`, `2009г.`), ranges (`1985—1986`), open ranges (`2003 –`),
//! supplied or uncertain years (`[1945?]`, `[ок. 1989]`), `12.03.2020` and newspaper
//! dates (`24 янв.`, `27 октября 1924 г.`).

use super::cursor::Ctx;
use super::elements::{Elem, is_dash_sep};
use super::lexer::TokenKind::*;
use super::words;
use crate::{Date, PartialDate};

pub(crate) fn year_value(s: &str) -> Option<i32> {
    (s.len() == 4)
        .then(|| s.parse::<i32>().ok())
        .flatten()
        .filter(|y| (1400..=2100).contains(y))
}

/// `г.`, `гг.`, `г` after a year, or a glued `г.` (`2009г.`).
fn skip_year_word(cx: &Ctx<'_>, mut j: usize) -> usize {
    let k = cx.skip_space(j);
    if cx.word(k).is_some_and(|w| matches!(w, "г" | "гг" | "год" | "year")) {
        j = k + 1;
        if cx.is(j, Period) {
            j += 1;
        }
    }
    j
}

/// A date at `i`.
pub(crate) fn date(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    // [1945?], [ок. 1989], [1799]
    if cx.is(i, LBracket) {
        let close = cx.closing(i, end, 8)?;
        let mut d = None;
        let (mut approx, mut uncertain) = (false, false);
        for k in i + 1..close {
            match cx.kind(k) {
                Some(Number) => d = Some(year_value(cx.tx(k))?),
                Some(Word)
                    if cx.tx(k).starts_with("ок")
                        || cx.tx(k) == "ca"
                        || cx.tx(k) == "c" =>
                {
                    approx = true
                }
                Some(Other) if cx.tx(k) == "?" => uncertain = true,
                Some(Space | Period) => {}
                _ => return None,
            }
        }
        let mut date = Date::year(d?);
        date.supplied = true;
        date.approximate = approx;
        date.uncertain = uncertain;
        return Some((Elem::Date(date), close + 1));
    }
    let n = cx.number(i)?;
    // dd.mm.yyyy
    if n.len() <= 2
        && cx.is(i + 1, Period)
        && cx.number(i + 2).is_some_and(|m| m.len() <= 2)
        && cx.is(i + 3, Period)
    {
        let y = year_value(cx.number(i + 4)?)?;
        let (d, m) = (n.parse().ok()?, cx.tx(i + 2).parse().ok()?);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        return Some((
            Elem::Date(Date::new(PartialDate::ymd(y, m, d))),
            skip_year_word(cx, i + 5),
        ));
    }
    // 24 янв. [2001 г.]
    if n.len() <= 2 && cx.is(i + 1, Space) {
        let m = cx.word(i + 2).and_then(words::month)?;
        let d: u8 = n.parse().ok().filter(|d| (1..=31).contains(d))?;
        let mut j = i + 3;
        if cx.is(j, Period) {
            j += 1;
        }
        let k = cx.skip_space(j);
        if let Some(y) = cx.number(k).and_then(year_value) {
            return Some((
                Elem::Date(Date::new(PartialDate::ymd(y, m, d))),
                skip_year_word(cx, k + 1),
            ));
        }
        return Some((Elem::DayMonth(d, m), j));
    }
    let y = year_value(n)?;
    let mut j = i + 1;
    // A year is not followed by a word other than `г.` (`1929 году областях`).
    let k = cx.skip_space(j);
    if cx.word(k).is_some_and(|w| !matches!(w, "г" | "гг" | "год")) && k > j {
        return None;
    }
    let mut date = Date::year(y);
    let d = cx.skip_space(j);
    if cx.is(d, Dash) && d < end {
        let e = cx.skip_space(d + 1);
        if let Some(y2) = cx.number(e).and_then(year_value) {
            date = Date::range(PartialDate::year(y), PartialDate::year(y2));
            j = e + 1;
        } else if e >= end
            || cx.is(e, Period)
            || cx.is(e, Comma)
            || is_dash_sep(cx, e)
            || cx.is(e, Url)
        {
            date.open = true;
            j = if cx.is(e, Period) { e + 1 } else { d + 1 };
        }
    }
    Some((Elem::Date(date), skip_year_word(cx, j)))
}
