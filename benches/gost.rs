//! Formatting speed: a sorted reference section of 20,000 generated sources.
//!
//! Hayagriva formats about 2,600 entries/s at this size in its GOST CSL style; the
//! goal is at least 100× that, with formatting linear and sorting O(n log n).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gostbib::gost::{SectionOptions, Style, format_section, to_gost_string};
use gostbib::{Date, Kind, Name, Numbering, Person, Place, Source, Title};

const SURNAMES: [&str; 8] =
    ["Панкратова", "Ёлкин", "Smith", "Иванов", "Adams", "Яковлев", "Müller", "Бахтин"];
const WORDS: [&str; 8] =
    ["история", "дипломатии", "Moscow", "reform", "России", "очерки", "politics", "век"];

/// A deterministic mix of books, chapters and articles in two scripts.
fn generate(n: usize) -> Vec<Source> {
    (0..n)
        .map(|i| {
            let family = SURNAMES[i % SURNAMES.len()];
            let title: Vec<&str> =
                (0..4).map(|k| WORDS[(i / 7 + k * 3) % WORDS.len()]).collect();
            let base = Source {
                authors: (0..1 + i % 4)
                    .map(|k| Name::Person(Person::new(format!("{family}{k}"), "А. М.")))
                    .collect(),
                title: Title::new(format!("{} {i}", title.join(" "))),
                date: Some(Date::year(1900 + (i % 120) as i32)),
                ..Source::default()
            };
            match i % 3 {
                0 => Source {
                    places: vec![Place::abbreviated("Москва", "М.")],
                    extent: Some(format!("{} с.", 100 + i % 400)),
                    ..base
                },
                1 => Source {
                    kind: Kind::Chapter,
                    numbering: Numbering {
                        chapter: Some("11".into()),
                        ..Numbering::default()
                    },
                    host: Some(Box::new(Source {
                        title: Title::new("История дипломатии"),
                        numbering: Numbering {
                            volume: Some("3".into()),
                            ..Numbering::default()
                        },
                        places: vec![Place::abbreviated("Москва", "М.")],
                        date: base.date,
                        ..Source::new(Kind::Book)
                    })),
                    ..base
                },
                _ => Source {
                    kind: Kind::Article,
                    numbering: Numbering {
                        pages: Some("76–86".into()),
                        ..Numbering::default()
                    },
                    host: Some(Box::new(Source {
                        title: Title::new("Вопр. философии"),
                        date: base.date,
                        numbering: Numbering {
                            issue: Some("10".into()),
                            ..Numbering::default()
                        },
                        ..Source::new(Kind::Periodical)
                    })),
                    ..base
                },
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let sources = generate(20_000);
    let mut group = c.benchmark_group("gost");
    group.throughput(Throughput::Elements(sources.len() as u64));
    group.sample_size(10);
    group.bench_function("section_20000_sorted", |b| {
        let opts = SectionOptions::new();
        b.iter(|| format_section(black_box(&sources), &opts));
    });
    group.bench_function("each_20000_gost2018", |b| {
        b.iter(|| {
            sources
                .iter()
                .filter_map(|s| to_gost_string(black_box(s), Style::Gost2018).ok())
                .count()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
