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
use crate::i18n::{say, Text};

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
    /// A period written out in one cell: "January - June 2017", "2025-07-01 - 2025-12-31",
    /// "01/07/2025 - 31/12/2025", "H2 2025" or "2025".
    Text(&'static str),
}

pub(super) enum CountryCol {
    Code(&'static str),
    /// Country names ("United States of America"), turned into codes.
    Name(&'static str),
    /// An ISO code column beside a name column (X): the code when it is one, else the name;
    /// a name saying "total" with no code is the global figure.
    CodeOrName(&'static str, &'static str),
    /// A Member State code, or "TOTAL" for the global figure (the EU DSA template).
    CodeOrTotal(&'static str),
    Fixed(&'static str),
    Global,
}

/// A row's place: an ISO country code, or a place with no code (a disputed territory,
/// "Unknown", "International") kept under its published name.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Place {
    Code(String),
    Named(String),
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
    /// A column whose wording is kept as the figure's source but does not split it (the
    /// DSA template's category of illegal content): its rows are summed.
    Wording(&'static str, Option<Process>),
}

pub(super) enum Value {
    Count(&'static [&'static str]),
    /// A percentage of the requests column, turned into a count.
    PercentOf(&'static [&'static str], &'static [&'static str]),
    Band(&'static str, &'static str),
    /// A median (a time in hours): kept from one row, never summed; rows that would have to
    /// be combined leave it unknown.
    Median(&'static [&'static str]),
}

pub(super) struct Figure {
    pub(super) metric: Metric,
    pub(super) value: Value,
    /// For wide layouts: the process this column group is about (None: the row's).
    pub(super) process: Option<Option<Process>>,
    /// Older vintages lack some column groups; a missing optional group is skipped.
    pub(super) optional: bool,
    /// For files with two kinds of requests: the scope of this column (None: the layout's).
    pub(super) scope: Option<Option<Scope>>,
}

pub(super) const fn fig(metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: None,
        optional: false,
        scope: None,
    }
}

/// An optional column about other requests than the layout's (the DSA's orders to act).
pub(super) const fn scoped(scope: Option<Scope>, metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: None,
        optional: true,
        scope: Some(scope),
    }
}

/// A wide layout's column group: requests, accounts and percentage for one process.
pub(super) const fn group(process: Option<Process>, metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: Some(process),
        optional: true,
        scope: None,
    }
}

/// Who publishes a layout's files.
pub(super) enum Org {
    /// One company: its id and name.
    Fixed(&'static str, &'static str),
    /// The service named in this column (a DSA report).
    Column(&'static str),
}

/// One company's file layout: who publishes it, what it is about, and which columns give
/// the period, the country, the process and the figures.
pub struct Layout {
    /// The layout's name, as errors and sources cite it (`google-user-data-requests`).
    pub name: &'static str,
    /// What the layout is, as people read it ("Google: user data requests by country").
    pub title: &'static str,
    pub(super) organisation: Org,
    /// The publisher's page to download newer files from (Disclose never fetches it).
    pub page: &'static str,
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
    pub expected: Text,
}

fn bad(field: &'static str, found: impl Into<String>, expected: Text) -> Bad {
    Bad {
        field,
        found: found.into(),
        expected,
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
                .ok_or_else(|| bad(c[0], v, say!("expected-period-end")))
            }
            PeriodCols::Year(y) => cell(&[y])
                .parse::<i32>()
                .ok()
                .and_then(|y| {
                    NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31))
                })
                .ok_or_else(|| bad(y, cell(&[y]), say!("expected-year"))),
            PeriodCols::StartEnd(a, b, fmt) => NaiveDate::parse_from_str(cell(&[a]), fmt)
                .ok()
                .zip(NaiveDate::parse_from_str(cell(&[b]), fmt).ok())
                .ok_or_else(|| {
                    bad(
                        a,
                        format!("{} {}", cell(&[a]), cell(&[b])),
                        say!("expected-start-end-dates"),
                    )
                }),
            PeriodCols::FileHalf => file_half(file_name)
                .ok_or_else(|| bad("file_name", file_name, say!("expected-file-name-half"))),
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
                            say!("expected-year-months"),
                        )
                    })
            }
            PeriodCols::Text(c) => text_period(cell(&[c]))
                .ok_or_else(|| bad(c, cell(&[c]), say!("expected-period-text"))),
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
                            say!("expected-year-half"),
                        )
                    })
            }
        }
    }
}

