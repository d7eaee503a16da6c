//! Checks on single records that no type can express: id shapes, date
//! order, repeated categories, code formats. Each returns problems rather
//! than stopping, so one pass reports everything wrong with a record.

use crate::domain::{Disposition, Outcome, Request};
use crate::error::{Location, Problem};
use crate::i18n::{say, Text};

/// Longest text cell accepted; longer ones are nearly always a broken export.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// What an id may be, for error messages.
pub fn id_expected() -> Text {
    say!("expected-id")
}

/// Whether `id` is a valid record id.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && !id.starts_with(['-', '=', '+', '@'])
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._:/#-".contains(c))
}

/// An id made from a name ("Example Social Ltd." -> "example-social-ltd"): lower-case
/// ASCII letters and digits, words joined by dashes.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    match out {
        "" => "organisation".to_string(),
        s => s.chars().take(64).collect(),
    }
}

/// Whether `s` is an ISO 3166-1 alpha-2 country code.
pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// Problems with one request, in the order its fields appear.
pub fn check_request(file: &str, loc: &Location, r: &Request) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut err = |field: &str, found: Option<&str>, expected: Text| {
        let mut p = Problem::error(file, loc.clone(), expected).field(field);
        if let Some(f) = found {
            p = p.found(f);
        }
        out.push(p);
    };
    if !is_valid_id(&r.id) {
        err("id", Some(&r.id), id_expected());
    }
    if !is_valid_id(&r.organisation) {
        err("organisation", Some(&r.organisation), id_expected());
    }
    if let Some(a) = &r.answered {
        if a.certainly_before(&r.received) {
            err(
                "answered",
                Some(&a.to_string()),
                say!(
                    "expected-on-or-after-received",
                    received = r.received.to_string()
                ),
            );
        }
    }
    if let Some(c) = r.country.as_deref().filter(|c| !is_country_code(c)) {
        err("country", Some(c), say!("expected-country-code"));
    }
    if let Some(m) = r.matter.as_deref().filter(|m| !is_valid_id(m)) {
        err("matter", Some(m), id_expected());
    }
    for (field, text) in [
        ("authority", &r.authority),
        ("legal_basis", &r.legal_basis),
        ("notes", &r.notes),
    ] {
        // A text of no more bytes than the limit has no more characters either.
        if let Some(t) = text.as_deref().filter(|t| t.len() > MAX_TEXT_CHARS) {
            let n = t.chars().count();
            if n > MAX_TEXT_CHARS {
                err(
                    field,
                    Some(&n.to_string()),
                    say!("expected-at-most-chars", max = MAX_TEXT_CHARS),
                );
            }
        }
    }
    for i in repeats(r.categories.iter().map(|c| c.category.as_str())) {
        err(
            "categories",
            Some(&r.categories[i].category),
            say!("expected-category-once"),
        );
    }
    for d in &r.documents {
        if let Some(h) = d.sha256.as_deref().filter(|h| !is_sha256(h)) {
            err("documents.sha256", Some(h), say!("expected-sha256"));
        }
    }
    for s in &r.subjects {
        if s.identifier.trim().is_empty() {
            // The value is never echoed: subjects stay out of every message.
            err("subjects.identifier", None, say!("expected-identifier"));
        }
    }
    if r.outcome == Some(Outcome::NoData)
        && r.categories
            .iter()
            .any(|c| matches!(c.disposition, Disposition::Provided | Disposition::Partial))
    {
        out.push(
            Problem::warning(file, loc.clone(), say!("expected-nothing-provided-no-data"))
                .field("outcome")
                .found("no_data"),
        );
    }
    out
}

/// The positions of the values that repeat an earlier one, in order. Sorted, not hashed:
/// cheaper for the usual handful of categories, and no input can make it slow.
fn repeats<'a>(values: impl ExactSizeIterator<Item = &'a str>) -> Vec<usize> {
    if values.len() < 2 {
        return Vec::new();
    }
    let mut sorted: Vec<(&str, usize)> = values.zip(0..).collect();
    sorted.sort_unstable();
    let mut found: Vec<usize> = sorted
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[1].1)
        .collect();
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_repeat_of_a_category_is_found_in_the_records_order() {
        let found = |v: &[&str]| repeats(v.iter().copied());
        assert_eq!(
            found(&["ip", "email", "ip", "name", "ip", "email"]),
            [2, 4, 5]
        );
        assert_eq!(found(&["ip", "email"]), [] as [usize; 0]);
        assert_eq!(found(&["ip"]), [] as [usize; 0]);
    }

    #[test]
    fn ids_refuse_spreadsheet_formulas_and_spaces() {
        assert!(is_valid_id("2023-SUB-01"));
        assert!(is_valid_id("psf"));
        for bad in [
            "",
            "=1+1",
            "+cmd",
            "@SUM(A1)",
            "-2",
            "a b",
            "é",
            &"x".repeat(129),
        ] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }
}
