//! Reads a published file in a known layout: one aggregate per period, country, process
//! and figure, summed over the rows and wordings that share them, each with its source
//! (file, rows, wording, checksum, the period as published).
//!
//! Files collected from archives are rarely clean: unless the import is strict, bytes that
//! are not UTF-8 are read as U+FFFD with a warning (a row whose ISO code is fine imports on
//! it), and a place that is no ISO country keeps its published name, with a warning once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{Header, Layout, Org, Place, Value};
use crate::date::FuzzyDate;
use crate::domain::{Aggregate, Metric, Organisation, Process, Scope, Unit};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::import::{text, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::trace::Trace;

#[derive(Default)]
struct Sum {
    value: Option<f64>,
    min: f64,
    max: f64,
    banded: bool,
    /// Rows that gave this figure a value; a median from more than one is unknown.
    given: usize,
    median: bool,
    rows: Vec<u64>,
    wordings: Vec<String>,
    periods: Vec<String>,
}

/// Organisation, period start and end, place, process, scope, metric.
type Key = (
    String,
    String,
    String,
    Option<String>,
    Option<Process>,
    Option<Scope>,
    Metric,
);

pub(crate) fn read(
    path: &Path,
    layout: &Layout,
    w: &mut Writer,
    progress: ProgressFn,
) -> Result<()> {
    let file = w.file().to_string();
    let sha = w.short_sha256().to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (body, undecodable) = text::read_text(path, !w.strict())?;
    for p in undecodable {
        w.push(p);
    }
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut records = rdr.records();
    let header: Vec<String> = match records.next() {
        Some(r) => r
            .map_err(|e| text::csv_error(&file, &e))?
            .iter()
            .map(String::from)
            .collect(),
        None => return Ok(()),
    };
    let h = Header::new(&header);
    let mut organisations: BTreeMap<String, String> = BTreeMap::new();
    let mut places_named: BTreeSet<String> = BTreeSet::new();
    let mut sums: BTreeMap<Key, Sum> = BTreeMap::new();
    for (i, record) in records.enumerate() {
        let row = i as u64 + 2;
        let loc = Location::Line { line: row };
        let record = record.map_err(|e| text::csv_error(&file, &e))?;
        let cell = |names: &[&str]| {
            h.find(names)
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .trim()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let fail = |w: &mut Writer, field: &str, found: &str, expected: Text| {
            w.push(
                Problem::error(&file, loc.clone(), expected)
                    .field(field)
                    .found(found),
            );
        };
        let org = match layout.organisation {
            Org::Fixed(id, org_name) => (id.to_string(), org_name.to_string()),
            Org::Column(c) => match cell(&[c]) {
                "" => {
                    fail(w, c, "", say!("expected-service"));
                    continue;
                }
                service => (crate::validate::slug(service), service.to_string()),
            },
        };
        let parsed = layout.period.parse(&cell, &name).and_then(|period| {
            let process = layout.process.parse(&cell)?;
            Ok((period, process))
        });
        let ((start, end), row_process) = match parsed {
            Ok(p) => p,
            Err(b) => {
                fail(w, b.field, &b.found, b.expected);
                continue;
            }
        };
        let country = match layout.country.parse(&cell) {
            None => None,
            Some(Place::Code(c)) => Some(c),
            Some(Place::Named(n)) if w.strict() => {
                fail(w, "country", &n, say!("expected-iso-country-strict"));
                continue;
            }
            Some(Place::Named(n)) => {
                if places_named.insert(n.clone()) {
                    w.push(
                        Problem::warning(&file, loc.clone(), say!("expected-iso-country-kept"))
                            .field("country")
                            .found(&n),
                    );
                }
                Some(n)
            }
        };
        organisations.entry(org.0.clone()).or_insert(org.1);
        let published = layout.period.published(&cell, &name);
        let (process, wording, row_metric) =
            (row_process.process, row_process.wording, row_process.metric);
        for f in layout.figures {
            let metric = row_metric.unwrap_or(f.metric);
            if f.optional && f.value.columns().is_some_and(|c| h.find(c).is_none()) {
                continue;
            }
            let (lo, hi, banded) = match f.value.parse(&cell) {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(b) => {
                    fail(w, b.field, &b.found, b.expected);
                    continue;
                }
            };
            let key = (
                org.0.clone(),
                start.to_string(),
                end.to_string(),
                country.clone(),
                f.process.unwrap_or(process),
                f.scope.unwrap_or(layout.scope),
                metric,
            );
            let sum = sums.entry(key).or_default();
            sum.median = matches!(f.value, Value::Median(_));
            sum.given += 1;
            sum.banded |= banded;
            sum.min += lo;
            sum.max += hi;
            sum.value = Some(sum.value.unwrap_or(0.0) + lo);
            sum.rows.push(row);
            if !wording.is_empty() && !sum.wordings.contains(&wording) {
                sum.wordings.push(wording.clone());
            }
            if !sum.periods.contains(&published) {
                sum.periods.push(published.clone());
            }
        }
        if i % 1024 == 0
            && !progress(ProgressEvent {
                done: row,
                total: 0,
                unit: ProgressUnit::Rows,
                records: w.records(),
            })
        {
            return Err(Error::Cancelled);
        }
    }
    for (id, org_name) in &organisations {
        w.organisation(
            &Organisation {
                id: id.clone(),
                name: org_name.clone(),
                service: None,
                url: None,
            },
            &Location::File,
        )?;
    }
    for ((org, start, end, country, process, scope, metric), s) in sums {
        // A median of several rows cannot be told from their medians: unknown.
        if s.median && s.given > 1 {
            continue;
        }
        let shown: Vec<String> = s.rows.iter().take(3).map(u64::to_string).collect();
        let wording = if s.wordings.is_empty() {
            String::new()
        } else {
            format!(" \"{}\"", s.wordings.join("\" + \""))
        };
        let a = Aggregate {
            organisation: org.clone(),
            period_start: start
                .parse()
                .map_err(|_| Error::Internal("period start".into()))?,
            period_end: end
                .parse::<FuzzyDate>()
                .map_err(|_| Error::Internal("period end".into()))?,
            country,
            process,
            scope,
            metric,
            value: if s.banded { None } else { s.value },
            value_min: s.banded.then_some(s.min),
            value_max: s.banded.then_some(s.max),
            unit: if s.median { Unit::Hours } else { Unit::Count },
            source: Some(format!(
                "{name} ({}) row {}{wording}; sha256 {}",
                layout.name,
                shown.join(", "),
                sha
            )),
        };
        let trace = Trace {
            layout: Some(layout.name.to_string()),
            publisher: organisations.get(&org).cloned(),
            wording: s.wordings,
            ..w.trace(&s.rows, s.periods.join("; "))
        };
        w.aggregate(&a, &Location::File, Some(&trace))?;
    }
    Ok(())
}
