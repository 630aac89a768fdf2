//! The reference-list checker: what is wrong with a hand-written GOST list, and the
//! corrected form of each reference.
//!
//! [`check_list`] parses a list, formats every reference in the chosen [`Style`],
//! compares, and reports [`Finding`]s with stable codes (`G001`…, see [`codes::CODES`]
//! and `docs/codes/`). Findings about one reference sit in
//! its [`ReferenceReport`]; duplicates, order and numbering are list-level.
//!
//! ```
//! use gostbib::check::{CheckOptions, check_list};
//! let report = check_list("Иванов И. И. Книга. M., 1990.", &CheckOptions::new());
//! assert_eq!(report.references.len(), 1);
//! // A Latin `M` typed for the Cyrillic `М`.
//! assert!(report.findings().any(|f| f.diagnostic.code == "G034"));
//! assert!(report.has_errors());
//! ```

mod canonical;
pub mod codes;
pub mod diff;
mod fix;
mod json;
mod list;
mod render;
pub mod safety;
mod structure;
mod text;

use serde::Serialize;

use crate::LineIndex;
use crate::gost::Style;
use crate::{Diagnostic, Error, Kind, Parser, Position, Severity, Source, Span};
use canonical::{Backend, REAL};
use diff::{Change, Hunk};

/// What to check against, and what to keep quiet about.
///
/// ```
/// use gostbib::check::CheckOptions;
/// use gostbib::gost::Style;
/// let o = CheckOptions::new().style(Style::Gost2018).allow("G015");
/// assert_eq!(o.style, Style::Gost2018);
/// assert!(o.allows("G015") && !o.allows("G012"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CheckOptions {
    /// The style every reference should follow.
    pub style: Style,
    /// Codes not to report.
    pub allow: Vec<String>,
    /// Each non-empty line is one reference (no splitting inside lines).
    pub one_per_line: bool,
    /// Check on the calling thread only. By default a long list is checked on several
    /// threads, one run of references each; the report is the same.
    pub sequential: bool,
}

impl CheckOptions {
    /// The default style (`gost-2008-short`), nothing silenced, list splitting on.
    pub fn new() -> Self {
        CheckOptions::default()
    }
    /// Sets the style.
    pub fn style(mut self, style: Style) -> Self {
        self.style = style;
        self
    }
    /// Silences a code.
    pub fn allow(mut self, code: impl Into<String>) -> Self {
        self.allow.push(code.into());
        self
    }
    /// Sets one-reference-per-line mode.
    pub fn one_per_line(mut self, yes: bool) -> Self {
        self.one_per_line = yes;
        self
    }
    /// Checks on the calling thread only (by default long lists use every core).
    pub fn sequential(mut self, yes: bool) -> Self {
        self.sequential = yes;
        self
    }
    /// Whether a code is silenced.
    pub fn allows(&self, code: &str) -> bool {
        self.allow.iter().any(|a| a.eq_ignore_ascii_case(code))
    }
}

/// One diagnostic of the checker, with the text that repairs it where there is one.
///
/// ```
/// use gostbib::check::{CheckOptions, check_list};
/// let text = "Сайт. URL.: http://a.ru (дата обращения: 01.02.2020).";
/// let report = check_list(text, &CheckOptions::new());
/// let f = report.findings().find(|f| f.diagnostic.code == "G030").unwrap();
/// assert_eq!(&text[f.diagnostic.span.clone()], "URL.:");
/// assert_eq!(f.replacement.as_deref(), Some("URL:"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What, where, how serious.
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// Text that replaces [`Diagnostic::span`] to repair it, if the checker knows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

