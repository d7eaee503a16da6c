//! A new store starts with the PSF/PyPI 2023 sample in it, so the app's first screen is
//! never empty.

use std::path::Path;

use super::Store;
use crate::error::{Error, Result};
use crate::import::{self, ImportOptions};

/// The file name the sample is imported under (it shows in the import history).
pub const SAMPLE_NAME: &str = "psf-pypi-2023.json";
/// The PSF/PyPI 2023 sample bundle: three subpoenas, five accounts, the inventory and
/// the policy changes that followed.
pub const SAMPLE: &str = include_str!("../../../../assets/samples/psf-pypi-2023.json");

impl Store {
    /// Opens the store at `path`; a store file that does not exist yet is created with
    /// the sample in it.
    pub fn open_or_seed(path: &Path) -> Result<Store> {
        let fresh = !path.exists();
        let mut store = Store::open(path)?;
        if fresh {
            seed(&mut store)?;
        }
        Ok(store)
    }
}

/// Where the sample's figures come from: the documents its requests cite, each once, as
/// the sample itself states them (shown in the app's About).
pub fn sample_sources() -> Vec<crate::domain::Document> {
    let bundle: serde_json::Value = serde_json::from_str(SAMPLE).unwrap_or_default();
    let mut sources: Vec<crate::domain::Document> = Vec::new();
    let cited = bundle["requests"].as_array().into_iter().flatten();
    for doc in cited.flat_map(|r| r["documents"].as_array().cloned().unwrap_or_default()) {
        if let Ok(doc) = serde_json::from_value::<crate::domain::Document>(doc) {
            if !sources.iter().any(|s| s.title == doc.title) {
                sources.push(doc);
            }
        }
    }
    sources
}

/// Imports the sample into `store` as any bundle is imported (one transaction).
pub fn seed(store: &mut Store) -> Result<()> {
    let dir = std::env::temp_dir().join(format!(
        "disclose-sample-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let sample = dir.join(SAMPLE_NAME);
    let result = std::fs::write(&sample, SAMPLE)
        .map_err(|e| Error::io(&sample, e))
        .and_then(|()| {
            import::import_files(
                store,
                &[sample.as_path()],
                &ImportOptions::default(),
                &mut |_| true,
            )
        });
    let _ = std::fs::remove_dir_all(&dir);
    result.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_names_where_it_comes_from_once() {
        let sources = sample_sources();
        assert_eq!(sources.len(), 1, "{sources:?}");
        assert!(sources[0].title.starts_with("PyPI was subpoenaed"));
        assert!(sources[0]
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://")));
    }

    #[test]
    fn a_new_store_holds_the_sample_and_an_existing_one_is_left_alone() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("new.sqlite");
        let store = Store::open_or_seed(&path).expect("seed");
        let three_subpoenas = 3;
        assert_eq!(
            crate::query::count(&store, &Default::default()).expect("count"),
            three_subpoenas
        );
        drop(store);
        let empty = dir.path().join("empty.sqlite");
        drop(Store::open(&empty).expect("create"));
        let store = Store::open_or_seed(&empty).expect("open");
        assert_eq!(
            crate::query::count(&store, &Default::default()).expect("count"),
            0
        );
    }
}
