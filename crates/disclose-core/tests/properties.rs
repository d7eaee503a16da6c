//! Properties that hold for any input of their kind (proptest): a store's bundle read back
//! writes the same bundle, a canonical CSV read back (beside the organisations and matters
//! it names) writes the same CSV, and a fuzzy date prints exactly as it was written.

use std::path::Path;

use disclose_core::date::FuzzyDate;
use disclose_core::export::{self, BundleWriter, Subjects};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::{generate, Store};
use proptest::prelude::*;

fn import(store: &mut Store, file: &Path) {
    import_files(store, &[file], &ImportOptions::default(), &mut |_| true).expect("import");
}

fn bundle_of(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    export::bundle(store, &mut out, Subjects::Include).expect("export");
    out
}

fn csv_of(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    export::csv(store, &mut out, Subjects::Include).expect("export");
    out
}

/// A store of `n` generated requests of one seed, every `skip`-th left out.
fn store(dir: &Path, seed: u64, n: usize, skip: usize) -> Store {
    let file = dir.join("generated.json");
    let mut f = std::fs::File::create(&file).expect("file");
    let mut w = BundleWriter::begin(&mut f, &generate::context()).expect("begin");
    for (_, r) in generate::requests(seed)
        .take(n)
        .enumerate()
        .filter(|(i, _)| i % skip != 0)
    {
        w.request(&r).expect("request");
    }
    w.finish(&[]).expect("finish");
    let mut s = Store::open_in_memory().expect("store");
    import(&mut s, &file);
    s
}

/// A fuzzy date as Disclose writes it: a year, a month or a day, or a range of two of them.
fn fuzzy_date() -> impl Strategy<Value = String> {
    let point =
        (1000i32..=9999, 0u32..=12, 0u32..=31).prop_filter_map("a real day", |(y, m, d)| {
            match (m, d) {
                (0, _) => Some(format!("{y:04}")),
                (m, 0) => Some(format!("{y:04}-{m:02}")),
                (m, d) => chrono::NaiveDate::from_ymd_opt(y, m, d)
                    .map(|_| format!("{y:04}-{m:02}-{d:02}")),
            }
        });
    (point.clone(), prop::option::of(point)).prop_filter_map("a range forwards", |(a, b)| {
        let text = match b {
            Some(b) if b != a => format!("{a}/{b}"),
            _ => a,
        };
        text.parse::<FuzzyDate>().is_ok().then_some(text)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn a_stores_bundle_read_back_writes_the_same_bundle(seed in 0u64..10_000, n in 0usize..60, skip in 2usize..6) {
        let dir = tempfile::tempdir().expect("dir");
        let a = store(dir.path(), seed, n, skip);
        let first = bundle_of(&a);
        let file = dir.path().join("export.json");
        std::fs::write(&file, &first).expect("write");
        let mut b = Store::open_in_memory().expect("store");
        import(&mut b, &file);
        let second = bundle_of(&b);
        prop_assert_eq!(String::from_utf8_lossy(&second), String::from_utf8_lossy(&first));
    }

    #[test]
    fn a_canonical_csv_read_back_writes_the_same_csv(seed in 0u64..10_000, n in 1usize..60, skip in 2usize..6) {
        let dir = tempfile::tempdir().expect("dir");
        let a = store(dir.path(), seed, n, skip);
        let first = csv_of(&a);
        let file = dir.path().join("export.csv");
        std::fs::write(&file, &first).expect("write");
        // The CSV holds requests; the organisations and matters they name come first.
        let mut b = store(dir.path(), seed, 0, skip);
        import(&mut b, &file);
        let second = csv_of(&b);
        prop_assert_eq!(String::from_utf8_lossy(&second), String::from_utf8_lossy(&first));
    }

    #[test]
    fn a_fuzzy_date_prints_exactly_as_written(text in fuzzy_date()) {
        let date: FuzzyDate = text.parse().expect("parses");
        prop_assert_eq!(date.to_string(), text);
        prop_assert!(date.start() <= date.end());
    }
}
