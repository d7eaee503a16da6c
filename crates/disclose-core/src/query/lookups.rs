//! Single records and lists the screens look up: a request, a matter, organisations,
//! categories, inventory, policy changes, sources, labels and the store's summary.

use super::*;

/// What an organisation (or all) held on `date`.
pub fn inventory_as_of(
    store: &Store,
    organisation: Option<&str>,
    date: NaiveDate,
) -> Result<Vec<InventoryEntry>> {
    store::inventory::as_of(store.conn(), organisation, date)
}

/// The date of the data: when the store last changed (an import, a form, an undo's
/// target), as `YYYY-MM-DD`, from the journal rather than the clock, so the same store
/// gives the same file. None for a store that never changed.
pub fn data_as_of(store: &Store) -> Result<Option<String>> {
    let t: Option<String> = store.conn().query_row(
        "SELECT max(t) FROM (SELECT max(imported_at) AS t FROM import_batches
                             UNION ALL SELECT max(time) FROM changes WHERE undone = 0)",
        [],
        |r| r.get(0),
    )?;
    Ok(t.map(|t| t.chars().take(10).collect()))
}

/// The files imported into the store and still in it (their import not undone; forms
/// are not files), by name without their folder, oldest first, each once.
pub fn imported_files(store: &Store) -> Result<Vec<String>> {
    let mut stmt = store.conn().prepare(
        "SELECT b.file FROM import_batches b LEFT JOIN changes c ON c.id = b.change
          WHERE coalesce(c.undone, 0) = 0 AND b.format <> 'form' ORDER BY b.id",
    )?;
    let files = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let mut out: Vec<String> = Vec::new();
    for f in files {
        let f = f?;
        if !f.is_empty() && !out.contains(&f) {
            out.push(f);
        }
    }
    Ok(out)
}

/// The sources behind what a filter selects: document links of its requests, then the
/// sources of the policy changes and inventory of the organisation in view (or of all);
/// distinct, in that order.
pub fn sources(store: &Store, f: &Filter) -> Result<Vec<String>> {
    let (w, mut p) = f.sql();
    p.push(f.organisation.clone().map_or(Value::Null, Value::Text));
    let org = p.len();
    // EXISTS per linked document, not IN (requests...): documents with links are few,
    // requests may be millions.
    let sql = format!(
        "SELECT url FROM (
           SELECT d.url AS url, 0 AS rank FROM documents d
             WHERE d.url IS NOT NULL
               AND EXISTS (SELECT 1 FROM requests r WHERE r.rowid = d.request AND {w})
           UNION ALL
           SELECT source, 1 FROM policy_changes
             WHERE source IS NOT NULL AND (?{org} IS NULL OR organisation = ?{org})
           UNION ALL
           SELECT source, 2 FROM inventory
             WHERE source IS NOT NULL AND (?{org} IS NULL OR organisation = ?{org}))
         GROUP BY url ORDER BY min(rank), url"
    );
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(p), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One request in full, without its subjects (those only leave through the internal export).
pub fn request(
    store: &Store,
    organisation: &str,
    id: &str,
) -> Result<Option<crate::domain::Request>> {
    store::requests::get(
        store.conn(),
        organisation,
        id,
        store::requests::Subjects::Omit,
    )
}

/// A matter (the investigation a request belongs to), with its account total.
pub fn matter(
    store: &Store,
    organisation: &str,
    id: &str,
) -> Result<Option<crate::domain::Matter>> {
    store::matters::get(store.conn(), organisation, id)
}

/// The category vocabulary in display order.
pub fn categories(store: &Store) -> Result<Vec<Category>> {
    store::categories::list(store.conn())
}

/// Every category's name in `lang`, by id (see [`crate::domain::category_label_in`]).
pub fn category_labels(
    store: &Store,
    lang: disclose_i18n::Lang,
) -> Result<std::collections::BTreeMap<String, String>> {
    Ok(categories(store)?
        .into_iter()
        .map(|c| {
            let label = crate::domain::category_label_in(&c.id, &c.label, lang);
            (c.id, label)
        })
        .collect())
}

/// Every organisation, by id.
pub fn organisations(store: &Store) -> Result<Vec<Organisation>> {
    store::organisations::list(store.conn())
}

/// The words for every id a screen shows: the closed vocabularies, and this store's
/// organisations and categories.
pub fn labels(store: &Store) -> Result<crate::domain::Labels> {
    labels_in(store, disclose_i18n::Lang::En)
}

/// [`labels`] with the closed vocabularies in `lang` (record text, such as organisation
/// names, is never translated).
pub fn labels_in(store: &Store, lang: disclose_i18n::Lang) -> Result<crate::domain::Labels> {
    let organisations = organisations(store)?
        .iter()
        .map(|o| crate::domain::Term::new(&o.id, o.label()))
        .collect();
    let categories = categories(store)?
        .into_iter()
        .map(|c| {
            let label = crate::domain::category_label_in(&c.id, &c.label, lang);
            crate::domain::Term::new(c.id, label)
        })
        .collect();
    // Every retention the inventory and the policy changes state, as people read it.
    let mut retentions = BTreeMap::new();
    let mut note = |r: Option<crate::domain::Retention>| {
        if let Some(r) = r {
            retentions.insert(r.to_string(), r.kept_in(lang));
        }
    };
    for e in inventory(store, None)? {
        note(e.retention);
    }
    for p in policy_changes(store, None, None, None)? {
        for c in p.changes {
            note(c.before.and_then(|s| s.retention));
            note(c.after.and_then(|s| s.retention));
        }
    }
    let mut labels = crate::domain::Labels::new_in(lang, organisations, categories);
    labels.retention = retentions
        .into_iter()
        .map(|(id, label)| crate::domain::Term::new(id, label))
        .collect();
    Ok(labels)
}

