//! The first rows of a CSV or XLSX file, for the app's column-mapping step.

use std::io::Read;
use std::path::Path;

use calamine::{open_workbook_auto, Data, Reader};
use serde::Serialize;
use ts_rs::TS;

use super::mapping::CANONICAL_COLUMNS;
use super::{display_name, file_kind, text, FileKind};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::say;

/// Rows shown to the user while they map columns.
const PREVIEW_ROWS: usize = 5;

/// The first rows of a table, for the app's column-mapping step.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TablePreview {
    /// The file.
    pub file: String,
    /// The worksheet read (XLSX only).
    pub sheet: Option<String>,
    /// The header row.
    pub headers: Vec<String>,
    /// Up to five rows after the header, cut or padded to the header's width.
    pub rows: Vec<Vec<String>>,
    /// The canonical columns a source column can be mapped to.
    pub canonical: Vec<String>,
    /// For each header, the canonical column whose name it matches (after lower-casing
    /// and turning spaces and dashes into underscores), if any.
    pub suggested: Vec<Option<String>>,
}

/// Reads the header and the first rows of a CSV (with `delimiter`, default `,`) or the
/// first worksheet of an XLSX file. Bundles have no columns to map and are refused.
pub fn preview(path: &Path, delimiter: Option<char>) -> Result<TablePreview> {
    let (sheet, mut rows) = match file_kind(path)? {
        FileKind::Csv => (None, csv_rows(path, delimiter)?),
        FileKind::Xlsx => {
            let (s, r) = xlsx_rows(path)?;
            (Some(s), r)
        }
        FileKind::Bundle => {
            return Err(Error::Usage(say!(
                "error-bundle-no-columns",
                file = display_name(path)
            )))
        }
    };
    if rows.is_empty() {
        return Err(Error::InvalidInput(vec![Problem::error(
            &display_name(path),
            Location::File,
            say!("expected-header-row"),
        )
        .found_words(say!("found-empty-file"))]));
    }
    let headers = rows.remove(0);
    for row in &mut rows {
        row.resize(headers.len(), String::new());
    }
    let suggested = headers.iter().map(|h| suggest(h)).collect();
    Ok(TablePreview {
        file: display_name(path),
        sheet,
        headers,
        rows,
        canonical: CANONICAL_COLUMNS.iter().map(|c| c.to_string()).collect(),
        suggested,
    })
}

fn suggest(header: &str) -> Option<String> {
    let key: String = header
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    CANONICAL_COLUMNS
        .iter()
        .find(|c| **c == key)
        .map(|c| c.to_string())
}

fn csv_rows(path: &Path, delimiter: Option<char>) -> Result<Vec<Vec<String>>> {
    // The head of the file is enough for six rows; a large export is not read whole.
    let mut head = Vec::new();
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    file.take(256 * 1024)
        .read_to_end(&mut head)
        .map_err(|e| Error::io(path, e))?;
    let skip = text::check_start(path, &head)?;
    let content = String::from_utf8_lossy(&head[skip..]);
    let delimiter = match delimiter {
        Some(d) if d.is_ascii() => d as u8,
        Some(d) => {
            return Err(Error::Usage(say!(
                "error-delimiter-not-ascii",
                delimiter = d.to_string()
            )))
        }
        None => b',',
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(content.as_bytes());
    let mut rows = Vec::new();
    for record in rdr.records().take(PREVIEW_ROWS + 1) {
        let record = record.map_err(|e| text::csv_error(&display_name(path), &e))?;
        rows.push(record.iter().map(|c| c.trim().to_string()).collect());
    }
    Ok(rows)
}

fn xlsx_rows(path: &Path) -> Result<(String, Vec<Vec<String>>)> {
    super::limits::xlsx(path, || first_sheet_rows(path))
}

fn first_sheet_rows(path: &Path) -> Result<(String, Vec<Vec<String>>)> {
    let unreadable = |e: calamine::Error| {
        Error::InvalidInput(vec![Problem::error(
            &display_name(path),
            Location::File,
            say!("expected-readable-xlsx", detail = e.to_string()),
        )])
    };
    let mut book = open_workbook_auto(path).map_err(unreadable)?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Ok((String::new(), Vec::new()));
    };
    let range = book.worksheet_range(&sheet).map_err(unreadable)?;
    let rows = range
        .rows()
        .filter(|r| r.iter().any(|c| !matches!(c, Data::Empty)))
        .take(PREVIEW_ROWS + 1)
        .map(|r| r.iter().map(|c| c.to_string().trim().to_string()).collect())
        .collect();
    Ok((sheet, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_preview_suggests_canonical_columns_and_pads_short_rows() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("requests.csv");
        std::fs::write(
            &path,
            "\u{feff}ID;Received;Legal Process;Agency\r\nr1;2023-03-01;subpoena\r\n",
        )
        .expect("write");
        let p = preview(&path, Some(';')).expect("preview");
        assert_eq!(p.headers, ["ID", "Received", "Legal Process", "Agency"]);
        assert_eq!(p.rows, [["r1", "2023-03-01", "subpoena", ""]]);
        assert_eq!(
            p.suggested,
            [Some("id".to_string()), Some("received".into()), None, None]
        );
        assert!(p.canonical.iter().any(|c| c == "authority"));
    }

    #[test]
    fn bundles_and_empty_files_are_refused_with_the_file_named() {
        let dir = tempfile::tempdir().expect("dir");
        let bundle = dir.path().join("b.json");
        std::fs::write(&bundle, "{}").expect("write");
        let e = preview(&bundle, None).expect_err("bundle");
        assert!(e.to_string().contains("b.json"), "{e}");
        let empty = dir.path().join("e.csv");
        std::fs::write(&empty, "").expect("write");
        let e = preview(&empty, None).expect_err("empty");
        assert!(e.to_string().contains("e.csv"), "{e}");
    }
}
