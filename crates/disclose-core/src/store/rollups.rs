//! The monthly roll-ups: counts an import adds up in memory and writes once at its end.
//!
//! Keys hold interned numbers, not strings, so counting a million requests allocates
//! nothing per request.

use rustc_hash::FxHashMap;

use chrono::Datelike;
use rusqlite::{Connection, Statement, ToSql};

use chrono::NaiveDate;

use super::requests::{each_category, Q_CATEGORY, Q_DISPOSITION};
use super::{parse_col, parse_opt_col};
use crate::domain::{Disposition, Outcome, Process, Request};
use crate::error::Result;
use crate::text_hash::TextMap;
use strum::VariantArray;

/// (year, month) of the first day a received date can mean.
type Month = (i32, u32);
// The closed vocabularies stay enums in the keys: hashed and compared as numbers, not
// as text, about fifteen million times in a million-row import.
type RequestKey = (u32, Month, Process, Option<Outcome>, u32);
type PeriodKey = (u32, Month, Process, Option<Outcome>);
type CategoryKey = (u32, Month, Process, Option<Outcome>, u32, Disposition);
type CategoryMonthKey = (u32, Month, u32, Disposition);

/// What the request roll-ups count a request by.
struct Counted<'a> {
    organisation: &'a str,
    month: Month,
    process: Process,
    outcome: Option<Outcome>,
    country: &'a str,
    authority: &'a str,
    accounts: Option<u32>,
    nondisclosure: bool,
    notified: Option<bool>,
}

/// Changes to the roll-ups, collected while an import runs.
#[derive(Debug, Default)]
pub struct Rollups {
    names: Vec<String>,
    /// Names from the file: a seeded hash, as a file could be made to collide a fixed one.
    ids: TextMap<String, u32>,
    // Keys of interned numbers and the vocabularies' own names: a fast hash is safe here,
    // and a million-row import looks them up about five million times.
    // `rollup_periods` and `rollup_category_months` are sums of these two, made when they
    // are written: counted per request, they cost a lookup in a large map for each request
    // and for each category it asked for.
    requests: FxHashMap<RequestKey, RequestSums>,
    categories: FxHashMap<CategoryKey, i64>,
    facets: super::facets::Delta,
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

    /// Counts `r`, stored at `rowid`, in (`sign` = 1) or out (`sign` = -1, for a replaced
    /// request).
    pub fn add(&mut self, rowid: i64, r: &Request, sign: i64) -> Result<()> {
        let start = r.received.start();
        let key = self.request(
            rowid,
            Counted {
                organisation: &r.organisation,
                month: (start.year(), start.month()),
                process: r.process,
                outcome: r.outcome,
                country: r.country.as_deref().unwrap_or(""),
                authority: r.authority.as_deref().unwrap_or(""),
                accounts: r.accounts_specified,
                nondisclosure: r.nondisclosure_until.is_some(),
                notified: r.users_notified,
            },
            sign,
        )?;
        for c in &r.categories {
            self.category(rowid, key, &c.category, c.disposition, sign)?;
        }
        Ok(())
    }

    /// Counts one request in the request roll-ups; returns the key its categories count under.
    fn request(&mut self, rowid: i64, r: Counted, sign: i64) -> Result<PeriodKey> {
        let org = self.intern(r.organisation);
        let country = self.intern(r.country);
        let authority = self.intern(r.authority);
        self.facets.request(
            rowid,
            org,
            r.month,
            r.process,
            r.outcome,
            country,
            (authority, r.accounts),
            sign,
        )?;
        let sums = self
            .requests
            .entry((org, r.month, r.process, r.outcome, country))
            .or_default();
        sums.n += sign;
        if r.nondisclosure {
            sums.nondisclosure += sign;
        }
        match r.notified {
            Some(true) => sums.notified += sign,
            Some(false) => {}
            None => sums.notified_unknown += sign,
        }
        Ok((org, r.month, r.process, r.outcome))
    }

    /// Counts one requested category of the request stored at `rowid`, counted under `key`.
    fn category(
        &mut self,
        rowid: i64,
        (org, month, process, outcome): PeriodKey,
        category: &str,
        disposition: Disposition,
        sign: i64,
    ) -> Result<()> {
        let category = self.intern(category);
        self.facets.category(rowid, category, disposition, sign)?;
        let key = (org, month, process, outcome, category, disposition);
        *self.categories.entry(key).or_default() += sign;
        Ok(())
    }

