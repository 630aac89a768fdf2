//! Small predicates on the words around a possible reference boundary.
//!
//! Every function here looks at a bounded prefix of its argument, so callers
//! stay linear in the input length however often they ask.

use super::lower::Lower;
pub(super) use crate::lang::chars::{
    is_alnum, is_alpha as is_letter, is_lower, is_upper,
};

/// Labels that head a reference list, lower-cased, longest first where one is
/// a prefix of another.
const LABELS: &[&str] = &[
    "список использованных источников и литературы",
    "список использованной литературы",
    "список использованных источников",
    "список источников и литературы",
    "список литературы",
    "список источников",
    "библиографический список",
    "использованная литература",
    "рекомендуемая литература",
    "дополнительная литература",
    "основная литература",
    "источники и литература",
    "литература и источники",
    "использованные источники",
    "библиографический указатель",
    "литература",
    "источники",
    "библиография",
    "примечания",
    "сноски",
    "лит.",
    "lit.",
    "literatur",
    "literature",
    "bibliography",
    "references",
    "works cited",
    "further reading",
    "sources",
    "notes",
];

/// Words that open a reference inside a footnote without being part of it
/// (`См.:`, `Цит. по:`, `Cf.`), longest first.
const LEADS: &[&str] = &[
    "См., например,",
    "См. например",
    "См., напр.,",
    "См. напр.",
    "См. также",
    "Подробнее см.",
    "См.",
    "Ср.",
    "Цит. по",
    "See also",
    "See",
    "Cf.",
    "см. также",
    "см.",
    "ср.",
    "цит. по",
    "cf.",
];

/// Every first letter of [`LEADS`].
const LEAD_FIRST_LETTERS: [char; 8] = ['С', 'с', 'П', 'Ц', 'ц', 'S', 'C', 'c'];

/// Lower-case words that start a repeated or referred citation after `;`
/// (`; ibid., p. 5`, `; там же`, `; см. также`), without their period.
const CITATION_STARTS: &[&str] = &[
    "ibid", "idem", "id", "там", "см", "ср", "cf", "цит", "его", "ее", "её", "их", "он",
    "она", "они",
];

/// Abbreviated words that start a role in a statement of responsibility
/// (`; Под ред.`, `; Пер. с англ.`), lower-cased, without their period.
const ROLES: &[&str] = &[
    "пер",
    "сост",
    "ред",
    "отв",
    "науч",
    "гл",
    "вступ",
    "коммент",
    "предисл",
    "послесл",
    "худож",
    "авт",
    "подгот",
    "редкол",
    "ил",
    "ed",
    "eds",
    "trans",
    "tr",
    "hrsg",
    "hg",
    "übers",
    "comp",
    "éd",
    "trad",
];

/// Full words that start a role (`; Под общей редакцией`, `; Edited by`).
const ROLE_WORDS: &[&str] = &["под", "edited", "translated", "compiled", "herausgegeben"];

/// Abbreviations of a locator followed by a number (`; С. 5`, `; Т. 2`, `; Vol. 3`),
/// lower-cased, without their period.
pub(super) const LOCATORS: &[&str] = &[
    "т", "с", "ч", "кн", "вып", "гл", "л", "ф", "оп", "д", "стр", "ст", "разд", "прил",
    "vol", "vols", "p", "pp", "s", "ss", "bd", "bde", "no", "nr", "t", "ch", "chap",
    "pt", "fasc", "f", "op", "d", "l", "c",
];

/// Words of repeated citations (`Ibid.,`, `Там же`, `Op. cit.`), lower-cased,
/// which start a reference and are never a place.
const CITATIONS: &[&str] = &[
    "ibid", "ibidem", "idem", "id", "op", "loc", "ebd", "ders", "dies", "supra", "infra",
    "там", "указ", "его", "ее", "её", "их", "см", "ср", "cf",
];

/// Places of publication written in full that often share an imprint
/// (`Berlin; New York:`, `Москва; Ленинград:`), besides those of
/// `lang::abbrev::CITIES`.
const PLACES: &[&str] = &[
    "Москва",
    "Ленинград",
    "Санкт-Петербург",
    "Петроград",
    "Киев",
    "Минск",
    "Новосибирск",
    "Екатеринбург",
    "Казань",
    "Харьков",
    "Berlin",
    "New York",
    "London",
    "Paris",
    "Oxford",
    "Cambridge",
    "Leipzig",
    "Wien",
    "Boston",
    "Chicago",
    "Princeton",
    "Toronto",
    "Stuttgart",
    "München",
    "Amsterdam",
    "Leiden",
    "Basel",
    "Göttingen",
    "Heidelberg",
    "Washington",
];

