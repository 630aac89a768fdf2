//! The peers we measure against, on the same data: hayagriva formatting with its bundled
//! GOST CSL style, and the biblatex crate parsing the same `.bib`.
#![allow(dead_code, unreachable_pub)]

use hayagriva::archive::{ArchivedStyle, locales};
use hayagriva::citationberg::{IndependentStyle, Locale, Style};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, CitationItem, CitationRequest, Library,
};

/// hayagriva's GOST style and locales, loaded once.
pub struct Hayagriva {
    style: IndependentStyle,
    locales: Vec<Locale>,
}

impl Hayagriva {
    /// Loads `gost-r-705-2008-numeric` from hayagriva's archive.
    pub fn new() -> Self {
        let Style::Independent(style) = ArchivedStyle::GostR7052008Numeric.get() else {
            panic!("the GOST style is an independent style")
        };
        Hayagriva { style, locales: locales() }
    }

    /// Parses a `.bib` file into hayagriva's library (not part of the timed work).
    pub fn library(bib: &str) -> Library {
        hayagriva::io::from_biblatex_str(bib).expect("hayagriva reads our .bib")
    }

    /// Formats every entry of the library as one bibliography; returns the number of
    /// rendered items.
    pub fn format(&self, library: &Library) -> usize {
        let mut driver = BibliographyDriver::new();
        for entry in library.iter() {
            driver.citation(CitationRequest::from_items(
                vec![CitationItem::with_entry(entry)],
                &self.style,
                &self.locales,
            ));
        }
        let rendered = driver.finish(BibliographyRequest {
            style: &self.style,
            locale: None,
            locale_files: &self.locales,
        });
        rendered.bibliography.map_or(0, |b| b.items.len())
    }
}

/// The biblatex crate's own parse of a `.bib` file; returns the number of entries.
pub fn biblatex_parse(bib: &str) -> usize {
    biblatex::Bibliography::parse(bib).expect("biblatex parses our .bib").len()
}
