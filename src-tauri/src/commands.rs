//! The app's commands: each parses its arguments, calls the crates and returns their
//! answer. No logic of the domain lives here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use disclose_charts::theme::ThemeKind;
use disclose_charts::{ChartKind, ChartOptions};
use disclose_core::date::FuzzyDate;
use disclose_core::domain::{
    Category, Document, InventoryEntry, Labels, Matter, Organisation, Outcome, PolicyChange,
    Process, Request, RequestedCategory,
};
use disclose_core::error::{Error, Result};
use disclose_core::export::{self, FileFormat, Subjects};
use disclose_core::import::preview::TablePreview;
use disclose_core::import::{self, ImportOptions, ImportSummary, Mapping, ProgressEvent};
use disclose_core::query::{
    self, CompareQuery, CompareRow, Facets, Filter, Granularity, ListQuery, RequestPage, SeriesKey,
    Stats,
};
use disclose_core::Store;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, State};
use ts_rs::TS;

use crate::error::AppResult;
use crate::state::AppState;

/// What the window shows in its header and filter bar.
#[derive(Debug, Serialize, TS)]
pub struct StoreInfo {
    pub path: String,
    pub organisations: Vec<Organisation>,
    pub categories: Vec<Category>,
    /// Years with requests, oldest first.
    pub years: Vec<i32>,
    pub requests: u64,
    /// The words for every id the screens show (processes, outcomes, organisations, ...).
    pub labels: Labels,
}

#[tauri::command]
pub async fn store_info(state: State<'_, AppState>) -> AppResult<StoreInfo> {
    Ok(info(&state)?)
}

fn info(state: &AppState) -> Result<StoreInfo> {
    let open = state.lock();
    let stats = query::stats(&open.store, &Filter::default())?;
    Ok(StoreInfo {
        path: open.path.display().to_string(),
        organisations: query::organisations(&open.store)?,
        categories: query::categories(&open.store)?,
        years: stats
            .by_year
            .keys()
            .filter_map(|y| y.parse().ok())
            .collect(),
        requests: stats.requests,
        labels: query::labels(&open.store)?,
    })
}