/// The result for one reference of the list.
///
/// ```
/// use gostbib::check::{CheckOptions, check_list};
/// let report = check_list("1. Иванов И. И. Книга. М.; Л., 1990.", &CheckOptions::new());
/// let r = &report.references[0];
/// assert_eq!((r.index, r.number), (1, Some(1)));
/// assert_eq!(r.text, "Иванов И. И. Книга. М.; Л., 1990.");
/// assert_eq!((r.position.line, r.position.column), (1, 4));
/// assert!(r.findings.iter().any(|f| f.diagnostic.code == "G035"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReferenceReport {
    /// 1-based index in the list.
    pub index: usize,
    /// The number written before it in a numbered list (`3.`, `[3]`, `3)`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// Byte span of the reference in the input.
    pub span: Span,
    /// Line and column (in characters) where it starts.
    pub position: Position,
    /// The reference as written.
    pub text: String,
    /// The kind of source the parser found, if it parsed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The canonical form in the chosen style, if one could be made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Differences between [`text`](Self::text) and [`canonical`](Self::canonical),
    /// with byte ranges relative to each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<Hunk>,
    /// Diagnostics about this reference, in input order.
    pub findings: Vec<Finding>,
    #[serde(skip)]
    source: Option<Box<Source>>,
}

impl ReferenceReport {
    /// The written text with the differences marked inline (`[-old-]{+new+}`).
    ///
    /// ```
    /// use gostbib::check::{CheckOptions, check_list};
    /// let report = check_list("Иванов И. И. Книга. М.; Л., 1990.", &CheckOptions::new());
    /// let r = &report.references[0];
    /// assert_eq!(r.canonical.as_deref(), Some("Иванов И. И. Книга. М. ; Л., 1990."));
    /// assert_eq!(r.diff_inline(), "Иванов И. И. Книга. М.{+ +}; Л., 1990.");
    /// ```
    pub fn diff_inline(&self) -> String {
        diff::render_inline(&self.text, &self.diff)
    }
    /// The parsed source, if the reference parsed.
    pub fn source(&self) -> Option<&Source> {
        self.source.as_deref()
    }
}

/// Everything the checker found in a list.
///
/// ```
/// use gostbib::Severity;
/// use gostbib::check::{CheckOptions, check_list};
/// let text = "Иванов И. И. Книга (очерки. М., 1990.";
/// let report = check_list(text, &CheckOptions::new());
/// assert!(report.has_errors(), "an unclosed bracket is an error");
/// assert_eq!(report.count(Severity::Error), report.findings().filter(|f| f.diagnostic.severity == Severity::Error).count());
/// assert!(report.render_text(text, "list.txt").contains("error[G033]"));
/// assert!(report.to_json().contains("\"code\": \"G033\""));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    /// The style checked against (`gost-2008-short`).
    pub style: &'static str,
    /// Per-reference results, in input order.
    pub references: Vec<ReferenceReport>,
    /// List-level findings (duplicates, order, numbering) and parser messages outside
    /// any reference.
    pub list: Vec<Finding>,
}

