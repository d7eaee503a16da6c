//! The `Writer`: receives the records a reader makes and writes them inside the import
//! transaction. It checks references (organisations, matters, categories) and what the
//! inventory says, upserts by natural key, tells unchanged, replaced and conflicting
//! records apart, keeps the roll-ups in step, and collects the problems of a file.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{display_name, FileKind, ImportOptions, ImportSummary};
use crate::domain::{
    Aggregate, Category, Disposition, InventoryEntry, Matter, Organisation, PolicyChange,
    ReportText, Request, Vocabulary, REPORT_TEXT_KEYS,
};
use crate::error::{Error, Location, Problem, Problems, Result, Severity};
use crate::i18n::{say, Text};
use crate::store::journal::{self, Open};
use crate::store::{self, content_hash};
use crate::text_hash::{TextMap, TextSet};
use crate::validate::{check_request, id_expected, is_valid_id};

/// A request with the checks that need no store already done, so they can run
/// on another thread than the writer (see the CSV reader).
pub(crate) struct Prepared {
    pub request: Request,
    pub loc: Location,
    pub problems: Vec<Problem>,
    pub hash: [u8; 16],
    pub text: store::requests::RowText,
}

pub(crate) fn prepare(file: &str, loc: Location, mut request: Request) -> Result<Prepared> {
    // Category order carries no meaning; sorting makes the content hash ignore it.
    request
        .categories
        .sort_by(|a, b| a.category.cmp(&b.category));
    let text = store::requests::RowText::of(&request)?;
    Ok(Prepared {
        problems: check_request(file, &loc, &request),
        hash: store::request_json::content_hash(&request, &text.dates()),
        text,
        request,
        loc,
    })
}

/// (from, to exclusive, held) for one organisation x category.
type Intervals = Vec<(NaiveDate, Option<NaiveDate>, bool)>;

/// Receives records from a reader and writes them inside the import transaction.
pub(crate) struct Writer<'t> {
    tx: &'t Transaction<'t>,
    file: String,
    sha256: String,
    change: Open,
    batch: i64,
    /// Stored requests this file restates unchanged, so a repeat later in the file is caught
    /// without stamping them (they are not part of the change).
    unchanged: roaring::RoaringTreemap,
    replace: bool,
    strict: bool,
    pub(crate) problems: Problems,
    conflicts: usize,
    pub(crate) vocab: Vocabulary,
    organisations: TextSet<String>,
    matters: TextSet<(String, String)>,
    /// By organisation, then category.
    inventory: TextMap<String, TextMap<String, Intervals>>,
    seen: TextSet<String>,
    rollups: super::counting::Counting,
    requests: store::requests::Writes<'t>,
    summary: ImportSummary,
}

enum Stored {
    Absent,
    Same,
    Different,
}

impl<'t> Writer<'t> {
    /// A writer for the file at `path` (whose SHA-256 is `sha256`) in import batch `batch`
    /// of the journal's change `change`.
    pub(crate) fn new(
        tx: &'t Transaction<'t>,
        path: &Path,
        change: Open,
        batch: i64,
        sha256: &str,
        opts: &ImportOptions,
    ) -> Result<Self> {
        let limit = match opts.max_problems {
            0 => Problems::DEFAULT_LIMIT,
            n => n,
        };
        let mut w = Writer {
            tx,
            file: display_name(path),
            sha256: sha256.to_string(),
            change,
            batch,
            unchanged: Default::default(),
            replace: opts.replace,
            strict: opts.strict,
            problems: Problems::new(limit),
            conflicts: 0,
            vocab: Vocabulary::new(&store::categories::list(tx)?),
            organisations: store::organisations::list(tx)?
                .into_iter()
                .map(|o| o.id)
                .collect(),
            matters: store::matters::list(tx)?
                .into_iter()
                .map(|m| (m.organisation, m.id))
                .collect(),
            inventory: TextMap::default(),
            seen: TextSet::default(),
            rollups: super::counting::Counting::start()?,
            requests: store::requests::Writes::new(tx)?,
            summary: ImportSummary {
                file: display_name(path),
                ..ImportSummary::default()
            },
        };
        for e in store::inventory::list(tx)? {
            w.note_inventory(&e);
        }
        Ok(w)
    }

