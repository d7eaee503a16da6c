//! How errors cross to the UI: `{code, message, problems}`, never a debug string.

use disclose_core::error::{Error, ErrorPayload};
use serde::Serialize;

/// The error of every command; serialises as the core's [`ErrorPayload`], whose `code` the
/// UI matches on.
#[derive(Debug)]
pub struct AppError(pub Error);

impl From<Error> for AppError {
    fn from(e: Error) -> Self {
        AppError(e)
    }
}

impl Serialize for AppError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let payload: ErrorPayload = self.0.to_payload();
        payload.serialize(s)
    }
}

pub type AppResult<T> = Result<T, AppError>;
