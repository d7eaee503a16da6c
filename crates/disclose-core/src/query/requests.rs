//! The request table: sorted, filtered pages and the facet counts beside them.

use super::*;

/// What the request table is sorted by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, strum::VariantArray,
)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    /// The day received.
    #[default]
    Received,
    /// The reference.
    Id,
    /// The organisation.
    Organisation,
    /// The legal process.
    Process,
    /// The outcome.
    Outcome,
    /// The country.
    Country,
    /// The authority.
    Authority,
    /// Accounts specified.
    AccountsSpecified,
}

impl SortKey {
    /// The ORDER BY clause. Ties break on rowid (import order), which every index ends
    /// with, so sorting by received date walks `requests_by_received` instead of sorting a
    /// million rows; nullable columns put blanks last either way.
    pub(super) fn order_by(self, dir: &str) -> String {
        match self {
            SortKey::Received => format!("r.received_start {dir}, r.rowid {dir}"),
            SortKey::Id | SortKey::Organisation | SortKey::Process => {
                format!("{} {dir}, r.rowid {dir}", self.column())
            }
            _ => format!("{} {dir} NULLS LAST, r.rowid {dir}", self.column()),
        }
    }

    /// The facet whose bitmaps hold this column's values, when there is one.
    fn facet(self) -> Option<crate::store::facets::Dim> {
        use crate::store::facets::Dim;
        Some(match self {
            SortKey::Organisation => Dim::Organisation,
            SortKey::Process => Dim::Process,
            SortKey::Outcome => Dim::Outcome,
            SortKey::Country => Dim::Country,
            SortKey::Authority => Dim::Authority,
            SortKey::AccountsSpecified => Dim::Accounts,
            SortKey::Received | SortKey::Id => return None,
        })
    }

    pub(super) fn column(self) -> &'static str {
        match self {
            SortKey::Received => "r.received_start",
            SortKey::Id => "r.id",
            SortKey::Organisation => "r.organisation",
            SortKey::Process => "r.process",
            SortKey::Outcome => "r.outcome",
            SortKey::Country => "r.country",
            // An empty authority is none, last either way, as its bitmap holds it.
            SortKey::Authority => "nullif(r.authority, '')",
            SortKey::AccountsSpecified => "r.accounts_specified",
        }
    }
}

/// A page of the request table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct ListQuery {
    /// Which requests.
    pub filter: Filter,
    /// Sorted by.
    pub sort: SortKey,
    /// Largest first.
    pub descending: bool,
    /// Rows to skip.
    pub offset: u64,
    /// Rows per page; 0 means 100. At most 1000.
    pub limit: u32,
    /// Also count each facet's values under the filter.
    pub facets: bool,
}

/// One row of the request table.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RequestRow {
    /// The organisation.
    pub organisation: String,
    /// The reference.
    pub id: String,
    /// Received, as precise as the source.
    pub received: String,
    /// Answered.
    pub answered: Option<String>,
    /// Who asked.
    pub authority: Option<String>,
    /// The country (ISO code).
    pub country: Option<String>,
    /// The legal process id.
    pub process: String,
    /// The outcome id.
    pub outcome: Option<String>,
    /// Accounts specified.
    pub accounts_specified: Option<u32>,
    /// Categories asked for.
    pub categories: u32,
    /// Categories asked for that were not held.
    pub not_held: u32,
}

/// How many requests each facet value would leave under the filter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Facets {
    /// By organisation.
    pub organisation: BTreeMap<String, u64>,
    /// By year.
    pub year: BTreeMap<String, u64>,
    /// By legal process.
    pub process: BTreeMap<String, u64>,
    /// By outcome.
    pub outcome: BTreeMap<String, u64>,
    /// By country.
    pub country: BTreeMap<String, u64>,
    /// By data category asked for.
    pub category: BTreeMap<String, u64>,
    /// By what happened to a category.
    pub disposition: BTreeMap<String, u64>,
}

/// One page of the request table.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RequestPage {
    /// Requests under the filter.
    pub total: u64,
    /// The page's first row.
    pub offset: u64,
    /// The rows.
    pub rows: Vec<RequestRow>,
    /// Facet counts, when asked for.
    pub facets: Option<Facets>,
}