    /// Stamps the file's batch with its SHA-256, for a reader that hashed the file while
    /// reading it (the writer was made with none).
    pub(crate) fn file_hashed(&mut self, sha256: String) -> Result<()> {
        journal::set_batch_sha256(self.tx, self.batch, &sha256)?;
        self.sha256 = sha256;
        Ok(())
    }

    /// The first 16 hex digits of the file's SHA-256, for the sources of published counts.
    pub(crate) fn short_sha256(&self) -> &str {
        &self.sha256[..16.min(self.sha256.len())]
    }

    /// Where a figure of this file comes from: the file's name and checksum, the rows, and
    /// the period as the file wrote it.
    pub(crate) fn trace(&self, rows: &[u64], period: impl Into<String>) -> crate::trace::Trace {
        crate::trace::Trace {
            file: Path::new(&self.file)
                .file_name()
                .map_or_else(|| self.file.clone(), |n| n.to_string_lossy().into_owned()),
            sha256: self.sha256.clone(),
            rows: crate::trace::ranges(rows),
            period: period.into(),
            ..Default::default()
        }
    }

    /// Whether doubtful cells (undecodable bytes, places that are no ISO country) refuse
    /// the file instead of importing with a warning.
    pub(crate) fn strict(&self) -> bool {
        self.strict
    }

    pub(crate) fn file(&self) -> &str {
        &self.file
    }

    /// Records a problem; in JSON, a plain field name is appended to the record's path
    /// so the path leads straight to the value (`$.requests[2].country`).
    pub(crate) fn push(&mut self, mut p: Problem) {
        if let (Location::JsonPath { path }, Some(field)) = (&mut p.location, &p.field) {
            let plain = field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if plain && path.ends_with(']') {
                path.push('.');
                path.push_str(field);
            }
        }
        self.problems.push(p);
    }

    /// True when enough errors are collected that reading on would only repeat them.
    pub(crate) fn should_stop(&self) -> bool {
        self.problems.full()
    }

    pub(crate) fn records(&self) -> u64 {
        self.summary.inserted.values().sum::<u64>() + self.summary.unchanged + self.summary.replaced
    }

    fn error(&mut self, loc: &Location, field: &str, found: &str, expected: Text) {
        let p = Problem::error(&self.file, loc.clone(), expected)
            .field(field)
            .found(found);
        self.push(p);
    }

    /// A record seen twice in the same file is an error, whatever the store holds. `kind`
    /// is its table ("requests", "inventory").
    fn first_in_file(&mut self, kind: &'static str, key: String, loc: &Location) -> bool {
        if self.seen.insert(format!("{kind}\u{1f}{key}")) {
            return true;
        }
        self.error(loc, "id", &key, once_per_file(kind));
        false
    }

    fn classify(&self, stored: Option<Vec<u8>>, hash: &[u8]) -> Stored {
        match stored {
            None => Stored::Absent,
            Some(h) if h == hash => Stored::Same,
            Some(_) => Stored::Different,
        }
    }

    /// Keeps the image of the stored rows about to be overwritten, for undo.
    fn keep(&self, table: &str, filter: &str, args: &[&dyn rusqlite::ToSql]) -> Result<()> {
        journal::capture(self.tx, &self.change, table, filter, args)
    }

    /// Counts the outcome and says whether the record should be written.
    fn decide(&mut self, kind: &'static str, key: &str, loc: &Location, stored: Stored) -> bool {
        match stored {
            Stored::Absent => {
                *self.summary.inserted.entry(kind).or_default() += 1;
                true
            }
            Stored::Same => {
                self.summary.unchanged += 1;
                false
            }
            Stored::Different if self.replace => {
                self.summary.replaced += 1;
                true
            }
            Stored::Different => {
                self.conflict(loc, kind, key, None);
                false
            }
        }
    }

    fn conflict(
        &mut self,
        loc: &Location,
        kind: &'static str,
        key: &str,
        fields: Option<Vec<String>>,
    ) {
        self.conflicts += 1;
        let kind = say!("record-kind", kind = kind);
        let expected = match fields {
            Some(f) if !f.is_empty() => say!(
                "expected-same-content-differs",
                kind = kind,
                fields = f.join(", ")
            ),
            _ => say!("expected-same-content", kind = kind),
        };
        self.error(loc, "id", key, expected);
    }

