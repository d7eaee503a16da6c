//! The TypeScript types of everything that crosses to the UI, generated from the Rust
//! types with ts-rs into `ui/src/lib/bindings.ts`. A test fails when that file is stale;
//! `DISCLOSE_BLESS=1 cargo test -p disclose-app bindings` rewrites it.

use ts_rs::{Config, TS};

use crate::commands::*;
use disclose_core::domain::*;
use disclose_core::error::{ErrorCode, ErrorPayload, Location, Problem, Severity};
use disclose_core::import::preview::TablePreview;
use disclose_core::import::{ImportSummary, Mapping, ProgressEvent, ProgressUnit};
use disclose_core::query::*;

macro_rules! declarations {
    ($cfg:expr; $($t:ty),+ $(,)?) => {
        vec![$(format!("export {}", <$t as TS>::decl($cfg))),+]
    };
}

pub fn typescript() -> String {
    // serde_json writes u64 as a plain number, and no count here nears 2^53.
    let cfg = Config::new().with_large_int("number");
    let decls = declarations![&cfg;
        // queries
        Filter, ListQuery, SortKey, RequestPage, RequestRow, Facets, Stats, CategoryCount,
        Granularity, SeriesKey, CompareQuery, CompareRow, CompareBy, Change, FigureSource,
        LibraryEntry, FileHeld, disclose_core::trace::Trace, ExposureQuery, Exposure,
        ExposureRow, Holding, Place, Cause, Reach, PolicyChangeView, StateChange,
        // domain
        Organisation, Category, CategoryClass, Matter, InventoryEntry, PolicyChange,
        PolicyKind, CategoryChange, CategoryState, RequestedCategory, Document, Process,
        Outcome, Disposition, Metric, Scope, Labels, Term,
        // errors
        ErrorPayload, ErrorCode, Problem, Location, Severity,
        // authoring and history
        disclose_core::edit::Save, disclose_core::edit::Target, disclose_core::edit::Saved,
        disclose_core::edit::RecordKind, disclose_core::edit::RecordCounts,
        disclose_core::store::journal::ChangeEntry,
        disclose_core::store::journal::ChangeKind,
        // import
        ImportSummary, disclose_core::import::ImportOutcome, disclose_core::import::Skipped,
        Mapping, ProgressEvent, ProgressUnit, TablePreview,
        // the app's own
        StoreInfo, disclose_charts::ChartKind, disclose_charts::CompareScale, disclose_charts::ChartWords, disclose_charts::ChartFormat, disclose_charts::Tip, ChartRequest, ChartView, RequestDetail, ImportRequest,
        WorkProgress, disclose_report::Format, ReportRequest, disclose_report::Sections,
        disclose_report::Words, disclose_report::Checklist, disclose_report::Item, disclose_report::Status,
        disclose_report::Published, crate::grants::Granted, crate::grants::Use, Choose, FileFilter, About,
    ];
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit:\n\
         // run `DISCLOSE_BLESS=1 cargo test -p disclose-app bindings` after changing them.\n\n",
    );
    for d in decls {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_ts_is_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/src/lib/bindings.ts");
        let fresh = typescript();
        if std::env::var_os("DISCLOSE_BLESS").is_some() {
            std::fs::write(path, &fresh).expect("write bindings");
            return;
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/lib/bindings.ts is stale: run `DISCLOSE_BLESS=1 cargo test -p disclose-app bindings`"
        );
    }
}
