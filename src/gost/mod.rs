//! Formatting sources as GOST strings.
//!
//! Three styles, selected with [`Style`]:
//!
//! | style | standard | between areas | heading |
//! |---|---|---|---|
//! | `gost-2008` | ГОСТ Р 7.0.5-2008 ссылка, full form | `. — ` | `Панкратова А. М.` (1–3 authors) |
//! | `gost-2008-short` | ГОСТ Р 7.0.5-2008 ссылка, short form (§4.9) | `. ` | `Панкратова А. М.` (1–3 authors) |
//! | `gost-2018` | ГОСТ Р 7.0.100-2018 запись | `. – ` | `Хабаров, А. В.` (one), names repeated after ` / ` |
//!
//! ```
//! use gostbib::gost::{to_gost_string, Style};
//! use gostbib::{Date, Kind, Name, Numbering, Person, Place, Source, Title};
//!
//! let chapter = Source {
//!     authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
//!     title: Title::new("Признание СССР Францией"),
//!     numbering: Numbering { chapter: Some("11".into()), ..Numbering::default() },
//!     host: Some(Box::new(Source {
//!         title: Title::new("История дипломатии"),
//!         numbering: Numbering { volume: Some("3".into()), ..Numbering::default() },
//!         places: vec![Place::abbreviated("Москва", "М."), Place::abbreviated("Ленинград", "Л.")],
//!         date: Some(Date::year(1945)),
//!         ..Source::new(Kind::Book)
//!     })),
//!     ..Source::new(Kind::Chapter)
//! };
//! assert_eq!(
//!     to_gost_string(&chapter, Style::Gost2008Short)?,
//!     "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М. ; Л., 1945. Гл. 11."
//! );
//! assert_eq!(
//!     to_gost_string(&chapter, Style::Gost2008)?,
//!     "Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. — М. ; Л., 1945. — Гл. 11."
//! );
//! assert_eq!(
//!     to_gost_string(&chapter, Style::Gost2018)?,
//!     "Панкратова, А. М. Признание СССР Францией / А. М. Панкратова // История дипломатии. Т. 3. – М. ; Л., 1945. – Гл. 11."
//! );
//! # Ok::<(), gostbib::Error>(())
//! ```
//!
//! Everything a style can be told is on [`GostPrinter`]; [`format_section`] renders a
//! sorted, numbered list, and [`cite`] makes citation marks and repeated references.
//! The choices made where the standards and their guides disagree are listed in
//! `docs/gost.md`.

mod areas;
pub mod cite;
mod names;
mod section;
mod words;

pub use section::{
    SectionEntry, SectionFormat, SectionOptions, format_section, section_entries,
    section_sort_key,
};
pub use words::{Lang, Words, role_words};

use crate::{Error, Source};

/// The GOST style to format in.
///
/// ```
/// use gostbib::gost::Style;
/// assert_eq!("gost-2018".parse::<Style>()?, Style::Gost2018);
/// assert_eq!(Style::Gost2008Short.name(), "gost-2008-short");
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Style {
    /// ГОСТ Р 7.0.5-2008 затекстовая ссылка, full punctuation (`. — `).
    Gost2008,
    /// ГОСТ Р 7.0.5-2008 with `. ` between areas (the short form).
    #[default]
    Gost2008Short,
    /// ГОСТ Р 7.0.100-2018 bibliographic description.
    Gost2018,
}

impl Style {
    /// Every style.
    pub const ALL: [Style; 3] = [Style::Gost2008, Style::Gost2008Short, Style::Gost2018];

