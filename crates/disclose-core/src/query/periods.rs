//! Requests per period (month, quarter, half, year), the date span, and year over year.

use super::*;

/// How long a period of a chart is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// Calendar months.
    Month,
    /// Quarters.
    Quarter,
    /// Half-years.
    Half,
    /// Years.
    Year,
}

impl Granularity {
    /// Month up to two years, quarter up to six, half-years up to twelve, then years.
    pub fn for_span(from: NaiveDate, to: NaiveDate) -> Granularity {
        let days = (to - from).num_days();
        match days {
            d if d <= 731 => Granularity::Month,
            d if d <= 6 * 366 => Granularity::Quarter,
            d if d <= 12 * 366 => Granularity::Half,
            _ => Granularity::Year,
        }
    }

    pub(super) fn sql(self, col: &str) -> String {
        let month = format!("CAST(substr({col}, 6, 2) AS INTEGER)");
        match self {
            Granularity::Month => format!("substr({col}, 1, 7)"),
            Granularity::Quarter => format!("substr({col}, 1, 4) || '-Q' || (({month} + 2) / 3)"),
            Granularity::Half => format!("substr({col}, 1, 4) || '-H' || (({month} + 5) / 6)"),
            Granularity::Year => format!("substr({col}, 1, 4)"),
        }
    }
}

/// What a chart's stacked bars are split by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum SeriesKey {
    /// The legal process.
    Process,
    /// The outcome.
    Outcome,
}

/// Requests of one period and series.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PeriodCount {
    /// `2023-03`, `2023-Q1`, `2023-H1` or `2023`.
    pub period: String,
    /// The process or outcome id (`unknown` where no outcome is recorded).
    pub key: String,
    /// How many.
    pub count: u64,
}

/// Requests per period, split by process or outcome; periods in order.
pub fn counts_per_period(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
    by: SeriesKey,
) -> Result<Vec<PeriodCount>> {
    counts_per_period_via(store, f, granularity, by, Path::Auto)
}

pub(super) fn counts_per_period_via(
    store: &Store,
    f: &Filter,
    granularity: Granularity,
    by: SeriesKey,
    path: Path,
) -> Result<Vec<PeriodCount>> {
    let (sql, p) = match f.request_rollup(path) {
        Some((table, w, p)) => {
            let key = match by {
                SeriesKey::Process => "u.process",
                SeriesKey::Outcome => "CASE u.outcome WHEN '' THEN 'unknown' ELSE u.outcome END",
            };
            let period = granularity.sql("u.month");
            let sql = format!(
                "SELECT {period} AS p, {key} AS k, sum(u.n) FROM {table} u WHERE {w}
                 GROUP BY p, k ORDER BY p, k"
            );
            (sql, p)
        }
        None => {
            let (w, p) = f.sql();
            let key = match by {
                SeriesKey::Process => "r.process",
                SeriesKey::Outcome => "ifnull(r.outcome, 'unknown')",
            };
            let period = granularity.sql("r.received_start");
            let sql = format!(
                "SELECT {period} AS p, {key} AS k, count(*) FROM requests r WHERE {w}
                 GROUP BY p, k ORDER BY p, k"
            );
            (sql, p)
        }
    };
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| {
        Ok(PeriodCount {
            period: r.get(0)?,
            key: r.get(1)?,
            count: r.get::<_, i64>(2)? as u64,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The first and last received day in the filter, if any request matches.
/// From a roll-up both are first days of months, which is all the charts need.
pub fn date_span(store: &Store, f: &Filter) -> Result<Option<(NaiveDate, NaiveDate)>> {
    let (sql, p) = match f.request_rollup(Path::Auto) {
        Some((table, w, p)) => (
            format!("SELECT min(u.month) || '-01', max(u.month) || '-01' FROM {table} u WHERE {w}"),
            p,
        ),
        None => {
            let (w, p) = f.sql();
            (
                format!(
                    "SELECT min(r.received_start), max(r.received_start) FROM requests r WHERE {w}"
                ),
                p,
            )
        }
    };
    let (a, b): (Option<String>, Option<String>) =
        store
            .conn()
            .query_row(&sql, rusqlite::params_from_iter(p), |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
    let parse = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
    Ok(parse(a).zip(parse(b)))
}

/// Requests of one year beside the year before.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct YearDelta {
    /// The year.
    pub year: i32,
    /// Requests that year.
    pub requests: u64,
    /// Change against the year before; `None` for the first year.
    pub delta: Option<i64>,
}

/// Requests per year with the change against the previous year (missing years count 0).
pub fn year_over_year(store: &Store, f: &Filter) -> Result<Vec<YearDelta>> {
    let counts = group_counts(store, f, "substr(r.received_start, 1, 4)")?;
    let years: Vec<(i32, u64)> = counts
        .into_iter()
        .filter_map(|(y, n)| y.parse().ok().map(|y| (y, n)))
        .collect();
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        return Ok(Vec::new());
    };
    let by_year: BTreeMap<i32, u64> = years.iter().copied().collect();
    let mut out = Vec::new();
    let mut prev: Option<u64> = None;
    for y in first.0..=last.0 {
        let n = by_year.get(&y).copied().unwrap_or(0);
        out.push(YearDelta {
            year: y,
            requests: n,
            delta: prev.map(|p| n as i64 - p as i64),
        });
        prev = Some(n);
    }
    Ok(out)
}
