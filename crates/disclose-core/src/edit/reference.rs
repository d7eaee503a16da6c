//! The reference a new request is offered: the organisation's latest one with its number
//! counted up (`psf-2023-subpoena-3` → `psf-2023-subpoena-4`), never one already taken.

use rusqlite::OptionalExtension;

use crate::error::Result;
use crate::store::Store;

/// A reference for the organisation's next request, unique within it.
pub fn suggest_reference(store: &Store, organisation: &str, year: Option<i32>) -> Result<String> {
    let conn = store.conn();
    let latest: Option<String> = conn
        .query_row(
            "SELECT id FROM requests WHERE organisation = ?1 ORDER BY received_start DESC, id DESC LIMIT 1",
            [organisation],
            |r| r.get(0),
        )
        .optional()?;
    let (stem, mut n) = match latest.as_deref().map(split_number) {
        Some((stem, Some(n))) => (stem.to_string(), n),
        Some((stem, None)) => (format!("{stem}-"), 1),
        None => {
            let year = year.map(|y| format!("{y}-")).unwrap_or_default();
            (format!("{organisation}-{year}"), 0)
        }
    };
    let taken = |id: &str| -> Result<bool> {
        Ok(conn
            .query_row(
                "SELECT 1 FROM requests WHERE organisation = ?1 AND id = ?2",
                [organisation, id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    };
    loop {
        n += 1;
        let id = format!("{stem}{n}");
        if !taken(&id)? {
            return Ok(id);
        }
    }
}

/// ("psf-2023-subpoena-", Some(3)) for "psf-2023-subpoena-3".
fn split_number(id: &str) -> (&str, Option<u64>) {
    let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (stem, num) = id.split_at(id.len() - digits);
    (stem, num.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_latest_reference_up() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        crate::store::seed(&mut store)?;
        assert_eq!(
            suggest_reference(&store, "psf", Some(2023))?,
            "psf-2023-subpoena-4"
        );
        assert_eq!(
            suggest_reference(&store, "acme", Some(2024))?,
            "acme-2024-1"
        );
        assert_eq!(split_number("abc"), ("abc", None));
        Ok(())
    }
}
