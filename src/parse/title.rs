//! The title area: title proper, other title information, parallel titles, the
//! medium in brackets, and where the statement of responsibility after ` / ` (or
//! ` под ред.`) begins and ends. A title runs to the first separator after which an
//! element of the later areas starts (see [`ends_title`]).

use super::cursor::Ctx;
use super::elements::{Elem, chunk_end, element, is_dash_sep};
use super::lexer::TokenKind::*;
use super::lexer::is_dash;
use super::names;
use super::words::Loc;
use crate::Title;
use crate::lang::chars::{is_alnum, is_alpha, is_lower, is_upper};

/// The title area starting at `i`: where it ends and what it holds.
#[derive(Debug, Default)]
pub(crate) struct TitleArea {
    pub(crate) title: Title,
    pub(crate) medium: Option<String>,
    /// Token range of the statement of responsibility after ` / `.
    pub(crate) resp: Option<(usize, usize)>,
    pub(crate) next: usize,
}

/// Whether token `i` is a ` / ` that opens a statement of responsibility.
pub(crate) fn is_resp_slash(cx: &Ctx<'_>, i: usize) -> bool {
    cx.is(i, Slash)
        && !(cx.is(i.wrapping_sub(1), Number) && cx.is(i + 1, Number))
        && (cx.is(i.wrapping_sub(1), Space)
            || cx.is(i + 1, Space)
            || cx.is(i.wrapping_sub(1), Quote)
            || cx.is(i + 1, Word)
                && cx.word(i + 1).is_some_and(|w| w.chars().next().is_some_and(is_upper)))
}

/// `j`, a separator, or the period right before it when that period ends the area
/// (`Статья. — Журнал`, a statement's `Гл. 2.//`); an initial's or abbreviation's
/// period stays (`И. И. —`).
fn before_boundary_period(cx: &Ctx<'_>, j: usize) -> usize {
    let mut k = j;
    while k > 0 && cx.is(k - 1, Space) {
        k -= 1;
    }
    // Glued to the separator (`2.//`), the period is a boundary unless it is an
    // initial's or another kept one.
    let boundary = |p: usize| {
        if p + 1 == j { !keeps_period(cx, p) } else { period_is_boundary(cx, p) }
    };
    if k > 0 && cx.is(k - 1, Period) && boundary(k - 1) { k - 1 } else { j }
}

/// The index after the spaces, stray slashes and dashes at `i` that start an area after
/// a slash (`/ /Иванов`, `// /Журнал`, `/- Иванов`): no title or statement of
/// responsibility starts with a slash or a dash (unless the dash separates another
/// area, `/ — М. : Наука`), and the formatter's space after the separator would make a
/// `/ /`, `//  /` or an area dash (`/ - `) of them.
pub(crate) fn skip_slashes(cx: &Ctx<'_>, i: usize) -> usize {
    let mut a = i;
    loop {
        let k = cx.skip_space(a);
        // `/ — М. : Наука`: a dash before another area is that area's separator.
        let stray_dash =
            cx.is(k, Dash) && element(cx, cx.skip_space(k + 1), cx.len(), true).is_none();
        if !cx.is(k, Slash) && !stray_dash {
            return a;
        }
        a = k + 1;
    }
}

/// The index after the separators at `i` (spaces, periods, dashes, commas).
pub(crate) fn after_seps(cx: &Ctx<'_>, mut i: usize, end: usize) -> usize {
    while i < end && matches!(cx.kind(i), Some(Space | Period | Dash | Comma | Colon)) {
        i += 1;
    }
    i
}

