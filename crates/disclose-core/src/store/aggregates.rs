//! Queries over `aggregates`, the published counts.

use rusqlite::{params, Connection, OptionalExtension};

use super::{none_if_empty, parse_col, parse_opt_col};
use crate::domain::Aggregate;
use crate::error::Result;
use crate::trace::Trace;

/// The natural key's columns, as stored.
pub fn key(a: &Aggregate) -> [String; 8] {
    [
        a.organisation.clone(),
        a.period_start.to_string(),
        a.period_end.to_string(),
        a.country.clone().unwrap_or_default(),
        a.process
            .map(|p| p.as_str().to_string())
            .unwrap_or_default(),
        a.scope.map(|s| s.as_str().to_string()).unwrap_or_default(),
        a.metric.as_str().to_string(),
        a.unit.as_str().to_string(),
    ]
}

pub fn stored_hash(conn: &Connection, a: &Aggregate) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached(
            "SELECT content_hash FROM aggregates WHERE organisation = ?1 AND period_start = ?2
             AND period_end = ?3 AND country = ?4 AND process = ?5 AND scope = ?6 AND metric = ?7
             AND unit = ?8",
        )?
        .query_row(rusqlite::params_from_iter(key(a)), |r| r.get(0))
        .optional()?)
}

/// Adds or overwrites a published count, stamped with the batch writing it and with where
/// it comes from (`trace`, JSON).
pub fn upsert(
    conn: &Connection,
    a: &Aggregate,
    hash: &[u8],
    batch: i64,
    trace: Option<&str>,
) -> Result<()> {
    let [org, start, end, country, process, scope, metric, unit] = key(a);
    conn.prepare_cached(
        "INSERT INTO aggregates (organisation, period_start, period_end, country, process, scope,
             metric, unit, value, value_min, value_max, source, content_hash, batch, trace)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
         ON CONFLICT (organisation, period_start, period_end, country, process, scope, metric, unit)
         DO UPDATE SET value = ?9, value_min = ?10, value_max = ?11, source = ?12,
             content_hash = ?13, batch = ?14, trace = ?15",
    )?
    .execute(params![
        org,
        start,
        end,
        country,
        process,
        scope,
        metric,
        unit,
        a.value,
        a.value_min,
        a.value_max,
        a.source,
        hash,
        batch,
        trace
    ])?;
    Ok(())
}

/// Every published count.
pub fn list(conn: &Connection) -> Result<Vec<Aggregate>> {
    Ok(list_traced(conn)?.into_iter().map(|(a, _)| a).collect())
}

/// Every published count with where it comes from: its trace, or for counts imported
/// before traces were kept (or from a bundle) the file and SHA-256 of its import.
pub fn list_traced(conn: &Connection) -> Result<Vec<(Aggregate, Option<Trace>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.organisation, a.period_start, a.period_end, a.country, a.process, a.metric,
             a.unit, a.value, a.value_min, a.value_max, a.source, a.scope, a.trace, b.file,
             b.sha256
         FROM aggregates a LEFT JOIN import_batches b ON b.id = a.batch
         ORDER BY a.organisation, a.period_start, a.period_end, a.country, a.process, a.scope,
             a.metric, a.unit",
    )?;
    let rows = stmt.query_map([], |r| {
        let trace = match r.get::<_, Option<String>>(12)? {
            Some(t) => Trace::from_json(&t),
            None => r.get::<_, Option<String>>(13)?.map(|file| Trace {
                file: file
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                sha256: r
                    .get::<_, Option<String>>(14)
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
                ..Trace::default()
            }),
        };
        let a = Aggregate {
            organisation: r.get(0)?,
            period_start: parse_col(&r.get::<_, String>(1)?, "aggregates.period_start")?,
            period_end: parse_col(&r.get::<_, String>(2)?, "aggregates.period_end")?,
            country: none_if_empty(r.get(3)?),
            process: parse_opt_col(none_if_empty(r.get(4)?), "aggregates.process")?,
            scope: parse_opt_col(none_if_empty(r.get(11)?), "aggregates.scope")?,
            metric: parse_col(&r.get::<_, String>(5)?, "aggregates.metric")?,
            unit: parse_col(&r.get::<_, String>(6)?, "aggregates.unit")?,
            value: r.get(7)?,
            value_min: r.get(8)?,
            value_max: r.get(9)?,
            source: r.get(10)?,
        };
        Ok((a, trace))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
