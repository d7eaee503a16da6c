//! Requests over time: bars per period, stacked by legal process (or outcome), at most
//! five series, with policy changes as numbered markers explained under the chart. Few
//! requests are handed to `strip`, which draws each one.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use disclose_core::domain::{Outcome, PolicyChange, Process};
use disclose_core::error::Result;
use disclose_core::query::{self, Granularity, SeriesKey};
use disclose_core::Store;
use strum::VariantArray;

use crate::canvas::{nice_step, text_width, Anchor, Canvas, DrawResult};
use crate::frame::{
    draw_empty, draw_markers, marker_rows, policy_notes, source_line, subtitle, Frame, Note, Plot,
    BADGE_ROW,
};
use crate::periods::{self, Period};
use crate::theme::{self, Rgb, Theme};
use crate::words::{counted, num, say, t};
use crate::Lang;
use crate::{draw_svg, strip, Chart, ChartOptions};

/// The keys of a stack in legend order, with their colours.
fn series(stack: SeriesKey) -> Vec<(String, Rgb)> {
    match stack {
        SeriesKey::Process => Process::VARIANTS
            .iter()
            .map(|p| (p.as_str().to_string(), theme::process(*p)))
            .collect(),
        SeriesKey::Outcome => Outcome::VARIANTS
            .iter()
            .map(|o| (o.as_str().to_string(), theme::outcome(Some(*o))))
            .chain(std::iter::once((
                "unknown".to_string(),
                theme::outcome(None),
            )))
            .collect(),
    }
}

/// The key of the folded series.
pub(crate) const OTHER: &str = "other";

/// How a series key reads: the process or outcome label, "Unknown" for no outcome.
pub(crate) fn key_label(lang: Lang, stack: SeriesKey, key: &str) -> String {
    match (stack, key) {
        (SeriesKey::Process, OTHER) => t(lang, "chart-other-processes").into(),
        (SeriesKey::Outcome, OTHER) => t(lang, "chart-other-outcomes").into(),
        (SeriesKey::Process, _) => Process::label_of_in(key, lang),
        (SeriesKey::Outcome, "unknown") => t(lang, "chart-unknown").into(),
        (SeriesKey::Outcome, _) => Outcome::label_of_in(key, lang),
    }
}

/// At most this many series are stacked; beyond it, the smallest are one "other".
pub(crate) const MAX_SERIES: usize = 5;

/// The series to draw, in legend order, with the key each raw key is drawn as: the
/// biggest four and "other" when there are more than five, and the rare processes
/// (foreign, civil, other), which share one grey, always as "other".
pub(crate) fn fold(
    stack: SeriesKey,
    totals: &BTreeMap<String, u64>,
) -> (Vec<(String, Rgb)>, BTreeMap<String, String>) {
    let all: Vec<(String, Rgb)> = series(stack)
        .into_iter()
        .filter(|(k, _)| totals.get(k).is_some_and(|n| *n > 0))
        .collect();
    let shared =
        |k: &str| stack == SeriesKey::Process && matches!(k, "foreign" | "civil" | "other");
    let mut own: Vec<&(String, Rgb)> = all.iter().filter(|(k, _)| !shared(k)).collect();
    let mut folded = all.len() > own.len();
    if own.len() + usize::from(folded) > MAX_SERIES {
        own.sort_by_key(|(k, _)| std::cmp::Reverse(totals.get(k).copied().unwrap_or(0)));
        own.truncate(MAX_SERIES - 1);
        folded = true;
    }
    let kept: Vec<&String> = own.iter().map(|(k, _)| k).collect();
    let mut keys = BTreeMap::new();
    for (k, _) in &all {
        let to = if kept.contains(&k) {
            k.clone()
        } else {
            OTHER.to_string()
        };
        keys.insert(k.clone(), to);
    }
    let mut out: Vec<(String, Rgb)> = all
        .iter()
        .filter(|(k, _)| kept.contains(&k))
        .cloned()
        .collect();
    if folded {
        out.push((OTHER.to_string(), theme::LIGHT_GREY));
    }
    (out, keys)
}

/// Below this many requests from records, each request is drawn as its own mark.
pub(crate) const STRIP_BELOW: u64 = 20;

