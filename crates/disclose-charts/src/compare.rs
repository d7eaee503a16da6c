//! Organisations side by side: requests per year, from request records and
//! published counts alike. A published band ("0 - 249") is drawn as a solid
//! bar to its lower bound and a pale one to its upper bound.

use std::collections::BTreeSet;

use disclose_core::domain::Metric;
use disclose_core::error::Result;
use disclose_core::query::{self, CompareQuery, CompareRow, FigureSource};
use disclose_core::Store;

use chrono::Datelike;

use crate::canvas::{fit, nice_step, text_width, thousands, Anchor, Canvas, DrawResult};
use crate::theme::{self, Rgb, Theme};
use crate::{draw_empty, draw_frame, draw_svg, header, Chart, ChartOptions, Frame, Plot};

/// Organisation colours; vermillion, which means "not held" elsewhere, comes last.
const PALETTE: [Rgb; 7] = [
    theme::BLUE,
    theme::ORANGE,
    theme::GREEN,
    theme::PURPLE,
    theme::SKY,
    theme::YELLOW,
    theme::VERMILLION,
];

/// 5,784 -> "5.8k", 231,843 -> "232k", 1,234,567 -> "1.2M": for labels over narrow bars.
fn compact(v: f64) -> String {
    match v {
        v if v >= 1e6 => format!("{:.1}M", v / 1e6),
        v if v >= 1e4 => format!("{:.0}k", v / 1e3),
        v if v >= 1e3 => format!("{:.1}k", v / 1e3),
        v => thousands(v.round() as u64),
    }
}

/// A paler version of a colour, for the uncertain part of a band.
fn pale(c: Rgb, bg: Rgb) -> Rgb {
    let mix = |a: u8, b: u8| ((u16::from(a) + 2 * u16::from(b)) / 3) as u8;
    Rgb(mix(c.0, bg.0), mix(c.1, bg.1), mix(c.2, bg.2))
}

fn value_text(r: &CompareRow) -> String {
    match (r.value, r.value_min, r.value_max) {
        (Some(v), _, _) => thousands(v.round() as u64),
        (None, Some(lo), Some(hi)) => format!("{}–{}", thousands(lo as u64), thousands(hi as u64)),
        _ => "?".into(),
    }
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let q = CompareQuery {
        metric: None,
        process: f.process,
        country: f.country.clone(),
        from_year: f.from.map(|d| d.year()),
        to_year: f.to.map(|d| d.year()),
        scope: None,
    };
    let mut rows = query::compare(store, &q)?;
    if let Some(o) = &f.organisation {
        // One organisation is no comparison; keep it and every other one.
        rows.sort_by_key(|r| (r.organisation != *o, r.organisation.clone(), r.year));
    }
    let produced = query::compare(
        store,
        &CompareQuery {
            metric: Some(Metric::SomeDataProduced),
            ..q.clone()
        },
    )?;
    let shares = shares(&rows, &produced);
    let orgs: Vec<String> = {
        let mut seen = Vec::new();
        for r in &rows {
            if !seen.contains(&r.organisation) {
                seen.push(r.organisation.clone());
            }
        }
        seen
    };
    let years: BTreeSet<i32> = rows.iter().map(|r| r.year).collect();
    let names = query::organisations(store)?;
    let name_of = |id: &str| {
        names
            .iter()
            .find(|o| o.id == id)
            .map_or(id.to_string(), |o| o.name.clone())
    };
    // An organisation keeps its colour whatever the filter leaves beside it: its place
    // among all the store's organisations, not among those in this chart.
    let color_of =
        |id: &str| PALETTE[names.iter().position(|o| o.id == id).unwrap_or(0) % PALETTE.len()];
    let what = match f.process {
        Some(p) => format!("{} requests", p.label()),
        None => "Requests".to_string(),
    };
    let frame = Frame {
        title: format!("{what} per year, organisation by organisation"),
        subtitle: format!(
            "{} · {}",
            f.country.clone().map_or("all countries".into(), |c| format!("country {c}")),
            "solid: records or exact counts; pale: the upper part of a published range"
        ),
        legend: orgs.iter().map(|o| (name_of(o), color_of(o))).collect(),
        source: "Source: request records and published transparency reports in this store · Chart: Disclose".into(),
    };
    // A second panel, where any share is known: of those requests, how many saw some data
    // produced. Shares put a foundation's 3 beside a company's 40,000 on one scale.
    let (width, height) = (
        opts.width,
        opts.height
            .unwrap_or(if shares.is_empty() { 480 } else { 680 }),
    );
    let svg = draw_svg(width, height, theme, |c| {
        let plot = draw_frame(c, &frame)?;
        if rows.is_empty() {
            return draw_empty(c, plot, "Nothing to compare in this period");
        }
        if shares.is_empty() {
            return draw_groups(c, plot, &rows, &orgs, &years, &color_of);
        }
        let split = plot.y0 + (plot.y1 - plot.y0) * 0.6;
        draw_groups(
            c,
            Plot { y1: split, ..plot },
            &rows,
            &orgs,
            &years,
            &color_of,
        )?;
        draw_shares(
            c,
            Plot {
                y0: split + 18.0,
                ..plot
            },
            &shares,
            &orgs,
            &years,
            &color_of,
        )
    })?;
    let mut table = vec![header(&[
        "organisation",
        "year",
        "value",
        "value_min",
        "value_max",
        "source",
        "months_covered",
        "some_data_produced",
        "share_produced",
    ])];
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for r in &rows {
        table.push(vec![
            r.organisation.clone(),
            r.year.to_string(),
            num(r.value),
            num(r.value_min),
            num(r.value_max),
            match r.source {
                FigureSource::Records => "records".into(),
                FigureSource::Published => "published".into(),
            },
            r.months_covered.map(|m| m.to_string()).unwrap_or_default(),
            num(share_of(&shares, r).map(|s| s.produced)),
            share_of(&shares, r)
                .map(|s| format!("{:.3}", s.share))
                .unwrap_or_default(),
        ]);
    }
    let summary = if rows.is_empty() {
        "Nothing to compare in this period.".to_string()
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{} {} in {}",
                    name_of(&r.organisation),
                    value_text(r),
                    r.year
                )
            })
            .collect();
        let share_parts: Vec<String> = shares
            .iter()
            .map(|s| {
                format!(
                    "{} {}% in {}",
                    name_of(&s.organisation),
                    (s.share * 100.0).round(),
                    s.year
                )
            })
            .collect();
        if share_parts.is_empty() {
            format!("{}: {}.", what, parts.join("; "))
        } else {
            format!(
                "{}: {}. Some data produced: {}.",
                what,
                parts.join("; "),
                share_parts.join("; ")
            )
        }
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

