//! Request lists as tables: CSV (streamed) and XLSX (calamine), through a mapping.
//!
//! The canonical CSV is just the identity mapping, so every layout goes
//! through the same header resolution and row parsing.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use std::rc::Rc;

use calamine::{open_workbook, Data, Reader, Xlsx};
use rustc_hash::FxHashMap;

use super::mapping::{Mapping, CANONICAL_COLUMNS, SUBJECTS_COLUMN};
use super::pipeline::{self, Msg, Parsed};
use super::row::{Row, RowContext};
use super::{prepare, text, ImportOptions, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::domain::{
    Disposition, Outcome, Process, Request, RequestedCategory, Subject, Vocabulary,
};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::validate::MAX_TEXT_CHARS;

/// Which canonical column each source column feeds (None: ignored).
struct Layout {
    width: usize,
    /// Each field's column (FxHash: looked up some twenty times a row).
    pos: FxHashMap<&'static str, usize>,
}

fn canonical(name: &str) -> Option<&'static str> {
    let n = name.trim().to_ascii_lowercase();
    CANONICAL_COLUMNS
        .iter()
        .chain(std::iter::once(&SUBJECTS_COLUMN))
        .find(|c| **c == n)
        .copied()
}

fn required(m: &Mapping, opts: &ImportOptions) -> Vec<&'static str> {
    let mut r = vec!["id", "received", "process"];
    if opts.organisation.is_none() && !m.defaults.contains_key("organisation") {
        r.insert(1, "organisation");
    }
    r.retain(|c| !m.defaults.contains_key(*c));
    r
}

/// Resolves a header row; on failure returns what was wrong, for the caller to report.
fn layout(
    header: &[&str],
    m: &Mapping,
    opts: &ImportOptions,
    file: &str,
    loc: &Location,
) -> std::result::Result<Layout, Vec<Problem>> {
    let mut pos = FxHashMap::default();
    let mut problems = Vec::new();
    for (i, raw) in header.iter().enumerate() {
        let name = raw.trim();
        let target = match m.columns.get(name) {
            Some(Some(t)) => canonical(t),
            Some(None) => continue,
            None if name.is_empty() => continue,
            None => canonical(name),
        };
        match target {
            Some(t) if pos.contains_key(t) => problems.push(
                Problem::error(file, loc.clone(), say!("expected-column-once"))
                    .field(t)
                    .found_words(say!("found-second-column", column = t, name = name)),
            ),
            Some(t) => {
                pos.insert(t, i);
            }
            None => problems.push(
                Problem::error(
                    file,
                    loc.clone(),
                    say!(
                        "expected-canonical-column",
                        columns = CANONICAL_COLUMNS.join(", ")
                    ),
                )
                .field(name)
                .found_words(say!("found-unknown-column")),
            ),
        }
    }
    let missing: Vec<&str> = required(m, opts)
        .into_iter()
        .filter(|c| !pos.contains_key(c))
        .collect();
    if !missing.is_empty() {
        let found: Vec<&str> = header
            .iter()
            .map(|h| h.trim())
            .filter(|h| !h.is_empty())
            .collect();
        problems.push(
            Problem::error(
                file,
                loc.clone(),
                say!("expected-columns", columns = missing.join(", ")),
            )
            .field("header")
            .found(found.join(",")),
        );
    }
    if problems.is_empty() {
        Ok(Layout {
            width: header.len(),
            pos,
        })
    } else {
        Err(problems)
    }
}

const DISPOSITION_COLUMNS: [(&str, Option<Disposition>); 5] = [
    ("categories_requested", None),
    ("categories_provided", Some(Disposition::Provided)),
    ("categories_partial", Some(Disposition::Partial)),
    ("categories_not_held", Some(Disposition::NotHeld)),
    ("categories_withheld", Some(Disposition::Withheld)),
];