    /// The style's name as the CLI spells it.
    pub const fn name(self) -> &'static str {
        match self {
            Style::Gost2008 => "gost-2008",
            Style::Gost2008Short => "gost-2008-short",
            Style::Gost2018 => "gost-2018",
        }
    }

    /// The dash a style uses by default: `—` for ГОСТ Р 7.0.5-2008, `–` for
    /// ГОСТ Р 7.0.100-2018 (the dashes of the standards' own copies).
    pub const fn default_dash(self) -> Dash {
        match self {
            Style::Gost2008 | Style::Gost2008Short => Dash::Em,
            Style::Gost2018 => Dash::En,
        }
    }

    /// Whether this is a ГОСТ Р 7.0.100-2018 record rather than a 7.0.5-2008 reference.
    pub const fn is_record(self) -> bool {
        matches!(self, Style::Gost2018)
    }
}

impl std::fmt::Display for Style {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Style {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Style::ALL
            .into_iter()
            .find(|st| st.name() == s)
            .ok_or_else(|| Error::UnknownValue { what: "style", value: s.to_owned() })
    }
}

/// The dash between areas (`. — `) and in ranges the formatter builds (`1985–1986`).
///
/// ```
/// use gostbib::gost::{Dash, GostPrinter, Style};
/// assert_eq!(Dash::Em.char(), '—');
/// assert_eq!(GostPrinter::new().style(Style::Gost2018).get_dash(), Dash::En);
/// assert_eq!(GostPrinter::new().style(Style::Gost2008).get_dash(), Dash::Em);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Dash {
    /// `—`, U+2014, as in the ГОСТ Р 7.0.5-2008 copies.
    Em,
    /// `–`, U+2013, as in the ГОСТ Р 7.0.100-2018 copies.
    En,
}

impl Dash {
    /// The character.
    pub const fn char(self) -> char {
        match self {
            Dash::Em => '—',
            Dash::En => '–',
        }
    }
}

/// How initials are spaced: `А. М.`, `А.\u{a0}М.` or `А.М.`.
///
/// ```
/// use gostbib::gost::{GostPrinter, Initials};
/// use gostbib::{Name, Person, Source, Title};
/// let s = Source {
///     authors: vec![Name::Person(Person::new("Радаев", "В.В."))],
///     title: Title::new("Экономическая социология"),
///     ..Source::default()
/// };
/// assert_eq!(GostPrinter::new().to_string(&s)?, "Радаев В. В. Экономическая социология.");
/// let none = GostPrinter::new().initials(Initials::None);
/// assert_eq!(none.to_string(&s)?, "Радаев В.В. Экономическая социология.");
/// let nbsp = GostPrinter::new().initials(Initials::Nbsp);
/// assert!(nbsp.to_string(&s)?.starts_with("Радаев\u{a0}В.\u{a0}В. "));
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Initials {
    /// Plain spaces (`Панкратова А. М.`), as the standards print them.
    Space,
    /// No-break spaces between initials and between surname and initials, so that a
    /// name is never broken across lines (not regulated by the standards).
    Nbsp,
    /// No space between initials (`Радаев В.В.`), as many guides print them.
    None,
    /// The initials exactly as stored in the model.
    AsWritten,
}

impl Initials {
    /// The spacing of initials that a written reference uses, so that a list can be
    /// formatted like a sample of it: the first pair of initials decides (`В.В.` →
    /// [`Initials::None`], `В. В.` → [`Initials::Space`], `В.\u{a0}В.` →
    /// [`Initials::Nbsp`]); `None` when the text has no pair of initials. The parser
    /// stores initials the standard's way (`В. В.`) whatever the input, so this is
    /// how a round trip reproduces a guide that writes them closed up.
    ///
    /// ```
    /// use gostbib::gost::Initials;
    /// assert_eq!(Initials::detect("Радаев В.В. Экономическая социология"), Some(Initials::None));
    /// assert_eq!(Initials::detect("Панкратова А. М. Признание"), Some(Initials::Space));
    /// assert_eq!(Initials::detect("США. Т. 2. М. ; Л., 1945"), None);
    /// ```
    pub fn detect(text: &str) -> Option<Initials> {
        let cs: Vec<char> = text.chars().collect();
        // An initial: a capital alone (not the end of a word) followed by a period.
        let initial = |k: usize| {
            cs.get(k).is_some_and(|c| c.is_uppercase())
                && cs.get(k + 1) == Some(&'.')
                && (k == 0 || !cs[k - 1].is_alphabetic())
        };
        (0..cs.len()).filter(|&k| initial(k)).find_map(|k| match cs.get(k + 2) {
            Some(_) if initial(k + 2) => Some(Initials::None),
            Some(' ') if initial(k + 3) => Some(Initials::Space),
            Some('\u{a0}') if initial(k + 3) => Some(Initials::Nbsp),
            _ => None,
        })
    }
}

