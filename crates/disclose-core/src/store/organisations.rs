//! Queries over `organisations`.

use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::Organisation;
use crate::error::Result;

pub fn stored_hash(conn: &Connection, id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT content_hash FROM organisations WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Adds or overwrites an organisation, stamped with the batch writing it.
pub fn upsert(conn: &Connection, o: &Organisation, hash: &[u8], batch: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO organisations (id, name, service, url, content_hash, batch)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET name = ?2, service = ?3, url = ?4, content_hash = ?5,
             batch = ?6",
    )?
    .execute(params![o.id, o.name, o.service, o.url, hash, batch])?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Organisation>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, service, url FROM organisations ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(Organisation {
            id: r.get(0)?,
            name: r.get(1)?,
            service: r.get(2)?,
            url: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
