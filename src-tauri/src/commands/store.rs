//! Which store is open: its summary for the window, and switching to another.

use disclose_core::domain::{Document, Labels};
use disclose_core::error::Result;
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
        labels: query::labels(&open.store)?,
        problem: state.problem(),
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
