//! Importers: bundle JSON, CSV and XLSX, all into one transaction.
//!
//! Each reader turns its file into domain records and hands them to a
//! [`Writer`], which checks references and semantics, upserts by natural key
//! and collects problems. If any error was found the transaction is dropped,
//! so a bad file changes nothing.

pub(crate) mod bundle;
mod counting;
pub mod counts_table;
pub mod gather;
pub mod limits;
pub mod mapping;
mod pipeline;
pub mod preview;
pub mod published;
mod row;
mod table;
mod text;
mod workbook;
mod writer;

pub(crate) use writer::{prepare, Prepared, Writer};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use disclose_i18n::{self as i18n, Lang};
use rusqlite::Transaction;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::store::journal::{self, ChangeKind, Open};
use crate::store::Store;

pub use gather::Skipped;
pub use mapping::Mapping;

/// How an import treats its files.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Overwrite stored records that the file states differently (default: report a conflict).
    pub replace: bool,
    /// Organisation for rows that name none (CSV/XLSX).
    pub organisation: Option<String>,
    /// Column mapping for CSV/XLSX layouts other than the canonical one.
    pub mapping: Option<Mapping>,
    /// Most problems to report per file (0 means the default).
    pub max_problems: usize,
    /// Refuse a published file for a doubtful cell (bytes that are not UTF-8, a place
    /// that is no ISO country) instead of importing it with a warning.
    pub strict: bool,
    /// The language of the summaries said to the user (`said`); the history keeps English.
    pub lang: Lang,
}

/// What a progress count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProgressUnit {
    /// Bytes of the file.
    Bytes,
    /// Rows or records.
    Rows,
}

/// How far a long import has come; the callback returns false to cancel.
#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct ProgressEvent {
    /// How far it has come.
    pub done: u64,
    /// How far it will go (0: unknown).
    pub total: u64,
    /// What `done` and `total` count.
    pub unit: ProgressUnit,
    /// Records written so far.
    pub records: u64,
}

/// Hears progress; returning false cancels.
pub type ProgressFn<'a> = &'a mut dyn FnMut(ProgressEvent) -> bool;

/// What one file brought in.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct ImportSummary {
    /// The file.
    pub file: String,
    /// `bundle`, `csv` or `xlsx`.
    pub format: String,
    /// New records, by kind (`requests`, `inventory`, ...).
    pub inserted: BTreeMap<&'static str, u64>,
    /// Records already in the store with the same content.
    pub unchanged: u64,
    /// Records overwritten because `replace` was asked for.
    pub replaced: u64,
    /// Organisations named by rows but defined nowhere, created with their id as name.
    pub created_organisations: Vec<String>,
    /// Problems that did not stop the import.
    pub warnings: Vec<Problem>,
    /// What it brought in, in words: "2 published counts, 1 organisation, 1 unchanged".
    pub said: String,
}

impl ImportSummary {
    /// New records by kind, with "replaced" beside them.
    fn counts(&self) -> BTreeMap<String, u64> {
        let mut counts: BTreeMap<String, u64> = self
            .inserted
            .iter()
            .map(|(k, n)| (k.to_string(), *n))
            .collect();
        if self.replaced > 0 {
            counts.insert("replaced".into(), self.replaced);
        }
        counts
    }
}

/// New records by kind over several files, with "replaced" beside them.
fn total(files: &[ImportSummary]) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::<String, u64>::new();
    for (kind, n) in files.iter().flat_map(ImportSummary::counts) {
        *counts.entry(kind).or_default() += n;
    }
    counts
}

