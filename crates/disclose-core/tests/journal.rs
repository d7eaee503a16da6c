//! The change journal: every kind of change undoes to the exact rows it found (compared as
//! table dumps, roll-ups included), redoes to the exact rows it made, and an undo with
//! nothing left says so. Subjects never reach the journal's text.

use std::path::Path;

use disclose_core::edit::{self, RecordKind, Save, Target};
use disclose_core::error::{Error, ErrorCode};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::store::journal::{self, ChangeKind, KEPT_CHANGES};
use disclose_core::Store;
use serde_json::json;

/// Every record table and roll-up, row by row, in a fixed order (journal tables left out).
fn dump(store: &Store) -> Vec<String> {
    let tables = [
        "organisations",
        "categories",
        "matters",
        "inventory",
        "policy_changes",
        "aggregates",
        "requests",
        "documents",
        "subjects",
        "rollup_requests",
        "rollup_periods",
        "rollup_categories",
        "facet_bitmaps",
        "rollup_category_months",
    ];
    let mut out = Vec::new();
    for t in tables {
        let sql = format!("SELECT * FROM {t}");
        let mut stmt = store.conn().prepare(&sql).expect("prepare");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).expect("cell")))
                    .collect();
                Ok(format!("{t}: {}", cells.join(" | ")))
            })
            .expect("query");
        out.extend(rows.map(|r| r.expect("row")));
    }
    out.sort();
    out
}

/// How many requests a full-text search finds (the index must follow undo and redo).
fn found(store: &Store, word: &str) -> i64 {
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ?1",
            [word],
            |r| r.get(0),
        )
        .expect("search")
}

fn sample() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    disclose_core::store::seed(&mut store).expect("sample");
    store
}

fn import(store: &mut Store, path: &Path, replace: bool) {
    let opts = ImportOptions {
        replace,
        ..ImportOptions::default()
    };
    import_files(store, &[path], &opts, &mut |_| true).expect("import");
}

fn fourth_request(received: &str) -> serde_json::Value {
    json!({
        "id": "psf-2023-subpoena-4",
        "organisation": "psf",
        "received": received,
        "process": "subpoena",
        "authority": "US Department of Justice",
        "outcome": "complied",
        "categories": [
            {"category": "ip_address", "requested_as": ["IP addresses and timestamps"], "disposition": "provided"},
            {"category": "payment_info", "requested_as": ["credit card numbers"], "disposition": "not_held"}
        ]
    })
}

fn save_request(
    record: serde_json::Value,
    original: Option<&str>,
    subjects: Option<Vec<&str>>,
) -> Save {
    Save {
        kind: RecordKind::Request,
        record,
        original: original.map(str::to_string),
        subjects: subjects.map(|s| s.into_iter().map(str::to_string).collect()),
        apply: false,
    }
}

#[test]
fn a_form_save_and_an_edit_undo_to_the_exact_rows_and_redo_again() {
    let mut store = sample();
    let start = dump(&store);
    edit::save(
        &mut store,
        &save_request(fourth_request("2023-09"), None, Some(vec!["CANARY-FORM-1"])),
    )
    .expect("add");
    let added = dump(&store);
    assert_ne!(added, start);
    let mut changed = fourth_request("2023-10-02");
    changed["notes"] = json!("dated from the cover letter");
    edit::save(
        &mut store,
        &save_request(changed, Some("psf-2023-subpoena-4"), None),
    )
    .expect("edit");
    let edited = dump(&store);
    assert_eq!(found(&store, "cover"), 1);
    // The subjects were kept by an edit that did not touch them.
    assert_eq!(
        edit::subjects(&store, "psf", "psf-2023-subpoena-4").expect("subjects"),
        ["CANARY-FORM-1"]
    );

    let undone = journal::undo(&mut store).expect("undo edit");
    assert_eq!(undone.kind, ChangeKind::Edit);
    assert_eq!(dump(&store), added);
    assert_eq!(found(&store, "cover"), 0);
    journal::undo(&mut store).expect("undo add");
    assert_eq!(dump(&store), start);

    journal::redo(&mut store).expect("redo add");
    assert_eq!(dump(&store), added);
    journal::redo(&mut store).expect("redo edit");
    assert_eq!(dump(&store), edited);
    assert_eq!(found(&store, "cover"), 1);
    let err = journal::redo(&mut store).expect_err("nothing to redo");
    assert!(err.to_string().contains("nothing to redo"), "{err}");
}

