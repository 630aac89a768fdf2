//! Personal names: the heading (`Панкратова А. М.`, `Панкратова, А. М.`,
//! `А. М. Панкратова.`, `Устина, Людмила Николаевна.`) and the names of a statement
//! of responsibility (`А. С. Цахариас`, `Ю.М. Соломенцева`, `William G. Rosenberg`).

use super::cursor::Ctx;
use super::lexer::TokenKind::{self, *};
use super::words::is_patronymic;
use crate::Person;
use crate::lang::chars::{is_alpha, is_lower, is_upper};

fn is_upper_start(w: &str) -> bool {
    w.chars().next().is_some_and(is_upper)
}

fn is_latin(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'')
}

/// Whether `w` can be one initial (`А`, `Дж`, `Вл`, `Yu`, `Ch`).
fn is_initial_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(is_upper) && w.chars().count() <= 3 && cs.all(is_lower)
}

/// Whether `w` can be a family name (`Панкратова`, `ЕФИМОВА`, `Салтыков-Щедрин`).
fn is_family_word(w: &str) -> bool {
    is_upper_start(w)
        && w.chars().count() >= 2
        && w.chars().filter(|&c| is_alpha(c)).count() >= 2
}

/// Initials starting at token `i`: groups such as `А. М.`, `А.М.`, `Ж.-П.`, `Дж.`.
///
/// Returns the initials written GOST-style (`А. М.`) and the index after the last
/// period. At most two initials are taken, and a third only before a comma; a later
/// group glued to a following word (`Л. А.Ф.Можайский`) is left for that word.
pub(crate) fn initials(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(String, usize)> {
    let mut parts: Vec<String> = Vec::new();
    let mut j = i;
    while parts.len() < 2 && j < end {
        // One group: initials with no spaces between them, each with its end index.
        let mut group: Vec<(String, usize)> = Vec::new();
        let mut k = j;
        while let Some(w) = cx.word(k).filter(|w| is_initial_word(w)) {
            if !cx.is(k + 1, Period) || k + 1 >= end {
                break;
            }
            let mut one = format!("{w}.");
            k += 2;
            // Ж.-П.
            if cx.is(k, Dash)
                && cx.word(k + 1).is_some_and(is_initial_word)
                && cx.is(k + 2, Period)
            {
                one.push('-');
                one.push_str(cx.tx(k + 1));
                one.push('.');
                k += 3;
            }
            group.push((one, k));
        }
        if group.is_empty() {
            break;
        }
        // A later group glued to a word belongs to that word (`А.Ф.Можайский`), and
        // so to what follows it (`J. J.e`, `J. J.A.X`: a title glued to a period
        // is no initials of the heading); nor is a group split (`J. J.A.`).
        let glued = cx.word(k).is_some_and(|w| w.chars().count() >= 2);
        let room = 2 - parts.len();
        if !parts.is_empty()
            && (glued
                || group.len() > room
                || matches!(
                    cx.kind(k),
                    Some(Word | Number | LParen | LBracket | Quote | Other | Url)
                ))
        {
            break;
        }
        let taken = group.len().min(room);
        j = group[taken - 1].1;
        parts.extend(group.into_iter().take(taken).map(|(s, _)| s));
        if glued || parts.len() >= 2 {
            break;
        }
        let next = cx.skip_space(j);
        if next == j
            || !cx.word(next).is_some_and(is_initial_word)
            || !cx.is(next + 1, Period)
        {
            break;
        }
        j = next;
    }
    // `Tolkien J. R. R., Lewis C. S.`: a third initial before the comma that separates
    // the names of a heading: another name with its initials follows (a title may open
    // with `Ri., ` or `A., `, which the short form writes right after the heading).
    let k = cx.skip_space(j);
    let name_follows = || {
        let f = cx.skip_space(k + 3);
        let n = cx.skip_space(f + 1);
        cx.word(f).is_some_and(|w| is_upper_start(w) && w.chars().count() >= 2)
            && n > f + 1
            && cx.word(n).is_some_and(is_initial_word)
            && cx.is(n + 1, Period)
    };
    if parts.len() == 2
        && k > j
        && cx.word(k).is_some_and(is_initial_word)
        && cx.is(k + 1, Period)
        && cx.is(k + 2, Comma)
        && k + 2 < end
        && name_follows()
    {
        parts.push(format!("{}.", cx.tx(k)));
        j = k + 2;
    }
    (!parts.is_empty()).then(|| (parts.join(" "), j))
}

/// A family name at `i`, with a parenthesised alternative (`Юнге (Толстая)`).
fn family(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(String, usize)> {
    let w = cx.word(i).filter(|w| is_family_word(w))?;
    let mut j = i + 1;
    let mut fam = w.to_owned();
    let p = cx.skip_space(j);
    if cx.is(p, LParen)
        && cx.word(p + 1).is_some_and(is_family_word)
        && cx.is(p + 2, RParen)
        && p + 2 < end
    {
        fam = cx.text(i, p + 3).to_owned();
        j = p + 3;
    }
    Some((fam, j))
}

/// Whether a word has the ending of a Russian family name in an oblique case
/// (`Сафонова`, `Стомонякова`, `Щербакова`).
fn looks_like_family(w: &str) -> bool {
    is_upper_start(w)
        && w.chars().count() > 4
        && [
            "ова",
            "ева",
            "ёва",
            "ина",
            "ына",
            "ского",
            "цкого",
            "ову",
            "еву",
            "ину",
            "овым",
            "евым",
            "иным",
            "ской",
            "цкой",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Whether a statement of responsibility after token `from` (after ` / `) names
/// `family`.
fn named_in_statement(cx: &Ctx<'_>, family: &str, from: usize) -> bool {
    let Some(slash) = (from..cx.len()).find(|&k| cx.is(k, TokenKind::Slash)) else {
        return false;
    };
    (slash..cx.len()).any(|k| cx.word(k) == Some(family))
}

/// One heading name at `i`: `Family I. I.`, `Family, I. I.`, `Family Given Patronymic.`
/// or, first in the heading only, `I. I. Family`.
fn heading_name(
    cx: &Ctx<'_>,
    i: usize,
    end: usize,
    first: bool,
) -> Option<(Person, usize)> {
    if let Some((fam, j)) = family(cx, i, end) {
        let mut k = cx.skip_space(j);
        if cx.is(k, Comma) {
            k = cx.skip_space(k + 1);
        }
        if k > j || cx.is(j, Comma) {
            if let Some((ini, e)) = initials(cx, k, end) {
                // `Записка Б.С. Стомонякова`: initials before a family name in a title,
                // unless the statement of responsibility names the heading's person
                // (`Десницкая Е. А. Философской традиции … / Десницкая Евгения …`).
                let n = cx.skip_space(e);
                let inverted = first
                    && n > e
                    && cx.word(n).is_some_and(looks_like_family)
                    && !cx.is(n + 1, Period)
                    && !named_in_statement(cx, &fam, n);
                if !inverted {
                    return Some((Person::new(fam, ini), e));
                }
            }
            // Устина, Людмила Николаевна. / Філіпенко Лариса Володимирівна.
            if let (Some(g1), Some(g2)) = (cx.word(k), cx.word(k + 2)) {
                if is_upper_start(g1)
                    && cx.is(k + 1, Space)
                    && is_patronymic(g2)
                    && cx.is(k + 3, Period)
                {
                    let p = Person {
                        given: Some(format!("{g1} {g2}")),
                        ..Person::new(fam, "")
                    };
                    return Some((p, k + 4));
                }
            }
        }
    }
    if first {
        // И. Е. Барыкина. «…» / Н.Н. Трухан Исследование…
        let (ini, j) = initials(cx, i, end)?;
        let k = cx.skip_space(j);
        let (fam, e) = family(cx, k, end)?;
        // `Т. XIV. С. 404.`: a locator and its Roman number.
        if super::words::is_roman(&fam) {
            return None;
        }
        let after = cx.skip_space(e);
        let ok = e >= end
            || cx.is(e, Period)
            || cx.is(e, Comma)
            || (cx.is(e, Space) && cx.is(e + 1, Period))
            || (after > e
                && cx
                    .word(after)
                    .is_some_and(|w| is_upper_start(w) && !is_initial_word(w)));
        if ok && !cx.followed_by_period(after) {
            return Some((Person::new(fam, ini), e));
        }
    }
    None
}

/// `Kotkin Stephen.`, `Brumfield William Croft.`: a Latin family name followed by
/// full given names and a period, at the start of a reference.
fn latin_full_name(cx: &Ctx<'_>, i: usize, end: usize) -> Option<(Person, usize)> {
    let fam = cx
        .word(i)
        .filter(|w| is_latin(w) && is_family_word(w) && !w.chars().all(is_upper))?;
    let mut given = Vec::new();
    let mut j = i + 1;
    while given.len() < 2 && cx.is(j, Space) {
        match cx.word(j + 1) {
            Some(w)
                if is_latin(w)
                    && is_upper_start(w)
                    && w.chars().count() >= 3
                    && w.chars().skip(1).all(is_lower) =>
            {
                given.push(w);
                j += 2;
            }
            _ => break,
        }
    }
    // A title must follow (`Moscow News. 2001. № 5` is a periodical, not a person),
    // not the imprint (`Vosluling Class. London : Bodley Head` is a title): a city of
    // the abbreviation table in full (`London`, `New York`) before its publisher or
    // year.
    let title_follows = cx.word(j + 2).is_some_and(is_upper_start)
        && !imprint_of_known_city(cx, j + 2, end);
    if given.is_empty()
        || !cx.is(j, Period)
        || !cx.is(j + 1, Space)
        || j + 1 >= end
        || !title_follows
    {
        return None;
    }
    Some((Person { given: Some(given.join(" ")), ..Person::new(fam, "") }, j + 1))
}

/// Whether an imprint starts at `i` with a city of [`crate::lang::abbrev::CITIES`]
/// written in full (`London : Bodley Head`, `New York, 1990`).
fn imprint_of_known_city(cx: &Ctx<'_>, i: usize, end: usize) -> bool {
    let known = |k: usize| crate::lang::abbrev::abbreviate_city(cx.text(i, k)).is_some();
    (known(i + 1) || known(i + 3)) && super::imprint::imprint(cx, i, end, true).is_some()
}

/// The heading names at the start of `i..end` and the index where the title begins.
pub(crate) fn heading(
    cx: &Ctx<'_>,
    i: usize,
    end: usize,
    latin_full: bool,
) -> (Vec<Person>, usize) {
    let mut people = Vec::new();
    let mut j = cx.skip_space(i);
    loop {
        let found = heading_name(cx, j, end, people.is_empty()).or_else(|| {
            (people.is_empty() && latin_full)
                .then(|| latin_full_name(cx, j, end))
                .flatten()
        });
        let Some((p, e)) = found else { break };
        people.push(p);
        j = e;
        let k = cx.skip_space(j);
        if cx.is(k, Comma) {
            let n = cx.skip_space(k + 1);
            if heading_name(cx, n, end, false).is_some() {
                j = n;
                continue;
            }
        }
        break;
    }
    if people.is_empty() {
        return (people, cx.skip_space(i));
    }
    // Skip what separates the heading from the title: `, `, ` - `, `. `.
    while j < end && matches!(cx.kind(j), Some(Space | Comma | Period | Dash)) {
        j += 1;
    }
    (people, j)
}

/// A name as written in a statement of responsibility or after a role phrase:
/// `А. С. Цахариас`, `Сикорская Г.А.`, `William G. Rosenberg`, `Андрей Турков`,
/// `Волковой`. `None` when the text is not a name (an organisation, a phrase).
pub(crate) fn person(text: &str) -> Option<Person> {
    let cx = Ctx::new(text);
    let toks: Vec<usize> = (0..cx.len()).filter(|&i| !cx.is(i, Space)).collect();
    let end = cx.len();
    let first = *toks.first()?;
    // Family I. I.
    if let Some((p, e)) = heading_name(&cx, first, end, true) {
        if cx.skip_space(e) >= end || trailing_noise(&cx, e) {
            return Some(p);
        }
    }
    // Given [I.] Family, or a family name alone.
    let words: Vec<&str> = toks
        .iter()
        .filter(|&&i| {
            !matches!(cx.kind(i), Some(Period | Other)) && !cx.is(i, TokenKind::Number)
        })
        .map(|&i| cx.tx(i))
        .collect();
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| is_upper_start(w)) {
        return None;
    }
    // `Папулин Сергей Юрьевич`: the family name first, before a patronymic.
    if words.len() == 3 && is_patronymic(words[2]) {
        let p = Person {
            given: Some(format!("{} {}", words[1], words[2])),
            ..Person::new(words[0], "")
        };
        return Some(p);
    }
    let (fam, given) = words.split_last()?;
    // `Президиум Верховного Совета СССР`: an acronym is no family name.
    let acronym = fam.chars().filter(|&c| is_alpha(c)).count() >= 3
        && fam.chars().filter(|&c| is_alpha(c)).all(is_upper);
    if !is_family_word(fam)
        || acronym
        || given.iter().any(|g| g.chars().count() > 1 && !g.chars().skip(1).all(is_lower))
    {
        return None;
    }
    if given.is_empty() {
        return Some(Person::new(*fam, ""));
    }
    let ini = given.iter().all(|g| g.chars().count() <= 2);
    let g = given
        .iter()
        .zip(toks.iter())
        .map(
            |(g, _)| {
                if g.chars().count() <= 2 { format!("{g}.") } else { (*g).to_owned() }
            },
        )
        .collect::<Vec<_>>()
        .join(" ");
    Some(if ini {
        Person::new(*fam, g)
    } else {
        Person { given: Some(g), ..Person::new(*fam, "") }
    })
}

/// Years or other numbers left after a name (`Artem Zhekov 2015`).
fn trailing_noise(cx: &Ctx<'_>, i: usize) -> bool {
    (i..cx.len())
        .all(|k| matches!(cx.kind(k), Some(Space | Number | Period | Comma | Dash)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fam_ini(s: &str) -> (Vec<String>, String) {
        let cx = Ctx::new(s);
        let (ps, j) = heading(&cx, 0, cx.len(), true);
        let rest = cx.t[cx.start(j)..].to_owned();
        (
            ps.into_iter()
                .map(|p| {
                    format!("{}|{}", p.family, p.initials.or(p.given).unwrap_or_default())
                })
                .collect(),
            rest,
        )
    }

    #[test]
    fn family_then_initials() {
        assert_eq!(
            fam_ini("Панкратова А. М. Признание"),
            (vec!["Панкратова|А. М.".into()], "Признание".into())
        );
        assert_eq!(
            fam_ini("Цахариас, А. С. Особенности"),
            (vec!["Цахариас|А. С.".into()], "Особенности".into())
        );
        assert_eq!(
            fam_ini("Салтыков-Щедрин М.Е. Сказки"),
            (vec!["Салтыков-Щедрин|М. Е.".into()], "Сказки".into())
        );
        assert_eq!(fam_ini("Сартр Ж.-П. Тошнота").0, vec!["Сартр|Ж.-П.".to_owned()]);
        assert_eq!(
            fam_ini("Эванс Дж. Р., Берман Б. Маркетинг").0,
            vec!["Эванс|Дж. Р.".to_owned(), "Берман|Б.".into()]
        );
    }

    #[test]
    fn several_authors_and_glued_title() {
        let (ps, rest) = fam_ini("Артамонова М.В., Луданик М.В.Экономика персонала");
        assert_eq!(ps, vec!["Артамонова|М. В.".to_owned(), "Луданик|М. В.".into()]);
        assert_eq!(rest, "Экономика персонала");
        let (ps, rest) = fam_ini("Дузь Л. А.Ф.Можайский – изобретатель");
        assert_eq!(ps, vec!["Дузь|Л.".to_owned()]);
        assert_eq!(rest, "А.Ф.Можайский – изобретатель");
        let (ps, rest) = fam_ini("Дузь П. Д. А. Ф. Можайский - изобретатель");
        assert_eq!(ps, vec!["Дузь|П. Д.".to_owned()]);
        assert_eq!(rest, "А. Ф. Можайский - изобретатель");
    }

    #[test]
    fn initials_first_and_full_names() {
        assert_eq!(
            fam_ini("И. Е. Барыкина. «Типичный»").0,
            vec!["Барыкина|И. Е.".to_owned()]
        );
        assert!(fam_ini("А. Ф. Можайский - создатель").0.is_empty());
        assert_eq!(
            fam_ini("Устина, Людмила Николаевна. Городские").0,
            vec!["Устина|Людмила Николаевна".to_owned()]
        );
        assert_eq!(
            fam_ini("Kotkin Stephen. Magnetic Mountain").0,
            vec!["Kotkin|Stephen".to_owned()]
        );
        assert!(fam_ini("Moscow News. 2001. № 5").0.is_empty());
        assert_eq!(
            fam_ini("Юнге (Толстая) Е. Ф. Воспоминания").0,
            vec!["Юнге (Толстая)|Е. Ф.".to_owned()]
        );
        assert!(fam_ini("Хозяин. Повести. М., 1974").0.is_empty());
    }

    #[test]
    fn responsibility_names() {
        let p = person("А. С. Цахариас").unwrap();
        assert_eq!(
            (p.family.as_str(), p.initials.as_deref()),
            ("Цахариас", Some("А. С."))
        );
        let p = person("William G. Rosenberg").unwrap();
        assert_eq!(
            (p.family.as_str(), p.given.as_deref()),
            ("Rosenberg", Some("William G."))
        );
        assert_eq!(person("Сикорская Г.А.").unwrap().initials.as_deref(), Some("Г. А."));
        assert_eq!(person("Волковой").unwrap().family, "Волковой");
        assert!(person("М-во образования Рос. Федерации").is_none());
        assert!(person("Электрон. дан").is_none());
    }
}
