//! Published counts in any CSV layout: the canonical aggregate columns, or other columns
//! named through a mapping file, so a company can be added without code.
//!
//! The canonical columns are those of the bundle's `aggregates`: `organisation`,
//! `period_start`, `period_end`, `country`, `process`, `metric`, `value`, `value_min`,
//! `value_max`, `unit`, `source`. A `value` may be a band ("1,250 - 1,499"); blank is
//! unknown, never zero.

use std::path::Path;

use super::mapping::{Mapping, AGGREGATE_COLUMNS};
use super::published::number_or_band;
use super::row::{Row, RowContext};
use super::{text, ImportOptions, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::date::date_expected;
use crate::domain::{country_code, Aggregate, Metric, Process, Scope, Unit};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::say;

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
    let mut at: Vec<(&'static str, usize)> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        let column = target(h, mapping).and_then(|t| AGGREGATE_COLUMNS.iter().find(|c| **c == t));
        if let Some(c) = column {
            at.push((c, i));
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
            say!("expected-columns-for", columns = missing.join(", ")),
        )
        .field("header")
        .found(header.iter().collect::<Vec<_>>().join(", "))]));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pos: rustc_hash::FxHashMap<&'static str, usize> = at.iter().copied().collect();
    let identity = Mapping::default();
    let ctx = RowContext::new(mapping.unwrap_or(&identity), opts, &file);
    for (i, record) in records.enumerate() {
        let line = i as u64 + 2;
        let loc = Location::Line { line };
        let record = record.map_err(csv_error)?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells: Vec<&str> = record.iter().collect();
        let mut row = Row::new(&cells, &pos, &ctx, &loc);
        let start = row.date("period_start");
        let end = row.date("period_end");
        let organisation = row.text("organisation").unwrap_or_default();
        let country = row.text("country").and_then(|c| {
            let code = country_code(&c);
            if code.is_none() {
                row.fail("country", Some(&c), say!("expected-country-or-map"));
            }
            code
        });
        let process = row.parse_enum::<Process>("process", Process::expected);
        let scope = row.parse_enum::<Scope>("scope", Scope::expected);
        let metric = row.parse_enum::<Metric>("metric", Metric::expected);
        let unit = match row.text("unit") {
            None => Some(Unit::Count),
            Some(_) => row.parse_enum::<Unit>("unit", Unit::expected),
        };
        let mut number = |col: &str| {
            let v = row.text(col).unwrap_or_default();
            number_or_band(&v).unwrap_or_else(|_| {
                row.fail(col, Some(&v), say!("expected-number-or-band"));
                None
            })
        };
        let (mut value, mut lo, mut hi) = (None, None, None);
        match number("value") {
            Some((a, b, true)) => (lo, hi) = (Some(a), Some(b)),
            Some((v, _, false)) => value = Some(v),
            None => {}
        }
        if let Some((v, _, _)) = number("value_min") {
            lo = Some(v);
        }
        if let Some((v, _, _)) = number("value_max") {
            hi = Some(v);
        }
        // Blank where a figure needs a value: said, never skipped.
        for (col, expected) in [
            ("period_start", date_expected()),
            ("period_end", date_expected()),
            ("metric", Metric::expected()),
        ] {
            if row.text(col).is_none() {
                row.fail(col, Some(""), expected);
            }
        }
        let source = row.text("source");
        let problems = std::mem::take(&mut row.problems);
        let bad = !problems.is_empty();
        for p in problems {
            w.push(p);
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
        let source = source.unwrap_or_else(|| format!("{name} row {line}; sha256 {sha}"));
        let trace = w.trace(&[line], format!("{period_start} to {period_end}"));
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
            Some(&trace),
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

    /// (line, field, found) of each problem of an error.
    fn where_and_what(e: &Error) -> Vec<(u64, String, String)> {
        e.problems()
            .iter()
            .map(|p| {
                let line = match p.location {
                    Location::Line { line } => line,
                    _ => 0,
                };
                let field = p.field.clone().unwrap_or_default();
                let found = p.found.as_ref().map(|f| f.to_string()).unwrap_or_default();
                (line, field, found)
            })
            .collect()
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
        assert_eq!(
            where_and_what(&e),
            [
                (3, "process".to_string(), "telepathy".to_string()),
                (3, "value".to_string(), "lots".to_string())
            ]
        );
        assert!(aggregates(&s).is_empty(), "all or nothing");
    }

    #[test]
    fn a_blank_period_or_metric_is_named_never_skipped() {
        let csv = "organisation,period_start,period_end,process,metric,value\n\
                   acme,2023-01-01,,subpoena,requests,10\n\
                   acme,2023-01-01,2023-06-30,subpoena,,10\n";
        let (s, r) = import(&[("acme.csv", csv)], &ImportOptions::default());
        let e = r.expect_err("blank required cells");
        assert_eq!(
            where_and_what(&e),
            [
                (2, "period_end".to_string(), String::new()),
                (3, "metric".to_string(), String::new())
            ]
        );
        assert!(aggregates(&s).is_empty(), "all or nothing");
    }
}
