//! Writes N generated references (the benchmark corpus, ГОСТ Р 7.0.5-2008 short form)
//! one per line to a file, for memory and CLI measurements:
//! `cargo run --release --example gen_corpus -- 200000 /tmp/refs.txt`.
#![allow(missing_docs)]

use std::io::Write as _;

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200_000);
    let path = args.next().unwrap_or_else(|| "refs.txt".into());
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    let printer = gostbib::gost::GostPrinter::new();
    let mut line = String::new();
    for i in 0..n {
        line.clear();
        if printer.print(&corpus::source(1945, i), &mut line).is_ok() {
            writeln!(out, "{line}")?;
        }
    }
    out.flush()
}
