//! Repair of homoglyphs: Latin letters typed inside Cyrillic words and the reverse
//! (`Мocква`, `CCCP`, `M. – Л.`, `303 c.`, `СOVID`).
//!
//! Rules, applied word by word (a word is a run of letters; URLs are skipped):
//!
//! 1. **Mixed words.** A word with letters of both scripts is written in the script
//!    that has letters only it has (`к`, `в` in `Мocква`; `V`, `I`, `D` in `СOVID`);
//!    the look-alike letters of the other script are replaced. A word with such letters
//!    of both scripts is left alone.
//! 2. **Roman numerals are Latin.** `ХХ` or `ХІХ` typed with Cyrillic `Х`/`І` becomes
//!    `XX`, `XIX` (a lone `Х` or `І` only before `в.`, `век`, `ст.`, `съезд` …, since `Х.`
//!    is also an abbreviation: `Х., 2013` = Харків). Roman numerals typed with Latin
//!    letters in Cyrillic text — `XX век` — are right and stay.
//! 3. **Words made only of look-alike letters** are changed only where nothing else can
//!    be meant: a lone letter (an initial, `М.`, `с.`, the preposition `у`) whose
//!    neighbouring words are all in the other script, and the Cyrillic acronyms of
//!    [`CYRILLIC_ACRONYMS`] (`CCCP` → `СССР`) in Cyrillic context. Other Latin words stay
//!    (`PHP`, `CP-SAT`, `USSR`, `URL`, `ISBN`, `DOI`). A lone Cyrillic letter becomes
//!    Latin only as an initial right after a Latin name (`Smith А.`) with Latin words
//!    after it (`Mountain. С. 225` keeps the Russian page label). Roman numerals and
//!    identifiers do not count as Latin neighbours (`Т. XIV. С. 404`).

use crate::lang::chars::is_alpha;
use crate::{Diagnostic, Severity, Span};

/// Latin and Cyrillic letters that look alike: (Latin, Cyrillic, may stand alone).
/// Letters that may not stand alone are repaired only inside mixed words (`I` is a
/// Roman numeral or an English word, `і` is Ukrainian).
pub const PAIRS: &[(char, char, bool)] = &[
    ('A', 'А', true),
    ('B', 'В', true),
    ('C', 'С', true),
    ('E', 'Е', true),
    ('H', 'Н', true),
    ('K', 'К', true),
    ('M', 'М', true),
    ('O', 'О', true),
    ('P', 'Р', true),
    ('T', 'Т', true),
    ('X', 'Х', true),
    ('a', 'а', true),
    ('c', 'с', true),
    ('e', 'е', true),
    ('o', 'о', true),
    ('p', 'р', true),
    ('x', 'х', true),
    ('y', 'у', true),
    ('I', 'І', false),
    ('i', 'і', false),
    ('J', 'Ј', false),
    ('j', 'ј', false),
    ('S', 'Ѕ', false),
    ('s', 'ѕ', false),
];

/// Cyrillic acronyms written only with letters that have Latin look-alikes; typed in
/// Latin inside Cyrillic text they are repaired.
pub const CYRILLIC_ACRONYMS: &[&str] =
    &["СССР", "ТАСС", "ВАК", "ОАО", "РАН", "АН", "МХАТ", "ВМС", "ВОКС"];

/// Latin words every reference may carry whatever its language: they say nothing about
/// the script of their neighbours.
const SCRIPT_NEUTRAL: &[&str] = &["ISBN", "ISSN", "DOI", "URL", "EDN", "UDC", "PDF"];

/// Words after which a lone `Х` or `І` is a Roman numeral (`Х в.`, `І съезд`).
const NUMERAL_CONTEXT: &[&str] =
    &["в", "вв", "век", "века", "веке", "ст", "столетие", "столетия", "съезд", "съезда"];

/// One replaced letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Repair {
    /// Byte span of the letter in the input.
    pub span: Span,
    /// The letter as written.
    pub from: char,
    /// The letter it should be.
    pub to: char,
}

