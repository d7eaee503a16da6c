//! The report: the preview's text, the exported file, the published folder, its texts and
//! its checklist.

use std::collections::BTreeMap;

use disclose_core::domain::Term;
use disclose_core::error::Result;
use disclose_core::export;
use disclose_core::i18n::Lang;
use disclose_core::store::journal::ChangeEntry;
use serde::Deserialize;
use tauri::State;
use ts_rs::TS;

use super::{off_ui, parse_date};
use crate::error::AppResult;
use crate::grants::Use;
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
    /// The texts as being edited, for the live preview; null: those in the store.
    pub texts: Option<BTreeMap<String, String>>,
}

impl ReportRequest {
    fn options(&self, lang: Lang) -> Result<disclose_report::ReportOptions> {
        Ok(disclose_report::ReportOptions {
            period: parse_date("period", &self.period)?,
            organisation: self.organisation.clone(),
            format: self.format,
            band_below: self.band_below,
            template: None,
            sections: self.sections,
            chart_files: false,
            texts: self.texts.clone(),
            lang,
        })
    }
}

/// The report text, for the preview (shown in a sandboxed iframe, scripts off).
#[tauri::command]
pub async fn report(state: State<'_, AppState>, request: ReportRequest) -> AppResult<String> {
    let opts = request.options(state.lang())?;
    off_ui(&state, move |store, _| {
        disclose_report::build(&store, &opts)
    })
    .await
}

#[tauri::command]
pub async fn export_report(
    state: State<'_, AppState>,
    grant: String,
    request: ReportRequest,
) -> AppResult<()> {
    let opts = request.options(state.lang())?;
    let lease = state.grants.take(&grant, Use::ExportReport)?;
    off_ui(&state, move |store, _| {
        let text = disclose_report::build(&store, &opts)?;
        export::write_file(lease.path()?, text.as_bytes())?;
        lease.spent();
        Ok(())
    })
    .await
}

/// The organisations a report can be about: those with request records.
#[tauri::command]
pub async fn report_subjects(state: State<'_, AppState>) -> AppResult<Vec<Term>> {
    Ok(disclose_report::subjects(&state.lock().store)?)
}

/// A report's words: its texts, the sections they turn on, and the period they were
/// written for (an earlier one when this period has none yet).
#[tauri::command]
pub async fn report_texts(
    state: State<'_, AppState>,
    organisation: String,
    period: String,
) -> AppResult<disclose_report::Words> {
    let period = parse_date("period", &period)?;
    Ok(disclose_report::words(
        &state.lock().store,
        &organisation,
        &period,
    )?)
}

/// Saves the report's words as one change of the history.
#[tauri::command]
pub async fn save_report_texts(
    state: State<'_, AppState>,
    organisation: String,
    period: String,
    texts: BTreeMap<String, String>,
    sections: disclose_report::Sections,
) -> AppResult<ChangeEntry> {
    let period = parse_date("period", &period)?;
    let lang = state.lang();
    Ok(disclose_report::save_words(
        &mut state.lock().store,
        &organisation,
        &period,
        &texts,
        sections,
    )?
    .said_in(lang))
}

#[tauri::command]
pub async fn report_checklist(
    state: State<'_, AppState>,
    request: ReportRequest,
) -> AppResult<disclose_report::Checklist> {
    let opts = request.options(state.lang())?;
    Ok(disclose_report::checklist(&state.lock().store, &opts)?)
}

/// Publishes the report as a folder (index.html, report.md, charts, data) into the folder
/// the user chose.
#[tauri::command]
pub async fn publish_report(
    state: State<'_, AppState>,
    grant: String,
    request: ReportRequest,
) -> AppResult<disclose_report::Published> {
    let opts = request.options(state.lang())?;
    let lease = state.grants.take(&grant, Use::PublishReport)?;
    off_ui(&state, move |store, _| {
        let published = disclose_report::publish(&store, &opts, lease.path()?)?;
        lease.spent();
        Ok(published)
    })
    .await
}
