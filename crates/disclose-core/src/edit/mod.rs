//! Authoring: add, change and delete one record, as the app's forms and `disclose delete` do.
//!
//! A form's record goes through the importer's own reader and [`Writer`](crate::import),
//! so it meets the same rules and fails with the same `{code, message, problems}`; every
//! save or delete is one entry of the journal (`store::journal`), undone in one step.
//! `policy` applies a policy change to the inventory; `reference` suggests the next
//! request reference.

mod policy;
mod reference;

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::Transaction;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

pub use reference::suggest_reference;

use crate::domain::{InventoryEntry, Matter, Organisation, PolicyChange, Request, Subject};
use crate::error::{Error, Location, Problem, Result};
use crate::i18n::{say, Text};
use crate::import::bundle::record;
use crate::import::{FileKind, ImportOptions, Writer};
use crate::store::journal::{self, ChangeEntry, ChangeKind, Open};
use crate::store::{self, Store};

/// The name problems of a form carry in place of a file.
pub const FORM: &str = "form";

/// The kinds of record a form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// An organisation (name, service, website).
    Organisation,
    /// A matter (an investigation with its account total).
    Matter,
    /// A request with the data it asked for.
    Request,
    /// What was held when.
    Inventory,
    /// A dated policy change.
    PolicyChange,
}

impl RecordKind {
    /// How people say it ("policy change"), in the language it is shown in.
    pub fn words(self) -> Text {
        say!("record-kind", kind = self.table())
    }

    /// The table its rows live in, and the count key of the journal.
    fn table(self) -> &'static str {
        match self {
            RecordKind::Organisation => "organisations",
            RecordKind::Matter => "matters",
            RecordKind::Request => "requests",
            RecordKind::Inventory => "inventory",
            RecordKind::PolicyChange => "policy_changes",
        }
    }
}

/// What a form saves.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Save {
    /// What kind of record.
    pub kind: RecordKind,
    /// The record as the bundle writes it (`null` for a blank optional field).
    #[ts(type = "Record<string, unknown>")]
    pub record: Value,
    /// The id it had when the form opened; None for a new record. When the record now has
    /// another id (or organisation), the old one is replaced by it.
    #[serde(default)]
    pub original: Option<String>,
    /// A request's subjects: a new list replaces the stored one; None keeps it as it is.
    #[serde(default)]
    pub subjects: Option<Vec<String>>,
    /// A policy change: also close the inventory entries it changes and open new ones.
    #[serde(default)]
    pub apply: bool,
}

/// One record to delete.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct Target {
    /// What kind of record.
    pub kind: RecordKind,
    /// Its organisation (the organisation's own id for an organisation).
    pub organisation: String,
    /// Its id.
    pub id: String,
}

/// What a save did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Saved {
    /// The journal entry it made.
    pub change: ChangeEntry,
    /// Problems that did not stop it (a category marked provided that the inventory says
    /// was not held).
    pub warnings: Vec<Problem>,
}

impl Saved {
    /// The entry and the warnings said in `lang` (what crosses to the window).
    pub fn said_in(&self, lang: crate::i18n::Lang) -> Saved {
        Saved {
            change: self.change.said_in(lang),
            warnings: self.warnings.iter().map(|p| p.said_in(lang)).collect(),
        }
    }
}

/// Saves a form's record as one journal entry; nothing is written unless it is valid.
pub fn save(store: &mut Store, form: &Save) -> Result<Saved> {
    let tx = store.transaction()?;
    let saved = write(&tx, form)?;
    tx.commit()?;
    Ok(saved)
}