/// How places of publication are written.
///
/// ```
/// use gostbib::gost::{Cities, GostPrinter};
/// use gostbib::{Date, Place, Source, Title};
/// let s = Source {
///     title: Title::new("Очерки"),
///     places: vec![Place::abbreviated("Москва", "М."), Place::new("Санкт-Петербург")],
///     date: Some(Date::year(1900)),
///     ..Source::default()
/// };
/// assert_eq!(GostPrinter::new().to_string(&s)?, "Очерки. М. ; Санкт-Петербург, 1900.");
/// let abbr = GostPrinter::new().cities(Cities::Abbreviate);
/// assert_eq!(abbr.to_string(&s)?, "Очерки. М. ; СПб., 1900.");
/// let full = GostPrinter::new().cities(Cities::Expand);
/// assert_eq!(full.to_string(&s)?, "Очерки. Москва ; Санкт-Петербург, 1900.");
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cities {
    /// As the reference wrote them ([`Place::written`](crate::Place::written)), else in
    /// full.
    AsWritten,
    /// Abbreviated where ГОСТ Р 7.0.12-2011 has an abbreviation (`М.`, `СПб.`).
    Abbreviate,
    /// Always in full (`Москва`), as ГОСТ Р 7.0.100-2018 examples write them.
    Expand,
}

/// Which kind of ГОСТ Р 7.0.5-2008 reference to write (ignored for records).
///
/// ```
/// use gostbib::gost::{GostPrinter, Variant};
/// use gostbib::{Date, Source, Title};
/// let s = Source {
///     title: Title::new("Очерки"),
///     date: Some(Date::year(1900)),
///     extent: Some("120 с.".into()),
///     ..Source::default()
/// };
/// assert_eq!(GostPrinter::new().to_string(&s)?, "Очерки. 1900. 120 с.");
/// assert_eq!(GostPrinter::new().variant(Variant::Footnote).to_string(&s)?, "Очерки. 1900. 120 с.");
/// assert_eq!(GostPrinter::new().variant(Variant::InText).to_string(&s)?, "(Очерки. 1900)");
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Variant {
    /// затекстовая: an entry of a list after the text.
    Endnote,
    /// подстрочная: a footnote. The text is that of the endnote; the footnote mark is
    /// the caller's.
    Footnote,
    /// внутритекстовая: in round brackets inside the text, without the extent, series,
    /// notes and identifiers and without a final period: `(Хакер. 2008. № 1. С. 15)`.
    InText,
}

/// A configured GOST formatter.
///
/// Built like jiff's printers: `const fn new()` and by-value `const fn` setters, so a
/// configuration can be a `const`.
///
/// ```
/// use gostbib::gost::{Dash, GostPrinter, Initials, Style};
/// use gostbib::{Date, Name, Person, Source, Title};
///
/// const PRINTER: GostPrinter =
///     GostPrinter::new().style(Style::Gost2008).dash(Dash::En).initials(Initials::None);
/// let book = Source {
///     authors: vec![Name::Person(Person::new("Радаев", "В. В."))],
///     title: Title::new("Экономическая социология"),
///     edition: Some("2-е изд.".into()),
///     date: Some(Date::year(2008)),
///     ..Source::default()
/// };
/// assert_eq!(PRINTER.to_string(&book)?, "Радаев В.В. Экономическая социология. – 2-е изд. – 2008.");
/// let mut out = String::new();
/// PRINTER.trailing_period(false).print(&book, &mut out)?;
/// assert_eq!(out, "Радаев В.В. Экономическая социология. – 2-е изд. – 2008");
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GostPrinter {
    style: Style,
    dash: Option<Dash>,
    initials: Initials,
    cities: Cities,
    trailing_period: bool,
    variant: Variant,
    abbreviate: bool,
}

