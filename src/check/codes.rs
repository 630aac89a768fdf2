//! The diagnostic codes of the checker: one table, the single source of truth for
//! codes, default severities, titles and whether `--fix` repairs them.

use crate::Severity;

/// What the checker knows about one diagnostic code.
///
/// ```
/// use gostbib::Severity;
/// use gostbib::check::codes::lookup;
/// let c = lookup("G033").unwrap();
/// assert_eq!((c.severity, c.fixable), (Severity::Error, false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    /// The stable code (`G012`).
    pub code: &'static str,
    /// The severity the checker gives it.
    pub severity: Severity,
    /// A short title (`missing access date`).
    pub title: &'static str,
    /// Whether `--fix` repairs what it reports.
    pub fixable: bool,
}

const fn info(
    code: &'static str,
    severity: Severity,
    title: &'static str,
    fixable: bool,
) -> CodeInfo {
    CodeInfo { code, severity, title, fixable }
}

use Severity::{Error as E, Note as N, Warning as W};

/// Every code the checker emits, in code order. `docs/codes/<CODE>.md` documents each.
///
/// ```
/// use gostbib::check::codes::{CODES, lookup};
/// assert!(CODES.windows(2).all(|w| w[0].code < w[1].code));
/// assert_eq!(lookup("G012").unwrap().title, "missing access date");
/// ```
pub const CODES: &[CodeInfo] = &[
    info("G001", E, "reference could not be parsed", false),
    info("G002", N, "no canonical form", false),
    info("G003", N, "differs from the canonical form", true),
    info("G004", W, "text not understood", false),
    info("G010", E, "missing place of publication", false),
    info("G011", E, "missing publisher", false),
    info("G012", E, "missing access date", false),
    info("G013", E, "missing URL of an electronic resource", false),
    info("G014", E, "missing year of publication", false),
    info("G015", W, "missing pages of a component part", false),
    info("G016", E, "missing host of a component part", false),
    info("G017", E, "missing title", false),
    info("G020", W, "non-GOST page abbreviation", true),
    info("G021", W, "element not used in this style", true),
    info("G030", W, "malformed URL label", true),
    info("G031", W, "mixed dashes", true),
    info("G032", W, "hyphen in a range", true),
    info("G033", E, "unbalanced brackets or quotes", false),
    info("G034", E, "letter from another script", true),
    info("G035", W, "spacing of prescribed punctuation", true),
    info("G036", W, "case of an abbreviation", true),
    info("G037", N, "initials without a space", true),
    info("G040", W, "duplicate reference", false),
    info("G041", W, "list not in GOST order", false),
    info("G042", W, "numbering gap", false),
];

/// The table entry of a code.
///
/// ```
/// use gostbib::check::codes::lookup;
/// assert!(lookup("G999").is_none());
/// assert!(lookup("G030").unwrap().fixable);
/// ```
pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    CODES.iter().find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_and_well_formed() {
        for w in CODES.windows(2) {
            assert!(w[0].code < w[1].code, "{} !< {}", w[0].code, w[1].code);
        }
        for c in CODES {
            assert!(c.code.len() == 4 && c.code.starts_with('G'));
            assert!(
                !c.title.ends_with('.') && c.title.chars().next().unwrap().is_lowercase()
            );
        }
    }
}
