//! Mapping files: how a CSV or XLSX layout maps onto the canonical request columns.
//!
//! A journalist saves one per source (`columns`, `values`, `categories`, ...)
//! and passes it with `--mapping`; nothing else about a layout is code.

use std::collections::BTreeMap;
use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};

/// The `format` every mapping file names.
pub const MAPPING_FORMAT: &str = "disclose-mapping";

/// The canonical request-list columns, in the order of docs/design.md.
pub const CANONICAL_COLUMNS: &[&str] = &[
    "id",
    "organisation",
    "received",
    "answered",
    "authority",
    "country",
    "process",
    "legal_basis",
    "accounts_specified",
    "outcome",
    "nondisclosure_until",
    "users_notified",
    "categories_requested",
    "categories_provided",
    "categories_partial",
    "categories_not_held",
    "categories_withheld",
    "notes",
    "matter",
];

/// The published-count columns, those of the bundle's `aggregates`; a mapping that names
/// one reads its file as counts.
pub const AGGREGATE_COLUMNS: &[&str] = &[
    "organisation",
    "period_start",
    "period_end",
    "country",
    "process",
    "scope",
    "metric",
    "value",
    "value_min",
    "value_max",
    "unit",
    "source",
];

/// Only in internal exports (`--include-subjects`), and accepted back on import.
pub const SUBJECTS_COLUMN: &str = "subjects";

/// How one source's layout maps onto Disclose's columns (see docs/design.md).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Always `disclose-mapping`.
    pub format: String,
    /// Always 1.
    pub version: u32,
    /// XLSX: the worksheet to read; by default the first whose header fits.
    #[serde(default)]
    pub sheet: Option<String>,
    /// 1-based row holding the column names; by default the first non-empty row.
    #[serde(default)]
    pub header_row: Option<u32>,
    /// Source column name -> canonical column; `null` ignores the column.
    #[serde(default)]
    pub columns: BTreeMap<String, Option<String>>,
    /// CSV field delimiter (default `,`); e.g. `;` for files from European spreadsheets.
    #[serde(default)]
    pub delimiter: Option<char>,
    /// Separator inside list cells (default `;`).
    #[serde(default)]
    pub list_separator: Option<String>,
    /// chrono formats for day dates, tried after the ISO forms (e.g. `%m/%d/%Y`).
    #[serde(default)]
    pub date_formats: Vec<String>,
    /// Canonical column -> source value -> canonical value (e.g. process: "Grand Jury Subpoena" -> subpoena).
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    /// Category wording of this source -> category id.
    #[serde(default)]
    pub categories: BTreeMap<String, String>,
    /// Canonical column -> value used where the column is absent or the cell blank.
    #[serde(default)]
    pub defaults: BTreeMap<String, String>,
    /// Turn each run of characters an id may not hold into one dash, so a source's
    /// references such as `NSL-15-419402 (b)` become ids (`NSL-15-419402-b`).
    #[serde(default)]
    pub normalise_ids: bool,
}

/// `NSL-15-419402 (b)` -> `NSL-15-419402-b`: runs of characters outside an id's alphabet
/// become one dash; dashes at either end are dropped.
pub fn normalise_id(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || "._:/#".contains(c) {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

impl Mapping {
    /// Reads and checks a mapping file.
    pub fn load(path: &Path) -> Result<Mapping> {
        let name = path.display().to_string();
        let text = super::text::read_utf8(path)?;
        let m: Mapping =
            serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(&text))
                .map_err(|e| {
                    Error::InvalidInput(vec![Problem::error(
                        &name,
                        Location::JsonPath {
                            path: format!("$.{}", e.path()),
                        },
                        say!("expected-mapping-file", detail = e.inner().to_string()),
                    )])
                })?;
        m.check(&name)?;
        Ok(m)
    }

    fn check(&self, name: &str) -> Result<()> {
        let mut problems = Vec::new();
        let at = |p: &str| Location::JsonPath {
            path: p.to_string(),
        };
        if self.format != MAPPING_FORMAT {
            problems.push(
                Problem::error(
                    name,
                    at("$.format"),
                    Text::verbatim(format!("\"{MAPPING_FORMAT}\"")),
                )
                .field("format")
                .found(&self.format),
            );
        }
        if self.version != 1 {
            problems.push(
                Problem::error(name, at("$.version"), Text::verbatim("1"))
                    .field("version")
                    .found(self.version.to_string()),
            );
        }
        let known = |c: &str| {
            CANONICAL_COLUMNS.contains(&c) || c == SUBJECTS_COLUMN || AGGREGATE_COLUMNS.contains(&c)
        };
        let targets = self
            .columns
            .iter()
            .filter_map(|(k, v)| v.as_deref().map(|v| (format!("$.columns[{k:?}]"), v)));
        let keyed = self
            .values
            .keys()
            .map(|k| (format!("$.values[{k:?}]"), k.as_str()))
            .chain(
                self.defaults
                    .keys()
                    .map(|k| (format!("$.defaults[{k:?}]"), k.as_str())),
            );
        for (path, col) in targets.chain(keyed) {
            if !known(col) {
                problems.push(
                    Problem::error(
                        name,
                        at(&path),
                        say!(
                            "expected-mapping-column",
                            requests = CANONICAL_COLUMNS.join(", "),
                            counts = AGGREGATE_COLUMNS.join(", ")
                        ),
                    )
                    .found(col),
                );
            }
        }
        if self.delimiter.is_some_and(|d| !d.is_ascii() || d == '"') {
            problems.push(
                Problem::error(name, at("$.delimiter"), say!("expected-delimiter"))
                    .found(self.delimiter.map(String::from).unwrap_or_default()),
            );
        }
        if self.list_separator.as_deref() == Some("") {
            problems.push(
                Problem::error(name, at("$.list_separator"), say!("expected-separator")).found(""),
            );
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::InvalidInput(problems))
        }
    }
}

/// Built-in mappings for request lists that companies publish, recognised by their header.
pub fn builtin(header: &[String]) -> Option<Mapping> {
    let names: Vec<&str> = header.iter().map(|h| h.trim()).collect();
    // Google's national security letters released from their nondisclosure orders: one
    // row per letter, the date it was issued and the date the FBI lifted the order.
    if names
        == [
            "National Security Letter (NSL) number",
            "NSL issue date",
            "FBI release letter date",
        ]
    {
        let pairs = |p: &[(&str, &str)]| -> BTreeMap<String, String> {
            p.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        return Some(Mapping {
            format: MAPPING_FORMAT.into(),
            version: 1,
            columns: [
                ("National Security Letter (NSL) number", "id"),
                ("NSL issue date", "received"),
                ("FBI release letter date", "nondisclosure_until"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), Some(v.to_string())))
            .collect(),
            defaults: pairs(&[
                ("organisation", "google"),
                ("process", "national_security"),
                ("authority", "US Federal Bureau of Investigation"),
                ("country", "US"),
                ("legal_basis", "National Security Letter (18 U.S.C. 2709)"),
            ]),
            // Letters in two parts are numbered `NSL-20-525232(a)` and `... (b)`.
            normalise_ids: true,
            ..Mapping::default()
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_become_ids() {
        assert_eq!(normalise_id("NSL-15-419402 (b)"), "NSL-15-419402-b");
        assert_eq!(normalise_id("NSL-20-525232(a)"), "NSL-20-525232-a");
        assert_eq!(normalise_id("  Case #12 / 2023 "), "Case-#12-/-2023");
        assert!(crate::validate::is_valid_id(&normalise_id("=(evil)")));
    }
}