    pub(crate) fn ensure_organisation(&mut self, id: &str, loc: &Location) -> Result<bool> {
        if self.organisations.contains(id) {
            return Ok(true);
        }
        if !is_valid_id(id) {
            self.error(loc, "organisation", id, id_expected());
            return Ok(false);
        }
        let o = Organisation {
            id: id.to_string(),
            name: id.to_string(),
            service: None,
            url: None,
        };
        store::organisations::upsert(self.tx, &o, &content_hash(&o)?, self.batch)?;
        self.organisations.insert(id.to_string());
        self.summary.created_organisations.push(id.to_string());
        Ok(true)
    }

    fn known_organisation(&mut self, id: &str, loc: &Location) -> bool {
        if self.organisations.contains(id) {
            return true;
        }
        self.error(loc, "organisation", id, say!("expected-known-organisation"));
        false
    }

    fn known_category(&mut self, id: &str, loc: &Location, field: &str) -> bool {
        if self.vocab.is_id(id) {
            return true;
        }
        let hint = match self.vocab.resolve(id) {
            Some(real) => say!("expected-category-did-you-mean", real = real),
            None => say!("expected-known-category"),
        };
        self.error(loc, field, id, hint);
        false
    }

    pub(crate) fn organisation(&mut self, o: &Organisation, loc: &Location) -> Result<()> {
        if !is_valid_id(&o.id) {
            self.error(loc, "id", &o.id, id_expected());
            return Ok(());
        }
        if !self.first_in_file("organisations", o.id.clone(), loc) {
            return Ok(());
        }
        let hash = content_hash(o)?;
        let stored = self.classify(store::organisations::stored_hash(self.tx, &o.id)?, &hash);
        // An organisation created from a bare id by an earlier CSV import is filled in, not a conflict.
        let placeholder = matches!(stored, Stored::Different)
            && store::organisations::list(self.tx)?
                .iter()
                .any(|s| s.id == o.id && s.name == s.id && s.service.is_none() && s.url.is_none());
        if placeholder || self.decide("organisations", &o.id, loc, stored) {
            self.keep("organisations", "id = ?1", &[&o.id])?;
            store::organisations::upsert(self.tx, o, &hash, self.batch)?;
        }
        self.organisations.insert(o.id.clone());
        Ok(())
    }

    pub(crate) fn category(&mut self, c: &Category, loc: &Location) -> Result<()> {
        if !is_valid_id(&c.id) || c.id.contains(['/', ':', '#', '.']) {
            self.error(loc, "id", &c.id, say!("expected-category-id"));
            return Ok(());
        }
        if !self.first_in_file("categories", c.id.clone(), loc) {
            return Ok(());
        }
        let hash = content_hash(c)?;
        let stored = self.classify(store::categories::stored_hash(self.tx, &c.id)?, &hash);
        if self.decide("categories", &c.id, loc, stored) {
            self.keep("categories", "id = ?1", &[&c.id])?;
            store::categories::insert(self.tx, c, &hash, Some(self.batch))?;
        }
        self.vocab.add_category(c);
        Ok(())
    }

    pub(crate) fn matter(&mut self, m: &Matter, loc: &Location) -> Result<()> {
        if !is_valid_id(&m.id) {
            self.error(loc, "id", &m.id, id_expected());
            return Ok(());
        }
        if !self.known_organisation(&m.organisation, loc)
            || !self.first_in_file("matters", format!("{}/{}", m.organisation, m.id), loc)
        {
            return Ok(());
        }
        let hash = content_hash(m)?;
        let stored = self.classify(
            store::matters::stored_hash(self.tx, &m.organisation, &m.id)?,
            &hash,
        );
        if self.decide("matters", &m.id, loc, stored) {
            self.keep(
                "matters",
                "organisation = ?1 AND id = ?2",
                &[&m.organisation, &m.id],
            )?;
            store::matters::upsert(self.tx, m, &hash, self.batch)?;
        }
        self.matters.insert((m.organisation.clone(), m.id.clone()));
        Ok(())
    }

