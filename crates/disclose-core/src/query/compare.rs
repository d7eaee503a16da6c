//! Organisations side by side per year: request records counted, published counts summed.

use super::*;

/// Where a comparison figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FigureSource {
    /// Counted from request records in the store.
    Records,
    /// Summed from published counts (aggregates).
    Published,
}

/// One organisation's figure for one year, or one half-year when asked for halves.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CompareRow {
    /// The organisation.
    pub organisation: String,
    /// The year.
    pub year: i32,
    /// 1 or 2 for a half-year published as such (with `CompareQuery::halves`); None for
    /// the whole year.
    pub half: Option<u8>,
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
}

impl CompareRow {
    /// "2023", or "2023 H1" for a half-year.
    pub fn period(&self) -> String {
        match self.half {
            Some(h) => format!("{} H{h}", self.year),
            None => self.year.to_string(),
        }
    }

    /// The months a whole figure of this row covers: 6 for a half-year, 12 for a year.
    pub fn months_expected(&self) -> u32 {
        if self.half.is_some() {
            6
        } else {
            12
        }
    }
}

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
    /// Only this country (ISO code); None: global figures.
    pub country: Option<String>,
    /// The first year.
    pub from_year: Option<i32>,
    /// The last year.
    pub to_year: Option<i32>,
    /// Keep published half-years (January to June, July to December) as halves instead
    /// of summing them into years; request records and other periods stay yearly.
    pub halves: bool,
}

/// Organisations side by side per year: request records counted, published counts summed.
/// Published figures use the most general rows a period has (a global row over a sum of
/// countries, an all-process row over a sum of processes), so nothing is counted twice.
pub fn compare(store: &Store, q: &CompareQuery) -> Result<Vec<CompareRow>> {
    compare_via(store, q, Path::Auto)
}

