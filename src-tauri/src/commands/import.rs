//! Imports: the first rows of an unknown layout, and files in one transaction off the UI.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use disclose_core::error::Error;
use disclose_core::i18n::say;
use disclose_core::import::preview::TablePreview;
use disclose_core::import::{self, ImportOptions, ImportOutcome, Mapping};
use serde::Deserialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::{off_ui, reporter};
use crate::error::AppResult;
use crate::grants::Use;
use crate::state::AppState;

/// The first rows of the one file of an import grant, for the column-mapping step; the
/// grant stays for the import.
#[tauri::command]
pub async fn preview_table(
    state: State<'_, AppState>,
    grant: String,
    delimiter: Option<char>,
) -> AppResult<TablePreview> {
    let paths = state.grants.peek(&grant, Use::Import)?;
    let [path] = paths.as_slice() else {
        return Err(Error::Usage(say!("error-map-one-file", chosen = paths.len())).into());
    };
    Ok(import::preview::preview(path, delimiter)?)
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct ImportRequest {
    /// The files, folders and zips the user chose or dropped (`choose_files`, the drop).
    pub grant: String,
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
    let lease = state.grants.take(&request.grant, Use::Import)?;
    let lang = state.lang();
    off_ui(&state, move |mut store, cancel| {
        let refs: Vec<&Path> = lease.paths().iter().map(PathBuf::as_path).collect();
        let opts = ImportOptions {
            replace: request.replace,
            organisation: request.organisation,
            mapping: request.mapping,
            max_problems: 0,
            strict: false,
            lang,
        };
        let mut progress = reporter(app, "import", cancel);
        let outcome = import::import_paths(&mut store, &refs, &opts, &mut progress)?;
        lease.spent();
        Ok(outcome)
    })
    .await
}

#[tauri::command]
pub fn cancel_work(state: State<'_, AppState>) {
    state.cancel.store(true, Ordering::Relaxed);
}
