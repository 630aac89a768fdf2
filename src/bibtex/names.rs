//! Name lists: writing `Панкратова, А. М. and {{Рос. акад. наук}} and others`, and
//! reading any BibTeX/BibLaTeX name list back (including biber's extended name format).

use super::Dialect;
use super::escape::{self, Ch};
use crate::{Name, Person};

/// Writes a name list, appended to `out`; `others` appends `and others` (`и др.`).
pub(crate) fn write_into(
    out: &mut String,
    names: &[Name],
    others: bool,
    dialect: Dialect,
) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(" and ");
        }
        write_one(out, n, dialect);
    }
    if others {
        out.push_str(if names.is_empty() { "others" } else { " and others" });
    }
}

fn write_one(out: &mut String, name: &Name, dialect: Dialect) {
    match name {
        Name::Organization(o) => {
            out.push('{');
            escape::literal_into(out, o, false);
            out.push('}');
        }
        Name::Person(p) if dialect == Dialect::Biblatex && !simple_ok(p) => {
            extended(out, p)
        }
        Name::Person(p) => simple(out, p, dialect),
    }
}

/// `[particle ]Family, Given` is read back unchanged.
fn simple_ok(p: &Person) -> bool {
    let plain = |s: &str| {
        !s.is_empty()
            && !s.contains([',', '='])
            && !escape::needs_group(s)
            && !s.contains("  ")
    };
    let given = p.given.as_deref().or(p.initials.as_deref());
    plain(&p.family)
        && (given.is_some() || (p.particle.is_none() && !p.family.contains(' ')))
        && p.family.split(' ').all(|w| !starts_lower(w))
        && !(p.given.is_some() && p.initials.is_some())
        && p.particle
            .as_deref()
            .is_none_or(|x| plain(x) && x.split(' ').all(starts_lower))
        && given.is_none_or(|g| plain(g) && !has_long_initial(g))
        && p.given.as_deref().is_none_or(|g| !looks_like_initials(g))
        && p.initials.as_deref().is_none_or(looks_like_initials)
}

fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

fn simple(out: &mut String, p: &Person, dialect: Dialect) {
    if let Some(x) = &p.particle {
        escape::literal_into(out, x, false);
        out.push(' ');
    }
    if dialect == Dialect::Bibtex && p.family.contains([',', ' ']) {
        out.push('{');
        escape::literal_into(out, &p.family, false);
        out.push('}');
    } else {
        escape::literal_into(out, &p.family, false);
    }
    if let Some(g) = p.given.as_deref().or(p.initials.as_deref()) {
        out.push_str(", ");
        if dialect == Dialect::Bibtex {
            // `{\relax Дж.}` keeps a multi-letter initial whole under `.bst` styles.
            for (i, t) in g.split(' ').enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                if is_long_initial(t) {
                    out.push_str("{\\relax ");
                    escape::literal_into(out, t, false);
                    out.push('}');
                } else {
                    escape::literal_into(out, t, false);
                }
            }
        } else {
            escape::literal_into(out, g, false);
        }
    }
}

/// biber's extended name format: `family={Смит}, given={Дж.}, given-i={Дж}`.
fn extended(out: &mut String, p: &Person) {
    let part = |out: &mut String, key: &str, value: &str| {
        if key != "family" {
            out.push_str(", ");
        }
        out.push_str(key);
        out.push_str("={");
        escape::literal_into(out, value, false);
        out.push('}');
    };
    part(out, "family", &p.family);
    if let Some(g) = p.given.as_deref().or(p.initials.as_deref()) {
        part(out, "given", g);
    }
    if let Some(i) = &p.initials {
        // biber takes `given-i` as the initials to print, without final periods.
        part(out, "given-i", &initials_key(i));
    }
    if let Some(x) = &p.particle {
        part(out, "prefix", x);
    }
}

/// `Дж. Р.` → `Дж Р` (given-i form); [`from_initials_key`] undoes it.
fn initials_key(i: &str) -> String {
    if looks_like_initials(i) { i.replace('.', "") } else { format!("={i}") }
}