pub(super) fn compare_via(store: &Store, q: &CompareQuery, path: Path) -> Result<Vec<CompareRow>> {
    use crate::domain::Metric;
    let metric = q.metric.unwrap_or(Metric::Requests);
    let in_years = |y: i32| q.from_year.is_none_or(|f| y >= f) && q.to_year.is_none_or(|t| y <= t);
    let mut rows: BTreeMap<(String, i32, Option<u8>, bool), CompareRow> = BTreeMap::new();
    // Request records answer the figures they can count; the others come only from
    // published counts.
    let counted = match metric {
        // Request records are account data; other scopes are published counts only.
        _ if q.scope.is_some() => None,
        Metric::Requests => Some("1 = 1"),
        Metric::SomeDataProduced => Some("{t}.outcome IN ('complied', 'partial')"),
        _ => None,
    };
    if let Some(which) = counted {
        let f = Filter {
            process: q.process,
            country: q.country.clone(),
            ..Filter::default()
        };
        // Counted from a monthly roll-up (a month's requests all fall in its year), else
        // from the raw rows.
        let (sql, p) = match f.request_rollup(path) {
            Some((table, w, p)) => (
                format!(
                    "SELECT u.organisation, CAST(substr(u.month, 1, 4) AS INTEGER), sum(u.n)
                     FROM {table} u WHERE {w} AND {} GROUP BY 1, 2",
                    which.replace("{t}", "u")
                ),
                p,
            ),
            None => {
                let (w, p) = f.sql();
                (
                    format!(
                        "SELECT r.organisation, CAST(substr(r.received_start, 1, 4) AS INTEGER), count(*)
                         FROM requests r WHERE {w} AND {} GROUP BY 1, 2",
                        which.replace("{t}", "r")
                    ),
                    p,
                )
            }
        };
        let mut stmt = store.conn().prepare(&sql)?;
        let found = stmt.query_map(rusqlite::params_from_iter(p), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i32>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in found {
            let (org, year, n) = row?;
            if in_years(year) {
                rows.insert(
                    (org.clone(), year, None, false),
                    CompareRow {
                        organisation: org,
                        year,
                        half: None,
                        value: Some(n as f64),
                        value_min: None,
                        value_max: None,
                        source: FigureSource::Records,
                        months_covered: None,
                    },
                );
            }
        }
    }
    let aggregates: Vec<crate::domain::Aggregate> = store::aggregates::list(store.conn())?
        .into_iter()
        // One scope at a time: devices, takedowns, enterprise customers are other requests.
        .filter(|a| {
            a.metric == metric && a.unit == crate::domain::Unit::Count && a.scope == q.scope
        })
        .filter(|a| in_years(a.period_start.start().year()))
        .collect();
    // Per organisation and period: which country and process rows to use.
    let mut periods: BTreeMap<(String, String), Vec<&crate::domain::Aggregate>> = BTreeMap::new();
    for a in &aggregates {
        periods
            .entry((
                a.organisation.clone(),
                format!("{}/{}", a.period_start, a.period_end),
            ))
            .or_default()
            .push(a);
    }
    // Each period's chosen rows first; a year published whole is then used whole, and its
    // half-years or quarters (a company's detail files) are not added to it again.
    let mut candidates = Vec::new();
    for ((org, _), list) in periods {
        // The process first, then the country: each time the asked-for rows, or the most
        // general ones the period has.
        let by_process: Vec<&crate::domain::Aggregate> = match q.process {
            Some(p) => list.into_iter().filter(|a| a.process == Some(p)).collect(),
            None if list.iter().any(|a| a.process.is_none()) => {
                list.into_iter().filter(|a| a.process.is_none()).collect()
            }
            None => list,
        };
        let chosen: Vec<&crate::domain::Aggregate> = match &q.country {
            Some(c) => by_process
                .into_iter()
                .filter(|a| a.country.as_ref() == Some(c))
                .collect(),
            None if by_process.iter().any(|a| a.country.is_none()) => by_process
                .into_iter()
                .filter(|a| a.country.is_none())
                .collect(),
            None => by_process,
        };
        if chosen.is_empty() {
            continue;
        }
        candidates.push((org, chosen));
    }
    let span = |chosen: &[&crate::domain::Aggregate]| {
        let (first, last) = (chosen[0].period_start.start(), chosen[0].period_end.end());
        let months =
            (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32 + 1;
        (first, last, months)
    };
    let whole_years: std::collections::BTreeSet<(String, i32)> = candidates
        .iter()
        .filter_map(|(org, chosen)| {
            let (first, last, months) = span(chosen);
            (months == 12 && first.month() == 1 && first.day() == 1 && last.year() == first.year())
                .then(|| (org.clone(), first.year()))
        })
        .collect();
    for (org, chosen) in candidates {
        let (first, last, months) = span(&chosen);
        let year = first.year();
        if months < 12 && whole_years.contains(&(org.clone(), year)) {
            continue;
        }
        // A half-year: January to June or July to December of one year, from its first day.
        let half = (q.halves
            && months == 6
            && first.day() == 1
            && first.year() == last.year()
            && matches!(first.month(), 1 | 7))
        .then(|| if first.month() == 1 { 1 } else { 2 });
        let row = rows
            .entry((org.clone(), year, half, true))
            .or_insert(CompareRow {
                organisation: org,
                year,
                half,
                value: Some(0.0),
                value_min: Some(0.0),
                value_max: Some(0.0),
                source: FigureSource::Published,
                months_covered: Some(0),
            });
        row.months_covered = row.months_covered.map(|m| m + months.max(0) as u32);
        for a in chosen {
            let (lo, hi) = match (a.value, a.value_min, a.value_max) {
                (Some(v), _, _) => (v, v),
                (None, Some(lo), Some(hi)) => (lo, hi),
                _ => continue,
            };
            if a.value.is_none() {
                row.value = None;
            }
            row.value = row.value.map(|v| v + lo);
            row.value_min = row.value_min.map(|v| v + lo);
            row.value_max = row.value_max.map(|v| v + hi);
        }
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