/// The problems a save would meet, found the same way and written nowhere: the form
/// calls this as the user types.
///
/// A check waits a quarter of a second at most for another writer (the CLI importing), so
/// typing never stalls the window; a busy store fails with `Error::Busy`, and the form
/// checks again on the next keystroke.
pub fn check(store: &mut Store, form: &Save) -> Result<Vec<Problem>> {
    store
        .conn()
        .busy_timeout(std::time::Duration::from_millis(250))?;
    let result = (|| {
        let tx = store.transaction()?;
        match write(&tx, form) {
            Ok(saved) => Ok(saved.warnings),
            Err(Error::InvalidInput(p) | Error::Conflict(p)) => Ok(p),
            Err(e) => Err(e),
        }
    })();
    store.conn().busy_timeout(store::BUSY_TIMEOUT)?;
    result
}

/// A change of the journal made from a form, and the importer's writer for it (replacing
/// what it restates).
fn form_change<'t>(tx: &'t Transaction<'t>, kind: ChangeKind) -> Result<(Open, Writer<'t>)> {
    let change = journal::begin(tx, kind)?;
    let batch = journal::new_batch(tx, &change, FORM, "", FORM)?;
    let opts = ImportOptions {
        replace: true,
        ..ImportOptions::default()
    };
    Ok((
        change,
        Writer::new(tx, Path::new(FORM), change, batch, "", &opts)?,
    ))
}

fn write(tx: &Transaction, form: &Save) -> Result<Saved> {
    let kind = if form.original.is_some() {
        ChangeKind::Edit
    } else {
        ChangeKind::Add
    };
    let kind = if form.apply { ChangeKind::Apply } else { kind };
    let (change, mut w) = form_change(tx, kind)?;
    let org = form
        .record
        .get("organisation")
        .or_else(|| {
            (form.kind == RecordKind::Organisation)
                .then(|| form.record.get("id"))
                .flatten()
        })
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let id = form
        .record
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let renamed = form.original.as_deref().is_some_and(|o| o != id);
    if form.original.is_none() || renamed {
        refuse_taken(tx, form.kind, &org, &id)?;
    }
    if renamed && form.kind == RecordKind::Organisation {
        return Err(Error::Usage(say!("error-organisation-id-fixed")));
    }
    // A request keeps its subjects unless the form gives new ones (read before the old
    // version may go).
    let kept = match (&form.subjects, form.original.as_deref()) {
        (Some(list), _) => list
            .iter()
            .map(|s| Subject {
                identifier: s.clone(),
            })
            .collect(),
        (None, Some(old)) if form.kind == RecordKind::Request => stored_subjects(tx, &org, old)?,
        _ => Vec::new(),
    };
    // The version the form opened goes when the record gets another id; an inventory
    // entry's is always replaced, as its natural key (category, day, place) may change.
    let replaced = match form.kind {
        RecordKind::Inventory => form.original.as_deref(),
        _ => form.original.as_deref().filter(|_| renamed),
    };
    if let Some(old) = replaced {
        remove(tx, &change, form.kind, &org, old)?;
    }
    let mut applied = 0;
    match form.kind {
        RecordKind::Organisation => record(&mut w, &form.record, "$", |w, o: Organisation| {
            w.organisation(&o, &json("$"))
        })?,
        RecordKind::Matter => record(&mut w, &form.record, "$", |w, m: Matter| {
            w.matter(&m, &json("$"))
        })?,
        RecordKind::Request => record(&mut w, &form.record, "$", |w, mut r: Request| {
            if !r.subjects.is_empty() {
                return Err(Error::Usage(say!("error-subjects-own-field")));
            }
            r.subjects = kept;
            let prepared = crate::import::prepare(FORM, json("$"), r)?;
            w.request(prepared, false)
        })?,
        RecordKind::Inventory => record(&mut w, &form.record, "$", |w, e: InventoryEntry| {
            w.inventory(&e, &json("$"))
        })?,
        RecordKind::PolicyChange => {
            let mut parsed = None;
            record(&mut w, &form.record, "$", |w, p: PolicyChange| {
                w.policy_change(&p, &json("$"))?;
                parsed = Some(p);
                Ok(())
            })?;
            if let (true, Some(p)) = (form.apply, &parsed) {
                applied = policy::apply(tx, &mut w, p)?;
            }
        }
    }
    let summary = w.finish(FileKind::Bundle)?;
    let mut counts = BTreeMap::new();
    counts.insert(form.kind.table().to_string(), 1);
    if applied > 0 {
        counts.insert("inventory".to_string(), applied);
    }
    let what = form.kind.words();
    let line = match kind {
        ChangeKind::Apply => say!(
            "history-applied",
            kind = what,
            id = id.as_str(),
            applied = applied
        ),
        ChangeKind::Edit if renamed => say!(
            "history-renamed",
            kind = what,
            old = form.original.as_deref().unwrap_or_default(),
            id = id.as_str()
        ),
        ChangeKind::Edit => say!("history-changed", kind = what, id = id.as_str()),
        _ => say!("history-added", kind = what, id = id.as_str()),
    };
    journal::finish(tx, &change, &line, &counts)?;
    Ok(Saved {
        change: journal::entry(tx, change.id)?,
        warnings: summary.warnings,
    })
}

