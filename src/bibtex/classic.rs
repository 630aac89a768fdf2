//! Classic BibTeX (btxdoc fields plus what ugost2008 reads) from BibLaTeX entries, and
//! the BibTeX aliases read on import.

use super::export::Entry;
use super::fields::{self, Fields, Value, take_text};

/// BibLaTeX entry → classic BibTeX entry. Lossy by nature; `docs/bibtex.md` lists
/// what BibTeX cannot hold.
pub(crate) fn convert(mut e: Entry) -> Entry {
    let f = &mut e.fields;
    let thesis = e.ty == "thesis";
    e.ty = match e.ty.as_str() {
        "mvbook" => "book",
        "inbook" => "incollection",
        "thesis" => "phdthesis",
        "online" | "periodical" | "patent" => "misc",
        other => other,
    }
    .to_owned();
    for k in super::residue::FIELDS {
        f.remove(k);
    }
    f.remove("entrysubtype");
    for (a, b) in [("subtitle", "title"), ("booksubtitle", "booktitle")] {
        if let Some(sub) = take_text(f, a) {
            if let Some(Value::Text(t)) = f.get_mut(b) {
                *t = format!("{t} : {sub}");
            }
        }
    }
    if let Some(main) = take_text(f, "maintitle") {
        let key = if f.contains_key("booktitle") || e.ty == "incollection" {
            "booktitle"
        } else {
            "title"
        };
        let joined = match take_text(f, key) {
            Some(t) => format!("{main}. {t}"),
            None => main,
        };
        f.insert(key.into(), Value::Text(joined));
    }
    f.remove("mainsubtitle");
    if let Some(Value::List(places, _)) = f.remove("location") {
        f.insert("address".into(), Value::Text(places.join("; ")));
    }
    if let Some(Value::List(p, _)) = f.remove("publisher") {
        f.insert("publisher".into(), Value::Text(p.join("; ")));
    }
    if let Some(d) = take_text(f, "date").and_then(|d| fields::parse_edtf(&d)) {
        let year = match d.end {
            Some(end) if end.year != d.start.year => {
                format!("{}–{}", d.start.year, end.year)
            }
            _ => d.start.year.to_string(),
        };
        f.insert("year".into(), Value::Text(year));
        if let (Some(m), None) = (d.start.month, d.end) {
            f.insert("month".into(), Value::Text(m.to_string()));
        }
    }
    rename(f, "journaltitle", "journal");
    rename(f, "langid", "language");
    if thesis {
        rename(f, "institution", "school");
    }
    for k in super::fields::EDITOR_ROLE_FIELDS {
        f.remove(k);
    }
    if let Some(add) = take_text(f, "addendum") {
        let note = match take_text(f, "note") {
            Some(n) => format!("{n}. {add}"),
            None => add,
        };
        f.insert("note".into(), Value::Text(note));
    }
    if let Some(Value::Verb(u)) = f.get_mut("url") {
        *u = iri(u);
    }
    e
}

fn rename(f: &mut Fields, from: &str, to: &str) {
    if let Some(v) = f.remove(from) {
        f.insert(to.into(), v);
    }
}

/// Percent-decodes a URL where the bytes are UTF-8 (`%D0%9F` → `П`), so `.bst` styles
/// that print `url` raw do not meet `%`; other `%` stay.
pub(crate) fn iri(url: &str) -> String {
    let bytes = url.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                let b = (h * 16 + l) as u8;
                if b >= 0x80 {
                    out.push(b);
                    i += 3;
                    continue;
                }
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| url.to_owned())
}

/// BibTeX and old BibLaTeX aliases → the BibLaTeX fields [`fields::decode`] reads.
pub(crate) fn normalise(ty: &str, f: &mut Fields) {
    rename_if_absent(f, "address", "location");
    rename_if_absent(f, "journal", "journaltitle");
    rename_if_absent(f, "school", "institution");
    rename_if_absent(f, "hyphenation", "langid");
    if !f.contains_key("langid") {
        if let Some(l) = take_text(f, "language") {
            if fields::from_babel(&l).is_some() {
                f.insert("langid".into(), Value::Text(l));
            } else {
                f.insert("language".into(), Value::Text(l));
            }
        }
    }
    fields::resolve(f, "location");
    if let Some(Value::Text(a)) = f.get("location") {
        let places = a.split("; ").map(str::to_owned).collect();
        f.insert("location".into(), Value::List(places, false));
    }
    if !f.contains_key("date") {
        if let Some(y) = take_text(f, "year") {
            let month = take_text(f, "month").and_then(|m| month_number(&m));
            let date = match (month, y.split_once('–')) {
                (_, Some((a, b))) => format!("{a}/{b}"),
                (Some(m), None) => format!("{y}-{m:02}"),
                (None, None) => y,
            };
            f.insert("date".into(), Value::Text(date));
        }
    }
    if matches!(ty, "phdthesis" | "mastersthesis") && !f.contains_key("type") {
        let t = if ty == "phdthesis" { "phdthesis" } else { "mathesis" };
        f.insert("type".into(), Value::Text(t.into()));
    }
}

fn rename_if_absent(f: &mut Fields, from: &str, to: &str) {
    if !f.contains_key(to) {
        rename(f, from, to);
    }
}

fn month_number(m: &str) -> Option<u8> {
    let m = m.trim().to_lowercase();
    if let Ok(n) = m.parse::<u8>() {
        return (1..=12).contains(&n).then_some(n);
    }
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec",
    ];
    NAMES.iter().position(|n| m.starts_with(n)).map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iri_decodes_utf8_only() {
        assert_eq!(iri("http://x.ru/%D0%9F%20a"), "http://x.ru/П%20a");
        assert_eq!(iri("http://x.ru/100%"), "http://x.ru/100%");
    }

    #[test]
    fn months() {
        assert_eq!(month_number("October"), Some(10));
        assert_eq!(month_number("7"), Some(7));
        assert_eq!(month_number("x"), None);
    }
}