fn build_request(row: &mut Row, vocab: &Vocabulary) -> Option<Request> {
    for (i, cell) in row.cells.iter().enumerate() {
        // A text has no more characters than bytes: only a long one is counted.
        let n = if cell.len() > MAX_TEXT_CHARS {
            cell.chars().count()
        } else {
            0
        };
        if n > MAX_TEXT_CHARS {
            let col = row
                .pos
                .iter()
                .find(|(_, &p)| p == i)
                .map_or_else(|| (i + 1).to_string(), |(c, _)| c.to_string());
            row.fail(
                &col,
                Some(&n.to_string()),
                say!("expected-at-most-chars", max = MAX_TEXT_CHARS),
            );
            return None;
        }
    }
    let id = row.text("id").map(|id| {
        if row.ctx.mapping.normalise_ids {
            super::mapping::normalise_id(&id)
        } else {
            id
        }
    });
    let organisation = row.text("organisation");
    let received = row.date("received");
    let answered = row.date("answered");
    let nondisclosure_until = row.date("nondisclosure_until");
    let process: Option<Process> = row.parse_enum("process", Process::expected);
    let outcome: Option<Outcome> = row.parse_enum("outcome", Outcome::expected);
    let accounts_specified = row.count("accounts_specified");
    let users_notified = row.flag("users_notified");
    let country = row.text("country").map(|c| {
        if c.len() == 2 {
            c.to_ascii_uppercase()
        } else {
            c
        }
    });
    for (col, present) in [
        ("id", id.is_some()),
        ("organisation", organisation.is_some()),
        ("received", row.get("received").is_some()),
        ("process", row.get("process").is_some()),
    ] {
        if !present {
            row.fail(col, Some(""), say!("expected-required-column"));
        }
    }

    let mut categories: Vec<RequestedCategory> = Vec::new();
    let mut dispositions: Vec<Option<Disposition>> = Vec::new();
    for (col, disposition) in DISPOSITION_COLUMNS {
        for wording in row.list(col) {
            let id = row
                .ctx
                .mapping
                .categories
                .get(wording)
                .map(String::as_str)
                .or_else(|| vocab.resolve(wording));
            let Some(id) = id else {
                row.fail(col, Some(wording), say!("expected-category-wording"));
                continue;
            };
            let i = match categories.iter().position(|c| c.category == id) {
                Some(i) => i,
                None => {
                    categories.push(RequestedCategory {
                        category: id.to_string(),
                        requested_as: Vec::new(),
                        disposition: Disposition::Pending,
                    });
                    dispositions.push(None);
                    categories.len() - 1
                }
            };
            if wording != id && !categories[i].requested_as.iter().any(|w| w == wording) {
                categories[i].requested_as.push(wording.to_string());
            }
            if let Some(d) = disposition {
                match dispositions[i] {
                    Some(prev) if prev != d => row.fail(
                        col,
                        Some(id),
                        say!("expected-one-disposition", other = prev.to_string()),
                    ),
                    _ => dispositions[i] = Some(d),
                }
            }
        }
    }
    for (c, d) in categories.iter_mut().zip(&dispositions) {
        c.disposition = d.unwrap_or(Disposition::Pending);
    }
    let subjects = row
        .list(SUBJECTS_COLUMN)
        .into_iter()
        .map(|s| Subject {
            identifier: s.to_string(),
        })
        .collect();
    if !row.problems.is_empty() {
        return None;
    }
    Some(Request {
        id: id?,
        organisation: organisation?,
        received: received?,
        answered,
        authority: row.text("authority"),
        country,
        process: process?,
        legal_basis: row.text("legal_basis"),
        accounts_specified,
        nondisclosure_until,
        users_notified,
        outcome,
        notes: row.text("notes"),
        matter: row.text("matter"),
        categories,
        documents: Vec::new(),
        subjects,
    })
}

/// Turns data rows into requests; shared by CSV and XLSX.
struct Sink<'a> {
    layout: Layout,
    ctx: RowContext<'a>,
}

impl Sink<'_> {
    fn parse(&self, cells: &[&str], loc: Location, vocab: &Vocabulary) -> Result<Parsed> {
        if cells.iter().all(|c| c.trim().is_empty()) {
            return Ok((Vec::new(), None));
        }
        if cells.len() != self.layout.width {
            let p = Problem::error(
                self.ctx.file,
                loc,
                say!("expected-fields-as-header", fields = self.layout.width),
            )
            .found_words(say!("found-fields", fields = cells.len()));
            return Ok((vec![p], None));
        }
        let mut row = Row::new(cells, &self.layout.pos, &self.ctx, &loc);
        let request = build_request(&mut row, vocab);
        let problems = row.problems;
        match request {
            Some(r) => Ok((problems, Some(prepare(self.ctx.file, loc, r)?))),
            None => Ok((problems, None)),
        }
    }
}

