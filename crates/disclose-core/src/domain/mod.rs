//! Domain types: exactly the records of the bundle v1 format (docs/design.md).
//!
//! Unknown keys are errors everywhere (`deny_unknown_fields`): in a
//! hand-edited file they are nearly always typos, and silently dropping
//! `"nondisclosure_untill"` would lose a fact.

mod category;
mod country;
mod enums;
mod labels;
mod retention;

pub use category::{alias_key, builtin_categories, Vocabulary};
pub use country::country_code;
pub use enums::{CategoryClass, Disposition, Metric, Outcome, PolicyKind, Process, Scope, Unit};
pub use labels::{Labels, Term};
pub use retention::{Retention, RETENTION_EXPECTED};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::date::FuzzyDate;

pub const BUNDLE_FORMAT: &str = "disclose-bundle";
pub const BUNDLE_VERSION: u32 = 1;

/// Who publishes: e.g. the Python Software Foundation, for PyPI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub service: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

impl Organisation {
    /// "Name (service)" as people read it: "Python Software Foundation (PyPI)"; the name
    /// alone when there is no service or it says the same.
    pub fn label(&self) -> String {
        match &self.service {
            Some(s) if *s != self.name => format!("{} ({s})", self.name),
            _ => self.name.clone(),
        }
    }
}

/// A kind of user data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub label: String,
    pub class: CategoryClass,
    #[serde(default)]
    pub description: Option<String>,
    /// Wordings found in legal documents that mean this category.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Requests from one investigation; carries the account total where only that is public.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Matter {
    pub id: String,
    pub organisation: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub accounts_specified: Option<u32>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// Whether an organisation held a category during an interval, and for how long it kept it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct InventoryEntry {
    pub organisation: String,
    pub category: String,
    pub held: bool,
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub retention: Option<Retention>,
    #[ts(as = "String")]
    pub valid_from: FuzzyDate,
    /// Exclusive end; `null` while the entry still holds.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub valid_to: Option<FuzzyDate>,
    /// Where the data lives (a table, a log, a processor).
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

/// The state of one category before or after a policy change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CategoryState {
    #[serde(default)]
    pub held: Option<bool>,
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub retention: Option<Retention>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CategoryChange {
    pub category: String,
    #[serde(default)]
    pub before: Option<CategoryState>,
    #[serde(default)]
    pub after: Option<CategoryState>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct PolicyChange {
    pub id: String,
    pub organisation: String,
    #[ts(as = "String")]
    pub date: FuzzyDate,
    pub kind: PolicyKind,
    pub summary: String,
    #[serde(default)]
    pub changes: Vec<CategoryChange>,
    #[serde(default)]
    pub source: Option<String>,
}

/// One requested data category and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct RequestedCategory {
    pub category: String,
    /// Every wording of the request that named this category.
    #[serde(default)]
    pub requested_as: Vec<String>,
    pub disposition: Disposition,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// Lower-case hex SHA-256 of the document, if known.
    #[serde(default)]
    pub sha256: Option<String>,
}

/// An account named in a request. Sensitive: never exported, charted or logged by default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    pub identifier: String,
}

/// One government demand for user data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub id: String,
    pub organisation: String,
    #[ts(as = "String")]
    pub received: FuzzyDate,
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub answered: Option<FuzzyDate>,
    #[serde(default)]
    pub authority: Option<String>,
    /// ISO 3166-1 alpha-2 code of the requesting country.
    #[serde(default)]
    pub country: Option<String>,
    pub process: Process,
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Accounts named; `null` when unknown (see the matter for totals).
    #[serde(default)]
    pub accounts_specified: Option<u32>,
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub nondisclosure_until: Option<FuzzyDate>,
    /// `null` when unknown.
    #[serde(default)]
    pub users_notified: Option<bool>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub matter: Option<String>,
    #[serde(default)]
    pub categories: Vec<RequestedCategory>,
    #[serde(default)]
    pub documents: Vec<Document>,
    #[serde(default)]
    pub subjects: Vec<Subject>,
}

/// A published count for a period (the large companies publish only these).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Aggregate {
    pub organisation: String,
    #[ts(as = "String")]
    pub period_start: FuzzyDate,
    #[ts(as = "String")]
    pub period_end: FuzzyDate,
    /// ISO 3166-1 alpha-2 code; `null` for a global figure.
    #[serde(default)]
    pub country: Option<String>,
    /// `null` when the figure covers all processes.
    #[serde(default)]
    pub process: Option<Process>,
    /// `null` for requests about user accounts' data; else what the requests were about.
    /// Left out of JSON when null, so bundles and content hashes from before it stay equal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    pub metric: Metric,
    #[serde(default)]
    pub value: Option<f64>,
    /// Lower bound where the figure is published as a band ("1,250 - 1,499").
    #[serde(default)]
    pub value_min: Option<f64>,
    #[serde(default)]
    pub value_max: Option<f64>,
    pub unit: Unit,
    #[serde(default)]
    pub source: Option<String>,
}

/// The lossless exchange format (docs/design.md "Bundle v1").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Disclose bundle, version 1")]
pub struct Bundle {
    /// Always `disclose-bundle`.
    pub format: String,
    /// Always 1 for this schema.
    pub version: u32,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub matters: Vec<Matter>,
    #[serde(default)]
    pub inventory: Vec<InventoryEntry>,
    #[serde(default)]
    pub policy_changes: Vec<PolicyChange>,
    #[serde(default)]
    pub requests: Vec<Request>,
    #[serde(default)]
    pub aggregates: Vec<Aggregate>,
}

impl Default for Bundle {
    fn default() -> Self {
        Bundle {
            format: BUNDLE_FORMAT.to_string(),
            version: BUNDLE_VERSION,
            organisations: Vec::new(),
            categories: Vec::new(),
            matters: Vec::new(),
            inventory: Vec::new(),
            policy_changes: Vec::new(),
            requests: Vec::new(),
            aggregates: Vec::new(),
        }
    }
}
