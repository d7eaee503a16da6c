//! The layouts Disclose recognises, as data: Google's, Meta's, Apple's, GitHub's and X's
//! published files and the EU DSA template's orders (Part 3), most specific first.

use super::{fig, group, scoped, CountryCol, Figure, Layout, Org, PeriodCols, ProcessCol, Value};
use crate::domain::{Metric, Process, Scope};

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
    title: &'static str,
    scope: Option<Scope>,
    process: ProcessCol,
    figures: &'static [Figure],
) -> Layout {
    Layout {
        name,
        title,
        organisation: Org::Fixed("apple", "Apple"),
        page: APPLE_PAGE,
        scope,
        period: PeriodCols::StartEnd("TR Start Date", "TR End Date", "%m/%d/%y"),
        country: CountryCol::Name("Country/Region"),
        process,
        figures,
    }
}

const GOOGLE: Org = Org::Fixed("google", "Google");
const GITHUB: Org = Org::Fixed("github", "GitHub");

/// The pages each publisher keeps its files on, for newer files (never fetched by Disclose).
const GOOGLE_PAGE: &str = "https://transparencyreport.google.com/user-data/overview";
const META_PAGE: &str = "https://transparency.meta.com/reports/government-data-requests/";
const APPLE_PAGE: &str = "https://www.apple.com/legal/transparency/";
const GITHUB_PAGE: &str = "https://github.com/github/transparency";
const X_PAGE: &str = "https://transparency.x.com/en/reports/information-requests";
/// Each service publishes its own DSA reports; this page has the template they follow.
const DSA_PAGE: &str = "https://digital-strategy.ec.europa.eu/en/library/implementing-regulation-laying-down-templates-concerning-transparency-reporting-obligations";

/// The DSA template's columns for one kind of order: how many, and the two median times.
macro_rules! dsa_orders {
    ($make:ident, $scope:expr, $n:literal, $inform:literal, $effect:literal) => {
        [
            $make($scope, Metric::Requests, Value::Count(&[$n])),
            $make(
                $scope,
                Metric::MedianHoursToConfirm,
                Value::Median(&[$inform]),
            ),
            $make(
                $scope,
                Metric::MedianHoursToEffect,
                Value::Median(&[$effect]),
            ),
        ]
    };
}

/// Orders to provide information are requests for user data (scope: none); orders to act
/// against content are kept apart in their own scope.
const DSA_FIGURES: &[Figure] = &{
    const fn required(_: Option<Scope>, metric: Metric, value: Value) -> Figure {
        fig(metric, value)
    }
    let [a, b, c] = dsa_orders!(
        required,
        None,
        "Number of orders to provide information",
        "Median time to inform the authority of the receipt of the order to provide information",
        "Median time to give effect to the order to provide information"
    );
    let [d, e, f] = dsa_orders!(
        scoped,
        Some(Scope::ContentOrders),
        "Number of orders to act",
        "Median time to inform the authority of the receipt of the order to act",
        "Median time to give effect to the order to act"
    );
    [a, b, c, d, e, f]
};
/// Google's files name the last day of each half-year.
const GOOGLE_HALF: PeriodCols = PeriodCols::HalfEnding(&["Period Ending"]);

