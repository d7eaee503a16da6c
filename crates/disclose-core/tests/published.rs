//! Every published layout Disclose recognises, tested on small files in the company's
//! exact layout with invented figures (`fixtures/published/`), so recognition and
//! normalisation are checked in every clone. The same checks against the real files are
//! in `published_real.rs`.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{
    aggregates, apple_value, find, import_again, published_files, store_with_paths, APPLE_FILES,
};
use disclose_core::domain::{Aggregate, Metric, Process, Scope};
use disclose_core::import::{import_files, published, ImportOptions};
use disclose_core::{ErrorCode, Store};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/published")
}

fn fixture(rel: &str) -> PathBuf {
    fixtures().join(rel)
}

fn store_with(files: &[&str]) -> Store {
    store_with_paths(&files.iter().map(|f| fixture(f)).collect::<Vec<_>>())
}

fn value(a: Option<&Aggregate>) -> Option<f64> {
    a.and_then(|a| a.value)
}

fn band(a: Option<&Aggregate>) -> Option<(Option<f64>, Option<f64>, Option<f64>)> {
    a.map(|a| (a.value, a.value_min, a.value_max))
}

#[test]
fn every_csv_layout_has_a_fixture() {
    let mut seen = BTreeSet::new();
    for f in published_files(&fixtures()) {
        let header = published::first_row(&f).expect("read").expect("a header");
        if let Ok(layout) = published::detect(&header) {
            seen.insert(layout.name);
        }
    }
    let missing: Vec<&str> = published::LAYOUTS
        .iter()
        .map(|l| l.name)
        .filter(|n| !seen.contains(n))
        .collect();
    assert!(missing.is_empty(), "layouts without a fixture: {missing:?}");
}

#[test]
fn every_layout_has_its_own_title_naming_its_publisher() {
    let mut titles = BTreeSet::new();
    for l in published::LAYOUTS {
        let publisher = l.publisher().to_string();
        assert!(
            l.title.starts_with(&publisher) || publisher.starts_with("the service"),
            "{}: the title {:?} does not name {publisher}",
            l.name,
            l.title
        );
        assert!(titles.insert(l.title), "{}: title used twice", l.name);
    }
}

#[test]
fn every_fixture_imports_on_its_own() {
    let files = published_files(&fixtures());
    assert_eq!(
        files.len(),
        30,
        "the fixture folder holds one file per published file kind"
    );
    for f in &files {
        let mut s = Store::open_in_memory().expect("store");
        let summary = import_files(
            &mut s,
            &[f.as_path()],
            &ImportOptions::default(),
            &mut |_| true,
        )
        .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert!(
            !summary[0].inserted.is_empty(),
            "{} added nothing",
            f.display()
        );
    }
}

#[test]
fn google_user_data_requests() {
    let s = store_with(&["google/google-global-user-data-requests.csv"]);
    let all = aggregates(&s);
    let us = |start: &str, p, m| find(&all, "google", start, Some("US"), p, m);
    let sub = Some(Process::Subpoena);
    // 2023-06-30,United States,US,Subpoenas,2000,75,4100: the half-year ending that day.
    let subpoenas = us("2023-01-01", sub, Metric::Requests).expect("row");
    assert_eq!(subpoenas.value, Some(2000.0));
    assert_eq!(subpoenas.period_end.to_string(), "2023-06-30");
    assert_eq!(value(us("2023-01-01", sub, Metric::Accounts)), Some(4100.0));
    // 75% of 2000 requests produced some data.
    assert_eq!(
        value(us("2023-01-01", sub, Metric::SomeDataProduced)),
        Some(1500.0)
    );
    // Preservation Requests,900,,1800: a blank percentage is unknown, not zero.
    let pres = Some(Process::Preservation);
    assert_eq!(value(us("2023-01-01", pres, Metric::Requests)), Some(900.0));
    assert!(us("2023-01-01", pres, Metric::SomeDataProduced).is_none());
    // 2009-12-31,...,All,1210: "All" is every process.
    assert_eq!(
        value(us("2009-07-01", None, Metric::Requests)),
        Some(1210.0)
    );
    // "1,234": thousands separators.
    let de = find(
        &all,
        "google",
        "2023-01-01",
        Some("DE"),
        Some(Process::Other),
        Metric::Requests,
    );
    assert_eq!(value(de), Some(1234.0));
    let source = subpoenas.source.as_deref().unwrap_or("");
    assert!(
        source.contains("\"Subpoenas\"") && source.contains("row 3"),
        "{source}"
    );
    assert!(
        source.contains("google-global-user-data-requests.csv"),
        "{source}"
    );
}

