//! The open store, where it lives, and what the app remembers between runs.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};

use disclose_core::error::{Error, Result};
use disclose_core::import::{self, ImportOptions};
use disclose_core::Store;
use serde::{Deserialize, Serialize};

/// The PSF/PyPI 2023 sample, so the first screen of a first run is never empty.
const SAMPLE_NAME: &str = "psf-pypi-2023.json";
const SAMPLE: &str = include_str!("../../assets/samples/psf-pypi-2023.json");

/// What survives a restart (window size and position are the window-state plugin's).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Settings {
    last_store: Option<PathBuf>,
}

pub struct AppState {
    open: Mutex<OpenStore>,
    /// Set by `cancel_work`; long work checks it between records.
    pub cancel: Arc<AtomicBool>,
    settings_path: PathBuf,
}

pub struct OpenStore {
    pub path: PathBuf,
    pub store: Store,
}

impl AppState {
    /// Opens `DISCLOSE_STORE` if set, else the last store used, else the default store in
    /// the data dir. A store file that does not exist yet is created with the sample in it.
    pub fn start(data_dir: &Path, config_dir: &Path) -> Result<AppState> {
        let settings_path = config_dir.join("settings.json");
        let settings: Settings = std::fs::read(&settings_path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        let default = data_dir.join("disclose.sqlite");
        let (path, store) = match std::env::var_os("DISCLOSE_STORE").map(PathBuf::from) {
            // Asked for by name: open that one or fail.
            Some(p) => {
                let store = open_or_seed(&p)?;
                (p, store)
            }
            None => match settings.last_store.filter(|p| p.exists() && *p != default) {
                // The last store may have been moved, damaged or written by a newer
                // Disclose; then the app still starts, on its own store.
                Some(last) => match open_or_seed(&last) {
                    Ok(store) => (last, store),
                    Err(e) => {
                        eprintln!(
                            "Disclose: could not reopen {}: {e}; opening {} instead",
                            last.display(),
                            default.display()
                        );
                        let store = open_or_seed(&default)?;
                        (default, store)
                    }
                },
                None => {
                    let store = open_or_seed(&default)?;
                    (default, store)
                }
            },
        };
        let state = AppState {
            open: Mutex::new(OpenStore { path, store }),
            cancel: Arc::new(AtomicBool::new(false)),
            settings_path,
        };
        state.remember()?;
        Ok(state)
    }

    /// The open store, for one query. A poisoned lock only means an earlier command
    /// panicked mid-read; the connection itself is still sound.
    pub fn lock(&self) -> MutexGuard<'_, OpenStore> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn path(&self) -> PathBuf {
        self.lock().path.clone()
    }

    /// Switches to another store file (creating it, with the sample, if it is new).
    pub fn switch(&self, path: PathBuf) -> Result<()> {
        let store = open_or_seed(&path)?;
        *self.lock() = OpenStore { path, store };
        self.remember()
    }

    fn remember(&self) -> Result<()> {
        let settings = Settings {
            last_store: Some(self.path()),
        };
        if let Some(dir) = self.settings_path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let json = serde_json::to_vec_pretty(&settings)
            .map_err(|e| Error::Internal(format!("settings: {e}")))?;
        std::fs::write(&self.settings_path, json).map_err(|e| Error::io(&self.settings_path, e))
    }
}

fn open_or_seed(path: &Path) -> Result<Store> {
    let fresh = !path.exists();
    let mut store = Store::open(path)?;
    if fresh {
        let dir = std::env::temp_dir().join(format!("disclose-sample-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let sample = dir.join(SAMPLE_NAME);
        std::fs::write(&sample, SAMPLE).map_err(|e| Error::io(&sample, e))?;
        let result = import::import_files(
            &mut store,
            &[sample.as_path()],
            &ImportOptions::default(),
            &mut |_| true,
        );
        let _ = std::fs::remove_dir_all(&dir);
        result?;
    }
    Ok(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_store_holds_the_sample_and_is_remembered() {
        let dir = tempfile::tempdir().expect("dir");
        std::env::remove_var("DISCLOSE_STORE");
        let state = AppState::start(dir.path(), dir.path()).expect("start");
        let n =
            disclose_core::query::count(&state.lock().store, &Default::default()).expect("count");
        assert_eq!(n, 3, "the PSF sample has three subpoenas");
        let settings = std::fs::read_to_string(dir.path().join("settings.json")).expect("settings");
        assert!(settings.contains("disclose.sqlite"), "{settings}");
    }

    #[test]
    fn a_last_store_that_no_longer_opens_falls_back_to_the_default() {
        let dir = tempfile::tempdir().expect("dir");
        std::env::remove_var("DISCLOSE_STORE");
        let broken = dir.path().join("broken.sqlite");
        std::fs::write(&broken, "not a database").expect("write");
        std::fs::write(
            dir.path().join("settings.json"),
            serde_json::json!({ "last_store": broken }).to_string(),
        )
        .expect("settings");
        let state = AppState::start(dir.path(), dir.path()).expect("start");
        assert_eq!(state.path(), dir.path().join("disclose.sqlite"));
    }
}
