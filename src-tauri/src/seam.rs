//! The end-to-end tests' stand-in for the user's hand, compiled only with the `test-seam`
//! feature, which the release build never enables (`tests/commands.rs` checks the release
//! configuration). The harness says what the user will pick in the next dialog
//! (`seam_choose`) or drops files as a user would (`seam_drop`); both go through the same
//! grants as the real dialog and drop, so the page itself still names no file.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Manager, State};

use crate::state::AppState;

use crate::command_list::SEAM_COMMANDS;

/// Grants the seam's commands, at start-up, never through the capability file the
/// release build reads.
pub const CAPABILITY: &str = r#"{
  "identifier": "test-seam",
  "description": "End-to-end test builds only: the harness picks files as the user would.",
  "windows": ["main"],
  "permissions": ["allow-seam-choose", "allow-seam-drop"]
}"#;

/// The answers the next dialogs give: paths, or null for a dialog the user cancelled.
#[derive(Default)]
pub struct Answers(Mutex<VecDeque<Option<Vec<PathBuf>>>>);

pub fn next_answer(state: &AppState) -> Option<Option<Vec<PathBuf>>> {
    state
        .seam
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .pop_front()
}

/// The user will pick `paths` in the next dialog the app shows (or cancel it: null).
#[tauri::command]
pub fn seam_choose(state: State<'_, AppState>, paths: Option<Vec<String>>) {
    state
        .seam
        .0
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push_back(paths.map(|p| p.into_iter().map(PathBuf::from).collect()));
}

/// The user drops `paths` on the window.
#[tauri::command]
pub fn seam_drop(app: AppHandle, paths: Vec<String>) {
    crate::commands::dropped(&app, paths.into_iter().map(PathBuf::from).collect());
}

/// Grants the seam's commands to the main window.
pub fn install(app: &tauri::App) -> tauri::Result<()> {
    eprintln!("Disclose: test build, the end-to-end seam is on");
    app.add_capability(CAPABILITY)
}

/// The app's handler, with the seam's commands in front of it.
pub fn handler(
    app: impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    let seam = typed(tauri::generate_handler![seam_choose, seam_drop]);
    move |invoke| match invoke.message.command() {
        c if SEAM_COMMANDS.contains(&c) => seam(invoke),
        _ => app(invoke),
    }
}

/// Gives the handler closure its argument's type.
fn typed(f: impl Fn(tauri::ipc::Invoke) -> bool) -> impl Fn(tauri::ipc::Invoke) -> bool {
    f
}
