//! The report's sentences, as a person would write them: singular and plural right, zero
//! and unknown kept apart ("notification not recorded for 3" is not "0 notified"), small
//! counts banded when asked, and nothing said that the records do not say.

use disclose_core::query::Stats;
use disclose_core::thousands;

/// Writes counts, banding small ones when asked to ("fewer than 5").
#[derive(Debug, Clone, Copy)]
pub struct Counter(pub Option<u64>);

impl Counter {
    /// The count as published.
    pub fn fmt(&self, n: u64) -> String {
        match self.0 {
            Some(b) if n > 0 && n < b => format!("fewer than {b}"),
            _ => thousands(n),
        }
    }

    /// "1 request", "3 requests", "fewer than 5 requests", "no requests".
    pub fn of(&self, n: u64, one: &str, many: &str) -> String {
        match n {
            0 => format!("no {many}"),
            1 if self.0.is_none_or(|b| b <= 1) => format!("1 {one}"),
            _ => format!("{} {many}", self.fmt(n)),
        }
    }
}

/// The summary paragraph: what came in, what was produced, what was rejected, withdrawn or
/// is pending, nondisclosure orders and notification.
pub fn summary(s: &Stats, period: &str, count: Counter) -> Vec<String> {
    let mut out = Vec::new();
    if s.requests == 0 {
        out.push(format!(
            "We recorded no government requests for user data in {period}."
        ));
        return out;
    }
    let requests = count.of(s.requests, "government request", "government requests");
    let accounts = if s.accounts_specified == 0 {
        "the records do not say how many accounts they specified".to_string()
    } else {
        format!(
            "{} specified",
            count.of(s.accounts_specified, "account was", "accounts were")
        )
    };
    out.push(format!(
        "In {period} we received {requests} for user data; {accounts}."
    ));
    let outcome = |k: &str| s.by_outcome.get(k).copied().unwrap_or(0);
    let recorded: u64 = s.by_outcome.values().sum();
    let mut answered = Vec::new();
    if s.some_data_produced > 0 {
        answered.push(match (s.some_data_produced == s.requests, s.requests) {
            (true, 1) => "we produced some data for it".to_string(),
            (true, _) => "we produced some data for all of them".to_string(),
            (false, _) => format!(
                "we produced some data for {}",
                count.fmt(s.some_data_produced)
            ),
        });
    }
    for (key, what) in [
        ("no_data", "found no data to produce for"),
        ("rejected", "rejected"),
        ("withdrawn", "saw withdrawn"),
    ] {
        let n = outcome(key);
        if n > 0 {
            answered.push(format!("{what} {}", count.fmt(n)));
        }
    }
    if !answered.is_empty() {
        out.push(format!("Of these, {}.", join(&answered)));
    }
    let pending = outcome("pending");
    if pending > 0 {
        out.push(format!(
            "{} still pending at the time of writing.",
            capital(&count.of(pending, "is", "are"))
        ));
    }
    if recorded < s.requests {
        out.push(format!(
            "The outcome is not recorded for {}.",
            count.of(s.requests - recorded, "request", "requests")
        ));
    }
    if s.nondisclosure_orders > 0 {
        out.push(format!(
            "{} came with a nondisclosure order.",
            capital(&count.of(s.nondisclosure_orders, "request", "requests"))
        ));
    }
    let known = s.requests - s.users_notified_unknown;
    let notified = match (known, s.users_notified) {
        (0, _) => "Whether users were notified is not recorded for any of them.".to_string(),
        (k, 0) => format!(
            "Users were not notified in any of the {} where notification is recorded",
            count.of(k, "request", "requests")
        ),
        (_, n) => format!(
            "We notified the users of {}",
            count.of(n, "request", "requests")
        ),
    };
    let notified = if known == 0 {
        notified
    } else if s.users_notified_unknown > 0 {
        format!(
            "{notified}; notification is not recorded for {}.",
            count.fmt(s.users_notified_unknown)
        )
    } else {
        format!("{notified}.")
    };
    out.push(notified);
    out
}

/// "a, b and c".
pub fn join(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
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
        let text = summary(&stats(3, 3, 3), "2023", Counter(None)).join(" ");
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
        let one = summary(&stats(1, 1, 0), "2024", Counter(None)).join(" ");
        assert!(one.contains("1 government request for user data"), "{one}");
        assert!(
            one.contains(
                "Users were not notified in any of the 1 request where notification is recorded."
            ),
            "{one}"
        );
        let none = summary(&stats(0, 0, 0), "2022", Counter(None)).join(" ");
        assert_eq!(
            none,
            "We recorded no government requests for user data in 2022."
        );
        let banded = summary(&stats(3, 3, 3), "2023", Counter(Some(5))).join(" ");
        assert!(
            banded.contains("fewer than 5 government requests"),
            "{banded}"
        );
    }
}