/// The share of an organisation's requests in a year that saw some data produced.
struct Share {
    organisation: String,
    year: i32,
    produced: f64,
    share: f64,
}

/// Shares where both figures are exact, from the same kind of source, and the requests
/// are not zero; a band or a missing figure leaves the year out rather than guessing.
fn shares(requests: &[CompareRow], produced: &[CompareRow]) -> Vec<Share> {
    requests
        .iter()
        .filter_map(|r| {
            let p = produced.iter().find(|p| {
                p.organisation == r.organisation && p.year == r.year && p.source == r.source
            })?;
            let (n, k) = (r.value?, p.value?);
            (n > 0.0 && k <= n).then(|| Share {
                organisation: r.organisation.clone(),
                year: r.year,
                produced: k,
                share: k / n,
            })
        })
        .collect()
}

fn share_of<'a>(shares: &'a [Share], r: &CompareRow) -> Option<&'a Share> {
    shares
        .iter()
        .find(|s| s.organisation == r.organisation && s.year == r.year)
}

fn draw_shares(
    c: &Canvas,
    plot: Plot,
    shares: &[Share],
    orgs: &[String],
    years: &BTreeSet<i32>,
    color_of: &dyn Fn(&str) -> Rgb,
) -> DrawResult {
    let t = c.theme;
    c.text_styled(
        "Share with some data produced",
        plot.x0,
        plot.y0,
        12.0,
        t.foreground,
        Anchor::Start,
        true,
        false,
    )?;
    let label_w = text_width("100%", 11.0, false) + 10.0;
    let area = Plot {
        x0: plot.x0 + label_w,
        y0: plot.y0 + 22.0,
        x1: plot.x1,
        y1: plot.y1 - 22.0,
    };
    let y_of = |v: f64| area.y1 - v * (area.y1 - area.y0);
    let ticks: Vec<(f64, String)> = (0..=4)
        .map(|step| {
            let v = f64::from(step) * 0.25;
            (y_of(v), format!("{}%", (v * 100.0) as u32))
        })
        .collect();
    grid(c, area, &ticks)?;
    for (year, org, x, bar) in slots(c, area, years, orgs)? {
        let Some(s) = shares
            .iter()
            .find(|s| s.year == year && &s.organisation == org)
        else {
            continue;
        };
        c.rect(x, y_of(s.share), x + bar - 1.0, area.y1, color_of(org))?;
        let label = format!("{}%", (s.share * 100.0).round());
        if text_width(&label, 10.0, false) <= bar + 2.0 {
            c.text(
                &label,
                x + bar / 2.0,
                y_of(s.share) - 7.0,
                10.0,
                t.foreground,
                Anchor::Middle,
            )?;
        }
    }
    c.line(area.x0, area.y1, area.x1, area.y1, t.muted, 1)?;
    Ok(())
}