impl CheckReport {
    /// Every finding, per reference first, then list-level.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.references.iter().flat_map(|r| &r.findings).chain(&self.list)
    }
    /// How many findings have a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings().filter(|f| f.diagnostic.severity == severity).count()
    }
    /// Whether any error was found (the CLI then exits with status 1).
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }
    /// Whether `--fix` would change anything: a reference differs from its canonical
    /// form, or a finding carries a repair.
    pub fn has_fixes(&self) -> bool {
        self.references.iter().any(|r| {
            !r.diff.is_empty()
                || (r.canonical.is_none()
                    && r.findings.iter().any(|f| f.replacement.is_some()))
        })
    }
    /// The report as pretty JSON (for editors' tools and CI); a long list is written on
    /// every core.
    pub fn to_json(&self) -> String {
        json::pretty(self, all_cores())
    }
    /// Writes [`to_json`](Self::to_json) to `out` as it is made, a few thousand
    /// references at a time, so that a long report is never held in memory as a whole.
    ///
    /// # Errors
    /// What `out` returns.
    ///
    /// ```
    /// use gostbib::check::{CheckOptions, check_list};
    /// let report = check_list("Иванов И. И. Книга. М.; Л., 1990.", &CheckOptions::new());
    /// let mut out = Vec::new();
    /// report.write_json(&mut out)?;
    /// assert_eq!(String::from_utf8(out).unwrap(), report.to_json());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write_json(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        json::write(self, all_cores(), &mut out)
    }
    /// The report as text, like a compiler: each finding with its input line and a caret.
    /// `name` labels the input (a file name).
    pub fn render_text(&self, input: &str, name: &str) -> String {
        render::text(self, input, name, all_cores())
    }
    /// Writes [`render_text`](Self::render_text) to `out` as it is made.
    ///
    /// # Errors
    /// What `out` returns.
    ///
    /// ```
    /// use gostbib::check::{CheckOptions, check_list};
    /// let text = "Иванов И. И. Книга. М.; Л., 1990.";
    /// let report = check_list(text, &CheckOptions::new());
    /// let mut out = Vec::new();
    /// report.write_text(text, "list.txt", &mut out)?;
    /// assert_eq!(String::from_utf8(out).unwrap(), report.render_text(text, "list.txt"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write_text(
        &self,
        input: &str,
        name: &str,
        mut out: impl std::io::Write,
    ) -> std::io::Result<()> {
        let threads = all_cores();
        render::write(self, input, name, threads, REPORT_WINDOW, &mut out)
    }
    /// The input with every reference replaced by its canonical form (or, where there is
    /// none, with the known repairs applied); numbering, separators and line breaks stay.
    /// One round: a repair can make a canonical form possible that was not before, see
    /// [`CheckReport::fix_fully`].
    pub fn fixed(&self, input: &str) -> String {
        fix::apply(self, input)
    }

    /// What `--fix` writes: [`fixed`](Self::fixed), checked and fixed again until nothing
    /// is left to fix (at most a few rounds), so that checking the result reports nothing
    /// to fix. `self` must be the report of `input` under `options`.
    ///
    /// ```
    /// use gostbib::check::{CheckOptions, check_list};
    /// let input = "Иванов И.И. Книга. M., 1990. URL.: http://a.ru";
    /// let options = CheckOptions::new();
    /// let fixed = check_list(input, &options).fix_fully(input, &options);
    /// assert!(!check_list(&fixed, &options).has_fixes(), "{fixed}");
    /// ```
    pub fn fix_fully(&self, input: &str, options: &CheckOptions) -> String {
        fix::rounds(self, input, options)
    }
}

/// The name of a style as the CLI spells it.
///
/// ```
/// use gostbib::check::style_name;
/// use gostbib::gost::Style;
/// assert_eq!(style_name(Style::Gost2018).parse::<Style>().unwrap(), Style::Gost2018);
/// ```
pub fn style_name(style: Style) -> &'static str {
    match style {
        Style::Gost2008 => "gost-2008",
        Style::Gost2018 => "gost-2018",
        _ => "gost-2008-short",
    }
}

/// Checks a reference list against a style.
///
/// Never fails: what cannot be parsed or formatted is reported as a finding (`G001`,
/// `G002`).
///
/// ```
/// use gostbib::check::{CheckOptions, check_list};
/// let report = check_list("1. Иванов И. И. Книга. М., 1990.\n3. Петров П. П. Другая. М., 1991.",
///     &CheckOptions::new().allow("G001").allow("G002"));
/// assert_eq!(report.references.len(), 2);
/// assert!(report.list.iter().any(|f| f.diagnostic.code == "G042"));
/// ```
pub fn check_list(text: &str, options: &CheckOptions) -> CheckReport {
    // The parser's mixed-script notes (`P004`) would only repeat `G034`, word by word.
    let parser = Parser::new()
        .lenient(true)
        .one_per_line(options.one_per_line)
        .without_script_lint();
    let threads = threads(options);
    // A short list is not worth the threads (the same measure as for the checking).
    let parsed = if threads > 1 && text.len() >= PARALLEL_FROM * 128 {
        parser.parse_on_threads(text, threads)
    } else {
        parser.parse(text)
    };
    check_parsed(text, parsed, options, REAL)
}

