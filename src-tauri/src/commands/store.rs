//! Which store is open: its summary for the window, and switching to another.

use disclose_core::domain::{Document, Labels};
use disclose_core::error::{Error, Result};
use disclose_core::i18n::{say, Lang};
use disclose_core::query::{self, Filter};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::AppResult;
use crate::grants::Use;
use crate::state::AppState;

/// What the window shows in its header and filter bar.
#[derive(Debug, Serialize, TS)]
pub struct StoreInfo {
    pub path: String,
    /// Years with requests, oldest first.
    pub years: Vec<i32>,
    pub requests: u64,
    /// The words for every id the screens show, and the store's organisations and
    /// categories in order (`labels.organisation`, `labels.category`).
    pub labels: Labels,
    /// Why the store at `path` could not be opened: the window then shows the sample
    /// from memory, saves nothing, and offers to open another store.
    pub problem: Option<String>,
    /// The language the window speaks (`en`, `de`); `labels` are in it.
    pub lang: String,
    /// The language the user chose in the settings; null: the system's.
    pub chosen_lang: Option<String>,
}

/// Settings › Language: `en`, `de`, or null for the system's; remembered for the next
/// run. The menu is rebuilt in it; the store's info comes back with its labels in it.
#[tauri::command]
pub async fn set_language(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    lang: Option<String>,
) -> AppResult<StoreInfo> {
    let chosen = lang
        .map(|l| {
            l.parse::<Lang>().map_err(|_| {
                Error::Usage(say!(
                    "error-unknown",
                    what = l.as_str(),
                    expected = say!("expected-one-of", list = "en, de")
                ))
            })
        })
        .transpose()?;
    let lang = state.choose_lang(chosen)?;
    crate::menu(&app, lang)
        .and_then(|m| app.set_menu(m))
        .map_err(|e| Error::Internal(format!("menu: {e}")))?;
    Ok(info(&state)?)
}

#[tauri::command]
pub async fn store_info(state: State<'_, AppState>) -> AppResult<StoreInfo> {
    Ok(info(&state)?)
}

fn info(state: &AppState) -> Result<StoreInfo> {
    let open = state.lock();
    let stats = query::stats(&open.store, &Filter::default())?;
    Ok(StoreInfo {
        path: open.path.display().to_string(),
        years: stats
            .by_year
            .keys()
            .filter_map(|y| y.parse().ok())
            .collect(),
        requests: stats.requests,
        labels: query::labels_in(&open.store, state.lang())?,
        problem: state.problem(),
        lang: state.lang().code().to_string(),
        chosen_lang: state.chosen_lang().map(|l| l.code().to_string()),
    })
}

/// Opens the store file the user chose, or creates one (with the sample) where none exists.
#[tauri::command]
pub async fn open_store(state: State<'_, AppState>, grant: String) -> AppResult<StoreInfo> {
    let lease = state.grants.take(&grant, Use::OpenStore)?;
    state.switch(lease.path()?.to_path_buf())?;
    lease.spent();
    Ok(info(&state)?)
}

/// Help › About: which Disclose this is, the store it has open, and where the sample's
/// figures come from.
#[derive(Debug, Serialize, TS)]
pub struct About {
    pub version: String,
    pub store_path: String,
    /// The store schema this Disclose reads and writes (`PRAGMA user_version`).
    pub schema_version: i32,
    /// The documents the built-in PSF/PyPI 2023 sample is drawn from.
    pub sample_sources: Vec<Document>,
}

#[tauri::command]
pub fn about(state: State<'_, AppState>) -> About {
    About {
        version: env!("CARGO_PKG_VERSION").to_string(),
        store_path: state.path().display().to_string(),
        schema_version: disclose_core::store::SCHEMA_VERSION,
        sample_sources: disclose_core::store::sample_sources(),
    }
}