#[tauri::command]
pub async fn stats(state: State<'_, AppState>, filter: Filter) -> AppResult<Stats> {
    Ok(query::stats(&state.lock().store, &filter)?)
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ChartRequest {
    pub kind: ChartKind,
    pub filter: Filter,
    pub dark: bool,
    pub width: u32,
    pub height: Option<u32>,
    pub stack: SeriesKey,
    pub granularity: Option<Granularity>,
}

impl ChartRequest {
    fn options(&self) -> (ChartKind, ChartOptions) {
        let kind = self.kind;
        let opts = ChartOptions {
            filter: self.filter.clone(),
            theme: if self.dark {
                ThemeKind::Dark
            } else {
                ThemeKind::Light
            },
            width: self.width,
            height: self.height,
            granularity: self.granularity,
            stack: self.stack,
        };
        (kind, opts)
    }
}

/// A chart as the UI shows it: the SVG (displayed through `<img>`, so nothing in it can
/// run), its data table and a sentence for screen readers.
#[derive(Debug, Serialize, TS)]
pub struct ChartView {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub summary: String,
    pub table: Vec<Vec<String>>,
}

#[tauri::command]
pub async fn chart(state: State<'_, AppState>, request: ChartRequest) -> AppResult<ChartView> {
    let (kind, opts) = request.options();
    let c = disclose_charts::render(&state.lock().store, kind, &opts)?;
    crate::startup::first_chart_drawn();
    Ok(ChartView {
        svg: c.svg,
        width: c.width,
        height: c.height,
        summary: c.summary,
        table: c.table,
    })
}

#[tauri::command]
pub async fn list_requests(state: State<'_, AppState>, query: ListQuery) -> AppResult<RequestPage> {
    Ok(query::list_requests(&state.lock().store, &query)?)
}

/// Facet counts for the filter; asked for after the page, so rows show first.
#[tauri::command]
pub async fn facets(state: State<'_, AppState>, filter: Filter) -> AppResult<Facets> {
    Ok(query::facets(&state.lock().store, &filter)?)
}

/// A request as the detail screen shows it. Built field by field from the stored
/// request so that the subjects cannot reach the UI: this type has no place for them.
#[derive(Debug, Serialize, TS)]
pub struct RequestDetail {
    pub id: String,
    pub organisation: String,
    pub received: String,
    pub answered: Option<String>,
    pub authority: Option<String>,
    pub country: Option<String>,
    pub process: Process,
    pub legal_basis: Option<String>,
    pub accounts_specified: Option<u32>,
    pub nondisclosure_until: Option<String>,
    pub users_notified: Option<bool>,
    pub outcome: Option<Outcome>,
    pub notes: Option<String>,
    pub matter: Option<Matter>,
    pub categories: Vec<RequestedCategory>,
    pub documents: Vec<Document>,
}

#[tauri::command]
pub async fn request_detail(
    state: State<'_, AppState>,
    organisation: String,
    id: String,
) -> AppResult<RequestDetail> {
    let open = state.lock();
    let r = query::request(&open.store, &organisation, &id)?.ok_or_else(|| {
        Error::Usage(format!(
            "no request {id:?} of {organisation:?} in this store; it may have been replaced"
        ))
    })?;
    let Request {
        id,
        organisation,
        received,
        answered,
        authority,
        country,
        process,
        legal_basis,
        accounts_specified,
        nondisclosure_until,
        users_notified,
        outcome,
        notes,
        matter,
        categories,
        documents,
        subjects: _,
    } = r;
    let matter = match matter {
        Some(m) => query::matter(&open.store, &organisation, &m)?,
        None => None,
    };
    Ok(RequestDetail {
        id,
        organisation,
        received: received.to_string(),
        answered: answered.map(|d| d.to_string()),
        authority,
        country,
        process,
        legal_basis,
        accounts_specified,
        nondisclosure_until: nondisclosure_until.map(|d| d.to_string()),
        users_notified,
        outcome,
        notes,
        matter,
        categories,
        documents,
    })
}

fn parse_date(field: &str, s: &str) -> Result<FuzzyDate> {
    s.parse()
        .map_err(|e| Error::Usage(format!("{field} {s:?}: {e}")))
}

#[tauri::command]
pub async fn inventory_as_of(
    state: State<'_, AppState>,
    organisation: Option<String>,
    date: String,
) -> AppResult<Vec<InventoryEntry>> {
    let as_of = parse_date("date", &date)?;
    Ok(query::inventory_as_of(
        &state.lock().store,
        organisation.as_deref(),
        as_of.start(),
    )?)
}

#[tauri::command]
pub async fn policy_changes(
    state: State<'_, AppState>,
    filter: Filter,
) -> AppResult<Vec<PolicyChange>> {
    Ok(query::policy_changes(
        &state.lock().store,
        filter.organisation.as_deref(),
        filter.from,
        filter.to,
    )?)
}

#[tauri::command]
pub async fn compare(
    state: State<'_, AppState>,
    query: CompareQuery,
) -> AppResult<Vec<CompareRow>> {
    Ok(query::compare(&state.lock().store, &query)?)
}

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

/// Imports files in one transaction: all of them land, or none.
#[tauri::command]
pub async fn import_files(
    app: AppHandle,
    state: State<'_, AppState>,
    request: ImportRequest,
) -> AppResult<Vec<ImportSummary>> {
    off_ui(&state, move |mut store, cancel| {
        let paths: Vec<PathBuf> = request.paths.iter().map(PathBuf::from).collect();
        let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        let opts = ImportOptions {
            replace: request.replace,
            organisation: request.organisation,
            mapping: request.mapping,
            max_problems: 0,
        };
        let mut progress = reporter(app, "import", cancel);
        import::import_files(&mut store, &refs, &opts, &mut progress)
    })
    .await
}

#[tauri::command]
pub fn cancel_work(state: State<'_, AppState>) {
    state.cancel.store(true, Ordering::Relaxed);
}

/// The whole store as a bundle, without subjects (the app offers no internal export).
#[tauri::command]
pub async fn export_bundle(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> AppResult<u64> {
    export_streamed(app, &state, path, |store, w| {
        export::bundle(store, w, Subjects::Omit)
    })
    .await
}

/// The request table under the current filter and sort, as formula-safe CSV.
#[tauri::command]
pub async fn export_table(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
    query: ListQuery,
) -> AppResult<u64> {
    export_streamed(app, &state, path, move |store, w| {
        export::request_table(store, &query, w)
    })
    .await
}

/// A streamed export off the UI thread, with progress and cancel.
async fn export_streamed(
    app: AppHandle,
    state: &AppState,
    path: String,
    write: impl FnOnce(&Store, &mut dyn Write) -> Result<u64> + Send + 'static,
) -> AppResult<u64> {
    off_ui(state, move |store, cancel| {
        let mut progress = reporter(app, "export", cancel);
        export::write_with_progress(Path::new(&path), &mut progress, |w| write(&store, w))
    })
    .await
}

/// The chart as SVG or PNG, or its numbers as formula-safe CSV, by the file name's extension.
#[tauri::command]
pub async fn export_chart(
    state: State<'_, AppState>,
    path: String,
    request: ChartRequest,
) -> AppResult<()> {
    let out = PathBuf::from(&path);
    let file = FileFormat::of(&out, &[FileFormat::Svg, FileFormat::Png, FileFormat::Csv])?;
    let (kind, opts) = request.options();
    let chart = disclose_charts::render(&state.lock().store, kind, &opts)?;
    export::write_file(&out, &chart.file(file)?)?;
    Ok(())
}

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

/// Opens another store file, or creates one (with the sample) where none exists.
#[tauri::command]
pub async fn open_store(state: State<'_, AppState>, path: String) -> AppResult<StoreInfo> {
    state.switch(PathBuf::from(path))?;
    Ok(info(&state)?)
}