/// Whether an element at `n` ends the title when it follows the separator at `sep`.
pub(crate) fn ends_title(cx: &Ctx<'_>, sep: usize, n: usize, end: usize) -> bool {
    if n >= end || cx.used[n] {
        return n < end;
    }
    if cx.is(sep, Period) || cx.is(sep, Ellipsis) {
        // `(Presidium of the Supreme Soviet …)`: a parenthesis closing the reference.
        if cx.is(n, LParen)
            && cx.closing(n, end, usize::MAX).is_some_and(|c| c + 1 >= end)
        {
            return true;
        }
        if journal_ahead(cx, n, end) || thesis_author_ahead(cx, n, end) {
            return true;
        }
    }
    let Some((el, e)) = element(cx, n, end, true) else {
        return false;
    };
    match (cx.kind(sep), &el) {
        (_, Elem::Date(d)) if d.start.day.is_some() && !cx.archival => false,
        // After `:` or `,` only what cannot be other title information.
        (
            Some(Colon),
            Elem::Thesis(_) | Elem::Volumes(..) | Elem::Medium(_) | Elem::Edition(_),
        ) => true,
        (Some(Colon), _) => false,
        (Some(Comma), Elem::Thesis(_)) => true,
        (Some(Comma), Elem::Date(d)) => d.start.day.is_some() && cx.archival,
        (Some(Comma), Elem::Imprint(p, ..)) => {
            let k = cx.skip_space(e);
            !p.is_empty()
                && cx.is(k, Comma)
                && matches!(
                    element(cx, cx.skip_space(k + 1), end, true),
                    Some((Elem::Date(_), _))
                )
        }
        (Some(Comma), _) => false,
        // `1914–1916 гг.` belongs to the title.
        (_, Elem::Date(_)) => !cx.text(n, e).contains("гг"),
        _ => true,
    }
}

/// `Вестник ОХиТА. 2021. №1`: a journal named without `//`, then its year and issue.
fn journal_ahead(cx: &Ctx<'_>, n: usize, end: usize) -> bool {
    let named = cx.word(n).is_some_and(|w| {
        w.chars().next().is_some_and(is_upper) && w.chars().count() >= 3
    });
    if cx.has_host || !named {
        return false;
    }
    let mut at = n;
    for _ in 0..6 {
        let ce = chunk_end(cx, at, end);
        if !cx.is(ce, Period) {
            return false;
        }
        let d = after_seps(cx, ce, end);
        if let Some((Elem::Date(_), de)) = super::elements::date(cx, d, end) {
            let l = after_seps(cx, de, end);
            return matches!(super::elements::locator(cx, l, end), Some((Elem::Loc(Loc::Issue, _, x), _)) if x.numbered);
        }
        if d >= end || d == at || is_dash_sep(cx, ce + 1) {
            return false;
        }
        at = d;
    }
    false
}

/// `… условиях. Калюжный Е.А. автореферат дис.`: the author after the title, before
/// a dissertation statement. Returns the people and the index after them.
pub(crate) fn thesis_author(
    cx: &Ctx<'_>,
    n: usize,
    end: usize,
) -> Option<(Vec<crate::Person>, usize)> {
    let (people, e) = names::heading(cx, n, end, false);
    if people.is_empty() || e <= n {
        return None;
    }
    matches!(element(cx, e, end, true), Some((Elem::Thesis(_), _))).then_some((people, e))
}

fn thesis_author_ahead(cx: &Ctx<'_>, n: usize, end: usize) -> bool {
    cx.word(n).is_some_and(|w| w.chars().count() >= 3)
        && thesis_author(cx, n, end).is_some()
}

/// Whether the period at `j` can end an area: it is followed by a space or a dash
/// (or glued to an abbreviated city), and does not end an initial (`А.`, `Дж.`) or a
/// month before its year (`15 янв. 1999 г.`).
pub(crate) fn period_is_boundary(cx: &Ctx<'_>, j: usize) -> bool {
    let spaced = cx.is(j + 1, Space) || cx.is(j + 1, Dash);
    // `Заглавие.М.: Наука`, not `www.B.` at the end: a city glued to the period needs
    // more of the imprint after it.
    let glued_city = cx.is(j + 1, Word) && super::elements::element(cx, j + 1, cx.len(), true).is_some_and(|(e, k)| matches!(e, Elem::Imprint(ref p, ..) if p.first().is_some_and(|p| p.written.is_some())) && (k..cx.len().min(k + 8)).any(|t| !cx.is_filler(t)));
    (spaced || glued_city) && !keeps_period(cx, j)
}