/// Whether `s` starts with a place of publication written in full or
/// abbreviated, followed by `:`, `,` or `;` (`New York: Wiley`).
pub(super) fn starts_known_place(s: &str) -> bool {
    let s = head(s, 64);
    let places = place_index();
    let key = s.as_bytes().get(..2).unwrap_or_default();
    let from = places.by_start.partition_point(|(k, _)| k.as_slice() < key);
    places.by_start[from..]
        .iter()
        .take_while(|(k, _)| k.as_slice() == key)
        .map(|&(_, place)| place)
        .chain(places.short.iter().copied())
        .any(|place| {
            s.strip_prefix(place)
                .is_some_and(|rest| rest.trim_start().starts_with([':', ',', ';']))
        })
}

/// Whether `s` ends with a place of publication (`Berlin`, `М.`, `Москва`).
pub(super) fn ends_with_known_place(s: &str) -> bool {
    let s = tail(s, 64);
    let places = place_index();
    let key = s.as_bytes().get(s.len().saturating_sub(2)..).unwrap_or_default();
    let key = if key.len() == 2 { key } else { &[] };
    let from = places.by_end.partition_point(|(k, _)| k.as_slice() < key);
    places.by_end[from..]
        .iter()
        .take_while(|(k, _)| k.as_slice() == key)
        .map(|&(_, place)| place)
        .chain(places.short.iter().copied())
        .any(|place| {
            s.strip_suffix(place).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|c: char| !is_letter(c))
            })
        })
}

/// The known places (`lang::abbrev::CITIES`, abbreviated and in full, and
/// [`PLACES`]) sorted by their first and by their last two bytes, so that a
/// word is compared only with the places that start or end like it.
struct PlaceIndex {
    by_start: Vec<([u8; 2], &'static str)>,
    by_end: Vec<([u8; 2], &'static str)>,
    /// Places shorter than two bytes, compared always.
    short: Vec<&'static str>,
}

fn place_index() -> &'static PlaceIndex {
    static INDEX: std::sync::OnceLock<PlaceIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let all = crate::lang::abbrev::CITIES
            .iter()
            .flat_map(|&(abbr, full)| [abbr, full])
            .chain(PLACES.iter().copied());
        let mut index =
            PlaceIndex { by_start: Vec::new(), by_end: Vec::new(), short: Vec::new() };
        for place in all {
            let b = place.as_bytes();
            if b.len() < 2 {
                index.short.push(place);
                continue;
            }
            index.by_start.push(([b[0], b[1]], place));
            index.by_end.push(([b[b.len() - 2], b[b.len() - 1]], place));
        }
        index.by_start.sort_unstable();
        index.by_end.sort_unstable();
        index
    })
}

/// `s.strip_prefix(p)`, the first bytes compared before the rest, since
/// most of the words compared differ there.
#[inline]
fn strip_prefix_fast<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let (a, b) = (s.as_bytes(), p.as_bytes());
    if a.len() < b.len() || (0..b.len().min(4)).any(|i| a[i] != b[i]) {
        return None;
    }
    s.strip_prefix(p)
}

/// Beginnings of month names, lower-cased: a number before one is a date.
const MONTHS: &[&str] = &[
    "янв", "фев", "мар", "апр", "мая", "май", "июн", "июл", "авг", "сен", "окт", "ноя",
    "дек", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
    "dec",
];

/// Words that continue a reference when they follow `;` (`; URL: …`).
const CONTINUATIONS: &[&str] =
    &["url", "режим", "available", "mode", "doi", "isbn", "issn"];

/// The byte length of the longest prefix of `s` that is at most `max` bytes
/// and ends on a character boundary.
pub(super) fn floor_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut at = max;
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// At most `max` bytes of the start of `s`, cut on a character boundary.
pub(super) fn head(s: &str, max: usize) -> &str {
    &s[..floor_boundary(s, max)]
}

