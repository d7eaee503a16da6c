//! Applying a policy change to the inventory: for each category it changes, the entries
//! in force on its date are closed on that date and a new entry opens with the state
//! after, so the timeline and "held on date X" follow from the change instead of being
//! typed twice.

use rusqlite::Transaction;

use crate::domain::{InventoryEntry, PolicyChange};
use crate::error::{Location, Problem, Result};
use crate::import::Writer;
use crate::store;

/// Closes and opens the inventory entries `p` changes; returns how many it wrote.
pub(super) fn apply(tx: &Transaction, w: &mut Writer, p: &PolicyChange) -> Result<u64> {
    let day = p.date.start();
    let in_force = store::inventory::as_of(tx, Some(&p.organisation), day)?;
    let mut written = 0;
    for (i, c) in p.changes.iter().enumerate() {
        let Some(after) = &c.after else { continue };
        let loc = Location::JsonPath {
            path: format!("$.changes[{i}]"),
        };
        let old: Vec<&InventoryEntry> = in_force
            .iter()
            .filter(|e| e.category == c.category)
            .collect();
        if let Some(same_day) = old.iter().find(|e| e.valid_from.start() == day) {
            w.push(
                Problem::error(
                    super::FORM,
                    loc,
                    crate::i18n::say!(
                        "expected-after-entry-start",
                        start = same_day.valid_from.to_string()
                    ),
                )
                .field("date")
                .found(p.date.to_string()),
            );
            continue;
        }
        for e in &old {
            let closed = InventoryEntry {
                valid_to: Some(p.date),
                ..(*e).clone()
            };
            w.inventory(&closed, &loc)?;
            written += 1;
        }
        let before = (old.len() == 1).then(|| old[0]);
        let opened = InventoryEntry {
            id: None,
            organisation: p.organisation.clone(),
            category: c.category.clone(),
            held: after.held.or(before.map(|b| b.held)).unwrap_or(true),
            retention: after
                .retention
                .clone()
                .or_else(|| before.and_then(|b| b.retention.clone())),
            valid_from: p.date,
            valid_to: None,
            location: after
                .location
                .clone()
                .or_else(|| before.and_then(|b| b.location.clone())),
            notes: after.notes.clone(),
            source: p.source.clone(),
        };
        w.inventory(&opened, &loc)?;
        written += 1;
    }
    Ok(written)
}
