//! Reference sections: sorted, deduplicated, numbered lists.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::BuildHasherDefault;

use super::GostPrinter;
use super::names::{has_heading, push_heading_name};
use crate::Source;
use crate::lang::collate::{key_string, push_sort_key};

/// The markup of a rendered section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum SectionFormat {
    /// Plain text, one reference per line (`1. …`).
    #[default]
    Text,
    /// A Markdown list, with Markdown's special characters escaped.
    Markdown,
    /// An HTML `<ol>` (or `<ul>`) with the text escaped.
    Html,
}

impl SectionFormat {
    /// Every format.
    pub const ALL: [SectionFormat; 3] =
        [SectionFormat::Text, SectionFormat::Markdown, SectionFormat::Html];

    /// The name as the CLI spells it: `text`, `markdown`, `html`.
    pub const fn name(self) -> &'static str {
        match self {
            SectionFormat::Text => "text",
            SectionFormat::Markdown => "markdown",
            SectionFormat::Html => "html",
        }
    }
}

impl std::str::FromStr for SectionFormat {
    type Err = crate::Error;

    /// Reads a name of [`SectionFormat::name`] (also `md`, `txt`).
    ///
    /// ```
    /// use gostbib::gost::SectionFormat;
    /// assert_eq!("md".parse::<SectionFormat>()?, SectionFormat::Markdown);
    /// assert!("pdf".parse::<SectionFormat>().is_err());
    /// # Ok::<(), gostbib::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, crate::Error> {
        match s {
            "md" => Ok(SectionFormat::Markdown),
            "txt" => Ok(SectionFormat::Text),
            _ => {
                SectionFormat::ALL.into_iter().find(|f| f.name() == s).ok_or_else(|| {
                    crate::Error::UnknownValue {
                        what: "section format",
                        value: s.to_owned(),
                    }
                })
            }
        }
    }
}

/// How [`format_section`] renders a list.
///
/// ```
/// use gostbib::gost::{SectionFormat, SectionOptions, Style};
/// let opts = SectionOptions::new().format(SectionFormat::Html);
/// assert!(opts.sort && opts.dedup && opts.numbered);
/// assert_eq!(opts.printer.get_style(), Style::Gost2008Short);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SectionOptions {
    /// The printer for each reference.
    pub printer: GostPrinter,
    /// Plain text, Markdown or HTML.
    pub format: SectionFormat,
    /// Sort the GOST way: Cyrillic before Latin, by heading or title, then year.
    pub sort: bool,
    /// Drop references whose text repeats an earlier one.
    pub dedup: bool,
    /// Number the references (`1.`, `<ol>`); otherwise a bulleted or bare list.
    pub numbered: bool,
}

impl SectionOptions {
    /// Sorted, deduplicated, numbered plain text in `gost-2008-short`.
    pub const fn new() -> Self {
        SectionOptions {
            printer: GostPrinter::new(),
            format: SectionFormat::Text,
            sort: true,
            dedup: true,
            numbered: true,
        }
    }
    /// With a printer.
    pub const fn printer(mut self, printer: GostPrinter) -> Self {
        self.printer = printer;
        self
    }
    /// With a markup.
    pub const fn format(mut self, format: SectionFormat) -> Self {
        self.format = format;
        self
    }
    /// Sort or keep the input order.
    pub const fn sort(mut self, yes: bool) -> Self {
        self.sort = yes;
        self
    }
    /// Drop repeated references or keep them.
    pub const fn dedup(mut self, yes: bool) -> Self {
        self.dedup = yes;
        self
    }
    /// Number the list or not.
    pub const fn numbered(mut self, yes: bool) -> Self {
        self.numbered = yes;
        self
    }
}

impl Default for SectionOptions {
    fn default() -> Self {
        SectionOptions::new()
    }
}

