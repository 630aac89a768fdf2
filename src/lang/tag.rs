//! Reading BCP 47 language tags so that what is read is what would be read again.

use unic_langid::LanguageIdentifier;

/// Parses a language tag into the form that reads back unchanged from its own text.
///
/// `unic-langid` accepts a four-letter alphabetic subtag after a variant
/// (`ru-abcdefg-latn`) as a variant, but writes the variants sorted, so the text it
/// writes (`ru-latn-abcdefg`) reads back with a script instead. Reading the written
/// form once more gives a tag that is a fixed point, so every import (CSL-JSON, MODS,
/// BibLaTeX) and its round trip agree.
///
/// ```
/// use gostbib::lang::parse_language_tag;
/// let tag = parse_language_tag("ru-abcdefg-latn").unwrap();
/// assert_eq!(parse_language_tag(&tag.to_string()), Some(tag));
/// assert_eq!(parse_language_tag("ru").unwrap().to_string(), "ru");
/// assert!(parse_language_tag("not a tag").is_none());
/// ```
pub fn parse_language_tag(tag: &str) -> Option<LanguageIdentifier> {
    let first: LanguageIdentifier = tag.parse().ok()?;
    let text = first.to_string();
    if text.eq_ignore_ascii_case(tag) {
        return Some(first);
    }
    text.parse().ok().or(Some(first))
}
