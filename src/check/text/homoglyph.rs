//! `G034`: letters of another script typed inside a word (`CCCP`, `M.` for `М.`,
//! `Poccия`, a Roman `ХХ` typed in Cyrillic), found by
//! [`lang::homoglyph`](crate::lang::homoglyph) and reported once per word.

use super::{Ctx, Finding};
use crate::lang::chars::is_alpha;
use crate::lang::homoglyph::find_homoglyphs;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    let w = ctx.written();
    if !may_have_homoglyphs(w) {
        return;
    }
    let repairs = find_homoglyphs(w);
    let mut i = 0;
    while i < repairs.len() {
        // The word around the first repaired letter.
        let at = repairs[i].span.start;
        let start = w[..at]
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |p| p + w[p..].chars().next().map_or(1, char::len_utf8));
        let end = w[at..].find(|c: char| !c.is_alphabetic()).map_or(w.len(), |p| at + p);
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

/// Whether [`find_homoglyphs`] can find anything in `w`: every rule of
/// [`lang::homoglyph`](crate::lang::homoglyph) needs letters of both scripts, except
/// a Roman numeral typed with Cyrillic `Х`/`І` in a text with no Latin letter. Most
/// references are in one script, and this is a fraction of the cost of the full search.
fn may_have_homoglyphs(w: &str) -> bool {
    let (mut latin, mut cyrillic) = (false, false);
    for c in w.chars() {
        // The Latin letters of `lang::homoglyph` (ASCII and U+00C0–U+024F, a few
        // symbols in that block included: an overestimate is safe).
        latin |= c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c);
        cyrillic |= is_cyrillic(c);
        if latin && cyrillic {
            return true;
        }
    }
    // Cyrillic alone: only a word made of `Х` and `І` may be a numeral to repair.
    cyrillic
        && w.split(|c: char| !is_alpha(c))
            .any(|word| !word.is_empty() && word.chars().all(|c| c == 'Х' || c == 'І'))
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut never hides what the full search finds: on every line of the
    /// development corpus, and on one-script texts built to tempt it.
    #[test]
    fn the_shortcut_skips_only_texts_without_homoglyphs() {
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
        let corpus = std::fs::read_to_string(dev).unwrap_or_else(|_| {
            eprintln!("note: {dev} not found, the built texts only");
            String::new()
        });
        let built = [
            "История ХХ века. М., 1990.",
            "Т. ХІХ. С. 5.",
            "Х в. М., 1990.",
            "Хроника. Х., 2013.",
            "Smith J. History. London, 1990.",
            "Мocква",
            "CCCP и США",
            "Жизнь. М., 1990. 480 с.",
        ];
        let mut skipped = 0;
        for line in corpus.lines().chain(built) {
            if !may_have_homoglyphs(line) {
                skipped += 1;
                assert_eq!(find_homoglyphs(line), vec![], "{line}");
            }
        }
        // Random texts over look-alike letters of both scripts, numerals and separators.
        let alphabet: Vec<char> = "ХІхіСМсмAMXIoоé жв.,1/ ".chars().collect();
        let mut state: u64 = 1945;
        for _ in 0..20_000 {
            let len = (state >> 40) as usize % 12 + 1;
            let text: String = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    alphabet[(state >> 33) as usize % alphabet.len()]
                })
                .collect();
            if !may_have_homoglyphs(&text) {
                skipped += 1;
                assert_eq!(find_homoglyphs(&text), vec![], "{text}");
            }
        }
        assert!(skipped >= 4, "the shortcut should apply to one-script texts");
        assert!(may_have_homoglyphs("Т. ХІХ. С. 5."));
        assert!(!may_have_homoglyphs("Жизнь. М., 1990. 480 с."));
    }
}
