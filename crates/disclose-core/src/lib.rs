//! Disclose core: the domain of government requests for user data, the
//! SQLite store, importers, validation, queries and exports.
//!
//! No GUI and no plotting live here; the CLI, the charts crate and the
//! desktop app are thin layers over this crate.

pub mod date;
pub mod domain;
pub mod error;
pub mod export;
pub mod generate;
pub mod import;
pub mod query;
pub mod schema;
pub mod store;
pub mod validate;

pub use error::{Error, ErrorCode, Result};
pub use store::Store;
