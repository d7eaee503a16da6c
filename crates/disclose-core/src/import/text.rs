//! Reading input files as text: encodings, byte-order marks, hashes.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::display_name;
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::say;

/// The file's SHA-256, in hex, read in a pass of its own.
pub fn file_sha256(path: &Path) -> Result<String> {
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hashing = Hashing::new(f, &[]);
    let mut buf = vec![0u8; 1 << 16];
    while hashing.read(&mut buf).map_err(|e| Error::io(path, e))? > 0 {}
    Ok(hex(hashing.sha.finalize().as_slice()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hashes what is read through it: a reader that reads a whole file anyway takes its
/// SHA-256 on the way, instead of a pass of its own first.
pub(crate) struct Hashing<R> {
    inner: R,
    sha: Sha256,
    ended: bool,
}

impl<R: Read> Hashing<R> {
    /// Reads `inner`, whose first bytes `before` were already read from the same file.
    pub(crate) fn new(inner: R, before: &[u8]) -> Self {
        let mut sha = Sha256::new();
        sha.update(before);
        Hashing {
            inner,
            sha,
            ended: false,
        }
    }

    /// The file's SHA-256 in hex; None unless it was read to its end.
    pub(crate) fn sha256(self) -> Option<String> {
        self.ended.then(|| hex(self.sha.finalize().as_slice()))
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sha.update(&buf[..n]);
        self.ended |= n == 0 && !buf.is_empty();
        Ok(n)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hashed_while_read_has_the_hash_of_a_pass_of_its_own() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("rows.csv");
        let body: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &body).expect("write");
        let whole = file_sha256(&path).expect("hash");
        assert_eq!(whole, hex(Sha256::digest(&body).as_slice()));
        let mut f = std::fs::File::open(&path).expect("open");
        let mut head = [0u8; 3];
        f.read_exact(&mut head).expect("head");
        let mut read = Hashing::new(f, &head);
        let mut buf = [0u8; 1000];
        while read.read(&mut buf).expect("read") > 0 {}
        assert_eq!(read.sha256(), Some(whole));
    }

    /// A CSV request table and a bundle are hashed while they are read: their batch gets
    /// the file's SHA-256, its byte-order mark included, as a pass of its own would give.
    #[test]
    fn a_file_hashed_while_imported_stamps_its_batch_with_its_sha256() {
        use crate::import::{import_files, ImportOptions};
        use crate::store::Store;
        let dir = tempfile::tempdir().expect("dir");
        let rows = "id,organisation,received,process\nr-1,acme,2024-01-02,subpoena\n";
        let bundle = r#"{"format": "disclose-bundle", "version": 2, "organisations": [{"id": "acme", "name": "Acme"}]}"#;
        for (name, body) in [("rows.csv", rows), ("bundle.json", bundle)] {
            for bom in [&b""[..], &b"\xef\xbb\xbf"[..]] {
                let path = dir.path().join(name);
                std::fs::write(&path, [bom, body.as_bytes()].concat()).expect("write");
                let mut store = Store::open_in_memory().expect("store");
                import_files(&mut store, &[&path], &ImportOptions::default(), &mut |_| {
                    true
                })
                .expect("import");
                let stored: String = store
                    .conn()
                    .query_row("SELECT sha256 FROM import_batches", [], |r| r.get(0))
                    .expect("batch");
                let whole = file_sha256(&path).expect("hash");
                assert_eq!(stored, whole, "{name}, BOM {}", !bom.is_empty());
                assert_eq!(stored.len(), 64);
            }
        }
    }

    #[test]
    fn a_file_not_read_to_its_end_has_no_hash() {
        let mut read = Hashing::new(&b"abcdef"[..], b"");
        let mut buf = [0u8; 3];
        assert_eq!(read.read(&mut buf).expect("read"), 3);
        assert_eq!(read.sha256(), None);
    }
}
