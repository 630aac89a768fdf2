//! References that are not a title with areas: archival ciphers
//! (`РГАСПИ. Ф. 17. Оп. 163. Д. 1323. Л. 57`), law gazettes (`СЗ РФ. 1994. № 32.
//! Ст. 3301`), and the classification of every source into a [`Kind`].

use super::cursor::Ctx;
use super::elements::{chunk_end, is_dash_sep};
use super::lexer::TokenKind::*;
use super::reference::{apply_resp, apply_tail, read_tail, says_nothing};
use super::title::title_area;
use super::words::LAW_WORDS;
use crate::lang::chars::{is_alpha, is_upper, lower_starts_with, to_lower};
use crate::{Element, Kind, Numbering, Source, Title};

/// An archival document: `РГАСПИ. Ф. 17. Оп. 163. Д. 1323. Л. 57`, possibly after a
/// title and `//` or ` – `.
pub(crate) fn archive(cx: &mut Ctx<'_>, src: &mut Source, end: usize) -> bool {
    const FOND: &[&str] = &["Ф", "ф", "F", "фонд", "Фонд"];
    const UNITS: &[&str] = &[
        "Оп",
        "оп",
        "Op",
        "опись",
        "Опись",
        "Д",
        "д",
        "D",
        "дело",
        "Л",
        "л",
        "L",
        "лл",
        "Кн",
        "кн",
        "Отд",
        "отд",
        "№",
        "Ед",
        "ед",
    ];
    // Every word of FOND has `Ф`, `ф` or `F`: most references have none.
    if !cx.t[..cx.start(end)].contains(['Ф', 'ф', 'F']) {
        return false;
    }
    let is_unit = |cx: &Ctx<'_>, k: usize, set: &[&str]| {
        let w = cx.tx(k);
        (cx.is(k, Word) || w == "№") && set.contains(&w) && {
            let v = cx.skip_space(if cx.is(k + 1, Period) { k + 2 } else { k + 1 });
            // `Ф. 5446`, `Ф. Р-5446`, `Ф. Р5446`
            cx.is(v, Number)
                || cx
                    .word(v)
                    .is_some_and(|w| w.chars().count() <= 2 && w.chars().all(is_upper))
                    && (cx.is(v + 1, Number)
                        || cx.is(v + 1, Dash) && cx.is(v + 2, Number))
        }
    };
    let Some(fond) = (0..end).find(|&k| {
        !cx.used[k] && is_unit(cx, k, FOND) && (k == 0 || !cx.is(k - 1, Word))
    }) else {
        return false;
    };
    if !(fond + 1..end.min(fond + 16)).any(|k| is_unit(cx, k, UNITS)) {
        return false;
    }
    // The last value of a unit ends the cipher.
    let mut last = fond + 1;
    let mut k = fond;
    while k < end && !cx.used[k] {
        if is_unit(cx, k, FOND) || is_unit(cx, k, UNITS) {
            let mut v = cx.skip_space(if cx.is(k + 1, Period) { k + 2 } else { k + 1 });
            while v < end
                && (cx.is(v, Number)
                    || cx.is(v, Dash)
                    || cx.word(v).is_some_and(|w| {
                        w.chars().count() <= 2
                            && w != "Л"
                            && w != "л"
                            && w != "Д"
                            && w != "д"
                    })
                    || (cx.is(v, Comma) && cx.is(v + 1, Space) && cx.is(v + 2, Number))
                    || (cx.is(v, Space)
                        && (cx.is(v + 1, Number) || cx.word(v + 1) == Some("об"))))
            {
                if cx.word(v) == Some("об") && cx.is(v + 1, Period) {
                    v += 1;
                }
                v += 1;
            }
            last = v;
            k = v;
            continue;
        }
        if cx.word(k).is_some_and(|w| {
            w.starts_with("Завер") || w.starts_with("Подлин") || w.starts_with("Копия")
        }) {
            break;
        }
        k += 1;
    }
    // The repository runs back to `//`, an area dash or the start.
    let mut r = fond;
    // `TsGA SPb. - F. 148`: step over the separator before the fond first.
    while r > 0 && cx.is_filler(r - 1) {
        r -= 1;
    }
    while r > 0
        && !cx.is(r - 1, DoubleSlash)
        && !(is_dash_sep(cx, r - 1) && cx.is(r, Space))
    {
        r -= 1;
    }
    let repo =
        cx.text(r, fond).trim_end_matches(['.', ',', ' ', '-', '–', '—']).to_owned();
    let location = cx.text(fond, last).trim_end_matches([',', ' ']).to_owned();
    cx.mark(Element::Archive, r, last);
    cx.archival = true;
    src.archive = Some(crate::Archive {
        repository: repo,
        location: Some(location.clone()),
        ..archive_units(&location)
    });
    let mut title_end = r;
    while title_end > 0
        && (cx.is_filler(title_end - 1) || cx.is(title_end - 1, DoubleSlash))
    {
        title_end -= 1;
    }
    // `Протокол № 1 // ГА РФ. Ф. …`: the separator before the repository.
    cx.mark(Element::Punctuation, title_end, r);
    if title_end > 0 {
        let (people, start) = super::names::heading(cx, 0, title_end, false);
        if !people.is_empty() {
            cx.mark(Element::Name, 0, start);
            src.authors.extend(people.into_iter().map(crate::Name::Person));
        }
        let area = title_area(cx, start, title_end);
        cx.mark(Element::Title, start, area.resp.map_or(area.next, |r| r.0 - 1));
        src.title = area.title;
        // `Протокол № 1 / Наркомпрос // ГА РФ. Ф. …`: the statement of responsibility
        // before the cipher, as in any title area.
        if let Some((a, b)) = area.resp.filter(|&(a, b)| !says_nothing(cx, a, b)) {
            apply_resp(src, cx.text(a, b));
            cx.mark(Element::Responsibility, a - 1, b);
        }
        let tail = read_tail(cx, area.next, title_end);
        let mut own = Numbering::default();
        apply_tail(cx, &tail, src, &mut own);
    }
    let tail = read_tail(cx, last, end);
    let mut own = Numbering::default();
    apply_tail(cx, &tail, src, &mut own);
    true
}