/// The key a section is sorted by: the heading (first author) or, without one, the
/// title proper; then the title; then the year. Built on [`crate::lang::sort_key`], so
/// Cyrillic sorts before Latin and case, `ё`/`е` and punctuation do not count.
///
/// ```
/// use gostbib::gost::section_sort_key;
/// use gostbib::{Name, Person, Source, Title};
/// let by = |f: &str, t: &str| Source {
///     authors: vec![Name::Person(Person::new(f, "А."))],
///     title: Title::new(t),
///     ..Source::default()
/// };
/// assert!(section_sort_key(&by("Ёлкин", "Б")) < section_sort_key(&by("Жуков", "А")));
/// assert!(section_sort_key(&by("Яковлев", "Я")) < section_sort_key(&by("Adams", "A")));
/// ```
pub fn section_sort_key(s: &Source) -> String {
    let mut key = Vec::new();
    push_section_key(s, &mut String::new(), &mut key);
    key_string(key)
}

/// Appends [`section_sort_key`] to `key`; `scratch` holds the heading meanwhile (a
/// section reuses both buffers for every source).
fn push_section_key(s: &Source, scratch: &mut String, key: &mut Vec<u8>) {
    scratch.clear();
    let head: &str = if has_heading(s) {
        push_heading_name(
            &s.authors[0],
            super::Style::Gost2008Short,
            super::Initials::Space,
            scratch,
        );
        scratch
    } else {
        // What the reference starts with: its title, else its host's title (a host
        // cited alone), the archive (a bare cipher) or the address.
        [
            Some(s.title.main.as_str()),
            s.host.as_deref().map(|h| h.title.main.as_str()),
            s.archive.as_ref().map(|a| a.repository.as_str()),
            s.url.as_deref(),
        ]
        .into_iter()
        .flatten()
        .find(|t| t.chars().any(char::is_alphanumeric))
        .unwrap_or_default()
    };
    let year =
        s.date.or_else(|| s.host.as_ref().and_then(|h| h.date)).map(|d| d.start.year);
    push_sort_key(head, key);
    key.push(1);
    if head != s.title.main {
        // Titles only break ties between works of one author: their first words (128
        // bytes, 64 Cyrillic letters) do.
        let t = &s.title.main;
        let mut end = t.len().min(128);
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        push_sort_key(&t[..end], key);
    }
    key.push(1);
    if let Some(y) = year {
        // `+01945`: the sign, then five digits at least.
        key.push(if y < 0 { b'-' } else { b'+' });
        let digits = y.unsigned_abs();
        for _ in (digits.max(1).ilog10() + 1)..5 {
            key.push(b'0');
        }
        key.extend_from_slice(decimal(digits as usize, &mut [0; 20]));
    }
}

/// The decimal digits of `n`, written at the end of `buf`.
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

/// Appends a number in decimal, without the formatting machinery.
pub(super) fn push_uint(out: &mut String, n: usize) {
    for &d in decimal(n, &mut [0; 20]) {
        out.push(char::from(d));
    }
}

/// One reference of a section, in section order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct SectionEntry {
    /// The formatted reference.
    pub text: String,
    /// The positions in the input of the sources it stands for (more than one when
    /// duplicates were dropped), ascending.
    pub sources: Vec<usize>,
}

