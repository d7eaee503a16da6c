//! Published counts in any CSV layout: the canonical aggregate columns, or other columns
//! named through a mapping file, so a company can be added without code.
//!
//! The canonical columns are those of the bundle's `aggregates`: `organisation`,
//! `period_start`, `period_end`, `country`, `process`, `metric`, `value`, `value_min`,
//! `value_max`, `unit`, `source`. A `value` may be a band ("1,250 - 1,499"); blank is
//! unknown, never zero.

use std::path::Path;
use std::str::FromStr;

use super::mapping::Mapping;
use super::published::number_or_band;
use super::{text, ImportOptions, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::date::FuzzyDate;
use crate::domain::{country_code, Aggregate, Metric, Process, Scope, Unit};
use crate::error::{Error, Location, Problem, Result};

pub const AGGREGATE_COLUMNS: &[&str] = &[
    "organisation",
    "period_start",
    "period_end",
    "country",
    "process",
    "scope",
    "metric",
    "value",
    "value_min",
    "value_max",
    "unit",
    "source",
];

/// Columns only a table of counts has; naming one makes a file (or mapping) such a table.
const ONLY_AGGREGATES: &[&str] = &[
    "period_start",
    "period_end",
    "metric",
    "value_min",
    "value_max",
    "unit",
];

/// What a header column becomes: the mapping's target, else the column itself.
fn target<'a>(header: &'a str, mapping: Option<&'a Mapping>) -> Option<&'a str> {
    match mapping.and_then(|m| m.columns.get(header)) {
        Some(t) => t.as_deref(),
        None => Some(header.trim()),
    }
}

/// Whether this header, read through this mapping, is a table of published counts.
pub(crate) fn is_counts_table(header: &[String], mapping: Option<&Mapping>) -> bool {
    let from_header = header.iter().filter_map(|h| target(h, mapping));
    let from_mapping = mapping.into_iter().flat_map(|m| {
        m.columns
            .values()
            .filter_map(|t| t.as_deref())
            .chain(m.defaults.keys().map(String::as_str))
    });
    from_header
        .chain(from_mapping)
        .any(|c| ONLY_AGGREGATES.contains(&c))
}

pub(crate) fn read(
    path: &Path,
    w: &mut Writer,
    opts: &ImportOptions,
    progress: ProgressFn,
) -> Result<()> {
    let file = w.file().to_string();
    let sha = w.short_sha256().to_string();
    let mapping = opts.mapping.as_ref();
    let body = text::read_utf8(path)?;
    let delimiter = mapping.and_then(|m| m.delimiter).unwrap_or(',');
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter as u8)
        .from_reader(body.as_bytes());
    let csv_error = |e: csv::Error| text::csv_error(&file, &e);
    let mut records = rdr.records();
    let Some(header) = records.next().transpose().map_err(csv_error)? else {
        return Ok(());
    };
    // Canonical column -> position in the row.
    let mut at: Vec<(&str, usize)> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        match target(h, mapping) {
            Some(t) if AGGREGATE_COLUMNS.contains(&t) => at.push((t, i)),
            _ => {}
        }
    }
    let missing: Vec<&str> = ["period_start", "period_end", "metric", "value"]
        .into_iter()
        .filter(|c| {
            let given = at.iter().any(|(t, _)| t == c)
                || mapping.is_some_and(|m| m.defaults.contains_key(*c));
            // A band's two columns stand for the value.
            let band = *c == "value"
                && at.iter().any(|(t, _)| *t == "value_min")
                && at.iter().any(|(t, _)| *t == "value_max");
            !given && !band
        })
        .collect();
    if !missing.is_empty() {
        return Err(Error::InvalidInput(vec![Problem::error(
            &file,
            Location::Line { line: 1 },
            format!(
                "columns for {} (name them in the header or map them in the mapping file)",
                missing.join(", ")
            ),
        )
        .field("header")
        .found(header.iter().collect::<Vec<_>>().join(", "))]));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (i, record) in records.enumerate() {
        let line = i as u64 + 2;
        let loc = Location::Line { line };
        let record = record.map_err(csv_error)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // A cell by canonical column, through the mapping's value map and defaults.
        let cell = |col: &str| -> Option<String> {
            let raw = at
                .iter()
                .find(|(t, _)| *t == col)
                .and_then(|(_, i)| record.get(*i))
                .map(str::trim)
                .unwrap_or("");
            let mapped = mapping
                .and_then(|m| m.values.get(col))
                .and_then(|v| v.get(raw))
                .map(String::as_str)
                .unwrap_or(raw);
            if !mapped.is_empty() {
                return Some(mapped.to_string());
            }
            mapping
                .and_then(|m| m.defaults.get(col).cloned())
                .or_else(|| {
                    (col == "organisation")
                        .then(|| opts.organisation.clone())
                        .flatten()
                })
        };
        let mut bad = false;
        let mut fail = |w: &mut Writer, field: &str, found: &str, expected: &str| {
            bad = true;
            w.push(
                Problem::error(&file, loc.clone(), expected)
                    .field(field)
                    .found(found),
            );
        };
        let date =
            |w: &mut Writer, fail: &mut dyn FnMut(&mut Writer, &str, &str, &str), col: &str| {
                let v = cell(col).unwrap_or_default();
                // The mapping's day formats (`%d/%m/%Y`) after the ISO forms.
                let by_format = mapping.and_then(|m| {
                    m.date_formats.iter().find_map(|f| {
                        chrono::NaiveDate::parse_from_str(&v, f)
                            .ok()
                            .map(FuzzyDate::day)
                    })
                });
                match FuzzyDate::from_str(&v) {
                    Ok(d) => Some(d),
                    Err(_) if by_format.is_some() => by_format,
                    Err(e) => {
                        fail(w, col, &v, e.to_string().trim_start_matches("expected "));
                        None
                    }
                }
            };
        let start = date(w, &mut fail, "period_start");
        let end = date(w, &mut fail, "period_end");
        let organisation = cell("organisation").unwrap_or_default();
        let country = match cell("country") {
            None => None,
            Some(c) => match country_code(&c) {
                Some(code) => Some(code),
                None => {
                    fail(
                        w,
                        "country",
                        &c,
                        "a country name or ISO 3166-1 code (map others under values.country)",
                    );
                    None
                }
            },
        };
        let process = match cell("process") {
            None => None,
            Some(p) => match Process::from_str(&p) {
                Ok(p) => Some(p),
                Err(_) => {
                    fail(
                        w,
                        "process",
                        &p,
                        &format!(
                            "{} (map wordings under values.process)",
                            Process::expected()
                        ),
                    );
                    None
                }
            },
        };
        let scope = match cell("scope") {
            None => None,
            Some(v) => match Scope::from_str(&v) {
                Ok(s) => Some(s),
                Err(_) => {
                    fail(
                        w,
                        "scope",
                        &v,
                        &format!("{} (blank for account data)", Scope::expected()),
                    );
                    None
                }
            },
        };
        let metric = cell("metric").unwrap_or_default();
        let metric = match Metric::from_str(&metric) {
            Ok(m) => Some(m),
            Err(_) => {
                fail(w, "metric", &metric, &Metric::expected());
                None
            }
        };
        let unit = match cell("unit") {
            None => Some(Unit::Count),
            Some(u) => Unit::from_str(&u).ok().or_else(|| {
                fail(w, "unit", &u, &Unit::expected());
                None
            }),
        };
        let number =
            |w: &mut Writer, fail: &mut dyn FnMut(&mut Writer, &str, &str, &str), col: &str| {
                let v = cell(col).unwrap_or_default();
                number_or_band(&v).unwrap_or_else(|()| {
                    fail(
                        w,
                        col,
                        &v,
                        "a number, a band such as 1,250 - 1,499, or blank for unknown",
                    );
                    None
                })
            };
        let (mut value, mut lo, mut hi) = (None, None, None);
        match number(w, &mut fail, "value") {
            Some((a, b, true)) => (lo, hi) = (Some(a), Some(b)),
            Some((v, _, false)) => value = Some(v),
            None => {}
        }
        if let Some((v, _, _)) = number(w, &mut fail, "value_min") {
            lo = Some(v);
        }
        if let Some((v, _, _)) = number(w, &mut fail, "value_max") {
            hi = Some(v);
        }
        let (Some(period_start), Some(period_end), Some(metric), Some(unit)) =
            (start, end, metric, unit)
        else {
            continue;
        };
        if bad || !w.ensure_organisation(&organisation, &loc)? {
            continue;
        }
        if value.is_none() && lo.is_none() && hi.is_none() {
            // Blank is unknown: nothing to record, and nothing wrong.
            continue;
        }
        let source = cell("source").unwrap_or_else(|| format!("{name} row {line}; sha256 {sha}"));
        w.aggregate(
            &Aggregate {
                organisation,
                period_start,
                period_end,
                country,
                process,
                scope,
                metric,
                value,
                value_min: lo,
                value_max: hi,
                unit,
                source: Some(source),
            },
            &loc,
        )?;
        if i % 1024 == 0
            && !progress(ProgressEvent {
                done: line,
                total: 0,
                unit: ProgressUnit::Rows,
                records: w.records(),
            })
        {
            return Err(Error::Cancelled);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{import_files, ImportOptions};
    use crate::store::{self, Store};

    fn import(files: &[(&str, &str)], opts: &ImportOptions) -> (Store, Result<()>) {
        let dir = tempfile::tempdir().expect("dir");
        let paths: Vec<_> = files
            .iter()
            .map(|(name, body)| {
                let p = dir.path().join(name);
                std::fs::write(&p, body).expect("write");
                p
            })
            .collect();
        let refs: Vec<&Path> = paths.iter().map(|p| p.as_path()).collect();
        let mut store = Store::open_in_memory().expect("store");
        let r = import_files(&mut store, &refs, opts, &mut |_| true).map(drop);
        (store, r)
    }

    fn aggregates(s: &Store) -> Vec<Aggregate> {
        store::aggregates::list(s.conn()).expect("list")
    }

    #[test]
    fn the_canonical_columns_import_as_published_counts_with_bands_and_blanks() {
        let csv = "organisation,period_start,period_end,country,process,metric,value\n\
                   acme,2023-01-01,2023-06-30,US,subpoena,requests,\"1,250\"\n\
                   acme,2023-01-01,2023-06-30,US,national_security,requests,0 - 249\n\
                   acme,2023-01-01,2023-06-30,FR,subpoena,requests,\n";
        let (s, r) = import(&[("acme.csv", csv)], &ImportOptions::default());
        r.expect("import");
        let all = aggregates(&s);
        assert_eq!(all.len(), 2, "the blank row is unknown, not zero: {all:?}");
        let sub = all
            .iter()
            .find(|a| a.process == Some(Process::Subpoena))
            .expect("subpoena");
        assert_eq!(
            (sub.value, sub.country.as_deref()),
            (Some(1250.0), Some("US"))
        );
        let ns = all
            .iter()
            .find(|a| a.process == Some(Process::NationalSecurity))
            .expect("band");
        assert_eq!(
            (ns.value, ns.value_min, ns.value_max),
            (None, Some(0.0), Some(249.0))
        );
        assert!(ns
            .source
            .as_deref()
            .is_some_and(|s| s.contains("acme.csv row 3")));
    }

    #[test]
    fn a_mapping_file_adds_a_company_in_its_own_layout() {
        let csv = "From;To;Land;Art;Anfragen\n\
                   01/01/2023;30/06/2023;Deutschland;Durchsuchungsbeschluss;12\n\
                   01/07/2023;31/12/2023;Frankreich;Auskunftsersuchen;7\n";
        let mapping: Mapping = serde_json::from_str(
            r#"{"format": "disclose-mapping", "version": 1, "delimiter": ";",
                "columns": {"From": "period_start", "To": "period_end", "Land": "country",
                            "Art": "process", "Anfragen": "value"},
                "values": {"process": {"Durchsuchungsbeschluss": "search_warrant",
                                       "Auskunftsersuchen": "other"},
                           "country": {"Deutschland": "DE", "Frankreich": "FR"}},
                "date_formats": ["%d/%m/%Y"],
                "defaults": {"organisation": "mailbox", "metric": "requests"}}"#,
        )
        .expect("mapping");
        let opts = ImportOptions {
            mapping: Some(mapping),
            ..ImportOptions::default()
        };
        let (s, r) = import(&[("mailbox-2023.csv", csv)], &opts);
        r.expect("import");
        let all = aggregates(&s);
        assert_eq!(all.len(), 2);
        let de = all
            .iter()
            .find(|a| a.country.as_deref() == Some("DE"))
            .expect("DE");
        assert_eq!(
            (de.organisation.as_str(), de.process, de.metric, de.value),
            (
                "mailbox",
                Some(Process::SearchWarrant),
                Metric::Requests,
                Some(12.0)
            )
        );
        assert_eq!(de.period_end.to_string(), "2023-06-30");
    }

    #[test]
    fn a_bad_row_names_line_field_and_value_and_nothing_lands() {
        let csv = "organisation,period_start,period_end,process,metric,value\n\
                   acme,2023-01-01,2023-06-30,subpoena,requests,10\n\
                   acme,2023-01-01,2023-06-30,telepathy,requests,lots\n";
        let (s, r) = import(&[("acme.csv", csv)], &ImportOptions::default());
        let e = r.expect_err("bad row");
        let found: Vec<(u64, String, String)> = e
            .problems()
            .iter()
            .map(|p| {
                let line = match p.location {
                    Location::Line { line } => line,
                    _ => 0,
                };
                (
                    line,
                    p.field.clone().unwrap_or_default(),
                    p.found.clone().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (3, "process".to_string(), "telepathy".to_string()),
                (3, "value".to_string(), "lots".to_string())
            ]
        );
        assert!(aggregates(&s).is_empty(), "all or nothing");
    }
}
