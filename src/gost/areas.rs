//! The areas of a description, written in order with prescribed punctuation.

use std::borrow::Cow;

use super::names::{push_heading, responsibility};
use super::section::push_uint;
use super::{Cities, GostPrinter, Lang, Style, Variant, Words};
use crate::{Archive, Date, Kind, Missing, Numbering, PartialDate, Place, Source};

/// Output with GOST's joining rules: an area separator (`. — `) is dropped at the
/// start, and its period merges with a period that ends the previous element
/// (`245 с. — `, never `245 с.. — `).
struct Out {
    buf: String,
    /// Where this description starts in `buf` (earlier descriptions of a section may
    /// precede it).
    start: usize,
    area: &'static str,
}

impl Out {
    fn is_empty(&self) -> bool {
        self.buf.len() == self.start
    }
    fn ends_with_stop(&self) -> bool {
        self.buf.ends_with(['.', '?', '!', '…'])
    }
    fn push(&mut self, s: &str) {
        self.buf.push_str(s);
    }
    /// The separator between areas.
    fn area(&mut self) {
        if self.is_empty() {
            return;
        }
        let sep = if self.ends_with_stop() { &self.area[1..] } else { self.area };
        self.buf.push_str(sep);
    }
    /// `. ` between elements of one area, or between heading and title.
    fn dot(&mut self) {
        if self.is_empty() || self.buf.ends_with(' ') {
            return;
        }
        self.buf.push_str(if self.ends_with_stop() { " " } else { ". " });
    }
    /// A prescribed sign (` : `, ` / `, ` // `), written without its leading space at
    /// the start.
    fn sign(&mut self, sign: &str) {
        if self.is_empty() {
            self.buf.push_str(sign.trim_start());
        } else {
            self.buf.push_str(sign);
        }
    }
}

/// Adds the final period unless the text already ends with one (or with `?`, `!`,
/// `…`).
pub(super) fn with_period(mut body: String) -> String {
    if !body.ends_with(['.', '?', '!', '…']) {
        body.push('.');
    }
    body
}

struct Render<'p> {
    p: &'p GostPrinter,
    style: Style,
    words: &'static Words,
    lang: Lang,
    out: Out,
    /// Whether the heading of the description being written was printed.
    headed: bool,
}

