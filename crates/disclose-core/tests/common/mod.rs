//! Helpers shared by the published-count tests: import files into a fresh store, read
//! back its aggregates, and find one by organisation, period, country, process and metric.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use disclose_core::domain::{Aggregate, Metric, Process};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::Store;

/// A fresh in-memory store with `paths` imported in one go.
pub fn store_with_paths(paths: &[PathBuf]) -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    import_files(&mut store, &refs, &ImportOptions::default(), &mut |_| true).expect("imports");
    store
}

/// Imports `path` into `store` once more, as a second run of the same import would.
pub fn import_again(store: &mut Store, path: &Path) -> disclose_core::import::ImportSummary {
    import_files(store, &[path], &ImportOptions::default(), &mut |_| true)
        .expect("again")
        .remove(0)
}

/// Every aggregate in the store, as the bundle export writes them.
pub fn aggregates(store: &Store) -> Vec<Aggregate> {
    let mut out = Vec::new();
    disclose_core::export::bundle(store, &mut out, disclose_core::export::Subjects::Omit)
        .expect("export");
    let bundle: disclose_core::domain::Bundle = serde_json::from_slice(&out).expect("bundle");
    bundle.aggregates
}

/// The aggregate of an organisation for a period ("2023-01-01", or "2023-01-01..2023-12-31"
/// where a year and its halves start on the same day), country, process and metric.
pub fn find<'a>(
    all: &'a [Aggregate],
    org: &str,
    period: &str,
    country: Option<&str>,
    process: Option<Process>,
    metric: Metric,
) -> Option<&'a Aggregate> {
    let (start, end) = period
        .split_once("..")
        .map_or((period, None), |(a, b)| (a, Some(b)));
    all.iter().find(|a| {
        a.organisation == org
            && a.period_start.to_string() == start
            && end.is_none_or(|e| a.period_end.to_string() == e)
            && a.country.as_deref() == country
            && a.process == process
            && a.metric == metric
    })
}

/// Every `.csv` and `.xlsx` file under `root`, sorted.
pub fn published_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "csv" || x == "xlsx") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Apple's files about things other than account data, and its account file: the same
/// names in the real folder and among the fixtures.
pub const APPLE_FILES: &[&str] = &[
    "apple/device_requests.csv",
    "apple/financial_identifier_requests.csv",
    "apple/push_token_requests.csv",
    "apple/digital_content_provider_requests.csv",
    "apple/account_restriction_deletion_requests.csv",
    "apple/app_takedown_legal_violation_requests.csv",
    "apple/app_takedown_platform_policy_violation_requests.csv",
    "apple/account_requests.csv",
];

/// The value of an Apple aggregate by period start, country, scope and metric.
pub fn apple_value(
    all: &[Aggregate],
    period: &str,
    country: Option<&str>,
    scope: Option<disclose_core::domain::Scope>,
    metric: Metric,
) -> Option<f64> {
    all.iter()
        .find(|a| {
            a.organisation == "apple"
                && a.period_start.to_string() == period
                && a.country.as_deref() == country
                && a.scope == scope
                && a.metric == metric
        })
        .and_then(|a| a.value)
}
