//! Whole folders and zips: the files an import is given, opened up into the files it reads.
//!
//! A folder is walked (at most [`MAX_FILES`] files); a zip is read entry by entry, each
//! recognised entry inflated (within the archive limits of `limits`) into a private
//! temporary folder that is removed when the import ends, never beside the user's files.
//! A file in no known layout (a README, a PDF, an unknown CSV) is skipped, with what it
//! lacked; a zip with a path leading out of it (`../`), a zip inside a zip, a bomb or a
//! folder of too many files refuses the whole import. Files given one by one are read as
//! they are, so a wrong one is still an error.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::limits::{MAX_INFLATED_BYTES, MAX_INFLATE_RATIO};
use super::{counts_table, display_name, mapping, published};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::thousands;

/// The most files a folder or a zip may hold.
pub const MAX_FILES: usize = 1_000;
/// How deep a folder is walked.
const MAX_DEPTH: usize = 4;

/// A file of a folder or zip that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Skipped {
    /// The file, as "folder/name" or "archive.zip/name".
    pub file: String,
    /// What it lacked ("not a .json, .csv or .xlsx file", "a known layout: ...").
    #[ts(type = "string")]
    pub reason: Text,
}

impl Skipped {
    /// The reason said in `lang` (what crosses to the window).
    pub fn said_in(&self, lang: crate::i18n::Lang) -> Skipped {
        Skipped {
            file: self.file.clone(),
            reason: Text::verbatim(self.reason.in_lang(lang)),
        }
    }
}

/// The files to import, and those of folders and zips that were skipped.
pub struct Gathered {
    /// Files to read, in order; entries of zips are in `_scratch`.
    pub files: Vec<PathBuf>,
    /// How each file is named to the user (a zip's entry as "archive.zip/name").
    pub names: Vec<String>,
    /// Files of folders and zips left out.
    pub skipped: Vec<Skipped>,
    /// The private folder that zips were opened into; removed when dropped.
    _scratch: Option<tempfile::TempDir>,
}

impl Gathered {
    /// The user's name for a file this gathering produced (a zip's entry as
    /// "archive.zip/name"), for summaries and problems.
    pub fn name_of(&self, shown: &str) -> Option<&str> {
        self.files
            .iter()
            .position(|f| display_name(f) == shown)
            .map(|i| self.names[i].as_str())
    }
}

/// Opens up folders and zips among `paths`; other files are taken as they are.
pub fn gather(paths: &[&Path]) -> Result<Gathered> {
    let mut g = Gathered {
        files: Vec::new(),
        names: Vec::new(),
        skipped: Vec::new(),
        _scratch: None,
    };
    for path in paths {
        if path.is_dir() {
            folder(&mut g, path)?;
        } else if is_zip(path) {
            let dir = match &g._scratch {
                Some(d) => d.path().to_path_buf(),
                None => {
                    let d = tempfile::Builder::new()
                        .prefix("disclose-zip-")
                        .tempdir()
                        .map_err(|e| Error::io(path, e))?;
                    let p = d.path().to_path_buf();
                    g._scratch = Some(d);
                    p
                }
            };
            zip_file(&mut g, path, &dir)?;
        } else {
            g.names.push(display_name(path));
            g.files.push(path.to_path_buf());
        }
    }
    Ok(g)
}

fn is_zip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

fn refuse(file: &str, expected: Text, found: Text) -> Error {
    Error::InvalidInput(vec![
        Problem::error(file, Location::File, expected).found_words(found)
    ])
}

fn folder(g: &mut Gathered, root: &Path) -> Result<()> {
    let mut found: Vec<PathBuf> = Vec::new();
    let mut dirs = vec![(root.to_path_buf(), 0)];
    while let Some((d, depth)) = dirs.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| Error::io(&d, e))?;
        for e in entries {
            let p = e.map_err(|e| Error::io(&d, e))?.path();
            // Hidden files and folders (.git, .DS_Store) are nobody's data.
            if p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            }
            if p.is_dir() {
                if depth < MAX_DEPTH {
                    dirs.push((p, depth + 1));
                }
            } else {
                found.push(p);
            }
            if found.len() > MAX_FILES {
                return Err(refuse(
                    &display_name(root),
                    say!("expected-folder-files", max = thousands(MAX_FILES as u64)),
                    say!("found-more-files", max = thousands(MAX_FILES as u64)),
                ));
            }
        }
    }
    found.sort();
    let base = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for p in found {
        let rel = p
            .strip_prefix(root)
            .unwrap_or(&p)
            .to_string_lossy()
            .into_owned();
        let name = format!("{base}/{rel}");
        if is_zip(&p) {
            g.skipped.push(Skipped {
                file: name,
                reason: say!("skipped-zip-in-folder"),
            });
            continue;
        }
        match recognise(&p) {
            Ok(()) => {
                g.names.push(name);
                g.files.push(p);
            }
            Err(reason) => g.skipped.push(Skipped { file: name, reason }),
        }
    }
    Ok(())
}