/// At most `max` bytes of the end of `s`, cut on a character boundary.
pub(super) fn tail(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut at = s.len() - max;
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// The leading run of letters of `s` (hyphens inside a word included).
pub(super) fn first_word(s: &str) -> &str {
    let b = s.as_bytes();
    let mut end = 0;
    while end < b.len() {
        match b[end] {
            b'a'..=b'z' | b'A'..=b'Z' => end += 1,
            b'-' if end > 0 => end += 1,
            // U+0400–U+047F: the Cyrillic letters of every list.
            0xD0 | 0xD1 => end += 2,
            // U+2000–U+203F: dashes, quotes, spaces, no letters.
            0xE2 if b.get(end + 1) == Some(&0x80) => break,
            0..=0x7F => break,
            _ => match s[end..].chars().next() {
                Some(c) if is_letter(c) => end += c.len_utf8(),
                _ => break,
            },
        }
    }
    s[..end].trim_end_matches('-')
}

/// Whether `s` starts with a lower-case word (`пер.`, `вып.`, `автор`), but not
/// with a mixed-case name such as `eLIBRARY`.
pub(super) fn starts_lowercase(s: &str) -> bool {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if is_lower(a) => !is_upper(b),
        (Some(a), None) => is_lower(a),
        _ => false,
    }
}

/// Whether `s` starts with a lower-case word that opens a citation of its own
/// (`ibid.`, `там же`, `см.`).
pub(super) fn starts_citation(s: &str) -> bool {
    // Every word of the list is lower-case.
    if !s.starts_with(is_lower) {
        return false;
    }
    let w = first_word(head(s, 16));
    let rest = &s[w.len()..];
    CITATION_STARTS.contains(&w)
        && (rest.starts_with(['.', ',']) || rest.starts_with(" же"))
}

/// Whether `s` starts with a name particle and a capitalised name
/// (`de Gaulle C.`, `van der Waals J.`), a person, not a lower-case word.
pub(super) fn starts_particle_name(s: &str) -> bool {
    // Every particle starts with one of these letters.
    if !s.trim_start().starts_with(['d', 'v', 'l', 't']) {
        return false;
    }
    let mut words = head(s, 48).split_whitespace();
    let mut particles = 0;
    for word in words.by_ref() {
        if matches!(
            word,
            "de" | "van"
                | "von"
                | "der"
                | "den"
                | "da"
                | "di"
                | "du"
                | "le"
                | "la"
                | "dos"
                | "del"
                | "ten"
                | "ter"
        ) {
            particles += 1;
            continue;
        }
        return particles > 0 && starts_uppercase(word) && word.chars().nth(1).is_some();
    }
    false
}

/// Whether `s` starts with an upper-case letter.
pub(super) fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(is_upper)
}

/// Whether `s` starts with an opening quote or bracket that can begin a title.
pub(super) fn starts_with_opening(s: &str) -> bool {
    s.starts_with(['«', '"', '„', '“', '\'', '[', '('])
}

/// Whether `s` starts with a URL.
pub(super) fn starts_url(s: &str) -> bool {
    let b = s.as_bytes();
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    starts(b"http") || starts(b"www.") || starts(b"ftp:")
}

/// The word at the start of `s`, lower-cased, and what follows it.
fn lower_word(s: &str) -> (Lower, &str) {
    let w = first_word(head(s, 64));
    (Lower::new(w), &s[w.len()..])
}

/// Whether the lower-cased word `w`, followed by `rest`, is a role that
/// continues a statement of responsibility (`Под ред.`, `Пер. с англ.`, `Ed. by`).
fn role_after(w: &str, rest: &str) -> bool {
    (rest.starts_with('.') && ROLES.contains(&w))
        || (rest.starts_with(char::is_whitespace) && ROLE_WORDS.contains(&w))
}

/// Whether `s` starts with an element that continues a reference: a role
/// (`Под ред.`, `Пер. с англ.`, `Ed. by`), a locator ([`starts_locator`]) or a
/// continuation word ([`starts_continuation_word`]); the first word is
/// lower-cased once.
pub(super) fn starts_element(s: &str) -> bool {
    if s.starts_with('№') {
        return starts_locator(s);
    }
    let (lower, rest) = lower_word(s);
    let w: &str = &lower;
    role_after(w, rest) || locator_after(w, rest) || CONTINUATIONS.contains(&w)
}

