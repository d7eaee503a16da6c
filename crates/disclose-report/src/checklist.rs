//! What a transparency report on government requests for user data is expected to state,
//! from the OTI Transparency Reporting Toolkit, Ranking Digital Rights (P11a, P12) and the
//! EU DSA implementing regulation 2024/2835 (Part 3), and whether this report states it:
//! `covered`, `available` (the records hold it, the section is off), or `missing` (the
//! records lack it; `how` says what to record).

use disclose_core::i18n::{self, Arg, Lang};
use serde::Serialize;
use ts_rs::TS;

/// Whether the report states an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The report states it.
    Covered,
    /// The records hold it; turn the section on (or publish as a folder) to state it.
    Available,
    /// The records lack it; `how` says what to record.
    Missing,
}

impl Status {
    /// How people say it.
    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// [`Status::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        i18n::text(
            lang,
            match self {
                Status::Covered => "checklist-covered",
                Status::Available => "checklist-available",
                Status::Missing => "checklist-missing",
            },
        )
    }
}

/// One expected item and this report's answer to it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Item {
    /// Stable id: `oti.process_types`, `rdr.p11a.by_country`, ...
    pub id: &'static str,
    /// Where the expectation comes from.
    pub source: &'static str,
    /// What is expected, in a line.
    pub title: &'static str,
    /// Whether this report states it.
    pub status: Status,
    /// What states it, or what to do so that it can.
    pub how: String,
}

/// The checklist's items, as `disclose report --checklist --json` prints them.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Checklist {
    /// Every item, in the order of the sources.
    pub items: Vec<Item>,
}

/// What the records of one report's period say, for the checklist.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Requests in the period.
    pub requests: u64,
    /// Of them, with an outcome recorded.
    pub with_outcome: u64,
    /// With a country recorded.
    pub with_country: u64,
    /// With an authority recorded.
    pub with_authority: u64,
    /// With the date answered recorded.
    pub with_answered: u64,
    /// With notification recorded (notified or not).
    pub with_notification: u64,
    /// With at least one requested category recorded.
    pub with_categories: u64,
    /// Accounts specified over the period (0: not recorded).
    pub accounts_specified: u64,
    /// The period is at most a year long.
    pub yearly: bool,
    /// The methodology was written for this report (it can say what may not be reported).
    pub own_methodology: bool,
    /// The report is published as a folder with its figures as data.json and CSV.
    pub structured: bool,
    /// The categories section is on.
    pub categories_section: bool,
    /// The list of requests is on.
    pub requests_section: bool,
}

/// The sources of the expectations, by message id.
const OTI: &str = "checklist-source-oti";
const RDR_P11: &str = "checklist-source-rdr-p11a";
const RDR_P12: &str = "checklist-source-rdr-p12";
const DSA: &str = "checklist-source-dsa";

fn all_recorded(f: &Facts, n: u64) -> bool {
    n == f.requests
}

/// Covered (`states` says where) when every request records it; else missing, saying what
/// to record (`what`). Both are message ids.
fn recorded(lang: Lang, f: &Facts, n: u64, what: &str, states: &str) -> (Status, String) {
    if all_recorded(f, n) {
        (Status::Covered, i18n::text(lang, states).to_string())
    } else {
        (
            Status::Missing,
            i18n::message(
                lang,
                "checklist-record",
                &[
                    ("what", i18n::text(lang, what).into()),
                    ("missing", i18n::number(lang, f.requests - n).into()),
                    ("n", Arg::Number(f.requests as f64)),
                    ("count", i18n::number(lang, f.requests).into()),
                ],
            ),
        )
    }
}

/// Covered when the section is on; else available, saying which to turn on.
fn section(lang: Lang, on: bool, states: &str, turn_on: &str) -> (Status, String) {
    if on {
        (Status::Covered, i18n::text(lang, states).to_string())
    } else {
        (
            Status::Available,
            i18n::message(
                lang,
                "checklist-turn-on",
                &[("section", i18n::text(lang, turn_on).into())],
            ),
        )
    }
}

/// A fixed answer.
fn said(lang: Lang, status: Status, id: &str) -> (Status, String) {
    (status, i18n::text(lang, id).to_string())
}

