//! Work spread over the standard library's threads in runs, results in input order
//! (the checker and its parser; the `rayon` feature is for the public batch API).

/// Applies `f` to every item on up to `threads` threads, each taking one run of
/// consecutive items; the results come back in input order. A panic in `f` is raised
/// again on the calling thread.
pub(crate) fn map_in_runs<T: Send, R: Send>(
    items: Vec<T>,
    threads: usize,
    f: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    let per = items.len().div_ceil(threads.max(1)).max(1);
    let mut runs: Vec<Vec<T>> = Vec::with_capacity(threads);
    let mut rest = items.into_iter();
    loop {
        let run: Vec<T> = rest.by_ref().take(per).collect();
        if run.is_empty() {
            break;
        }
        runs.push(run);
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || run.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Applies `f` to every item of a slice, on up to `threads` threads when the slice is
/// long enough to be worth it; the results come back in order.
pub(crate) fn map_each<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    /// Fewer items than this are mapped on the calling thread.
    const WORTH_THREADS: usize = 512;
    if threads < 2 || items.len() < WORTH_THREADS {
        return items.iter().map(f).collect();
    }
    map_in_runs(items.iter().collect(), threads, f)
}

/// Renders `items` in pieces of 256 consecutive items, on up to `threads` threads when
/// there are at least two pieces, `window` items at a time, and hands the pieces to
/// `write` in order with their index (0 for the first): a long report is made on every
/// core and written out without being held whole in memory.
pub(crate) fn render_in_windows<T: Sync>(
    items: &[T],
    threads: usize,
    window: usize,
    render: impl Fn(&[T]) -> String + Sync,
    mut write: impl FnMut(usize, &str) -> std::io::Result<()>,
) -> std::io::Result<()> {
    const PIECE: usize = 256;
    let parallel = threads > 1 && items.len() >= 2 * PIECE;
    let mut k = 0;
    for window in items.chunks(window.max(1)) {
        let pieces: Vec<&[T]> = window.chunks(PIECE).collect();
        let rendered: Vec<String> = if parallel {
            map_in_runs(pieces, threads, &render)
        } else {
            pieces.into_iter().map(&render).collect()
        };
        for piece in &rendered {
            write(k, piece)?;
            k += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_input_order() {
        let items: Vec<usize> = (0..1001).collect();
        for threads in [1, 2, 3, 8, 2000] {
            let out = super::map_in_runs(items.clone(), threads, |x| x * 2);
            assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        }
        assert!(super::map_in_runs(Vec::<u8>::new(), 4, |x| x).is_empty());
        for threads in [1, 2, 3] {
            let out = super::map_each(&items, threads, |x| x + 1);
            assert_eq!(out, items.iter().map(|x| x + 1).collect::<Vec<_>>());
        }
    }
}
