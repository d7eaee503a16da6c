//! One error shape for the whole project.
//!
//! Every failure the user can meet is an [`Error`]; each maps to a small
//! [`ErrorCode`] that front ends match on (never the message text) and to an
//! exit code for the CLI. Bad input data is reported as a list of
//! [`Problem`]s, each naming the file, where in it, the field, what was found
//! and what was expected.

use std::fmt;
use std::path::PathBuf;

use disclose_i18n::{say, Lang, Text};
use serde::Serialize;
use ts_rs::TS;

/// Machine-readable error kinds. Front ends switch on these; the message is for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The input file is not valid (syntax, types, references, semantics). Nothing was written.
    InvalidInput,
    /// The file re-states a record that the store holds with other content.
    Conflict,
    /// A file or the store could not be read or written.
    Io,
    /// The store was written by a newer Disclose, or is not a Disclose store.
    IncompatibleStore,
    /// The caller asked for something that cannot be done (bad option, unknown id).
    Usage,
    /// The user cancelled a long operation. Nothing was written.
    Cancelled,
    /// Another Disclose (the app, the CLI) is writing to the store; nothing was written.
    Busy,
    /// A bug or an unexpected database failure.
    Internal,
}

impl ErrorCode {
    /// Exit code of the `disclose` command for this kind of error (sysexits.h).
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorCode::InvalidInput | ErrorCode::Conflict => 65,
            ErrorCode::Io | ErrorCode::IncompatibleStore => 74,
            ErrorCode::Usage => 2,
            ErrorCode::Cancelled => 130,
            ErrorCode::Busy => 75,
            ErrorCode::Internal => 70,
        }
    }
}

/// Every failure a user can meet. Its words are catalogue messages ([`Text`]), said in
/// the reader's language where the error is shown ([`Error::in_lang`]); `Display` is English.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not valid; every problem is listed, and nothing was written.
    #[error("{}", self.in_lang(Lang::En))]
    InvalidInput(Vec<Problem>),
    /// The input states stored records differently; nothing was written.
    #[error("{}", self.in_lang(Lang::En))]
    Conflict(Vec<Problem>),
    /// A file or the store could not be read or written.
    #[error("{}", self.in_lang(Lang::En))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The store is not Disclose's, or was written by a newer Disclose.
    #[error("{}", self.in_lang(Lang::En))]
    IncompatibleStore {
        /// The store file.
        path: PathBuf,
        /// What is wrong with it.
        message: Text,
    },
    /// The caller asked for something that cannot be done.
    #[error("{0}")]
    Usage(Text),
    /// The user stopped a long operation; nothing was written.
    #[error("{}", self.in_lang(Lang::En))]
    Cancelled,
    /// Another writer held the store for longer than the wait allows.
    #[error("{}", self.in_lang(Lang::En))]
    Busy,
    /// The store's file could not be read or written as SQLite needs: damaged, disk
    /// full, read-only. Nothing was written, and Disclose never writes over such a file.
    #[error("{0}")]
    Storage(Text),
    /// SQLite failed unexpectedly.
    #[error("{}", self.in_lang(Lang::En))]
    Database(rusqlite::Error),
    /// A bug. Its words are for whoever fixes it, and stay as the code wrote them.
    #[error("{0}")]
    Internal(String),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy
            }
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                Error::Storage(say!("error-store-damaged"))
            }
            Some(rusqlite::ErrorCode::DiskFull) => Error::Storage(say!("error-disk-full")),
            Some(rusqlite::ErrorCode::ReadOnly) => Error::Storage(say!("error-store-read-only")),
            Some(rusqlite::ErrorCode::SystemIoFailure) => {
                Error::Storage(say!("error-store-unreadable", detail = e.to_string()))
            }
            _ => Error::Database(e),
        }
    }
}

