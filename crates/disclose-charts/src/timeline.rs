//! Inventory and policy timeline: one lane per organisation, category and place it is
//! kept, showing when it was held and for how long ("kept 90 days"), when it was not
//! held (a thin vermillion mark), with policy changes as numbered markers.

use chrono::{Datelike, NaiveDate};
use disclose_core::domain::{category_label_in, Disposition, InventoryEntry, Retention};
use disclose_core::error::Result;
use disclose_core::query;
use disclose_core::Store;

use crate::canvas::{fits, Anchor, Canvas, ColumnStyle, DrawResult, LabelColumn};
use crate::frame::{
    draw_empty, draw_markers, header, marker_rows, policy_notes, source_line, subtitle, Frame,
    Plot, BADGE_ROW, PAD,
};
use crate::periods::x_at;
use crate::theme::{self, Theme};
use crate::words::{counted, num, say, t};
use crate::Lang;
use crate::{draw_svg, Chart, ChartOptions};

const LANE: f64 = 24.0;
const FONT: f64 = 11.0;
const LINE: f64 = 13.0;

struct Lane {
    label: String,
    entries: Vec<InventoryEntry>,
}

fn retention_text(r: Option<&Retention>, lang: Lang) -> String {
    match r {
        None => t(lang, "chart-retention-unstated").into(),
        Some(r) => r.kept_in(lang),
    }
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let lang = opts.lang;
    let labels: Vec<(String, String)> = query::categories(store)?
        .into_iter()
        .map(|c| {
            let label = category_label_in(&c.id, &c.label, lang);
            (c.id, label)
        })
        .collect();
    let entries = query::inventory(store, f.organisation.as_deref())?;
    let policies = query::policy_changes(store, f.organisation.as_deref(), f.from, f.to)?;
    // One lane per organisation, category and place; the organisation is named only
    // when there are several.
    let several = entries
        .iter()
        .any(|e| e.organisation != entries[0].organisation);
    let mut lanes: Vec<Lane> = Vec::new();
    let mut orgs: Vec<&str> = entries.iter().map(|e| e.organisation.as_str()).collect();
    orgs.sort_unstable();
    orgs.dedup();
    // Organisation by organisation, then category by category: one organisation's
    // lanes stay together.
    for (org, (id, label)) in orgs
        .iter()
        .flat_map(|o| labels.iter().map(move |l| (*o, l)))
    {
        let mut of_cat: Vec<&InventoryEntry> = entries
            .iter()
            .filter(|e| &e.category == id && e.organisation == org)
            .collect();
        of_cat.sort_by_key(|e| (e.location.clone(), e.valid_from.start()));
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
    let names = LabelColumn::new(
        lanes.iter().map(|l| l.label.as_str()),
        width,
        ColumnStyle {
            size: FONT,
            line: LINE,
            share: 0.32,
            pad: 10.0,
            min_row: LANE,
        },
    );
    let marks = range.map_or(0, |r| {
        let xs: Vec<f64> = policies
            .iter()
            .map(|p| x_at(p.date.start(), r, PAD + names.width, f64::from(width) - PAD))
            .collect();
        marker_rows(&xs, f64::from(width) - PAD)
    });
    let marked: Vec<&disclose_core::domain::PolicyChange> = policies.iter().collect();
    let frame = Frame {
        title: t(lang, "chart-timeline-title").into(),
        subtitle: subtitle(
            store,
            f,
            range.map(|(a, _)| {
                say(
                    lang,
                    "chart-span",
                    &[
                        ("from", a.year().to_string().into()),
                        ("to", last.map_or(a.year(), |l| l.year()).to_string().into()),
                    ],
                )
            }),
            lang,
        )?,
        legend: vec![
            (t(lang, "chart-timeline-held").into(), theme::BLUE),
            (
                Disposition::NotHeld.label_in(lang).into(),
                theme::VERMILLION,
            ),
        ],
        notes: policy_notes(lang, &marked, &[]),
        source: source_line(store, f, lang)?,
    }
    .edited(&opts.words);
    let body = marks as f64 * BADGE_ROW + 8.0 + names.row * lanes.len().max(3) as f64;
    let height = opts
        .height
        .unwrap_or((frame.chrome(width) + body).round() as u32);
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        match range {
            Some(r) if !lanes.is_empty() => draw_lanes(c, plot, &lanes, &names, r, &policies),
            _ => draw_empty(c, plot, t(lang, "chart-no-inventory")),
        }
    })?;

    let mut table = vec![header(
        lang,
        &[
            "chart-col-category",
            "chart-col-where",
            "chart-col-held",
            "chart-col-how-long",
            "chart-col-from",
            "chart-col-until",
        ],
    )];
    let label_of = |id: &str| {
        labels
            .iter()
            .find(|(k, _)| k == id)
            .map_or(id.to_string(), |(_, l)| l.clone())
    };
    for e in &entries {
        table.push(vec![
            label_of(&e.category),
            e.location.clone().unwrap_or_default(),
            t(
                lang,
                if e.held {
                    "chart-held"
                } else {
                    "chart-not-held"
                },
            )
            .to_string(),
            if e.held {
                retention_text(e.retention.as_ref(), lang)
            } else {
                String::new()
            },
            e.valid_from.to_string(),
            e.valid_to.map(|d| d.to_string()).unwrap_or_default(),
        ]);
    }
    for p in &policies {
        table.push(vec![
            say(
                lang,
                "chart-policy-change",
                &[("kind", p.kind.label_in(lang).into())],
            ),
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
        // English writes a category inside a sentence in lower case; German nouns keep
        // their capital.
        .map(|(_, l)| match lang {
            Lang::En => l.to_lowercase(),
            Lang::De => l.clone(),
        })
        .collect();
    let summary = if entries.is_empty() {
        t(lang, "chart-no-inventory-summary").to_string()
    } else {
        counted(
            lang,
            "chart-timeline-summary",
            lanes.len() as u64,
            &[
                ("held", num(lang, held.len() as u64).into()),
                (
                    "never",
                    if never.is_empty() {
                        t(lang, "chart-none").to_string()
                    } else {
                        never.join(", ")
                    }
                    .into(),
                ),
                ("policies", num(lang, policies.len() as u64).into()),
            ],
        )
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

fn draw_lanes(
    c: &Canvas,
    plot: Plot,
    lanes: &[Lane],
    names: &LabelColumn,
    (from, to): (NaiveDate, NaiveDate),
    policies: &[disclose_core::domain::PolicyChange],
) -> DrawResult {
    let t = c.theme;
    let x0 = plot.x0 + names.width;
    let x_of = |d: NaiveDate| x_at(d, (from, to), x0, plot.x1);
    let xs: Vec<f64> = policies.iter().map(|p| x_of(p.date.start())).collect();
    let top = plot.y0 + marker_rows(&xs, plot.x1) as f64 * BADGE_ROW + 8.0;
    let lane_h = ((plot.y1 - top) / lanes.len() as f64).min(names.row);
    let bottom = top + lane_h * lanes.len() as f64;
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
    // The markers go behind the lanes, so a line never runs through a lane's words.
    draw_markers(c, plot.y0, bottom, plot.x1, &xs)?;
    for (i, lane) in lanes.iter().enumerate() {
        let yc = top + lane_h * (i as f64 + 0.5);
        names.draw(c, i, plot.x0, yc)?;
        let h = (lane_h * 0.7).clamp(2.0, 18.0);
        for e in &lane.entries {
            let (a, b) = (
                x_of(e.valid_from.start()),
                e.valid_to.map_or(plot.x1, |d| x_of(d.start())),
            );
            let b = b.max(a + 1.0);
            let until = e
                .valid_to
                .map_or(crate::words::t(c.lang, "chart-today").to_string(), |d| {
                    d.to_string()
                });
            c.tip(
                a,
                yc - h / 2.0,
                b,
                yc + h / 2.0,
                match e.held {
                    true => say(
                        c.lang,
                        "chart-timeline-tip-held",
                        &[
                            ("label", lane.label.as_str().into()),
                            ("how", retention_text(e.retention.as_ref(), c.lang).into()),
                            ("from", e.valid_from.to_string().into()),
                            ("until", until.as_str().into()),
                        ],
                    ),
                    false => say(
                        c.lang,
                        "chart-timeline-tip-not-held",
                        &[
                            ("label", lane.label.as_str().into()),
                            ("from", e.valid_from.to_string().into()),
                            ("until", until.as_str().into()),
                        ],
                    ),
                },
            );
            if e.held {
                c.rect(a, yc - h / 2.0, b, yc + h / 2.0, theme::BLUE)?;
                let text = retention_text(e.retention.as_ref(), c.lang);
                if let Some(ink) = t.ink_on(theme::BLUE) {
                    if lane_h >= 14.0 && fits(&text, 10.0, false, b - a - 8.0) {
                        c.text(&text, a + 4.0, yc, 10.0, ink, Anchor::Start)?;
                    }
                }
            } else {
                // Not held: a thin mark in the lane, and the words above it when they fit.
                c.rect(a, yc + 3.0, b, yc + 6.0, theme::VERMILLION)?;
                let text = Disposition::NotHeld.label_in(c.lang);
                if lane_h >= 20.0 && fits(text, 10.0, false, b - a - 8.0) {
                    c.text(
                        text,
                        a + 4.0,
                        yc - 4.0,
                        10.0,
                        t.text_in(theme::VERMILLION),
                        Anchor::Start,
                    )?;
                }
            }
        }
    }
    Ok(())
}
