//! Dates as precise as their source: a day, a month, a year or an uncertain range.
//!
//! Published records often say only "March 2023". Storing that as 2023-03-01
//! would invent a day, so a [`FuzzyDate`] keeps its precision and prints back
//! exactly as it was given. Charts bin by [`FuzzyDate::start`].

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What a date-like value must look like; used in every error about dates.
pub fn date_expected() -> crate::i18n::Text {
    crate::i18n::say!("expected-date")
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// One day (`2023-03-15`).
    Day,
    /// A month (`2023-03`).
    Month,
    /// A year (`2023`).
    Year,
    /// An uncertain range (`2023-03/2023-04`).
    Range,
}

/// One point of a fuzzy date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Point {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
    Year(i32),
}

/// `text` as a number when it is exactly `len` ASCII digits.
fn number(text: &str, len: usize) -> Option<u32> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

impl Point {
    fn parse(s: &str) -> Option<Point> {
        // Parts taken one by one, not collected: an import parses several dates a row.
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next(), parts.next());
        if parts.next().is_some() {
            return None;
        }
        let year = number(y, 4)? as i32;
        match (m, d) {
            (None, _) => Some(Point::Year(year)),
            (Some(m), None) => {
                let month = number(m, 2)?;
                (1..=12)
                    .contains(&month)
                    .then_some(Point::Month { year, month })
            }
            (Some(m), Some(d)) => {
                NaiveDate::from_ymd_opt(year, number(m, 2)?, number(d, 2)?).map(Point::Day)
            }
        }
    }

    fn first_day(self) -> NaiveDate {
        match self {
            Point::Day(d) => d,
            Point::Month { year, month } => ymd(year, month, 1),
            Point::Year(y) => ymd(y, 1, 1),
        }
    }

    fn last_day(self) -> NaiveDate {
        match self {
            Point::Day(d) => d,
            Point::Month { year, month } => {
                let (ny, nm) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                ymd(ny, nm, 1).pred_opt().unwrap_or(NaiveDate::MAX)
            }
            Point::Year(y) => ymd(y, 12, 31),
        }
    }
}

/// A calendar date that the caller has already validated; falls back to the
/// epoch only for impossible input, which `Point::parse` never produces.
fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = match *self {
            Point::Day(d) => (d.year(), Some(d.month()), Some(d.day())),
            Point::Month { year, month } => (year, Some(month), None),
            Point::Year(y) => (y, None, None),
        };
        if !(0..=9999).contains(&year) {
            // Outside what sources write; the general path, padded as below.
            write!(f, "{year:04}")?;
            return match (month, day) {
                (Some(m), Some(d)) => write!(f, "-{m:02}-{d:02}"),
                (Some(m), None) => write!(f, "-{m:02}"),
                _ => Ok(()),
            };
        }
        // Digits by hand: an import prints several dates a row, and the formatting
        // machinery (and before it chrono's strftime) showed up in its profiles.
        let mut out = [0u8; 10];
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let y = year as u32;
        out[..4].copy_from_slice(&[digit(y / 1000), digit(y / 100), digit(y / 10), digit(y)]);
        let mut len = 4;
        for part in [month, day].into_iter().flatten() {
            out[len..len + 3].copy_from_slice(&[b'-', digit(part / 10), digit(part)]);
            len += 3;
        }
        // The buffer holds ASCII digits and dashes only.
        f.write_str(std::str::from_utf8(&out[..len]).map_err(|_| fmt::Error)?)
    }
}

/// A date as precise as its source: a day, a month, a year or an uncertain range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FuzzyDate {
    start: Point,
    /// Present only for an uncertain range; always ends after `start`.
    end: Option<Point>,
}

/// A text that is not a day, month, year or range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::say!("problem-at-expected", expected = date_expected()))]
pub struct DateError;

impl FuzzyDate {
    /// A known day.
    pub fn day(d: NaiveDate) -> Self {
        FuzzyDate {
            start: Point::Day(d),
            end: None,
        }
    }

    /// The first day the date could mean; what charts bin by.
    pub fn start(&self) -> NaiveDate {
        self.start.first_day()
    }

    /// The last day the date could mean.
    pub fn end(&self) -> NaiveDate {
        self.end.unwrap_or(self.start).last_day()
    }

    /// How precise this date is.
    pub fn precision(&self) -> Precision {
        match (self.start, self.end) {
            (_, Some(_)) => Precision::Range,
            (Point::Day(_), None) => Precision::Day,
            (Point::Month { .. }, None) => Precision::Month,
            (Point::Year(_), None) => Precision::Year,
        }
    }

