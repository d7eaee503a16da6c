//! Where the store lives. The app and the CLI share one default store, found here and
//! nowhere else: `disclose.sqlite` in the platform data directory of the app identifier
//! (`~/.local/share/org.disclose.app/` on Linux), unless `--db` or `$DISCLOSE_DB` names
//! another. A store left at the path older CLIs used is moved to the default place when
//! the default does not exist yet, and named once when both do.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Store;
use crate::error::{Error, Result};
use crate::i18n::{say, Text};

/// The app identifier; the data and config directories are named after it.
pub const APP_ID: &str = "org.disclose.app";
/// The file name of the default store.
pub const STORE_FILE: &str = "disclose.sqlite";
/// The environment variable that names the store, for the CLI and the app alike.
pub const STORE_ENV: &str = "DISCLOSE_DB";
/// Marks that the store at the old CLI path has been named once.
const LEGACY_NAMED: &str = "legacy-store-named";

/// How the store in use was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// Named on the command line (`--db`) or by File › Open store.
    Named,
    /// Named by `$DISCLOSE_DB`.
    Environment,
    /// The one the app opened last.
    LastOpened,
    /// The default store.
    Default,
}

/// The store to open and anything the user should be told about how it was found.
#[derive(Debug, Clone)]
pub struct StoreLocation {
    /// The store file.
    pub path: PathBuf,
    /// Why this one.
    pub chosen: Chosen,
    /// One-line notices (a store moved from the old place, or an old store left beside).
    pub notices: Vec<Text>,
}

/// What the app remembers between runs (window size and place are the window plugin's).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Settings {
    last_store: Option<PathBuf>,
    /// The app's language as the user chose it (`en`, `de`); absent: the system's.
    language: Option<String>,
}

/// The directories Disclose uses: the platform's, or any others (tests, portable use).
#[derive(Debug, Clone)]
pub struct Places {
    /// Holds the default store (`…/org.disclose.app`).
    pub data: PathBuf,
    /// Holds `settings.json`, where the app notes the store it opened last.
    pub config: PathBuf,
    /// Where CLIs before the one-store change kept their store.
    pub legacy_store: Option<PathBuf>,
}

impl Places {
    /// The platform's directories (XDG on Linux, Application Support on macOS, AppData on
    /// Windows); the same ones Tauri gives the app for its identifier.
    pub fn platform() -> Result<Places> {
        let missing = || Error::Usage(say!("error-no-data-directory"));
        let data_root = dirs::data_dir().ok_or_else(missing)?;
        let config_root = dirs::config_dir().ok_or_else(missing)?;
        Ok(Places {
            data: data_root.join(APP_ID),
            config: config_root.join(APP_ID),
            legacy_store: Some(data_root.join("disclose").join("disclose.db")),
        })
    }

    /// The default store file.
    pub fn default_store(&self) -> PathBuf {
        self.data.join(STORE_FILE)
    }

    fn settings_file(&self) -> PathBuf {
        self.config.join("settings.json")
    }

    fn settings(&self) -> Settings {
        std::fs::read(self.settings_file())
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// The store the app opened last, if it still exists.
    pub fn last_opened(&self) -> Option<PathBuf> {
        self.settings().last_store.filter(|p| p.exists())
    }

    /// The language the user chose for the app; None: follow the system.
    pub fn language(&self) -> Option<disclose_i18n::Lang> {
        self.settings().language?.parse().ok()
    }

    /// Notes `path` as the store the app opened last.
    pub fn remember_opened(&self, path: &Path) -> Result<()> {
        self.save(Settings {
            last_store: Some(path.to_path_buf()),
            ..self.settings()
        })
    }

    /// Notes the app's language (None: follow the system again).
    pub fn remember_language(&self, lang: Option<disclose_i18n::Lang>) -> Result<()> {
        self.save(Settings {
            language: lang.map(|l| l.code().to_string()),
            ..self.settings()
        })
    }

    fn save(&self, settings: Settings) -> Result<()> {
        std::fs::create_dir_all(&self.config).map_err(|e| Error::io(&self.config, e))?;
        let json = serde_json::to_vec_pretty(&settings)
            .map_err(|e| Error::Internal(format!("settings: {e}")))?;
        let file = self.settings_file();
        std::fs::write(&file, json).map_err(|e| Error::io(&file, e))
    }

    /// The store for the CLI: `named` (`--db`), else `$DISCLOSE_DB`, else the default.
    pub fn for_cli(&self, named: Option<&Path>) -> Result<StoreLocation> {
        if let Some(p) = named {
            return Ok(located(p.to_path_buf(), Chosen::Named));
        }
        if let Some(p) = env_store() {
            return Ok(located(p, Chosen::Environment));
        }
        self.default_location()
    }

    /// The store for the app: `$DISCLOSE_DB`, else the one it opened last, else the default.
    pub fn for_app(&self) -> Result<StoreLocation> {
        if let Some(p) = env_store() {
            return Ok(located(p, Chosen::Environment));
        }
        match self.last_opened() {
            Some(p) if p != self.default_store() => Ok(located(p, Chosen::LastOpened)),
            _ => self.default_location(),
        }
    }

    /// The default store, after moving a store from the old CLI path or naming it once.
    pub fn default_location(&self) -> Result<StoreLocation> {
        let path = self.default_store();
        let mut notices = Vec::new();
        if let Some(old) = self.legacy_store.as_deref().filter(|p| p.exists()) {
            if path.exists() {
                let marker = self.data.join(LEGACY_NAMED);
                if !marker.exists() {
                    notices.push(say!(
                        "notice-older-store",
                        old = old.display().to_string(),
                        path = path.display().to_string()
                    ));
                    std::fs::write(&marker, old.display().to_string())
                        .map_err(|e| Error::io(&marker, e))?;
                }
            } else {
                move_store(old, &path)?;
                notices.push(say!(
                    "notice-moved-store",
                    old = old.display().to_string(),
                    path = path.display().to_string()
                ));
            }
        }
        Ok(StoreLocation {
            path,
            chosen: Chosen::Default,
            notices,
        })
    }
}

impl Store {
    /// The default store of this system, shared by the app and the CLI.
    pub fn default_path() -> Result<PathBuf> {
        Ok(Places::platform()?.default_store())
    }
}

fn env_store() -> Option<PathBuf> {
    std::env::var_os(STORE_ENV)
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
}

fn located(path: PathBuf, chosen: Chosen) -> StoreLocation {
    StoreLocation {
        path,
        chosen,
        notices: Vec::new(),
    }
}

/// Moves a store file and its WAL companions; a copy when a rename cannot cross devices.
fn move_store(from: &Path, to: &Path) -> Result<()> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    // The WAL first: a store file without its WAL would lose committed pages.
    for suffix in ["-wal", "-shm", ""] {
        let src = with_suffix(from, suffix);
        if !src.exists() {
            continue;
        }
        let dst = with_suffix(to, suffix);
        if std::fs::rename(&src, &dst).is_err() {
            std::fs::copy(&src, &dst).map_err(|e| Error::io(&dst, e))?;
            std::fs::remove_file(&src).map_err(|e| Error::io(&src, e))?;
        }
    }
    Ok(())
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(root: &Path) -> Places {
        Places {
            data: root.join("data/org.disclose.app"),
            config: root.join("config/org.disclose.app"),
            legacy_store: Some(root.join("data/disclose/disclose.db")),
        }
    }

