//! Exports: the lossless bundle and the canonical request CSV.
//!
//! Subjects leave the store only with [`Subjects::Include`], which the user
//! asks for by name (`--include-subjects`). CSV cells that a spreadsheet
//! would run as a formula are defused.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::domain::{Aggregate, Bundle, Disposition, Request, BUNDLE_FORMAT, BUNDLE_VERSION};
use crate::error::{Error, Result};
use crate::i18n::say;
use crate::import::mapping::{CANONICAL_COLUMNS, SUBJECTS_COLUMN};
pub use crate::store::requests::Subjects;
use crate::store::{self, Store};

/// Where a failed write is reported before `write_atomically` names the file.
const UNNAMED: &str = "(export)";

fn io(e: std::io::Error) -> Error {
    Error::io(UNNAMED, e)
}

/// A failed CSV write: the system's error when there was one (a full disk, a file-size
/// limit), so it is reported as one.
fn csv_err(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => io(e),
        other => Error::Internal(format!("writing CSV: {other:?}")),
    }
}

fn json_err(e: serde_json::Error) -> Error {
    if e.is_io() {
        io(e.into())
    } else {
        Error::Internal(e.to_string())
    }
}

fn json_line<T: Serialize>(w: &mut dyn Write, v: &T) -> Result<()> {
    serde_json::to_writer(&mut *w, v).map_err(json_err)
}

/// Writes a section as a JSON list with one record per line, so bundles diff well.
fn section<T: Serialize>(w: &mut dyn Write, name: &str, items: &[T], last: bool) -> Result<()> {
    write!(w, "  \"{name}\": [").map_err(io)?;
    for (i, item) in items.iter().enumerate() {
        w.write_all(if i == 0 { b"\n    " } else { b",\n    " })
            .map_err(io)?;
        json_line(w, item)?;
    }
    let close = if items.is_empty() { "]" } else { "\n  ]" };
    writeln!(w, "{close}{}", if last { "" } else { "," }).map_err(io)
}

/// Writes a bundle v1 piece by piece, so a million requests never sit in memory.
pub struct BundleWriter<'w> {
    w: &'w mut dyn Write,
    requests: u64,
}

impl<'w> BundleWriter<'w> {
    /// Writes everything of `head` that comes before the requests (its requests are ignored).
    pub fn begin(w: &'w mut dyn Write, head: &Bundle) -> Result<Self> {
        writeln!(
            w,
            "{{\n  \"format\": \"{BUNDLE_FORMAT}\",\n  \"version\": {BUNDLE_VERSION},"
        )
        .map_err(io)?;
        section(w, "organisations", &head.organisations, false)?;
        section(w, "categories", &head.categories, false)?;
        section(w, "matters", &head.matters, false)?;
        section(w, "inventory", &head.inventory, false)?;
        section(w, "policy_changes", &head.policy_changes, false)?;
        section(w, "report_texts", &head.report_texts, false)?;
        write!(w, "  \"requests\": [").map_err(io)?;
        Ok(BundleWriter { w, requests: 0 })
    }

    /// Writes one request.
    pub fn request(&mut self, r: &Request) -> Result<()> {
        let sep: &[u8] = if self.requests == 0 {
            b"\n    "
        } else {
            b",\n    "
        };
        self.w.write_all(sep).map_err(io)?;
        self.requests += 1;
        json_line(self.w, r)
    }

    /// Closes the requests, writes the aggregates; returns the number of requests.
    pub fn finish(self, aggregates: &[Aggregate]) -> Result<u64> {
        let close = if self.requests == 0 { "]," } else { "\n  ]," };
        writeln!(self.w, "{close}").map_err(io)?;
        section(self.w, "aggregates", aggregates, true)?;
        writeln!(self.w, "}}").map_err(io)?;
        Ok(self.requests)
    }
}

/// The whole store as a bundle v1; returns the number of requests.
pub fn bundle(store: &Store, w: &mut dyn Write, subjects: Subjects) -> Result<u64> {
    let conn = store.conn();
    let head = Bundle {
        organisations: store::organisations::list(conn)?,
        categories: store::categories::list(conn)?,
        matters: store::matters::list(conn)?,
        inventory: store::inventory::list(conn)?,
        policy_changes: store::policy::in_period(conn, None, None, None)?,
        report_texts: store::report_texts::list(conn)?,
        ..Bundle::default()
    };
    let mut out = BundleWriter::begin(w, &head)?;
    store::requests::for_each(conn, subjects, |r| out.request(&r))?;
    out.finish(&store::aggregates::list(conn)?)
}