/// Reads a CSV file on two threads: one parses, checks and hashes rows (and hashes the
/// file, which the writer's batch is then stamped with), the other (the caller's) writes
/// them, so both cores work on a large import.
pub fn read_csv(
    path: &Path,
    w: &mut Writer,
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<()> {
    let default = Mapping::default();
    let mapping = opts.mapping.as_ref().unwrap_or(&default);
    let file = w.file().to_string();
    let total = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    let vocab = w.vocab.clone();
    let (batches, rx) = pipeline::channel();
    std::thread::scope(|scope| {
        let parser = scope.spawn(|| parse_csv(path, &file, mapping, opts, &vocab, batches));
        let written = pipeline::write(w, rx, true, total, progress);
        let parsed = parser
            .join()
            .map_err(|_| Error::Internal("the CSV parser thread panicked".into()))?;
        written?;
        let sha256 = match parsed? {
            Some(sha256) => sha256,
            None => text::file_sha256(path)?,
        };
        w.file_hashed(sha256)
    })
}

/// The parsing half of [`read_csv`]; stops quietly when the writer hangs up. Returns the
/// file's SHA-256 when it read the whole file.
fn parse_csv(
    path: &Path,
    file: &str,
    mapping: &Mapping,
    opts: &ImportOptions,
    vocab: &Vocabulary,
    mut batches: pipeline::Batches,
) -> Result<Option<String>> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut head = [0u8; 4];
    let n = f.read(&mut head).map_err(|e| Error::io(path, e))?;
    let skip = text::check_start(path, &head[..n])?;
    // The file's hash covers its byte-order mark; the rows start after it.
    let input = (&head[skip..n]).chain(text::Hashing::new(f, &head[..n]));
    let (counter, mut lines) = LineCounter::new(super::limits::RowLimit::new(input));
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(mapping.delimiter.map_or(b',', |d| d as u8))
        .has_headers(false)
        .flexible(true)
        .from_reader(BufReader::with_capacity(1 << 16, counter));

    let header_row = u64::from(mapping.header_row.unwrap_or(0));
    let mut rec = csv::ByteRecord::new();
    let mut sink: Option<Sink> = None;
    let mut bad_text = false;
    loop {
        let more = rdr
            .read_byte_record(&mut rec)
            .map_err(|e| super::text::csv_error(file, &e))?;
        if !more {
            break;
        }
        let line = lines.line_at(rec.position().map_or(0, |p| p.byte()));
        if let Some((column, cell)) = rec
            .iter()
            .enumerate()
            .find(|(_, c)| c.len() > super::limits::MAX_CELL_BYTES)
        {
            return Err(Error::InvalidInput(vec![super::limits::cell_problem(
                file,
                line,
                column + 1,
                cell.len(),
            )]));
        }
        // One pass over the record checks that it is UTF-8; its cells are then borrowed.
        match csv::StringRecord::from_byte_record(std::mem::take(&mut rec)) {
            Err(e) => {
                rec = e.into_byte_record();
                let bad = rec
                    .iter()
                    .find(|f| std::str::from_utf8(f).is_err())
                    .unwrap_or(&[]);
                let at = std::str::from_utf8(bad)
                    .err()
                    .map_or(0, |e| e.valid_up_to());
                bad_text = true;
                let p = text::not_utf8(path, line, &bad[at..(at + 4).min(bad.len())]);
                if !batches.push(Msg::Problem(p), || rdr.position().byte()) {
                    return Ok(None);
                }
            }
            Ok(record) => {
                let cells: Vec<&str> = record.iter().collect();
                let loc = Location::Line { line };
                match &sink {
                    Some(s) => {
                        let row = Msg::Row(s.parse(&cells, loc, vocab)?);
                        if !batches.push(row, || rdr.position().byte()) {
                            return Ok(None);
                        }
                    }
                    None if line < header_row || cells.iter().all(|c| c.trim().is_empty()) => {}
                    None => {
                        let layout = layout(&cells, mapping, opts, file, &loc)
                            .map_err(Error::InvalidInput)?;
                        sink = Some(Sink {
                            layout,
                            ctx: RowContext::new(mapping, opts, file),
                        });
                    }
                }
                drop(cells);
                // The record's buffers are read into again.
                rec = record.into_byte_record();
            }
        }
    }
    if sink.is_none() && !bad_text {
        return Err(Error::InvalidInput(vec![Problem::error(
            file,
            Location::File,
            say!(
                "expected-header-columns",
                columns = CANONICAL_COLUMNS.join(",")
            ),
        )
        .found_words(say!("found-empty-file"))]));
    }
    batches.finish(rdr.position().byte() + skip as u64);
    let (_, hashing) = rdr
        .into_inner()
        .into_inner()
        .inner
        .into_inner()
        .into_inner();
    Ok(hashing.sha256())
}

