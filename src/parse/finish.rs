//! What the area grammar does once the areas are read: the numbering of the part merged
//! into the source's, the separators dropped from the ends of free text, and the runs of
//! tokens no element claimed (the source's unparsed remainder).

use super::cursor::Ctx;
use super::lexer::TokenKind::*;
use crate::{Numbering, Source};

/// Whether `c` separates areas or elements and so ends no element's text.
fn is_separator(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '/' | ' ') || super::lexer::is_dash(c)
}

/// Drops the separators at the end of the free text a source holds (`свободный,`,
/// `Практиtps:`, `Изд-во-`): the formatter writes a separator or a period after every
/// element, so a separator kept at an element's end reads as part of that separator
/// (or is trimmed with the reference's end) in its short form.
pub(crate) fn trim_separators(src: &mut Source) {
    // `ov V. Vic a i . /`: separators and a period after a space (which ends no
    // abbreviation, and which the formatter's own period stands for), until neither
    // is left.
    fn trim(s: &mut String) {
        loop {
            let t = s.trim_end_matches(is_separator);
            let t = super::title::strip_spaced_period(t);
            if t.len() == s.len() {
                return;
            }
            *s = t.to_owned();
        }
    }
    fn trim_opt(s: &mut Option<String>) {
        if let Some(v) = s {
            trim(v);
            if v.is_empty() {
                *s = None;
            }
        }
    }
    trim(&mut src.title.main);
    src.title.other.iter_mut().chain(&mut src.title.parallel).for_each(trim);
    src.publishers.iter_mut().for_each(trim);
    src.series.iter_mut().for_each(|x| trim(&mut x.title));
    trim_opt(&mut src.responsibility);
    trim_opt(&mut src.edition);
    trim_opt(&mut src.extent);
    trim_opt(&mut src.numbering.volume_title);
    if let Some(h) = src.host.as_deref_mut() {
        trim_separators(h);
    }
}

pub(crate) fn merge_numbering(into: &mut Numbering, from: Numbering) {
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
pub(crate) fn unparsed_runs(cx: &Ctx<'_>, end: usize) -> Vec<(usize, usize)> {
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
