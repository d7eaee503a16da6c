//! The report's sentences, as a person would write them: singular and plural right, zero
//! and unknown kept apart ("notification not recorded for 3" is not "0 notified"), small
//! counts banded when asked, and nothing said that the records do not say.

use disclose_core::i18n::{self, Arg, Lang};
use disclose_core::query::Stats;

/// Writes counts in the report's language, banding small ones when asked to ("fewer
/// than 5").
#[derive(Debug, Clone, Copy)]
pub struct Counter {
    /// Counts from 1 up to this (exclusive) are shown as "fewer than N".
    pub band: Option<u64>,
    /// The report's language.
    pub lang: Lang,
}

impl Counter {
    /// The count as published.
    pub fn fmt(&self, n: u64) -> String {
        match self.band {
            Some(b) if n > 0 && n < b => i18n::message(
                self.lang,
                "report-fewer-than",
                &[("band", i18n::number(self.lang, b).into())],
            ),
            _ => i18n::number(self.lang, n),
        }
    }

    /// A counted phrase from the catalogue ("1 request", "3 requests", "fewer than 5
    /// requests", "no requests"): the message gets `$n` (the plural: a banded count
    /// reads as the band) and `$count` (the count as published).
    pub fn of(&self, id: &str, n: u64) -> String {
        let plural = match self.band {
            Some(b) if n > 0 && n < b => b,
            _ => n,
        };
        i18n::message(
            self.lang,
            id,
            &[
                ("n", Arg::Number(plural as f64)),
                ("count", self.fmt(n).into()),
            ],
        )
    }

    fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::message(self.lang, id, args)
    }
}

/// The summary paragraph: what came in, what was produced, what was rejected, withdrawn or
/// is pending, nondisclosure orders and notification.
pub fn summary(s: &Stats, period: &str, count: Counter) -> Vec<String> {
    let mut out = Vec::new();
    if s.requests == 0 {
        out.push(count.say("report-summary-none", &[("period", period.into())]));
        return out;
    }
    let accounts = if s.accounts_specified == 0 {
        count.say("report-accounts-unknown", &[])
    } else {
        count.of("report-accounts-specified", s.accounts_specified)
    };
    out.push(count.say(
        "report-summary-received",
        &[
            ("period", period.into()),
            (
                "requests",
                count.of("report-government-requests", s.requests).into(),
            ),
            ("accounts", accounts.into()),
        ],
    ));
    let outcome = |k: &str| s.by_outcome.get(k).copied().unwrap_or(0);
    let recorded: u64 = s.by_outcome.values().sum();
    let mut answered = Vec::new();
    if s.some_data_produced > 0 {
        answered.push(match (s.some_data_produced == s.requests, s.requests) {
            (true, 1) => count.say("report-produced-it", &[]),
            (true, _) => count.say("report-produced-all", &[]),
            (false, _) => count.of("report-produced-some", s.some_data_produced),
        });
    }
    for (key, id) in [
        ("no_data", "report-answered-no-data"),
        ("rejected", "report-answered-rejected"),
        ("withdrawn", "report-answered-withdrawn"),
    ] {
        let n = outcome(key);
        if n > 0 {
            answered.push(count.of(id, n));
        }
    }
    if !answered.is_empty() {
        out.push(count.say(
            "report-of-these",
            &[("list", join(count.lang, &answered).into())],
        ));
    }
    let pending = outcome("pending");
    if pending > 0 {
        out.push(capital(&count.of("report-pending", pending)));
    }
    if recorded < s.requests {
        out.push(count.of("report-outcome-unrecorded", s.requests - recorded));
    }
    if s.nondisclosure_orders > 0 {
        out.push(capital(
            &count.of("report-nondisclosure", s.nondisclosure_orders),
        ));
    }
    let known = s.requests - s.users_notified_unknown;
    let notified = match (known, s.users_notified) {
        (0, _) => count.say("report-notified-unrecorded", &[]),
        (k, 0) => count.of("report-notified-none", k),
        (_, n) => count.of("report-notified-some", n),
    };
    let notified = if known == 0 {
        notified
    } else if s.users_notified_unknown > 0 {
        count.say(
            "report-notified-partly-recorded",
            &[
                ("said", notified.into()),
                ("unknown", count.fmt(s.users_notified_unknown).into()),
            ],
        )
    } else {
        count.say("report-sentence", &[("said", notified.into())])
    };
    out.push(notified);
    out
}

/// "a, b and c" / "a, b und c".
pub fn join(lang: Lang, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => i18n::message(
            lang,
            "list-and",
            &[
                ("rest", rest.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

/// The sentence with its first letter upper case.
pub fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(requests: u64, produced: u64, unknown_notified: u64) -> Stats {
        Stats {
            requests,
            accounts_specified: 5,
            some_data_produced: produced,
            users_notified_unknown: unknown_notified,
            by_outcome: [("complied".to_string(), produced)].into_iter().collect(),
            ..Stats::default()
        }
    }

    #[test]
    fn zero_and_unknown_read_apart_and_plurals_are_right() {
        let text = summary(
            &stats(3, 3, 3),
            "2023",
            Counter {
                band: None,
                lang: Lang::En,
            },
        )
        .join(" ");
        assert!(
            text.contains(
                "we received 3 government requests for user data; 5 accounts were specified"
            ),
            "{text}"
        );
        assert!(
            text.contains("we produced some data for all of them"),
            "{text}"
        );
        assert!(text.contains("not recorded for any of them"), "{text}");
        assert!(!text.contains(" 0 "), "{text}");
        let one = summary(
            &stats(1, 1, 0),
            "2024",
            Counter {
                band: None,
                lang: Lang::En,
            },
        )
        .join(" ");
        assert!(one.contains("1 government request for user data"), "{one}");
        assert!(
            one.contains(
                "Users were not notified in any of the 1 request where notification is recorded."
            ),
            "{one}"
        );
        let none = summary(
            &stats(0, 0, 0),
            "2022",
            Counter {
                band: None,
                lang: Lang::En,
            },
        )
        .join(" ");
        assert_eq!(
            none,
            "We recorded no government requests for user data in 2022."
        );
        let banded = summary(
            &stats(3, 3, 3),
            "2023",
            Counter {
                band: Some(5),
                lang: Lang::En,
            },
        )
        .join(" ");
        assert!(
            banded.contains("fewer than 5 government requests"),
            "{banded}"
        );
        let de = |s: &Stats| {
            summary(
                s,
                "2023",
                Counter {
                    band: None,
                    lang: Lang::De,
                },
            )
            .join(" ")
        };
        let text = de(&stats(3, 3, 3));
        assert!(
            text.contains("3 behördliche Anfragen nach Nutzerdaten"),
            "{text}"
        );
        assert!(text.contains("5 Konten wurden genannt"), "{text}");
        let one = de(&stats(1, 1, 0));
        assert!(
            one.contains("1 behördliche Anfrage nach Nutzerdaten"),
            "{one}"
        );
        let banded = summary(
            &stats(3, 3, 3),
            "2023",
            Counter {
                band: Some(5),
                lang: Lang::De,
            },
        )
        .join(" ");
        assert!(
            banded.contains("weniger als 5 behördliche Anfragen"),
            "{banded}"
        );
    }
}