/// One sorted, filtered page of requests, with facet counts if asked for.
pub fn list_requests(store: &Store, q: &ListQuery) -> Result<RequestPage> {
    list_requests_via(store, q, Path::Auto)
}

pub(super) fn list_requests_via(store: &Store, q: &ListQuery, path: Path) -> Result<RequestPage> {
    let limit = match q.limit {
        0 => 100,
        n if n > 1000 => return Err(Error::Usage(say!("error-page-size", size = n))),
        n => n,
    };
    let order = q.sort.order_by(if q.descending { "DESC" } else { "ASC" });
    // The facet bitmaps answer the total and the facets, and pick the page's rows; the raw
    // tables do the same for the tests that hold both to one answer.
    let (total, facets, (w, p)) = match path {
        Path::Auto => {
            let set = bitmaps::filtered(store, &q.filter)?;
            let facets = q.facets.then(|| facets_of(store, &set)).transpose()?;
            let total = set.len();
            let f = &q.filter;
            let dates_only = Filter {
                from: f.from,
                to: f.to,
                year: f.year,
                ..Filter::default()
            } == *f;
            // The page's rowids in order, from the bitmaps or the reference index; the
            // date sort walks the date index instead.
            let walked = match q.sort.facet() {
                Some(dim) => Some(order::by_facet(
                    store,
                    dim,
                    &set,
                    q.descending,
                    q.offset,
                    limit,
                )?),
                // A few requests are looked up by rowid and sorted; more are merged.
                None if q.sort == SortKey::Id && set.len() > bitmaps::LISTED => Some(
                    order::by_reference(store, &set, q.descending, q.offset, limit)?,
                ),
                None => None,
            };
            let page = if let Some(ids) = walked {
                (listed(&ids), Vec::new())
            } else if dates_only {
                // Dates alone are exactly the bounds on the date index; other filters pick
                // their rows from the bitmap.
                top(
                    &f.received_bounds_sql(),
                    Vec::new(),
                    &order,
                    limit,
                    q.offset,
                )
            } else {
                let rows = format!(
                    "{} AND {}",
                    bitmaps::where_in(store, set)?,
                    f.received_bounds_sql()
                );
                top(&rows, Vec::new(), &order, limit, q.offset)
            };
            (total, facets, page)
        }
        Path::Raw => {
            let (w, p) = q.filter.sql();
            (
                count_via(store, &q.filter, Path::Raw)?,
                q.facets
                    .then(|| facets_via(store, &q.filter, Path::Raw))
                    .transpose()?,
                top(&w, p, &order, limit, q.offset),
            )
        }
    };
    Ok(RequestPage {
        total,
        offset: q.offset,
        rows: rows_where(store, &w, p, &order)?,
        facets,
    })
}

