//! Parsing GOST references and reference lists.
//!
//! The pipeline for each reference: normalisation (NFC, spaces, soft hyphens, with a
//! byte map back to the input) → a lexer (tokens with byte spans) → the area grammar
//! (heading, title area, responsibility, imprint, locators, `//` host, archival
//! ciphers, law gazettes) → the kind of document. The design, the grammar and the
//! diagnostic codes are in `docs/parser.md`.

mod cursor;
mod dates;
mod elements;
mod extract;
mod finish;
mod imprint;
mod lexer;
mod names;
pub(crate) mod normalize;
mod reference;
mod respons;
mod special;
mod split;
mod title;
mod words;

pub use split::{ListItem, split_list, split_list_items};

use crate::{Diagnostic, Error, LineIndex, Origin, Severity, Source, Span, Spanned};

/// Parser configuration, built with `const fn` setters.
///
/// ```
/// use gostbib::Parser;
/// const LENIENT: Parser = Parser::new().lenient(true);
/// assert!(LENIENT.is_lenient());
/// let out = LENIENT.one_per_line(true).parse("Троцкий Л. Д. Уроки Октября. М., 1924.\n\n")?;
/// assert_eq!(out.sources.len(), 1);
/// assert_eq!(out.sources[0].title.main, "Уроки Октября");
/// # Ok::<(), gostbib::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parser {
    lenient: bool,
    one_per_line: bool,
    /// Whether to look for letters of another script (off for the checker, whose
    /// `G034` reports the same letters, word by word).
    script_lint: bool,
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

/// The diagnostic codes of the parser (documented in `docs/parser.md`).
pub mod codes {
    /// An empty reference (only spaces and punctuation).
    pub const EMPTY: &str = "P001";
    /// No title could be found.
    pub const NO_TITLE: &str = "P002";
    /// Text that no element of the grammar claimed; kept in `Source::unparsed`.
    pub const UNPARSED: &str = "P003";
    /// A letter of another script among Cyrillic or Latin ones (`CCCP`, `Cочинения`).
    pub const MIXED_SCRIPT: &str = "P004";
    /// `URL.:` written for `URL:`.
    pub const URL_LABEL: &str = "P005";
    /// `/ /` written for `//`.
    pub const SPACED_SLASHES: &str = "P006";
    /// More diagnostics for one reference than are reported.
    pub const TRUNCATED: &str = "P007";
    /// Characters that are no text (control or private-use characters); read as
    /// spaces, kept in `Source::unparsed`.
    pub const NOT_TEXT: &str = "P008";
}