/// Checks sources already parsed from `text` (their [`Source::origin`] spans point into
/// it), e.g. by a configured [`Parser`].
///
/// ```
/// use gostbib::check::{CheckOptions, check_sources};
/// use gostbib::{Kind, Origin, Source, Title};
/// let text = "Сайт [Электронный ресурс]. URL: http://a.ru";
/// let s = Source {
///     title: Title::new("Сайт"),
///     url: Some("http://a.ru".into()),
///     origin: Some(Origin { text: text.into(), span: 0..text.len(), line: 1, column: 1 }),
///     ..Source::new(Kind::WebPage)
/// };
/// let report = check_sources(text, vec![s], &CheckOptions::new());
/// assert!(report.findings().any(|f| f.diagnostic.code == "G012"));
/// ```
pub fn check_sources(
    text: &str,
    sources: Vec<Source>,
    options: &CheckOptions,
) -> CheckReport {
    let parsed = Ok(crate::ParseOutput { sources, diagnostics: Vec::new() });
    check_parsed(text, parsed, options, REAL)
}

/// One reference before checking: where it is and what the parser made of it.
struct Item {
    span: Span,
    source: Option<Box<Source>>,
    parse_error: Option<String>,
    parser_diagnostics: Vec<Diagnostic>,
}

/// The checker with its backend passed in.
fn check_parsed(
    text: &str,
    parsed: Result<crate::ParseOutput, Error>,
    options: &CheckOptions,
    backend: Backend,
) -> CheckReport {
    let index = LineIndex::new(text);
    let (items, stray) = items(text, parsed, options.one_per_line);
    let numbers: Vec<Option<(u32, Span)>> = items
        .iter()
        .enumerate()
        .map(|(i, it)| list::number_before(text, &items, i, it))
        .collect();
    let mut references = check_items(text, &index, items, options, backend);
    for (i, r) in references.iter_mut().enumerate() {
        r.index = i + 1;
        r.number = numbers[i].as_ref().map(|n| n.0);
    }
    let mut list = list::check(threads(options), &index, &references, &numbers);
    let spans: Vec<Span> = references.iter().map(|r| r.span.clone()).collect();
    let unclaimed = list::unclaimed(text, &spans);
    for u in &unclaimed {
        let message = format!("not recognised as a reference: `{}`", &text[u.clone()]);
        let d = index.diagnostic(Severity::Error, "G001", message, u.clone());
        list.push(Finding { diagnostic: d, replacement: None });
    }
    let in_unclaimed = |d: &Diagnostic| {
        let i = unclaimed.partition_point(|u| u.start <= d.span.start);
        i > 0 && overlaps(&unclaimed[i - 1], &d.span)
    };
    list.extend(
        stray
            .into_iter()
            .filter(|d| !in_unclaimed(d))
            .map(|d| Finding { diagnostic: d, replacement: None }),
    );
    list.sort_by_key(|f| f.diagnostic.span.start);
    list.retain(|f| !options.allows(&f.diagnostic.code));
    CheckReport { style: style_name(options.style), references, list }
}

/// Lists shorter than this are checked on the calling thread.
const PARALLEL_FROM: usize = 256;

/// References (and list-level findings) a report renders on the threads at a time
/// before writing them out.
const REPORT_WINDOW: usize = 4096;

/// The threads the checker may use: one when asked to be sequential, else one per core
/// (at most 8).
fn threads(options: &CheckOptions) -> usize {
    if options.sequential { 1 } else { all_cores() }
}

/// One thread per core, at most 8 (reports are written so; they keep no options).
fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from).min(8)
}

/// Checks every item, in order; long lists are cut into one run of items per core
/// (references are independent, and the runs are joined in input order).
fn check_items(
    text: &str,
    index: &LineIndex<'_>,
    items: Vec<Item>,
    options: &CheckOptions,
    backend: Backend,
) -> Vec<ReferenceReport> {
    let threads = threads(options);
    if threads < 2 || items.len() < PARALLEL_FROM {
        return items
            .into_iter()
            .map(|it| check_item(text, index, it, options, backend))
            .collect();
    }
    crate::threads::map_in_runs(items, threads, |it| {
        check_item(text, index, it, options, backend)
    })
}

