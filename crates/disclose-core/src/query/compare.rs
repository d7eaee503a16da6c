//! Organisations side by side per year or half-year, globally or per country: request
//! records counted, published counts summed, each published figure with its sources; and
//! the largest changes from one period to the next.

use super::*;
use crate::domain::{Aggregate, Metric};
use crate::trace::Trace;

/// Where a comparison figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FigureSource {
    /// Counted from request records in the store.
    Records,
    /// Summed from published counts (aggregates).
    Published,
}

/// What each row of a comparison is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum CompareBy {
    /// One row per organisation and period: global figures, or one country's.
    #[default]
    Organisation,
    /// One row per organisation, country and period (a country grid, a ranking).
    Country,
}

/// One organisation's figure for one period (and country, when compared by country).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CompareRow {
    /// The organisation.
    pub organisation: String,
    /// The country's ISO code, or a place's published name; None for a global figure.
    pub country: Option<String>,
    /// The year.
    pub year: i32,
    /// 1 or 2 for a half-year published as such (with `CompareQuery::halves`); None for
    /// the whole year.
    pub half: Option<u8>,
    /// The period as every view names it: "2023", or "2023 H1" for a half-year.
    pub period: String,
    /// Exact value; None when only a band is known.
    pub value: Option<f64>,
    /// Band, where the published figures are ranges ("0 - 249").
    pub value_min: Option<f64>,
    /// The upper bound of a band.
    pub value_max: Option<f64>,
    /// Whether it was counted from records or summed from published counts.
    pub source: FigureSource,
    /// Months of the year (or half) the published periods cover (a half-year file gives
    /// 6); None for request records.
    pub months_covered: Option<u32>,
    /// Requests with some data produced, where both figures are exact (requests only).
    pub some_data: Option<f64>,
    /// `some_data` as a share of the requests, 0 to 1.
    pub share_with_data: Option<f64>,
    /// Accounts specified, where published exactly for the same period (requests only).
    pub accounts: Option<f64>,
    /// Accounts specified per request.
    pub accounts_per_request: Option<f64>,
    /// The files, rows and wordings a published figure was summed from; empty for records.
    pub sources: Vec<Trace>,
    /// Compared by country: its place among the organisation's countries in the same
    /// period, largest figure first (a band by its midpoint); None for global figures.
    pub rank: Option<u32>,
}

impl CompareRow {
    /// "2023", or "2023 H1" for a half-year.
    pub fn period(&self) -> String {
        self.period.clone()
    }

    /// The months a whole figure of this row covers: 6 for a half-year, 12 for a year.
    pub fn months_expected(&self) -> u32 {
        if self.half.is_some() {
            6
        } else {
            12
        }
    }

    /// The figure a ranking orders by: the value, or a band's midpoint.
    pub fn rank_value(&self) -> Option<f64> {
        self.value.or(match (self.value_min, self.value_max) {
            (Some(lo), Some(hi)) => Some((lo + hi) / 2.0),
            _ => None,
        })
    }

    /// Whether the published periods cover the whole row (a year of one half does not).
    pub fn complete(&self) -> bool {
        self.months_covered
            .is_none_or(|m| m >= self.months_expected())
    }

    /// The period right after this one, at the same granularity.
    fn next(&self) -> (i32, Option<u8>) {
        match self.half {
            Some(1) => (self.year, Some(2)),
            Some(_) => (self.year + 1, Some(1)),
            None => (self.year + 1, None),
        }
    }

    fn key(&self) -> Key {
        (
            self.organisation.clone(),
            self.country.clone(),
            self.year,
            self.half,
            self.source,
        )
    }
}

/// Organisation, country, year, half, source.
type Key = (String, Option<String>, i32, Option<u8>, FigureSource);