fn from_initials_key(k: &str) -> String {
    if let Some(raw) = k.strip_prefix('=') {
        return raw.to_owned();
    }
    k.split(' ')
        .map(|t| t.split('-').map(|x| format!("{x}.")).collect::<Vec<_>>().join("-"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `А. М.`, `Дж.`, `Ж.-П.`, `Yu. E.`: every token is one or more one-to-three-letter
/// initials, each followed by a period, joined by hyphens.
pub(crate) fn looks_like_initials(s: &str) -> bool {
    !s.is_empty()
        && s.split(' ').all(|t| {
            !t.is_empty()
                && t.split('-').all(|x| {
                    x.strip_suffix('.').is_some_and(|l| {
                        (1..=3).contains(&l.chars().count())
                            && l.chars().all(is_letter)
                            && l.chars().next().is_some_and(is_capital)
                    })
                })
        })
}

/// `char::is_alphabetic` without the table lookup for Latin and Russian letters.
fn is_letter(c: char) -> bool {
    match c {
        'A'..='Z' | 'a'..='z' | 'А'..='я' | 'Ё' | 'ё' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// `char::is_uppercase` without the table lookup for Latin and Russian letters.
fn is_capital(c: char) -> bool {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ё' => true,
        c if c.is_ascii() || ('а'..='я').contains(&c) || c == 'ё' => false,
        c => c.is_uppercase(),
    }
}

fn is_long_initial(t: &str) -> bool {
    t.strip_suffix('.')
        .is_some_and(|l| l.chars().count() > 1 && l.chars().all(char::is_alphabetic))
}

fn has_long_initial(g: &str) -> bool {
    looks_like_initials(g) && g.split([' ', '-']).any(is_long_initial)
}

/// Reads a name field from the crate's chunks (see [`read`]); a field without braces
/// of the usual `Family, I. I. and …` shape is read straight from the text.
pub(crate) fn read_chunks(
    chunks: &[biblatex::Spanned<biblatex::Chunk>],
) -> (Vec<Name>, bool) {
    if let [one] = chunks {
        if let biblatex::Chunk::Normal(s) = &one.v {
            if let Some(fast) = read_plain(s) {
                return fast;
            }
        }
    }
    read(&escape::chars(chunks))
}

/// `Family, Given and Family, Given and others` without braces, particles or
/// anything unusual; `None` sends the field to the general reader.
fn read_plain(s: &str) -> Option<(Vec<Name>, bool)> {
    // Whitespace other than single spaces, and control pictures, need the general reader.
    if s.contains(['=', '\\']) || !escape::is_plain(s) {
        return None;
    }
    let mut names = Vec::new();
    let mut others = false;
    for part in s.split(" and ") {
        let part = part.trim();
        if part == "others" {
            others = true;
            continue;
        }
        let (family, given) = part.split_once(", ")?;
        let (family, given) = (family.trim(), given.trim());
        if family.is_empty()
            || given.is_empty()
            || given.contains(',')
            || family.contains(',')
            || family.split(' ').any(starts_lower)
            || part.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b" and"))
        {
            return None;
        }
        let (given, initials) = if looks_like_initials(given) {
            (None, Some(given.to_owned()))
        } else {
            (Some(given.to_owned()), None)
        };
        let family = family.to_owned();
        names.push(Name::Person(Person { family, given, initials, ..Person::default() }));
    }
    Some((names, others))
}

/// Reads a name field: the names and whether it ends in `and others`.
pub(crate) fn read(chs: &[Ch]) -> (Vec<Name>, bool) {
    let mut names = Vec::new();
    let mut others = false;
    for part in escape::split_and(chs) {
        let part = escape::trim(&part);
        if part.is_empty() {
            continue;
        }
        if part.iter().all(|c| !c.braced) && escape::string(part) == "others" {
            others = true;
            continue;
        }
        names.push(read_one(part));
    }
    (names, others)
}

fn read_one(chs: &[Ch]) -> Name {
    if chs.iter().all(|c| c.braced) {
        return Name::Organization(escape::string(chs));
    }
    let parts: Vec<&[Ch]> =
        chs.split(|c| !c.braced && c.c == ',').map(escape::trim).collect();
    if is_extended(&parts) {
        return read_extended(&parts);
    }
    // Braced spaces at the ends (`{MY. }`) are not kept: no `.bib` writer keeps them.
    let text = |p: &[Ch]| escape::string(p).trim().to_owned();
    let (von_last, given) = match parts.as_slice() {
        [one] => split_no_comma(one),
        [vl, g] => (vl.to_vec(), Some(text(g))),
        [vl, jr, g, ..] => {
            let mut vl = vl.to_vec();
            vl.push(Ch { c: ' ', braced: false });
            vl.extend_from_slice(jr);
            (vl, Some(text(g)))
        }
        [] => (Vec::new(), None),
    };
    // Leading unbraced lowercase words are the particle (`de`, `фон`).
    let words: Vec<&[Ch]> =
        von_last.split(|c| !c.braced && c.c == ' ').filter(|w| !w.is_empty()).collect();
    let n_von = words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|w| !w[0].braced && w[0].c.is_lowercase())
        .count();
    let join = |ws: &[&[Ch]]| ws.iter().map(|w| text(w)).collect::<Vec<_>>().join(" ");
    // `\relax ` is stripped from whole parts: stripping word by word left the ones
    // that the join of words makes.
    let family = strip_relax(&join(&words[n_von..])).trim().to_owned();
    let particle =
        (n_von > 0).then(|| strip_relax(&join(&words[..n_von])).trim().to_owned());
    let given =
        given.map(|g| strip_relax(&g).trim().to_owned()).filter(|g| !g.is_empty());
    let (given, initials) = match given {
        Some(g) if looks_like_initials(&g) => (None, Some(g)),
        g => (g, None),
    };
    Name::Person(Person { family, given, initials, particle, ..Person::default() })
}

/// Without a comma: GOST's `Иванов И. И.` (initials last) or BibTeX's `Ivan Ivanov`.
fn split_no_comma(chs: &[Ch]) -> (Vec<Ch>, Option<String>) {
    let s = escape::string(chs);
    let words: Vec<&str> = s.split(' ').collect();
    let first_initial = words.iter().position(|w| looks_like_initials(w));
    match first_initial {
        Some(i) if i > 0 && words[i..].iter().all(|w| looks_like_initials(w)) => {
            let cut = words[..i].join(" ").chars().count();
            (chs[..cut].to_vec(), Some(words[i..].join(" ")))
        }
        _ if words.len() > 1 => {
            let given = words[..words.len() - 1].join(" ");
            let cut = given.chars().count() + 1;
            (chs[cut..].to_vec(), Some(given))
        }
        _ => (chs.to_vec(), None),
    }
}

/// Removes every `\relax ` (what our writer puts in `{\relax Дж.}`), also those that a
/// removal brings together (`\re\relax lax `), in one pass, so that a second import of
/// our own export reads the same name.
fn strip_relax(s: &str) -> String {
    const RELAX: &str = "\\relax ";
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(c);
        if c == ' ' && out.ends_with(RELAX) {
            out.truncate(out.len() - RELAX.len());
        }
    }
    out
}