/// Prefixes cells that spreadsheets would evaluate (`=`, `+`, `-`, `@`, tab, CR) with `'`.
pub fn defuse_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Writes a table (a header, then rows) as CSV, every cell formula-safe.
pub fn table_csv<W: std::io::Write>(
    w: W,
    header: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<()> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record(header).map_err(csv_err)?;
    for row in rows {
        out.write_record(row.iter().map(|c| defuse_cell(c).into_owned()))
            .map_err(csv_err)?;
    }
    out.flush().map_err(io)?;
    Ok(())
}

/// Writes the canonical request CSV (docs/design.md) row by row, formula-safe.
pub struct CsvWriter<'w> {
    out: csv::Writer<&'w mut dyn Write>,
    subjects: Subjects,
    rows: u64,
}

impl<'w> CsvWriter<'w> {
    /// Writes the header; `subjects` decides whether the subjects column is filled.
    pub fn begin(w: &'w mut dyn Write, subjects: Subjects) -> Result<Self> {
        let mut out = csv::Writer::from_writer(w);
        let mut header: Vec<&str> = CANONICAL_COLUMNS.to_vec();
        if subjects == Subjects::Include {
            header.push(SUBJECTS_COLUMN);
        }
        out.write_record(&header).map_err(csv_err)?;
        Ok(CsvWriter {
            out,
            subjects,
            rows: 0,
        })
    }

    /// Writes one request as a row.
    pub fn request(&mut self, r: &Request) -> Result<()> {
        self.rows += 1;
        let row = csv_row(r, self.subjects);
        self.out
            .write_record(row.iter().map(|c| defuse_cell(c).into_owned()))
            .map_err(csv_err)
    }

    /// Flushes and returns the rows written.
    pub fn finish(mut self) -> Result<u64> {
        self.out.flush().map_err(io)?;
        Ok(self.rows)
    }
}

/// The store's requests as canonical CSV; returns the number of rows.
pub fn csv(store: &Store, w: &mut dyn Write, subjects: Subjects) -> Result<u64> {
    let mut out = CsvWriter::begin(w, subjects)?;
    store::requests::for_each(store.conn(), subjects, |r| out.request(&r))?;
    out.finish()
}

fn csv_row(r: &Request, subjects: Subjects) -> Vec<String> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let list = |d: Option<Disposition>| -> String {
        r.categories
            .iter()
            .filter(|c| d.is_none_or(|d| c.disposition == d))
            .map(|c| c.category.as_str())
            .collect::<Vec<_>>()
            .join(";")
    };
    let mut row = vec![
        r.id.clone(),
        r.organisation.clone(),
        r.received.to_string(),
        r.answered.map(|d| d.to_string()).unwrap_or_default(),
        opt(&r.authority),
        opt(&r.country),
        r.process.as_str().to_string(),
        opt(&r.legal_basis),
        r.accounts_specified
            .map(|n| n.to_string())
            .unwrap_or_default(),
        r.outcome
            .map(|o| o.as_str().to_string())
            .unwrap_or_default(),
        r.nondisclosure_until
            .map(|d| d.to_string())
            .unwrap_or_default(),
        r.users_notified.map(|b| b.to_string()).unwrap_or_default(),
        list(None),
        list(Some(Disposition::Provided)),
        list(Some(Disposition::Partial)),
        list(Some(Disposition::NotHeld)),
        list(Some(Disposition::Withheld)),
        opt(&r.notes),
        opt(&r.matter),
    ];
    if subjects == Subjects::Include {
        let ids: Vec<&str> = r.subjects.iter().map(|s| s.identifier.as_str()).collect();
        row.push(ids.join(";"));
    }
    row
}