/// What to compare.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct CompareQuery {
    /// The figure (default: requests).
    pub metric: Option<crate::domain::Metric>,
    /// Counts about other things than account data (`None`: account data, the default).
    pub scope: Option<crate::domain::Scope>,
    /// Only this legal process.
    pub process: Option<Process>,
    /// Only this country (ISO code, or a place's published name); None: global figures,
    /// or every country with `by: country`.
    pub country: Option<String>,
    /// Only this organisation (a country grid of one company).
    pub organisation: Option<String>,
    /// The first year.
    pub from_year: Option<i32>,
    /// The last year.
    pub to_year: Option<i32>,
    /// Keep half-years (January to June, July to December) as halves instead of summing
    /// them into years; request records are counted per half too, periods of other
    /// lengths stay yearly.
    pub halves: bool,
    /// A row per organisation (default) or per organisation and country.
    pub by: CompareBy,
}

/// Organisations side by side per year: request records counted, published counts summed.
/// Published figures use the most general rows a period has (a global row over a sum of
/// countries, an all-process row over a sum of processes), so nothing is counted twice.
/// Requests come with the share that produced some data and the accounts per request,
/// where those are published for the same period.
pub fn compare(store: &Store, q: &CompareQuery) -> Result<Vec<CompareRow>> {
    compare_via(store, q, Path::Auto)
}

pub(super) fn compare_via(store: &Store, q: &CompareQuery, path: Path) -> Result<Vec<CompareRow>> {
    let metric = q.metric.unwrap_or(Metric::Requests);
    let mut rows = figures(store, q, metric, path)?;
    if metric == Metric::Requests {
        let of = |m: Metric| -> Result<BTreeMap<Key, f64>> {
            Ok(figures(store, q, m, path)?
                .into_iter()
                .filter_map(|r| r.value.map(|v| (r.key(), v)))
                .collect())
        };
        let (produced, accounts) = (of(Metric::SomeDataProduced)?, of(Metric::Accounts)?);
        for r in &mut rows {
            let Some(n) = r.value.filter(|n| *n > 0.0) else {
                continue;
            };
            if let Some(k) = produced.get(&r.key()).filter(|k| **k <= n) {
                r.some_data = Some(*k);
                r.share_with_data = Some(k / n);
            }
            if let Some(a) = accounts.get(&r.key()) {
                r.accounts = Some(*a);
                r.accounts_per_request = Some(a / n);
            }
        }
    }
    if q.by == CompareBy::Country {
        rank(&mut rows);
    }
    Ok(rows)
}

/// Each organisation's countries ranked within each period: rows in that order, and
/// `rank` set on those with a figure.
fn rank(rows: &mut [CompareRow]) {
    rows.sort_by(|a, b| {
        (&a.organisation, a.year, a.half)
            .cmp(&(&b.organisation, b.year, b.half))
            .then_with(|| {
                let v = |r: &CompareRow| r.rank_value().unwrap_or(f64::NEG_INFINITY);
                v(b).total_cmp(&v(a))
            })
            .then_with(|| a.country.cmp(&b.country))
    });
    let mut group = None;
    let mut n = 0;
    for r in rows.iter_mut().filter(|r| r.country.is_some()) {
        let key = (r.organisation.clone(), r.year, r.half);
        if group.as_ref() != Some(&key) {
            group = Some(key);
            n = 0;
        }
        if r.rank_value().is_some() {
            n += 1;
            r.rank = Some(n);
        }
    }
}

fn row(org: String, country: Option<String>, year: i32, half: Option<u8>) -> CompareRow {
    CompareRow {
        organisation: org,
        country,
        year,
        half,
        period: match half {
            Some(h) => format!("{year} H{h}"),
            None => year.to_string(),
        },
        value: None,
        value_min: None,
        value_max: None,
        source: FigureSource::Records,
        months_covered: None,
        some_data: None,
        share_with_data: None,
        accounts: None,
        accounts_per_request: None,
        sources: Vec::new(),
        rank: None,
    }
}

/// A published figure and where it came from, when the store knows.
type Traced = (Aggregate, Option<Trace>);

