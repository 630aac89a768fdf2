//! A driver for profiling the reference parser: parses generated GOST references and the
//! development references, one reference at a time.
//!
//! `cargo run --release --example parse_bench -- time [N]` prints references/s and MB/s;
//! `… -- dump [N]` prints every parsed source and its diagnostics (to compare outputs
//! before and after a change, e.g. through `sha256sum`); `… -- once [N]` parses the
//! corpus once (for `valgrind --tool=callgrind`).
#[path = "../benches/support/corpus.rs"]
mod corpus;

use gostbib::Parser;
use gostbib::gost::{Style, to_gost_string};
use std::time::Instant;

fn refs(n: usize) -> Vec<String> {
    let mut out: Vec<String> = corpus::sources(7, n)
        .iter()
        .filter_map(|s| to_gost_string(s, Style::Gost2008Short).ok())
        .collect();
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
    if let Ok(text) = std::fs::read_to_string(dev) {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        // The development references, repeated to a quarter of the corpus.
        for l in lines.iter().cycle().take(n / 4) {
            out.push((*l).to_owned());
        }
    } else {
        eprintln!("note: {dev} not found, generated references only");
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "time".into());
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let refs = refs(n);
    let bytes: usize = refs.iter().map(String::len).sum();
    let parser = Parser::new().lenient(true).one_per_line(true);
    match mode.as_str() {
        "dump" => {
            for r in &refs {
                let out = parser.parse(r).expect("lenient parsing does not fail");
                println!("{:?}\n{:?}", out.sources, out.diagnostics);
            }
        }
        "adversarial" => {
            // Time per kilobyte of single huge references at two sizes: a linear parser
            // takes about the same at both.
            type Make = fn(usize) -> String;
            let makers: [(&str, Make); 5] = [
                ("authors", |k| "Иванов И. И., ".repeat(k) + "Заглавие. М., 2001."),
                ("brackets", |k| "[".repeat(k) + "Заглавие" + &"]".repeat(k)),
                ("parens", |k| "Заглавие ".to_owned() + &"(".repeat(k) + &")".repeat(k)),
                ("look-alike", |k| "Заглавие. ".to_owned() + &"I X C ".repeat(k)),
                ("periods", |k| "Заглавие. ".repeat(k) + "М., 2001."),
            ];
            for (name, make) in makers {
                let mut per_kb = Vec::new();
                for k in [n / 4, n] {
                    let text = make(k);
                    let mut best = f64::INFINITY;
                    for _ in 0..3 {
                        let t = Instant::now();
                        std::hint::black_box(parser.parse(&text).ok());
                        best = best.min(t.elapsed().as_secs_f64());
                    }
                    per_kb.push(best * 1e6 / (text.len() as f64 / 1e3));
                }
                println!("{name}: {:.1} / {:.1} µs per KB", per_kb[0], per_kb[1]);
            }
        }
        "once" => {
            let mut count = 0;
            for r in &refs {
                count += parser.parse(r).map(|o| o.sources.len()).unwrap_or(0);
            }
            eprintln!("{} references, {bytes} bytes, {count} sources", refs.len());
        }
        _ => {
            let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
            let mut best = f64::INFINITY;
            for _ in 0..rounds {
                let t = Instant::now();
                for r in &refs {
                    std::hint::black_box(parser.parse(std::hint::black_box(r)).ok());
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
            println!(
                "{} references, {:.1} MB: {:.0} references/s, {:.2} MB/s (best of {rounds})",
                refs.len(),
                bytes as f64 / 1e6,
                refs.len() as f64 / best,
                bytes as f64 / 1e6 / best
            );
        }
    }
}
