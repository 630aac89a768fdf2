//! A generated corpus in every format, built once per size.
#![allow(dead_code, unreachable_pub)]

use gostbib::Source;
use gostbib::bibtex::{Dialect, to_bib_string};
use gostbib::gost::{Style, to_gost_string};

use super::corpus;

/// N sources and their text in every format.
pub struct Data {
    /// The sources.
    pub sources: Vec<Source>,
    /// One GOST reference per line (ГОСТ Р 7.0.5-2008, short form).
    pub lines: String,
    /// The same references as one `Lit.:` paragraph separated by `; `.
    pub paragraph: String,
    /// BibLaTeX.
    pub bib: String,
    /// MODS collection.
    pub mods: String,
    /// CSL-JSON array.
    pub csl: String,
}

impl Data {
    /// Generates `n` sources (seed 1945) and writes them in every format.
    pub fn new(n: usize) -> Data {
        let sources = corpus::sources(1945, n);
        let gost: Vec<String> = sources
            .iter()
            .map(|s| to_gost_string(s, Style::Gost2008Short).expect("formats"))
            .collect();
        let mut lines = gost.join("\n");
        lines.push('\n');
        let paragraph = format!(
            "Лит.: {}.",
            gost.iter().map(|g| g.trim_end_matches('.')).collect::<Vec<_>>().join("; ")
        );
        Data {
            bib: to_bib_string(&sources, Dialect::Biblatex).expect("bib export"),
            mods: gostbib::mods::to_mods_string(&sources).expect("mods export"),
            csl: gostbib::csl::to_csl_json(&sources),
            sources,
            lines,
            paragraph,
        }
    }
}