    fn note_inventory(&mut self, e: &InventoryEntry) {
        self.inventory
            .entry(e.organisation.clone())
            .or_default()
            .entry(e.category.clone())
            .or_default()
            .push((e.valid_from.start(), e.valid_to.map(|d| d.start()), e.held));
    }

    pub(crate) fn inventory(&mut self, e: &InventoryEntry, loc: &Location) -> Result<()> {
        if !self.known_organisation(&e.organisation, loc)
            || !self.known_category(&e.category, loc, "category")
        {
            return Ok(());
        }
        if let Some(to) = e.valid_to {
            if to.start() <= e.valid_from.start() {
                self.error(
                    loc,
                    "valid_to",
                    &to.to_string(),
                    say!("expected-after-valid-from", from = e.valid_from.to_string()),
                );
                return Ok(());
            }
        }
        let key = format!(
            "{}/{}/{}/{}",
            e.organisation,
            e.category,
            e.valid_from,
            e.location.as_deref().unwrap_or("")
        );
        if !self.first_in_file("inventory", key.clone(), loc) {
            return Ok(());
        }
        if let Some(id) = &e.id {
            if !is_valid_id(id) {
                self.error(loc, "id", id, id_expected());
                return Ok(());
            }
            let here = store::inventory::stored_id(self.tx, e)?;
            if here.as_deref() != Some(id.as_str())
                && store::inventory::id_taken(self.tx, &e.organisation, id)?
            {
                self.error(loc, "id", id, say!("expected-inventory-id-free"));
                return Ok(());
            }
        }
        // The id names the entry; it is not part of what the entry says.
        let hash = content_hash(&InventoryEntry {
            id: None,
            ..e.clone()
        })?;
        let stored = self.classify(store::inventory::stored_hash(self.tx, e)?, &hash);
        if self.decide("inventory", &key, loc, stored) {
            let [o, c, from, at] = store::inventory::natural_key(e);
            self.keep(
                "inventory",
                store::inventory::NATURAL_KEY,
                &[&o, &c, &from, &at],
            )?;
            store::inventory::upsert(self.tx, e, &hash, self.batch)?;
            self.note_inventory(e);
        }
        Ok(())
    }

    pub(crate) fn policy_change(&mut self, p: &PolicyChange, loc: &Location) -> Result<()> {
        if !is_valid_id(&p.id) {
            self.error(loc, "id", &p.id, id_expected());
            return Ok(());
        }
        if !self.known_organisation(&p.organisation, loc) {
            return Ok(());
        }
        let mut ok = true;
        for c in &p.changes {
            ok &= self.known_category(&c.category, loc, "changes.category");
        }
        if !ok
            || !self.first_in_file(
                "policy_changes",
                format!("{}/{}", p.organisation, p.id),
                loc,
            )
        {
            return Ok(());
        }
        let hash = content_hash(p)?;
        let stored = self.classify(
            store::policy::stored_hash(self.tx, &p.organisation, &p.id)?,
            &hash,
        );
        if self.decide("policy_changes", &p.id, loc, stored) {
            self.keep(
                "policy_changes",
                "organisation = ?1 AND id = ?2",
                &[&p.organisation, &p.id],
            )?;
            store::policy::upsert(self.tx, p, &hash, self.batch)?;
        }
        Ok(())
    }

    pub(crate) fn report_text(&mut self, t: &ReportText, loc: &Location) -> Result<()> {
        if !self.known_organisation(&t.organisation, loc) {
            return Ok(());
        }
        if !REPORT_TEXT_KEYS.contains(&t.key.as_str()) {
            self.error(
                loc,
                "key",
                &t.key,
                say!("expected-one-of", list = REPORT_TEXT_KEYS.join(", ")),
            );
            return Ok(());
        }
        let key = format!("{}/{}/{}", t.organisation, t.period, t.key);
        if !self.first_in_file("report_texts", key.clone(), loc) {
            return Ok(());
        }
        let hash = content_hash(t)?;
        let stored = self.classify(store::report_texts::stored_hash(self.tx, t)?, &hash);
        if self.decide("report_texts", &key, loc, stored) {
            self.keep(
                "report_texts",
                "organisation = ?1 AND period = ?2 AND key = ?3",
                &[&t.organisation, &t.period.to_string(), &t.key],
            )?;
            store::report_texts::upsert(self.tx, t, &hash, self.batch)?;
        }
        Ok(())
    }