impl Parser {
    /// Strict parsing, list splitting on.
    pub const fn new() -> Self {
        Parser { lenient: false, one_per_line: false, script_lint: true }
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
    /// Without the mixed-script diagnostics (`P004`): for the checker, which reports
    /// the same letters itself.
    pub(crate) const fn without_script_lint(mut self) -> Self {
        self.script_lint = false;
        self
    }
    /// What diagnostics to make.
    const fn diagnose(&self) -> Diagnose {
        if self.script_lint { Diagnose::All } else { Diagnose::AllButScripts }
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
    /// Each reference becomes a [`Source`] whose [`origin`](Source::origin) holds its
    /// text and position; diagnostics carry character-based line and column numbers.
    ///
    /// # Errors
    /// In strict mode, [`Error::Gost`] for the first diagnostic of severity
    /// [`Severity::Error`] (an empty reference, a reference without a title), and
    /// [`Error::Empty`] when the input holds no reference at all.
    ///
    /// ```
    /// use gostbib::{Error, Parser};
    /// let err = Parser::new().one_per_line(true).parse("М., 2001.").unwrap_err();
    /// assert!(matches!(err, Error::Gost { expected: "a title", .. }));
    /// ```
    pub fn parse(&self, input: &str) -> Result<ParseOutput, Error> {
        let index = LineIndex::new(input);
        let parsed = self
            .spans(input)
            .into_iter()
            .map(|span| parse_span(&index, span, self.diagnose()));
        self.collect(input, parsed)
    }

    /// Parses like [`Parser::parse`], with the references of the list parsed on all
    /// cores (rayon). Splitting stays sequential; the result, its order and its
    /// diagnostics are the same as those of [`Parser::parse`].
    ///
    /// # Errors
    /// As [`Parser::parse`].
    ///
    /// ```
    /// use gostbib::Parser;
    /// let list = "Троцкий Л. Д. Уроки Октября. М., 1924.\nПалеолог М. Царская Россия накануне революции. М., 1923.";
    /// let p = Parser::new().one_per_line(true);
    /// assert_eq!(p.parse_parallel(list)?, p.parse(list)?);
    /// # Ok::<(), gostbib::Error>(())
    /// ```
    #[cfg(feature = "rayon")]
    pub fn parse_parallel(&self, input: &str) -> Result<ParseOutput, Error> {
        use rayon::prelude::*;
        let index = LineIndex::new(input);
        let parsed: Vec<_> = self
            .spans(input)
            .into_par_iter()
            .map(|span| parse_span(&index, span, self.diagnose()))
            .collect();
        self.collect(input, parsed)
    }

    /// Parses like [`Parser::parse`] on up to `threads` threads of the standard library
    /// (no rayon): the list is split first, then its references are parsed in
    /// `threads` runs of consecutive references. The result is that of
    /// [`Parser::parse`]. The checker uses it for long lists.
    pub(crate) fn parse_on_threads(
        &self,
        input: &str,
        threads: usize,
    ) -> Result<ParseOutput, Error> {
        let index = LineIndex::new(input);
        let parsed = crate::threads::map_in_runs(self.spans(input), threads, |span| {
            parse_span(&index, span, self.diagnose())
        });
        self.collect(input, parsed)
    }

    /// Parses like [`Parser::parse`], handing the result to `f` in batches of at
    /// most `batch` references (`0` counts as 1), so that a converter can write
    /// the references of a batch and drop them before the next is parsed: memory
    /// stays bounded by the batch, not the list. The list is split once, as a
    /// whole; every source and diagnostic is the same as from [`Parser::parse`]
    /// (positions are in the whole input), and the batches come in input order.
    /// With the feature `rayon`, the references of each batch are parsed on all
    /// cores.
    ///
    /// # Errors
    /// As [`Parser::parse`] (strict mode stops at the first error; batches
    /// before it have been handed over), or the first error `f` returns.
    ///
    /// ```
    /// use gostbib::Parser;
    /// let list = "Троцкий Л. Д. Уроки Октября. М., 1924.\nПалеолог М. Царская Россия. М., 1923.\nЛинда В. Н. Воспоминания. М., 1990.";
    /// let p = Parser::new().one_per_line(true);
    /// let mut batches = Vec::new();
    /// p.parse_batches(list, 2, |out| {
    ///     batches.push(out.sources);
    ///     Ok(())
    /// })?;
    /// assert_eq!(batches.iter().map(Vec::len).collect::<Vec<_>>(), [2, 1]);
    /// assert_eq!(batches.concat(), p.parse(list)?.sources);
    /// # Ok::<(), gostbib::Error>(())
    /// ```
    pub fn parse_batches(
        &self,
        input: &str,
        batch: usize,
        mut f: impl FnMut(ParseOutput) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let index = LineIndex::new(input);
        let spans = self.spans(input);
        let mut any = false;
        for chunk in spans.chunks(batch.max(1)) {
            #[cfg(feature = "rayon")]
            let parsed: Vec<_> = {
                use rayon::prelude::*;
                chunk
                    .par_iter()
                    .map(|span| parse_span(&index, span.clone(), self.diagnose()))
                    .collect()
            };
            #[cfg(not(feature = "rayon"))]
            let parsed = chunk
                .iter()
                .map(|span| parse_span(&index, span.clone(), self.diagnose()));
            let out = self.gather(input, parsed)?;
            any |= !out.sources.is_empty();
            f(out)?;
        }
        if !any && !self.lenient {
            return Err(Error::Empty);
        }
        Ok(())
    }

    fn spans(&self, input: &str) -> Vec<Span> {
        if self.one_per_line { lines(input) } else { split_list(input) }
    }

    /// Gathers parsed references in order; strict mode stops at the first error.
    fn collect(
        &self,
        input: &str,
        parsed: impl IntoIterator<Item = (Option<Source>, Vec<Diagnostic>)>,
    ) -> Result<ParseOutput, Error> {
        let out = self.gather(input, parsed)?;
        if out.sources.is_empty() && !self.lenient {
            return Err(Error::Empty);
        }
        Ok(out)
    }

    /// [`Parser::collect`] without the check that something was found.
    fn gather(
        &self,
        input: &str,
        parsed: impl IntoIterator<Item = (Option<Source>, Vec<Diagnostic>)>,
    ) -> Result<ParseOutput, Error> {
        let parsed = parsed.into_iter();
        // One slot per reference up front: a source is over a kilobyte, and growing
        // the vector by doubling copies them all again (and faults in fresh pages).
        let mut out = ParseOutput {
            sources: Vec::with_capacity(parsed.size_hint().0),
            diagnostics: Vec::new(),
        };
        for (source, diags) in parsed {
            if !self.lenient {
                if let Some(d) = diags.iter().find(|d| d.severity == Severity::Error) {
                    return Err(gost_error(input, d));
                }
            }
            out.diagnostics.extend(diags);
            if let Some(s) = source {
                out.sources.push(s);
            }
        }
        Ok(out)
    }

    /// Parses a list given as bytes: checks that they are UTF-8, then [`parse`](Self::parse)s.
    ///
    /// # Errors
    /// [`Error::Utf8`] with the offset of the first invalid byte; otherwise as
    /// [`parse`](Self::parse).
    ///
    /// ```
    /// use gostbib::{Error, Parser};
    /// let err = Parser::new().parse_bytes(b"\xD0\x9F\xFF").unwrap_err();
    /// assert_eq!(err, Error::Utf8 { offset: 2 });
    /// let out = Parser::new().parse_bytes("Троцкий Л. Д. Уроки Октября. М., 1924.".as_bytes())?;
    /// assert_eq!(out.sources.len(), 1);
    /// # Ok::<(), gostbib::Error>(())
    /// ```
    pub fn parse_bytes(&self, input: &[u8]) -> Result<ParseOutput, Error> {
        match std::str::from_utf8(input) {
            Ok(text) => self.parse(text),
            Err(e) => Err(Error::Utf8 { offset: e.valid_up_to() }),
        }
    }
}

fn gost_error(input: &str, d: &Diagnostic) -> Error {
    let found: String =
        input.get(d.span.clone()).unwrap_or("").chars().take(60).collect();
    let expected = match d.code.as_str() {
        codes::NO_TITLE => "a title",
        _ => "a reference",
    };
    Error::Gost { position: d.position, span: d.span.clone(), expected, found }
}

/// The spans of the non-empty lines of `input`, trimmed.
fn lines(input: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in input.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(at + lead..at + lead + trimmed.len());
        }
        at += line.len();
    }
    out
}

