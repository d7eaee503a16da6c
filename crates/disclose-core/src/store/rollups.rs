//! The monthly roll-ups: counts an import adds up in memory and writes once at its end.

use std::collections::HashMap;

use rusqlite::{params, Connection};

use crate::domain::Request;
use crate::error::Result;

type RequestKey = (String, String, &'static str, &'static str, String, bool, i8);
type PeriodKey = (String, String, &'static str, &'static str);
type CategoryKey = (String, String, String, &'static str);

/// Changes to the roll-ups, collected while an import runs.
#[derive(Debug, Default)]
pub struct Rollups {
    requests: HashMap<RequestKey, i64>,
    periods: HashMap<PeriodKey, i64>,
    categories: HashMap<CategoryKey, i64>,
}

fn month(r: &Request) -> String {
    r.received.start().format("%Y-%m").to_string()
}

impl Rollups {
    /// Counts `r` in (`sign` = 1) or out (`sign` = -1, for a replaced request).
    pub fn add(&mut self, r: &Request, sign: i64) {
        let m = month(r);
        let key = (
            r.organisation.clone(),
            m.clone(),
            r.process.as_str(),
            r.outcome.map_or("", |o| o.as_str()),
            r.country.clone().unwrap_or_default(),
            r.nondisclosure_until.is_some(),
            r.users_notified.map_or(-1, i8::from),
        );
        let period = (key.0.clone(), key.1.clone(), key.2, key.3);
        *self.requests.entry(key).or_default() += sign;
        *self.periods.entry(period).or_default() += sign;
        for c in &r.categories {
            let key = (
                r.organisation.clone(),
                m.clone(),
                c.category.clone(),
                c.disposition.as_str(),
            );
            *self.categories.entry(key).or_default() += sign;
        }
    }

    /// Adds the collected counts to the tables and drops rows that reach zero.
    pub fn write(self, conn: &Connection) -> Result<()> {
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_requests VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, p, o, c, ndo, notified), n) in
            self.requests.into_iter().filter(|(_, n)| *n != 0)
        {
            stmt.execute(params![org, m, p, o, c, ndo, notified, n])?;
        }
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_periods VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, p, o), n) in self.periods.into_iter().filter(|(_, n)| *n != 0) {
            stmt.execute(params![org, m, p, o, n])?;
        }
        let mut stmt = conn.prepare_cached(
            "INSERT INTO rollup_categories VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO UPDATE SET n = n + excluded.n",
        )?;
        for ((org, m, cat, d), n) in self.categories.into_iter().filter(|(_, n)| *n != 0) {
            stmt.execute(params![org, m, cat, d, n])?;
        }
        conn.execute_batch(
            "DELETE FROM rollup_requests WHERE n = 0; DELETE FROM rollup_periods WHERE n = 0;
             DELETE FROM rollup_categories WHERE n = 0;",
        )?;
        Ok(())
    }
}