impl PeriodCols {
    /// The period as the row (or the file name) wrote it, for the figure's source: the
    /// file's own words, never Disclose's.
    pub(super) fn published(&self, cell: &Cell, file_name: &str) -> String {
        match self {
            PeriodCols::HalfEnding(c) => cell(c).to_string(),
            PeriodCols::Year(y) => cell(&[y]).to_string(),
            PeriodCols::YearHalf(y, h) => format!("{y} {}, {h} {}", cell(&[y]), cell(&[h])),
            PeriodCols::StartEnd(a, b, _) => format!("{} - {}", cell(&[a]), cell(&[b])),
            PeriodCols::FileHalf => {
                let stem = file_name.rsplit_once('.').map_or(file_name, |(s, _)| s);
                match stem.rsplit_once("_H") {
                    Some((rest, h)) => {
                        format!("{}_H{h}", rest.rsplit(['_', '-']).next().unwrap_or(rest))
                    }
                    None => file_name.to_string(),
                }
            }
            PeriodCols::YearMonths(y, r) => format!("{} {}", cell(&[r]), cell(&[y])),
            PeriodCols::Text(c) => cell(&[c]).to_string(),
        }
    }
}

impl CountryCol {
    /// The row's place; None for a global figure.
    pub(super) fn parse(&self, cell: &Cell) -> Option<Place> {
        let code = |v: &str| {
            let v = v.trim().to_ascii_uppercase();
            crate::validate::is_country_code(&v).then_some(Place::Code(v))
        };
        // Apple writes N/A where a figure belongs to no country.
        let blank = |v: &str| v.is_empty() || v.eq_ignore_ascii_case("n/a");
        let named = |v: &str| {
            crate::domain::country_code(v)
                .filter(|c| crate::validate::is_country_code(c))
                .map_or_else(|| Place::Named(v.to_string()), Place::Code)
        };
        let total = |v: &str| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                // data: how published files name a row of all countries.
                "total" | "global" | "worldwide" | "all countries" | "grand total"
            )
        };
        match self {
            CountryCol::Code(c) => {
                let v = cell(&[c]);
                (!blank(v)).then(|| code(v).unwrap_or_else(|| Place::Named(v.to_string())))
            }
            CountryCol::Name(c) => {
                let v = cell(&[c]);
                (!blank(v)).then(|| named(v))
            }
            CountryCol::CodeOrName(c, n) => {
                let (v, name) = (cell(&[c]), cell(&[n]));
                code(v).or_else(|| (!blank(name) && !total(name)).then(|| named(name)))
            }
            CountryCol::CodeOrTotal(c) => {
                // The EU writes Greece as EL.
                let v = match cell(&[c]) {
                    v if v.eq_ignore_ascii_case("EL") => "GR",
                    v => v,
                };
                (!blank(v) && !total(v))
                    .then(|| code(v).unwrap_or_else(|| Place::Named(v.to_string())))
            }
            CountryCol::Fixed(c) => Some(Place::Code((*c).to_string())),
            CountryCol::Global => None,
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
            bad(
                c,
                v,
                say!("expected-known-wording", words = words.join(", ")),
            )
        };
        match self {
            ProcessCol::Fixed(p) => Ok(RowProcess {
                process: *p,
                wording: String::new(),
                metric: None,
            }),
            ProcessCol::Wording(c, p) => Ok(RowProcess {
                process: *p,
                wording: cell(&[c]).to_string(),
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
    /// The figure as (min, max, banded); None when blank (unknown); a `Bad` naming the
    /// column when the cell is no figure (words, a negative count, a share over 100 %,
    /// a band whose bounds are the wrong way round).
    pub(super) fn parse(&self, cell: &Cell) -> Result<Option<(f64, f64, bool)>, Bad> {
        let count =
            |c: &'static [&'static str]| number_or_band(cell(c)).map_err(|e| bad(c[0], cell(c), e));
        match self {
            Value::Count(c) | Value::Median(c) => count(c),
            Value::PercentOf(pct, of) => {
                let p = number(cell(pct)).map_err(|e| bad(pct[0], cell(pct), e))?;
                match (p, count(of)?) {
                    (Some(p), _) if p > 100.0 => {
                        Err(bad(pct[0], cell(pct), say!("expected-percentage")))
                    }
                    // A share of a banded count is no count: unknown.
                    (Some(_), Some((_, _, true))) | (None, _) | (_, None) => Ok(None),
                    (Some(p), Some((n, _, false))) => {
                        // Percentages come as 54, "54%" or 0.54.
                        let share = if p <= 1.0 && cell(pct).contains('.') {
                            p
                        } else {
                            p / 100.0
                        };
                        Ok(Some(((n * share).round(), (n * share).round(), false)))
                    }
                }
            }
            Value::Band(a, b) => {
                let lo = number(cell(&[a])).map_err(|e| bad(a, cell(&[a]), e))?;
                let hi = number(cell(&[b])).map_err(|e| bad(b, cell(&[b]), e))?;
                let both = || format!("{} - {}", cell(&[a]), cell(&[b]));
                match (lo, hi) {
                    (Some(lo), Some(hi)) if lo > hi => Err(bad(a, both(), band_order())),
                    (Some(lo), Some(hi)) => Ok(Some((lo, hi, true))),
                    (None, None) => Ok(None),
                    _ => Err(bad(a, both(), say!("expected-both-bounds"))),
                }
            }
        }
    }

    /// The columns a count or share is read from (for optional column groups); None for
    /// a band, which is never optional.
    pub(super) fn columns(&self) -> Option<&'static [&'static str]> {
        match *self {
            Value::Count(c) | Value::PercentOf(c, _) | Value::Median(c) => Some(c),
            Value::Band(..) => None,
        }
    }
}

