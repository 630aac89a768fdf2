//! Value conversions shared by export and import: ranges, dates, missing-data markers.

use crate::{Date, Missing, PartialDate};

/// The dash the model writes ranges with (`12–15`).
const RANGE_DASH: char = '–';

/// A range as MODS `extent` children: `Ok((start, Some(end)))` for `12–15`, `Ok((n, None))`
/// for a single positive number, `Err(text)` for anything else (written as `<list>`).
pub(crate) fn split_range(value: &str) -> Result<(&str, Option<&str>), &str> {
    let simple =
        |s: &str| !s.is_empty() && !s.contains(['-', RANGE_DASH]) && s.trim() == s;
    match value.split_once(RANGE_DASH) {
        Some((a, b)) if simple(a) && simple(b) => Ok((a, Some(b))),
        None if simple(value) => Ok((value, None)),
        _ => Err(value),
    }
}

/// The inverse of [`split_range`], also for foreign `start`/`end` pairs.
pub(crate) fn join_range(start: Option<&str>, end: Option<&str>) -> Option<String> {
    match (start, end) {
        (Some(a), Some(b)) => Some(format!("{a}{RANGE_DASH}{b}")),
        (Some(a), _) | (None, Some(a)) => Some(a.to_owned()),
        (None, None) => None,
    }
}

/// A positive integer as `xs:positiveInteger` accepts it, written canonically.
pub(crate) fn is_positive_integer(s: &str) -> bool {
    !s.is_empty() && !s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a URL is a valid `xs:anyURI` as libxml2 (xmllint) checks it: characters
/// that need escaping are tolerated, but every `%` must start a `%XX` escape, `#` may
/// occur once, brackets only belong to IPv6 hosts, and a scheme must be well-formed.
/// `location/url` is typed `xs:anyURI`; other URLs are written as
/// `identifier type="uri" invalid="yes"`, which is a plain string.
pub(crate) fn is_any_uri(url: &str) -> bool {
    let b = url.as_bytes();
    let mut hashes = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'%' => {
                let hex = |j: usize| b.get(j).is_some_and(u8::is_ascii_hexdigit);
                if !(hex(i + 1) && hex(i + 2)) {
                    return false;
                }
            }
            b'#' => hashes += 1,
            b'[' | b']' => return false,
            _ => {}
        }
    }
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    let scheme_ok = match head.split_once(':') {
        None => true,
        Some((scheme, _)) => {
            scheme.bytes().next().is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
        }
    };
    hashes <= 1 && scheme_ok
}

/// Which element a missing-data marker stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum MissingOf {
    /// `Б. м.`, `s. l.`
    Place,
    /// `б. и.`, `s. n.`
    Publisher,
    /// `Б. г.`, `Б. д.`, `s. a.`, `n. d.`
    Date,
}

/// Writes a missing-data marker the way MARC 260 does, in brackets when it was bracketed.
pub(crate) fn missing_text(m: &Missing) -> String {
    if m.bracketed { format!("[{}]", m.written) } else { m.written.clone() }
}

/// Any text as a marker, the inverse of [`missing_text`].
pub(crate) fn missing_from_text(text: &str) -> Missing {
    match text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        Some(inner) => Missing::new(inner, true),
        None => Missing::new(text, false),
    }
}

/// Reads a text as a missing-data marker of the given element, if it is one. Markers
/// are compared without spaces and case (`[Б.м.]`, `s. l.`); no allocation unless found.
pub(crate) fn parse_missing(text: &str, of: MissingOf) -> Option<Missing> {
    if text.len() > 40 {
        return None;
    }
    let inner = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')).unwrap_or(text);
    let known: &[&str] = match of {
        MissingOf::Place => &["б.м.", "s.l.", "n.p.", "безместа"],
        MissingOf::Publisher => &["б.и.", "s.n.", "n.p.", "безиздательства"],
        MissingOf::Date => {
            &["б.г.", "б.д.", "s.a.", "s.d.", "n.d.", "безгода", "бездаты"]
        }
    };
    let key =
        || inner.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_lowercase);
    known.iter().any(|k| key().eq(k.chars())).then(|| missing_from_text(text))
}

/// One `dateIssued` element: its text and attributes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateValue {
    /// `start` or `end` for a range, `None` for a single date.
    pub(crate) point: Option<&'static str>,
    /// W3CDTF, or EDTF with `~` (approximate), `?` (uncertain), `%` (both).
    pub(crate) text: String,
    /// `w3cdtf` or `edtf`.
    pub(crate) encoding: &'static str,
    /// `inferred` (supplied), `approximate` or `questionable`.
    pub(crate) qualifier: Option<&'static str>,
}

