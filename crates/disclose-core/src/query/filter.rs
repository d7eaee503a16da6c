//! Which requests a query covers (`Filter`), how it becomes SQL, and which roll-up
//! can answer it instead of the raw tables.

use super::*;

/// Which requests a query covers. Dates compare against the first day a received date can mean.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    /// Only this organisation.
    pub organisation: Option<String>,
    /// Received on or after this day.
    pub from: Option<NaiveDate>,
    /// Received on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this legal process.
    pub process: Option<Process>,
    /// Only this outcome.
    pub outcome: Option<Outcome>,
    /// Only this country (ISO code).
    pub country: Option<String>,
    /// Only requests that asked for this category.
    pub category: Option<String>,
    /// Only requests with a category in this disposition.
    pub disposition: Option<Disposition>,
    /// Only this year.
    pub year: Option<i32>,
    /// Full-text search over authority, legal basis, notes and requested wording.
    pub search: Option<String>,
}

impl Filter {
    /// A WHERE clause over `requests r`, with its parameters.
    pub(super) fn sql(&self) -> (String, Vec<Value>) {
        let mut clauses = vec!["1 = 1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        // Each `?` in a clause takes the next value, numbered so clauses can be joined freely.
        let mut add = |clause: &str, values: Vec<Value>| {
            let mut numbered = String::new();
            let mut values = values.into_iter();
            for ch in clause.chars() {
                if ch == '?' {
                    if let Some(v) = values.next() {
                        params.push(v);
                    }
                    numbered.push_str(&format!("?{}", params.len()));
                } else {
                    numbered.push(ch);
                }
            }
            clauses.push(numbered);
        };
        let text = |s: &str| Value::Text(s.to_string());
        if let Some(o) = &self.organisation {
            add("r.organisation = ?", vec![text(o)]);
        }
        if let Some(d) = self.from {
            add("r.received_start >= ?", vec![text(&d.to_string())]);
        }
        if let Some(d) = self.to {
            add("r.received_start <= ?", vec![text(&d.to_string())]);
        }
        if let Some(p) = self.process {
            add("r.process = ?", vec![text(p.as_str())]);
        }
        if let Some(o) = self.outcome {
            add("r.outcome = ?", vec![text(o.as_str())]);
        }
        if let Some(c) = &self.country {
            add("r.country = ?", vec![text(c)]);
        }
        if let Some(y) = self.year {
            add(
                "substr(r.received_start, 1, 4) = ?",
                vec![text(&format!("{y:04}"))],
            );
        }
        let in_categories =
            |cond: String| format!("EXISTS (SELECT 1 FROM {} WHERE {cond})", each_category("r"));
        match (&self.category, self.disposition) {
            (Some(c), Some(d)) => add(
                &in_categories(format!("{Q_CATEGORY} = ? AND {Q_DISPOSITION} = ?")),
                vec![text(c), text(d.as_str())],
            ),
            (Some(c), None) => add(&in_categories(format!("{Q_CATEGORY} = ?")), vec![text(c)]),
            (None, Some(d)) => add(
                &in_categories(format!("{Q_DISPOSITION} = ?")),
                vec![text(d.as_str())],
            ),
            (None, None) => {}
        }
        if let Some(q) = self.search.as_deref().and_then(fts_query) {
            add(
                "r.rowid IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?)",
                vec![Value::Text(q)],
            );
        }
        (clauses.join(" AND "), params)
    }
}

impl Filter {
    /// The received dates the filter allows, as bounds on `r.received_start` that the
    /// index on it can seek to (dates and years are digits, so they are written inline).
    /// The facet bitmaps pick a page's rows; these let the walk along the date start at
    /// the filter's first day instead of reading past every later year first.
    pub(super) fn received_bounds_sql(&self) -> String {
        let mut lo = self.from;
        let mut hi = self.to;
        if let Some(y) = self.year {
            let first = NaiveDate::from_ymd_opt(y, 1, 1);
            let last = NaiveDate::from_ymd_opt(y, 12, 31);
            lo = lo.max(first);
            hi = match (hi, last) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        let mut clauses = vec!["1 = 1".to_string()];
        if let Some(d) = lo {
            clauses.push(format!("r.received_start >= '{d}'"));
        }
        if let Some(d) = hi {
            clauses.push(format!("r.received_start <= '{d}'"));
        }
        clauses.join(" AND ")
    }
}

/// Which monthly roll-up a query may read instead of the raw tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rollup {
    /// By organisation, month, process and outcome: small, for charts.
    Periods,
    /// Also by country, nondisclosure order and notification: for headline numbers.
    Requests,
    /// Requested categories by organisation, month, process, outcome and disposition.
    Categories,
    /// Requested categories by organisation, month and disposition: for filters without a
    /// process or outcome, a sixteenth of `Categories`.
    CategoryMonths,
}

impl Rollup {
    pub(super) fn table(self) -> &'static str {
        match self {
            Rollup::Periods => "rollup_periods",
            Rollup::Requests => "rollup_requests",
            Rollup::Categories => "rollup_categories",
            Rollup::CategoryMonths => "rollup_category_months",
        }
    }
}

