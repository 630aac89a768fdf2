//! Parsing GOST references and reference lists.

mod split;

pub use split::{ListItem, split_list, split_list_items};

use crate::{Diagnostic, Error, Source};

/// Parser configuration, built with `const fn` setters.
///
/// ```
/// use gostbib::Parser;
/// const LENIENT: Parser = Parser::new().lenient(true);
/// assert!(LENIENT.is_lenient());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parser {
    lenient: bool,
    one_per_line: bool,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

/// What lenient parsing returns: the sources, and diagnostics about the input.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ParseOutput {
    /// The sources, in input order.
    pub sources: Vec<Source>,
    /// What the parser could not understand or had to guess, in input order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parser {
    /// Strict parsing, list splitting on.
    pub const fn new() -> Self {
        Parser { lenient: false, one_per_line: false }
    }
    /// Lenient parsing: keep going and collect diagnostics instead of failing.
    pub const fn lenient(mut self, yes: bool) -> Self {
        self.lenient = yes;
        self
    }
    /// Treat every non-empty line as one reference (no splitting inside lines).
    pub const fn one_per_line(mut self, yes: bool) -> Self {
        self.one_per_line = yes;
        self
    }
    /// Whether lenient mode is on.
    pub const fn is_lenient(&self) -> bool {
        self.lenient
    }
    /// Whether one-reference-per-line mode is on.
    pub const fn is_one_per_line(&self) -> bool {
        self.one_per_line
    }

    /// Parses a list (a paragraph, a numbered list, one per line).
    ///
    /// # Errors
    /// In strict mode, the first reference that cannot be parsed.
    pub fn parse(&self, input: &str) -> Result<ParseOutput, Error> {
        let _ = input;
        Err(Error::Unsupported("the GOST parser is not written yet".into()))
    }
}

/// Parses one reference.
///
/// # Errors
/// [`Error::Gost`] when the text cannot be a reference, [`Error::Empty`] when it is blank.
pub fn parse_reference(input: &str) -> Result<Source, Error> {
    let mut out = Parser::new().one_per_line(true).parse(input)?;
    match out.sources.len() {
        0 => Err(Error::Empty),
        _ => Ok(out.sources.swap_remove(0)),
    }
}

/// Parses a reference list: splits it, then parses each reference.
///
/// # Errors
/// In strict mode, the first reference that cannot be parsed.
pub fn parse_list(input: &str) -> Result<Vec<Source>, Error> {
    Parser::new().parse(input).map(|o| o.sources)
}
