//! Romanized reference lists: a Russian reference the way Russian journals print it in
//! their English-language "References" (the lists Scopus and Web of Science index).
//!
//! The scheme (see `docs/lang.md`):
//! - authors `Family I.I.`, family names and initials transliterated by the BSI-style
//!   scheme ([`System::Bsi`]: `zh kh ts ch sh shch yu ya`, `й` = `i`, `ь` = `'`);
//! - the title transliterated, then its English translation in square brackets where
//!   the source has one (a Latin-script parallel title, [`Title::parallel`](crate::Title));
//! - a component part: `In: ` and the host, transliterated (journals: `Journal, year,
//!   vol. 3, no. 5, pp. 1–10`);
//! - places in English (`Moscow`, `St. Petersburg`, `Leningrad`), otherwise
//!   transliterated; publishers transliterated with `Publ.`; `Vol.`, `chap.`, `pp.`;
//! - `Available at: URL (accessed DD.MM.YYYY)` for electronic resources (the
//!   `[Электронный ресурс]` designation is dropped);
//! - `(in Russ.)` at the end (`(in Ukr.)`, `(in Bulg.)`, … for other Cyrillic
//!   languages; nothing for sources in Latin script).

use super::detect::detect_language;
use super::names::initials;
use super::translit::{CyrillicLanguage, System, transliterate_as};
use crate::{Kind, Name, Source};

/// English names of places of publication; other places are transliterated.
const PLACES: &[(&str, &str)] = &[
    ("Москва", "Moscow"),
    ("Санкт-Петербург", "St. Petersburg"),
    ("Ленинград", "Leningrad"),
    ("Петроград", "Petrograd"),
    ("Нижний Новгород", "Nizhny Novgorod"),
    ("Ростов-на-Дону", "Rostov-on-Don"),
    ("Екатеринбург", "Yekaterinburg"),
    ("Киев", "Kiev"),
    ("Київ", "Kyiv"),
    ("Минск", "Minsk"),
];

/// How the language of a source is told at the end of a romanized reference.
fn language_note(source: &Source) -> (CyrillicLanguage, Option<&'static str>) {
    let lang =
        source.language.clone().unwrap_or_else(|| detect_language(&source.title.main));
    match lang.language.as_str() {
        "ru" => (CyrillicLanguage::Russian, Some("(in Russ.)")),
        "uk" => (CyrillicLanguage::Ukrainian, Some("(in Ukr.)")),
        "be" => (CyrillicLanguage::Belarusian, Some("(in Belarus.)")),
        "bg" => (CyrillicLanguage::Bulgarian, Some("(in Bulg.)")),
        "sr" if lang.script.is_none() => (CyrillicLanguage::Serbian, Some("(in Serb.)")),
        _ => (CyrillicLanguage::Russian, None),
    }
}

struct Romanizer {
    lang: CyrillicLanguage,
    system: System,
}

impl Romanizer {
    fn t(&self, text: &str) -> String {
        let text = text.replace(['«', '»', '“', '”', '„'], "\"");
        transliterate_as(&text, self.system, self.lang)
    }

    fn name(&self, name: &Name) -> String {
        match name {
            Name::Person(p) => {
                let family = match &p.particle {
                    Some(particle) => format!("{particle} {}", p.family),
                    None => p.family.clone(),
                };
                let init =
                    p.initials.clone().or_else(|| p.given.as_deref().map(initials));
                let init = init.map(|i| self.t(&i).replace(' ', ""));
                match init {
                    Some(i) if !i.is_empty() => format!("{} {i}", self.t(&family)),
                    _ => self.t(&family),
                }
            }
            Name::Organization(org) => self.t(org),
        }
    }

    fn authors(&self, source: &Source) -> Option<String> {
        if source.authors.is_empty() {
            return None;
        }
        let mut s =
            source.authors.iter().map(|a| self.name(a)).collect::<Vec<_>>().join(", ");
        if source.authors_et_al {
            s.push_str(", et al.");
        }
        Some(s)
    }

