//! The limits every reader holds a file to, in one place, so that a file built to be
//! hostile is refused before it can take the memory of the machine: a row of a table, a
//! cell, a text of a bundle, and the inflated size of an XLSX archive's parts (with a ratio
//! against decompression bombs). Each is checked while reading, before the value is held.
//! `xlsx` runs a workbook reader behind those checks, a failure of the library included.

use std::io::Read;
use std::path::Path;

use super::display_name;
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::thousands;

/// The longest row of a CSV table: 4 MiB (quoted line breaks included).
pub const MAX_ROW_BYTES: u64 = 4 << 20;
/// The longest cell of a table: 1 MiB.
pub const MAX_CELL_BYTES: usize = 1 << 20;
/// The longest text (JSON string) of a bundle: 1 MiB.
pub const MAX_TEXT_BYTES: u64 = 1 << 20;
/// The most an XLSX archive may inflate to, all parts together: 512 MiB.
pub const MAX_INFLATED_BYTES: u64 = 512 << 20;
/// The most a part of an XLSX archive may inflate, as a multiple of its compressed size
/// (parts inflating to less than 16 MiB are not held to it).
pub const MAX_INFLATE_RATIO: u64 = 100;

/// A row of a table longer than [`MAX_ROW_BYTES`], at the line it starts on.
#[derive(Debug)]
pub struct RowTooLong {
    /// The line the row starts on.
    pub line: u64,
}

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let row = say!("found-row-too-long", bytes = thousands(MAX_ROW_BYTES));
        write!(f, "{}: {row}", Location::Line { line: self.line })
    }
}

impl std::error::Error for RowTooLong {}

/// Reads a CSV file, refusing a row (from one line break outside quotes to the next) longer
/// than [`MAX_ROW_BYTES`] as soon as it gets that long.
pub struct RowLimit<R> {
    inner: R,
    /// [`MAX_ROW_BYTES`]; smaller in tests.
    limit: u64,
    in_quotes: bool,
    len: u64,
    line: u64,
    row_line: u64,
}

impl<R: Read> RowLimit<R> {
    /// `inner` from its first line.
    pub fn new(inner: R) -> Self {
        RowLimit {
            inner,
            limit: MAX_ROW_BYTES,
            in_quotes: false,
            len: 0,
            line: 1,
            row_line: 1,
        }
    }

    /// The reader it reads from.
    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R> RowLimit<R> {
    /// An error once the row read so far is over the limit.
    fn check(&self) -> std::io::Result<()> {
        if self.len > self.limit {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                RowTooLong {
                    line: self.row_line,
                },
            ));
        }
        Ok(())
    }
}

impl<R: Read> Read for RowLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let data = &buf[..n];
        // Only quotes and newlines change anything: jump from one to the next (memchr
        // looks at many bytes at a time), counting the bytes between as the row's.
        let mut from = 0;
        for at in memchr::memchr2_iter(b'"', b'\n', data) {
            self.len += (at - from) as u64;
            from = at + 1;
            if data[at] == b'"' {
                self.in_quotes = !self.in_quotes;
            } else {
                self.line += 1;
                if !self.in_quotes {
                    self.check()?;
                    self.len = 0;
                    self.row_line = self.line;
                    continue;
                }
            }
            self.len += 1;
            self.check()?;
        }
        self.len += (n - from) as u64;
        self.check()?;
        Ok(n)
    }
}

/// The problem for a row over the limit, if `e` is one.
pub fn row_problem(file: &str, e: &std::io::Error) -> Option<Problem> {
    let long = e.get_ref()?.downcast_ref::<RowTooLong>()?;
    Some(
        Problem::error(
            file,
            Location::Line { line: long.line },
            say!("expected-row-limit", bytes = thousands(MAX_ROW_BYTES)),
        )
        .found_words(say!("found-row-too-long", bytes = thousands(MAX_ROW_BYTES))),
    )
}

/// The problem for a cell over [`MAX_CELL_BYTES`].
pub fn cell_problem(file: &str, line: u64, column: usize, bytes: usize) -> Problem {
    Problem::error(
        file,
        Location::Line { line },
        say!(
            "expected-cell-limit",
            bytes = thousands(MAX_CELL_BYTES as u64)
        ),
    )
    .field(column.to_string())
    .found_words(say!("found-bytes-count", bytes = thousands(bytes as u64)))
}

