//! The Library: which publishers' files the store holds, in which layouts, for which
//! periods, and the page to fetch newer files from (Disclose never fetches anything).

use super::*;
use crate::domain::{Aggregate, Term};
use crate::trace::Trace;

/// One file the store holds published counts from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FileHeld {
    /// The file's name.
    pub file: String,
    /// Its SHA-256.
    pub sha256: String,
    /// The layout it was read in; None for a bundle or a mapped table.
    pub layout: Option<String>,
}

/// What the store holds of one publisher.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LibraryEntry {
    /// The organisation's id.
    pub organisation: String,
    /// Its name.
    pub name: String,
    /// The layouts its files were read in: id and title.
    pub layouts: Vec<Term>,
    /// The files, oldest import first.
    pub files: Vec<FileHeld>,
    /// The periods held ("2023 H1", "2022"), oldest first.
    pub periods: Vec<String>,
    /// The newest period held.
    pub last_period: Option<String>,
    /// How many published counts.
    pub counts: u64,
    /// The page to download newer files from, where the layout names one.
    pub page: Option<String>,
}

/// Every published count with where it comes from.
pub fn published_counts(store: &Store) -> Result<Vec<(Aggregate, Option<Trace>)>> {
    store::aggregates::list_traced(store.conn())
}

/// "2023 H1" for a half-year, "2023" for a year, else "2023-01-01 to 2023-03-31".
pub fn period_label(start: NaiveDate, end: NaiveDate) -> String {
    let months = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32 + 1;
    let whole = start.day() == 1 && end.succ_opt().is_some_and(|d| d.day() == 1);
    match (whole, months, start.month()) {
        (true, 12, 1) => start.year().to_string(),
        (true, 6, 1) => format!("{} H1", start.year()),
        (true, 6, 7) => format!("{} H2", start.year()),
        _ => format!("{start} to {end}"),
    }
}

/// What the store holds per publisher, by name.
pub fn library(store: &Store) -> Result<Vec<LibraryEntry>> {
    let names: BTreeMap<String, String> = store::organisations::list(store.conn())?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut out: BTreeMap<String, (LibraryEntry, Vec<(NaiveDate, NaiveDate)>)> = BTreeMap::new();
    for (a, trace) in published_counts(store)? {
        let (h, periods) = out.entry(a.organisation.clone()).or_insert_with(|| {
            (
                LibraryEntry {
                    organisation: a.organisation.clone(),
                    name: names
                        .get(&a.organisation)
                        .cloned()
                        .unwrap_or_else(|| a.organisation.clone()),
                    layouts: Vec::new(),
                    files: Vec::new(),
                    periods: Vec::new(),
                    last_period: None,
                    counts: 0,
                    page: None,
                },
                Vec::new(),
            )
        });
        h.counts += 1;
        let span = (a.period_start.start(), a.period_end.end());
        if !periods.contains(&span) {
            periods.push(span);
        }
        let Some(t) = trace else { continue };
        if let Some(l) = &t.layout {
            if !h.layouts.iter().any(|x| &x.id == l) {
                let title = t.layout_title.as_deref().unwrap_or(l);
                h.layouts.push(Term::new(l, title));
            }
        }
        if h.page.is_none() {
            h.page = t.page.clone();
        }
        if !h
            .files
            .iter()
            .any(|f| f.sha256 == t.sha256 && f.file == t.file)
        {
            h.files.push(FileHeld {
                file: t.file,
                sha256: t.sha256,
                layout: t.layout,
            });
        }
    }
    Ok(out
        .into_values()
        .map(|(mut h, mut spans)| {
            spans.sort();
            let mut labels: Vec<String> = Vec::new();
            for (a, b) in spans {
                let l = period_label(a, b);
                if !labels.contains(&l) {
                    labels.push(l);
                }
            }
            h.last_period = labels.last().cloned();
            h.periods = labels;
            h
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect())
}
