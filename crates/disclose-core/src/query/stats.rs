//! The headline numbers (`disclose stats`) and the per-category counts.

use super::*;

/// One category: how often it was asked for and what became of it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct CategoryCount {
    /// The category id.
    pub category: String,
    /// How people read it.
    pub label: String,
    /// Requests that asked for it.
    pub requested: u64,
    /// Provided.
    pub provided: u64,
    /// Partly provided.
    pub partial: u64,
    /// Asked for but not held.
    pub not_held: u64,
    /// Withheld or objected to.
    pub withheld: u64,
    /// Not decided yet.
    pub pending: u64,
}

/// The headline numbers (`disclose stats`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Stats {
    /// Requests under the filter.
    pub requests: u64,
    /// Sum over matters' totals plus requests outside a matter; unknown counts add nothing.
    pub accounts_specified: u64,
    /// Requests per legal process.
    pub by_process: BTreeMap<String, u64>,
    /// Requests per outcome.
    pub by_outcome: BTreeMap<String, u64>,
    /// Requests per year.
    pub by_year: BTreeMap<String, u64>,
    /// Requests per country.
    pub by_country: BTreeMap<String, u64>,
    /// Requests where some data was produced (outcome complied or partial).
    pub some_data_produced: u64,
    /// Requests that came with a nondisclosure order.
    pub nondisclosure_orders: u64,
    /// Requests whose users were notified.
    pub users_notified: u64,
    /// Requests for which the source does not say whether users were notified.
    pub users_notified_unknown: u64,
    /// Per category, most asked first.
    pub categories: Vec<CategoryCount>,
}

pub(super) fn group_counts(store: &Store, f: &Filter, expr: &str) -> Result<BTreeMap<String, u64>> {
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

pub(super) fn scalar(store: &Store, f: &Filter, select: &str, extra: &str) -> Result<u64> {
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

/// Requests matching the filter that name at least one requested category.
pub fn count_with_categories(store: &Store, f: &Filter) -> Result<u64> {
    scalar(
        store,
        f,
        "count(*)",
        "AND json_array_length(r.categories) > 0",
    )
}

pub(super) fn count_via(store: &Store, f: &Filter, path: Path) -> Result<u64> {
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

/// The headline numbers under a filter.
pub fn stats(store: &Store, f: &Filter) -> Result<Stats> {
    stats_via(store, f, Path::Auto)
}

pub(super) fn stats_via(store: &Store, f: &Filter, path: Path) -> Result<Stats> {
    let mut stats = match f.rollup_sql(Rollup::Requests, path) {
        Some((w, p)) => stats_from_rollup(store, &w, p)?,
        None => stats_raw(store, f)?,
    };
    stats.accounts_specified = accounts_specified(store, f)?;
    stats.categories = category_counts_via(store, f, path)?;
    Ok(stats)
}

pub(super) fn stats_from_rollup(store: &Store, w: &str, p: Vec<Value>) -> Result<Stats> {
    let sql = format!(
        "SELECT u.process, u.outcome, u.country, substr(u.month, 1, 4), sum(u.n),
                sum(u.nondisclosure), sum(u.notified), sum(u.notified_unknown)
         FROM rollup_requests u WHERE {w} GROUP BY 1, 2, 3, 4"
    );
    let mut s = Stats::default();
    let mut stmt = store.conn().prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(p))?;
    while let Some(r) = rows.next()? {
        let (process, outcome, country, year): (String, String, String, String) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let count = |i: usize| r.get::<_, i64>(i).map(|n| n as u64);
        let n = count(4)?;
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
        s.nondisclosure_orders += count(5)?;
        s.users_notified += count(6)?;
        s.users_notified_unknown += count(7)?;
    }
    Ok(s)
}

/// Sum over matters' totals plus requests outside a matter (see [`Stats`]).
pub(super) fn accounts_specified(store: &Store, f: &Filter) -> Result<u64> {
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

pub(super) fn stats_raw(store: &Store, f: &Filter) -> Result<Stats> {
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

/// [`stats`] with the built-in categories named in `lang`.
pub fn stats_in(store: &Store, f: &Filter, lang: disclose_i18n::Lang) -> Result<Stats> {
    let mut s = stats(store, f)?;
    for c in &mut s.categories {
        c.label = crate::domain::category_label_in(&c.category, &c.label, lang);
    }
    Ok(s)
}

/// Per category: how often asked for, and what became of it; most asked first.
pub fn category_counts(store: &Store, f: &Filter) -> Result<Vec<CategoryCount>> {
    category_counts_via(store, f, Path::Auto)
}

pub(super) fn category_counts_via(
    store: &Store,
    f: &Filter,
    path: Path,
) -> Result<Vec<CategoryCount>> {
    let (sql, p) = match f.category_rollup(path) {
        // Summed by category first, then joined to the few category rows.
        Some((table, w, p)) => (
            format!(
                "SELECT c.id, c.label, t.n, t.provided, t.partial, t.not_held, t.withheld, t.pending
                 FROM (SELECT u.category AS category, sum(u.n) AS n,
                         sum(u.n * (u.disposition = 'provided')) AS provided,
                         sum(u.n * (u.disposition = 'partial')) AS partial,
                         sum(u.n * (u.disposition = 'not_held')) AS not_held,
                         sum(u.n * (u.disposition = 'withheld')) AS withheld,
                         sum(u.n * (u.disposition = 'pending')) AS pending
                       FROM {table} u WHERE {w} GROUP BY u.category) t
                 JOIN categories c ON c.id = t.category
                 ORDER BY t.n DESC, c.position"
            ),
            p,
        ),
        None => {
            let (w, p) = f.sql();
            let each = each_category("r");
            (
                format!(
                    "SELECT c.id, c.label, count(*),
                        sum(t.d = 'provided'), sum(t.d = 'partial'), sum(t.d = 'not_held'),
                        sum(t.d = 'withheld'), sum(t.d = 'pending')
                     FROM (SELECT {Q_CATEGORY} AS category, {Q_DISPOSITION} AS d
                           FROM requests r, {each} WHERE {w}) t
                     JOIN categories c ON c.id = t.category
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
