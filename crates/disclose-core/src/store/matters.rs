//! Queries over `matters`.

use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::Matter;
use crate::error::Result;

pub fn stored_hash(conn: &Connection, organisation: &str, id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT content_hash FROM matters WHERE organisation = ?1 AND id = ?2")?
        .query_row([organisation, id], |r| r.get(0))
        .optional()?)
}

/// Adds or overwrites a matter, stamped with the batch writing it.
pub fn upsert(conn: &Connection, m: &Matter, hash: &[u8], batch: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO matters (organisation, id, title, accounts_specified, notes, content_hash, batch)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (organisation, id) DO UPDATE SET title = ?3, accounts_specified = ?4,
             notes = ?5, content_hash = ?6, batch = ?7",
    )?
    .execute(params![
        m.organisation,
        m.id,
        m.title,
        m.accounts_specified,
        m.notes,
        hash,
        batch
    ])?;
    Ok(())
}

const COLUMNS: &str = "SELECT organisation, id, title, accounts_specified, notes FROM matters";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Matter> {
    Ok(Matter {
        organisation: r.get(0)?,
        id: r.get(1)?,
        title: r.get(2)?,
        accounts_specified: r.get(3)?,
        notes: r.get(4)?,
    })
}

pub fn list(conn: &Connection) -> Result<Vec<Matter>> {
    let mut stmt = conn.prepare_cached(&format!("{COLUMNS} ORDER BY organisation, id"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, organisation: &str, id: &str) -> Result<Option<Matter>> {
    let mut stmt =
        conn.prepare_cached(&format!("{COLUMNS} WHERE organisation = ?1 AND id = ?2"))?;
    let mut rows = stmt.query_map([organisation, id], row)?;
    Ok(rows.next().transpose()?)
}