fn band_order() -> Text {
    say!("expected-band-order")
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
            PeriodCols::Text(c) => needed.push(std::slice::from_ref(c)),
            PeriodCols::FileHalf => {}
        }
        match &self.country {
            CountryCol::Code(c) | CountryCol::Name(c) | CountryCol::CodeOrTotal(c) => {
                needed.push(std::slice::from_ref(c))
            }
            CountryCol::CodeOrName(c, n) => {
                needed.push(std::slice::from_ref(c));
                needed.push(std::slice::from_ref(n));
            }
            CountryCol::Fixed(_) | CountryCol::Global => {}
        }
        if let ProcessCol::Column(c, _) | ProcessCol::Kind(c, _) | ProcessCol::Wording(c, _) =
            &self.process
        {
            needed.push(std::slice::from_ref(c));
        }
        if let Org::Column(c) = &self.organisation {
            needed.push(std::slice::from_ref(c));
        }
        for f in self.figures.iter().filter(|f| !f.optional) {
            match &f.value {
                Value::Count(c) | Value::PercentOf(c, _) | Value::Median(c) => needed.push(c),
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

impl Layout {
    /// Who publishes this layout's files ("Google"; "the service" for a DSA report, whose
    /// rows name it).
    pub fn publisher(&self) -> Text {
        match self.organisation {
            Org::Fixed(_, name) => Text::verbatim(name),
            Org::Column(_) => say!("layout-publisher-in-report"),
        }
    }
}

/// The layout of this name.
pub fn layout(name: &str) -> Option<&'static Layout> {
    LAYOUTS.iter().find(|l| l.name == name)
}

/// The layout a header belongs to, or what each layout was missing.
pub fn detect(header: &[String]) -> std::result::Result<&'static Layout, Vec<Tried>> {
    let h = Header::new(header);
    let mut tried = Vec::new();
    for l in LAYOUTS {
        let missing = l.missing(&h);
        if missing.is_empty() {
            return Ok(l);
        }
        tried.push(Tried {
            layout: l.name,
            missing: missing.iter().map(|m| m.to_string()).collect(),
        });
    }
    Err(tried)
}

