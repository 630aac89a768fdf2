//! Citation marks (`[1, с. 25]`, `[Панкратова, 1945]`) and repeated references
//! (`Там же. С. 68.`, `Гаврилов В. П., Ивановский С. И. Общество и природная среда. С. 81.`).
//!
//! ```
//! use gostbib::gost::cite::{Ibid, Mark};
//! use gostbib::gost::Lang;
//!
//! let mark = Mark::number(1, Some("25"), Lang::Ru);
//! assert_eq!(mark.to_string(), "[1, с. 25]");
//! let both: Mark = "[Есин, 2012; Махонина, 2011]".parse()?;
//! assert_eq!(both.items.len(), 2);
//! assert_eq!(both.to_string(), "[Есин, 2012; Махонина, 2011]");
//! assert_eq!(Ibid::new(Lang::Ru).pages("68").to_string(), "Там же. С. 68.");
//! assert_eq!(Ibid::new(Lang::En).pages("5").to_string(), "Ibid. P. 5.");
//! # Ok::<(), gostbib::Error>(())
//! ```

use std::fmt;

use super::names::{has_heading, heading};
use super::{GostPrinter, Initials, Lang, Style};
use crate::{Error, Kind, Name, Source};

/// What a citation mark points to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarkKey {
    /// The number of the entry in a numbered list (`[59]`).
    Number(usize),
    /// Author (or title) and year for an unnumbered list (`[Николаев, 1975]`).
    AuthorYear {
        /// Surname(s), `Иванов и др.`, or the title of an anonymous work.
        name: String,
        /// The year as written, with a letter if needed (`1966b`); `None` when unknown.
        year: Option<String>,
    },
}

/// One pointer inside a mark: what, and where in it (`с. 25`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct MarkItem {
    /// The entry pointed to.
    pub key: MarkKey,
    /// The location as written, with its label (`с. 25`, `p. 12`).
    pub locator: Option<String>,
}

/// A citation mark of ГОСТ Р 7.0.5-2008 §7: one or more pointers in square brackets,
/// separated by `; `.
///
/// ```
/// use gostbib::gost::cite::{Mark, MarkKey};
/// let m: Mark = "[Бахтин, 2003, с. 18]".parse()?;
/// assert_eq!(
///     m.items[0].key,
///     MarkKey::AuthorYear { name: "Бахтин".into(), year: Some("2003".into()) }
/// );
/// assert_eq!(m.items[0].locator.as_deref(), Some("с. 18"));
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Mark {
    /// The pointers, in order.
    pub items: Vec<MarkItem>,
}

fn locator(pages: Option<&str>, lang: Lang) -> Option<String> {
    pages.map(|p| format!("{} {p}", lang.words().pages_lower))
}

impl Mark {
    /// `[n]` or `[n, с. pages]`.
    pub fn number(n: usize, pages: Option<&str>, lang: Lang) -> Mark {
        Mark {
            items: vec![MarkItem {
                key: MarkKey::Number(n),
                locator: locator(pages, lang),
            }],
        }
    }

    /// `[Панкратова, 1945]`, `[Айгистов и др., 2001, с. 5]`, `[Детская энциклопедия, 1966]`
    /// for a source: 1–3 surnames, the first with `и др.` for 4 and more, else the
    /// title proper; the year of the source or of its host.
    ///
    /// ```
    /// use gostbib::gost::cite::Mark;
    /// use gostbib::{Date, Name, Person, Source, Title};
    /// let s = Source {
    ///     authors: vec![Name::Person(Person::new("Бахтин", "М. М."))],
    ///     title: Title::new("Эстетика"),
    ///     date: Some(Date::year(2003)),
    ///     ..Source::default()
    /// };
    /// assert_eq!(Mark::author_year(&s, Some("18")).to_string(), "[Бахтин, 2003, с. 18]");
    /// ```
    pub fn author_year(s: &Source, pages: Option<&str>) -> Mark {
        let lang = Lang::of(s);
        let family = |n: &Name| match n {
            Name::Person(p) => p.family.clone(),
            Name::Organization(o) => o.clone(),
        };
        let name = if has_heading(s) {
            s.authors.iter().map(family).collect::<Vec<_>>().join(", ")
        } else if let Some(first) = s.authors.first() {
            format!("{} {}", family(first), lang.words().et_al)
        } else {
            s.title.main.clone()
        };
        let year = s
            .date
            .or_else(|| s.host.as_ref().and_then(|h| h.date))
            .map(|d| d.start.year.to_string())
            .or_else(|| s.date_missing.as_ref().map(|m| m.written.clone()));
        Mark {
            items: vec![MarkItem {
                key: MarkKey::AuthorYear { name, year },
                locator: locator(pages, lang),
            }],
        }
    }

