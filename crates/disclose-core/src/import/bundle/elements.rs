//! The records of one section, one at a time: from the section's place in the file, the
//! bytes of each element of its list are cut out (strings and nesting followed byte by
//! byte) and handed over whole, so one record is in memory at a time and serde parses it
//! from a slice, the fast way.

use std::io::{BufRead, BufReader, Read};

use crate::i18n::{say, Text};

/// What a section's value starts with.
pub enum Start {
    /// A list: its elements follow.
    List,
    /// Something else, in words ("an object").
    Other(Text),
}

/// A break in the list's own syntax (the scan has checked strings and brackets already).
pub struct Broken {
    /// Where.
    pub line: u64,
    /// What was expected there.
    pub expected: Text,
}

/// Cuts the elements of one list out of a reader.
pub struct Elements<R> {
    r: BufReader<R>,
    line: u64,
    first: bool,
    done: bool,
    /// Bytes taken from the reader so far.
    pub read: u64,
    /// The element last cut.
    pub buf: Vec<u8>,
}

impl<R: Read> Elements<R> {
    /// A reader positioned at a section's value, which starts on `line`.
    pub fn new(r: R, line: u64) -> Self {
        Elements {
            r: BufReader::with_capacity(1 << 16, r),
            line,
            first: true,
            done: false,
            read: 0,
            buf: Vec::with_capacity(1 << 12),
        }
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(self.r.fill_buf()?.first().copied())
    }

    fn bump(&mut self) -> std::io::Result<Option<u8>> {
        let b = self.peek()?;
        if let Some(b) = b {
            self.r.consume(1);
            self.read += 1;
            if b == b'\n' {
                self.line += 1;
            }
        }
        Ok(b)
    }

    fn skip_space(&mut self) -> std::io::Result<Option<u8>> {
        while let Some(b) = self.peek()? {
            if !b.is_ascii_whitespace() {
                return Ok(Some(b));
            }
            self.bump()?;
        }
        Ok(None)
    }

    /// Whether the section is a list (and, if so, steps into it).
    pub fn start(&mut self) -> std::io::Result<Start> {
        Ok(match self.skip_space()? {
            Some(b'[') => {
                self.bump()?;
                Start::List
            }
            Some(b'{') => Start::Other(say!("found-an-object")),
            Some(b'"') => Start::Other(say!("found-a-string")),
            Some(b't' | b'f') => Start::Other(say!("found-true-or-false")),
            Some(b'n') => Start::Other(Text::verbatim("null")),
            _ => Start::Other(say!("found-a-number")),
        })
    }

    /// Cuts the next element into `buf`; returns the line it starts on, or None at the end
    /// of the list.
    pub fn next(&mut self) -> std::io::Result<Result<Option<u64>, Broken>> {
        if self.done {
            return Ok(Ok(None));
        }
        match self.skip_space()? {
            Some(b']') if self.first => {
                self.bump()?;
                self.done = true;
                return Ok(Ok(None));
            }
            None => {
                return Ok(Err(Broken {
                    line: self.line,
                    expected: say!("expected-record-or-end"),
                }))
            }
            _ => {}
        }
        self.first = false;
        self.buf.clear();
        let start = self.line;
        let (mut depth, mut in_string, mut escaped) = (0u32, false, false);
        while let Some(b) = self.peek()? {
            if !in_string
                && depth == 0
                && !self.buf.is_empty()
                && matches!(b, b',' | b']' | b' ' | b'\t' | b'\r' | b'\n')
            {
                break;
            }
            self.bump()?;
            self.buf.push(b);
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                    if depth == 0 {
                        break;
                    }
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        // After the element: a comma and more, or the end of the list.
        match self.skip_space()? {
            Some(b',') => {
                self.bump()?;
            }
            Some(b']') => {
                self.bump()?;
                self.done = true;
            }
            _ => {
                return Ok(Err(Broken {
                    line: self.line,
                    expected: say!("expected-comma-or-end"),
                }))
            }
        }
        Ok(Ok(Some(start)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut e = Elements::new(text.as_bytes(), 1);
        assert!(matches!(e.start().expect("start"), Start::List));
        let mut out = Vec::new();
        while let Ok(Some(_)) = e.next().expect("io") {
            out.push(String::from_utf8(e.buf.clone()).expect("utf8"));
        }
        out
    }

    #[test]
    fn cuts_records_whatever_they_hold() {
        assert_eq!(all(" [ ]"), Vec::<String>::new());
        assert_eq!(
            all("[\n  {\"a\": \"x],}\\\"\", \"b\": [1, {\"c\": 2}]},\n  {\"d\": null}\n]"),
            [
                "{\"a\": \"x],}\\\"\", \"b\": [1, {\"c\": 2}]}",
                "{\"d\": null}"
            ]
        );
        assert_eq!(all("[1, \"two\", true]"), ["1", "\"two\"", "true"]);
    }

    #[test]
    fn a_missing_comma_is_named_with_its_line() {
        let mut e = Elements::new("[{\"a\": 1}\n {\"b\": 2}]".as_bytes(), 7);
        assert!(matches!(e.start().expect("start"), Start::List));
        assert!(matches!(e.next().expect("io"), Err(Broken { line: 8, .. })));
    }
}