/// Whether `s` starts with a locator and its number (`С. 5`, `Т. XIV`, `№ 3`, `Vol. 2`).
pub(super) fn starts_locator(s: &str) -> bool {
    if let Some(rest) = s.strip_prefix('№') {
        return rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    let (w, rest) = lower_word(s);
    locator_after(&w, rest)
}

/// Whether the lower-cased word `w`, followed by `rest`, is a locator and its
/// number.
fn locator_after(w: &str, rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix('.') else {
        return false;
    };
    LOCATORS.contains(&w)
        && rest
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || "IVXLCDMХІ".contains(c))
}

/// Whether `s` starts with a word that only continues a reference (`URL:`, `Режим доступа`).
pub(super) fn starts_continuation_word(s: &str) -> bool {
    let (w, _) = lower_word(s);
    CONTINUATIONS.contains(&&*w)
}

/// Whether `s` starts with a title that begins with a number (`1812 год в
/// поэзии`, `100 великих полководцев`): a number, a space and a lower-case
/// word of three letters or more that is not abbreviated and not a month.
pub(super) fn starts_number_title(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return false;
    }
    let Some(rest) = s[digits..].strip_prefix(' ') else {
        return false;
    };
    let word = first_word(head(rest, 64));
    let lower = Lower::new(word);
    word.chars().nth(2).is_some()
        && starts_lowercase(word)
        && !rest[word.len()..].starts_with('.')
        && !MONTHS.iter().any(|m| lower.starts_with(m))
}

/// Whether `s` starts with a place of publication that continues an imprint:
/// an abbreviated city (`Л.,`, `СПб.:`, `Mass.:`, `Н. Новгород:`), or a city
/// and a year (`Ленинград, 1945`).
pub(super) fn starts_place(s: &str) -> bool {
    let s = head(s, 64);
    for &(abbr, _) in crate::lang::abbrev::CITIES {
        if let Some(rest) = strip_prefix_fast(s, abbr) {
            if rest.trim_start().starts_with([',', ':', ';']) {
                return true;
            }
        }
    }
    let w = first_word(s);
    if w.is_empty() || !starts_uppercase(w) || CITATIONS.contains(&&*Lower::new(w)) {
        return false;
    }
    let rest = &s[w.len()..];
    if let Some(after_dot) = rest.strip_prefix('.') {
        return w.chars().count() <= 5
            && after_dot.trim_start().starts_with([',', ':', ';']);
    }
    if let Some(after_comma) = rest.strip_prefix(',') {
        let year = after_comma.trim_start();
        let digits = year.bytes().take_while(u8::is_ascii_digit).count();
        return digits == 4 && !year[4..].starts_with(|c: char| is_alnum(c));
    }
    false
}

/// Whether `s` starts with a short place name followed by a colon
/// (`Новосибирск:`, `Нижний Новгород :`), as in a second place–publisher pair.
pub(super) fn starts_place_colon(s: &str) -> bool {
    let s = head(s, 48);
    let Some(colon) = s.find(':') else {
        return false;
    };
    let place = s[..colon].trim_end();
    let words = place.split_whitespace().count();
    let city = crate::lang::abbrev::CITIES
        .iter()
        .any(|&(abbr, full)| place == abbr || place == full);
    let name = (1..=2).contains(&words)
        && place
            .split_whitespace()
            .all(|w| starts_uppercase(w) && w.chars().all(|c| is_letter(c) || c == '-'));
    (city || name) && !s[colon + 1..].starts_with('/')
}

/// Whether `s` starts like a heading `Фамилия И. О.` or `Фамилия, И.` of a new reference.
pub(super) fn starts_name_heading(s: &str) -> bool {
    let s = head(s, 64);
    let w = first_word(s);
    if w.chars().nth(1).is_none() || !starts_uppercase(w) {
        return false;
    }
    let rest = s[w.len()..].strip_prefix(',').unwrap_or(&s[w.len()..]);
    let initial = rest.trim_start();
    if initial.len() == rest.len() {
        return false;
    }
    is_initial(initial)
}