/// Counts lines itself: the csv crate's own count misses the `\n` of CRLF
/// terminators, and Excel writes CRLF. Newline offsets pass through a queue
/// that only ever holds the reader's buffered window.
struct LineCounter<R> {
    inner: R,
    pos: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
}

struct Lines {
    newlines: Rc<RefCell<VecDeque<u64>>>,
    line: u64,
}

impl<R: Read> LineCounter<R> {
    fn new(inner: R) -> (Self, Lines) {
        let q = Rc::new(RefCell::new(VecDeque::new()));
        (
            LineCounter {
                inner,
                pos: 0,
                newlines: Rc::clone(&q),
            },
            Lines {
                newlines: q,
                line: 1,
            },
        )
    }
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut q = self.newlines.borrow_mut();
        q.extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| self.pos + i as u64));
        self.pos += n as u64;
        Ok(n)
    }
}

impl Lines {
    /// The 1-based line of a record starting at `byte`; offsets must not go backwards.
    /// After a CRLF, csv places the next record on the `\n`, hence `<=`.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut q = self.newlines.borrow_mut();
        while q.front().is_some_and(|&nl| nl <= byte) {
            q.pop_front();
            self.line += 1;
        }
        self.line
    }
}

/// The rows of a sheet, one at a time, from its stream of cells.
struct SheetRows<'a, RS: std::io::Read + std::io::Seek> {
    cells: calamine::XlsxCellReader<'a, RS>,
    /// The first cell of the next row, read ahead: (row, column, value).
    pending: Option<(u32, u32, Data)>,
    /// The reader has said there are no more cells (asking again is an error).
    finished: bool,
    name: String,
}

impl<RS: std::io::Read + std::io::Seek> SheetRows<'_, RS> {
    /// The next row that has cells: its 1-based number and its cells as text (a cell holding
    /// a spreadsheet error is a problem, and blank).
    fn next_row(&mut self, w: &mut Writer, file: &str) -> Result<Option<(u64, Vec<String>)>> {
        let unreadable = |e: calamine::XlsxError| {
            Error::InvalidInput(vec![Problem::error(
                file,
                Location::File,
                say!("expected-readable-sheet", detail = e.to_string()),
            )])
        };
        let first = match self.pending.take() {
            Some(c) => c,
            None if self.finished => return Ok(None),
            None => match self.cells.next_cell().map_err(unreadable)? {
                Some(c) => {
                    let (r, col) = c.get_position();
                    (r, col, Data::from(c.get_value().clone()))
                }
                None => {
                    self.finished = true;
                    return Ok(None);
                }
            },
        };
        let row = first.0;
        let mut raw = vec![(first.1, first.2)];
        loop {
            let Some(c) = self.cells.next_cell().map_err(unreadable)? else {
                self.finished = true;
                break;
            };
            let (r, col) = c.get_position();
            let value = Data::from(c.get_value().clone());
            if r != row {
                self.pending = Some((r, col, value));
                break;
            }
            raw.push((col, value));
        }
        let sheet_row = u64::from(row) + 1;
        let width = raw.iter().map(|(c, _)| *c as usize + 1).max().unwrap_or(0);
        let mut out = vec![String::new(); width];
        for (col, value) in raw {
            match cell_text(&value) {
                Ok(s) => out[col as usize] = s,
                Err(code) => w.push(
                    Problem::error(
                        file,
                        Location::Sheet {
                            sheet: self.name.clone(),
                            row: sheet_row,
                        },
                        say!("expected-value-not-cell-error"),
                    )
                    .found(code),
                ),
            }
        }
        Ok(Some((sheet_row, out)))
    }
}

fn cell_text(c: &Data) -> std::result::Result<String, String> {
    Ok(match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        // A spreadsheet date has no precision of its own; a day is what it shows.
        Data::DateTime(d) => d
            .as_datetime()
            .map(|dt| dt.date().format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| d.to_string()),
        Data::DateTimeIso(s) => s.get(..10).unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(format!("#{e:?}")),
    })
}

