//! The area grammar of one reference: heading, title area, statement of
//! responsibility, the areas after the title, `//` and the host, archival ciphers and
//! law gazettes, and the kind of document.

use super::cursor::Ctx;
use super::elements::{Elem, MissingWhat, chunk_end, is_dash_sep};
use super::extract::{extract, is_note};
use super::finish::{merge_numbering, trim_separators, unparsed_runs};
use super::lexer::TokenKind::*;
use super::names;
use super::respons::responsibility;
use super::special::{archive, classify, gazette};
use super::title::{
    after_seps, is_resp_slash, resp_end, skip_slashes, split_title, strip_spaced_period,
    thesis_author, title_area,
};
use super::words::{LAW_WORDS, Loc};
use crate::lang::chars::{is_alpha, is_upper, to_lower};
use crate::lang::detect_language;
use crate::{Element, Kind, Name, Numbering, PartialDate, Source};

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
    while end > 0 && cx.is_filler(end - 1) {
        end -= 1;
    }
    extract(&mut cx, &mut src);
    let mut own = Numbering::default();
    let mut journal = false;
    if !archive(&mut cx, &mut src, end) && !gazette(&mut cx, &mut src, end, &mut own) {
        journal = general(&mut cx, &mut src, end, &mut own);
    }
    merge_numbering(&mut src.numbering, own);
    trim_separators(&mut src);
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
                        let k = if cx.is(*e, Period) { *e + 1 } else { *e };
                        // `…, Новосибирск. С. 129`: a locator may follow the place.
                        cx.text(i, *e).split_whitespace().count() == 1
                            && !(cx.is(k, Space)
                                && cx.is(k + 1, Word)
                                && super::elements::locator(cx, k + 1, end).is_none())
                    })
                    .or_else(|| after_thesis.then(|| institution(cx, i, end)).flatten())
            });
        if let Some((el, e)) = found {
            let kind = match &el {
                Elem::Imprint(..) => Element::Place,
                Elem::Institution(_) => Element::Thesis,
                Elem::Date(_) | Elem::DayMonth(..) => Element::Date,
                Elem::Loc(Loc::Pages, ..) | Elem::Extent(_) => Element::Pages,
                Elem::Loc(..) | Elem::Volumes(..) | Elem::Parts(_) => Element::Numbering,
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
            resp_end(cx, skip_slashes(cx, i + 1), end)
        } else {
            chunk_end(cx, i, end).max(i + 1)
        };
        if is_note(cx, i) {
            // `Электрон. текстовые данные`: abbreviations inside a note.
            e = super::extract::note_end(cx, i, end).max(e);
        }
        if is_note(cx, i) && cx.is(after_seps_no_colon(cx, e, end), Colon) {
            // `Бібліогр. : с. 448-452`
            while e < end && !cx.used[e] && !is_dash_sep(cx, e) {
                e += 1;
            }
        }
        if cx.is(i, Slash) && !says_nothing(cx, i + 1, e) {
            cx.mark(Element::Responsibility, i, e);
            tail.resp.push((skip_slashes(cx, i + 1).min(e), e));
            i = e;
            continue;
        }
        if is_note(cx, i) {
            cx.mark(Element::Note, i, e);
        }
        tail.unknown.push((i, e));
        i = e;
    }
    attach_volume_titles(cx, &mut tail);
    tail
}