/// Horizontal grid lines with their labels at the left of `area`.
fn grid(c: &Canvas, area: Plot, ticks: &[(f64, String)]) -> DrawResult {
    for (y, label) in ticks {
        c.line(area.x0, *y, area.x1, *y, c.theme.grid, 1)?;
        c.text(label, area.x0 - 6.0, *y, 11.0, c.theme.muted, Anchor::End)?;
    }
    Ok(())
}

/// One group of bars per year (labelled below `area`), one bar per organisation:
/// (year, organisation, left x, bar width) for each slot.
fn slots<'a>(
    c: &Canvas,
    area: Plot,
    years: &BTreeSet<i32>,
    orgs: &'a [String],
) -> DrawResult<Vec<(i32, &'a String, f64, f64)>> {
    let band = (area.x1 - area.x0) / years.len().max(1) as f64;
    let bar = (band * 0.8 / orgs.len().max(1) as f64).max(1.0);
    let mut out = Vec::with_capacity(years.len() * orgs.len());
    for (i, year) in years.iter().enumerate() {
        let x0 = area.x0 + band * i as f64 + band * 0.1;
        c.text(
            &year.to_string(),
            area.x0 + band * (i as f64 + 0.5),
            area.y1 + 12.0,
            11.0,
            c.theme.muted,
            Anchor::Middle,
        )?;
        for (j, org) in orgs.iter().enumerate() {
            out.push((*year, org, x0 + bar * j as f64, bar));
        }
    }
    Ok(out)
}

fn draw_groups(
    c: &Canvas,
    plot: Plot,
    rows: &[CompareRow],
    orgs: &[String],
    years: &BTreeSet<i32>,
    color_of: &dyn Fn(&str) -> Rgb,
) -> DrawResult {
    let t = c.theme;
    let top_value = rows
        .iter()
        .map(|r| r.value.or(r.value_max).unwrap_or(0.0))
        .fold(0.0, f64::max);
    let step = nice_step(top_value, 5);
    let top = (top_value / step).ceil().max(1.0) * step;
    let label_w = text_width(&thousands(top as u64), 11.0, false) + 10.0;
    let area = Plot {
        x0: plot.x0 + label_w,
        y0: plot.y0 + 14.0,
        x1: plot.x1,
        y1: plot.y1 - 22.0,
    };
    let y_of = |v: f64| area.y1 - v / top * (area.y1 - area.y0);
    let mut ticks = Vec::new();
    let mut v = 0.0;
    while v <= top + 0.5 {
        ticks.push((y_of(v), thousands(v as u64)));
        v += step;
    }
    grid(c, area, &ticks)?;
    for (year, org, x, bar) in slots(c, area, years, orgs)? {
        let Some(r) = rows
            .iter()
            .find(|r| r.year == year && &r.organisation == org)
        else {
            continue;
        };
        let color = color_of(org);
        let (solid, upper) = match (r.value, r.value_min, r.value_max) {
            (Some(v), _, _) => (v, v),
            (None, Some(lo), Some(hi)) => (lo, hi),
            _ => continue,
        };
        if upper > solid {
            c.rect(
                x,
                y_of(upper),
                x + bar - 1.0,
                y_of(solid),
                pale(color, t.background),
            )?;
        }
        c.rect(x, y_of(solid), x + bar - 1.0, area.y1, color)?;
        // The figure above its bar, when it fits the bar's width.
        let star = if r.months_covered.is_some_and(|m| m < 12) {
            "*"
        } else {
            ""
        };
        let full = format!("{}{star}", value_text(r));
        let short = match (r.value, r.value_max) {
            (Some(v), _) => format!("{}{star}", compact(v)),
            (None, Some(hi)) => format!("≤{}{star}", compact(hi)),
            _ => full.clone(),
        };
        // The first form that fits; neighbouring bars leave room for 3 px a side.
        let rounded = match (r.value, r.value_max) {
            (Some(v), _) if v >= 1e3 => format!("{:.0}k{star}", v / 1e3),
            _ => short.clone(),
        };
        let room = bar + 6.0;
        let label = [full, short, rounded.clone()]
            .into_iter()
            .find(|l| text_width(l, 10.0, false) <= room)
            .unwrap_or_else(|| fit(&rounded, 10.0, false, room));
        c.text(
            &label,
            x + bar / 2.0,
            y_of(upper) - 7.0,
            10.0,
            t.foreground,
            Anchor::Middle,
        )?;
    }
    c.line(area.x0, area.y1, area.x1, area.y1, t.muted, 1)?;
    if rows
        .iter()
        .any(|r| r.months_covered.is_some_and(|m| m < 12))
    {
        c.text(
            "* part of the year only",
            area.x1,
            plot.y0 + 2.0,
            10.0,
            t.muted,
            Anchor::End,
        )?;
    }
    Ok(())
}