/// Fond, opis, delo and leaves of a cipher, each without its label.
fn archive_units(location: &str) -> crate::Archive {
    let cx = Ctx::new(location);
    let mut a = crate::Archive::default();
    for k in 0..cx.len() {
        let slot = match cx.tx(k) {
            "Ф" | "ф" | "F" | "фонд" | "Фонд" => &mut a.fond,
            "Оп" | "оп" | "Op" | "опись" | "Опись" => &mut a.inventory,
            "Д" | "д" | "D" | "дело" => &mut a.file,
            "Л" | "л" | "L" | "лл" => &mut a.leaves,
            _ => continue,
        };
        let v = cx.skip_space(if cx.is(k + 1, Period) { k + 2 } else { k + 1 });
        let e = chunk_end(&cx, v, cx.len());
        if v < cx.len() && slot.is_none() {
            *slot = Some(cx.text(v, e).to_owned());
        }
    }
    a
}

/// A citation of a law gazette: `СЗ РФ. 1994. № 32. Ст. 3301`, `ПСЗ. V. № 3277`.
pub(crate) fn gazette(
    cx: &mut Ctx<'_>,
    src: &mut Source,
    end: usize,
    own: &mut Numbering,
) -> bool {
    let caps = |w: &str| w.chars().all(is_upper) && w.chars().count() <= 5;
    let mut j = 0;
    while cx.word(j).is_some_and(caps)
        && cx.is(j + 1, Space)
        && cx.word(j + 2).is_some_and(caps)
    {
        j += 2;
    }
    if !cx.word(j).is_some_and(caps) || !cx.is(j + 1, Period) || !cx.is(j + 2, Space) {
        return false;
    }
    // `Т. XIV. С. 404.`: one capital letter alone is a locator or an initial, also
    // after a word (`XLYA J. XXXXXXX.` is a heading and a title).
    if cx.word(j).is_some_and(|w| w.chars().count() == 1) {
        return false;
    }
    let n = j + 3;
    // `ПСЗ. III.`, and at the end of the reference `ПСЗ. III`, as the short form
    // writes it with its final period.
    let ok = cx.number(n).is_some_and(|y| y.len() == 4)
        || cx.word(n).is_some_and(super::words::is_roman)
            && (cx.is(n + 1, Period) || n + 1 >= end)
        || cx.tx(n) == "№";
    if !ok {
        return false;
    }
    let mut host = Source { title: Title::new(cx.text(0, j + 1)), ..Source::default() };
    cx.mark(Element::Host, 0, j + 2);
    // `ПСЗ. V.`: a bare Roman numeral is the volume.
    let mut i = n;
    if let Some(v) = cx.word(n).filter(|w| super::words::is_roman(w)) {
        host.numbering.volume = Some(v.to_owned());
        cx.mark(Element::Numbering, n, n + 2);
        i = n + 2;
    }
    let tail = read_tail(cx, i, end);
    apply_tail(cx, &tail, &mut host, own);
    host.kind = Kind::Periodical;
    src.host = Some(Box::new(host));
    src.kind = Kind::Law;
    true
}

/// Whether `s` has a `ж` or `Ж` (D0 B6, D0 96): a `memchr` for their second bytes.
fn has_zhe(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xB6, 0x96, b).any(|i| i > 0 && b[i - 1] == 0xD0)
}