/// Deletes one record, and everything that belongs to it, as one journal entry.
pub fn delete(store: &mut Store, target: &Target) -> Result<ChangeEntry> {
    let tx = store.transaction()?;
    let change = journal::begin(&tx, ChangeKind::Delete)?;
    let counts = remove(&tx, &change, target.kind, &target.organisation, &target.id)?;
    let with: BTreeMap<String, u64> = counts
        .iter()
        .filter(|(k, _)| *k != target.kind.table())
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    let (kind, id) = (target.kind.words(), target.id.as_str());
    let line = if with.is_empty() {
        say!("history-deleted", kind = kind, id = id)
    } else {
        say!(
            "history-deleted-with",
            kind = kind,
            id = id,
            with = crate::import::counts_text(&with)
        )
    };
    journal::finish(&tx, &change, &line, &counts)?;
    let entry = journal::entry(&tx, change.id)?;
    tx.commit()?;
    Ok(entry)
}

/// The organisation whose record of this kind has this id: the one, or a usage error that
/// names them all when several have it.
pub fn organisation_of(store: &Store, kind: RecordKind, id: &str) -> Result<String> {
    if kind == RecordKind::Organisation {
        return Ok(id.to_string());
    }
    let mut stmt = store.conn().prepare(&format!(
        "SELECT DISTINCT organisation FROM {} WHERE id = ?1 ORDER BY 1",
        kind.table()
    ))?;
    let orgs: Vec<String> = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    match orgs.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::Usage(say!(
            "error-no-record",
            kind = kind.words(),
            id = id
        ))),
        many => Err(Error::Usage(say!(
            "error-record-in-several",
            kind = kind.words(),
            id = id,
            organisations = many.join(", ")
        ))),
    }
}

/// Sets the texts of an organisation's report for a period as one change: each given key
/// gets its text, an empty text removes it. Checked as an import checks report texts.
pub fn set_report_texts(
    store: &mut Store,
    organisation: &str,
    period: &crate::date::FuzzyDate,
    texts: &BTreeMap<String, String>,
) -> Result<ChangeEntry> {
    let tx = store.transaction()?;
    let (change, mut w) = form_change(&tx, ChangeKind::Edit)?;
    let mut n = 0;
    for (key, text) in texts {
        let loc = json(&format!("$.{key}"));
        if text.trim().is_empty() {
            let gone = journal::delete(
                &tx,
                &change,
                "report_texts",
                "organisation = ?1 AND period = ?2 AND key = ?3",
                &[&organisation, &period.to_string(), key],
            )?;
            n += gone as u64;
            continue;
        }
        let t = crate::domain::ReportText {
            organisation: organisation.to_string(),
            period: *period,
            key: key.clone(),
            text: text.clone(),
        };
        w.report_text(&t, &loc)?;
        n += 1;
    }
    w.finish(FileKind::Bundle)?;
    let mut counts = BTreeMap::new();
    counts.insert("report_texts".to_string(), n);
    let name = store::organisations::list(&tx)?
        .into_iter()
        .find(|o| o.id == organisation)
        .map_or_else(|| organisation.to_string(), |o| o.label());
    let line = say!(
        "history-report-texts",
        period = period.to_string(),
        name = name
    );
    journal::finish(&tx, &change, &line, &counts)?;
    let entry = journal::entry(&tx, change.id)?;
    tx.commit()?;
    Ok(entry)
}

