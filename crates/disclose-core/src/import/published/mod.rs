//! Published transparency-report counts (the large companies' CSV files) into
//! the aggregate table.
//!
//! Each layout is data, not a code path (`layouts`): which columns give the period, the
//! country, the process and the figures, each column kind parsing its own cells (here).
//! A file is matched to a layout by its header; the `reader` sums counts of several
//! wordings that mean the same process in the same period and country, and turns a
//! percentage into a count of requests with some data produced, so shares can be
//! recomputed after summing.

mod layouts;
mod reader;

pub use layouts::LAYOUTS;
pub(crate) use reader::read;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Months, NaiveDate};

use super::text;
use crate::domain::{Metric, Process, Scope};
use crate::error::{Error, Result};

pub(super) enum PeriodCols {
    /// A half-year ending on the date in this column.
    HalfEnding(&'static [&'static str]),
    Year(&'static str),
    YearHalf(&'static str, &'static str),
    /// Start and end dates in these columns, in this chrono format (e.g. `%m/%d/%y`).
    StartEnd(&'static str, &'static str, &'static str),
    /// The half-year named in the file name, as `..._2023_H1.csv`.
    FileHalf,
    /// A year and a range of month names (`Jan-Jun`).
    YearMonths(&'static str, &'static str),
}

pub(super) enum CountryCol {
    Code(&'static str),
    /// Country names ("United States of America"), turned into codes.
    Name(&'static str),
    Fixed(&'static str),
    Global,
}

pub(super) enum ProcessCol {
    /// A column of wordings; unknown wordings are errors naming them.
    Column(&'static str, &'static [(&'static str, Option<Process>)]),
    Fixed(Option<Process>),
    /// A column whose wording names both the process and the figure (GitHub's `type`:
    /// "Affected accounts" next to "... letters and orders received").
    Kind(
        &'static str,
        &'static [(&'static str, Option<Process>, Metric)],
    ),
}

pub(super) enum Value {
    Count(&'static [&'static str]),
    /// A percentage of the requests column, turned into a count.
    PercentOf(&'static [&'static str], &'static [&'static str]),
    Band(&'static str, &'static str),
}

pub(super) struct Figure {
    pub(super) metric: Metric,
    pub(super) value: Value,
    /// For wide layouts: the process this column group is about (None: the row's).
    pub(super) process: Option<Option<Process>>,
    /// Older vintages lack some column groups; a missing optional group is skipped.
    pub(super) optional: bool,
}

pub(super) const fn fig(metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: None,
        optional: false,
    }
}

/// A wide layout's column group: requests, accounts and percentage for one process.
pub(super) const fn group(process: Option<Process>, metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: Some(process),
        optional: true,
    }
}

/// One company's file layout: who publishes it, what it is about, and which columns give
/// the period, the country, the process and the figures.
pub struct Layout {
    /// The layout's name, as errors and sources cite it (`google-user-data-requests`).
    pub name: &'static str,
    pub(super) organisation: (&'static str, &'static str),
    /// What the file's requests are about; None for account data.
    pub(super) scope: Option<Scope>,
    pub(super) period: PeriodCols,
    pub(super) country: CountryCol,
    pub(super) process: ProcessCol,
    pub(super) figures: &'static [Figure],
}

/// A cell that does not say what its column kind needs: the field, what was found, and
/// what was expected.
pub(super) struct Bad {
    pub field: &'static str,
    pub found: String,
    pub expected: String,
}

fn bad(field: &'static str, found: impl Into<String>, expected: impl Into<String>) -> Bad {
    Bad {
        field,
        found: found.into(),
        expected: expected.into(),
    }
}

/// A row's cell by any of its column names ("" when absent).
pub(super) type Cell<'r> = dyn Fn(&[&str]) -> &'r str + 'r;

