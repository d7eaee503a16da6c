//! Queries over `inventory`: what an organisation held, when, and for how long it kept it.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{none_if_empty, parse_col, parse_opt_col};
use crate::domain::InventoryEntry;
use crate::error::Result;

fn location_key(e: &InventoryEntry) -> &str {
    e.location.as_deref().unwrap_or("")
}

/// The natural key of an entry, as SQL over `inventory` with `?1`..`?4`.
pub const NATURAL_KEY: &str =
    "organisation = ?1 AND category = ?2 AND valid_from = ?3 AND location = ?4";

/// The values of [`NATURAL_KEY`] for `e`.
pub fn natural_key(e: &InventoryEntry) -> [String; 4] {
    [
        e.organisation.clone(),
        e.category.clone(),
        e.valid_from.to_string(),
        location_key(e).to_string(),
    ]
}

/// One column of the entry stored under `e`'s natural key, if there is one.
fn stored<T: rusqlite::types::FromSql>(
    conn: &Connection,
    column: &str,
    e: &InventoryEntry,
) -> Result<Option<T>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {column} FROM inventory WHERE {NATURAL_KEY}"
        ))?
        .query_row(rusqlite::params_from_iter(natural_key(e)), |r| r.get(0))
        .optional()?)
}

pub fn stored_hash(conn: &Connection, e: &InventoryEntry) -> Result<Option<Vec<u8>>> {
    stored(conn, "content_hash", e)
}

/// The id of the entry stored under `e`'s natural key, if there is one.
pub fn stored_id(conn: &Connection, e: &InventoryEntry) -> Result<Option<String>> {
    stored(conn, "id", e)
}

/// Whether the organisation has an inventory entry with this id.
pub fn id_taken(conn: &Connection, organisation: &str, id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM inventory WHERE organisation = ?1 AND id = ?2")?
        .query_row([organisation, id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// A new id for an entry that came without one: `category/valid_from`, numbered `#2`,
/// `#3` when the organisation already has it.
pub fn fresh_id(conn: &Connection, e: &InventoryEntry) -> Result<String> {
    let base = format!("{}/{}", e.category, e.valid_from);
    let mut id = base.clone();
    let mut k = 1;
    while id_taken(conn, &e.organisation, &id)? {
        k += 1;
        id = format!("{base}#{k}");
    }
    Ok(id)
}

/// Adds or overwrites the entry under its natural key, stamped with the batch writing it;
/// it keeps the id it has, or the stored one, or gets a fresh one.
pub fn upsert(conn: &Connection, e: &InventoryEntry, hash: &[u8], batch: i64) -> Result<()> {
    let id = match &e.id {
        Some(id) => id.clone(),
        None => match stored_id(conn, e)? {
            Some(id) => id,
            None => fresh_id(conn, e)?,
        },
    };
    conn.prepare_cached(
        "INSERT INTO inventory (organisation, category, valid_from, location, held, retention,
             valid_to, from_start, to_start, notes, source, content_hash, id, batch)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (organisation, category, valid_from, location) DO UPDATE SET
             held = ?5, retention = ?6, valid_to = ?7, from_start = ?8, to_start = ?9,
             notes = ?10, source = ?11, content_hash = ?12, id = ?13, batch = ?14",
    )?
    .execute(params![
        e.organisation,
        e.category,
        e.valid_from.to_string(),
        location_key(e),
        e.held,
        e.retention.as_ref().map(|r| r.to_string()),
        e.valid_to.map(|d| d.to_string()),
        e.valid_from.start().to_string(),
        e.valid_to.map(|d| d.start().to_string()),
        e.notes,
        e.source,
        hash,
        id,
        batch,
    ])?;
    Ok(())
}

const COLUMNS: &str =
    "organisation, category, held, retention, valid_from, valid_to, location, notes, source, i.id";

fn from_row(r: &Row) -> rusqlite::Result<InventoryEntry> {
    Ok(InventoryEntry {
        organisation: r.get(0)?,
        category: r.get(1)?,
        held: r.get(2)?,
        retention: parse_opt_col(r.get(3)?, "inventory.retention")?,
        valid_from: parse_col(&r.get::<_, String>(4)?, "inventory.valid_from")?,
        valid_to: parse_opt_col(r.get(5)?, "inventory.valid_to")?,
        location: none_if_empty(r.get(6)?),
        notes: r.get(7)?,
        source: r.get(8)?,
        id: r.get(9)?,
    })
}

pub fn list(conn: &Connection) -> Result<Vec<InventoryEntry>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM inventory i ORDER BY organisation, category, from_start, valid_from, location"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Entries in force on `date`: started on or before it and not ended by it.
pub fn as_of(
    conn: &Connection,
    organisation: Option<&str>,
    date: NaiveDate,
) -> Result<Vec<InventoryEntry>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM inventory i JOIN categories c ON c.id = i.category
         WHERE (?1 IS NULL OR organisation = ?1) AND from_start <= ?2
           AND (to_start IS NULL OR to_start > ?2)
         ORDER BY organisation, c.position, location"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![organisation, date.to_string()], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
