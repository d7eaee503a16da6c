//! Reads a published file in a known layout: one aggregate per period, country, process
//! and figure, summed over the rows and wordings that share them, each with its source
//! (file, rows, wording, checksum).

use std::collections::BTreeMap;
use std::path::Path;

use super::{Header, Layout};
use crate::date::FuzzyDate;
use crate::domain::{Aggregate, Metric, Organisation, Process, Unit};
use crate::error::{Error, Location, Problem, Result};
use crate::import::{text, ProgressEvent, ProgressFn, ProgressUnit, Writer};

#[derive(Default)]
struct Sum {
    value: Option<f64>,
    min: f64,
    max: f64,
    banded: bool,
    known: bool,
    rows: Vec<u64>,
    wordings: Vec<String>,
}

type Key = (String, String, Option<String>, Option<Process>, Metric);

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
    let body = text::read_utf8(path)?;
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
    let (org_id, org_name) = layout.organisation;
    w.organisation(
        &Organisation {
            id: org_id.into(),
            name: org_name.into(),
            service: None,
            url: None,
        },
        &Location::File,
    )?;
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
        let fail = |w: &mut Writer, field: &str, found: &str, expected: &str| {
            w.push(
                Problem::error(&file, loc.clone(), expected)
                    .field(field)
                    .found(found),
            );
        };
        let parsed = layout.period.parse(&cell, &name).and_then(|period| {
            let country = layout.country.parse(&cell)?;
            let process = layout.process.parse(&cell)?;
            Ok((period, country, process))
        });
        let ((start, end), country, row_process) = match parsed {
            Ok(p) => p,
            Err(b) => {
                fail(w, b.field, &b.found, &b.expected);
                continue;
            }
        };
        let (process, wording, row_metric) =
            (row_process.process, row_process.wording, row_process.metric);
        for f in layout.figures {
            let metric = row_metric.unwrap_or(f.metric);
            if f.optional && f.value.columns().is_some_and(|c| h.find(c).is_none()) {
                continue;
            }
            let parsed = f.value.parse(&cell);
            let (lo, hi, banded) = match parsed {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(()) => {
                    fail(
                        w,
                        metric.as_str(),
                        &record.iter().collect::<Vec<_>>().join(","),
                        "numbers (blank for unknown)",
                    );
                    continue;
                }
            };
            let key = (
                start.to_string(),
                end.to_string(),
                country.clone(),
                f.process.unwrap_or(process),
                metric,
            );
            let sum = sums.entry(key).or_default();
            sum.known = true;
            sum.banded |= banded;
            sum.min += lo;
            sum.max += hi;
            sum.value = Some(sum.value.unwrap_or(0.0) + lo);
            if sum.rows.len() < 3 {
                sum.rows.push(row);
            }
            if !wording.is_empty() && !sum.wordings.contains(&wording) {
                sum.wordings.push(wording.clone());
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
    for ((start, end, country, process, metric), s) in sums {
        if !s.known {
            continue;
        }
        let rows: Vec<String> = s.rows.iter().map(u64::to_string).collect();
        let wording = if s.wordings.is_empty() {
            String::new()
        } else {
            format!(" \"{}\"", s.wordings.join("\" + \""))
        };
        let a = Aggregate {
            organisation: org_id.into(),
            period_start: start
                .parse()
                .map_err(|_| Error::Internal("period start".into()))?,
            period_end: end
                .parse::<FuzzyDate>()
                .map_err(|_| Error::Internal("period end".into()))?,
            country,
            process,
            scope: layout.scope,
            metric,
            value: if s.banded { None } else { s.value },
            value_min: s.banded.then_some(s.min),
            value_max: s.banded.then_some(s.max),
            unit: Unit::Count,
            source: Some(format!(
                "{name} ({}) row {}{wording}; sha256 {}",
                layout.name,
                rows.join(", "),
                sha
            )),
        };
        w.aggregate(&a, &Location::File)?;
    }
    Ok(())
}
