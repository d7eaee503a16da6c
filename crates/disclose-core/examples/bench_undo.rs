//! Undo of a large import (goal: 60,000 requests undone in under 2 s), beside the peer a
//! journal costs against: SQLite deleting the same rows with a plain `DELETE` (cascading to
//! their categories, documents and subjects, without roll-ups, search index or row images).
//!
//!   cargo run --release -p disclose-core --example bench_undo -- [ROWS] [BASE_STORE.db]
//!
//! The import goes into a copy of BASE_STORE (default: a new store with the sample), so a
//! store of a million requests shows what undo costs beside a large history. Into a
//! generated store the generated rows restate stored requests differently, so they are
//! imported with replace: the worst case, where every row's former version is kept.

use std::path::Path;
use std::time::Instant;

use disclose_core::import::{import_files, ImportOptions};
use disclose_core::store::journal;
use disclose_core::Store;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let rows: u64 = args
        .next()
        .map(|r| r.parse())
        .transpose()?
        .unwrap_or(60_000);
    let base = args.next();
    let dir = tempfile::tempdir()?;
    let db = dir.path().join("bench.sqlite");
    match &base {
        Some(b) => {
            std::fs::copy(b, &db)?;
        }
        None => {
            let mut s = Store::open(&db)?;
            disclose_core::store::seed(&mut s)?;
        }
    }
    let csv = dir.path().join("rows.csv");
    disclose_core::generate::write_file(&csv, rows, 11, &mut |_| {})?;
    let mut store = Store::open(&db)?;
    let before: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))?;

    let t = Instant::now();
    let opts = ImportOptions {
        replace: base.is_some(),
        ..ImportOptions::default()
    };
    import_files(&mut store, &[Path::new(&csv)], &opts, &mut |_| true)?;
    let import = t.elapsed().as_secs_f64();

    // The peer: the same rows deleted by SQLite alone, rolled back.
    let batch: i64 = store
        .conn()
        .query_row("SELECT max(id) FROM import_batches", [], |r| r.get(0))?;
    let t = Instant::now();
    {
        let tx = store.conn().unchecked_transaction()?;
        tx.execute("DELETE FROM requests WHERE import_batch = ?1", [batch])?;
        drop(tx);
    }
    let peer = t.elapsed().as_secs_f64();

    let t = Instant::now();
    journal::undo(&mut store)?;
    let undo = t.elapsed().as_secs_f64();
    let after: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))?;
    assert_eq!(after, before, "undo left as many requests as before");
    let t = Instant::now();
    journal::redo(&mut store)?;
    let redo = t.elapsed().as_secs_f64();

    println!(
        "| store before | import of | import | undo | redo | plain DELETE (peer) | undo / peer |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {before} requests | {rows} | {import:.2} s | {undo:.2} s | {redo:.2} s | {peer:.2} s | {:.1}x |",
        undo / peer
    );
    Ok(())
}
