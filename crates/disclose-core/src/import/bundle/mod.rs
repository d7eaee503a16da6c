//! The bundle reader: strict JSON, every error with its JSON path, streamed.
//!
//! `scan` first finds where each top-level key starts (and refuses over-long strings and
//! bytes that are not UTF-8, in constant memory); then the header is checked, and each
//! section is read from its place in the file in dependency order (organisations before
//! the requests that name them, whatever the file's order), one record at a time, so
//! memory does not grow with the number of records. Each record is deserialized on its
//! own, so one bad request does not hide the errors of the next. The requests, nearly all
//! of a large bundle, are deserialized, checked and hashed on a thread of their own while
//! the caller's thread writes them (`pipeline`).

mod elements;
mod scan;

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use super::pipeline::{self, Msg, Parsed};
use super::{text, ProgressFn, Writer};
use crate::domain::{Request, BUNDLE_FORMAT, BUNDLE_VERSION};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::thousands;
use elements::{Elements, Start};
use scan::Scan;

const SECTIONS: [&str; 8] = [
    "organisations",
    "categories",
    "matters",
    "inventory",
    "policy_changes",
    "report_texts",
    "requests",
    "aggregates",
];

pub fn read(path: &Path, w: &mut Writer, progress: ProgressFn) -> Result<()> {
    let file = w.file().to_string();
    let open = || File::open(path).map_err(|e| Error::io(path, e));
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    let mut head = [0u8; 4];
    let mut f = open()?;
    let got = f.read(&mut head).map_err(|e| Error::io(path, e))?;
    let skip = text::check_start(path, &head[..got])? as u64;
    // The scan reads the whole file, so it hashes it on the way, byte-order mark included.
    let mut hashing = text::Hashing::new(f, &head[..got]);
    let body = (&head[skip as usize..got]).chain(&mut hashing);
    let keys = match scan::scan(body).map_err(|e| Error::io(path, e))? {
        Scan::Object(keys) => keys,
        Scan::LongString { line, bytes } => {
            return Err(Error::InvalidInput(vec![Problem::error(
                &file,
                Location::Line { line },
                say!(
                    "expected-bundle-text-limit",
                    bytes = thousands(scan::MAX_STRING_BYTES)
                ),
            )
            .found_words(say!(
                "found-text-of-more-than",
                bytes = thousands(bytes)
            ))]))
        }
        Scan::NotUtf8 { line, bytes } => {
            return Err(Error::InvalidInput(vec![text::not_utf8(
                path, line, &bytes,
            )]))
        }
        Scan::Malformed => return Err(malformed(path, &file, skip)?),
    };
    w.file_hashed(match hashing.sha256() {
        Some(sha256) => sha256,
        None => text::file_sha256(path)?,
    })?;
    // The header first, whatever its place in the file.
    let mut header = Map::new();
    for key in keys
        .iter()
        .filter(|k| k.name == "format" || k.name == "version")
    {
        let mut f = open()?;
        f.seek(SeekFrom::Start(skip + key.offset))
            .map_err(|e| Error::io(path, e))?;
        let mut de = serde_json::Deserializer::from_reader(BufReader::new(f.take(1 << 16)));
        let value = Value::deserialize(&mut de).map_err(|e| syntax(&file, key, &e))?;
        header.insert(key.name.clone(), value);
    }
    check_header(&file, &header)?;
    for key in &keys {
        if key.name != "format" && key.name != "version" && !SECTIONS.contains(&key.name.as_str()) {
            w.push(
                Problem::error(
                    &file,
                    json_path("$"),
                    say!(
                        "expected-one-of",
                        list = format!("format, version, {}", SECTIONS.join(", "))
                    ),
                )
                .field(key.name.as_str())
                .found_words(say!("found-unknown-key")),
            );
        }
    }
    // Then each section in dependency order (organisations before what names them), one
    // record at a time: memory does not grow with the number of records.
    let mut done: u64 = 0;
    let mut records: u64 = 0;
    let total = size.max(1);
    for section in SECTIONS {
        for key in keys.iter().filter(|k| k.name == section) {
            let mut f = open()?;
            f.seek(SeekFrom::Start(skip + key.offset))
                .map_err(|e| Error::io(path, e))?;
            let mut list = Elements::new(f, key.line);
            let io = |e| Error::io(path, e);
            if let Start::Other(found) = list.start().map_err(io)? {
                w.push(
                    Problem::error(
                        &file,
                        json_path(&format!("$.{section}")),
                        say!("expected-list"),
                    )
                    .field(section)
                    .found_words(found),
                );
                continue;
            }
            if section == "requests" {
                done += requests(path, w, list, (done, total), &mut *progress)?;
                if w.should_stop() {
                    return Ok(());
                }
                continue;
            }
            let mut i = 0usize;
            while let Some(line) = list.next().map_err(io)?.map_err(|b| broken(&file, b))? {
                let at = format!("$.{section}[{i}]");
                i += 1;
                write(
                    w,
                    section,
                    &Raw {
                        bytes: &list.buf,
                        line,
                    },
                    &at,
                )?;
                records += 1;
                if records.is_multiple_of(1024) {
                    pipeline::bytes_read(w, &mut *progress, (done + list.read).min(total), total)?;
                }
                if w.should_stop() {
                    return Ok(());
                }
            }
            done += list.read;
        }
    }
    Ok(())
}

