//! A first look at a bundle, byte by byte and in constant memory: where each top-level key
//! begins (its byte offset and line), so the reader can take the sections in dependency
//! order whatever order the file has them in, and the length of every JSON string, so a
//! hostile string is refused before anything holds it.

use std::io::{BufRead, BufReader, Read};

/// The longest JSON string a bundle may hold (a note, a wording).
pub use crate::import::limits::MAX_TEXT_BYTES as MAX_STRING_BYTES;

/// A top-level key of the bundle and where its value starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The key (`requests`).
    pub name: String,
    /// Byte offset of the first byte of its value.
    pub offset: u64,
    /// The line that byte is on (1-based).
    pub line: u64,
}

/// What the scan found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scan {
    /// A JSON object: its keys in file order.
    Object(Vec<Key>),
    /// Not a well-formed object (or not JSON): the full parser says precisely why.
    Malformed,
    /// A string longer than [`MAX_STRING_BYTES`]: its line and length.
    LongString { line: u64, bytes: u64 },
    /// Bytes that are not UTF-8: their line and the first of them.
    NotUtf8 { line: u64, bytes: Vec<u8> },
}

/// Scans `r` once. Only the top-level keys are kept; values are skipped byte by byte.
pub fn scan(r: impl Read) -> std::io::Result<Scan> {
    let mut r = BufReader::with_capacity(1 << 16, r);
    let (mut depth, mut line, mut offset) = (0u32, 1u64, 0u64);
    let (mut in_string, mut escaped) = (false, false);
    let (mut string_start_line, mut string_len) = (0u64, 0u64);
    // At depth 1, a string in key position is a key; its text is kept until its colon.
    let mut expect_key = false;
    let mut key: Option<Vec<u8>> = None;
    let mut pending: Option<String> = None;
    let mut keys = Vec::new();
    let mut seen_root = false;
    // The bytes of a UTF-8 sequence cut by the end of the last buffer.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let n = buf.len();
        if let Some(bad) = invalid_utf8(&mut carry, buf) {
            let at = buf.len() - bad.len();
            let line = line + buf[..at].iter().filter(|&&b| b == b'\n').count() as u64;
            return Ok(Scan::NotUtf8 {
                line,
                bytes: bad.iter().take(4).copied().collect(),
            });
        }
        for &b in buf {
            if in_string {
                if let Some(k) = key.as_mut() {
                    k.push(b);
                }
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                    if let Some(k) = key.take() {
                        let mut text = k;
                        text.pop();
                        pending = Some(String::from_utf8_lossy(&text).into_owned());
                    }
                    offset += 1;
                    if b == b'\n' {
                        line += 1;
                    }
                    continue;
                }
                string_len += 1;
                if string_len > MAX_STRING_BYTES {
                    return Ok(Scan::LongString {
                        line: string_start_line,
                        bytes: string_len,
                    });
                }
                if b == b'\n' {
                    line += 1;
                }
                offset += 1;
                continue;
            }
            match b {
                b'"' => {
                    in_string = true;
                    string_len = 0;
                    string_start_line = line;
                    if depth == 1 && expect_key {
                        key = Some(Vec::new());
                        expect_key = false;
                    }
                }
                b'{' | b'[' => {
                    if depth == 0 {
                        if b != b'{' || seen_root {
                            return Ok(Scan::Malformed);
                        }
                        seen_root = true;
                        expect_key = true;
                    }
                    depth += 1;
                }
                b'}' | b']' => {
                    if depth == 0 {
                        return Ok(Scan::Malformed);
                    }
                    depth -= 1;
                }
                b':' if depth == 1 => {
                    if let Some(name) = pending.take() {
                        keys.push(Key {
                            name,
                            offset: offset + 1,
                            line,
                        });
                    }
                }
                b',' if depth == 1 => expect_key = true,
                b'\n' => line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ if depth == 0 => return Ok(Scan::Malformed),
                _ => {}
            }
            offset += 1;
        }
        r.consume(n);
    }
    if !carry.is_empty() {
        return Ok(Scan::NotUtf8 { line, bytes: carry });
    }
    if !seen_root || depth != 0 || in_string {
        return Ok(Scan::Malformed);
    }
    Ok(Scan::Object(keys))
}

/// Checks one buffer as UTF-8, continuing a sequence the last one cut; returns the bytes
/// from the first invalid one on, if any.
fn invalid_utf8<'b>(carry: &mut Vec<u8>, buf: &'b [u8]) -> Option<&'b [u8]> {
    let mut start = 0;
    if !carry.is_empty() {
        // Complete the cut sequence with up to three bytes of this buffer.
        let need = buf.len().min(4 - carry.len());
        let mut joined = carry.clone();
        joined.extend_from_slice(&buf[..need]);
        match std::str::from_utf8(&joined) {
            Ok(_) => start = need,
            Err(e) if e.valid_up_to() > 0 => start = e.valid_up_to() - carry.len(),
            Err(e) if e.error_len().is_none() && need == buf.len() => {
                *carry = joined;
                return None;
            }
            Err(_) => return Some(buf),
        }
        carry.clear();
    }
    match std::str::from_utf8(&buf[start..]) {
        Ok(_) => None,
        Err(e) => match e.error_len() {
            Some(_) => Some(&buf[start + e.valid_up_to()..]),
            None => {
                carry.extend_from_slice(&buf[start + e.valid_up_to()..]);
                None
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(String, u64, u64)> {
        match scan(text.as_bytes()).expect("scan") {
            Scan::Object(k) => k.into_iter().map(|k| (k.name, k.offset, k.line)).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn finds_top_level_keys_with_their_offsets_and_lines() {
        let text = "{\n  \"format\": \"x\",\n  \"requests\": [{\"requests\": \"a:b\", \"n\": {\"x\": 1}}],\n  \"organisations\": []\n}";
        let found = keys(text);
        let names: Vec<&str> = found.iter().map(|k| k.0.as_str()).collect();
        assert_eq!(names, ["format", "requests", "organisations"]);
        let (_, offset, line) = &found[1];
        assert_eq!(&text[*offset as usize..*offset as usize + 2], " [");
        assert_eq!(*line, 3);
    }

    #[test]
    fn escaped_quotes_and_braces_in_strings_do_not_confuse_it() {
        let text = r#"{"a": "x\"}{[", "b": {"c": "\\"}, "d": 1}"#;
        let names: Vec<String> = keys(text).into_iter().map(|k| k.0).collect();
        assert_eq!(names, ["a", "b", "d"]);
    }

    #[test]
    fn malformed_input_and_long_strings_are_named() {
        for bad in ["", "[]", "{\"a\": 1", "{} x", "nul"] {
            assert_eq!(
                scan(bad.as_bytes()).expect("scan"),
                Scan::Malformed,
                "{bad:?}"
            );
        }
        let long = format!(
            "{{\n\"notes\": \"{}\"}}",
            "x".repeat(MAX_STRING_BYTES as usize + 1)
        );
        let latin1 = b"{\n\"a\": \"Gr\xFC\xDFe\"}";
        assert!(matches!(
            scan(&latin1[..]).expect("scan"),
            Scan::NotUtf8 { line: 2, .. }
        ));
        // A multi-byte character cut by a buffer boundary is still UTF-8.
        let mut text = String::from("{\"a\": \"");
        text.push_str(&"x".repeat((1 << 16) - 9));
        text.push_str("é€\"}");
        assert!(matches!(
            scan(text.as_bytes()).expect("scan"),
            Scan::Object(_)
        ));
        assert!(matches!(
            scan(long.as_bytes()).expect("scan"),
            Scan::LongString { line: 2, .. }
        ));
    }
}
