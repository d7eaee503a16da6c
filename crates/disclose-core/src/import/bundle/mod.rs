//! The bundle reader: strict JSON, every error with its JSON path, streamed.
//!
//! `scan` first finds where each top-level key starts (and refuses over-long strings and
//! bytes that are not UTF-8, in constant memory); then the header is checked, and each
//! section is read from its place in the file in dependency order (organisations before
//! the requests that name them, whatever the file's order), one record at a time, so
//! memory does not grow with the number of records. Each record is deserialized on its
//! own, so one bad request does not hide the errors of the next.

mod scan;

use std::cell::Cell;
use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::rc::Rc;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

use super::{text, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::domain::{BUNDLE_FORMAT, BUNDLE_VERSION};
use crate::error::{Error, Location, Problem, Result};
use crate::thousands;
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
    let size = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
    let mut head = [0u8; 4];
    let got = open()?.read(&mut head).map_err(|e| Error::io(path, e))?;
    let skip = text::check_start(path, &head[..got])? as u64;
    let mut body = open()?;
    body.seek(SeekFrom::Start(skip)).map_err(|e| Error::io(path, e))?;
    let keys = match scan::scan(body).map_err(|e| Error::io(path, e))? {
        Scan::Object(keys) => keys,
        Scan::LongString { line, bytes } => {
            return Err(Error::InvalidInput(vec![Problem::error(
                &file,
                Location::Line { line },
                format!(
                    "a text of at most {} bytes (the limit for one value of a bundle)",
                    thousands(scan::MAX_STRING_BYTES)
                ),
            )
            .found(format!("a text of more than {} bytes", thousands(bytes)))]))
        }
        Scan::NotUtf8 { line, bytes } => {
            return Err(Error::InvalidInput(vec![text::not_utf8(path, line, &bytes)]))
        }
        Scan::Malformed => return Err(malformed(path, &file, skip)?),
    };
    // The header first, whatever its place in the file.
    let mut header = Map::new();
    for key in keys.iter().filter(|k| k.name == "format" || k.name == "version") {
        let value: Value = value_at(path, skip, key, Rc::default(), |de| Value::deserialize(de))
            .map_err(|e| syntax(&file, key, &e))?;
        header.insert(key.name.clone(), value);
    }
    check_header(&file, &header)?;
    for key in &keys {
        if key.name != "format" && key.name != "version" && !SECTIONS.contains(&key.name.as_str()) {
            w.push(
                Problem::error(
                    &file,
                    json_path("$"),
                    format!("one of format, version, {}", SECTIONS.join(", ")),
                )
                .field(key.name.as_str())
                .found("unknown key"),
            );
        }
    }
    // Then each section in dependency order (organisations before what names them), one
    // record at a time: memory does not grow with the number of records.
    let mut stream = Stream {
        w,
        progress,
        done: 0,
        size: size.max(1),
        stop: None,
        read: Rc::default(),
        before: 0,
    };
    for section in SECTIONS {
        for key in keys.iter().filter(|k| k.name == section) {
            stream.read.set(0);
            let seed = SectionSeed {
                name: section,
                stream: &mut stream,
            };
            let counted = seed.stream.read.clone();
            let outcome = value_at(path, skip, key, counted, |de| seed.deserialize(de));
            stream.before += stream.read.get();
            if let Some(e) = stream.stop.take() {
                return Err(e);
            }
            outcome.map_err(|e| syntax(&file, key, &e))?;
            if stream.w.should_stop() {
                return Ok(());
            }
        }
    }
    Ok(())
}