/// A published layout a header was held against, and the columns it lacked.
#[derive(Debug, Clone)]
pub struct Tried {
    /// The layout's name.
    pub layout: &'static str,
    /// Its columns the header lacks.
    pub missing: Vec<String>,
}

impl Tried {
    /// "name (missing a, b)" in words.
    pub fn text(&self) -> Text {
        say!(
            "layout-missing",
            layout = self.layout,
            columns = self.missing.join(", ")
        )
    }
}

/// "11,000 - 12,000" or "0-249": a band (min, max); "<10": the band 0 to 9; otherwise an
/// exact number as both. Err says what was expected.
pub(super) fn number_or_band(s: &str) -> std::result::Result<Option<(f64, f64, bool)>, Text> {
    let t = s.trim();
    if let Some(below) = t.strip_prefix('<') {
        return match number(below)? {
            Some(n) if n >= 1.0 => Ok(Some((0.0, n.ceil() - 1.0, true))),
            _ => Err(say!("expected-bound-above-zero")),
        };
    }
    if let Some((a, b)) = t.split_once('-').filter(|(a, _)| !a.trim().is_empty()) {
        return match (number(a)?, number(b)?) {
            (Some(lo), Some(hi)) if lo > hi => Err(band_order()),
            (Some(lo), Some(hi)) => Ok(Some((lo, hi, true))),
            _ => Err(say!("expected-band")),
        };
    }
    Ok(number(t)?.map(|v| (v, v, false)))
}

/// "1,250", " 54 ", "54%", "1*" (a footnote mark): a number of zero or more; blank or a
/// dash ("-", "n/a"): unknown. Err says what was expected.
pub(super) fn number(s: &str) -> std::result::Result<Option<f64>, Text> {
    let t = s
        .trim()
        .trim_end_matches(['*', '†', '‡', '§', '¹', '²', '³'])
        .trim_end_matches('%')
        .replace([',', ' ', '\u{a0}', '\u{202f}'], "");
    if t.is_empty() || matches!(t.as_str(), "-" | "–" | "—" | "n/a" | "N/A") {
        return Ok(None);
    }
    match t.parse::<f64>() {
        Ok(v) if v < 0.0 => Err(say!("expected-count")),
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(say!("expected-published-number")),
    }
}

/// A period written out in one cell: "January - June 2017", "Jul-Dec 2012",
/// "2025-07-01 - 2025-12-31", "01/07/2025 - 31/12/2025", "H1 2025", "2025-H2" or "2025".
pub(super) fn text_period(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    let t = s.trim();
    // Two dates.
    let date = |w: &str| {
        ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(w, f).ok())
    };
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | ','))
        .flat_map(|w| match (w.len() > 10, w.split_once('/')) {
            // "2025-07-01/2025-12-31"
            (true, Some((a, b))) if date(a).is_some() => vec![a, b],
            _ => vec![w],
        })
        .filter(|w| !w.is_empty() && *w != "-" && !w.eq_ignore_ascii_case("to"))
        .collect();
    let dates: Vec<NaiveDate> = words.iter().filter_map(|w| date(w)).collect();
    if let [a, b] = dates[..] {
        return (a <= b).then_some((a, b));
    }
    let year = words
        .iter()
        .find_map(|w| {
            let digits = w
                .trim_start_matches(['H', 'h'])
                .trim_end_matches(['H', 'h', '-']);
            (digits.len() == 4)
                .then(|| digits.parse::<i32>().ok())
                .flatten()
        })
        .or_else(|| {
            t.split(['-', ' '])
                .find_map(|w| (w.len() == 4).then(|| w.parse::<i32>().ok()).flatten())
        })?;
    let upper = t.to_ascii_uppercase();
    let months = if upper.contains("H1") {
        Some((1, 6))
    } else if upper.contains("H2") {
        Some((7, 12))
    } else {
        let rest: String = t.replace(&year.to_string(), "");
        let rest = rest.trim().trim_end_matches([',', '-']).trim();
        if rest.is_empty() {
            Some((1, 12))
        } else {
            month_range(rest)
        }
    };
    let (m0, m1) = months?;
    let end = NaiveDate::from_ymd_opt(year, m1, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()?;
    Some((NaiveDate::from_ymd_opt(year, m0, 1)?, end))
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