/// The texts of an organisation's report for a period, and the period they were written
/// for: this one's, or the latest before it when this period has none yet.
pub fn report_texts(
    store: &Store,
    organisation: &str,
    period: &crate::date::FuzzyDate,
) -> Result<(Option<crate::date::FuzzyDate>, BTreeMap<String, String>)> {
    store::report_texts::for_report(store.conn(), organisation, period)
}

/// What deleting an organisation takes with it: counts by kind, and the same in words
/// ("3 requests, 18 inventory entries"), so the app can ask first.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RecordCounts {
    /// Records by kind (`requests`, `inventory`, ...).
    #[ts(type = "Record<string, number>")]
    pub counts: BTreeMap<String, u64>,
    /// The counts in words; "no records" when there are none.
    pub summary: String,
}

/// How many records deleting an organisation takes with it, by kind: the app asks first.
pub fn organisation_records(store: &Store, organisation: &str) -> Result<RecordCounts> {
    organisation_records_in(store, organisation, disclose_i18n::Lang::En)
}

/// [`organisation_records`] with its summary in `lang`.
pub fn organisation_records_in(
    store: &Store,
    organisation: &str,
    lang: disclose_i18n::Lang,
) -> Result<RecordCounts> {
    let mut counts = BTreeMap::new();
    for table in [
        "requests",
        "aggregates",
        "policy_changes",
        "report_texts",
        "inventory",
        "matters",
    ] {
        let n: i64 = store.conn().query_row(
            &format!("SELECT count(*) FROM {table} WHERE organisation = ?1"),
            [organisation],
            |r| r.get(0),
        )?;
        if n > 0 {
            counts.insert(table.to_string(), n as u64);
        }
    }
    let summary = if counts.is_empty() {
        disclose_i18n::text(lang, "records-none").to_string()
    } else {
        crate::import::describe_counts_in(&counts, lang)
    };
    Ok(RecordCounts { counts, summary })
}

/// Removes a record (an organisation with all its records), keeping every row's image.
fn remove(
    tx: &Transaction,
    change: &Open,
    kind: RecordKind,
    organisation: &str,
    id: &str,
) -> Result<BTreeMap<String, u64>> {
    let mut counts = BTreeMap::new();
    let by_key = "organisation = ?1 AND id = ?2";
    let n = match kind {
        RecordKind::Organisation => {
            for table in [
                "requests",
                "aggregates",
                "policy_changes",
                "report_texts",
                "inventory",
                "matters",
            ] {
                let n = journal::delete(tx, change, table, "organisation = ?1", &[&organisation])?;
                if n > 0 {
                    counts.insert(table.to_string(), n as u64);
                }
            }
            journal::delete(tx, change, "organisations", "id = ?1", &[&id])?
        }
        RecordKind::Matter => {
            let used: i64 = tx.query_row(
                "SELECT count(*) FROM requests WHERE organisation = ?1 AND matter = ?2",
                [organisation, id],
                |r| r.get(0),
            )?;
            if used > 0 {
                return Err(Error::Usage(say!(
                    "error-matter-in-use",
                    id = id,
                    used = used
                )));
            }
            journal::delete(tx, change, "matters", by_key, &[&organisation, &id])?
        }
        other => journal::delete(tx, change, other.table(), by_key, &[&organisation, &id])?,
    };
    if n == 0 {
        return Err(Error::Usage(if kind == RecordKind::Organisation {
            say!("error-no-organisation", id = id)
        } else {
            say!(
                "error-no-record-of",
                kind = kind.words(),
                id = id,
                organisation = organisation
            )
        }));
    }
    counts.insert(kind.table().to_string(), n as u64);
    Ok(counts)
}

