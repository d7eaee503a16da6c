//! Domain types: exactly the records of the bundle format, version 2 (docs/design.md).
//!
//! Unknown keys are errors everywhere (`deny_unknown_fields`): in a
//! hand-edited file they are nearly always typos, and silently dropping
//! `"nondisclosure_untill"` would lose a fact.

mod category;
mod country;
mod enums;
mod labels;
mod retention;

pub use category::{alias_key, builtin_categories, builtin_label, category_label_in, Vocabulary};
pub use country::{country_code, country_name, country_name_in, country_terms};
pub use enums::{CategoryClass, Disposition, Metric, Outcome, PolicyKind, Process, Scope, Unit};
pub use labels::{Labels, Term};
pub use retention::{retention_expected, Retention};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::date::FuzzyDate;

/// The `format` every bundle names.
pub const BUNDLE_FORMAT: &str = "disclose-bundle";
/// The bundle version this Disclose writes; it reads every version up to it. Version 2
/// added inventory ids and report texts; a version 1 bundle is a valid version 2 bundle.
pub const BUNDLE_VERSION: u32 = 2;

/// Who publishes: e.g. the Python Software Foundation, for PyPI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Short id used by every record that belongs to it (`psf`).
    pub id: String,
    /// The organisation's name ("Python Software Foundation").
    pub name: String,
    /// The service the requests are about, when it differs from the name ("PyPI").
    #[serde(default)]
    pub service: Option<String>,
    /// Where its transparency page or policies are.
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
    /// Id every request and inventory entry uses (`ip_address`).
    pub id: String,
    /// How people read it ("IP address").
    pub label: String,
    /// Its legal class, which decides what process can reach it.
    pub class: CategoryClass,
    /// What it covers, in a sentence.
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
    /// Id unique within the organisation.
    pub id: String,
    /// The organisation the matter's requests went to.
    pub organisation: String,
    /// A short title for people.
    #[serde(default)]
    pub title: Option<String>,
    /// Accounts named over all of the matter's requests, where only the total is public.
    #[serde(default)]
    pub accounts_specified: Option<u32>,
    /// Free text.
    #[serde(default)]
    pub notes: Option<String>,
}

/// Whether an organisation held a category during an interval, and for how long it kept it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct InventoryEntry {
    /// Id unique within the organisation (bundle version 2). Optional on input: an entry
    /// without one keeps the id the store gave it, or gets `category/valid_from`. Always
    /// written on export; not part of the content, so a version 1 file re-imports unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The organisation that holds (or does not hold) the data.
    pub organisation: String,
    /// The data category.
    pub category: String,
    /// Whether it was held during the interval.
    pub held: bool,
    /// How long it was kept.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub retention: Option<Retention>,
    /// The first day this entry describes.
    #[ts(as = "String")]
    pub valid_from: FuzzyDate,
    /// Exclusive end; `null` while the entry still holds.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub valid_to: Option<FuzzyDate>,
    /// Where the data lives (a table, a log, a processor).
    #[serde(default)]
    pub location: Option<String>,
    /// Free text.
    #[serde(default)]
    pub notes: Option<String>,
    /// Where this is stated (a link or a document).
    #[serde(default)]
    pub source: Option<String>,
}

/// The state of one category before or after a policy change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CategoryState {
    /// Whether it was held.
    #[serde(default)]
    pub held: Option<bool>,
    /// How long it was kept.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub retention: Option<Retention>,
    /// Where it lived.
    #[serde(default)]
    pub location: Option<String>,
    /// Free text.
    #[serde(default)]
    pub notes: Option<String>,
}

impl CategoryState {
    /// In plain words: "held, kept indefinitely, in journals"; "nothing stated" when the
    /// state says nothing.
    pub fn describe(&self) -> String {
        self.describe_in(disclose_i18n::Lang::En)
    }

    /// [`CategoryState::describe`] in `lang` ("vorhanden, unbegrenzt gespeichert, in
    /// journals"); the location and notes are record text, as written.
    pub fn describe_in(&self, lang: disclose_i18n::Lang) -> String {
        use disclose_i18n as i18n;
        let mut parts = Vec::new();
        if let Some(h) = self.held {
            parts.push(
                i18n::text(lang, if h { "state-held" } else { "state-not-held" }).to_string(),
            );
        }
        parts.extend(self.retention.as_ref().map(|r| r.kept_in(lang)));
        parts.extend(
            self.location
                .as_ref()
                .map(|l| i18n::message(lang, "state-in", &[("location", l.as_str().into())])),
        );
        parts.extend(self.notes.clone());
        if parts.is_empty() {
            i18n::text(lang, "state-nothing-stated").into()
        } else {
            parts.join(", ")
        }
    }
}

/// What one policy change did to one category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CategoryChange {
    /// The category it touched.
    pub category: String,
    /// How things stood before (None: not stated).
    #[serde(default)]
    pub before: Option<CategoryState>,
    /// How things stood after (None: not stated).
    #[serde(default)]
    pub after: Option<CategoryState>,
}

