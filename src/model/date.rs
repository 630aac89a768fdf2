//! Dates that may be partial, ranges, approximate or missing.

use serde::{Deserialize, Serialize};

/// A calendar date with optional month and day (`1945`, `29 окт. 1924`).
///
/// ```
/// use gostbib::PartialDate;
/// let d = PartialDate::ymd(1924, 10, 29);
/// assert_eq!(d.to_string(), "1924-10-29");
/// assert_eq!("1945".parse::<PartialDate>().unwrap(), PartialDate::year(1945));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct PartialDate {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month, 1–31.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

impl PartialDate {
    /// Only a year.
    pub const fn year(year: i32) -> Self {
        PartialDate { year, month: None, day: None }
    }
    /// Year and month.
    pub const fn ym(year: i32, month: u8) -> Self {
        PartialDate { year, month: Some(month), day: None }
    }
    /// A full date.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate { year, month: Some(month), day: Some(day) }
    }
}

impl std::fmt::Display for PartialDate {
    /// ISO 8601 / W3CDTF: `1945`, `1924-10`, `1924-10-29`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for PartialDate {
    type Err = crate::Error;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || crate::Error::UnknownValue { what: "date", value: s.to_owned() };
        let mut it = s.split('-');
        let year: i32 = it.next().ok_or_else(bad)?.parse().map_err(|_| bad())?;
        let month = it.next().map(|m| m.parse::<u8>()).transpose().map_err(|_| bad())?;
        let day = it.next().map(|d| d.parse::<u8>()).transpose().map_err(|_| bad())?;
        if it.next().is_some()
            || month.is_some_and(|m| !(1..=12).contains(&m))
            || day.is_some_and(|d| !(1..=31).contains(&d))
        {
            return Err(bad());
        }
        Ok(PartialDate { year, month, day })
    }
}

/// The date of a source: a date or a range, possibly approximate, possibly open.
///
/// ```
/// use gostbib::{Date, PartialDate};
/// let d = Date::year(1945);
/// assert_eq!(d.start, PartialDate::year(1945));
/// assert!(d.end.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Date {
    /// The (first) date.
    pub start: PartialDate,
    /// The last date of a range (`1985–1986`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    /// An open range, still going on (`2003 – .`, `1997–`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    /// Approximate: `[ок. 1900]`, `[1945?]` as an estimate.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// Uncertain: `[1945?]`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
    /// Supplied by the cataloguer, in square brackets (`[1945]`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub supplied: bool,
}

impl Date {
    /// A plain date.
    pub const fn new(start: PartialDate) -> Self {
        Date {
            start,
            end: None,
            open: false,
            approximate: false,
            uncertain: false,
            supplied: false,
        }
    }
    /// A plain year.
    pub const fn year(year: i32) -> Self {
        Date::new(PartialDate::year(year))
    }
    /// A closed range.
    pub const fn range(start: PartialDate, end: PartialDate) -> Self {
        let mut d = Date::new(start);
        d.end = Some(end);
        d
    }
}

/// Why a date, place or publisher is missing, when the reference says so
/// (`Б. г.`, `Б. д.`, `Б. м.`, `Б. и.`, `s. a.`, `n. d.`): the fact is kept, not lost.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Missing {
    /// The marker exactly as written, without brackets (`Б. д.`, `б. г.`, `s. l.`).
    pub written: String,
    /// Whether it was written in square brackets.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bracketed: bool,
}

impl Missing {
    /// A marker as written.
    pub fn new(written: impl Into<String>, bracketed: bool) -> Self {
        Missing { written: written.into(), bracketed }
    }
}