/// Whether `s` starts with a person heading of a new reference:
/// `Фамилия И. О.` or `И. О. Фамилия`, a surname of three letters or more.
pub(super) fn starts_person(s: &str) -> bool {
    let s = head(s, 64);
    if starts_name_heading(s) {
        let surname = s.split_whitespace().next().unwrap_or("");
        return surname.trim_end_matches(',').chars().nth(2).is_some();
    }
    let mut rest = s;
    let mut initials = 0;
    while let Some(r) = strip_initial(rest) {
        rest = r.trim_start();
        initials += 1;
    }
    let surname =
        rest.split_whitespace().next().unwrap_or("").trim_end_matches(['.', ',']);
    // `Т. XIV`: a locator and its Roman number, not an initial and a surname.
    let roman = surname.chars().all(|c| "IVXLCDMХІ".contains(c));
    initials >= 1
        && surname.chars().nth(2).is_some()
        && !roman
        && starts_uppercase(surname)
        && surname.chars().all(|c| is_letter(c) || c == '-')
}

/// Strips one initial (`И.`) from the start of `s`.
fn strip_initial(s: &str) -> Option<&str> {
    let mut chars = s.char_indices();
    match (chars.next(), chars.next()) {
        (Some((_, a)), Some((i, '.'))) if is_upper(a) => Some(&s[i + 1..]),
        _ => None,
    }
}

/// Whether `s` starts with an initial: one upper-case letter and a period.
fn is_initial(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some('.')) if is_upper(a))
}

/// Whether `s` is only a list of persons (`Smith J., Jones K.`), so that a `;`
/// after it separates authors, not references.
pub(super) fn is_name_list(s: &str) -> bool {
    // A byte that no name, initial or particle holds (a digit, `:`, `/`, a
    // bracket) ends the answer before the words are looked at: either its
    // word fails below or it lies past the twelfth word.
    // From the end: a reference ends in digits (`2005`, `С. 5`) more often than
    // it starts with them.
    if s.bytes().rev().any(|b| !NAME_LIST_BYTES[usize::from(b)]) {
        return false;
    }
    let mut initials = 0;
    let mut words = 0;
    for token in s.split(|c: char| c.is_whitespace() || c == ',') {
        if token.is_empty() {
            continue;
        }
        words += 1;
        if words > 12 {
            return false;
        }
        let dotted = token.split_inclusive('.').all(is_initial);
        if dotted {
            initials += 1;
        } else if !(matches!(
            token,
            "and" | "&" | "и" | "de" | "van" | "von" | "da" | "di"
        ) || (starts_uppercase(token)
            && token.chars().all(|c| is_letter(c) || c == '-' || c == '\'')))
        {
            return false;
        }
    }
    initials > 0
}

/// The bytes a list of persons may hold: ASCII letters, whitespace, `,`, `.`,
/// `-`, `'`, `&`, and every non-ASCII byte (decoded in the words).
static NAME_LIST_BYTES: [bool; 256] = {
    let mut table = [true; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = matches!(b as u8, b'a'..=b'z' | b'A'..=b'Z' | b'\t'..=b'\r' | b' ' | b',' | b'.' | b'-' | b'\'' | b'&');
        b += 1;
    }
    table
};

/// The list label (`Lit.`, `Литература`) at the start of `s`, if it is a
/// whole word: its length in bytes.
fn match_label(s: &str) -> Option<usize> {
    let h = head(s, 80).to_lowercase();
    // Lower-casing keeps the byte length of Cyrillic and ASCII letters; bail
    // out on anything else rather than slice at a wrong offset.
    if h.len() != head(s, 80).len() {
        return None;
    }
    let label = LABELS.iter().find(|l| h.starts_with(**l))?;
    let whole = !s[label.len()..].starts_with(|c: char| is_alnum(c));
    whole.then_some(label.len())
}

/// Strips a list label (`Lit.:`, `Литература:`, `References:`) from the start of
/// `s`; returns the number of bytes it took, colon and spaces included. The
/// label must end the text, be followed by `:` or `.` (or end with a period
/// itself) or by a person (`Bibliography Иванов И. И. …`):
/// `Литература Древней Руси. М., 1990` keeps its first word.
pub(super) fn label_len(s: &str) -> Option<usize> {
    let n = match_label(s)?;
    let rest = &s[n..];
    let marked = rest.starts_with([':', '.']) || s[..n].ends_with('.');
    if !marked && !rest.trim().is_empty() && !starts_person(rest.trim_start()) {
        return None;
    }
    let rest = rest.strip_prefix([':', '.']).unwrap_or(rest);
    Some(s.len() - rest.trim_start().len())
}

