//! Queries over `categories`.

use rusqlite::{params, Connection, OptionalExtension};

use super::{json_col, parse_col, to_json};
use crate::domain::Category;
use crate::error::Result;

pub fn stored_hash(conn: &Connection, id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT content_hash FROM categories WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Adds a category at the end of the list order.
/// The batch is None for the built-in vocabulary, which no change wrote.
pub fn insert(conn: &Connection, c: &Category, hash: &[u8], batch: Option<i64>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO categories (id, label, class, description, aliases, position, content_hash, batch)
         VALUES (?1, ?2, ?3, ?4, ?5, (SELECT ifnull(max(position), 0) + 1 FROM categories), ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET label = ?2, class = ?3, description = ?4, aliases = ?5,
             content_hash = ?6, batch = ?7",
    )?
    .execute(params![
        c.id,
        c.label,
        c.class.as_str(),
        c.description,
        to_json(&c.aliases)?,
        hash,
        batch
    ])?;
    Ok(())
}

pub fn list(conn: &Connection) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, label, class, description, aliases FROM categories ORDER BY position, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Category {
            id: r.get(0)?,
            label: r.get(1)?,
            class: parse_col(&r.get::<_, String>(2)?, "categories.class")?,
            description: r.get(3)?,
            aliases: json_col(&r.get::<_, String>(4)?, "categories.aliases")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
