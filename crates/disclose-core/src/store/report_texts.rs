//! Queries over `report_texts`: what an organisation's staff wrote for a report.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::parse_col;
use crate::date::FuzzyDate;
use crate::domain::ReportText;
use crate::error::Result;

pub fn stored_hash(conn: &Connection, t: &ReportText) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached(
            "SELECT content_hash FROM report_texts WHERE organisation = ?1 AND period = ?2 AND key = ?3",
        )?
        .query_row(params![t.organisation, t.period.to_string(), t.key], |r| r.get(0))
        .optional()?)
}

/// Adds or overwrites a text, stamped with the batch writing it.
pub fn upsert(conn: &Connection, t: &ReportText, hash: &[u8], batch: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO report_texts (organisation, period, period_start, key, text, content_hash, batch)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (organisation, period, key) DO UPDATE SET text = ?5, content_hash = ?6, batch = ?7",
    )?
    .execute(params![
        t.organisation,
        t.period.to_string(),
        t.period.start().to_string(),
        t.key,
        t.text,
        hash,
        batch
    ])?;
    Ok(())
}

/// Every text, by organisation, period and key (the bundle export).
pub fn list(conn: &Connection) -> Result<Vec<ReportText>> {
    let mut stmt = conn.prepare_cached(
        "SELECT organisation, period, key, text FROM report_texts ORDER BY organisation, period_start, period, key",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ReportText {
            organisation: r.get(0)?,
            period: parse_col(&r.get::<_, String>(1)?, "report_texts.period")?,
            key: r.get(2)?,
            text: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The texts of one report by key, and the period they were written for: this period's,
/// or, where it has none yet, those of the latest period before it (a new year starts from
/// last year's words).
pub fn for_report(
    conn: &Connection,
    organisation: &str,
    period: &FuzzyDate,
) -> Result<(Option<FuzzyDate>, BTreeMap<String, String>)> {
    let from: Option<String> = conn
        .prepare_cached(
            "SELECT period FROM report_texts WHERE organisation = ?1 AND (period = ?2 OR period_start < ?3)
             ORDER BY period = ?2 DESC, period_start DESC LIMIT 1",
        )?
        .query_row(
            params![organisation, period.to_string(), period.start().to_string()],
            |r| r.get(0),
        )
        .optional()?;
    let Some(from) = from else {
        return Ok((None, BTreeMap::new()));
    };
    let mut stmt = conn.prepare_cached(
        "SELECT key, text FROM report_texts WHERE organisation = ?1 AND period = ?2",
    )?;
    let texts = stmt
        .query_map(params![organisation, from], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok((Some(parse_col(&from, "report_texts.period")?), texts))
}