/// Whether a query may use a roll-up (`Auto`) or must read the raw tables (`Raw`).
/// Tests run both and compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Path {
    Auto,
    #[cfg_attr(not(test), allow(dead_code))]
    Raw,
}

impl Filter {
    /// A WHERE clause over roll-up `u`, when the filter asks nothing the roll-up does not
    /// keep: whole months, and no search, category or disposition filter (and a country
    /// filter only for the request roll-up).
    pub(super) fn rollup_sql(&self, table: Rollup, path: Path) -> Option<(String, Vec<Value>)> {
        let whole_months = self.from.is_none_or(|d| d.day() == 1)
            && self
                .to
                .is_none_or(|d| d.succ_opt().is_none_or(|next| next.day() == 1));
        if path == Path::Raw
            || !whole_months
            || self.search.is_some()
            || self.category.is_some()
            || self.disposition.is_some()
            || (table != Rollup::Requests && self.country.is_some())
            || (table == Rollup::CategoryMonths
                && (self.process.is_some() || self.outcome.is_some()))
        {
            return None;
        }
        let mut clauses = vec!["1 = 1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        let mut add = |clause: &str, v: String| {
            params.push(Value::Text(v));
            clauses.push(clause.replace('?', &format!("?{}", params.len())));
        };
        if let Some(o) = &self.organisation {
            add("u.organisation = ?", o.clone());
        }
        if let Some(d) = self.from {
            add("u.month >= ?", d.format("%Y-%m").to_string());
        }
        if let Some(d) = self.to {
            add("u.month <= ?", d.format("%Y-%m").to_string());
        }
        if let Some(y) = self.year {
            add("substr(u.month, 1, 4) = ?", format!("{y:04}"));
        }
        if let Some(p) = self.process {
            add("u.process = ?", p.as_str().to_string());
        }
        if let Some(o) = self.outcome {
            add("u.outcome = ?", o.as_str().to_string());
        }
        if let Some(c) = &self.country {
            add("u.country = ?", c.clone());
        }
        Some((clauses.join(" AND "), params))
    }

    /// The smallest category roll-up that can answer this filter: (table, WHERE, params).
    pub(super) fn category_rollup(&self, path: Path) -> Option<(&'static str, String, Vec<Value>)> {
        [Rollup::CategoryMonths, Rollup::Categories]
            .into_iter()
            .find_map(|t| self.rollup_sql(t, path).map(|(w, p)| (t.table(), w, p)))
    }

    /// The smallest request roll-up that can answer this filter: (table, WHERE, params).
    pub(super) fn request_rollup(&self, path: Path) -> Option<(&'static str, String, Vec<Value>)> {
        [Rollup::Periods, Rollup::Requests]
            .into_iter()
            .find_map(|t| self.rollup_sql(t, path).map(|(w, p)| (t.table(), w, p)))
    }
}

/// Turns what a person types into an FTS5 query: every word must occur, the last as a prefix.
/// Quoting each word keeps FTS5 operators and punctuation in the input from being syntax.
pub(super) fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut q = rest.join(" ");
    if !q.is_empty() {
        q.push(' ');
    }
    q.push_str(last);
    q.push('*');
    Some(q)
}

/// Refuses an organisation id the store does not know, naming those it does,
/// so a typo is not reported as "0 requests".
pub fn ensure_organisation(store: &Store, id: &str) -> Result<()> {
    let known: Vec<String> = store::organisations::list(store.conn())?
        .into_iter()
        .map(|o| o.id)
        .collect();
    if known.iter().any(|k| k == id) {
        return Ok(());
    }
    Err(Error::Usage(if known.is_empty() {
        say!("error-no-organisation-none", id = id)
    } else {
        say!(
            "error-no-organisation-has",
            id = id,
            known = known.join(", ")
        )
    }))
}