/// A reader that counts the bytes it has given, for progress.
struct Counting<R> {
    inner: R,
    read: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

type FileDeserializer = serde_json::Deserializer<serde_json::de::IoRead<Counting<BufReader<File>>>>;

/// Deserializes the value that starts at `key`'s offset, reading the file from there;
/// `read` counts the bytes taken.
fn value_at<T>(
    path: &Path,
    skip: u64,
    key: &scan::Key,
    counted: Rc<Cell<u64>>,
    read: impl FnOnce(&mut FileDeserializer) -> std::result::Result<T, serde_json::Error>,
) -> std::result::Result<T, serde_json::Error> {
    let mut f = File::open(path).map_err(serde_json::Error::io)?;
    f.seek(SeekFrom::Start(skip + key.offset)).map_err(serde_json::Error::io)?;
    let reader = Counting {
        inner: BufReader::with_capacity(1 << 16, f),
        read: counted,
    };
    let mut de = serde_json::Deserializer::from_reader(reader);
    read(&mut de)
}

/// A JSON syntax error inside a section, at its line in the file.
fn syntax(file: &str, key: &scan::Key, e: &serde_json::Error) -> Error {
    let line = key.line + (e.line() as u64).saturating_sub(1);
    Error::InvalidInput(vec![Problem::error(
        file,
        Location::Line { line },
        format!("valid JSON ({} at column {})", json_reason(e), e.column()),
    )])
}

/// Why a file that is not one JSON object cannot be a bundle, in the words the full parser
/// and the first byte give.
fn malformed(path: &Path, file: &str, skip: u64) -> Result<Error> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    f.seek(SeekFrom::Start(skip)).map_err(|e| Error::io(path, e))?;
    let reader = BufReader::new(f);
    let mut first = None;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = serde::de::IgnoredAny::deserialize(&mut de).and_then(|_| de.end());
    if let Err(e) = parsed {
        if e.is_eof() && e.line() <= 1 && e.column() == 0 {
            return Ok(Error::InvalidInput(vec![Problem::error(
                file,
                Location::File,
                "a Disclose bundle: a JSON object with \"format\": \"disclose-bundle\"",
            )
            .found("an empty file")]));
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
                "a Disclose bundle: a JSON object with \"format\": \"disclose-bundle\"",
            )
            .found("an empty file")]));
        }
        return Ok(Error::InvalidInput(vec![Problem::error(
            file,
            Location::Line { line: e.line() as u64 },
            format!("valid JSON ({} at column {})", json_reason(&e), e.column()),
        )]));
    }
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    f.seek(SeekFrom::Start(skip)).map_err(|e| Error::io(path, e))?;
    for b in BufReader::new(f).bytes() {
        let b = b.map_err(|e| Error::io(path, e))?;
        if !b.is_ascii_whitespace() {
            first = Some(b);
            break;
        }
    }
    let found = match first {
        Some(b'[') => "a list",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "true or false",
        Some(b'n') => "null",
        _ => "a number",
    };
    Ok(Error::InvalidInput(vec![Problem::error(
        file,
        json_path("$"),
        "a JSON object with \"format\": \"disclose-bundle\"",
    )
    .found(found)]))
}

/// What the section readers share: the writer, progress, and the error that stopped them.
struct Stream<'s, 'w, 't> {
    w: &'s mut Writer<'w>,
    progress: ProgressFn<'t>,
    done: u64,
    size: u64,
    stop: Option<Error>,
    /// Bytes read of the section being read, and of the sections read before it.
    read: Rc<Cell<u64>>,
    before: u64,
}

/// Reads one section's list record by record.
struct SectionSeed<'a, 's, 'w, 't> {
    name: &'static str,
    stream: &'a mut Stream<'s, 'w, 't>,
}

impl<'de> DeserializeSeed<'de> for SectionSeed<'_, '_, '_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl SectionSeed<'_, '_, '_, '_> {
    /// A section that is not a list: one problem, the value skipped.
    fn not_a_list(&mut self, found: &str) {
        let file = self.stream.w.file().to_string();
        self.stream.w.push(
            Problem::error(&file, json_path(&format!("$.{}", self.name)), "a list ([...])")
                .field(self.name)
                .found(found),
        );
    }
}

impl<'de> Visitor<'de> for SectionSeed<'_, '_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut i = 0usize;
        while let Some(item) = seq.next_element::<Value>()? {
            let at = format!("$.{}[{i}]", self.name);
            i += 1;
            if let Err(e) = self.stream.record(self.name, &item, &at) {
                self.stream.stop = Some(e);
                return Err(serde::de::Error::custom("stopped"));
            }
            self.stream.done += 1;
            if self.stream.done.is_multiple_of(1024) {
                let go_on = (self.stream.progress)(ProgressEvent {
                    done: (self.stream.before + self.stream.read.get()).min(self.stream.size),
                    total: self.stream.size,
                    unit: ProgressUnit::Bytes,
                    records: self.stream.w.records(),
                });
                if !go_on {
                    self.stream.stop = Some(Error::Cancelled);
                    return Err(serde::de::Error::custom("cancelled"));
                }
            }
            if self.stream.w.should_stop() {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                return Ok(());
            }
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> std::result::Result<(), A::Error> {
        while map.next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?.is_some() {}
        self.not_a_list("an object");
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(mut self, _: &str) -> std::result::Result<(), E> {
        self.not_a_list("a string");
        Ok(())
    }

    fn visit_bool<E: serde::de::Error>(mut self, _: bool) -> std::result::Result<(), E> {
        self.not_a_list("true or false");
        Ok(())
    }

    fn visit_i64<E: serde::de::Error>(mut self, _: i64) -> std::result::Result<(), E> {
        self.not_a_list("a number");
        Ok(())
    }

    fn visit_u64<E: serde::de::Error>(mut self, _: u64) -> std::result::Result<(), E> {
        self.not_a_list("a number");
        Ok(())
    }

    fn visit_f64<E: serde::de::Error>(mut self, _: f64) -> std::result::Result<(), E> {
        self.not_a_list("a number");
        Ok(())
    }

    fn visit_unit<E: serde::de::Error>(mut self) -> std::result::Result<(), E> {
        self.not_a_list("null");
        Ok(())
    }
}

impl Stream<'_, '_, '_> {
    /// Checks and writes one record of a section.
    fn record(&mut self, section: &str, item: &Value, at: &str) -> Result<()> {
        let w = &mut *self.w;
        let loc = json_path(at);
        match section {
            "organisations" => record(w, item, at, |w, o| w.organisation(&o, &loc)),
            "categories" => record(w, item, at, |w, c| w.category(&c, &loc)),
            "matters" => record(w, item, at, |w, m| w.matter(&m, &loc)),
            "inventory" => record(w, item, at, |w, e| w.inventory(&e, &loc)),
            "policy_changes" => record(w, item, at, |w, p| w.policy_change(&p, &loc)),
            "report_texts" => record(w, item, at, |w, t| w.report_text(&t, &loc)),
            "requests" => record(w, item, at, |w, r| {
                let prepared = super::prepare(w.file(), loc.clone(), r)?;
                w.request(prepared, false)
            }),
            _ => record(w, item, at, |w, a| w.aggregate(&a, &loc)),
        }
    }
}