/// The rows `w` picks (a page at most), sorted by `order`.
fn rows_where(store: &Store, w: &str, p: Vec<Value>, order: &str) -> Result<Vec<RequestRow>> {
    let sql = format!(
        "SELECT r.organisation, r.id, r.received, r.answered, r.authority, r.country, r.process,
            r.outcome, r.accounts_specified,
            json_array_length(r.categories),
            (SELECT count(*) FROM {} WHERE {Q_DISPOSITION} = 'not_held')
         FROM requests r WHERE {w}
         ORDER BY {order}",
        each_category("r"),
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
    Ok(rows)
}

/// A WHERE over `requests r` that lists `ids`.
fn listed(ids: &[u32]) -> String {
    let ids: Vec<String> = ids.iter().map(u32::to_string).collect();
    format!("r.rowid IN ({})", ids.join(","))
}

/// Every row of the request table under `q`'s filter and sort (`q`'s page aside), a
/// thousand at a time to `each`, as the table export writes them; returns how many. The
/// order is found once, not again for each page, so a million rows cost one pass.
pub fn for_each_row(
    store: &Store,
    q: &ListQuery,
    mut each: impl FnMut(&[RequestRow]) -> Result<()>,
) -> Result<u64> {
    let order = q.sort.order_by(if q.descending { "DESC" } else { "ASC" });
    let set = bitmaps::filtered(store, &q.filter)?;
    let n = set.len();
    let all = u32::try_from(n).unwrap_or(u32::MAX);
    let ids = match q.sort.facet() {
        Some(dim) => order::by_facet(store, dim, &set, q.descending, 0, all)?,
        None if q.sort == SortKey::Id => order::by_reference(store, &set, q.descending, 0, all)?,
        None => {
            let sql = format!(
                "SELECT r.rowid FROM requests r WHERE {} AND {} ORDER BY {order}",
                bitmaps::where_in(store, set)?,
                q.filter.received_bounds_sql()
            );
            let mut stmt = store.conn().prepare(&sql)?;
            let ids = stmt.query_map([], |r| r.get::<_, u32>(0))?;
            ids.collect::<rusqlite::Result<_>>()?
        }
    };
    for chunk in ids.chunks(1000) {
        each(&rows_where(store, &listed(chunk), Vec::new(), &order)?)?;
    }
    Ok(n)
}

/// A WHERE over `requests r` picking one page of the rows `w` leaves. The page's rowids
/// are found first, sorted on the sort column alone; the columns counted from the
/// categories are then worked out for those rows only, not for every row sorted.
fn top(w: &str, mut p: Vec<Value>, order: &str, limit: u32, offset: u64) -> (String, Vec<Value>) {
    p.push(Value::Integer(i64::from(limit)));
    p.push(Value::Integer(offset as i64));
    let (nl, no) = (p.len() - 1, p.len());
    let page = format!(
        "r.rowid IN (SELECT r.rowid FROM requests r WHERE {w} ORDER BY {order} LIMIT ?{nl} OFFSET ?{no})"
    );
    (page, p)
}

/// How many requests each facet value would leave under the filter (`list_requests` with
/// `facets`, or alone: the app asks for the page first and the counts after).
pub fn facets(store: &Store, f: &Filter) -> Result<Facets> {
    facets_via(store, f, Path::Auto)
}

pub(super) fn facets_via(store: &Store, f: &Filter, path: Path) -> Result<Facets> {
    if path == Path::Auto {
        return facets_of(store, &bitmaps::filtered(store, f)?);
    }
    Ok(Facets {
        organisation: group_counts(store, f, "r.organisation")?,
        year: group_counts(store, f, "substr(r.received_start, 1, 4)")?,
        process: group_counts(store, f, "r.process")?,
        outcome: group_counts(store, f, "r.outcome")?,
        country: group_counts(store, f, "r.country")?,
        category: per_category(store, f, Q_CATEGORY)?,
        disposition: per_category(store, f, Q_DISPOSITION)?,
    })
}

/// Each facet's counts within the requests of `set`.
fn facets_of(store: &Store, set: &roaring::RoaringBitmap) -> Result<Facets> {
    use crate::store::facets::Dim;
    let counts = |dim| bitmaps::counts(store, dim, set);
    Ok(Facets {
        organisation: counts(Dim::Organisation)?,
        year: counts(Dim::Year)?,
        process: counts(Dim::Process)?,
        outcome: counts(Dim::Outcome)?,
        country: counts(Dim::Country)?,
        category: counts(Dim::Category)?,
        disposition: counts(Dim::Disposition)?,
    })
}

pub(super) fn pairs(store: &Store, sql: &str, p: Vec<Value>) -> Result<BTreeMap<String, u64>> {
    let mut stmt = store.conn().prepare(sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many requests of the filter ask for each category (`column` = [`Q_CATEGORY`]) or
/// have a category with each disposition ([`Q_DISPOSITION`]).
pub(super) fn per_category(
    store: &Store,
    f: &Filter,
    column: &str,
) -> Result<BTreeMap<String, u64>> {
    let (w, p) = f.sql();
    let sql = format!(
        "SELECT {column} AS v, count(DISTINCT r.rowid) FROM requests r, {}
         WHERE {w} GROUP BY v",
        each_category("r")
    );
    pairs(store, &sql, p)
}