/// The references of a section in their final order, each with the input positions it
/// stands for — what numeric citation marks need: the source at input position `i`
/// gets number `n + 1` where entry `n` lists `i`.
///
/// ```
/// use gostbib::gost::{cite::Mark, section_entries, Lang, SectionOptions};
/// use gostbib::{Source, Title};
/// let t = |s: &str| Source { title: Title::new(s), ..Source::default() };
/// let list = [t("Яблоко"), t("Арбуз"), t("Яблоко")];
/// let entries = section_entries(&list, &SectionOptions::new());
/// assert_eq!(entries[0].text, "Арбуз.");
/// assert_eq!(entries[1].sources, [0, 2]);
/// let n = entries.iter().position(|e| e.sources.contains(&2)).unwrap() + 1;
/// assert_eq!(Mark::number(n, Some("25"), Lang::Ru).to_string(), "[2, с. 25]");
/// ```
pub fn section_entries(sources: &[Source], opts: &SectionOptions) -> Vec<SectionEntry> {
    let c = Collected::new(sources, opts);
    let mut entries: Vec<SectionEntry> = c
        .items
        .iter()
        .map(|it| SectionEntry { text: c.text(it).to_owned(), sources: vec![it.first] })
        .collect();
    // Entries are in input order here; the repeats go to the entry they repeat.
    for &(item, input) in &c.repeats {
        entries[item].sources.push(input);
    }
    c.order().into_iter().map(|i| std::mem::take(&mut entries[i])).collect()
}

/// One reference of a section while it is built: its text in [`Collected::buf`] and
/// its sort key in [`Collected::keys`].
struct Item {
    start: usize,
    end: usize,
    key_start: usize,
    key_end: usize,
    /// The first input position it stands for.
    first: usize,
}

/// The references of a section in input order, written one after the other into one
/// buffer, deduplicated by hash, with their sort keys one after the other in another.
struct Collected {
    buf: String,
    items: Vec<Item>,
    keys: Vec<u8>,
    /// (item, input position) for each dropped repeat.
    repeats: Vec<(usize, usize)>,
    sort: bool,
}

impl Collected {
    fn new(sources: &[Source], opts: &SectionOptions) -> Self {
        let mut c = Collected {
            buf: String::with_capacity(sources.len() * 160),
            items: Vec::with_capacity(sources.len()),
            keys: Vec::with_capacity(if opts.sort { sources.len() * 48 } else { 0 }),
            repeats: Vec::new(),
            sort: opts.sort,
        };
        // Texts are remembered by hash (the text itself is compared on a hit).
        let mut first: HashMap<u64, usize, BuildHasherDefault<Prehashed>> =
            HashMap::with_capacity_and_hasher(
                sources.len(),
                BuildHasherDefault::default(),
            );
        let mut scratch = String::new();
        for (i, s) in sources.iter().enumerate() {
            let start = c.buf.len();
            if opts.printer.write_into(s, &mut c.buf).is_err() {
                continue;
            }
            let end = c.buf.len();
            if opts.dedup {
                let h = text_hash(&c.buf.as_bytes()[start..end]);
                match first.get(&h) {
                    Some(&at) if c.text(&c.items[at]) == &c.buf[start..end] => {
                        c.repeats.push((at, i));
                        c.buf.truncate(start);
                        continue;
                    }
                    // A hash collision between different texts: keep both.
                    Some(_) => {}
                    None => {
                        first.insert(h, c.items.len());
                    }
                }
            }
            let key_start = c.keys.len();
            if opts.sort {
                push_section_key(s, &mut scratch, &mut c.keys);
            }
            let key_end = c.keys.len();
            c.items.push(Item { start, end, key_start, key_end, first: i });
        }
        c
    }

    fn text(&self, it: &Item) -> &str {
        &self.buf[it.start..it.end]
    }

    fn key(&self, it: &Item) -> &[u8] {
        &self.keys[it.key_start..it.key_end]
    }

    /// The item indices in section order: by key, then text (for determinism), then
    /// input position — the order a stable sort by key and text gives. The sort moves
    /// the first 32 bytes of each key with its index, so that most comparisons touch
    /// neither the keys nor the texts (whose reads would miss the cache in a long list).
    fn order(&self) -> Vec<usize> {
        if !self.sort {
            return (0..self.items.len()).collect();
        }
        let mut order: Vec<([u64; 4], usize)> = self
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| {
                let key = self.key(it);
                let mut head = [0u8; 32];
                let n = key.len().min(32);
                head[..n].copy_from_slice(&key[..n]);
                let word = |k: usize| {
                    u64::from_be_bytes(
                        head[8 * k..8 * k + 8].try_into().unwrap_or([0; 8]),
                    )
                };
                ([word(0), word(1), word(2), word(3)], i)
            })
            .collect();
        order.sort_unstable_by(|(ha, a), (hb, b)| {
            ha.cmp(hb).then_with(|| {
                let (ia, ib) = (&self.items[*a], &self.items[*b]);
                self.key(ia)
                    .cmp(self.key(ib))
                    .then_with(|| self.text(ia).cmp(self.text(ib)))
                    .then(a.cmp(b))
            })
        });
        order.into_iter().map(|(_, i)| i).collect()
    }
}