    /// Several pointers in one mark: `[1; 3, с. 5]`.
    pub fn join(marks: impl IntoIterator<Item = Mark>) -> Mark {
        Mark { items: marks.into_iter().flat_map(|m| m.items).collect() }
    }
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, item) in self.items.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            match &item.key {
                MarkKey::Number(n) => write!(f, "{n}")?,
                MarkKey::AuthorYear { name, year } => {
                    f.write_str(name)?;
                    if let Some(y) = year {
                        write!(f, ", {y}")?;
                    }
                }
            }
            if let Some(l) = &item.locator {
                write!(f, ", {l}")?;
            }
        }
        f.write_str("]")
    }
}

/// Whether a piece of a mark is a year: `1975`, `1966b`, `Б. г.`.
fn is_year(piece: &str) -> bool {
    let digits = piece.chars().take_while(char::is_ascii_digit).count();
    (digits == 4 && piece.chars().skip(4).all(|c| c.is_alphabetic()) && piece.len() <= 5)
        || ["Б. г.", "б. г.", "Б. д.", "s. a.", "S. a.", "n. d."].contains(&piece)
}

impl std::str::FromStr for Mark {
    type Err = Error;

    /// Reads `[59]`, `[10, с. 81]`, `[Николаев, 1975]`, `[Бахтин, 2003, с. 18]`,
    /// `[Есин, 2012; Махонина, 2011]`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::UnknownValue { what: "citation mark", value: s.to_owned() };
        let inner = s
            .trim()
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .ok_or_else(bad)?;
        let mut items = Vec::new();
        for part in inner.split("; ") {
            let pieces: Vec<&str> = part.split(", ").map(str::trim).collect();
            if pieces.iter().any(|p| p.is_empty()) {
                return Err(bad());
            }
            if let Ok(n) = pieces[0].parse::<usize>() {
                let locator = (pieces.len() > 1).then(|| pieces[1..].join(", "));
                items.push(MarkItem { key: MarkKey::Number(n), locator });
                continue;
            }
            let year_at = pieces.iter().position(|p| is_year(p)).ok_or_else(bad)?;
            if year_at == 0 {
                return Err(bad());
            }
            let locator =
                (pieces.len() > year_at + 1).then(|| pieces[year_at + 1..].join(", "));
            items.push(MarkItem {
                key: MarkKey::AuthorYear {
                    name: pieces[..year_at].join(", "),
                    year: Some(pieces[year_at].to_owned()),
                },
                locator,
            });
        }
        Ok(Mark { items })
    }
}

/// A consecutive repeated reference (ГОСТ Р 7.0.5-2008 §8.3): `Там же. С. 68.`,
/// `Там же. Т. 2. С. 5.`, `Ibid. P. 5.`
///
/// ```
/// use gostbib::gost::{cite::Ibid, Lang};
/// assert_eq!(Ibid::new(Lang::Ru).volume("2").pages("5").to_string(), "Там же. Т. 2. С. 5.");
/// let read: Ibid = "Там же. С. 68.".parse()?;
/// assert_eq!(read.pages.as_deref(), Some("68"));
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Ibid {
    /// The language of the source referred to (`Там же` or `Ibid.`).
    pub lang: Lang,
    /// Another volume than the previous reference.
    pub volume: Option<String>,
    /// The pages now cited.
    pub pages: Option<String>,
}

impl Ibid {
    /// `Там же.` / `Ibid.` with no locator.
    pub const fn new(lang: Lang) -> Self {
        Ibid { lang, volume: None, pages: None }
    }
    /// With a volume.
    pub fn volume(mut self, v: impl Into<String>) -> Self {
        self.volume = Some(v.into());
        self
    }
    /// With pages.
    pub fn pages(mut self, p: impl Into<String>) -> Self {
        self.pages = Some(p.into());
        self
    }
}

impl fmt::Display for Ibid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = self.lang.words();
        f.write_str(w.ibid.trim_end_matches('.'))?;
        if let Some(v) = &self.volume {
            write!(f, ". {} {v}", w.volume)?;
        }
        if let Some(p) = &self.pages {
            write!(f, ". {} {p}", w.pages)?;
        }
        f.write_str(".")
    }
}

impl std::str::FromStr for Ibid {
    type Err = Error;

    /// Reads what [`Display`](fmt::Display) writes, in any language of
    /// [`Lang::ALL`].
    fn from_str(s: &str) -> Result<Self, Error> {
        Lang::ALL.into_iter().find_map(|lang| parse_ibid(s.trim(), lang)).ok_or_else(
            || Error::UnknownValue { what: "repeated reference", value: s.to_owned() },
        )
    }
}

