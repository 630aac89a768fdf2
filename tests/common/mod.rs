//! Shared test support: proptest strategies for arbitrary sources.
#![allow(dead_code, unreachable_pub)]

use gostbib::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// A non-empty text value: Cyrillic, Latin, digits and the characters that break
/// formats (braces, `%`, `&`, `<`, `\`, quotes), with no leading or trailing space and
/// no doubled spaces.
pub fn text() -> impl Strategy<Value = String> {
    "[А-Яа-яЁёA-Za-z0-9][А-Яа-яЁёA-Za-z0-9 .,:;!?()\\[\\]{}%&#_$~^\\\\<>\"'«»/=+@-]{0,24}"
        .prop_map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .prop_filter("non-empty", |s| !s.is_empty())
}

/// A short word-like value (names, numbers as text).
pub fn word() -> impl Strategy<Value = String> {
    "[А-ЯA-Z][а-яёa-z]{1,10}(-[А-ЯA-Z][а-яёa-z]{1,8})?"
}

/// A locator value such as `3`, `12–15`, `5 (ч. II)`.
pub fn number() -> impl Strategy<Value = String> {
    prop_oneof!["[1-9][0-9]{0,3}", "[1-9][0-9]{0,2}–[1-9][0-9]{0,3}", "[IVX]{1,4}"]
}

pub fn person() -> impl Strategy<Value = Person> {
    (
        word(),
        option::of("[А-ЯA-Z]\\. [А-ЯA-Z]\\."),
        option::of(word()),
        option::of("(де|фон|van|de)"),
        option::of(word()),
    )
        .prop_map(|(family, initials, given, particle, as_written)| Person {
            family,
            initials,
            given,
            particle,
            as_written,
        })
}

pub fn name() -> impl Strategy<Value = Name> {
    prop_oneof![4 => person().prop_map(Name::Person), 1 => text().prop_map(Name::Organization)]
}

pub fn role() -> impl Strategy<Value = Role> {
    prop_oneof![
        Just(Role::Editor),
        Just(Role::ChiefEditor),
        Just(Role::ResponsibleEditor),
        Just(Role::Translator),
        Just(Role::Compiler),
        Just(Role::Commentator),
        Just(Role::Introduction),
        Just(Role::Illustrator),
        "[а-я]{3,8}\\.".prop_map(Role::Other),
    ]
}

pub fn partial_date() -> impl Strategy<Value = PartialDate> {
    (1500i32..2100, option::of((1u8..=12, option::of(1u8..=28)))).prop_map(|(y, md)| {
        match md {
            None => PartialDate::year(y),
            Some((m, None)) => PartialDate::ym(y, m),
            Some((m, Some(d))) => PartialDate::ymd(y, m, d),
        }
    })
}

pub fn date() -> impl Strategy<Value = Date> {
    (partial_date(), option::of(partial_date()), any::<[bool; 4]>()).prop_map(
        |(start, end, f)| {
            let mut d = Date::new(start);
            d.end = end.filter(|e| e.year > start.year);
            d.open = f[0] && d.end.is_none();
            d.approximate = f[1];
            d.uncertain = f[2];
            d.supplied = f[3];
            d
        },
    )
}

pub fn language() -> impl Strategy<Value = unic_langid::LanguageIdentifier> {
    prop_oneof!["ru", "en", "fr", "de", "uk", "be", "pl", "sr-Latn"]
        .prop_map(|s| s.parse::<unic_langid::LanguageIdentifier>().unwrap())
}

pub fn numbering() -> impl Strategy<Value = Numbering> {
    (
        (
            option::of(number()),
            option::of(text()),
            option::of(number()),
            option::of(number()),
        ),
        (option::of(number()), option::of(number()), option::of(number())),
        (option::of(number()), option::of(number()), any::<bool>()),
    )
        .prop_map(
            |(
                (volume, volume_title, volumes, part),
                (book, issue, chapter),
                (pages, section, books),
            )| {
                Numbering {
                    volume,
                    volume_title,
                    volumes_in_books: books && volumes.is_some(),
                    volumes,
                    part,
                    book,
                    issue,
                    chapter,
                    pages,
                    section,
                }
            },
        )
}

