//! Running the `gostbib` binary in tests (needs the `cli` feature).

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `gostbib` with `args`, writing `stdin` to its standard input.
pub(crate) fn gostbib(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gostbib"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs gostbib");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("writes");
    child.wait_with_output().expect("waits")
}