fn parse_ibid(s: &str, lang: Lang) -> Option<Ibid> {
    let w = lang.words();
    let mut rest = s.strip_prefix(w.ibid.trim_end_matches('.'))?.strip_suffix('.')?;
    let mut ibid = Ibid::new(lang);
    while !rest.is_empty() {
        rest = rest.strip_prefix(". ")?;
        let (slot, after) = if let Some(r) = rest.strip_prefix(w.volume) {
            (&mut ibid.volume, r)
        } else {
            (&mut ibid.pages, rest.strip_prefix(w.pages)?)
        };
        let after = after.strip_prefix(' ')?;
        let end = after.find(". ").unwrap_or(after.len());
        if end == 0 || slot.is_some() {
            return None;
        }
        *slot = Some(after[..end].to_owned());
        rest = &after[end..];
    }
    Some(ibid)
}

/// A shortened repeated reference (§8.2): heading and title proper for 1–3 authors,
/// else the title proper (for a standard, its designation), then the pages; always
/// with `. ` between elements.
///
/// ```
/// use gostbib::gost::{cite::short_reference, GostPrinter};
/// use gostbib::{Name, Person, Source, Title};
/// let s = Source {
///     authors: vec![
///         Name::Person(Person::new("Гаврилов", "В. П.")),
///         Name::Person(Person::new("Ивановский", "С. И.")),
///     ],
///     title: Title { other: vec!["монография".into()], ..Title::new("Общество и природная среда") },
///     ..Source::default()
/// };
/// assert_eq!(
///     short_reference(&GostPrinter::new(), &s, Some("81"))?,
///     "Гаврилов В. П., Ивановский С. И. Общество и природная среда. С. 81."
/// );
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// [`Error::Empty`] when the source has neither a heading nor a title.
pub fn short_reference(
    p: &GostPrinter,
    s: &Source,
    pages: Option<&str>,
) -> Result<String, Error> {
    let style =
        if p.get_style().is_record() { Style::Gost2008Short } else { p.get_style() };
    let initials = if p.get_initials() == Initials::AsWritten {
        Initials::Space
    } else {
        p.get_initials()
    };
    let mut out = String::new();
    if let Some(h) = heading(s, style, initials) {
        out.push_str(&h);
    }
    let title = if s.kind == Kind::Standard || !s.title.main.is_empty() {
        s.title.main.as_str()
    } else {
        ""
    };
    if !title.is_empty() {
        if !out.is_empty() {
            out.push_str(if out.ends_with('.') { " " } else { ". " });
        }
        out.push_str(title);
    }
    if out.is_empty() {
        return Err(Error::Empty);
    }
    if let Some(pg) = pages {
        out.push_str(if out.ends_with('.') { " " } else { ". " });
        out.push_str(&format!("{} {pg}", Lang::of(s).words().pages));
    }
    Ok(super::areas::with_period(out))
}

/// A complex reference (комплексная ссылка, ГОСТ Р 7.0.5-2008 §4.13): several
/// references in one, separated by ` ; `, in the order given; a heading that repeats
/// the previous one is replaced by `Его же`, `Ее же`, `Их же` (`Idem` in Latin script).
///
/// ```
/// use gostbib::gost::{cite::complex, GostPrinter};
/// use gostbib::{Date, Name, Person, Source, Title};
/// let by = |f: &str, t: &str, y| Source {
///     authors: vec![Name::Person(Person::new(f, "М. М."))],
///     title: Title::new(t),
///     date: Some(Date::year(y)),
///     ..Source::default()
/// };
/// let list = [by("Бахтин", "Эстетика словесного творчества", 1979), by("Бахтин", "Проблемы поэтики Достоевского", 1963)];
/// assert_eq!(
///     complex(&GostPrinter::new(), &list)?,
///     "Бахтин М. М. Эстетика словесного творчества. 1979 ; Его же. Проблемы поэтики Достоевского. 1963."
/// );
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// [`Error::Empty`] when the list is empty or a source holds nothing to show.
pub fn complex(p: &GostPrinter, sources: &[Source]) -> Result<String, Error> {
    let inner = p.trailing_period(false).variant(super::Variant::Endnote);
    let mut parts = Vec::with_capacity(sources.len());
    let mut previous: Option<&[Name]> = None;
    for s in sources {
        let mut text = inner.to_string(s)?;
        let same = previous.is_some_and(|prev| prev == s.authors.as_slice());
        if let (true, Some(h)) = (same, heading(s, p.get_style(), p.get_initials())) {
            if let Some(rest) = text.strip_prefix(h.as_str()) {
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                text = format!("{}.{rest}", same_author(s));
            }
        }
        previous = has_heading(s).then_some(s.authors.as_slice());
        parts.push(text);
    }
    if parts.is_empty() {
        return Err(Error::Empty);
    }
    let joined = parts.join(" ; ");
    Ok(if p.get_trailing_period() { super::areas::with_period(joined) } else { joined })
}