/// Whether a title names a legal act: it starts with a law word (`Федеральный закон`,
/// `Указ`) or says `утверждены приказом` (in any case). Only a head of the title is
/// lowercased, and all of it only when it has a `ж`.
pub(crate) fn starts_with_law_word(title: &str) -> bool {
    static APPROVED_BY_ORDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("утверждены приказом"));
    let Some(first) = title.chars().next().and_then(|c| c.to_lowercase().next()) else {
        return false;
    };
    let law_word = LAW_WORDS.iter().any(|w| {
        w.starts_with(first) && lower_starts_with(title, w) && {
            // The longest law word has 64 bytes: a head of 96 holds it and the
            // character after.
            let mut cut = title.len().min(96);
            while !title.is_char_boundary(cut) {
                cut -= 1;
            }
            let head = to_lower(&title[..cut]);
            head.starts_with(w)
                && head[w.len()..].chars().next().is_none_or(|c| !is_alpha(c))
        }
    });
    law_word
        || (has_zhe(title)
            && APPROVED_BY_ORDER.find(to_lower(title).as_bytes()).is_some())
}

/// The kind of document a parsed source describes; `journal` says the host's issue
/// was written `№ 5` (a journal), not `Вып. 5`.
pub(crate) fn classify(s: &Source, journal: bool) -> Kind {
    if s.archive.is_some() {
        return Kind::Archival;
    }
    if s.thesis.is_some() {
        return if s
            .thesis
            .as_ref()
            .is_some_and(|t| to_lower(&t.degree).contains("автореф"))
        {
            Kind::Autoreferat
        } else {
            Kind::Thesis
        };
    }
    if starts_with_law_word(&s.title.main)
        || s.title.other.iter().any(|o| starts_with_law_word(o))
    {
        return Kind::Law;
    }
    let electronic = s.url.is_some()
        || s.medium.as_deref().is_some_and(|m| {
            to_lower(m).contains("электрон") || to_lower(m).contains("electronic")
        });
    let own_imprint =
        !s.places.is_empty() || !s.publishers.is_empty() || s.extent.is_some();
    if let Some(h) = &s.host {
        let hn = &h.numbering;
        let all_titles =
            to_lower(&format!("{} {}", h.title.main, h.title.other.join(" ")));
        if h.date.as_ref().is_some_and(|d| d.start.day.is_some())
            || all_titles.contains("газет")
        {
            return Kind::NewspaperArticle;
        }
        if journal {
            return Kind::Article;
        }
        let imprint = !h.places.is_empty() || !h.publishers.is_empty();
        if own_imprint && !imprint {
            return Kind::Book;
        }
        if (electronic || h.url.is_some())
            && !imprint
            && hn.volume.is_none()
            && s.numbering.pages.is_none()
        {
            return Kind::WebPage;
        }
        if imprint || hn.volume.is_some() || hn.issue.is_some() || h.date.is_none() {
            return Kind::Chapter;
        }
        return Kind::Article;
    }
    let site = s.title.other.iter().any(|o| to_lower(o).contains("сайт"));
    if (electronic && s.extent.is_none()) || site {
        return Kind::WebPage;
    }
    if s.numbering.volumes.is_some() && s.numbering.volume.is_none() {
        return Kind::MultiVolume;
    }
    Kind::Book
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts answer as lowercasing the whole title would.
    #[test]
    fn law_titles_are_found_as_by_the_whole_lowercase() {
        let reference = |title: &str| {
            let lower = title.to_lowercase();
            LAW_WORDS.iter().any(|w| {
                lower.starts_with(w)
                    && lower[w.len()..].chars().next().is_none_or(|c| !is_alpha(c))
            }) || lower.contains("утверждены приказом")
        };
        assert!(LAW_WORDS.iter().all(|w| w.len() <= 64));
        let long = "а".repeat(80);
        let titles = [
            "Федеральный конституционный закон о чём-то".to_owned(),
            "ФЕДЕРАЛЬНЫЙ КОНСТИТУЦИОННЫЙ ЗАКОН".to_owned(),
            "Федеральный конституционный законодатель".to_owned(),
            "Указ".to_owned(),
            "Указатель литературы".to_owned(),
            format!("Правила {long}, Утверждены Приказом Минфина"),
            format!("Правила {long}, утверждены распоряжением"),
            format!("Закон{long}"),
            format!("{long} утверЖдены приказом"),
            "Ꙗ ж".to_owned(),
            "Жизнь и судьба".to_owned(),
            String::new(),
        ];
        for t in &titles {
            assert_eq!(starts_with_law_word(t), reference(t), "{t}");
        }
    }
}