/// A hash of a text, 8 bytes at a time (FxHash's multiply-rotate); keys of the dedup
/// map are these hashes, so the map does not hash again.
fn text_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    h
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Renders a list of sources as a reference section.
///
/// Sources with nothing to show are left out. The work is linear apart from one sort
/// on precomputed keys (O(n log n)).
///
/// ```
/// use gostbib::gost::{format_section, SectionFormat, SectionOptions};
/// use gostbib::{Name, Person, Source, Title};
/// let book = |f: &str, i: &str, t: &str| Source {
///     authors: vec![Name::Person(Person::new(f, i))],
///     title: Title::new(t),
///     ..Source::default()
/// };
/// let smith = book("Smith", "A. A.", "Moscow");
/// let list = [smith.clone(), book("Яковлев", "А. А.", "Очерки"), smith];
/// assert_eq!(
///     format_section(&list, &SectionOptions::new()),
///     "1. Яковлев А. А. Очерки.\n2. Smith A. A. Moscow.\n"
/// );
/// let md = SectionOptions::new().format(SectionFormat::Markdown);
/// assert_eq!(format_section(&list[..1], &md), "1. Smith A. A. Moscow.\n");
/// let html = SectionOptions::new().format(SectionFormat::Html);
/// assert_eq!(
///     format_section(&list[1..2], &html),
///     "<ol>\n<li>Яковлев А. А. Очерки.</li>\n</ol>\n"
/// );
/// ```
pub fn format_section(sources: &[Source], opts: &SectionOptions) -> String {
    let c = Collected::new(sources, opts);
    let mut out = String::with_capacity(c.buf.len() + c.items.len() * 8 + 16);
    let tag = if opts.numbered { "ol" } else { "ul" };
    if opts.format == SectionFormat::Html {
        let _ = writeln!(out, "<{tag}>");
    }
    let order = c.order();
    for (n, &i) in order.iter().enumerate() {
        // Texts are read in section order, not in the order they were written: read
        // one a few places ahead, so that its cache lines are on their way.
        if let Some(ahead) = order.get(n + 8) {
            std::hint::black_box(c.buf.as_bytes().get(c.items[*ahead].start).copied());
        }
        let text = c.text(&c.items[i]);
        match opts.format {
            SectionFormat::Text => {
                if opts.numbered {
                    push_uint(&mut out, n + 1);
                    out.push_str(". ");
                }
                out.push_str(text);
            }
            SectionFormat::Markdown => {
                if opts.numbered {
                    push_uint(&mut out, n + 1);
                    out.push_str(". ");
                } else {
                    out.push_str("- ");
                }
                escape_markdown(text, &mut out);
            }
            SectionFormat::Html => {
                out.push_str("<li>");
                escape_html(text, &mut out);
                out.push_str("</li>");
            }
        }
        out.push('\n');
    }
    if opts.format == SectionFormat::Html {
        let _ = writeln!(out, "</{tag}>");
    }
    out
}