/// Turns the parser's output (or its failure) into items; parser diagnostics go to the
/// reference they point into, the others are returned apart.
fn items(
    text: &str,
    parsed: Result<crate::ParseOutput, Error>,
    one_per_line: bool,
) -> (Vec<Item>, Vec<Diagnostic>) {
    match parsed {
        Ok(out) => {
            let mut items: Vec<Item> = out
                .sources
                .into_iter()
                .filter_map(|mut s| {
                    let span =
                        clamp(text, s.origin.as_ref()?.span.clone(), &(0..text.len()))?;
                    sanitize(text, &mut s, &span);
                    Some(Item {
                        span,
                        // Boxed: items and reports are moved between threads and
                        // vectors, and a source is over a kilobyte.
                        source: Some(Box::new(s)),
                        parse_error: None,
                        parser_diagnostics: Vec::new(),
                    })
                })
                .collect();
            items.sort_by_key(|it| it.span.start);
            let mut stray = Vec::new();
            for mut d in out.diagnostics {
                let Some(span) = clamp(text, d.span.clone(), &(0..text.len())) else {
                    continue;
                };
                d.span = span;
                // Items are in input order: find the one holding the diagnostic by bisection.
                let i = items.partition_point(|it| it.span.start <= d.span.start);
                match i.checked_sub(1).map(|i| &mut items[i]) {
                    Some(it) if it.span.contains(&d.span.start) => {
                        it.parser_diagnostics.push(d)
                    }
                    _ => stray.push(d),
                }
            }
            (items, stray)
        }
        Err(e) => {
            let reason = e.to_string();
            let spans = fallback_spans(text, one_per_line);
            let items = spans
                .into_iter()
                .map(|span| Item {
                    span,
                    source: None,
                    parse_error: Some(reason.clone()),
                    parser_diagnostics: Vec::new(),
                })
                .collect();
            (items, Vec::new())
        }
    }
}

/// `span` moved onto character boundaries and into `within`; `None` when nothing of it
/// is left. Spans from other components are not trusted to be either.
fn clamp(text: &str, span: Span, within: &Span) -> Option<Span> {
    if span.start == usize::MAX || span.start > span.end {
        return None;
    }
    let floor = |at: usize| {
        let mut at = at.clamp(within.start, within.end.min(text.len()));
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let (start, end) = (floor(span.start), floor(span.end));
    (start < end || span.start == span.end).then_some(start..end)
}

/// Clamps every span of a parsed source (and its hosts) into its reference; spans that
/// fall outside become detached.
fn sanitize(text: &str, src: &mut Source, within: &Span) {
    const DETACHED: Span = usize::MAX..usize::MAX;
    for s in &mut src.spans {
        s.span = clamp(text, s.span.clone(), within).unwrap_or(DETACHED);
    }
    for u in &mut src.unparsed {
        u.span = clamp(text, u.span.clone(), within).unwrap_or(DETACHED);
    }
    if let Some(h) = src.host.as_deref_mut() {
        sanitize(text, h, within);
    }
}

/// Reference spans when the parser failed: the list splitter's, else one per line.
fn fallback_spans(text: &str, one_per_line: bool) -> Vec<Span> {
    let split = if one_per_line { Vec::new() } else { crate::split_list(text) };
    if !split.is_empty() {
        return split;
    }
    let mut spans = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let rest = &body[lead..];
        let start = if spans.is_empty() && list::label_len(rest) > 0 {
            let label = list::label_len(rest);
            at + lead + label + list::number_prefix_len(&rest[label..])
        } else {
            at + lead + list::number_prefix_len(rest)
        };
        let end = at + body.trim_end().len();
        if end > start {
            spans.push(start..end);
        }
        at += line.len();
    }
    spans
}