impl PeriodCols {
    /// The first and last day of the row's period; `file_name` for periods named there.
    pub(super) fn parse(
        &self,
        cell: &Cell,
        file_name: &str,
    ) -> Result<(NaiveDate, NaiveDate), Bad> {
        match self {
            PeriodCols::HalfEnding(c) => {
                let v = cell(c);
                match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                    // The half-year ending on `end` starts six months before the day after it.
                    Ok(end) => end
                        .succ_opt()
                        .and_then(|d| d.checked_sub_months(Months::new(6)))
                        .map(|start| (start, end)),
                    Err(_) => None,
                }
                .ok_or_else(|| bad(c[0], v, "a period end date as YYYY-MM-DD"))
            }
            PeriodCols::Year(y) => cell(&[y])
                .parse::<i32>()
                .ok()
                .and_then(|y| {
                    NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31))
                })
                .ok_or_else(|| bad(y, cell(&[y]), "a year such as 2023")),
            PeriodCols::StartEnd(a, b, fmt) => NaiveDate::parse_from_str(cell(&[a]), fmt)
                .ok()
                .zip(NaiveDate::parse_from_str(cell(&[b]), fmt).ok())
                .ok_or_else(|| {
                    bad(
                        a,
                        format!("{} {}", cell(&[a]), cell(&[b])),
                        "start and end dates such as 1/1/13",
                    )
                }),
            PeriodCols::FileHalf => file_half(file_name).ok_or_else(|| {
                bad(
                    "file name",
                    file_name,
                    "a file name ending in _YYYY_H1 or _YYYY_H2",
                )
            }),
            PeriodCols::YearMonths(y, range) => {
                let year = cell(&[y]).parse::<i32>().ok();
                year.zip(month_range(cell(&[range])))
                    .and_then(|(y, (m0, m1))| {
                        let end = NaiveDate::from_ymd_opt(y, m1, 1)?
                            .checked_add_months(Months::new(1))?
                            .pred_opt()?;
                        Some((NaiveDate::from_ymd_opt(y, m0, 1)?, end))
                    })
                    .ok_or_else(|| {
                        bad(
                            range,
                            format!("{} {}", cell(&[y]), cell(&[range])),
                            "a year and a month range such as Jan-Jun",
                        )
                    })
            }
            PeriodCols::YearHalf(y, half) => {
                let year = cell(&[y]).parse::<i32>().ok();
                let months = match cell(&[half]) {
                    "1" => Some((1, 6, 30)),
                    "2" => Some((7, 12, 31)),
                    _ => None,
                };
                year.zip(months)
                    .and_then(|(y, (m0, m1, d1))| {
                        NaiveDate::from_ymd_opt(y, m0, 1).zip(NaiveDate::from_ymd_opt(y, m1, d1))
                    })
                    .ok_or_else(|| {
                        bad(
                            half,
                            format!("{} {}", cell(&[y]), cell(&[half])),
                            "a year and a half, 1 or 2",
                        )
                    })
            }
        }
    }
}

impl CountryCol {
    /// The row's country code; None for a global figure.
    pub(super) fn parse(&self, cell: &Cell) -> Result<Option<String>, Bad> {
        match self {
            CountryCol::Code(c) => {
                let v = cell(&[c]).to_ascii_uppercase();
                if v.is_empty() {
                    Ok(None)
                } else if crate::validate::is_country_code(&v) {
                    Ok(Some(v))
                } else {
                    Err(bad(c, v, "an ISO 3166-1 alpha-2 code"))
                }
            }
            CountryCol::Name(c) => {
                let v = cell(&[c]);
                // Apple writes N/A where a figure belongs to no country.
                if v.is_empty() || v.eq_ignore_ascii_case("n/a") {
                    Ok(None)
                } else if let Some(code) = crate::domain::country_code(v) {
                    Ok(Some(code))
                } else {
                    Err(bad(
                        c,
                        v,
                        "a country name or ISO code (map other names with a mapping file)",
                    ))
                }
            }
            CountryCol::Fixed(c) => Ok(Some((*c).to_string())),
            CountryCol::Global => Ok(None),
        }
    }
}

/// What a row's process column says: the process, the wording it used, and the figure it
/// names where the column names one.
pub(super) struct RowProcess {
    pub process: Option<Process>,
    pub wording: String,
    pub metric: Option<Metric>,
}

