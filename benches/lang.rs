//! Throughput of transliteration and language identification (target: 200 MB/s on one
//! core). Input: the development corpus when present, else a built-in Russian text, so
//! the benchmark also runs from a bare checkout.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gostbib::lang::detect_language;
use gostbib::lang::translit::{CyrillicLanguage, System, transliterate_into};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// CPU time of this thread (Linux `/proc/thread-self/schedstat`), so that throughput
/// per core can be measured on a busy machine; `None` elsewhere.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// Runs `f` `iters` times and returns the CPU time it took (wall time without
/// `/proc`).
fn cpu_time<R>(iters: u64, mut f: impl FnMut() -> R) -> Duration {
    let (cpu, wall) = (thread_cpu(), Instant::now());
    for _ in 0..iters {
        black_box(f());
    }
    match (cpu, thread_cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall.elapsed(),
    }
}

const REFS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");

const FALLBACK: &str = "Панкратова А. М. Признание СССР Францией // История дипломатии. \
    Т. 3. М.; Л., 1945. Гл. 11; Признание Советского Союза капиталистическими странами \
    (1924-1925 гг.) // История внешней политики СССР. Т. 1. М., 1980. Гл. 7; \
    Российско-Французские отношения [Электронный ресурс] // Посольство Российской \
    Федерации во Франции. Б. д. URL: http://www.france.mid.ru/.\n";

/// About 1 MB of references.
fn corpus() -> String {
    let base = std::fs::read_to_string(REFS).unwrap_or_else(|_| FALLBACK.to_owned());
    base.repeat((1 << 20) / base.len().max(1) + 1)
}

fn translit(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("translit");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let mut out = String::with_capacity(text.len() * 2);
    for system in [System::Gost779A, System::Gost779B, System::Bsi, System::BgnPcgn] {
        group.bench_function(format!("{system:?}"), |b| {
            b.iter(|| {
                out.clear();
                transliterate_into(
                    &mut out,
                    black_box(&text),
                    system,
                    CyrillicLanguage::Russian,
                );
                out.len()
            })
        });
    }
    group.finish();
}

fn detect(c: &mut Criterion) {
    let text = corpus();
    let lines: Vec<&str> = text.lines().collect();
    let mut group = c.benchmark_group("detect");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("whole", |b| b.iter(|| detect_language(black_box(&text))));
    group.bench_function("per_reference", |b| {
        b.iter(|| {
            lines
                .iter()
                .filter(|l| detect_language(black_box(l)).language.as_str() == "ru")
                .count()
        })
    });
    group.finish();
}

/// The same work measured in thread CPU time: throughput of one core even when other
/// processes share it.
fn cpu(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("cpu");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let mut out = String::with_capacity(text.len() * 2);
    for system in [System::Gost779A, System::Gost779B, System::Bsi, System::BgnPcgn] {
        group.bench_function(format!("translit_{system:?}"), |b| {
            b.iter_custom(|iters| {
                cpu_time(iters, || {
                    out.clear();
                    transliterate_into(
                        &mut out,
                        &text,
                        system,
                        CyrillicLanguage::Russian,
                    );
                    out.len()
                })
            })
        });
    }
    group.bench_function("detect_whole", |b| {
        b.iter_custom(|iters| cpu_time(iters, || detect_language(&text)))
    });
    group.finish();
}

criterion_group!(benches, translit, detect, cpu);
criterion_main!(benches);