/// The period drawn and the policy changes in it and outside it.
pub(crate) fn split_policies(
    policies: &[PolicyChange],
    (a, b): (NaiveDate, NaiveDate),
) -> (Vec<&PolicyChange>, Vec<&PolicyChange>) {
    policies
        .iter()
        .partition(|p| p.date.start() >= a && p.date.start() <= b)
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let lang = opts.lang;
    let span = query::date_span(store, f)?;
    if opts.granularity.is_none() && span.is_some() && query::count(store, f)? < STRIP_BELOW {
        return strip::render(store, opts, theme);
    }
    let policies = query::policy_changes(store, f.organisation.as_deref(), f.from, f.to)?;
    // The axis covers the requests asked for (or the period filtered), never stretched by
    // a policy change: those outside it are listed under the chart.
    let range = span.map(|(a, b)| {
        let last = periods::containing(b, Granularity::Month)
            .end
            .pred_opt()
            .unwrap_or(b);
        (f.from.unwrap_or(a).min(a), f.to.unwrap_or(last).max(last))
    });
    let granularity = match (opts.granularity, range) {
        (Some(g), _) => g,
        (None, Some((a, b))) => Granularity::for_span(a, b),
        (None, None) => Granularity::Month,
    };
    let (marked, outside) = match range {
        Some(r) => split_policies(&policies, r),
        None => (Vec::new(), policies.iter().collect()),
    };
    let raw = query::counts_per_period(store, f, granularity, opts.stack)?;
    let mut totals: BTreeMap<String, u64> = BTreeMap::new();
    for c in &raw {
        *totals.entry(c.key.clone()).or_default() += c.count;
    }
    let (present, keys) = fold(opts.stack, &totals);
    let mut counts: BTreeMap<(String, String), u64> = BTreeMap::new();
    for c in &raw {
        let key = keys
            .get(&c.key)
            .cloned()
            .unwrap_or_else(|| OTHER.to_string());
        *counts.entry((c.period.clone(), key)).or_default() += c.count;
    }
    let periods = range.map_or_else(Vec::new, |(a, b)| periods::between(a, b, granularity));
    let partial = span.map_or_else(Vec::new, |s| partial_periods(&periods, s));
    let mut by_period: BTreeMap<&str, Vec<(&str, u64)>> = BTreeMap::new();
    for ((period, key), n) in &counts {
        by_period.entry(period).or_default().push((key, *n));
    }
    let total: u64 = totals.values().sum();

    let span_text = match (periods.first(), periods.last()) {
        (Some(a), Some(b)) if a == b => Some(periods::long(a, granularity, lang)),
        (Some(a), Some(b)) => Some(say(
            lang,
            "chart-span",
            &[
                ("from", periods::long(a, granularity, lang).into()),
                ("to", periods::long(b, granularity, lang).into()),
            ],
        )),
        _ => None,
    };
    let frame = Frame {
        title: match opts.stack {
            SeriesKey::Process => t(lang, "chart-over-time-by-process").into(),
            SeriesKey::Outcome => t(lang, "chart-over-time-by-outcome").into(),
        },
        subtitle: subtitle(store, f, span_text, lang)?,
        legend: present
            .iter()
            .map(|(k, c)| (key_label(lang, opts.stack, k), *c))
            .collect(),
        notes: policy_notes(lang, &marked, &outside)
            .into_iter()
            .chain(partial.iter().map(|(i, covered, total)| Note {
                badge: None,
                text: counted(
                    lang,
                    "chart-partial-period",
                    u64::from(*total),
                    &[
                        (
                            "period",
                            periods::long(&periods[*i], granularity, lang).into(),
                        ),
                        ("covered", num(lang, u64::from(*covered)).into()),
                    ],
                ),
            }))
            .collect(),
        source: source_line(store, f, lang)?,
    }
    .edited(&opts.words);
    let width = opts.width;
    let height = opts
        .height
        .unwrap_or((frame.chrome(width) + 320.0).round() as u32);
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        if total == 0 {
            return draw_empty(c, plot, t(lang, "chart-empty"));
        }
        draw_bars(
            c,
            plot,
            &periods,
            granularity,
            &by_period,
            &present,
            &marked,
            opts.stack,
            &partial,
        )
    })?;

    let mut table = vec![std::iter::once(t(lang, "chart-col-period").to_string())
        .chain(present.iter().map(|(k, _)| key_label(lang, opts.stack, k)))
        .chain(std::iter::once(t(lang, "chart-col-total").to_string()))
        .collect::<Vec<_>>()];
    for p in &periods {
        let row = by_period.get(p.label.as_str());
        let get = |k: &str| {
            row.and_then(|r| r.iter().find(|(key, _)| *key == k))
                .map_or(0, |(_, n)| *n)
        };
        let mut cells = vec![p.label.clone()];
        cells.extend(present.iter().map(|(k, _)| get(k).to_string()));
        cells.push(present.iter().map(|(k, _)| get(k)).sum::<u64>().to_string());
        table.push(cells);
    }
    let busiest = periods
        .iter()
        .map(|p| {
            let n: u64 = by_period
                .get(p.label.as_str())
                .map_or(0, |r| r.iter().map(|(_, n)| n).sum());
            (n, &p.label)
        })
        .max_by_key(|(n, _)| *n);
    let summary = match (total, busiest) {
        (0, _) | (_, None) => t(lang, "chart-empty-summary").to_string(),
        (_, Some((n, busiest))) => {
            let split: Vec<String> = present
                .iter()
                .map(|(k, _)| {
                    let n: u64 = counts
                        .iter()
                        .filter(|((_, key), _)| key == k)
                        .map(|(_, n)| n)
                        .sum();
                    format!("{} {}", key_label(lang, opts.stack, k), num(lang, n))
                })
                .collect();
            let long = |p: Option<&Period>| {
                p.map_or_else(String::new, |p| periods::long(p, granularity, lang))
            };
            let busiest = periods.iter().find(|p| &p.label == busiest);
            counted(
                lang,
                "chart-over-time-summary",
                total,
                &[
                    ("from", long(periods.first()).into()),
                    ("to", long(periods.last()).into()),
                    ("busiest", long(busiest).into()),
                    ("most", num(lang, n).into()),
                    ("by", t(lang, stack_word(opts.stack)).into()),
                    ("split", split.join(", ").into()),
                ],
            ) + &policies_said(lang, marked.len(), outside.len())
        }
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

/// The periods the records cover only in part, at the start or end of `span` (the first
/// and last month with requests): (index, months covered, months in the period).
fn partial_periods(periods: &[Period], (a, b): (NaiveDate, NaiveDate)) -> Vec<(usize, u32, u32)> {
    let months = |x: NaiveDate, y: NaiveDate| {
        ((y.year() - x.year()) * 12 + y.month() as i32 - x.month() as i32).max(0) as u32
    };
    let after_last = periods::containing(b, Granularity::Month).end;
    let first = periods::containing(a, Granularity::Month).start;
    periods
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let total = months(p.start, p.end);
            let covered = months(p.start.max(first), p.end.min(after_last));
            (covered > 0 && covered < total).then_some((i, covered, total))
        })
        .collect()
}

