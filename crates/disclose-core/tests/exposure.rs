//! A request replayed against the inventory of another date: what the PSF's 2023 subpoenas
//! would reach after the policy changes that followed them.

use std::path::Path;

use chrono::NaiveDate;
use disclose_core::generate;
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::query::{self, Exposure, ExposureQuery, Reach};
use disclose_core::{ErrorCode, Store};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

fn sample() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    import_files(
        &mut store,
        &[Path::new(SAMPLE)],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("import");
    store
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("day")
}

/// A replay for the PSF on `as_of`, naming nothing yet.
fn psf(as_of: &str) -> ExposureQuery {
    ExposureQuery {
        organisation: "psf".into(),
        request: None,
        matter: None,
        categories: Vec::new(),
        then: None,
        as_of: day(as_of),
    }
}

fn replay(store: &Store, request: &str, as_of: &str) -> Exposure {
    query::exposure(
        store,
        &ExposureQuery {
            request: Some(request.into()),
            ..psf(as_of)
        },
    )
    .expect("exposure")
}

#[test]
fn the_first_subpoena_replayed_in_2024_finds_ip_addresses_in_fewer_places() {
    let s = sample();
    let e = replay(&s, "psf-2023-subpoena-1", "2024-01-01");
    let row = |id: &str| e.rows.iter().find(|r| r.category == id).expect(id);
    let ip = row("ip_address");
    // Received in March 2023: "then" is the first day that can mean.
    assert_eq!(ip.then.date, "2023-03-01");
    assert_eq!(ip.as_of.date, "2024-01-01");
    assert!(ip.changed);
    assert!(
        ip.as_of.places.len() < ip.then.places.len(),
        "fewer places: {:?} then {:?}",
        ip.then.places,
        ip.as_of.places
    );
    let dates: Vec<&str> = ip.because.iter().map(|c| c.date.as_str()).collect();
    assert_eq!(
        dates,
        ["2023-04-07", "2023-05-25", "2023-06-12"],
        "the three IP changes"
    );
    for unchanged in ["name", "email_address"] {
        assert!(!row(unchanged).changed, "{unchanged} is kept as it was");
        assert!(row(unchanged).because.is_empty());
    }
    // What was never held stays out of reach, and says so.
    assert_eq!(row("payment_info").as_of.reach, Reach::NotHeld);
    assert_eq!(ip.label, "IP address");
    assert_eq!(
        (ip.then.date.as_str(), ip.then.summary.as_str()),
        ("2023-03-01", "held in 3 places, each indefinitely")
    );
    assert_eq!(ip.as_of.date, "2024-01-01");
    assert!(
        ip.as_of.summary.starts_with("held in 2 places"),
        "{}",
        ip.as_of.summary
    );
    assert_eq!(
        ip.causes().as_deref(),
        Some("the policy changes of 2023-04-07, 2023-05-25 and 2023-06-12")
    );
}

#[test]
fn replayed_on_its_own_received_day_nothing_changes() {
    let s = sample();
    let e = replay(&s, "psf-2023-subpoena-1", "2023-03-01");
    assert!(!e.rows.is_empty());
    let changed: Vec<&str> = e
        .rows
        .iter()
        .filter(|r| r.changed)
        .map(|r| r.category.as_str())
        .collect();
    assert_eq!(changed, Vec::<&str>::new());
}

#[test]
fn a_request_that_has_not_arrived_is_replayed_from_its_categories() {
    let s = sample();
    let e = query::exposure(
        &s,
        &ExposureQuery {
            categories: vec!["ip_address".into(), "name".into(), "ip_address".into()],
            then: Some(day("2023-03-15")),
            ..psf("2024-01-01")
        },
    )
    .expect("exposure");
    let ids: Vec<&str> = e.rows.iter().map(|r| r.category.as_str()).collect();
    assert_eq!(
        ids,
        ["name", "ip_address"],
        "in the vocabulary's order, once each"
    );
    assert!(e.rows.iter().all(|r| r.disposition.is_none()));
    assert!(e.rows[1].changed);
}