    /// Adds the collected counts to the tables and drops rows that reach zero; moves the
    /// requests in and out of their facet bitmaps.
    pub fn write(self, conn: &Connection) -> Result<()> {
        let mut periods: FxHashMap<PeriodKey, i64> = FxHashMap::default();
        for (&(org, m, p, o, _country), sums) in &self.requests {
            *periods.entry((org, m, p, o)).or_default() += sums.n;
        }
        let mut category_months: FxHashMap<CategoryMonthKey, i64> = FxHashMap::default();
        for (&(org, m, _process, _outcome, cat, d), n) in &self.categories {
            *category_months.entry((org, m, cat, d)).or_default() += n;
        }
        let name = |id: u32| self.names.get(id as usize).map_or("", String::as_str);
        self.facets.write(conn, name)?;
        // Each interned name's place among the names in text order: the keys sort by
        // these numbers as they would by the names, without comparing text.
        let mut by_text: Vec<u32> = (0..self.names.len() as u32).collect();
        by_text.sort_unstable_by_key(|id| name(*id));
        let mut ranks = vec![0u32; by_text.len()];
        for (rank, id) in by_text.into_iter().enumerate() {
            ranks[id as usize] = rank as u32;
        }
        let rank = |id: u32| ranks.get(id as usize).copied().unwrap_or(0);
        // Each month's text once, not once per roll-up row (a few hundred months against
        // hundreds of thousands of rows).
        let mut months: FxHashMap<Month, String> = FxHashMap::default();
        let all_months =
            (self.requests.keys().map(|k| k.1)).chain(self.categories.keys().map(|k| k.1));
        for m in all_months {
            months.entry(m).or_insert_with(|| month_text(m));
        }
        let month = |m: Month| months.get(&m).map_or("", String::as_str);
        // A month's place in time as a number: (year, month) order.
        // Any year chrono can hold is within 2^18 of 0.
        let month_order = |(y, m): Month| ((i64::from(y) + (1 << 18)) as u64) << 4 | u64::from(m);
        // The closed vocabularies by their ids' places in text order ('' first).
        let process_rank = text_order(Process::VARIANTS, Process::as_str);
        let outcome_rank = {
            let rank = text_order(Outcome::VARIANTS, Outcome::as_str);
            move |o: Option<Outcome>| o.map_or(0, |o| rank(o) + 1)
        };
        let disposition_rank = text_order(Disposition::VARIANTS, Disposition::as_str);
        // The key's first four parts, which three of the roll-ups share.
        let period_order = |(org, m, p, o): PeriodKey| {
            Order::default()
                .then(rank(org).into(), 32)
                .then(month_order(m), 26)
                .then(process_rank(p).into(), 8)
                .then(outcome_rank(o).into(), 8)
        };
        // Only a count taken out can bring a row to zero (a sum of counts only when one of
        // them was).
        let shrunk = self.requests.values().any(Sums::shrinks)
            || self.categories.values().any(Sums::shrinks);
        upsert_in_key_order(
            conn,
            "rollup_requests",
            &self.requests,
            |(org, m, p, o, c)| period_order((*org, *m, *p, *o)).then(rank(*c).into(), 32),
            |row, (org, m, p, o, c), sums| {
                row.value(name(*org))?
                    .value(month(*m))?
                    .value(p.as_str())?
                    .value(outcome_id(*o))?
                    .value(name(*c))?
                    .value(sums.n)?
                    .value(sums.nondisclosure)?
                    .value(sums.notified)?
                    .value(sums.notified_unknown)
            },
        )?;
        upsert_in_key_order(
            conn,
            "rollup_periods",
            &periods,
            |key| period_order(*key),
            |row, (org, m, p, o), n| {
                row.value(name(*org))?
                    .value(month(*m))?
                    .value(p.as_str())?
                    .value(outcome_id(*o))?
                    .value(n)
            },
        )?;
        upsert_in_key_order(
            conn,
            "rollup_categories",
            &self.categories,
            |(org, m, p, o, cat, d)| {
                period_order((*org, *m, *p, *o))
                    .then(rank(*cat).into(), 32)
                    .then(disposition_rank(*d).into(), 8)
            },
            |row, (org, m, p, o, cat, d), n| {
                row.value(name(*org))?
                    .value(month(*m))?
                    .value(p.as_str())?
                    .value(outcome_id(*o))?
                    .value(name(*cat))?
                    .value(d.as_str())?
                    .value(n)
            },
        )?;
        upsert_in_key_order(
            conn,
            "rollup_category_months",
            &category_months,
            |(org, m, cat, d)| {
                Order::default()
                    .then(rank(*org).into(), 32)
                    .then(month_order(*m), 26)
                    .then(rank(*cat).into(), 32)
                    .then(disposition_rank(*d).into(), 8)
            },
            |row, (org, m, cat, d), n| {
                row.value(name(*org))?
                    .value(month(*m))?
                    .value(name(*cat))?
                    .value(d.as_str())?
                    .value(n)
            },
        )?;
        if shrunk {
            conn.execute_batch(
                "DELETE FROM rollup_requests WHERE n = 0; DELETE FROM rollup_periods WHERE n = 0;
                 DELETE FROM rollup_categories WHERE n = 0;
                 DELETE FROM rollup_category_months WHERE n = 0;",
            )?;
        }
        Ok(())
    }
}