    /// Writes a published count, with where it comes from (`trace`) when the reader knows.
    pub(crate) fn aggregate(
        &mut self,
        a: &Aggregate,
        loc: &Location,
        trace: Option<&crate::trace::Trace>,
    ) -> Result<()> {
        if !self.known_organisation(&a.organisation, loc) {
            return Ok(());
        }
        if a.value.is_none() && a.value_min.is_none() && a.value_max.is_none() {
            self.error(loc, "value", "null", say!("expected-value-or-band"));
            return Ok(());
        }
        let key = format!(
            "{}/{}/{}/{:?}/{:?}/{:?}/{}",
            a.organisation, a.period_start, a.period_end, a.country, a.process, a.scope, a.metric
        );
        if !self.first_in_file("aggregates", key.clone(), loc) {
            return Ok(());
        }
        let hash = content_hash(a)?;
        let stored = self.classify(store::aggregates::stored_hash(self.tx, a)?, &hash);
        if self.decide("aggregates", &key, loc, stored) {
            let k = store::aggregates::key(a);
            self.keep(
                "aggregates",
                "organisation = ?1 AND period_start = ?2 AND period_end = ?3 AND country = ?4
                 AND process = ?5 AND scope = ?6 AND metric = ?7 AND unit = ?8",
                &[&k[0], &k[1], &k[2], &k[3], &k[4], &k[5], &k[6], &k[7]],
            )?;
            let trace = trace.map(crate::trace::Trace::to_json);
            store::aggregates::upsert(self.tx, a, &hash, self.batch, trace.as_deref())?;
        }
        Ok(())
    }

    /// Writes a request; `auto_organisation` lets CSV rows name organisations not yet defined.
    pub(crate) fn request(&mut self, prepared: Prepared, auto_organisation: bool) -> Result<()> {
        let Prepared {
            request,
            loc,
            problems,
            hash,
            text,
        } = prepared;
        let (r, loc) = (&request, &loc);
        let invalid = problems.iter().any(|p| p.severity == Severity::Error);
        for p in problems {
            self.push(p);
        }
        let org_ok = if invalid {
            true
        } else if auto_organisation {
            self.ensure_organisation(&r.organisation, loc)?
        } else {
            self.known_organisation(&r.organisation, loc)
        };
        let mut ok = org_ok;
        for c in &r.categories {
            ok &= self.known_category(&c.category, loc, "categories.category");
        }
        if let Some(m) = &r.matter {
            if !self.matters.contains(&(r.organisation.clone(), m.clone())) {
                self.error(loc, "matter", m, say!("expected-known-matter"));
                ok = false;
            }
        }
        if !ok || invalid {
            return Ok(());
        }
        self.check_against_inventory(r, loc);
        if self.problems.has_errors() {
            // Once the import is doomed, only keep checking; writing would be wasted.
            return self.check_duplicate_only(r, loc);
        }
        // The common case, a new request, costs one statement; the rest look at what is stored.
        if let Some(rowid) = self.requests.insert_new(r, &text, &hash, self.batch)? {
            *self.summary.inserted.entry("requests").or_default() += 1;
            return self.rollups.add(rowid, request, 1);
        }
        match store::requests::existing(self.tx, &r.organisation, &r.id)? {
            None => {
                return Err(Error::Internal(format!(
                    "request {} was neither inserted nor found",
                    r.id
                )))
            }
            Some(e) if e.batch == self.batch || self.unchanged.contains(e.rowid as u64) => {
                self.error(loc, "id", &r.id, once_per_file("requests"));
            }
            Some(e) if e.hash == hash => {
                self.summary.unchanged += 1;
                // Mark it as seen by this file, so a repeat later in the file is caught.
                self.unchanged.insert(e.rowid as u64);
            }
            Some(e) if self.replace => {
                let old = store::requests::get(
                    self.tx,
                    &r.organisation,
                    &r.id,
                    store::requests::Subjects::Omit,
                )?;
                if let Some(old) = old {
                    self.rollups.add(e.rowid, old, -1)?;
                }
                self.rollups.add(e.rowid, r.clone(), 1)?;
                self.keep("requests", "rowid = ?1", &[&e.rowid])?;
                self.requests
                    .replace(e.rowid, r, &text, &hash, self.batch)?;
                self.summary.replaced += 1;
            }
            Some(_) => {
                let fields = self.differing_fields(r)?;
                self.conflict(loc, "requests", &r.id, Some(fields));
            }
        }
        Ok(())
    }

