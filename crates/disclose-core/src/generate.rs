//! Deterministic synthetic data for tests, benchmarks and demos.
//!
//! The same seed always gives the same records (ChaCha8 is portable across
//! platforms and rand versions). Subject identifiers all contain
//! [`CANARY`], so a test can grep any output for a leak.

use std::path::Path;

use chrono::{Days, NaiveDate};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::date::FuzzyDate;
use crate::domain::{
    builtin_categories, Bundle, CategoryChange, CategoryState, Disposition, Document,
    InventoryEntry, Matter, Organisation, Outcome, PolicyChange, PolicyKind, Process, Request,
    RequestedCategory, Retention, Subject,
};
use crate::error::Result;
use crate::export::{self, FileFormat, Subjects};

/// Every generated subject identifier contains this string.
pub const CANARY: &str = "CANARY-SUBJ";

const ORGS: &[(&str, &str, &str, u32)] = &[
    (
        "example-registry",
        "Example Registry Foundation",
        "Example Package Index",
        5,
    ),
    ("sample-forge", "Sample Forge Inc.", "Sample Forge", 3),
    ("demo-mail", "Demo Mail Cooperative", "Demo Mail", 2),
];

const PROCESSES: &[(Process, u32)] = &[
    (Process::Subpoena, 45),
    (Process::CourtOrder, 15),
    (Process::SearchWarrant, 14),
    (Process::Emergency, 8),
    (Process::Preservation, 7),
    (Process::Foreign, 4),
    (Process::PenRegister, 3),
    (Process::NationalSecurity, 2),
    (Process::Civil, 1),
    (Process::Wiretap, 1),
];

const OUTCOMES: &[(Outcome, u32)] = &[
    (Outcome::Complied, 50),
    (Outcome::Partial, 20),
    (Outcome::NoData, 14),
    (Outcome::Rejected, 8),
    (Outcome::Withdrawn, 3),
    (Outcome::Pending, 5),
];

/// Requests per month, relative: fewer in summer and at the year's end.
const SEASON: [u32; 12] = [9, 10, 12, 11, 10, 8, 6, 7, 10, 12, 11, 6];

const AUTHORITIES: &[(&str, &str)] = &[
    ("US Department of Justice", "US"),
    ("Federal Bureau of Investigation", "US"),
    ("US District Court, N.D. Cal.", "US"),
    ("Bundeskriminalamt", "DE"),
    ("Metropolitan Police Service", "GB"),
    ("Police nationale", "FR"),
    ("Polícia Federal", "BR"),
    ("Central Bureau of Investigation", "IN"),
];

/// Categories a synthetic request may name (all but `other`).
const CATEGORIES: &[&str] = &[
    "name",
    "email_address",
    "postal_address",
    "phone_number",
    "ip_address",
    "activity_logs",
    "session_records",
    "account_metadata",
    "payment_info",
    "uploaded_content",
    "download_logs",
    "content",
];

/// Categories the synthetic organisations never held.
const NEVER_HELD: &[&str] = &[
    "postal_address",
    "phone_number",
    "payment_info",
    "download_logs",
];

const FIRST_YEAR: i32 = 2019;
const YEARS: i32 = 6;

