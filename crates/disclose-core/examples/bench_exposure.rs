//! Exposure on a large store: a request replayed against the inventory of another day, as
//! the request detail asks for it when its date changes (goal: under 50 ms).
//!
//!   cargo run --release -p disclose-core --example bench_exposure -- STORE.db [RUNS]
//!
//! Prints the median and the slowest time over RUNS replays of requests spread over the
//! store (the first of each of RUNS pages of 100 rows).

use std::time::Instant;

use disclose_core::query::{exposure, list_requests, ExposureQuery, ListQuery};
use disclose_core::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: bench_exposure STORE.db [RUNS]")?;
    let runs: u64 = args.next().map(|r| r.parse()).transpose()?.unwrap_or(15);
    let store = Store::open(std::path::Path::new(&path))?;
    let total = list_requests(&store, &ListQuery::default())?.total;
    let as_of = "2026-01-01".parse()?;
    let mut times = Vec::new();
    for i in 0..runs {
        let page = list_requests(
            &store,
            &ListQuery {
                offset: total / runs.max(1) * i,
                ..ListQuery::default()
            },
        )?;
        let Some(row) = page.rows.first() else {
            continue;
        };
        let q = ExposureQuery {
            organisation: row.organisation.clone(),
            request: Some(row.id.clone()),
            matter: None,
            categories: Vec::new(),
            then: None,
            as_of,
        };
        let start = Instant::now();
        let e = exposure(&store, &q)?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(!e.rows.is_empty());
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let slowest = times.last().copied().unwrap_or(0.0);
    println!("| store | requests | replays | median | slowest |");
    println!("|---|---:|---:|---:|---:|");
    println!(
        "| {path} | {total} | {} | {median:.2} ms | {slowest:.2} ms |",
        times.len()
    );
    Ok(())
}
