//! Time on the CPU of the calling thread, for timings on a shared machine: the
//! wall clock also counts the time the thread waits while other processes run,
//! and the longer a run, the more of that it collects.
#![allow(dead_code, unreachable_pub)]

use std::time::Instant;

/// Nanoseconds the calling thread has run on a CPU (user and system time, page
/// faults included), from `clock_gettime(CLOCK_THREAD_CPUTIME_ID)`, which
/// brings the count up to date when read (`/proc/thread-self/schedstat` lags by
/// up to a scheduler tick); `None` where the clock is missing.
pub fn thread_cpu_ns() -> Option<u64> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    let ns = i128::from(t.tv_sec) * 1_000_000_000 + i128::from(t.tv_nsec);
    u64::try_from(ns).ok().filter(|&n| n > 0)
}

/// One timing: seconds on the CPU (the wall clock where the CPU time cannot be
/// read) and on the wall clock.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Seconds the thread ran.
    pub cpu: f64,
    /// Seconds that passed.
    pub wall: f64,
}

/// Times one call of `f`.
pub fn time<T>(f: impl FnOnce() -> T) -> (T, Timing) {
    let c = thread_cpu_ns();
    let t = Instant::now();
    let out = std::hint::black_box(f());
    let wall = t.elapsed().as_secs_f64();
    let cpu = match (c, thread_cpu_ns()) {
        (Some(a), Some(b)) => (b.saturating_sub(a)) as f64 / 1e9,
        _ => wall,
    };
    (out, Timing { cpu, wall })
}