    /// With errors already found nothing is written, but repeated ids still get reported.
    fn check_duplicate_only(&mut self, r: &Request, loc: &Location) -> Result<()> {
        let written_by_this_file = store::requests::existing(self.tx, &r.organisation, &r.id)?
            .is_some_and(|e| e.batch == self.batch || self.unchanged.contains(e.rowid as u64));
        if written_by_this_file {
            self.error(loc, "id", &r.id, once_per_file("requests"));
        } else {
            self.first_in_file("requests", format!("{}/{}", r.organisation, r.id), loc);
        }
        Ok(())
    }

    /// Names the fields in which `r` differs from the stored request (never their values).
    fn differing_fields(&self, r: &Request) -> Result<Vec<String>> {
        let stored = store::requests::get(
            self.tx,
            &r.organisation,
            &r.id,
            store::requests::Subjects::Include,
        )?;
        let stored = stored.map(|mut s| {
            // Compare as `prepare` hashed: category order carries no meaning.
            s.categories.sort_by(|a, b| a.category.cmp(&b.category));
            serde_json::to_value(&s)
        });
        let (Ok(serde_json::Value::Object(new)), Some(Ok(serde_json::Value::Object(old)))) =
            (serde_json::to_value(r), stored)
        else {
            return Ok(Vec::new());
        };
        Ok(new
            .iter()
            .filter(|(k, v)| old.get(*k) != Some(*v))
            .map(|(k, _)| k.clone())
            .collect())
    }

    /// Warns when a category is marked provided although the inventory says it was not held then.
    fn check_against_inventory(&mut self, r: &Request, loc: &Location) {
        let Some(inventory) = self.inventory.get(&r.organisation) else {
            return;
        };
        let day = r.received.start();
        let mut warnings = Vec::new();
        for c in &r.categories {
            // Partial is allowed: something related may exist (login times without durations).
            if c.disposition != Disposition::Provided {
                continue;
            }
            let Some(intervals) = inventory.get(&c.category) else {
                continue;
            };
            let mut in_force = intervals
                .iter()
                .filter(|(from, to, _)| *from <= day && to.is_none_or(|t| t > day))
                .map(|(_, _, held)| *held)
                .peekable();
            if in_force.peek().is_some() && in_force.all(|held| !held) {
                warnings.push(
                    Problem::warning(
                        &self.file,
                        loc.clone(),
                        say!(
                            "expected-held-per-inventory",
                            day = day.to_string(),
                            category = c.category.as_str()
                        ),
                    )
                    .field("categories.disposition")
                    .found(format!("{} {}", c.category, c.disposition)),
                );
            }
        }
        for p in warnings {
            self.push(p);
        }
    }

    pub(crate) fn finish(self, kind: FileKind) -> Result<ImportSummary> {
        let Writer {
            tx,
            problems,
            conflicts,
            rollups,
            mut summary,
            ..
        } = self;
        let errors = problems.error_count();
        let dropped = problems.dropped();
        let mut list = problems.into_vec();
        if dropped > 0 {
            list.push(Problem::error(
                &summary.file,
                Location::File,
                say!("expected-no-more-errors", dropped = dropped),
            ));
        }
        if errors > 0 {
            return Err(if errors == conflicts {
                Error::Conflict(list)
            } else {
                Error::InvalidInput(list)
            });
        }
        rollups.finish()?.write(tx)?;
        summary.format = match kind {
            FileKind::Bundle => "bundle",
            FileKind::Csv => "csv",
            FileKind::Xlsx => "xlsx",
        }
        .to_string();
        summary.warnings = list;
        Ok(summary)
    }
}
/// "each request once per file (this one appears again)", for the table `kind`.
fn once_per_file(kind: &'static str) -> Text {
    say!(
        "expected-once-per-file",
        kind = say!("record-kind", kind = kind)
    )
}