/// Writes `out` whole or not at all: the bytes go to a file with no name in the same
/// folder (Linux's O_TMPFILE), reach the disk, and only then take the name, by a link to a
/// private name and a rename over `out`. A failure, a cancel or a killed process leaves no
/// file behind, not even a partial one; an existing `out` stays as it was until then.
pub fn write_atomically(
    out: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<u64>,
) -> Result<u64> {
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = tempfile::tempfile_in(dir).map_err(|e| Error::io(out, e))?;
    let mut buf = std::io::BufWriter::new(file);
    let written = write(&mut buf).and_then(|n| {
        // On the disk before it takes the file's name, so a power cut leaves the old file
        // or the whole new one, never an empty one.
        let file = buf
            .into_inner()
            .map_err(|e| Error::io(out, e.into_error()))?;
        file.sync_all().map_err(|e| Error::io(out, e))?;
        Ok((n, file))
    });
    let (n, file) = written.map_err(|e| match e {
        // A write that failed inside `write` is reported with the file's own name.
        Error::Io { path, source } if path.as_os_str() == UNNAMED => Error::io(out, source),
        other => other,
    })?;
    let private = dir.join(format!(
        ".{}.{}.partial",
        out.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    name_file(&file, &private).map_err(|e| Error::io(out, e))?;
    std::fs::rename(&private, out).map_err(|e| {
        let _ = std::fs::remove_file(&private);
        Error::io(out, e)
    })?;
    Ok(n)
}

/// Gives the unnamed `file` the name `path`: a link through /proc where the file was
/// made with O_TMPFILE, else (another system, or a file system without it) a copy.
fn name_file(file: &std::fs::File, path: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{linkat, AtFlags, CWD};
        use std::os::fd::AsRawFd;
        let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
        if linkat(CWD, proc_path.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW).is_ok() {
            return Ok(());
        }
    }
    use std::io::{Seek, SeekFrom};
    let mut from = file.try_clone()?;
    from.seek(SeekFrom::Start(0))?;
    let mut to = std::fs::File::create(path)?;
    let copied = std::io::copy(&mut from, &mut to).and_then(|_| to.sync_all());
    if copied.is_err() {
        let _ = std::fs::remove_file(path);
    }
    copied
}

/// Writes `out` through [`write_atomically`], reporting the bytes written to `progress`;
/// when `progress` returns false the export stops with [`Error::Cancelled`] and leaves no
/// file behind.
pub fn write_with_progress(
    out: &Path,
    progress: &mut dyn FnMut(crate::import::ProgressEvent) -> bool,
    write: impl FnOnce(&mut dyn Write) -> Result<u64>,
) -> Result<u64> {
    let mut cancelled = false;
    let result = write_atomically(out, |w| {
        let mut watched = Watched {
            inner: w,
            written: 0,
            progress,
            cancelled: false,
        };
        let r = write(&mut watched);
        cancelled = watched.cancelled;
        r
    });
    match result {
        Err(_) if cancelled => Err(Error::Cancelled),
        other => other,
    }
}

/// A writer that reports bytes written and fails once asked to stop.
struct Watched<'a, W: Write> {
    inner: W,
    written: u64,
    progress: &'a mut dyn FnMut(crate::import::ProgressEvent) -> bool,
    cancelled: bool,
}

impl<W: Write> Write for Watched<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        self.cancelled |= !(self.progress)(crate::import::ProgressEvent {
            done: self.written,
            total: 0,
            unit: crate::import::ProgressUnit::Bytes,
            records: 0,
        });
        if self.cancelled {
            // Not ErrorKind::Interrupted: write_all would retry that forever.
            return Err(std::io::Error::other("cancelled"));
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The kinds of file Disclose writes, told apart by the file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// A chart as SVG.
    Svg,
    /// A chart as PNG.
    Png,
    /// Comma-separated values.
    Csv,
    /// A JSON bundle.
    Json,
    /// A self-contained HTML report.
    Html,
    /// A Markdown report.
    Markdown,
}

impl FileFormat {
    /// The extension this format is written with.
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Svg => "svg",
            FileFormat::Png => "png",
            FileFormat::Csv => "csv",
            FileFormat::Json => "json",
            FileFormat::Html => "html",
            FileFormat::Markdown => "md",
        }
    }

    /// The format of `path` by its extension, if it is one of `allowed`; otherwise a usage
    /// error naming the extensions that are.
    pub fn of(path: &Path, allowed: &[FileFormat]) -> Result<FileFormat> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        allowed
            .iter()
            .copied()
            .find(|f| ext.as_deref() == Some(f.extension()))
            .ok_or_else(|| {
                let names: Vec<String> = allowed
                    .iter()
                    .map(|f| format!(".{}", f.extension()))
                    .collect();
                Error::Usage(say!(
                    "error-file-ending",
                    path = path.display().to_string(),
                    endings = crate::i18n::one_of(&names)
                ))
            })
    }
}