fn pick<T: Copy>(rng: &mut ChaCha8Rng, weighted: &[(T, u32)]) -> T {
    let total: u32 = weighted.iter().map(|(_, w)| w).sum();
    let mut x = rng.random_range(0..total);
    for (v, w) in weighted {
        if x < *w {
            return *v;
        }
        x -= w;
    }
    weighted[0].0
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Organisations, vocabulary, inventory, policy changes and matters for generated requests.
pub fn context() -> Bundle {
    let mut b = Bundle {
        categories: builtin_categories(),
        ..Bundle::default()
    };
    for (i, (id, name, service, _)) in ORGS.iter().enumerate() {
        b.organisations.push(Organisation {
            id: (*id).into(),
            name: (*name).into(),
            service: Some((*service).into()),
            url: None,
        });
        let cutover = day(2021 + i as i32, 6, 1);
        for cat in CATEGORIES {
            let held = !NEVER_HELD.contains(cat);
            let entry =
                |from: NaiveDate, to: Option<NaiveDate>, retention: Retention| InventoryEntry {
                    id: None,
                    organisation: (*id).into(),
                    category: (*cat).into(),
                    held,
                    retention: Some(if held { retention } else { Retention::None }),
                    valid_from: FuzzyDate::day(from),
                    valid_to: to.map(FuzzyDate::day),
                    location: None,
                    notes: None,
                    source: None,
                };
            if *cat == "ip_address" {
                b.inventory
                    .push(entry(day(2015, 1, 1), Some(cutover), Retention::Indefinite));
                b.inventory
                    .push(entry(cutover, None, Retention::Duration("P90D".into())));
            } else {
                b.inventory
                    .push(entry(day(2015, 1, 1), None, Retention::AccountLifetime));
            }
        }
        b.policy_changes.push(PolicyChange {
            id: format!("{id}-ip-retention"),
            organisation: (*id).into(),
            date: FuzzyDate::day(cutover),
            kind: PolicyKind::Retention,
            summary: "IP addresses deleted after 90 days instead of kept indefinitely".into(),
            changes: vec![CategoryChange {
                category: "ip_address".into(),
                before: Some(CategoryState {
                    held: Some(true),
                    retention: Some(Retention::Indefinite),
                    location: None,
                    notes: None,
                }),
                after: Some(CategoryState {
                    held: Some(true),
                    retention: Some(Retention::Duration("P90D".into())),
                    location: None,
                    notes: None,
                }),
            }],
            source: None,
        });
        b.matters.push(Matter {
            id: format!("{id}-investigation-1"),
            organisation: (*id).into(),
            title: Some("Synthetic investigation".into()),
            accounts_specified: Some(7),
            notes: None,
        });
    }
    b
}

/// An endless, seeded stream of synthetic requests; take as many as needed.
pub struct Requests {
    rng: ChaCha8Rng,
    next: u64,
}

/// The endless, deterministic stream of requests of `seed`.
pub fn requests(seed: u64) -> Requests {
    Requests {
        rng: ChaCha8Rng::seed_from_u64(seed),
        next: 0,
    }
}

impl Iterator for Requests {
    type Item = Request;

    fn next(&mut self) -> Option<Request> {
        let i = self.next;
        self.next += 1;
        Some(one(&mut self.rng, i))
    }
}

fn one(rng: &mut ChaCha8Rng, i: u64) -> Request {
    let org_weights: Vec<(usize, u32)> = ORGS.iter().enumerate().map(|(k, o)| (k, o.3)).collect();
    let org = ORGS[pick(rng, &org_weights)].0;
    let year = FIRST_YEAR + rng.random_range(0..YEARS);
    let month_weights: Vec<(u32, u32)> = (1..=12).zip(SEASON).collect();
    let month = pick(rng, &month_weights);
    let start = day(year, month, rng.random_range(1..=28));
    let received: FuzzyDate = match rng.random_range(0..20) {
        0..=15 => FuzzyDate::day(start),
        16..=18 => format!("{year:04}-{month:02}")
            .parse()
            .unwrap_or(FuzzyDate::day(start)),
        _ => {
            let next = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
            format!("{year:04}-{month:02}/{:04}-{:02}", next.0, next.1)
                .parse()
                .unwrap_or(FuzzyDate::day(start))
        }
    };
    let process = pick(rng, PROCESSES);
    let outcome = pick(rng, OUTCOMES);
    let (authority, country) = AUTHORITIES[match process {
        Process::Foreign => rng.random_range(3..AUTHORITIES.len()),
        _ => rng.random_range(0..AUTHORITIES.len()),
    }];
    let accounts = rng.random_range(1..=4u32);
    let n_categories = rng.random_range(2..=6usize);
    let mut chosen: Vec<&str> = Vec::with_capacity(n_categories);
    while chosen.len() < n_categories {
        let c = CATEGORIES[rng.random_range(0..CATEGORIES.len())];
        if !chosen.contains(&c) {
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|c| CATEGORIES.iter().position(|x| x == c));
    let categories = chosen
        .into_iter()
        .map(|c| {
            let disposition = if NEVER_HELD.contains(&c) {
                Disposition::NotHeld
            } else {
                match outcome {
                    Outcome::Complied => Disposition::Provided,
                    Outcome::Partial if rng.random_range(0..2) == 0 => Disposition::Partial,
                    Outcome::Partial => Disposition::Provided,
                    Outcome::NoData => Disposition::NotHeld,
                    Outcome::Rejected | Outcome::Withdrawn => Disposition::Withheld,
                    Outcome::Pending => Disposition::Pending,
                }
            };
            RequestedCategory {
                category: c.into(),
                requested_as: Vec::new(),
                disposition,
            }
        })
        .collect();
    let nondisclosure_until = (rng.random_range(0..10) < 3)
        .then(|| FuzzyDate::day(start.checked_add_days(Days::new(365)).unwrap_or(start)));
    let users_notified = match nondisclosure_until {
        Some(_) => Some(false),
        None => [Some(true), Some(false), None][rng.random_range(0..3)],
    };
    let answered = match outcome {
        Outcome::Pending => None,
        _ => Some(FuzzyDate::day(
            received
                .end()
                .checked_add_days(Days::new(rng.random_range(3..60)))
                .unwrap_or(start),
        )),
    };
    let in_matter = rng.random_range(0..50) == 0;
    let notes = match rng.random_range(0..8) {
        0 => Some("Request narrowed after discussion with counsel.".to_string()),
        1 => Some("Asked for records we do not keep; explained our retention policy.".to_string()),
        _ => None,
    };
    Request {
        id: format!("{}-{i:07}", &org[..3]),
        organisation: org.into(),
        received,
        answered,
        authority: Some(authority.into()),
        country: Some(country.into()),
        process,
        legal_basis: match process {
            Process::Subpoena => Some("18 U.S.C. § 2703(c)(2)".into()),
            Process::SearchWarrant => Some("Fed. R. Crim. P. 41".into()),
            _ => None,
        },
        accounts_specified: (!in_matter).then_some(accounts),
        nondisclosure_until,
        users_notified,
        outcome: Some(outcome),
        notes,
        matter: in_matter.then(|| format!("{org}-investigation-1")),
        categories,
        documents: if rng.random_range(0..10) == 0 {
            vec![Document {
                title: "Request letter (redacted)".into(),
                url: None,
                sha256: None,
            }]
        } else {
            Vec::new()
        },
        subjects: (0..accounts)
            .map(|k| Subject {
                identifier: format!("{CANARY}-{i:07}-{k}@users.example"),
            })
            .collect(),
    }
}

/// Writes `n` synthetic requests of `seed` to `out`: a canonical request CSV (`.csv`) or
/// a bundle with the context they refer to (`.json`), through a temporary file so a
/// failure leaves nothing behind. `tick` hears how many have been written, every 8,192.
pub fn write_file(out: &Path, n: u64, seed: u64, tick: &mut dyn FnMut(u64)) -> Result<u64> {
    let format = FileFormat::of(out, &[FileFormat::Csv, FileFormat::Json])?;
    export::write_atomically(out, |w| {
        let stream = requests(seed).take(n as usize);
        let mut count = |i: usize| {
            if (i as u64).is_multiple_of(8192) {
                tick(i as u64);
            }
        };
        if format == FileFormat::Csv {
            let mut out = export::CsvWriter::begin(w, Subjects::Omit)?;
            for (i, r) in stream.map(standalone).enumerate() {
                out.request(&r)?;
                count(i);
            }
            out.finish()
        } else {
            let context = context();
            let mut out = export::BundleWriter::begin(w, &context)?;
            for (i, r) in stream.enumerate() {
                out.request(&r)?;
                count(i);
            }
            out.finish(&context.aggregates)
        }
    })
}

/// A request fit for a CSV list, which carries no matters: its matter link is dropped.
pub fn standalone(mut r: Request) -> Request {
    r.matter = None;
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let a: Vec<Request> = requests(7).take(50).collect();
        let b: Vec<Request> = requests(7).take(50).collect();
        let c: Vec<Request> = requests(8).take(50).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn generated_requests_pass_validation_and_carry_canaries() {
        for r in requests(1).take(500) {
            let problems = crate::validate::check_request("gen", &crate::error::Location::File, &r);
            assert!(problems.is_empty(), "{problems:?}");
            assert!(r.subjects.iter().all(|s| s.identifier.contains(CANARY)));
        }
    }
}
