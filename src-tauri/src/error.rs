//! How errors cross to the UI: `{code, message, problems}`, never a debug string, said in
//! the app's language.

use std::sync::atomic::{AtomicU8, Ordering};

use disclose_core::error::{Error, ErrorPayload};
use disclose_core::i18n::Lang;
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

/// The language errors are said in: the app's, kept in step by [`speak`].
static LANG: AtomicU8 = AtomicU8::new(0);

/// Errors from now on are said in `lang` (the app's language changed).
pub fn speak(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LANG.store(index as u8, Ordering::Relaxed);
}

/// The language errors are said in now.
pub fn spoken() -> Lang {
    Lang::ALL
        .get(usize::from(LANG.load(Ordering::Relaxed)))
        .copied()
        .unwrap_or_default()
}

impl Serialize for AppError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let payload: ErrorPayload = self.0.to_payload_in(spoken());
        payload.serialize(s)
    }
}

pub type AppResult<T> = Result<T, AppError>;