#[test]
fn google_national_security_ranges_stay_ranges() {
    let s = store_with(&["google/google-usnationalsecurity-nsl-requests.csv"]);
    let all = aggregates(&s);
    let ns = Some(Process::NationalSecurity);
    let get = |start, m| find(&all, "google", start, Some("US"), ns, m);
    // 2023-12-31,0,499,1000,1499
    assert_eq!(
        band(get("2023-07-01", Metric::Requests)),
        Some((None, Some(0.0), Some(499.0)))
    );
    assert_eq!(
        band(get("2023-07-01", Metric::Accounts)),
        Some((None, Some(1000.0), Some(1499.0)))
    );
    // 2023-06-30,500,999,...
    assert_eq!(
        band(get("2023-01-01", Metric::Requests)),
        Some((None, Some(500.0), Some(999.0)))
    );
}

#[test]
fn google_enterprise_and_diplomatic_files_keep_their_scope() {
    let s = store_with(&[
        "google/google-global-user-data-dlr-requests.csv",
        "google/google-enterprise-data-requests.csv",
        "google/google-enterprise-data-dlr-requests.csv",
    ]);
    let all = aggregates(&s);
    let has = |scope, country: Option<&str>, end: &str, process, metric, v: f64| {
        all.iter().any(|a| {
            a.scope == Some(scope)
                && a.country.as_deref() == country
                && a.period_end.to_string() == end
                && a.process == process
                && a.metric == metric
                && a.value == Some(v)
        })
    };
    let foreign = Some(Process::Foreign);
    // 2019-06-30,Albania,AL,United States,4
    assert!(has(
        Scope::Diplomatic,
        Some("AL"),
        "2019-06-30",
        foreign,
        Metric::Requests,
        4.0
    ));
    // 2019-12-31,Argentina,AR,Google Workspace,Other Legal Requests,3,2,33
    let other = Some(Process::Other);
    assert!(has(
        Scope::EnterpriseCloud,
        Some("AR"),
        "2019-12-31",
        other,
        Metric::Requests,
        3.0
    ));
    assert!(has(
        Scope::EnterpriseCloud,
        Some("AR"),
        "2019-12-31",
        other,
        Metric::Accounts,
        2.0
    ));
    // 2019-12-31,GSUITE,,,0: a global zero; 2020-06-30,GSUITE,France,...,2: by country name.
    assert!(has(
        Scope::EnterpriseDiplomatic,
        None,
        "2019-12-31",
        foreign,
        Metric::Requests,
        0.0
    ));
    assert!(has(
        Scope::EnterpriseDiplomatic,
        Some("FR"),
        "2020-06-30",
        foreign,
        Metric::Requests,
        2.0
    ));
    assert!(
        all.iter().all(|a| a.scope.is_some()),
        "none of these is account data"
    );
}

#[test]
fn google_released_national_security_letters_are_request_records() {
    let s = store_with(&["google/google-usnationalsecurity-nsl-requests-released.csv"]);
    let three_letters = 3;
    assert_eq!(
        disclose_core::query::count(&s, &Default::default()).expect("count"),
        three_letters
    );
    // NSL-20-200002(a) is one of a letter's two parts; its id keeps the part.
    let part = disclose_core::query::request(&s, "google", "NSL-20-200002-a")
        .expect("query")
        .expect("NSL-20-200002(a)");
    assert_eq!(part.process, Process::NationalSecurity);
    assert_eq!(part.country.as_deref(), Some("US"));
    // NSL-19-100001,2019-03-04,2023-05-06: issued, then released by the FBI.
    let first = disclose_core::query::request(&s, "google", "NSL-19-100001")
        .expect("query")
        .expect("NSL-19-100001");
    assert_eq!(first.received.to_string(), "2019-03-04");
    assert_eq!(
        first.nondisclosure_until.map(|d| d.to_string()).as_deref(),
        Some("2023-05-06")
    );
}

