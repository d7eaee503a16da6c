//! X's and the EU DSA template's layouts, and files as journalists find them: a cell that
//! is not UTF-8, a place that is no ISO country, figures that cannot be right. Fixtures in
//! `fixtures/published/{x,eu-dsa}` with invented figures.

mod common;

use std::path::{Path, PathBuf};

use common::{aggregates, find};
use disclose_core::domain::{Metric, Scope, Unit};
use disclose_core::error::Severity;
use disclose_core::import::{import_files, ImportOptions, ImportSummary};
use disclose_core::query::published_counts;
use disclose_core::{ErrorCode, Store};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/published")
        .join(rel)
}

fn import(
    s: &mut Store,
    paths: &[&Path],
    strict: bool,
) -> disclose_core::Result<Vec<ImportSummary>> {
    let opts = ImportOptions {
        strict,
        ..ImportOptions::default()
    };
    import_files(s, paths, &opts, &mut |_| true)
}

fn count(s: &Store) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM aggregates", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn x_half_years_read_footnotes_separators_dashes_bands_and_the_total_row() {
    let mut s = Store::open_in_memory().expect("store");
    let h1 = fixture("x/x-information-requests-2017-H1.csv");
    let h2 = fixture("x/x-information-requests-2017-H2.csv");
    let summaries = import(&mut s, &[&h1, &h2], false).expect("imports");
    let all = aggregates(&s);
    let x = |p: &str, c: Option<&str>, m| find(&all, "x", p, c, None, m).and_then(|a| a.value);
    // "January - June 2017": the first half-year.
    let de = find(&all, "x", "2017-01-01", Some("DE"), None, Metric::Requests).expect("DE");
    assert_eq!(de.period_end.to_string(), "2017-06-30");
    // "41*": a footnote mark; "1,120": a thousands separator; 12 % of 41 requests.
    assert_eq!(de.value, Some(41.0));
    assert_eq!(x("2017-01-01", Some("DE"), Metric::Accounts), Some(1120.0));
    assert_eq!(
        x("2017-01-01", Some("DE"), Metric::SomeDataProduced),
        Some(5.0)
    );
    assert_eq!(x("2017-07-01", Some("DE"), Metric::Requests), Some(96.0));
    // The TOTAL row is the global figure, never a country.
    assert_eq!(x("2017-01-01", None, Metric::Requests), Some(3405.0));
    assert!(all.iter().all(|a| a.country.as_deref() != Some("TOTAL")));
    // Somaliland has no ISO code: kept under its name, "<10" a band of 0 to 9, "-" unknown.
    let sl = find(
        &all,
        "x",
        "2017-01-01",
        Some("Somaliland"),
        None,
        Metric::Requests,
    )
    .expect("Somaliland kept as a place of its own");
    assert_eq!(
        (sl.value, sl.value_min, sl.value_max),
        (None, Some(0.0), Some(9.0))
    );
    assert!(find(
        &all,
        "x",
        "2017-01-01",
        Some("Somaliland"),
        None,
        Metric::Accounts
    )
    .is_none());
    let warned: Vec<_> = summaries[0]
        .warnings
        .iter()
        .filter(|p| p.found.as_ref().map(|f| f.to_string()).as_deref() == Some("Somaliland"))
        .collect();
    assert_eq!(
        warned.len(),
        1,
        "one warning per name: {:?}",
        summaries[0].warnings
    );
    assert_eq!(warned[0].severity, Severity::Warning);
    assert!(warned[0].to_string().contains("line 5"), "{}", warned[0]);
    // Each figure keeps its file, rows, checksum and the period as X wrote it.
    let traced = published_counts(&s).expect("traces");
    let (_, trace) = traced
        .iter()
        .find(|(a, _)| {
            a.organisation == "x"
                && a.country.as_deref() == Some("DE")
                && a.metric == Metric::Requests
                && a.period_start.to_string() == "2017-01-01"
        })
        .expect("DE figure");
    let t = trace.as_ref().expect("a trace");
    assert_eq!(t.file, "x-information-requests-2017-H1.csv");
    assert_eq!(t.rows, "3");
    assert_eq!(t.period, "January - June 2017");
    assert_eq!(t.publisher.as_deref(), Some("X (Twitter)"));
    assert_eq!(t.sha256.len(), 64);
    assert!(t
        .page
        .as_deref()
        .is_some_and(|p| p.contains("transparency.x.com")));
}

#[test]
fn strict_refuses_a_place_that_is_no_country() {
    let mut s = Store::open_in_memory().expect("store");
    let h1 = fixture("x/x-information-requests-2017-H1.csv");
    let err = import(&mut s, &[&h1], true).expect_err("strict");
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let text = err
        .problems()
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains("Somaliland") && text.contains("line 5"),
        "{text}"
    );
    assert_eq!(count(&s), 0);
}

