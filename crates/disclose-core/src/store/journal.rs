//! The change journal: every change to the store is one entry that can be undone and
//! redone exactly (migration 0005 explains the tables).
//!
//! A change stamps the rows it writes with its batch; before it overwrites or deletes a
//! row it keeps the row's image ([`capture`]). Undo moves the change's rows aside and puts
//! the images back; redo does the reverse. Imports are journaled by batch, so an import of
//! 60,000 requests costs nothing extra when it lands and one set of statements to undo.
//! Roll-ups and the full-text index follow every move. Undo and redo are not changes
//! themselves: the usual editor stack, where a new change drops what could be redone.

use std::collections::BTreeMap;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::requests::{each_category, Q_WORDING};
use super::Store;
use crate::error::{Error, Result};
use crate::i18n::{say, Text};

/// How many changes the journal keeps; older ones are pruned and can no longer be undone.
pub const KEPT_CHANGES: usize = 200;

/// What kind of change an entry is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, strum::EnumString, strum::IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ChangeKind {
    /// Files imported.
    Import,
    /// A record added through a form.
    Add,
    /// A record changed through a form.
    Edit,
    /// A record (and what hangs off it) deleted.
    Delete,
    /// A policy change recorded and applied to the inventory.
    Apply,
}

impl ChangeKind {
    /// The id stored and printed in JSON.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One entry of the journal, as `disclose history` and the History panel show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ChangeEntry {
    /// Its number, increasing.
    #[ts(type = "number")]
    pub id: i64,
    /// When it was made (UTC, RFC 3339).
    pub time: String,
    /// What kind of change.
    pub kind: ChangeKind,
    /// One line saying what it did (never a subject), kept as data and said in the
    /// reader's language ([`ChangeEntry::said_in`]).
    #[ts(type = "string")]
    pub summary: Text,
    /// Records it wrote or removed, by kind (`requests`, `inventory`, ...).
    #[ts(type = "Record<string, number>")]
    pub counts: BTreeMap<String, u64>,
    /// True once undone (and not redone).
    pub undone: bool,
}

impl ChangeEntry {
    /// The entry with its summary said in `lang` (what crosses to the window and `--json`).
    pub fn said_in(&self, lang: crate::i18n::Lang) -> ChangeEntry {
        ChangeEntry {
            summary: Text::verbatim(self.summary.in_lang(lang)),
            ..self.clone()
        }
    }
}

/// A change being written: its entry and the first batch number it may stamp.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Open {
    pub id: i64,
    first_batch: i64,
}

/// A record table the journal follows: its name, its key and its batch column.
struct Table {
    name: &'static str,
    key: &'static str,
    batch: &'static str,
}

/// Parents first: the order rows are put back in.
const TABLES: &[Table] = &[
    Table {
        name: "organisations",
        key: "id",
        batch: "batch",
    },
    Table {
        name: "categories",
        key: "id",
        batch: "batch",
    },
    Table {
        name: "matters",
        key: "organisation, id",
        batch: "batch",
    },
    Table {
        name: "inventory",
        key: "organisation, category, valid_from, location",
        batch: "batch",
    },
    Table {
        name: "policy_changes",
        key: "organisation, id",
        batch: "batch",
    },
    Table {
        name: "report_texts",
        key: "organisation, period, key",
        batch: "batch",
    },
    Table {
        name: "aggregates",
        key: "organisation, period_start, period_end, country, process, scope, metric, unit",
        batch: "batch",
    },
    Table {
        name: "requests",
        key: "rowid",
        batch: "import_batch",
    },
];

/// Tables that hang off a request by its rowid; `subjects` is mirrored into the protected
/// `j_subjects`.
const CHILDREN: &[&str] = &["documents", "subjects"];

fn table(name: &str) -> Result<&'static Table> {
    TABLES
        .iter()
        .find(|t| t.name == name)
        .ok_or_else(|| Error::Internal(format!("the journal does not follow table {name}")))
}

