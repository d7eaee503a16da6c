//! Imports: the first rows of an unknown layout, and files in one transaction off the UI.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use disclose_core::import::preview::TablePreview;
use disclose_core::import::{self, ImportOptions, ImportOutcome, Mapping};
use serde::Deserialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::{off_ui, reporter};
use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command]
pub async fn preview_table(path: String, delimiter: Option<char>) -> AppResult<TablePreview> {
    Ok(import::preview::preview(Path::new(&path), delimiter)?)
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct ImportRequest {
    pub paths: Vec<String>,
    pub mapping: Option<Mapping>,
    pub replace: bool,
    pub organisation: Option<String>,
}

/// Imports files, folders and zips in one transaction: every recognised file lands, or
/// none; files of folders and zips in no known layout are listed as skipped.
#[tauri::command]
pub async fn import_files(
    app: AppHandle,
    state: State<'_, AppState>,
    request: ImportRequest,
) -> AppResult<ImportOutcome> {
    off_ui(&state, move |mut store, cancel| {
        let paths: Vec<PathBuf> = request.paths.iter().map(PathBuf::from).collect();
        let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        let opts = ImportOptions {
            replace: request.replace,
            organisation: request.organisation,
            mapping: request.mapping,
            max_problems: 0,
            strict: false,
        };
        let mut progress = reporter(app, "import", cancel);
        import::import_paths(&mut store, &refs, &opts, &mut progress)
    })
    .await
}

#[tauri::command]
pub fn cancel_work(state: State<'_, AppState>) {
    state.cancel.store(true, Ordering::Relaxed);
}
