//! Whole folders and zips in one import: recognised files land together, others are
//! listed as skipped; hostile archives and folders refuse the import and write nothing.

use std::io::Write;
use std::path::{Path, PathBuf};

use disclose_core::import::{import_paths, ImportOptions, ImportOutcome};
use disclose_core::{ErrorCode, Store};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/published")
        .join(rel)
}

fn import(s: &mut Store, path: &Path) -> disclose_core::Result<ImportOutcome> {
    import_paths(s, &[path], &ImportOptions::default(), &mut |_| true)
}

fn counts(s: &Store) -> i64 {
    s.conn()
        .query_row("SELECT count(*) FROM aggregates", [], |r| r.get(0))
        .expect("count")
}

/// A zip of `entries` (name, bytes), deflated.
fn zip_of(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let f = std::fs::File::create(path).expect("create");
    let mut z = zip::ZipWriter::new(f);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in entries {
        z.start_file(*name, opts).expect("entry");
        z.write_all(body).expect("write");
    }
    z.finish().expect("finish");
}

fn google_files() -> Vec<(String, Vec<u8>)> {
    std::fs::read_dir(fixture("google"))
        .expect("dir")
        .flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).expect("read"))
        })
        .collect()
}

#[test]
fn a_zip_as_google_publishes_it_imports_in_one_go_and_skips_its_readme() {
    let dir = tempfile::tempdir().expect("dir");
    let zip = dir.path().join("google-user-data-requests.zip");
    let mut entries: Vec<(String, Vec<u8>)> = google_files()
        .into_iter()
        .map(|(n, b)| (format!("google-user-data-requests/{n}"), b))
        .collect();
    entries.push((
        "google-user-data-requests/README.txt".into(),
        b"Field definitions".to_vec(),
    ));
    let refs: Vec<(&str, Vec<u8>)> = entries
        .iter()
        .map(|(n, b)| (n.as_str(), b.clone()))
        .collect();
    zip_of(&zip, &refs);
    let mut s = Store::open_in_memory().expect("store");
    let out = import(&mut s, &zip).expect("imports");
    assert_eq!(out.files.len(), google_files().len());
    assert!(
        out.files
            .iter()
            .all(|f| f.file.starts_with("google-user-data-requests.zip/")),
        "{:?}",
        out.files.iter().map(|f| &f.file).collect::<Vec<_>>()
    );
    assert_eq!(out.skipped.len(), 1);
    assert!(out.skipped[0].file.ends_with("README.txt"));
    assert!(
        out.skipped[0].reason.to_string().contains(".csv"),
        "{}",
        out.skipped[0].reason
    );
    assert!(counts(&s) > 0);
    // Nothing was unpacked beside the user's file.
    let beside: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .collect();
    assert_eq!(beside.len(), 1);
}

#[test]
fn a_folder_imports_every_recognised_file_and_lists_the_rest() {
    let dir = tempfile::tempdir().expect("dir");
    let root = dir.path().join("downloads");
    std::fs::create_dir_all(root.join("x")).expect("mkdir");
    std::fs::copy(
        fixture("x/x-information-requests-2017-H1.csv"),
        root.join("x/h1.csv"),
    )
    .expect("copy");
    std::fs::copy(
        fixture("github/requests_received_and_disclosed.csv"),
        root.join("github.csv"),
    )
    .expect("copy");
    std::fs::write(root.join("notes.pdf"), b"%PDF-1.4").expect("write");
    std::fs::write(
        root.join("acme.csv"),
        "Half,Jurisdiction,Demands\n2023 H1,Germany,12\n",
    )
    .expect("write");
    let mut s = Store::open_in_memory().expect("store");
    let out = import(&mut s, &root).expect("imports");
    let files: Vec<&str> = out.files.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(files, ["downloads/github.csv", "downloads/x/h1.csv"]);
    let skipped: Vec<(&str, String)> = out
        .skipped
        .iter()
        .map(|s| (s.file.as_str(), s.reason.to_string()))
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped
            .iter()
            .any(|(f, r)| *f == "downloads/acme.csv" && r.contains("missing")),
        "{skipped:?}"
    );
    assert!(
        skipped.iter().any(|(f, _)| *f == "downloads/notes.pdf"),
        "{skipped:?}"
    );
    // What came in, in words, per file and for the whole import.
    let total: u64 = out.files.iter().map(|f| f.inserted["aggregates"]).sum();
    assert!(
        out.said.starts_with(&format!("{total} published counts, ")),
        "{}",
        out.said
    );
    assert!(
        out.files[0].said.contains("published count"),
        "{}",
        out.files[0].said
    );
}

