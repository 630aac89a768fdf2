//! MODS export and import throughput, in bytes of XML per second.
//!
//! Input: the fixtures of `fixtures/mods/` (one source of every kind) repeated to about
//! 1 MB of XML. `cargo bench --bench mods`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
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

criterion_group!(benches, bench);
criterion_main!(benches);
