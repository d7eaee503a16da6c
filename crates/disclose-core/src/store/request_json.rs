//! A request's content hash, from its JSON written byte for byte as `serde_json` writes it
//! (so stored hashes stay valid), but field by field without serde's machinery: for each of
//! a million rows, that machinery was a quarter of the import's parsing thread.
//!
//! A property test holds the bytes to `serde_json`'s for any request. [`string`] also writes
//! the strings of a request's packed categories.

use crate::domain::Request;

/// The request's dates as text, as it prints them: `received`, `answered` and
/// `nondisclosure_until`. The import has them at hand already for the request's row.
pub(crate) struct Dates<'a> {
    pub received: &'a str,
    pub answered: Option<&'a str>,
    pub nondisclosure_until: Option<&'a str>,
}

/// What [`super::content_hash`] gives for `r`, whose dates print as `dates`.
pub(crate) fn content_hash(r: &Request, dates: &Dates) -> [u8; 16] {
    thread_local! {
        // One buffer a thread, reused from request to request.
        static JSON: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(Vec::with_capacity(1024));
    }
    JSON.with_borrow_mut(|out| {
        out.clear();
        json_into(out, r, dates);
        super::hash16_of_json(out)
    })
}

/// `serde_json::to_vec(r)`, for `r` whose dates print as `dates`.
#[cfg(test)]
fn json(r: &Request, dates: &Dates) -> Vec<u8> {
    let mut out = Vec::new();
    json_into(&mut out, r, dates);
    out
}

/// [`json`] onto the end of `out`.
fn json_into(o: &mut Vec<u8>, r: &Request, dates: &Dates) {
    o.extend_from_slice(b"{\"id\":");
    string(o, &r.id);
    o.extend_from_slice(b",\"organisation\":");
    string(o, &r.organisation);
    o.extend_from_slice(b",\"received\":");
    string(o, dates.received);
    o.extend_from_slice(b",\"answered\":");
    option(o, dates.answered);
    o.extend_from_slice(b",\"authority\":");
    option(o, r.authority.as_deref());
    o.extend_from_slice(b",\"country\":");
    option(o, r.country.as_deref());
    o.extend_from_slice(b",\"process\":");
    string(o, r.process.as_str());
    o.extend_from_slice(b",\"legal_basis\":");
    option(o, r.legal_basis.as_deref());
    o.extend_from_slice(b",\"accounts_specified\":");
    match r.accounts_specified {
        Some(n) => o.extend_from_slice(n.to_string().as_bytes()),
        None => o.extend_from_slice(b"null"),
    }
    o.extend_from_slice(b",\"nondisclosure_until\":");
    option(o, dates.nondisclosure_until);
    o.extend_from_slice(b",\"users_notified\":");
    o.extend_from_slice(match r.users_notified {
        Some(true) => b"true",
        Some(false) => b"false",
        None => b"null",
    });
    o.extend_from_slice(b",\"outcome\":");
    option(o, r.outcome.map(|x| x.as_str()));
    o.extend_from_slice(b",\"notes\":");
    option(o, r.notes.as_deref());
    o.extend_from_slice(b",\"matter\":");
    option(o, r.matter.as_deref());
    o.extend_from_slice(b",\"categories\":");
    array(o, &r.categories, |o, c| {
        o.extend_from_slice(b"{\"category\":");
        string(o, &c.category);
        o.extend_from_slice(b",\"requested_as\":");
        array(o, &c.requested_as, |o, w| string(o, w));
        o.extend_from_slice(b",\"disposition\":");
        string(o, c.disposition.as_str());
        o.push(b'}');
    });
    o.extend_from_slice(b",\"documents\":");
    array(o, &r.documents, |o, d| {
        o.extend_from_slice(b"{\"title\":");
        string(o, &d.title);
        o.extend_from_slice(b",\"url\":");
        option(o, d.url.as_deref());
        o.extend_from_slice(b",\"sha256\":");
        option(o, d.sha256.as_deref());
        o.push(b'}');
    });
    o.extend_from_slice(b",\"subjects\":");
    array(o, &r.subjects, |o, s| {
        o.extend_from_slice(b"{\"identifier\":");
        string(o, &s.identifier);
        o.push(b'}');
    });
    o.push(b'}');
}