/// The message naming what the series are split by, in a summary: "process" or "outcome".
pub(crate) fn stack_word(stack: SeriesKey) -> &'static str {
    match stack {
        SeriesKey::Process => "chart-by-process",
        SeriesKey::Outcome => "chart-by-outcome",
    }
}

/// " 4 policy changes are marked. 2 more, outside this period, are listed under it."
pub(crate) fn policies_said(lang: Lang, marked: usize, outside: usize) -> String {
    let say = |id: &str, k: usize| match k {
        0 => String::new(),
        k => format!(" {}", counted(lang, id, k as u64, &[])),
    };
    say("chart-policies-marked", marked) + &say("chart-policies-outside", outside)
}

#[allow(clippy::too_many_arguments)]
fn draw_bars(
    c: &Canvas,
    plot: Plot,
    periods: &[Period],
    g: Granularity,
    by_period: &BTreeMap<&str, Vec<(&str, u64)>>,
    present: &[(String, Rgb)],
    policies: &[&PolicyChange],
    stack: SeriesKey,
    partial: &[(usize, u32, u32)],
) -> DrawResult {
    let t = c.theme;
    let max = by_period
        .values()
        .map(|r| r.iter().map(|(_, n)| *n).sum::<u64>())
        .max()
        .unwrap_or(0) as f64;
    let step = nice_step(max, 5);
    let top = (max / step).ceil().max(1.0) * step;
    // Tick labels, then a vertical caption left of them.
    let label_w = text_width(&num(c.lang, top as u64), 11.0, false) + 10.0 + 16.0;
    let (x0, x1) = (plot.x0 + label_w, plot.x1);
    let n = periods.len().max(1) as f64;
    let band = (x1 - x0) / n;
    let xs: Vec<f64> = policies
        .iter()
        .filter_map(|p| Some(x0 + band * periods::position(periods, p.date.start())?))
        .collect();
    let rows = marker_rows(&xs, x1);
    let area = Plot {
        x0,
        y0: plot.y0
            + rows as f64 * BADGE_ROW
            + if rows > 0 { 6.0 } else { 0.0 }
            + if partial.is_empty() { 0.0 } else { 16.0 },
        x1,
        y1: plot.y1,
    };
    let y_of = |v: f64| area.y1 - v / top * (area.y1 - area.y0);
    let mut v = 0.0;
    while v <= top + 0.5 {
        let y = y_of(v);
        c.line(area.x0, y, area.x1, y, t.grid, 1)?;
        c.text(
            &num(c.lang, v as u64),
            area.x0 - 6.0,
            y,
            11.0,
            t.muted,
            Anchor::End,
        )?;
        v += step;
    }
    let caption = say(
        c.lang,
        "chart-axis-per",
        &[(
            "unit",
            match g {
                Granularity::Month => "month",
                Granularity::Quarter => "quarter",
                Granularity::Half => "half",
                Granularity::Year => "year",
            }
            .into(),
        )],
    );
    c.text_styled(
        &caption,
        plot.x0 + 4.0,
        (area.y0 + area.y1) / 2.0,
        11.0,
        t.muted,
        Anchor::Middle,
        false,
        true,
    )?;
    let bar = (band * 0.72).max(1.0);
    for (i, p) in periods.iter().enumerate() {
        let x = area.x0 + band * i as f64 + (band - bar) / 2.0;
        let mut acc = 0.0;
        if let Some(row) = by_period.get(p.label.as_str()) {
            for (key, color) in present {
                let Some((_, n)) = row.iter().find(|(k, _)| k == key) else {
                    continue;
                };
                let (y0, y1) = (y_of(acc + *n as f64), y_of(acc));
                c.rect(x, y0, x + bar, y1, *color)?;
                c.tip(
                    x,
                    y0,
                    x + bar,
                    y1,
                    format!(
                        "{}, {}: {}",
                        periods::long(p, g, c.lang),
                        key_label(c.lang, stack, key),
                        num(c.lang, *n)
                    ),
                );
                acc += *n as f64;
            }
        }
        // A period the records cover only in part says so above its bar, never a drop.
        if let Some((_, covered, total)) = partial.iter().find(|(k, _, _)| *k == i) {
            let words = counted(
                c.lang,
                "chart-months-covered",
                u64::from(*total),
                &[("covered", num(c.lang, u64::from(*covered)).into())],
            );
            if text_width(&words, 10.0, false) <= band - 2.0 {
                c.text(
                    &words,
                    x + bar / 2.0,
                    y_of(acc) - 8.0,
                    10.0,
                    t.muted,
                    Anchor::Middle,
                )?;
            }
        }
    }
    c.line(area.x0, area.y1, area.x1, area.y1, t.muted, 1)?;
    // Thin the period labels so they never touch.
    let widest = periods
        .iter()
        .map(|p| text_width(&periods::short(p, g, c.lang), 11.0, false))
        .fold(0.0, f64::max);
    let every = ((widest + 12.0) / band).ceil().max(1.0) as usize;
    for (i, p) in periods.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let x = area.x0 + band * (i as f64 + 0.5);
        c.text(
            &periods::short(p, g, c.lang),
            x,
            area.y1 + 12.0,
            11.0,
            t.muted,
            Anchor::Middle,
        )?;
    }
    draw_markers(c, plot.y0, area.y1, x1, &xs)?;
    Ok(())
}
