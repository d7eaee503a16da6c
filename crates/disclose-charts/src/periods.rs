//! Consecutive periods between two days, labelled as the core's queries label them.

use chrono::{Datelike, NaiveDate};
use disclose_core::i18n::{self, Lang};
use disclose_core::query::Granularity;

#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    pub label: String,
    pub start: NaiveDate,
    /// Exclusive.
    pub end: NaiveDate,
}

fn ymd(y: i32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default()
}

/// Where day `d` falls between `x0` and `x1` on an axis from `from` to `to` (clamped).
pub fn x_at(d: NaiveDate, (from, to): (NaiveDate, NaiveDate), x0: f64, x1: f64) -> f64 {
    let days = (to - from).num_days().max(1) as f64;
    x0 + (d - from).num_days().clamp(0, days as i64) as f64 / days * (x1 - x0)
}

/// The period containing `d`.
pub fn containing(d: NaiveDate, g: Granularity) -> Period {
    let (y, m) = (d.year(), d.month());
    let (first, months, label) = match g {
        Granularity::Month => (m, 1, format!("{y:04}-{m:02}")),
        Granularity::Quarter => {
            let q = (m - 1) / 3;
            (q * 3 + 1, 3, format!("{y:04}-Q{}", q + 1))
        }
        Granularity::Half => {
            let h = (m - 1) / 6;
            (h * 6 + 1, 6, format!("{y:04}-H{}", h + 1))
        }
        Granularity::Year => (1, 12, format!("{y:04}")),
    };
    let start = ymd(y, first);
    let next = first + months;
    let end = if next > 12 {
        ymd(y + 1, next - 12)
    } else {
        ymd(y, next)
    };
    Period { label, start, end }
}

/// Every period from the one holding `from` to the one holding `to`.
pub fn between(from: NaiveDate, to: NaiveDate, g: Granularity) -> Vec<Period> {
    let mut out = Vec::new();
    let mut p = containing(from, g);
    while p.start <= to {
        let next = p.end;
        out.push(p);
        p = containing(next, g);
    }
    out
}

/// Where a day falls along the periods, in units of periods (2.5 = middle of the third).
pub fn position(periods: &[Period], d: NaiveDate) -> Option<f64> {
    let i = periods.iter().position(|p| p.start <= d && d < p.end)?;
    let p = &periods[i];
    let len = (p.end - p.start).num_days().max(1) as f64;
    Some(i as f64 + (d - p.start).num_days() as f64 / len)
}

/// A short label for the axis, in the language: "Mar 2023" / "März 2023", "Q1 2023",
/// "H2 2023", "2023".
pub fn short(p: &Period, g: Granularity, lang: Lang) -> String {
    let (y, m) = (p.start.year(), p.start.month());
    match g {
        Granularity::Month => i18n::month_year_short(lang, y, m as u8),
        Granularity::Quarter => part(lang, "period-quarter", y, (m - 1) / 3 + 1),
        Granularity::Half => half(lang, y, (m - 1) / 6 + 1),
        Granularity::Year => y.to_string(),
    }
}

/// The period in words, for sentences: "March 2023" / "März 2023"; as [`short`] otherwise.
pub fn long(p: &Period, g: Granularity, lang: Lang) -> String {
    match g {
        Granularity::Month => i18n::month_year(lang, p.start.year(), p.start.month() as u8),
        _ => short(p, g, lang),
    }
}

/// A half-year in words: "H1 2023".
pub fn half(lang: Lang, year: i32, h: u32) -> String {
    part(lang, "period-half", year, h)
}

fn part(lang: Lang, id: &str, year: i32, n: u32) -> String {
    i18n::message(
        lang,
        id,
        &[
            ("year", year.to_string().into()),
            ("part", n.to_string().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn periods_are_consecutive_and_labelled_like_the_queries() {
        let q = between(d("2022-11-15"), d("2023-04-01"), Granularity::Quarter);
        let labels: Vec<&str> = q.iter().map(|p| p.label.as_str()).collect();
        assert_eq!(labels, ["2022-Q4", "2023-Q1", "2023-Q2"]);
        let m = between(d("2023-12-31"), d("2024-01-01"), Granularity::Month);
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].label, "2024-01");
        assert_eq!(short(&q[1], Granularity::Quarter, Lang::En), "Q1 2023");
        assert_eq!(short(&m[1], Granularity::Month, Lang::En), "Jan 2024");
        assert_eq!(short(&m[0], Granularity::Month, Lang::De), "Dez. 2023");
        assert_eq!(long(&m[0], Granularity::Month, Lang::De), "Dezember 2023");
    }

    #[test]
    fn positions_fall_inside_their_period() {
        let m = between(d("2023-03-01"), d("2023-06-30"), Granularity::Month);
        assert_eq!(position(&m, d("2023-03-01")), Some(0.0));
        let x = position(&m, d("2023-05-24")).unwrap_or_default();
        assert!((2.7..2.8).contains(&x), "{x}");
        assert_eq!(position(&m, d("2024-01-01")), None);
    }
}