impl ProcessCol {
    /// The row's process, with the wording and the figure the column names.
    pub(super) fn parse(&self, cell: &Cell) -> Result<RowProcess, Bad> {
        let known = |c: &'static str, v: &str, words: Vec<&str>| {
            bad(c, v, format!("a known wording: {}", words.join(", ")))
        };
        match self {
            ProcessCol::Fixed(p) => Ok(RowProcess {
                process: *p,
                wording: String::new(),
                metric: None,
            }),
            ProcessCol::Kind(c, map) => {
                let v = cell(&[c]);
                match map.iter().find(|(k, _, _)| k.eq_ignore_ascii_case(v)) {
                    Some((_, p, m)) => Ok(RowProcess {
                        process: *p,
                        wording: v.to_string(),
                        metric: Some(*m),
                    }),
                    None => Err(known(c, v, map.iter().map(|(k, _, _)| *k).collect())),
                }
            }
            ProcessCol::Column(c, map) => {
                let v = cell(&[c]);
                match map.iter().find(|(k, _)| k.eq_ignore_ascii_case(v)) {
                    Some((_, p)) => Ok(RowProcess {
                        process: *p,
                        wording: v.to_string(),
                        metric: None,
                    }),
                    None => Err(known(c, v, map.iter().map(|(k, _)| *k).collect())),
                }
            }
        }
    }
}

impl Value {
    /// The figure as (min, max, banded); None when blank (unknown); Err when not a number.
    pub(super) fn parse(&self, cell: &Cell) -> std::result::Result<Option<(f64, f64, bool)>, ()> {
        match self {
            Value::Count(c) => number_or_band(cell(c)),
            Value::PercentOf(pct, of) => match (number(cell(pct)), number_or_band(cell(of))) {
                // A share of a banded count is no count: unknown.
                (Ok(_), Ok(Some((_, _, true)))) => Ok(None),
                (Ok(Some(p)), Ok(Some((n, _, false)))) => {
                    // Percentages come as 54, "54%" or 0.54.
                    let share = if p <= 1.0 && cell(pct).contains('.') {
                        p
                    } else {
                        p / 100.0
                    };
                    Ok(Some(((n * share).round(), (n * share).round(), false)))
                }
                (Ok(None), _) | (_, Ok(None)) => Ok(None),
                _ => Err(()),
            },
            Value::Band(a, b) => match (number(cell(&[a])), number(cell(&[b]))) {
                (Ok(Some(lo)), Ok(Some(hi))) => Ok(Some((lo, hi, true))),
                (Ok(None), Ok(None)) => Ok(None),
                _ => Err(()),
            },
        }
    }

    /// The columns a count or share is read from (for optional column groups); None for
    /// a band, which is never optional.
    pub(super) fn columns(&self) -> Option<&'static [&'static str]> {
        match *self {
            Value::Count(c) | Value::PercentOf(c, _) => Some(c),
            Value::Band(..) => None,
        }
    }
}

pub(super) fn norm(s: &str) -> String {
    s.trim().to_ascii_lowercase()
}

/// Column positions by normalised name.
pub(super) struct Header(pub(super) BTreeMap<String, usize>);

impl Header {
    /// Column positions of a header row, by normalised name.
    pub(super) fn new(header: &[String]) -> Header {
        Header(
            header
                .iter()
                .enumerate()
                .map(|(i, c)| (norm(c), i))
                .collect(),
        )
    }

    pub(super) fn find(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.0.get(&norm(n)).copied())
    }
}

