//! The bad-input matrix: every broken file is refused with a message that
//! names what is wrong, and the store is left exactly as it was (same bytes,
//! same row counts).

use std::path::{Path, PathBuf};

use disclose_core::import::{import_files, ImportOptions, Mapping};
use disclose_core::{ErrorCode, Store};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

struct Fixture {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Fixture {
    /// A store holding the PSF sample, closed so its file is fully checkpointed.
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("store.db");
        let mut store = Store::open(&db).expect("open");
        import_files(
            &mut store,
            &[Path::new(SAMPLE)],
            &ImportOptions::default(),
            &mut |_| true,
        )
        .expect("sample imports");
        drop(store);
        Fixture { dir, db }
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    fn counts(&self) -> Vec<i64> {
        let store = Store::open_read_only(&self.db).expect("reopen");
        [
            "organisations",
            "categories",
            "matters",
            "inventory",
            "policy_changes",
            "requests",
            "documents",
            "subjects",
            "aggregates",
            "import_batches",
        ]
        .iter()
        .map(|t| {
            store
                .conn()
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .expect("count")
        })
        .collect()
    }

    /// Imports `file`, expects it refused with `code`, and returns the error text
    /// after checking that the store did not change.
    fn refuse(&self, file: &Path, opts: &ImportOptions, code: ErrorCode) -> String {
        let before = std::fs::read(&self.db).expect("read store");
        let counts = self.counts();
        let mut store = Store::open(&self.db).expect("open");
        let err = import_files(&mut store, &[file], opts, &mut |_| true)
            .expect_err("a bad file must be refused");
        drop(store);
        assert_eq!(err.code(), code, "{err}");
        assert_eq!(
            std::fs::read(&self.db).expect("read store"),
            before,
            "store bytes changed"
        );
        assert_eq!(self.counts(), counts, "row counts changed");
        let mut text = err.to_string();
        for p in err.problems() {
            text.push('\n');
            text.push_str(&p.to_string());
        }
        text
    }
}

fn assert_mentions(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "expected {n:?} in:\n{text}");
    }
}

/// A valid request as JSON, to be broken one field at a time.
fn request(overrides: &str) -> String {
    let base = r#""id": "r1", "organisation": "psf", "received": "2023-03", "process": "subpoena",
        "outcome": "complied", "categories": [{"category": "name", "disposition": "provided"}]"#;
    format!(
        "{{{base}{}{overrides}}}",
        if overrides.is_empty() { "" } else { ", " }
    )
}

fn bundle_with(section: &str, items: &[String]) -> Vec<u8> {
    format!(
        r#"{{"format": "disclose-bundle", "version": 1, "{section}": [{}]}}"#,
        items.join(",")
    )
    .into_bytes()
}

fn requests(items: &[String]) -> Vec<u8> {
    bundle_with("requests", items)
}