/// At most this many diagnostics are reported per reference (then one [`codes::TRUNCATED`]).
const MAX_DIAGNOSTICS: usize = 32;

/// A diagnostic before its position is known.
type Raw = (Severity, &'static str, String, Span);

/// Whether a source without a title still says something a reference may say alone:
/// the standards quote fragments such as `URL: …`, `ISBN …` or `/ под ред. …`, and a
/// host, an archival cipher or a publication area identify a document by themselves, and
/// a repeated reference may give only the volume and its pages (`Т. XIV. С. 404.`).
fn is_fragment(s: &Source) -> bool {
    s.host.is_some()
        || s.archive.is_some()
        || s.url.is_some()
        || s.identifiers != crate::Identifiers::default()
        || s.responsibility.is_some()
        || !s.contributors.is_empty()
        || (!s.places.is_empty() && !s.publishers.is_empty())
        || (s.numbering.volume.is_some() && s.numbering.pages.is_some())
}

/// The source read from the first non-empty line of `text`, with no diagnostics made:
/// what the checker needs to learn whether a form it wrote reads back to itself.
pub(crate) fn read_first_line(text: &str) -> Option<Source> {
    let span = lines(text).into_iter().next()?;
    parse_span(&LineIndex::new(text), span, Diagnose::Nothing).0
}

/// What [`parse_span`] reports besides the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Diagnose {
    /// Only the source is read: no lint, no diagnostics (for callers that re-read text
    /// they made, such as the checker's fixed-point test).
    Nothing,
    All,
    /// Everything but the mixed-script lint.
    AllButScripts,
}

