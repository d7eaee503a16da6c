//! Exposure: a request (or a list of categories) replayed against the inventory of another
//! date. For each category asked for, what the organisation held on the day the request
//! arrived and what it holds on the chosen date, whether that changed, and the policy
//! changes behind the difference. Works on categories only: subjects are never read.

use super::*;
use crate::domain::Retention;
use disclose_i18n::{self as i18n, Lang};

/// What to replay, and against which date.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ExposureQuery {
    /// The organisation whose inventory answers.
    pub organisation: String,
    /// A stored request of that organisation; its categories are replayed and its received
    /// date is "then".
    pub request: Option<String>,
    /// A matter of that organisation: the categories all its requests asked for, replayed
    /// from the day the first of them arrived (used when `request` is None).
    #[serde(default)]
    pub matter: Option<String>,
    /// Categories of a request that has not arrived (used when neither `request` nor
    /// `matter` is given).
    #[serde(default)]
    pub categories: Vec<String>,
    /// "Then" for a hypothetical request (default: the same as `as_of`).
    pub then: Option<NaiveDate>,
    /// The day to replay the request on.
    pub as_of: NaiveDate,
}

/// Whether a category can be handed over on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// Held somewhere without a fixed period (indefinitely, for the account's lifetime, or
    /// no retention stated).
    Held,
    /// Held only for a fixed period: what is older is gone.
    HeldForAPeriod,
    /// The inventory says it is not held.
    NotHeld,
    /// The inventory says nothing about it.
    NotRecorded,
}

impl Reach {
    /// How people read it.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// [`Reach::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        i18n::text(
            lang,
            match self {
                Reach::Held => "reach-held",
                Reach::HeldForAPeriod => "reach-held_for_a_period",
                Reach::NotHeld => "reach-not_held",
                Reach::NotRecorded => "reach-not_recorded",
            },
        )
    }
}

/// One place a category is kept on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Place {
    /// Where (a table, a log, a service), if the inventory says.
    pub location: Option<String>,
    /// How long, as people read it ("90 days", "indefinitely"); None when not stated.
    pub retention: Option<String>,
}

/// A category on one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Holding {
    /// The day.
    pub date: String,
    /// Whether it can be handed over.
    pub reach: Reach,
    /// Every place it is kept (none when not held).
    pub places: Vec<Place>,
    /// In plain words: "held in 3 places, each indefinitely", "not held".
    pub summary: String,
}

/// A policy change that touched a category between the two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Cause {
    /// When it took effect.
    pub date: String,
    /// What changed, in a sentence.
    pub summary: String,
    /// Where it is documented.
    pub source: Option<String>,
}

/// One category asked for, then and on the chosen date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ExposureRow {
    /// The category id.
    pub category: String,
    /// How people read it.
    pub label: String,
    /// What happened to it when the request was answered (None for a hypothetical one).
    pub disposition: Option<Disposition>,
    /// On the day the request arrived.
    pub then: Holding,
    /// On the chosen date.
    pub as_of: Holding,
    /// Whether what is held, where or for how long differs between the two.
    pub changed: bool,
    /// The policy changes of the organisation that touched the category in between.
    pub because: Vec<Cause>,
}

/// A request replayed on another date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Exposure {
    /// The organisation.
    pub organisation: String,
    /// The request replayed, if a stored one.
    pub request: Option<String>,
    /// Each category asked for, in the vocabulary's order.
    pub rows: Vec<ExposureRow>,
}

/// Replays a request (or a list of categories) against the inventory of `q.as_of`. A
/// request's "then" is the first day its received date can mean.
pub fn exposure(store: &Store, q: &ExposureQuery) -> Result<Exposure> {
    exposure_in(store, q, Lang::En)
}

