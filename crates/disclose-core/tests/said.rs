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
    // The history keeps what each change did as data, said in whoever reads it's language.
    let history = journal::history(store.conn()).expect("history");
    let imported = history.last().expect("the first import");
    assert_eq!(
        imported.summary.to_string(),
        "Imported psf-pypi-2023.json: 18 inventory entries, 1 matter, 1 organisation, 6 policy changes, 3 requests"
    );
    assert_eq!(
        imported.said_in(Lang::De).summary.to_string(),
        "Eingelesen psf-pypi-2023.json: 18 Bestandseinträge, 1 Verfahren, 1 Organisation, 6 Richtlinienänderungen, 3 Anfragen"
    );
}