impl Repair {
    /// The repair as a checker diagnostic (code `L001`, a warning).
    ///
    /// ```
    /// use gostbib::lang::homoglyph::find_homoglyphs;
    /// let text = "Мocква";
    /// let d = find_homoglyphs(text)[0].diagnostic(text);
    /// assert_eq!(d.code, "L001");
    /// assert_eq!(d.position.column, 2);
    /// assert!(d.message.contains("latin `o`"));
    /// ```
    pub fn diagnostic(&self, input: &str) -> Diagnostic {
        let script = |c: char| if is_cyrillic(c) { "cyrillic" } else { "latin" };
        let message = format!(
            "{} `{}` (U+{:04X}) among {} letters, expected {} `{}`",
            script(self.from),
            self.from,
            u32::from(self.from),
            script(self.to),
            script(self.to),
            self.to,
        );
        Diagnostic::new(input, Severity::Warning, "L001", message, self.span.clone())
    }
}

/// The repaired text and what was repaired.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Repaired {
    /// The text with every repair applied (same length in characters).
    pub text: String,
    /// The repairs, in order, with spans in the original text.
    pub repairs: Vec<Repair>,
}

/// Repairs the homoglyphs of a text.
///
/// ```
/// use gostbib::lang::homoglyph::repair_homoglyphs;
/// let r = repair_homoglyphs("Мocква: Изд-во CCCP, 1985. — 303 c.");
/// assert_eq!(r.text, "Москва: Изд-во СССР, 1985. — 303 с.");
/// assert_eq!(r.repairs.len(), 7);
/// // Real Latin words are left alone.
/// let s = "История XX века. URL: http://x.ru. ISBN 5-02-0. DOI 10.1/x. Основы PHP";
/// assert_eq!(repair_homoglyphs(s).text, s);
/// ```
pub fn repair_homoglyphs(text: &str) -> Repaired {
    let repairs = find_homoglyphs(text);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in &repairs {
        out.push_str(&text[at..r.span.start]);
        out.push(r.to);
        at = r.span.end;
    }
    out.push_str(&text[at..]);
    Repaired { text: out, repairs }
}

/// Reports the homoglyphs of a text without changing it (the checker's mode).
///
/// ```
/// use gostbib::lang::homoglyph::find_homoglyphs;
/// let found = find_homoglyphs("M. – Л.: Наука, 1945");
/// assert_eq!((found[0].from, found[0].to, found[0].span.clone()), ('M', 'М', 0..1));
/// ```
pub fn find_homoglyphs(text: &str) -> Vec<Repair> {
    if !may_have_homoglyphs(text) {
        return Vec::new();
    }
    search(text)
}

/// The word-by-word search of [`find_homoglyphs`], without its shortcut.
fn search(text: &str) -> Vec<Repair> {
    let words = words(text);
    let mut repairs = Vec::new();
    let mut near = None;
    for (i, w) in words.iter().enumerate() {
        let to_cyrillic = match decide(text, &words, &mut near, i) {
            Some(to_cyrillic) => to_cyrillic,
            None => continue,
        };
        for (offset, c) in text[w.span.clone()].char_indices() {
            let to = if to_cyrillic { cyrillic_of(c) } else { latin_of(c) };
            if let Some(to) = to {
                let start = w.span.start + offset;
                repairs.push(Repair { span: start..start + c.len_utf8(), from: c, to });
            }
        }
    }
    repairs
}

/// Whether [`search`] can find anything in `w`, by a scan of its bytes: every
/// rule of this module needs letters of both scripts, where Latin letters count only
/// outside addresses (which the search skips) and the script-neutral identifiers
/// (`URL`, `ISBN`, which it never repairs and never takes for context); except a Roman
/// numeral typed with Cyrillic `Х`/`І`. Most references are in one script (or in one
/// with a `URL:`), and this costs a small part of the full search.
fn may_have_homoglyphs(w: &str) -> bool {
    let b = w.as_bytes();
    // Lead bytes of U+0400–U+04FF (Cyrillic).
    if !b.iter().any(|&x| (0xD0..=0xD3).contains(&x)) {
        return false;
    }
    if has_telling_latin(w) {
        return true;
    }
    // Cyrillic alone: only a word made of `Х` and `І` may be a numeral to repair.
    (w.contains('Х') || w.contains('І'))
        && w.split(|c: char| !is_alpha(c))
            .any(|word| !word.is_empty() && word.chars().all(|c| c == 'Х' || c == 'І'))
}