/// `[item,item,...]`, each item written by `each`.
pub(crate) fn array<T>(out: &mut Vec<u8>, items: &[T], mut each: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        each(out, item);
    }
    out.push(b']');
}

fn option(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string as `serde_json` escapes it: `"` and `\`, the short forms `\b \f \n \r \t`,
/// other control characters as `\u00xx`; everything else as it is.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most text needs no escape: found in one pass that does not branch on each byte.
    let plain = !bytes.iter().fold(false, |esc, &b| {
        esc | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if plain {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x08 => b'b',
            0x0c => b'f',
            0x00..=0x1f => b'u',
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        out.push(b'\\');
        out.push(short);
        if short == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::FuzzyDate;
    use crate::domain::{Disposition, Document, Outcome, Process, RequestedCategory, Subject};
    use proptest::prelude::*;
    use proptest::sample::select;
    use strum::VariantArray;

    /// Any text: quotes, backslashes, every control character, non-ASCII.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), "[\"\\\\\u{0}-\u{1f}\u{7f}aé€😀 ]{0,12}",]
    }

    fn date() -> impl Strategy<Value = FuzzyDate> {
        select(vec![
            "2023",
            "2023-07",
            "2023-07-01",
            "2023-05/2023-09",
            "2021-12-03/2022",
        ])
        .prop_map(|d| d.parse().expect("a date"))
    }

    fn request() -> impl Strategy<Value = Request> {
        let head = (
            text(),
            text(),
            date(),
            proptest::option::of(date()),
            proptest::option::of(text()),
            proptest::option::of(text()),
            select(Process::VARIANTS),
            proptest::option::of(text()),
            proptest::option::of(any::<u32>()),
            proptest::option::of(date()),
            proptest::option::of(any::<bool>()),
            proptest::option::of(select(Outcome::VARIANTS)),
        );
        let category = (
            text(),
            proptest::collection::vec(text(), 0..3),
            select(Disposition::VARIANTS),
        )
            .prop_map(|(category, requested_as, disposition)| RequestedCategory {
                category,
                requested_as,
                disposition,
            });
        let document = (
            text(),
            proptest::option::of(text()),
            proptest::option::of(text()),
        )
            .prop_map(|(title, url, sha256)| Document { title, url, sha256 });
        let tail = (
            proptest::option::of(text()),
            proptest::option::of(text()),
            proptest::collection::vec(category, 0..4),
            proptest::collection::vec(document, 0..2),
            proptest::collection::vec(text().prop_map(|identifier| Subject { identifier }), 0..2),
        );
        (head, tail).prop_map(
            |(
                (
                    id,
                    organisation,
                    received,
                    answered,
                    authority,
                    country,
                    process,
                    legal_basis,
                    accounts,
                    until,
                    notified,
                    outcome,
                ),
                (notes, matter, categories, documents, subjects),
            )| Request {
                id,
                organisation,
                received,
                answered,
                authority,
                country,
                process,
                legal_basis,
                accounts_specified: accounts,
                nondisclosure_until: until,
                users_notified: notified,
                outcome,
                notes,
                matter,
                categories,
                documents,
                subjects,
            },
        )
    }

    proptest! {
        #[test]
        fn a_request_is_written_byte_for_byte_as_serde_json_writes_it(r in request()) {
            let (received, answered, until) = (
                r.received.to_string(),
                r.answered.map(|d| d.to_string()),
                r.nondisclosure_until.map(|d| d.to_string()),
            );
            let dates = Dates {
                received: &received,
                answered: answered.as_deref(),
                nondisclosure_until: until.as_deref(),
            };
            let expected = String::from_utf8(serde_json::to_vec(&r).expect("json")).expect("utf-8");
            let written = String::from_utf8(json(&r, &dates)).expect("utf-8");
            prop_assert_eq!(written, expected);
            prop_assert_eq!(content_hash(&r, &dates).to_vec(), super::super::content_hash(&r).expect("hash"));
        }
    }
}
