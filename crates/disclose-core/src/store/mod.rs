//! The SQLite store: one file, WAL, migrated forward on open.
//!
//! Migrations are SQL files embedded in the binary and applied in one
//! transaction; `PRAGMA user_version` records the schema, and a store written
//! by a newer Disclose is refused rather than half-understood. One module per
//! table group holds its queries.

pub(crate) mod aggregates;
pub(crate) mod categories;
pub(crate) mod facets;
pub(crate) mod inventory;
pub mod journal;
pub mod location;
pub(crate) mod matters;
pub(crate) mod organisations;
pub(crate) mod policy;
pub(crate) mod report_texts;
pub(crate) mod request_json;
pub(crate) mod requests;
pub(crate) mod rollups;
mod seed;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction};

use requests::{each_category, Q_CATEGORY};
use sha2::{Digest, Sha256};

pub use location::{Chosen, Places, StoreLocation, APP_ID, STORE_ENV};
pub use seed::{sample_sources, seed, SAMPLE, SAMPLE_NAME};

use crate::domain::builtin_categories;
use crate::error::{Error, Result};
use crate::i18n::{say, Text};

/// Marks a SQLite file as a Disclose store ("DSCL").
const APPLICATION_ID: i32 = 0x4453_434C;

/// Schema migrations, in order; the store's `user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_rollups.sql"),
    include_str!("../../migrations/0003_facet_rollups.sql"),
    include_str!("../../migrations/0004_aggregate_scope.sql"),
    include_str!("../../migrations/0005_journal.sql"),
    include_str!("../../migrations/0006_report_texts.sql"),
    include_str!("../../migrations/0007_category_months.sql"),
    include_str!("../../migrations/0008_aggregate_trace.sql"),
    include_str!("../../migrations/0009_facet_bitmaps.sql"),
    include_str!("../../migrations/0010_packed_categories.sql"),
    include_str!("../../migrations/0011_fts_hashsize.sql"),
    include_str!("../../migrations/0012_rollup_flag_sums.sql"),
    include_str!("../../migrations/0013_sort_bitmaps.sql"),
];

/// The first schema with facet bitmaps, which a migration fills from the raw tables.
const FACET_BITMAPS: i32 = 9;

/// The first schema with bitmaps of the authority and the accounts specified (which order
/// the request table), filled from the raw tables too.
const SORT_BITMAPS: i32 = 13;

/// How long a writer waits for another (the app, the CLI) before the store is busy.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// 64 MiB of page cache (in KiB, negative as SQLite takes it) for the queries of the app and
/// the CLI; an import takes half (`import::IMPORT_CACHE_SIZE`).
pub(crate) const CACHE_SIZE: i64 = -65536;

/// The page size of a new store, in bytes.
const PAGE_SIZE: i64 = 16384;