/// A month as the roll-ups and bitmaps store it: "2023-03".
pub(super) fn month_text((y, m): Month) -> String {
    format!("{y:04}-{m:02}")
}

/// An outcome as the roll-ups and bitmaps store it: '' when not recorded.
pub(super) fn outcome_id(o: Option<Outcome>) -> &'static str {
    o.map_or("", |o| o.as_str())
}

/// Each value of a closed vocabulary as its id's place among the ids in text order.
fn text_order<E: Copy + PartialEq>(
    variants: &'static [E],
    id: impl Fn(E) -> &'static str,
) -> impl Fn(E) -> u8 {
    let mut by_text = variants.to_vec();
    by_text.sort_unstable_by_key(|v| id(*v));
    move |v| by_text.iter().position(|w| *w == v).unwrap_or(0) as u8
}

/// What one roll-up row adds up: the requests (or requested categories) it counts, and
/// for the request roll-up also those of them with each flag.
trait Sums {
    /// The columns after the key, in the table's order, each added on conflict.
    const COLUMNS: &'static [&'static str];
    /// Nothing to add.
    fn is_zero(&self) -> bool;
    /// Something taken out, which can bring a row to zero.
    fn shrinks(&self) -> bool;
}

impl Sums for i64 {
    const COLUMNS: &'static [&'static str] = &["n"];
    fn is_zero(&self) -> bool {
        *self == 0
    }
    fn shrinks(&self) -> bool {
        *self < 0
    }
}

/// The request roll-up's sums: its requests, and of them those with a nondisclosure order,
/// with users notified, and with notification not recorded.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct RequestSums {
    n: i64,
    nondisclosure: i64,
    notified: i64,
    notified_unknown: i64,
}

impl Sums for RequestSums {
    const COLUMNS: &'static [&'static str] =
        &["n", "nondisclosure", "notified", "notified_unknown"];
    fn is_zero(&self) -> bool {
        *self == RequestSums::default()
    }
    fn shrinks(&self) -> bool {
        [
            self.n,
            self.nondisclosure,
            self.notified,
            self.notified_unknown,
        ]
        .iter()
        .any(|n| *n < 0)
    }
}

/// A roll-up row's place in its table's key order, its parts packed into one number
/// (first part highest), so sorting hundreds of thousands of rows compares numbers, not
/// tuples field by field.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Order(u128);

impl Order {
    /// Appends `value`, which must fit in `bits`, as the next part of the order.
    fn then(self, value: u64, bits: u32) -> Self {
        debug_assert!(bits == 64 || value < 1 << bits);
        Order(self.0 << bits | u128::from(value))
    }
}

/// Rows one statement adds: a statement keeps its cursor on the table while it runs, so
/// rows in key order land on the B-tree's last page without a search from its root each,
/// and the statement is started and reset once for them all.
const ROWS_PER_STATEMENT: usize = 64;

/// Binds one roll-up row's values, in the table's column order, to consecutive parameters.
struct RowBinder<'s, 'c> {
    stmt: &'s mut Statement<'c>,
    next: usize,
}

impl RowBinder<'_, '_> {
    /// Binds the row's next value.
    fn value(self, value: impl ToSql) -> rusqlite::Result<Self> {
        self.stmt.raw_bind_parameter(self.next, value)?;
        Ok(RowBinder {
            stmt: self.stmt,
            next: self.next + 1,
        })
    }
}

