//! Requests x categories, each cell coloured by what became of that category.
//! Up to [`MAX_ROWS`] requests one row each (id and date, never subjects);
//! beyond that one row per period, coloured by the most common disposition.

use std::collections::BTreeMap;

use disclose_core::domain::Disposition;
use disclose_core::error::Result;
use disclose_core::query::{self, Granularity};
use disclose_core::Store;

use crate::canvas::{fit, text_width, thousands, Anchor, Canvas, DrawResult};
use crate::theme::{self, Theme};
use crate::{
    draw_empty, draw_frame, draw_svg, source_line, subtitle, Chart, ChartOptions, Frame, Plot,
    FOOTER, HEADER,
};

pub const MAX_ROWS: u32 = 200;

/// A row's cells: category id -> (disposition shown, requests behind it).
type Cells = BTreeMap<String, (Disposition, u64)>;

struct Grid {
    /// Category ids in vocabulary order.
    columns: Vec<String>,
    rows: Vec<(String, Cells)>,
    per_period: bool,
}

fn grid(store: &Store, opts: &ChartOptions) -> Result<(Grid, u64)> {
    let f = &opts.filter;
    let total = query::count(store, f)?;
    let order: Vec<String> = query::categories(store)?
        .into_iter()
        .map(|c| c.id)
        .collect();
    if total <= u64::from(MAX_ROWS) {
        let m = query::matrix(store, f, MAX_ROWS)?;
        let rows = m
            .rows
            .into_iter()
            .map(|r| {
                let cells = r.cells.into_iter().map(|(c, d)| (c, (d, 1))).collect();
                (format!("{} · {}", r.id, r.received), cells)
            })
            .collect();
        return Ok((
            Grid {
                columns: m.categories,
                rows,
                per_period: false,
            },
            total,
        ));
    }
    let g = match (opts.granularity, query::date_span(store, f)?) {
        (Some(g), _) => g,
        (None, Some((a, b))) => Granularity::for_span(a, b),
        (None, None) => Granularity::Year,
    };
    let mut rows: BTreeMap<String, BTreeMap<String, BTreeMap<Disposition, u64>>> = BTreeMap::new();
    for c in query::category_counts_by_period(store, f, g)? {
        *rows
            .entry(c.period)
            .or_default()
            .entry(c.category)
            .or_default()
            .entry(c.disposition)
            .or_default() += c.count;
    }
    let columns: Vec<String> = order
        .into_iter()
        .filter(|id| rows.values().any(|r| r.contains_key(id)))
        .collect();
    let rows = rows
        .into_iter()
        .map(|(period, cats)| {
            let cells = cats
                .into_iter()
                .map(|(cat, by_d)| {
                    let total = by_d.values().sum();
                    let top = by_d
                        .into_iter()
                        .max_by_key(|(_, n)| *n)
                        .map_or(Disposition::Pending, |(d, _)| d);
                    (cat, (top, total))
                })
                .collect();
            (period, cells)
        })
        .collect();
    Ok((
        Grid {
            columns,
            rows,
            per_period: true,
        },
        total,
    ))
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let (grid, total) = grid(store, opts)?;
    let labels: BTreeMap<String, String> = query::categories(store)?
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    let label_of = |id: &str| labels.get(id).cloned().unwrap_or_else(|| id.to_string());
    let header_h = grid
        .columns
        .iter()
        .map(|c| text_width(&label_of(c), 11.0, false))
        .fold(0.0, f64::max)
        .min(150.0)
        + 10.0;
    let cell_h = if grid.rows.len() <= 60 { 20.0 } else { 8.0 };
    let width = opts.width;
    let height = opts.height.unwrap_or(
        (HEADER + FOOTER + header_h + cell_h * grid.rows.len().max(3) as f64).min(4000.0) as u32,
    );
    let frame = Frame {
        title: if grid.per_period {
            "Requested data by period, coloured by what mostly became of it".into()
        } else {
            "Each request and what became of each kind of data it named".into()
        },
        subtitle: subtitle(store, f, Some(format!("{} requests", thousands(total))))?,
        legend: [
            Disposition::Provided,
            Disposition::Partial,
            Disposition::NotHeld,
            Disposition::Withheld,
            Disposition::Pending,
        ]
        .iter()
        .map(|d| (d.label().to_string(), theme::disposition(*d)))
        .collect(),
        source: source_line(store, f)?,
    };
    let svg = draw_svg(width, height, theme, |c| {
        let plot = draw_frame(c, &frame)?;
        if grid.rows.is_empty() {
            return draw_empty(c, plot, "No requests in this period");
        }
        draw_grid(c, plot, &grid, header_h, &label_of)
    })?;

    let mut table = vec![vec![
        if grid.per_period { "period" } else { "request" }.to_string(),
        "category".to_string(),
        "disposition".to_string(),
        "count".to_string(),
    ]];
    for (row, cells) in &grid.rows {
        for col in &grid.columns {
            if let Some((d, n)) = cells.get(col) {
                table.push(vec![
                    row.clone(),
                    col.clone(),
                    d.as_str().to_string(),
                    n.to_string(),
                ]);
            }
        }
    }
    let not_held = table.iter().skip(1).filter(|r| r[2] == "not_held").count();
    let summary = if grid.rows.is_empty() {
        "No requests in this period.".to_string()
    } else {
        format!(
            "{} {} by {} kinds of data; {} cells show data that was not held.",
            thousands(grid.rows.len() as u64),
            if grid.per_period {
                "periods"
            } else {
                "requests"
            },
            grid.columns.len(),
            thousands(not_held as u64)
        )
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

fn draw_grid(
    c: &Canvas,
    plot: Plot,
    grid: &Grid,
    header_h: f64,
    label_of: &dyn Fn(&str) -> String,
) -> DrawResult {
    let t = c.theme;
    let label_w = grid
        .rows
        .iter()
        .map(|(l, _)| text_width(l, 11.0, false))
        .fold(0.0, f64::max)
        .min((plot.x1 - plot.x0) * 0.3)
        + 10.0;
    let x0 = plot.x0 + label_w;
    let cell_w = ((plot.x1 - x0) / grid.columns.len().max(1) as f64).min(48.0);
    let y0 = plot.y0 + header_h;
    let cell_h = ((plot.y1 - y0) / grid.rows.len() as f64).min(20.0);
    for (j, col) in grid.columns.iter().enumerate() {
        let x = x0 + cell_w * (j as f64 + 0.5);
        let text = fit(&label_of(col), 11.0, false, header_h - 8.0);
        c.text_styled(
            &text,
            x,
            y0 - 4.0,
            11.0,
            t.foreground,
            Anchor::Start,
            false,
            true,
        )?;
    }
    // Label every row while they fit; otherwise every k-th, so none overlap.
    let every = (13.0 / cell_h).ceil().max(1.0) as usize;
    let gap = if cell_h >= 6.0 { 1.0 } else { 0.0 };
    for (i, (label, cells)) in grid.rows.iter().enumerate() {
        let y = y0 + cell_h * i as f64;
        if i % every == 0 {
            let text = fit(label, 11.0, false, label_w - 10.0);
            c.text(
                &text,
                plot.x0,
                y + cell_h / 2.0,
                11.0,
                t.foreground,
                Anchor::Start,
            )?;
        }
        for (j, col) in grid.columns.iter().enumerate() {
            let x = x0 + cell_w * j as f64;
            match cells.get(col) {
                Some((d, n)) => {
                    c.rect(
                        x + gap,
                        y + gap,
                        x + cell_w - gap,
                        y + cell_h - gap,
                        theme::disposition(*d),
                    )?;
                    if grid.per_period && cell_h >= 14.0 && cell_w >= 30.0 {
                        c.text(
                            &thousands(*n),
                            x + cell_w / 2.0,
                            y + cell_h / 2.0,
                            9.0,
                            t.background,
                            Anchor::Middle,
                        )?;
                    }
                }
                None => c.rect(
                    x + gap,
                    y + gap,
                    x + cell_w - gap,
                    y + cell_h - gap,
                    t.absent,
                )?,
            }
        }
    }
    Ok(())
}
