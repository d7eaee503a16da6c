//! Read-side queries: the aggregates behind the charts, the report and the app.
//!
//! None of these read the subjects table; counts are all they publish.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{
    Category, Disposition, InventoryEntry, Organisation, Outcome, PolicyChange, Process,
};
use crate::error::{Error, Result};
use crate::store::{self, Store};

/// Which requests a query covers. Dates compare against the first day a received date can mean.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    pub organisation: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub process: Option<Process>,
    pub outcome: Option<Outcome>,
    pub country: Option<String>,
    pub category: Option<String>,
    pub disposition: Option<Disposition>,
    pub year: Option<i32>,
    /// Full-text search over authority, legal basis, notes and requested wording.
    pub search: Option<String>,
}

impl Filter {
    /// A WHERE clause over `requests r`, with its parameters.
    fn sql(&self) -> (String, Vec<Value>) {
        let mut clauses = vec!["1 = 1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        // Each `?` in a clause takes the next value, numbered so clauses can be joined freely.
        let mut add = |clause: &str, values: Vec<Value>| {
            let mut numbered = String::new();
            let mut values = values.into_iter();
            for ch in clause.chars() {
                if ch == '?' {
                    if let Some(v) = values.next() {
                        params.push(v);
                    }
                    numbered.push_str(&format!("?{}", params.len()));
                } else {
                    numbered.push(ch);
                }
            }
            clauses.push(numbered);
        };
        let text = |s: &str| Value::Text(s.to_string());
        if let Some(o) = &self.organisation {
            add("r.organisation = ?", vec![text(o)]);
        }
        if let Some(d) = self.from {
            add("r.received_start >= ?", vec![text(&d.to_string())]);
        }
        if let Some(d) = self.to {
            add("r.received_start <= ?", vec![text(&d.to_string())]);
        }
        if let Some(p) = self.process {
            add("r.process = ?", vec![text(p.as_str())]);
        }
        if let Some(o) = self.outcome {
            add("r.outcome = ?", vec![text(o.as_str())]);
        }
        if let Some(c) = &self.country {
            add("r.country = ?", vec![text(c)]);
        }
        if let Some(y) = self.year {
            add(
                "substr(r.received_start, 1, 4) = ?",
                vec![text(&format!("{y:04}"))],
            );
        }
        const IN_CATEGORIES: &str =
            "EXISTS (SELECT 1 FROM request_categories q WHERE q.request = r.rowid AND ";
        match (&self.category, self.disposition) {
            (Some(c), Some(d)) => add(
                &format!("{IN_CATEGORIES}q.category = ? AND q.disposition = ?)"),
                vec![text(c), text(d.as_str())],
            ),
            (Some(c), None) => add(&format!("{IN_CATEGORIES}q.category = ?)"), vec![text(c)]),
            (None, Some(d)) => add(
                &format!("{IN_CATEGORIES}q.disposition = ?)"),
                vec![text(d.as_str())],
            ),
            (None, None) => {}
        }
        if let Some(q) = self.search.as_deref().and_then(fts_query) {
            add(
                "r.rowid IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)",
                vec![Value::Text(q)],
            );
        }
        (clauses.join(" AND "), params)
    }
}

/// Which monthly roll-up a query may read instead of the raw tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rollup {
    /// By organisation, month, process and outcome: small, for charts.
    Periods,
    /// Also by country, nondisclosure order and notification: for headline numbers.
    Requests,
    /// Requested categories by organisation, month, process, outcome and disposition.
    Categories,
    /// Requests with at least one category in a disposition, by the same keys.
    Dispositions,
}

impl Rollup {
    fn table(self) -> &'static str {
        match self {
            Rollup::Periods => "rollup_periods",
            Rollup::Requests => "rollup_requests",
            Rollup::Categories => "rollup_categories",
            Rollup::Dispositions => "rollup_dispositions",
        }
    }
}

/// Whether a query may use a roll-up (`Auto`) or must read the raw tables (`Raw`).
/// Tests run both and compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Path {
    Auto,
    #[cfg_attr(not(test), allow(dead_code))]
    Raw,
}

impl Filter {
    /// A WHERE clause over roll-up `u`, when the filter asks nothing the roll-up does not
    /// keep: whole months, and no search, category or disposition filter (and a country
    /// filter only for the request roll-up).
    fn rollup_sql(&self, table: Rollup, path: Path) -> Option<(String, Vec<Value>)> {
        let whole_months = self.from.is_none_or(|d| d.day() == 1)
            && self
                .to
                .is_none_or(|d| d.succ_opt().is_none_or(|next| next.day() == 1));
        if path == Path::Raw
            || !whole_months
            || self.search.is_some()
            || self.category.is_some()
            || self.disposition.is_some()
            || (table != Rollup::Requests && self.country.is_some())
        {
            return None;
        }
        let mut clauses = vec!["1 = 1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        let mut add = |clause: &str, v: String| {
            params.push(Value::Text(v));
            clauses.push(clause.replace('?', &format!("?{}", params.len())));
        };
        if let Some(o) = &self.organisation {
            add("u.organisation = ?", o.clone());
        }
        if let Some(d) = self.from {
            add("u.month >= ?", d.format("%Y-%m").to_string());
        }
        if let Some(d) = self.to {
            add("u.month <= ?", d.format("%Y-%m").to_string());
        }
        if let Some(y) = self.year {
            add("substr(u.month, 1, 4) = ?", format!("{y:04}"));
        }
        if let Some(p) = self.process {
            add("u.process = ?", p.as_str().to_string());
        }
        if let Some(o) = self.outcome {
            add("u.outcome = ?", o.as_str().to_string());
        }
        if let Some(c) = &self.country {
            add("u.country = ?", c.clone());
        }
        Some((clauses.join(" AND "), params))
    }

    /// The smallest request roll-up that can answer this filter: (table, WHERE, params).
    fn request_rollup(&self, path: Path) -> Option<(&'static str, String, Vec<Value>)> {
        [Rollup::Periods, Rollup::Requests]
            .into_iter()
            .find_map(|t| self.rollup_sql(t, path).map(|(w, p)| (t.table(), w, p)))
    }
}

