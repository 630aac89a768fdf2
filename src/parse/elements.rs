//! The elements that follow the title area: imprint (`М.; Л. : Наука, 1945`), dates,
//! locators (`Т. 3`, `№ 5`, `С. 12–15`), extent (`368 с.`), edition (`2-е изд.`),
//! number of volumes (`В 3 т.`), series (`(Серия ; вып. 5)`), medium
//! (`[Электронный ресурс]`), dissertation statements and missing-data markers.
//!
//! Each recogniser is a pure function from a token index to an [`Elem`] and the
//! index after it; none looks further than the next area separator, so a whole
//! reference is read in linear time.

use super::cursor::Ctx;
pub(crate) use super::dates::date;
use super::imprint::imprint;
use super::lexer::TokenKind::*;
use super::words::{self, Loc, is_roman, is_thesis_word};
use crate::lang::chars::{
    is_alpha, is_lower, is_upper, lower_eq, lower_starts_with, to_lower,
};
use crate::{Date, Missing, Place, Series, Thesis};

/// One recognised element.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Elem {
    /// `Б. м.` (place), `Б. и.` (publisher), `Б. г.`/`Б. д.` (date).
    Missing(MissingWhat, Missing),
    /// `В 3 т.`: the number of volumes, and whether they are books (`в 2 кн.`).
    Volumes(String, bool),
    /// `В 2 частях`: the number of parts, as written.
    Parts(String),
    /// The institution named after a dissertation statement.
    Institution(String),
    /// A locator and its value; for an issue, a day and month in parentheses
    /// (`N98-Т (6 июля)`) or a part (`№ 52 (ч. I)`) may come with it.
    Loc(Loc, String, LocExtra),
    Edition(String),
    Extent(String),
    Date(Date),
    /// A day and month without a year (`24 янв.`).
    DayMonth(u8, u8),
    Imprint(Vec<Place>, Vec<String>, Vec<usize>),
    Series(Series),
    Medium(String),
    Thesis(Thesis),
}

/// Which missing element a marker names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MissingWhat {
    Place,
    Publisher,
    Date,
}

/// What may come in parentheses after a locator.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct LocExtra {
    pub(crate) day_month: Option<(u8, u8)>,
    pub(crate) part: Option<String>,
    pub(crate) title: Option<String>,
    /// The label was `№`, `N` or `No.` (a journal issue), not `Вып.`.
    pub(crate) numbered: bool,
}

/// Whether token `i` separates areas: a dash with a space or period before it.
pub(crate) fn is_dash_sep(cx: &Ctx<'_>, i: usize) -> bool {
    // `С.-Петерб.`, `Ж.-П.`: a hyphen inside an abbreviation.
    let abbreviation = i >= 2
        && cx.tx(i) == "-"
        && cx.is(i - 1, Period)
        && cx
            .word(i - 2)
            .is_some_and(|w| w.chars().count() == 1 && w.chars().all(is_upper))
        && cx.word(i + 1).is_some_and(|w| w.chars().next().is_some_and(is_upper));
    cx.is(i, Dash)
        && !abbreviation
        && (i == 0
            || matches!(cx.kind(i - 1), Some(Space | Period))
            || matches!(cx.kind(i + 1), Some(Space))
            || cx.tx(i).chars().count() >= 2 && !cx.is(i + 1, Word))
}

/// The end of the chunk that starts at `i`: the next `. `, `, `, `;`, area dash or
/// used token outside brackets and quotes.
pub(crate) fn chunk_end(cx: &Ctx<'_>, i: usize, end: usize) -> usize {
    let mut depth = 0i32;
    let mut j = i;
    while j < end {
        if cx.used[j] && j > i {
            return j;
        }
        match cx.kind(j) {
            Some(LParen | LBracket) => depth += 1,
            Some(RParen | RBracket) => depth = (depth - 1).max(0),
            Some(Semicolon | Comma) if depth == 0 && j > i => return j,
            Some(Period)
                if depth == 0
                    && j > i
                    && (cx.is(j + 1, Space) || is_dash_sep(cx, j + 1)) =>
            {
                // `Сов. писатель`: an abbreviation inside the chunk.
                let prev_short = cx.word(j - 1).is_some_and(|w| w.chars().count() <= 5);
                let next = cx.skip_space(j + 1);
                let next_lower =
                    cx.word(next).is_some_and(|w| w.chars().next().is_some_and(is_lower));
                if !(prev_short && next_lower) {
                    return j;
                }
            }
            Some(Dash)
                if depth == 0 && j > i && is_dash_sep(cx, j) && cx.is(j + 1, Space) =>
            {
                return j;
            }
            _ => {}
        }
        j += 1;
    }
    end
}

