//! A driver for measuring and profiling the reference-list checker on long lists.
//!
//! `cargo run --release --example check_probe -- INPUT N [REPS] [par]` checks a list of
//! `N` references `REPS` times on one thread (`par`: on every core) and prints µs per
//! reference and MB/s of input, by the wall clock and by the CPU time of the thread
//! (which a loaded machine disturbs less). Inputs:
//!
//! - `gen`: generated references (`benches/support/`), each in its canonical form;
//! - `noisy`: the same with typical hand-written mistakes in every other reference
//!   (hyphens in ranges, glued initials, `URL.:`, `с.` for `С.`, a Latin homoglyph,
//!   `М.;`), so most references differ from their canonical form;
//! - `dev`: the development references (`../shared/corpus/dev/refs.txt`) cycled to `N`.
//!
//! `… -- dist` prints the table of codes found on the development corpus.
//!
//! `CHECK_PROBE_PARSE_ONLY=1` runs the parser alone on the same list (the floor).
//!
//! `CHECK_PROBE_WRITE=FILE` writes the list to `FILE` instead (to time `gostbib check`).
//!
//! `CHECK_PROBE_CODES=1` also prints how often each code was found; `CHECK_PROBE_DUMP=1`
//! prints only the JSON report (to compare outputs before and after a change).
//!
//! For callgrind, count only the check:
//! `valgrind --tool=callgrind --toggle-collect='check_probe::run*' target/release/examples/check_probe noisy 2000`.
#![allow(missing_docs)]

#[path = "../benches/support/corpus.rs"]
mod corpus;

use gostbib::check::{CheckOptions, check_list};
use gostbib::gost::{Style, to_gost_string};

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");

/// Mistakes people make, applied to the `i`-th reference (one kind per reference).
fn spoil(i: usize, r: &str) -> String {
    match i % 12 {
        1 => r.replacen('–', "-", 1),
        3 => r.replacen(". ", ".", 1),
        5 => r.replace("URL:", "URL.:").replacen("С. ", "с. ", 1),
        7 => r.replacen('о', "o", 1),
        9 => r.replacen(" : ", ": ", 1).replacen(" // ", "// ", 1),
        11 => r.replacen("С. ", "Стр. ", 1),
        _ => r.to_owned(),
    }
}

fn list(input: &str, n: usize) -> String {
    let mut out = String::new();
    match input {
        "gen" | "noisy" => {
            for (i, s) in corpus::sources(1945, n).iter().enumerate() {
                let r = to_gost_string(s, Style::Gost2008Short).expect("formats");
                out.push_str(&if input == "gen" { r } else { spoil(i, &r) });
                out.push('\n');
            }
        }
        "dev" => {
            let text = std::fs::read_to_string(DEV).expect("dev corpus present");
            for l in text.lines().filter(|l| !l.trim().is_empty()).cycle().take(n) {
                out.push_str(l);
                out.push('\n');
            }
        }
        _ => panic!("unknown input {input}"),
    }
    out
}

/// CPU time of this thread in seconds (`/proc/thread-self/schedstat`, Linux), so that
/// the numbers mean something on a loaded machine; `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

#[inline(never)]
fn run(text: &str, options: &CheckOptions) -> usize {
    if std::env::var_os("CHECK_PROBE_PARSE_ONLY").is_some() {
        // The floor under the checker: the parser alone on the same list.
        let parser = gostbib::Parser::new().lenient(true).one_per_line(true);
        return parser.parse(text).map_or(0, |o| o.sources.len());
    }
    let report = check_list(text, options);
    report.references.len() + report.findings().count()
}

/// How often each code is found on the development corpus: `refs.txt` (one reference
/// per line) in each style and the `Lit.:` paragraphs of `lists.tsv`, as a Markdown table.
fn distribution() {
    use gostbib::check::codes::CODES;
    use std::collections::BTreeMap;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/");
    let refs =
        std::fs::read_to_string(format!("{dir}refs.txt")).expect("dev corpus present");
    let lists =
        std::fs::read_to_string(format!("{dir}lists.tsv")).expect("dev lists present");
    let count = |reports: &[gostbib::check::CheckReport]| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for f in reports.iter().flat_map(|r| r.findings()) {
            *m.entry(f.diagnostic.code.clone()).or_default() += 1;
        }
        m
    };
    let mut columns = Vec::new();
    for style in [Style::Gost2008Short, Style::Gost2008, Style::Gost2018] {
        let options = CheckOptions::new().style(style).one_per_line(true);
        columns.push(count(&[check_list(&refs, &options)]));
    }
    let paragraphs: Vec<_> = lists
        .lines()
        .skip(1)
        .filter_map(|row| row.split('\t').nth(2))
        // The file writes the line breaks of a list as `⏎`.
        .map(|text| {
            let lines: Vec<&str> = text.split('⏎').map(str::trim).collect();
            check_list(&lines.join("\n"), &CheckOptions::new())
        })
        .collect();
    columns.push(count(&paragraphs));
    println!(
        "| code | | refs.txt, gost-2008-short | gost-2008 | gost-2018 | lists.tsv, gost-2008-short |"
    );
    println!("|---|---|---:|---:|---:|---:|");
    for code in CODES {
        let n: Vec<String> = columns
            .iter()
            .map(|c| c.get(code.code).copied().unwrap_or(0).to_string())
            .collect();
        println!("| {} | {} | {} |", code.code, code.title, n.join(" | "));
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let input = args.next().unwrap_or_else(|| "noisy".into());
    if input == "dist" {
        distribution();
        return;
    }
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let reps: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let parallel = args.next().is_some_and(|a| a == "par");
    let text = list(&input, n);
    if let Some(path) = std::env::var_os("CHECK_PROBE_WRITE") {
        // The list itself, to time `gostbib check` on it.
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("{}: {e}", path.to_string_lossy());
        }
        return;
    }
    let options = CheckOptions::new().one_per_line(true).sequential(!parallel);
    let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
    let mut out = 0;
    for _ in 0..reps {
        let (t, cpu) = (std::time::Instant::now(), cpu_seconds());
        out = std::hint::black_box(run(&text, &options));
        best = best.min(t.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    if std::env::var_os("CHECK_PROBE_DUMP").is_some() {
        // The whole report, to compare outputs before and after a change (`sha256sum`).
        println!("{}", check_list(&text, &options).to_json());
        return;
    }
    if std::env::var_os("CHECK_PROBE_CODES").is_some() {
        let report = check_list(&text, &options);
        let mut codes = std::collections::BTreeMap::new();
        for f in report.findings() {
            *codes.entry(f.diagnostic.code.clone()).or_insert(0) += 1;
        }
        let differ = report.references.iter().filter(|r| !r.diff.is_empty()).count();
        println!("codes {codes:?}; {differ} references differ from their canonical form");
    }
    println!(
        "{input} n={n} bytes={} out={out} best of {reps}: wall {:.1} µs/ref {:.2} MB/s; cpu (this thread) {:.1} µs/ref {:.2} MB/s",
        text.len(),
        best * 1e6 / n as f64,
        text.len() as f64 / best / 1e6,
        best_cpu * 1e6 / n as f64,
        text.len() as f64 / best_cpu / 1e6
    );
}
