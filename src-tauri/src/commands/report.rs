//! The report: the preview's text and the exported file.

use std::path::Path;

use disclose_core::error::Result;
use disclose_core::export;
use serde::Deserialize;
use tauri::State;
use ts_rs::TS;

use super::{off_ui, parse_date};
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReportRequest {
    /// A year, a month or a range (`2023`, `2023-01/2023-06`).
    pub period: String,
    pub organisation: Option<String>,
    pub format: disclose_report::Format,
    /// Counts below this are published as "fewer than N".
    pub band_below: Option<u64>,
    pub sections: disclose_report::Sections,
}

impl ReportRequest {
    fn options(&self) -> Result<disclose_report::ReportOptions> {
        Ok(disclose_report::ReportOptions {
            period: parse_date("period", &self.period)?,
            organisation: self.organisation.clone(),
            format: self.format,
            band_below: self.band_below,
            template: None,
            sections: self.sections,
        })
    }
}

/// The report text, for the preview (shown in a sandboxed iframe, scripts off).
#[tauri::command]
pub async fn report(state: State<'_, AppState>, request: ReportRequest) -> AppResult<String> {
    let opts = request.options()?;
    off_ui(&state, move |store, _| {
        disclose_report::build(&store, &opts)
    })
    .await
}

#[tauri::command]
pub async fn export_report(
    state: State<'_, AppState>,
    path: String,
    request: ReportRequest,
) -> AppResult<()> {
    let opts = request.options()?;
    off_ui(&state, move |store, _| {
        let text = disclose_report::build(&store, &opts)?;
        export::write_file(Path::new(&path), text.as_bytes())
    })
    .await
}