fn zip_file(g: &mut Gathered, path: &Path, scratch: &Path) -> Result<()> {
    let zip_name = display_name(path);
    let shown = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut archive = zip::ZipArchive::new(f).map_err(|e| {
        refuse(
            &zip_name,
            say!("expected-zip"),
            Text::verbatim(e.to_string()),
        )
    })?;
    if archive.len() > MAX_FILES {
        return Err(refuse(
            &zip_name,
            say!("expected-zip-files", max = thousands(MAX_FILES as u64)),
            say!("found-files", count = thousands(archive.len() as u64)),
        ));
    }
    // The whole archive is checked before anything is inflated: names, nesting, sizes.
    let mut total = 0u64;
    let mut names = Vec::new();
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| {
            refuse(
                &zip_name,
                say!("expected-zip-entry"),
                Text::verbatim(e.to_string()),
            )
        })?;
        let name = entry
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| format!("entry {i}"));
        let escapes = Path::new(&name).components().any(|c| {
            matches!(
                c,
                Component::ParentDir | Component::RootDir | Component::Prefix(_)
            )
        }) || name.starts_with(['/', '\\'])
            || name.contains(":\\");
        if escapes {
            return Err(refuse(
                &zip_name,
                say!("expected-zip-inside"),
                Text::verbatim(name),
            ));
        }
        if entry.is_dir() {
            names.push(None);
            continue;
        }
        if is_zip(Path::new(&name)) {
            return Err(refuse(
                &zip_name,
                say!("expected-zip-not-nested"),
                Text::verbatim(name),
            ));
        }
        let (size, packed) = (entry.size(), entry.compressed_size().max(1));
        total = total.saturating_add(size);
        if size > 1 << 20 && size / packed > MAX_INFLATE_RATIO {
            return Err(refuse(
                &zip_name,
                say!("expected-inflate-ratio", max = MAX_INFLATE_RATIO),
                say!(
                    "found-inflating",
                    name = name.as_str(),
                    times = size / packed,
                    bytes = thousands(size)
                ),
            ));
        }
        names.push(Some(name));
    }
    if total > MAX_INFLATED_BYTES {
        return Err(refuse(
            &zip_name,
            say!("expected-zip-inflated", max = thousands(MAX_INFLATED_BYTES)),
            say!("found-inflated", bytes = thousands(total)),
        ));
    }
    let folder = scratch.join(format!("{}", g.files.len()));
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    for (i, name) in names.into_iter().enumerate() {
        let Some(name) = name else { continue };
        let base = Path::new(&name)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown_name = format!("{shown}/{name}");
        if base.starts_with('.') || name.starts_with("__MACOSX/") {
            continue;
        }
        if !matches!(
            extension(&base).as_deref(),
            Some("json" | "csv" | "xlsx" | "xlsm")
        ) {
            g.skipped.push(Skipped {
                file: shown_name,
                reason: not_data(),
            });
            continue;
        }
        // Entries of one zip that share a base name get a number ahead of it.
        let mut out = folder.join(&base);
        if out.exists() {
            out = folder.join(format!("{i}-{base}"));
        }
        let mut entry = archive.by_index(i).map_err(|e| {
            refuse(
                &zip_name,
                say!("expected-zip-entry"),
                Text::verbatim(format!("{name}: {e}")),
            )
        })?;
        let declared = entry.size();
        let mut w = std::fs::File::create(&out).map_err(|e| Error::io(&out, e))?;
        // The declared size may lie: read one byte past it at most.
        let copied = std::io::copy(&mut (&mut entry).take(declared + 1), &mut w).map_err(|e| {
            refuse(
                &zip_name,
                say!("expected-zip-entry"),
                Text::verbatim(format!("{name}: {e}")),
            )
        })?;
        if copied > declared {
            return Err(refuse(
                &zip_name,
                say!("expected-zip-declared"),
                say!(
                    "found-inflating-past",
                    name = name.as_str(),
                    bytes = thousands(declared)
                ),
            ));
        }
        match recognise(&out) {
            Ok(()) => {
                g.names.push(shown_name);
                g.files.push(out);
            }
            Err(reason) => g.skipped.push(Skipped {
                file: shown_name,
                reason,
            }),
        }
    }
    Ok(())
}

fn not_data() -> Text {
    say!("skipped-not-data")
}

fn extension(name: &str) -> Option<String> {
    Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Whether a file of a folder or zip is one Disclose reads; Err says what it lacked.
fn recognise(path: &Path) -> std::result::Result<(), Text> {
    match extension(&path.to_string_lossy()).as_deref() {
        Some("json") => Ok(()),
        Some("xlsx" | "xlsm") if super::workbook::is_published(path) => Ok(()),
        Some("xlsx" | "xlsm") => Err(say!("skipped-xlsx-unknown")),
        Some("csv") => {
            let header = published::first_row(path)
                .map_err(|e| Text::verbatim(e.to_string()))?
                .unwrap_or_default();
            let request_list = mapping::CANONICAL_COLUMNS[..3]
                .iter()
                .all(|c| header.iter().any(|h| h.trim().eq_ignore_ascii_case(c)));
            match published::detect(&header) {
                Ok(_) => Ok(()),
                Err(_) if request_list => Ok(()),
                Err(_) if counts_table::is_counts_table(&header, None) => Ok(()),
                Err(_) if mapping::builtin(&header).is_some() => Ok(()),
                Err(tried) => Err(say!("skipped-closest", closest = closest(&tried))),
            }
        }
        _ => Err(not_data()),
    }
}

/// The layout that lacked the fewest columns, as "name (missing a, b)".
fn closest(tried: &[published::Tried]) -> Text {
    tried
        .iter()
        .min_by_key(|t| t.missing.len())
        .map_or_else(|| say!("layout-none"), published::Tried::text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_layout_is_the_one_missing_least() {
        let tried = |layout, missing: &[&str]| published::Tried {
            layout,
            missing: missing.iter().map(|m| m.to_string()).collect(),
        };
        let tried = vec![tried("a", &["x", "y", "z"]), tried("b", &["x"])];
        assert_eq!(closest(&tried).to_string(), "b (missing x)");
    }
}