#[test]
fn deletes_undo_with_their_subjects_and_everything_that_hung_off_them() {
    let mut store = sample();
    edit::save(
        &mut store,
        &save_request(
            fourth_request("2023-09"),
            None,
            Some(vec!["CANARY-DEL-1", "CANARY-DEL-2"]),
        ),
    )
    .expect("add");
    let before = dump(&store);
    for target in [
        Target {
            kind: RecordKind::Request,
            organisation: "psf".into(),
            id: "psf-2023-subpoena-4".into(),
        },
        Target {
            kind: RecordKind::Organisation,
            organisation: "psf".into(),
            id: "psf".into(),
        },
    ] {
        let counts = edit::organisation_records(&store, "psf").expect("counts");
        let entry = edit::delete(&mut store, &target).expect("delete");
        assert_eq!(entry.kind, ChangeKind::Delete);
        if target.kind == RecordKind::Organisation {
            assert!(
                entry.summary.to_string().contains(", 3 requests"),
                "{}",
                entry.summary
            );
            assert_eq!(counts.counts.get("requests"), Some(&3));
            assert!(counts.summary.contains("3 requests"), "{}", counts.summary);
            let left: i64 = store
                .conn()
                .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))
                .expect("count");
            assert_eq!(left, 0);
        }
    }
    journal::undo(&mut store).expect("undo organisation");
    journal::undo(&mut store).expect("undo request");
    assert_eq!(dump(&store), before);
    assert_eq!(
        edit::subjects(&store, "psf", "psf-2023-subpoena-4").expect("subjects"),
        ["CANARY-DEL-1", "CANARY-DEL-2"]
    );
    let err = edit::delete(
        &mut store,
        &Target {
            kind: RecordKind::Request,
            organisation: "psf".into(),
            id: "no-such".into(),
        },
    )
    .expect_err("unknown id");
    assert!(
        err.to_string().contains("no request no-such of psf"),
        "{err}"
    );
}

#[test]
fn an_applied_policy_change_closes_and_opens_inventory_and_undoes_whole() {
    let mut store = sample();
    let before = dump(&store);
    let held = |store: &Store, day: &str| -> Vec<(String, bool, Option<String>)> {
        let date = day.parse().expect("day");
        disclose_core::query::inventory_as_of(store, Some("psf"), date)
            .expect("inventory")
            .into_iter()
            .filter(|e| e.category == "email_address")
            .map(|e| {
                (
                    e.valid_from.to_string(),
                    e.held,
                    e.retention.map(|r| r.to_string()),
                )
            })
            .collect()
    };
    let was = held(&store, "2026-06-01");
    assert!(!was.is_empty(), "the sample holds email addresses");
    let saved = edit::save(
        &mut store,
        &Save {
            kind: RecordKind::PolicyChange,
            record: json!({
                "id": "psf-2026-05-01-email-retention",
                "organisation": "psf",
                "date": "2026-05-01",
                "kind": "retention",
                "summary": "Email addresses of deleted accounts are kept for 90 days",
                "changes": [{"category": "email_address", "after": {"retention": "P90D"}}]
            }),
            original: None,
            subjects: None,
            apply: true,
        },
    )
    .expect("apply");
    assert_eq!(saved.change.kind, ChangeKind::Apply);
    let now = held(&store, "2026-06-01");
    assert_eq!(
        now,
        [("2026-05-01".to_string(), true, Some("P90D".to_string()))]
    );
    let opened = disclose_core::query::inventory_as_of(
        &store,
        Some("psf"),
        "2026-06-01".parse().expect("day"),
    )
    .expect("inventory")
    .into_iter()
    .find(|e| e.category == "email_address")
    .expect("opened");
    assert_eq!(
        opened.location.as_deref(),
        Some("user_emails"),
        "the place carries over"
    );
    assert_eq!(opened.id.as_deref(), Some("email_address/2026-05-01"));
    // The day before, the old entry still holds, now ending on the change's date.
    assert_eq!(held(&store, "2026-04-30"), was);
    journal::undo(&mut store).expect("undo");
    assert_eq!(dump(&store), before);
}

#[test]
fn an_import_undoes_in_one_step_with_what_it_replaced() {
    let mut store = sample();
    let dir = tempfile::tempdir().expect("tmp");
    let csv = dir.path().join("generated.csv");
    disclose_core::generate::write_file(&csv, 60_000, 7, &mut |_| {}).expect("generate");
    let before = dump(&store);
    import(&mut store, &csv, false);
    let after = dump(&store);
    let stats = |s: &Store| {
        disclose_core::query::stats(s, &Default::default())
            .expect("stats")
            .requests
    };
    assert_eq!(stats(&store), 60_003);
    let entry = journal::history(store.conn()).expect("history").remove(0);
    assert_eq!(
        (entry.kind, entry.counts.get("requests")),
        (ChangeKind::Import, Some(&60_000))
    );
    assert!(
        entry
            .summary
            .to_string()
            .starts_with("Imported generated.csv: "),
        "{}",
        entry.summary
    );

    journal::undo(&mut store).expect("undo import");
    assert_eq!(stats(&store), 3);
    assert_eq!(dump(&store), before);
    journal::redo(&mut store).expect("redo import");
    assert_eq!(dump(&store), after);

    // A re-import with changes replaces stored rows; its undo brings the old ones back.
    let bundle = dir.path().join("changed.json");
    let mut sample: serde_json::Value =
        serde_json::from_str(disclose_core::store::SAMPLE).expect("sample json");
    sample["requests"][0]["notes"] = json!("re-dated after review");
    std::fs::write(&bundle, sample.to_string()).expect("write");
    import(&mut store, &bundle, true);
    assert_eq!(found(&store, "review"), 1);
    journal::undo(&mut store).expect("undo replace");
    assert_eq!(dump(&store), after);
    assert_eq!(found(&store, "review"), 0);
}

