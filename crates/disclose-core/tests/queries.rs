//! The read-side queries against the PSF sample and small hand-made lists,
//! with numbers checked against the facts.

use std::path::Path;

use disclose_core::domain::{Disposition, Process};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::query::{self, Filter, Granularity, ListQuery, SeriesKey, SortKey};
use disclose_core::{ErrorCode, Store};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

fn store_with(extra_csv: Option<&str>) -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let dir = tempfile::tempdir().expect("dir");
    let mut files = vec![Path::new(SAMPLE).to_path_buf()];
    if let Some(body) = extra_csv {
        let p = dir.path().join("extra.csv");
        std::fs::write(&p, body).expect("write");
        files.push(p);
    }
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    import_files(&mut store, &paths, &ImportOptions::default(), &mut |_| true).expect("import");
    store
}

fn day(s: &str) -> chrono::NaiveDate {
    s.parse().expect("date")
}

#[test]
fn periods_bin_by_the_first_day_a_date_can_mean() {
    let s = store_with(None);
    let by_month = query::counts_per_period(
        &s,
        &Filter::default(),
        Granularity::Month,
        SeriesKey::Process,
    )
    .expect("q");
    let got: Vec<(String, u64)> = by_month
        .iter()
        .map(|p| (p.period.clone(), p.count))
        .collect();
    // The "2023-03/2023-04" subpoena bins into March, where its range starts.
    assert_eq!(
        got,
        vec![("2023-03".to_string(), 2), ("2023-04".to_string(), 1)]
    );
    let by_quarter = query::counts_per_period(
        &s,
        &Filter::default(),
        Granularity::Quarter,
        SeriesKey::Outcome,
    )
    .expect("q");
    let got: Vec<(&str, &str, u64)> = by_quarter
        .iter()
        .map(|p| (p.period.as_str(), p.key.as_str(), p.count))
        .collect();
    assert_eq!(
        got,
        [("2023-Q1", "complied", 2), ("2023-Q2", "complied", 1)]
    );
    assert_eq!(
        query::date_span(&s, &Filter::default()).expect("span"),
        Some((day("2023-03-01"), day("2023-04-01")))
    );
}

#[test]
fn the_matrix_has_one_row_per_request_and_the_sample_dispositions() {
    let s = store_with(None);
    let m = query::matrix(&s, &Filter::default(), 100).expect("matrix");
    assert_eq!(m.total, 3, "the sample's three subpoenas");
    let ids: Vec<&str> = m.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "psf-2023-subpoena-1",
            "psf-2023-subpoena-3",
            "psf-2023-subpoena-2"
        ]
    );
    assert_eq!(
        m.categories.len(),
        11,
        "the eleven categories the subpoenas named"
    );
    assert_eq!(m.categories[0], "name");
    let row = &m.rows[0];
    assert_eq!(row.received, "2023-03");
    assert!(row
        .cells
        .contains(&("payment_info".to_string(), Disposition::NotHeld)));
    assert!(row
        .cells
        .contains(&("session_records".to_string(), Disposition::Partial)));
    let cut = query::matrix(&s, &Filter::default(), 2).expect("matrix");
    assert_eq!((cut.rows.len(), cut.total), (2, 3));
}

#[test]
fn lists_filter_search_sort_page_and_count_facets() {
    let s = store_with(Some(
        "id,organisation,received,process,outcome,authority,categories_requested,categories_provided\n\
         x1,psf,2021-06-02,court_order,rejected,Bundeskriminalamt,ip_address,\n\
         x2,psf,2021-09,subpoena,complied,FBI,email_address,email_address\n",
    ));
    let page = |q: ListQuery| query::list_requests(&s, &q).expect("list");
    let all = page(ListQuery {
        facets: true,
        ..ListQuery::default()
    });
    assert_eq!(all.total, 5, "the sample's three and the two above");
    let f = all.facets.expect("facets");
    assert_eq!(f.year.get("2021"), Some(&2));
    assert_eq!(f.process.get("subpoena"), Some(&4));
    assert_eq!(f.category.get("payment_info"), Some(&3));
    assert_eq!(f.disposition.get("not_held"), Some(&3));

    let searched = page(ListQuery {
        filter: Filter {
            search: Some("bundeskrim".into()),
            ..Filter::default()
        },
        ..ListQuery::default()
    });
    assert_eq!(
        searched
            .rows
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["x1"]
    );
    let wording = page(ListQuery {
        filter: Filter {
            search: Some("means and source of payment".into()),
            ..Filter::default()
        },
        ..ListQuery::default()
    });
    assert_eq!(
        wording.total, 3,
        "the requests whose wording holds the word"
    );
    let hostile = page(ListQuery {
        filter: Filter {
            search: Some("payment\" OR NEAR(\"x".into()),
            ..Filter::default()
        },
        ..ListQuery::default()
    });
    assert_eq!(
        hostile.total, 0,
        "FTS syntax is searched for as text, and matches nothing"
    );

    let newest = page(ListQuery {
        sort: SortKey::Received,
        descending: true,
        limit: 2,
        ..ListQuery::default()
    });
    assert_eq!(
        newest
            .rows
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        // -1 (2023-03) and -3 (2023-03/2023-04) both start in March; ties follow import
        // order, reversed with the sort, so -3 (imported last) comes first.
        ["psf-2023-subpoena-2", "psf-2023-subpoena-3"]
    );
    assert_eq!(
        newest.rows[0].not_held, 4,
        "postal address, phone, payment, download logs"
    );
    let last = page(ListQuery {
        sort: SortKey::Received,
        descending: true,
        limit: 2,
        offset: 4,
        ..ListQuery::default()
    });
    assert_eq!(
        last.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["x1"]
    );

    let not_held_payment = page(ListQuery {
        filter: Filter {
            category: Some("payment_info".into()),
            disposition: Some(Disposition::NotHeld),
            ..Filter::default()
        },
        ..ListQuery::default()
    });
    assert_eq!(not_held_payment.total, 3);
    let provided_payment = page(ListQuery {
        filter: Filter {
            category: Some("payment_info".into()),
            disposition: Some(Disposition::Provided),
            ..Filter::default()
        },
        ..ListQuery::default()
    });
    assert_eq!(provided_payment.total, 0);
    let orders = page(ListQuery {
        filter: Filter {
            process: Some(Process::CourtOrder),
            year: Some(2021),
            ..Filter::default()
        },
        ..ListQuery::default()
    });
    assert_eq!(orders.total, 1);

    let too_big = query::list_requests(
        &s,
        &ListQuery {
            limit: 5000,
            ..ListQuery::default()
        },
    );
    assert_eq!(too_big.err().map(|e| e.code()), Some(ErrorCode::Usage));
}