/// One metric's rows, without the shares beside them.
fn figures(store: &Store, q: &CompareQuery, metric: Metric, path: Path) -> Result<Vec<CompareRow>> {
    let in_years = |y: i32| q.from_year.is_none_or(|f| y >= f) && q.to_year.is_none_or(|t| y <= t);
    let by_country = q.by == CompareBy::Country;
    let mut rows: BTreeMap<Key, CompareRow> = BTreeMap::new();
    for r in records(store, q, metric, path)? {
        if in_years(r.year) {
            rows.insert(r.key(), r);
        }
    }
    let aggregates: Vec<Traced> = store::aggregates::list_traced(store.conn())?
        .into_iter()
        // One scope at a time: devices, takedowns, enterprise customers are other requests.
        .filter(|(a, _)| {
            a.metric == metric
                && a.unit == crate::domain::Unit::Count
                && a.scope == q.scope
                && q.organisation.as_ref().is_none_or(|o| *o == a.organisation)
        })
        .filter(|(a, _)| in_years(a.period_start.start().year()))
        .collect();
    // Per organisation and period: which country and process rows to use.
    let mut periods: BTreeMap<(String, String), Vec<&Traced>> = BTreeMap::new();
    for at in &aggregates {
        let a = &at.0;
        periods
            .entry((
                a.organisation.clone(),
                format!("{}/{}", a.period_start, a.period_end),
            ))
            .or_default()
            .push(at);
    }
    // Each period's chosen rows first (per country when compared by country); a year
    // published whole is then used whole, and its half-years or quarters (a company's
    // detail files) are not added to it again.
    let mut candidates = Vec::new();
    for ((org, _), list) in periods {
        // The process first, then the country: each time the asked-for rows, or the most
        // general ones the period has.
        let by_process: Vec<&Traced> = match q.process {
            Some(p) => list
                .into_iter()
                .filter(|(a, _)| a.process == Some(p))
                .collect(),
            None if list.iter().any(|(a, _)| a.process.is_none()) => list
                .into_iter()
                .filter(|(a, _)| a.process.is_none())
                .collect(),
            None => list,
        };
        let mut groups: BTreeMap<Option<String>, Vec<&Traced>> = BTreeMap::new();
        match &q.country {
            Some(c) => {
                let chosen: Vec<_> = by_process
                    .into_iter()
                    .filter(|(a, _)| a.country.as_ref() == Some(c))
                    .collect();
                if !chosen.is_empty() {
                    groups.insert(Some(c.clone()), chosen);
                }
            }
            None if by_country => {
                for at in by_process.into_iter().filter(|(a, _)| a.country.is_some()) {
                    groups.entry(at.0.country.clone()).or_default().push(at);
                }
            }
            None if by_process.iter().any(|(a, _)| a.country.is_none()) => {
                groups.insert(
                    None,
                    by_process
                        .into_iter()
                        .filter(|(a, _)| a.country.is_none())
                        .collect(),
                );
            }
            None if !by_process.is_empty() => {
                groups.insert(None, by_process);
            }
            None => {}
        }
        for (country, chosen) in groups {
            candidates.push((org.clone(), country, chosen));
        }
    }
    let span = |chosen: &[&(Aggregate, Option<Trace>)]| {
        let (first, last) = (
            chosen[0].0.period_start.start(),
            chosen[0].0.period_end.end(),
        );
        let months =
            (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32 + 1;
        (first, last, months)
    };
    let whole_years: std::collections::BTreeSet<(String, Option<String>, i32)> = candidates
        .iter()
        .filter_map(|(org, country, chosen)| {
            let (first, last, months) = span(chosen);
            (months == 12 && first.month() == 1 && first.day() == 1 && last.year() == first.year())
                .then(|| (org.clone(), country.clone(), first.year()))
        })
        .collect();
    for (org, country, chosen) in candidates {
        let (first, last, months) = span(&chosen);
        let year = first.year();
        if months < 12 && whole_years.contains(&(org.clone(), country.clone(), year)) {
            continue;
        }
        // A half-year: January to June or July to December of one year, from its first day.
        let half = (q.halves
            && months == 6
            && first.day() == 1
            && first.year() == last.year()
            && matches!(first.month(), 1 | 7))
        .then(|| if first.month() == 1 { 1 } else { 2 });
        let key = (
            org.clone(),
            country.clone(),
            year,
            half,
            FigureSource::Published,
        );
        let r = rows.entry(key).or_insert_with(|| CompareRow {
            value: Some(0.0),
            value_min: Some(0.0),
            value_max: Some(0.0),
            source: FigureSource::Published,
            months_covered: Some(0),
            ..row(org, country, year, half)
        });
        r.months_covered = r.months_covered.map(|m| m + months.max(0) as u32);
        let mut traces = std::mem::take(&mut r.sources);
        for (a, trace) in chosen {
            let (lo, hi) = match (a.value, a.value_min, a.value_max) {
                (Some(v), _, _) => (v, v),
                (None, Some(lo), Some(hi)) => (lo, hi),
                _ => continue,
            };
            if a.value.is_none() {
                r.value = None;
            }
            r.value = r.value.map(|v| v + lo);
            r.value_min = r.value_min.map(|v| v + lo);
            r.value_max = r.value_max.map(|v| v + hi);
            traces.extend(trace.clone());
        }
        r.sources = crate::trace::merge_by_file(traces);
    }
    Ok(rows
        .into_values()
        .map(|mut r| {
            if r.value.is_some() {
                r.value_min = None;
                r.value_max = None;
            }
            r
        })
        .collect())
}

/// Request records counted per organisation and year (or half-year), and country when
/// compared by country.
fn records(store: &Store, q: &CompareQuery, metric: Metric, path: Path) -> Result<Vec<CompareRow>> {
    // Request records answer the figures they can count; the others come only from
    // published counts. Request records are account data; other scopes are published only.
    let which = match metric {
        _ if q.scope.is_some() => return Ok(Vec::new()),
        Metric::Requests => "1 = 1",
        Metric::SomeDataProduced => "{t}.outcome IN ('complied', 'partial')",
        _ => return Ok(Vec::new()),
    };
    let f = Filter {
        process: q.process,
        country: q.country.clone(),
        organisation: q.organisation.clone(),
        ..Filter::default()
    };
    let by_country = q.by == CompareBy::Country;
    let half = |month: &str| {
        if q.halves {
            format!("CASE WHEN substr({month}, 6, 2) <= '06' THEN 1 ELSE 2 END")
        } else {
            "NULL".into()
        }
    };
    // Counted from a monthly roll-up (a month's requests all fall in its year and half),
    // else from the raw rows; per country only from the roll-up that keeps countries.
    let rollup = f
        .request_rollup(path)
        .filter(|(table, _, _)| !by_country || *table == "rollup_requests");
    let (sql, p) =
        match rollup {
            Some((table, w, p)) => (
                format!(
                "SELECT u.organisation, CAST(substr(u.month, 1, 4) AS INTEGER), {}, {}, sum(u.n)
                 FROM {table} u WHERE {w} AND {} GROUP BY 1, 2, 3, 4",
                half("u.month"),
                if by_country { "nullif(u.country, '')" } else { "NULL" },
                which.replace("{t}", "u")
            ),
                p,
            ),
            None => {
                let (w, p) = f.sql();
                (
                    format!(
                    "SELECT r.organisation, CAST(substr(r.received_start, 1, 4) AS INTEGER), {}, {},
                         count(*)
                     FROM requests r WHERE {w} AND {} GROUP BY 1, 2, 3, 4",
                    half("r.received_start"),
                    if by_country { "r.country" } else { "NULL" },
                    which.replace("{t}", "r")
                ),
                    p,
                )
            }
        };
    let mut stmt = store.conn().prepare(&sql)?;
    let found = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok(CompareRow {
            value: Some(r.get::<_, i64>(4)? as f64),
            ..row(r.get(0)?, r.get(3)?, r.get(1)?, r.get::<_, Option<u8>>(2)?)
        })
    })?;
    Ok(found
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        // With no country asked for, records without one are still the organisation's.
        .filter(|r| !by_country || r.country.is_some())
        .collect())
}