#[test]
fn undo_with_nothing_left_and_a_new_change_after_undo_are_clear() {
    let mut store = Store::open_in_memory().expect("store");
    let err = journal::undo(&mut store).expect_err("empty");
    assert_eq!(err.code(), ErrorCode::Usage);
    assert!(err.to_string().contains("nothing to undo"), "{err}");

    disclose_core::store::seed(&mut store).expect("sample");
    edit::save(
        &mut store,
        &save_request(fourth_request("2023-09"), None, None),
    )
    .expect("add");
    journal::undo(&mut store).expect("undo");
    // A new change after an undo: what was undone can no longer be redone.
    edit::save(
        &mut store,
        &Save {
            kind: RecordKind::Organisation,
            record: json!({"id": "acme", "name": "Acme"}),
            original: None,
            subjects: None,
            apply: false,
        },
    )
    .expect("organisation");
    let err = journal::redo(&mut store).expect_err("cleared");
    assert!(err.to_string().contains("nothing to redo"), "{err}");
    let history = journal::history(store.conn()).expect("history");
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(history.iter().all(|e| !e.undone));
    journal::undo(&mut store).expect("undo organisation");
    journal::undo(&mut store).expect("undo sample");
    let err = journal::undo(&mut store).expect_err("all undone");
    assert!(err.to_string().contains("already undone"), "{err}");
}

#[test]
fn a_bad_form_changes_nothing_and_names_the_field() {
    let mut store = sample();
    let before = dump(&store);
    let history = journal::history(store.conn()).expect("history").len();
    let bad = fourth_request("2023-13");
    let form = save_request(bad, None, Some(vec!["CANARY-BAD-1"]));
    let problems = edit::check(&mut store, &form).expect("check");
    let fields: Vec<&str> = problems.iter().filter_map(|p| p.field.as_deref()).collect();
    assert!(fields.contains(&"received"), "{problems:?}");
    let err = edit::save(&mut store, &form).expect_err("refused");
    assert!(matches!(err, Error::InvalidInput(_)), "{err}");
    assert!(!format!("{err:?}").contains("CANARY"), "{err:?}");
    assert_eq!(dump(&store), before);
    assert_eq!(
        journal::history(store.conn()).expect("history").len(),
        history
    );

    // A new request may not take a reference the organisation already uses.
    let taken = fourth_request("2023-09");
    let mut taken = taken;
    taken["id"] = json!("psf-2023-subpoena-1");
    let err = edit::save(&mut store, &save_request(taken, None, None)).expect_err("taken");
    assert_eq!(err.problems()[0].field.as_deref(), Some("id"), "{err}");
}

#[test]
fn subjects_never_reach_the_journals_text_and_it_keeps_the_last_changes() {
    let mut store = sample();
    edit::save(
        &mut store,
        &save_request(fourth_request("2023-09"), None, Some(vec!["CANARY-J-1"])),
    )
    .expect("add");
    edit::delete(
        &mut store,
        &Target {
            kind: RecordKind::Request,
            organisation: "psf".into(),
            id: "psf-2023-subpoena-4".into(),
        },
    )
    .expect("delete");
    let text: String = store
        .conn()
        .query_row(
            "SELECT group_concat(summary || counts, ' ') FROM changes",
            [],
            |r| r.get(0),
        )
        .expect("journal text");
    assert!(!text.contains("CANARY"), "{text}");
    let kept: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM j_subjects", [], |r| r.get(0))
        .expect("kept aside");
    assert_eq!(
        kept, 1,
        "the deleted request's subject is kept aside for undo"
    );

    for i in 0..KEPT_CHANGES + 5 {
        edit::save(
            &mut store,
            &Save {
                kind: RecordKind::Organisation,
                record: json!({"id": format!("org-{i}"), "name": format!("Org {i}")}),
                original: None,
                subjects: None,
                apply: false,
            },
        )
        .expect("organisation");
    }
    assert_eq!(
        journal::history(store.conn()).expect("history").len(),
        KEPT_CHANGES
    );
    let kept: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM j_subjects", [], |r| r.get(0))
        .expect("pruned");
    assert_eq!(
        kept, 0,
        "pruning the delete also drops the subject it kept aside"
    );
}