/// In builds with debug assertions, fails when a row of the store refers to a row that
/// does not exist: the check SQLite skips under
/// [`Store::with_references_checked_by_caller`]. Release builds skip it (a scan of
/// every table).
fn check_references(conn: &Connection) -> Result<()> {
    if cfg!(debug_assertions) {
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = stmt.query([])?;
        if let Some(row) = rows.next()? {
            let (table, rowid, parent): (String, Option<i64>, String) =
                (row.get(0)?, row.get(1)?, row.get(2)?);
            return Err(Error::Internal(format!(
                "row {rowid:?} of {table} refers to a missing row of {parent}"
            )));
        }
        // The categories packed into a request row have no foreign key of their own.
        let unknown: Option<(i64, String)> = conn
            .query_row(
                &format!(
                    "SELECT r.rowid, {Q_CATEGORY} FROM requests r, {}
                     WHERE {Q_CATEGORY} NOT IN (SELECT id FROM categories) LIMIT 1",
                    each_category("r")
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((rowid, category)) = unknown {
            return Err(Error::Internal(format!(
                "row {rowid} of requests names category {category}, which is not in categories"
            )));
        }
    }
    Ok(())
}

/// The schema version this Disclose writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// One Disclose store: a SQLite file (or memory), migrated to the current schema.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (or creates) the store at `path` and migrates it to the current schema.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        check_whole(path)?;
        let conn = Connection::open(path).map_err(|e| open_error(path, e))?;
        let mut store = Store {
            conn,
            path: Some(path.to_path_buf()),
        };
        // Whose file it is is read before anything is set on it, so another program's
        // SQLite file (or a newer store) is refused untouched.
        store.check_identity()?;
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// Opens an existing store for reading only. A store of an older schema is migrated
    /// first (the one write this makes); a newer one is refused.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::io(
                path,
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ));
        }
        if has_hot_journal(path) {
            // A first import killed part-way (see [`Store::use_rollback_journal`]): a
            // read-only connection cannot roll it back, a writable one does on open.
            drop(Store::open(path)?);
        }
        check_whole(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let store = Store {
            conn,
            path: Some(path.to_path_buf()),
        };
        let version = store.check_identity()?;
        if version < SCHEMA_VERSION {
            // A store from an older Disclose is migrated forward first (docs/design.md: stores
            // migrate on open), then read as usual.
            drop(store);
            drop(Store::open(path)?);
            return Store::open_read_only(path);
        }
        Ok(store)
    }

    /// A private in-memory store (validation, tests).
    pub fn open_in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: None,
        };
        store.configure()?;
        store.migrate()?;
        Ok(store)
    }

    /// The connection, for queries.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn transaction(&mut self) -> Result<Transaction<'_>> {
        Ok(self.conn.transaction()?)
    }

    /// Runs `write` in one transaction with SQLite's foreign-key checks off, and commits
    /// it when `write` succeeds: for the importer, which checks every reference itself
    /// (with an error naming the row) before it writes, and for which SQLite's second
    /// check cost about a seventh of a large import. Builds with debug assertions (the
    /// tests) check every reference in the store again before the commit
    /// ([`check_references`]).
    pub(crate) fn with_references_checked_by_caller<T>(
        &mut self,
        write: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let done = self.conn.transaction().map_err(Error::from).and_then(|tx| {
            let done = write(&tx)?;
            check_references(&tx)?;
            tx.commit()?;
            Ok(done)
        });
        let restored = self.conn.pragma_update(None, "foreign_keys", "ON");
        let done = done?;
        restored?;
        Ok(done)
    }

    /// Switches a store that nobody else can have open yet, one the caller has just
    /// created, to a rollback journal: its pages are then written once, into the store,
    /// instead of into the WAL first and copied into the store at the end (a first import
    /// of a million requests about a seventh faster). A transaction is as atomic as in
    /// WAL mode; a killed one is rolled back from its `-journal` file when the store is
    /// next opened. Readers would wait for a writer, so [`Store::use_wal`] switches back
    /// once the import is done, and every [`Store::open`] sets WAL again.
    pub(crate) fn use_rollback_journal(&self) -> Result<()> {
        self.conn.pragma_update(None, "journal_mode", "DELETE")?;
        // `NORMAL` is safe from a power cut in WAL mode only; with a rollback journal
        // SQLite asks for `FULL` (a few more syncs per commit, none per row).
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(())
    }

    /// Back to WAL after [`Store::use_rollback_journal`].
    pub(crate) fn use_wal(&self) -> Result<()> {
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(())
    }

    fn configure(&self) -> Result<()> {
        // A new store gets 16 KiB pages (SQLite ignores this for one that has tables):
        // fewer, fuller B-tree pages make a large import about a sixth faster.
        self.conn
            .pragma_update(None, "page_size", PAGE_SIZE)
            .map_err(|e| self.map_open_error(e))?;
        // WAL lets readers see the last committed state while an import runs.
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| self.map_open_error(e))?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "cache_size", CACHE_SIZE)?;
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(())
    }

    fn map_open_error(&self, e: rusqlite::Error) -> Error {
        match &self.path {
            Some(p) => open_error(p, e),
            None => e.into(),
        }
    }

    fn incompatible(&self, message: Text) -> Error {
        Error::IncompatibleStore {
            path: self
                .path
                .clone()
                .unwrap_or_else(|| PathBuf::from(":memory:")),
            message,
        }
    }

    /// Refuses files that are SQLite but not a Disclose store; returns the schema version.
    fn check_identity(&self) -> Result<i32> {
        let app_id: i32 = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(|e| self.map_open_error(e))?;
        let version: i32 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if app_id == 0 && version == 0 {
            let tables: i64 =
                self.conn
                    .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            if tables > 0 {
                return Err(self.incompatible(say!("error-store-foreign-tables")));
            }
        } else if app_id != APPLICATION_ID {
            return Err(self.incompatible(say!("error-store-not-disclose")));
        }
        if version > SCHEMA_VERSION {
            return Err(self.incompatible(say!(
                "error-store-newer",
                version = version,
                known = SCHEMA_VERSION
            )));
        }
        Ok(version)
    }

    fn migrate(&mut self) -> Result<()> {
        let version = self.check_identity()?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        for sql in MIGRATIONS.iter().skip(version as usize) {
            tx.execute_batch(sql)?;
        }
        if version == 0 {
            seed_builtin_categories(&tx)?;
        }
        if version < FACET_BITMAPS {
            facets::rebuild(&tx, &facets::EVERY)?;
        } else if version < SORT_BITMAPS {
            facets::rebuild(&tx, &[facets::Dim::Authority, facets::Dim::Accounts])?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }
}

