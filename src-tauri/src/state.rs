//! The open store. Which one, and what is remembered between runs, is the core's
//! `Places` (shared with the CLI); this holds the open connection.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use disclose_core::error::Result;
use disclose_core::i18n::Lang;
use disclose_core::store::{Chosen, Places, StoreLocation};
use disclose_core::Store;

use crate::grants::{Granted, Grants, Use};

pub struct AppState {
    open: Mutex<OpenStore>,
    /// Set by `cancel_work`; long work checks it between records.
    pub cancel: Arc<AtomicBool>,
    places: Places,
    /// SQLite's `data_version` when the window last asked whether the store changed.
    seen_version: AtomicI64,
    /// A form in the window holds changes not yet saved.
    unsaved: AtomicBool,
    /// Why the store the app meant to open could not be opened; the window then shows the
    /// sample from memory and offers to open another store. That file is never written.
    problem: Mutex<Option<String>>,
    /// The paths the user chose in the shell's dialogs or dropped, each for one use.
    pub grants: Grants,
    /// Files the app was started with, granted for import, until the window asks for them.
    launch: Mutex<Option<Granted>>,
    /// The language of the window and of what the app writes: the user's choice
    /// (remembered in the settings), else the system's.
    lang: Mutex<Lang>,
    #[cfg(feature = "test-seam")]
    pub seam: crate::seam::Answers,
}

pub struct OpenStore {
    pub path: PathBuf,
    pub store: Store,
}

impl AppState {
    /// Opens `$DISCLOSE_DB` if set, else the last store used, else the default store (the
    /// CLI's too). A store file that does not exist yet is created with the sample in it.
    pub fn start(places: Places) -> Result<AppState> {
        let location = places.for_app()?;
        AppState::start_at(places, location)
    }

    /// Opens the store `places.for_app()` chose (see [`AppState::start`]).
    pub fn start_at(places: Places, location: StoreLocation) -> Result<AppState> {
        let lang = places.language().unwrap_or_else(Lang::from_env);
        crate::error::speak(lang);
        for notice in &location.notices {
            eprintln!("Disclose: {notice}");
        }
        let mut problem = None;
        let (path, store) = match Store::open_or_seed(&location.path) {
            Ok(store) => (location.path, store),
            // The last store may have been moved, damaged or written by a newer Disclose;
            // then the app still starts, on the default store.
            Err(e) if location.chosen == Chosen::LastOpened => {
                let default = places.default_location()?.path;
                eprintln!(
                    "Disclose: could not reopen {}: {e}; opening {} instead",
                    location.path.display(),
                    default.display()
                );
                match Store::open_or_seed(&default) {
                    Ok(store) => (default, store),
                    Err(e) => {
                        problem = Some(e.in_lang(lang));
                        (default, sample_in_memory()?)
                    }
                }
            }
            // The store asked for cannot be opened: the window says why and offers another.
            Err(e) => {
                eprintln!("Disclose: could not open {}: {e}", location.path.display());
                problem = Some(e.in_lang(lang));
                (location.path, sample_in_memory()?)
            }
        };
        let state = AppState {
            open: Mutex::new(OpenStore { path, store }),
            cancel: Arc::new(AtomicBool::new(false)),
            places,
            seen_version: AtomicI64::new(-1),
            unsaved: AtomicBool::new(false),
            problem: Mutex::new(problem),
            grants: Grants::default(),
            launch: Mutex::new(None),
            lang: Mutex::new(lang),
            #[cfg(feature = "test-seam")]
            seam: Default::default(),
        };
        if state.problem().is_some() {
            return Ok(state);
        }
        state.remember()?;
        Ok(state)
    }

    /// The open store, for one query. A poisoned lock only means an earlier command
    /// panicked mid-read; the connection itself is still sound.
    pub fn lock(&self) -> MutexGuard<'_, OpenStore> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The app's language now.
    pub fn lang(&self) -> Lang {
        *self.lang.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The language the user chose (None: the system's), remembered for the next run.
    pub fn choose_lang(&self, chosen: Option<Lang>) -> Result<Lang> {
        self.places.remember_language(chosen)?;
        let lang = chosen.unwrap_or_else(Lang::from_env);
        *self.lang.lock().unwrap_or_else(|p| p.into_inner()) = lang;
        crate::error::speak(lang);
        Ok(lang)
    }

    /// The language the user chose, if any.
    pub fn chosen_lang(&self) -> Option<Lang> {
        self.places.language()
    }

    pub fn path(&self) -> PathBuf {
        self.lock().path.clone()
    }

    /// Switches to another store file (creating it, with the sample, if it is new).
    pub fn switch(&self, path: PathBuf) -> Result<()> {
        let store = Store::open_or_seed(&path)?;
        *self.lock() = OpenStore { path, store };
        *self.problem.lock().unwrap_or_else(|p| p.into_inner()) = None;
        self.remember()
    }

    /// Why the store could not be opened, while the window shows the sample from memory.
    pub fn problem(&self) -> Option<String> {
        self.problem
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Grants the files named on the command line for import.
    pub fn launched_with(&self, files: Vec<PathBuf>) {
        if !files.is_empty() {
            *self.launch.lock().unwrap_or_else(|p| p.into_inner()) =
                Some(self.grants.grant(Use::Import, files));
        }
    }

    pub fn take_launch_files(&self) -> Option<Granted> {
        self.launch.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    /// Whether another connection (the CLI, an import of this app) committed to the store
    /// since the last call.
    pub fn changed_elsewhere(&self) -> Result<bool> {
        let version: i64 =
            self.lock()
                .store
                .conn()
                .pragma_query_value(None, "data_version", |r| r.get(0))?;
        let before = self.seen_version.swap(version, Ordering::Relaxed);
        Ok(before != -1 && before != version)
    }

    pub fn set_unsaved(&self, unsaved: bool) {
        self.unsaved.store(unsaved, Ordering::Relaxed);
    }

    /// Whether closing the window should ask first.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved.load(Ordering::Relaxed)
    }

    fn remember(&self) -> Result<()> {
        self.places.remember_opened(&self.path())
    }
}

/// The PSF sample in a store of memory only, shown while no store file can be opened.
fn sample_in_memory() -> Result<Store> {
    let mut store = Store::open_in_memory()?;
    disclose_core::store::seed(&mut store)?;
    Ok(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(dir: &std::path::Path) -> Places {
        Places {
            data: dir.to_path_buf(),
            config: dir.to_path_buf(),
            legacy_store: None,
        }
    }

    #[test]
    fn a_new_store_holds_the_sample_and_is_remembered() {
        let dir = tempfile::tempdir().expect("dir");
        std::env::remove_var("DISCLOSE_DB");
        let state = AppState::start(places(dir.path())).expect("start");
        let n =
            disclose_core::query::count(&state.lock().store, &Default::default()).expect("count");
        assert_eq!(n, 3, "the PSF sample has three subpoenas");
        assert_eq!(
            places(dir.path()).last_opened(),
            Some(dir.path().join("disclose.sqlite"))
        );
    }

    #[test]
    fn a_last_store_that_no_longer_opens_falls_back_to_the_default() {
        let dir = tempfile::tempdir().expect("dir");
        std::env::remove_var("DISCLOSE_DB");
        let broken = dir.path().join("broken.sqlite");
        std::fs::write(&broken, "not a database").expect("write");
        places(dir.path())
            .remember_opened(&broken)
            .expect("settings");
        let state = AppState::start(places(dir.path())).expect("start");
        assert_eq!(state.path(), dir.path().join("disclose.sqlite"));
    }
}