/// Whether a whole line is a heading to skip (`Библиография: проза`,
/// `Список литературы по теме`, `Основная литература:`), not a reference.
pub(super) fn is_heading(line: &str) -> bool {
    if line.len() > 80 || line.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if let Some(n) = match_label(line) {
        let rest = line[n..].trim_start_matches([':', '.']);
        return rest.split_whitespace().count() <= 3 && !rest.ends_with('.');
    }
    let Some(body) = line.strip_suffix(':') else {
        return false;
    };
    let last = body.split_whitespace().last().unwrap_or("");
    starts_uppercase(body)
        && body.split_whitespace().count() <= 5
        && last.chars().nth(3).is_some()
        && last.chars().all(is_letter)
}

/// The number of bytes of a back-link in front of a copied wiki footnote
/// (`↑ 1 2 `, `^ a b `, `↑ Перейти к: 1 2 `) at the start of `s`.
pub(super) fn backlink_len(s: &str) -> usize {
    let Some(rest) = s.strip_prefix(['↑', '^']) else {
        return 0;
    };
    let mut rest = rest.trim_start();
    for jump in ["Перейти к:", "Jump up to:"] {
        rest = rest.strip_prefix(jump).unwrap_or(rest).trim_start();
    }
    loop {
        let token = rest.split_whitespace().next().unwrap_or("");
        let digits = !token.is_empty()
            && token.len() <= 3
            && token.bytes().all(|b| b.is_ascii_digit());
        let letter = token.chars().count() == 1 && token.chars().all(char::is_lowercase);
        let next = rest[token.len()..].trim_start();
        if !(digits || letter) || next.is_empty() {
            return s.len() - rest.len();
        }
        rest = next;
    }
}

/// The number of bytes of a footnote lead (`См.:`, `Цит. по:`) at the start of `s`.
pub(super) fn lead_len(s: &str) -> usize {
    // The first letters of LEADS (`leads_start_with_their_first_letters` tests it):
    // nearly every reference is passed over here.
    if !s.starts_with(LEAD_FIRST_LETTERS) {
        return 0;
    }
    for lead in LEADS {
        let Some(rest) = strip_prefix_fast(s, lead) else {
            continue;
        };
        let colon = rest.strip_prefix(':');
        if colon.is_none() && !lead.ends_with(['.', ',']) {
            // `See Smith` is ambiguous; a lead without a period needs its colon.
            if *lead == "See" || *lead == "Цит. по" {
                continue;
            }
        }
        let rest = colon.unwrap_or(rest);
        let body = rest.trim_start();
        if body.len() < rest.len()
            && (starts_uppercase(body) || starts_with_opening(body))
        {
            return s.len() - body.len();
        }
    }
    0
}

#[cfg(test)]
mod tests {
    #[test]
    fn leads_start_with_their_first_letters() {
        for lead in super::LEADS {
            assert!(lead.starts_with(super::LEAD_FIRST_LETTERS), "{lead}");
        }
    }