/// A source without a host and without provenance.
pub fn leaf_source() -> BoxedStrategy<Source> {
    let head = (
        proptest::sample::select(Kind::ALL.to_vec()),
        vec(name(), 0..4),
        any::<bool>(),
        vec((name(), role()).prop_map(|(n, r)| Contributor::new(n, r)), 0..3),
        (text(), vec(text(), 0..2), vec(text(), 0..2), any::<bool>()),
        option::of(text()),
        option::of(prop_oneof!["Электронный ресурс", "Text"]),
        option::of(prop_oneof!["Текст : электронный", "Текст : непосредственный"]),
    )
        .boxed();
    let imprint = (
        option::of(text()),
        vec(
            prop_oneof![
                word().prop_map(Place::new),
                Just(Place::abbreviated("Москва", "М.")),
                Just(Place::abbreviated("Ленинград", "Л."))
            ],
            0..3,
        ),
        vec(text(), 0..3),
        option::of(date()),
        option::of(
            prop_oneof!["Б. г.", "Б. д.", "s. a."].prop_map(|w| Missing::new(w, false)),
        ),
        option::of(Just(Missing::new("Б. м.", true))),
        option::of(Just(Missing::new("б. и.", true))),
    )
        .boxed();
    let rest = (
        numbering(),
        option::of("[1-9][0-9]{1,3} с\\."),
        vec((text(), option::of(number())).prop_map(|(t, n)| Series::new(t, n)), 0..2),
        option::of("https?://[a-z]{2,10}\\.(ru|org)/[a-z0-9_%/?=&.-]{0,20}"),
        option::of(partial_date()),
        option::of(text()),
        (
            vec("978-5-[0-9]{3}-[0-9]{5}-[0-9]", 0..2),
            option::of("[0-9]{4}-[0-9]{3}[0-9X]"),
            option::of("10\\.[0-9]{4}/[a-z0-9.]{1,10}"),
        ),
    )
        .boxed();
    let tail = (
        option::of((
            word(),
            option::of(number()),
            option::of(number()),
            option::of(number()),
            option::of(number()),
        )),
        option::of((
            "дис\\. … канд\\. [а-я]{3}\\. наук",
            option::of("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}"),
            option::of(text()),
        )),
        vec(text(), 0..2),
        option::of(language()),
        vec(any::<bool>(), 0..4),
    )
        .boxed();
    (head, imprint, rest, tail)
        .prop_map(
            |(
                (
                    kind,
                    authors,
                    et_al,
                    contributors,
                    (main, other, parallel, supplied),
                    responsibility,
                    medium,
                    content_form,
                ),
                (
                    edition,
                    places,
                    publishers,
                    date,
                    date_missing,
                    place_missing,
                    publisher_missing,
                ),
                (
                    numbering,
                    extent,
                    series,
                    url,
                    accessed,
                    access_note,
                    (isbn, issn, doi),
                ),
                (archive, thesis, notes, language, steps),
            )| Source {
                publisher_places: grouping(places.len(), publishers.len(), &steps),
                kind,
                authors_et_al: et_al && !authors.is_empty(),
                authors,
                contributors,
                title: Title { main, other, parallel, supplied },
                responsibility,
                medium,
                content_form,
                edition,
                places,
                publishers,
                date,
                date_missing,
                place_missing,
                publisher_missing,
                numbering,
                extent,
                series,
                url,
                accessed,
                access_note,
                identifiers: Identifiers { isbn, issn, doi },
                archive: archive.map(|(repository, fond, inventory, file, leaves)| {
                    Archive { repository, fond, inventory, file, leaves, location: None }
                }),
                thesis: thesis.map(|(degree, speciality, institution)| Thesis {
                    degree,
                    speciality,
                    institution,
                }),
                notes,
                language,
                ..Source::default()
            },
        )
        .boxed()
}

/// A place–publisher grouping as the parser records it: publisher `k` moves on to the
/// next place where `steps[k]` is set; empty when that is the default grouping (one
/// publisher a place, or all at the last place), which the model does not record.
fn grouping(places: usize, publishers: usize, steps: &[bool]) -> Vec<usize> {
    if places < 2 || publishers == 0 {
        return Vec::new();
    }
    let mut at = 0;
    let mut g = Vec::with_capacity(publishers);
    for k in 0..publishers {
        if k > 0 && steps.get(k) == Some(&true) && at + 1 < places {
            at += 1;
        }
        g.push(at);
    }
    let default = if places == publishers {
        g.iter().enumerate().all(|(k, &p)| p == k)
    } else {
        g.iter().all(|&p| p == places - 1)
    };
    if default { Vec::new() } else { g }
}

/// A source with up to two levels of hosts (a chapter in a volume of a multi-volume work).
pub fn source() -> impl Strategy<Value = Source> {
    (leaf_source(), option::of((leaf_source(), option::of(leaf_source())))).prop_map(
        |(mut s, hosts)| {
            if let Some((mut h, gh)) = hosts {
                h.host = gh.map(Box::new);
                s.host = Some(Box::new(h));
            }
            s
        },
    )
}
