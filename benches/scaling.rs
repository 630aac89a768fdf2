//! Scaling: time per item of every operation at N = 1,000, 20,000 and 200,000, beside
//! hayagriva on the same sources, on one core. Writes `docs/performance.md`,
//! `docs/performance.csv` and `docs/scaling.svg` from the run.
//!
//! `cargo bench --bench scaling` (add `-- --quick` for N = 1,000 and 20,000 only, and
//! set `GOSTBIB_HAYAGRIVA_MAX=200000` to run hayagriva at 200,000 too: about a quarter of
//! an hour, because its time per entry grows with the list).

use std::fmt::Write as _;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/cpu.rs"]
mod cpu;
#[path = "support/data.rs"]
mod data;
#[path = "support/peers.rs"]
mod peers;
#[path = "support/sink.rs"]
mod sink;

/// The best of `runs` timings of `f` by time on the CPU (the machine is shared:
/// the wall clock also counts the time other processes ran).
fn best(runs: usize, mut f: impl FnMut() -> usize) -> cpu::Timing {
    let mut best = cpu::Timing { cpu: f64::INFINITY, wall: f64::INFINITY };
    for _ in 0..runs {
        let (_, t) = cpu::time(&mut f);
        if t.cpu < best.cpu {
            best = t;
        }
    }
    best
}

/// The best of `runs` wall-clock timings, for work on several threads.
fn best_wall(runs: usize, mut f: impl FnMut() -> usize) -> cpu::Timing {
    let mut best = cpu::Timing { cpu: f64::INFINITY, wall: f64::INFINITY };
    for _ in 0..runs {
        let (_, t) = cpu::time(&mut f);
        if t.wall < best.wall {
            best = cpu::Timing { cpu: t.wall, wall: t.wall };
        }
    }
    best
}