/// A new record, or a renamed one, may not take an id that names another record.
fn refuse_taken(tx: &Transaction, kind: RecordKind, organisation: &str, id: &str) -> Result<()> {
    let taken = match kind {
        RecordKind::Organisation => store::organisations::stored_hash(tx, id)?.is_some(),
        RecordKind::Matter => store::matters::stored_hash(tx, organisation, id)?.is_some(),
        RecordKind::Request => store::requests::existing(tx, organisation, id)?.is_some(),
        RecordKind::Inventory => store::inventory::id_taken(tx, organisation, id)?,
        RecordKind::PolicyChange => store::policy::stored_hash(tx, organisation, id)?.is_some(),
    };
    if !taken {
        return Ok(());
    }
    Err(Error::InvalidInput(vec![Problem::error(
        FORM,
        json("$.id"),
        say!("expected-id-free", kind = kind.words()),
    )
    .field("id")
    .found(id)]))
}

/// The subjects a request has now; they stay inside the core.
fn stored_subjects(tx: &Transaction, organisation: &str, id: &str) -> Result<Vec<Subject>> {
    Ok(
        store::requests::get(tx, organisation, id, store::requests::Subjects::Include)?
            .map(|r| r.subjects)
            .unwrap_or_default(),
    )
}

/// A request's subjects, for the request form's "Show" and nothing else.
pub fn subjects(store: &Store, organisation: &str, id: &str) -> Result<Vec<String>> {
    let tx = store.conn().unchecked_transaction()?;
    Ok(stored_subjects(&tx, organisation, id)?
        .into_iter()
        .map(|s| s.identifier)
        .collect())
}

/// How many subjects a request has recorded: the form says "5 subjects recorded", never
/// which.
pub fn subject_count(store: &Store, organisation: &str, id: &str) -> Result<u32> {
    Ok(store.conn().query_row(
        "SELECT count(*) FROM subjects s JOIN requests r ON r.rowid = s.request
         WHERE r.organisation = ?1 AND r.id = ?2",
        [organisation, id],
        |r| r.get(0),
    )?)
}

/// The category a request's own wording most likely means (`Vocabulary::suggest`), over
/// the store's categories and their aliases.
pub fn suggest_category(store: &Store, wording: &str) -> Result<Option<String>> {
    let vocab = crate::domain::Vocabulary::new(&store::categories::list(store.conn())?);
    Ok(vocab.suggest(wording).map(str::to_string))
}

/// A policy change as its form edits it.
pub fn policy_change(store: &Store, organisation: &str, id: &str) -> Result<PolicyChange> {
    store::policy::in_period(store.conn(), Some(organisation), None, None)?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or_else(|| {
            Error::Usage(say!(
                "error-no-record-of",
                kind = RecordKind::PolicyChange.words(),
                id = id,
                organisation = organisation
            ))
        })
}

/// An organisation as its form edits it.
pub fn organisation(store: &Store, id: &str) -> Result<Organisation> {
    store::organisations::list(store.conn())?
        .into_iter()
        .find(|o| o.id == id)
        .ok_or_else(|| Error::Usage(say!("error-no-organisation", id = id)))
}

/// The organisation's matters, for the request form's picker.
pub fn matters(store: &Store, organisation: &str) -> Result<Vec<Matter>> {
    Ok(store::matters::list(store.conn())?
        .into_iter()
        .filter(|m| m.organisation == organisation)
        .collect())
}

fn json(path: &str) -> Location {
    Location::JsonPath { path: path.into() }
}
