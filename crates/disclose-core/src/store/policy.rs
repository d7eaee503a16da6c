//! Queries over `policy_changes`.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::{json_col, parse_col, to_json};
use crate::domain::PolicyChange;
use crate::error::Result;

pub fn stored_hash(conn: &Connection, organisation: &str, id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached(
            "SELECT content_hash FROM policy_changes WHERE organisation = ?1 AND id = ?2",
        )?
        .query_row([organisation, id], |r| r.get(0))
        .optional()?)
}

/// Adds or overwrites a policy change, stamped with the batch writing it.
pub fn upsert(conn: &Connection, p: &PolicyChange, hash: &[u8], batch: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO policy_changes (organisation, id, date, date_start, kind, summary, changes,
             source, content_hash, batch)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (organisation, id) DO UPDATE SET date = ?3, date_start = ?4, kind = ?5,
             summary = ?6, changes = ?7, source = ?8, content_hash = ?9, batch = ?10",
    )?
    .execute(params![
        p.organisation,
        p.id,
        p.date.to_string(),
        p.date.start().to_string(),
        p.kind.as_str(),
        p.summary,
        to_json(&p.changes)?,
        p.source,
        hash,
        batch
    ])?;
    Ok(())
}

fn from_row(r: &Row) -> rusqlite::Result<PolicyChange> {
    Ok(PolicyChange {
        organisation: r.get(0)?,
        id: r.get(1)?,
        date: parse_col(&r.get::<_, String>(2)?, "policy_changes.date")?,
        kind: parse_col(&r.get::<_, String>(3)?, "policy_changes.kind")?,
        summary: r.get(4)?,
        changes: json_col(&r.get::<_, String>(5)?, "policy_changes.changes")?,
        source: r.get(6)?,
    })
}

/// Policy changes dated within `[from, to]` (either bound optional), oldest first.
pub fn in_period(
    conn: &Connection,
    organisation: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<PolicyChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT organisation, id, date, kind, summary, changes, source FROM policy_changes
         WHERE (?1 IS NULL OR organisation = ?1) AND (?2 IS NULL OR date_start >= ?2)
           AND (?3 IS NULL OR date_start <= ?3)
         ORDER BY date_start, organisation, id",
    )?;
    let rows = stmt.query_map(
        params![
            organisation,
            from.map(|d| d.to_string()),
            to.map(|d| d.to_string())
        ],
        from_row,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