    #[test]
    fn a_store_at_the_old_cli_path_moves_to_the_default_once() {
        let dir = tempfile::tempdir().expect("dir");
        let p = places(dir.path());
        let old = p.legacy_store.clone().expect("legacy");
        std::fs::create_dir_all(old.parent().expect("parent")).expect("mkdir");
        std::fs::write(&old, "store").expect("write");
        std::fs::write(with_suffix(&old, "-wal"), "wal").expect("write");
        let loc = p.default_location().expect("locate");
        assert_eq!(loc.path, p.default_store());
        assert_eq!(loc.notices.len(), 1, "{:?}", loc.notices);
        assert!(loc.notices[0]
            .to_string()
            .starts_with("moved the store from"));
        assert_eq!(std::fs::read_to_string(&loc.path).expect("moved"), "store");
        assert!(
            with_suffix(&loc.path, "-wal").exists(),
            "the WAL moves with it"
        );
        assert!(!old.exists());
        // Nothing more to say the second time.
        assert!(p.default_location().expect("again").notices.is_empty());
    }

    #[test]
    fn with_both_stores_the_default_is_used_and_the_old_one_named_once() {
        let dir = tempfile::tempdir().expect("dir");
        let p = places(dir.path());
        let old = p.legacy_store.clone().expect("legacy");
        for f in [&old, &p.default_store()] {
            std::fs::create_dir_all(f.parent().expect("parent")).expect("mkdir");
            std::fs::write(f, "store").expect("write");
        }
        let first = p.default_location().expect("locate");
        assert_eq!(first.path, p.default_store());
        assert!(
            first.notices[0]
                .to_string()
                .contains(&format!("--db {}", old.display())),
            "{:?}",
            first.notices
        );
        assert!(old.exists(), "the older store is left where it is");
        assert!(p.default_location().expect("again").notices.is_empty());
    }

    #[test]
    fn the_language_chosen_is_remembered_beside_the_last_store() {
        let dir = tempfile::tempdir().expect("dir");
        let p = places(dir.path());
        assert_eq!(
            p.language(),
            None,
            "the system's language until one is chosen"
        );
        let store = dir.path().join("s.sqlite");
        std::fs::write(&store, "store").expect("write");
        p.remember_opened(&store).expect("remember");
        p.remember_language(Some(disclose_i18n::Lang::De))
            .expect("language");
        assert_eq!(p.language(), Some(disclose_i18n::Lang::De));
        assert_eq!(p.last_opened(), Some(store.clone()), "the store is kept");
        p.remember_opened(&store).expect("remember again");
        assert_eq!(
            p.language(),
            Some(disclose_i18n::Lang::De),
            "and the language too"
        );
        p.remember_language(None).expect("system");
        assert_eq!(p.language(), None);
    }

    #[test]
    fn the_app_reopens_its_last_store_and_the_cli_its_default() {
        let dir = tempfile::tempdir().expect("dir");
        let p = places(dir.path());
        let other = dir.path().join("elsewhere.sqlite");
        std::fs::write(&other, "store").expect("write");
        p.remember_opened(&other).expect("remember");
        assert_eq!(p.last_opened(), Some(other.clone()));
        if std::env::var_os(STORE_ENV).is_none() {
            assert_eq!(p.for_app().expect("app").path, other);
            assert_eq!(p.for_app().expect("app").chosen, Chosen::LastOpened);
            assert_eq!(p.for_cli(None).expect("cli").path, p.default_store());
        }
        let named = dir.path().join("named.sqlite");
        let loc = p.for_cli(Some(&named)).expect("cli");
        assert_eq!((loc.path, loc.chosen), (named, Chosen::Named));
        // A remembered store that is gone is forgotten.
        std::fs::remove_file(&other).expect("rm");
        assert_eq!(p.last_opened(), None);
    }
}
