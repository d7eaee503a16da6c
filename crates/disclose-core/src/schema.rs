//! The published JSON Schemas, generated from the Rust types so they cannot drift.

use crate::domain::Bundle;
use crate::import::Mapping;

/// Where the schemas live in the repository, relative to the workspace root.
pub const BUNDLE_SCHEMA_PATH: &str = "assets/schema/disclose-bundle-v2.json";
/// Where the mapping schema is committed.
pub const MAPPING_SCHEMA_PATH: &str = "assets/schema/disclose-mapping-v1.json";

fn pretty(schema: &schemars::Schema) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_default();
    s.push('\n');
    s
}

/// The bundle JSON Schema (version 2), generated from the Rust types.
pub fn bundle_schema() -> String {
    pretty(&schemars::schema_for!(Bundle))
}

/// The mapping v1 JSON Schema.
pub fn mapping_schema() -> String {
    pretty(&schemars::schema_for!(Mapping))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// Fails when a type changed but the committed schema did not.
    /// Run with `DISCLOSE_BLESS=1` to rewrite the files.
    #[test]
    fn committed_schemas_are_up_to_date() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        for (path, fresh) in [
            (BUNDLE_SCHEMA_PATH, bundle_schema()),
            (MAPPING_SCHEMA_PATH, mapping_schema()),
        ] {
            let file = root.join(path);
            if std::env::var_os("DISCLOSE_BLESS").is_some() {
                std::fs::create_dir_all(file.parent().unwrap_or(&root)).ok();
                std::fs::write(&file, &fresh).ok();
            }
            let committed = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                committed == fresh,
                "{path} is stale; regenerate it with DISCLOSE_BLESS=1 cargo test -p disclose-core schema"
            );
        }
    }

    #[test]
    fn schema_names_the_contract_fields() {
        let s = bundle_schema();
        for field in [
            "nondisclosure_until",
            "requested_as",
            "value_min",
            "accounts_specified",
        ] {
            assert!(s.contains(field), "{field}");
        }
        assert!(s.contains("\"additionalProperties\": false"));
    }
}
