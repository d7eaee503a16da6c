//! What the screens read: numbers, charts, the request table, a request, the inventory,
//! policy changes, the comparison and its changes, and the Library of published files.

use disclose_charts::theme::ThemeKind;
use disclose_charts::Tip;
use disclose_charts::{ChartKind, ChartOptions, ChartWords, CompareScale};
use disclose_core::domain::{
    Document, InventoryEntry, Matter, Outcome, Process, Request, RequestedCategory,
};
use disclose_core::error::Error;
use disclose_core::i18n::{say, Lang};
use disclose_core::query::{
    self, Change, CompareQuery, CompareRow, Exposure, ExposureQuery, Facets, Filter, Granularity,
    LibraryEntry, ListQuery, PolicyChangeView, RequestPage, SeriesKey, Stats,
};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::parse_date;
use crate::error::AppResult;
use crate::state::AppState;

#[tauri::command]
pub async fn stats(state: State<'_, AppState>, filter: Filter) -> AppResult<Stats> {
    Ok(query::stats_in(&state.lock().store, &filter, state.lang())?)
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
    /// Compare: panels, one log scale, or indexed.
    pub scale: CompareScale,
    /// Compare: the one organisation in colour.
    pub highlight: Option<String>,
    /// An editor's words in place of the chart's own (export).
    pub words: ChartWords,
}

impl ChartRequest {
    pub(super) fn options(&self, lang: Lang) -> (ChartKind, ChartOptions) {
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
            scale: self.scale,
            highlight: self.highlight.clone(),
            words: self.words.clone(),
            lang,
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
    /// The marks that draw a comparison figure, where they are: a click opens its sources.
    pub marks: Vec<Tip>,
}

#[tauri::command]
pub async fn chart(state: State<'_, AppState>, request: ChartRequest) -> AppResult<ChartView> {
    let (kind, opts) = request.options(state.lang());
    let c = disclose_charts::render(&state.lock().store, kind, &opts)?;
    crate::startup::first_chart_drawn();
    Ok(ChartView {
        svg: c.svg,
        width: c.width,
        height: c.height,
        summary: c.summary,
        table: c.table,
        marks: c.tips.into_iter().filter(|t| t.figure.is_some()).collect(),
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
    /// How many subjects are recorded ("5 subjects recorded"), never which.
    pub subjects_recorded: u32,
}

#[tauri::command]
pub async fn request_detail(
    state: State<'_, AppState>,
    organisation: String,
    id: String,
) -> AppResult<RequestDetail> {
    let open = state.lock();
    let r = query::request(&open.store, &organisation, &id)?.ok_or_else(|| {
        Error::Usage(say!(
            "error-request-gone",
            id = id.as_str(),
            organisation = organisation.as_str()
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
    let subjects_recorded = disclose_core::edit::subject_count(&open.store, &organisation, &id)?;
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
        subjects_recorded,
    })
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

/// Policy changes of the filter's organisation and period, their states in plain words.
#[tauri::command]
pub async fn policy_changes(
    state: State<'_, AppState>,
    filter: Filter,
) -> AppResult<Vec<PolicyChangeView>> {
    Ok(query::policy_changes_described_in(
        &state.lock().store,
        filter.organisation.as_deref(),
        filter.from,
        filter.to,
        state.lang(),
    )?)
}

#[tauri::command]
pub async fn compare(
    state: State<'_, AppState>,
    query: CompareQuery,
) -> AppResult<Vec<CompareRow>> {
    let lang = state.lang();
    let rows = query::compare(&state.lock().store, &query)?;
    Ok(rows.into_iter().map(|r| r.said_in(lang)).collect())
}

/// The largest changes from one period to the next within the comparison.
#[tauri::command]
pub async fn compare_changes(
    state: State<'_, AppState>,
    query: CompareQuery,
) -> AppResult<Vec<Change>> {
    let rows = query::compare(&state.lock().store, &query)?;
    Ok(query::changes(&rows))
}

/// The Library: which publishers' files the store holds, their periods and pages.
#[tauri::command]
pub async fn library(state: State<'_, AppState>) -> AppResult<Vec<LibraryEntry>> {
    Ok(query::library(&state.lock().store)?)
}

/// A request (or a list of categories) replayed against the inventory of another day.
#[tauri::command]
pub async fn exposure(state: State<'_, AppState>, query: ExposureQuery) -> AppResult<Exposure> {
    Ok(query::exposure_in(
        &state.lock().store,
        &query,
        state.lang(),
    )?)
}