#[test]
fn unknown_requests_and_categories_are_named() {
    let s = sample();
    let q = |request: Option<&str>, categories: Vec<String>| ExposureQuery {
        request: request.map(String::from),
        categories,
        ..psf("2024-01-01")
    };
    let e = query::exposure(&s, &q(Some("psf-2099-x"), vec![])).expect_err("unknown request");
    assert_eq!(e.code(), ErrorCode::Usage);
    assert!(e.to_string().contains("psf-2099-x"));
    let e = query::exposure(&s, &q(None, vec!["horoscope".into()])).expect_err("unknown category");
    assert!(e.to_string().contains("horoscope") && e.to_string().contains("ip_address"));
    let e = query::exposure(&s, &q(None, vec![])).expect_err("nothing to replay");
    assert_eq!(e.code(), ErrorCode::Usage);
}

#[test]
fn subjects_never_appear_in_an_exposure() {
    let mut store = Store::open_in_memory().expect("store");
    let dir = tempfile::tempdir().expect("dir");
    let bundle = dir.path().join("generated.json");
    generate::write_file(&bundle, 20, 3, &mut |_| {}).expect("generate");
    import_files(
        &mut store,
        &[bundle.as_path()],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("import");
    let first = query::list_requests(&store, &Default::default())
        .expect("list")
        .rows[0]
        .clone();
    let e = query::exposure(
        &store,
        &ExposureQuery {
            organisation: first.organisation.clone(),
            request: Some(first.id.clone()),
            matter: None,
            categories: Vec::new(),
            then: None,
            as_of: day("2026-01-01"),
        },
    )
    .expect("exposure");
    let json = serde_json::to_string(&e).expect("json");
    assert!(!e.rows.is_empty());
    assert!(!json.contains(generate::CANARY), "{json}");
}

#[test]
fn a_matter_is_replayed_from_the_day_its_first_request_arrived() {
    let s = sample();
    let e = query::exposure(
        &s,
        &ExposureQuery {
            matter: Some("us-doj-2023".into()),
            ..psf("2024-01-01")
        },
    )
    .expect("exposure");
    let eleven_categories_of_three_subpoenas = 11;
    assert_eq!(e.rows.len(), eleven_categories_of_three_subpoenas);
    assert!(
        e.rows.iter().all(|r| r.then.date == "2023-03-01"),
        "the first arrived in March"
    );
    let activity = e
        .rows
        .iter()
        .find(|r| r.category == "activity_logs")
        .expect("activity logs");
    // One of the activity logs is kept for 90 days: held, but only for a fixed period there.
    assert!(
        activity.then.summary.contains("90 days"),
        "{}",
        activity.then.summary
    );
    let unknown = query::exposure(
        &s,
        &ExposureQuery {
            matter: Some("no-such-matter".into()),
            ..psf("2024-01-01")
        },
    )
    .expect_err("unknown matter");
    assert!(unknown.to_string().contains("no-such-matter"));
}

#[test]
fn a_category_kept_only_for_a_fixed_period_says_so() {
    let mut s = Store::open_in_memory().expect("store");
    let dir = tempfile::tempdir().expect("dir");
    let bundle = dir.path().join("acme.json");
    std::fs::write(
        &bundle,
        r#"{"format": "disclose-bundle", "version": 1,
            "organisations": [{"id": "acme", "name": "Acme"}],
            "inventory": [
              {"organisation": "acme", "category": "ip_address", "held": true, "retention": "P30D",
               "valid_from": "2020-01-01", "location": "access logs"}]}"#,
    )
    .expect("write");
    import_files(
        &mut s,
        &[bundle.as_path()],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("import");
    let e = query::exposure(
        &s,
        &ExposureQuery {
            organisation: "acme".into(),
            request: None,
            matter: None,
            categories: vec!["ip_address".into(), "payment_info".into()],
            then: Some(day("2019-06-01")),
            as_of: day("2024-01-01"),
        },
    )
    .expect("exposure");
    let ip = &e.rows[0];
    assert_eq!(
        ip.then.reach,
        Reach::NotRecorded,
        "nothing stated before 2020"
    );
    assert_eq!(ip.then.summary, "not recorded");
    assert_eq!(ip.as_of.reach, Reach::HeldForAPeriod);
    assert_eq!(ip.as_of.summary, "held only for the last 30 days");
    assert!(ip.changed);
    assert_eq!(e.rows[1].as_of.reach, Reach::NotRecorded);
}