/// Appends a source to `buf`, without the final period and without in-text brackets.
pub(super) fn render_into(p: &GostPrinter, s: &Source, buf: &mut String) {
    let style = p.get_style();
    let dash = p.get_dash().char();
    let area = match (style, dash) {
        (Style::Gost2008Short, _) => ". ",
        (_, '—') => ". — ",
        _ => ". – ",
    };
    let lang = Lang::of(s);
    let mut r = Render {
        p,
        style,
        words: lang.words(),
        lang,
        out: Out { start: buf.len(), buf: std::mem::take(buf), area },
        headed: false,
    };
    r.source(s);
    *buf = r.out.buf;
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn is_serial(kind: Kind) -> bool {
    matches!(kind, Kind::Article | Kind::NewspaperArticle | Kind::Periodical)
}

/// Whether a description reads as a serial issue: a serial kind, or an issue number
/// with no place, publisher or extent (`Вопр. философии. 1992. № 10`). The model does
/// not keep the label of an issue, so this decides between `№` (serials) and `Вып.`
/// (issues of books: `М., 1990. Вып. 5`).
fn looks_serial(s: &Source) -> bool {
    is_serial(s.kind)
        || (matches!(s.kind, Kind::Book | Kind::Other)
            && s.numbering.issue.is_some()
            && s.places.is_empty()
            && s.publishers.is_empty()
            && s.place_missing.is_none()
            && s.extent.is_none())
}

impl Render<'_> {
    fn in_text(&self) -> bool {
        self.p.get_variant() == Variant::InText && !self.style.is_record()
    }

    /// Words abbreviated per the tables when the printer says so; titles proper never
    /// pass through here.
    fn abbr<'t>(&self, text: &'t str) -> Cow<'t, str> {
        use crate::lang::abbrev::{AbbrevLanguage, abbreviate};
        if !self.p.get_abbreviate() {
            return Cow::Borrowed(text);
        }
        let lang = match self.lang {
            Lang::Ru => AbbrevLanguage::Ru,
            Lang::En => AbbrevLanguage::En,
            Lang::Fr => AbbrevLanguage::Fr,
            Lang::De => AbbrevLanguage::De,
        };
        Cow::Owned(abbreviate(text, lang))
    }

    fn set_lang(&mut self, s: &Source) {
        self.lang = Lang::of(s);
        self.words = self.lang.words();
    }

    fn source(&mut self, s: &Source) {
        if let (Kind::Archival, Some(a)) = (s.kind, &s.archive) {
            return self.archival(s, a);
        }
        self.heading(s);
        match s.host.as_deref() {
            None => {
                let serial = looks_serial(s);
                // A reference puts the volume of a monograph after the date
                // (`М., 1990. Т. 2. С. 27`), unless the number of volumes is given:
                // then the volume follows it (`Дневник. В 3 т. Т. 2. М., 1955`, 7.0.5's
                // first variant). A record keeps it in the title area.
                let vol_in_title = !serial
                    && (self.style.is_record()
                        || nonempty(&s.numbering.volumes).is_some());
                self.title_area(s, vol_in_title);
                self.edition(s);
                self.publication(s, s);
                if !vol_in_title {
                    self.numbering_after_date(Num::own(&s.numbering), serial);
                }
                self.locators(Num::own(&s.numbering));
                if !self.in_text() {
                    self.extent(s);
                }
            }
            Some(h) => {
                self.title_area(s, false);
                if self.style.is_record() {
                    self.content_form(s, h);
                }
                // A reference may cite the host alone (ГОСТ Р 7.0.5-2008 §6.2.1:
                // `Вопр. философии. 1992. № 10. С. 76–86`); a record writes a host
                // fragment after `//` (ГОСТ Р 7.0.100-2018 §7.3.3).
                if !self.out.is_empty() || self.style.is_record() {
                    self.out.sign(" // ");
                }
                let lang = self.lang;
                let h = flatten(h);
                self.set_lang(&h);
                self.host(&h, s, is_serial(s.kind) || looks_serial(&h));
                self.lang = lang;
                self.words = lang.words();
            }
        }
        self.tail(s);
    }

    /// The host after `//`: its heading, title area, edition and publication area,
    /// then the part's location in it.
    fn host(&mut self, h: &Source, part: &Source, serial: bool) {
        // A record's host is reduced to title, responsibility and edition
        // (ГОСТ Р 7.0.100-2018 §7.3.3): no heading.
        if self.style.is_record() {
            self.headed = false;
        } else {
            self.heading(h);
        }
        let num = Num { unit: &h.numbering, part: &part.numbering };
        if serial {
            self.title_area(h, false);
        } else {
            self.title_area_with(h, num, true);
        }
        self.edition(h);
        self.publication(h, part);
        if serial {
            self.numbering_after_date(num, true);
        }
        self.locators(num);
    }

    /// The heading, unless the description is a fragment: no title proper and a
    /// statement of responsibility as written (`/ Arden Wilson ; with graphics by the
    /// author`, an area quoted alone). A heading stands before a title; without one
    /// the names stay in the statement, where the source put them.
    fn heading(&mut self, s: &Source) {
        self.headed = false;
        let fragment = s.title.main.is_empty()
            && s.responsibility.as_deref().is_some_and(|r| !r.trim().is_empty());
        if !fragment {
            self.headed =
                push_heading(s, self.style, self.p.get_initials(), &mut self.out.buf);
        }
    }

    fn title_area(&mut self, s: &Source, vol_in_title: bool) {
        self.title_area_with(s, Num::own(&s.numbering), vol_in_title);
    }

    fn title_area_with(&mut self, s: &Source, num: Num<'_>, vol_in_title: bool) {
        let t = &s.title;
        let record = self.style.is_record();
        if !t.main.is_empty() {
            self.out.dot();
            if t.supplied {
                self.out.push(&format!("[{}]", t.main));
            } else {
                self.out.push(&t.main);
            }
        }
        if let (Some(m), false) = (nonempty(&s.medium), record) {
            self.out.sign(" ");
            self.out.push(&format!("[{m}]"));
        }
        for par in &t.parallel {
            self.out.sign(" = ");
            self.out.push(par);
        }
        for other in &t.other {
            self.out.sign(" : ");
            let other = self.abbr(other);
            self.out.push(&other);
        }
        if let Some(th) = &s.thesis {
            if !th.degree.is_empty() {
                self.out.sign(" : ");
                self.out.push(&th.degree);
            }
            if let Some(sp) = nonempty(&th.speciality) {
                self.out.sign(" : ");
                self.out.push(sp);
            }
        }
        if let Some((n, books)) = num.volumes() {
            let w = self.words;
            let unit = if books { w.books_unit } else { w.volumes_unit };
            if record {
                self.out.sign(" : ");
                self.out.push(&format!("{} {n} {unit}", w.volumes_in.to_lowercase()));
            } else {
                self.out.dot();
                self.out.push(&format!("{} {n} {unit}", w.volumes_in));
            }
        }
        let resp =
            responsibility(s, self.style, self.p.get_initials(), self.lang, self.headed);
        if let Some(r) = resp {
            self.out.sign(" / ");
            let r = self.abbr(&r);
            self.out.push(&r);
        }
        if vol_in_title {
            for el in self.volume_elements(num, false).into_iter().flatten() {
                self.out.dot();
                self.push_volume_element(el, false);
            }
        }
    }

    /// `Т. 3` (with its title), `Кн. 1`, `Ч. 2`, `Вып. 4` in biblatex-gost's default
    /// order (volume, book, part, issue).
    fn volume_elements<'a>(&self, num: Num<'a>, serial: bool) -> [Option<VolEl<'a>>; 4] {
        let w = self.words;
        let el = |label, field: Field| {
            num.unit(field).map(|value| VolEl { label, value, title: None })
        };
        let issue = if serial { w.issue } else { w.issue_book };
        [
            el(w.volume, |n| &n.volume)
                .map(|v| VolEl { title: num.unit(|n| &n.volume_title), ..v }),
            el(w.book, |n| &n.book),
            el(w.part, |n| &n.part),
            el(issue, |n| &n.issue),
        ]
    }

    /// `Т. 3`, `Т. 7. Человек` (`Т. 7 : Человек` in a record); `т. 3` inside an
    /// element.
    fn push_volume_element(&mut self, el: VolEl<'_>, lowercase: bool) {
        let buf = &mut self.out.buf;
        let mut chars = el.label.chars();
        match chars.next() {
            Some(first) if lowercase => {
                buf.extend(first.to_lowercase());
                buf.push_str(chars.as_str());
            }
            _ => buf.push_str(el.label),
        }
        buf.push(' ');
        buf.push_str(el.value);
        if let Some(vt) = el.title {
            buf.push_str(if self.style.is_record() { " : " } else { ". " });
            buf.push_str(vt);
        }
    }

    fn edition(&mut self, s: &Source) {
        if let Some(e) = nonempty(&s.edition) {
            self.out.area();
            let e = self.abbr(e);
            self.out.push(&e);
        }
    }

    /// Place : publisher, date — from the source, or (for a host) from the part where
    /// the host lacks them. Written straight into the output: the area separator first,
    /// taken back when the area has nothing to say.
    fn publication(&mut self, s: &Source, fallback: &Source) {
        let pick = |a: &Source| !a.places.is_empty() || !a.publishers.is_empty();
        let src = if pick(s) || !pick(fallback) { s } else { fallback };
        let place_missing =
            src.place_missing.as_ref().or(fallback.place_missing.as_ref());
        let pub_missing =
            src.publisher_missing.as_ref().or(fallback.publisher_missing.as_ref());
        let mark = self.out.buf.len();
        self.out.area();
        let body = self.out.buf.len();
        let (places, publishers) = (&src.places, &src.publishers);
        match (places.is_empty(), place_missing, pub_missing) {
            (true, Some(pm), Some(bm))
                if publishers.is_empty() && pm.bracketed && bm.bracketed =>
            {
                // `[Б. м. : б. и.]`: one pair of brackets.
                let buf = &mut self.out.buf;
                buf.push('[');
                buf.push_str(&pm.written);
                buf.push_str(" : ");
                buf.push_str(&bm.written);
                buf.push(']');
            }
            _ => {
                if places.is_empty() {
                    if let Some(pm) = place_missing {
                        push_missing(pm, &mut self.out.buf);
                    }
                }
                // Place-publisher groups (`М. : Наука ; Л. : Худож. лит.`, `М. ; Л. :
                // Наука`, `М. : ГМИИ : Художник и книга ; Вашингтон : Нац. галерея`).
                let mut k = 0;
                for (i, p) in places.iter().enumerate() {
                    if i > 0 {
                        self.out.buf.push_str(" ; ");
                    }
                    let p = self.place(p);
                    self.out.buf.push_str(&p);
                    while k < publishers.len() && src.publisher_place(k) == Some(i) {
                        self.push_publisher(&publishers[k], body);
                        k += 1;
                    }
                }
                for b in &publishers[k..] {
                    self.push_publisher(b, body);
                }
                if publishers.is_empty() {
                    if let Some(bm) = pub_missing {
                        self.out.buf.push_str(if self.out.buf.len() == body {
                            ""
                        } else {
                            " : "
                        });
                        push_missing(bm, &mut self.out.buf);
                    }
                }
            }
        }
        let date = s.date.as_ref().or(fallback.date.as_ref());
        let date_missing = s.date_missing.as_ref().or(fallback.date_missing.as_ref());
        if date.is_some() || date_missing.is_some() {
            if self.out.buf.len() > body {
                self.out.buf.push_str(", ");
            }
            match date {
                Some(d) => self.push_date(d),
                None => push_missing(date_missing.expect("checked"), &mut self.out.buf),
            }
        }
        if self.out.buf.len() == body {
            self.out.buf.truncate(mark);
            return;
        }
        if let Some(PartialDate { month: Some(m), day: Some(d), .. }) =
            date.map(|d| d.start)
        {
            if let Some(name) = self.words.months.get(usize::from(m).wrapping_sub(1)) {
                self.out.area();
                push_uint(&mut self.out.buf, usize::from(d));
                self.out.buf.push(' ');
                self.out.buf.push_str(name);
            }
        }
    }

    /// ` : Publisher` (no colon at the start of the area `body`).
    fn push_publisher(&mut self, publisher: &str, body: usize) {
        if self.out.buf.len() > body {
            self.out.buf.push_str(" : ");
        }
        let b = self.abbr(publisher);
        self.out.buf.push_str(&b);
    }

    fn place<'s>(&self, p: &'s Place) -> Cow<'s, str> {
        let written = p.written.as_deref().filter(|w| !w.is_empty());
        Cow::Borrowed(match self.p.get_cities() {
            Cities::AsWritten => written.unwrap_or(&p.name),
            Cities::Expand if !p.name.is_empty() => &p.name,
            Cities::Expand => written.unwrap_or_default(),
            Cities::Abbreviate => crate::lang::abbrev::abbreviate_city(&p.name)
                .or(written)
                .unwrap_or(&p.name),
        })
    }

    /// `1945`, `1985–1986`, `1997–`, `[1945?]`, `[ок. 1900]`.
    fn date(&self, d: &Date) -> String {
        let mut out = String::with_capacity(16);
        self.write_date(d, &mut out);
        out
    }

    /// Appends [`Render::date`] to the output.
    fn push_date(&mut self, d: &Date) {
        let mut buf = std::mem::take(&mut self.out.buf);
        self.write_date(d, &mut buf);
        self.out.buf = buf;
    }

    fn write_date(&self, d: &Date, out: &mut String) {
        let dash = self.p.get_dash().char();
        let bracketed = d.supplied || d.approximate || d.uncertain;
        if bracketed {
            out.push('[');
        }
        if d.approximate {
            out.push_str(if self.lang == Lang::Ru { "ок. " } else { "ca. " });
        }
        push_int(out, d.start.year);
        if let Some(e) = &d.end {
            out.push(dash);
            push_int(out, e.year);
        } else if d.open {
            if self.style.is_record() {
                out.push(' ');
                out.push(dash);
                out.push(' ');
            } else {
                out.push(dash);
            }
        }
        if d.uncertain {
            out.push('?');
        }
        if bracketed {
            out.push(']');
        }
    }

    /// A serial's `Т. 5, № 3` after the date, or a monograph's `Т. 2` after the date
    /// in a reference.
    fn numbering_after_date(&mut self, num: Num<'_>, serial: bool) {
        let els = self.volume_elements(num, serial);
        if els.iter().all(Option::is_none) {
            return;
        }
        self.out.area();
        // Inside an element of a serial labels are lowercase: `Т. 5, № 3`,
        // `Vol. 34, no. 2`; a monograph's are elements of their own: `Т. 2. Вып. 1`.
        for (i, el) in els.into_iter().flatten().enumerate() {
            if i > 0 {
                self.out.push(if serial { ", " } else { ". " });
            }
            self.push_volume_element(el, serial && i > 0);
        }
    }

    /// The location of the part: `Гл. 11`, `С. 12–15`, `Ст. 3822`.
    fn locators(&mut self, num: Num<'_>) {
        let w = self.words;
        let fields: [(&str, Field); 3] = [
            (w.chapter, |n| &n.chapter),
            (w.pages, |n| &n.pages),
            (w.section, |n| &n.section),
        ];
        for (label, field) in fields {
            if let Some(v) = num.loc(field) {
                self.out.area();
                self.out.push(label);
                self.out.push(" ");
                self.out.push(v);
            }
        }
    }

    fn extent(&mut self, s: &Source) {
        if let Some(e) = nonempty(&s.extent) {
            self.out.area();
            self.out.push(e);
        }
    }

    /// Series, notes, URL, identifiers and (records) the content form.
    fn tail(&mut self, s: &Source) {
        let in_text = self.in_text();
        if !s.series.is_empty() && !in_text {
            let groups: Vec<String> = s
                .series
                .iter()
                .map(|se| match nonempty(&se.number) {
                    Some(n) => format!("({} ; {n})", se.title),
                    None => format!("({})", se.title),
                })
                .collect();
            self.out.area();
            self.out.push(&groups.join(" "));
        }
        if !in_text && s.kind != Kind::Archival {
            for note in s.notes.iter().filter(|n| !n.trim().is_empty()) {
                self.out.area();
                self.out.push(note);
            }
        }
        if let Some(url) = nonempty(&s.url) {
            self.out.area();
            self.out.push(&format!("URL: {url}"));
            if let Some(d) = &s.accessed {
                self.out.push(&format!(" (дата обращения: {})", numeric_date(d)));
            }
        }
        if let Some(a) = nonempty(&s.access_note) {
            self.out.area();
            // The parser keeps the note without its label; write the label back.
            let labelled =
                ["Режим доступа", "Mode of access"].iter().any(|l| a.starts_with(l));
            if !labelled {
                self.out.push("Режим доступа: ");
            }
            self.out.push(a);
        }
        if !in_text {
            let ids = &s.identifiers;
            for isbn in &ids.isbn {
                self.out.area();
                self.out.push(&format!("ISBN {isbn}"));
            }
            if let Some(issn) = nonempty(&ids.issn) {
                self.out.area();
                self.out.push(&format!("ISSN {issn}"));
            }
            if let Some(doi) = nonempty(&ids.doi) {
                self.out.area();
                self.out.push(&format!("DOI: {doi}"));
            }
        }
        if self.style.is_record() && s.host.is_none() {
            self.content_form(s, s);
        }
    }

    /// ГОСТ Р 7.0.100-2018 area 9: as given, else `Текст : электронный` for an
    /// electronic resource (a medium or a URL).
    fn content_form(&mut self, s: &Source, h: &Source) {
        let form = match nonempty(&s.content_form) {
            Some(f) => f.to_owned(),
            None if s.medium.is_some()
                || s.url.is_some()
                || h.medium.is_some()
                || h.url.is_some() =>
            {
                "Текст : электронный".to_owned()
            }
            None => return,
        };
        self.out.area();
        self.out.push(&form);
    }

    /// `Заглавие // ГА РФ. Ф. 5446. Оп. 1. Д. 50. Л. 10`, or the cipher alone.
    fn archival(&mut self, s: &Source, a: &Archive) {
        let has_part = !s.title.main.is_empty() || !s.authors.is_empty();
        if has_part {
            self.heading(s);
            self.title_area(s, false);
            if let Some(d) = &s.date {
                let d = self.date(d);
                self.out.dot();
                self.out.push(&d);
            }
            self.out.sign(" // ");
        }
        self.out.push(&a.repository);
        if let Some(loc) = nonempty(&a.location) {
            self.out.dot();
            self.out.push(loc);
        } else {
            for (label, value) in [
                ("Ф.", &a.fond),
                ("Оп.", &a.inventory),
                ("Д.", &a.file),
                ("Л.", &a.leaves),
            ] {
                if let Some(v) = nonempty(value) {
                    self.out.dot();
                    self.out.push(&format!("{label} {v}"));
                }
            }
        }
        for extra in [nonempty(&s.extent)]
            .into_iter()
            .flatten()
            .chain(s.notes.iter().map(String::as_str).filter(|n| !n.trim().is_empty()))
        {
            self.out.dot();
            self.out.push(extra);
        }
    }
}

