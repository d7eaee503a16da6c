//! The requests a filter leaves, as a bitmap of rowids intersected from the store's facet
//! bitmaps (`store::facets`): the request table's total, facets and page read this, so
//! any filter costs a few bitmap operations instead of a pass over a million rows.

use std::sync::Arc;

use roaring::RoaringBitmap;
use rusqlite::functions::FunctionFlags;

use super::*;
use crate::store::facets::{self, Dim};

/// The rowids of the requests `f` leaves.
pub(super) fn filtered(store: &Store, f: &Filter) -> Result<RoaringBitmap> {
    let conn = store.conn();
    let mut set = facets::get(conn, Dim::All, "")?;
    let mut and = |dim: Dim, value: &str| -> Result<()> {
        if !set.is_empty() {
            set &= facets::get(conn, dim, value)?;
        }
        Ok(())
    };
    if let Some(o) = &f.organisation {
        and(Dim::Organisation, o)?;
    }
    if let Some(y) = f.year {
        and(Dim::Year, &format!("{y:04}"))?;
    }
    if let Some(p) = f.process {
        and(Dim::Process, p.as_str())?;
    }
    if let Some(o) = f.outcome {
        and(Dim::Outcome, o.as_str())?;
    }
    if let Some(c) = &f.country {
        and(Dim::Country, c)?;
    }
    match (&f.category, f.disposition) {
        (Some(c), Some(d)) => and(
            Dim::CategoryDisposition,
            &facets::category_disposition(c, d.as_str()),
        )?,
        (Some(c), None) => and(Dim::Category, c)?,
        (None, Some(d)) => and(Dim::Disposition, d.as_str())?,
        (None, None) => {}
    }
    if !set.is_empty() && (f.from.is_some() || f.to.is_some()) {
        set &= received_between(store, f.from, f.to)?;
    }
    if let Some(q) = f.search.as_deref().and_then(fts_query) {
        if !set.is_empty() {
            set &= rowids(
                store,
                "SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?1",
                vec![Value::Text(q)],
            )?;
        }
    }
    Ok(set)
}

/// Requests received from `from` to `to` (either open): whole months from their bitmaps,
/// the days of a month cut by either end from the index on the received date.
fn received_between(
    store: &Store,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<RoaringBitmap> {
    let mut set = RoaringBitmap::new();
    for (month, bitmap) in facets::load(store.conn(), Dim::Month)? {
        let Some(first) = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").ok() else {
            continue;
        };
        let last = first
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX);
        let lo = from.map_or(first, |d| d.max(first));
        let hi = to.map_or(last, |d| d.min(last));
        if lo > hi {
            continue;
        }
        if lo == first && hi == last {
            set |= bitmap;
        } else {
            set |= rowids(
                store,
                "SELECT rowid FROM requests WHERE received_start BETWEEN ?1 AND ?2",
                vec![Value::Text(lo.to_string()), Value::Text(hi.to_string())],
            )?;
        }
    }
    Ok(set)
}

fn rowids(store: &Store, sql: &str, params: Vec<Value>) -> Result<RoaringBitmap> {
    let mut stmt = store.conn().prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut set = RoaringBitmap::new();
    while let Some(r) = rows.next()? {
        if let Ok(id) = u32::try_from(r.get::<_, i64>(0)?) {
            set.insert(id);
        }
    }
    Ok(set)
}

/// How many requests of `set` each value of a facet holds (values no request has, and
/// "not recorded", left out, as the raw facets leave out NULL).
pub(super) fn counts(
    store: &Store,
    dim: Dim,
    set: &RoaringBitmap,
) -> Result<BTreeMap<String, u64>> {
    Ok(facets::load(store.conn(), dim)?
        .into_iter()
        .filter(|(value, _)| !value.is_empty())
        .map(|(value, bitmap)| (value, bitmap.intersection_len(set)))
        .filter(|(_, n)| *n > 0)
        .collect())
}

/// Sets of at most this many rowids are listed in SQL, and their rows looked up by rowid.
pub(super) const LISTED: u64 = 4096;

/// A WHERE clause over `requests r` that keeps the rows of `set`: a list of rowids when
/// the set is small, else a membership test the walk along the sort order calls per row
/// (it stops after the page, so a common filter reads little more than the page).
pub(super) fn where_in(store: &Store, set: RoaringBitmap) -> Result<String> {
    if set.len() <= LISTED {
        let ids: Vec<String> = set.iter().map(|id| id.to_string()).collect();
        return Ok(format!("r.rowid IN ({})", ids.join(",")));
    }
    let set = Arc::new(set);
    store.conn().create_scalar_function(
        "disclose_in_filter",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        move |ctx| {
            let id: i64 = ctx.get(0)?;
            Ok(u32::try_from(id).is_ok_and(|id| set.contains(id)))
        },
    )?;
    Ok("disclose_in_filter(r.rowid)".to_string())
}
