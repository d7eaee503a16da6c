//! The app's "Export CSV" of the request table on a large store: every row under a filter,
//! in the table's sort order, written as CSV (to nowhere).
//!
//!   cargo run --release -p disclose-core --example bench_table_export -- STORE.db
//!
//! Prints a Markdown table: seconds per sort, both ways, over every request.

use std::time::Instant;

use disclose_core::export::request_table;
use disclose_core::query::{ListQuery, SortKey};
use disclose_core::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: bench_table_export STORE.db")?;
    let store = Store::open(std::path::Path::new(&path))?;
    println!("| sorted by | rows | seconds |");
    println!("|---|---:|---:|");
    for (sort, descending) in [
        (SortKey::Received, true),
        (SortKey::Id, false),
        (SortKey::Country, true),
        (SortKey::Authority, false),
    ] {
        let q = ListQuery {
            sort,
            descending,
            ..ListQuery::default()
        };
        let t = Instant::now();
        let n = request_table(&store, &q, &mut std::io::sink())?;
        let s = t.elapsed().as_secs_f64();
        println!(
            "| {sort:?}{} | {n} | {s:.1} |",
            if descending { ", largest first" } else { "" }
        );
    }
    Ok(())
}