/// A host that is itself hosted — one volume of a multi-volume work
/// (`Chapter → Volume (Т. 3) → MultiVolume`), one issue of a journal — written as one
/// host: the whole work's title area with the volume's number (and title) in it, and
/// the volume's own publication data where it has them.
fn flatten(h: &Source) -> Cow<'_, Source> {
    let Some(top) = h.host.as_deref() else { return Cow::Borrowed(h) };
    let own = &h.numbering;
    if own.volume.is_none()
        && own.issue.is_none()
        && own.part.is_none()
        && own.book.is_none()
    {
        // Not a numbered unit of the outer work: the nearer host says enough.
        return Cow::Borrowed(h);
    }
    let mut whole = flatten(top).into_owned();
    let n = &mut whole.numbering;
    for (mine, theirs) in [
        (&mut n.volume, &own.volume),
        (&mut n.volume_title, &own.volume_title),
        (&mut n.volumes, &own.volumes),
        (&mut n.part, &own.part),
        (&mut n.book, &own.book),
        (&mut n.issue, &own.issue),
    ] {
        if theirs.is_some() {
            mine.clone_from(theirs);
        }
    }
    if own.volumes.is_some() {
        n.volumes_in_books = own.volumes_in_books;
    }
    if n.volume_title.is_none() && !h.title.main.is_empty() && own.volume.is_some() {
        n.volume_title = Some(h.title.main.clone());
    }
    if !h.places.is_empty() || !h.publishers.is_empty() {
        whole.places.clone_from(&h.places);
        whole.publishers.clone_from(&h.publishers);
        whole.publisher_places.clone_from(&h.publisher_places);
    }
    if h.date.is_some() {
        whole.date = h.date;
    }
    if h.edition.is_some() {
        whole.edition.clone_from(&h.edition);
    }
    whole.host = None;
    Cow::Owned(whole)
}

