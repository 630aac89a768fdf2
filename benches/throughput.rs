//! Throughput of every operation on 20,000 generated sources, with the peers in the same
//! groups so that the report reads as ratios from one run.
//!
//! `cargo bench --bench throughput`; the scaling table of `docs/performance.md` comes from
//! `cargo bench --bench scaling`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/data.rs"]
mod data;
#[path = "support/peers.rs"]
mod peers;

const N: usize = 20_000;

fn benches(c: &mut Criterion) {
    let d = data::Data::new(N);
    let parser = gostbib::Parser::new().lenient(true).one_per_line(true);

    let mut g = c.benchmark_group("split");
    g.throughput(Throughput::Bytes(d.paragraph.len() as u64));
    g.bench_function("gostbib", |b| {
        b.iter(|| gostbib::split_list(black_box(&d.paragraph)))
    });
    g.finish();

    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(d.lines.len() as u64));
    g.sample_size(20);
    g.bench_function("gostbib", |b| {
        b.iter(|| parser.parse(black_box(&d.lines)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("gost_section");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(10);
    let opts = gostbib::gost::SectionOptions::default();
    g.bench_function(BenchmarkId::new("gostbib", N), |b| {
        b.iter(|| gostbib::gost::format_section(black_box(&d.sources), &opts))
    });
    let hay = peers::Hayagriva::new();
    let library = peers::Hayagriva::library(&d.bib);
    g.bench_function(BenchmarkId::new("hayagriva", N), |b| {
        b.iter(|| hay.format(black_box(&library)))
    });
    g.finish();

    let mut g = c.benchmark_group("bibtex_import");
    g.throughput(Throughput::Bytes(d.bib.len() as u64));
    g.sample_size(20);
    g.bench_function("gostbib", |b| {
        b.iter(|| gostbib::bibtex::from_bib_str(black_box(&d.bib)).unwrap())
    });
    g.bench_function("biblatex-crate", |b| {
        b.iter(|| peers::biblatex_parse(black_box(&d.bib)))
    });
    g.finish();

    let mut g = c.benchmark_group("export");
    g.throughput(Throughput::Elements(N as u64));
    g.sample_size(20);
    g.bench_function("biblatex", |b| {
        b.iter(|| {
            gostbib::bibtex::to_bib_string(
                black_box(&d.sources),
                gostbib::bibtex::Dialect::Biblatex,
            )
        })
    });
    g.bench_function("mods", |b| {
        b.iter(|| gostbib::mods::to_mods_string(black_box(&d.sources)))
    });
    g.bench_function("csl-json", |b| {
        b.iter(|| gostbib::csl::to_csl_json(black_box(&d.sources)))
    });
    g.finish();

    let mut g = c.benchmark_group("mods_import");
    g.throughput(Throughput::Bytes(d.mods.len() as u64));
    g.sample_size(20);
    g.bench_function("gostbib", |b| {
        b.iter(|| gostbib::mods::from_mods_str(black_box(&d.mods)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("csl_import");
    g.throughput(Throughput::Bytes(d.csl.len() as u64));
    g.sample_size(20);
    g.bench_function("gostbib", |b| {
        b.iter(|| gostbib::csl::from_csl_json(black_box(&d.csl)).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("translit");
    g.throughput(Throughput::Bytes(d.lines.len() as u64));
    g.bench_function("gost-7.79-b", |b| {
        b.iter(|| {
            gostbib::lang::translit::transliterate(
                black_box(&d.lines),
                gostbib::lang::translit::System::Gost779B,
            )
        })
    });
    g.finish();
}

criterion_group!(throughput, benches);
criterion_main!(throughput);