impl Layout {
    /// The columns this layout needs and the header lacks.
    fn missing(&self, h: &Header) -> Vec<String> {
        let mut needed: Vec<&[&str]> = Vec::new();
        match &self.period {
            PeriodCols::HalfEnding(c) => needed.push(c),
            PeriodCols::Year(y) => needed.push(std::slice::from_ref(y)),
            PeriodCols::YearHalf(y, h)
            | PeriodCols::StartEnd(y, h, _)
            | PeriodCols::YearMonths(y, h) => {
                needed.push(std::slice::from_ref(y));
                needed.push(std::slice::from_ref(h));
            }
            PeriodCols::FileHalf => {}
        }
        if let CountryCol::Code(c) | CountryCol::Name(c) = &self.country {
            needed.push(std::slice::from_ref(c));
        }
        if let ProcessCol::Column(c, _) | ProcessCol::Kind(c, _) = &self.process {
            needed.push(std::slice::from_ref(c));
        }
        for f in self.figures.iter().filter(|f| !f.optional) {
            match &f.value {
                Value::Count(c) | Value::PercentOf(c, _) => needed.push(c),
                Value::Band(a, b) => {
                    needed.push(std::slice::from_ref(a));
                    needed.push(std::slice::from_ref(b));
                }
            }
        }
        needed
            .into_iter()
            .filter(|names| h.find(names).is_none())
            .map(|names| names[0].to_string())
            .collect()
    }
}

/// The layout a header belongs to, or what each layout was missing.
pub fn detect(header: &[String]) -> std::result::Result<&'static Layout, Vec<String>> {
    let h = Header::new(header);
    let mut tried = Vec::new();
    for l in LAYOUTS {
        let missing = l.missing(&h);
        if missing.is_empty() {
            return Ok(l);
        }
        tried.push(format!("{} (missing {})", l.name, missing.join(", ")));
    }
    Err(tried)
}

/// "11,000 - 12,000" or "0-249": a band (min, max); otherwise an exact number as both.
pub(super) fn number_or_band(s: &str) -> std::result::Result<Option<(f64, f64, bool)>, ()> {
    let t = s.trim();
    if let Some((a, b)) = t.split_once('-').filter(|(a, _)| !a.trim().is_empty()) {
        return match (number(a)?, number(b)?) {
            (Some(lo), Some(hi)) => Ok(Some((lo, hi, true))),
            _ => Err(()),
        };
    }
    Ok(number(t)?.map(|v| (v, v, false)))
}

/// "1,250", " 54 ", "54%": a number; blank or a dash ("-", "n/a"): unknown.
pub(super) fn number(s: &str) -> std::result::Result<Option<f64>, ()> {
    let t = s.trim().trim_end_matches('%').replace([',', ' '], "");
    if t.is_empty() || matches!(t.as_str(), "-" | "–" | "—" | "n/a" | "N/A") {
        return Ok(None);
    }
    t.parse::<f64>().map(Some).map_err(|_| ())
}

/// "Jan-Jun" -> (1, 6): the first and last month of a range of English month names.
fn month_range(s: &str) -> Option<(u32, u32)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month = |m: &str| {
        let m = m.trim().to_ascii_lowercase();
        MONTHS
            .iter()
            .position(|x| m.starts_with(x))
            .map(|i| i as u32 + 1)
    };
    let (a, b) = s.split_once('-')?;
    let (a, b) = (month(a)?, month(b)?);
    (a <= b).then_some((a, b))
}

/// The half-year a file name names: `..._2023_H1.csv` -> 2023-01-01..2023-06-30.
fn file_half(name: &str) -> Option<(NaiveDate, NaiveDate)> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let (rest, half) = stem.rsplit_once("_H")?;
    let year: i32 = rest.rsplit(['_', '-']).next()?.parse().ok()?;
    match half {
        "1" => NaiveDate::from_ymd_opt(year, 1, 1).zip(NaiveDate::from_ymd_opt(year, 6, 30)),
        "2" => NaiveDate::from_ymd_opt(year, 7, 1).zip(NaiveDate::from_ymd_opt(year, 12, 31)),
        _ => None,
    }
}

/// The first row of a CSV file, to tell which layout it has; None for an empty file.
pub fn first_row(path: &Path) -> Result<Option<Vec<String>>> {
    use std::io::{BufRead, Read};
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut r = std::io::BufReader::new(f);
    let mut line = Vec::new();
    r.by_ref()
        .take(64 * 1024)
        .read_until(b'\n', &mut line)
        .map_err(|e| Error::io(path, e))?;
    let skip = text::check_start(path, &line)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&line[skip..]);
    Ok(rdr
        .records()
        .next()
        .and_then(|r| r.ok())
        .map(|r| r.iter().map(String::from).collect()))
}
