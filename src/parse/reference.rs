//! The area grammar of one reference: heading, title area, statement of
//! responsibility, the areas after the title, `//` and the host, archival ciphers and
//! law gazettes, and the kind of document.

use super::cursor::Ctx;
use super::elements::{Elem, MissingWhat, chunk_end, element, is_dash_sep};
use super::extract::{extract, is_note};
use super::lexer::TokenKind::*;
use super::names;
use super::respons::responsibility;
use super::special::{archive, classify, gazette};
use super::words::{LAW_WORDS, Loc};
use crate::lang::detect_language;
use crate::{Element, Kind, Name, Numbering, PartialDate, Source, Title};

/// What the grammar made of one normalised reference.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub(crate) source: Source,
    /// Recognised elements (normalised byte spans).
    pub(crate) spans: Vec<(Element, usize, usize)>,
    /// Text assigned to nothing (normalised byte spans).
    pub(crate) unparsed: Vec<(usize, usize)>,
}

/// Parses one normalised reference.
pub(crate) fn parse(t: &str) -> Parsed {
    let mut cx = Ctx::new(t);
    let mut src = Source::default();
    let mut end = cx.len();
    while end > 0
        && (cx.is_filler(end - 1) || cx.is(end - 1, Other) && cx.tx(end - 1) != "?")
    {
        end -= 1;
    }
    extract(&mut cx, &mut src);
    let mut own = Numbering::default();
    let mut journal = false;
    if !archive(&mut cx, &mut src, end) && !gazette(&mut cx, &mut src, end, &mut own) {
        journal = general(&mut cx, &mut src, end, &mut own);
    }
    merge_numbering(&mut src.numbering, own);
    if src.kind != Kind::Law {
        src.kind = classify(&src, journal);
    }
    let mut lang_text = src.title.main.clone();
    for o in &src.title.other {
        lang_text.push(' ');
        lang_text.push_str(o);
    }
    if let Some(h) = &src.host {
        lang_text.push(' ');
        lang_text.push_str(&h.title.main);
    }
    src.language =
        Some(detect_language(if lang_text.is_empty() { t } else { &lang_text }));
    let unparsed = unparsed_runs(&cx, end);
    Parsed { source: src, spans: cx.spans, unparsed }
}

fn merge_numbering(into: &mut Numbering, from: Numbering) {
    let pairs = [
        (&mut into.volume, from.volume),
        (&mut into.volume_title, from.volume_title),
        (&mut into.volumes, from.volumes),
        (&mut into.part, from.part),
        (&mut into.book, from.book),
        (&mut into.issue, from.issue),
        (&mut into.chapter, from.chapter),
        (&mut into.pages, from.pages),
        (&mut into.section, from.section),
    ];
    for (slot, v) in pairs {
        if slot.is_none() {
            *slot = v;
        }
    }
}

/// Runs of tokens that no element claimed.
fn unparsed_runs(cx: &Ctx<'_>, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < end {
        if cx.used[i] || cx.is_filler(i) || cx.is(i, Quote) {
            i += 1;
            continue;
        }
        let s = i;
        while i < end && !cx.used[i] && (cx.is(i, Space) || !cx.is_filler(i)) {
            i += 1;
        }
        let mut e = i;
        while e > s && cx.is(e - 1, Space) {
            e -= 1;
        }
        out.push((cx.start(s), cx.toks[e - 1].end));
    }
    out
}

/// The title area starting at `i`: where it ends and what it holds.
#[derive(Debug, Default)]
pub(crate) struct TitleArea {
    pub(crate) title: Title,
    medium: Option<String>,
    /// Token range of the statement of responsibility after ` / `.
    resp: Option<(usize, usize)>,
    pub(crate) next: usize,
}

/// Whether token `i` is a ` / ` that opens a statement of responsibility.
fn is_resp_slash(cx: &Ctx<'_>, i: usize) -> bool {
    cx.is(i, Slash)
        && !(cx.is(i.wrapping_sub(1), Number) && cx.is(i + 1, Number))
        && (cx.is(i.wrapping_sub(1), Space)
            || cx.is(i + 1, Space)
            || cx.is(i.wrapping_sub(1), Quote)
            || cx.is(i + 1, Word)
                && cx
                    .word(i + 1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)))
}

