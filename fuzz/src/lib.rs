//! What the fuzz targets share: the input written to a file with the extension its
//! reader expects, then imported as `disclose import` would, into a private in-memory
//! store (kept between inputs, as migrating a new one costs more than most reads, and
//! replaced every few hundred imports that landed). Errors are the expected answer to
//! most inputs; only a panic, a hang or runaway memory is a finding.

use std::cell::RefCell;
use std::path::PathBuf;

use disclose_core::import::{import_paths, ImportOptions, Mapping};
use disclose_core::Store;

thread_local! {
    static DIR: RefCell<Option<tempfile::TempDir>> = const { RefCell::new(None) };
    static STORE: RefCell<Option<(Store, u32)>> = const { RefCell::new(None) };
}

/// A path named `name` in this process's own scratch folder, holding `data`.
pub fn file(name: &str, data: &[u8]) -> PathBuf {
    DIR.with(|d| {
        let mut d = d.borrow_mut();
        let dir = d.get_or_insert_with(|| tempfile::tempdir().expect("a scratch folder"));
        let path = dir.path().join(name);
        std::fs::write(&path, data).expect("write the input");
        path
    })
}

/// libFuzzer's panic hook aborts at once, before a reader can catch a panic it expects
/// (Disclose turns a panic inside the spreadsheet library into a refused file). Print
/// instead: a panic nothing catches still reaches libFuzzer, which aborts then.
fn print_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
}

/// Checks `data` as a file named `input.EXT` would be on import.
pub fn check(ext: &str, data: &[u8], opts: &ImportOptions) {
    print_panics();
    let path = file(&format!("input.{ext}"), data);
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        if s.as_ref().is_none_or(|(_, landed)| *landed >= 500) {
            *s = Some((Store::open_in_memory().expect("a store"), 0));
        }
        let (store, landed) = s.as_mut().expect("just made");
        if import_paths(store, &[&path], opts, &mut |_| true).is_ok() {
            *landed += 1;
        }
    });
}

/// Splits an input at its first NUL byte: a mapping file before it, the table after.
/// Inputs without a NUL are all table, read without a mapping.
pub fn mapped(ext: &str, data: &[u8]) {
    let (mapping, table) = match data.iter().position(|b| *b == 0) {
        Some(i) => (Some(&data[..i]), &data[i + 1..]),
        None => (None, data),
    };
    let mapping = match mapping {
        Some(m) => match Mapping::load(&file("input.mapping.json", m)) {
            Ok(m) => Some(m),
            Err(_) => return,
        },
        None => None,
    };
    let opts = ImportOptions {
        mapping,
        organisation: Some("fuzz".into()),
        ..ImportOptions::default()
    };
    check(ext, table, &opts);
}

/// Every fuzz target's name, as `cargo fuzz list` gives them.
pub const TARGETS: &[&str] = &[
    "bundle",
    "csv_canonical",
    "csv_mapped",
    "fuzzy_date",
    "mapping",
    "published_csv",
    "published_xlsx",
    "xlsx_mapped",
    "zip_folder",
];

/// One input through one target: what `fuzz_targets/TARGET.rs` runs, and what the
/// regression test replays.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "bundle" => check("json", data, &ImportOptions::default()),
        "csv_canonical" | "published_csv" => check("csv", data, &ImportOptions::default()),
        "published_xlsx" => check("xlsx", data, &ImportOptions::default()),
        "csv_mapped" => mapped("csv", data),
        "xlsx_mapped" => mapped("xlsx", data),
        "zip_folder" => check("zip", data, &ImportOptions::default()),
        "mapping" => {
            let _ = Mapping::load(&file("input.mapping.json", data));
        }
        "fuzzy_date" => fuzzy_date(data),
        other => panic!("no fuzz target {other}"),
    }
}

/// Whatever the fuzzy date parser accepts prints back in a form that parses to the same
/// date, whose start is never after its end.
fn fuzzy_date(data: &[u8]) {
    use disclose_core::date::FuzzyDate;
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(date) = text.parse::<FuzzyDate>() else {
        return;
    };
    let printed = date.to_string();
    assert_eq!(
        printed.parse::<FuzzyDate>().ok(),
        Some(date),
        "{text:?} printed as {printed:?}"
    );
    assert!(date.start() <= date.end(), "{text:?}");
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every finding of a fuzz run, kept under `regressions/TARGET/`, and every seed, runs
    /// again through its target on each `npm test`: a reader that panics again fails here.
    #[test]
    fn findings_and_seeds_replay_without_a_panic() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut replayed = 0;
        for target in super::TARGETS {
            let dir = root.join("regressions").join(target);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.expect("a directory entry").path();
                let data = std::fs::read(&path).expect("a regression input");
                super::run(target, &data);
                replayed += 1;
            }
        }
        assert!(replayed > 0, "no regression inputs found under {}", root.display());
    }

    #[test]
    fn every_target_is_listed() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz_targets");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("fuzz_targets")
            .map(|e| {
                let name = e.expect("entry").file_name().to_string_lossy().to_string();
                name.trim_end_matches(".rs").to_string()
            })
            .collect();
        files.sort();
        assert_eq!(files, super::TARGETS);
    }
}
