//! Published transparency-report counts (the large companies' CSV files) into
//! the aggregate table.
//!
//! Each layout is data, not a code path: which columns give the period, the
//! country, the process and the figures. A file is matched to a layout by its
//! header. Counts of several wordings that mean the same process in the same
//! period and country are added up; a percentage becomes a count of requests
//! with some data produced, so shares can be recomputed after summing.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Months, NaiveDate};

use super::{text, ProgressEvent, ProgressFn, ProgressUnit, Writer};
use crate::date::FuzzyDate;
use crate::domain::{Aggregate, Metric, Organisation, Process, Scope, Unit};
use crate::error::{Error, Location, Problem, Result};

enum PeriodCols {
    /// A half-year ending on the date in this column.
    HalfEnding(&'static [&'static str]),
    Year(&'static str),
    YearHalf(&'static str, &'static str),
    /// Start and end dates in these columns, in this chrono format (e.g. `%m/%d/%y`).
    StartEnd(&'static str, &'static str, &'static str),
    /// The half-year named in the file name, as `..._2023_H1.csv`.
    FileHalf,
    /// A year and a range of month names (`Jan-Jun`).
    YearMonths(&'static str, &'static str),
}

enum CountryCol {
    Code(&'static str),
    /// Country names ("United States of America"), turned into codes.
    Name(&'static str),
    Fixed(&'static str),
    Global,
}

enum ProcessCol {
    /// A column of wordings; unknown wordings are errors naming them.
    Column(&'static str, &'static [(&'static str, Option<Process>)]),
    Fixed(Option<Process>),
    /// A column whose wording names both the process and the figure (GitHub's `type`:
    /// "Affected accounts" next to "... letters and orders received").
    Kind(
        &'static str,
        &'static [(&'static str, Option<Process>, Metric)],
    ),
}

enum Value {
    Count(&'static [&'static str]),
    /// A percentage of the requests column, turned into a count.
    PercentOf(&'static [&'static str], &'static [&'static str]),
    Band(&'static str, &'static str),
}

struct Figure {
    metric: Metric,
    value: Value,
    /// For wide layouts: the process this column group is about (None: the row's).
    process: Option<Option<Process>>,
    /// Older vintages lack some column groups; a missing optional group is skipped.
    optional: bool,
}

const fn fig(metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: None,
        optional: false,
    }
}

/// A wide layout's column group: requests, accounts and percentage for one process.
const fn group(process: Option<Process>, metric: Metric, value: Value) -> Figure {
    Figure {
        metric,
        value,
        process: Some(process),
        optional: true,
    }
}

pub struct Layout {
    pub name: &'static str,
    organisation: (&'static str, &'static str),
    /// What the file's requests are about; None for account data.
    scope: Option<Scope>,
    period: PeriodCols,
    country: CountryCol,
    process: ProcessCol,
    figures: &'static [Figure],
}

const GOOGLE_PROCESSES: &[(&str, Option<Process>)] = &[
    ("All", None),
    ("Subpoenas", Some(Process::Subpoena)),
    ("Search Warrants", Some(Process::SearchWarrant)),
    ("Other Court Orders", Some(Process::CourtOrder)),
    ("Court Orders", Some(Process::CourtOrder)),
    ("Pen Register Orders", Some(Process::PenRegister)),
    ("Wiretap Orders", Some(Process::Wiretap)),
    ("Emergency Disclosure Requests", Some(Process::Emergency)),
    ("Preservation Requests", Some(Process::Preservation)),
    ("Other Legal Requests", Some(Process::Other)),
    ("Police Requests", Some(Process::Other)),
    (
        "Requests for data of local subsidiary",
        Some(Process::Other),
    ),
    ("CLOUD ACT - OPOs", Some(Process::Foreign)),
    ("CLOUD Act - IPA CDRs", Some(Process::Foreign)),
];

const GITHUB_PROCESSES: &[(&str, Option<Process>)] = &[
    (
        "criminal or government agency subpoena",
        Some(Process::Subpoena),
    ),
    ("civil subpoena", Some(Process::Civil)),
    ("criminal court order", Some(Process::CourtOrder)),
    ("criminal search warrant", Some(Process::SearchWarrant)),
    ("cross-border request", Some(Process::Foreign)),
    ("exigent circumstances", Some(Process::Emergency)),
];

const GOOGLE_NS_FIGURES: &[Figure] = &[
    fig(
        Metric::Requests,
        Value::Band(
            "Number of requests (range MIN)",
            "Number of requests (range MAX)",
        ),
    ),
    fig(
        Metric::Accounts,
        Value::Band(
            "Number of accounts (range MIN)",
            "Number of accounts (range MAX)",
        ),
    ),
];

const GITHUB_NATIONAL_SECURITY: &[(&str, Option<Process>, Metric)] = &[
    (
        "National security letters and orders received",
        Some(Process::NationalSecurity),
        Metric::Requests,
    ),
    (
        "Affected accounts",
        Some(Process::NationalSecurity),
        Metric::Accounts,
    ),
];

const GITHUB_NOTIFICATIONS: &[(&str, Option<Process>, Metric)] = &[
    ("notification", None, Metric::UsersNotified),
    ("gag order", None, Metric::UnderSeal),
    (
        "exigent circumstances",
        Some(Process::Emergency),
        Metric::NotNotified,
    ),
];

const GITHUB_FIGURES: &[Figure] = &[
    fig(Metric::Requests, Value::Count(&["count_requests_received"])),
    fig(Metric::SomeDataProduced, Value::Count(&["count_disclosed"])),
];

/// Meta's column groups: requests, accounts and percentage for one process.
macro_rules! meta_group {
    ($p:expr, $req:literal, $acc:literal, $pct:literal) => {
        [
            group($p, Metric::Requests, Value::Count(&[$req])),
            group($p, Metric::Accounts, Value::Count(&[$acc])),
            group(
                $p,
                Metric::SomeDataProduced,
                Value::PercentOf(&[$pct], &[$req]),
            ),
        ]
    };
}

const META_FIGURES: &[Figure] = &{
    let [a, b, c] = [
        fig(Metric::Requests, Value::Count(&["Total Requests"])),
        fig(Metric::Accounts, Value::Count(&["Total Requests Accounts"])),
        fig(
            Metric::SomeDataProduced,
            Value::PercentOf(&["Total Requests Percentage"], &["Total Requests"]),
        ),
    ];
    let [d, e, f] = meta_group!(
        Some(Process::Emergency),
        "Emergency Request Total",
        "Emergency Request Total Accounts",
        "Emergency Request Total Percentage"
    );
    let [g, h, i] = meta_group!(
        Some(Process::SearchWarrant),
        "Search Warrant",
        "Search Warrant Accounts",
        "Search Warrant Percentage"
    );
    let [j, k, l] = meta_group!(
        Some(Process::Subpoena),
        "Subpoena",
        "Subpoena Accounts",
        "Subpoena Percentage"
    );
    let [m, n, o] = meta_group!(
        Some(Process::CourtOrder),
        "Court Order (Other)",
        "Court Order (Other) Accounts",
        "Court Order (Other) Percentage"
    );
    let [p, q, r] = meta_group!(
        Some(Process::CourtOrder),
        "Court Order (18 USC 2703(d))",
        "Court Order (18 USC 2703(d)) Accounts",
        "Court Order (18 USC 2703(d)) Percentage"
    );
    let [s1, s2, s3] = meta_group!(
        Some(Process::Foreign),
        "MLAT Search Warrant",
        "MLAT Search Warrant Accounts",
        "MLAT Search Warrant Percentage"
    );
    let [t1, t2, t3] = meta_group!(
        Some(Process::Foreign),
        "MLAT Order",
        "MLAT Order Accounts",
        "MLAT Order Percentage"
    );
    let [u1, u2, u3] = meta_group!(
        Some(Process::PenRegister),
        "Pen Register/Trap and Trace",
        "Pen Register/Trap and Trace Accounts",
        "Pen Register/Trap and Trace Percentage"
    );
    let [v1, v2, v3] = meta_group!(
        Some(Process::Wiretap),
        "Title III",
        "Title III Accounts",
        "Title III Percentage"
    );
    let [w1, w2] = [
        group(
            Some(Process::Preservation),
            Metric::Requests,
            Value::Count(&["Preservation Requests"]),
        ),
        group(
            Some(Process::Preservation),
            Metric::Accounts,
            Value::Count(&["Preservation Accounts Preserved"]),
        ),
    ];
    [
        a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s1, s2, s3, t1, t2, t3, u1, u2, u3,
        v1, v2, v3, w1, w2,
    ]
};

/// Every Apple file gives its half-year as start and end dates, and countries by name.
/// Apple's request files about things other than accounts: requests, things specified,
/// requests where data was provided.
macro_rules! apple_requests {
    ($received:literal, $specified:literal, $provided:literal) => {
        [
            fig(Metric::Requests, Value::Count(&[$received])),
            fig(Metric::Accounts, Value::Count(&[$specified])),
            fig(Metric::SomeDataProduced, Value::Count(&[$provided])),
        ]
    };
}

/// Apple's app-takedown files: requests received, objected to, and acted on.
macro_rules! apple_takedowns {
    ($received:literal) => {
        [
            fig(Metric::Requests, Value::Count(&[$received])),
            fig(
                Metric::Rejected,
                Value::Count(&["Requests Objected to in Part or Rejected in Full"]),
            ),
            fig(
                Metric::SomeDataProduced,
                Value::Count(&["Requests where App Removed"]),
            ),
        ]
    };
}

/// Apple's files all share the period and country columns; they differ in what they count.
const fn apple(
    name: &'static str,
    scope: Option<Scope>,
    process: ProcessCol,
    figures: &'static [Figure],
) -> Layout {
    Layout {
        name,
        organisation: ("apple", "Apple"),
        scope,
        period: PeriodCols::StartEnd("TR Start Date", "TR End Date", "%m/%d/%y"),
        country: CountryCol::Name("Country/Region"),
        process,
        figures,
    }
}

const GOOGLE: (&str, &str) = ("google", "Google");
/// Google's files name the last day of each half-year.
const GOOGLE_HALF: PeriodCols = PeriodCols::HalfEnding(&["Period Ending"]);

/// The layouts Disclose knows, most specific first.
pub const LAYOUTS: &[Layout] = &[
    Layout {
        name: "google-enterprise-diplomatic-requests",
        organisation: GOOGLE,
        scope: Some(Scope::EnterpriseDiplomatic),
        period: GOOGLE_HALF,
        country: CountryCol::Name("Country/Region of Origin"),
        process: ProcessCol::Fixed(Some(Process::Foreign)),
        figures: &[fig(
            Metric::Requests,
            Value::Count(&["Enterprise Diplomatic Legal requests"]),
        )],
    },
    Layout {
        name: "google-user-data-diplomatic-requests",
        organisation: GOOGLE,
        scope: Some(Scope::Diplomatic),
        period: GOOGLE_HALF,
        country: CountryCol::Code("CLDR Territory Code"),
        process: ProcessCol::Fixed(Some(Process::Foreign)),
        figures: &[fig(
            Metric::Requests,
            Value::Count(&["User Data Diplomatic Legal requests"]),
        )],
    },
    Layout {
        name: "google-enterprise-requests",
        organisation: GOOGLE,
        scope: Some(Scope::EnterpriseCloud),
        period: GOOGLE_HALF,
        country: CountryCol::Code("CLDR Territory Code"),
        process: ProcessCol::Column("Legal Process", GOOGLE_PROCESSES),
        figures: &[
            fig(
                Metric::Requests,
                Value::Count(&["Enterprise Cloud customer requests"]),
            ),
            fig(
                Metric::Accounts,
                Value::Count(&["Enterprise Cloud customers"]),
            ),
            fig(
                Metric::SomeDataProduced,
                Value::PercentOf(
                    &["Percentage disclosed"],
                    &["Enterprise Cloud customer requests"],
                ),
            ),
        ],
    },
    Layout {
        name: "google-user-data-requests",
        organisation: GOOGLE,
        scope: None,
        period: GOOGLE_HALF,
        country: CountryCol::Code("CLDR Territory Code"),
        process: ProcessCol::Column("Legal Process", GOOGLE_PROCESSES),
        figures: &[
            fig(Metric::Requests, Value::Count(&["User Data Requests"])),
            fig(
                Metric::Accounts,
                Value::Count(&["Accounts", "Users/Accounts Specified"]),
            ),
            fig(
                Metric::SomeDataProduced,
                Value::PercentOf(
                    &[
                        "Percentage disclosed",
                        "Percentage of requests where some data produced",
                    ],
                    &["User Data Requests"],
                ),
            ),
        ],
    },
    Layout {
        name: "google-us-national-security",
        organisation: GOOGLE,
        scope: None,
        period: PeriodCols::HalfEnding(&["Reporting period ending date"]),
        country: CountryCol::Fixed("US"),
        process: ProcessCol::Fixed(Some(Process::NationalSecurity)),
        figures: GOOGLE_NS_FIGURES,
    },
    Layout {
        name: "meta-government-requests",
        organisation: ("meta", "Meta"),
        scope: None,
        period: PeriodCols::FileHalf,
        country: CountryCol::Name("Country"),
        process: ProcessCol::Fixed(None),
        figures: META_FIGURES,
    },
    apple(
        "apple-device-requests",
        Some(Scope::Devices),
        ProcessCol::Fixed(None),
        &apple_requests!(
            "Device Requests Received",
            "Devices Specified in Requests",
            "Requests where Data Provided"
        ),
    ),
    apple(
        "apple-financial-identifier-requests",
        Some(Scope::FinancialIdentifiers),
        ProcessCol::Fixed(None),
        &apple_requests!(
            "Financial Identifier Requests Received",
            "Financial Identifiers Specified in Requests",
            "Requests where Data Provided"
        ),
    ),
    apple(
        "apple-push-token-requests",
        Some(Scope::PushTokens),
        ProcessCol::Fixed(None),
        &apple_requests!(
            "Push Token Requests Received",
            "Push Tokens Specified in Requests",
            "Requests where Data Provided"
        ),
    ),
    apple(
        "apple-digital-content-provider-requests",
        Some(Scope::DigitalContentProviders),
        ProcessCol::Fixed(None),
        &[
            fig(
                Metric::Requests,
                Value::Count(&["Digital Content Provider Requests Received"]),
            ),
            fig(
                Metric::Rejected,
                Value::Count(&["Requests Objected in Part or Rejected in Full"]),
            ),
            fig(
                Metric::SomeDataProduced,
                Value::Count(&["Requests where Data Provided"]),
            ),
        ],
    ),
    apple(
        "apple-account-restriction-deletion-requests",
        Some(Scope::AccountRestriction),
        ProcessCol::Fixed(None),
        &[
            fig(
                Metric::Requests,
                Value::Count(&["Account Restriction/ Account Deletion Requests Received"]),
            ),
            fig(
                Metric::Accounts,
                Value::Count(&["Accounts Specified in the Requests"]),
            ),
            fig(
                Metric::Rejected,
                Value::Count(&["Requests Rejected/Challenged where No Action Taken"]),
            ),
        ],
    ),
    apple(
        "apple-app-takedown-legal-violation-requests",
        Some(Scope::AppTakedownLegal),
        ProcessCol::Fixed(None),
        &apple_takedowns!("Legal Violation Takedown Requests Received"),
    ),
    apple(
        "apple-app-takedown-platform-policy-requests",
        Some(Scope::AppTakedownPolicy),
        ProcessCol::Fixed(None),
        &apple_takedowns!("Platform Policy Violation Takedown Requests Received"),
    ),
    apple(
        "apple-account-requests",
        None,
        ProcessCol::Fixed(None),
        &[
            fig(
                Metric::Requests,
                Value::Count(&["Account Requests Received"]),
            ),
            fig(
                Metric::Accounts,
                Value::Count(&["Accounts Specified in Requests"]),
            ),
            fig(
                Metric::Rejected,
                Value::Count(&["Requests Challenged in Part or Rejected in Full"]),
            ),
            fig(
                Metric::NonContentDisclosed,
                Value::Count(&["Requests where Only Non-Content Data Provided"]),
            ),
            fig(
                Metric::ContentDisclosed,
                Value::Count(&["Requests where Content Provided"]),
            ),
            fig(
                Metric::SomeDataProduced,
                Value::PercentOf(
                    &["Percentage of Requests where Data Provided"],
                    &["Account Requests Received"],
                ),
            ),
        ],
    ),
    apple(
        "apple-emergency-requests",
        None,
        ProcessCol::Fixed(Some(Process::Emergency)),
        &[
            fig(
                Metric::Requests,
                Value::Count(&["Emergency Requests Received"]),
            ),
            fig(
                Metric::Rejected,
                Value::Count(&["Requests Rejected/Challenged and No Data Provided"]),
            ),
            fig(
                Metric::NoData,
                Value::Count(&["Requests where No Data Provided"]),
            ),
            fig(
                Metric::SomeDataProduced,
                Value::Count(&["Requests where Data Provided"]),
            ),
        ],
    ),
    apple(
        "apple-account-preservation-requests",
        None,
        ProcessCol::Fixed(Some(Process::Preservation)),
        &[
            fig(
                Metric::Requests,
                Value::Count(&["Account Preservation Requests Received"]),
            ),
            fig(
                Metric::Accounts,
                Value::Count(&["Accounts Specified in Requests"]),
            ),
        ],
    ),
    // FISA content, FISA non-content and NSLs are summed: their ranges add up.
    apple(
        "apple-us-national-security-requests",
        None,
        ProcessCol::Fixed(Some(Process::NationalSecurity)),
        &[
            fig(Metric::Requests, Value::Count(&["Requests Received"])),
            fig(Metric::Accounts, Value::Count(&["Users/Accounts"])),
        ],
    ),
    Layout {
        name: "github-cross-border-by-half-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Code("government_iso2_code"),
        process: ProcessCol::Fixed(Some(Process::Foreign)),
        figures: &[fig(Metric::Requests, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-accounts-affected-by-half-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Global,
        process: ProcessCol::Fixed(None),
        figures: &[fig(
            Metric::Accounts,
            Value::Count(&["count_accounts_affected"]),
        )],
    },
    Layout {
        name: "github-requests-by-half-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Global,
        process: ProcessCol::Column("type", GITHUB_PROCESSES),
        figures: GITHUB_FIGURES,
    },
    Layout {
        name: "github-cross-border-by-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::Year("year"),
        country: CountryCol::Code("government_iso2_code"),
        process: ProcessCol::Fixed(Some(Process::Foreign)),
        figures: &[fig(Metric::Requests, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-accounts-affected-by-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::Year("year"),
        country: CountryCol::Global,
        process: ProcessCol::Fixed(None),
        figures: &[fig(
            Metric::Accounts,
            Value::Count(&["count_accounts_affected"]),
        )],
    },
    Layout {
        name: "github-notifications-by-half-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Global,
        process: ProcessCol::Kind("type", GITHUB_NOTIFICATIONS),
        // The metric comes from `type`: notified, under a gag order, or not notified.
        figures: &[fig(Metric::UsersNotified, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-national-security",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::YearMonths("year", "month_range"),
        country: CountryCol::Fixed("US"),
        process: ProcessCol::Kind("type", GITHUB_NATIONAL_SECURITY),
        // Published in bands of 250 ("0-249"); the metric comes from `type`.
        figures: &[fig(Metric::Requests, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-requests-by-year",
        organisation: ("github", "GitHub"),
        scope: None,
        period: PeriodCols::Year("year"),
        country: CountryCol::Global,
        process: ProcessCol::Column("type", GITHUB_PROCESSES),
        figures: GITHUB_FIGURES,
    },
];

fn norm(s: &str) -> String {
    s.trim().to_ascii_lowercase()
}

/// Column positions by normalised name.
struct Header(BTreeMap<String, usize>);

impl Header {
    fn find(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| self.0.get(&norm(n)).copied())
    }
}

impl Layout {
    /// The columns this layout needs and the header lacks.
    fn missing(&self, h: &Header) -> Vec<String> {
        let mut needed: Vec<&[&str]> = Vec::new();
        match &self.period {
            PeriodCols::HalfEnding(c) => needed.push(c),
            PeriodCols::Year(y) => needed.push(std::slice::from_ref(y)),
            PeriodCols::YearHalf(y, h)
            | PeriodCols::StartEnd(y, h, _)
            | PeriodCols::YearMonths(y, h) => {
                needed.push(std::slice::from_ref(y));
                needed.push(std::slice::from_ref(h));
            }
            PeriodCols::FileHalf => {}
        }
        if let CountryCol::Code(c) | CountryCol::Name(c) = &self.country {
            needed.push(std::slice::from_ref(c));
        }
        if let ProcessCol::Column(c, _) | ProcessCol::Kind(c, _) = &self.process {
            needed.push(std::slice::from_ref(c));
        }
        for f in self.figures.iter().filter(|f| !f.optional) {
            match &f.value {
                Value::Count(c) | Value::PercentOf(c, _) => needed.push(c),
                Value::Band(a, b) => {
                    needed.push(std::slice::from_ref(a));
                    needed.push(std::slice::from_ref(b));
                }
            }
        }
        needed
            .into_iter()
            .filter(|names| h.find(names).is_none())
            .map(|names| names[0].to_string())
            .collect()
    }
}

/// The layout a header belongs to, or what each layout was missing.
pub fn detect(header: &[String]) -> std::result::Result<&'static Layout, Vec<String>> {
    let h = Header(
        header
            .iter()
            .enumerate()
            .map(|(i, c)| (norm(c), i))
            .collect(),
    );
    let mut tried = Vec::new();
    for l in LAYOUTS {
        let missing = l.missing(&h);
        if missing.is_empty() {
            return Ok(l);
        }
        tried.push(format!("{} (missing {})", l.name, missing.join(", ")));
    }
    Err(tried)
}

/// "11,000 - 12,000" or "0-249": a band (min, max); otherwise an exact number as both.
pub(super) fn number_or_band(s: &str) -> std::result::Result<Option<(f64, f64, bool)>, ()> {
    let t = s.trim();
    if let Some((a, b)) = t.split_once('-').filter(|(a, _)| !a.trim().is_empty()) {
        return match (number(a)?, number(b)?) {
            (Some(lo), Some(hi)) => Ok(Some((lo, hi, true))),
            _ => Err(()),
        };
    }
    Ok(number(t)?.map(|v| (v, v, false)))
}

/// "1,250", " 54 ", "54%": a number; blank or a dash ("-", "n/a"): unknown.
fn number(s: &str) -> std::result::Result<Option<f64>, ()> {
    let t = s.trim().trim_end_matches('%').replace([',', ' '], "");
    if t.is_empty() || matches!(t.as_str(), "-" | "–" | "—" | "n/a" | "N/A") {
        return Ok(None);
    }
    t.parse::<f64>().map(Some).map_err(|_| ())
}

#[derive(Default)]
struct Sum {
    value: Option<f64>,
    min: f64,
    max: f64,
    banded: bool,
    known: bool,
    rows: Vec<u64>,
    wordings: Vec<String>,
}

type Key = (String, String, Option<String>, Option<Process>, Metric);

pub(crate) fn read(
    path: &Path,
    layout: &Layout,
    w: &mut Writer,
    progress: ProgressFn,
) -> Result<()> {
    let file = w.file().to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sha = text::file_sha256(path)?;
    let body = text::read_utf8(path)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut records = rdr.records();
    let header: Vec<String> = match records.next() {
        Some(r) => r
            .map_err(|e| csv_error(&file, &e))?
            .iter()
            .map(String::from)
            .collect(),
        None => return Ok(()),
    };
    let h = Header(
        header
            .iter()
            .enumerate()
            .map(|(i, c)| (norm(c), i))
            .collect(),
    );
    let (org_id, org_name) = layout.organisation;
    w.organisation(
        &Organisation {
            id: org_id.into(),
            name: org_name.into(),
            service: None,
            url: None,
        },
        &Location::File,
    )?;
    let mut sums: BTreeMap<Key, Sum> = BTreeMap::new();
    for (i, record) in records.enumerate() {
        let row = i as u64 + 2;
        let loc = Location::Line { line: row };
        let record = record.map_err(|e| csv_error(&file, &e))?;
        let cell = |names: &[&str]| {
            h.find(names)
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .trim()
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let fail = |w: &mut Writer, field: &str, found: &str, expected: &str| {
            w.push(
                Problem::error(&file, loc.clone(), expected)
                    .field(field)
                    .found(found),
            );
        };
        let period = match &layout.period {
            PeriodCols::HalfEnding(c) => {
                let v = cell(c);
                match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                    // The half-year ending on `end` starts six months before the day after it.
                    Ok(end) => end
                        .succ_opt()
                        .and_then(|d| d.checked_sub_months(Months::new(6)))
                        .map(|start| (start, end)),
                    Err(_) => None,
                }
                .ok_or_else(|| (c[0], v.to_string(), "a period end date as YYYY-MM-DD"))
            }
            PeriodCols::Year(y) => cell(&[y])
                .parse::<i32>()
                .ok()
                .and_then(|y| {
                    NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31))
                })
                .ok_or_else(|| (*y, cell(&[y]).to_string(), "a year such as 2023")),
            PeriodCols::StartEnd(a, b, fmt) => NaiveDate::parse_from_str(cell(&[a]), fmt)
                .ok()
                .zip(NaiveDate::parse_from_str(cell(&[b]), fmt).ok())
                .ok_or_else(|| {
                    (
                        *a,
                        format!("{} {}", cell(&[a]), cell(&[b])),
                        "start and end dates such as 1/1/13",
                    )
                }),
            PeriodCols::FileHalf => file_half(&name).ok_or_else(|| {
                (
                    "file name",
                    name.clone(),
                    "a file name ending in _YYYY_H1 or _YYYY_H2",
                )
            }),
            PeriodCols::YearMonths(y, range) => {
                let year = cell(&[y]).parse::<i32>().ok();
                year.zip(month_range(cell(&[range])))
                    .and_then(|(y, (m0, m1))| {
                        let end = NaiveDate::from_ymd_opt(y, m1, 1)?
                            .checked_add_months(Months::new(1))?
                            .pred_opt()?;
                        Some((NaiveDate::from_ymd_opt(y, m0, 1)?, end))
                    })
                    .ok_or_else(|| {
                        (
                            *range,
                            format!("{} {}", cell(&[y]), cell(&[range])),
                            "a year and a month range such as Jan-Jun",
                        )
                    })
            }
            PeriodCols::YearHalf(y, half) => {
                let year = cell(&[y]).parse::<i32>().ok();
                let months = match cell(&[half]) {
                    "1" => Some((1, 6, 30)),
                    "2" => Some((7, 12, 31)),
                    _ => None,
                };
                year.zip(months)
                    .and_then(|(y, (m0, m1, d1))| {
                        NaiveDate::from_ymd_opt(y, m0, 1).zip(NaiveDate::from_ymd_opt(y, m1, d1))
                    })
                    .ok_or_else(|| {
                        (
                            *half,
                            format!("{} {}", cell(&[y]), cell(&[half])),
                            "a year and a half, 1 or 2",
                        )
                    })
            }
        };
        let (start, end) = match period {
            Ok(p) => p,
            Err((field, found, expected)) => {
                fail(w, field, &found, expected);
                continue;
            }
        };
        let country = match &layout.country {
            CountryCol::Code(c) => {
                let v = cell(&[c]).to_ascii_uppercase();
                if v.is_empty() {
                    None
                } else if crate::validate::is_country_code(&v) {
                    Some(v)
                } else {
                    fail(w, c, &v, "an ISO 3166-1 alpha-2 code");
                    continue;
                }
            }
            CountryCol::Name(c) => {
                let v = cell(&[c]);
                // Apple writes N/A where a figure belongs to no country.
                if v.is_empty() || v.eq_ignore_ascii_case("n/a") {
                    None
                } else if let Some(code) = crate::domain::country_code(v) {
                    Some(code)
                } else {
                    fail(
                        w,
                        c,
                        v,
                        "a country name or ISO code (map other names with a mapping file)",
                    );
                    continue;
                }
            }
            CountryCol::Fixed(c) => Some((*c).to_string()),
            CountryCol::Global => None,
        };
        let (process, wording, row_metric) = match &layout.process {
            ProcessCol::Fixed(p) => (*p, String::new(), None),
            ProcessCol::Kind(c, map) => {
                let v = cell(&[c]);
                match map.iter().find(|(k, _, _)| k.eq_ignore_ascii_case(v)) {
                    Some((_, p, m)) => (*p, v.to_string(), Some(*m)),
                    None => {
                        let known: Vec<&str> = map.iter().map(|(k, _, _)| *k).collect();
                        fail(w, c, v, &format!("a known wording: {}", known.join(", ")));
                        continue;
                    }
                }
            }
            ProcessCol::Column(c, map) => {
                let v = cell(&[c]);
                match map.iter().find(|(k, _)| k.eq_ignore_ascii_case(v)) {
                    Some((_, p)) => (*p, v.to_string(), None),
                    None => {
                        let known: Vec<&str> = map.iter().map(|(k, _)| *k).collect();
                        fail(w, c, v, &format!("a known wording: {}", known.join(", ")));
                        continue;
                    }
                }
            }
        };
        for f in layout.figures {
            let metric = row_metric.unwrap_or(f.metric);
            let parsed = match &f.value {
                Value::Count(c) if f.optional && h.find(c).is_none() => continue,
                Value::Count(c) => number_or_band(cell(c)),
                Value::PercentOf(pct, _) if f.optional && h.find(pct).is_none() => continue,
                Value::PercentOf(pct, of) => match (number(cell(pct)), number_or_band(cell(of))) {
                    // A share of a banded count is no count: unknown.
                    (Ok(_), Ok(Some((_, _, true)))) => Ok(None),
                    (Ok(Some(p)), Ok(Some((n, _, false)))) => {
                        // Percentages come as 54, "54%" or 0.54.
                        let share = if p <= 1.0 && cell(pct).contains('.') {
                            p
                        } else {
                            p / 100.0
                        };
                        Ok(Some(((n * share).round(), (n * share).round(), false)))
                    }
                    (Ok(None), _) | (_, Ok(None)) => Ok(None),
                    _ => Err(()),
                },
                Value::Band(a, b) => match (number(cell(&[a])), number(cell(&[b]))) {
                    (Ok(Some(lo)), Ok(Some(hi))) => Ok(Some((lo, hi, true))),
                    (Ok(None), Ok(None)) => Ok(None),
                    _ => Err(()),
                },
            };
            let (lo, hi, banded) = match parsed {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(()) => {
                    fail(
                        w,
                        metric.as_str(),
                        &record.iter().collect::<Vec<_>>().join(","),
                        "numbers (blank for unknown)",
                    );
                    continue;
                }
            };
            let key = (
                start.to_string(),
                end.to_string(),
                country.clone(),
                f.process.unwrap_or(process),
                metric,
            );
            let sum = sums.entry(key).or_default();
            sum.known = true;
            sum.banded |= banded;
            sum.min += lo;
            sum.max += hi;
            sum.value = Some(sum.value.unwrap_or(0.0) + lo);
            if sum.rows.len() < 3 {
                sum.rows.push(row);
            }
            if !wording.is_empty() && !sum.wordings.contains(&wording) {
                sum.wordings.push(wording.clone());
            }
        }
        if i % 1024 == 0
            && !progress(ProgressEvent {
                done: row,
                total: 0,
                unit: ProgressUnit::Rows,
                records: w.records(),
            })
        {
            return Err(Error::Cancelled);
        }
    }
    for ((start, end, country, process, metric), s) in sums {
        if !s.known {
            continue;
        }
        let rows: Vec<String> = s.rows.iter().map(u64::to_string).collect();
        let wording = if s.wordings.is_empty() {
            String::new()
        } else {
            format!(" \"{}\"", s.wordings.join("\" + \""))
        };
        let a = Aggregate {
            organisation: org_id.into(),
            period_start: start
                .parse()
                .map_err(|_| Error::Internal("period start".into()))?,
            period_end: end
                .parse::<FuzzyDate>()
                .map_err(|_| Error::Internal("period end".into()))?,
            country,
            process,
            scope: layout.scope,
            metric,
            value: if s.banded { None } else { s.value },
            value_min: s.banded.then_some(s.min),
            value_max: s.banded.then_some(s.max),
            unit: Unit::Count,
            source: Some(format!(
                "{name} ({}) row {}{wording}; sha256 {}",
                layout.name,
                rows.join(", "),
                &sha[..16]
            )),
        };
        w.aggregate(&a, &Location::File)?;
    }
    Ok(())
}

/// "Jan-Jun" -> (1, 6): the first and last month of a range of English month names.
fn month_range(s: &str) -> Option<(u32, u32)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let month = |m: &str| {
        let m = m.trim().to_ascii_lowercase();
        MONTHS
            .iter()
            .position(|x| m.starts_with(x))
            .map(|i| i as u32 + 1)
    };
    let (a, b) = s.split_once('-')?;
    let (a, b) = (month(a)?, month(b)?);
    (a <= b).then_some((a, b))
}

/// The half-year a file name names: `..._2023_H1.csv` -> 2023-01-01..2023-06-30.
fn file_half(name: &str) -> Option<(NaiveDate, NaiveDate)> {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let (rest, half) = stem.rsplit_once("_H")?;
    let year: i32 = rest.rsplit(['_', '-']).next()?.parse().ok()?;
    match half {
        "1" => NaiveDate::from_ymd_opt(year, 1, 1).zip(NaiveDate::from_ymd_opt(year, 6, 30)),
        "2" => NaiveDate::from_ymd_opt(year, 7, 1).zip(NaiveDate::from_ymd_opt(year, 12, 31)),
        _ => None,
    }
}

/// The first row of a CSV file, to tell which layout it has; None for an empty file.
pub fn first_row(path: &Path) -> Result<Option<Vec<String>>> {
    use std::io::{BufRead, Read};
    let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut r = std::io::BufReader::new(f);
    let mut line = Vec::new();
    r.by_ref()
        .take(64 * 1024)
        .read_until(b'\n', &mut line)
        .map_err(|e| Error::io(path, e))?;
    let skip = text::check_start(path, &line)?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&line[skip..]);
    Ok(rdr
        .records()
        .next()
        .and_then(|r| r.ok())
        .map(|r| r.iter().map(String::from).collect()))
}

fn csv_error(file: &str, e: &csv::Error) -> Error {
    let line = e.position().map_or(0, |p| p.line());
    Error::InvalidInput(vec![Problem::error(
        file,
        Location::Line { line },
        format!("well-formed CSV ({e})"),
    )])
}