#[test]
fn a_folder_with_nothing_known_is_an_error_naming_each_file() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(dir.path().join("README.md"), "# notes").expect("write");
    let mut s = Store::open_in_memory().expect("store");
    let err = import(&mut s, dir.path()).expect_err("nothing to import");
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let text: Vec<String> = err.problems().iter().map(|p| p.to_string()).collect();
    assert!(text.iter().any(|t| t.contains("README.md")), "{text:?}");
}

#[test]
fn a_bad_figure_in_a_recognised_file_of_a_folder_imports_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::copy(
        fixture("github/requests_received_and_disclosed.csv"),
        dir.path().join("good.csv"),
    )
    .expect("copy");
    std::fs::write(
        dir.path().join("bad.csv"),
        "TIME PERIOD,COUNTRY,ISO CODE,ACCOUNT INFORMATION REQUESTS,PERCENTAGE WHERE SOME INFORMATION PRODUCED,ACCOUNTS SPECIFIED\nJanuary - June 2017,Germany,DE,-4,10%,5\n",
    )
    .expect("write");
    let mut s = Store::open_in_memory().expect("store");
    let err = import(&mut s, dir.path()).expect_err("a negative count");
    let p = &err.problems()[0];
    assert!(p.file.ends_with("/bad.csv"), "{p}");
    assert!(p.to_string().contains("line 2"), "{p}");
    assert_eq!(counts(&s), 0);
}

/// A zip's entries: name inside the archive and bytes.
type Entries<'a> = Vec<(&'a str, Vec<u8>)>;

#[test]
fn hostile_archives_and_folders_refuse_the_import_and_write_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let github =
        std::fs::read(fixture("github/requests_received_and_disclosed.csv")).expect("read");
    let cases: Vec<(&str, Entries, &str)> = vec![
        (
            "escape.zip",
            vec![
                ("ok.csv", github.clone()),
                ("../../evil.csv", github.clone()),
            ],
            "../",
        ),
        (
            "nested.zip",
            vec![("inner.zip", b"PK".to_vec())],
            "other zips",
        ),
        (
            "bomb.zip",
            vec![("bomb.csv", vec![b'0'; 64 << 20])],
            "decompression bombs",
        ),
    ];
    for (name, entries, expected) in cases {
        let zip = dir.path().join(name);
        zip_of(&zip, &entries);
        let mut s = Store::open_in_memory().expect("store");
        let err = import(&mut s, &zip).expect_err(name);
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{name}");
        let text = err.problems()[0].to_string();
        assert!(
            text.contains(name) && text.contains(expected),
            "{name}: {text}"
        );
        assert_eq!(counts(&s), 0);
    }
    assert!(!dir
        .path()
        .parent()
        .expect("parent")
        .join("evil.csv")
        .exists());
    let many = dir.path().join("many");
    std::fs::create_dir_all(&many).expect("mkdir");
    for i in 0..1_001 {
        std::fs::write(many.join(format!("{i}.txt")), "").expect("write");
    }
    let mut s = Store::open_in_memory().expect("store");
    let err = import(&mut s, &many).expect_err("too many files");
    assert!(
        err.problems()[0].to_string().contains("1,000"),
        "{}",
        err.problems()[0]
    );
}