    #[test]
    fn fast_letter_tests_agree_with_unicode() {
        for c in (0..0x600u32).filter_map(char::from_u32) {
            assert_eq!(super::is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(super::is_lower(c), c.is_lowercase(), "{c:?}");
            // The byte-level `first_word` against the definition.
            let text = format!("a{c}b-{c}-\u{2014}x");
            let end = text
                .char_indices()
                .find(|&(i, c)| !(c.is_alphabetic() || (c == '-' && i > 0)))
                .map_or(text.len(), |(i, _)| i);
            assert_eq!(
                super::first_word(&text),
                text[..end].trim_end_matches('-'),
                "{c:?}"
            );
        }
    }
    use super::*;

    #[test]
    fn cut_helpers_respect_char_boundaries() {
        assert_eq!(head("Лит", 3), "Л");
        assert_eq!(tail("Лит", 3), "т");
        assert_eq!(first_word("Ши-кин Е.П."), "Ши-кин");
    }

    #[test]
    fn lowercase_words_are_not_mixed_case_names() {
        assert!(starts_lowercase("пер. В. Г."));
        assert!(starts_lowercase("и др."));
        assert!(!starts_lowercase("eLIBRARY.RU"));
        assert!(!starts_lowercase("Пер."));
    }

    #[test]
    fn places_and_locators() {
        assert!(starts_place("Л., 1945"));
        assert!(starts_place("Л. : Наука"));
        assert!(starts_place("Mass.: MIT Press"));
        assert!(starts_place("Ленинград, 1945. Гл. 11"));
        assert!(!starts_place("Л. Н. Толстой"));
        assert!(!starts_place("РГАДА, ф. 248"));
        assert!(!starts_place("Ibid., p. 12"));
        assert!(starts_place_colon("Новосибирск: Сиб. соглашение"));
        assert!(!starts_place_colon("Кузбасс. Вехи истории"));
        assert!(starts_known_place("New York: de Gruyter"));
        assert!(starts_known_place("Ленинград : Наука"));
        assert!(!starts_known_place("Москва. Уставы"));
        assert!(ends_with_known_place("Berlin"));
        assert!(ends_with_known_place("Т. 1. М."));
        assert!(!ends_with_known_place("Наука"));
        assert!(starts_number_title("1812 год в русской поэзии"));
        assert!(starts_number_title("100 великих полководцев"));
        assert!(!starts_number_title("10 декабря"));
        assert!(!starts_number_title("10 дек."));
        assert!(!starts_number_title("2008. № 52"));
        assert!(starts_locator("С. 5"));
        assert!(starts_locator("Т. XIV. С. 80"));
        assert!(starts_locator("№ 3"));
        assert!(!starts_locator("ПСЗ. III. № 1504"));
        assert!(starts_element("Под ред. Г. Л. Багиева"));
        assert!(starts_element("Пер. с англ."));
        assert!(!starts_element("Пермь: Книга"));
    }

    #[test]
    fn name_headings_and_name_lists() {
        assert!(starts_name_heading("Медведев Д. А. Книга"));
        assert!(starts_name_heading("Ковалев, С. В. Управление"));
        assert!(!starts_name_heading("Synopsys, Inc. – 2020"));
        assert!(is_name_list("Smith, J., Jones K."));
        assert!(starts_person("А. Ф. Можайский. Очерки"));
        assert!(starts_person("Ковалев, С. В. Управление"));
        assert!(!starts_person("С. 5"));
        assert!(!starts_person("Ли Б. Книга"));
        assert!(!is_name_list("Ши-кин Е.П. Указ. соч. С. 5"));
    }

    #[test]
    fn labels_headings_and_leads() {
        assert_eq!(label_len("Lit.: Панкратова"), Some(6));
        assert_eq!(label_len("Литература: А"), Some("Литература: ".len()));
        assert_eq!(label_len("Литературное наследство"), None);
        assert_eq!(label_len("Литература Древней Руси. М., 1990."), None);
        assert_eq!(label_len("Источники по истории Сибири. М., 1990."), None);
        assert_eq!(label_len("Лит. Иванов И. Книга."), Some("Лит. ".len()));
        assert_eq!(label_len("Литература"), Some("Литература".len()));
        assert!(is_heading("Список литературы по теме"));
        assert!(is_heading("Библиография: проза"));
        assert!(is_heading("Список литературы"));
        assert!(is_heading("Основная литература:"));
        assert!(!is_heading("М.:"));
        assert!(!is_heading("Ясные дали. Повести и рассказы. М., 1971;"));
        assert_eq!(lead_len("См.: Алексеев С.С."), "См.: ".len());
        assert_eq!(lead_len("Cf. Smith J."), "Cf. ".len());
        assert_eq!(lead_len("см. также: Иванов"), "см. также: ".len());
        assert!(starts_citation("ibid., p. 5"));
        assert!(starts_citation("там же. С. 5"));
        assert!(starts_citation("см.: Иванов"));
        assert!(starts_citation("его же. Статья"));
        assert!(starts_particle_name("de Gaulle C. Mémoires"));
        assert!(starts_particle_name("van der Waals J. D."));
        assert!(!starts_particle_name("de facto"));
        assert_eq!(backlink_len("↑ 1 2 Иванов И. И."), "↑ 1 2 ".len());
        assert_eq!(backlink_len("^ a b Smith J."), "^ a b ".len());
        assert_eq!(backlink_len("↑ Перейти к: 1 2 Иванов"), "↑ Перейти к: 1 2 ".len());
        assert_eq!(backlink_len("↑ В мире книг"), "↑ ".len());
        assert_eq!(backlink_len("Иванов"), 0);
        assert!(!starts_citation("идем дальше"));
        assert_eq!(lead_len("Средняя школа"), 0);
    }
}