impl Error {
    /// The kind of error front ends match on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::Io { .. } | Error::Storage(_) => ErrorCode::Io,
            Error::IncompatibleStore { .. } => ErrorCode::IncompatibleStore,
            Error::Usage(_) => ErrorCode::Usage,
            Error::Cancelled => ErrorCode::Cancelled,
            Error::Busy => ErrorCode::Busy,
            Error::Database(_) | Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// The problems behind an invalid-input or conflict error (empty otherwise).
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::InvalidInput(p) | Error::Conflict(p) => p,
            _ => &[],
        }
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Error::InvalidInput(p) | Error::Conflict(p) => problems_summary(p, lang),
            Error::Io { path, source } => {
                format!("{}: {}", path.display(), io_words(source).in_lang(lang))
            }
            Error::IncompatibleStore { path, message } => {
                format!("{}: {}", path.display(), message.in_lang(lang))
            }
            Error::Usage(t) | Error::Storage(t) => t.in_lang(lang),
            Error::Cancelled => say!("error-was-cancelled").in_lang(lang),
            Error::Busy => say!("error-busy").in_lang(lang),
            Error::Database(e) => say!("error-database", detail = e.to_string()).in_lang(lang),
            Error::Internal(s) => s.clone(),
        }
    }

    /// The `{code, message, problems}` shape that crosses to the UI and `--json`, said in
    /// `lang`.
    pub fn to_payload_in(&self, lang: Lang) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.in_lang(lang),
            problems: self.problems().iter().map(|p| p.said_in(lang)).collect(),
        }
    }
}

/// What the system said of a file, in words of the catalogue where the kind is a common one.
fn io_words(e: &std::io::Error) -> Text {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => say!("error-io-not-found"),
        ErrorKind::PermissionDenied => say!("error-io-permission"),
        ErrorKind::AlreadyExists => say!("error-io-exists"),
        ErrorKind::IsADirectory => say!("error-io-is-folder"),
        ErrorKind::NotADirectory => say!("error-io-not-folder"),
        ErrorKind::StorageFull => say!("error-io-disk-full"),
        ErrorKind::ReadOnlyFilesystem => say!("error-io-read-only"),
        _ => Text::verbatim(e.to_string()),
    }
}

/// The result of everything in Disclose.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error as it crosses to the app's window and the CLI's `--json`: `{code, message, problems}`.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    /// What front ends match on.
    pub code: ErrorCode,
    /// For people.
    pub message: String,
    /// Every problem of bad input.
    pub problems: Vec<Problem>,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Nothing was written.
    Error,
    /// Written, but worth a look.
    Warning,
}

/// Where in a file a problem sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Location {
    /// The file as a whole (empty, wrong encoding, unknown layout).
    File,
    /// A line of a text file, 1-based. For CSV, the line the record starts on.
    Line {
        /// The line.
        line: u64,
    },
    /// A JSON path such as `$.requests[2].received`.
    JsonPath {
        /// The path.
        path: String,
    },
    /// A worksheet row, 1-based as spreadsheet programs show it.
    Sheet {
        /// The sheet's name.
        sheet: String,
        /// The row.
        row: u64,
    },
}

impl Location {
    /// Where, in `lang`: "line 7", "Zeile 7".
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Location::File => String::new(),
            Location::Line { line } => say!("problem-line", line = line.to_string()).in_lang(lang),
            Location::JsonPath { path } => path.clone(),
            Location::Sheet { sheet, row } => say!(
                "problem-sheet",
                sheet = sheet.as_str(),
                row = row.to_string()
            )
            .in_lang(lang),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// One thing wrong (or doubtful) in an input file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// Whether it stopped the import.
    pub severity: Severity,
    /// The file.
    pub file: String,
    /// Where in the file.
    pub location: Location,
    /// The field or column.
    pub field: Option<String>,
    /// What the file holds, shortened; `None` where it must not be shown (subjects).
    #[ts(type = "string | null")]
    pub found: Option<Text>,
    /// What was expected instead.
    #[ts(type = "string")]
    pub expected: Text,
}