#[test]
fn meta_wide_files_take_the_half_year_from_the_file_name() {
    let s = store_with(&[
        "meta/PRPL-Facebook-Government-Report-2023_H1.csv",
        "meta/PRPL-Facebook-Government-Report-2019_H2.csv",
    ]);
    let all = aggregates(&s);
    let us = |start: &str, p, m| value(find(&all, "meta", start, Some("US"), p, m));
    // United States,"12,000","20,500","10,000","8,800","17,000",88%, ...
    assert_eq!(us("2023-01-01", None, Metric::Requests), Some(10000.0));
    assert_eq!(us("2023-01-01", None, Metric::Accounts), Some(17000.0));
    assert_eq!(
        us("2023-01-01", Some(Process::Preservation), Metric::Requests),
        Some(12000.0)
    );
    // Subpoena "2,000","4,000",75%
    let sub = Some(Process::Subpoena);
    assert_eq!(us("2023-01-01", sub, Metric::Requests), Some(2000.0));
    assert_eq!(us("2023-01-01", sub, Metric::Accounts), Some(4000.0));
    assert_eq!(
        us("2023-01-01", sub, Metric::SomeDataProduced),
        Some(1500.0)
    );
    // Germany has no subpoena group: nothing, not zero. Andorra's zeros are zeros.
    assert!(find(
        &all,
        "meta",
        "2023-01-01",
        Some("DE"),
        sub,
        Metric::Requests
    )
    .is_none());
    assert_eq!(
        value(find(
            &all,
            "meta",
            "2023-01-01",
            Some("AD"),
            None,
            Metric::Requests
        )),
        Some(0.0)
    );
    // The 2019_H2 file has a byte-order mark and CR-only line endings.
    assert_eq!(us("2019-07-01", None, Metric::Requests), Some(8200.0));
}

#[test]
fn apple_account_requests() {
    let s = store_with(&["apple/account_requests.csv"]);
    let all = aggregates(&s);
    let au = |m| value(find(&all, "apple", "2013-01-01", Some("AU"), None, m));
    // 2013 H1,1/1/13,6/30/13,Australia,40,44,5,20,1,53%
    assert_eq!(au(Metric::Requests), Some(40.0));
    assert_eq!(au(Metric::Accounts), Some(44.0));
    assert_eq!(au(Metric::Rejected), Some(5.0));
    assert_eq!(au(Metric::NonContentDisclosed), Some(20.0));
    assert_eq!(au(Metric::ContentDisclosed), Some(1.0));
    assert_eq!(au(Metric::SomeDataProduced), Some((40.0f64 * 0.53).round()));
    // "United States of America" is a country name.
    assert_eq!(
        value(find(
            &all,
            "apple",
            "2013-01-01",
            Some("US"),
            None,
            Metric::Requests
        )),
        Some(500.0)
    );
}

#[test]
fn apple_emergency_preservation_and_national_security_files() {
    let s = store_with(&[
        "apple/emergency_requests.csv",
        "apple/account_preservation_requests.csv",
        "apple/us_national_security_requests.csv",
    ]);
    let all = aggregates(&s);
    let us = |start, p, m| find(&all, "apple", start, Some("US"), p, m);
    let em = Some(Process::Emergency);
    // 2018 H1,...,United States of America,90,4,8,78,87%
    assert_eq!(value(us("2018-01-01", em, Metric::Requests)), Some(90.0));
    assert_eq!(value(us("2018-01-01", em, Metric::Rejected)), Some(4.0));
    assert_eq!(value(us("2018-01-01", em, Metric::NoData)), Some(8.0));
    assert_eq!(
        value(us("2018-01-01", em, Metric::SomeDataProduced)),
        Some(78.0)
    );
    // 2015 H1,...,70, -, -, -, -: a dash is unknown, not zero.
    assert_eq!(value(us("2015-01-01", em, Metric::Requests)), Some(70.0));
    assert!(us("2015-01-01", em, Metric::NoData).is_none());
    // 2018 H1,...,800,2100,1500
    let pres = Some(Process::Preservation);
    assert_eq!(value(us("2018-01-01", pres, Metric::Requests)), Some(800.0));
    assert_eq!(
        value(us("2018-01-01", pres, Metric::Accounts)),
        Some(2100.0)
    );
    // FISA content 0 - 499, FISA non-content 0 - 499, NSLs 2 - 499: the bands add up.
    let ns = Some(Process::NationalSecurity);
    assert_eq!(
        band(us("2018-01-01", ns, Metric::Requests)),
        Some((None, Some(2.0), Some(1497.0)))
    );
    assert_eq!(
        band(us("2018-01-01", ns, Metric::Accounts)),
        Some((None, Some(17000.0), Some(18497.0)))
    );
}

