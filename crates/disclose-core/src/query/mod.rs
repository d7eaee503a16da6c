//! Read-side queries: the aggregates behind the charts, the report and the app.
//!
//! None of these read the subjects table; counts are all they publish.
//!
//! One module per domain: `filter` (what a query covers), `stats`, `periods`, `matrix`,
//! `compare`, `exposure` (a request replayed on another date), `requests` (the request
//! table and its facets, `bitmaps` the rowids a filter leaves, `order` a page's rowids in
//! sort order), `lookups` (single records, lists and labels) and `library`
//! (the publishers, layouts, files and periods the store holds).

mod bitmaps;
mod compare;
mod exposure;
mod filter;
mod library;
mod lookups;
mod matrix;
mod order;
mod periods;
mod requests;
mod stats;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{
    Category, Disposition, InventoryEntry, Organisation, Outcome, PolicyChange, Process,
};
use crate::error::{Error, Result};
use crate::i18n::say;
use crate::store::requests::{each_category, Q_CATEGORY, Q_DISPOSITION};
use crate::store::{self, Store};

pub use compare::*;
pub use exposure::*;
pub use filter::*;
pub use library::*;
pub use lookups::*;
pub use matrix::*;
pub use periods::*;
pub use requests::*;
pub use stats::*;
