//! The forms: save, check as the user types, delete, and what a form needs to fill its
//! pickers. Every save and delete is one journal entry (see `history`).

use disclose_core::domain::{Matter, Organisation, PolicyChange};
use disclose_core::edit::{self, RecordCounts, Save, Saved, Target};
use disclose_core::error::Problem;
use disclose_core::store::journal::ChangeEntry;
use tauri::State;

use crate::error::AppResult;
use crate::state::AppState;

/// Saves a form's record; nothing is written unless it is valid.
#[tauri::command]
pub async fn save_record(state: State<'_, AppState>, form: Save) -> AppResult<Saved> {
    let lang = state.lang();
    Ok(edit::save(&mut state.lock().store, &form)?.said_in(lang))
}

/// The problems the form's record has now (empty when it would save), without writing.
#[tauri::command]
pub async fn check_record(state: State<'_, AppState>, form: Save) -> AppResult<Vec<Problem>> {
    let lang = state.lang();
    let problems = edit::check(&mut state.lock().store, &form)?;
    Ok(problems.iter().map(|p| p.said_in(lang)).collect())
}

#[tauri::command]
pub async fn delete_record(state: State<'_, AppState>, target: Target) -> AppResult<ChangeEntry> {
    let lang = state.lang();
    Ok(edit::delete(&mut state.lock().store, &target)?.said_in(lang))
}

/// What deleting an organisation takes with it, by kind, so the window can ask first.
#[tauri::command]
pub async fn organisation_records(
    state: State<'_, AppState>,
    organisation: String,
) -> AppResult<RecordCounts> {
    Ok(edit::organisation_records_in(
        &state.lock().store,
        &organisation,
        state.lang(),
    )?)
}

/// A request's subjects, for the request form's "Show" button and nothing else.
#[tauri::command]
pub async fn request_subjects(
    state: State<'_, AppState>,
    organisation: String,
    id: String,
) -> AppResult<Vec<String>> {
    Ok(edit::subjects(&state.lock().store, &organisation, &id)?)
}

#[tauri::command]
pub async fn suggest_reference(
    state: State<'_, AppState>,
    organisation: String,
    year: Option<i32>,
) -> AppResult<String> {
    Ok(edit::suggest_reference(
        &state.lock().store,
        &organisation,
        year,
    )?)
}

/// The category a wording of the request most likely means.
#[tauri::command]
pub async fn suggest_category(
    state: State<'_, AppState>,
    wording: String,
) -> AppResult<Option<String>> {
    Ok(edit::suggest_category(&state.lock().store, &wording)?)
}

#[tauri::command]
pub async fn policy_change(
    state: State<'_, AppState>,
    organisation: String,
    id: String,
) -> AppResult<PolicyChange> {
    Ok(edit::policy_change(
        &state.lock().store,
        &organisation,
        &id,
    )?)
}

#[tauri::command]
pub async fn organisation(state: State<'_, AppState>, id: String) -> AppResult<Organisation> {
    Ok(edit::organisation(&state.lock().store, &id)?)
}

#[tauri::command]
pub async fn matters(state: State<'_, AppState>, organisation: String) -> AppResult<Vec<Matter>> {
    Ok(edit::matters(&state.lock().store, &organisation)?)
}