#[test]
fn apple_requests_about_devices_payments_tokens_and_takedowns_keep_their_scope() {
    let s = store_with(APPLE_FILES);
    let all = aggregates(&s);
    let get = |period: &str, country: Option<&str>, scope: Option<Scope>, metric: Metric| {
        apple_value(&all, period, country, scope, metric)
    };
    let devices = Some(Scope::Devices);
    // 2013 H1,1/1/13,6/30/13,Australia,600,950,400,67%
    assert_eq!(
        get("2013-01-01", Some("AU"), devices, Metric::Requests),
        Some(600.0)
    );
    assert_eq!(
        get("2013-01-01", Some("AU"), devices, Metric::Accounts),
        Some(950.0)
    );
    assert_eq!(
        get("2013-01-01", Some("AU"), devices, Metric::SomeDataProduced),
        Some(400.0)
    );
    let fin = Some(Scope::FinancialIdentifiers);
    assert_eq!(
        get("2016-07-01", Some("AU"), fin, Metric::Requests),
        Some(80.0)
    );
    assert_eq!(
        get(
            "2022-07-01",
            Some("DE"),
            Some(Scope::PushTokens),
            Metric::Requests
        ),
        Some(3.0)
    );
    let dcp = Some(Scope::DigitalContentProviders);
    assert_eq!(
        get("2022-01-01", Some("AT"), dcp, Metric::SomeDataProduced),
        Some(2.0)
    );
    // 2014 H2,...,United States of America,3, -,1, -,0
    let restr = Some(Scope::AccountRestriction);
    assert_eq!(
        get("2014-07-01", Some("US"), restr, Metric::Requests),
        Some(3.0)
    );
    assert_eq!(get("2014-07-01", Some("US"), restr, Metric::Accounts), None);
    // "China mainland" is CN; "N/A" is no country.
    let legal = Some(Scope::AppTakedownLegal);
    assert_eq!(
        get("2018-07-01", Some("CN"), legal, Metric::Requests),
        Some(20.0)
    );
    let policy = Some(Scope::AppTakedownPolicy);
    assert_eq!(get("2018-07-01", None, policy, Metric::Requests), Some(0.0));
    // Compared, Australia 2013 is its account requests alone (40 + 30), never its devices.
    let compare = |scope| {
        disclose_core::query::compare(
            &s,
            &disclose_core::query::CompareQuery {
                country: Some("AU".into()),
                from_year: Some(2013),
                to_year: Some(2013),
                scope,
                ..Default::default()
            },
        )
        .expect("compare")
        .iter()
        .map(|r| (r.organisation.clone(), r.value))
        .collect::<Vec<_>>()
    };
    assert_eq!(compare(None), [("apple".to_string(), Some(70.0))]);
    // Asked for by scope, both halves of 2013's device requests (600 + 500).
    assert_eq!(compare(devices), [("apple".to_string(), Some(1100.0))]);
}

#[test]
fn github_requests_by_year_and_by_half_year() {
    let s = store_with(&[
        "github/requests_received_and_disclosed.csv",
        "github/by_calendar_year_half/requests_received_and_disclosed_by_calendar_year_half.csv",
    ]);
    let all = aggregates(&s);
    let sub = Some(Process::Subpoena);
    let get = |period, p, m| value(find(&all, "github", period, None, p, m));
    // 2023,criminal or government agency subpoena,300,280
    let year = "2023-01-01..2023-12-31";
    assert_eq!(get(year, sub, Metric::Requests), Some(300.0));
    assert_eq!(get(year, sub, Metric::SomeDataProduced), Some(280.0));
    // "cross-border request " with a trailing space is still a foreign request.
    assert_eq!(
        get(year, Some(Process::Foreign), Metric::Requests),
        Some(12.0)
    );
    // 2025,1,criminal or government agency subpoena,150,140
    assert_eq!(
        get("2025-01-01..2025-06-30", sub, Metric::Requests),
        Some(150.0)
    );
}