fn json_path(path: &str) -> Location {
    Location::JsonPath {
        path: path.to_string(),
    }
}

fn check_header(file: &str, root: &Map<String, Value>) -> Result<()> {
    let problem = |field: &str, found: String, expected: &str| {
        Error::InvalidInput(vec![Problem::error(
            file,
            json_path(&format!("$.{field}")),
            expected,
        )
        .field(field)
        .found(found)])
    };
    match root.get("format") {
        Some(Value::String(s)) if s == BUNDLE_FORMAT => {}
        Some(v) => return Err(problem("format", short(v), "\"disclose-bundle\"")),
        None => {
            return Err(problem(
                "format",
                "no format key".into(),
                "\"format\": \"disclose-bundle\" (is this a Disclose bundle?)",
            ))
        }
    }
    match root.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(BUNDLE_VERSION)).contains(&v) => Ok(()),
        Some(v) if v > u64::from(BUNDLE_VERSION) => Err(problem(
            "version",
            v.to_string(),
            &format!("version 1 to {BUNDLE_VERSION} (this bundle was written by a newer Disclose; update Disclose to read it)"),
        )),
        _ => Err(problem(
            "version",
            root.get("version")
                .map(short)
                .unwrap_or_else(|| "nothing".into()),
            &format!(
                "the number {}",
                (1..=BUNDLE_VERSION).map(|v| v.to_string()).collect::<Vec<_>>().join(" or ")
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
    match serde_path_to_error::deserialize::<_, T>(item) {
        Ok(rec) => write(w, rec),
        Err(e) => {
            let inner = e.path().to_string();
            let full = if inner == "." || inner.is_empty() {
                at.to_string()
            } else {
                format!("{at}.{inner}")
            };
            let p = describe(w.file(), &full, item, &inner, &e.into_inner().to_string());
            w.push(p);
            Ok(())
        }
    }
}

/// Builds the problem for a serde message; subject identifiers are never echoed.
fn describe(file: &str, full: &str, item: &Value, inner: &str, msg: &str) -> Problem {
    let secret = full.contains(".subjects");
    let last = inner.rsplit('.').next().unwrap_or(inner);
    let field = last.split('[').next().unwrap_or(last).to_string();
    let loc = json_path(full);
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected.trim_start_matches(", expected ").replace('`', "");
        return Problem::error(file, loc, format!("a known field: {expected}"))
            .field(name)
            .found("unknown field");
    }
    if let Some(rest) = msg.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return Problem::error(file, loc, "a value: the field is required")
            .field(name)
            .found("nothing");
    }
    let expected = match msg.rsplit_once("expected ") {
        Some((_, e)) => plain_expected(e),
        None => msg.to_string(),
    };
    let mut p = Problem::error(file, loc, expected).field(field);
    if !secret {
        if let Some(v) = lookup(item, inner) {
            p = p.found(short(v));
        }
    }
    p
}

/// serde's type words, in the words of a person reading the file.
fn plain_expected(e: &str) -> String {
    let e = e.trim().trim_end_matches('.').replace('`', "");
    match e.as_str() {
        "u32" | "u64" | "u16" => "a whole number, 0 or more".into(),
        "f64" | "f32" => "a number".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list ([...])".into(),
        s if s.starts_with("struct ") => format!("an object ({{...}}) for {}", &s[7..]),
        s => s.to_string(),
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

fn short(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
        other => other.to_string(),
    }
}


fn json_reason(e: &serde_json::Error) -> String {
    let s = e.to_string();
    // serde_json appends " at line L column C"; the location is reported separately.
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
