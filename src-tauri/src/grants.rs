//! Paths the user granted. A file or folder enters the app only through a dialog the shell
//! shows (`choose_files`), a drop on the window, or the command line; each is recorded here
//! for one use (import, open as the store, one kind of export, publish), and the page gets
//! an opaque grant id and the paths to show. No command takes a path from the page: a grant
//! that was never made, or is used for another purpose, is refused before anything is read
//! or written. A grant ends when its use succeeds; a failed or cancelled use keeps it, so the
//! user can map columns or retry without choosing the file again.

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use disclose_core::error::{Error, Result};
use disclose_core::i18n::{say, Text};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the user chose a path for. A grant serves its own use and no other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Use {
    /// Files, folders or zips to import (and to preview for the column mapping).
    Import,
    /// A store file to open (or create).
    OpenStore,
    /// Where to write the store as a bundle.
    ExportBundle,
    /// Where to write the request table as CSV.
    ExportTable,
    /// Where to write a chart (SVG, PNG, CSV or HTML).
    ExportChart,
    /// Where to write the report (HTML or Markdown).
    ExportReport,
    /// The folder to publish the report into.
    PublishReport,
}

impl Use {
    /// The use in a sentence: "chosen to {doing}".
    fn doing(self) -> Text {
        let id = match self {
            Use::Import => "import",
            Use::OpenStore => "open_store",
            Use::ExportBundle => "export_bundle",
            Use::ExportTable => "export_table",
            Use::ExportChart => "export_chart",
            Use::ExportReport => "export_report",
            Use::PublishReport => "publish_report",
        };
        say!("grant-use", used = id)
    }
}

/// A grant as the page sees it: the id it passes back, and the paths to show the user.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Granted {
    pub grant: String,
    pub paths: Vec<String>,
}

#[derive(Debug, Clone)]
struct Grant {
    purpose: Use,
    paths: Vec<PathBuf>,
}

type Book = Arc<Mutex<HashMap<String, Grant>>>;

/// The grants of this run of the app.
pub struct Grants {
    book: Book,
    next: AtomicU64,
    /// Keyed by the operating system's randomness once per run: ids cannot be guessed.
    keys: RandomState,
}

impl Default for Grants {
    fn default() -> Self {
        Grants {
            book: Book::default(),
            next: AtomicU64::new(1),
            keys: RandomState::new(),
        }
    }
}

impl Grants {
    /// Records paths the user chose (in the shell's dialog, by a drop, on the command line)
    /// for one use.
    pub fn grant(&self, purpose: Use, paths: Vec<PathBuf>) -> Granted {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let id = format!("{n}-{:016x}", self.keys.hash_one(n));
        let shown = paths.iter().map(|p| p.display().to_string()).collect();
        self.book().insert(id.clone(), Grant { purpose, paths });
        Granted {
            grant: id,
            paths: shown,
        }
    }

    /// The paths of a grant, for a look that does not use it up (the first rows of a file
    /// for the mapping step).
    pub fn peek(&self, id: &str, purpose: Use) -> Result<Vec<PathBuf>> {
        let book = self.book();
        Ok(checked(book.get(id), id, purpose)?.paths.clone())
    }

    /// Takes a grant for its use. The lease gives it back when dropped unless `spent`, so
    /// a use that fails leaves the grant for another try; while leased, no one else can
    /// use it.
    pub fn take(&self, id: &str, purpose: Use) -> Result<Lease> {
        let mut book = self.book();
        checked(book.get(id), id, purpose)?;
        let grant = book.remove(id);
        Ok(Lease {
            book: self.book.clone(),
            id: id.to_string(),
            grant,
        })
    }

    fn book(&self) -> std::sync::MutexGuard<'_, HashMap<String, Grant>> {
        self.book.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn checked<'a>(grant: Option<&'a Grant>, id: &str, purpose: Use) -> Result<&'a Grant> {
    match grant {
        Some(g) if g.purpose == purpose => Ok(g),
        Some(g) => Err(Error::Usage(say!(
            "error-grant-other-use",
            chosen = g.purpose.doing(),
            wanted = purpose.doing()
        ))),
        None => Err(Error::Usage(say!("error-grant-unknown", id = shorten(id)))),
    }
}

/// An id from the page is shown in the error, but never at any length.
fn shorten(id: &str) -> String {
    id.chars().take(40).collect()
}

/// A grant taken for one use; see [`Grants::take`].
pub struct Lease {
    book: Book,
    id: String,
    grant: Option<Grant>,
}

impl Lease {
    pub fn paths(&self) -> &[PathBuf] {
        self.grant.as_ref().map_or(&[], |g| g.paths.as_slice())
    }

    /// The one path of a grant made by a dialog that picks one file or folder.
    pub fn path(&self) -> Result<&Path> {
        match self.paths() {
            [one] => Ok(one),
            many => Err(Error::Usage(say!(
                "error-grant-one-file",
                chosen = many.len()
            ))),
        }
    }

    /// The use succeeded: the grant ends.
    pub fn spent(mut self) {
        self.grant = None;
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(grant) = self.grant.take() {
            self.book
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(std::mem::take(&mut self.id), grant);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grant_serves_its_own_use_once_and_survives_a_failed_use() {
        let grants = Grants::default();
        let g = grants.grant(Use::ExportTable, vec![PathBuf::from("/tmp/out.csv")]);
        assert_eq!(g.paths, ["/tmp/out.csv"]);

        let other = grants
            .take(&g.grant, Use::ExportBundle)
            .err()
            .expect("refused");
        assert!(
            other
                .to_string()
                .contains("chosen to export the table to, not to export the store to"),
            "{other}"
        );

        let lease = grants.take(&g.grant, Use::ExportTable).expect("granted");
        assert!(
            grants.take(&g.grant, Use::ExportTable).is_err(),
            "not twice at once"
        );
        drop(lease); // the write failed
        let lease = grants
            .take(&g.grant, Use::ExportTable)
            .expect("kept after a failure");
        assert_eq!(lease.path().expect("one"), Path::new("/tmp/out.csv"));
        lease.spent();
        let used = grants
            .take(&g.grant, Use::ExportTable)
            .err()
            .expect("used up");
        assert!(used.to_string().contains("used already"), "{used}");
    }

    #[test]
    fn a_path_or_a_made_up_id_is_no_grant() {
        let grants = Grants::default();
        let real = grants.grant(Use::Import, vec![PathBuf::from("/tmp/a.csv")]);
        for forged in [
            "/etc/passwd",
            "../x",
            "1",
            "",
            &real.grant[..real.grant.len() - 1],
        ] {
            assert!(grants.peek(forged, Use::Import).is_err(), "{forged:?}");
            assert!(grants.take(forged, Use::Import).is_err(), "{forged:?}");
        }
        let again = grants.grant(Use::Import, vec![PathBuf::from("/tmp/a.csv")]);
        assert_ne!(real.grant, again.grant, "each choice is its own grant");
    }
}