/// The checklist of a report whose records say `f`, in `lang`.
pub fn check(f: &Facts, lang: Lang) -> Checklist {
    let mut items = Vec::new();
    let mut add = |id: &'static str, source: &str, (status, how): (Status, String)| {
        items.push(Item {
            id,
            source: i18n::text(lang, source),
            title: i18n::text(lang, &format!("checklist-{}", id.replace(['.', '_'], "-"))),
            status,
            how,
        })
    };
    let rec = |n, what, states| recorded(lang, f, n, what, states);
    add(
        "oti.process_types",
        OTI,
        said(lang, Status::Covered, "checklist-how-process-table"),
    );
    let accounts = if f.accounts_specified > 0 || f.requests == 0 {
        said(lang, Status::Covered, "checklist-how-accounts")
    } else {
        said(lang, Status::Missing, "checklist-do-accounts")
    };
    add("oti.accounts", OTI, accounts.clone());
    add(
        "oti.outcomes",
        OTI,
        rec(
            f.with_outcome,
            "checklist-what-outcome",
            "checklist-how-outcomes",
        ),
    );
    let categories = |states| {
        if f.with_categories == f.requests {
            section(
                lang,
                f.categories_section,
                states,
                "checklist-section-categories",
            )
        } else {
            rec(
                f.with_categories,
                "checklist-what-categories",
                "checklist-how-categories",
            )
        }
    };
    add(
        "oti.content_split",
        OTI,
        categories("checklist-how-categories"),
    );
    add(
        "oti.notification",
        OTI,
        rec(
            f.with_notification,
            "checklist-what-notified",
            "checklist-how-notification",
        ),
    );
    add(
        "oti.emergency",
        OTI,
        said(lang, Status::Covered, "checklist-how-emergency"),
    );
    add(
        "oti.foreign",
        OTI,
        rec(
            f.with_country,
            "checklist-what-country",
            "checklist-how-countries",
        ),
    );
    add(
        "rdr.p11a.by_country",
        RDR_P11,
        rec(
            f.with_country,
            "checklist-what-country",
            "checklist-how-countries",
        ),
    );
    add(
        "rdr.p11a.by_authority",
        RDR_P11,
        if all_recorded(f, f.with_authority) {
            section(
                lang,
                f.requests_section,
                "checklist-how-authority",
                "checklist-section-requests",
            )
        } else {
            rec(
                f.with_authority,
                "checklist-what-authority",
                "checklist-how-authority",
            )
        },
    );
    add("rdr.p11a.accounts_affected", RDR_P11, accounts);
    add(
        "rdr.p11a.compliance",
        RDR_P11,
        rec(
            f.with_outcome,
            "checklist-what-outcome",
            "checklist-how-compliance",
        ),
    );
    add(
        "rdr.p11a.barred",
        RDR_P11,
        if f.own_methodology {
            said(lang, Status::Covered, "checklist-how-methodology")
        } else {
            said(lang, Status::Missing, "checklist-do-methodology")
        },
    );
    add(
        "rdr.p11a.yearly",
        RDR_P11,
        if f.yearly {
            said(lang, Status::Covered, "checklist-how-yearly")
        } else {
            said(lang, Status::Missing, "checklist-do-yearly")
        },
    );
    add(
        "rdr.p11a.structured",
        RDR_P11,
        if f.structured {
            said(lang, Status::Covered, "checklist-how-structured")
        } else {
            said(lang, Status::Available, "checklist-do-structured")
        },
    );
    add(
        "rdr.p12.notification",
        RDR_P12,
        rec(
            f.with_notification,
            "checklist-what-notified",
            "checklist-how-notified",
        ),
    );
    add(
        "dsa.orders_per_member_state",
        DSA,
        rec(
            f.with_country,
            "checklist-what-country",
            "checklist-how-countries",
        ),
    );
    add(
        "dsa.orders_per_category",
        DSA,
        categories("checklist-how-categories-section"),
    );
    add(
        "dsa.median_time",
        DSA,
        rec(
            f.with_answered,
            "checklist-what-answered",
            "checklist-how-median",
        ),
    );
    Checklist { items }
}
