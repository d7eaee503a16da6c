//! Requests over time: bars per period, stacked by legal process (or outcome),
//! with policy changes as dated markers.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};

use disclose_core::domain::{Outcome, Process};
use disclose_core::error::Result;
use disclose_core::query::{self, Granularity, SeriesKey};
use disclose_core::Store;
use strum::VariantArray;

use crate::canvas::{nice_step, text_width, thousands, Anchor, Canvas, DrawResult};
use crate::periods::{self, Period};
use crate::theme::{self, Rgb, Theme};
use crate::{
    draw_empty, draw_frame, draw_markers, draw_svg, source_line, subtitle, Chart, ChartOptions,
    Frame, Plot,
};

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

/// How a series key reads: the process or outcome label, "Unknown" for no outcome.
fn key_label(stack: SeriesKey, key: &str) -> String {
    match stack {
        SeriesKey::Process => Process::label_of(key),
        SeriesKey::Outcome if key == "unknown" => "Unknown".into(),
        SeriesKey::Outcome => Outcome::label_of(key),
    }
}

/// Policy changes further than this from every request are not marked on this chart.
const POLICY_WINDOW_MONTHS: u32 = 12;

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let span = query::date_span(store, f)?;
    let mut policies = query::policy_changes(store, f.organisation.as_deref(), f.from, f.to)?;
    // The axis covers the requests and the policy changes around them, so the story
    // "asked for, then changed what it keeps" fits one picture; changes more than a year
    // away from every request would squeeze the requests into a corner, so they are left
    // to the timeline chart (and counted in the summary).
    let all_policies = policies.len();
    if let Some((a, b)) = span {
        let near = |d: NaiveDate| {
            a.checked_sub_months(Months::new(POLICY_WINDOW_MONTHS))
                .is_none_or(|lo| d >= lo)
                && b.checked_add_months(Months::new(POLICY_WINDOW_MONTHS))
                    .is_none_or(|hi| d <= hi)
        };
        policies.retain(|p| near(p.date.start()));
    }
    let later_policies = all_policies - policies.len();
    let range = span.map(|(a, b)| {
        policies.iter().fold((a, b), |(lo, hi), p| {
            (lo.min(p.date.start()), hi.max(p.date.start()))
        })
    });
    let granularity = match (opts.granularity, range) {
        (Some(g), _) => g,
        (None, Some((a, b))) => Granularity::for_span(a, b),
        (None, None) => Granularity::Month,
    };
    let counts = query::counts_per_period(store, f, granularity, opts.stack)?;
    let periods = range.map_or_else(Vec::new, |(a, b)| periods::between(a, b, granularity));
    let mut by_period: BTreeMap<&str, Vec<(&str, u64)>> = BTreeMap::new();
    for c in &counts {
        by_period
            .entry(&c.period)
            .or_default()
            .push((&c.key, c.count));
    }
    let present: Vec<(String, Rgb)> = series(opts.stack)
        .into_iter()
        .filter(|(k, _)| counts.iter().any(|c| &c.key == k))
        .collect();
    let total: u64 = counts.iter().map(|c| c.count).sum();

    let span_text = match (periods.first(), periods.last()) {
        (Some(a), Some(b)) if a == b => Some(a.label.clone()),
        (Some(a), Some(b)) => Some(format!("{} to {}", a.label, b.label)),
        _ => None,
    };
    let frame = Frame {
        title: match opts.stack {
            SeriesKey::Process => "Government requests over time, by legal process".into(),
            SeriesKey::Outcome => "Government requests over time, by outcome".into(),
        },
        subtitle: subtitle(store, f, span_text)?,
        legend: present
            .iter()
            .map(|(k, c)| (key_label(opts.stack, k), *c))
            .collect(),
        source: source_line(store, f)?,
    };
    let (width, height) = (opts.width, opts.height.unwrap_or(480));
    let svg = draw_svg(width, height, theme, |c| {
        let plot = draw_frame(c, &frame)?;
        if total == 0 {
            return draw_empty(c, plot, "No requests in this period");
        }
        draw_bars(
            c,
            plot,
            &periods,
            granularity,
            &by_period,
            &present,
            &policies,
        )
    })?;

    let mut table = vec![std::iter::once("period".to_string())
        .chain(present.iter().map(|(k, _)| k.clone()))
        .chain(std::iter::once("total".to_string()))
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
        (0, _) | (_, None) => "No requests in this period.".to_string(),
        (_, Some((n, label))) => {
            let split: Vec<String> = present
                .iter()
                .map(|(k, _)| {
                    let n: u64 = counts.iter().filter(|c| &c.key == k).map(|c| c.count).sum();
                    format!("{} {}", key_label(opts.stack, k), thousands(n))
                })
                .collect();
            format!(
                "{} requests from {} to {}, most in {label} ({}); by {}: {}.{}{}",
                thousands(total),
                periods.first().map_or("", |p| p.label.as_str()),
                periods.last().map_or("", |p| p.label.as_str()),
                thousands(n),
                match opts.stack {
                    SeriesKey::Process => "process",
                    SeriesKey::Outcome => "outcome",
                },
                split.join(", "),
                match policies.len() {
                    0 => String::new(),
                    1 => " One policy change is marked.".to_string(),
                    k => format!(" {k} policy changes are marked."),
                },
                match later_policies {
                    0 => String::new(),
                    1 => " One more, over a year away, is on the timeline chart.".to_string(),
                    k => format!(" {k} more, over a year away, are on the timeline chart."),
                }
            )
        }
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

fn draw_bars(
    c: &Canvas,
    plot: Plot,
    periods: &[Period],
    g: Granularity,
    by_period: &BTreeMap<&str, Vec<(&str, u64)>>,
    present: &[(String, Rgb)],
    policies: &[disclose_core::domain::PolicyChange],
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
    let label_w = text_width(&thousands(top as u64), 11.0, false) + 10.0 + 16.0;
    // Room above the bars for up to three rows of policy labels.
    let marker_rows = if policies.is_empty() {
        0.0
    } else {
        crate::MARKER_ROWS as f64
    };
    let area = Plot {
        x0: plot.x0 + label_w,
        y0: plot.y0 + marker_rows * 15.0,
        x1: plot.x1,
        y1: plot.y1 - 22.0,
    };
    let y_of = |v: f64| area.y1 - v / top * (area.y1 - area.y0);
    let mut v = 0.0;
    while v <= top + 0.5 {
        let y = y_of(v);
        c.line(area.x0, y, area.x1, y, t.grid, 1)?;
        c.text(
            &thousands(v as u64),
            area.x0 - 6.0,
            y,
            11.0,
            t.muted,
            Anchor::End,
        )?;
        v += step;
    }
    let caption = format!(
        "requests per {}",
        match g {
            Granularity::Month => "month",
            Granularity::Quarter => "quarter",
            Granularity::Half => "half-year",
            Granularity::Year => "year",
        }
    );
    let caption = crate::canvas::fit(&caption, 11.0, false, area.y1 - area.y0);
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
    let n = periods.len().max(1) as f64;
    let band = (area.x1 - area.x0) / n;
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
                acc += *n as f64;
            }
        }
    }
    c.line(area.x0, area.y1, area.x1, area.y1, t.muted, 1)?;
    // Thin the period labels so they never touch.
    let widest = periods
        .iter()
        .map(|p| text_width(&periods::short(p, g), 11.0, false))
        .fold(0.0, f64::max);
    let every = ((widest + 12.0) / band).ceil().max(1.0) as usize;
    for (i, p) in periods.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let x = area.x0 + band * (i as f64 + 0.5);
        c.text(
            &periods::short(p, g),
            x,
            area.y1 + 12.0,
            11.0,
            t.muted,
            Anchor::Middle,
        )?;
    }
    let marks: Vec<(f64, String)> = policies
        .iter()
        .filter_map(|p| {
            let pos = periods::position(periods, p.date.start())?;
            Some((area.x0 + band * pos, format!("{} {}", p.date, p.summary)))
        })
        .collect();
    draw_markers(c, plot.y0, area.y1, plot.x1, &marks)?;
    Ok(())
}
