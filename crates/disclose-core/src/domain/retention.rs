//! How long a data category is kept.

use std::fmt;
use std::str::FromStr;

use disclose_i18n::{self as i18n, Lang};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What a retention may be, for error messages.
pub fn retention_expected() -> crate::i18n::Text {
    crate::i18n::say!("expected-retention")
}

/// How long a data category is kept.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Retention {
    /// A fixed period, kept as written (`P90D`); validated on parse.
    Duration(String),
    /// Kept while the account exists.
    AccountLifetime,
    /// No deletion is known.
    Indefinite,
    /// Not kept at all.
    None,
}

#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::say!("problem-at-expected", expected = retention_expected()))]
pub struct RetentionError;

impl FromStr for Retention {
    type Err = RetentionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "account_lifetime" => Ok(Retention::AccountLifetime),
            "indefinite" => Ok(Retention::Indefinite),
            "none" => Ok(Retention::None),
            d if is_iso_duration(d) => Ok(Retention::Duration(d.to_string())),
            _ => Err(RetentionError),
        }
    }
}

/// `P[nY][nM][nW][nD][T[nH][nM][nS]]` with at least one part.
fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    fn parts(s: &str, units: &str) -> Option<usize> {
        let mut count = 0;
        let mut digits = 0;
        let mut last_unit = 0;
        for c in s.chars() {
            if c.is_ascii_digit() {
                digits += 1;
            } else {
                let pos = units.find(c)? + 1;
                if digits == 0 || pos <= last_unit {
                    return None;
                }
                last_unit = pos;
                digits = 0;
                count += 1;
            }
        }
        (digits == 0).then_some(count)
    }
    let Some(n_date) = parts(date, "YMWD") else {
        return false;
    };
    let n_time = match time {
        Some(t) => match parts(t, "HMS") {
            Some(n) if n > 0 => n,
            _ => return false,
        },
        None => 0,
    };
    n_date + n_time > 0
}

impl Retention {
    /// How long, as people read it: "90 days", "1 year 6 months", "as long as the account
    /// exists", "indefinitely", "not kept". The id (`P90D`) is for files only.
    pub fn label(&self) -> String {
        self.label_in(Lang::En)
    }

    /// [`Retention::label`] in `lang`: "90 Tage", "unbegrenzt".
    pub fn label_in(&self, lang: Lang) -> String {
        match self {
            Retention::Duration(d) => duration_label(d, lang),
            Retention::AccountLifetime => i18n::text(lang, "retention-account_lifetime").into(),
            Retention::Indefinite => i18n::text(lang, "retention-indefinite").into(),
            Retention::None => i18n::text(lang, "retention-none").into(),
        }
    }

    /// As the end of a sentence about what is held: "kept 90 days", "kept indefinitely",
    /// "kept as long as the account exists", "not kept".
    pub fn kept(&self) -> String {
        self.kept_in(Lang::En)
    }

    /// [`Retention::kept`] in `lang`.
    pub fn kept_in(&self, lang: Lang) -> String {
        match self {
            Retention::None => self.label_in(lang),
            Retention::AccountLifetime => {
                i18n::text(lang, "retention-kept-account_lifetime").into()
            }
            other => i18n::message(
                lang,
                "retention-kept",
                &[("how", other.label_in(lang).into())],
            ),
        }
    }
}

/// `P1Y6M` -> "1 year 6 months", `PT12H` -> "12 hours"; a checked duration.
fn duration_label(d: &str, lang: Lang) -> String {
    const DATE: [(char, &str); 4] = [('Y', "year"), ('M', "month"), ('W', "week"), ('D', "day")];
    const TIME: [(char, &str); 3] = [('H', "hour"), ('M', "minute"), ('S', "second")];
    let rest = d.strip_prefix('P').unwrap_or(d);
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut parts = Vec::new();
    for (text, units) in [(date, &DATE[..]), (time, &TIME[..])] {
        let mut n = String::new();
        for c in text.chars() {
            if c.is_ascii_digit() {
                n.push(c);
            } else if let Some((_, unit)) = units.iter().find(|(u, _)| *u == c) {
                let count = n.parse::<u64>().unwrap_or(0);
                parts.push(i18n::counted(
                    lang,
                    &format!("retention-{unit}"),
                    count,
                    &[],
                ));
                n.clear();
            }
        }
    }
    if parts.is_empty() {
        d.to_string()
    } else {
        parts.join(" ")
    }
}

impl fmt::Display for Retention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Retention::Duration(d) => d,
            Retention::AccountLifetime => "account_lifetime",
            Retention::Indefinite => "indefinite",
            Retention::None => "none",
        })
    }
}

impl Serialize for Retention {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Retention {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Retention {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Retention".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": retention_expected().to_string(),
            "pattern": r"^(account_lifetime|indefinite|none|P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_durations_and_keywords() {
        for s in [
            "P90D",
            "P14D",
            "P1Y6M",
            "PT12H",
            "P1DT2H",
            "account_lifetime",
            "none",
        ] {
            let r: Retention = s.parse().unwrap_or_else(|_| panic!("{s}"));
            assert_eq!(r.to_string(), s);
        }
    }

    #[test]
    fn reads_as_people_say_it() {
        let label = |s: &str| s.parse::<Retention>().expect("retention").label();
        assert_eq!(label("P90D"), "90 days");
        assert_eq!(label("P1Y6M"), "1 year 6 months");
        assert_eq!(label("P1D"), "1 day");
        assert_eq!(label("PT12H"), "12 hours");
        assert_eq!(label("account_lifetime"), "as long as the account exists");
        assert_eq!(label("none"), "not kept");
    }

    #[test]
    fn rejects_malformed_durations() {
        for s in [
            "", "P", "PT", "90D", "P90", "PD", "P1D1Y", "forever", "P1DT",
        ] {
            assert!(s.parse::<Retention>().is_err(), "{s:?}");
        }
    }
}