/// The value of a locator at `i` (after its label).
fn loc_value(
    cx: &Ctx<'_>,
    i: usize,
    end: usize,
    loc: Loc,
) -> Option<(String, LocExtra, usize)> {
    let mut extra = LocExtra::default();
    // Т. "Чаадаев-Швитков"
    if loc == Loc::Volume && cx.is(i, Quote) {
        let close = (i + 1..end.min(i + 30)).find(|&k| cx.is(k, Quote))?;
        // A period would end the area once the name is written without its quotes.
        // The quotes are a pair (`"…"`, `«…»`, `“…”`): `т' «(`, `т'#a«(` name nothing.
        let pair = match cx.tx(i) {
            "«" => "»",
            "“" | "„" => "”“",
            "‘" => "’",
            q => q,
        };
        if (i + 1..close).any(|k| cx.is(k, Period))
            || !pair.contains(cx.tx(close))
            || !cx.text(i + 1, close).chars().any(crate::lang::chars::is_alnum)
        {
            return None;
        }
        return Some((cx.text(i + 1, close).to_owned(), extra, close + 1));
    }
    let first_ok = cx.is(i, Number) || cx.word(i).is_some_and(is_roman);
    if !first_ok {
        return None;
    }
    let mut j = i + 1;
    loop {
        if cx.is(j, Dash)
            && (cx.is(j + 1, Number)
                || cx.word(j + 1).is_some_and(|w| w.chars().count() <= 3))
        {
            j += 2;
        } else if loc == Loc::Pages
            && cx.is(j, Comma)
            && cx.is(j + 1, Space)
            && cx.is(j + 2, Number)
            && !(cx.is(j + 3, Space)
                && cx.word(j + 4).is_some_and(|w| matches!(w, "с" | "c" | "p" | "л")))
        {
            j += 3;
        } else if cx.is(j, Number)
            || cx.word(j).is_some_and(|w| w.chars().count() == 1 && cx.is(j - 1, Number))
        {
            // `148а`
            j += 1;
        } else {
            break;
        }
    }
    let mut value = cx.text(i, j).to_owned();
    // `16(5-3)`: a glued parenthesis is part of the value.
    if cx.is(j, LParen) && loc == Loc::Volume {
        if let Some(c) = cx.closing(j, end, 12) {
            value = cx.text(i, c + 1).to_owned();
            j = c + 1;
        }
    }
    let p = cx.skip_space(j);
    if cx.is(p, LParen) {
        if let Some(c) = cx.closing(p, end, 16) {
            let inner = cx.text(p + 1, c);
            if inner.chars().all(|ch| ch.is_ascii_digit())
                && !inner.is_empty()
                && loc == Loc::Issue
            {
                value = cx.text(i, c + 1).to_owned();
            } else if let Some((Elem::DayMonth(d, m), _)) = date(cx, p + 1, c) {
                extra.day_month = Some((d, m));
            } else if let Some(rest) =
                inner.strip_prefix("ч.").or_else(|| inner.strip_prefix("Ч."))
            {
                extra.part = Some(rest.trim().to_owned());
            } else if loc == Loc::Volume {
                extra.title = Some(inner.to_owned());
            }
            j = c + 1;
        }
    }
    if loc == Loc::Volume && cx.is(j, Colon) {
        // `Т. 1: Индустриальный Кузбасс. Подготовка инженеров. - 2006`
        let a = cx.skip_space(j + 1);
        let mut e = a;
        // Up to an area dash, `//`, or another element after a period (`Vol. 2:
        // 1928—1960. P. 100`, `Т. 2: Стихотворения, поэмы. 500 с.`).
        let locator_next = |e: usize| {
            cx.is(e, Period)
                && cx.is(e + 1, Space)
                && element(cx, cx.skip_space(e + 1), end, true).is_some()
        };
        while e < end
            && !cx.used[e]
            && !is_dash_sep(cx, e)
            && !cx.is(e, DoubleSlash)
            && !locator_next(e)
        {
            e += 1;
        }
        if e > a {
            extra.title = Some(cx.text(a, e).trim_end_matches(['.', ' ']).to_owned());
            j = e;
        }
    }
    if loc == Loc::Pages {
        // `Л. 34 об.`
        let k = cx.skip_space(j);
        if cx.word(k) == Some("об") && cx.is(k + 1, Period) {
            value = cx.text(i, k + 2).to_owned();
            j = k + 2;
        }
    }
    Some((value, extra, j))
}