struct Row {
    op: &'static str,
    n: usize,
    /// Seconds on the CPU (wall clock for the rayon row).
    secs: f64,
    /// Seconds on the wall clock.
    wall: f64,
    bytes: usize,
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{cpu}, {cores} cores (one used unless stated)")
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let sizes: &[usize] =
        if quick { &[1_000, 20_000] } else { &[1_000, 20_000, 200_000] };
    let hay_max: usize = std::env::var("GOSTBIB_HAYAGRIVA_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let hay = peers::Hayagriva::new();
    let parser = gostbib::Parser::new().lenient(true).one_per_line(true);
    let opts = gostbib::gost::SectionOptions::default();
    let mut rows = Vec::new();
    for &n in sizes {
        let d = data::Data::new(n);
        let runs = if n >= 200_000 { 2 } else { 5 };
        let mut add = |op, bytes, t: cpu::Timing| {
            rows.push(Row { op, n, secs: t.cpu, wall: t.wall, bytes });
        };
        add(
            "split list",
            d.paragraph.len(),
            best(runs, || gostbib::split_list(&d.paragraph).len()),
        );
        add(
            "parse references",
            d.lines.len(),
            best(runs, || parser.parse(&d.lines).unwrap().sources.len()),
        );
        #[cfg(feature = "rayon")]
        add(
            "parse references (rayon, all cores)",
            d.lines.len(),
            best_wall(runs, || parser.parse_parallel(&d.lines).unwrap().sources.len()),
        );
        let section = gostbib::gost::format_section(&d.sources, &opts);
        add(
            "GOST section (sorted)",
            section.len(),
            best(runs, || gostbib::gost::format_section(&d.sources, &opts).len()),
        );
        add(
            "BibLaTeX export",
            d.bib.len(),
            best(runs, || {
                gostbib::bibtex::to_bib_string(
                    &d.sources,
                    gostbib::bibtex::Dialect::Biblatex,
                )
                .unwrap()
                .len()
            }),
        );
        add(
            "BibTeX import",
            d.bib.len(),
            best(runs, || gostbib::bibtex::from_bib_str(&d.bib).unwrap().len()),
        );
        add(
            "biblatex crate parse (peer)",
            d.bib.len(),
            best(runs, || peers::biblatex_parse(&d.bib)),
        );
        add(
            "MODS export",
            d.mods.len(),
            best(runs, || gostbib::mods::to_mods_string(&d.sources).unwrap().len()),
        );
        add(
            "MODS export (writer, batches of 1,000)",
            d.mods.len(),
            best(runs, || {
                let mut w = gostbib::mods::ModsCollectionWriter::new(sink::Counter(0));
                for batch in d.sources.chunks(1000) {
                    w.write(batch).unwrap();
                }
                w.finish().unwrap().0
            }),
        );
        add(
            "MODS import",
            d.mods.len(),
            best(runs, || gostbib::mods::from_mods_str(&d.mods).unwrap().len()),
        );
        add(
            "CSL-JSON export",
            d.csl.len(),
            best(runs, || gostbib::csl::to_csl_json(&d.sources).len()),
        );
        add(
            "CSL-JSON export (writer, batches of 1,000)",
            d.csl.len(),
            best(runs, || {
                let mut w = gostbib::csl::CslJsonWriter::new(sink::Counter(0));
                for batch in d.sources.chunks(1000) {
                    w.write(batch).unwrap();
                }
                w.finish().unwrap().0
            }),
        );
        add(
            "CSL-JSON import",
            d.csl.len(),
            best(runs, || gostbib::csl::from_csl_json(&d.csl).unwrap().len()),
        );
        add(
            "transliteration (7.79 B)",
            d.lines.len(),
            best(runs, || {
                gostbib::lang::translit::transliterate(
                    &d.lines,
                    gostbib::lang::translit::System::Gost779B,
                )
                .len()
            }),
        );
        if n <= hay_max {
            let library = peers::Hayagriva::library(&d.bib);
            add(
                "hayagriva GOST CSL section (peer)",
                0,
                best(if n >= 20_000 { 1 } else { 3 }, || hay.format(&library)),
            );
        }
        eprintln!("N = {n} done");
    }
    write_report(&rows, sizes, quick);
}

fn write_report(rows: &[Row], sizes: &[usize], quick: bool) {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut md = String::new();
    let _ = writeln!(
        md,
        "# Performance\n\nGenerated by `cargo bench --bench scaling{}` — do not edit by hand.\n",
        if quick { " -- --quick" } else { "" }
    );
    let _ = writeln!(
        md,
        "Machine: {}. Release build, one thread (except the rayon row). Corpus: `benches/support/corpus.rs` (seed 1945), the kind mix of the development set.\n",
        machine()
    );
    let _ = writeln!(
        md,
        "Times are the best of several runs by time on the CPU of the measuring thread (`CLOCK_THREAD_CPUTIME_ID`; page faults included): the machine is shared with other jobs, and the wall clock also counts the time they ran, more of it the longer a run. The last column is the wall clock of the same run; the rayon row is timed by the wall clock.\n"
    );
    let _ = writeln!(
        md,
        "| operation | N | items/s | MB/s | µs per item | µs per item (wall) |\n|---|---:|---:|---:|---:|---:|"
    );
    let mut csv = String::from("operation,n,seconds,wall_seconds,bytes\n");
    for r in rows {
        let per_s = r.n as f64 / r.secs;
        let mbs = if r.bytes > 0 {
            format!("{:.1}", r.bytes as f64 / r.secs / 1e6)
        } else {
            "–".into()
        };
        let _ = writeln!(
            md,
            "| {} | {} | {:.0} | {} | {:.3} | {:.3} |",
            r.op,
            r.n,
            per_s,
            mbs,
            r.secs * 1e6 / r.n as f64,
            r.wall * 1e6 / r.n as f64
        );
        let _ = writeln!(csv, "{},{},{:.6},{:.6},{}", r.op, r.n, r.secs, r.wall, r.bytes);
    }
    let find =
        |op: &str, n: usize| rows.iter().find(|r| r.op == op && r.n == n).map(|r| r.secs);
    let _ = writeln!(
        md,
        "\n## Ratios from the same run\n\n| N | hayagriva ÷ gostbib (GOST section) | gostbib BibTeX import ÷ biblatex crate parse | export ÷ import (BibLaTeX) |\n|---:|---:|---:|---:|"
    );
    for &n in sizes {
        let hay = match (
            find("hayagriva GOST CSL section (peer)", n),
            find("GOST section (sorted)", n),
        ) {
            (Some(h), Some(g)) => format!("{:.0}×", h / g),
            _ => "not run".into(),
        };
        let imp = match (find("BibTeX import", n), find("biblatex crate parse (peer)", n))
        {
            (Some(a), Some(b)) => format!("{:.2}", a / b),
            _ => "–".into(),
        };
        let exp = match (find("BibLaTeX export", n), find("BibTeX import", n)) {
            (Some(a), Some(b)) => format!("{:.2}", a / b),
            _ => "–".into(),
        };
        let _ = writeln!(md, "| {n} | {hay} | {imp} | {exp} |");
    }
    let _ = writeln!(
        md,
        "\n## Parallel parsing (`Parser::parse_parallel`, feature `rayon`)\n\n| N | speed-up over one thread |\n|---:|---:|"
    );
    for &n in sizes {
        let one = find("parse references", n);
        if let (Some(one), Some(all)) =
            (one, find("parse references (rayon, all cores)", n))
        {
            let _ = writeln!(md, "| {n} | {:.2}× |", one / all);
        }
    }
    let _ = writeln!(
        md,
        "\n## Linearity: time per item at the largest N ÷ at N = 1,000\n\n| operation | ratio |\n|---|---:|"
    );
    let last = *sizes.last().unwrap();
    let mut ops: Vec<&str> = rows.iter().map(|r| r.op).collect();
    ops.dedup();
    ops.sort_unstable();
    ops.dedup();
    let ratio = |op: &str| {
        let (a, b) = (find(op, 1_000)?, find(op, last)?);
        Some((b / last as f64) / (a / 1_000.0))
    };
    for op in ops {
        if let Some(r) = ratio(op) {
            let _ = writeln!(md, "| {op} | {r:.2} |");
        }
    }
    let pair = |whole: &str, writer: &str| match (ratio(whole), ratio(writer)) {
        (Some(a), Some(b)) => {
            format!("{a:.2} into one `String`, {b:.2} through the writer")
        }
        _ => "not measured".into(),
    };
    let _ = writeln!(
        md,
        "\nThe instructions per item do not grow with N (`docs/profiling.md`: MODS export 15,763 at N = 1,000 and 15,886 at 20,000 under callgrind); what grows is the cost of memory. An operation that returns one large `String` or builds N sources takes fresh memory from the kernel at N = {last}, every page faulted in on first touch (MODS export: 74,000 more page faults than through the writer), while at N = 1,000 the allocator hands the same warm pages to every run; and {last} sources do not fit in the caches. The exports written through `mods::ModsCollectionWriter` and `csl::CslJsonWriter` in batches of 1,000 keep their output small and warm: MODS {}; CSL-JSON {}.",
        pair("MODS export", "MODS export (writer, batches of 1,000)"),
        pair("CSL-JSON export", "CSL-JSON export (writer, batches of 1,000)")
    );
    let _ = writeln!(md, "\n![time per reference against N](scaling.svg)\n");
    std::fs::write(format!("{root}/docs/performance.md"), md)
        .expect("write docs/performance.md");
    std::fs::write(format!("{root}/docs/performance.csv"), csv)
        .expect("write docs/performance.csv");
    std::fs::write(format!("{root}/docs/scaling.svg"), svg(rows, sizes))
        .expect("write docs/scaling.svg");
    eprintln!("wrote docs/performance.md, docs/performance.csv, docs/scaling.svg");
}

/// A log–log plot of time per reference against N for our GOST section and hayagriva's.
fn svg(rows: &[Row], sizes: &[usize]) -> String {
    let (w, h, m) = (640.0, 400.0, 60.0);
    let series = [
        ("GOST section (sorted)", "#1f77b4", "gostbib"),
        ("hayagriva GOST CSL section (peer)", "#d62728", "hayagriva"),
        ("parse references", "#2ca02c", "gostbib parse"),
    ];
    let pts: Vec<(f64, f64)> = rows
        .iter()
        .filter(|r| series.iter().any(|s| s.0 == r.op))
        .map(|r| ((r.n as f64).log10(), (r.secs * 1e6 / r.n as f64).log10()))
        .filter(|p| p.1.is_finite())
        .collect();
    if pts.is_empty() {
        return String::from("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }
    let (x0, x1) =
        ((sizes[0] as f64).log10() - 0.2, (*sizes.last().unwrap() as f64).log10() + 0.2);
    let y0 = pts.iter().map(|p| p.1).fold(f64::INFINITY, f64::min).floor();
    let y1 =
        pts.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max).ceil().max(y0 + 1.0);
    let sx = |x: f64| m + (x - x0) / (x1 - x0) * (w - 2.0 * m);
    let sy = |y: f64| h - m - (y - y0) / (y1 - y0) * (h - 2.0 * m);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    );
    let _ = writeln!(
        s,
        "<line x1=\"{m}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/><line x1=\"{m}\" y1=\"{m}\" x2=\"{m}\" y2=\"{}\" stroke=\"black\"/>",
        h - m,
        w - m,
        h - m,
        h - m
    );
    for &n in sizes {
        let x = sx((n as f64).log10());
        let _ = writeln!(
            s,
            "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{n}</text>",
            h - m + 18.0
        );
    }
    let mut y = y0;
    while y <= y1 {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{} µs</text><line x1=\"{m}\" y1=\"{1}\" x2=\"{}\" y2=\"{1}\" stroke=\"#ddd\"/>",
            m - 6.0,
            sy(y),
            10f64.powf(y),
            w - m
        );
        y += 1.0;
    }
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">N (sources), log scale</text>",
        w / 2.0,
        h - 15.0
    );
    let _ = writeln!(
        s,
        "<text x=\"15\" y=\"{}\" transform=\"rotate(-90 15 {})\" text-anchor=\"middle\">time per source, log scale</text>",
        h / 2.0,
        h / 2.0
    );
    for (i, (op, color, label)) in series.iter().enumerate() {
        let p: Vec<String> = rows
            .iter()
            .filter(|r| r.op == *op)
            .map(|r| {
                format!(
                    "{:.1},{:.1}",
                    sx((r.n as f64).log10()),
                    sy((r.secs * 1e6 / r.n as f64).log10())
                )
            })
            .collect();
        if p.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{}\"/>",
            p.join(" ")
        );
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" fill=\"{color}\">{label}</text>",
            w - m - 120.0,
            m + 16.0 * i as f64
        );
    }
    s.push_str("</svg>\n");
    s
}
