//! Compare as a journalist uses it: half-years kept as published, a country grid, shares
//! and accounts per request beside the counts, every published figure traced to its file
//! and rows, and the largest changes from one period to the next.

use std::path::{Path, PathBuf};

use disclose_core::import::{import_paths, ImportOptions};
use disclose_core::query::{changes, compare, CompareBy, CompareQuery};
use disclose_core::Store;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/published")
        .join(rel)
}

fn store() -> Store {
    let mut s = Store::open_in_memory().expect("store");
    let x = fixture("x");
    let github = fixture(
        "github/by_calendar_year_half/requests_received_and_disclosed_by_calendar_year_half.csv",
    );
    let github_years = fixture("github/requests_received_and_disclosed.csv");
    import_paths(
        &mut s,
        &[x.as_path(), github.as_path(), github_years.as_path()],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("imports");
    s
}

#[test]
fn half_years_stay_half_years_and_years_stay_years() {
    let s = store();
    let halves = CompareQuery {
        halves: true,
        ..CompareQuery::default()
    };
    let rows = compare(&s, &halves).expect("compare");
    let x: Vec<(String, Option<f64>)> = rows
        .iter()
        .filter(|r| r.organisation == "x")
        .map(|r| (r.period(), r.value))
        .collect();
    assert_eq!(
        x,
        [
            ("2017 H1".to_string(), Some(3405.0)),
            ("2017 H2".to_string(), Some(3646.0))
        ]
    );
    // Summed into a year only when asked for years, covering all twelve months.
    let years = compare(&s, &CompareQuery::default()).expect("compare");
    let x_year = years.iter().find(|r| r.organisation == "x").expect("x");
    assert_eq!(
        (x_year.period(), x_year.value),
        ("2017".into(), Some(7051.0))
    );
    assert!(x_year.complete());
    // GitHub's half-years are half-years too; a year it published whole stays a year.
    assert!(rows
        .iter()
        .any(|r| r.organisation == "github" && r.half.is_some()));
}

#[test]
fn every_published_figure_names_its_file_rows_and_checksum() {
    let s = store();
    let q = CompareQuery {
        halves: true,
        country: Some("DE".into()),
        ..CompareQuery::default()
    };
    let rows = compare(&s, &q).expect("compare");
    let de = rows
        .iter()
        .find(|r| r.organisation == "x" && r.period() == "2017 H1")
        .expect("DE 2017 H1");
    assert_eq!(de.value, Some(41.0));
    assert_eq!(de.sources.len(), 1);
    let t = &de.sources[0];
    assert_eq!(t.file, "x-information-requests-2017-H1.csv");
    assert_eq!(t.rows, "3");
    assert_eq!(t.period, "January - June 2017");
    assert_eq!(t.sha256.len(), 64);
    let cited = t.cite();
    assert!(
        cited.starts_with("X (Twitter), x-information-requests-2017-H1.csv"),
        "{cited}"
    );
    // Beside the count: the share with some data produced and the accounts per request.
    assert_eq!(de.some_data, Some(5.0));
    assert_eq!(de.accounts, Some(1120.0));
    assert!((de.accounts_per_request.unwrap_or(0.0) - 1120.0 / 41.0).abs() < 1e-9);
}

#[test]
fn a_country_grid_has_a_row_per_country_and_period_and_never_the_total() {
    let s = store();
    let q = CompareQuery {
        halves: true,
        by: CompareBy::Country,
        organisation: Some("x".into()),
        ..CompareQuery::default()
    };
    let rows = compare(&s, &q).expect("compare");
    assert!(rows
        .iter()
        .all(|r| r.organisation == "x" && r.country.is_some()));
    let cell = |c: &str, p: &str| {
        rows.iter()
            .find(|r| r.country.as_deref() == Some(c) && r.period() == p)
            .and_then(|r| r.value)
    };
    assert_eq!(cell("JP", "2017 H1"), Some(1250.0));
    assert_eq!(cell("US", "2017 H2"), Some(2250.0));
    // A place with no ISO code is listed under its name, its band kept as a band.
    let sl = rows
        .iter()
        .find(|r| r.country.as_deref() == Some("Somaliland"))
        .expect("Somaliland");
    assert_eq!((sl.value_min, sl.value_max), (Some(0.0), Some(9.0)));
    // Its sources are the one row of that country.
    assert_eq!(
        rows.iter()
            .find(|r| r.country.as_deref() == Some("JP") && r.period() == "2017 H1")
            .map(|r| r.sources[0].rows.clone()),
        Some("4".into())
    );
}

#[test]
fn the_largest_change_comes_first_with_its_two_periods() {
    let s = store();
    let q = CompareQuery {
        halves: true,
        by: CompareBy::Country,
        organisation: Some("x".into()),
        ..CompareQuery::default()
    };
    let rows = compare(&s, &q).expect("compare");
    let list = changes(&rows);
    let first = &list[0];
    // US: 2,100 to 2,250; DE: 41 to 96 (more than double, but fewer requests).
    assert_eq!(
        (
            first.country.as_deref(),
            first.from.as_str(),
            first.to.as_str(),
            first.change
        ),
        (Some("US"), "2017 H1", "2017 H2", 150.0)
    );
    let de = list
        .iter()
        .find(|c| c.country.as_deref() == Some("DE"))
        .expect("DE");
    assert!((de.relative.unwrap_or(0.0) - 55.0 / 41.0).abs() < 1e-9);
    // Argentina published only its first half: no change to speak of.
    assert!(list.iter().all(|c| c.country.as_deref() != Some("AR")));
}