/// A JSON syntax error inside a section, at its line in the file.
fn syntax(file: &str, key: &scan::Key, e: &serde_json::Error) -> Error {
    let line = key.line + (e.line() as u64).saturating_sub(1);
    Error::InvalidInput(vec![Problem::error(
        file,
        Location::Line { line },
        json_expected(e),
    )])
}

/// Why a file that is not one JSON object cannot be a bundle, in the words the full parser
/// and the first byte give.
fn malformed(path: &Path, file: &str, skip: u64) -> Result<Error> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    f.seek(SeekFrom::Start(skip))
        .map_err(|e| Error::io(path, e))?;
    let reader = BufReader::new(f);
    let mut first = None;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = serde::de::IgnoredAny::deserialize(&mut de).and_then(|_| de.end());
    if let Err(e) = parsed {
        if e.is_eof() && e.line() <= 1 && e.column() == 0 {
            return Ok(Error::InvalidInput(vec![Problem::error(
                file,
                Location::File,
                say!("expected-a-bundle"),
            )
            .found_words(say!("found-empty-file"))]));
        }
        let blank = e.is_eof() && {
            let mut all = String::new();
            File::open(path)
                .and_then(|mut f| f.read_to_string(&mut all))
                .is_ok()
                && all.trim().is_empty()
        };
        if blank {
            return Ok(Error::InvalidInput(vec![Problem::error(
                file,
                Location::File,
                say!("expected-a-bundle"),
            )
            .found_words(say!("found-empty-file"))]));
        }
        return Ok(Error::InvalidInput(vec![Problem::error(
            file,
            Location::Line {
                line: e.line() as u64,
            },
            json_expected(&e),
        )]));
    }
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    f.seek(SeekFrom::Start(skip))
        .map_err(|e| Error::io(path, e))?;
    for b in BufReader::new(f).bytes() {
        let b = b.map_err(|e| Error::io(path, e))?;
        if !b.is_ascii_whitespace() {
            first = Some(b);
            break;
        }
    }
    let found = match first {
        Some(b'[') => say!("found-a-list"),
        Some(b'"') => say!("found-a-string"),
        Some(b't' | b'f') => say!("found-true-or-false"),
        Some(b'n') => Text::verbatim("null"),
        _ => say!("found-a-number"),
    };
    Ok(Error::InvalidInput(vec![Problem::error(
        file,
        json_path("$"),
        say!("expected-bundle-object"),
    )
    .found_words(found)]))
}

/// One record's JSON as cut from the file, and the line it starts on.
struct Raw<'b> {
    bytes: &'b [u8],
    line: u64,
}

/// Checks and writes one record of a section other than the requests (see [`requests`]).
fn write(w: &mut Writer, section: &str, raw: &Raw, at: &str) -> Result<()> {
    let loc = json_path(at);
    match section {
        "organisations" => from_raw(w, raw, at, |w, o| w.organisation(&o, &loc)),
        "categories" => from_raw(w, raw, at, |w, c| w.category(&c, &loc)),
        "matters" => from_raw(w, raw, at, |w, m| w.matter(&m, &loc)),
        "inventory" => from_raw(w, raw, at, |w, e| w.inventory(&e, &loc)),
        "policy_changes" => from_raw(w, raw, at, |w, p| w.policy_change(&p, &loc)),
        "report_texts" => from_raw(w, raw, at, |w, t| w.report_text(&t, &loc)),
        // The aggregates.
        _ => from_raw(w, raw, at, |w, a| w.aggregate(&a, &loc, None)),
    }
}

