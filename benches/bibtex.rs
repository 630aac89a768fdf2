//! BibTeX import and export on 20,000-entry files.
//!
//! `import` puts our `from_bib_str` next to the `biblatex` crate's own
//! `Bibliography::parse` of the same text (the target: at most 1.3× the crate);
//! `export` writes the same 20,000 sources (the target: faster than import). Two
//! files: the generated corpus (`benches/support/corpus.rs`, the kind mix of the
//! development set) and the fixtures (one source of every kind) varied.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gostbib::bibtex::{Dialect, from_bib_str, to_bib_string};
use gostbib::{Name, Person, Source};
use std::hint::black_box;

#[path = "support/corpus.rs"]
mod corpus;

const ENTRIES: usize = 20_000;

/// The fixtures (one source of every kind), varied so that no two are equal.
fn fixtures() -> Vec<Source> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/bib/sources.json");
    let base: Vec<Source> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixtures"))
            .expect("json");
    (0..ENTRIES)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.title.main = format!("{} {i}", s.title.main);
            if i % 3 == 0 {
                s.authors.push(Name::Person(Person::new(
                    format!("Иванов{}", i % 97),
                    "И. И.",
                )));
            }
            s
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    for (name, sources) in
        [("corpus", corpus::sources(1945, ENTRIES)), ("fixtures", fixtures())]
    {
        let text = to_bib_string(&sources, Dialect::Biblatex).expect("export");
        assert_eq!(from_bib_str(&text).expect("import").len(), ENTRIES);

        let mut import = c.benchmark_group(format!("bibtex_import_{name}"));
        import.sample_size(10);
        import.throughput(Throughput::Bytes(text.len() as u64));
        import.bench_function("gostbib_from_bib_str", |b| {
            b.iter(|| from_bib_str(black_box(&text)).expect("import"))
        });
        import.bench_function("biblatex_crate_parse", |b| {
            b.iter(|| biblatex::Bibliography::parse(black_box(&text)).expect("parse"))
        });
        import.finish();

        let mut export = c.benchmark_group(format!("bibtex_export_{name}"));
        export.sample_size(10);
        export.throughput(Throughput::Bytes(text.len() as u64));
        export.bench_function("gostbib_to_bib_string", |b| {
            b.iter(|| {
                to_bib_string(black_box(&sources), Dialect::Biblatex).expect("export")
            })
        });
        export.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