const EXTENDED_KEYS: [&str; 6] =
    ["family", "given", "given-i", "prefix", "suffix", "useprefix"];

fn is_extended(parts: &[&[Ch]]) -> bool {
    parts.iter().all(|p| {
        let s = escape::string(p);
        s.split_once('=').is_some_and(|(k, _)| EXTENDED_KEYS.contains(&k.trim()))
    })
}

fn read_extended(parts: &[&[Ch]]) -> Name {
    let mut p = Person::default();
    let mut given_i = None;
    for part in parts {
        let s = escape::string(part);
        let Some((k, v)) = s.split_once('=') else { continue };
        let v = strip_relax(v.trim());
        match k.trim() {
            "family" => p.family = v,
            "given" => p.given = Some(v),
            "given-i" => given_i = Some(from_initials_key(&v)),
            "prefix" => p.particle = Some(v),
            "suffix" => p.family = format!("{} {v}", p.family),
            _ => {}
        }
    }
    match (p.given.take(), given_i) {
        (Some(g), Some(i)) if g == i => p.initials = Some(i),
        (g, Some(i)) => {
            p.given = g;
            p.initials = Some(i);
        }
        (Some(g), None) if looks_like_initials(&g) => p.initials = Some(g),
        (g, None) => p.given = g,
    }
    Name::Person(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(names: &[Name], others: bool, dialect: Dialect) -> String {
        let mut out = String::new();
        write_into(&mut out, names, others, dialect);
        out
    }

    fn round(names: &[Name], dialect: Dialect) -> (Vec<Name>, bool) {
        let src = format!("@misc{{k, author = {{{}}}}}", write(names, true, dialect));
        let bib = biblatex::Bibliography::parse(&src).unwrap();
        read(&escape::chars(bib.get("k").unwrap().get("author").unwrap()))
    }

    #[test]
    fn persons_and_organisations() {
        let names = vec![
            Name::Person(Person::new("Панкратова", "А. М.")),
            Name::Organization("Рос. акад. наук".into()),
            Name::Person(Person::new("Смит", "Дж.")),
            Name::Person(Person {
                particle: Some("де".into()),
                given: Some("Шарль".into()),
                ..Person::new("Голль", "Ш.")
            }),
        ];
        assert_eq!(
            write(&names[..2], true, Dialect::Biblatex),
            "Панкратова, А. М. and {Рос. акад. наук} and others"
        );
        assert_eq!(round(&names, Dialect::Biblatex), (names.clone(), true));
        assert!(write(&names[2..3], false, Dialect::Bibtex).contains("{\\relax Дж.}"));
        assert_eq!(round(&names[..3], Dialect::Bibtex), (names[..3].to_vec(), true));
    }

    #[test]
    fn fast_path_agrees_with_the_general_reader() {
        for s in [
            "Панкратова, А. М. and Иванов, И. И. and others",
            "Smith, John and Lotman, Yu. M.",
            "Иванов, Иван Иванович",
        ] {
            let chs: Vec<Ch> = s.chars().map(|c| Ch { c, braced: false }).collect();
            assert_eq!(read_plain(s), Some(read(&chs)), "{s}");
        }
        for s in ["де Голль, Ш.", "Jr, A, B", "family=A, given=B", "A and B"] {
            assert_eq!(read_plain(s), None, "{s}");
        }
    }

    #[test]
    fn gost_heading_without_comma() {
        let chs: Vec<Ch> = "Иванов И. И. and Ivan Petrov"
            .chars()
            .map(|c| Ch { c, braced: false })
            .collect();
        let (names, _) = read(&chs);
        assert_eq!(names[0], Name::Person(Person::new("Иванов", "И. И.")));
        let Name::Person(p) = &names[1] else { panic!() };
        assert_eq!((p.family.as_str(), p.given.as_deref()), ("Petrov", Some("Ivan")));
    }
}
