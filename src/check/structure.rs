//! Checks on the parsed source: what the standard requires for its kind and is missing.
//!
//! | kind                                     | required                         |
//! |------------------------------------------|----------------------------------|
//! | book, volume, multi-volume, thesis       | place (`G010`), year (`G014`); publisher in gost-2018 (`G011`) |
//! | chapter, conference paper                | host (`G016`); the host's place and year; pages or another locator (`G015`) |
//! | journal or newspaper article             | host (`G016`); the host's year; pages (`G015`) |
//! | web page or site                         | URL (`G013`)                     |
//! | anything with a URL                      | access date (`G012`)             |
//! | anything                                 | title (`G017`), except archival documents, host-only citations and laws cited by number |
//!
//! A written marker (`Б. м.`, `б. и.`, `Б. г.`) counts as present. A book cited with
//! title and pages only is a repeated reference (7.0.5-2008 §8) and needs no imprint.

use super::text::contains_folded;
use super::{Ctx, Finding};
use crate::gost::Style;
use crate::lang::chars::to_lower;
use crate::{Element, Kind, Source, Span};

pub(super) fn check(ctx: &Ctx<'_>, src: &Source) -> Vec<Finding> {
    let mut out = Vec::new();
    let missing = |out: &mut Vec<Finding>, code: &str, what: String, at: Span| {
        out.push(ctx.finding(code, what, at, None));
    };
    let kind = src.kind;
    // Cited by cipher (archives), by the host alone (`Вопр. философии. 1992. № 10`, a
    // form 7.0.5 allows when the text names the part), or by number in a collection of
    // laws (`СЗ РФ. 2002. № 1. Ст. 3`, `ПСЗ. V. № 3277`): no title needed.
    let host_only = src.authors.is_empty() && src.host.is_some();
    let numbered_law = kind == Kind::Law && !src.numbering.is_empty();
    if src.title.is_empty() && kind != Kind::Archival && !host_only && !numbered_law {
        missing(&mut out, "G017", format!("missing title of this {kind}"), ctx.head());
    }
    let chain = || std::iter::once(src).chain(src.hosts());
    // The written text in lowercase, made only when a check needs it (rarely).
    let lower = std::cell::OnceCell::new();
    let lower = || lower.get_or_init(|| to_lower(ctx.written())).as_str();
    let electronic = chain().any(|s| s.medium.as_deref().is_some_and(is_electronic));
    let web = matches!(kind, Kind::WebPage | Kind::WebSite);
    // A local electronic resource (a CD-ROM, a DVD) has no URL.
    let local = || ["cd", "dvd", "диск"].iter().any(|w| lower().contains(w));
    if (web || electronic) && chain().all(|h| h.url.is_none()) && !local() {
        let at = end_of(
            ctx,
            src,
            &[Element::Date, Element::Host, Element::Medium, Element::Title],
        );
        let what =
            if web { format!("this {kind}") } else { "this electronic resource".into() };
        missing(&mut out, "G013", format!("missing URL of {what} (`URL: http://…`)"), at);
    }
    if let Some(url) =
        src.url.as_ref().or_else(|| src.hosts().find_map(|h| h.url.as_ref()))
        && src.accessed.is_none()
        && src.hosts().all(|h| h.accessed.is_none())
        && !lower().contains("дата обращения")
    {
        let marker =
            std::iter::once(src).chain(src.hosts()).find_map(|h| h.date_missing.as_ref());
        let (at, why) = match marker {
            Some(m) => (
                find_written(ctx, &m.written)
                    .or_else(|| span_of(src, Element::Missing))
                    .unwrap_or_else(|| ctx.head()),
                "the date is unknown, so the access date is the only date of this resource",
            ),
            None => (
                find_written(ctx, url)
                    .or_else(|| span_of(src, Element::Url))
                    .unwrap_or_else(|| ctx.head()),
                "an electronic resource needs `(дата обращения: ДД.ММ.ГГГГ)` after its URL",
            ),
        };
        missing(&mut out, "G012", format!("missing access date: {why}"), at);
    }
    if kind.is_analytic() {
        analytic(ctx, src, &mut out);
    } else if matches!(
        kind,
        Kind::Book | Kind::Volume | Kind::MultiVolume | Kind::Thesis | Kind::Autoreferat
    ) && !is_repeated(src)
    {
        imprint(ctx, src, src, true, &mut out);
    }
    out
}

/// A repeated (shortened) reference, 7.0.5-2008 §8: heading, title and pages, with no
/// publication data at all (`Скабичевский А. М. Литературные воспоминания. С. 98.`).
fn is_repeated(src: &Source) -> bool {
    src.numbering.pages.is_some()
        && src.places.is_empty()
        && src.publishers.is_empty()
        && src.date.is_none()
        && src.date_missing.is_none()
        && src.place_missing.is_none()
        && src.url.is_none()
}