impl Default for GostPrinter {
    fn default() -> Self {
        GostPrinter::new()
    }
}

impl GostPrinter {
    /// The default printer: `gost-2008-short`, the style's dash, spaced initials,
    /// places as written, a trailing period, an endnote (затекстовая) reference.
    pub const fn new() -> Self {
        GostPrinter {
            style: Style::Gost2008Short,
            dash: None,
            initials: Initials::Space,
            cities: Cities::AsWritten,
            trailing_period: true,
            variant: Variant::Endnote,
            abbreviate: false,
        }
    }
    /// Abbreviate words per ГОСТ Р 7.0.12-2011 / ГОСТ 7.11-2004 in the elements a
    /// reference may shorten — other title information, edition, publishers,
    /// organisations and role words — never in titles proper (7.0.5 §4.9). Records
    /// (`gost-2018`) ignore it: they abbreviate no words of their own. Off by default,
    /// so that what the source says comes back as it said it.
    ///
    /// ```
    /// use gostbib::gost::GostPrinter;
    /// use gostbib::{Source, Title};
    /// let s = Source {
    ///     title: Title { other: vec!["учебное пособие".into()], ..Title::new("Основы") },
    ///     publishers: vec!["Издательство Московского университета".into()],
    ///     ..Source::default()
    /// };
    /// assert_eq!(
    ///     GostPrinter::new().abbreviate(true).to_string(&s)?,
    ///     "Основы : учеб. пособие. Изд-во Моск. ун-та."
    /// );
    /// # Ok::<(), gostbib::Error>(())
    /// ```
    pub const fn abbreviate(mut self, yes: bool) -> Self {
        self.abbreviate = yes;
        self
    }
    /// The style.
    pub const fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }
    /// The dash (defaults to [`Style::default_dash`]).
    pub const fn dash(mut self, dash: Dash) -> Self {
        self.dash = Some(dash);
        self
    }
    /// The spacing of initials.
    pub const fn initials(mut self, initials: Initials) -> Self {
        self.initials = initials;
        self
    }
    /// How places are written.
    pub const fn cities(mut self, cities: Cities) -> Self {
        self.cities = cities;
        self
    }
    /// Whether the reference ends with a period (never inside an in-text reference).
    pub const fn trailing_period(mut self, yes: bool) -> Self {
        self.trailing_period = yes;
        self
    }
    /// The kind of reference (затекстовая, подстрочная, внутритекстовая).
    pub const fn variant(mut self, variant: Variant) -> Self {
        self.variant = variant;
        self
    }

    /// The configured style.
    pub const fn get_style(&self) -> Style {
        self.style
    }
    /// The dash in use.
    pub const fn get_dash(&self) -> Dash {
        match self.dash {
            Some(d) => d,
            None => self.style.default_dash(),
        }
    }
    /// The spacing of initials.
    pub const fn get_initials(&self) -> Initials {
        self.initials
    }
    /// How places are written.
    pub const fn get_cities(&self) -> Cities {
        self.cities
    }
    /// Whether a trailing period is written.
    pub const fn get_trailing_period(&self) -> bool {
        self.trailing_period
    }
    /// The kind of reference.
    pub const fn get_variant(&self) -> Variant {
        self.variant
    }
    /// Whether words are abbreviated (references only).
    pub const fn get_abbreviate(&self) -> bool {
        self.abbreviate && !self.style.is_record()
    }

    /// Writes one source.
    ///
    /// # Errors
    /// [`Error::Empty`] when the source holds nothing a reference could show;
    /// [`Error::Io`] when the writer fails.
    pub fn print<W: std::fmt::Write + ?Sized>(
        &self,
        source: &Source,
        out: &mut W,
    ) -> Result<(), Error> {
        let text = self.to_string(source)?;
        out.write_str(&text).map_err(|e| Error::Io(e.to_string()))
    }

    /// Formats one source as a string.
    ///
    /// ```
    /// use gostbib::gost::{GostPrinter, Variant};
    /// use gostbib::{Date, Kind, Numbering, Source, Title};
    /// let issue = Source {
    ///     title: Title::new("Хакер"),
    ///     date: Some(Date::year(2008)),
    ///     numbering: Numbering { issue: Some("1".into()), pages: Some("15".into()), ..Numbering::default() },
    ///     ..Source::new(Kind::Periodical)
    /// };
    /// let in_text = GostPrinter::new().variant(Variant::InText);
    /// assert_eq!(in_text.to_string(&issue)?, "(Хакер. 2008. № 1. С. 15)");
    /// # Ok::<(), gostbib::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Empty`] when the source holds nothing a reference could show.
    pub fn to_string(&self, source: &Source) -> Result<String, Error> {
        let mut out = String::with_capacity(256);
        self.write_into(source, &mut out)?;
        Ok(out)
    }

    /// Appends one source to `out` (what [`GostPrinter::to_string`] returns); on an
    /// error `out` is left as it was.
    pub(crate) fn write_into(
        &self,
        source: &Source,
        out: &mut String,
    ) -> Result<(), Error> {
        let start = out.len();
        areas::render_into(self, source, out);
        // Any control character at all (a loop the compiler vectorises), then the
        // line breaks and tabs among them.
        let control = out.as_bytes()[start..].iter().fold(false, |m, &b| m | (b < 0x20));
        if control
            && out.as_bytes()[start..].iter().any(|b| matches!(b, b'\n' | b'\r' | b'\t'))
        {
            // A reference is one line, whatever line breaks the model's values hold.
            // (No-break spaces stay.)
            let body = out[start..]
                .split(['\n', '\r', '\t', ' '])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            out.truncate(start);
            out.push_str(&body);
        }
        if out.len() == start {
            return Err(Error::Empty);
        }
        match (self.variant, self.style.is_record()) {
            (Variant::InText, false) => {
                out.insert(start, '(');
                out.push(')');
            }
            _ if self.trailing_period
                && !out[start..].ends_with(['.', '?', '!', '…']) =>
            {
                out.push('.');
            }
            _ => {}
        }
        Ok(())
    }
}