/// Every inventory entry (optionally of one organisation), by organisation, category, start.
pub fn inventory(store: &Store, organisation: Option<&str>) -> Result<Vec<InventoryEntry>> {
    Ok(store::inventory::list(store.conn())?
        .into_iter()
        .filter(|e| organisation.is_none_or(|o| e.organisation == o))
        .collect())
}

/// Policy changes of an organisation (or all) between two days, oldest first.
pub fn policy_changes(
    store: &Store,
    organisation: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<PolicyChange>> {
    store::policy::in_period(store.conn(), organisation, from, to)
}

/// What one policy change did to one category, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StateChange {
    /// The category id.
    pub category: String,
    /// Before: "held, kept indefinitely, in journals".
    pub before: String,
    /// After: "not held, not kept, in journals".
    pub after: String,
}

/// A policy change as a screen shows it: its states in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PolicyChangeView {
    /// Id unique within the organisation.
    pub id: String,
    /// The organisation whose policy changed.
    pub organisation: String,
    /// When it took effect.
    pub date: String,
    /// What kind of policy it changed.
    pub kind: crate::domain::PolicyKind,
    /// What changed, in a sentence.
    pub summary: String,
    /// Where it is documented.
    pub source: Option<String>,
    /// Category by category.
    pub changes: Vec<StateChange>,
}

/// [`policy_changes`], each with its before and after in plain words.
pub fn policy_changes_described(
    store: &Store,
    organisation: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<PolicyChangeView>> {
    policy_changes_described_in(store, organisation, from, to, disclose_i18n::Lang::En)
}

/// [`policy_changes_described`] with the before and after in `lang`.
pub fn policy_changes_described_in(
    store: &Store,
    organisation: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    lang: disclose_i18n::Lang,
) -> Result<Vec<PolicyChangeView>> {
    let describe = |s: &Option<crate::domain::CategoryState>| {
        s.as_ref().map_or_else(
            || disclose_i18n::text(lang, "state-nothing-stated").into(),
            |s| s.describe_in(lang),
        )
    };
    Ok(policy_changes(store, organisation, from, to)?
        .into_iter()
        .map(|p| PolicyChangeView {
            changes: p
                .changes
                .iter()
                .map(|c| StateChange {
                    category: c.category.clone(),
                    before: describe(&c.before),
                    after: describe(&c.after),
                })
                .collect(),
            id: p.id,
            organisation: p.organisation,
            date: p.date.to_string(),
            kind: p.kind,
            summary: p.summary,
            source: p.source,
        })
        .collect())
}

/// What one organisation has in the store.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OrganisationCounts {
    /// The organisation's id.
    pub id: String,
    /// "Name (service)" as people read it.
    pub label: String,
    /// Request records.
    pub requests: u64,
    /// Published counts (aggregates).
    pub published_counts: u64,
    /// Inventory entries.
    pub inventory: u64,
    /// Policy changes.
    pub policy_changes: u64,
}

/// The store at a glance: its schema version and what each organisation has in it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoreSummary {
    /// The store's schema version.
    pub schema_version: i32,
    /// Each organisation's records.
    pub organisations: Vec<OrganisationCounts>,
}

/// The schema version and the records of each organisation (`disclose info`).
pub fn store_summary(store: &Store) -> Result<StoreSummary> {
    let schema_version: i32 = store
        .conn()
        .pragma_query_value(None, "user_version", |r| r.get(0))?;
    let mut stmt = store.conn().prepare(
        "SELECT o.id,
                (SELECT count(*) FROM requests r WHERE r.organisation = o.id),
                (SELECT count(*) FROM aggregates a WHERE a.organisation = o.id),
                (SELECT count(*) FROM inventory i WHERE i.organisation = o.id),
                (SELECT count(*) FROM policy_changes p WHERE p.organisation = o.id)
         FROM organisations o ORDER BY o.id",
    )?;
    let labels: BTreeMap<String, String> = organisations(store)?
        .into_iter()
        .map(|o| (o.id.clone(), o.label()))
        .collect();
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, requests, published, inventory, policy) = row?;
        out.push(OrganisationCounts {
            label: labels.get(&id).cloned().unwrap_or_else(|| id.clone()),
            id,
            requests: requests as u64,
            published_counts: published as u64,
            inventory: inventory as u64,
            policy_changes: policy as u64,
        });
    }
    Ok(StoreSummary {
        schema_version,
        organisations: out,
    })
}

/// A country as a person types it ("Germany", "germany", "DE") as the store keeps it: its
/// ISO code, or the published name of a place with no code that the store holds.
pub fn resolve_country(store: &Store, typed: &str) -> Result<String> {
    let t = typed.trim();
    if let Some(code) = crate::domain::country_code(t) {
        return Ok(code);
    }
    let places: Vec<String> = store
        .conn()
        .prepare_cached("SELECT DISTINCT country FROM aggregates WHERE length(country) > 2")?
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    places
        .into_iter()
        .find(|p| p.eq_ignore_ascii_case(t))
        .ok_or_else(|| Error::Usage(say!("error-no-country", typed = t)))
}

/// A category as typed (its id, or its label in any case) as the id the store keeps,
/// or a usage error naming the ids it knows.
pub fn resolve_category(store: &Store, typed: &str) -> Result<String> {
    let t = typed.trim();
    let all = categories(store)?;
    all.iter()
        .find(|c| c.id == t || c.label.eq_ignore_ascii_case(t))
        .map(|c| c.id.clone())
        .ok_or_else(|| {
            let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
            Error::Usage(say!("error-no-category", typed = t, known = ids.join(", ")))
        })
}
