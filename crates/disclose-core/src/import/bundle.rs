//! The bundle v1 reader: strict JSON, every error with its JSON path.
//!
//! Each record is deserialized on its own, so one bad request does not hide
//! the errors of the next; the sections are written in dependency order
//! (organisations before the requests that name them).

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::{text, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::domain::{BUNDLE_FORMAT, BUNDLE_VERSION};
use crate::error::{Error, Location, Problem, Result};

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
    let text = text::read_utf8(path)?;
    let file = w.file().to_string();
    if text.trim().is_empty() {
        return Err(Error::InvalidInput(vec![Problem::error(
            &file,
            Location::File,
            "a Disclose bundle: a JSON object with \"format\": \"disclose-bundle\"",
        )
        .found("an empty file")]));
    }
    let root: Value = serde_json::from_str(&text).map_err(|e| {
        Error::InvalidInput(vec![Problem::error(
            &file,
            Location::Line {
                line: e.line() as u64,
            },
            format!("valid JSON ({} at column {})", json_reason(&e), e.column()),
        )])
    })?;
    let Value::Object(root) = root else {
        return Err(Error::InvalidInput(vec![Problem::error(
            &file,
            json_path("$"),
            "a JSON object with \"format\": \"disclose-bundle\"",
        )
        .found(type_name(&root))]));
    };
    check_header(&file, &root)?;
    for key in root.keys() {
        if key != "format" && key != "version" && !SECTIONS.contains(&key.as_str()) {
            w.push(
                Problem::error(
                    &file,
                    json_path("$"),
                    format!("one of format, version, {}", SECTIONS.join(", ")),
                )
                .field(key.as_str())
                .found("unknown key"),
            );
        }
    }
    let total: u64 = SECTIONS
        .iter()
        .filter_map(|s| root.get(*s).and_then(Value::as_array))
        .map(|a| a.len() as u64)
        .sum();
    let mut done = 0u64;
    for section in SECTIONS {
        let Some(value) = root.get(section) else {
            continue;
        };
        let Some(items) = value.as_array() else {
            w.push(
                Problem::error(&file, json_path(&format!("$.{section}")), "a list ([...])")
                    .field(section)
                    .found(type_name(value)),
            );
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let at = format!("$.{section}[{i}]");
            let loc = json_path(&at);
            match section {
                "organisations" => record(w, item, &at, |w, o| w.organisation(&o, &loc))?,
                "categories" => record(w, item, &at, |w, c| w.category(&c, &loc))?,
                "matters" => record(w, item, &at, |w, m| w.matter(&m, &loc))?,
                "inventory" => record(w, item, &at, |w, e| w.inventory(&e, &loc))?,
                "policy_changes" => record(w, item, &at, |w, p| w.policy_change(&p, &loc))?,
                "report_texts" => record(w, item, &at, |w, t| w.report_text(&t, &loc))?,
                "requests" => record(w, item, &at, |w, r| {
                    let prepared = super::prepare(w.file(), loc.clone(), r)?;
                    w.request(prepared, false)
                })?,
                _ => record(w, item, &at, |w, a| w.aggregate(&a, &loc))?,
            }
            done += 1;
            if done.is_multiple_of(1024) || done == total {
                let go_on = progress(ProgressEvent {
                    done,
                    total,
                    unit: ProgressUnit::Rows,
                    records: w.records(),
                });
                if !go_on {
                    return Err(Error::Cancelled);
                }
            }
            if w.should_stop() {
                return Ok(());
            }
        }
    }
    Ok(())
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

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
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
