//! The large companies' published files, as they were published, checked against
//! their source cells. They are never copied into the repository: these tests run only
//! when `DISCLOSE_REAL_DATA` names a folder of them (`cargo test -- --include-ignored`,
//! as `npm test` does when the variable is set), and are reported as ignored otherwise.
//! The same layouts are tested on every clone with invented figures in `published.rs`.

mod common;

use std::path::PathBuf;

use common::{
    aggregates, apple_value, find, import_again, published_files, store_with_paths, APPLE_FILES,
};
use disclose_core::domain::{Aggregate, Metric, Process, Scope};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::Store;

/// A real published file under `$DISCLOSE_REAL_DATA`.
fn real(rel: &str) -> PathBuf {
    let root = std::env::var_os("DISCLOSE_REAL_DATA")
        .map(PathBuf::from)
        .expect(
            "these checks need the real published files: set DISCLOSE_REAL_DATA to their folder",
        );
    let path = root.join(rel);
    assert!(
        path.exists(),
        "{} is not there (DISCLOSE_REAL_DATA)",
        path.display()
    );
    path
}

fn store_with(files: &[&str]) -> Store {
    store_with_paths(&files.iter().map(|f| real(f)).collect::<Vec<_>>())
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn google_user_data_requests_match_the_source_cells() {
    let s = store_with(&["google-2024/google-global-user-data-requests.csv"]);
    let all = aggregates(&s);
    let us =
        |start: &str, p: Option<Process>, m: Metric| find(&all, "google", start, Some("US"), p, m);
    // 2023-06-30,United States,US,Subpoenas,22679,86,52959
    let subpoenas = us("2023-01-01", Some(Process::Subpoena), Metric::Requests).expect("row");
    assert_eq!(subpoenas.value, Some(22679.0));
    assert_eq!(subpoenas.period_end.to_string(), "2023-06-30");
    assert_eq!(
        us("2023-01-01", Some(Process::Subpoena), Metric::Accounts).and_then(|a| a.value),
        Some(52959.0)
    );
    assert_eq!(
        us(
            "2023-01-01",
            Some(Process::Subpoena),
            Metric::SomeDataProduced
        )
        .and_then(|a| a.value),
        Some((22679.0f64 * 0.86).round())
    );
    // 2023-06-30,United States,US,Preservation Requests,17605,,41322: blank is unknown, not zero.
    assert_eq!(
        us("2023-01-01", Some(Process::Preservation), Metric::Requests).and_then(|a| a.value),
        Some(17605.0)
    );
    assert!(us(
        "2023-01-01",
        Some(Process::Preservation),
        Metric::SomeDataProduced
    )
    .is_none());
    // 2009-12-31,United States,US,All,3580,0,0
    assert_eq!(
        us("2009-07-01", None, Metric::Requests).and_then(|a| a.value),
        Some(3580.0)
    );
    assert!(subpoenas
        .source
        .as_deref()
        .unwrap_or("")
        .contains("\"Subpoenas\""));
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn national_security_ranges_stay_ranges() {
    let s = store_with(&["google-2024/google-usnationalsecurity-nsl-requests.csv"]);
    let all = aggregates(&s);
    // 2023-12-31,500,999,2000,2499
    let nsl = find(
        &all,
        "google",
        "2023-07-01",
        Some("US"),
        Some(Process::NationalSecurity),
        Metric::Requests,
    )
    .expect("row");
    assert_eq!(
        (nsl.value, nsl.value_min, nsl.value_max),
        (None, Some(500.0), Some(999.0))
    );
    let accounts = find(
        &all,
        "google",
        "2023-07-01",
        Some("US"),
        Some(Process::NationalSecurity),
        Metric::Accounts,
    )
    .expect("row");
    assert_eq!(
        (accounts.value_min, accounts.value_max),
        (Some(2000.0), Some(2499.0))
    );
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn github_requests_by_year_and_by_half_year() {
    let s = store_with(&[
        "github/requests_received_and_disclosed.csv",
        "github/by_calendar_year_half/requests_received_and_disclosed_by_calendar_year_half.csv",
    ]);
    let all = aggregates(&s);
    // 2023,criminal or government agency subpoena,360,339
    let year = "2023-01-01..2023-12-31";
    let sub = Some(Process::Subpoena);
    let value =
        |period, metric| find(&all, "github", period, None, sub, metric).and_then(|a| a.value);
    assert_eq!(value(year, Metric::Requests), Some(360.0));
    assert_eq!(value(year, Metric::SomeDataProduced), Some(339.0));
    // 2025,1,criminal or government agency subpoena,212,201 — and "cross-border request " with a space.
    let half = find(
        &all,
        "github",
        "2025-01-01..2025-06-30",
        None,
        sub,
        Metric::Requests,
    )
    .expect("half row");
    assert_eq!(half.value, Some(212.0));
    assert!(all
        .iter()
        .any(|a| a.organisation == "github" && a.process == Some(Process::Foreign)));
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn reimporting_a_published_file_changes_nothing() {
    let mut s = store_with(&["github/requests_received_and_disclosed.csv"]);
    let path = real("github/requests_received_and_disclosed.csv");
    let again = import_again(&mut s, &path);
    assert!(again.inserted.is_empty(), "{:?}", again.inserted);
    assert!(again.unchanged > 0);
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn meta_wide_files_match_the_source_cells() {
    let s = store_with(&[
        "meta/PRPL-Facebook-Government-Report-2023_H1.csv",
        "meta/PRPL-Facebook-Government-Report-2019_H2.csv",
    ]);
    let all = aggregates(&s);
    let us = |start: &str, p: Option<Process>, m: Metric| {
        find(&all, "meta", start, Some("US"), p, m).and_then(|a| a.value)
    };
    // United States,"84,883","143,178","73,956","64,962","125,053",88%, ... Subpoena "13,511","28,700",83%
    assert_eq!(us("2023-01-01", None, Metric::Requests), Some(73956.0));
    assert_eq!(us("2023-01-01", None, Metric::Accounts), Some(125053.0));
    assert_eq!(
        us("2023-01-01", Some(Process::Subpoena), Metric::Requests),
        Some(13511.0)
    );
    assert_eq!(
        us("2023-01-01", Some(Process::Subpoena), Metric::Accounts),
        Some(28700.0)
    );
    assert_eq!(
        us(
            "2023-01-01",
            Some(Process::Subpoena),
            Metric::SomeDataProduced
        ),
        Some((13511.0f64 * 0.83).round())
    );
    assert_eq!(
        us("2023-01-01", Some(Process::Preservation), Metric::Requests),
        Some(84883.0)
    );
    // The 2019_H2 file has CR-only line endings; its period comes from the file name.
    assert_eq!(us("2019-07-01", None, Metric::Requests), Some(51121.0));
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn apple_account_requests_match_the_source_cells() {
    let s = store_with(&["apple/account_requests.csv"]);
    let all = aggregates(&s);
    let us =
        |m: Metric| find(&all, "apple", "2013-01-01", Some("US"), None, m).and_then(|a| a.value);
    // 2013 H1,1/1/13,6/30/13,United States of America,927,2330,102,601,71,72%
    assert_eq!(us(Metric::Requests), Some(927.0));
    assert_eq!(us(Metric::Accounts), Some(2330.0));
    assert_eq!(us(Metric::Rejected), Some(102.0));
    assert_eq!(us(Metric::NonContentDisclosed), Some(601.0));
    assert_eq!(us(Metric::ContentDisclosed), Some(71.0));
    assert_eq!(
        us(Metric::SomeDataProduced),
        Some((927.0f64 * 0.72).round())
    );
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn apple_emergency_preservation_and_national_security_files() {
    let s = store_with(&[
        "apple/account_requests.csv",
        "apple/emergency_requests.csv",
        "apple/account_preservation_requests.csv",
        "apple/us_national_security_requests.csv",
    ]);
    let all = aggregates(&s);
    let us = |p: Option<Process>, m: Metric| find(&all, "apple", "2018-01-01", Some("US"), p, m);
    // 2018 H1,...,United States of America,145,6,10,129,89%
    let value = |p, m| us(p, m).and_then(|a| a.value);
    assert_eq!(
        value(Some(Process::Emergency), Metric::Requests),
        Some(145.0)
    );
    assert_eq!(value(Some(Process::Emergency), Metric::Rejected), Some(6.0));
    assert_eq!(value(Some(Process::Emergency), Metric::NoData), Some(10.0));
    assert_eq!(
        value(Some(Process::Emergency), Metric::SomeDataProduced),
        Some(129.0)
    );
    // 2018 H1,...,United States of America,1494,3857,2685
    assert_eq!(
        value(Some(Process::Preservation), Metric::Requests),
        Some(1494.0)
    );
    assert_eq!(
        value(Some(Process::Preservation), Metric::Accounts),
        Some(3857.0)
    );
    // FISA content 0 - 499, FISA non-content 0 - 499, NSLs 3 - 499: the ranges add up.
    let ns = us(Some(Process::NationalSecurity), Metric::Requests).expect("ns");
    assert_eq!(
        (ns.value, ns.value_min, ns.value_max),
        (None, Some(3.0), Some(1497.0))
    );
    // "2015 H1,...,United States of America,107, -, -, -, -": a dash is unknown, not zero.
    let early = find(
        &all,
        "apple",
        "2015-01-01",
        Some("US"),
        Some(Process::Emergency),
        Metric::NoData,
    );
    assert!(early.is_none());
    assert_eq!(
        find(
            &all,
            "apple",
            "2015-01-01",
            Some("US"),
            Some(Process::Emergency),
            Metric::Requests
        )
        .and_then(|a| a.value),
        Some(107.0)
    );
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn microsoft_workbooks_with_title_rows_and_merged_headers() {
    let files: Vec<String> = [
        "2013_H1", "2013_H2", "2014_H1", "2014_H2", "2015_H1", "2015_H2",
    ]
    .iter()
    .map(|h| format!("microsoft/microsoft-LERR-{h}__WilliamRitson-Facebook_maps.xlsx"))
    .collect();
    let names: Vec<&str> = files.iter().map(String::as_str).collect();
    let s = store_with(&names);
    let all = aggregates(&s);
    let value = |start: &str, country: Option<&str>, m: Metric| {
        find(&all, "microsoft", start, country, None, m).and_then(|a| a.value)
    };
    // 2013 H1 (two header rows, a Skype sheet that is part of the combined one).
    assert_eq!(
        value("2013-01-01", Some("US"), Metric::Requests),
        Some(7014.0)
    );
    assert_eq!(
        value("2013-01-01", Some("US"), Metric::Accounts),
        Some(18809.0)
    );
    assert_eq!(value("2013-01-01", None, Metric::Requests), Some(37196.0));
    // The count under "#" (749), never the share under "%" beside it (0.1068).
    assert_eq!(
        value("2013-01-01", Some("US"), Metric::ContentDisclosed),
        Some(749.0)
    );
    // 2014: the half-year is only in the file name.
    assert_eq!(
        value("2014-07-01", Some("US"), Metric::Requests),
        Some(5445.0)
    );
    // Misspelt countries in the source ("Urugay", "Venezuala") are still countries.
    assert!(find(
        &all,
        "microsoft",
        "2015-07-01",
        Some("UY"),
        None,
        Metric::Requests
    )
    .is_some());
    // The 2015 H2 TOTAL row's own formula sums a fractional cell: kept as published.
    let total = value("2015-07-01", None, Metric::Requests).unwrap_or_default();
    assert!((total - 39083.42).abs() < 0.01, "{total}");
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn github_cross_border_and_accounts_affected_files() {
    let s = store_with(&[
        "github/cross_border_data_requests.csv",
        "github/requests_accounts_affected.csv",
        "github/by_calendar_year_half/cross_border_data_requests_by_calendar_year_half.csv",
        "github/by_calendar_year_half/requests_accounts_affected_by_calendar_year_half.csv",
    ]);
    let all = aggregates(&s);
    let pick = |period: &str, country, process, metric| {
        find(&all, "github", period, country, process, metric).and_then(|a| a.value)
    };
    // 2024,Brazil,BR,6 and 2024,2,Brazil,BR,3
    assert_eq!(
        pick(
            "2024-01-01..2024-12-31",
            Some("BR"),
            Some(Process::Foreign),
            Metric::Requests
        ),
        Some(6.0)
    );
    // 2024,1436 (the year) and 2024,2,658 (its second half) are different periods.
    assert_eq!(
        pick("2024-01-01..2024-12-31", None, None, Metric::Accounts),
        Some(1436.0)
    );
    let halves: Vec<&Aggregate> = all
        .iter()
        .filter(|a| {
            a.period_start.to_string() == "2024-07-01" && a.period_end.to_string() == "2024-12-31"
        })
        .collect();
    assert!(halves
        .iter()
        .any(|a| a.country.as_deref() == Some("BR") && a.value == Some(3.0)));
    assert!(halves
        .iter()
        .any(|a| a.metric == Metric::Accounts && a.value == Some(658.0)));
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn github_national_security_bands_take_their_figure_from_the_type_column() {
    let s = store_with(&["github/national_security_letters_and_orders.csv"]);
    let all = aggregates(&s);
    let band = |metric| {
        find(
            &all,
            "github",
            "2025-07-01..2025-12-31",
            Some("US"),
            Some(Process::NationalSecurity),
            metric,
        )
        .map(|a| (a.value, a.value_min, a.value_max))
    };
    // 2025,Jul-Dec,National security letters and orders received,0-249
    assert_eq!(band(Metric::Requests), Some((None, Some(0.0), Some(249.0))));
    // 2025,Jul-Dec,Affected accounts,1000-1249
    assert_eq!(
        band(Metric::Accounts),
        Some((None, Some(1000.0), Some(1249.0)))
    );
    // 2025,Jan-Jun,Affected accounts,2000-2249: the first half is its own period.
    let first_half = find(
        &all,
        "github",
        "2025-01-01..2025-06-30",
        Some("US"),
        Some(Process::NationalSecurity),
        Metric::Accounts,
    );
    assert_eq!(first_half.and_then(|a| a.value_max), Some(2249.0));
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn apple_requests_about_devices_payments_tokens_and_takedowns_keep_their_scope() {
    let s = store_with(APPLE_FILES);
    let all = aggregates(&s);
    let value = |period: &str, country: Option<&str>, scope: Option<Scope>, metric: Metric| {
        apple_value(&all, period, country, scope, metric)
    };
    // 2013 H1,1/1/13,6/30/13,Australia,1178,1929,695,59%
    assert_eq!(
        value(
            "2013-01-01",
            Some("AU"),
            Some(Scope::Devices),
            Metric::Requests
        ),
        Some(1178.0)
    );
    assert_eq!(
        value(
            "2013-01-01",
            Some("AU"),
            Some(Scope::Devices),
            Metric::Accounts
        ),
        Some(1929.0)
    );
    assert_eq!(
        value(
            "2013-01-01",
            Some("AU"),
            Some(Scope::Devices),
            Metric::SomeDataProduced
        ),
        Some(695.0)
    );
    // 2016 H2,7/1/16,12/31/16,Australia,124,1718,93,75%
    assert_eq!(
        value(
            "2016-07-01",
            Some("AU"),
            Some(Scope::FinancialIdentifiers),
            Metric::Requests
        ),
        Some(124.0)
    );
    // 2022 H2,7/1/22,12/31/22,Germany,1,1,0,0%
    assert_eq!(
        value(
            "2022-07-01",
            Some("DE"),
            Some(Scope::PushTokens),
            Metric::Requests
        ),
        Some(1.0)
    );
    // 2022 H1,1/1/22,6/30/22,Austria,1,0,1,100%
    assert_eq!(
        value(
            "2022-01-01",
            Some("AT"),
            Some(Scope::DigitalContentProviders),
            Metric::SomeDataProduced
        ),
        Some(1.0)
    );
    // 2014 H2,7/1/14,12/31/14,United States of America,2, -,2, -,0
    assert_eq!(
        value(
            "2014-07-01",
            Some("US"),
            Some(Scope::AccountRestriction),
            Metric::Requests
        ),
        Some(2.0)
    );
    assert_eq!(
        value(
            "2014-07-01",
            Some("US"),
            Some(Scope::AccountRestriction),
            Metric::Accounts
        ),
        None
    );
    // 2018 H2,7/1/18,12/31/18,China mainland,56,626,2,55,517,...
    assert_eq!(
        value(
            "2018-07-01",
            Some("CN"),
            Some(Scope::AppTakedownLegal),
            Metric::Requests
        ),
        Some(56.0)
    );
    // 2018 H2,...,N/A,0,0,...: no country.
    assert_eq!(
        value(
            "2018-07-01",
            None,
            Some(Scope::AppTakedownPolicy),
            Metric::Requests
        ),
        Some(0.0)
    );
    // Account requests stay account requests (2013 H1 Australia: 74), and only they are compared.
    assert_eq!(
        value("2013-01-01", Some("AU"), None, Metric::Requests),
        Some(74.0)
    );
    let compared = disclose_core::query::compare(
        &s,
        &disclose_core::query::CompareQuery {
            country: Some("AU".into()),
            from_year: Some(2013),
            to_year: Some(2013),
            ..Default::default()
        },
    )
    .expect("compare");
    let apple_2013 = compared
        .iter()
        .find(|r| r.organisation == "apple")
        .and_then(|r| r.value);
    let accounts_only: f64 = all
        .iter()
        .filter(|a| {
            a.scope.is_none()
                && a.country.as_deref() == Some("AU")
                && a.metric == Metric::Requests
                && a.period_start.to_string().starts_with("2013")
        })
        .filter_map(|a| a.value)
        .sum();
    assert_eq!(
        apple_2013,
        Some(accounts_only),
        "devices are not added to account requests"
    );
    // Asked for by scope, the device requests are there, and no request records join them.
    let devices = disclose_core::query::compare(
        &s,
        &disclose_core::query::CompareQuery {
            country: Some("AU".into()),
            from_year: Some(2013),
            to_year: Some(2013),
            scope: Some(Scope::Devices),
            ..Default::default()
        },
    )
    .expect("compare devices");
    let device_sum: f64 = all
        .iter()
        .filter(|a| {
            a.scope == Some(Scope::Devices)
                && a.country.as_deref() == Some("AU")
                && a.metric == Metric::Requests
                && a.period_start.to_string().starts_with("2013")
        })
        .filter_map(|a| a.value)
        .sum();
    assert!(device_sum > 1178.0, "both halves of 2013");
    assert_eq!(
        devices
            .iter()
            .map(|r| (r.organisation.as_str(), r.value))
            .collect::<Vec<_>>(),
        [("apple", Some(device_sum))]
    );
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn google_enterprise_and_diplomatic_files_keep_their_scope() {
    let s = store_with(&[
        "google-2024/google-global-user-data-dlr-requests.csv",
        "google-2024/google-enterprise-data-requests.csv",
        "google-2024/google-enterprise-data-dlr-requests.csv",
    ]);
    let all = aggregates(&s);
    // 2019-06-30,Albania,AL,United States,1
    assert!(all.iter().any(|a| a.scope == Some(Scope::Diplomatic)
        && a.country.as_deref() == Some("AL")
        && a.period_end.to_string() == "2019-06-30"
        && a.process == Some(Process::Foreign)
        && a.value == Some(1.0)));
    // 2019-12-31,Argentina,AR,Google Workspace,Other Legal Requests,1,1,0
    assert!(all.iter().any(|a| a.scope == Some(Scope::EnterpriseCloud)
        && a.country.as_deref() == Some("AR")
        && a.period_end.to_string() == "2019-12-31"
        && a.process == Some(Process::Other)
        && a.metric == Metric::Requests
        && a.value.is_some_and(|v| v >= 1.0)));
    // 2019-12-31,GSUITE,,,0: a global zero.
    assert!(all
        .iter()
        .any(|a| a.scope == Some(Scope::EnterpriseDiplomatic)
            && a.country.is_none()
            && a.period_end.to_string() == "2019-12-31"
            && a.value == Some(0.0)));
    assert!(
        all.iter().all(|a| a.scope.is_some()),
        "none of these is account data"
    );
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn github_notifications_take_their_figure_from_the_type_column() {
    let s = store_with(&[
        "github/by_calendar_year_half/user_notifications_of_legal_request_disclosures_by_calendar_year_half.csv",
    ]);
    let all = aggregates(&s);
    let get = |process, metric| {
        find(
            &all,
            "github",
            "2025-01-01..2025-06-30",
            None,
            process,
            metric,
        )
        .and_then(|a| a.value)
    };
    // 2025,1,notification,15 and 2025,1,exigent circumstances,12
    assert_eq!(get(None, Metric::UsersNotified), Some(15.0));
    assert_eq!(
        get(Some(Process::Emergency), Metric::NotNotified),
        Some(12.0)
    );
    assert!(
        get(None, Metric::UnderSeal).is_some(),
        "gag orders are counted too"
    );
}

#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn google_released_national_security_letters_are_request_records() {
    let s = store_with(&["google-2024/google-usnationalsecurity-nsl-requests-released.csv"]);
    assert_eq!(
        disclose_core::query::count(&s, &Default::default()).expect("count"),
        282
    );
    // NSL-20-525232(a) is a letter in two parts; its id keeps the part.
    let r = disclose_core::query::request(&s, "google", "NSL-20-525232-a")
        .expect("query")
        .expect("NSL-20-525232(a)");
    assert_eq!(r.process, Process::NationalSecurity);
    assert_eq!(r.country.as_deref(), Some("US"));
    assert!(r.nondisclosure_until.is_some(), "the FBI release date");
    // NSL-20-517293,2020-07-27,2024-02-23
    let first = disclose_core::query::request(&s, "google", "NSL-20-517293")
        .expect("query")
        .expect("NSL-20-517293");
    assert_eq!(first.received.to_string(), "2020-07-27");
    assert_eq!(
        first.nondisclosure_until.map(|d| d.to_string()).as_deref(),
        Some("2024-02-23")
    );
}

/// Every published file under the real-data folder imports on its own, whole.
#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn every_real_published_file_imports() {
    let files = published_files(&real(""));
    assert!(
        files.len() >= 40,
        "expected the whole folder, found {}",
        files.len()
    );
    let mut failed = Vec::new();
    for f in &files {
        let mut s = Store::open_in_memory().expect("store");
        if let Err(e) = import_files(
            &mut s,
            &[f.as_path()],
            &ImportOptions::default(),
            &mut |_| true,
        ) {
            failed.push(format!("{}: {e}", f.display()));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} files failed:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
}
