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

/// Whether [`find_homoglyphs`] can find anything in `w`, by a scan of its bytes: every
/// rule of [`lang::homoglyph`](crate::lang::homoglyph) needs letters of both scripts,
/// except a Roman numeral typed with Cyrillic `Х`/`І` in a text with no Latin letter.
/// Most references are in one script, and this costs a small part of the full search.
fn may_have_homoglyphs(w: &str) -> bool {
    let b = w.as_bytes();
    // Lead bytes: U+00C0–U+024F (the Latin letters of `lang::homoglyph`, with a few
    // symbols: an overestimate is safe) and U+0400–U+04FF (Cyrillic).
    let latin = b.iter().any(|&x| x.is_ascii_alphabetic() || (0xC3..=0xC9).contains(&x));
    let cyrillic = b.iter().any(|&x| (0xD0..=0xD3).contains(&x));
    if latin || !cyrillic {
        return latin && cyrillic;
    }
    // Cyrillic alone: only a word made of `Х` and `І` may be a numeral to repair.
    (w.contains('Х') || w.contains('І'))
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
    /// development corpus, and on many random texts made of the pieces the rules of
    /// `lang::homoglyph` look at.
    #[test]
    fn the_shortcut_skips_only_texts_without_homoglyphs() {
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
        let corpus = std::fs::read_to_string(dev).unwrap_or_else(|_| {
            eprintln!("note: {dev} not found, random texts only");
            String::new()
        });
        let pieces = [
            "Мocква",
            "Москва",
            "M.",
            "М.",
            "С.",
            "C.",
            "c.",
            "с.",
            "XX",
            "ХХ",
            "XIV",
            "ХІХ",
            "I",
            "І",
            "X",
            "Х",
            "M",
            "CM",
            "в.",
            "век",
            "Т.",
            "Vol.",
            "URL:",
            "ISBN",
            "DOI",
            "http://x.ru/Мocква",
            "www.Мocква.ru",
            "a@Мocква.ru",
            "Smith",
            "J.",
            "А.",
            "CCCP",
            "СССР",
            "1990",
            "2-е",
            ",",
            ";",
            "//",
            "—",
            ".",
            "у",
            "y",
            "Наука",
            "Éditions",
        ];
        let mut state: u64 = 1945;
        let mut next = |n: usize| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (state >> 33) as usize % n
        };
        let random: Vec<String> = (0..50_000)
            .map(|_| {
                let len = next(7) + 1;
                (0..len)
                    .map(|_| pieces[next(pieces.len())])
                    .collect::<Vec<_>>()
                    .join(if next(4) == 0 { "" } else { " " })
            })
            .collect();
        let (mut skipped, mut found) = (0, 0);
        for text in corpus.lines().chain(random.iter().map(String::as_str)) {
            let full = find_homoglyphs(text);
            found += usize::from(!full.is_empty());
            if !may_have_homoglyphs(text) {
                skipped += 1;
                assert_eq!(full, vec![], "{text}");
            }
        }
        assert!(skipped > 1_000 && found > 1_000, "{skipped} skipped, {found} found");
        assert!(!may_have_homoglyphs("Жизнь. М., 1990. 480 с."));
        assert!(
            may_have_homoglyphs("История ХХ века") && may_have_homoglyphs("M. : Наука")
        );
    }
}