/// Deserializes a record straight from its bytes (the common case, and the fast one); when
/// that fails, reads it as JSON to say precisely what is wrong: a syntax error at its line,
/// or the field, value and expectation as [`record`] words them.
fn from_raw<T: DeserializeOwned>(
    w: &mut Writer,
    raw: &Raw,
    at: &str,
    write: impl FnOnce(&mut Writer, T) -> Result<()>,
) -> Result<()> {
    if let Ok(rec) = serde_json::from_slice::<T>(raw.bytes) {
        return write(w, rec);
    }
    let item = raw.value(w.file())?;
    record(w, &item, at, write)
}

impl Raw<'_> {
    /// The record as JSON, or its syntax error at its line in the file.
    fn value(&self, file: &str) -> Result<Value> {
        serde_json::from_slice(self.bytes).map_err(|e| {
            Error::InvalidInput(vec![Problem::error(
                file,
                Location::Line {
                    line: self.line + (e.line() as u64).saturating_sub(1),
                },
                json_expected(&e),
            )])
        })
    }
}

/// A bundle's requests, on two threads: one cuts each out of the file, deserializes,
/// checks and hashes it, the caller's writes them (`pipeline`). `done` bytes of the file
/// were read before this section; returns the bytes it read.
fn requests(
    path: &Path,
    w: &mut Writer,
    mut list: Elements<File>,
    (done, total): (u64, u64),
    progress: ProgressFn,
) -> Result<u64> {
    let file = w.file().to_string();
    let (mut batches, rx) = pipeline::channel();
    std::thread::scope(|scope| {
        let parser = scope.spawn(|| -> Result<u64> {
            let mut i = 0usize;
            while let Some(line) = list
                .next()
                .map_err(|e| Error::io(path, e))?
                .map_err(|b| broken(&file, b))?
            {
                let raw = Raw {
                    bytes: &list.buf,
                    line,
                };
                let parsed = request(&file, &raw, &format!("$.requests[{i}]"))?;
                i += 1;
                if !batches.push(Msg::Row(parsed), || (done + list.read).min(total)) {
                    return Ok(list.read);
                }
            }
            batches.finish((done + list.read).min(total));
            Ok(list.read)
        });
        let written = pipeline::write(w, rx, false, total, progress);
        let read = parser
            .join()
            .map_err(|_| Error::Internal("the bundle's parser thread panicked".into()))?;
        written?;
        read
    })
}

/// One request of a bundle, deserialized and prepared for the writer, or what is wrong with it.
fn request(file: &str, raw: &Raw, at: &str) -> Result<Parsed> {
    let r = match serde_json::from_slice::<Request>(raw.bytes) {
        Ok(r) => r,
        Err(_) => match deserialize(file, &raw.value(file)?, at) {
            Ok(r) => r,
            Err(p) => return Ok((vec![*p], None)),
        },
    };
    Ok((Vec::new(), Some(super::prepare(file, json_path(at), r)?)))
}

/// A break in a section list's syntax, as the import's error.
fn broken(file: &str, b: elements::Broken) -> Error {
    Error::InvalidInput(vec![Problem::error(
        file,
        Location::Line { line: b.line },
        say!("expected-valid-json", detail = b.expected),
    )])
}

fn json_path(path: &str) -> Location {
    Location::JsonPath {
        path: path.to_string(),
    }
}

fn check_header(file: &str, root: &Map<String, Value>) -> Result<()> {
    let problem = |field: &str, found: Text, expected: Text| {
        Error::InvalidInput(vec![Problem::error(
            file,
            json_path(&format!("$.{field}")),
            expected,
        )
        .field(field)
        .found_words(found)])
    };
    match root.get("format") {
        Some(Value::String(s)) if s == BUNDLE_FORMAT => {}
        Some(v) => {
            return Err(problem(
                "format",
                short(v),
                Text::verbatim(format!("\"{BUNDLE_FORMAT}\"")),
            ))
        }
        None => {
            return Err(problem(
                "format",
                say!("found-no-format-key"),
                say!("expected-format-key"),
            ))
        }
    }
    match root.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(BUNDLE_VERSION)).contains(&v) => Ok(()),
        Some(v) if v > u64::from(BUNDLE_VERSION) => Err(problem(
            "version",
            Text::verbatim(v.to_string()),
            say!("expected-bundle-version-newer", newest = BUNDLE_VERSION),
        )),
        _ => Err(problem(
            "version",
            root.get("version")
                .map(short)
                .unwrap_or_else(|| say!("found-nothing")),
            say!(
                "expected-bundle-version",
                versions = crate::i18n::one_of(
                    &(1..=BUNDLE_VERSION)
                        .map(|v| v.to_string())
                        .collect::<Vec<_>>()
                )
            ),
        )),
    }
}