/// `Т. 1. А-К. С. 174.`, `Т. 7 : Человек`: text no element claimed, right after a
/// volume that has no title yet, is that volume's own title (up to the next element).
fn attach_volume_titles(cx: &mut Ctx<'_>, tail: &mut Tail) {
    let mut taken_dates = Vec::new();
    for k in 0..tail.found.len() {
        let (Elem::Loc(Loc::Volume, _, x), _, volume_end) = &tail.found[k] else {
            continue;
        };
        if x.title.is_some() {
            continue;
        }
        // `1998. Vol. 2: 1928—1960`: a second date right after the volume, when the
        // year of publication came before it, is the volume's title (the short form
        // writes it `Vol. 2. 1928—1960.`).
        if let Some(&(Elem::Date(_), a, b)) = tail.found.get(k + 1) {
            let dated = tail.found[..k].iter().any(|(e, ..)| matches!(e, Elem::Date(_)));
            let only_separators = (*volume_end..a)
                .all(|t| matches!(cx.kind(t), Some(Space | Period | Colon)));
            if dated && only_separators {
                let title = cx.text(a, b).trim_end_matches(['.', ' ']).to_owned();
                cx.mark(Element::Numbering, a, b);
                taken_dates.push(k + 1);
                if let (Elem::Loc(_, _, x), ..) = &mut tail.found[k] {
                    x.title = Some(title);
                }
                continue;
            }
        }
        let next = tail.found.get(k + 1).map_or(usize::MAX, |f| f.1);
        let (mut pos, mut taken) = (*volume_end, Vec::new());
        for (u, &(a, b)) in tail.unknown.iter().enumerate() {
            if a < pos {
                continue;
            }
            // `Т. 2. Стихотворения, поэмы, письма.`: commas and semicolons join the
            // chunks of one title, as they do after `Т. 2:`.
            let only_separators = (pos..a).all(|t| {
                matches!(cx.kind(t), Some(Space | Period | Colon | Comma | Semicolon))
            });
            if a >= next || !only_separators || is_note(cx, a) || cx.is(a, Slash) {
                break;
            }
            taken.push(u);
            pos = b;
        }
        let (Some(&first), Some(&last)) = (taken.first(), taken.last()) else {
            continue;
        };
        let (a, b) = (tail.unknown[first].0, tail.unknown[last].1);
        let title = cx.text(a, b).trim_end_matches(['.', ' ']).to_owned();
        // `Vol. 6. B`: a title that, written with its period (`B.`), is a city's
        // abbreviation stays unread.
        if title.is_empty() || crate::lang::expand_city(&format!("{title}.")).is_some() {
            continue;
        }
        cx.mark(Element::Numbering, a, b);
        if let (Elem::Loc(_, _, x), ..) = &mut tail.found[k] {
            x.title = Some(title);
        }
        tail.unknown.drain(first..=last);
    }
    for k in taken_dates.into_iter().rev() {
        tail.found.remove(k);
    }
}