    /// True when every day this date could mean lies before every day of `other`.
    pub fn certainly_before(&self, other: &FuzzyDate) -> bool {
        self.end() < other.start()
    }
}

impl FromStr for FuzzyDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s.split_once('/') {
            None => Ok(FuzzyDate {
                start: Point::parse(s).ok_or(DateError)?,
                end: None,
            }),
            Some((a, b)) => {
                let start = Point::parse(a.trim()).ok_or(DateError)?;
                let end = Point::parse(b.trim()).ok_or(DateError)?;
                if start == end {
                    return Ok(FuzzyDate { start, end: None });
                }
                if end.last_day() < start.first_day() {
                    return Err(DateError);
                }
                Ok(FuzzyDate {
                    start,
                    end: Some(end),
                })
            }
        }
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            None => self.start.fmt(f),
            Some(end) => write!(f, "{}/{}", self.start, end),
        }
    }
}

impl Serialize for FuzzyDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FuzzyDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for FuzzyDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "FuzzyDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": date_expected().to_string(),
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
            "examples": ["2023-03-15", "2023-03", "2023", "2023-03/2023-04"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> FuzzyDate {
        s.parse().unwrap_or_else(|_| panic!("{s} should parse"))
    }

    /// `Point::parse` as it was first written (parts collected, then matched).
    fn parse_collected(s: &str) -> Option<Point> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Option<u32> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => Some(Point::Year(num(y, 4)? as i32)),
            [y, m] => {
                let (year, month) = (num(y, 4)? as i32, num(m, 2)?);
                (1..=12)
                    .contains(&month)
                    .then_some(Point::Month { year, month })
            }
            [y, m, d] => {
                NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?).map(Point::Day)
            }
            _ => None,
        }
    }

    proptest::proptest! {
        #[test]
        fn a_point_parses_as_it_did_when_its_parts_were_collected(s in "[0-9-]{0,12}|[0-9]{4}-[0-9]{2}(-[0-9]{2})?") {
            proptest::prop_assert_eq!(Point::parse(&s), parse_collected(&s));
        }
    }

    #[test]
    fn keeps_the_precision_it_was_given() {
        for s in [
            "2023-03-15",
            "2023-03",
            "2023",
            "2023-03/2023-04",
            "2023/2024-06-30",
        ] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d("2023-03").precision(), Precision::Month);
        assert_eq!(d("2023-03/2023-04").precision(), Precision::Range);
    }

    #[test]
    fn prints_every_point_as_the_general_formatter_does() {
        let general = |p: Point| match p {
            Point::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Point::Month { year, month } => format!("{year:04}-{month:02}"),
            Point::Year(y) => format!("{y:04}"),
        };
        for year in [-1, 0, 7, 99, 999, 1970, 2023, 2024, 9999, 10_000] {
            assert_eq!(Point::Year(year).to_string(), general(Point::Year(year)));
            for month in 1..=12 {
                let m = Point::Month { year, month };
                assert_eq!(m.to_string(), general(m));
            }
            let mut day = ymd(year, 1, 1);
            while day.year() == year {
                assert_eq!(Point::Day(day).to_string(), general(Point::Day(day)));
                day = day.succ_opt().expect("a next day");
            }
        }
        assert_eq!(Point::Day(ymd(7, 3, 9)).to_string(), "0007-03-09");
    }

    #[test]
    fn start_and_end_cover_the_whole_period() {
        let m = d("2024-02");
        assert_eq!(m.start().to_string(), "2024-02-01");
        assert_eq!(m.end().to_string(), "2024-02-29");
        let r = d("2023-03/2023-04");
        assert_eq!(r.end().to_string(), "2023-04-30");
        assert_eq!(d("2023").end().to_string(), "2023-12-31");
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for s in [
            "",
            "2023-13",
            "2023-02-30",
            "23-03-01",
            "2023/03/01",
            "03/15/2023",
            "2023-3",
            "2023-04/2023-03",
            "next week",
            "2023-03-15T10:00",
        ] {
            assert!(s.parse::<FuzzyDate>().is_err(), "{s:?} should be rejected");
        }
    }

    #[test]
    fn before_is_only_certain_when_periods_do_not_overlap() {
        assert!(d("2023-03").certainly_before(&d("2023-04-01")));
        assert!(!d("2023-03").certainly_before(&d("2023-03-31")));
        assert!(!d("2023").certainly_before(&d("2023-06")));
    }
}