/// Whether a general material designation says the resource is electronic.
fn is_electronic(medium: &str) -> bool {
    contains_folded(medium, "электрон") || contains_folded(medium, "electronic")
}

/// The host chain's requirements for a component part.
fn analytic(ctx: &Ctx<'_>, src: &Source, out: &mut Vec<Finding>) {
    let host =
        src.host.as_deref().filter(|h| !(h.title.is_empty() && h.authors.is_empty()));
    let Some(host) = host else {
        out.push(ctx.finding(
            "G016",
            format!(
                "missing host document of this {}: write `… // Host. Year. Pages`",
                src.kind
            ),
            end_of(
                ctx,
                src,
                &[Element::Title, Element::OtherTitle, Element::Responsibility],
            ),
            None,
        ));
        return;
    };
    let book_host = matches!(src.kind, Kind::Chapter | Kind::ConferencePaper);
    imprint(ctx, src, host, book_host, out);
    let n = &src.numbering;
    let located = n.pages.is_some()
        || src.hosts().any(|h| h.numbering.pages.is_some())
        || (book_host && (n.chapter.is_some() || n.section.is_some()))
        || std::iter::once(src)
            .chain(src.hosts())
            .any(|h| h.url.is_some() || h.medium.as_deref().is_some_and(is_electronic));
    if !located {
        out.push(ctx.finding(
            "G015",
            format!("missing pages of this {} in its host (`С. 12–15`)", src.kind),
            end_of(ctx, src, &[Element::Host, Element::Date, Element::Numbering]),
            None,
        ));
    }
}

/// Place, publisher and year of `host` (the source itself for a book). Places and
/// publishers are required only when `book`; a year always.
fn imprint(
    ctx: &Ctx<'_>,
    src: &Source,
    host: &Source,
    book: bool,
    out: &mut Vec<Finding>,
) {
    let chain = || std::iter::once(host).chain(host.hosts());
    let at = end_of(
        ctx,
        src,
        &[Element::Place, Element::Publisher, Element::Host, Element::Title],
    );
    let whose = if std::ptr::eq(src, host) { "" } else { " of the host document" };
    if book && chain().all(|h| h.places.is_empty() && h.place_missing.is_none()) {
        out.push(ctx.finding(
            "G010",
            format!("missing place of publication{whose} (`М.`, `Казань`, `[Б. м.]`)"),
            at.clone(),
            None,
        ));
    }
    if book
        && ctx.style == Style::Gost2018
        && chain().all(|h| h.publishers.is_empty() && h.publisher_missing.is_none())
    {
        out.push(ctx.finding(
            "G011",
            format!(
                "missing publisher{whose}: gost-2018 requires `Место : Издатель, Год`"
            ),
            at.clone(),
            None,
        ));
    }
    let dated = std::iter::once(src)
        .chain(src.hosts())
        .any(|h| h.date.is_some() || h.date_missing.is_some());
    if !dated {
        out.push(ctx.finding(
            "G014",
            format!("missing year of publication{whose} (`1945`, `[б. г.]`)"),
            end_of(
                ctx,
                src,
                &[Element::Date, Element::Publisher, Element::Place, Element::Host],
            ),
            None,
        ));
    }
}

/// The first span of an element in the source or its hosts.
fn span_of(src: &Source, element: Element) -> Option<Span> {
    std::iter::once(src)
        .chain(src.hosts())
        .flat_map(|s| &s.spans)
        .find(|s| s.value == element && !s.is_detached())
        .map(|s| s.span.clone())
}

/// Where a missing element would go: the end of the first listed element found (an
/// empty span), else the end of the reference.
fn end_of(ctx: &Ctx<'_>, src: &Source, after: &[Element]) -> Span {
    let inside = |s: &Span| ctx.span.start <= s.start && s.end <= ctx.span.end;
    let end = after
        .iter()
        .find_map(|&e| span_of(src, e).filter(inside))
        .map_or(ctx.span.end, |s| s.end);
    let end = ctx.text[..end].trim_end_matches(['.', ' ']).len().max(ctx.span.start);
    end..end
}

/// Where `piece` is written in the reference (its last occurrence: markers and URLs
/// come late).
fn find_written(ctx: &Ctx<'_>, piece: &str) -> Option<Span> {
    let i = ctx.written().rfind(piece).filter(|_| !piece.is_empty())?;
    Some(ctx.span.start + i..ctx.span.start + i + piece.len())
}

#[cfg(test)]
mod tests;