/// The layouts Disclose knows, most specific first.
pub const LAYOUTS: &[Layout] = &[
    Layout {
        name: "google-enterprise-diplomatic-requests",
        title: "Google: Enterprise Cloud requests through diplomatic channels",
        organisation: GOOGLE,
        page: GOOGLE_PAGE,
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
        title: "Google: user data requests through diplomatic channels",
        organisation: GOOGLE,
        page: GOOGLE_PAGE,
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
        title: "Google: Enterprise Cloud requests",
        organisation: GOOGLE,
        page: GOOGLE_PAGE,
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
        title: "Google: user data requests by country",
        organisation: GOOGLE,
        page: GOOGLE_PAGE,
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
        title: "Google: US national security requests",
        organisation: GOOGLE,
        page: GOOGLE_PAGE,
        scope: None,
        period: PeriodCols::HalfEnding(&["Reporting period ending date"]),
        country: CountryCol::Fixed("US"),
        process: ProcessCol::Fixed(Some(Process::NationalSecurity)),
        figures: GOOGLE_NS_FIGURES,
    },
    Layout {
        name: "meta-government-requests",
        title: "Meta: government requests for user data by country",
        organisation: Org::Fixed("meta", "Meta"),
        page: META_PAGE,
        scope: None,
        period: PeriodCols::FileHalf,
        country: CountryCol::Name("Country"),
        process: ProcessCol::Fixed(None),
        figures: META_FIGURES,
    },
    apple(
        "apple-device-requests",
        "Apple: device requests",
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
        "Apple: financial identifier requests",
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
        "Apple: push token requests",
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
        "Apple: digital content provider requests",
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
        "Apple: account restriction and deletion requests",
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
        "Apple: app removals for alleged legal violations",
        Some(Scope::AppTakedownLegal),
        ProcessCol::Fixed(None),
        &apple_takedowns!("Legal Violation Takedown Requests Received"),
    ),
    apple(
        "apple-app-takedown-platform-policy-requests",
        "Apple: app removals for platform policy",
        Some(Scope::AppTakedownPolicy),
        ProcessCol::Fixed(None),
        &apple_takedowns!("Platform Policy Violation Takedown Requests Received"),
    ),
    apple(
        "apple-account-requests",
        "Apple: account requests",
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
        "Apple: emergency requests",
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
        "Apple: account preservation requests",
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
        "Apple: US national security requests",
        None,
        ProcessCol::Fixed(Some(Process::NationalSecurity)),
        &[
            fig(Metric::Requests, Value::Count(&["Requests Received"])),
            fig(Metric::Accounts, Value::Count(&["Users/Accounts"])),
        ],
    ),
    Layout {
        name: "github-cross-border-by-half-year",
        title: "GitHub: requests from outside the US, by half-year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Code("government_iso2_code"),
        process: ProcessCol::Fixed(Some(Process::Foreign)),
        figures: &[fig(Metric::Requests, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-accounts-affected-by-half-year",
        title: "GitHub: accounts affected, by half-year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
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
        title: "GitHub: requests for user information, by half-year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Global,
        process: ProcessCol::Column("type", GITHUB_PROCESSES),
        figures: GITHUB_FIGURES,
    },
    Layout {
        name: "github-cross-border-by-year",
        title: "GitHub: requests from outside the US, by year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
        scope: None,
        period: PeriodCols::Year("year"),
        country: CountryCol::Code("government_iso2_code"),
        process: ProcessCol::Fixed(Some(Process::Foreign)),
        figures: &[fig(Metric::Requests, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-accounts-affected-by-year",
        title: "GitHub: accounts affected, by year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
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
        title: "GitHub: users notified, by half-year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
        scope: None,
        period: PeriodCols::YearHalf("year", "half"),
        country: CountryCol::Global,
        process: ProcessCol::Kind("type", GITHUB_NOTIFICATIONS),
        // The metric comes from `type`: notified, under a gag order, or not notified.
        figures: &[fig(Metric::UsersNotified, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-national-security",
        title: "GitHub: US national security requests",
        organisation: GITHUB,
        page: GITHUB_PAGE,
        scope: None,
        period: PeriodCols::YearMonths("year", "month_range"),
        country: CountryCol::Fixed("US"),
        process: ProcessCol::Kind("type", GITHUB_NATIONAL_SECURITY),
        // Published in bands of 250 ("0-249"); the metric comes from `type`.
        figures: &[fig(Metric::Requests, Value::Count(&["count"]))],
    },
    Layout {
        name: "github-requests-by-year",
        title: "GitHub: requests for user information, by year",
        organisation: GITHUB,
        page: GITHUB_PAGE,
        scope: None,
        period: PeriodCols::Year("year"),
        country: CountryCol::Global,
        process: ProcessCol::Column("type", GITHUB_PROCESSES),
        figures: GITHUB_FIGURES,
    },
    Layout {
        name: "x-information-requests",
        title: "X (Twitter): information requests by country, half-yearly",
        organisation: Org::Fixed("x", "X (Twitter)"),
        page: X_PAGE,
        scope: None,
        period: PeriodCols::Text("TIME PERIOD"),
        country: CountryCol::CodeOrName("ISO CODE", "COUNTRY"),
        process: ProcessCol::Fixed(None),
        figures: &[
            fig(
                Metric::Requests,
                Value::Count(&["ACCOUNT INFORMATION REQUESTS"]),
            ),
            fig(Metric::Accounts, Value::Count(&["ACCOUNTS SPECIFIED"])),
            fig(
                Metric::SomeDataProduced,
                Value::PercentOf(
                    &["PERCENTAGE WHERE SOME INFORMATION PRODUCED"],
                    &["ACCOUNT INFORMATION REQUESTS"],
                ),
            ),
        ],
    },
    Layout {
        name: "eu-dsa-member-state-orders",
        title: "EU DSA transparency template, Part 3: orders per Member State",
        organisation: Org::Column("Service"),
        page: DSA_PAGE,
        scope: None,
        period: PeriodCols::Text("Reporting period"),
        country: CountryCol::CodeOrTotal("Scope"),
        process: ProcessCol::Wording("Category of illegal content", None),
        figures: DSA_FIGURES,
    },
];