/// Parses the reference at `span` of the indexed input; positions come from the one
/// index of the whole input, so a list parses in linear time.
fn parse_span(
    index: &LineIndex<'_>,
    span: Span,
    diagnose: Diagnose,
) -> (Option<Source>, Vec<Diagnostic>) {
    let text = &index.text()[span.clone()];
    let base = span.start;
    let n = normalize::normalize(text);
    let mut raw: Vec<Raw> = Vec::new();
    let to_input = |a: usize, b: usize| {
        let s = n.span(a, b);
        s.start + base..s.end + base
    };
    if !n.text.chars().any(crate::lang::chars::is_alnum) {
        let d = index.diagnostic(Severity::Error, codes::EMPTY, "empty reference", span);
        return (None, vec![d]);
    }
    let parsed = reference::parse(&n.text);
    let mut source = parsed.source;
    let pos = index.position(base);
    source.origin = Some(Origin {
        text: text.to_owned(),
        span: span.clone(),
        line: pos.line,
        column: pos.column,
    });
    source.spans =
        parsed.spans.iter().map(|&(el, a, b)| Spanned::new(el, to_input(a, b))).collect();
    source.unparsed = parsed
        .unparsed
        .iter()
        .map(|&(a, b)| Spanned::new(n.text[a..b].to_owned(), to_input(a, b)))
        .collect();
    let junk = if n.is_unchanged() { Vec::new() } else { normalize::junk_runs(text) };
    if diagnose == Diagnose::Nothing {
        keep_junk(text, base, &junk, &mut source);
        return (Some(source), Vec::new());
    }
    if source.title.is_empty() && !is_fragment(&source) {
        raw.push((
            Severity::Error,
            codes::NO_TITLE,
            "no title found".into(),
            span.clone(),
        ));
    }
    for u in &source.unparsed {
        let msg = format!("text not understood: `{}`", u.value);
        raw.push((Severity::Warning, codes::UNPARSED, msg, u.span.clone()));
    }
    for &(a, b) in &junk {
        let msg =
            format!("not text: {}, read as a space", normalize::name_junk(&text[a..b]));
        raw.push((Severity::Warning, codes::NOT_TEXT, msg, base + a..base + b));
    }
    keep_junk(text, base, &junk, &mut source);
    lint(text, base, diagnose == Diagnose::All, &mut raw);
    raw.sort_by_key(|d| d.3.start);
    if raw.len() > MAX_DIAGNOSTICS {
        // A line of garbage would otherwise give one diagnostic per word.
        let more = raw.len() - MAX_DIAGNOSTICS;
        raw.truncate(MAX_DIAGNOSTICS);
        let msg = format!("{more} more diagnostics for this reference not shown");
        raw.push((Severity::Note, codes::TRUNCATED, msg, span.end..span.end));
    }
    (
        Some(source),
        raw.into_iter()
            .map(|(sev, code, msg, sp)| index.diagnostic(sev, code, msg, sp))
            .collect(),
    )
}

/// Adds the runs of characters that are no text to the source's unparsed remainder, in
/// order: the parser read them as spaces, so no element holds them.
fn keep_junk(text: &str, base: usize, junk: &[(usize, usize)], source: &mut Source) {
    if junk.is_empty() {
        return;
    }
    source.unparsed.extend(
        junk.iter()
            .map(|&(a, b)| Spanned::new(text[a..b].to_owned(), base + a..base + b)),
    );
    source.unparsed.sort_by_key(|u| u.span.start);
}

/// Informal writing worth a note: mixed scripts (`CCCP`, `Cочинения`), `URL.:`, `/ /`.
fn lint(text: &str, base: usize, scripts: bool, raw: &mut Vec<Raw>) {
    let homoglyphs =
        if scripts { crate::lang::homoglyph::find_homoglyphs(text) } else { Vec::new() };
    for r in homoglyphs {
        let msg = format!(
            "`{}` is a look-alike letter of another script, read as `{}`",
            r.from, r.to
        );
        raw.push((
            Severity::Warning,
            codes::MIXED_SCRIPT,
            msg,
            base + r.span.start..base + r.span.end,
        ));
    }
    for (needle, code, msg) in [
        ("URL.:", codes::URL_LABEL, "`URL.:` written for `URL:`"),
        ("/ /", codes::SPACED_SLASHES, "`/ /` written for `//`"),
    ] {
        if let Some(k) = crate::lang::chars::occurrences(text, needle).next() {
            raw.push((
                Severity::Note,
                code,
                msg.to_owned(),
                base + k..base + k + needle.len(),
            ));
        }
    }
}

/// Parses one reference.
///
/// ```
/// let s = gostbib::parse_reference("Панкратова А. М. Признание СССР Францией // История дипломатии. Т. 3. М.; Л., 1945. Гл. 11")?;
/// assert_eq!(s.kind, gostbib::Kind::Chapter);
/// assert_eq!(s.host.as_ref().unwrap().places[1].name, "Ленинград");
/// # Ok::<(), gostbib::Error>(())
/// ```
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