/// Reads an XLSX workbook with `read` once its archive passed [`check_archive`]. A panic
/// inside the spreadsheet library (its own bug on a malformed workbook: fuzzing found an
/// overflow in its cell references) refuses the file instead of ending the program.
pub(crate) fn xlsx<T>(path: &Path, read: impl FnOnce() -> Result<T>) -> Result<T> {
    check_archive(path)?;
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|_| {
        Err(Error::InvalidInput(vec![Problem::error(
            &display_name(path),
            Location::File,
            say!("expected-xlsx-readable-by-reader"),
        )
        .found_words(say!("found-xlsx-malformed"))]))
    })
}

/// Checks an XLSX archive before anything of it is inflated: the size every part would
/// inflate to, all parts together, and each large part's ratio to its compressed size.
pub fn check_archive(path: &Path) -> Result<()> {
    let file = display_name(path);
    let refuse = |expected: Text, found: Text| {
        Error::InvalidInput(vec![
            Problem::error(&file, Location::File, expected).found_words(found)
        ])
    };
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let Ok(mut archive) = zip::ZipArchive::new(f) else {
        // Not a zip at all: the workbook reader says so in its own words.
        return Ok(());
    };
    let mut total = 0u64;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(i) else {
            continue;
        };
        let (size, packed) = (entry.size(), entry.compressed_size().max(1));
        total = total.saturating_add(size);
        if size > 16 << 20 && size / packed > MAX_INFLATE_RATIO {
            return Err(refuse(
                say!("expected-xlsx-inflate-ratio", max = MAX_INFLATE_RATIO),
                say!(
                    "found-inflating-from",
                    name = entry
                        .name()
                        .map(|n| n.into_owned())
                        .unwrap_or_else(|_| i.to_string()),
                    times = size / packed,
                    from = thousands(packed),
                    bytes = thousands(size)
                ),
            ));
        }
    }
    if total > MAX_INFLATED_BYTES {
        return Err(refuse(
            say!(
                "expected-xlsx-inflated",
                max = thousands(MAX_INFLATED_BYTES)
            ),
            say!("found-inflated", bytes = thousands(total)),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The byte-at-a-time reading the jumps between quotes and newlines replaced: the
    /// line of the row that goes over `limit`, if one does.
    fn byte_by_byte(data: &[u8], limit: u64) -> Option<u64> {
        let (mut in_quotes, mut len, mut line, mut row_line) = (false, 0u64, 1u64, 1u64);
        for &b in data {
            match b {
                b'"' => in_quotes = !in_quotes,
                b'\n' => {
                    line += 1;
                    if !in_quotes {
                        len = 0;
                        row_line = line;
                        continue;
                    }
                }
                _ => {}
            }
            len += 1;
            if len > limit {
                return Some(row_line);
            }
        }
        None
    }

    /// Reads `data` through a [`RowLimit`] of `limit`, `chunk` bytes at a time.
    fn through_row_limit(data: &[u8], limit: u64, chunk: usize) -> Option<u64> {
        let mut r = RowLimit::new(data);
        r.limit = limit;
        let mut buf = vec![0u8; chunk];
        loop {
            match r.read(&mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    let long = e.get_ref().and_then(|e| e.downcast_ref::<RowTooLong>());
                    return Some(long.expect("a row too long").line);
                }
            }
        }
    }

    proptest! {
        #[test]
        fn a_row_is_refused_at_the_same_line_as_byte_by_byte(
            data in proptest::collection::vec(prop_oneof![Just(b'a'), Just(b'"'), Just(b'\n')], 0..300),
            limit in 1u64..40,
            chunk in 1usize..64,
        ) {
            prop_assert_eq!(through_row_limit(&data, limit, chunk), byte_by_byte(&data, limit));
        }
    }

    #[test]
    fn a_quoted_line_break_belongs_to_its_row() {
        assert_eq!(through_row_limit(b"ab\ncd\n", 3, 8), None);
        assert_eq!(through_row_limit(b"\"a\nb\"\n", 3, 8), Some(1));
        assert_eq!(through_row_limit(b"ok\n\"a\nbcdef\"", 5, 2), Some(2));
    }
}
