//! Facet bitmaps: for each value of each facet of the request table, the set of request
//! rowids that have it, as a compressed (roaring) bitmap kept in the store.
//!
//! Any filter of the request table is then an intersection of a few bitmaps and each
//! facet count the size of one more, so a page's seven facets over a million requests
//! cost milliseconds whatever the filter, with nothing rebuilt when the store opens.
//! Every write that moves a request in or out of the roll-ups moves it in or out of its
//! bitmaps too (`Delta`, filled beside the roll-ups and written with them).

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use roaring::RoaringBitmap;
use rusqlite::{params, Connection, OptionalExtension};
use rustc_hash::FxHashMap;
use strum::VariantArray;

use crate::domain::{Disposition, Outcome, Process};
use crate::error::{Error, Result};

/// A facet of the request table, as its bitmaps are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Dim {
    /// Every request (value '').
    All,
    /// The organisation's id.
    Organisation,
    /// The year of the first day the received date can mean ("2023").
    Year,
    /// Its month ("2023-03").
    Month,
    /// The legal process.
    Process,
    /// The outcome, '' when not recorded.
    Outcome,
    /// The country, '' when not recorded.
    Country,
    /// A category asked for.
    Category,
    /// A disposition of at least one category asked for.
    Disposition,
    /// A category asked for with this disposition ("category\u{1f}disposition").
    CategoryDisposition,
    /// Who asked, '' when not recorded (not a facet on screen: it orders the table).
    Authority,
    /// Accounts specified, as a number's digits, '' when not recorded (orders the table).
    Accounts,
}

impl Dim {
    fn as_str(self) -> &'static str {
        match self {
            Dim::All => "all",
            Dim::Organisation => "organisation",
            Dim::Year => "year",
            Dim::Month => "month",
            Dim::Process => "process",
            Dim::Outcome => "outcome",
            Dim::Country => "country",
            Dim::Category => "category",
            Dim::Disposition => "disposition",
            Dim::CategoryDisposition => "category_disposition",
            Dim::Authority => "authority",
            Dim::Accounts => "accounts",
        }
    }
}

/// The value of a `CategoryDisposition` bitmap.
pub(crate) fn category_disposition(category: &str, disposition: &str) -> String {
    format!("{category}\u{1f}{disposition}")
}

/// A facet value while a write collects it: interned names stay numbers until written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Val {
    None,
    Name(u32),
    Process(Process),
    Outcome(Option<Outcome>),
    Disposition(Disposition),
    Year(i32),
    Month(i32, u32),
    Pair(u32, Disposition),
    Count(Option<u32>),
}

/// Rowids moving in and out of facet bitmaps during one write; the last move of a rowid
/// wins, so a replaced request (out with its old values, in with its new) ends right.
///
/// An import puts each request in about a dozen bitmaps, so finding a value's bitmaps is
/// much of the counting thread's work: values that are small numbers (interned names, the
/// closed vocabularies) find theirs by index, only years and months through a hash.
#[derive(Debug, Default)]
pub(crate) struct Delta {
    /// Each value's moves, in the order first met.
    moves: Vec<((Dim, Val), Moves)>,
    /// Per facet, by the value's number ([`dense`]): 1 + its place in `moves` (0: none yet).
    by_number: [Vec<u32>; DIMS],
    /// Values that are not small numbers (years, months, account counts): a fast hash (no
    /// text from a file is hashed).
    by_hash: FxHashMap<(Dim, Val), u32>,
}

/// How many facets there are.
const DIMS: usize = Dim::Accounts as usize + 1;

/// A value's small number within its facet, for the values that have one.
fn dense(val: Val) -> Option<usize> {
    Some(match val {
        Val::None => 0,
        Val::Name(id) => id as usize,
        Val::Process(p) => p as usize,
        Val::Outcome(o) => o.map_or(0, |o| o as usize + 1),
        Val::Disposition(d) => d as usize,
        Val::Pair(c, d) => c as usize * Disposition::VARIANTS.len() + d as usize,
        Val::Year(_) | Val::Month(..) | Val::Count(_) => return None,
    })
}

/// The rowids one value gains and loses.
#[derive(Debug, Default)]
struct Moves {
    add: RoaringBitmap,
    remove: RoaringBitmap,
}

