//! The monthly roll-ups: counts an import adds up in memory and writes once at its end.
//!
//! Keys hold interned numbers, not strings, so counting a million requests allocates
//! nothing per request.

use std::collections::HashMap;

use chrono::Datelike;
use rusqlite::{params, Connection};

use crate::domain::Request;
use crate::error::Result;

/// (year, month) of the first day a received date can mean.
type Month = (i32, u32);
type RequestKey = (u32, Month, &'static str, &'static str, u32, bool, i8);
type PeriodKey = (u32, Month, &'static str, &'static str);
type CategoryKey = (u32, Month, &'static str, &'static str, u32, &'static str);
type DispositionKey = (u32, Month, &'static str, &'static str, &'static str);

/// Changes to the roll-ups, collected while an import runs.
#[derive(Debug, Default)]
pub struct Rollups {
    names: Vec<String>,
    ids: HashMap<String, u32>,
    requests: HashMap<RequestKey, i64>,
    periods: HashMap<PeriodKey, i64>,
    categories: HashMap<CategoryKey, i64>,
    dispositions: HashMap<DispositionKey, i64>,
}

impl Rollups {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(id) = self.ids.get(s) {
            return *id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    /// Counts `r` in (`sign` = 1) or out (`sign` = -1, for a replaced request).
    pub fn add(&mut self, r: &Request, sign: i64) {
        let start = r.received.start();
        let month = (start.year(), start.month());
        let org = self.intern(&r.organisation);
        let country = self.intern(r.country.as_deref().unwrap_or(""));
        let (process, outcome) = (r.process.as_str(), r.outcome.map_or("", |o| o.as_str()));
        let key = (
            org,
            month,
            process,
            outcome,
            country,
            r.nondisclosure_until.is_some(),
            r.users_notified.map_or(-1, i8::from),
        );
        *self.requests.entry(key).or_default() += sign;
        *self
            .periods
            .entry((org, month, process, outcome))
            .or_default() += sign;
        let mut seen: Vec<&'static str> = Vec::with_capacity(5);
        for c in &r.categories {
            let category = self.intern(&c.category);
            let disposition = c.disposition.as_str();
            let key = (org, month, process, outcome, category, disposition);
            *self.categories.entry(key).or_default() += sign;
            if !seen.contains(&disposition) {
                seen.push(disposition);
                *self
                    .dispositions
                    .entry((org, month, process, outcome, disposition))
                    .or_default() += sign;
            }
        }
    }

    /// Adds the collected counts to the tables and drops rows that reach zero.
    pub fn write(self, conn: &Connection) -> Result<()> {
        let name = |id: u32| self.names.get(id as usize).map_or("", String::as_str);
        let month = |(y, m): Month| format!("{y:04}-{m:02}");
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_requests VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, p, o, c, ndo, notified), n) in &self.requests {
            if *n != 0 {
                stmt.execute(params![
                    name(*org),
                    month(*m),
                    p,
                    o,
                    name(*c),
                    ndo,
                    notified,
                    n
                ])?;
            }
        }
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_periods VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, p, o), n) in &self.periods {
            if *n != 0 {
                stmt.execute(params![name(*org), month(*m), p, o, n])?;
            }
        }
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_categories VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, p, o, cat, d), n) in &self.categories {
            if *n != 0 {
                stmt.execute(params![name(*org), month(*m), p, o, name(*cat), d, n])?;
            }
        }
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_dispositions VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, p, o, d), n) in &self.dispositions {
            if *n != 0 {
                stmt.execute(params![name(*org), month(*m), p, o, d, n])?;
            }
        }
        conn.execute_batch(
            "DELETE FROM rollup_requests WHERE n = 0; DELETE FROM rollup_periods WHERE n = 0;
             DELETE FROM rollup_categories WHERE n = 0; DELETE FROM rollup_dispositions WHERE n = 0;",
        )?;
        Ok(())
    }
}

/// Counts the requests listed in `temp.touched` in (`sign` = 1) or out (`sign` = -1) of
/// every roll-up, in SQL: undo and redo move whole batches without reading them into
/// memory. The keys are those of [`Rollups::add`] and migrations 0002 and 0003.
pub(crate) fn adjust_touched(conn: &Connection, sign: i64) -> Result<()> {
    let touched = "SELECT rowid FROM temp.touched";
    conn.execute(
        &format!(
            "INSERT INTO rollup_requests
             SELECT organisation, substr(received_start, 1, 7), process, ifnull(outcome, ''),
                    ifnull(country, ''), nondisclosure_until IS NOT NULL, ifnull(users_notified, -1),
                    ?1 * count(*)
             FROM requests WHERE rowid IN ({touched}) GROUP BY 1, 2, 3, 4, 5, 6, 7
             ON CONFLICT DO UPDATE SET n = n + excluded.n"
        ),
        [sign],
    )?;
    conn.execute(
        &format!(
            "INSERT INTO rollup_periods
             SELECT organisation, substr(received_start, 1, 7), process, ifnull(outcome, ''), ?1 * count(*)
             FROM requests WHERE rowid IN ({touched}) GROUP BY 1, 2, 3, 4
             ON CONFLICT DO UPDATE SET n = n + excluded.n"
        ),
        [sign],
    )?;
    conn.execute(
        &format!(
            "INSERT INTO rollup_categories
             SELECT r.organisation, substr(r.received_start, 1, 7), r.process, ifnull(r.outcome, ''),
                    rc.category, rc.disposition, ?1 * count(*)
             FROM request_categories rc JOIN requests r ON r.rowid = rc.request
             WHERE rc.request IN ({touched}) GROUP BY 1, 2, 3, 4, 5, 6
             ON CONFLICT DO UPDATE SET n = n + excluded.n"
        ),
        [sign],
    )?;
    conn.execute(
        &format!(
            "INSERT INTO rollup_dispositions
             SELECT r.organisation, substr(r.received_start, 1, 7), r.process, ifnull(r.outcome, ''),
                    d.disposition, ?1 * count(*)
             FROM (SELECT DISTINCT request, disposition FROM request_categories
                   WHERE request IN ({touched})) d
             JOIN requests r ON r.rowid = d.request WHERE true GROUP BY 1, 2, 3, 4, 5
             ON CONFLICT DO UPDATE SET n = n + excluded.n"
        ),
        [sign],
    )?;
    conn.execute_batch(
        "DELETE FROM rollup_requests WHERE n = 0; DELETE FROM rollup_periods WHERE n = 0;
         DELETE FROM rollup_categories WHERE n = 0; DELETE FROM rollup_dispositions WHERE n = 0;",
    )?;
    Ok(())
}
