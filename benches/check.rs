//! Checker throughput (MB/s of input): the seed paragraph repeated into a long list, and
//! the development corpus one reference per line when `../shared` is present.
//!
//! `cargo bench --bench check`; the issue asks for at least 10 MB/s.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gostbib::check::{CheckOptions, check_list};

const SEED: &str = include_str!("../fixtures/seed-lit.txt");
const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");

/// The seed's three references as a numbered list of `n` lines.
fn seed_list(n: usize) -> String {
    let body = SEED.trim().trim_start_matches("Lit.:").trim();
    let refs: Vec<&str> = body.split("; ").collect();
    (0..n).map(|i| format!("{}. {}\n", i + 1, refs[i % refs.len()])).collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    let list = seed_list(3_000);
    group.throughput(Throughput::Bytes(list.len() as u64));
    group.bench_function("seed x3000, numbered", |b| {
        b.iter(|| check_list(&list, &CheckOptions::new()))
    });
    if let Ok(dev) = std::fs::read_to_string(DEV) {
        let options = CheckOptions::new().one_per_line(true);
        group.throughput(Throughput::Bytes(dev.len() as u64));
        group.bench_function("dev corpus, one per line", |b| {
            b.iter(|| check_list(&dev, &options))
        });
        // The parser alone on the same input: the floor under the checker's time.
        let parser = gostbib::Parser::new().lenient(true).one_per_line(true);
        group.bench_function("dev corpus, parser alone", |b| {
            b.iter(|| parser.parse(&dev))
        });
    } else {
        eprintln!("note: {DEV} not found, dev corpus bench skipped");
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
