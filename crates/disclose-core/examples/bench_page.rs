//! The app's request table on a large store: one filtered, sorted page of 100 rows with
//! every facet's counts, as the Requests screen asks for it when a filter changes.
//!
//!   cargo run --release -p disclose-core --example bench_page -- STORE.db [RUNS]
//!
//! Prints a Markdown table: median times of the page (with its total) and of the facet
//! counts, which the app asks for separately, so the rows show before the counts; and of
//! both in one call, as `disclose requests --facets` asks.

use std::time::Instant;

use disclose_core::domain::{Disposition, Process};
use disclose_core::query::{facets, list_requests, Filter, ListQuery, SortKey};
use disclose_core::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: bench_page STORE.db [RUNS]")?;
    let runs: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(15);
    let store = Store::open(std::path::Path::new(&path))?;
    let shapes: Vec<(&str, ListQuery)> = vec![
        (
            "process = subpoena, newest first",
            ListQuery {
                filter: Filter {
                    process: Some(Process::Subpoena),
                    ..Filter::default()
                },
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "process = subpoena and country = US, by authority",
            ListQuery {
                filter: Filter {
                    process: Some(Process::Subpoena),
                    country: Some("US".into()),
                    ..Filter::default()
                },
                sort: SortKey::Authority,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "year = 2022 and category = ip_address, newest first",
            ListQuery {
                filter: Filter {
                    year: Some(2022),
                    category: Some("ip_address".into()),
                    ..Filter::default()
                },
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "country = US and category = ip_address, newest first",
            ListQuery {
                filter: Filter {
                    country: Some("US".into()),
                    category: Some("ip_address".into()),
                    ..Filter::default()
                },
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "category = postal_address and disposition = not_held",
            ListQuery {
                filter: Filter {
                    category: Some("postal_address".into()),
                    disposition: Some(Disposition::NotHeld),
                    ..Filter::default()
                },
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "full-text search \"counsel\"",
            ListQuery {
                filter: Filter {
                    search: Some("counsel".into()),
                    ..Filter::default()
                },
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "year = 2021 and country = DE",
            ListQuery {
                filter: Filter {
                    year: Some(2021),
                    country: Some("DE".into()),
                    ..Filter::default()
                },
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "every request, by country, largest first",
            ListQuery {
                sort: SortKey::Country,
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "year = 2022, by outcome, from row 10,000",
            ListQuery {
                filter: Filter {
                    year: Some(2022),
                    ..Filter::default()
                },
                sort: SortKey::Outcome,
                offset: 10_000,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "every request, by reference, largest first",
            ListQuery {
                sort: SortKey::Id,
                descending: true,
                facets: true,
                ..ListQuery::default()
            },
        ),
        (
            "a page while scrolling (offset 500,000, no facets)",
            ListQuery {
                offset: 500_000,
                descending: true,
                ..ListQuery::default()
            },
        ),
    ];
    println!("| query | rows matching | page + total, median ms | facet counts, median ms | both, median ms |");
    println!("|---|---:|---:|---:|---:|");
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (name, q) in shapes {
        let (mut page_ms, mut facet_ms, mut both_ms) = (Vec::new(), Vec::new(), Vec::new());
        let mut total = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let page = list_requests(
                &store,
                &ListQuery {
                    facets: false,
                    ..q.clone()
                },
            )?;
            page_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            total = page.total;
            if q.facets {
                let t = Instant::now();
                facets(&store, &q.filter)?;
                facet_ms.push(t.elapsed().as_secs_f64() * 1000.0);
                // The page and its facets in one call, as `disclose requests --facets` asks.
                let t = Instant::now();
                list_requests(&store, &q)?;
                both_ms.push(t.elapsed().as_secs_f64() * 1000.0);
            }
        }
        let or_dash = |v: Vec<f64>| {
            if v.is_empty() {
                "—".to_string()
            } else {
                format!("{:.1}", median(v))
            }
        };
        println!(
            "| {name} | {total} | {:.1} | {} | {} |",
            median(page_ms),
            or_dash(facet_ms),
            or_dash(both_ms)
        );
    }
    Ok(())
}