/// The columns of a table, in order.
///
/// Every open store is migrated to this Disclose's schema, so the lists are read once per
/// process: an import replacing many rows asks for them once per row.
fn columns(conn: &Connection, table: &str) -> Result<String> {
    static KNOWN: std::sync::Mutex<BTreeMap<String, String>> =
        std::sync::Mutex::new(BTreeMap::new());
    let mut known = KNOWN.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(cols) = known.get(table) {
        return Ok(cols.clone());
    }
    let mut stmt =
        conn.prepare_cached(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let cols = names.join(", ");
    known.insert(table.to_string(), cols.clone());
    Ok(cols)
}

/// Starts a change: drops what could be redone, adds the entry ([`finish`] says what it did).
pub(crate) fn begin(tx: &Transaction, kind: ChangeKind) -> Result<Open> {
    discard_undone(tx)?;
    tx.execute(
        "INSERT INTO changes (time, kind, summary) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, '')",
        params![kind.as_str()],
    )?;
    let id = tx.last_insert_rowid();
    let first_batch: i64 = tx.query_row(
        "SELECT ifnull(max(id), 0) + 1 FROM import_batches",
        [],
        |r| r.get(0),
    )?;
    Ok(Open { id, first_batch })
}

/// A batch of this change: the number its rows are stamped with.
pub(crate) fn new_batch(
    tx: &Transaction,
    open: &Open,
    file: &str,
    sha256: &str,
    format: &str,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO import_batches (file, sha256, format, imported_at, change)
         VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?4)",
        params![file, sha256, format, open.id],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Stamps a batch with its file's SHA-256, for a file hashed while it was read.
pub(crate) fn set_batch_sha256(tx: &Transaction, batch: i64, sha256: &str) -> Result<()> {
    tx.execute(
        "UPDATE import_batches SET sha256 = ?2 WHERE id = ?1",
        params![batch, sha256],
    )?;
    Ok(())
}

/// Keeps the image of the rows of `table` that match `filter` (SQL over the table's own
/// columns, with `?1`..) before the change overwrites or deletes them. Rows this change
/// wrote itself are skipped: their state before the change is "absent".
pub(crate) fn capture(
    tx: &Transaction,
    open: &Open,
    table_name: &str,
    filter: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<()> {
    let t = table(table_name)?;
    let cols = columns(tx, t.name)?;
    let fresh = format!(
        "({b} IS NULL OR {b} < {first})",
        b = t.batch,
        first = open.first_batch
    );
    let change = open.id;
    tx.execute(
        &format!(
            "INSERT INTO j_{name} (change_id, side, {cols}) SELECT {change}, 'before', {cols}
             FROM {name} WHERE ({filter}) AND {fresh}",
            name = t.name
        ),
        args,
    )?;
    if t.name == "requests" {
        for child in CHILDREN {
            let ccols = columns(tx, child)?;
            tx.execute(
                &format!(
                    "INSERT INTO j_{child} (change_id, side, {ccols}) SELECT {change}, 'before', {ccols}
                     FROM {child} WHERE request IN (SELECT rowid FROM requests WHERE ({filter}) AND {fresh})"
                ),
                args,
            )?;
        }
    }
    Ok(())
}

/// Deletes the rows of `table` that match `filter`, keeping their images first. For
/// requests, their categories, documents and subjects go with them, and the roll-ups and
/// the full-text index follow. Returns how many rows of `table` went.
pub(crate) fn delete(
    tx: &Transaction,
    open: &Open,
    table_name: &str,
    filter: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<usize> {
    capture(tx, open, table_name, filter, args)?;
    if table_name == "requests" {
        fill_touched(
            tx,
            &format!("SELECT rowid FROM requests WHERE {filter}"),
            args,
        )?;
        let n = remove_touched_requests(tx)?;
        return Ok(n);
    }
    Ok(tx.execute(&format!("DELETE FROM {table_name} WHERE {filter}"), args)?)
}

/// Records what the change did (its one-line summary and counts) and prunes the journal
/// to its last [`KEPT_CHANGES`].
pub(crate) fn finish(
    tx: &Transaction,
    open: &Open,
    summary: &Text,
    counts: &BTreeMap<String, u64>,
) -> Result<()> {
    tx.execute(
        "UPDATE changes SET summary = ?1, counts = ?2 WHERE id = ?3",
        params![summary.to_stored(), super::to_json(counts)?, open.id],
    )?;
    let cutoff: Option<i64> = tx
        .query_row(
            "SELECT id FROM changes ORDER BY id DESC LIMIT 1 OFFSET ?1",
            [KEPT_CHANGES as i64],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(cutoff) = cutoff {
        drop_changes(tx, &format!("id <= {cutoff}"))?;
    }
    Ok(())
}

/// Removes journal entries (and their row images) matching `filter` over `changes`.
fn drop_changes(tx: &Transaction, filter: &str) -> Result<()> {
    for t in TABLES
        .iter()
        .map(|t| t.name)
        .chain(CHILDREN.iter().copied())
    {
        tx.execute(
            &format!(
                "DELETE FROM j_{t} WHERE change_id IN (SELECT id FROM changes WHERE {filter})"
            ),
            [],
        )?;
    }
    tx.execute(
        &format!("UPDATE import_batches SET change = NULL WHERE change IN (SELECT id FROM changes WHERE {filter})"),
        [],
    )?;
    tx.execute(&format!("DELETE FROM changes WHERE {filter}"), [])?;
    Ok(())
}

/// A new change makes what was undone impossible to redo.
fn discard_undone(tx: &Transaction) -> Result<()> {
    drop_changes(tx, "undone = 1")
}

/// The journal, newest first.
pub fn history(conn: &Connection) -> Result<Vec<ChangeEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, time, kind, summary, counts, undone FROM changes ORDER BY id DESC",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ChangeEntry {
            id: r.get(0)?,
            time: r.get(1)?,
            kind: super::parse_col(&r.get::<_, String>(2)?, "changes.kind")?,
            summary: Text::from_stored(&r.get::<_, String>(3)?),
            counts: super::json_col(&r.get::<_, String>(4)?, "changes.counts")?,
            undone: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Reverses the newest change not yet undone; says which it was.
pub fn undo(store: &mut Store) -> Result<ChangeEntry> {
    let tx = store.transaction()?;
    let Some(id) = tx.query_row("SELECT max(id) FROM changes WHERE undone = 0", [], |r| {
        r.get::<_, Option<i64>>(0)
    })?
    else {
        return Err(Error::Usage(nothing_left(&tx, "undo")?));
    };
    tx.pragma_update(None, "defer_foreign_keys", true)?;
    let batches = format!("(SELECT id FROM import_batches WHERE change = {id})");
    // The change's own rows go aside.
    fill_touched(
        &tx,
        &format!("SELECT rowid FROM requests WHERE import_batch IN {batches}"),
        &[],
    )?;
    keep_touched_requests(&tx, id, "after")?;
    remove_touched_requests(&tx)?;
    for t in TABLES.iter().rev().filter(|t| t.name != "requests") {
        let cols = columns(&tx, t.name)?;
        let filter = format!("{} IN {batches}", t.batch);
        tx.execute(
            &format!(
                "INSERT INTO j_{n} (change_id, side, {cols}) SELECT {id}, 'after', {cols} FROM {n} WHERE {filter}",
                n = t.name
            ),
            [],
        )?;
        tx.execute(&format!("DELETE FROM {} WHERE {filter}", t.name), [])?;
    }
    // What it overwrote or deleted comes back.
    put_back(&tx, id, "before")?;
    tx.execute("UPDATE changes SET undone = 1 WHERE id = ?1", [id])?;
    let entry = entry(&tx, id)?;
    tx.commit()?;
    Ok(entry)
}

/// Reapplies the change undone last; says which it was.
pub fn redo(store: &mut Store) -> Result<ChangeEntry> {
    let tx = store.transaction()?;
    let Some(id) = tx.query_row("SELECT min(id) FROM changes WHERE undone = 1", [], |r| {
        r.get::<_, Option<i64>>(0)
    })?
    else {
        return Err(Error::Usage(nothing_left(&tx, "redo")?));
    };
    tx.pragma_update(None, "defer_foreign_keys", true)?;
    // The rows the change had replaced or deleted go again (their images stay kept).
    fill_touched(
        &tx,
        &format!("SELECT rowid FROM j_requests WHERE change_id = {id} AND side = 'before'"),
        &[],
    )?;
    remove_touched_requests(&tx)?;
    for t in TABLES.iter().rev().filter(|t| t.name != "requests") {
        tx.execute(
            &format!(
                "DELETE FROM {n} WHERE ({key}) IN (SELECT {key} FROM j_{n} WHERE change_id = {id} AND side = 'before')",
                n = t.name,
                key = t.key
            ),
            [],
        )?;
    }
    // And the change's own rows come back.
    put_back(&tx, id, "after")?;
    for t in TABLES
        .iter()
        .map(|t| t.name)
        .chain(CHILDREN.iter().copied())
    {
        tx.execute(
            &format!("DELETE FROM j_{t} WHERE change_id = {id} AND side = 'after'"),
            [],
        )?;
    }
    tx.execute("UPDATE changes SET undone = 0 WHERE id = ?1", [id])?;
    let entry = entry(&tx, id)?;
    tx.commit()?;
    Ok(entry)
}

fn nothing_left(conn: &Connection, what: &str) -> Result<Text> {
    let any: i64 = conn.query_row("SELECT count(*) FROM changes", [], |r| r.get(0))?;
    Ok(if any == 0 {
        say!("error-history-empty", what = what)
    } else if what == "undo" {
        say!("error-nothing-to-undo")
    } else {
        say!("error-nothing-to-redo")
    })
}

/// One entry of the journal, by its number.
pub(crate) fn entry(conn: &Connection, id: i64) -> Result<ChangeEntry> {
    history(conn)?
        .into_iter()
        .find(|e| e.id == id)
        .ok_or_else(|| Error::Internal(format!("change {id} vanished")))
}

/// Inserts the row images of one side of a change into the live tables.
fn put_back(tx: &Transaction, id: i64, side: &str) -> Result<()> {
    for t in TABLES
        .iter()
        .map(|t| t.name)
        .chain(CHILDREN.iter().copied())
    {
        let cols = columns(tx, t)?;
        tx.execute(
            &format!("INSERT INTO {t} ({cols}) SELECT {cols} FROM j_{t} WHERE change_id = ?1 AND side = ?2"),
            params![id, side],
        )?;
    }
    fill_touched(
        tx,
        &format!("SELECT rowid FROM j_requests WHERE change_id = {id} AND side = '{side}'"),
        &[],
    )?;
    super::rollups::adjust_touched(tx, 1)?;
    tx.execute(
        &format!(
            "INSERT INTO requests_fts (rowid, authority, legal_basis, notes, requested_as)
             SELECT request, authority, legal_basis, notes, words
             FROM (SELECT r.rowid AS request, r.authority, r.legal_basis, r.notes,
                          (SELECT group_concat(j.value, char(10))
                           FROM {}, json_each({Q_WORDING}) j) AS words
                   FROM requests r WHERE r.rowid IN (SELECT rowid FROM temp.touched))
             WHERE authority IS NOT NULL OR legal_basis IS NOT NULL OR notes IS NOT NULL
                OR words IS NOT NULL",
            each_category("r")
        ),
        [],
    )?;
    Ok(())
}

/// Fills `temp.touched` with the request rowids a query returns.
fn fill_touched(tx: &Transaction, select: &str, args: &[&dyn rusqlite::ToSql]) -> Result<()> {
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS touched (rowid INTEGER PRIMARY KEY); DELETE FROM temp.touched;",
    )?;
    tx.execute(
        &format!("INSERT OR IGNORE INTO temp.touched {select}"),
        args,
    )?;
    Ok(())
}

/// Keeps the images of the touched requests (with their children) on one side.
fn keep_touched_requests(tx: &Transaction, id: i64, side: &str) -> Result<()> {
    for (t, by) in [("requests", "rowid")]
        .into_iter()
        .chain(CHILDREN.iter().map(|c| (*c, "request")))
    {
        let cols = columns(tx, t)?;
        tx.execute(
            &format!(
                "INSERT INTO j_{t} (change_id, side, {cols}) SELECT ?1, ?2, {cols} FROM {t}
                 WHERE {by} IN (SELECT rowid FROM temp.touched)"
            ),
            params![id, side],
        )?;
    }
    Ok(())
}

/// Deletes the touched requests with their children, out of the roll-ups and the index.
fn remove_touched_requests(tx: &Transaction) -> Result<usize> {
    super::rollups::adjust_touched(tx, -1)?;
    tx.execute(
        "DELETE FROM requests_fts WHERE rowid IN (SELECT rowid FROM temp.touched)",
        [],
    )?;
    Ok(tx.execute(
        "DELETE FROM requests WHERE rowid IN (SELECT rowid FROM temp.touched)",
        [],
    )?)
}