pub fn read_xlsx(
    path: &Path,
    w: &mut Writer,
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<()> {
    super::limits::xlsx(path, || read_sheets(path, w, opts, progress))
}

fn read_sheets(
    path: &Path,
    w: &mut Writer,
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<()> {
    let default = Mapping::default();
    let mapping = opts.mapping.as_ref().unwrap_or(&default);
    let file = w.file().to_string();

    let mut wb: Xlsx<_> = open_workbook(path).map_err(|e: calamine::XlsxError| {
        Error::InvalidInput(vec![Problem::error(
            &file,
            Location::File,
            say!("expected-readable-xlsx", detail = e.to_string()),
        )])
    })?;
    let names = wb.sheet_names().to_vec();
    let candidates: Vec<String> = match &mapping.sheet {
        Some(s) if names.contains(s) => vec![s.clone()],
        Some(s) => {
            return Err(Error::InvalidInput(vec![Problem::error(
                &file,
                Location::File,
                say!("expected-sheet-named", sheets = names.join(", ")),
            )
            .field("sheet")
            .found(s)]))
        }
        None => names.clone(),
    };
    let mut tried = Vec::new();
    for name in candidates {
        // The sheet is read as a stream of cells: the header is found and checked first,
        // and memory does not grow with the number of rows.
        let mut sheet = SheetRows {
            cells: wb.worksheet_cells_reader(&name).map_err(|e| {
                Error::InvalidInput(vec![Problem::error(
                    &file,
                    Location::File,
                    say!("expected-readable-sheet", detail = e.to_string()),
                )
                .field(name.as_str())])
            })?,
            pending: None,
            finished: false,
            name: name.clone(),
        };
        let last_row = u64::from(sheet.cells.dimensions().end.0) + 1;
        let mut header = None;
        while let Some((row, cells)) = sheet.next_row(w, &file)? {
            let found = match mapping.header_row {
                Some(h) => row == u64::from(h),
                None => cells.iter().any(|c| !c.trim().is_empty()),
            };
            if found {
                header = Some((row, cells));
                break;
            }
            if mapping.header_row.is_some_and(|h| row > u64::from(h)) {
                break;
            }
        }
        let Some((header_row, header_cells)) = header else {
            tried.push(say!("found-sheet-empty", sheet = name.as_str()));
            continue;
        };
        let loc = Location::Sheet {
            sheet: name.clone(),
            row: header_row,
        };
        let header_cells: Vec<&str> = header_cells.iter().map(String::as_str).collect();
        let layout = match layout(&header_cells, mapping, opts, &file, &loc) {
            Ok(l) => l,
            Err(problems) => {
                let why: Vec<String> = problems
                    .iter()
                    .map(|p| p.field.clone().unwrap_or_default())
                    .collect();
                tried.push(say!(
                    "found-sheet-header-problems",
                    sheet = name.as_str(),
                    fields = why.join(", ")
                ));
                continue;
            }
        };
        let sink = Sink {
            layout,
            ctx: RowContext::new(mapping, opts, &file),
        };
        let total = last_row.saturating_sub(header_row);
        let mut done = 0u64;
        while let Some((row, mut cells)) = sheet.next_row(w, &file)? {
            // Trailing blank cells beyond the header are padding.
            cells.truncate(
                sink.layout.width.max(
                    cells
                        .iter()
                        .rposition(|c| !c.is_empty())
                        .map_or(0, |p| p + 1),
                ),
            );
            cells.resize(sink.layout.width.max(cells.len()), String::new());
            let loc = Location::Sheet {
                sheet: name.clone(),
                row,
            };
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            pipeline::deliver(w, sink.parse(&cells, loc, &w.vocab)?, true)?;
            if done.is_multiple_of(4096)
                && !progress(ProgressEvent {
                    done,
                    total,
                    unit: ProgressUnit::Rows,
                    records: w.records(),
                })
            {
                return Err(Error::Cancelled);
            }
            done += 1;
            if w.should_stop() {
                break;
            }
        }
        return Ok(());
    }
    Err(Error::InvalidInput(vec![Problem::error(
        &file,
        Location::File,
        say!(
            "expected-sheet-with",
            columns = required(mapping, opts).join(", ")
        ),
    )
    .field("sheet")
    .found_words(Text::joined(tried, "; "))]))
}