/// Whether a rollback journal of an unfinished transaction lies beside the store (see
/// [`Store::use_rollback_journal`]); SQLite rolls it back when it next opens the store.
fn has_hot_journal(path: &Path) -> bool {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    std::fs::metadata(journal).is_ok_and(|m| m.len() > 0)
}

/// Refuses a SQLite file shorter than its own header says (a copy or download cut short),
/// before SQLite is given it: reading it would fail later, half-way through a query.
fn check_whole(path: &Path) -> Result<()> {
    use std::io::Read;
    if has_hot_journal(path) {
        // An unfinished transaction's pages, which SQLite takes back on open: the header
        // may count pages that were never written.
        return Ok(());
    }
    let mut header = [0u8; 100];
    let Ok(mut file) = std::fs::File::open(path) else {
        return Ok(()); // a new store, or one SQLite will report on
    };
    let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
    // data: the magic bytes a SQLite file starts with.
    if file.read_exact(&mut header).is_err() || !header.starts_with(b"SQLite format 3\0") {
        return Ok(());
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    // The page count is only valid when the two change counters agree (SQLite 3.7+).
    let valid = header[24..28] == header[92..96];
    if valid && pages > 0 && len < pages * page_size {
        return Err(Error::IncompatibleStore {
            path: path.to_path_buf(),
            message: say!(
                "error-store-cut-short",
                pages = crate::thousands(pages),
                size = crate::thousands(page_size),
                bytes = crate::thousands(len)
            ),
        });
    }
    Ok(())
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => Error::IncompatibleStore {
            path: path.to_path_buf(),
            message: say!("error-store-not-sqlite"),
        },
        Some(rusqlite::ErrorCode::CannotOpen) | Some(rusqlite::ErrorCode::PermissionDenied) => {
            Error::io(path, std::io::Error::other(e.to_string()))
        }
        _ => e.into(),
    }
}

fn seed_builtin_categories(tx: &Transaction) -> Result<()> {
    for c in builtin_categories() {
        categories::insert(tx, &c, &content_hash(&c)?, None)?;
    }
    Ok(())
}

/// SHA-256 of a record's JSON form: equal hashes mean an unchanged record on re-import.
pub(crate) fn content_hash<T: serde::Serialize>(record: &T) -> Result<Vec<u8>> {
    // Room for a typical request, so the buffer is not grown field by field.
    let mut json = Vec::with_capacity(1024);
    serde_json::to_writer(&mut json, record).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(hash_of_json(&json))
}

/// The stored content hash of a record's JSON: the first 16 bytes of its SHA-256.
pub(crate) fn hash_of_json(json: &[u8]) -> Vec<u8> {
    hash16_of_json(json).to_vec()
}