/// One JSON case: a file body and what the message must mention.
fn json_cases() -> Vec<(&'static str, Vec<u8>, Vec<&'static str>)> {
    let huge = "x".repeat(100_001);
    vec![
        ("empty", b"".to_vec(), vec!["empty file", "disclose-bundle"]),
        ("blank", b"  \n\n ".to_vec(), vec!["empty file"]),
        ("broken", br#"{"format": "disclose-bundle", "version": 1,"#.to_vec(), vec!["valid JSON", "line 1"]),
        ("trailing", br#"{"format": "disclose-bundle", "version": 1} x"#.to_vec(), vec!["valid JSON", "trailing"]),
        ("array", b"[]".to_vec(), vec!["$", "a JSON object"]),
        ("no format", br#"{"version": 1}"#.to_vec(), vec!["format", "is this a Disclose bundle"]),
        ("wrong format", br#"{"format": "tr-export", "version": 1}"#.to_vec(), vec!["tr-export", "disclose-bundle"]),
        ("newer", br#"{"format": "disclose-bundle", "version": 3}"#.to_vec(), vec!["newer Disclose"]),
        ("version string", br#"{"format": "disclose-bundle", "version": "1"}"#.to_vec(), vec!["$.version", "the number 1"]),
        ("unknown top key", br#"{"format": "disclose-bundle", "version": 1, "requets": []}"#.to_vec(), vec!["requets", "unknown key"]),
        ("section not list", br#"{"format": "disclose-bundle", "version": 1, "requests": {}}"#.to_vec(), vec!["$.requests", "a list"]),
        ("unknown field", requests(&[request(r#""nondisclosure_untill": null"#)]), vec!["$.requests[0]", "nondisclosure_untill", "unknown field"]),
        ("missing process", requests(&[r#"{"id": "r1", "organisation": "psf", "received": "2023"}"#.into()]), vec!["process", "required"]),
        ("count as text", requests(&[request(r#""accounts_specified": "five""#)]), vec!["$.requests[0].accounts_specified", "five", "whole number"]),
        ("negative count", requests(&[request(r#""accounts_specified": -1"#)]), vec!["accounts_specified", "-1"]),
        ("bad month", requests(&[request(r#""answered": "2023-13-01""#)]), vec!["$.requests[0].answered", "2023-13-01", "YYYY-MM-DD"]),
        ("timestamp", requests(&[request(r#""answered": "2023-03-15T10:00:00Z""#)]), vec!["2023-03-15T10:00:00Z", "YYYY-MM"]),
        ("reversed range", requests(&[request(r#""answered": "2023-05/2023-03""#)]), vec!["2023-05/2023-03", "uncertain range"]),
        ("unknown process", requests(&[r#"{"id": "r1", "organisation": "psf", "received": "2023", "process": "subpena"}"#.into()]), vec!["subpena", "one of subpoena"]),
        ("unknown outcome", requests(&[request(r#""outcome": "done""#).replace(r#""outcome": "complied", "#, "")]), vec!["done", "complied"]),
        ("unknown disposition", requests(&[request("").replace("\"provided\"", "\"given\"")]), vec!["given", "not_held"]),
        ("unknown category", requests(&[request("").replace("\"name\"", "\"horoscope\"")]), vec!["horoscope", "category id"]),
        ("label as category", requests(&[request("").replace("\"name\"", "\"IP address\"")]), vec!["did you mean ip_address"]),
        ("category twice", requests(&[request("").replace(
            r#"[{"category": "name", "disposition": "provided"}]"#,
            r#"[{"category": "name", "disposition": "provided"}, {"category": "name", "disposition": "not_held"}]"#)]),
            vec!["name", "at most once per request"]),
        ("answered first", requests(&[request(r#""answered": "2023-02-27""#)]), vec!["answered", "on or after received (2023-03)"]),
        ("duplicate id", requests(&[request(""), request("")]), vec!["r1", "once per file"]),
        ("unknown organisation", requests(&[request("").replace("\"psf\"", "\"pfs\"")]), vec!["pfs", "organisation"]),
        ("unknown matter", requests(&[request(r#""matter": "nope""#)]), vec!["nope", "matter defined"]),
        ("country name", requests(&[request(r#""country": "USA""#)]), vec!["USA", "ISO 3166-1"]),
        ("formula id", requests(&[request("").replace("\"r1\"", "\"=1+1\"")]), vec!["=1+1", "an id of"]),
        ("huge notes", requests(&[request(&format!(r#""notes": "{huge}""#))]), vec!["notes", "at most 100000 characters"]),
        ("bad retention", bundle_with("inventory", &[r#"{"organisation": "psf", "category": "ip_address", "held": true,
            "retention": "forever", "valid_from": "2020"}"#.into()]), vec!["$.inventory[0].retention", "forever", "ISO 8601 duration"]),
        ("interval backwards", bundle_with("inventory", &[r#"{"organisation": "psf", "category": "ip_address", "held": true,
            "valid_from": "2020-05-01", "valid_to": "2020-01-01"}"#.into()]), vec!["valid_to", "after valid_from"]),
        ("bad sha256", requests(&[request(r#""documents": [{"title": "letter", "sha256": "abc"}]"#)]), vec!["documents.sha256", "64 lower-case"]),
        ("unknown metric", bundle_with("aggregates", &[r#"{"organisation": "psf", "period_start": "2023-01-01",
            "period_end": "2023-06-30", "metric": "requestz", "value": 3, "unit": "count"}"#.into()]), vec!["requestz", "some_data_produced"]),
        ("two bad requests", requests(&[request(r#""country": "USA""#), request(r#""country": "DEU""#).replace("\"r1\"", "\"r2\"")]),
            vec!["$.requests[0]", "$.requests[1]", "USA", "DEU"]),
    ]
}

#[test]
fn bad_bundles_are_refused_with_a_precise_message_and_change_nothing() {
    let fx = Fixture::new();
    let cases = json_cases();
    assert!(cases.len() >= 35);
    for (name, body, needles) in cases {
        let file = fx.write(&format!("{}.json", name.replace(' ', "-")), &body);
        let text = fx.refuse(&file, &ImportOptions::default(), ErrorCode::InvalidInput);
        assert_mentions(&text, &needles);
        assert!(
            text.contains(&file.display().to_string()),
            "{name}: file not named in {text}"
        );
    }
}

#[test]
fn encodings_other_than_utf8_are_named() {
    let fx = Fixture::new();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "{\"format\": \"disclose-bundle\"}".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let text = fx.refuse(
        &fx.write("u16.json", &utf16),
        &ImportOptions::default(),
        ErrorCode::InvalidInput,
    );
    assert_mentions(&text, &["UTF-16", "save it again as UTF-8"]);

    let latin1 = b"{\"format\": \"disclose-bundle\",\n \"version\": 1, \"x\": \"Caf\xe9\"}";
    let text = fx.refuse(
        &fx.write("latin1.json", latin1),
        &ImportOptions::default(),
        ErrorCode::InvalidInput,
    );
    assert_mentions(&text, &["line 2", "0xE9", "UTF-8"]);

    let csv = b"id,organisation,received,process,notes\nr1,psf,2023,subpoena,Caf\xe9\n";
    let text = fx.refuse(
        &fx.write("latin1.csv", csv),
        &ImportOptions::default(),
        ErrorCode::InvalidInput,
    );
    assert_mentions(&text, &["line 2", "0xE9", "Latin-1"]);

    let mut csv16 = vec![0xFE, 0xFF];
    csv16.extend(b"\0i\0d");
    let text = fx.refuse(
        &fx.write("u16.csv", &csv16),
        &ImportOptions::default(),
        ErrorCode::InvalidInput,
    );
    assert_mentions(&text, &["UTF-16"]);
}

const HEADER: &str = "id,organisation,received,process,outcome,categories_requested,categories_provided,categories_not_held,notes";

fn csv_cases() -> Vec<(&'static str, String, Vec<&'static str>)> {
    let huge = "y".repeat(100_001);
    vec![
        ("empty", String::new(), vec!["empty file", "header row"]),
        (
            "no process column",
            "id,organisation,received\nr1,psf,2023\n".into(),
            vec!["columns process", "--mapping"],
        ),
        (
            "unknown column",
            format!("{HEADER},colour\nr1,psf,2023,subpoena,complied,,,,,red\n"),
            vec!["colour", "unknown column"],
        ),
        (
            "short row",
            format!("{HEADER}\nr1,psf,2023,subpoena,complied,,,,\nr2,psf,2023\n"),
            vec!["line 3", "found \"3 fields\"", "9 fields"],
        ),
        (
            "process wording",
            format!("{HEADER}\nr1,psf,2023,Grand jury,complied,,,,\n"),
            vec!["line 2", "Grand jury", "value map"],
        ),
        (
            "unknown wording",
            format!("{HEADER}\nr1,psf,2023,subpoena,complied,horoscope,,,\n"),
            vec!["categories_requested", "horoscope", "add this wording"],
        ),
        (
            "provided and not held",
            format!("{HEADER}\nr1,psf,2023,subpoena,complied,,email_address,email;name,\n"),
            vec!["categories_not_held", "email_address", "also provided"],
        ),
        (
            "us date",
            format!("{HEADER}\nr1,psf,03/15/2023,subpoena,complied,,,,\n"),
            vec!["received", "03/15/2023", "date_formats"],
        ),
        (
            "duplicate id",
            format!(
                "{HEADER}\nr1,psf,2023,subpoena,complied,,,,\nr1,psf,2024,subpoena,complied,,,,\n"
            ),
            vec!["line 3", "r1", "once per file"],
        ),
        (
            "formula id",
            format!("{HEADER}\n\"=cmd|' /C calc'!A0\",psf,2023,subpoena,complied,,,,\n"),
            vec!["=cmd", "an id of"],
        ),
        (
            "huge cell",
            format!("{HEADER}\nr1,psf,2023,subpoena,complied,,,,{huge}\n"),
            vec!["notes", "at most 100000 characters"],
        ),
        (
            "notified maybe",
            "id,organisation,received,process,users_notified\nr1,psf,2023,subpoena,maybe\n".into(),
            vec!["users_notified", "maybe", "true or false"],
        ),
        (
            "accounts many",
            "id,organisation,received,process,accounts_specified\nr1,psf,2023,subpoena,many\n"
                .into(),
            vec!["accounts_specified", "many", "whole number"],
        ),
        (
            "twice a column",
            "id,organisation,received,process,ID\nr1,psf,2023,subpoena,r1\n".into(),
            vec!["each column once"],
        ),
        (
            "blank id",
            format!("{HEADER}\n,psf,2023,subpoena,complied,,,,\n"),
            vec!["line 2", "id", "required"],
        ),
        (
            "bad org id",
            format!("{HEADER}\nr1,Python Software Foundation,2023,subpoena,complied,,,,\n"),
            vec!["organisation", "Python Software Foundation"],
        ),
    ]
}

#[test]
fn bad_csv_files_are_refused_with_line_numbers_and_change_nothing() {
    let fx = Fixture::new();
    for (name, body, needles) in csv_cases() {
        let file = fx.write(&format!("{}.csv", name.replace(' ', "-")), body.as_bytes());
        let text = fx.refuse(&file, &ImportOptions::default(), ErrorCode::InvalidInput);
        assert_mentions(&text, &needles);
    }
}

#[test]
fn a_bad_row_late_in_a_file_rolls_back_the_good_rows_before_it() {
    let fx = Fixture::new();
    let mut body = String::from(HEADER);
    body.push('\n');
    for i in 0..2000 {
        body.push_str(&format!(
            "bulk-{i},psf,2024-01,subpoena,complied,name,name,,\n"
        ));
    }
    body.push_str("bulk-last,psf,2024-01,subpena,complied,,,,\n");
    let text = fx.refuse(
        &fx.write("late.csv", body.as_bytes()),
        &ImportOptions::default(),
        ErrorCode::InvalidInput,
    );
    assert_mentions(&text, &["line 2002", "subpena"]);
}

#[test]
fn xlsx_without_a_fitting_sheet_lists_the_sheets_it_tried() {
    let fx = Fixture::new();
    let path = fx.dir.path().join("book.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Summary").expect("name");
    ws.write(0, 0, "Total requests").expect("write");
    ws.write(0, 1, 3).expect("write");
    let ws = wb.add_worksheet().set_name("Notes").expect("name");
    ws.write(0, 0, "Prepared by staff").expect("write");
    wb.save(&path).expect("save");
    let text = fx.refuse(&path, &ImportOptions::default(), ErrorCode::InvalidInput);
    assert_mentions(
        &text,
        &["Summary", "Notes", "id, organisation, received, process"],
    );

    let mapping = Mapping {
        format: "disclose-mapping".into(),
        version: 1,
        sheet: Some("Requests 2023".into()),
        ..Mapping::default()
    };
    let opts = ImportOptions {
        mapping: Some(mapping),
        ..ImportOptions::default()
    };
    let text = fx.refuse(&path, &opts, ErrorCode::InvalidInput);
    assert_mentions(&text, &["Requests 2023", "Summary, Notes"]);

    let fake = fx.write("fake.xlsx", b"id,organisation\n");
    let text = fx.refuse(&fake, &ImportOptions::default(), ErrorCode::InvalidInput);
    assert_mentions(&text, &["readable .xlsx workbook"]);
}

#[test]
fn unsupported_file_types_are_named() {
    let fx = Fixture::new();
    let text = fx.refuse(
        &fx.write("report.txt", b"hello"),
        &ImportOptions::default(),
        ErrorCode::InvalidInput,
    );
    assert_mentions(&text, &[".txt", ".json bundle, a .csv or an .xlsx"]);
}

#[test]
fn subject_identifiers_never_appear_in_error_messages() {
    let fx = Fixture::new();
    for subjects in [
        r#""subjects": ["CANARY-SUBJ-in-error"]"#,
        r#""subjects": [{"identifier": "CANARY-SUBJ-in-error", "handle": "x"}]"#,
        r#""subjects": [{"identifier": 42}], "notes": "CANARY-SUBJ-ok-in-notes""#,
    ] {
        let file = fx.write("subjects.json", &requests(&[request(subjects)]));
        let text = fx.refuse(&file, &ImportOptions::default(), ErrorCode::InvalidInput);
        assert!(!text.contains("CANARY-SUBJ-in-error"), "{text}");
        assert!(text.contains("subjects"), "{text}");
    }
}

#[test]
fn a_changed_record_is_a_conflict_unless_replace_is_asked_for() {
    let fx = Fixture::new();
    let sample = std::fs::read_to_string(SAMPLE).expect("sample");
    let changed = sample.replacen("\"outcome\": \"complied\"", "\"outcome\": \"partial\"", 1);
    let file = fx.write("changed.json", changed.as_bytes());
    let text = fx.refuse(&file, &ImportOptions::default(), ErrorCode::Conflict);
    assert_mentions(
        &text,
        &["psf-2023-subpoena-1", "differs in: outcome", "--replace"],
    );

    let mut store = Store::open(&fx.db).expect("open");
    let opts = ImportOptions {
        replace: true,
        ..ImportOptions::default()
    };
    let s = import_files(&mut store, &[file.as_path()], &opts, &mut |_| true).expect("replace");
    assert_eq!(s[0].replaced, 1);
    let outcome: String = store
        .conn()
        .query_row(
            "SELECT outcome FROM requests WHERE id = 'psf-2023-subpoena-1'",
            [],
            |r| r.get(0),
        )
        .expect("row");
    assert_eq!(outcome, "partial");
}

/// Fuzzing found a workbook on which the spreadsheet library overflows (a cell reference
/// with a column name too long for its arithmetic): it is refused as a file, mapped or
/// not, and the program goes on.
#[test]
fn a_workbook_the_spreadsheet_library_fails_on_is_refused_not_fatal() {
    let f = Fixture::new();
    let bytes =
        include_bytes!("../../../fuzz/regressions/published_xlsx/calamine-cell-reference-overflow");
    let file = f.write("overflow.xlsx", bytes);
    let text = f.refuse(&file, &ImportOptions::default(), ErrorCode::InvalidInput);
    assert_mentions(&text, &["overflow.xlsx", "expected"]);
    let preview = disclose_core::import::preview::preview(&file, None);
    assert!(preview.is_err(), "the mapping step refuses it too");
}