/// Whether the period at `j` belongs to what precedes it whatever follows: an initial
/// (`А.`), `г.` before `№`, a short month before a year.
fn keeps_period(cx: &Ctx<'_>, j: usize) -> bool {
    if let Some(w) = cx.word(j.wrapping_sub(1)) {
        let mut cs = w.chars();
        let initial =
            cs.next().is_some_and(is_upper) && w.chars().count() <= 2 && cs.all(is_lower);
        if initial && !cx.is(j.wrapping_sub(2), Word) {
            return true;
        }
        // `от 28 июля 2002 г. № 60н`: the number of an act.
        if w == "г" && cx.tx(cx.skip_space(j + 1)) == "№" {
            return true;
        }
        if super::words::month(w).is_some()
            && w.chars().count() <= 5
            && cx.number(cx.skip_space(j + 1)).is_some_and(|y| y.len() == 4)
        {
            return true;
        }
    }
    false
}

/// Reads a title area from `i`.
pub(crate) fn title_area(cx: &Ctx<'_>, mut i: usize, end: usize) -> TitleArea {
    let mut area = TitleArea::default();
    // `.::::`, `// . P. 12`: a period opening the area is a separator, as it is after a
    // heading (`Иванов И. И. .Заглавие`).
    while i < end && !cx.used[i] && matches!(cx.kind(i), Some(Period | Space)) {
        i += 1;
    }
    // `М., 1945`: an imprint where the title should be (not a lone `P.`, the short
    // form of the title `P`).
    match element(cx, i, end, true) {
        // `B. 1993. Vol. V.` is the short form of the title `B` and a year: without a
        // publisher only `Place, Year` (`М., 2001`) is an imprint here.
        Some((Elem::Imprint(p, publishers, _), e))
            if p.first().is_some_and(|p| p.written.is_some())
                && (!publishers.is_empty()
                    || cx.is(e.saturating_sub(1), Comma)
                    || cx.is(cx.skip_space(e), Comma))
                && after_seps(cx, e, end) < end =>
        {
            area.next = i;
            return area;
        }
        // `Т. XIV. С. 404.`: a repeated reference to a volume and its pages. A
        // locator alone is no such fragment (`t. L.` is the title `t` and the place
        // London, not the volume L with no title).
        Some((Elem::Loc(Loc::Volume, ..), e))
            if matches!(
                super::elements::locator(cx, after_seps(cx, e, end), end),
                Some((Elem::Loc(Loc::Pages, ..), _))
            ) =>
        {
            area.next = i;
            return area;
        }
        _ => {}
    }
    let mut depth = 0i32;
    let mut quote = 0i32;
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut seg = i;
    let mut j = i;
    let mut stop = end;
    while j < end {
        if cx.used[j] {
            stop = j;
            break;
        }
        match cx.kind(j) {
            Some(LParen) => depth += 1,
            Some(RParen) => depth = (depth - 1).max(0),
            Some(Quote) if cx.tx(j) == "«" => quote += 1,
            Some(Quote) if cx.tx(j) == "»" => quote = (quote - 1).max(0),
            Some(LBracket) => {
                if let Some((Elem::Medium(m), e)) = super::elements::medium(cx, j, end) {
                    parts.push((seg, j));
                    area.medium = Some(m);
                    seg = e;
                    j = e;
                    continue;
                }
                depth += 1;
            }
            Some(RBracket) => depth = (depth - 1).max(0),
            Some(DoubleSlash) => {
                stop = j;
                break;
            }
            Some(Slash) if is_resp_slash(cx, j) && depth == 0 => {
                // `Заглавие / / Иванов`: a repeated slash is part of the separator.
                let a = skip_slashes(cx, j + 1);
                let e = resp_end(cx, a, end);
                area.resp = Some((a, e));
                stop = j;
                area.next = e;
                break;
            }
            Some(Word)
                if depth == 0
                    && j > i
                    && cx.is(j - 1, Space)
                    && matches!(cx.tx(j), "под" | "Под")
                    && cx.word(j + 2).is_some_and(|w| w.starts_with("ред")) =>
            {
                // `«Дипломатический словарь» под ред. А. А. Громыко`
                let e = resp_end(cx, j, end);
                area.resp = Some((j, e));
                stop = j;
                area.next = e;
                break;
            }
            Some(Ellipsis)
                if depth == 0
                    && cx.is(j + 1, Space)
                    && ends_title(cx, j, after_seps(cx, j + 1, end), end) =>
            {
                stop = j + 1;
                break;
            }
            Some(Period | Dash | Colon | Comma) if depth == 0 && quote == 0 && j > i => {
                let is_sep = match cx.kind(j) {
                    // `ХХ ст. : дис.`: the period of an abbreviation before ` : `; the
                    // colon ends the title.
                    Some(Period) => {
                        period_is_boundary(cx, j)
                            && !(cx.is(j + 1, Space) && cx.is(j + 2, Colon))
                    }
                    Some(Dash) => {
                        is_dash_sep(cx, j)
                            && (cx.is(j + 1, Space) || cx.is(j + 1, Number))
                    }
                    _ => cx.is(j + 1, Space),
                };
                if is_sep && ends_title(cx, j, after_seps(cx, j, end), end) {
                    stop = if cx.is(j, Dash) { before_boundary_period(cx, j) } else { j };
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    if j >= end {
        stop = stop.min(end);
        if stop == end && cx.is(end, DoubleSlash) {
            stop = end;
        }
    }
    parts.push((seg, stop));
    if area.resp.is_none() {
        area.next = stop;
    }
    let text: Vec<&str> =
        parts.iter().map(|&(a, b)| cx.text(a, b)).filter(|s| !s.is_empty()).collect();
    let text = text.join(" ");
    area.title = split_title(&text);
    area
}

/// Splits `Основы : учеб. пособие` into the title proper and other title information.
///
/// After ` = `, the parallel title runs to its first ` : `; what follows is other title
/// information, in the order of the title area (`Основное = Параллельное : сведения`).
pub(crate) fn split_title(text: &str) -> Title {
    let Some(k) = text.find(" = ") else {
        return split_other(text);
    };
    let par = text[k + 3..].trim();
    let (par, rest) = match par.find(" : ") {
        Some(m) => (&par[..m], &par[m + 3..]),
        None => (par, ""),
    };
    let mut title = split_other(&text[..k]);
    title.parallel = vec![par.trim().to_owned()];
    title.other.extend(rest.split(" : ").map(clean_part));
    // Other title information and a parallel title say something: a part with no
    // letter or digit (`: >`, `= ;;;`) is punctuation, as it is at the end of a
    // reference (an empty parallel title was written `=  /`).
    title.other.retain(|s| s.chars().any(is_alnum));
    title.parallel.retain(|s| s.chars().any(is_alnum));
    title
}

/// The title proper and other title information of a text without a parallel title.
fn split_other(text: &str) -> Title {
    let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count() * 2
        > text.chars().filter(|&c| is_alpha(c)).count();
    let spaced = text.contains(" : ") || latin;
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut last = 0;
    let b = text.as_bytes();
    for (k, c) in text.char_indices() {
        match c {
            '(' | '[' | '«' => depth += 1,
            ')' | ']' | '»' => depth -= 1,
            ':' if depth <= 0
                && b.get(k + 1).is_none_or(|&n| n == b' ')
                && (!spaced || k > 0 && b[k - 1] == b' ') =>
            {
                parts.push(&text[last..k]);
                last = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[last..]);
    let mut it = parts.into_iter().map(clean_part).filter(|s| !s.is_empty());
    let main = it.next().unwrap_or_default();
    let other = it.filter(|s| s.chars().any(is_alnum)).collect();
    Title { main, other, ..Title::default() }
}

/// `text` without a final period that stands after a space (`Заглавие  .`): no
/// abbreviation ends so, and the formatter's own period would stand for it. Trimmed.
pub(crate) fn strip_spaced_period(text: &str) -> &str {
    let t = text.trim();
    match t.strip_suffix('.') {
        Some(p) if p.ends_with(' ') => p.trim(),
        _ => t,
    }
}

/// `s` after the separators that open it (`.::::Заглавие`, `. Заглавие`): no part of
/// a title starts with one, and the title area skips a period that opens it, so a part
/// that kept it would lose it when written first. An ellipsis (`...и другие`) stays.
fn skip_opening_separators(s: &str) -> &str {
    let mut s = s.trim_start();
    while !s.starts_with("..") {
        match s.strip_prefix(|c| matches!(c, '.' | ':' | ';' | ',') || is_dash(c)) {
            Some(rest) => s = rest.trim_start(),
            None => break,
        }
    }
    s
}

/// A part of a title trimmed of its separators. A final period ends the area unless it
/// ends an abbreviation (`гг.`, `соч.`).
fn clean_part(s: &str) -> String {
    // `c::: . ::`, `Fitz.:: ::::.`: separators, spaced periods and a final period that
    // ends the area, until none is left at the end.
    let mut s = skip_opening_separators(s);
    loop {
        let t = strip_spaced_period(s.trim_end_matches(|c| {
            matches!(c, ',' | ';' | '/' | ':' | ' ') || super::lexer::is_dash(c)
        }));
        let t = match t.strip_suffix('.') {
            Some(p)
                if !p.ends_with('.')
                    && (p.ends_with(|c: char| !is_alpha(c))
                        || p.rsplit(|c: char| !is_alpha(c)).next().is_some_and(
                            |w| {
                                w.chars().count() > 4
                                    || w.chars().next().is_some_and(is_upper)
                                        && w.chars().count() > 2
                            },
                        )) =>
            {
                p.trim()
            }
            _ => t,
        };
        if t == s {
            return s.to_owned();
        }
        s = t;
    }
}

/// The end of a statement of responsibility that starts at `i`.
/// Whether a name with its initials first (`М.И. Беляев`) starts at `i`: after a
/// dash with no period before it, such a name continues a statement of
/// responsibility (`/ программирование — М.И. Беляев`, ГОСТ 7.82-2001 §5.3.9.4) where
/// the start of another area (`— М. : Наука`, `— 2001`) would end it.
fn names_follow(cx: &Ctx<'_>, i: usize, end: usize) -> bool {
    super::names::initials(cx, i, end).is_some_and(|(_, e)| {
        let n = cx.skip_space(e);
        n < end
            && cx.word(n).is_some_and(|w| {
                w.chars().count() >= 2 && w.chars().next().is_some_and(is_upper)
            })
    })
}

pub(crate) fn resp_end(cx: &Ctx<'_>, i: usize, end: usize) -> usize {
    let mut depth = 0i32;
    let mut j = i;
    while j < end {
        if cx.used[j] {
            return j;
        }
        if cx.is(j, DoubleSlash) {
            // `Гл. 2.//Сборник`: the period is a boundary, as in `Гл. 2. // Сборник`.
            return before_boundary_period(cx, j);
        }
        match cx.kind(j) {
            Some(LParen | LBracket) => depth += 1,
            Some(RParen | RBracket) => depth = (depth - 1).max(0),
            Some(Dash)
                if depth == 0
                    && is_dash_sep(cx, j)
                    && (cx.is(j - 1, Period)
                        || cx.is(j - 1, Space)
                            && cx.is(j + 1, Space)
                            && !names_follow(cx, j + 2, end)) =>
            {
                return before_boundary_period(cx, j);
            }
            Some(Period) if depth == 0 && period_is_boundary(cx, j) => {
                let n = after_seps(cx, j, end);
                if n >= end || cx.is(n, LBracket) || ends_title(cx, j, n, end) {
                    return j;
                }
            }
            // `/ Кто виноват? М. : Наука`: the formatter writes no period after `?` or
            // `!`, which then ends the statement before another area as a period does.
            Some(Other)
                if depth == 0
                    && matches!(cx.tx(j), "?" | "!")
                    && cx.is(j + 1, Space)
                    && ends_title(cx, j, after_seps(cx, j + 1, end), end) =>
            {
                return j + 1;
            }
            // `/ Сикорская Г.А. Саратов : Профобразование`, `/ Михалев А.А. Москва ;
            // Саратов : Интернет-Университет`: the period of an initial ends the
            // statement when places and a publisher follow.
            Some(Period)
                if depth == 0
                    && cx.is(j + 1, Space)
                    && cx.is(j + 2, Word)
                    && matches!(
                        element(cx, j + 2, end, true),
                        Some((Elem::Imprint(places, publishers, _), _))
                            if !publishers.is_empty()
                                && (places.len() > 1
                                    || places.len() == 1
                                        && cx.is(j + 3, Space)
                                        && cx.is(j + 4, Colon))
                    ) =>
            {
                return j;
            }
            Some(Comma) if depth == 0 && cx.is(j + 1, Space) => {
                let n = cx.skip_space(j + 1);
                if matches!(
                    element(cx, n, end, true),
                    Some((Elem::Imprint(..) | Elem::Volumes(..), _))
                ) {
                    return j;
                }
            }
            Some(Space)
                if depth == 0
                    && matches!(cx.word(j + 1), Some("в" | "В"))
                    && matches!(
                        element(cx, j + 1, end, true),
                        Some((Elem::Volumes(..), _))
                    ) =>
            {
                return j;
            }
            _ => {}
        }
        j += 1;
    }
    // `Гл. 2.//Сборник`: the period before the host's `//` is a boundary.
    if cx.is(end, DoubleSlash) { before_boundary_period(cx, end) } else { end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(s: &str) -> (Title, Option<String>, String) {
        let cx = Ctx::new(s);
        let a = title_area(&cx, 0, cx.len());
        let resp = a.resp.map(|(x, y)| cx.text(x, y).to_owned());
        (a.title, resp, cx.text(a.next, cx.len()).to_owned())
    }

    #[test]
    fn title_runs_to_the_next_area() {
        let (t, _, rest) = area("Ясные дали. Повести и рассказы. М., 1971");
        assert_eq!(t.main, "Ясные дали. Повести и рассказы");
        assert_eq!(rest, ". М., 1971");
        let (t, _, _) = area("Университеты в России и устав 1884. Л., 1976. С. 161.");
        assert_eq!(t.main, "Университеты в России и устав 1884");
        let (t, _, _) = area("Фронтовые письма. 1914–1916 гг. / Публ. подгот. В.М. Осин");
        assert_eq!(t.main, "Фронтовые письма. 1914–1916 гг.");
    }

    #[test]
    fn initials_and_months_do_not_end_a_title() {
        let (t, _, _) =
            area("Очерк, составленный Д. И. Боголеем, Н. В. Сумцовым. Харьков, 1906");
        assert_eq!(t.main, "Очерк, составленный Д. И. Боголеем, Н. В. Сумцовым");
        let (t, _, _) = area("Кодекс : текст на 15 янв. 1999 г.. - М. : Проспект, 1999");
        assert_eq!(t.other, ["текст на 15 янв. 1999 г."]);
    }

    #[test]
    fn responsibility_medium_and_other_information() {
        let (t, resp, _) = area(
            "Алгебра [Электронный ресурс]: учебное пособие/ Сикорская Г.А.— Саратов, 2020",
        );
        assert_eq!(
            (t.main.as_str(), t.other.as_slice()),
            ("Алгебра", &["учебное пособие".to_owned()][..])
        );
        assert_eq!(resp.as_deref(), Some("Сикорская Г.А."));
        let (t, resp, _) = area(
            "«Дипломатический словарь» под ред. А. А. Громыко в 3-х томах, М., 1985",
        );
        assert_eq!(t.main, "«Дипломатический словарь»");
        assert_eq!(resp.as_deref(), Some("под ред. А. А. Громыко"));
        assert_eq!(
            split_title("Вестник УГАТУ = Vestnik UGATU").parallel,
            ["Vestnik UGATU"]
        );
        assert_eq!(
            split_title("Право: современные тенденции : материалы").main,
            "Право: современные тенденции"
        );
    }

    #[test]
    fn a_journal_named_without_double_slash_ends_the_title() {
        let (t, _, rest) = area("Применение антисептиков. Вестник ОХиТА. 2021. №1 (02).");
        assert_eq!(t.main, "Применение антисептиков");
        assert!(rest.starts_with(". Вестник ОХиТА"));
    }
}