impl Moves {
    fn put(&mut self, rowid: u32, sign: i64) {
        let (into, out_of) = if sign > 0 {
            (&mut self.add, &mut self.remove)
        } else {
            (&mut self.remove, &mut self.add)
        };
        if !out_of.is_empty() {
            out_of.remove(rowid);
        }
        into.insert(rowid);
    }
}

impl Delta {
    fn put(&mut self, dim: Dim, val: Val, rowid: u32, sign: i64) {
        let slot = match dense(val) {
            Some(n) => {
                let index = &mut self.by_number[dim as usize];
                if index.len() <= n {
                    index.resize(n + 1, 0);
                }
                &mut index[n]
            }
            None => self.by_hash.entry((dim, val)).or_default(),
        };
        if *slot == 0 {
            self.moves.push(((dim, val), Moves::default()));
            *slot = self.moves.len() as u32;
        }
        let at = *slot as usize - 1;
        self.moves[at].1.put(rowid, sign);
    }

    /// Moves a request in (`sign` = 1) or out (-1) of its request-level bitmaps.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn request(
        &mut self,
        rowid: i64,
        organisation: u32,
        (year, month): (i32, u32),
        process: Process,
        outcome: Option<Outcome>,
        country: u32,
        (authority, accounts): (u32, Option<u32>),
        sign: i64,
    ) -> Result<()> {
        let id = rowid32(rowid)?;
        // Every request and the year follow from the organisation and the month ([`Delta::derive`]).
        self.put(Dim::Organisation, Val::Name(organisation), id, sign);
        self.put(Dim::Month, Val::Month(year, month), id, sign);
        self.put(Dim::Process, Val::Process(process), id, sign);
        self.put(Dim::Outcome, Val::Outcome(outcome), id, sign);
        self.put(Dim::Country, Val::Name(country), id, sign);
        self.put(Dim::Authority, Val::Name(authority), id, sign);
        self.put(Dim::Accounts, Val::Count(accounts), id, sign);
        Ok(())
    }

    /// Moves one requested category (and its disposition) of a request in or out.
    pub(crate) fn category(
        &mut self,
        rowid: i64,
        category: u32,
        disposition: Disposition,
        sign: i64,
    ) -> Result<()> {
        let id = rowid32(rowid)?;
        // The category and the disposition follow from the pair ([`Delta::derive`]).
        self.put(
            Dim::CategoryDisposition,
            Val::Pair(category, disposition),
            id,
            sign,
        );
        Ok(())
    }

    /// Adds the moves of the facets that follow from others, worked out from those once
    /// instead of put for each request: every request from the organisations, a year from
    /// its months, a category and a disposition from the category-disposition pairs. A
    /// value gains the rowids any of its sources gains and loses those its sources lose
    /// and none gains. That is what putting each request would give, because requests
    /// move whole (out with all their old values, in with all their new): a request
    /// that gains none of a value's sources has no source of it left. Halves the puts of
    /// an import: on a million requests the counting thread took 1.45 s of CPU instead of
    /// 2.0 (BENCHMARKS.md).
    fn derive(&mut self) {
        let mut derived: Vec<((Dim, Val), Moves)> = Vec::new();
        let mut at: FxHashMap<(Dim, Val), usize> = FxHashMap::default();
        for ((dim, val), moves) in &self.moves {
            let targets = match (dim, val) {
                (Dim::Organisation, _) => [Some((Dim::All, Val::None)), None],
                (Dim::Month, Val::Month(year, _)) => [Some((Dim::Year, Val::Year(*year))), None],
                (Dim::CategoryDisposition, Val::Pair(category, disposition)) => [
                    Some((Dim::Category, Val::Name(*category))),
                    Some((Dim::Disposition, Val::Disposition(*disposition))),
                ],
                _ => continue,
            };
            for key in targets.into_iter().flatten() {
                let i = *at.entry(key).or_insert_with(|| {
                    derived.push((key, Moves::default()));
                    derived.len() - 1
                });
                derived[i].1.add |= &moves.add;
                derived[i].1.remove |= &moves.remove;
            }
        }
        for (key, mut moves) in derived {
            moves.remove -= &moves.add;
            self.moves.push((key, moves));
        }
    }

    /// Applies the moves to the stored bitmaps; `name` turns interned numbers back into text.
    pub(crate) fn write<'a>(self, conn: &Connection, name: impl Fn(u32) -> &'a str) -> Result<()> {
        self.write_only(conn, name, &EVERY)
    }

    /// [`Delta::write`] for the facets `dims` only (the migrations that add some).
    fn write_only<'a>(
        mut self,
        conn: &Connection,
        name: impl Fn(u32) -> &'a str,
        dims: &[Dim],
    ) -> Result<()> {
        self.derive();
        self.moves.retain(|((dim, _), _)| dims.contains(dim));
        let mut get = conn.prepare_cached(
            "SELECT bitmap FROM facet_bitmaps WHERE dimension = ?1 AND value = ?2",
        )?;
        let mut put = conn.prepare_cached(
            "INSERT INTO facet_bitmaps (dimension, value, bitmap) VALUES (?1, ?2, ?3)
             ON CONFLICT DO UPDATE SET bitmap = excluded.bitmap",
        )?;
        let mut drop =
            conn.prepare_cached("DELETE FROM facet_bitmaps WHERE dimension = ?1 AND value = ?2")?;
        for ((dim, val), moves) in self.moves {
            let Moves { add, remove, .. } = moves;
            let value = match val {
                Val::None => String::new(),
                Val::Name(n) => name(n).to_string(),
                Val::Process(p) => p.as_str().to_string(),
                Val::Outcome(o) => super::rollups::outcome_id(o).to_string(),
                Val::Disposition(d) => d.as_str().to_string(),
                Val::Year(y) => format!("{y:04}"),
                Val::Month(y, m) => super::rollups::month_text((y, m)),
                Val::Pair(c, d) => category_disposition(name(c), d.as_str()),
                Val::Count(n) => n.map_or_else(String::new, |n| n.to_string()),
            };
            let stored: Option<Vec<u8>> = get
                .query_row(params![dim.as_str(), value], |r| r.get(0))
                .optional()?;
            let mut bitmap = match stored {
                Some(bytes) => decode(&bytes)?,
                None => RoaringBitmap::new(),
            };
            bitmap -= remove;
            bitmap |= add;
            if bitmap.is_empty() {
                drop.execute(params![dim.as_str(), value])?;
            } else {
                let mut bytes = Vec::with_capacity(bitmap.serialized_size());
                bitmap
                    .serialize_into(&mut bytes)
                    .map_err(|e| Error::Internal(e.to_string()))?;
                put.execute(params![dim.as_str(), value, bytes])?;
            }
        }
        Ok(())
    }
}