/// Appends a missing-data marker as written, in brackets if it was bracketed.
fn push_missing(m: &Missing, out: &mut String) {
    if m.bracketed {
        out.push('[');
        out.push_str(&m.written);
        out.push(']');
    } else {
        out.push_str(&m.written);
    }
}

/// Appends a year (or any integer) in decimal.
fn push_int(out: &mut String, n: i32) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs() as usize);
}

/// `15.10.2008`, `10.2008`, `2008`.
pub(super) fn numeric_date(d: &PartialDate) -> String {
    match (d.day, d.month) {
        (Some(day), Some(m)) => format!("{day:02}.{m:02}.{:04}", d.year),
        (_, Some(m)) => format!("{m:02}.{:04}", d.year),
        _ => format!("{:04}", d.year),
    }
}

/// One numbered unit of a description: `Т. 3` and the volume's title.
#[derive(Clone, Copy)]
struct VolEl<'a> {
    label: &'static str,
    value: &'a str,
    title: Option<&'a str>,
}

/// The numbering of a description: a host's units (volume, issue…) with the part's
/// as a fallback, and the part's locators (chapter, pages, article) with the host's as
/// a fallback. For a description without a host both are the same.
#[derive(Clone, Copy)]
struct Num<'a> {
    unit: &'a Numbering,
    part: &'a Numbering,
}

type Field = for<'x> fn(&'x Numbering) -> &'x Option<String>;

impl<'a> Num<'a> {
    fn own(n: &'a Numbering) -> Self {
        Num { unit: n, part: n }
    }
    /// A unit of the host (volume, issue…).
    fn unit(self, f: Field) -> Option<&'a str> {
        nonempty(f(self.unit)).or_else(|| nonempty(f(self.part)))
    }
    /// The number of volumes (the host's, else the part's), and whether they are books.
    fn volumes(self) -> Option<(&'a str, bool)> {
        [self.unit, self.part]
            .into_iter()
            .find_map(|n| nonempty(&n.volumes).map(|v| (v, n.volumes_in_books)))
    }
    /// A locator of the part (chapter, pages, article).
    fn loc(self, f: Field) -> Option<&'a str> {
        nonempty(f(self.part)).or_else(|| nonempty(f(self.unit)))
    }
}