/// `Его же` / `Ее же` / `Их же` / `Idem` for the heading of a source.
fn same_author(s: &Source) -> &'static str {
    if Lang::of(s) != Lang::Ru {
        return "Idem";
    }
    if s.authors.len() > 1 {
        return "Их же";
    }
    let female = match s.authors.first() {
        Some(Name::Person(p)) => ["ова", "ева", "ёва", "ина", "ына", "ая", "яя"]
            .iter()
            .any(|e| p.family.ends_with(e)),
        _ => false,
    };
    if female { "Ее же" } else { "Его же" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip() {
        for m in [
            "[59]",
            "[10, с. 81]",
            "[Николаев, 1975]",
            "[Бахтин, 2003, с. 18]",
            "[Есин, 2012; Махонина, 2011]",
            "[Детская энциклопедия, 1966b, с. 33]",
            "[1; 3, с. 5]",
        ] {
            assert_eq!(m.parse::<Mark>().unwrap().to_string(), m);
        }
    }

    #[test]
    fn bad_marks_are_errors() {
        for m in ["", "[]", "Николаев, 1975", "[Николаев]", "[, 1975]", "[Иванов, с. 5]"]
        {
            assert!(m.parse::<Mark>().is_err(), "{m}");
        }
    }

    #[test]
    fn author_year_forms() {
        let p = |f: &str| Name::Person(crate::Person::new(f, "А."));
        let mut s = Source {
            authors: vec![p("Иванов"), p("Петров")],
            date: Some(crate::Date::year(2001)),
            ..Source::default()
        };
        assert_eq!(Mark::author_year(&s, None).to_string(), "[Иванов, Петров, 2001]");
        s.authors = ["Айгистов", "Б", "В", "Г"].iter().map(|f| p(f)).collect();
        assert_eq!(
            Mark::author_year(&s, Some("5")).to_string(),
            "[Айгистов и др., 2001, с. 5]"
        );
        s.authors.clear();
        s.title = crate::Title::new("Moscow");
        assert_eq!(Mark::author_year(&s, Some("5")).to_string(), "[Moscow, 2001, p. 5]");
        let joined = Mark::join([
            Mark::number(1, None, Lang::Ru),
            Mark::number(3, Some("5"), Lang::Ru),
        ]);
        assert_eq!(joined.to_string(), "[1; 3, с. 5]");
    }

    #[test]
    fn ibid_round_trip() {
        for s in [
            "Там же. С. 68.",
            "Там же. С. 157.",
            "Там же. Т. 2. С. 5.",
            "Там же.",
            "Ibid. P. 5.",
            "Ibid. Bd. 2. S. 5.",
        ] {
            let parsed: Ibid = s.parse().unwrap();
            assert_eq!(parsed.to_string(), s);
        }
        assert!("Там же С. 68.".parse::<Ibid>().is_err());
        assert!("Тамже. С. 68.".parse::<Ibid>().is_err());
        assert!("Там же. Х. 68.".parse::<Ibid>().is_err());
    }

    #[test]
    fn complex_references() {
        let by = |fams: &[&str], t: &str| Source {
            authors: fams
                .iter()
                .map(|f| Name::Person(crate::Person::new(*f, "А.")))
                .collect(),
            title: crate::Title::new(t),
            ..Source::default()
        };
        let p = GostPrinter::new();
        let list =
            [by(&["Панкратова"], "А"), by(&["Панкратова"], "Б"), by(&["Иванов"], "В")];
        assert_eq!(
            complex(&p, &list).unwrap(),
            "Панкратова А. А ; Ее же. Б ; Иванов А. В."
        );
        let list = [by(&["Иванов", "Петров"], "А"), by(&["Иванов", "Петров"], "Б")];
        assert_eq!(complex(&p, &list).unwrap(), "Иванов А., Петров А. А ; Их же. Б.");
        let list = [by(&["Smith"], "A"), by(&["Smith"], "B")];
        assert_eq!(complex(&p, &list).unwrap(), "Smith А. A ; Idem. B.");
        assert!(complex(&p, &[]).is_err());
    }

    #[test]
    fn short_reference_forms() {
        let std = Source {
            title: crate::Title::new("ГОСТ Р 7.0.4–2006"),
            ..Source::new(Kind::Standard)
        };
        assert_eq!(
            short_reference(&GostPrinter::new(), &std, Some("5")).unwrap(),
            "ГОСТ Р 7.0.4–2006. С. 5."
        );
        assert!(short_reference(&GostPrinter::new(), &Source::default(), None).is_err());
    }
}
