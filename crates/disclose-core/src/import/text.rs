//! Reading input files as text: encodings, byte-order marks, hashes.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::display_name;
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::say;

pub fn file_sha256(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Refuses UTF-16/32 text up front; returns how many bytes of UTF-8 BOM to skip.
pub fn check_start(path: &Path, head: &[u8]) -> Result<usize> {
    let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
    if utf16 {
        return Err(Error::InvalidInput(vec![Problem::error(
            &display_name(path),
            Location::File,
            say!("expected-utf8-not-utf16"),
        )
        .found_words(say!("found-utf16-mark"))]));
    }
    Ok(if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    })
}

/// The problem for bytes that are not UTF-8, at a 1-based line.
pub fn not_utf8(path: &Path, line: u64, bad: &[u8]) -> Problem {
    let shown: Vec<String> = bad.iter().take(4).map(|b| format!("0x{b:02X}")).collect();
    Problem::error(
        &display_name(path),
        Location::Line { line },
        say!("expected-utf8-not-latin1"),
    )
    .found_words(say!("found-bytes", bytes = shown.join(" ")))
}

/// Decodes a whole file as UTF-8, or with `lossy` bytes that are not UTF-8 replaced by
/// U+FFFD, each place a warning naming its line and bytes.
pub fn read_text(path: &Path, lossy: bool) -> Result<(String, Vec<Problem>)> {
    if !lossy {
        return Ok((read_utf8(path)?, Vec::new()));
    }
    let bytes = read_limited(path)?;
    let skip = check_start(path, &bytes)?;
    let body = &bytes[skip..];
    let mut warnings = Vec::new();
    let mut out = String::with_capacity(body.len());
    let (mut line, mut rest) = (1u64, body);
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                // Safe: `valid_up_to` bytes are UTF-8.
                let good = std::str::from_utf8(good).unwrap_or_default();
                out.push_str(good);
                line += good.bytes().filter(|&b| b == b'\n').count() as u64;
                let n = e.error_len().unwrap_or(after.len()).max(1);
                let mut w = not_utf8(path, line, &after[..n.min(after.len())]);
                w.severity = crate::error::Severity::Warning;
                w.expected = say!("expected-utf8-read-as-replacement");
                warnings.push(w);
                out.push('\u{FFFD}');
                rest = &after[n.min(after.len())..];
            }
        }
    }
    Ok((out, warnings))
}

fn read_limited(path: &Path) -> Result<Vec<u8>> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    if let Err(e) = super::limits::RowLimit::new(f).read_to_end(&mut bytes) {
        return Err(match super::limits::row_problem(&display_name(path), &e) {
            Some(p) => Error::InvalidInput(vec![p]),
            None => Error::io(path, e),
        });
    }
    Ok(bytes)
}

/// Decodes a whole file as UTF-8 (skipping a BOM), naming the line of the first bad byte.
pub fn read_utf8(path: &Path) -> Result<String> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    if let Err(e) = super::limits::RowLimit::new(f).read_to_end(&mut bytes) {
        return Err(match super::limits::row_problem(&display_name(path), &e) {
            Some(p) => Error::InvalidInput(vec![p]),
            None => Error::io(path, e),
        });
    }
    let skip = check_start(path, &bytes)?;
    let body = &bytes[skip..];
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            let end = (at + 4).min(body.len());
            Err(Error::InvalidInput(vec![not_utf8(
                path,
                line,
                &body[at..end],
            )]))
        }
    }
}

/// A CSV the csv crate cannot read, as an input error naming the file and the line.
pub(crate) fn csv_error(file: &str, e: &csv::Error) -> Error {
    if let csv::ErrorKind::Io(io) = e.kind() {
        if let Some(p) = super::limits::row_problem(file, io) {
            return Error::InvalidInput(vec![p]);
        }
    }
    let line = e.position().map_or(0, |p| p.line());
    let loc = if line > 0 {
        Location::Line { line }
    } else {
        Location::File
    };
    Error::InvalidInput(vec![Problem::error(
        file,
        loc,
        say!("expected-csv", detail = e.to_string()),
    )])
}