#[test]
fn year_over_year_fills_empty_years_with_zero() {
    let s = store_with(Some(
        "id,organisation,received,process\ny1,psf,2021-01,subpoena\ny2,psf,2021-02,subpoena\n",
    ));
    let yoy = query::year_over_year(&s, &Filter::default()).expect("yoy");
    let got: Vec<(i32, u64, Option<i64>)> =
        yoy.iter().map(|y| (y.year, y.requests, y.delta)).collect();
    assert_eq!(
        got,
        vec![(2021, 2, None), (2022, 0, Some(-2)), (2023, 3, Some(3))]
    );
}

#[test]
fn policy_changes_and_inventory_follow_the_dates_of_the_facts() {
    let s = store_with(None);
    let in_2023 = query::policy_changes(
        &s,
        Some("psf"),
        Some(day("2023-01-01")),
        Some(day("2023-12-31")),
    )
    .expect("policy");
    let dates: Vec<String> = in_2023.iter().map(|p| p.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2023-04-07", "2023-05-24", "2023-05-25", "2023-06-12"]
    );

    let held = |date: &str, location: &str| -> Option<bool> {
        query::inventory_as_of(&s, Some("psf"), day(date))
            .expect("inventory")
            .iter()
            .find(|e| e.category == "ip_address" && e.location.as_deref() == Some(location))
            .map(|e| e.held)
    };
    assert_eq!(held("2023-05-24", "journals.submitted_from"), Some(true));
    assert_eq!(held("2023-05-25", "journals.submitted_from"), Some(false));
    assert_eq!(held("2023-06-11", "*_events.ip_address_string"), Some(true));
    assert_eq!(
        held("2023-06-12", "*_events.ip_address_string"),
        Some(false)
    );
    assert_eq!(held("2022-01-01", "ip_addresses.ip_address"), None);
}

#[test]
fn accounts_count_a_matter_total_once_and_requests_outside_matters_alone() {
    let s = store_with(Some(
        "id,organisation,received,process,accounts_specified\nz1,psf,2024-01,subpoena,2\nz2,psf,2024-02,subpoena,\n",
    ));
    let all = query::stats(&s, &Filter::default()).expect("stats");
    assert_eq!(all.accounts_specified, 5 + 2);
    let one = query::stats(
        &s,
        &Filter {
            from: Some(day("2023-04-01")),
            to: Some(day("2023-04-30")),
            ..Filter::default()
        },
    )
    .expect("stats");
    assert_eq!((one.requests, one.accounts_specified), (1, 5));
    let unknown = query::ensure_organisation(&s, "pypi")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(unknown.contains("psf"), "{unknown}");
}

#[test]
fn policy_changes_say_before_and_after_in_plain_words() {
    let s = store_with(None);
    let changes = query::policy_changes_described(&s, Some("psf"), None, None).expect("changes");
    let journals = changes
        .iter()
        .find(|p| p.date == "2023-05-25")
        .and_then(|p| p.changes.first())
        .expect("the 2023-05-25 change of IP addresses");
    assert_eq!(journals.category, "ip_address");
    assert_eq!(
        journals.before,
        "held, kept indefinitely, in journals.submitted_from"
    );
    assert!(
        journals.after.starts_with("not held, not kept"),
        "{}",
        journals.after
    );
}
