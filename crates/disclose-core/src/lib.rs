//! Disclose core: the domain of government requests for user data, the
//! SQLite store, importers, validation, queries and exports.
//!
//! No GUI and no plotting live here; the CLI, the charts crate and the
//! desktop app are thin layers over this crate.

#![warn(missing_docs)]

pub mod date;
pub mod domain;
pub mod edit;
pub mod error;
pub mod export;
pub mod generate;
pub mod import;
pub mod query;
pub mod schema;
pub mod store;
pub(crate) mod text_hash;
pub mod trace;
pub mod validate;

pub use error::{Error, ErrorCode, Result};

/// A count with thousands separators, as a journalist would print it in English
/// (1,234,567): CLDR's grouping, from the catalogues' crate (`i18n::number` for a language).
pub fn thousands(n: u64) -> String {
    disclose_i18n::number(disclose_i18n::Lang::En, n)
}

/// Messages, numbers and months in English and German (the catalogues).
pub use disclose_i18n as i18n;
pub use store::Store;
