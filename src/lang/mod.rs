//! Language tools: abbreviations, language identification, collation.
//!
//! Each piece is usable on its own.

pub mod abbrev;
pub mod collate;
pub mod detect;

pub use abbrev::expand_city;
pub use collate::sort_key;
pub use detect::detect_language;