fn rowid32(rowid: i64) -> Result<u32> {
    u32::try_from(rowid).map_err(|_| {
        Error::Internal(format!(
            "request row {rowid} is past the 4,294,967,295 requests a store can index"
        ))
    })
}

fn decode(bytes: &[u8]) -> Result<RoaringBitmap> {
    RoaringBitmap::deserialize_from(bytes)
        .map_err(|e| Error::Internal(format!("a facet bitmap in the store is damaged: {e}")))
}

/// Every bitmap of one facet, by value.
pub(crate) fn load(conn: &Connection, dim: Dim) -> Result<BTreeMap<String, RoaringBitmap>> {
    let mut stmt =
        conn.prepare_cached("SELECT value, bitmap FROM facet_bitmaps WHERE dimension = ?1")?;
    let mut rows = stmt.query([dim.as_str()])?;
    let mut out = BTreeMap::new();
    while let Some(r) = rows.next()? {
        let bytes: Vec<u8> = r.get(1)?;
        out.insert(r.get(0)?, decode(&bytes)?);
    }
    Ok(out)
}

/// One value's bitmap (empty when no request has it).
pub(crate) fn get(conn: &Connection, dim: Dim, value: &str) -> Result<RoaringBitmap> {
    let stored: Option<Vec<u8>> = conn
        .prepare_cached("SELECT bitmap FROM facet_bitmaps WHERE dimension = ?1 AND value = ?2")?
        .query_row(params![dim.as_str(), value], |r| r.get(0))
        .optional()?;
    stored.map_or(Ok(RoaringBitmap::new()), |b| decode(&b))
}