/// Adds the non-zero `counts` to the roll-up `table` (each row's values bound by `bind`),
/// in the order of the table's key (`order`), so a large import appends to the B-tree
/// instead of inserting all over it. The counts are sorted by reference, each with its
/// order worked out once as one number: copies of a million requests' keys would be the
/// import's largest allocation.
fn upsert_in_key_order<K, V: Sums>(
    conn: &Connection,
    table: &str,
    counts: &FxHashMap<K, V>,
    order: impl Fn(&K) -> Order,
    bind: impl for<'s, 'c> Fn(RowBinder<'s, 'c>, &K, &V) -> rusqlite::Result<RowBinder<'s, 'c>>,
) -> Result<()> {
    let mut rows: Vec<_> = counts
        .iter()
        .filter(|(_, sums)| !sums.is_zero())
        .map(|(key, n)| (order(key), key, n))
        .collect();
    rows.sort_unstable_by_key(|(order, _, _)| *order);
    let columns: i64 =
        conn.query_row("SELECT count(*) FROM pragma_table_info(?1)", [table], |r| {
            r.get(0)
        })?;
    let columns = columns as usize;
    let sql = |n: usize| {
        let row = format!("({})", vec!["?"; columns].join(", "));
        let add: Vec<String> = V::COLUMNS
            .iter()
            .map(|c| format!("{c} = {c} + excluded.{c}"))
            .collect();
        format!(
            "INSERT INTO {table} VALUES {} ON CONFLICT DO UPDATE SET {}",
            vec![row; n].join(", "),
            add.join(", ")
        )
    };
    let run = |stmt: &mut Statement, chunk: &[(Order, &K, &V)]| -> Result<()> {
        for (i, (_, key, sums)) in chunk.iter().enumerate() {
            let first = i * columns + 1;
            let bound = bind(
                RowBinder {
                    stmt: &mut *stmt,
                    next: first,
                },
                key,
                sums,
            )?;
            // A value for each column.
            debug_assert_eq!(bound.next, first + columns);
        }
        stmt.raw_execute()?;
        Ok(())
    };
    let mut chunks = rows.chunks_exact(ROWS_PER_STATEMENT);
    if chunks.len() > 0 {
        let mut full = conn.prepare(&sql(ROWS_PER_STATEMENT))?;
        for chunk in &mut chunks {
            run(&mut full, chunk)?;
        }
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        run(&mut conn.prepare(&sql(rest.len()))?, rest)?;
    }
    Ok(())
}

/// Counts the requests listed in `temp.touched` in (`sign` = 1) or out (`sign` = -1) of
/// every roll-up: undo and redo move whole batches, read here in one pass over the rows
/// (never as whole records) and counted as an import counts them.
pub(crate) fn adjust_touched(conn: &Connection, sign: i64) -> Result<()> {
    let mut rollups = Rollups::default();
    let mut stmt = conn.prepare(
        &format!(
            "SELECT r.rowid, r.organisation, r.received_start, r.process, r.outcome, r.country,
                    r.nondisclosure_until IS NOT NULL, r.users_notified, {Q_CATEGORY}, {Q_DISPOSITION},
                    ifnull(r.authority, ''), r.accounts_specified
             FROM temp.touched t CROSS JOIN requests r ON r.rowid = t.rowid
             LEFT JOIN {}
             ORDER BY r.rowid",
            each_category("r")
        ),
    )?;
    let mut rows = stmt.query([])?;
    let mut current: Option<(i64, PeriodKey)> = None;
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        let key = match current {
            Some((id, key)) if id == rowid => key,
            _ => {
                let start: NaiveDate =
                    parse_col(&row.get::<_, String>(2)?, "requests.received_start")?;
                let process: Process = parse_col(&row.get::<_, String>(3)?, "requests.process")?;
                let outcome: Option<Outcome> = parse_opt_col(row.get(4)?, "requests.outcome")?;
                let country: Option<String> = row.get(5)?;
                let organisation: String = row.get(1)?;
                let authority: String = row.get(10)?;
                let key = rollups.request(
                    rowid,
                    Counted {
                        organisation: &organisation,
                        month: (start.year(), start.month()),
                        process,
                        outcome,
                        country: country.as_deref().unwrap_or(""),
                        authority: &authority,
                        accounts: row.get(11)?,
                        nondisclosure: row.get(6)?,
                        notified: row.get(7)?,
                    },
                    sign,
                )?;
                current = Some((rowid, key));
                key
            }
        };
        if let Some(category) = row.get::<_, Option<String>>(8)? {
            let disposition: Disposition =
                parse_col(&row.get::<_, String>(9)?, "requests.categories")?;
            rollups.category(rowid, key, &category, disposition, sign)?;
        }
    }
    rollups.write(conn)
}