/// A locator at `i`: `Т. 3`, `т1`, `№5`, `N 85`, `С. 12–15`, `Vol. 23`.
pub(crate) fn locator(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    let label = match cx.kind(i)? {
        Word => cx.tx(i),
        Other if cx.tx(i) == "№" => "№",
        _ => return None,
    };
    let (loc, _) = words::locator(label)?;
    let mut j = i + 1;
    if cx.is(j, Period) {
        j += 1;
    } else if !matches!(
        label,
        "№" | "N"
            | "No"
            | "Nr"
            | "Том"
            | "том"
            | "Выпуск"
            | "выпуск"
            | "Issue"
            | "Part"
            | "Chapter"
            | "Book"
            | "Livre"
            | "Buch"
            | "т"
            | "Т"
            | "Vol"
    ) {
        return None;
    }
    j = cx.skip_space(j);
    let (value, mut extra, e) = loc_value(cx, j, end, loc)?;
    extra.numbered = matches!(label, "№" | "N" | "No" | "no" | "Nr" | "nr");
    Some((Elem::Loc(loc, value, extra), e))
}

/// `В 3 т.`, `в 2-х кн.`, `в 3-х томах`.
fn volumes(cx: &Ctx<'_>, i: usize) -> Option<(Elem, usize)> {
    if !matches!(cx.word(i)?, "В" | "в" | "In" | "En") || !cx.is(i + 1, Space) {
        return None;
    }
    let n = cx.number(i + 2)?;
    let mut j = i + 3;
    if cx.is(j, Dash) && cx.word(j + 1).is_some_and(|w| w == "х" || w == "ти") {
        j += 2;
    }
    let k = cx.skip_space(j);
    let w = cx.word(k)?;
    let e = if cx.is(k + 1, Period) { k + 2 } else { k + 1 };
    // The unit: volumes, books, or parts (`В 2 частях`, kept as a note).
    let books = match w {
        "т" | "тт" | "томах" | "vols" | "vol" | "t" | "Bd" | "Bde" => false,
        "кн" | "книгах" | "books" | "livres" | "Bücher" => true,
        "ч" | "частях" => {
            let written = if w == "ч" { cx.text(i, e) } else { cx.text(i, k + 1) };
            return Some((Elem::Parts(written.to_owned()), e));
        }
        _ => return None,
    };
    Some((Elem::Volumes(n.to_owned(), books), e))
}

/// The end of a phrase that runs to the next area separator (`, перераб. и доп.`).
fn to_area_end(cx: &Ctx<'_>, mut j: usize, end: usize) -> usize {
    while j < end
        && !cx.used[j]
        && !is_dash_sep(cx, j)
        && !cx.is(j, DoubleSlash)
        && !cx.is(j, Slash)
    {
        if cx.is(j, Period)
            && cx.is(j + 1, Space)
            && !cx.word(j + 2).is_some_and(|w| w.chars().next().is_some_and(is_lower))
        {
            return j + 1;
        }
        j += 1;
    }
    j
}

