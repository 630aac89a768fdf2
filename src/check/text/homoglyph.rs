//! `G034`: letters of another script typed inside a word (`CCCP`, `M.` for `М.`,
//! `Poccия`, a Roman `ХХ` typed in Cyrillic), found by
//! [`lang::homoglyph`](crate::lang::homoglyph) and reported once per word.

use super::{Ctx, Finding};
use crate::lang::chars::is_alpha;
use crate::lang::homoglyph::find_homoglyphs;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let w = ctx.written();
    let repairs = find_homoglyphs(w);
    let mut i = 0;
    while i < repairs.len() {
        // The word around the first repaired letter.
        let at = repairs[i].span.start;
        let start = w[..at]
            .rfind(|c: char| !is_alpha(c))
            .map_or(0, |p| p + w[p..].chars().next().map_or(1, char::len_utf8));
        let end = w[at..].find(|c: char| !is_alpha(c)).map_or(w.len(), |p| at + p);
        let mut fixed = String::with_capacity(end - start + 4);
        let mut pos = start;
        let to_cyrillic = is_cyrillic(repairs[i].to);
        while i < repairs.len() && repairs[i].span.end <= end {
            fixed.push_str(&w[pos..repairs[i].span.start]);
            fixed.push(repairs[i].to);
            pos = repairs[i].span.end;
            i += 1;
        }
        fixed.push_str(&w[pos..end]);
        let word = &w[start..end];
        let (from, to) =
            if to_cyrillic { ("Latin", "Cyrillic") } else { ("Cyrillic", "Latin") };
        out.push(ctx.finding(
            "G034",
            format!("`{word}` mixes scripts: {from} letters typed for {to} ones, write `{fixed}`"),
            ctx.span.start + start..ctx.span.start + end,
            Some(fixed),
        ));
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}