#[test]
fn github_cross_border_and_accounts_affected_files() {
    let s = store_with(&[
        "github/cross_border_data_requests.csv",
        "github/requests_accounts_affected.csv",
        "github/by_calendar_year_half/cross_border_data_requests_by_calendar_year_half.csv",
        "github/by_calendar_year_half/requests_accounts_affected_by_calendar_year_half.csv",
    ]);
    let all = aggregates(&s);
    let get = |period, country, p, m| value(find(&all, "github", period, country, p, m));
    let foreign = Some(Process::Foreign);
    // 2024,Brazil,BR,5 (the year) and 2024,2,Brazil,BR,2 (its second half) are both kept.
    assert_eq!(
        get(
            "2024-01-01..2024-12-31",
            Some("BR"),
            foreign,
            Metric::Requests
        ),
        Some(5.0)
    );
    assert_eq!(
        get(
            "2024-07-01..2024-12-31",
            Some("BR"),
            foreign,
            Metric::Requests
        ),
        Some(2.0)
    );
    assert_eq!(
        get("2024-01-01..2024-12-31", None, None, Metric::Accounts),
        Some(1300.0)
    );
    assert_eq!(
        get("2024-07-01..2024-12-31", None, None, Metric::Accounts),
        Some(640.0)
    );
}

#[test]
fn github_national_security_bands_take_their_figure_from_the_type_column() {
    let s = store_with(&["github/national_security_letters_and_orders.csv"]);
    let all = aggregates(&s);
    let ns = Some(Process::NationalSecurity);
    let get = |period, m| band(find(&all, "github", period, Some("US"), ns, m));
    let second_half = "2025-07-01..2025-12-31";
    // 2025,Jul-Dec,National security letters and orders received,0-249
    assert_eq!(
        get(second_half, Metric::Requests),
        Some((None, Some(0.0), Some(249.0)))
    );
    // 2025,Jul-Dec,Affected accounts,750-999
    assert_eq!(
        get(second_half, Metric::Accounts),
        Some((None, Some(750.0), Some(999.0)))
    );
    // 2025,Jan-Jun,Affected accounts,1250-1499: the first half is its own period.
    assert_eq!(
        get("2025-01-01..2025-06-30", Metric::Accounts),
        Some((None, Some(1250.0), Some(1499.0)))
    );
}

#[test]
fn github_notifications_take_their_figure_from_the_type_column() {
    let s = store_with(&[
        "github/by_calendar_year_half/user_notifications_of_legal_request_disclosures_by_calendar_year_half.csv",
    ]);
    let all = aggregates(&s);
    let get = |p, m| value(find(&all, "github", "2025-01-01..2025-06-30", None, p, m));
    assert_eq!(get(None, Metric::UsersNotified), Some(11.0));
    assert_eq!(get(None, Metric::UnderSeal), Some(4.0));
    assert_eq!(
        get(Some(Process::Emergency), Metric::NotNotified),
        Some(9.0)
    );
}

#[test]
fn reimporting_a_published_file_changes_nothing() {
    let rel = "github/requests_received_and_disclosed.csv";
    let mut s = store_with(&[rel]);
    let path = fixture(rel);
    let again = import_again(&mut s, &path);
    assert!(again.inserted.is_empty(), "{:?}", again.inserted);
    // GitHub itself, and requests and disclosed for each of three processes.
    let organisation_and_six_figures = 7;
    assert_eq!(again.unchanged, organisation_and_six_figures);
}