/// Turns what a person types into an FTS5 query: every word must occur, the last as a prefix.
/// Quoting each word keeps FTS5 operators and punctuation in the input from being syntax.
fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut q = rest.join(" ");
    if !q.is_empty() {
        q.push(' ');
    }
    q.push_str(last);
    q.push('*');
    Some(q)
}

/// Refuses an organisation id the store does not know, naming those it does,
/// so a typo is not reported as "0 requests".
pub fn ensure_organisation(store: &Store, id: &str) -> Result<()> {
    let known: Vec<String> = store::organisations::list(store.conn())?
        .into_iter()
        .map(|o| o.id)
        .collect();
    if known.iter().any(|k| k == id) {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "no organisation \"{id}\" in the store; it has: {}",
        if known.is_empty() {
            "none yet".to_string()
        } else {
            known.join(", ")
        }
    )))
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct CategoryCount {
    pub category: String,
    pub label: String,
    pub requested: u64,
    pub provided: u64,
    pub partial: u64,
    pub not_held: u64,
    pub withheld: u64,
    pub pending: u64,
}

/// The headline numbers (`disclose stats`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Stats {
    pub requests: u64,
    /// Sum over matters' totals plus requests outside a matter; unknown counts add nothing.
    pub accounts_specified: u64,
    pub by_process: BTreeMap<String, u64>,
    pub by_outcome: BTreeMap<String, u64>,
    pub by_year: BTreeMap<String, u64>,
    pub by_country: BTreeMap<String, u64>,
    /// Requests where some data was produced (outcome complied or partial).
    pub some_data_produced: u64,
    pub nondisclosure_orders: u64,
    pub users_notified: u64,
    /// Requests for which the source does not say whether users were notified.
    pub users_notified_unknown: u64,
    pub categories: Vec<CategoryCount>,
}

fn group_counts(store: &Store, f: &Filter, expr: &str) -> Result<BTreeMap<String, u64>> {
    let (w, p) = f.sql();
    let sql = format!(
        "SELECT {expr} AS k, count(*) FROM requests r WHERE {w} AND {expr} IS NOT NULL GROUP BY k"
    );
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn scalar(store: &Store, f: &Filter, select: &str, extra: &str) -> Result<u64> {
    let (w, p) = f.sql();
    let sql = format!("SELECT {select} FROM requests r WHERE {w} {extra}");
    let n: i64 = store
        .conn()
        .query_row(&sql, rusqlite::params_from_iter(p), |r| r.get(0))?;
    Ok(n as u64)
}

/// Requests matching the filter.
pub fn count(store: &Store, f: &Filter) -> Result<u64> {
    count_via(store, f, Path::Auto)
}

fn count_via(store: &Store, f: &Filter, path: Path) -> Result<u64> {
    match f.request_rollup(path) {
        Some((table, w, p)) => {
            let sql = format!("SELECT ifnull(sum(u.n), 0) FROM {table} u WHERE {w}");
            let n: i64 = store
                .conn()
                .query_row(&sql, rusqlite::params_from_iter(p), |r| r.get(0))?;
            Ok(n as u64)
        }
        None => scalar(store, f, "count(*)", ""),
    }
}

pub fn stats(store: &Store, f: &Filter) -> Result<Stats> {
    stats_via(store, f, Path::Auto)
}

fn stats_via(store: &Store, f: &Filter, path: Path) -> Result<Stats> {
    let mut stats = match f.rollup_sql(Rollup::Requests, path) {
        Some((w, p)) => stats_from_rollup(store, &w, p)?,
        None => stats_raw(store, f)?,
    };
    stats.accounts_specified = accounts_specified(store, f)?;
    stats.categories = category_counts_via(store, f, path)?;
    Ok(stats)
}

fn stats_from_rollup(store: &Store, w: &str, p: Vec<Value>) -> Result<Stats> {
    let sql = format!(
        "SELECT u.process, u.outcome, u.country, substr(u.month, 1, 4), u.nondisclosure,
                u.notified, sum(u.n)
         FROM rollup_requests u WHERE {w} GROUP BY 1, 2, 3, 4, 5, 6"
    );
    let mut s = Stats::default();
    let mut stmt = store.conn().prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(p))?;
    while let Some(r) = rows.next()? {
        let (process, outcome, country, year): (String, String, String, String) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let (ndo, notified, n): (bool, i64, i64) = (r.get(4)?, r.get(5)?, r.get(6)?);
        let n = n as u64;
        s.requests += n;
        *s.by_process.entry(process).or_default() += n;
        if !outcome.is_empty() {
            if outcome == "complied" || outcome == "partial" {
                s.some_data_produced += n;
            }
            *s.by_outcome.entry(outcome).or_default() += n;
        }
        if !country.is_empty() {
            *s.by_country.entry(country).or_default() += n;
        }
        *s.by_year.entry(year).or_default() += n;
        s.nondisclosure_orders += if ndo { n } else { 0 };
        match notified {
            1 => s.users_notified += n,
            -1 => s.users_notified_unknown += n,
            _ => {}
        }
    }
    Ok(s)
}

/// Sum over matters' totals plus requests outside a matter (see [`Stats`]).
fn accounts_specified(store: &Store, f: &Filter) -> Result<u64> {
    let (w, p) = f.sql();
    // A matter's total counts once if any of its requests is in the filter; requests in a
    // matter without a total fall back to their own counts.
    let accounts_sql = format!(
        "WITH sel AS (SELECT r.organisation, r.matter, r.accounts_specified FROM requests r WHERE {w})
         SELECT
           ifnull((SELECT sum(m.accounts_specified) FROM matters m
                   WHERE m.accounts_specified IS NOT NULL AND EXISTS
                     (SELECT 1 FROM sel WHERE sel.organisation = m.organisation AND sel.matter = m.id)), 0)
         + ifnull((SELECT sum(sel.accounts_specified) FROM sel
                   LEFT JOIN matters m ON m.organisation = sel.organisation AND m.id = sel.matter
                   WHERE m.accounts_specified IS NULL), 0)"
    );
    let accounts: i64 =
        store
            .conn()
            .query_row(&accounts_sql, rusqlite::params_from_iter(p), |r| r.get(0))?;
    Ok(accounts as u64)
}

