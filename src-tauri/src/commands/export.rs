//! Exports: the store as a bundle, the request table as CSV, a chart as a file, each to the
//! path the user chose for it (a grant); streamed off the UI with progress and cancel.

use std::io::Write;

use disclose_charts::ChartFormat;
use disclose_core::error::Result;
use disclose_core::export::{self, Subjects};
use disclose_core::query::ListQuery;
use disclose_core::Store;
use tauri::{AppHandle, State};

use super::query::ChartRequest;
use super::{off_ui, reporter};
use crate::error::AppResult;
use crate::grants::{Lease, Use};
use crate::state::AppState;

/// The whole store as a bundle, without subjects (the app offers no internal export).
#[tauri::command]
pub async fn export_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
    grant: String,
) -> AppResult<u64> {
    let lease = state.grants.take(&grant, Use::ExportBundle)?;
    export_streamed(app, &state, lease, |store, w| {
        export::bundle(store, w, Subjects::Omit)
    })
    .await
}

/// The request table under the current filter and sort, as formula-safe CSV.
#[tauri::command]
pub async fn export_table(
    app: AppHandle,
    state: State<'_, AppState>,
    grant: String,
    query: ListQuery,
) -> AppResult<u64> {
    let lease = state.grants.take(&grant, Use::ExportTable)?;
    export_streamed(app, &state, lease, move |store, w| {
        export::request_table(store, &query, w)
    })
    .await
}

/// A streamed export off the UI thread, with progress and cancel, to the path granted.
async fn export_streamed(
    app: AppHandle,
    state: &AppState,
    lease: Lease,
    write: impl FnOnce(&Store, &mut dyn Write) -> Result<u64> + Send + 'static,
) -> AppResult<u64> {
    off_ui(state, move |store, cancel| {
        let mut progress = reporter(app, "export", cancel);
        let n = export::write_with_progress(lease.path()?, &mut progress, |w| write(&store, w))?;
        lease.spent();
        Ok(n)
    })
    .await
}

/// The chart as SVG, PNG (at `scale` 1x to 3x), its numbers as formula-safe CSV, or an
/// embeddable HTML page: `format`, or by the file name's extension.
#[tauri::command]
pub async fn export_chart(
    state: State<'_, AppState>,
    grant: String,
    request: ChartRequest,
    format: Option<ChartFormat>,
    scale: u32,
) -> AppResult<()> {
    let lease = state.grants.take(&grant, Use::ExportChart)?;
    let out = lease.path()?;
    let file = match format {
        Some(f) => f,
        None => ChartFormat::of_path(out)?,
    };
    let (kind, opts) = request.options(state.lang());
    let chart = disclose_charts::render(&state.lock().store, kind, &opts)?;
    export::write_file(out, &chart.file(file, scale)?)?;
    lease.spent();
    Ok(())
}