fn check_item(
    text: &str,
    index: &LineIndex<'_>,
    item: Item,
    options: &CheckOptions,
    backend: Backend,
) -> ReferenceReport {
    let written = &text[item.span.clone()];
    let ctx = Ctx { text, index, span: item.span.clone(), style: options.style };
    let mut findings = text::check(&ctx);
    if let Some(e) = &item.parse_error {
        findings.push(ctx.finding(
            "G001",
            format!("reference could not be parsed: {e}"),
            ctx.head(),
            None,
        ));
    }
    let mut canonical = None;
    let mut hunks = Vec::new();
    let recognised = item.source.as_deref().filter(|s| {
        let nothing = s.title.is_empty()
            && s.authors.is_empty()
            && s.host.is_none()
            && s.archive.is_none()
            && s.url.is_none()
            && s.date.is_none()
            && s.numbering.is_empty();
        if nothing {
            let why = "no title, author or host was recognised";
            findings.push(ctx.finding(
                "G001",
                format!("reference could not be parsed: {why}"),
                ctx.head(),
                None,
            ));
        }
        !nothing
    });
    if let Some(src) = item.source.as_deref() {
        for u in
            src.unparsed.iter().filter(|u| !u.is_detached() && u.span.end <= text.len())
        {
            let message = if u.value.chars().all(crate::parse::normalize::is_junk) {
                format!("not text: {}", crate::parse::normalize::name_junk(&u.value))
            } else {
                format!("text not understood: `{}`", u.value.trim())
            };
            findings.push(ctx.finding("G004", message, u.span.clone(), None));
        }
    }
    // Letters from another script hide elements from the parser (`M.` is no place):
    // the structure and the canonical form come from the repaired text.
    let repaired = recognised.and_then(|_| reparse_repaired(&ctx, &findings, backend));
    if let Some(src) = repaired.as_ref().or(recognised) {
        findings.extend(structure::check(&ctx, src));
        match canonical::settle(src, &ctx, &findings, backend) {
            Ok(c) => {
                hunks = c.hunks.unwrap_or_else(|| diff::diff(written, &c.form));
                canonical = Some(c.form);
            }
            Err(e) => findings.push(ctx.finding(
                "G002",
                format!("no canonical {} form: {e}", style_name(options.style)),
                ctx.head(),
                None,
            )),
        }
    }
    findings.extend(
        item.parser_diagnostics
            .into_iter()
            .filter(|d| !findings.iter().any(|f| overlaps(&f.diagnostic.span, &d.span)))
            .map(|d| Finding { diagnostic: d, replacement: None })
            .collect::<Vec<_>>(),
    );
    if let Some(c) = &canonical
        && let Some(f) = unexplained_difference(&ctx, &findings, &hunks, c)
    {
        findings.push(f);
    }
    findings.retain(|f| !options.allows(&f.diagnostic.code));
    findings.sort_by_key(|f| (f.diagnostic.span.start, f.diagnostic.code.clone()));
    ReferenceReport {
        index: 0,
        number: None,
        position: index.position(item.span.start),
        text: written.to_owned(),
        kind: item.source.as_ref().map(|s| s.kind),
        span: item.span,
        canonical,
        diff: hunks,
        findings,
        source: item.source,
    }
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1)
}

/// `G003` when some difference from the canonical form is not already explained by a
/// fixable finding at the same place.
fn unexplained_difference(
    ctx: &Ctx<'_>,
    findings: &[Finding],
    hunks: &[Hunk],
    canonical: &str,
) -> Option<Finding> {
    let explained = |h: &Hunk| {
        let abs = ctx.span.start + h.old.start..ctx.span.start + h.old.end;
        findings.iter().any(|f| {
            codes::lookup(&f.diagnostic.code).is_some_and(|c| c.fixable)
                && overlaps(&f.diagnostic.span, &abs)
        })
    };
    let open: Vec<&Hunk> = hunks.iter().filter(|h| !explained(h)).collect();
    let first = open.first()?;
    let mut kinds: Vec<Change> = open.iter().map(|h| h.change).collect();
    kinds.sort();
    kinds.dedup();
    let what: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
    let at = ctx.span.start + first.old.start;
    let written = ctx.written();
    let shown: Vec<String> =
        open.iter().take(3).map(|h| describe(h, written, canonical)).collect();
    let more = if open.len() > 3 {
        format!(" and {} more", open.len() - 3)
    } else {
        String::new()
    };
    let message = format!(
        "differs from the canonical {} form ({}): {}{more}",
        style_name(ctx.style),
        what.join(", "),
        shown.join(", ")
    );
    Some(ctx.finding("G003", message, at..ctx.span.start + first.old.end, None))
}