/// Formats one source in a style with the default options of [`GostPrinter`].
///
/// ```
/// use gostbib::gost::{to_gost_string, Style};
/// use gostbib::{Date, Name, Person, Place, Source, Title};
/// let book = Source {
///     authors: vec![Name::Person(Person::new("Кауфман", "И. М."))],
///     title: Title { other: vec!["библиография".into()], ..Title::new("Терминологические словари") },
///     places: vec![Place::abbreviated("Москва", "М.")],
///     date: Some(Date::year(1961)),
///     ..Source::default()
/// };
/// assert_eq!(
///     to_gost_string(&book, Style::Gost2008Short)?,
///     "Кауфман И. М. Терминологические словари : библиография. М., 1961."
/// );
/// assert_eq!(
///     to_gost_string(&book, Style::Gost2008)?,
///     "Кауфман И. М. Терминологические словари : библиография. — М., 1961."
/// );
/// assert_eq!(
///     to_gost_string(&book, Style::Gost2018)?,
///     "Кауфман, И. М. Терминологические словари : библиография / И. М. Кауфман. – М., 1961."
/// );
/// # Ok::<(), gostbib::Error>(())
/// ```
///
/// # Errors
/// [`Error::Empty`] when the source holds nothing a reference could show.
pub fn to_gost_string(source: &Source, style: Style) -> Result<String, Error> {
    GostPrinter::new().style(style).to_string(source)
}
