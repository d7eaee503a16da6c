//! Inventory and policy timeline: one lane per category and place it is kept,
//! showing when it was held and for how long, with policy changes marked.

use chrono::{Datelike, NaiveDate};
use disclose_core::domain::{Disposition, InventoryEntry, Retention};
use disclose_core::error::Result;
use disclose_core::query;
use disclose_core::Store;

use crate::canvas::{fit, label_column, Anchor, Canvas, DrawResult};
use crate::theme::{self, Theme};
use crate::{
    draw_empty, draw_frame, draw_markers, draw_svg, header, source_line, subtitle, Chart,
    ChartOptions, Frame, Plot, FOOTER, HEADER, MARKER_ROWS,
};

const LANE: f64 = 24.0;

struct Lane {
    label: String,
    entries: Vec<InventoryEntry>,
}

fn retention_text(r: Option<&Retention>) -> String {
    match r {
        None => "retention not stated".into(),
        Some(r) => r.kept(),
    }
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let labels: Vec<(String, String)> = query::categories(store)?
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    let entries = query::inventory(store, f.organisation.as_deref())?;
    let policies = query::policy_changes(store, f.organisation.as_deref(), f.from, f.to)?;
    // One lane per organisation, category and place; the organisation is named only
    // when there are several.
    let several = entries
        .iter()
        .any(|e| e.organisation != entries[0].organisation);
    let mut lanes: Vec<Lane> = Vec::new();
    for (id, label) in &labels {
        let mut of_cat: Vec<&InventoryEntry> =
            entries.iter().filter(|e| &e.category == id).collect();
        of_cat.sort_by_key(|e| {
            (
                e.organisation.clone(),
                e.location.clone(),
                e.valid_from.start(),
            )
        });
        for e in of_cat {
            let mut name = match &e.location {
                Some(l) => format!("{label} · {l}"),
                None => label.clone(),
            };
            if several {
                name = format!("{} · {name}", e.organisation);
            }
            match lanes.last_mut().filter(|l| l.label == name) {
                Some(lane) => lane.entries.push(e.clone()),
                None => lanes.push(Lane {
                    label: name,
                    entries: vec![e.clone()],
                }),
            }
        }
    }
    let dates: Vec<NaiveDate> = entries
        .iter()
        .flat_map(|e| [Some(e.valid_from.start()), e.valid_to.map(|d| d.start())])
        .flatten()
        .chain(policies.iter().map(|p| p.date.start()))
        .collect();
    let from = f.from.or(dates.iter().min().copied());
    let last = f.to.or(dates.iter().max().copied());
    let range = from.zip(last).map(|(a, b)| {
        // A little room after the last date, so open-ended lanes visibly go on.
        let pad = ((b - a).num_days() / 16).max(60);
        (a, b + chrono::Duration::days(pad))
    });
    let width = opts.width;
    let height = opts.height.unwrap_or(
        (HEADER + FOOTER + 24.0 + MARKER_ROWS as f64 * 15.0 + LANE * lanes.len().max(3) as f64)
            as u32,
    );
    let frame = Frame {
        title: "What was kept, for how long, and when that changed".into(),
        subtitle: subtitle(
            store,
            f,
            range.map(|(a, _)| format!("{} to {}", a.year(), last.map_or(a.year(), |l| l.year()))),
        )?,
        legend: vec![
            ("Held (retention inside)".into(), theme::BLUE),
            (Disposition::NotHeld.label().into(), theme.absent),
        ],
        source: source_line(store, f)?,
    };
    let svg = draw_svg(width, height, theme, |c| {
        let plot = draw_frame(c, &frame)?;
        match range {
            Some(r) if !lanes.is_empty() => draw_lanes(c, plot, &lanes, r, &policies),
            _ => draw_empty(c, plot, "No inventory recorded"),
        }
    })?;

    let mut table = vec![header(&[
        "category",
        "location",
        "held",
        "retention",
        "valid_from",
        "valid_to",
    ])];
    for e in &entries {
        table.push(vec![
            e.category.clone(),
            e.location.clone().unwrap_or_default(),
            e.held.to_string(),
            e.retention
                .as_ref()
                .map(|r| r.to_string())
                .unwrap_or_default(),
            e.valid_from.to_string(),
            e.valid_to.map(|d| d.to_string()).unwrap_or_default(),
        ]);
    }
    for p in &policies {
        table.push(vec![
            format!("policy change: {}", p.kind),
            p.id.clone(),
            String::new(),
            String::new(),
            p.date.to_string(),
            p.summary.clone(),
        ]);
    }
    let held: std::collections::BTreeSet<&str> = entries
        .iter()
        .filter(|e| e.held && e.valid_to.is_none())
        .map(|e| e.category.as_str())
        .collect();
    let never: Vec<String> = labels
        .iter()
        .filter(|(id, _)| {
            let mine: Vec<&InventoryEntry> = entries.iter().filter(|e| &e.category == id).collect();
            !mine.is_empty() && mine.iter().all(|e| !e.held)
        })
        .map(|(_, l)| l.to_lowercase())
        .collect();
    let summary = if entries.is_empty() {
        "No inventory recorded.".to_string()
    } else {
        format!(
            "{} places where data is or was kept, across {} categories held today; never held: {}; {} policy changes marked.",
            lanes.len(),
            held.len(),
            if never.is_empty() { "none".to_string() } else { never.join(", ") },
            policies.len()
        )
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

fn draw_lanes(
    c: &Canvas,
    plot: Plot,
    lanes: &[Lane],
    (from, to): (NaiveDate, NaiveDate),
    policies: &[disclose_core::domain::PolicyChange],
) -> DrawResult {
    let t = c.theme;
    let label_w = label_column(
        lanes.iter().map(|l| l.label.as_str()),
        11.0,
        plot.x1 - plot.x0,
        0.32,
        10.0,
    );
    let x0 = plot.x0 + label_w;
    let top = plot.y0 + MARKER_ROWS as f64 * 15.0;
    let lane_h = ((plot.y1 - 20.0 - top) / lanes.len() as f64).min(LANE);
    let bottom = top + lane_h * lanes.len() as f64;
    let days = (to - from).num_days().max(1) as f64;
    let x_of = |d: NaiveDate| {
        x0 + (d - from).num_days().clamp(0, days as i64) as f64 / days * (plot.x1 - x0)
    };
    // Year ticks, thinned to at least 48 px apart.
    let years = (to.year() - from.year()).max(1) as f64;
    let step = ((48.0 * years / (plot.x1 - x0)).ceil() as i32).max(1);
    let mut y = from.year() + 1;
    while y <= to.year() {
        if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            if y % step == 0 {
                let x = x_of(d);
                c.line(x, top, x, bottom, t.grid, 1)?;
                c.text(
                    &y.to_string(),
                    x,
                    bottom + 12.0,
                    11.0,
                    t.muted,
                    Anchor::Middle,
                )?;
            }
        }
        y += 1;
    }
    for (i, lane) in lanes.iter().enumerate() {
        let yc = top + lane_h * (i as f64 + 0.5);
        c.text(
            &fit(&lane.label, 11.0, false, label_w - 10.0),
            plot.x0,
            yc,
            11.0,
            t.foreground,
            Anchor::Start,
        )?;
        let h = (lane_h * 0.7).max(2.0);
        for e in &lane.entries {
            let (a, b) = (
                x_of(e.valid_from.start()),
                e.valid_to.map_or(plot.x1, |d| x_of(d.start())),
            );
            let (fill, ink, text) = if e.held {
                (
                    theme::BLUE,
                    t.background,
                    retention_text(e.retention.as_ref()),
                )
            } else {
                (t.absent, t.muted, Disposition::NotHeld.label().to_string())
            };
            c.rect(a, yc - h / 2.0, b.max(a + 1.0), yc + h / 2.0, fill)?;
            let inside = fit(&text, 10.0, false, b - a - 8.0);
            if !inside.is_empty() && lane_h >= 14.0 {
                c.text(&inside, a + 4.0, yc, 10.0, ink, Anchor::Start)?;
            }
        }
    }
    let marks: Vec<(f64, String)> = policies
        .iter()
        .map(|p| (x_of(p.date.start()), format!("{} {}", p.date, p.summary)))
        .collect();
    draw_markers(c, plot.y0, bottom, plot.x1, &marks)
}