/// Counts in words, with how many were unchanged.
fn say(counts: &BTreeMap<String, u64>, unchanged: u64, lang: Lang) -> String {
    let new = describe_counts_in(counts, lang);
    let unchanged_said = i18n::counted(lang, "records-unchanged", unchanged, &[]);
    match (unchanged, counts.values().any(|n| *n > 0)) {
        (0, _) => new,
        (_, true) => format!("{new}, {unchanged_said}"),
        (_, false) => unchanged_said,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Bundle,
    Csv,
    Xlsx,
}

fn file_kind(path: &Path) -> Result<FileKind> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("json") => Ok(FileKind::Bundle),
        Some("csv") => Ok(FileKind::Csv),
        Some("xlsx") | Some("xlsm") => Ok(FileKind::Xlsx),
        other => Err(Error::InvalidInput(vec![Problem::error(
            &display_name(path),
            Location::File,
            say!("expected-file-kind"),
        )
        .found_words(match other {
            Some(ext) => Text::verbatim(format!(".{ext}")),
            None => say!("found-no-extension"),
        })])),
    }
}

pub(crate) fn display_name(path: &Path) -> String {
    path.display().to_string()
}

/// Below this many stored requests an import rebuilds the date indexes after its rows.
const REBUILD_INDEXES_BELOW: i64 = 10_000;

/// The page cache of an import, in KiB (negative as SQLite takes it).
const IMPORT_CACHE_SIZE: i64 = -32768;

/// The request table's date indexes, as schema 1 made them.
const INDEXES: &str = "CREATE INDEX requests_by_received ON requests (received_start);
     CREATE INDEX requests_by_org_received ON requests (organisation, received_start);";