/// [`hash_of_json`] without an allocation.
pub(crate) fn hash16_of_json(json: &[u8]) -> [u8; 16] {
    let digest = Sha256::digest(json);
    let mut out = [0; 16];
    out.copy_from_slice(&digest[..16]);
    out
}

/// Store columns hold '' where a key part is absent; the domain uses `None`.
pub(crate) fn none_if_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Parses a stored enum or date column, reporting corruption instead of panicking.
pub(crate) fn parse_col<T: std::str::FromStr>(value: &str, column: &str) -> rusqlite::Result<T> {
    value.parse().map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            // Inside SQLite's error (a store damaged or from a newer Disclose): English.
            say!("error-column-unreadable", column = column, value = value)
                .to_string()
                .into(),
        )
    })
}

pub(crate) fn parse_opt_col<T: std::str::FromStr>(
    value: Option<String>,
    column: &str,
) -> rusqlite::Result<Option<T>> {
    value.map(|v| parse_col(&v, column)).transpose()
}

pub(crate) fn json_col<T: serde::de::DeserializeOwned>(
    value: &str,
    column: &str,
) -> rusqlite::Result<T> {
    serde_json::from_str(value).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("column {column}: {e}").into(),
        )
    })
}

pub(crate) fn to_json(value: &impl serde::Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Internal(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn new_store_has_the_builtin_vocabulary() -> Result<()> {
        let s = Store::open_in_memory()?;
        let n: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM categories", [], |r| r.get(0))?;
        assert_eq!(n, 13);
        Ok(())
    }

    #[test]
    fn a_write_without_sqlites_reference_checks_is_refused_when_a_packed_category_is_unknown(
    ) -> Result<()> {
        let mut s = Store::open_in_memory()?;
        let count = |s: &Store| -> Result<i64> {
            Ok(s.conn()
                .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))?)
        };
        let before = count(&s)?;
        let unknown = s.with_references_checked_by_caller(|tx| {
            tx.execute_batch(
                "INSERT INTO import_batches (id, file, sha256, format, imported_at)
                   VALUES (1000, 'f', 'x', 'csv', '2024-01-01T00:00:00Z');
                 INSERT OR IGNORE INTO organisations (id, name, content_hash)
                   VALUES ('psf', 'PSF', x'00');
                 INSERT INTO requests (organisation, id, received, received_start, process,
                     content_hash, import_batch, categories)
                   VALUES ('psf', 'canary-r1', '2023-03', '2023-03-01', 'subpoena', x'00', 1000,
                     '[[\"shoe_size\",\"provided\"]]');",
            )?;
            Ok(())
        });
        let err = unknown.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("shoe_size"), "{err}");
        assert_eq!(count(&s)?, before, "the transaction was rolled back");
        Ok(())
    }

    #[test]
    fn a_write_without_sqlites_reference_checks_is_refused_when_it_leaves_a_dangling_row(
    ) -> Result<()> {
        let mut s = Store::open_in_memory()?;
        let dangling = s.with_references_checked_by_caller(|tx| {
            tx.execute(
                "INSERT INTO documents (request, position, title) VALUES (42, 0, 'Subpoena')",
                [],
            )?;
            Ok(())
        });
        let err = dangling.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("documents"), "{err}");
        let rows: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        assert_eq!(rows, 0, "the transaction was rolled back");
        let on: bool = s
            .conn()
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
        assert!(on, "SQLite's checks are back on after the write");
        Ok(())
    }

    #[test]
    fn a_new_store_has_16_kib_pages() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("s.db");
        drop(Store::open(&path)?);
        let page: i64 =
            Connection::open(&path)?.pragma_query_value(None, "page_size", |r| r.get(0))?;
        assert_eq!(page, PAGE_SIZE);
        Ok(())
    }

    /// What SIGKILL leaves of a first import in rollback-journal mode
    /// ([`Store::use_rollback_journal`]): the files copied while its transaction is open,
    /// with pages already spilled into the store and the header counting pages not yet
    /// written. Any reader must see the store as it was before that transaction.
    #[test]
    fn a_killed_rollback_journal_transaction_is_taken_back_on_the_next_open() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let (path, copy) = (dir.path().join("s.db"), dir.path().join("killed.db"));
        let store = Store::open(&path)?;
        store.use_rollback_journal()?;
        store.conn().pragma_update(None, "cache_size", 8)?;
        store.conn().execute_batch(
            "BEGIN;
             INSERT INTO import_batches (id, file, sha256, format, imported_at)
               VALUES (1, 'f', 'x', 'csv', '2024-01-01T00:00:00Z');
             INSERT INTO organisations (id, name, content_hash) VALUES ('psf', 'PSF', x'00');
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
             INSERT INTO requests (organisation, id, received, received_start, process,
                 content_hash, import_batch, notes)
               SELECT 'psf', 'r' || i, '2023-03', '2023-03-01', 'subpoena', x'00', 1,
                 printf('%.200c', 'x') FROM n;",
        )?;
        let mut journal = path.as_os_str().to_owned();
        journal.push("-journal");
        let mut copied = copy.as_os_str().to_owned();
        copied.push("-journal");
        std::fs::copy(&path, &copy).map_err(|e| Error::io(&copy, e))?;
        std::fs::copy(&journal, &copied).map_err(|e| Error::io(&copy, e))?;
        assert!(
            has_hot_journal(&copy),
            "the copy has a journal to take back"
        );
        drop(store);
        let killed = Store::open_read_only(&copy)?;
        let (requests, organisations): (i64, i64) = killed.conn().query_row(
            "SELECT (SELECT count(*) FROM requests), (SELECT count(*) FROM organisations)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        assert_eq!(
            (requests, organisations),
            (0, 0),
            "as before the transaction"
        );
        let ok: String = killed
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        assert_eq!(ok, "ok");
        assert!(!has_hot_journal(&copy));
        Ok(())
    }

    #[test]
    fn refuses_a_store_from_a_newer_disclose() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("s.db");
        drop(Store::open(&path)?);
        let conn = Connection::open(&path)?;
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
        drop(conn);
        let err = Store::open(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("newer Disclose"), "{err}");
        Ok(())
    }

    #[test]
    fn a_schema_1_store_is_migrated_with_its_rollups_filled() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("v1.db");
        {
            let mut conn = Connection::open(&path)?;
            let tx = conn.transaction()?;
            tx.execute_batch(MIGRATIONS[0])?;
            tx.execute_batch(
                "INSERT INTO categories VALUES ('payment_info', 'Payment information', 'basic_subscriber', NULL, '[]', 1, x'00');
                 INSERT INTO import_batches VALUES (1, 'f', 'x', 'csv', '2024-01-01T00:00:00Z');
                 INSERT INTO organisations VALUES ('psf', 'PSF', NULL, NULL, x'00');
                 INSERT INTO requests (organisation, id, received, received_start, process, outcome,
                     content_hash, import_batch)
                   VALUES ('psf', 'r1', '2023-03', '2023-03-01', 'subpoena', 'complied', x'00', 1);
                 INSERT INTO requests (organisation, id, received, received_start, process, outcome,
                     nondisclosure_until, users_notified, content_hash, import_batch)
                   VALUES ('psf', 'r2', '2023-03-20', '2023-03-20', 'subpoena', 'complied',
                     '2024-01-01', 1, x'00', 1);
                 INSERT INTO request_categories VALUES (1, 'payment_info', 'not_held', NULL);",
            )?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            tx.pragma_update(None, "user_version", 1)?;
            tx.commit()?;
        }
        // Even a reader migrates an older store first.
        let store = Store::open_read_only(&path)?;
        // Schema 12 keeps the flags as sums: of 2 requests, 1 under a nondisclosure order,
        // 1 with users notified, 1 where notification was not recorded.
        let (month, sums): (String, [i64; 4]) = store.conn().query_row(
            "SELECT month, n, nondisclosure, notified, notified_unknown FROM rollup_requests
             WHERE organisation = 'psf'",
            [],
            |r| Ok((r.get(0)?, [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?])),
        )?;
        assert_eq!((month.as_str(), sums), ("2023-03", [2, 1, 1, 1]));
        let not_held: i64 = store.conn().query_row(
            "SELECT n FROM rollup_categories WHERE category = 'payment_info' AND disposition = 'not_held'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(not_held, 1);
        let periods: i64 = store.conn().query_row(
            "SELECT n FROM rollup_periods WHERE process = 'subpoena' AND outcome = 'complied'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(periods, 2);
        // Schema 10 packs the categories into the request's own row.
        let packed: String =
            store
                .conn()
                .query_row("SELECT categories FROM requests WHERE id = 'r1'", [], |r| {
                    r.get(0)
                })?;
        assert_eq!(packed, r#"[["payment_info","not_held"]]"#);
        let r = requests::get(store.conn(), "psf", "r1", requests::Subjects::Omit)?
            .ok_or_else(|| Error::Internal("the request is gone".into()))?;
        assert_eq!(r.categories.len(), 1);
        assert_eq!(
            r.categories[0].disposition,
            crate::domain::Disposition::NotHeld
        );
        // Schema 11 gives the full-text index 8 MiB for new terms.
        let hashsize: i64 = store.conn().query_row(
            "SELECT v FROM requests_fts_config WHERE k = 'hashsize'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(hashsize, 8 << 20);
        Ok(())
    }

    #[test]
    fn a_truncated_or_locked_store_gets_its_own_message_and_is_never_written() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("s.db");
        {
            let s = Store::open(&path)?;
            s.conn()
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")?;
        }
        let whole = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let cut = dir.path().join("cut.db");
        std::fs::write(&cut, &whole[..whole.len() / 2]).map_err(|e| Error::io(&cut, e))?;
        for open in [Store::open, Store::open_read_only] {
            let err = open(&cut).err().map(|e| (e.code(), e.to_string()));
            let (code, text) = err.unwrap_or((ErrorCode::Internal, "opened".into()));
            assert_eq!(code, ErrorCode::IncompatibleStore);
            assert!(
                text.contains("cut short") && text.contains("cut.db"),
                "{text}"
            );
            let after = std::fs::read(&cut).map_err(|e| Error::io(&cut, e))?;
            assert_eq!(after.len(), whole.len() / 2, "the file is left as it was");
        }

        // Another program holds the write lock: a writer waits, then is told, with nothing written.
        drop(Store::open(&path)?); // back to WAL, as Disclose keeps its stores
        let mut other = Connection::open(&path)?;
        let lock = other.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)?;
        let mut s = Store::open(&path)?;
        s.conn.busy_timeout(std::time::Duration::from_millis(50))?;
        let err = s.transaction().and_then(|tx| {
            tx.execute(
                "INSERT INTO organisations (id, name, content_hash) VALUES ('x', 'X', x'00')",
                [],
            )?;
            Ok(())
        });
        let err = err.err().map(|e| (e.code(), e.to_string()));
        assert_eq!(err.as_ref().map(|e| e.0), Some(ErrorCode::Busy), "{err:?}");
        assert!(err.is_some_and(|e| e.1.contains("another program")));
        lock.rollback()?;
        Ok(())
    }

    #[test]
    fn refuses_files_that_are_not_stores() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let text = dir.path().join("notes.txt");
        std::fs::write(
            &text,
            "hello, this is not sqlite at all, not even close....",
        )
        .map_err(|e| Error::io(&text, e))?;
        let err = Store::open(&text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("not a SQLite database"), "{err}");

        let other = dir.path().join("other.db");
        Connection::open(&other)?.execute_batch("CREATE TABLE t(x)")?;
        let bytes = std::fs::read(&other).map_err(|e| Error::io(&other, e))?;
        let err = Store::open(&other)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("not a Disclose store"), "{err}");
        let after = std::fs::read(&other).map_err(|e| Error::io(&other, e))?;
        assert!(after == bytes, "another program's file is left as it was");
        Ok(())
    }
}
