//! Chart benchmark: query plus render for each chart, on an existing store.
//!
//!     cargo run --release -p disclose-charts --example bench_charts -- STORE.db [RUNS]
//!
//! Prints a Markdown table of the median and slowest of RUNS (default 5) after one
//! warm-up run, for SVG and for PNG. `scripts/bench-charts.sh` builds a store first.

use std::time::{Duration, Instant};

use disclose_charts::{render, ChartKind, ChartOptions};
use disclose_core::Store;

fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    f();
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    t.sort();
    (t[t.len() / 2], t[t.len() - 1])
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: bench_charts STORE.db [RUNS]")?;
    let runs: usize = args
        .next()
        .map(|r| r.parse())
        .transpose()?
        .unwrap_or(5)
        .max(1);
    let store = Store::open_read_only(std::path::Path::new(&path))?;
    let requests = disclose_core::query::stats(&store, &Default::default())?.requests;
    println!("Store: {requests} requests; median and slowest of {runs} runs after a warm-up.\n");
    println!("| chart | SVG median (ms) | SVG max (ms) | PNG median (ms) |");
    println!("|---|---:|---:|---:|");
    let opts = ChartOptions::default();
    for kind in ChartKind::ALL {
        let (svg_med, svg_max) = time(runs, || {
            let _ = render(&store, kind, &opts);
        });
        let (png_med, _) = time(runs, || {
            let _ = render(&store, kind, &opts).and_then(|c| c.png());
        });
        println!(
            "| {} | {} | {} | {} |",
            kind.id(),
            ms(svg_med),
            ms(svg_max),
            ms(png_med)
        );
    }
    Ok(())
}
