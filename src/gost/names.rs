//! Names in the heading and in the statement of responsibility.

use std::borrow::Cow;

use super::{Initials, Lang, Style, role_words};
use crate::{Contributor, Name, Person, Role, Source};

/// Initials spaced as configured; derived from the given names when the model has
/// none (`Анна Михайловна` → `А. М.`, `Jean-Paul` → `J.-P.`).
pub(super) fn initials(p: &Person, spacing: Initials) -> Option<Cow<'_, str>> {
    let raw = raw_initials(p)?;
    let sep = match spacing {
        Initials::AsWritten => return Some(raw),
        Initials::Space => " ",
        Initials::Nbsp => "\u{a0}",
        Initials::None => "",
    };
    let mut out = String::with_capacity(raw.len() + 4);
    push_spaced(&raw, sep, &mut out);
    Some(Cow::Owned(out))
}

/// The initials as stored, else derived from the given names.
fn raw_initials(p: &Person) -> Option<Cow<'_, str>> {
    match (&p.initials, &p.given) {
        (Some(i), _) if !i.trim().is_empty() => Some(Cow::Borrowed(i.as_str())),
        (_, Some(g)) if !g.trim().is_empty() => {
            Some(Cow::Owned(crate::lang::names::initials(g)))
        }
        _ => None,
    }
}

/// Writes initials without their own whitespace, with `sep` after each period that a
/// letter follows.
fn push_spaced(raw: &str, sep: &str, out: &mut String) {
    // `char::is_whitespace`, answered directly for ASCII.
    let white = |c: char| {
        if c.is_ascii() {
            c.is_ascii_whitespace() || c == '\u{b}'
        } else {
            c.is_whitespace()
        }
    };
    let mut chars = raw.chars().filter(|&c| !white(c)).peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '.' && chars.peek().is_some_and(|&n| crate::lang::chars::is_alpha(n)) {
            out.push_str(sep);
        }
    }
}

/// Writes the initials of `p` spaced as configured; `false` when it has none.
fn push_initials(p: &Person, spacing: Initials, out: &mut String) -> bool {
    let Some(raw) = raw_initials(p) else { return false };
    match spacing {
        Initials::AsWritten => out.push_str(&raw),
        Initials::Space => push_spaced(&raw, " ", out),
        Initials::Nbsp => push_spaced(&raw, "\u{a0}", out),
        Initials::None => push_spaced(&raw, "", out),
    }
    true
}

/// The space between surname and initials.
fn gap(spacing: Initials) -> &'static str {
    if spacing == Initials::Nbsp { "\u{a0}" } else { " " }
}

fn family(p: &Person, written: bool) -> Cow<'_, str> {
    let fam = match (&p.as_written, written) {
        (Some(w), true) => w.as_str(),
        _ => p.family.as_str(),
    };
    match &p.particle {
        Some(part) => Cow::Owned(format!("{part} {fam}")),
        None => Cow::Borrowed(fam),
    }
}

/// A name in the heading: `Панкратова А. М.` (reference), `Хабаров, А. В.` (record).
#[cfg(test)]
pub(super) fn heading_name(name: &Name, style: Style, spacing: Initials) -> String {
    let mut out = String::with_capacity(32);
    push_heading_name(name, style, spacing, &mut out);
    out
}

/// Appends [`heading_name`] to `out`.
pub(super) fn push_heading_name(
    name: &Name,
    style: Style,
    spacing: Initials,
    out: &mut String,
) {
    match name {
        Name::Organization(o) => out.push_str(o),
        Name::Person(p) => {
            if let Some(part) = &p.particle {
                out.push_str(part);
                out.push(' ');
            }
            out.push_str(&p.family);
            let at = out.len();
            if style.is_record() {
                out.push(',');
            }
            out.push_str(gap(spacing));
            if !push_initials(p, spacing, out) {
                out.truncate(at);
            }
        }
    }
}

