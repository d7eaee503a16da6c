//! What an import says it did, in the user's language; the history keeps one language.

use std::path::Path;

use disclose_core::i18n::Lang;
use disclose_core::import::{import_paths, ImportOptions};
use disclose_core::store::journal;
use disclose_core::Store;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

#[test]
fn an_import_says_what_it_added_in_the_users_language() {
    let mut store = Store::open_in_memory().expect("store");
    let german = ImportOptions {
        lang: Lang::De,
        ..ImportOptions::default()
    };
    let first =
        import_paths(&mut store, &[Path::new(SAMPLE)], &german, &mut |_| true).expect("import");
    assert!(
        first.said.contains("18 Bestandseinträge") && first.said.contains("3 Anfragen"),
        "{}",
        first.said
    );
    let again =
        import_paths(&mut store, &[Path::new(SAMPLE)], &german, &mut |_| true).expect("again");
    assert_eq!(again.said, "29 unverändert");
    let english = import_paths(
        &mut store,
        &[Path::new(SAMPLE)],
        &ImportOptions::default(),
        &mut |_| true,
    )
    .expect("in English");
    assert_eq!(english.said, "29 unchanged");
    // The history is written once, in English, whoever imported.
    let history = journal::history(store.conn()).expect("history");
    assert!(
        history
            .iter()
            .any(|c| c.summary.contains("18 inventory entries")),
        "{history:?}"
    );
}