/// The reference parsed again after its `G034` repairs, without spans (they would
/// point into the repaired text); `None` when there are none.
fn reparse_repaired(
    ctx: &Ctx<'_>,
    findings: &[Finding],
    backend: Backend,
) -> Option<Source> {
    let mut repairs: Vec<(Span, &str)> = findings
        .iter()
        .filter(|f| f.diagnostic.code == "G034")
        .filter_map(|f| Some((f.diagnostic.span.clone(), f.replacement.as_deref()?)))
        .collect();
    if repairs.is_empty() {
        return None;
    }
    repairs.sort_by_key(|r| r.0.start);
    let mut text = String::with_capacity(ctx.span.len() + 8);
    let mut at = ctx.span.start;
    for (s, rep) in repairs {
        if s.start < at || s.end > ctx.span.end {
            continue;
        }
        text.push_str(&ctx.text[at..s.start]);
        text.push_str(rep);
        at = s.end;
    }
    text.push_str(&ctx.text[at..ctx.span.end]);
    let mut src = (backend.reparse)(&text)?;
    strip_spans(&mut src);
    Some(src)
}

fn strip_spans(src: &mut Source) {
    src.spans.clear();
    src.unparsed.clear();
    if let Some(h) = src.host.as_deref_mut() {
        strip_spans(h);
    }
}

/// A difference in a few words: ``add ` ` ``, ``drop `— ` ``, `` `a` → `b` ``.
fn describe(h: &Hunk, written: &str, canonical: &str) -> String {
    let (l, r) = around(written, &h.old);
    let (l2, r2) = around(canonical, &h.new);
    format!("`{l}{}{r}` → `{l2}{}{r2}`", h.removed, h.inserted)
}

/// The text around `range`: back to the start of the word before it and on to the end of
/// the word after it, at most [`CONTEXT_CHARS`] characters each way.
fn around<'t>(text: &'t str, range: &Span) -> (&'t str, &'t str) {
    let word_start = |s: &str| s.trim_end_matches(|c: char| !c.is_whitespace()).len();
    let before = &text[..range.start];
    let mut start = word_start(before);
    if start == range.start {
        start = word_start(before.trim_end());
    }
    let after = &text[range.end..];
    let word_len = |s: &str| s.find(char::is_whitespace).unwrap_or(s.len());
    let mut len = word_len(after);
    if len == 0 {
        let skip = after.len() - after.trim_start().len();
        len = skip + word_len(&after[skip..]);
    }
    let left = &text[start..range.start];
    let left = left
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(left, |(i, _)| &left[i..]);
    let right = &after[..len];
    let right =
        right.char_indices().nth(CONTEXT_CHARS).map_or(right, |(i, _)| &right[..i]);
    (left, right)
}

/// Characters of context on each side of a difference in a `G003` message.
const CONTEXT_CHARS: usize = 16;

/// What the per-reference checks see.
pub(crate) struct Ctx<'a> {
    /// The whole input.
    pub(crate) text: &'a str,
    pub(crate) index: &'a LineIndex<'a>,
    /// The reference's span in the input.
    pub(crate) span: Span,
    pub(crate) style: Style,
}

impl Ctx<'_> {
    /// The reference as written.
    pub(crate) fn written(&self) -> &str {
        &self.text[self.span.clone()]
    }
    /// A finding with the code's severity.
    pub(crate) fn finding(
        &self,
        code: &str,
        message: String,
        span: Span,
        replacement: Option<String>,
    ) -> Finding {
        let severity = codes::lookup(code).map_or(Severity::Warning, |c| c.severity);
        Finding {
            diagnostic: self.index.diagnostic(severity, code, message, span),
            replacement,
        }
    }
    /// The span of the reference's first word (where reference-wide findings point).
    pub(crate) fn head(&self) -> Span {
        let w = self.written();
        let len = w.find(char::is_whitespace).unwrap_or(w.len());
        self.span.start..self.span.start + len
    }
}

#[cfg(test)]
mod tests;