/// Imports files into the store in a single transaction: all land, or none does.
pub fn import_files(
    store: &mut Store,
    paths: &[&Path],
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<Vec<ImportSummary>> {
    // The writer checks every organisation, category and matter a row names before it
    // writes the row, so SQLite need not check them again.
    // Half the usual page cache: as fast for an import (its pages are written once and
    // seldom read again) and keeps a million-row import's peak memory under 200 MB.
    store
        .conn()
        .pragma_update(None, "cache_size", IMPORT_CACHE_SIZE)?;
    let imported =
        store.with_references_checked_by_caller(|tx| import_in(tx, paths, opts, progress));
    store
        .conn()
        .pragma_update(None, "cache_size", crate::store::CACHE_SIZE)?;
    imported
}

/// The import itself, in the transaction `tx`, which the caller commits.
fn import_in(
    tx: &Transaction<'_>,
    paths: &[&Path],
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<Vec<ImportSummary>> {
    let change = journal::begin(tx, ChangeKind::Import)?;
    // Into a store with few requests, the date indexes are built once after the rows
    // (a sort) instead of kept in step row by row (a random insert each); all in this
    // transaction, so a failed import leaves them as they were.
    let few: bool = tx.query_row(
        "SELECT count(*) < ?1 FROM (SELECT 1 FROM requests LIMIT ?1)",
        [REBUILD_INDEXES_BELOW],
        |r| r.get(0),
    )?;
    if few {
        tx.execute_batch("DROP INDEX requests_by_received; DROP INDEX requests_by_org_received;")?;
    }
    let mut summaries = Vec::with_capacity(paths.len());
    for path in paths {
        summaries.push(import_into(tx, change, path, opts, &mut *progress)?);
    }
    if few {
        // The sorts behind CREATE INDEX run on helper threads (the parser and counting
        // threads are done by now): a third faster. They take as much memory as the page
        // cache allows; a 4 MiB one for them keeps the import's peak under 200 MB (they
        // spill to disk).
        tx.pragma_update(None, "cache_size", -4096)?;
        tx.pragma_update(None, "threads", 2)?;
        let built = tx.execute_batch(INDEXES);
        tx.pragma_update(None, "threads", 0)?;
        tx.pragma_update(None, "cache_size", IMPORT_CACHE_SIZE)?;
        built?;
    }
    for s in &mut summaries {
        s.said = say(&s.counts(), s.unchanged, opts.lang);
    }
    let counts = total(&summaries);
    let names: Vec<String> = paths.iter().map(|p| file_name(p)).collect();
    let summary = say!(
        "history-imported",
        files = names.join(", "),
        counts = counts_text(&counts)
    );
    journal::finish(tx, &change, &summary, &counts)?;
    Ok(summaries)
}

/// "3 requests, 1 organisation, 2 replaced" in `lang` ("3 Anfragen, 1 Organisation, 2
/// ersetzt"); "nothing new" for an empty map.
pub fn describe_counts_in(counts: &BTreeMap<String, u64>, lang: Lang) -> String {
    counts_text(counts).in_lang(lang)
}

/// [`describe_counts_in`] as a [`Text`], said later in the reader's language.
pub fn counts_text(counts: &BTreeMap<String, u64>) -> Text {
    let parts: Vec<Text> = counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(kind, n)| Text::counted("records-counted", *n).arg("kind", kind.as_str()))
        .collect();
    if parts.is_empty() {
        say!("records-nothing-new")
    } else {
        Text::joined(parts, ", ")
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What an import of files, folders and zips did.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct ImportOutcome {
    /// What each imported file brought in.
    pub files: Vec<ImportSummary>,
    /// Files of folders and zips that are in no known layout, and what each lacked.
    pub skipped: Vec<Skipped>,
    /// What all the files brought in, in words.
    pub said: String,
}

/// Imports files, folders and zips in one transaction: every recognised file lands, or
/// none does. Files of folders and zips in no known layout are skipped and listed; when
/// nothing is left to import, that is an error naming each one.
pub fn import_paths(
    store: &mut Store,
    paths: &[&Path],
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<ImportOutcome> {
    let g = gather::gather(paths)?;
    if g.files.is_empty() {
        let mut problems: Vec<Problem> = g
            .skipped
            .iter()
            .map(|s| Problem::error(&s.file, Location::File, s.reason.clone()))
            .collect();
        let given: Vec<String> = paths.iter().map(|p| display_name(p)).collect();
        problems.push(
            Problem::error(
                &given.join(", "),
                Location::File,
                say!("expected-one-known-file"),
            )
            .found_words(say!("layout-none")),
        );
        return Err(Error::InvalidInput(problems));
    }
    let refs: Vec<&Path> = g.files.iter().map(PathBuf::as_path).collect();
    let rename = |file: &mut String| {
        if let Some(n) = g.name_of(file) {
            *file = n.to_string();
        }
    };
    match import_files(store, &refs, opts, progress) {
        Ok(mut files) => {
            for s in &mut files {
                rename(&mut s.file);
                for w in &mut s.warnings {
                    rename(&mut w.file);
                    *w = w.said_in(opts.lang);
                }
            }
            let unchanged = files.iter().map(|f| f.unchanged).sum();
            Ok(ImportOutcome {
                said: say(&total(&files), unchanged, opts.lang),
                files,
                skipped: g.skipped.iter().map(|s| s.said_in(opts.lang)).collect(),
            })
        }
        Err(Error::InvalidInput(mut problems)) => {
            for p in &mut problems {
                rename(&mut p.file);
            }
            Err(Error::InvalidInput(problems))
        }
        Err(e) => Err(e),
    }
}

/// Imports files, folders and zips into the store at `db`, creating it if need be; a
/// store this call created is removed again when the import fails, so a failed first
/// import leaves no empty store behind.
pub fn import_into_store(
    db: &Path,
    paths: &[&Path],
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<ImportOutcome> {
    let existed = db.exists();
    let mut store = Store::open(db)?;
    if !existed {
        // Nobody can have a store open that this call has just made.
        store.use_rollback_journal()?;
    }
    let result = import_paths(&mut store, paths, opts, progress);
    if !existed && result.is_ok() {
        // Should another process have opened the new store meanwhile, it stays in
        // rollback mode until the next open sets WAL again: still whole, just as good.
        let _ = store.use_wal();
    }
    drop(store);
    if result.is_err() && !existed {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = db.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
    result
}

fn import_into(
    tx: &Transaction,
    change: Open,
    path: &Path,
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<ImportSummary> {
    let kind = file_kind(path)?;
    let reader = Reader::of(path, kind, opts)?;
    // A bundle and a CSV request table are hashed as they are read (`Writer::file_hashed`);
    // the other readers are given the hash first.
    let sha256 = match reader {
        Reader::Bundle => String::new(),
        Reader::Requests { .. } if kind == FileKind::Csv => String::new(),
        _ => text::file_sha256(path)?,
    };
    let format = format!("{kind:?}").to_lowercase();
    let batch = journal::new_batch(tx, &change, &file_name(path), &sha256, &format)?;
    let mut w = Writer::new(tx, path, change, batch, &sha256, opts)?;
    match reader {
        Reader::Bundle => bundle::read(path, &mut w, progress)?,
        Reader::Published(layout) => published::read(path, layout, &mut w, progress)?,
        Reader::Counts => counts_table::read(path, &mut w, opts, progress)?,
        Reader::Workbook => workbook::read(path, &mut w)?,
        Reader::Requests { builtin, tried } => {
            let builtin = builtin.map(|mapping| ImportOptions {
                mapping: Some(*mapping),
                ..opts.clone()
            });
            let opts = builtin.as_ref().unwrap_or(opts);
            match kind {
                FileKind::Xlsx => table::read_xlsx(path, &mut w, opts, progress)?,
                _ => table::read_csv(path, &mut w, opts, progress).map_err(|e| {
                    if tried.is_empty() {
                        e
                    } else {
                        with_layouts_tried(e, &display_name(path), &tried)
                    }
                })?,
            }
        }
    }
    w.finish(kind)
}

/// Which reader a file goes to.
enum Reader {
    Bundle,
    /// One of the large companies' published layouts.
    Published(&'static published::Layout),
    /// Published counts in any layout (its header or the mapping says so).
    Counts,
    /// Microsoft's published workbook.
    Workbook,
    /// A table of requests: through `builtin`, the mapping of a company's published list
    /// of requests, if it is one; `tried` holds the published layouts a CSV header was
    /// checked against, for its error.
    Requests {
        builtin: Option<Box<Mapping>>,
        tried: Vec<published::Tried>,
    },
}

impl Reader {
    fn of(path: &Path, kind: FileKind, opts: &ImportOptions) -> Result<Reader> {
        let requests = |builtin, tried| Reader::Requests { builtin, tried };
        Ok(match kind {
            FileKind::Bundle => Reader::Bundle,
            // A CSV is a request list unless its header is one of the published layouts.
            FileKind::Csv if opts.mapping.is_none() => {
                let header = published::first_row(path)?.unwrap_or_default();
                match published::detect(&header) {
                    Ok(layout) => Reader::Published(layout),
                    Err(_) if counts_table::is_counts_table(&header, None) => Reader::Counts,
                    // Lists of individual requests that companies publish, read as request
                    // records through a built-in mapping.
                    Err(_) if mapping::builtin(&header).is_some() => {
                        requests(mapping::builtin(&header).map(Box::new), Vec::new())
                    }
                    Err(tried) => requests(None, tried),
                }
            }
            // A mapping onto the aggregate columns makes any layout a table of published counts.
            FileKind::Csv if counts_table::is_counts_table(&[], opts.mapping.as_ref()) => {
                Reader::Counts
            }
            FileKind::Xlsx if opts.mapping.is_none() && workbook::is_published(path) => {
                Reader::Workbook
            }
            FileKind::Csv | FileKind::Xlsx => requests(None, Vec::new()),
        })
    }
}

/// Adds, to a header error, the published layouts that were tried and what each lacked.
fn with_layouts_tried(e: Error, file: &str, tried: &[published::Tried]) -> Error {
    match e {
        Error::InvalidInput(mut problems)
            if problems
                .iter()
                .any(|p| p.field.as_deref() == Some("header")) =>
        {
            problems.push(
                Problem::error(
                    file,
                    Location::File,
                    say!(
                        "expected-a-layout",
                        tried = Text::joined(tried.iter().map(|t| t.text()).collect(), "; ")
                    ),
                )
                .field("layout")
                .found_words(say!("found-no-layout")),
            );
            Error::InvalidInput(problems)
        }
        other => other,
    }
}

/// Checks a file, folder or zip as an import into an empty private store would; never
/// writes anywhere.
pub fn validate_file(path: &Path, opts: &ImportOptions) -> Result<ImportOutcome> {
    let mut scratch = Store::open_in_memory()?;
    import_paths(&mut scratch, &[path], opts, &mut |_| true)
}