/// A name after ` / `: initials first (`А. В. Хабаров`), the family name as written
/// (genitive after `под ред.`).
pub(super) fn responsibility_name(name: &Name, spacing: Initials) -> String {
    match name {
        Name::Organization(o) => o.clone(),
        Name::Person(p) => {
            let fam = family(p, true);
            match initials(p, spacing) {
                None => fam.into_owned(),
                Some(i) => format!("{i}{}{fam}", gap(spacing)),
            }
        }
    }
}

/// Whether the authors go into the heading: 1–3 persons, the list not shortened.
pub(super) fn has_heading(s: &Source) -> bool {
    (1..=3).contains(&s.authors.len())
        && !s.authors_et_al
        && s.authors.iter().all(|a| matches!(a, Name::Person(_)))
}

/// The heading: all 1–3 names in a reference, the first one in a record.
pub(super) fn heading(s: &Source, style: Style, spacing: Initials) -> Option<String> {
    let mut out = String::new();
    push_heading(s, style, spacing, &mut out).then_some(out)
}

/// Appends [`heading`] to `out`; `false` (nothing written) when there is none.
pub(super) fn push_heading(
    s: &Source,
    style: Style,
    spacing: Initials,
    out: &mut String,
) -> bool {
    if !has_heading(s) {
        return false;
    }
    let n = if style.is_record() { 1 } else { s.authors.len() };
    for (i, a) in s.authors.iter().take(n).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_heading_name(a, style, spacing, out);
    }
    true
}

/// The statement of responsibility after ` / `, or `None` when there is nothing to
/// say.
///
/// A reference does not repeat the names of its heading; a record repeats them. With
/// 4 and more authors (or a shortened list) the first is followed by `[и др.]`.
/// Contributors follow in groups of one role, separated by ` ; `. A statement kept
/// `heading` says whether the heading was written (a record's host has none).
/// A statement kept verbatim in [`Source::responsibility`] is written as it is (a record puts the
/// authors in front of it when it does not name them).
pub(super) fn responsibility(
    s: &Source,
    style: Style,
    spacing: Initials,
    lang: Lang,
    heading: bool,
) -> Option<String> {
    let mut groups: Vec<String> = Vec::new();
    let authors = if !heading {
        let persons = s.authors.len() >= 4 || s.authors_et_al;
        let shown = if persons { 1 } else { s.authors.len() };
        let mut g: Vec<String> = s
            .authors
            .iter()
            .take(shown)
            .map(|a| responsibility_name(a, spacing))
            .collect();
        if persons && !g.is_empty() {
            let last = g.last_mut().expect("non-empty");
            last.push_str(&format!(" [{}]", lang.words().et_al));
        }
        g.join(", ")
    } else if style.is_record() {
        s.authors
            .iter()
            .map(|a| responsibility_name(a, spacing))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        String::new()
    };
    if let Some(r) = s.responsibility.as_deref().filter(|r| !r.trim().is_empty()) {
        let named = match s.authors.first() {
            Some(Name::Person(p)) => r.contains(family(p, true).as_ref()),
            Some(Name::Organization(o)) => r.contains(o.as_str()),
            _ => true,
        };
        if !authors.is_empty() && !named && (style.is_record() || !heading) {
            return Some(format!("{authors} ; {r}"));
        }
        return Some(r.to_owned());
    }
    if !authors.is_empty() {
        groups.push(authors);
    }
    let mut i = 0;
    while i < s.contributors.len() {
        let role = &s.contributors[i].role;
        let run: Vec<&Contributor> =
            s.contributors[i..].iter().take_while(|c| &c.role == role).collect();
        i += run.len();
        let names: Vec<String> =
            run.iter().map(|c| responsibility_name(&c.name, spacing)).collect();
        let words = role_words(role, lang, style.is_record());
        let names = names.join(", ");
        groups.push(match role {
            Role::Author => names,
            _ if words.is_empty() => names,
            _ => format!("{words} {names}"),
        });
    }
    (!groups.is_empty()).then(|| groups.join(" ; "))
}

#[cfg(test)]
mod tests {
    /// The statement of responsibility of `s` in Russian, initials spaced.
    fn resp(s: &Source, style: Style) -> String {
        responsibility(s, style, Initials::Space, Lang::Ru, has_heading(s)).unwrap()
    }