impl Problem {
    /// An error at `location` of `file`, saying what was expected.
    pub fn error(file: &str, location: Location, expected: Text) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.to_string(),
            location,
            field: None,
            found: None,
            expected,
        }
    }

    /// A warning at `location` of `file`.
    pub fn warning(file: &str, location: Location, expected: Text) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(file, location, expected)
        }
    }

    /// Names the field.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Records what was found, cut to a readable length.
    pub fn found(mut self, found: impl AsRef<str>) -> Self {
        self.found = Some(Text::verbatim(shorten(found.as_ref(), 80)));
        self
    }

    /// Says in words what was found where the file's own text would not tell ("nothing",
    /// "an empty file").
    pub fn found_words(mut self, found: Text) -> Self {
        self.found = Some(found);
        self
    }

    /// The problem with its words said in `lang` (what crosses to the window and `--json`).
    pub fn said_in(&self, lang: Lang) -> Problem {
        Problem {
            found: self.found.as_ref().map(|f| Text::verbatim(f.in_lang(lang))),
            expected: Text::verbatim(self.expected.in_lang(lang)),
            ..self.clone()
        }
    }

    /// One line naming everything, in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let mut out = String::new();
        if self.severity == Severity::Warning {
            out.push_str(&say!("problem-warning").in_lang(lang));
        }
        out.push_str(&self.file);
        if self.location != Location::File {
            out.push_str(": ");
            out.push_str(&self.location.in_lang(lang));
        }
        if let Some(field) = &self.field {
            out.push_str(": ");
            out.push_str(&say!("problem-at-field", field = field.as_str()).in_lang(lang));
        }
        if let Some(found) = &self.found {
            out.push_str(": ");
            out.push_str(&say!("problem-at-found", found = found.in_lang(lang)).in_lang(lang));
        }
        out.push_str(": ");
        out.push_str(&say!("problem-at-expected", expected = self.expected.clone()).in_lang(lang));
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

fn problems_summary(problems: &[Problem], lang: Lang) -> String {
    let errors: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    match errors.as_slice() {
        [] => say!("problems-none").in_lang(lang),
        [one] => one.in_lang(lang),
        [first, rest @ ..] => say!(
            "problems-and-more",
            first = first.in_lang(lang),
            more = rest.len()
        )
        .in_lang(lang),
    }
}

/// Cuts `s` to at most `max` characters, marking the cut with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Collects problems up to a limit, so one bad file reports many errors, not just the first.
#[derive(Debug)]
pub struct Problems {
    limit: usize,
    items: Vec<Problem>,
    errors: usize,
    dropped: usize,
}

impl Problems {
    /// How many problems a file lists by default.
    pub const DEFAULT_LIMIT: usize = 50;

    /// A collector that lists at most `limit` problems.
    pub fn new(limit: usize) -> Self {
        Problems {
            limit,
            items: Vec::new(),
            errors: 0,
            dropped: 0,
        }
    }

    /// Adds a problem (counted even past the limit).
    pub fn push(&mut self, p: Problem) {
        if p.severity == Severity::Error {
            self.errors += 1;
        }
        if self.items.len() < self.limit {
            self.items.push(p);
        } else {
            self.dropped += 1;
        }
    }

    /// Whether any error (not warning) was pushed.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// True once the limit is reached: callers may stop reading.
    pub fn full(&self) -> bool {
        self.items.len() >= self.limit
    }

    /// Errors pushed, listed or not.
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// Problems past the limit, not listed.
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    /// The listed problems.
    pub fn into_vec(self) -> Vec<Problem> {
        self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_reads_as_one_line_naming_everything() {
        let p = Problem::error(
            "a.csv",
            Location::Line { line: 7 },
            say!("expected-one-of", list = "subpoena, court_order"),
        )
        .field("process")
        .found("subpena");
        assert_eq!(
            p.to_string(),
            "a.csv: line 7: field \"process\": found \"subpena\": expected one of subpoena, court_order"
        );
        assert_eq!(
            p.in_lang(Lang::De),
            "a.csv: Zeile 7: Feld „process“: gefunden „subpena“: erwartet: eines von subpoena, court_order"
        );
    }

    #[test]
    fn collector_keeps_counting_past_its_limit() {
        let mut c = Problems::new(2);
        for _ in 0..5 {
            c.push(Problem::error("f", Location::File, Text::verbatim("x")));
        }
        assert_eq!(c.error_count(), 5);
        assert_eq!(c.dropped(), 3);
        assert!(c.full());
    }

    #[test]
    fn exit_codes_follow_the_contract() {
        use ErrorCode::*;
        // docs/design.md: sysexits.h's EX_DATAERR (65), EX_SOFTWARE (70) and EX_IOERR
        // (74), 2 for usage as clap has it, 130 for an interrupted run. The match makes a
        // new code fail to compile here until its exit code is decided.
        for &code in <ErrorCode as strum::VariantArray>::VARIANTS {
            let documented = match code {
                InvalidInput | Conflict => 65,
                Io | IncompatibleStore => 74,
                Usage => 2,
                Cancelled => 130,
                Busy => 75,
                Internal => 70,
            };
            assert_eq!(code.exit_code(), documented, "{code:?}");
        }
    }
}