/// `2-е изд., перераб. и доп.`, `2 изд.`, `Изд. 2-е`, `Ред. 2`, `3rd ed.`.
fn edition(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    let is_ed = |w: &str| {
        lower_starts_with(w, "изд")
            || ["ed", "edition", "aufl", "éd"].iter().any(|x| lower_eq(w, x))
    };
    let e = if cx.is(i, Number) {
        let mut j = i + 1;
        if cx.is(j, Dash)
            && cx.word(j + 1).is_some_and(|w| matches!(w, "е" | "e" | "й" | "ое"))
        {
            j += 2;
        } else if cx.word(j).is_some_and(|w| matches!(w, "nd" | "rd" | "th" | "st")) {
            j += 1;
        }
        let k = cx.skip_space(j);
        if !cx.word(k).is_some_and(is_ed) {
            return None;
        }
        k + 1
    } else {
        let w = cx.word(i)?;
        if !(is_ed(w) || w == "Ред") || !cx.is(i + 1, Period) {
            return None;
        }
        let k = cx.skip_space(i + 2);
        cx.number(k)?;
        let mut j = k + 1;
        if cx.is(j, Dash) && cx.word(j + 1).is_some() {
            j += 2;
        }
        j
    };
    let e = to_area_end(cx, e, end);
    let text = cx.text(i, e).trim_end_matches(['.', ' ', ',']);
    let text = if text.ends_with("изд")
        || text.ends_with("доп")
        || text.ends_with("испр")
        || text.ends_with("перераб")
    {
        format!("{text}.")
    } else {
        text.to_owned()
    };
    Some((Elem::Edition(text), e))
}

/// `368 с.`, `406, [2] с.`, `384с.`, `204 p.`, `20 с. : ил.`, `II, 43 с.` (preliminary
/// pages numbered in Roman figures before the main sequence).
pub(crate) fn extent(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    let n = if cx.word(i).is_some_and(super::words::is_roman)
        && cx.is(i + 1, Comma)
        && cx.is(i + 2, Space)
    {
        i + 3
    } else {
        i
    };
    cx.number(n)?;
    let mut j = n + 1;
    if cx.is(j, Comma)
        && cx.is(j + 1, Space)
        && cx.is(j + 2, LBracket)
        && cx.is(j + 3, Number)
        && cx.is(j + 4, RBracket)
    {
        j += 5;
    }
    let k = cx.skip_space(j);
    let unit = cx.word(k)?;
    if !matches!(unit, "с" | "c" | "p" | "pp" | "S" | "s" | "стр" | "л" | "P") {
        return None;
    }
    if !(cx.is(k + 1, Period)
        || k + 1 >= end
        || cx.is(k + 1, Space)
        || cx.is(k + 1, Comma))
    {
        return None;
    }
    let mut e = if cx.is(k + 1, Period) { k + 2 } else { k + 1 };
    let value = cx.text(i, e).to_owned();
    // `: ил.`, `, [8] л. ил., портр.`, `17 см`: illustrations and size.
    loop {
        let mut a = e;
        while matches!(cx.kind(a), Some(Space | Comma | Colon)) {
            a += 1;
        }
        let ill = |w: &str| {
            ["ил", "портр", "фот", "табл", "карт", "схем", "цв", "факс", "граф"]
                .iter()
                .any(|p| w.starts_with(p))
        };
        let next = if cx.word(a).is_some_and(ill) {
            a + 1
        } else if cx.is(a, LBracket)
            && cx.is(a + 1, Number)
            && cx.is(a + 2, RBracket)
            && cx.word(cx.skip_space(a + 3)).is_some_and(|w| w == "л" || w == "с")
        {
            cx.skip_space(a + 3) + 1
        } else if cx.is(a, Number) && cx.word(cx.skip_space(a + 1)) == Some("см") {
            cx.skip_space(a + 1) + 1
        } else {
            break;
        };
        if next > end || a == e && !cx.is(e, Space) {
            break;
        }
        e = if cx.is(next, Period) { next + 1 } else { next };
    }
    Some((Elem::Extent(value), e))
}

/// `Б. м.`, `Б. г.`, `Б. д.`, `б. и.`, `s. l.`, `s. a.`, `n. d.`, `[Б. м.]`.
fn missing(cx: &Ctx<'_>, i: usize) -> Option<(Elem, usize)> {
    let (b, start) = if cx.is(i, LBracket) { (true, i + 1) } else { (false, i) };
    let first = cx.word(start)?;
    if !cx.is(start + 1, Period) {
        return None;
    }
    let k = cx.skip_space(start + 2);
    let second = cx.word(k)?;
    if !cx.is(k + 1, Period) {
        return None;
    }
    let what = match (to_lower(first).as_str(), second) {
        ("б", "м") | ("s", "l") => MissingWhat::Place,
        ("б", "г" | "д") | ("s", "a") | ("n", "d") => MissingWhat::Date,
        ("б", "и") | ("s", "n") => MissingWhat::Publisher,
        _ => return None,
    };
    let mut e = k + 2;
    if b {
        if !cx.is(e, RBracket) {
            return None;
        }
        e += 1;
    }
    Some((Elem::Missing(what, Missing::new(cx.text(start, k + 2), b)), e))
}

