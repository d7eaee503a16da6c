//! How a path enters the app: the shell shows the open or save dialog itself and records
//! what the user chose as a grant for one use (see `grants`); dropped files and files on
//! the command line are granted the same way. The page never names a file.

use std::path::PathBuf;

use disclose_core::error::{Error, Result};
use disclose_core::i18n::say;
use serde::Deserialize;
use tauri::{AppHandle, Emitter, Manager, State};
use tauri_plugin_dialog::{DialogExt, FilePath};
use ts_rs::TS;

use crate::error::AppResult;
use crate::grants::{Granted, Use};
use crate::state::AppState;

/// The dialog the page asks the shell to show: its title, a filter and a file name to
/// suggest are presentation only; what the user picks is granted for `purpose` alone.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Choose {
    pub purpose: Use,
    pub title: String,
    /// For an import: a folder rather than files.
    #[serde(default)]
    pub folder: bool,
    #[serde(default)]
    pub filter: Option<FileFilter>,
    #[serde(default)]
    pub suggested_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FileFilter {
    pub name: String,
    pub extensions: Vec<String>,
}

/// The event that carries files dropped on the window, as a grant to import them.
pub const DROPPED_EVENT: &str = "files-dropped";

/// Shows the open, folder or save dialog for `request.purpose`; null when the user
/// cancelled it.
#[tauri::command]
pub async fn choose_files(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Choose,
) -> AppResult<Option<Granted>> {
    #[cfg(feature = "test-seam")]
    if let Some(answer) = crate::seam::next_answer(&state) {
        return Ok(answer.map(|paths| state.grants.grant(request.purpose, paths)));
    }
    let picked = tauri::async_runtime::spawn_blocking(move || show(&app, &request))
        .await
        .map_err(|e| Error::Internal(format!("the file dialog stopped: {e}")))??;
    Ok(picked.map(|(purpose, paths)| state.grants.grant(purpose, paths)))
}

fn show(app: &AppHandle, request: &Choose) -> Result<Option<(Use, Vec<PathBuf>)>> {
    let mut dialog = app.dialog().file().set_title(&request.title);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    if let Some(f) = &request.filter {
        let exts: Vec<&str> = f.extensions.iter().map(String::as_str).collect();
        dialog = dialog.add_filter(&f.name, &exts);
    }
    if let Some(name) = &request.suggested_name {
        dialog = dialog.set_file_name(name);
    }
    let picked: Option<Vec<FilePath>> = match request.purpose {
        Use::Import if request.folder => dialog.blocking_pick_folder().map(|p| vec![p]),
        Use::Import => dialog.blocking_pick_files(),
        Use::OpenStore => dialog.blocking_pick_file().map(|p| vec![p]),
        Use::PublishReport => dialog.blocking_pick_folder().map(|p| vec![p]),
        Use::ExportBundle | Use::ExportTable | Use::ExportChart | Use::ExportReport => {
            dialog.blocking_save_file().map(|p| vec![p])
        }
    };
    let Some(picked) = picked else {
        return Ok(None);
    };
    let paths = picked
        .into_iter()
        .map(|p| {
            p.into_path()
                .map_err(|e| Error::Usage(say!("error-dialog-not-local", detail = e.to_string())))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Some((request.purpose, paths)))
}

/// Files dropped on the window: granted for import and sent to the page.
pub fn dropped(app: &AppHandle, paths: Vec<PathBuf>) {
    if paths.is_empty() {
        return;
    }
    if let Some(state) = app.try_state::<AppState>() {
        let granted = state.grants.grant(Use::Import, paths);
        let _ = app.emit(DROPPED_EVENT, granted);
    }
}

/// Files named on the command line when the app started (or by the file manager's "Open
/// with"), granted for import; handed to the page once.
#[tauri::command]
pub fn launch_files(state: State<'_, AppState>) -> Option<Granted> {
    state.take_launch_files()
}