#[test]
fn dsa_orders_to_provide_information_per_member_state_with_their_median_times() {
    let mut s = Store::open_in_memory().expect("store");
    let f = fixture("eu-dsa/dsa-part3-member-state-orders.csv");
    import(&mut s, &[&f], false).expect("imports");
    let all = aggregates(&s);
    let org = "example-social";
    let name: String = s
        .conn()
        .query_row("SELECT name FROM organisations WHERE id = ?1", [org], |r| {
            r.get(0)
        })
        .expect("the service is the organisation");
    assert_eq!(name, "Example Social");
    let get = |c: Option<&str>, m, scope: Option<Scope>| {
        all.iter()
            .find(|a| {
                a.organisation == org
                    && a.country.as_deref() == c
                    && a.metric == m
                    && a.scope == scope
                    && a.period_start.to_string() == "2025-07-01"
            })
            .cloned()
    };
    // Categories of illegal content are summed: 45 + 12 orders in all.
    assert_eq!(
        get(None, Metric::Requests, None).and_then(|a| a.value),
        Some(57.0)
    );
    assert_eq!(
        get(Some("DE"), Metric::Requests, None).and_then(|a| a.value),
        Some(31.0)
    );
    // Greece is EL in the EU's files.
    assert_eq!(
        get(Some("GR"), Metric::Requests, None).and_then(|a| a.value),
        Some(12.0)
    );
    let median = get(Some("DE"), Metric::MedianHoursToEffect, None).expect("median");
    assert_eq!((median.value, median.unit), (Some(96.0), Unit::Hours));
    // Orders to act against content are other requests: their own scope.
    let act = Some(Scope::ContentOrders);
    assert_eq!(
        get(None, Metric::Requests, act).and_then(|a| a.value),
        Some(12.0)
    );
    assert_eq!(
        get(Some("FR"), Metric::MedianHoursToConfirm, act).and_then(|a| a.value),
        Some(5.0)
    );
    assert_eq!(
        get(None, Metric::Requests, None).map(|a| a.period_end.to_string()),
        Some("2025-12-31".into())
    );
}

/// A file in Google's layout with one bad line after a good one.
fn google_with(dir: &Path, line: &[u8]) -> PathBuf {
    let path = dir.join("google-global-user-data-requests.csv");
    let mut body = b"Period Ending,Country/Region,CLDR Territory Code,Legal Process,User Data Requests,Percentage disclosed,Accounts\n2023-06-30,Germany,DE,All,100,50,120\n".to_vec();
    body.extend_from_slice(line);
    std::fs::write(&path, body).expect("write");
    path
}

#[test]
fn figures_that_cannot_be_right_name_file_row_and_column_and_import_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    for (line, column, expected) in [
        (
            &b"2023-06-30,France,FR,All,-5,50,10\n"[..],
            "User Data Requests",
            "zero or more",
        ),
        (
            b"2023-06-30,France,FR,All,12,140,10\n",
            "Percentage disclosed",
            "0 to 100",
        ),
        (
            b"2023-06-30,France,FR,All,twelve,50,10\n",
            "User Data Requests",
            "a number",
        ),
        (
            b"2023-06-30,France,FR,All,300-200,,10\n",
            "User Data Requests",
            "lower bound",
        ),
    ] {
        let path = google_with(dir.path(), line);
        let mut s = Store::open_in_memory().expect("store");
        let err = import(&mut s, &[&path], false).expect_err("a bad figure");
        assert_eq!(err.code(), ErrorCode::InvalidInput);
        let p = &err.problems()[0];
        let text = p.to_string();
        assert!(
            text.contains("google-global-user-data-requests.csv"),
            "{text}"
        );
        assert!(text.contains("line 3"), "{text}");
        assert_eq!(p.field.as_deref(), Some(column), "{text}");
        assert!(p.expected.to_string().contains(expected), "{text}");
        assert_eq!(count(&s), 0, "nothing imported");
    }
}

#[test]
fn a_name_broken_by_a_wrong_encoding_imports_on_its_iso_code_with_a_warning() {
    let dir = tempfile::tempdir().expect("dir");
    // "Côte d'Ivoire" written in Latin-1: 0xF4 is no UTF-8.
    let path = google_with(dir.path(), b"2023-06-30,C\xF4te d'Ivoire,CI,All,7,0,7\n");
    let mut s = Store::open_in_memory().expect("store");
    let summary = import(&mut s, &[&path], false).expect("imports").remove(0);
    let all = aggregates(&s);
    let ci = find(
        &all,
        "google",
        "2023-01-01",
        Some("CI"),
        None,
        Metric::Requests,
    );
    assert_eq!(ci.and_then(|a| a.value), Some(7.0));
    let w = summary
        .warnings
        .iter()
        .find(|w| {
            w.found
                .as_ref()
                .is_some_and(|f| f.to_string().contains("0xF4"))
        })
        .unwrap_or_else(|| panic!("a warning naming the bytes: {:?}", summary.warnings));
    assert!(w.to_string().contains("line 3"), "{w}");
    // Strict: the file is refused, as before.
    let mut strict = Store::open_in_memory().expect("store");
    let err = import(&mut strict, &[&path], true).expect_err("strict");
    assert!(err.problems()[0].to_string().contains("0xF4"));
    assert_eq!(count(&strict), 0);
}
