//! The request x category matrix, and its per-period form for big stores.

use super::*;

/// One request's row of the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MatrixRow {
    /// The organisation.
    pub organisation: String,
    /// The request's reference.
    pub id: String,
    /// As precise as the source (`2023-03`).
    pub received: String,
    /// (category id, disposition) for each requested category.
    pub cells: Vec<(String, Disposition)>,
}

/// The request x category matrix.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Matrix {
    /// Categories that occur in the rows, in vocabulary order.
    pub categories: Vec<String>,
    /// The rows, oldest first.
    pub rows: Vec<MatrixRow>,
    /// Requests matching the filter; more than `rows.len()` when the limit cut the list.
    pub total: u64,
}

/// The request x category matrix, oldest request first, at most `limit` rows.
pub fn matrix(store: &Store, f: &Filter, limit: u32) -> Result<Matrix> {
    let (w, mut p) = f.sql();
    p.push(Value::Integer(i64::from(limit)));
    let n = p.len();
    let each = each_category("sel");
    let sql = format!(
        "WITH sel AS (SELECT r.rowid, r.organisation, r.id, r.received, r.received_start, r.categories
                      FROM requests r
                      WHERE {w} ORDER BY r.received_start, r.organisation, r.id LIMIT ?{n})
         SELECT sel.organisation, sel.id, sel.received, {Q_CATEGORY}, {Q_DISPOSITION}, c.position
         FROM sel LEFT JOIN {each}
         LEFT JOIN categories c ON c.id = {Q_CATEGORY}
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
            let d: Disposition = store::parse_col(&disp, "requests.categories")?;
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

/// Requested categories of one period in one disposition.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PeriodCategoryCount {
    /// The period's label.
    pub period: String,
    /// The category.
    pub category: String,
    /// What happened to it.
    pub disposition: Disposition,
    /// How many times.
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

pub(super) fn category_counts_by_period_via(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
    path: Path,
) -> Result<Vec<PeriodCategoryCount>> {
    let (sql, p) = match f.category_rollup(path) {
        Some((table, w, p)) => {
            let period = granularity.sql("u.month");
            (
                format!(
                    "SELECT {period} AS p, u.category, u.disposition, sum(u.n) FROM {table} u
                     WHERE {w} GROUP BY p, u.category, u.disposition ORDER BY p, u.category, u.disposition"
                ),
                p,
            )
        }
        None => {
            let (w, p) = f.sql();
            let period = granularity.sql("r.received_start");
            let each = each_category("r");
            (
                format!(
                    "SELECT {period} AS p, {Q_CATEGORY} AS category, {Q_DISPOSITION} AS disposition,
                         count(*)
                     FROM requests r, {each}
                     WHERE {w} GROUP BY p, category, disposition ORDER BY p, category, disposition"
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
            disposition: store::parse_col(&r.get::<_, String>(2)?, "requests.categories")?,
            count: r.get::<_, i64>(3)? as u64,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