/// Whether `w` has a Latin letter (or a character whose lead byte is that of one:
/// U+00C0–U+024F, an overestimate is safe) outside the addresses [`words`] skips and
/// outside the [`SCRIPT_NEUTRAL`] words.
fn has_telling_latin(w: &str) -> bool {
    let b = w.as_bytes();
    let mut i = 0;
    while let Some(k) =
        b[i..].iter().position(|&x| x.is_ascii_alphabetic() || (0xC3..=0xC9).contains(&x))
    {
        let at = i + k;
        // The run of letters around it, as `words` sees it.
        let start = w[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_alpha(c))
            .last()
            .map_or(at, |(s, _)| s);
        let end = w[at..].find(|c: char| !is_alpha(c)).map_or(w.len(), |e| at + e);
        let rest = &w[start..];
        if ["http", "www.", "HTTP", "WWW."].iter().any(|p| rest.starts_with(p)) {
            // Skipped by the search up to the next space.
            i = rest.find(char::is_whitespace).map_or(w.len(), |e| start + e);
            continue;
        }
        if !SCRIPT_NEUTRAL.contains(&&w[start..end]) {
            return true;
        }
        i = end.max(at + 1);
    }
    false
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

/// [`PAIRS`] indexed by the Latin letter (all ASCII): the Cyrillic look-alike, or `\0`.
const BY_LATIN: [(char, bool); 128] = {
    let mut t = [('\0', false); 128];
    let mut k = 0;
    while k < PAIRS.len() {
        t[PAIRS[k].0 as usize] = (PAIRS[k].1, PAIRS[k].2);
        k += 1;
    }
    t
};

/// [`PAIRS`] indexed by the Cyrillic letter (all in U+0400..U+045F) minus U+0400.
const BY_CYRILLIC: [(char, bool); 0x60] = {
    let mut t = [('\0', false); 0x60];
    let mut k = 0;
    while k < PAIRS.len() {
        t[PAIRS[k].1 as usize - 0x400] = (PAIRS[k].0, PAIRS[k].2);
        k += 1;
    }
    t
};

/// The entry of `c` in [`BY_LATIN`] or [`BY_CYRILLIC`]: its look-alike and whether it
/// may stand alone.
fn pair_of(c: char) -> Option<(char, bool)> {
    let n = c as usize;
    let e = if n < 0x80 {
        BY_LATIN[n]
    } else if (0x400..0x460).contains(&n) {
        BY_CYRILLIC[n - 0x400]
    } else {
        return None;
    };
    (e.0 != '\0').then_some(e)
}

fn cyrillic_of(latin: char) -> Option<char> {
    pair_of(latin).filter(|_| latin.is_ascii()).map(|e| e.0)
}

fn latin_of(cyrillic: char) -> Option<char> {
    pair_of(cyrillic).filter(|_| !cyrillic.is_ascii()).map(|e| e.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Cyrillic,
    Latin,
}

#[derive(Debug)]
struct Word {
    span: Span,
    /// Letters only Cyrillic has, only Latin has.
    cyrillic_only: usize,
    latin_only: usize,
    /// Look-alike letters of each script.
    cyrillic_like: usize,
    latin_like: usize,
    /// Look-alike letters that cannot stand alone (`I i J j S s` and theirs): they
    /// still tell the script of a word that has nothing better.
    cyrillic_weak: usize,
    latin_weak: usize,
    /// Touches a digit, `/` or `@` (`Р7523`, `2-е`, `10.1/x`, `н/Д`): not a word to
    /// judge by context.
    attached: bool,
}

impl Word {
    /// The script of the letters only one script has, if there is exactly one.
    fn decisive(&self) -> Option<Script> {
        match (self.cyrillic_only > 0, self.latin_only > 0) {
            (true, false) => Some(Script::Cyrillic),
            (false, true) => Some(Script::Latin),
            (true, true) => None,
            (false, false) => match (self.cyrillic_weak > 0, self.latin_weak > 0) {
                (true, false) => Some(Script::Cyrillic),
                (false, true) => Some(Script::Latin),
                _ => None,
            },
        }
    }
    fn len(&self) -> usize {
        self.cyrillic_only + self.latin_only + self.cyrillic_like + self.latin_like
    }
}

fn words(text: &str) -> Vec<Word> {
    let mut words: Vec<Word> = Vec::new();
    let mut current: Option<Word> = None;
    let mut skip_url = false;
    let mut prev_digit = false;
    for (i, c) in text.char_indices() {
        if skip_url {
            skip_url = !c.is_whitespace();
            continue;
        }
        if is_alpha(c) {
            let w = current.get_or_insert(Word {
                span: i..i,
                cyrillic_only: 0,
                latin_only: 0,
                cyrillic_like: 0,
                latin_like: 0,
                cyrillic_weak: 0,
                latin_weak: 0,
                attached: prev_digit,
            });
            if w.span.start == i {
                let rest = &text[i..];
                let url =
                    ["http", "www.", "HTTP", "WWW."].iter().any(|p| rest.starts_with(p));
                if url {
                    current = None;
                    skip_url = true;
                    continue;
                }
            }
            w.span.end = i + c.len_utf8();
            let latin = c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c);
            match (is_cyrillic(c), latin) {
                (true, _) if latin_of(c).is_some() => {
                    w.cyrillic_like += 1;
                    w.cyrillic_weak += usize::from(!standalone(c));
                }
                (true, _) => w.cyrillic_only += 1,
                (false, true) if cyrillic_of(c).is_some() => {
                    w.latin_like += 1;
                    w.latin_weak += usize::from(!standalone(c));
                }
                (false, true) => w.latin_only += 1,
                _ => {}
            }
        } else {
            if let Some(mut w) = current.take() {
                w.attached |= c.is_ascii_digit() || c == '@' || c == '/';
                words.push(w);
            }
            // `@` and `/` glue e-mail addresses and paths: skip them like URLs.
            skip_url = c == '@';
        }
        prev_digit = c.is_ascii_digit() || c == '/' || c == '@';
    }
    words.extend(current);
    words
}

/// Whether the word is to be written in Cyrillic (`Some(true)`), in Latin
/// (`Some(false)`), or left alone.
fn decide(text: &str, words: &[Word], near: &mut Option<Near>, i: usize) -> Option<bool> {
    let w = &words[i];
    let mixed =
        (w.cyrillic_only + w.cyrillic_like > 0) && (w.latin_only + w.latin_like > 0);
    let written = &text[w.span.clone()];
    // Cyrillic `С` and `М` are letters of words and abbreviations (`СМ`, `С.`); only
    // `Х` and `І` are taken for numerals, unless Latin-only numerals are in the word.
    let cyrillic_numeral = w.latin_only > 0
        || written.chars().all(|c| !is_cyrillic(c) || c == 'Х' || c == 'І');
    let numeral_shape = cyrillic_numeral
        && (w.len() > 1
            || numeral_context(text, w.span.end)
            || after_label(text, words, i));
    if numeral_shape && is_roman_numeral(written) {
        return (w.cyrillic_like > 0 && !w.attached).then_some(false);
    }
    if mixed {
        return match w.decisive()? {
            Script::Cyrillic => (w.latin_like > 0).then_some(true),
            Script::Latin => (w.cyrillic_like > 0).then_some(false),
        };
    }
    if w.decisive().is_some() || w.attached {
        return None;
    }
    // A word made only of look-alike letters, in one script.
    let latin = w.latin_like > 0;
    let (before, after) = near.get_or_insert_with(|| neighbours(text, words))[i];
    let alone = w.len() == 1 && written.chars().all(standalone);
    if latin {
        let cyrillic_context = before.or(after).is_some()
            && [before, after].iter().flatten().all(|&s| s == Script::Cyrillic);
        let acronym = CYRILLIC_ACRONYMS
            .iter()
            .any(|a| a.chars().eq(written.chars().map(|c| cyrillic_of(c).unwrap_or(c))));
        (cyrillic_context && (alone || acronym)).then_some(true)
    } else {
        // A Cyrillic letter among Latin words: only an initial right after a Latin name
        // (`Smith А.`, `Smith J. А.`) — `Mountain. С. 225`, `'С.'` quoted in English
        // and `1966, с. 33` are Russian labels.
        let latin_context = before == Some(Script::Latin) && after == Some(Script::Latin);
        (latin_context && alone && follows_latin_name(text, words, i)).then_some(false)
    }
}

/// Whether word `i` comes right after a Latin word, with only spaces and commas
/// between (or `. ` after a one-letter initial).
fn follows_latin_name(text: &str, words: &[Word], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &words[p]) else { return false };
    let between = &text[prev.span.end..words[i].span.start];
    let initial = prev.len() == 1;
    let gap_ok = between.chars().all(|c| c == ' ' || c == ',')
        || (initial
            && between.starts_with('.')
            && between[1..].chars().all(|c| c == ' '));
    prev.decisive() == Some(Script::Latin) && !prev.attached && gap_ok
}

