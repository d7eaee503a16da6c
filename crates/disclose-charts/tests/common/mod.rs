//! The stores the chart tests draw from: the PSF sample, and generated requests.

use std::path::Path;

use disclose_core::export::BundleWriter;
use disclose_core::generate;
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::Store;

pub const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

/// Imports one file whole, or fails the test naming it.
pub fn import(store: &mut Store, path: &Path) {
    import_files(store, &[path], &ImportOptions::default(), &mut |_| true)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// The PSF/PyPI sample in a store of its own.
pub fn sample() -> Store {
    let mut s = Store::open_in_memory().expect("store");
    import(&mut s, Path::new(SAMPLE));
    s
}

/// A store of `n` requests generated from `seed` (their subjects carry the canary).
pub fn generated(n: usize, seed: u64) -> Store {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gen.json");
    let mut file = std::fs::File::create(&path).expect("create");
    let context = generate::context();
    let mut w = BundleWriter::begin(&mut file, &context).expect("begin");
    for r in generate::requests(seed).take(n) {
        w.request(&r).expect("request");
    }
    w.finish(&[]).expect("finish");
    let mut s = Store::open_in_memory().expect("store");
    import(&mut s, &path);
    s
}
