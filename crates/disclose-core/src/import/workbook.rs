//! Published counts in spreadsheet workbooks (Microsoft's law-enforcement
//! request reports): title rows above a header row found by its text, a row of
//! `#` / `%` under it, countries by name, a TOTAL row for the global figure,
//! and the half-year in the file name or the title.

use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use chrono::NaiveDate;

use super::Writer;
use crate::domain::{Aggregate, Metric, Organisation, Unit};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};

/// The text that marks the header row.
const MARKER: &str = "totalnumberoflawenforcementrequests";

/// Header texts (squashed) and the figure each column holds.
const COLUMNS: &[(&str, Metric)] = &[
    ("totalnumberoflawenforcementrequests", Metric::Requests),
    ("accountsusersspecifiedinrequests", Metric::Accounts),
    ("lawenforcementrequestsresultingindisclosureofcontent", Metric::ContentDisclosed),
    (
        "lawenforcementrequestsresultingindisclosureofonlysubscribertransactionalnoncontentdata",
        Metric::NonContentDisclosed,
    ),
    ("lawenforcementrequestsresultingindisclosureofnocustomerdatanodatafound", Metric::NoData),
    (
        "lawenforcementrequestsresultingindisclosureofnocustomerdatarequestrejectedfornotmeetinglegalrequirements",
        Metric::Rejected,
    ),
];

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn text(c: &Data) -> String {
    match c {
        Data::String(s) => s.clone(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        _ => String::new(),
    }
}

fn number(c: &Data) -> Option<f64> {
    match c {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        Data::String(s) => s.trim().replace(',', "").parse().ok(),
        _ => None,
    }
}

/// The half-year a file name or title names: `..._2015_H2...`, or "July - December 2015".
fn half_year(name: &str, titles: &[String]) -> Option<(NaiveDate, NaiveDate)> {
    let bytes = name.as_bytes();
    let from_name = (0..bytes.len().saturating_sub(7)).find_map(|i| {
        let w = &name[i..i + 7];
        let (year, half) = (w.get(..4)?, w.get(4..)?);
        (year.bytes().all(|b| b.is_ascii_digit()) && (half == "_H1" || half == "_H2"))
            .then(|| (year.parse::<i32>().ok(), half == "_H1"))
    });
    let from_title = || {
        titles.iter().find_map(|t| {
            let first = if t.contains("January") {
                Some(true)
            } else if t.contains("July") {
                Some(false)
            } else {
                None
            }?;
            let year = t
                .split(|c: char| !c.is_ascii_digit())
                .find(|w| w.len() == 4)?
                .parse::<i32>()
                .ok();
            Some((year, first))
        })
    };
    let (year, first) = from_name.or_else(from_title)?;
    let year = year?;
    if first {
        NaiveDate::from_ymd_opt(year, 1, 1).zip(NaiveDate::from_ymd_opt(year, 6, 30))
    } else {
        NaiveDate::from_ymd_opt(year, 7, 1).zip(NaiveDate::from_ymd_opt(year, 12, 31))
    }
}

/// True when the workbook's first sheet has Microsoft's header row.
pub fn is_published(path: &Path) -> bool {
    // A workbook over the limits, or one the library fails on, is refused by the reader.
    super::limits::xlsx(path, || {
        let Ok(mut wb) = open_workbook::<Xlsx<_>, _>(path) else {
            return Ok(false);
        };
        let Some(Ok(range)) = wb.worksheet_range_at(0) else {
            return Ok(false);
        };
        Ok(range
            .rows()
            .take(20)
            .any(|row| row.iter().any(|c| squash(&text(c)) == MARKER)))
    })
    .unwrap_or(false)
}

/// The column that holds a header's count. A header merged over two columns with `%` and
/// `#` under them names a share and a count: the count is in the `#` column.
fn count_column(header_rows: &[&[Data]], i: usize) -> usize {
    let mark = |r: &[Data], j: usize| r.get(j).map(|c| text(c).trim().to_string());
    let split = header_rows
        .iter()
        .any(|r| mark(r, i).as_deref() == Some("%") && mark(r, i + 1).as_deref() == Some("#"));
    if split {
        i + 1
    } else {
        i
    }
}

pub(crate) fn read(path: &Path, w: &mut Writer) -> Result<()> {
    super::limits::xlsx(path, || read_sheet(path, w))
}

fn read_sheet(path: &Path, w: &mut Writer) -> Result<()> {
    let file = w.file().to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let invalid =
        |expected: Text| Error::InvalidInput(vec![Problem::error(&file, Location::File, expected)]);
    let mut wb: Xlsx<_> = open_workbook(path).map_err(|e: calamine::XlsxError| {
        invalid(say!("expected-readable-xlsx", detail = e.to_string()))
    })?;
    // The first sheet holds all services combined; later sheets (Skype) are parts of it.
    let sheet = wb.sheet_names().first().cloned().unwrap_or_default();
    let range = wb
        .worksheet_range(&sheet)
        .map_err(|e| invalid(say!("expected-readable-sheet", detail = e.to_string())))?;
    let rows: Vec<&[Data]> = range.rows().collect();
    let first_row = range.start().map_or(0, |(r, _)| r) as u64 + 1;
    let header_at = rows
        .iter()
        .position(|row| row.iter().any(|c| squash(&text(c)) == MARKER))
        .ok_or_else(|| invalid(say!("expected-microsoft-header")))?;
    let titles: Vec<String> = rows[..header_at]
        .iter()
        .flat_map(|r| r.iter().map(text))
        .filter(|t| !t.is_empty())
        .collect();
    let (start, end) =
        half_year(&name, &titles).ok_or_else(|| invalid(say!("expected-microsoft-half-year")))?;
    // Headers may span two or three rows (merged cells): look for each one in all of them.
    let header_rows = &rows[header_at..(header_at + 3).min(rows.len())];
    let is_header = |c: &Data| {
        let t = squash(&text(c));
        COLUMNS.iter().any(|(h, _)| *h == t)
    };
    let columns: Vec<(usize, Metric)> = COLUMNS
        .iter()
        .filter_map(|(h, m)| {
            header_rows
                .iter()
                .find_map(|r| r.iter().position(|c| squash(&text(c)) == *h))
                .map(|i| (count_column(header_rows, i), *m))
        })
        .collect();
    w.organisation(
        &Organisation {
            id: "microsoft".into(),
            name: "Microsoft".into(),
            service: None,
            url: None,
        },
        &Location::File,
    )?;
    for (i, row) in rows.iter().enumerate().skip(header_at + 1) {
        if row.iter().any(is_header) {
            continue;
        }
        let sheet_row = first_row + i as u64;
        let loc = Location::Sheet {
            sheet: sheet.clone(),
            row: sheet_row,
        };
        // The country is the first text cell of the row; "#"/"%" rows and blanks have none.
        let Some(label) = row
            .iter()
            .map(text)
            .find(|t| !t.trim().is_empty() && t.trim() != "#" && t.trim() != "%")
        else {
            continue;
        };
        // Footnotes and notes carry no figures: not data rows.
        if number(&Data::String(label.clone())).is_some()
            || !columns
                .iter()
                .any(|(col, _)| row.get(*col).and_then(number).is_some())
        {
            continue;
        }
        let country = if squash(&label) == "total" {
            None
        } else {
            match crate::domain::country_code(&label) {
                Some(c) => Some(c),
                None => {
                    w.push(
                        Problem::error(&file, loc, say!("expected-country-name-or-code"))
                            .field("country")
                            .found(&label),
                    );
                    continue;
                }
            }
        };
        for (col, metric) in &columns {
            let Some(value) = row.get(*col).and_then(number) else {
                continue;
            };
            let a = Aggregate {
                scope: None,
                organisation: "microsoft".into(),
                period_start: crate::date::FuzzyDate::day(start),
                period_end: crate::date::FuzzyDate::day(end),
                country: country.clone(),
                process: None,
                metric: *metric,
                value: Some(value),
                value_min: None,
                value_max: None,
                unit: Unit::Count,
                source: Some(format!(
                    "{name} sheet \"{sheet}\" row {sheet_row}; sha256 {}",
                    w.short_sha256()
                )),
            };
            let trace = crate::trace::Trace {
                publisher: Some("Microsoft".into()),
                ..w.trace(
                    &[sheet_row],
                    format!("{start} to {end} (sheet \"{sheet}\")"),
                )
            };
            w.aggregate(&a, &loc, Some(&trace))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_years_come_from_the_name_or_the_title() {
        let d = |s: &str| s.parse::<NaiveDate>().ok();
        assert_eq!(
            half_year("microsoft-LERR-2014_H2__x.xlsx", &[]),
            d("2014-07-01").zip(d("2014-12-31"))
        );
        assert_eq!(
            half_year(
                "report.xlsx",
                &["Requests received from January - June 2015".into()]
            ),
            d("2015-01-01").zip(d("2015-06-30"))
        );
        assert_eq!(
            half_year("report.xlsx", &["Law Enforcement Requests Report".into()]),
            None
        );
    }
}