fn standalone(c: char) -> bool {
    pair_of(c).is_some_and(|e| e.1)
}

/// For each word, the decisive scripts of the nearest words before and after it.
type Near = Vec<(Option<Script>, Option<Script>)>;

/// [`Near`] for all words, in two passes (a search from each word would be quadratic
/// in a long run of look-alike words).
fn neighbours(text: &str, words: &[Word]) -> Near {
    // Identifiers and Roman numerals are Latin in any text: they say nothing.
    let decisive = |w: &Word| {
        let written = &text[w.span.clone()];
        let neutral = SCRIPT_NEUTRAL.contains(&written) || is_roman_numeral(written);
        if neutral { None } else { w.decisive() }
    };
    let scripts: Vec<Option<Script>> = words.iter().map(decisive).collect();
    let mut near = vec![(None, None); words.len()];
    let mut last = None;
    for (k, s) in scripts.iter().enumerate() {
        near[k].0 = last;
        last = s.or(last);
    }
    last = None;
    for (k, s) in scripts.iter().enumerate().rev() {
        near[k].1 = last;
        last = s.or(last);
    }
    near
}

/// Labels after which a lone `X`, `V`, `I`, `C` … is a volume or part number (`Т. X`).
const NUMBER_LABELS: &[&str] =
    &["т", "том", "вып", "ч", "кн", "гл", "разд", "vol", "no", "t", "pt", "chap", "bd"];