/// Deserializes one record, turning serde's complaint into a problem with a JSON path.
pub(crate) fn record<T: DeserializeOwned>(
    w: &mut Writer,
    item: &Value,
    at: &str,
    write: impl FnOnce(&mut Writer, T) -> Result<()>,
) -> Result<()> {
    match deserialize(w.file(), item, at) {
        Ok(rec) => write(w, rec),
        Err(p) => {
            w.push(*p);
            Ok(())
        }
    }
}

/// One record from its JSON, or the problem with its JSON path that says what is wrong.
fn deserialize<T: DeserializeOwned>(
    file: &str,
    item: &Value,
    at: &str,
) -> std::result::Result<T, Box<Problem>> {
    serde_path_to_error::deserialize::<_, T>(item).map_err(|e| {
        let inner = e.path().to_string();
        let full = if inner == "." || inner.is_empty() {
            at.to_string()
        } else {
            format!("{at}.{inner}")
        };
        Box::new(describe(
            file,
            &full,
            item,
            &inner,
            &e.into_inner().to_string(),
        ))
    })
}

/// Builds the problem for a serde message; subject identifiers are never echoed.
fn describe(file: &str, full: &str, item: &Value, inner: &str, msg: &str) -> Problem {
    let secret = full.contains(".subjects");
    let last = inner.rsplit('.').next().unwrap_or(inner);
    let field = last.split('[').next().unwrap_or(last).to_string();
    let loc = json_path(full);
    // data: how serde's messages start.
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(", expected ").replace('`', "");
        return Problem::error(file, loc, say!("expected-known-field", fields = expected))
            .field(name)
            .found_words(say!("found-unknown-field"));
    }
    // data: how serde's messages start.
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return Problem::error(file, loc, say!("expected-required-field"))
            .field(name)
            .found_words(say!("found-nothing"));
    }
    let expected = match msg.rsplit_once("expected ") {
        Some((_, e)) => plain_expected(e),
        None => Text::verbatim(msg),
    };
    let mut p = Problem::error(file, loc, expected).field(field);
    if !secret {
        if let Some(v) = lookup(item, inner) {
            p = p.found_words(short(v));
        }
    }
    p
}

/// serde's type words, in the words of a person reading the file. What Disclose's own
/// types say (a date, a retention, one of a list) comes back as the catalogue's message.
fn plain_expected(e: &str) -> Text {
    let e = e.trim().trim_end_matches('.').replace('`', "");
    match e.as_str() {
        "u32" | "u64" | "u16" => say!("expected-whole-number"),
        "f64" | "f32" => say!("expected-a-number"),
        "a boolean" => say!("expected-true-or-false"),
        "a sequence" => say!("expected-list"),
        s if s.starts_with("struct ") => say!("expected-object-for", name = &s[7..]),
        // data: serde's words for a list of variants.
        s if s.starts_with("one of ") => say!("expected-one-of", list = &s[7..]),
        s if s == crate::date::date_expected().to_string() => crate::date::date_expected(),
        s if s == crate::domain::retention_expected().to_string() => {
            crate::domain::retention_expected()
        }
        s => Text::verbatim(s),
    }
}

/// The value at serde_path_to_error's path (`requests[0].received` style, relative to `item`).
fn lookup<'v>(item: &'v Value, inner: &str) -> Option<&'v Value> {
    if inner.is_empty() || inner == "." {
        return Some(item);
    }
    let mut v = item;
    for seg in inner.split('.') {
        let (name, rest) = seg.split_once('[').unwrap_or((seg, ""));
        if !name.is_empty() {
            v = v.get(name)?;
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            v = v.get(idx.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// What a value is, as a problem's "found": its text, or what kind of thing it is.
fn short(v: &Value) -> Text {
    match v {
        Value::String(s) => Text::verbatim(crate::error::shorten(s, 80)),
        Value::Array(_) => say!("found-a-list"),
        Value::Object(_) => say!("found-an-object"),
        other => Text::verbatim(other.to_string()),
    }
}

/// "valid JSON (what the parser said at column C)".
fn json_expected(e: &serde_json::Error) -> Text {
    say!(
        "expected-valid-json-at",
        detail = json_reason(e),
        column = e.column().to_string()
    )
}

fn json_reason(e: &serde_json::Error) -> String {
    let s = e.to_string();
    // data: serde_json appends " at line L column C"; the location is reported separately.
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