    use super::*;
    use crate::{Kind, Title};

    fn person(f: &str, i: &str) -> Name {
        Name::Person(Person::new(f, i))
    }

    #[test]
    fn initials_spacing() {
        let p = Person::new("Радаев", "В.В.");
        assert_eq!(initials(&p, Initials::Space).unwrap(), "В. В.");
        assert_eq!(initials(&p, Initials::Nbsp).unwrap(), "В.\u{a0}В.");
        assert_eq!(initials(&p, Initials::None).unwrap(), "В.В.");
        assert_eq!(initials(&p, Initials::AsWritten).unwrap(), "В.В.");
        let p = Person::new("Сартр", "Ж.-П.");
        assert_eq!(initials(&p, Initials::Space).unwrap(), "Ж.-П.");
        let p = Person {
            given: Some("Анна Михайловна".into()), ..Person::default()
        };
        assert_eq!(initials(&p, Initials::Space).unwrap(), "А. М.");
        let p = Person { given: Some("Jean-Paul".into()), ..Person::default() };
        assert_eq!(initials(&p, Initials::Space).unwrap(), "J.-P.");
        assert!(initials(&Person::new("Аристотель", ""), Initials::Space).is_none());
    }

    #[test]
    fn heading_forms() {
        let n = person("Хабаров", "А. В.");
        assert_eq!(heading_name(&n, Style::Gost2008, Initials::Space), "Хабаров А. В.");
        assert_eq!(heading_name(&n, Style::Gost2018, Initials::Space), "Хабаров, А. В.");
        assert_eq!(
            heading_name(&n, Style::Gost2008Short, Initials::Nbsp),
            "Хабаров\u{a0}А.\u{a0}В."
        );
        assert_eq!(responsibility_name(&n, Initials::Space), "А. В. Хабаров");
        let p = Person {
            as_written: Some("Романова".into()),
            ..Person::new("Романов", "В. И.")
        };
        assert_eq!(
            responsibility_name(&Name::Person(p), Initials::Space),
            "В. И. Романова"
        );
    }

    #[test]
    fn four_authors_go_to_responsibility_with_et_al() {
        let s = Source {
            authors: ["Айгистов", "Бобров", "Волков", "Гусев"]
                .iter()
                .map(|f| person(f, "Р. А."))
                .collect(),
            title: Title::new("Т"),
            ..Source::new(Kind::Book)
        };
        assert!(heading(&s, Style::Gost2008, Initials::Space).is_none());
        assert_eq!(resp(&s, Style::Gost2008), "Р. А. Айгистов [и др.]");
        assert_eq!(
            responsibility(
                &s,
                Style::Gost2018,
                Initials::Space,
                Lang::En,
                has_heading(&s)
            )
            .unwrap(),
            "Р. А. Айгистов [et al.]"
        );
    }

    #[test]
    fn contributors_grouped_by_role() {
        let s = Source {
            authors: vec![person("Кутепов", "В. И.")],
            contributors: vec![
                Contributor::new(person("Романов", "В. И."), Role::Editor),
                Contributor::new(person("Петров", "А. А."), Role::Editor),
                Contributor::new(person("Иванова", "И. И."), Role::Translator),
            ],
            ..Source::default()
        };
        assert_eq!(
            resp(&s, Style::Gost2008),
            "под ред. В. И. Романов, А. А. Петров ; пер. И. И. Иванова"
        );
        assert_eq!(
            resp(&s, Style::Gost2018),
            "В. И. Кутепов ; под редакцией В. И. Романов, А. А. Петров ; перевод И. И. Иванова"
        );
    }

    #[test]
    fn verbatim_responsibility() {
        let s = Source {
            authors: vec![person("Кутепов", "В. И.")],
            responsibility: Some("под общ. ред. В. И. Романова".into()),
            ..Source::default()
        };
        assert_eq!(resp(&s, Style::Gost2008), "под общ. ред. В. И. Романова");
        assert_eq!(
            resp(&s, Style::Gost2018),
            "В. И. Кутепов ; под общ. ред. В. И. Романова"
        );
    }
}