fn stats_raw(store: &Store, f: &Filter) -> Result<Stats> {
    Ok(Stats {
        requests: scalar(store, f, "count(*)", "")?,
        accounts_specified: 0,
        by_process: group_counts(store, f, "r.process")?,
        by_outcome: group_counts(store, f, "r.outcome")?,
        by_year: group_counts(store, f, "substr(r.received_start, 1, 4)")?,
        by_country: group_counts(store, f, "r.country")?,
        some_data_produced: scalar(
            store,
            f,
            "count(*)",
            "AND r.outcome IN ('complied', 'partial')",
        )?,
        nondisclosure_orders: scalar(
            store,
            f,
            "count(*)",
            "AND r.nondisclosure_until IS NOT NULL",
        )?,
        users_notified: scalar(store, f, "count(*)", "AND r.users_notified = 1")?,
        users_notified_unknown: scalar(store, f, "count(*)", "AND r.users_notified IS NULL")?,
        categories: Vec::new(),
    })
}

/// Per category: how often asked for, and what became of it; most asked first.
pub fn category_counts(store: &Store, f: &Filter) -> Result<Vec<CategoryCount>> {
    category_counts_via(store, f, Path::Auto)
}

fn category_counts_via(store: &Store, f: &Filter, path: Path) -> Result<Vec<CategoryCount>> {
    let (sql, p) = match f.rollup_sql(Rollup::Categories, path) {
        Some((w, p)) => (
            format!(
                "SELECT c.id, c.label, sum(u.n),
                    sum(u.n * (u.disposition = 'provided')), sum(u.n * (u.disposition = 'partial')),
                    sum(u.n * (u.disposition = 'not_held')), sum(u.n * (u.disposition = 'withheld')),
                    sum(u.n * (u.disposition = 'pending'))
                 FROM rollup_categories u JOIN categories c ON c.id = u.category
                 WHERE {w}
                 GROUP BY c.id ORDER BY sum(u.n) DESC, c.position"
            ),
            p,
        ),
        None => {
            let (w, p) = f.sql();
            (
                format!(
                    "SELECT c.id, c.label, count(*),
                        sum(rc.disposition = 'provided'), sum(rc.disposition = 'partial'),
                        sum(rc.disposition = 'not_held'), sum(rc.disposition = 'withheld'),
                        sum(rc.disposition = 'pending')
                     FROM request_categories rc
                     JOIN requests r ON r.rowid = rc.request
                     JOIN categories c ON c.id = rc.category
                     WHERE {w}
                     GROUP BY c.id ORDER BY count(*) DESC, c.position"
                ),
                p,
            )
        }
    };
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)? as u64) };
        Ok(CategoryCount {
            category: r.get(0)?,
            label: r.get(1)?,
            requested: n(2)?,
            provided: n(3)?,
            partial: n(4)?,
            not_held: n(5)?,
            withheld: n(6)?,
            pending: n(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Month,
    Quarter,
    Half,
    Year,
}

impl Granularity {
    /// Month up to two years, quarter up to six, half-years up to twelve, then years.
    pub fn for_span(from: NaiveDate, to: NaiveDate) -> Granularity {
        let days = (to - from).num_days();
        match days {
            d if d <= 731 => Granularity::Month,
            d if d <= 6 * 366 => Granularity::Quarter,
            d if d <= 12 * 366 => Granularity::Half,
            _ => Granularity::Year,
        }
    }

    fn sql(self, col: &str) -> String {
        let month = format!("CAST(substr({col}, 6, 2) AS INTEGER)");
        match self {
            Granularity::Month => format!("substr({col}, 1, 7)"),
            Granularity::Quarter => format!("substr({col}, 1, 4) || '-Q' || (({month} + 2) / 3)"),
            Granularity::Half => format!("substr({col}, 1, 4) || '-H' || (({month} + 5) / 6)"),
            Granularity::Year => format!("substr({col}, 1, 4)"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SeriesKey {
    Process,
    Outcome,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PeriodCount {
    /// `2023-03`, `2023-Q1`, `2023-H1` or `2023`.
    pub period: String,
    /// The process or outcome id (`unknown` where no outcome is recorded).
    pub key: String,
    pub count: u64,
}

/// Requests per period, split by process or outcome; periods in order.
pub fn counts_per_period(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
    by: SeriesKey,
) -> Result<Vec<PeriodCount>> {
    counts_per_period_via(store, f, granularity, by, Path::Auto)
}

fn counts_per_period_via(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
    by: SeriesKey,
    path: Path,
) -> Result<Vec<PeriodCount>> {
    let (sql, p) = match f.request_rollup(path) {
        Some((table, w, p)) => {
            let key = match by {
                SeriesKey::Process => "u.process",
                SeriesKey::Outcome => "CASE u.outcome WHEN '' THEN 'unknown' ELSE u.outcome END",
            };
            let period = granularity.sql("u.month");
            let sql = format!(
                "SELECT {period} AS p, {key} AS k, sum(u.n) FROM {table} u WHERE {w}
                 GROUP BY p, k ORDER BY p, k"
            );
            (sql, p)
        }
        None => {
            let (w, p) = f.sql();
            let key = match by {
                SeriesKey::Process => "r.process",
                SeriesKey::Outcome => "ifnull(r.outcome, 'unknown')",
            };
            let period = granularity.sql("r.received_start");
            let sql = format!(
                "SELECT {period} AS p, {key} AS k, count(*) FROM requests r WHERE {w}
                 GROUP BY p, k ORDER BY p, k"
            );
            (sql, p)
        }
    };
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok(PeriodCount {
            period: r.get(0)?,
            key: r.get(1)?,
            count: r.get::<_, i64>(2)? as u64,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The first and last received day in the filter, if any request matches.
/// From a roll-up both are first days of months, which is all the charts need.
pub fn date_span(store: &Store, f: &Filter) -> Result<Option<(NaiveDate, NaiveDate)>> {
    let (sql, p) = match f.request_rollup(Path::Auto) {
        Some((table, w, p)) => (
            format!("SELECT min(u.month) || '-01', max(u.month) || '-01' FROM {table} u WHERE {w}"),
            p,
        ),
        None => {
            let (w, p) = f.sql();
            (
                format!(
                    "SELECT min(r.received_start), max(r.received_start) FROM requests r WHERE {w}"
                ),
                p,
            )
        }
    };
    let (a, b): (Option<String>, Option<String>) =
        store
            .conn()
            .query_row(&sql, rusqlite::params_from_iter(p), |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    let parse = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
    Ok(parse(a).zip(parse(b)))
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MatrixRow {
    pub organisation: String,
    pub id: String,
    /// As precise as the source (`2023-03`).
    pub received: String,
    /// (category id, disposition) for each requested category.
    pub cells: Vec<(String, Disposition)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Matrix {
    /// Categories that occur in the rows, in vocabulary order.
    pub categories: Vec<String>,
    pub rows: Vec<MatrixRow>,
    /// Requests matching the filter; more than `rows.len()` when the limit cut the list.
    pub total: u64,
}

/// The request x category matrix, oldest request first, at most `limit` rows.
pub fn matrix(store: &Store, f: &Filter, limit: u32) -> Result<Matrix> {
    let (w, mut p) = f.sql();
    p.push(Value::Integer(i64::from(limit)));
    let n = p.len();
    let sql = format!(
        "WITH sel AS (SELECT r.rowid, r.organisation, r.id, r.received, r.received_start FROM requests r
                      WHERE {w} ORDER BY r.received_start, r.organisation, r.id LIMIT ?{n})
         SELECT sel.organisation, sel.id, sel.received, rc.category, rc.disposition, c.position
         FROM sel LEFT JOIN request_categories rc ON rc.request = sel.rowid
         LEFT JOIN categories c ON c.id = rc.category
         ORDER BY sel.received_start, sel.organisation, sel.id, c.position"
    );
    let mut stmt = store.conn().prepare(&sql)?;
    let mut rows: Vec<MatrixRow> = Vec::new();
    let mut used: BTreeMap<i64, String> = BTreeMap::new();
    let mut q = stmt.query(rusqlite::params_from_iter(p))?;
    while let Some(r) = q.next()? {
        let (org, id, received): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let same = rows
            .last()
            .is_some_and(|l| l.organisation == org && l.id == id);
        if !same {
            rows.push(MatrixRow {
                organisation: org,
                id,
                received,
                cells: Vec::new(),
            });
        }
        if let (Some(cat), Some(disp), Some(pos)) = (
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<i64>>(5)?,
        ) {
            let d: Disposition = store::parse_col(&disp, "request_categories.disposition")?;
            used.insert(pos, cat.clone());
            if let Some(last) = rows.last_mut() {
                last.cells.push((cat, d));
            }
        }
    }
    let total = count(store, f)?;
    Ok(Matrix {
        categories: used.into_values().collect(),
        rows,
        total,
    })
}

pub fn inventory_as_of(
    store: &Store,
    organisation: Option<&str>,
    date: NaiveDate,
) -> Result<Vec<InventoryEntry>> {
    store::inventory::as_of(store.conn(), organisation, date)
}

/// The sources behind what a filter selects: document links of its requests, then the
/// sources of the policy changes and inventory of the organisation in view (or of all);
/// distinct, in that order.
pub fn sources(store: &Store, f: &Filter) -> Result<Vec<String>> {
    let (w, mut p) = f.sql();
    p.push(f.organisation.clone().map_or(Value::Null, Value::Text));
    let org = p.len();
    // EXISTS per linked document, not IN (requests...): documents with links are few,
    // requests may be millions.
    let sql = format!(
        "SELECT url FROM (
           SELECT d.url AS url, 0 AS rank FROM documents d
             WHERE d.url IS NOT NULL
               AND EXISTS (SELECT 1 FROM requests r WHERE r.rowid = d.request AND {w})
           UNION ALL
           SELECT source, 1 FROM policy_changes
             WHERE source IS NOT NULL AND (?{org} IS NULL OR organisation = ?{org})
           UNION ALL
           SELECT source, 2 FROM inventory
             WHERE source IS NOT NULL AND (?{org} IS NULL OR organisation = ?{org}))
         GROUP BY url ORDER BY min(rank), url"
    );
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Where a comparison figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FigureSource {
    /// Counted from request records in the store.
    Records,
    /// Summed from published counts (aggregates).
    Published,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CompareRow {
    pub organisation: String,
    pub year: i32,
    /// Exact value; None when only a band is known.
    pub value: Option<f64>,
    /// Band, where the published figures are ranges ("0 - 249").
    pub value_min: Option<f64>,
    pub value_max: Option<f64>,
    pub source: FigureSource,
    /// Months of the year the published periods cover (a half-year file gives 6);
    /// None for request records.
    pub months_covered: Option<u32>,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct CompareQuery {
    pub metric: Option<crate::domain::Metric>,
    /// Counts about other things than account data (`None`: account data, the default).
    pub scope: Option<crate::domain::Scope>,
    pub process: Option<Process>,
    pub country: Option<String>,
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
}

/// Organisations side by side per year: request records counted, published counts summed.
/// Published figures use the most general rows a period has (a global row over a sum of
/// countries, an all-process row over a sum of processes), so nothing is counted twice.
pub fn compare(store: &Store, q: &CompareQuery) -> Result<Vec<CompareRow>> {
    use crate::domain::Metric;
    let metric = q.metric.unwrap_or(Metric::Requests);
    let in_years = |y: i32| q.from_year.is_none_or(|f| y >= f) && q.to_year.is_none_or(|t| y <= t);
    let mut rows: BTreeMap<(String, i32, bool), CompareRow> = BTreeMap::new();
    // Request records answer the figures they can count; the others come only from
    // published counts.
    let counted = match metric {
        // Request records are account data; other scopes are published counts only.
        _ if q.scope.is_some() => None,
        Metric::Requests => Some("1 = 1"),
        Metric::SomeDataProduced => Some("r.outcome IN ('complied', 'partial')"),
        _ => None,
    };
    if let Some(which) = counted {
        let f = Filter {
            process: q.process,
            country: q.country.clone(),
            ..Filter::default()
        };
        let (w, p) = f.sql();
        let sql = format!(
            "SELECT r.organisation, CAST(substr(r.received_start, 1, 4) AS INTEGER), count(*)
             FROM requests r WHERE {w} AND {which} GROUP BY 1, 2"
        );
        let mut stmt = store.conn().prepare(&sql)?;
        let found = stmt.query_map(rusqlite::params_from_iter(p), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i32>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in found {
            let (org, year, n) = row?;
            if in_years(year) {
                rows.insert(
                    (org.clone(), year, false),
                    CompareRow {
                        organisation: org,
                        year,
                        value: Some(n as f64),
                        value_min: None,
                        value_max: None,
                        source: FigureSource::Records,
                        months_covered: None,
                    },
                );
            }
        }
    }
    let aggregates: Vec<crate::domain::Aggregate> = store::aggregates::list(store.conn())?
        .into_iter()
        // One scope at a time: devices, takedowns, enterprise customers are other requests.
        .filter(|a| {
            a.metric == metric && a.unit == crate::domain::Unit::Count && a.scope == q.scope
        })
        .filter(|a| in_years(a.period_start.start().year()))
        .collect();
    // Per organisation and period: which country and process rows to use.
    let mut periods: BTreeMap<(String, String), Vec<&crate::domain::Aggregate>> = BTreeMap::new();
    for a in &aggregates {
        periods
            .entry((
                a.organisation.clone(),
                format!("{}/{}", a.period_start, a.period_end),
            ))
            .or_default()
            .push(a);
    }
    for ((org, _), list) in periods {
        // The process first, then the country: each time the asked-for rows, or the most
        // general ones the period has.
        let by_process: Vec<&crate::domain::Aggregate> = match q.process {
            Some(p) => list.into_iter().filter(|a| a.process == Some(p)).collect(),
            None if list.iter().any(|a| a.process.is_none()) => {
                list.into_iter().filter(|a| a.process.is_none()).collect()
            }
            None => list,
        };
        let chosen: Vec<&crate::domain::Aggregate> = match &q.country {
            Some(c) => by_process
                .into_iter()
                .filter(|a| a.country.as_ref() == Some(c))
                .collect(),
            None if by_process.iter().any(|a| a.country.is_none()) => by_process
                .into_iter()
                .filter(|a| a.country.is_none())
                .collect(),
            None => by_process,
        };
        if chosen.is_empty() {
            continue;
        }
        let year = chosen[0].period_start.start().year();
        let (first, last) = (chosen[0].period_start.start(), chosen[0].period_end.end());
        let months =
            (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32 + 1;
        let row = rows.entry((org.clone(), year, true)).or_insert(CompareRow {
            organisation: org,
            year,
            value: Some(0.0),
            value_min: Some(0.0),
            value_max: Some(0.0),
            source: FigureSource::Published,
            months_covered: Some(0),
        });
        row.months_covered = row.months_covered.map(|m| m + months.max(0) as u32);
        for a in chosen {
            let (lo, hi) = match (a.value, a.value_min, a.value_max) {
                (Some(v), _, _) => (v, v),
                (None, Some(lo), Some(hi)) => (lo, hi),
                _ => continue,
            };
            if a.value.is_none() {
                row.value = None;
            }
            row.value = row.value.map(|v| v + lo);
            row.value_min = row.value_min.map(|v| v + lo);
            row.value_max = row.value_max.map(|v| v + hi);
        }
    }
    Ok(rows
        .into_values()
        .map(|mut r| {
            if r.value.is_some() {
                r.value_min = None;
                r.value_max = None;
            }
            r
        })
        .collect())
}

/// One request in full, without its subjects (those only leave through the internal export).
pub fn request(
    store: &Store,
    organisation: &str,
    id: &str,
) -> Result<Option<crate::domain::Request>> {
    store::requests::get(
        store.conn(),
        organisation,
        id,
        store::requests::Subjects::Omit,
    )
}

/// A matter (the investigation a request belongs to), with its account total.
pub fn matter(
    store: &Store,
    organisation: &str,
    id: &str,
) -> Result<Option<crate::domain::Matter>> {
    store::matters::get(store.conn(), organisation, id)
}

/// The category vocabulary in display order.
pub fn categories(store: &Store) -> Result<Vec<Category>> {
    store::categories::list(store.conn())
}

pub fn organisations(store: &Store) -> Result<Vec<Organisation>> {
    store::organisations::list(store.conn())
}

/// The words for every id a screen shows: the closed vocabularies, and this store's
/// organisations and categories.
pub fn labels(store: &Store) -> Result<crate::domain::Labels> {
    let organisations = organisations(store)?
        .iter()
        .map(|o| crate::domain::Term::new(&o.id, o.label()))
        .collect();
    let categories = categories(store)?
        .into_iter()
        .map(|c| crate::domain::Term::new(c.id, c.label))
        .collect();
    // Every retention the inventory and the policy changes state, as people read it.
    let mut retentions = BTreeMap::new();
    let mut note = |r: Option<crate::domain::Retention>| {
        if let Some(r) = r {
            retentions.insert(r.to_string(), r.label());
        }
    };
    for e in inventory(store, None)? {
        note(e.retention);
    }
    for p in policy_changes(store, None, None, None)? {
        for c in p.changes {
            note(c.before.and_then(|s| s.retention));
            note(c.after.and_then(|s| s.retention));
        }
    }
    let mut labels = crate::domain::Labels::new(organisations, categories);
    labels.retention = retentions
        .into_iter()
        .map(|(id, label)| crate::domain::Term::new(id, label))
        .collect();
    Ok(labels)
}

/// Every inventory entry (optionally of one organisation), by organisation, category, start.
pub fn inventory(store: &Store, organisation: Option<&str>) -> Result<Vec<InventoryEntry>> {
    Ok(store::inventory::list(store.conn())?
        .into_iter()
        .filter(|e| organisation.is_none_or(|o| e.organisation == o))
        .collect())
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PeriodCategoryCount {
    pub period: String,
    pub category: String,
    pub disposition: Disposition,
    pub count: u64,
}

/// Requested categories per period and disposition: the matrix for stores too big to
/// show one row per request.
pub fn category_counts_by_period(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
) -> Result<Vec<PeriodCategoryCount>> {
    category_counts_by_period_via(store, f, granularity, Path::Auto)
}

fn category_counts_by_period_via(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
    path: Path,
) -> Result<Vec<PeriodCategoryCount>> {
    let (sql, p) = match f.rollup_sql(Rollup::Categories, path) {
        Some((w, p)) => {
            let period = granularity.sql("u.month");
            (
                format!(
                    "SELECT {period} AS p, u.category, u.disposition, sum(u.n) FROM rollup_categories u
                     WHERE {w} GROUP BY p, u.category, u.disposition ORDER BY p, u.category, u.disposition"
                ),
                p,
            )
        }
        None => {
            let (w, p) = f.sql();
            let period = granularity.sql("r.received_start");
            (
                format!(
                    "SELECT {period} AS p, rc.category, rc.disposition, count(*)
                     FROM request_categories rc JOIN requests r ON r.rowid = rc.request
                     WHERE {w} GROUP BY p, rc.category, rc.disposition ORDER BY p, rc.category, rc.disposition"
                ),
                p,
            )
        }
    };
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok(PeriodCategoryCount {
            period: r.get(0)?,
            category: r.get(1)?,
            disposition: store::parse_col(
                &r.get::<_, String>(2)?,
                "request_categories.disposition",
            )?,
            count: r.get::<_, i64>(3)? as u64,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn policy_changes(
    store: &Store,
    organisation: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<PolicyChange>> {
    store::policy::in_period(store.conn(), organisation, from, to)
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct YearDelta {
    pub year: i32,
    pub requests: u64,
    /// Change against the year before; `None` for the first year.
    pub delta: Option<i64>,
}

/// Requests per year with the change against the previous year (missing years count 0).
pub fn year_over_year(store: &Store, f: &Filter) -> Result<Vec<YearDelta>> {
    let counts = group_counts(store, f, "substr(r.received_start, 1, 4)")?;
    let years: Vec<(i32, u64)> = counts
        .into_iter()
        .filter_map(|(y, n)| y.parse().ok().map(|y| (y, n)))
        .collect();
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        return Ok(Vec::new());
    };
    let by_year: BTreeMap<i32, u64> = years.iter().copied().collect();
    let mut out = Vec::new();
    let mut prev: Option<u64> = None;
    for y in first.0..=last.0 {
        let n = by_year.get(&y).copied().unwrap_or(0);
        out.push(YearDelta {
            year: y,
            requests: n,
            delta: prev.map(|p| n as i64 - p as i64),
        });
        prev = Some(n);
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Received,
    Id,
    Organisation,
    Process,
    Outcome,
    Country,
    Authority,
    AccountsSpecified,
}

impl SortKey {
    /// The ORDER BY clause. Ties break on rowid (import order), which every index ends
    /// with, so sorting by received date walks `requests_by_received` instead of sorting a
    /// million rows; nullable columns put blanks last either way.
    fn order_by(self, dir: &str) -> String {
        match self {
            SortKey::Received => format!("r.received_start {dir}, r.rowid {dir}"),
            SortKey::Id | SortKey::Organisation | SortKey::Process => {
                format!("{} {dir}, r.rowid {dir}", self.column())
            }
            _ => format!("{} {dir} NULLS LAST, r.rowid {dir}", self.column()),
        }
    }

    fn column(self) -> &'static str {
        match self {
            SortKey::Received => "r.received_start",
            SortKey::Id => "r.id",
            SortKey::Organisation => "r.organisation",
            SortKey::Process => "r.process",
            SortKey::Outcome => "r.outcome",
            SortKey::Country => "r.country",
            SortKey::Authority => "r.authority",
            SortKey::AccountsSpecified => "r.accounts_specified",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct ListQuery {
    pub filter: Filter,
    pub sort: SortKey,
    pub descending: bool,
    pub offset: u64,
    /// Rows per page; 0 means 100. At most 1000.
    pub limit: u32,
    /// Also count each facet's values under the filter.
    pub facets: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RequestRow {
    pub organisation: String,
    pub id: String,
    pub received: String,
    pub answered: Option<String>,
    pub authority: Option<String>,
    pub country: Option<String>,
    pub process: String,
    pub outcome: Option<String>,
    pub accounts_specified: Option<u32>,
    pub categories: u32,
    pub not_held: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Facets {
    pub organisation: BTreeMap<String, u64>,
    pub year: BTreeMap<String, u64>,
    pub process: BTreeMap<String, u64>,
    pub outcome: BTreeMap<String, u64>,
    pub country: BTreeMap<String, u64>,
    pub category: BTreeMap<String, u64>,
    pub disposition: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RequestPage {
    pub total: u64,
    pub offset: u64,
    pub rows: Vec<RequestRow>,
    pub facets: Option<Facets>,
}

/// One sorted, filtered page of requests, with facet counts if asked for.
pub fn list_requests(store: &Store, q: &ListQuery) -> Result<RequestPage> {
    let limit = match q.limit {
        0 => 100,
        n if n > 1000 => {
            return Err(Error::Usage(format!(
                "page size {n} is too large; at most 1000 rows per page"
            )))
        }
        n => n,
    };
    let (w, mut p) = q.filter.sql();
    let dir = if q.descending { "DESC" } else { "ASC" };
    p.push(Value::Integer(i64::from(limit)));
    p.push(Value::Integer(q.offset as i64));
    let (nl, no) = (p.len() - 1, p.len());
    let sql = format!(
        "SELECT r.organisation, r.id, r.received, r.answered, r.authority, r.country, r.process,
            r.outcome, r.accounts_specified,
            (SELECT count(*) FROM request_categories q WHERE q.request = r.rowid),
            (SELECT count(*) FROM request_categories q WHERE q.request = r.rowid AND q.disposition = 'not_held')
         FROM requests r WHERE {w}
         ORDER BY {} LIMIT ?{nl} OFFSET ?{no}",
        q.sort.order_by(dir)
    );
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(p), |r| {
            Ok(RequestRow {
                organisation: r.get(0)?,
                id: r.get(1)?,
                received: r.get(2)?,
                answered: r.get(3)?,
                authority: r.get(4)?,
                country: r.get(5)?,
                process: r.get(6)?,
                outcome: r.get(7)?,
                accounts_specified: r.get(8)?,
                categories: r.get(9)?,
                not_held: r.get(10)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let facets = if q.facets {
        Some(facets(store, &q.filter)?)
    } else {
        None
    };
    Ok(RequestPage {
        total: count(store, &q.filter)?,
        offset: q.offset,
        rows,
        facets,
    })
}

/// How many requests each facet value would leave under the filter (`list_requests` with
/// `facets`, or alone: the app asks for the page first and the counts after).
pub fn facets(store: &Store, f: &Filter) -> Result<Facets> {
    facets_via(store, f, Path::Auto)
}

fn facets_via(store: &Store, f: &Filter, path: Path) -> Result<Facets> {
    let mut out = Facets::default();
    // Organisation, year, process and outcome (and country) from one pass over the smallest
    // roll-up that can answer the filter; the raw table otherwise.
    match (
        f.rollup_sql(Rollup::Periods, path),
        f.rollup_sql(Rollup::Requests, path),
    ) {
        (Some((w, p)), Some((wc, pc))) => {
            rollup_facets(store, "rollup_periods", "''", &w, p, &mut out)?;
            let sql = format!(
                "SELECT u.country, sum(u.n) FROM rollup_requests u WHERE {wc} AND u.country <> '' GROUP BY 1"
            );
            out.country = pairs(store, &sql, pc)?;
        }
        (None, Some((w, p))) => {
            rollup_facets(store, "rollup_requests", "u.country", &w, p, &mut out)?;
        }
        _ => {
            out.organisation = group_counts(store, f, "r.organisation")?;
            out.year = group_counts(store, f, "substr(r.received_start, 1, 4)")?;
            out.process = group_counts(store, f, "r.process")?;
            out.outcome = group_counts(store, f, "r.outcome")?;
            out.country = group_counts(store, f, "r.country")?;
        }
    }
    // A category is named at most once per request, so its roll-up rows count requests.
    out.category = match f.rollup_sql(Rollup::Categories, path) {
        Some((w, p)) => pairs(
            store,
            &format!("SELECT u.category, sum(u.n) FROM rollup_categories u WHERE {w} GROUP BY 1"),
            p,
        )?,
        None => per_category(store, f, "category")?,
    };
    out.disposition = match f.rollup_sql(Rollup::Dispositions, path) {
        Some((w, p)) => pairs(
            store,
            &format!(
                "SELECT u.disposition, sum(u.n) FROM rollup_dispositions u WHERE {w} GROUP BY 1"
            ),
            p,
        )?,
        None => per_category(store, f, "disposition")?,
    };
    Ok(out)
}

/// Fills the request facets from a roll-up; `country` is the column to read, or `''`.
fn rollup_facets(
    store: &Store,
    table: &str,
    country: &str,
    w: &str,
    p: Vec<Value>,
    out: &mut Facets,
) -> Result<()> {
    let sql = format!(
        "SELECT u.organisation, substr(u.month, 1, 4), u.process, u.outcome, {country}, sum(u.n)
         FROM {table} u WHERE {w} GROUP BY 1, 2, 3, 4, 5"
    );
    let mut stmt = store.conn().prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(p))?;
    while let Some(r) = rows.next()? {
        let n = r.get::<_, i64>(5)? as u64;
        let add = |map: &mut BTreeMap<String, u64>, i: usize| -> rusqlite::Result<()> {
            let k: String = r.get(i)?;
            // '' is how the roll-ups keep "not recorded"; the raw facets skip NULL.
            if !k.is_empty() {
                *map.entry(k).or_default() += n;
            }
            Ok(())
        };
        add(&mut out.organisation, 0)?;
        add(&mut out.year, 1)?;
        add(&mut out.process, 2)?;
        add(&mut out.outcome, 3)?;
        add(&mut out.country, 4)?;
    }
    Ok(())
}

fn pairs(store: &Store, sql: &str, p: Vec<Value>) -> Result<BTreeMap<String, u64>> {
    let mut stmt = store.conn().prepare(sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn per_category(store: &Store, f: &Filter, col: &str) -> Result<BTreeMap<String, u64>> {
    let (w, p) = f.sql();
    let sql = format!(
        "SELECT q.{col}, count(DISTINCT q.request) FROM request_categories q
         JOIN requests r ON r.rowid = q.request WHERE {w} GROUP BY q.{col}"
    );
    pairs(store, &sql, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_cannot_inject_fts_syntax() {
        assert_eq!(
            fts_query("doj subpoena").as_deref(),
            Some("\"doj\" \"subpoena\"*")
        );
        assert_eq!(
            fts_query("a\" OR b").as_deref(),
            Some("\"a\"\"\" \"OR\" \"b\"*")
        );
        assert_eq!(fts_query("   "), None);
    }

    /// A store of generated requests, some of them re-imported with changes (--replace),
    /// so the roll-ups have seen inserts and replacements.
    fn generated_store() -> Store {
        use crate::export::BundleWriter;
        use crate::import::{import_files, ImportOptions};
        let dir = tempfile::tempdir().expect("dir");
        let write = |name: &str, requests: Vec<crate::domain::Request>| {
            let path = dir.path().join(name);
            let mut file = std::fs::File::create(&path).expect("file");
            let mut w = BundleWriter::begin(&mut file, &crate::generate::context()).expect("begin");
            for r in &requests {
                w.request(r).expect("request");
            }
            w.finish(&[]).expect("finish");
            path
        };
        let all: Vec<_> = crate::generate::requests(5).take(1500).collect();
        let changed: Vec<_> = all
            .iter()
            .take(300)
            .cloned()
            .map(|mut r| {
                r.outcome = Some(Outcome::Rejected);
                r.country = Some("FR".into());
                r.categories
                    .iter_mut()
                    .for_each(|c| c.disposition = Disposition::Withheld);
                r
            })
            .collect();
        let (a, b) = (write("a.json", all), write("b.json", changed));
        let mut store = Store::open_in_memory().expect("store");
        import_files(
            &mut store,
            &[a.as_path()],
            &ImportOptions::default(),
            &mut |_| true,
        )
        .expect("import");
        let replace = ImportOptions {
            replace: true,
            ..ImportOptions::default()
        };
        import_files(&mut store, &[b.as_path()], &replace, &mut |_| true).expect("replace");
        store
    }

    #[test]
    fn rollups_give_the_same_answers_as_the_raw_tables() {
        let s = generated_store();
        let d = |x: &str| x.parse::<NaiveDate>().ok();
        let filters = [
            Filter::default(),
            Filter {
                organisation: Some("sample-forge".into()),
                ..Filter::default()
            },
            Filter {
                from: d("2021-01-01"),
                to: d("2022-06-30"),
                ..Filter::default()
            },
            Filter {
                year: Some(2020),
                process: Some(Process::Subpoena),
                ..Filter::default()
            },
            Filter {
                outcome: Some(Outcome::Rejected),
                country: Some("FR".into()),
                ..Filter::default()
            },
        ];
        for f in &filters {
            assert!(
                f.rollup_sql(Rollup::Requests, Path::Auto).is_some(),
                "{f:?} should use the roll-up"
            );
            assert_eq!(
                stats_via(&s, f, Path::Auto).ok(),
                stats_via(&s, f, Path::Raw).ok(),
                "{f:?}"
            );
            assert_eq!(
                count_via(&s, f, Path::Auto).ok(),
                count_via(&s, f, Path::Raw).ok()
            );
            let facets = facets_via(&s, f, Path::Auto).expect("facets");
            assert_eq!(
                Some(&facets),
                facets_via(&s, f, Path::Raw).ok().as_ref(),
                "{f:?}"
            );
            assert!(
                !facets.year.is_empty() && !facets.category.is_empty(),
                "{f:?}"
            );
            for g in [Granularity::Month, Granularity::Quarter, Granularity::Year] {
                for by in [SeriesKey::Process, SeriesKey::Outcome] {
                    assert_eq!(
                        counts_per_period_via(&s, f, g, by, Path::Auto).ok(),
                        counts_per_period_via(&s, f, g, by, Path::Raw).ok(),
                        "{f:?} {g:?} {by:?}"
                    );
                }
                assert_eq!(
                    category_counts_by_period_via(&s, f, g, Path::Auto).ok(),
                    category_counts_by_period_via(&s, f, g, Path::Raw).ok(),
                    "{f:?} {g:?}"
                );
            }
        }
        assert_eq!(
            stats(&s, &Filter::default()).map(|x| x.requests).ok(),
            Some(1500)
        );
        // Filters a roll-up cannot answer go to the raw tables.
        let mid_month = Filter {
            from: d("2021-01-15"),
            ..Filter::default()
        };
        assert!(mid_month.rollup_sql(Rollup::Requests, Path::Auto).is_none());
        let searched = Filter {
            search: Some("counsel".into()),
            ..Filter::default()
        };
        assert!(searched.rollup_sql(Rollup::Requests, Path::Auto).is_none());
        let by_country = Filter {
            country: Some("US".into()),
            ..Filter::default()
        };
        assert!(by_country
            .rollup_sql(Rollup::Categories, Path::Auto)
            .is_none());
        assert!(by_country
            .rollup_sql(Rollup::Requests, Path::Auto)
            .is_some());
    }

    #[test]
    fn period_size_follows_the_span() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap_or_default();
        assert_eq!(
            Granularity::for_span(d("2023-01-01"), d("2023-12-31")),
            Granularity::Month
        );
        assert_eq!(
            Granularity::for_span(d("2019-01-01"), d("2023-12-31")),
            Granularity::Quarter
        );
        assert_eq!(
            Granularity::for_span(d("2013-01-01"), d("2023-12-31")),
            Granularity::Half
        );
        assert_eq!(
            Granularity::for_span(d("2000-01-01"), d("2023-12-31")),
            Granularity::Year
        );
    }
}

/// What one organisation has in the store.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OrganisationCounts {
    pub id: String,
    /// "Name (service)" as people read it.
    pub label: String,
    pub requests: u64,
    /// Published counts (aggregates).
    pub published_counts: u64,
    pub inventory: u64,
    pub policy_changes: u64,
}

/// The store at a glance: its schema version and what each organisation has in it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoreSummary {
    pub schema_version: i32,
    pub organisations: Vec<OrganisationCounts>,
}

/// The schema version and the records of each organisation (`disclose info`).
pub fn store_summary(store: &Store) -> Result<StoreSummary> {
    let schema_version: i32 = store
        .conn()
        .pragma_query_value(None, "user_version", |r| r.get(0))?;
    let mut stmt = store.conn().prepare(
        "SELECT o.id,
                (SELECT count(*) FROM requests r WHERE r.organisation = o.id),
                (SELECT count(*) FROM aggregates a WHERE a.organisation = o.id),
                (SELECT count(*) FROM inventory i WHERE i.organisation = o.id),
                (SELECT count(*) FROM policy_changes p WHERE p.organisation = o.id)
         FROM organisations o ORDER BY o.id",
    )?;
    let labels: BTreeMap<String, String> = organisations(store)?
        .into_iter()
        .map(|o| (o.id.clone(), o.label()))
        .collect();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, requests, published, inventory, policy) = row?;
        out.push(OrganisationCounts {
            label: labels.get(&id).cloned().unwrap_or_else(|| id.clone()),
            id,
            requests: requests as u64,
            published_counts: published as u64,
            inventory: inventory as u64,
            policy_changes: policy as u64,
        });
    }
    Ok(StoreSummary {
        schema_version,
        organisations: out,
    })
}