/// `[Электронный ресурс]`, `[Electronic resource]`, `[Текст]`, and the bare words
/// `Электронный ресурс`.
pub(crate) fn medium(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    let is_medium = |w: &str| {
        matches!(
            w,
            "Электронный"
                | "электронный"
                | "Electronic"
                | "Текст"
                | "Мультимедиа"
                | "Видеозапись"
                | "Звукозапись"
                | "Ноты"
                | "Карты"
        )
    };
    if cx.is(i, LBracket) {
        let close = cx.closing(i, end, 12)?;
        let w = cx.word(cx.skip_space(i + 1))?;
        if !is_medium(w) {
            return None;
        }
        return Some((Elem::Medium(cx.text(i + 1, close).to_owned()), close + 1));
    }
    if cx.word(i) == Some("Электронный") && cx.word(i + 2) == Some("ресурс")
    {
        return Some((Elem::Medium(cx.text(i, i + 3).to_owned()), i + 3));
    }
    None
}

/// A dissertation statement: `дис. … канд. ист. наук : 07.00.02`, `автореф. дис.`,
/// `Канд. дисс.`, `Магистерская диссертация`, `thesis`.
pub(crate) fn thesis(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    let mut k = i;
    if cx.word(k).is_some_and(|w| {
        matches!(
            w,
            "Канд"
                | "канд"
                | "Докт"
                | "докт"
                | "Магистерская"
                | "Докторская"
                | "Кандидатская"
                | "Master"
                | "PhD"
        )
    }) {
        k = cx.skip_space(if cx.is(k + 1, Period) { k + 2 } else { k + 1 });
    }
    let w = cx.word(k)?;
    if !is_thesis_word(&to_lower(w)) {
        return None;
    }
    // The degree runs to `наук` when it is named, else to the end of the chunk.
    let mut j = k + 1;
    let limit = end.min(k + 40);
    let mut through = None;
    let mut s = j;
    while s < limit && !cx.used[s] && !cx.is(s, Slash) && !cx.is(s, DoubleSlash) {
        if cx
            .word(s)
            .is_some_and(|w| w.eq_ignore_ascii_case("наук") || w == "Наук" || w == "наук")
        {
            through = Some(s + 1);
            break;
        }
        if is_dash_sep(cx, s) || cx.is(s, Colon) {
            break;
        }
        s += 1;
    }
    j = match through {
        Some(t) => t,
        None => {
            let mut e = j;
            if cx.is(e, Period) {
                e += 1;
            }
            while e < limit
                && cx.is(e, Space)
                && cx.word(e + 1).is_some_and(|w| w.chars().next().is_some_and(is_lower))
            {
                e += 2;
                if cx.is(e, Period) {
                    e += 1;
                }
            }
            e
        }
    };
    let degree = cx.text(i, j).trim_end_matches(['.', ' ']).to_owned();
    let degree =
        if degree.ends_with("дис") || degree.ends_with("дисс") || degree.ends_with("Дис")
        {
            format!("{degree}.")
        } else {
            degree
        };
    let mut t = Thesis { degree, ..Thesis::default() };
    // `: 07.00.02`
    let mut a = cx.skip_space(j);
    if cx.is(a, Period) {
        a = cx.skip_space(a + 1);
    }
    if cx.is(a, Colon) {
        let b = cx.skip_space(a + 1);
        if cx.number(b).is_some()
            && cx.is(b + 1, Period)
            && cx.is(b + 2, Number)
            && cx.is(b + 3, Period)
            && cx.is(b + 4, Number)
        {
            t.speciality = Some(cx.text(b, b + 5).to_owned());
            j = b + 5;
        }
    }
    Some((Elem::Thesis(t), j))
}

