//! The History panel: the journal, undo and redo (Ctrl+Z, Ctrl+Shift+Z), and noticing when
//! another Disclose (the CLI) changed the store.

use disclose_core::store::journal::{self, ChangeEntry};
use tauri::State;

use super::off_ui;
use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command]
pub async fn history(state: State<'_, AppState>) -> AppResult<Vec<ChangeEntry>> {
    let lang = state.lang();
    let history = journal::history(state.lock().store.conn())?;
    Ok(history.iter().map(|c| c.said_in(lang)).collect())
}

/// Undoes the newest change; an import of many rows runs off the window's thread.
#[tauri::command]
pub async fn undo(state: State<'_, AppState>) -> AppResult<ChangeEntry> {
    let lang = state.lang();
    off_ui(&state, move |mut store, _| {
        journal::undo(&mut store).map(|c| c.said_in(lang))
    })
    .await
}

#[tauri::command]
pub async fn redo(state: State<'_, AppState>) -> AppResult<ChangeEntry> {
    let lang = state.lang();
    off_ui(&state, move |mut store, _| {
        journal::redo(&mut store).map(|c| c.said_in(lang))
    })
    .await
}

/// Whether anything else wrote to the store since the window last asked (SQLite's
/// `data_version`): the window asks when it gets the focus, and reloads if so.
#[tauri::command]
pub async fn store_changed(state: State<'_, AppState>) -> AppResult<bool> {
    Ok(state.changed_elsewhere()?)
}

/// The window says whether a form holds unsaved changes, so closing it can ask first.
#[tauri::command]
pub async fn set_unsaved(state: State<'_, AppState>, unsaved: bool) -> AppResult<()> {
    state.set_unsaved(unsaved);
    Ok(())
}

/// Closes the window after the user agreed to leave a form unsaved (its draft is kept).
#[tauri::command]
pub async fn close_window(state: State<'_, AppState>, window: tauri::Window) -> AppResult<()> {
    state.set_unsaved(false);
    window
        .close()
        .map_err(|e| disclose_core::error::Error::Internal(format!("closing the window: {e}")))?;
    Ok(())
}