/// The index after the separators at `i` (spaces, periods, dashes, commas).
fn after_seps(cx: &Ctx<'_>, mut i: usize, end: usize) -> usize {
    while i < end && matches!(cx.kind(i), Some(Space | Period | Dash | Comma | Colon)) {
        i += 1;
    }
    i
}

/// Whether an element at `n` ends the title when it follows the separator at `sep`.
fn ends_title(cx: &Ctx<'_>, sep: usize, n: usize, end: usize) -> bool {
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
            Elem::Thesis(_) | Elem::Volumes(_) | Elem::Medium(_) | Elem::Edition(_),
        ) => true,
        (Some(Colon), _) => false,
        (Some(Comma), Elem::Thesis(_)) => true,
        (Some(Comma), Elem::Date(d)) => d.start.day.is_some() && cx.archival,
        (Some(Comma), Elem::Imprint(p, _)) => {
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
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 3
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
fn thesis_author(
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
fn period_is_boundary(cx: &Ctx<'_>, j: usize) -> bool {
    let spaced = cx.is(j + 1, Space) || cx.is(j + 1, Dash);
    let glued_city = cx.is(j + 1, Word) && super::elements::element(cx, j + 1, cx.len(), true).is_some_and(|(e, _)| matches!(e, Elem::Imprint(ref p, _) if p.first().is_some_and(|p| p.written.is_some())));
    if !spaced && !glued_city {
        return false;
    }
    if let Some(w) = cx.word(j.wrapping_sub(1)) {
        let mut cs = w.chars();
        let initial = cs.next().is_some_and(char::is_uppercase)
            && w.chars().count() <= 2
            && cs.all(char::is_lowercase);
        if initial && !cx.is(j.wrapping_sub(2), Word) {
            return false;
        }
        // `от 28 июля 2002 г. № 60н`: the number of an act.
        if w == "г" && cx.tx(cx.skip_space(j + 1)) == "№" {
            return false;
        }
        if super::words::month(w).is_some()
            && w.chars().count() <= 5
            && cx.number(cx.skip_space(j + 1)).is_some_and(|y| y.len() == 4)
        {
            return false;
        }
    }
    true
}

/// Reads a title area from `i`.
pub(crate) fn title_area(cx: &Ctx<'_>, i: usize, end: usize) -> TitleArea {
    let mut area = TitleArea::default();
    // `М., 1945`: an imprint where the title should be.
    if let Some((Elem::Imprint(p, _), _)) = element(cx, i, end, true) {
        if p.first().is_some_and(|p| p.written.is_some()) {
            area.next = i;
            return area;
        }
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
                let e = resp_end(cx, j + 1, end);
                area.resp = Some((j + 1, e));
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
                    Some(Period) => period_is_boundary(cx, j),
                    Some(Dash) => {
                        is_dash_sep(cx, j)
                            && (cx.is(j + 1, Space) || cx.is(j + 1, Number))
                    }
                    _ => cx.is(j + 1, Space),
                };
                if is_sep && ends_title(cx, j, after_seps(cx, j, end), end) {
                    stop = j;
                    break;
                }
            }
            _ => {}
        }
        j += 1;
    }
    if j >= end {
        stop = stop.min(end);
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
fn split_title(text: &str) -> Title {
    let (text, parallel) = match text.find(" = ") {
        Some(k) => (&text[..k], vec![text[k + 3..].trim().to_owned()]),
        None => (text, Vec::new()),
    };
    let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count() * 2
        > text.chars().filter(|c| c.is_alphabetic()).count();
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
    let clean = |s: &str| -> String {
        let s = s.trim().trim_end_matches([',', ';', '/', ':', ' ']).trim();
        // A final period ends the area unless it ends an abbreviation (`гг.`, `соч.`).
        match s.strip_suffix('.') {
            Some(p)
                if !p.ends_with('.')
                    && p.rsplit(|c: char| !c.is_alphabetic()).next().is_some_and(
                        |w| {
                            w.chars().count() > 4
                                || w.chars().next().is_some_and(char::is_uppercase)
                                    && w.chars().count() > 2
                        },
                    ) =>
            {
                p.trim().to_owned()
            }
            _ => s.to_owned(),
        }
    };
    let mut it = parts.into_iter().map(clean).filter(|s| !s.is_empty());
    let main = it.next().unwrap_or_default();
    Title { main, other: it.collect(), parallel, ..Title::default() }
}

/// The end of a statement of responsibility that starts at `i`.
fn resp_end(cx: &Ctx<'_>, i: usize, end: usize) -> usize {
    let mut depth = 0i32;
    let mut j = i;
    while j < end {
        if cx.used[j] || cx.is(j, DoubleSlash) {
            return j;
        }
        match cx.kind(j) {
            Some(LParen | LBracket) => depth += 1,
            Some(RParen | RBracket) => depth = (depth - 1).max(0),
            Some(Dash)
                if depth == 0
                    && is_dash_sep(cx, j)
                    && (cx.is(j - 1, Period)
                        || cx.is(j - 1, Space) && cx.is(j + 1, Space)) =>
            {
                return j;
            }
            Some(Period) if depth == 0 && period_is_boundary(cx, j) => {
                let n = after_seps(cx, j, end);
                if n >= end || cx.is(n, LBracket) || ends_title(cx, j, n, end) {
                    return j;
                }
            }
            Some(Comma) if depth == 0 && cx.is(j + 1, Space) => {
                let n = cx.skip_space(j + 1);
                if matches!(
                    element(cx, n, end, true),
                    Some((Elem::Imprint(..) | Elem::Volumes(_), _))
                ) {
                    return j;
                }
            }
            Some(Space)
                if depth == 0
                    && matches!(cx.word(j + 1), Some("в" | "В"))
                    && matches!(
                        element(cx, j + 1, end, true),
                        Some((Elem::Volumes(_), _))
                    ) =>
            {
                return j;
            }
            _ => {}
        }
        j += 1;
    }
    end
}

/// Everything after the title area, element by element.
#[derive(Debug, Default)]
pub(crate) struct Tail {
    found: Vec<(Elem, usize, usize)>,
    /// Chunks no element recognised (token ranges).
    unknown: Vec<(usize, usize)>,
    /// Statements of responsibility found after other areas (`: В 2-х т. / Гл. ред. …`).
    resp: Vec<(usize, usize)>,
}

pub(crate) fn read_tail(cx: &mut Ctx<'_>, mut i: usize, end: usize) -> Tail {
    let mut tail = Tail::default();
    while i < end {
        if cx.used[i] || cx.is_filler(i) || cx.is(i, Ellipsis) {
            i += 1;
            continue;
        }
        let series_ok = tail.found.last().is_some_and(|(e, ..)| {
            matches!(
                e,
                Elem::Imprint(..) | Elem::Date(_) | Elem::Extent(_) | Elem::Loc(..)
            )
        });
        let after_thesis =
            tail.found.last().is_some_and(|(e, ..)| matches!(e, Elem::Thesis(_)));
        let found =
            super::elements::element_with(cx, i, end, false, series_ok).or_else(|| {
                // `дис. … канд. хим. наук, Новосибирск`: a place after a dissertation.
                after_thesis
                    .then(|| super::imprint::imprint(cx, i, end, false))
                    .flatten()
                    .filter(|(_, e)| {
                        cx.text(i, *e).split_whitespace().count() == 1
                            && !(cx.is(*e, Space) && cx.is(*e + 1, Word))
                    })
            });
        if let Some((el, e)) = found {
            let kind = match &el {
                Elem::Imprint(..) => Element::Place,
                Elem::Date(_) | Elem::DayMonth(..) => Element::Date,
                Elem::Loc(Loc::Pages, ..) | Elem::Extent(_) => Element::Pages,
                Elem::Loc(..) | Elem::Volumes(_) | Elem::Parts(_) => Element::Numbering,
                Elem::Edition(_) => Element::Edition,
                Elem::Series(_) => Element::Series,
                Elem::Medium(_) => Element::Medium,
                Elem::Thesis(_) => Element::Thesis,
                Elem::Missing(..) => Element::Missing,
            };
            cx.mark(kind, i, e);
            tail.found.push((el, i, e));
            i = e.max(i + 1);
            continue;
        }
        let mut e = if cx.is(i, Slash) {
            resp_end(cx, i + 1, end)
        } else {
            chunk_end(cx, i, end).max(i + 1)
        };
        if is_note(cx, i) && cx.is(after_seps_no_colon(cx, e, end), Colon) {
            // `Бібліогр. : с. 448-452`
            while e < end && !cx.used[e] && !is_dash_sep(cx, e) {
                e += 1;
            }
        }
        if cx.is(i, Slash) {
            cx.mark(Element::Responsibility, i, e);
            tail.resp.push((i + 1, e));
            i = e;
            continue;
        }
        if is_note(cx, i) {
            cx.mark(Element::Note, i, e);
        }
        tail.unknown.push((i, e));
        i = e;
    }
    tail
}

fn after_seps_no_colon(cx: &Ctx<'_>, mut i: usize, end: usize) -> usize {
    while i < end && matches!(cx.kind(i), Some(Space | Period)) {
        i += 1;
    }
    i
}

/// Applies tail elements: volume/issue/part to `level`, pages/chapter/section to `own`.
pub(crate) fn apply_tail(
    cx: &Ctx<'_>,
    tail: &Tail,
    level: &mut Source,
    own: &mut Numbering,
) {
    for (el, _, _) in &tail.found {
        match el.clone() {
            Elem::Missing(MissingWhat::Date, m) => level.date_missing = Some(m),
            Elem::Missing(MissingWhat::Place, m) => level.place_missing = Some(m),
            Elem::Missing(MissingWhat::Publisher, m) => level.publisher_missing = Some(m),
            Elem::Parts(p) => level.notes.push(p),
            Elem::Volumes(v) => {
                level.numbering.volumes = level.numbering.volumes.take().or(Some(v))
            }
            Elem::Loc(loc, v, x) => {
                let n = &mut level.numbering;
                let slot = match loc {
                    Loc::Volume => &mut n.volume,
                    Loc::Part => &mut n.part,
                    Loc::Book => &mut n.book,
                    Loc::Issue => &mut n.issue,
                    Loc::Chapter => &mut own.chapter,
                    Loc::Pages => &mut own.pages,
                    Loc::Section => &mut own.section,
                };
                if slot.is_none() {
                    *slot = Some(v);
                }
                if let Some(p) = x.part {
                    level.numbering.part.get_or_insert(p);
                }
                if let Some(t) = x.title {
                    level.numbering.volume_title.get_or_insert(t);
                }
                if let Some((d, m)) = x.day_month {
                    set_day_month(level, d, m);
                }
            }
            Elem::Edition(e) => level.edition = level.edition.take().or(Some(e)),
            Elem::Extent(e) => level.extent = level.extent.take().or(Some(e)),
            Elem::Date(d) => {
                if level.date.is_none() {
                    level.date = Some(d);
                } else if let Some(old) = level
                    .date
                    .as_mut()
                    .filter(|o| o.start.month.is_none() && d.start.year == o.start.year)
                {
                    *old = d;
                }
            }
            Elem::DayMonth(d, m) => set_day_month(level, d, m),
            Elem::Imprint(places, pubs) => {
                if level.places.is_empty() {
                    level.places = places;
                }
                if level.publishers.is_empty() {
                    level.publishers = pubs;
                }
            }
            Elem::Series(s) => level.series.push(s),
            Elem::Medium(m) => level.medium = level.medium.take().or(Some(m)),
            Elem::Thesis(t) => level.thesis = level.thesis.take().or(Some(t)),
        }
    }
    for &(a, b) in &tail.resp {
        apply_resp(level, cx.text(a, b));
    }
    for &(a, b) in &tail.unknown {
        if is_note(cx, a) {
            level.notes.push(cx.text(a, b).to_owned());
        }
    }
}

fn set_day_month(level: &mut Source, d: u8, m: u8) {
    if let Some(date) =
        level.date.as_mut().filter(|x| x.start.month.is_none() && x.end.is_none())
    {
        date.start = PartialDate::ymd(date.start.year, m, d);
    }
}

/// Whether the reference has a medium or URL: a Latin `Family Given.` heading is then
/// unlikely (`Segment Anything. Research by Meta AI`).
fn is_electronic(cx: &Ctx<'_>, src: &Source) -> bool {
    src.url.is_some()
        || (0..cx.len()).any(|i| {
            cx.is(i, LBracket) && super::elements::medium(cx, i, cx.len()).is_some()
        })
}

/// `Президиум Верховного Совета СССР. Указ от …`: an organisation heading a law.
fn organization_heading(cx: &Ctx<'_>, end: usize) -> Option<(String, usize)> {
    let k = (0..end.min(40)).find(|&k| cx.is(k, Period) && cx.is(k + 1, Space))?;
    let n = cx.skip_space(k + 1);
    let w = cx.word(n)?.to_lowercase();
    let law = LAW_WORDS.iter().any(|l| !l.contains(' ') && *l == w) && w != "устав";
    let words = (0..k).filter(|&i| cx.is(i, Word)).count();
    (law && words >= 2 && (0..k).all(|i| !cx.is(i, Period)))
        .then(|| (cx.text(0, k).to_owned(), n))
}

/// Whether tail elements name a journal issue (`№ 5` with a year) and no imprint.
fn journal_tail(tail: &Tail) -> bool {
    let issue = tail
        .found
        .iter()
        .any(|(e, ..)| matches!(e, Elem::Loc(Loc::Issue, _, x) if x.numbered));
    let dated = tail.found.iter().any(|(e, ..)| matches!(e, Elem::Date(_)));
    let imprint = tail.found.iter().any(|(e, ..)| matches!(e, Elem::Imprint(..)));
    (issue || dated) && !imprint
}

/// A reference with a title, possibly a heading, responsibility and a `//` host.
fn general(cx: &mut Ctx<'_>, src: &mut Source, end: usize, own: &mut Numbering) -> bool {
    let slash = (0..end).find(|&i| cx.is(i, DoubleSlash) && !cx.used[i]);
    cx.has_host = slash.is_some();
    let part_end = slash.unwrap_or(end);
    let latin = !is_electronic(cx, src);
    let (people, start) = match organization_heading(cx, part_end) {
        Some((org, start)) => {
            src.authors.push(Name::Organization(org));
            cx.mark(Element::Name, 0, start);
            (Vec::new(), start)
        }
        None => names::heading(cx, 0, part_end, latin),
    };
    if !people.is_empty() {
        cx.mark(Element::Name, 0, start);
    }
    src.authors.extend(people.into_iter().map(Name::Person));
    let area = title_area(cx, start, part_end);
    cx.mark(Element::Title, start, area.resp.map_or(area.next, |r| r.0 - 1));
    src.title = area.title;
    src.medium = src.medium.take().or(area.medium);
    let mut resp_host = None;
    if let Some((a, b)) = area.resp {
        let r = responsibility(cx.text(a, b));
        let said_nothing = r.authors.is_empty() && r.contributors.is_empty();
        apply_resp(src, cx.text(a, b));
        if said_nothing && slash.is_none() && !cx.text(a, b).contains('.') {
            resp_host = Some((a, b));
        }
        cx.mark(Element::Responsibility, a - 1, b);
    }
    let mut next = area.next;
    if src.authors.is_empty() {
        let n = after_seps(cx, next, part_end);
        if let Some((people, e)) = thesis_author(cx, n, part_end) {
            cx.mark(Element::Name, n, e);
            src.authors.extend(people.into_iter().map(Name::Person));
            next = e;
        }
    }
    let tail = read_tail(cx, next, part_end);
    let mut journal = journal_tail(&tail);
    if slash.is_none() && journal {
        // `Title / Journal. - № 6, 2007` or `Title. Journal. 2021. № 1`: the host is
        // named without `//`.
        let first_unknown = tail.unknown.first().filter(|&&(a, b)| {
            tail.found.iter().all(|(_, s, _)| *s > a)
                && !is_note(cx, a)
                && cx.text(a, b).chars().filter(|c| c.is_alphabetic()).count() >= 4
        });
        let host_title =
            resp_host.or_else(|| first_unknown.copied().filter(|_| resp_host.is_none()));
        // `Вестник … Центра им. Н. И. Пирогова. 2020. №2`: every unread chunk before
        // the first element belongs to the journal's title.
        let first_found = tail.found.iter().map(|(_, s, _)| *s).min().unwrap_or(end);
        let host_title = host_title.map(|(a, b)| {
            let last = tail
                .unknown
                .iter()
                .filter(|(s, _)| *s >= a && *s < first_found)
                .map(|(_, e)| *e)
                .max();
            if resp_host.is_some() { (a, b) } else { (a, last.unwrap_or(b)) }
        });
        if let Some((a, b)) = host_title {
            let mut host =
                Source { title: split_title(cx.text(a, b)), ..Source::default() };
            if resp_host.is_some() {
                src.responsibility = None;
            }
            cx.mark(Element::Host, a, b);
            apply_tail(cx, &tail, &mut host, own);
            host.kind = Kind::Periodical;
            src.host = Some(Box::new(host));
            return true;
        }
    }
    let whole_issue = tail.found.iter().any(|(e, ..)| match e {
        Elem::Loc(Loc::Issue, _, x) => x.numbered,
        Elem::Date(d) => d.start.day.is_some(),
        _ => false,
    });
    if slash.is_none()
        && journal
        && whole_issue
        && src.authors.is_empty()
        && area.resp.is_none()
        && src.title.other.is_empty()
    {
        // `Союзная мысль. - 1917. - 7 сентября. - № 140`: an issue of a periodical
        // cited as a whole; its title is the container's.
        let mut host =
            Source { title: std::mem::take(&mut src.title), ..Source::default() };
        apply_tail(cx, &tail, &mut host, own);
        host.kind = Kind::Periodical;
        src.host = Some(Box::new(host));
        return true;
    }
    apply_tail(cx, &tail, src, own);
    if let Some(s) = slash {
        cx.mark(Element::Punctuation, s, s + 1);
        let mut host = Source::default();
        let h = title_area(cx, s + 1, end);
        cx.mark(Element::Host, s + 1, h.resp.map_or(h.next, |r| r.0 - 1));
        host.title = h.title;
        host.medium = h.medium;
        if let Some((a, b)) = h.resp {
            cx.mark(Element::Responsibility, a - 1, b);
            apply_resp(&mut host, cx.text(a, b));
        }
        let tail = read_tail(cx, h.next, end);
        journal = tail
            .found
            .iter()
            .any(|(e, ..)| matches!(e, Elem::Loc(Loc::Issue, _, x) if x.numbered));
        apply_tail(cx, &tail, &mut host, own);
        host.kind = classify(&host, false);
        src.host = Some(Box::new(host));
    }
    journal
}

/// Adds the names of a statement of responsibility to a source.
fn apply_resp(src: &mut Source, text: &str) {
    src.responsibility = Some(text.to_owned());
    let r = responsibility(text);
    let has_heading = !src.authors.is_empty();
    for p in r.authors {
        let dup = src
            .authors
            .iter()
            .any(|a| matches!(a, Name::Person(q) if same_person(q, &p)));
        if !dup {
            src.authors.push(Name::Person(p));
        }
    }
    if !has_heading && src.authors.is_empty() {
        if let Some(org) = r.organization {
            src.authors.push(Name::Organization(org));
        }
    }
    src.authors_et_al |= r.et_al;
    src.contributors.extend(r.contributors);
}

fn same_person(a: &crate::Person, b: &crate::Person) -> bool {
    let first = |p: &crate::Person| {
        p.initials.as_deref().or(p.given.as_deref()).and_then(|s| s.chars().next())
    };
    a.family == b.family
        && match (&a.initials, &b.initials) {
            (Some(x), Some(y)) => x.replace(' ', "") == y.replace(' ', ""),
            _ => first(a) == first(b) || first(a).is_none() || first(b).is_none(),
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    fn year(y: i32) -> Option<Date> {
        Some(Date::year(y))
    }

    fn p(s: &str) -> Source {
        parse(s).source
    }

    #[test]
    fn seed_chapter_in_volume() {
        let s = p(
            "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11",
        );
        assert_eq!(s.kind, Kind::Chapter);
        assert_eq!(s.title.main, "Признание СССР Францией");
        let h = s.host.as_deref().unwrap();
        assert_eq!(h.title.main, "История дипломатии");
        assert_eq!(h.numbering.volume.as_deref(), Some("3"));
        assert_eq!(
            h.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["Москва", "Ленинград"]
        );
        assert_eq!(h.date, year(1945));
        assert_eq!(s.numbering.chapter.as_deref(), Some("11"));
    }

    #[test]
    fn short_form_book() {
        let s = p("Ясные дали. Повести и рассказы. М., 1971");
        assert_eq!(s.title.main, "Ясные дали. Повести и рассказы");
        assert_eq!(s.places[0].name, "Москва");
        assert_eq!(s.date, year(1971));
    }

    #[test]
    fn full_form_book() {
        let s = p(
            "Артеменко В.Г., Беллендир М.В. Финансовый анализ: Учебное пособие. - 2-е изд., перераб. и доп. - М.: Издательство «Дело и сервис»; Новосибирск: Издательский дом «Сибирское соглашение», 2008. - 160 с.",
        );
        assert_eq!(s.authors.len(), 2);
        assert_eq!(s.title.main, "Финансовый анализ");
        assert_eq!(s.title.other, ["Учебное пособие"]);
        assert_eq!(s.edition.as_deref(), Some("2-е изд., перераб. и доп."));
        assert_eq!(s.places.len(), 2);
        assert_eq!(s.publishers.len(), 2);
        assert_eq!(s.extent.as_deref(), Some("160 с."));
        assert_eq!(s.date, year(2008));
    }

    #[test]
    fn newspaper_article() {
        let s = p(
            "Егорова, Л. Не прошло и полгода... / Л. Егорова // Кузбасс. - 2001. - 24 янв. - С. 1.",
        );
        assert_eq!(s.kind, Kind::NewspaperArticle);
        assert_eq!(s.authors.len(), 1);
        assert_eq!(
            s.host.as_ref().unwrap().date,
            Some(Date::new(PartialDate::ymd(2001, 1, 24)))
        );
        assert_eq!(s.numbering.pages.as_deref(), Some("1"));
    }

    #[test]
    fn archive_and_gazette() {
        let s = p("РГАСПИ. Ф. 17. Оп.163. Д. 1323. Л. 57");
        assert_eq!(s.kind, Kind::Archival);
        let a = s.archive.unwrap();
        assert_eq!(
            (a.repository.as_str(), a.location.as_deref()),
            ("РГАСПИ", Some("Ф. 17. Оп.163. Д. 1323. Л. 57"))
        );
        assert_eq!(a.fond.as_deref(), Some("17"));
        let s = p("СЗ РФ. 1994. № 32. Ст. 3301.");
        assert_eq!(s.kind, Kind::Law);
        let h = s.host.unwrap();
        assert_eq!(
            (h.title.main.as_str(), h.numbering.issue.as_deref()),
            ("СЗ РФ", Some("32"))
        );
        assert_eq!(s.numbering.section.as_deref(), Some("3301"));
    }

    #[test]
    fn thesis_and_web() {
        let s = p(
            "Оборнева И.В. Автоматизированная оценка сложности учебных текстов на основе статистических параметров: дис. … канд. пед. наук. М., 2006.",
        );
        assert_eq!(s.kind, Kind::Thesis);
        assert_eq!(s.thesis.unwrap().degree, "дис. … канд. пед. наук");
        let s = p(
            "Вятский государственный университет [Электронный ресурс]. URL:<https://new.vyatsu.ru> (Дата обращения: 01.03.2022).",
        );
        assert_eq!(s.kind, Kind::WebPage);
        assert_eq!(s.title.main, "Вятский государственный университет");
        assert_eq!(s.medium.as_deref(), Some("Электронный ресурс"));
    }
}