/// Escapes `& < > " '` for HTML text and attributes.
fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Backslash-escapes the characters Markdown could read as markup.
fn escape_markdown(text: &str, out: &mut String) {
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Date, Name, Person, Title};

    fn book(family: &str, title: &str, year: i32) -> Source {
        Source {
            authors: if family.is_empty() {
                vec![]
            } else {
                let i = if family.is_ascii() { "A." } else { "А." };
                vec![Name::Person(Person::new(family, i))]
            },
            title: Title::new(title),
            date: Some(Date::year(year)),
            ..Source::default()
        }
    }

    fn texts(list: &[Source]) -> Vec<String> {
        let opts = SectionOptions { numbered: false, ..SectionOptions::new() };
        format_section(list, &opts).lines().map(str::to_owned).collect()
    }

    #[test]
    fn cyrillic_before_latin_then_heading_title_year() {
        let list = [
            book("Adams", "Zeal", 2001),
            book("Ёлкин", "Б", 1999),
            book("", "Анонимный сборник", 2000),
            book("Елкин", "А", 2005),
            book("Ёлкин", "Б", 1990),
        ];
        // `ё` = `е`: the two Ёлкины/Елкин sort by title, then by year; the anonymous
        // work is filed by its title.
        assert_eq!(
            texts(&list),
            [
                "Анонимный сборник. 2000.",
                "Елкин А. А. 2005.",
                "Ёлкин А. Б. 1990.",
                "Ёлкин А. Б. 1999.",
                "Adams A. Zeal. 2001.",
            ]
        );
    }

    #[test]
    fn case_and_punctuation_ignored() {
        let list = [book("", "«Бесы» Достоевского", 2000), book("", "атлас", 2000)];
        assert_eq!(texts(&list)[0], "атлас. 2000.");
    }

    #[test]
    fn untitled_sources_file_by_what_they_start_with() {
        let cipher = Source {
            archive: Some(crate::Archive {
                repository: "ГА РФ".into(),
                ..Default::default()
            }),
            ..Source::new(crate::Kind::Archival)
        };
        let host_alone = Source {
            host: Some(Box::new(book("", "Вопросы истории", 2000))),
            ..Source::new(crate::Kind::Article)
        };
        let list = [host_alone, book("", "Атлас", 2000), cipher];
        assert_eq!(texts(&list), ["Атлас. 2000.", "Вопросы истории. 2000.", "ГА РФ."]);
    }

    #[test]
    fn duplicates_dropped_only_when_asked() {
        let list = [book("Иванов", "Т", 2000), book("Иванов", "Т", 2000)];
        assert_eq!(texts(&list).len(), 1);
        let keep = SectionOptions { dedup: false, ..SectionOptions::new() };
        assert_eq!(format_section(&list, &keep).lines().count(), 2);
    }

    #[test]
    fn unsorted_keeps_input_order() {
        let list = [book("Яковлев", "Т", 2000), book("Адамов", "Т", 2000)];
        let opts = SectionOptions { sort: false, ..SectionOptions::new() };
        assert_eq!(
            format_section(&list, &opts),
            "1. Яковлев А. Т. 2000.\n2. Адамов А. Т. 2000.\n"
        );
    }

    #[test]
    fn escaping() {
        let s = book("", "<b> & \"q\" [x] *y*", 2000);
        let html =
            SectionOptions { format: SectionFormat::Html, ..SectionOptions::new() };
        assert_eq!(
            format_section(std::slice::from_ref(&s), &html),
            "<ol>\n<li>&lt;b&gt; &amp; &quot;q&quot; [x] *y*. 2000.</li>\n</ol>\n"
        );
        let md = SectionOptions {
            format: SectionFormat::Markdown,
            numbered: false,
            ..SectionOptions::new()
        };
        assert_eq!(
            format_section(&[s], &md),
            "- \\<b\\> & \"q\" \\[x\\] \\*y\\*. 2000.\n"
        );
    }

    #[test]
    fn empty_sources_are_left_out() {
        let list = [Source::default(), book("Иванов", "Т", 2000)];
        assert_eq!(
            format_section(&list, &SectionOptions::new()),
            "1. Иванов А. Т. 2000.\n"
        );
    }
}