/// Writes `bytes` to `out` through a temporary file (see [`write_atomically`]).
pub fn write_file(out: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically(out, |w| {
        w.write_all(bytes).map_err(|e| Error::io(out, e))?;
        Ok(bytes.len() as u64)
    })
    .map(drop)
}

/// The rows of the app's request table under `filter`, sorted as shown, as CSV with
/// every cell defused; returns the number of rows.
pub fn request_table(
    store: &Store,
    query: &crate::query::ListQuery,
    w: &mut dyn Write,
) -> Result<u64> {
    let mut out = csv::Writer::from_writer(w);
    out.write_record([
        "organisation",
        "id",
        "received",
        "answered",
        "authority",
        "country",
        "process",
        "outcome",
        "accounts_specified",
        "categories",
        "not_held",
    ])
    .map_err(csv_err)?;
    let n = crate::query::for_each_row(store, query, |rows| {
        for r in rows {
            let opt = |v: &Option<String>| v.clone().unwrap_or_default();
            let cells = [
                r.organisation.clone(),
                r.id.clone(),
                r.received.clone(),
                opt(&r.answered),
                opt(&r.authority),
                opt(&r.country),
                r.process.clone(),
                opt(&r.outcome),
                r.accounts_specified
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
                r.categories.to_string(),
                r.not_held.to_string(),
            ];
            out.write_record(cells.iter().map(|c| defuse_cell(c).into_owned()))
                .map_err(csv_err)?;
        }
        Ok(())
    })?;
    out.flush().map_err(io)?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused_and_others_kept() {
        for bad in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert!(defuse_cell(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(defuse_cell("US DOJ"), "US DOJ");
        assert_eq!(defuse_cell("2023-03"), "2023-03");
    }

    #[test]
    fn the_request_table_pages_through_every_row_and_defuses_formulas() {
        use crate::domain::Process;
        let mut store = Store::open_in_memory().expect("store");
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("r.csv");
        let mut csv = String::from("id,organisation,received,authority,process\n");
        for i in 0..2500 {
            csv.push_str(&format!(
                "r{i},org,2023-01-01,=cmd|' /C calc'!A0,subpoena\n"
            ));
        }
        std::fs::write(&path, csv).expect("write");
        crate::import::import_files(
            &mut store,
            &[path.as_path()],
            &Default::default(),
            &mut |_| true,
        )
        .expect("import");
        let mut q = crate::query::ListQuery::default();
        q.filter.process = Some(Process::Subpoena);
        let mut out = Vec::new();
        let n = request_table(&store, &q, &mut out).expect("table");
        assert_eq!(n, 2500, "every page, not just the first");
        let text = String::from_utf8(out).expect("utf8");
        assert_eq!(text.lines().count(), 2501);
        assert!(text.contains(",'=cmd|' /C calc'!A0,"), "{}", &text[..300]);
        assert!(!text.contains(",=cmd"));
    }

    #[test]
    fn a_cancelled_export_stops_says_so_and_leaves_no_file() {
        let dir = tempfile::tempdir().expect("dir");
        let out = dir.path().join("bundle.json");
        let mut calls = 0;
        let mut progress = |_: crate::import::ProgressEvent| {
            calls += 1;
            calls < 3
        };
        let r = write_with_progress(&out, &mut progress, |w| {
            for _ in 0..1000 {
                w.write_all(&[b'x'; 64 * 1024])
                    .map_err(|e| Error::io("bundle.json", e))?;
            }
            Ok(1000)
        });
        assert!(matches!(r, Err(Error::Cancelled)), "{r:?}");
        assert_eq!(calls, 3, "stopped at the first refusal");
        let left: Vec<_> = std::fs::read_dir(dir.path()).expect("dir").collect();
        assert!(left.is_empty(), "no file and no partial file: {left:?}");
    }

    #[test]
    fn the_file_name_picks_the_format_and_names_what_it_accepts() {
        let chart = [FileFormat::Svg, FileFormat::Png, FileFormat::Csv];
        assert_eq!(
            FileFormat::of(Path::new("out/Chart.PNG"), &chart).expect("png"),
            FileFormat::Png
        );
        let e = FileFormat::of(Path::new("chart.pdf"), &chart).expect_err("pdf");
        assert_eq!(e.code(), crate::ErrorCode::Usage);
        assert_eq!(
            e.to_string(),
            "chart.pdf: expected a file name ending in .svg, .png or .csv"
        );
    }
}