/// A change from one period to the next of one organisation (and country).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Change {
    /// The organisation.
    pub organisation: String,
    /// The country, or None for global figures.
    pub country: Option<String>,
    /// Records or published counts.
    pub source: FigureSource,
    /// The earlier period ("2023 H1").
    pub from: String,
    /// The later period, right after it.
    pub to: String,
    /// The earlier figure.
    pub before: f64,
    /// The later figure.
    pub after: f64,
    /// `after - before`.
    pub change: f64,
    /// The change as a share of `before` (0.5: up by half); None when `before` is 0.
    pub relative: Option<f64>,
}

/// The changes between each period and the next of the same length (half-year to
/// half-year, year to year), largest first; bands, unknown figures and years the
/// published periods do not wholly cover are left out rather than guessed at.
pub fn changes(rows: &[CompareRow]) -> Vec<Change> {
    let exact: BTreeMap<Key, &CompareRow> = rows
        .iter()
        .filter(|r| r.value.is_some() && r.complete())
        .map(|r| (r.key(), r))
        .collect();
    let mut out: Vec<Change> = exact
        .values()
        .filter_map(|a| {
            let (year, half) = a.next();
            let b = exact.get(&(
                a.organisation.clone(),
                a.country.clone(),
                year,
                half,
                a.source,
            ))?;
            let (before, after) = (a.value?, b.value?);
            Some(Change {
                organisation: a.organisation.clone(),
                country: a.country.clone(),
                source: a.source,
                from: a.period(),
                to: b.period(),
                before,
                after,
                change: after - before,
                relative: (before > 0.0).then(|| (after - before) / before),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.change
            .abs()
            .total_cmp(&a.change.abs())
            .then_with(|| a.organisation.cmp(&b.organisation))
            .then_with(|| a.from.cmp(&b.from))
    });
    out
}

/// The columns of a comparison as a table (CSV, the app's export).
pub const COMPARE_COLUMNS: &[&str] = &[
    "organisation",
    "country",
    "period",
    "value",
    "value_min",
    "value_max",
    "source",
    "months_covered",
    "some_data_produced",
    "share_with_data",
    "accounts",
    "accounts_per_request",
    "sources",
];

/// The columns of a list of changes as a table.
pub const CHANGE_COLUMNS: &[&str] = &[
    "organisation",
    "country",
    "source",
    "from",
    "to",
    "before",
    "after",
    "change",
    "relative",
];

fn num(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// A ratio to four places (`1.1507`): the counts it comes from are beside it.
fn ratio(v: Option<f64>) -> String {
    v.map(|v| format!("{}", (v * 10_000.0).round() / 10_000.0))
        .unwrap_or_default()
}

fn source_id(s: FigureSource) -> String {
    match s {
        FigureSource::Records => "records",
        FigureSource::Published => "published",
    }
    .into()
}

impl CompareRow {
    /// The row with its sources' citations in `lang` (what crosses to the window).
    pub fn said_in(mut self, lang: crate::i18n::Lang) -> CompareRow {
        self.sources = self.sources.iter().map(|t| t.said_in(lang)).collect();
        self
    }

    /// The row's cells, in the order of [`COMPARE_COLUMNS`]; sources as citations.
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.organisation.clone(),
            self.country.clone().unwrap_or_default(),
            self.period(),
            num(self.value),
            num(self.value_min),
            num(self.value_max),
            source_id(self.source),
            self.months_covered
                .map(|m| m.to_string())
                .unwrap_or_default(),
            num(self.some_data),
            ratio(self.share_with_data),
            num(self.accounts),
            ratio(self.accounts_per_request),
            self.sources
                .iter()
                .map(Trace::cite)
                .collect::<Vec<_>>()
                .join(" | "),
        ]
    }
}

impl Change {
    /// The change's cells, in the order of [`CHANGE_COLUMNS`].
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.organisation.clone(),
            self.country.clone().unwrap_or_default(),
            source_id(self.source),
            self.from.clone(),
            self.to.clone(),
            self.before.to_string(),
            self.after.to_string(),
            self.change.to_string(),
            ratio(self.relative),
        ]
    }
}