/// The `dateIssued` elements for a date: one, or a `start`/`end` pair for a range; an
/// open range is a `start` without an `end`.
pub(crate) fn date_values(d: &Date) -> Vec<DateValue> {
    let flag = match (d.approximate, d.uncertain) {
        (true, true) => "%",
        (true, false) => "~",
        (false, true) => "?",
        (false, false) => "",
    };
    let encoding = if flag.is_empty() { "w3cdtf" } else { "edtf" };
    let qualifier = if d.supplied {
        Some("inferred")
    } else if d.approximate {
        Some("approximate")
    } else if d.uncertain {
        Some("questionable")
    } else {
        None
    };
    let value = |p: PartialDate, point| DateValue {
        point,
        text: format!("{p}{flag}"),
        encoding,
        qualifier,
    };
    match d.end {
        Some(end) => vec![value(d.start, Some("start")), value(end, Some("end"))],
        None if d.open => vec![value(d.start, Some("start"))],
        None => vec![value(d.start, None)],
    }
}

/// What a `dateIssued` text says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DateText {
    /// A date with its flags (approximate, uncertain, supplied); an EDTF interval
    /// `1985/1986` gives an end too.
    Date(PartialDate, Option<PartialDate>, [bool; 3]),
    /// A missing-date marker (`[б. г.]`).
    Missing(Missing),
    /// Nothing usable.
    Unknown,
}

/// Reads a W3CDTF/EDTF/free-text date (`1945`, `1945-05`, `1900~`, `[1998?]`, `c1998`,
/// `1985/1986`, `[б. г.]`).
pub(crate) fn parse_date_text(text: &str) -> DateText {
    if let Some(m) = parse_missing(text, MissingOf::Date) {
        return DateText::Missing(m);
    }
    let (start, end) = match text.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (text, None),
    };
    let one = |s: &str| -> Option<(PartialDate, [bool; 3])> {
        let s = s.trim();
        let (s, flag) = match s.char_indices().last() {
            Some((i, c @ ('~' | '?' | '%'))) => (&s[..i], Some(c)),
            _ => (s, None),
        };
        let approx = matches!(flag, Some('~' | '%'));
        let uncertain = matches!(flag, Some('?' | '%'));
        if let Ok(d) = s.parse::<PartialDate>() {
            return Some((d, [approx, uncertain, false]));
        }
        // Free text such as `[1998?]`, `c1998`, `ca. 1900`: take the first 4-digit year.
        let bytes = s.as_bytes();
        let at = (0..bytes.len().saturating_sub(3)).find(|&i| {
            bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
        })?;
        let year = s[at..at + 4].parse().ok()?;
        let lower = s.to_lowercase();
        let approx =
            approx || ["ca.", "circa", "ок.", "около"].iter().any(|w| lower.contains(w));
        Some((
            PartialDate::year(year),
            [approx, uncertain || s.contains('?'), s.contains('[')],
        ))
    };
    match one(start) {
        Some((d, flags)) => {
            let end = end.and_then(one).map(|(e, _)| e);
            DateText::Date(d, end, flags)
        }
        None => DateText::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_split_only_when_they_join_back() {
        assert_eq!(split_range("12–15"), Ok(("12", Some("15"))));
        assert_eq!(split_range("5"), Ok(("5", None)));
        assert_eq!(split_range("12-15"), Err("12-15"));
        assert_eq!(split_range("34 об."), Ok(("34 об.", None)));
        for v in ["12–15", "5", "IV"] {
            let (a, b) = split_range(v).unwrap();
            assert_eq!(join_range(Some(a), b).as_deref(), Some(v));
        }
    }

    #[test]
    fn any_uri_follows_libxml2() {
        assert!(is_any_uri("https://example.org/a?b=c%20d#frag"));
        assert!(is_any_uri("https://ru.wikipedia.org/wiki/Москва"));
        assert!(!is_any_uri("https://example.org/100%"));
        assert!(!is_any_uri("https://example.org/a#b#c"));
        assert!(!is_any_uri("1http://example.org"));
    }

    #[test]
    fn missing_markers_are_recognised_with_brackets() {
        let m = parse_missing("[Б. м.]", MissingOf::Place).unwrap();
        assert_eq!((m.written.as_str(), m.bracketed), ("Б. м.", true));
        assert_eq!(missing_text(&m), "[Б. м.]");
        assert!(parse_missing("Москва", MissingOf::Place).is_none());
        assert!(parse_missing("б. г.", MissingOf::Place).is_none());
    }

    #[test]
    fn dates_round_trip_through_their_text() {
        let mut d = Date::year(1900);
        d.approximate = true;
        let v = date_values(&d);
        assert_eq!((v[0].text.as_str(), v[0].encoding), ("1900~", "edtf"));
        assert_eq!(
            parse_date_text(&v[0].text),
            DateText::Date(PartialDate::year(1900), None, [true, false, false])
        );
        assert_eq!(
            parse_date_text("[1998?]"),
            DateText::Date(PartialDate::year(1998), None, [false, true, true])
        );
        assert!(matches!(parse_date_text("[б. г.]"), DateText::Missing(_)));
        assert_eq!(parse_date_text("n/a"), DateText::Unknown);
    }
}