/// A dated change of retention, collection, disclosure or notification policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct PolicyChange {
    /// Id unique within the organisation.
    pub id: String,
    /// The organisation whose policy changed.
    pub organisation: String,
    /// When it took effect.
    #[ts(as = "String")]
    pub date: FuzzyDate,
    /// What kind of policy it changed.
    pub kind: PolicyKind,
    /// What changed, in a sentence.
    pub summary: String,
    /// What it changed, category by category.
    #[serde(default)]
    pub changes: Vec<CategoryChange>,
    /// Where it is documented.
    #[serde(default)]
    pub source: Option<String>,
}

/// The texts a report may have: its title, introduction, contact, methodology, which
/// sections are on (`sections`: their names, comma-separated), and a note under each
/// section (`note.summary`, `note.categories`, ...).
pub const REPORT_TEXT_KEYS: &[&str] = &[
    "title",
    "introduction",
    "contact",
    "methodology",
    "sections",
    "note.summary",
    "note.comparison",
    "note.categories",
    "note.inventory",
    "note.policy",
    "note.requests",
    "note.exposure",
    "note.context",
];

/// One text of an organisation's transparency report for a period, as its staff wrote it
/// (Markdown).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ReportText {
    /// The organisation the report is about.
    pub organisation: String,
    /// The period it covers (`2023`, `2023-01/2023-06`).
    #[ts(as = "String")]
    pub period: FuzzyDate,
    /// Which text (one of `REPORT_TEXT_KEYS`).
    pub key: String,
    /// The text, in Markdown.
    pub text: String,
}

/// One requested data category and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct RequestedCategory {
    /// The category asked for.
    pub category: String,
    /// Every wording of the request that named this category.
    #[serde(default)]
    pub requested_as: Vec<String>,
    /// What happened to it.
    pub disposition: Disposition,
}

/// A document of a request (the subpoena, the answer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Its title.
    pub title: String,
    /// Where it is published.
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
    /// The account identifier as the request named it (never shown outside an internal export).
    pub identifier: String,
}

/// One government demand for user data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// The organisation's reference, unique within the organisation.
    pub id: String,
    /// The organisation the request went to.
    pub organisation: String,
    /// When it arrived, as precise as the source is.
    #[ts(as = "String")]
    pub received: FuzzyDate,
    /// When it was answered.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub answered: Option<FuzzyDate>,
    /// Who asked ("US Department of Justice").
    #[serde(default)]
    pub authority: Option<String>,
    /// ISO 3166-1 alpha-2 code of the requesting country.
    #[serde(default)]
    pub country: Option<String>,
    /// The legal process behind it.
    pub process: Process,
    /// The law or rule it cited.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Accounts named; `null` when unknown (see the matter for totals).
    #[serde(default)]
    pub accounts_specified: Option<u32>,
    /// The end of a nondisclosure order, if one came with it.
    #[serde(default)]
    #[ts(as = "Option<String>")]
    pub nondisclosure_until: Option<FuzzyDate>,
    /// `null` when unknown.
    #[serde(default)]
    pub users_notified: Option<bool>,
    /// What the organisation did with it.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// Free text.
    #[serde(default)]
    pub notes: Option<String>,
    /// The matter (investigation) it belongs to.
    #[serde(default)]
    pub matter: Option<String>,
    /// Each category asked for, with its wording and what happened to it.
    #[serde(default)]
    pub categories: Vec<RequestedCategory>,
    /// Its documents.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// The accounts it named; kept apart, never shown.
    #[serde(default)]
    pub subjects: Vec<Subject>,
}

/// A published count for a period (the large companies publish only these).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Aggregate {
    /// The organisation that published the figure.
    pub organisation: String,
    /// The first day of the period it covers.
    #[ts(as = "String")]
    pub period_start: FuzzyDate,
    /// The last day of the period it covers.
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
    /// What it counts.
    pub metric: Metric,
    /// The figure, when exact (None: a band, or unknown).
    #[serde(default)]
    pub value: Option<f64>,
    /// Lower bound where the figure is published as a band ("1,250 - 1,499").
    #[serde(default)]
    pub value_min: Option<f64>,
    /// The upper bound of a band.
    #[serde(default)]
    pub value_max: Option<f64>,
    /// What the value counts in.
    pub unit: Unit,
    /// Where the figure comes from: the file, its rows, wording and checksum.
    #[serde(default)]
    pub source: Option<String>,
}

/// The lossless exchange format (docs/design.md "Bundle").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
// data: the JSON Schema's title, for the schema file.
#[schemars(title = "Disclose bundle, version 2")]
pub struct Bundle {
    /// Always `disclose-bundle`.
    pub format: String,
    /// 2 when written by this Disclose; 1 (no inventory ids) is read as well.
    pub version: u32,
    /// Who receives or publishes.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// The data categories beyond the built-in ones.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// Investigations that group requests.
    #[serde(default)]
    pub matters: Vec<Matter>,
    /// What was held when.
    #[serde(default)]
    pub inventory: Vec<InventoryEntry>,
    /// Policy changes.
    #[serde(default)]
    pub policy_changes: Vec<PolicyChange>,
    /// The texts of transparency reports (version 2).
    #[serde(default)]
    pub report_texts: Vec<ReportText>,
    /// Requests, each with its categories, documents and subjects.
    #[serde(default)]
    pub requests: Vec<Request>,
    /// Published counts.
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
            report_texts: Vec::new(),
            requests: Vec::new(),
            aggregates: Vec::new(),
        }
    }
}
