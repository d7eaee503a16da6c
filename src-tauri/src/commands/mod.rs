//! The app's commands, one file per feature: each parses its arguments, calls the crates
//! and returns their answer. No logic of the domain lives here. This module holds what they
//! share: dates from the window, progress events, and running long work off the UI.

mod edit;
mod export;
mod files;
mod history;
mod import;
mod query;
mod report;
mod store;

pub use edit::*;
pub use export::*;
pub use files::*;
pub use history::*;
pub use import::*;
pub use query::*;
pub use report::*;
pub use store::*;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use disclose_core::date::FuzzyDate;
use disclose_core::error::{Error, Result};
use disclose_core::i18n::say;
use disclose_core::import::ProgressEvent;
use disclose_core::Store;
use serde::Serialize;
use tauri::{AppHandle, Emitter};
use ts_rs::TS;

use crate::error::AppResult;
use crate::state::AppState;

fn parse_date(field: &str, s: &str) -> Result<FuzzyDate> {
    s.parse().map_err(|_| {
        Error::Usage(say!(
            "error-field-value",
            field = field,
            value = s,
            expected = disclose_core::date::date_expected()
        ))
    })
}

/// Progress of long work, sent as the `work-progress` event.
#[derive(Debug, Clone, Serialize, TS)]
pub struct WorkProgress {
    pub task: String,
    #[serde(flatten)]
    pub event: ProgressEvent,
}

pub const PROGRESS_EVENT: &str = "work-progress";

/// Sends progress at most every 100 ms, and tells the worker whether to go on.
fn reporter(
    app: AppHandle,
    task: &str,
    cancel: Arc<AtomicBool>,
) -> impl FnMut(ProgressEvent) -> bool {
    let task = task.to_string();
    let mut last = Instant::now() - Duration::from_secs(1);
    move |event| {
        if last.elapsed() >= Duration::from_millis(100) {
            last = Instant::now();
            let _ = app.emit(
                PROGRESS_EVENT,
                WorkProgress {
                    task: task.clone(),
                    event,
                },
            );
        }
        !cancel.load(Ordering::Relaxed)
    }
}

/// Runs long work on a blocking thread with its own connection to the open store (WAL lets
/// the screens go on reading meanwhile), so the window never waits for it.
async fn off_ui<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(Store, Arc<AtomicBool>) -> Result<T> + Send + 'static,
) -> AppResult<T> {
    if let Some(problem) = state.problem() {
        return Err(Error::Usage(say!("error-no-store-open", problem = problem)).into());
    }
    let path = state.path();
    let cancel = state.cancel.clone();
    cancel.store(false, Ordering::Relaxed);
    let joined = tauri::async_runtime::spawn_blocking(move || {
        let store = Store::open(&path)?;
        work(store, cancel)
    })
    .await
    .map_err(|e| Error::Internal(format!("background work stopped: {e}")))?;
    Ok(joined?)
}