/// A series in parentheses: `(Библиотека поэта ; вып. 5)`, or `серия «…»`.
fn series(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    let (a, b, e) = if cx.is(i, LParen) {
        let c = cx.closing(i, end, 200)?;
        (i + 1, c, c + 1)
    } else if cx.word(i).is_some_and(|w| w == "серия" || w == "Серия") {
        let e = chunk_end(cx, i + 1, end);
        (i + 1, e, e)
    } else {
        return None;
    };
    let inner = cx.text(a, b);
    if inner.chars().filter(|&c| is_alpha(c)).count() < 4 {
        return None;
    }
    let (title, number) = match inner.rfind(';') {
        Some(p) => {
            let num = inner[p + 1..].trim().trim_end_matches([':', ' ', '.']);
            let num = num
                .trim_start_matches(|c: char| is_alpha(c) || c == '.' || c == ' ')
                .trim();
            (inner[..p].trim(), (!num.is_empty()).then(|| num.to_owned()))
        }
        None => (inner, None),
    };
    let title = super::imprint::strip_quotes(title.trim_end_matches([':', ' ']).trim());
    Some((Elem::Series(Series::new(title, number)), e))
}

/// The element at `i`, if one starts there. `in_title` restricts the choice to what
/// can end a title area (no series, no bare places without evidence).
pub(crate) fn element(
    cx: &Ctx<'_>,
    i: usize,
    end: usize,
    in_title: bool,
) -> Option<(Elem, usize)> {
    element_with(cx, i, end, in_title, !in_title)
}

