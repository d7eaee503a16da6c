//! A page of the request table's rowids in sort order, found without sorting every
//! matching row: walked value by value from a facet's bitmaps (organisation, process,
//! outcome, country, authority, accounts), or merged from each organisation's references in
//! the store's unique (organisation, id) index. The received date has an index of its own.

use roaring::RoaringBitmap;

use super::*;
use crate::store::facets::{self, Dim};

/// The rowids of one page of `set` sorted by a facet's value (byte order, as SQLite's
/// BINARY collation, or a number's order for the accounts; "not recorded" last either
/// way) and then by rowid, read from the facet's bitmaps: a page sorted by organisation,
/// process, outcome, country, authority or accounts costs one intersection count per
/// value instead of a sort of every matching row.
pub(super) fn by_facet(
    store: &Store,
    dim: Dim,
    set: &RoaringBitmap,
    descending: bool,
    offset: u64,
    limit: u32,
) -> Result<Vec<u32>> {
    let mut groups = facets::load(store.conn(), dim)?;
    // Requests with no value are in the '' bitmap; any the bitmaps miss go with them.
    let mut blank = groups.remove("").unwrap_or_default();
    blank |= groups
        .values()
        .fold(set.clone(), |rest, bitmap| rest - bitmap);
    let mut named: Vec<(String, RoaringBitmap)> = groups.into_iter().collect();
    if dim == Dim::Accounts {
        // Numbers, in the order of their values, not of their digits.
        named.sort_by_key(|(value, _)| value.parse::<u64>().unwrap_or(u64::MAX));
    }
    if descending {
        named.reverse();
    }
    let (mut skip, mut page) = (
        offset,
        Vec::with_capacity(set.len().min(u64::from(limit)) as usize),
    );
    for group in named.iter().map(|(_, bitmap)| bitmap).chain([&blank]) {
        let wanted = limit as usize - page.len();
        if wanted == 0 {
            break;
        }
        let n = group.intersection_len(set);
        if skip >= n {
            skip -= n;
            continue;
        }
        let part = group & set;
        // `skip` < n ≤ u32::MAX + 1, so it is a position within the part.
        let at = skip as u32;
        skip = 0;
        if descending {
            let last = part.select(part.len() as u32 - 1 - at).unwrap_or(0);
            page.extend(part.range(..=last).rev().take(wanted));
        } else {
            let first = part.select(at).unwrap_or(0);
            page.extend(part.range(first..).take(wanted));
        }
    }
    Ok(page)
}

/// The rowids of one page of `set` sorted by reference (byte order) and then by rowid:
/// each organisation's requests in reference order from the unique index, merged, and
/// read only as far as the page's end.
pub(super) fn by_reference(
    store: &Store,
    set: &RoaringBitmap,
    descending: bool,
    offset: u64,
    limit: u32,
) -> Result<Vec<u32>> {
    let conn = store.conn();
    let sql = format!(
        "SELECT rowid, id FROM requests WHERE organisation = ?1 ORDER BY id {}",
        if descending { "DESC" } else { "ASC" }
    );
    let organisations: Vec<String> = facets::load(conn, Dim::Organisation)?
        .into_iter()
        .filter(|(_, bitmap)| !bitmap.is_disjoint(set))
        .map(|(organisation, _)| organisation)
        .collect();
    let mut statements = organisations
        .iter()
        .map(|_| conn.prepare(&sql))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut streams = Vec::with_capacity(statements.len());
    for (stmt, organisation) in statements.iter_mut().zip(&organisations) {
        streams.push(stmt.query([organisation])?);
    }
    // The next row of the set from each organisation's stream.
    let next = |stream: &mut rusqlite::Rows| -> Result<Option<(String, u32)>> {
        while let Some(row) = stream.next()? {
            let rowid = u32::try_from(row.get::<_, i64>(0)?).unwrap_or(u32::MAX);
            if set.contains(rowid) {
                return Ok(Some((row.get(1)?, rowid)));
            }
        }
        Ok(None)
    };
    // Each stream's first row; then, row by row, the smallest (or largest) of them, and
    // that stream's next. Organisations with requests are few, so a scan picks it.
    let mut heads = Vec::with_capacity(streams.len());
    for stream in &mut streams {
        heads.push(next(stream)?);
    }
    let (mut page, mut skip) = (
        Vec::with_capacity(set.len().min(u64::from(limit)) as usize),
        offset,
    );
    while page.len() < limit as usize {
        let candidates = heads.iter().enumerate();
        let candidates = candidates.filter_map(|(i, head)| head.as_ref().map(|h| (h, i)));
        let chosen = if descending {
            candidates.max()
        } else {
            candidates.min()
        };
        let Some((&(_, rowid), i)) = chosen else {
            break;
        };
        if skip > 0 {
            skip -= 1;
        } else {
            page.push(rowid);
        }
        heads[i] = next(&mut streams[i])?;
    }
    Ok(page)
}
