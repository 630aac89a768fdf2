//! MODS export and import throughput, in bytes of XML per second.
//!
//! Input: the fixtures of `fixtures/mods/` (one source of every kind) repeated to about
//! 1 MB of XML. `cargo bench --bench mods`.
//!
//! Criterion measures wall-clock time, which a busy machine inflates. Before it runs,
//! the bench also prints MB per second of this thread's own CPU time (Linux
//! `/proc/thread-self/schedstat`), which stays meaningful when other processes compete
//! for the cores.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group};
use gostbib::Source;
use gostbib::mods::{from_mods_str, to_mods_string};

fn sources() -> Vec<Source> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/mods");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/mods")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let one: Vec<Source> = paths
        .iter()
        .map(|p| {
            serde_json::from_str(&std::fs::read_to_string(p).expect("read"))
                .expect("json")
        })
        .collect();
    let size = to_mods_string(&one).expect("export").len();
    let copies = (1 << 20) / size + 1;
    one.iter().cycle().take(one.len() * copies).cloned().collect()
}

fn bench(c: &mut Criterion) {
    let sources = sources();
    let xml = to_mods_string(&sources).expect("export");
    let mut group = c.benchmark_group("mods");
    group.throughput(Throughput::Bytes(xml.len() as u64));
    group.bench_function("export", |b| {
        b.iter(|| to_mods_string(black_box(&sources)).expect("export"));
    });
    group.bench_function("import", |b| {
        b.iter(|| from_mods_str(black_box(&xml)).expect("import"));
    });
    // The floor: quick-xml's pull parser alone, visiting every event.
    group.bench_function("quick-xml events", |b| {
        b.iter(|| {
            let mut reader = quick_xml::Reader::from_str(black_box(&xml));
            let mut n = 0usize;
            while !matches!(
                reader.read_event().expect("xml"),
                quick_xml::events::Event::Eof
            ) {
                n += 1;
            }
            n
        });
    });
    group.finish();
}

/// Nanoseconds this thread has spent on a CPU, if the kernel says.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Runs `f` for about a second of CPU time and prints MB of XML per CPU second.
fn cpu_throughput(name: &str, bytes: usize, mut f: impl FnMut()) {
    let Some(start) = thread_cpu_ns() else { return };
    let mut runs = 0u64;
    let mut spent = 0;
    while spent < 1_000_000_000 {
        f();
        runs += 1;
        spent = thread_cpu_ns().unwrap_or(u64::MAX) - start;
    }
    let mb_per_s = (bytes as f64 * runs as f64 / 1e6) / (spent as f64 / 1e9);
    println!(
        "mods/{name}: {mb_per_s:.0} MB/s of CPU time ({runs} runs of {bytes} bytes)"
    );
}

fn cpu_report() {
    let sources = sources();
    let xml = to_mods_string(&sources).expect("export");
    cpu_throughput("export", xml.len(), || {
        black_box(to_mods_string(black_box(&sources)).expect("export"));
    });
    cpu_throughput("import", xml.len(), || {
        black_box(from_mods_str(black_box(&xml)).expect("import"));
    });
}

criterion_group!(benches, bench);

fn main() {
    cpu_report();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
