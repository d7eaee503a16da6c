//! The bundle is read as a stream: sections in any order import the same, a bad record deep
//! in a large bundle is named by its JSON path and changes nothing, and an over-long text
//! is refused before anything holds it.

use std::path::Path;

use disclose_core::error::Error;
use disclose_core::export::{bundle, Subjects};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::Store;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

fn import(store: &mut Store, path: &Path) -> Result<(), Error> {
    import_files(store, &[path], &ImportOptions::default(), &mut |_| true).map(|_| ())
}

fn exported(store: &Store) -> String {
    let mut out = Vec::new();
    bundle(store, &mut out, Subjects::Include).expect("export");
    String::from_utf8(out).expect("utf8")
}

fn count(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))
        .expect("count")
}

#[test]
fn sections_in_any_order_import_the_same() {
    let mut ordered = Store::open_in_memory().expect("store");
    import(&mut ordered, Path::new(SAMPLE)).expect("sample");
    // The same records with the sections reversed: requests before the organisation and
    // the matter they name, the header last.
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SAMPLE).expect("read")).expect("json");
    let object = value.as_object().expect("object");
    let mut keys: Vec<&String> = object.keys().collect();
    keys.reverse();
    let body: Vec<String> = keys
        .iter()
        .map(|k| {
            format!(
                "{}: {}",
                serde_json::to_string(k).expect("key"),
                serde_json::to_string_pretty(&object[*k]).expect("value")
            )
        })
        .collect();
    let dir = tempfile::tempdir().expect("dir");
    let reversed = dir.path().join("reversed.json");
    std::fs::write(&reversed, format!("{{\n{}\n}}", body.join(",\n"))).expect("write");
    let mut other = Store::open_in_memory().expect("store");
    import(&mut other, &reversed).expect("reversed sections import");
    assert_eq!(exported(&other), exported(&ordered));
}

#[test]
fn a_bad_record_deep_in_a_large_bundle_is_named_and_nothing_lands() {
    let dir = tempfile::tempdir().expect("dir");
    let good = dir.path().join("gen.json");
    disclose_core::generate::write_file(&good, 20_000, 5, &mut |_| {}).expect("generate");
    // The export writes one record per line: break the received date of request 12,345.
    let text = std::fs::read_to_string(&good).expect("read");
    let mut seen = 0;
    let mut lines: Vec<String> = Vec::new();
    let mut in_requests = false;
    for line in text.lines() {
        if line.starts_with("  \"requests\"") {
            in_requests = true;
        } else if line.starts_with("  \"") {
            in_requests = false;
        }
        if in_requests && line.starts_with("    {") {
            if seen == 12_345 {
                let broken = line.replacen("\"received\":\"", "\"received\":\"2023-13-", 1);
                assert_ne!(broken, line);
                lines.push(broken);
                seen += 1;
                continue;
            }
            seen += 1;
        }
        lines.push(line.to_string());
    }
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, lines.join("\n")).expect("write");
    let mut store = Store::open_in_memory().expect("store");
    import(&mut store, Path::new(SAMPLE)).expect("sample");
    let err = import(&mut store, &bad).expect_err("refused");
    let text = format!("{err}");
    assert!(text.contains("$.requests[12345].received"), "{text}");
    assert_eq!(count(&store), 3, "nothing of the bad bundle landed");
    import(&mut store, &good).expect("the good one imports");
    assert_eq!(count(&store), 20_003);
}

#[test]
fn an_over_long_text_is_refused_before_it_is_held() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("long.json");
    let note = "x".repeat(150 * 1024 * 1024);
    std::fs::write(
        &path,
        format!("{{\"format\": \"disclose-bundle\", \"version\": 2,\n\"organisations\": [{{\"id\": \"o\", \"name\": \"{note}\"}}]}}"),
    )
    .expect("write");
    drop(note);
    let mut store = Store::open_in_memory().expect("store");
    let started = std::time::Instant::now();
    let err = import(&mut store, &path).expect_err("refused");
    let text = format!("{err}");
    assert!(
        text.contains("line 2") && text.contains("1,048,576"),
        "{text}"
    );
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}