/// Every facet.
pub(crate) const EVERY: [Dim; DIMS] = [
    Dim::All,
    Dim::Organisation,
    Dim::Year,
    Dim::Month,
    Dim::Process,
    Dim::Outcome,
    Dim::Country,
    Dim::Category,
    Dim::Disposition,
    Dim::CategoryDisposition,
    Dim::Authority,
    Dim::Accounts,
];

/// Builds the bitmaps of `dims` from the raw tables (the migrations that introduced them);
/// the categories are read only when one of `dims` is a category's.
pub(crate) fn rebuild(conn: &Connection, dims: &[Dim]) -> Result<()> {
    use super::{parse_col, parse_opt_col};
    let mut clear = conn.prepare("DELETE FROM facet_bitmaps WHERE dimension = ?1")?;
    for dim in dims {
        clear.execute([dim.as_str()])?;
    }
    let mut names: Vec<String> = Vec::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut intern = |s: String| -> u32 {
        let next = names.len() as u32;
        *ids.entry(s).or_insert_with_key(|s| {
            names.push(s.clone());
            next
        })
    };
    let mut delta = Delta::default();
    let mut stmt = conn.prepare(
        "SELECT rowid, organisation, received_start, process, outcome, ifnull(country, ''),
                ifnull(authority, ''), accounts_specified
         FROM requests",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let start: NaiveDate = parse_col(&r.get::<_, String>(2)?, "requests.received_start")?;
        let process: Process = parse_col(&r.get::<_, String>(3)?, "requests.process")?;
        let outcome: Option<Outcome> = parse_opt_col(r.get(4)?, "requests.outcome")?;
        delta.request(
            r.get(0)?,
            intern(r.get(1)?),
            (start.year(), start.month()),
            process,
            outcome,
            intern(r.get(5)?),
            (intern(r.get(6)?), r.get(7)?),
            1,
        )?;
    }
    use super::requests::{each_category, Q_CATEGORY, Q_DISPOSITION};
    let by_category = [Dim::Category, Dim::Disposition, Dim::CategoryDisposition];
    if !by_category.iter().any(|d| dims.contains(d)) {
        return delta.write_only(
            conn,
            |n| names.get(n as usize).map_or("", String::as_str),
            dims,
        );
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT r.rowid, {Q_CATEGORY}, {Q_DISPOSITION} FROM requests r, {}",
        each_category("r")
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let d: Disposition = parse_col(&r.get::<_, String>(2)?, "requests.categories")?;
        delta.category(r.get(0)?, intern(r.get(1)?), d, 1)?;
    }
    delta.write_only(
        conn,
        |n| names.get(n as usize).map_or("", String::as_str),
        dims,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::select;

    /// Facet values of every kind, several per facet, so that values sharing a number
    /// across kinds (a name and a pair, an outcome and none) would collide if the index
    /// mixed them up.
    fn value() -> impl Strategy<Value = (Dim, Val)> {
        let names = 0u32..5;
        prop_oneof![
            Just((Dim::All, Val::None)),
            names
                .clone()
                .prop_map(|n| (Dim::Organisation, Val::Name(n))),
            names.clone().prop_map(|n| (Dim::Country, Val::Name(n))),
            names.clone().prop_map(|n| (Dim::Category, Val::Name(n))),
            select(Process::VARIANTS).prop_map(|p| (Dim::Process, Val::Process(p))),
            proptest::option::of(select(Outcome::VARIANTS))
                .prop_map(|o| (Dim::Outcome, Val::Outcome(o))),
            select(Disposition::VARIANTS).prop_map(|d| (Dim::Disposition, Val::Disposition(d))),
            (names.clone(), select(Disposition::VARIANTS))
                .prop_map(|(c, d)| (Dim::CategoryDisposition, Val::Pair(c, d))),
            (2019i32..2022).prop_map(|y| (Dim::Year, Val::Year(y))),
            (2019i32..2021, 1u32..13).prop_map(|(y, m)| (Dim::Month, Val::Month(y, m))),
            names.prop_map(|n| (Dim::Authority, Val::Name(n))),
            proptest::option::of(0u32..3).prop_map(|n| (Dim::Accounts, Val::Count(n))),
        ]
    }

    proptest! {
        #[test]
        fn each_value_ends_with_the_last_move_of_each_of_its_rowids(
            puts in proptest::collection::vec((value(), 0u32..50, any::<bool>()), 0..400),
        ) {
            // The moves as plain set operations on a map keyed by facet and value.
            let mut expected: HashMap<(Dim, Val), (RoaringBitmap, RoaringBitmap)> = HashMap::new();
            let mut delta = Delta::default();
            for &((dim, val), rowid, into) in &puts {
                let (add, remove) = expected.entry((dim, val)).or_default();
                let (to, from) = if into { (add, remove) } else { (remove, add) };
                from.remove(rowid);
                to.insert(rowid);
                delta.put(dim, val, rowid, if into { 1 } else { -1 });
            }
            let got: HashMap<(Dim, Val), (RoaringBitmap, RoaringBitmap)> = delta
                .moves
                .into_iter()
                .map(|(key, m)| (key, (m.add, m.remove)))
                .collect();
            prop_assert_eq!(got.len(), delta_len(&puts));
            prop_assert_eq!(got, expected);
        }
    }

    /// A request as the facets see it: organisation, (year, month), and each category
    /// with its one disposition.
    type Facets = (u32, (i32, u32), Vec<(u32, Disposition)>);

    fn request() -> impl Strategy<Value = Facets> {
        (
            0u32..3,
            (2019i32..2021, 1u32..4),
            proptest::collection::btree_map(0u32..4, select(Disposition::VARIANTS), 0..4),
        )
            .prop_map(|(o, m, c)| (o, m, c.into_iter().collect()))
    }

    /// Moves `r`, stored at `rowid`, in or out of `delta`, as the roll-ups do; with
    /// `every`, also puts it in the facets [`Delta::derive`] works out, as each request
    /// was put before.
    fn move_request(
        delta: &mut Delta,
        rowid: u32,
        r: &Facets,
        sign: i64,
        every: bool,
    ) -> std::result::Result<(), TestCaseError> {
        let fail = |e: Error| TestCaseError::fail(e.to_string());
        let (org, (year, month), categories) = r;
        let p = Process::VARIANTS[0];
        let row = i64::from(rowid);
        delta
            .request(row, *org, (*year, *month), p, None, 0, (0, None), sign)
            .map_err(fail)?;
        if every {
            delta.put(Dim::All, Val::None, rowid, sign);
            delta.put(Dim::Year, Val::Year(*year), rowid, sign);
        }
        for &(c, d) in categories {
            delta.category(row, c, d, sign).map_err(fail)?;
            if every {
                delta.put(Dim::Category, Val::Name(c), rowid, sign);
                delta.put(Dim::Disposition, Val::Disposition(d), rowid, sign);
            }
        }
        Ok(())
    }

    fn moves_of(delta: Delta) -> HashMap<(Dim, Val), (RoaringBitmap, RoaringBitmap)> {
        delta
            .moves
            .into_iter()
            .map(|(key, m)| (key, (m.add, m.remove)))
            .collect()
    }

    proptest! {
        #[test]
        fn derived_facets_move_as_if_each_request_were_put_in_them(
            steps in proptest::collection::vec((0u32..12, request(), any::<bool>()), 0..80),
        ) {
            // Requests come in, are replaced (out with their old values, in with their
            // new) or go out, as imports, edits and undo move them.
            let mut stored: HashMap<u32, Facets> = HashMap::new();
            let (mut derived, mut every) = (Delta::default(), Delta::default());
            for (rowid, new, keep) in steps {
                if let Some(old) = stored.remove(&rowid) {
                    move_request(&mut derived, rowid, &old, -1, false)?;
                    move_request(&mut every, rowid, &old, -1, true)?;
                }
                if keep {
                    move_request(&mut derived, rowid, &new, 1, false)?;
                    move_request(&mut every, rowid, &new, 1, true)?;
                    stored.insert(rowid, new);
                }
            }
            derived.derive();
            prop_assert_eq!(moves_of(derived), moves_of(every));
        }
    }

    /// How many distinct values `puts` names.
    fn delta_len(puts: &[((Dim, Val), u32, bool)]) -> usize {
        puts.iter()
            .map(|(key, _, _)| *key)
            .collect::<std::collections::HashSet<_>>()
            .len()
    }
}