#[test]
fn an_unknown_layout_names_the_layouts_tried_and_writes_nothing() {
    let mut s = Store::open_in_memory().expect("store");
    // A company's own file, shaped like the published ones but known to none of the layouts.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("acme-transparency-2023.csv");
    std::fs::write(
        &path,
        "Half,Jurisdiction,Instrument,Demands,Accounts touched\n2023 H1,Germany,Warrant,12,14\n",
    )
    .expect("write");
    let err = import_files(
        &mut s,
        &[path.as_path()],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect_err("not a known layout");
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let text: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    let text = text.join("\n");
    for needle in [
        "google-user-data-requests (missing",
        "github-requests-by-year (missing",
        "--mapping",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    let n: i64 = s
        .conn()
        .query_row("SELECT count(*) FROM aggregates", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 0);
}

/// Microsoft's workbook: a title row, a header over three rows (a merged group, the
/// column texts, then `%` / `#` under each disclosure column), a TOTAL row first, the
/// source's own misspellings, and a footnote under the table.
fn microsoft_workbook(path: &Path) {
    use rust_xlsxwriter::Workbook;
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Combined").expect("name");
    let w = |ws: &mut rust_xlsxwriter::Worksheet, r: u32, c: u16, t: &str| {
        ws.write_string(r, c, t).expect("write");
    };
    w(
        ws,
        0,
        0,
        "Combined Microsoft Services: July - December 2014",
    );
    w(ws, 1, 0, "Country");
    w(ws, 1, 1, "Total Number of Law Enforcement Requests");
    w(ws, 1, 2, "Accounts/Users Specified in Requests");
    w(ws, 1, 3, "Some Customer Data Disclosed");
    w(ws, 1, 7, "No Customer Data Disclosed");
    w(
        ws,
        2,
        3,
        "Law Enforcement Requests Resulting in Disclosure of Content",
    );
    w(ws, 2, 5, "Law Enforcement Requests Resulting in Disclosure of Only Subscriber/Transactional (non-content) Data");
    w(
        ws,
        2,
        7,
        "Law Enforcement Requests Resulting in Disclosure of No Customer Data (No Data Found)",
    );
    w(ws, 2, 9, "Law Enforcement Requests Resulting in Disclosure of No Customer Data (Request Rejected for Not Meeting Legal Requirements)");
    for c in [3u16, 5, 7, 9] {
        w(ws, 3, c, "%");
        w(ws, 3, c + 1, "#");
    }
    // country, requests, accounts, content #, non-content #, no data #, rejected #
    let rows: [(&str, [f64; 6]); 4] = [
        ("TOTAL", [1500.0, 2600.0, 40.0, 1000.0, 300.0, 160.0]),
        ("United States", [1000.0, 2000.0, 30.0, 700.0, 200.0, 70.0]),
        ("Germany", [480.0, 560.0, 10.0, 290.0, 95.0, 85.0]),
        ("Urugay", [20.0, 40.0, 0.0, 10.0, 5.0, 5.0]),
    ];
    for (i, (country, v)) in rows.iter().enumerate() {
        let r = 4 + i as u32;
        w(ws, r, 0, country);
        ws.write_number(r, 1, v[0]).expect("write");
        ws.write_number(r, 2, v[1]).expect("write");
        for (k, c) in [3u16, 5, 7, 9].iter().enumerate() {
            ws.write_number(r, *c, v[2 + k] / v[0]).expect("write");
            ws.write_number(r, c + 1, v[2 + k]).expect("write");
        }
    }
    w(ws, 9, 0, "1. Figures are invented for Disclose's tests.");
    wb.save(path).expect("save");
}

#[test]
fn microsoft_workbooks_with_title_rows_and_merged_headers() {
    let dir = tempfile::tempdir().expect("dir");
    // The half-year comes from the file name, as in Microsoft's own.
    let path = dir.path().join("microsoft-LERR-2014_H2__fixture.xlsx");
    microsoft_workbook(&path);
    let s = store_with_paths(std::slice::from_ref(&path));
    let all = aggregates(&s);
    let get = |country, m| value(find(&all, "microsoft", "2014-07-01", country, None, m));
    assert_eq!(get(Some("US"), Metric::Requests), Some(1000.0));
    assert_eq!(get(Some("US"), Metric::Accounts), Some(2000.0));
    // The count under "#", never the share under "%" beside it.
    assert_eq!(get(Some("US"), Metric::ContentDisclosed), Some(30.0));
    assert_eq!(get(Some("US"), Metric::NonContentDisclosed), Some(700.0));
    assert_eq!(get(Some("US"), Metric::NoData), Some(200.0));
    assert_eq!(get(Some("US"), Metric::Rejected), Some(70.0));
    // TOTAL is the global figure; the source's misspelt "Urugay" is still Uruguay.
    assert_eq!(get(None, Metric::Requests), Some(1500.0));
    assert_eq!(get(Some("UY"), Metric::Requests), Some(20.0));
    let countries: BTreeSet<Option<&str>> = all.iter().map(|a| a.country.as_deref()).collect();
    assert_eq!(
        countries,
        BTreeSet::from([None, Some("DE"), Some("US"), Some("UY")]),
        "no footnote row"
    );
}
