//! What a transparency report on government requests for user data is expected to state,
//! from the OTI Transparency Reporting Toolkit, Ranking Digital Rights (P11a, P12) and the
//! EU DSA implementing regulation 2024/2835 (Part 3), and whether this report states it:
//! `covered`, `available` (the records hold it, the section is off), or `missing` (the
//! records lack it; `how` says what to record).

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
        match self {
            Status::Covered => "covered",
            Status::Available => "available",
            Status::Missing => "missing",
        }
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

const OTI: &str = "OTI Transparency Reporting Toolkit";
const RDR_P11: &str = "Ranking Digital Rights P11a";
const RDR_P12: &str = "Ranking Digital Rights P12";
const DSA: &str = "EU DSA Implementing Regulation 2024/2835, Part 3";

fn all_recorded(f: &Facts, n: u64) -> bool {
    n == f.requests
}

fn recorded(f: &Facts, n: u64, what: &str, states: &str) -> (Status, String) {
    if all_recorded(f, n) {
        (Status::Covered, states.to_string())
    } else {
        (
            Status::Missing,
            format!(
                "record {what} for the {} of {} requests that lack it",
                f.requests - n,
                f.requests
            ),
        )
    }
}

fn section(on: bool, states: &str, turn_on: &str) -> (Status, String) {
    if on {
        (Status::Covered, states.to_string())
    } else {
        (Status::Available, format!("turn on {turn_on}"))
    }
}

/// The checklist of a report whose records say `f`.
pub fn check(f: &Facts) -> Checklist {
    let mut items = Vec::new();
    let mut add = |id, source, title, (status, how): (Status, String)| {
        items.push(Item {
            id,
            source,
            title,
            status,
            how,
        })
    };
    add(
        "oti.process_types",
        OTI,
        "Requests by type of legal process",
        (
            Status::Covered,
            "the summary's table of legal processes".into(),
        ),
    );
    let accounts = if f.accounts_specified > 0 || f.requests == 0 {
        (
            Status::Covered,
            "the summary: accounts specified".to_string(),
        )
    } else {
        (
            Status::Missing,
            "record the accounts each request (or its matter) specified".to_string(),
        )
    };
    add(
        "oti.accounts",
        OTI,
        "Accounts specified, apart from requests",
        accounts.clone(),
    );
    add(
        "oti.outcomes",
        OTI,
        "Outcomes: rejected, no data, data disclosed",
        recorded(
            f,
            f.with_outcome,
            "the outcome",
            "the summary: produced, no data, rejected, withdrawn, pending",
        ),
    );
    add(
        "oti.content_split",
        OTI,
        "Content and non-content data disclosed apart",
        if f.with_categories == f.requests {
            section(
                f.categories_section,
                "the categories section: each kind of data and what was provided",
                "the categories section",
            )
        } else {
            recorded(f, f.with_categories, "the data each request asked for", "")
        },
    );
    add(
        "oti.notification",
        OTI,
        "Notification: sealed, not sealed with notice, not sealed without notice",
        recorded(
            f,
            f.with_notification,
            "whether the users were notified",
            "the summary: nondisclosure orders and users notified",
        ),
    );
    add(
        "oti.emergency",
        OTI,
        "Emergency requests counted apart",
        (
            Status::Covered,
            "the summary's table of legal processes (emergency is a process)".into(),
        ),
    );
    add(
        "oti.foreign",
        OTI,
        "Requests from outside the country",
        recorded(
            f,
            f.with_country,
            "the requesting country",
            "the summary's table of countries",
        ),
    );
    add(
        "rdr.p11a.by_country",
        RDR_P11,
        "Requests by country",
        recorded(
            f,
            f.with_country,
            "the requesting country",
            "the summary's table of countries",
        ),
    );
    add(
        "rdr.p11a.by_authority",
        RDR_P11,
        "Requests by legal authority",
        if all_recorded(f, f.with_authority) {
            section(
                f.requests_section,
                "the list of requests: authority of each",
                "the list of requests",
            )
        } else {
            recorded(f, f.with_authority, "the requesting authority", "")
        },
    );
    add(
        "rdr.p11a.accounts_affected",
        RDR_P11,
        "Number of accounts affected",
        accounts,
    );
    add(
        "rdr.p11a.compliance",
        RDR_P11,
        "How often the company complied, per type of request",
        recorded(
            f,
            f.with_outcome,
            "the outcome",
            "the summary: share with some data produced",
        ),
    );
    add(
        "rdr.p11a.barred",
        RDR_P11,
        "What the company is legally barred from reporting",
        if f.own_methodology {
            (
                Status::Covered,
                "the methodology written for this report".into(),
            )
        } else {
            (Status::Missing, "say in the methodology what the law bars you from reporting, or that nothing is barred".into())
        },
    );
    add(
        "rdr.p11a.yearly",
        RDR_P11,
        "Published at least once a year",
        if f.yearly {
            (Status::Covered, "the report covers a year or less".into())
        } else {
            (
                Status::Missing,
                "report on periods of a year or less".into(),
            )
        },
    );
    add(
        "rdr.p11a.structured",
        RDR_P11,
        "A structured, machine-readable version",
        if f.structured {
            (
                Status::Covered,
                "data.json and CSV beside the report".into(),
            )
        } else {
            (
                Status::Available,
                "publish as a folder (Publish…, --format site): data.json and CSV".into(),
            )
        },
    );
    add(
        "rdr.p12.notification",
        RDR_P12,
        "User notification: policy and counts",
        recorded(
            f,
            f.with_notification,
            "whether the users were notified",
            "the summary: users notified",
        ),
    );
    add(
        "dsa.orders_per_member_state",
        DSA,
        "Orders to provide information per Member State",
        recorded(
            f,
            f.with_country,
            "the requesting country",
            "the summary's table of countries",
        ),
    );
    add(
        "dsa.orders_per_category",
        DSA,
        "Orders per category of information",
        if f.with_categories == f.requests {
            section(
                f.categories_section,
                "the categories section",
                "the categories section",
            )
        } else {
            recorded(f, f.with_categories, "the data each request asked for", "")
        },
    );
    add(
        "dsa.median_time",
        DSA,
        "Median time to give effect to an order",
        recorded(
            f,
            f.with_answered,
            "the day each request was answered",
            "the summary: median days to answer",
        ),
    );
    Checklist { items }
}
