//! Language tools for Cyrillic and mixed-script references: transliteration, language
//! identification, homoglyph repair, personal names, collation, abbreviations and
//! romanized reference lists.
//!
//! Each piece is usable on its own:
//!
//! | module        | what it does                                                   |
//! |---------------|----------------------------------------------------------------|
//! | [`translit`]  | ГОСТ 7.79-2000 A/B, ISO/R 9, BGN/PCGN, ALA-LC, BSI-style       |
//! | [`detect`]    | language of a reference or title → `LanguageIdentifier`        |
//! | [`homoglyph`] | Latin letters in Cyrillic words and the reverse (`Мocква`)     |
//! | [`names`]     | initials, particles, nominative of a genitive family name     |
//! | [`collate`]   | GOST list order: Cyrillic before Latin, `ё` = `е`, numbers     |
//! | [`abbrev`]    | ГОСТ Р 7.0.12-2011 / ГОСТ 7.11-2004 abbreviations both ways    |
//! | [`romanize`]  | a reference as Russian journals print it in English lists     |
//! | [`parse_language_tag`] | BCP 47 tags read to the form that reads back unchanged |

pub mod abbrev;
mod abbrev_table;
pub(crate) mod chars;
pub mod collate;
pub mod detect;
mod detect_words;
pub mod homoglyph;
pub mod names;
mod names_table;
pub mod romanize;
mod tag;
pub mod translit;
mod translit_table;

pub use abbrev::expand_city;
pub use collate::sort_key;
pub use detect::detect_language;
pub use homoglyph::repair_homoglyphs;
pub use names::nominative;
pub use romanize::romanize_reference;
pub use tag::parse_language_tag;
pub use translit::{System, transliterate, untranslit_a};