    /// Title proper and other title information, then the English title in brackets.
    fn title(&self, source: &Source) -> String {
        let mut s = self.t(&source.title.main);
        for other in &source.title.other {
            s.push_str(": ");
            s.push_str(&self.t(other));
        }
        let english = source
            .title
            .parallel
            .iter()
            .find(|p| !detect_language(p).to_string().starts_with("ru"));
        if let Some(en) =
            english.filter(|p| !p.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)))
        {
            s.push_str(" [");
            s.push_str(en);
            s.push(']');
        }
        s
    }

    fn place(&self, name: &str) -> String {
        PLACES
            .iter()
            .find(|(ru, _)| *ru == name)
            .map_or_else(|| self.t(name), |(_, en)| (*en).to_owned())
    }

    /// `Moscow; Leningrad, Nauka Publ., 1945`.
    fn imprint(&self, source: &Source) -> Option<String> {
        let mut parts = Vec::new();
        if !source.places.is_empty() {
            parts.push(
                source
                    .places
                    .iter()
                    .map(|p| self.place(&p.name))
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        }
        for p in &source.publishers {
            parts.push(format!("{} Publ.", self.t(p)));
        }
        if let Some(date) = &source.date {
            let mut year = date.start.year.to_string();
            if let Some(end) = date.end {
                year = format!("{year}-{}", end.year);
            }
            parts.push(year);
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// `245 с.` → `245 p.`; other extents transliterated.
    fn extent(&self, extent: &str) -> String {
        let extent = extent.trim_end_matches('.');
        match extent.strip_suffix(" с") {
            Some(pages) => format!("{pages} p"),
            None => self.t(extent),
        }
    }

    fn numbering(&self, source: &Source, journal: bool) -> Vec<String> {
        let n = &source.numbering;
        let mut out = Vec::new();
        let label = |l: &str, v: &Option<String>| {
            v.as_ref().map(|v| format!("{l} {}", self.t(v)))
        };
        out.extend(label(if journal { "vol." } else { "Vol." }, &n.volume));
        out.extend(label("pt.", &n.part));
        out.extend(label("book", &n.book));
        out.extend(label("no.", &n.issue));
        out.extend(label("chap.", &n.chapter));
        if let Some(p) = &n.pages {
            out.push(if p.contains(['-', '–', '—']) {
                format!("pp. {p}")
            } else {
                format!("p. {p}")
            });
        }
        out
    }
}

/// Renders a reference the way Russian journals print their English-language
/// "References" (see the module documentation for the scheme).
///
/// ```
/// use gostbib::{Kind, Name, Person, Place, Source, Title, Date};
/// use gostbib::lang::romanize::romanize_reference;
/// let s = Source {
///     authors: vec![Name::Person(Person::new("Панкратова", "А. М."))],
///     title: Title { parallel: vec!["Recognition of the USSR by France".into()],
///                    ..Title::new("Признание СССР Францией") },
///     places: vec![Place::abbreviated("Москва", "М.")],
///     publishers: vec!["Наука".into()],
///     date: Some(Date::year(1945)),
///     ..Source::new(Kind::Book)
/// };
/// assert_eq!(
///     romanize_reference(&s),
///     "Pankratova A.M. Priznanie SSSR Frantsiei [Recognition of the USSR by France]. \
///      Moscow, Nauka Publ., 1945. (in Russ.)"
/// );
/// ```
pub fn romanize_reference(source: &Source) -> String {
    romanize_reference_with(source, System::Bsi)
}

/// [`romanize_reference`] with another transliteration system (ALA-LC without
/// diacritics for a library catalogue, BGN/PCGN, ГОСТ 7.79 B …).
///
/// ```
/// use gostbib::{Kind, Source, Title};
/// use gostbib::lang::romanize::romanize_reference_with;
/// use gostbib::lang::translit::System;
/// let s = Source { title: Title::new("Юность"), ..Source::new(Kind::Book) };
/// assert_eq!(romanize_reference_with(&s, System::AlaLcAscii), "Iunost'. (in Russ.)");
/// assert_eq!(romanize_reference_with(&s, System::Gost779B), "Yunost`. (in Russ.)");
/// ```
pub fn romanize_reference_with(source: &Source, system: System) -> String {
    let (lang, note) = language_note(source);
    let r = Romanizer { lang, system };
    let mut out = String::new();
    if let Some(a) = r.authors(source) {
        out.push_str(&a);
        out.push(' ');
    }
    out.push_str(&r.title(source));
    let journal = source.host.as_deref().is_some_and(|h| {
        matches!(source.kind, Kind::Article | Kind::NewspaperArticle)
            || h.kind == Kind::Periodical
    });
    let mut tail: Vec<String> = Vec::new();
    match source.host.as_deref() {
        Some(host) if journal => {
            // Journal, 1981, vol. 3, no. 1, pp. 5-10.
            let mut parts = vec![r.title(host)];
            let date = source.date.as_ref().or(host.date.as_ref());
            parts.extend(date.map(|d| d.start.year.to_string()));
            parts.extend(r.numbering(host, true));
            parts.extend(r.numbering(source, true));
            tail.push(parts.join(", "));
        }
        Some(host) if matches!(source.kind, Kind::WebPage) => tail.push(r.title(host)),
        Some(host) => {
            let mut head = format!("In: {}", r.title(host));
            if let Some(a) = r.authors(host) {
                head = format!("In: {a} {}", r.title(host));
            }
            tail.push(head);
            let host_numbers = r.numbering(host, false);
            if !host_numbers.is_empty() {
                tail.push(host_numbers.join(", "));
            }
            let mut imprint: Vec<String> =
                r.imprint(host).or_else(|| r.imprint(source)).into_iter().collect();
            imprint.extend(r.numbering(source, false));
            if !imprint.is_empty() {
                tail.push(imprint.join(", "));
            }
        }
        None => {
            let numbers = r.numbering(source, false);
            if !numbers.is_empty() {
                tail.push(numbers.join(", "));
            }
            tail.extend(r.imprint(source));
            tail.extend(source.extent.as_deref().map(|e| r.extent(e)));
        }
    }
    for t in tail {
        out.push_str(". ");
        out.push_str(&t);
    }
    out.push('.');
    if let Some(url) = &source.url {
        out.push_str(" Available at: ");
        out.push_str(url);
        if let Some(a) = &source.accessed {
            let (d, m) = (a.day.unwrap_or(1), a.month.unwrap_or(1));
            out.push_str(&format!(" (accessed {d:02}.{m:02}.{})", a.year));
        }
        out.push('.');
    }
    if let Some(note) = note {
        out.push(' ');
        out.push_str(note);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Date, Person, Title};

    #[test]
    fn journal_articles_put_the_numbers_after_the_journal() {
        let host = Source {
            title: Title::new("Вопросы истории"),
            ..Source::new(Kind::Periodical)
        };
        let mut s = Source {
            authors: vec![Name::Person(Person::new("Дузь", "П. Д."))],
            title: Title::new("Можайский — изобретатель первого самолета"),
            host: Some(Box::new(host)),
            date: Some(Date::year(1981)),
            ..Source::new(Kind::Article)
        };
        s.numbering.issue = Some("1".into());
        s.numbering.pages = Some("5–10".into());
        assert_eq!(
            romanize_reference(&s),
            "Duz' P.D. Mozhaiskii — izobretatel' pervogo samoleta. Voprosy istorii, 1981, no. 1, pp. 5–10. (in Russ.)"
        );
    }

    #[test]
    fn books_give_their_extent_in_pages() {
        let s = Source {
            authors: vec![Name::Person(Person::new("Громыко", "А. А."))],
            title: Title::new("Дипломатический словарь"),
            places: vec![crate::Place::new("Москва")],
            publishers: vec!["Наука".into()],
            date: Some(Date::year(1985)),
            extent: Some("480 с.".into()),
            ..Source::new(Kind::Book)
        };
        assert_eq!(
            romanize_reference(&s),
            "Gromyko A.A. Diplomaticheskii slovar'. Moscow, Nauka Publ., 1985. 480 p. (in Russ.)"
        );
    }

    #[test]
    fn latin_script_sources_get_no_language_note() {
        let s = Source {
            title: Title::new("Moscow and East Rome"),
            ..Source::new(Kind::Book)
        };
        assert_eq!(romanize_reference(&s), "Moscow and East Rome.");
    }
}