/// [`exposure`] with its words (categories, holdings) in `lang`.
pub fn exposure_in(store: &Store, q: &ExposureQuery, lang: Lang) -> Result<Exposure> {
    ensure_organisation(store, &q.organisation)?;
    let (asked, then): (Vec<(String, Option<Disposition>)>, NaiveDate) = match &q.request {
        Some(id) => {
            let r = request(store, &q.organisation, id)?.ok_or_else(|| {
                Error::Usage(say!(
                    "error-no-record-of",
                    kind = say!("record-kind", kind = "requests"),
                    id = id,
                    organisation = q.organisation.as_str()
                ))
            })?;
            let asked = r
                .categories
                .iter()
                .map(|c| (c.category.clone(), Some(c.disposition)))
                .collect();
            (asked, r.received.start())
        }
        None if q.matter.is_some() => {
            let id = q.matter.as_deref().unwrap_or_default();
            if matter(store, &q.organisation, id)?.is_none() {
                return Err(Error::Usage(say!(
                    "error-no-record-of",
                    kind = say!("record-kind", kind = "matters"),
                    id = id,
                    organisation = q.organisation.as_str()
                )));
            }
            let mut asked = Vec::new();
            let mut first: Option<NaiveDate> = None;
            for rid in requests_of_matter(store, &q.organisation, id)? {
                if let Some(r) = request(store, &q.organisation, &rid)? {
                    let start = r.received.start();
                    first = Some(first.map_or(start, |f| f.min(start)));
                    asked.extend(r.categories.into_iter().map(|c| (c.category, None)));
                }
            }
            (asked, first.unwrap_or(q.as_of))
        }
        None if q.categories.is_empty() => return Err(Error::Usage(say!("error-exposure-needs"))),
        None => (
            q.categories.iter().map(|c| (c.clone(), None)).collect(),
            q.then.unwrap_or(q.as_of),
        ),
    };
    let vocabulary = categories(store)?;
    let mut asked: Vec<(usize, String, String, Option<Disposition>)> = asked
        .into_iter()
        .map(|(id, d)| match vocabulary.iter().position(|c| c.id == id) {
            Some(i) => {
                let label = crate::domain::category_label_in(&id, &vocabulary[i].label, lang);
                Ok((i, id, label, d))
            }
            None => Err(Error::Usage(say!(
                "error-unknown",
                what = id.as_str(),
                expected = say!(
                    "expected-one-of",
                    list = vocabulary
                        .iter()
                        .map(|c| c.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            ))),
        })
        .collect::<Result<_>>()?;
    asked.sort();
    asked.dedup_by(|a, b| a.1 == b.1);
    let before = inventory_as_of(store, Some(&q.organisation), then)?;
    let after = inventory_as_of(store, Some(&q.organisation), q.as_of)?;
    let (from, to) = if then <= q.as_of {
        (then, q.as_of)
    } else {
        (q.as_of, then)
    };
    // Changes on the later day count: they shape what that day holds.
    let changes = policy_changes(store, Some(&q.organisation), from.succ_opt(), Some(to))?;
    let rows = asked
        .into_iter()
        .map(|(_, category, label, disposition)| {
            let then_holding = holding(&before, &category, then, lang);
            let as_of_holding = holding(&after, &category, q.as_of, lang);
            let changed = then_holding.reach != as_of_holding.reach
                || then_holding.places != as_of_holding.places;
            let because = changes
                .iter()
                .filter(|p| p.changes.iter().any(|c| c.category == category))
                .map(|p| Cause {
                    date: p.date.to_string(),
                    summary: p.summary.clone(),
                    source: p.source.clone(),
                })
                .collect();
            ExposureRow {
                category,
                label,
                disposition,
                then: then_holding,
                as_of: as_of_holding,
                changed,
                because,
            }
        })
        .collect();
    Ok(Exposure {
        organisation: q.organisation.clone(),
        request: q.request.clone(),
        rows,
    })
}

/// What the inventory of one day says about one category.
fn holding(entries: &[InventoryEntry], category: &str, date: NaiveDate, lang: Lang) -> Holding {
    let of: Vec<&InventoryEntry> = entries.iter().filter(|e| e.category == category).collect();
    let held: Vec<&&InventoryEntry> = of.iter().filter(|e| e.held).collect();
    let reach = if of.is_empty() {
        Reach::NotRecorded
    } else if held.is_empty() {
        Reach::NotHeld
    } else if held
        .iter()
        .all(|e| matches!(e.retention, Some(Retention::Duration(_))))
    {
        Reach::HeldForAPeriod
    } else {
        Reach::Held
    };
    let mut h = Holding {
        date: date.to_string(),
        reach,
        places: held
            .iter()
            .map(|e| Place {
                location: e.location.clone(),
                retention: e.retention.as_ref().map(|r| r.label_in(lang)),
            })
            .collect(),
        summary: String::new(),
    };
    h.summary = h.describe(lang);
    h
}

impl Holding {
    /// In plain words: "held in 3 places, each indefinitely", "not held".
    fn describe(&self, lang: Lang) -> String {
        match self.reach {
            Reach::NotHeld | Reach::NotRecorded => self.reach.label_in(lang).to_string(),
            _ => {
                let kept = |p: &Place| {
                    p.retention
                        .clone()
                        .unwrap_or_else(|| i18n::text(lang, "holding-no-retention").into())
                };
                let n = self.places.len() as u64;
                let first = self.places.first().map(kept).unwrap_or_default();
                let each = || self.places.iter().map(kept).collect::<Vec<_>>().join("; ");
                let (id, how) = match (self.reach == Reach::HeldForAPeriod, n) {
                    (true, 1) => ("holding-last", first),
                    (true, _) => ("holding-fixed-period", each()),
                    (false, 1) => ("holding-one-place", first),
                    (false, _) if self.places.iter().all(|p| kept(p) == first) => {
                        ("holding-each", first)
                    }
                    (false, _) => ("holding-places", each()),
                };
                i18n::counted(lang, id, n, &[("how", how.into())])
            }
        }
    }
}

impl ExposureRow {
    /// "the policy change of 2023-04-07", "the policy changes of 2023-04-07, 2023-05-25 and
    /// 2023-06-12"; None when no policy change touched the category in between.
    pub fn causes(&self) -> Option<String> {
        self.causes_in(Lang::En)
    }

    /// [`ExposureRow::causes`] in `lang`.
    pub fn causes_in(&self, lang: Lang) -> Option<String> {
        let dates: Vec<&str> = self.because.iter().map(|c| c.date.as_str()).collect();
        let said = |id: &str, dates: String| i18n::message(lang, id, &[("dates", dates.into())]);
        match dates.as_slice() {
            [] => None,
            [one] => Some(said("causes-one", (*one).to_string())),
            [rest @ .., last] => Some(said(
                "causes-many",
                i18n::message(
                    lang,
                    "list-and",
                    &[("rest", rest.join(", ").into()), ("last", (*last).into())],
                ),
            )),
        }
    }
}

/// The references of the requests of a matter, oldest first.
fn requests_of_matter(store: &Store, organisation: &str, matter: &str) -> Result<Vec<String>> {
    let mut stmt = store.conn().prepare_cached(
        "SELECT id FROM requests WHERE organisation = ?1 AND matter = ?2 ORDER BY received_start, id",
    )?;
    let ids = stmt
        .query_map([organisation, matter], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// The organisation a request id belongs to, when only one organisation has it; otherwise
/// a usage error naming them (pass the organisation) or saying there is none.
pub fn organisation_of_request(store: &Store, id: &str) -> Result<String> {
    crate::edit::organisation_of(store, crate::edit::RecordKind::Request, id)
}
