//! Comparison periods: a year published whole is never added to its own half-years, and
//! half-years stay half-years when asked for.

use disclose_core::import::{import_files, ImportOptions};
use disclose_core::query::{compare, CompareQuery};
use disclose_core::Store;

fn store(json: &str) -> Store {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("counts.json");
    std::fs::write(&path, json).expect("write");
    let mut s = Store::open_in_memory().expect("store");
    import_files(
        &mut s,
        &[path.as_path()],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("import");
    s
}

const COUNTS: &str = r#"{"format": "disclose-bundle", "version": 2,
  "organisations": [{"id": "whole", "name": "Whole Co"}, {"id": "halves", "name": "Halves Co"}],
  "aggregates": [
    {"organisation": "whole", "period_start": "2023-01-01", "period_end": "2023-12-31",
     "metric": "requests", "value": 1000, "unit": "count"},
    {"organisation": "whole", "period_start": "2023-01-01", "period_end": "2023-06-30",
     "metric": "requests", "value": 400, "unit": "count"},
    {"organisation": "halves", "period_start": "2023-01-01", "period_end": "2023-06-30",
     "metric": "requests", "value": 300, "unit": "count"},
    {"organisation": "halves", "period_start": "2023-07-01", "period_end": "2023-12-31",
     "metric": "requests", "value": 200, "unit": "count"},
    {"organisation": "halves", "period_start": "2024-01-01", "period_end": "2024-06-30",
     "metric": "requests", "value": 250, "unit": "count"}]}"#;

#[test]
fn a_whole_year_is_not_added_to_its_own_half() {
    let s = store(COUNTS);
    let rows = compare(&s, &CompareQuery::default()).expect("compare");
    let got: Vec<(String, String, Option<f64>, Option<u32>)> = rows
        .iter()
        .map(|r| {
            (
                r.organisation.clone(),
                r.period(),
                r.value,
                r.months_covered,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("halves".into(), "2023".into(), Some(500.0), Some(12)),
            ("halves".into(), "2024".into(), Some(250.0), Some(6)),
            ("whole".into(), "2023".into(), Some(1000.0), Some(12)),
        ]
    );
}

#[test]
fn half_years_stay_half_years_when_asked() {
    let s = store(COUNTS);
    let q = CompareQuery {
        halves: true,
        ..CompareQuery::default()
    };
    let got: Vec<(String, String, Option<f64>, u32)> = compare(&s, &q)
        .expect("compare")
        .iter()
        .map(|r| {
            (
                r.organisation.clone(),
                r.period(),
                r.value,
                r.months_expected(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("halves".into(), "2023 H1".into(), Some(300.0), 6),
            ("halves".into(), "2023 H2".into(), Some(200.0), 6),
            ("halves".into(), "2024 H1".into(), Some(250.0), 6),
            ("whole".into(), "2023".into(), Some(1000.0), 12),
        ]
    );
}