/// Whether word `i` follows a numbering label with only `. ` between (`Т. X`).
fn after_label(text: &str, words: &[Word], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &words[p]) else { return false };
    let between = &text[prev.span.end..words[i].span.start];
    let label = text[prev.span.clone()].to_lowercase();
    between.chars().all(|c| c == '.' || c == ' ' || c == '\u{a0}')
        && NUMBER_LABELS.contains(&label.as_str())
}

fn numeral_context(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\u{a0}']);
    let next: String = rest.chars().take_while(|&c| is_alpha(c)).collect();
    let next = next.to_lowercase();
    NUMERAL_CONTEXT.contains(&next.as_str())
}

/// Whether a word, read with Latin letters, is a Roman numeral (`XIX`, `ХХ` with
/// Cyrillic `Х`).
fn is_roman_numeral(word: &str) -> bool {
    if !word.chars().all(|c| "IVXLCDM".contains(latin_of(c).unwrap_or(c))) {
        return false;
    }
    let latin: String = word.chars().map(|c| latin_of(c).unwrap_or(c)).collect();
    if latin.is_empty() || !latin.chars().all(|c| "IVXLCDM".contains(c)) {
        return false;
    }
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
    // Accept only the canonical spelling: convert to a number and back.
    let digits: Vec<u32> = latin.chars().map(value).collect();
    let mut n = 0;
    for (k, &d) in digits.iter().enumerate() {
        if digits.get(k + 1).is_some_and(|&next| next > d) {
            n -= d as i64
        } else {
            n += d as i64
        }
    }
    n > 0 && n < 4000 && to_roman(n as u32) == latin
}

fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut never hides what the full search finds: on every line of the
    /// development corpus, and on many random texts made of the pieces the rules of
    /// `lang::homoglyph` look at.
    #[test]
    fn the_shortcut_skips_only_texts_without_homoglyphs() {
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
        let corpus = std::fs::read_to_string(dev).unwrap_or_else(|_| {
            eprintln!("note: {dev} not found, random texts only");
            String::new()
        });
        let pieces = [
            "Мocква",
            "Москва",
            "M.",
            "М.",
            "С.",
            "C.",
            "c.",
            "с.",
            "XX",
            "ХХ",
            "XIV",
            "ХІХ",
            "I",
            "І",
            "X",
            "Х",
            "M",
            "CM",
            "в.",
            "век",
            "Т.",
            "Vol.",
            "URL:",
            "ISBN",
            "DOI",
            "http://x.ru/Мocква",
            "www.Мocква.ru",
            "a@Мocква.ru",
            "Smith",
            "J.",
            "А.",
            "CCCP",
            "СССР",
            "1990",
            "2-е",
            ",",
            ";",
            "//",
            "—",
            ".",
            "у",
            "y",
            "Наука",
            "Éditions",
            "PDF",
            "HTTP://X.RU",
            "WWW.Мocква",
            "×",
            "URL×",
        ];
        let mut state: u64 = 1945;
        let mut next = |n: usize| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (state >> 33) as usize % n
        };
        let random: Vec<String> = (0..50_000)
            .map(|_| {
                let len = next(7) + 1;
                (0..len)
                    .map(|_| pieces[next(pieces.len())])
                    .collect::<Vec<_>>()
                    .join(if next(4) == 0 { "" } else { " " })
            })
            .collect();
        let (mut skipped, mut found) = (0, 0);
        for text in corpus.lines().chain(random.iter().map(String::as_str)) {
            let full = search(text);
            found += usize::from(!full.is_empty());
            if !may_have_homoglyphs(text) {
                skipped += 1;
                assert_eq!(full, vec![], "{text}");
            }
        }
        assert!(skipped > 1_000 && found > 1_000, "{skipped} skipped, {found} found");
        assert!(!may_have_homoglyphs("Жизнь. М., 1990. 480 с."));
        assert!(
            may_have_homoglyphs("История ХХ века") && may_have_homoglyphs("M. : Наука")
        );
    }

    fn fixed(s: &str) -> String {
        repair_homoglyphs(s).text
    }

    #[test]
    fn pairs_are_latin_then_cyrillic() {
        for &(l, c, _) in PAIRS {
            assert!(!is_cyrillic(l) && is_cyrillic(c), "{l} {c}");
        }
        for a in CYRILLIC_ACRONYMS {
            assert!(a.chars().all(|c| latin_of(c).is_some()), "{a}");
        }
    }

    #[test]
    fn mixed_words_follow_their_own_letters() {
        assert_eq!(fixed("Мocква"), "Москва");
        assert_eq!(fixed("Cочинения"), "Сочинения");
        assert_eq!(fixed("СOVID-19"), "COVID-19");
        assert_eq!(fixed("Бiблiотека"), "Бібліотека");
        assert_eq!(fixed("ХVІІ в."), "XVII в.");
    }

    #[test]
    fn roman_numerals_are_latin() {
        assert_eq!(fixed("начало ХХ века"), "начало XX века");
        assert_eq!(fixed("в ХІХ ст."), "в XIX ст.");
        assert_eq!(fixed("Х съезд"), "X съезд");
        assert_eq!(fixed("XX век"), "XX век");
        assert_eq!(fixed("Собр. соч. Т. X. С. 5"), "Собр. соч. Т. X. С. 5");
        assert_eq!(fixed("Собр. соч. Т. Х. С. 5"), "Собр. соч. Т. X. С. 5");
        assert_eq!(fixed("История. Т. 3. C. 5"), "История. Т. 3. С. 5");
        // `Х.` is Харків, `С.` a page, `М.` Moscow: not numerals.
        assert_eq!(fixed("Х., 2013. С. 5. М.: Наука"), "Х., 2013. С. 5. М.: Наука");
        assert!(
            !is_roman_numeral("IIII")
                && !is_roman_numeral("VX")
                && is_roman_numeral("MCMXLV")
        );
    }

    #[test]
    fn lone_letters_and_acronyms_follow_their_neighbours() {
        assert_eq!(fixed("M. – Л.: Наука"), "М. – Л.: Наука");
        assert_eq!(fixed("Иванов A. B. История"), "Иванов А. В. История");
        assert_eq!(
            fixed("Kotkin S. Magnetic Mountain. С. 225"),
            "Kotkin S. Magnetic Mountain. С. 225"
        );
        assert_eq!(fixed("Medlin W. K. Moscow"), "Medlin W. K. Moscow");
        assert_eq!(fixed("A History of Russia. Лондон"), "A History of Russia. Лондон");
        assert_eq!(fixed("Smith А. History"), "Smith A. History");
        assert_eq!(fixed("Smith J. А. History"), "Smith J. A. History");
        assert_eq!(fixed("Т. XIV. С. 404"), "Т. XIV. С. 404");
        assert_eq!(fixed("note 'М.:' printed"), "note 'М.:' printed");
        assert_eq!(fixed("Mountain. С. 225 and more"), "Mountain. С. 225 and more");
        assert_eq!(fixed("История CCCP"), "История СССР");
        assert_eq!(fixed("Решатель CP-SAT"), "Решатель CP-SAT");
        assert_eq!(fixed("История USSR и СССР"), "История USSR и СССР");
    }

    #[test]
    fn urls_and_addresses_are_skipped() {
        let s = "Сайт: http://e-koncept.ru/cp/po. Почта: a@mail.ru";
        assert_eq!(fixed(s), s);
    }
}
