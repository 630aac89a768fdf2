//! The statement of responsibility after ` / `: role phrases (`под ред.`,
//! `отв. ред. и сост.`, `пер. с англ.`, `Ed. by`), names in either order, `[и др.]`,
//! and a single organisation.

use super::names::person;
use super::words::{ROLE_PHRASES, RoleWord};
use crate::lang::chars::{is_upper, to_lower};
use crate::lang::names::nominative;
use crate::{Contributor, Name, Person, Role};

/// What a statement of responsibility says.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Responsibility {
    pub(crate) authors: Vec<Person>,
    pub(crate) contributors: Vec<Contributor>,
    /// A statement that is one organisation (`Российская государственная библиотека`).
    pub(crate) organization: Option<String>,
    pub(crate) et_al: bool,
}

fn role(r: RoleWord) -> Role {
    match r {
        RoleWord::Author => Role::Author,
        RoleWord::Editor => Role::Editor,
        RoleWord::Translator => Role::Translator,
        RoleWord::Compiler => Role::Compiler,
        RoleWord::Commentator => Role::Commentator,
        RoleWord::Introduction => Role::Introduction,
    }
}

/// Strips the role phrases at the start of `s`; returns the roles of the last one and
/// whether it governs the genitive (`под ред. А. Н. Кокотова`).
fn strip_roles(mut s: &str) -> (Option<&'static [RoleWord]>, bool, &str) {
    let mut roles = None;
    let mut genitive = false;
    loop {
        s = s.trim_start();
        let lower = to_lower(s);
        let found = ROLE_PHRASES
            .iter()
            .filter(|(p, _)| lower.starts_with(p))
            .max_by_key(|(p, _)| p.len());
        match found {
            Some((p, r)) => {
                // Byte length of the phrase in the original case.
                let n: usize =
                    s.chars().take(p.chars().count()).map(char::len_utf8).sum();
                roles = Some(*r);
                genitive = p.starts_with("под");
                s = &s[n..];
            }
            None => return (roles, genitive, s),
        }
    }
}

/// Reads a statement of responsibility.
pub(crate) fn responsibility(text: &str) -> Responsibility {
    let mut out = Responsibility::default();
    let cleaned: String =
        text.chars().filter(|&c| c != '[' && c != ']' && c != '©').collect();
    let statements: Vec<&str> = cleaned.split(';').collect();
    let single = statements.len() == 1;
    for st in statements {
        // `В.В.Кокшарова: Учеб. пособие`: what follows a colon is not a name.
        let st = st.split(" : ").next().unwrap_or(st);
        let st = match st.find(':') {
            Some(k) if !st[k + 1..].starts_with("//") => &st[..k],
            _ => st,
        };
        let mut st = st.trim();
        for etal in ["и др.", "и др", "et al.", "et al"] {
            if let Some(p) = st.strip_suffix(etal) {
                out.et_al = true;
                st = p.trim().trim_end_matches(',').trim();
            }
        }
        if st.is_empty() {
            continue;
        }
        let (roles, genitive, rest) = strip_roles(st);
        let pieces: Vec<&str> = rest
            .split(',')
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" и "))
            .map(|p| {
                p.trim().trim_matches(|c: char| {
                    c.is_ascii_digit() || c == '—' || c == '-' || c == ' '
                })
            })
            .filter(|p| !p.is_empty())
            .collect();
        match roles {
            Some(rs) => {
                for piece in pieces {
                    let Some(mut p) = person(piece) else { continue };
                    if genitive {
                        let hint = p.initials.clone().or(p.given.clone());
                        if let Some(nom) = nominative(&p.family, hint.as_deref())
                            .filter(|n| *n != p.family)
                        {
                            p.as_written = Some(std::mem::replace(&mut p.family, nom));
                        }
                    }
                    for r in rs {
                        if *r == RoleWord::Author {
                            out.authors.push(p.clone());
                        } else {
                            out.contributors.push(Contributor::new(
                                Name::Person(p.clone()),
                                role(*r),
                            ));
                        }
                    }
                }
            }
            None => {
                let people: Vec<Option<Person>> = pieces
                    .iter()
                    .map(|p| {
                        person(p).filter(|q| q.initials.is_some() || q.given.is_some())
                    })
                    .collect();
                if !people.is_empty() && people.iter().all(Option::is_some) {
                    out.authors.extend(people.into_iter().flatten());
                } else if single
                    && pieces.len() == 1
                    && !pieces[0].trim_end_matches('.').contains('.')
                    && pieces[0].chars().next().is_some_and(is_upper)
                {
                    out.organization = Some(pieces[0].trim_end_matches('.').to_owned());
                } else if pieces.len() == 2
                    && pieces.iter().all(|p| {
                        !p.contains(' ')
                            && p.trim_end_matches('.')
                                .chars()
                                .all(|c| matches!(c, '\u{0400}'..='\u{04FF}' | '-'))
                    })
                {
                    // `Малакович, Ирина`
                    if let Some(mut p) = person(pieces[0]) {
                        p.given = Some(pieces[1].trim_end_matches('.').to_owned());
                        out.authors.push(p);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fam(r: &Responsibility) -> (Vec<String>, Vec<(String, Role)>) {
        (
            r.authors.iter().map(|p| p.family.clone()).collect(),
            r.contributors
                .iter()
                .map(|c| match &c.name {
                    Name::Person(p) => (p.family.clone(), c.role.clone()),
                    Name::Organization(o) => (o.clone(), c.role.clone()),
                })
                .collect(),
        )
    }

    #[test]
    fn roles() {
        let r = responsibility("отв. ред. Г. Н.Чеботарев, Е.С.Шугрина");
        assert_eq!(
            fam(&r).1,
            vec![("Чеботарев".into(), Role::Editor), ("Шугрина".into(), Role::Editor)]
        );
        let r = responsibility("Пер. с англ. под ред. В.В. Ковалева");
        assert_eq!(fam(&r).1, vec![("Ковалев".into(), Role::Editor)]);
        let Name::Person(p) = &r.contributors[0].name else { panic!() };
        assert_eq!(p.as_written.as_deref(), Some("Ковалева"));
        let r = responsibility("отв. ред. и сост. В.М. Хрусталёв");
        assert_eq!(fam(&r).1.len(), 2);
        let r = responsibility("Ed. by William G. Rosenberg and Lewis H. Siegelbaum");
        assert_eq!(
            fam(&r).1.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["Rosenberg", "Siegelbaum"]
        );
    }

    #[test]
    fn authors_and_organisations() {
        let r = responsibility("С.А.Антонов, Л.И.Желнакова, О.В. Петин");
        assert_eq!(fam(&r).0, ["Антонов", "Желнакова", "Петин"]);
        let r = responsibility("Российская государственная библиотека");
        assert_eq!(
            r.organization.as_deref(),
            Some("Российская государственная библиотека")
        );
        let r = responsibility(
            "М-во образования Рос. Федерации, Алт. гос. ун-т ; [отв. ред. В. К. Толстов]",
        );
        assert!(r.organization.is_none() && r.authors.is_empty());
        assert_eq!(fam(&r).1, vec![("Толстов".into(), Role::Editor)]);
        let r = responsibility("А. Иванов [и др.]");
        assert!(r.et_al);
        assert_eq!(fam(&r).0, ["Иванов"]);
    }
}