/// [`element`], saying whether a series in parentheses may start here.
pub(crate) fn element_with(
    cx: &Ctx<'_>,
    i: usize,
    end: usize,
    in_title: bool,
    series_ok: bool,
) -> Option<(Elem, usize)> {
    if i >= end || cx.used[i] {
        return None;
    }
    missing(cx, i)
        .or_else(|| volumes(cx, i))
        .or_else(|| locator(cx, i, end))
        .or_else(|| edition(cx, i, end))
        .or_else(|| extent(cx, i, end))
        .or_else(|| {
            date(cx, i, end)
                .filter(|(e, _)| !in_title || !matches!(e, Elem::DayMonth(..)))
        })
        .or_else(|| medium(cx, i, end))
        .or_else(|| thesis(cx, i, end))
        .or_else(|| if series_ok { series(cx, i, end) } else { None })
        .or_else(|| {
            if super::extract::is_note(cx, i) { None } else { imprint(cx, i, end, true) }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PartialDate;

    fn first(s: &str) -> Option<(Elem, String)> {
        let cx = Ctx::new(s);
        element(&cx, 0, cx.len(), false)
            .map(|(e, j)| (e, cx.text(j, cx.len()).to_owned()))
    }

    #[test]
    fn imprints() {
        let (e, rest) = first("М.; Л. : Наука, 1945").unwrap();
        let Elem::Imprint(p, pubs, _) = e else { panic!() };
        assert_eq!(
            p.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Москва", "Ленинград"]
        );
        assert_eq!(p[1].written.as_deref(), Some("Л."));
        assert_eq!(pubs, ["Наука"]);
        assert_eq!(rest, "1945");
        // Publishers grouped by place: kept where the default grouping differs.
        let (e, _) =
            first("М. : ГМИИ : Художник и книга ; Вашингтон : Нац. галерея искусств")
                .unwrap();
        let Elem::Imprint(p, pubs, groups) = e else { panic!() };
        assert_eq!((p.len(), pubs.len(), groups), (2, 3, vec![0, 0, 1]));
        let (e, _) = first("М. : Наука ; Л. : Худож. лит., 1950").unwrap();
        assert!(matches!(e, Elem::Imprint(_, _, g) if g.is_empty()));
        let (e, _) = first("М.: Норма: ИНФРА-М, 2025").unwrap();
        assert_eq!(
            e,
            Elem::Imprint(
                vec![Place::abbreviated("Москва", "М.")],
                vec!["Норма".into(), "ИНФРА-М".into()],
                Vec::new()
            )
        );
        let (e, _) = first("М., «Наука», 1985").unwrap();
        assert_eq!(
            e,
            Elem::Imprint(
                vec![Place::abbreviated("Москва", "М.")],
                vec!["Наука".into()],
                Vec::new()
            )
        );
        let (e, _) = first("Ленинград : Сов. писатель, 1987").unwrap();
        assert_eq!(
            e,
            Elem::Imprint(
                vec![Place::new("Ленинград")],
                vec!["Сов. писатель".into()],
                Vec::new()
            )
        );
    }

    #[test]
    fn unknown_one_letter_and_capitalised_cities() {
        let (e, _) = first("К.: КТЭИ, 1990").unwrap();
        assert_eq!(
            e,
            Elem::Imprint(vec![Place::new("К.")], vec!["КТЭИ".into()], Vec::new())
        );
        let (e, _) = first("СПБ.: ДМИТРИЙ БУЛАНИН, 2019").unwrap();
        assert_eq!(
            e,
            Elem::Imprint(
                vec![Place::abbreviated("Санкт-Петербург", "СПБ.")],
                vec!["ДМИТРИЙ БУЛАНИН".into()],
                Vec::new()
            )
        );
        assert!(first("Л.С. Явича").is_none());
    }

    #[test]
    fn dates() {
        assert_eq!(
            first("1985—1986").unwrap().0,
            Elem::Date(Date::range(PartialDate::year(1985), PartialDate::year(1986)))
        );
        let Elem::Date(d) = first("[1945?]").unwrap().0 else { panic!() };
        assert!(d.uncertain && d.supplied);
        assert_eq!(first("24 янв.").unwrap().0, Elem::DayMonth(24, 1));
        assert_eq!(
            first("07.05.2002").unwrap().0,
            Elem::Date(Date::new(PartialDate::ymd(2002, 5, 7)))
        );
        let Elem::Date(d) = first("2003 –. URL").unwrap().0 else { panic!() };
        assert!(d.open);
        assert!(first("1929 году").is_none());
    }

    #[test]
    fn locators_extent_edition() {
        assert_eq!(
            first("Т. 3").unwrap().0,
            Elem::Loc(Loc::Volume, "3".into(), LocExtra::default())
        );
        assert_eq!(
            first("С. 12–15.").unwrap().0,
            Elem::Loc(Loc::Pages, "12–15".into(), LocExtra::default())
        );
        let Elem::Loc(Loc::Issue, v, x) = first("№ 15 (19)").unwrap().0 else {
            panic!()
        };
        assert_eq!((v.as_str(), x.numbered), ("15 (19)", true));
        let Elem::Loc(_, v, x) = first("N98-Т (6 июля)").unwrap().0 else {
            panic!()
        };
        assert_eq!((v.as_str(), x.day_month), ("98-Т", Some((6, 7))));
        assert_eq!(
            first("т1").unwrap().0,
            Elem::Loc(Loc::Volume, "1".into(), LocExtra::default())
        );
        assert_eq!(
            first("406, [2] с., [8] л.").unwrap().0,
            Elem::Extent("406, [2] с.".into())
        );
        assert_eq!(
            first("2-е изд., перераб. и доп. - М.").unwrap().0,
            Elem::Edition("2-е изд., перераб. и доп.".into())
        );
        assert_eq!(first("В 2-х т. / Пер.").unwrap().0, Elem::Volumes("2".into(), false));
    }

    #[test]
    fn thesis_series_medium_missing() {
        let Elem::Thesis(t) = first("дис. … канд. ист. наук : 07.00.02. — М.").unwrap().0
        else {
            panic!()
        };
        assert_eq!(
            (t.degree.as_str(), t.speciality.as_deref()),
            ("дис. … канд. ист. наук", Some("07.00.02"))
        );
        let Elem::Series(s) = first("(Библиотека поэта ; вып. 5)").unwrap().0
        else {
            panic!()
        };
        assert_eq!(
            (s.title.as_str(), s.number.as_deref()),
            ("Библиотека поэта", Some("5"))
        );
        assert_eq!(
            first("[Электронный ресурс]").unwrap().0,
            Elem::Medium("Электронный ресурс".into())
        );
        assert!(matches!(first("Б. д.").unwrap().0, Elem::Missing(MissingWhat::Date, _)));
    }
}