/// `… наук. Институт водных проблем РАН, Москва, 2016`: the institution after a
/// dissertation statement, up to an area dash or the place and year.
fn institution(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Elem, usize)> {
    if !cx.word(i).is_some_and(|w| w.chars().next().is_some_and(is_upper)) {
        return None;
    }
    let mut e = i;
    while e < end
        && !cx.used[e]
        && !is_dash_sep(cx, e)
        && !cx.is(e, Slash)
        && !cx.is(e, DoubleSlash)
    {
        if cx.is(e, Comma)
            && super::imprint::imprint(cx, cx.skip_space(e + 1), end, true).is_some()
        {
            break;
        }
        // `Новосиб. гос. ун-т. С. 129`: a locator ends the institution's name.
        if cx.is(e, Period)
            && cx.is(e + 1, Space)
            && super::elements::locator(cx, e + 2, end).is_some()
        {
            break;
        }
        e += 1;
    }
    let name = cx.text(i, e).trim_end_matches(['.', ',', ' ']);
    (!name.is_empty()).then(|| (Elem::Institution(name.to_owned()), e))
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
            Elem::Institution(name) => {
                if let Some(t) = level.thesis.as_mut().filter(|t| t.institution.is_none())
                {
                    t.institution = Some(name);
                }
            }
            Elem::Volumes(v, books) => {
                let n = &mut level.numbering;
                if n.volumes.is_none() {
                    n.volumes = Some(v);
                    n.volumes_in_books = books;
                }
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
            Elem::Imprint(places, pubs, groups) => {
                if level.places.is_empty() && level.publishers.is_empty() {
                    level.publisher_places = groups;
                }
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
    let w = to_lower(cx.word(n)?);
    let law = LAW_WORDS.iter().any(|l| !l.contains(' ') && *l == w) && w != "устав";
    let words = (0..k).filter(|&i| cx.is(i, Word)).count();
    (law && words >= 2 && (0..k).all(|i| !cx.is(i, Period)))
        .then(|| (cx.text(0, k).to_owned(), n))
}

/// Whether the elements after the title of a host named after `//` make it a serial,
/// as the same host named without `//` is (`Title / Journal. 1993. Vol. 98`): a
/// numbered issue, or a year and a volume with no imprint. A volume with a title of
/// its own before the year keeps the host a book (`// Собрание. Т. 1: Индустриальный
/// Кузбасс … 2006`); after the year, where a serial writes its volume (`// Журнал.
/// 1993. Т. 98. Спецвыпуск`), it does not.
fn host_is_serial(tail: &Tail) -> bool {
    let (mut dated, mut volume, mut imprint) = (false, false, false);
    for (e, ..) in &tail.found {
        match e {
            Elem::Loc(Loc::Issue, _, x) if x.numbered => return true,
            Elem::Loc(Loc::Volume, _, x) => volume = dated || x.title.is_none(),
            Elem::Date(_) => dated = true,
            Elem::Imprint(..) => imprint = true,
            _ => {}
        }
    }
    dated && volume && !imprint
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
        // `.Дрововозова Т.И. Исследование`, `.:Getty J.`: separators opening the
        // reference are no part of it, as the title area drops them.
        None => {
            let lead = (0..part_end).find(|&k| !cx.is_filler(k)).unwrap_or(0);
            names::heading(cx, lead, part_end, latin)
        }
    };
    // `X.Xmit.`, as `Иванов И.`: a heading with nothing after it is the title.
    let (people, start) = if !people.is_empty()
        && slash.is_none()
        && after_seps(cx, start, part_end) >= part_end
    {
        (Vec::new(), 0)
    } else {
        (people, start)
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
    let heading_len = src.authors.len();
    if let Some((a, b)) = area.resp.filter(|&(a, b)| !says_nothing(cx, a, b)) {
        apply_resp(src, cx.text(a, b));
        if slash.is_none() && may_name_journal(cx, a, b) {
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
    let mut tail = read_tail(cx, next, part_end);
    let mut journal = journal_tail(&tail);
    if slash.is_none() && journal && area.resp.is_none() {
        // `Заглавие. 1993. / Журнал`: the short form writes a statement found after
        // other areas right after the title, where it names the journal.
        if let Some(&(a, b)) =
            tail.resp.first().filter(|r| may_name_journal(cx, r.0, r.1))
        {
            tail.resp.remove(0);
            resp_host = Some((a, b));
        }
    }
    if slash.is_none() && journal {
        // `Title / Journal. - № 6, 2007` or `Title. Journal. 2021. № 1`: the host is
        // named without `//`.
        let first_unknown = tail.unknown.first().filter(|&&(a, b)| {
            tail.found.iter().all(|(_, s, _)| *s > a)
                && !is_note(cx, a)
                && cx.text(a, b).chars().filter(|&c| is_alpha(c)).count() >= 4
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
        // The short form writes the journal after `//`, where a slash that opens a
        // statement (`Журнал /x`, `Кѽа/DMиз`) would split it: such text names no
        // journal, and stays unread.
        let host_title =
            host_title.filter(|&(a, b)| !(a..b).any(|k| is_resp_slash(cx, k)));
        if let Some((a, b)) = host_title {
            let mut host =
                Source { title: split_title(cx.text(a, b)), ..Source::default() };
            if resp_host.is_some() {
                // The journal's title is no organisation responsible for the article.
                src.responsibility = None;
                src.authors.truncate(heading_len);
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
        let h0 = skip_slashes(cx, s + 1);
        let mut host = Source::default();
        // `// Толстой Л. Н. Собр. соч.`: the host's own heading.
        let (people, title_start) = names::heading(cx, h0, end, false);
        let title_start = if people.is_empty() { h0 } else { title_start };
        if !people.is_empty() {
            cx.mark(Element::Name, cx.skip_space(h0), title_start);
            host.authors.extend(people.into_iter().map(Name::Person));
        }
        let h = title_area(cx, title_start, end);
        // `Статья // URL: …`, `Статья. Л. // .`: a `//` before text, or before which
        // the short form would write the imprint, but no heading and no title,
        // introduces nothing the parser understood; it stays unparsed and is
        // reported. (`Статья // .` alone is a host left out, which the checker names.)
        let untitled = host.authors.is_empty() && h.title.is_empty();
        let moved =
            !src.places.is_empty() || !src.publishers.is_empty() || src.date.is_some();
        if !(untitled && (moved || (h0..end).any(|k| !cx.is_filler(k)))) {
            cx.mark(Element::Punctuation, s, h0);
        }
        cx.mark(Element::Host, title_start, h.resp.map_or(h.next, |r| r.0 - 1));
        host.title = h.title;
        host.medium = h.medium;
        if let Some((a, b)) = h.resp {
            cx.mark(Element::Responsibility, a - 1, b);
            apply_resp(&mut host, cx.text(a, b));
        }
        let tail = read_tail(cx, h.next, end);
        journal = host_is_serial(&tail);
        apply_tail(cx, &tail, &mut host, own);
        host.kind = classify(&host, false);
        src.host = Some(Box::new(host));
    }
    journal
}

/// Whether the statement of responsibility at `a..b` holds text but no letter or digit
/// (`/ ).`): it is not understood, and stays unparsed (reported) rather than a
/// statement of punctuation.
pub(crate) fn says_nothing(cx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let text = cx.text(a, b);
    !text.chars().any(crate::lang::chars::is_alnum)
        && text.chars().any(|c| !matches!(c, ' ' | '.' | ',' | ':' | ';'))
}

/// Whether the statement of responsibility at `a..b` may name the journal of
/// `Title / Journal. 2007. № 6`: it names no person and holds no period, and no slash
/// that a title area reads as opening a statement (` /`, `/ `, `/Заглавие`), which
/// would start the host's own statement once written after `//`.
fn may_name_journal(cx: &Ctx<'_>, a: usize, b: usize) -> bool {
    let r = responsibility(cx.text(a, b));
    cx.text(a, b).chars().any(crate::lang::chars::is_alnum)
        && r.authors.is_empty()
        && r.contributors.is_empty()
        && !cx.text(a, b).contains('.')
        && !(a..b).any(|k| is_resp_slash(cx, k))
}

/// Adds the names of a statement of responsibility to a source.
pub(crate) fn apply_resp(src: &mut Source, text: &str) {
    let text = strip_spaced_period(text);
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

#[cfg(test)]
mod more_tests {
    use super::*;

    fn p(s: &str) -> Source {
        parse(s).source
    }

    #[test]
    fn roman_preliminary_pages_isbn_qualifier_and_names_after_a_dash() {
        let s = p("Правила оформления. М., 2006. II, 43 с.");
        assert_eq!(s.extent.as_deref(), Some("II, 43 с."));
        let s = p("Книга. М., 1990. 200 с. ISBN 0-13-942012-6 (disk).");
        assert_eq!(s.identifiers.isbn, ["0-13-942012-6 (disk)"]);
        let s = p("Программы / программирование — М.И. Беляев, С.М. Беляев. — М., 1990.");
        assert_eq!(
            s.responsibility.as_deref(),
            Some("программирование — М.И. Беляев, С.М. Беляев")
        );
        assert_eq!(s.places.len(), 1);
        // A dash without its period still ends the statement before another area.
        let s = p("Программы / И. И. Иванов — М. : Наука, 1990.");
        assert_eq!(s.responsibility.as_deref(), Some("И. И. Иванов"));
        assert_eq!(s.publishers, ["Наука"]);
    }

    #[test]
    fn journal_without_double_slash_and_whole_issue() {
        let s = p(
            "Соснин Н.В. Компетентностный подход /Высшее образование в России. - № 6, 2007.",
        );
        assert_eq!(s.kind, Kind::Article);
        assert_eq!(s.host.as_ref().unwrap().title.main, "Высшее образование в России");
        let s = p("Союзная мысль. - 1917. - 7 сентября. - № 140. - С. 1.");
        assert_eq!(s.kind, Kind::NewspaperArticle);
        assert!(s.title.is_empty());
        assert_eq!(s.host.as_ref().unwrap().title.main, "Союзная мысль");
    }

    #[test]
    fn thesis_author_after_the_title_and_organisation_heading() {
        let s = p(
            "Функциональная адаптация. Калюжный Е.А. диссертация на соискание ученой степени кандидата биологических наук. Нижний Новгород, 2003г.",
        );
        assert_eq!(s.kind, Kind::Thesis);
        assert!(matches!(&s.authors[0], Name::Person(p) if p.family == "Калюжный"));
        assert_eq!(s.title.main, "Функциональная адаптация");
        let s = p(
            "Президиум Верховного Совета СССР. Указ от 7 сентября 1941 г «Об административном устройстве».",
        );
        assert_eq!(s.kind, Kind::Law);
        assert_eq!(
            s.authors,
            [Name::Organization("Президиум Верховного Совета СССР".into())]
        );
    }

    #[test]
    fn parts_are_a_note_and_responsibility_after_volumes_is_read() {
        let s = p(
            "Большой энцикл. словарь: В 2-х т. / Гл. ред. А.М.Прохоров. – М.: Сов. энциклопедия, 1991",
        );
        assert_eq!(s.numbering.volumes.as_deref(), Some("2"));
        assert_eq!(s.contributors.len(), 1);
        let s = p(
            "Начертательная геометрия: учебное пособие. В 2 частях. Ч.1. — Астрахань, 2019. — 149 c.",
        );
        assert!(s.numbering.volumes.is_none());
        assert_eq!(s.notes, ["В 2 частях"]);
        assert_eq!(s.numbering.part.as_deref(), Some("1"));
    }
}

#[cfg(test)]
mod thesis_tests {
    use super::*;

    #[test]
    fn full_form_with_series_law_in_other_title_and_lettered_fond() {
        let s = parse("Иванов, И. И. Название : учебное пособие / И. И. Иванов. – Санкт-Петербург : Питер, 2019. – 320 с. : ил. – (Серия «Учебник для вузов»). – Текст : непосредственный.").source;
        assert_eq!(s.series[0].title, "Серия «Учебник для вузов»");
        assert_eq!(s.extent.as_deref(), Some("320 с."));
        assert_eq!(s.content_form.as_deref(), Some("Текст : непосредственный"));
        let s = parse("О защите прав потребителей : Закон РФ от 07.02.1992 № 2300-1 // Собрание законодательства РФ. – 1996. – № 3. – Ст. 140.").source;
        assert_eq!(s.kind, Kind::Law);
        assert_eq!(s.numbering.section.as_deref(), Some("140"));
        let s = parse("TsGA SPb. - F. 148. - Op. 1. - D. 151. - L. 210, 222.").source;
        assert_eq!(s.archive.unwrap().repository, "TsGA SPb");
        let s = parse("ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3–5 об.").source;
        let a = s.archive.unwrap();
        assert_eq!((a.repository.as_str(), a.fond.as_deref()), ("ГАРФ", Some("Р-5446")));
        assert_eq!(a.leaves.as_deref(), Some("3–5 об."));
    }

    #[test]
    fn institution_and_place_after_a_dissertation_statement() {
        let s = parse("Калугин А.С., Модель стока, дис. … канд. геогр. наук. Институт водных проблем РАН, Москва, 2016").source;
        let t = s.thesis.unwrap();
        assert_eq!(t.institution.as_deref(), Some("Институт водных проблем РАН"));
        assert_eq!(s.places[0].name, "Москва");
        assert_eq!(s.date.map(|d| d.start.year), Some(2016));
    }
}
