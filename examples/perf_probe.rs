//! Runs one operation of the benchmarks once on a generated corpus, for profiling
//! with callgrind: `valgrind --tool=callgrind --toggle-collect='perf_probe::run*'
//! target/release/examples/perf_probe gost 20000` counts only the operation.
//!
//! Operations: `split`, `parse`, `gost`, `bib-export`, `bib-import`, `biblatex`,
//! `mods-export`, `mods-import`, `csl-export`, `csl-import`, and `mods-stream`,
//! `csl-stream` (the writers of `mods` and `csl` fed batches of 1,000 sources).
#![allow(missing_docs)]

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/cpu.rs"]
mod cpu;
#[path = "../benches/support/data.rs"]
mod data;
#[path = "../benches/support/sink.rs"]
mod sink;

#[inline(never)]
fn run(op: &str, d: &data::Data) -> usize {
    use gostbib::bibtex::Dialect;
    match op {
        "split" => gostbib::split_list(&d.paragraph).len(),
        "parse" => {
            let parser = gostbib::Parser::new().lenient(true).one_per_line(true);
            parser.parse(&d.lines).map_or(0, |r| r.sources.len())
        }
        "gost" => gostbib::gost::format_section(
            &d.sources,
            &gostbib::gost::SectionOptions::new(),
        )
        .len(),
        "bib-export" => gostbib::bibtex::to_bib_string(&d.sources, Dialect::Biblatex)
            .map_or(0, |s| s.len()),
        "bib-import" => gostbib::bibtex::from_bib_str(&d.bib).map_or(0, |v| v.len()),
        "biblatex" => biblatex::Bibliography::parse(&d.bib).map_or(0, |b| b.len()),
        "mods-export" => gostbib::mods::to_mods_string(&d.sources).map_or(0, |s| s.len()),
        // The same output written in batches of 1,000 into a sink: the output
        // buffer stays small and warm whatever N is.
        "mods-stream" => {
            let mut w = gostbib::mods::ModsCollectionWriter::new(sink::Counter(0));
            for batch in d.sources.chunks(1000) {
                w.write(batch).expect("writes");
            }
            w.finish().map_or(0, |c| c.0)
        }
        "csl-stream" => {
            let mut w = gostbib::csl::CslJsonWriter::new(sink::Counter(0));
            for batch in d.sources.chunks(1000) {
                w.write(batch).expect("writes");
            }
            w.finish().map_or(0, |c| c.0)
        }
        "mods-import" => gostbib::mods::from_mods_str(&d.mods).map_or(0, |v| v.len()),
        "csl-export" => gostbib::csl::to_csl_json(&d.sources).len(),
        "csl-import" => gostbib::csl::from_csl_json(&d.csl).map_or(0, |v| v.len()),
        _ => panic!("unknown operation {op}"),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let op = args.next().unwrap_or_else(|| "gost".into());
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let reps: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let d = data::Data::new(n);
    if op == "sizes" {
        // What a parsed source holds: the struct and its provenance.
        let parser = gostbib::Parser::new().lenient(true).one_per_line(true);
        let out = parser.parse(&d.lines).expect("parses");
        let origin: usize = out
            .sources
            .iter()
            .filter_map(|s| s.origin.as_ref())
            .map(|o| o.text.len())
            .sum();
        let spans: usize = out.sources.iter().map(|s| s.spans.capacity()).sum();
        println!(
            "size_of Source {} B, Spanned<Element> {} B; per source: origin text {} B, {} span slots; {} diagnostics, input {} B/source",
            std::mem::size_of::<gostbib::Source>(),
            std::mem::size_of::<gostbib::Spanned<gostbib::Element>>(),
            origin / n,
            spans / n,
            out.diagnostics.len(),
            d.lines.len() / n
        );
        return;
    }
    let bytes = match op.as_str() {
        "split" => d.paragraph.len(),
        "parse" => d.lines.len(),
        "bib-import" | "biblatex" | "bib-export" => d.bib.len(),
        "mods-import" | "mods-export" | "mods-stream" => d.mods.len(),
        "csl-import" | "csl-export" | "csl-stream" => d.csl.len(),
        _ => 0,
    };
    let mut out = 0;
    let (mut wall, mut cpu_secs) = (0.0, 0.0);
    for _ in 0..reps {
        let (o, t) = cpu::time(|| run(&op, &d));
        out = o;
        wall += t.wall;
        cpu_secs += t.cpu;
    }
    let (secs, wall) = (cpu_secs / reps as f64, wall / reps as f64);
    println!(
        "{op} n={n} out={out} {:.3} µs/item on the CPU ({:.3} wall) {:.0} items/s {:.1} MB/s",
        secs * 1e6 / n as f64,
        wall * 1e6 / n as f64,
        n as f64 / secs,
        bytes as f64 / secs / 1e6
    );
}
