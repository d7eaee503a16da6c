//! Requests x categories. Up to [`MAX_ROWS`] requests one row each (reference and date,
//! never subjects), each cell coloured by what became of that category; beyond that a
//! heatmap, one row per period, each cell's colour and number the times that category
//! was asked for.

use std::collections::BTreeMap;

use disclose_core::domain::Disposition;
use disclose_core::error::Result;
use disclose_core::query::{self, Granularity};
use disclose_core::Store;

use crate::canvas::{text_width, Anchor, Canvas, ColumnStyle, DrawResult, LabelColumn};
use crate::frame::{draw_empty, header, source_line, subtitle, Frame, Plot};
use crate::theme::{self, Rgb, Theme};
use crate::words::{counted, num, t};
use crate::{draw_svg, Chart, ChartOptions};

/// Row labels of the request grid: their font and line height.
const FONT: f64 = 11.0;
const LINE: f64 = 13.0;

/// The heatmap's colour for `n` between the fewest and the most of the grid, `(lo, hi)`:
/// from a blue that stands 3:1 on the ground (the fewest) to the one furthest from it
/// (the most), in five steps.
fn heat(t: &Theme, n: u64, (lo, max): (u64, u64)) -> Rgb {
    let far = t.text_in(theme::BLUE);
    let far = if t.foreground.0 > 0x80 {
        Rgb(0xC6, 0xE4, 0xF7)
    } else {
        Rgb(far.0 / 3, far.1 / 3, far.2 / 2)
    };
    let step = if max <= lo {
        4.0
    } else {
        ((n.saturating_sub(lo)) as f64 / (max - lo) as f64 * 4.0).round()
    };
    let k = step / 4.0;
    let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * k).round() as u8;
    let near = theme::BLUE;
    Rgb(m(near.0, far.0), m(near.1, far.1), m(near.2, far.2))
}

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
    let lang = opts.lang;
    let (grid, total) = grid(store, opts)?;
    let labels: BTreeMap<String, String> = query::category_labels(store, lang)?;
    let label_of = |id: &str| labels.get(id).cloned().unwrap_or_else(|| id.to_string());
    let header_h = grid
        .columns
        .iter()
        .map(|c| text_width(&label_of(c), 11.0, false))
        .fold(0.0, f64::max)
        + 10.0;
    let width = opts.width;
    let rows = LabelColumn::new(
        grid.rows.iter().map(|(l, _)| l.as_str()),
        width,
        ColumnStyle {
            size: FONT,
            line: LINE,
            share: 0.3,
            pad: 10.0,
            min_row: 20.0,
        },
    );
    let cell_h = if grid.rows.len() <= 60 { rows.row } else { 8.0 };
    let frame = Frame {
        title: if grid.per_period {
            t(lang, "chart-matrix-title-periods").into()
        } else {
            t(lang, "chart-matrix-title-requests").into()
        },
        subtitle: subtitle(
            store,
            f,
            Some(counted(lang, "chart-requests", total, &[])),
            lang,
        )?,
        legend: if grid.per_period {
            let (lo, hi) = grid.range();
            let times = |n: u64| counted(lang, "chart-asked-times", n, &[]);
            vec![
                (times(lo), heat(&theme, lo, (lo, hi))),
                (times(hi), heat(&theme, hi, (lo, hi))),
            ]
        } else {
            [
                Disposition::Provided,
                Disposition::Partial,
                Disposition::NotHeld,
                Disposition::Withheld,
                Disposition::Pending,
            ]
            .iter()
            .map(|d| (d.label_in(lang).to_string(), theme::disposition(*d)))
            .collect()
        },
        notes: vec![],
        source: source_line(store, f, lang)?,
    }
    .edited(&opts.words);
    let height = opts.height.unwrap_or(
        (frame.chrome(width) + header_h + cell_h * grid.rows.len().max(3) as f64).min(4000.0)
            as u32,
    );
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        if grid.rows.is_empty() {
            return draw_empty(c, plot, t(lang, "chart-empty"));
        }
        draw_grid(c, plot, &grid, header_h, &label_of, &rows)
    })?;

    let mut table = vec![header(
        lang,
        &[
            if grid.per_period {
                "chart-col-period"
            } else {
                "chart-col-request"
            },
            "chart-col-category",
            if grid.per_period {
                "chart-col-mostly"
            } else {
                "chart-col-became"
            },
            "chart-col-asked",
        ],
    )];
    let mut not_held = 0;
    for (row, cells) in &grid.rows {
        for col in &grid.columns {
            if let Some((d, n)) = cells.get(col) {
                not_held += usize::from(*d == Disposition::NotHeld);
                table.push(vec![
                    row.clone(),
                    label_of(col),
                    d.label_in(lang).to_string(),
                    n.to_string(),
                ]);
            }
        }
    }
    let summary = if grid.rows.is_empty() {
        t(lang, "chart-empty-summary").to_string()
    } else {
        counted(
            lang,
            if grid.per_period {
                "chart-matrix-summary-periods"
            } else {
                "chart-matrix-summary-requests"
            },
            grid.rows.len() as u64,
            &[
                ("kinds", num(lang, grid.columns.len() as u64).into()),
                ("cells", num(lang, not_held as u64).into()),
            ],
        )
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

impl Grid {
    /// The fewest and the most times one category was asked for in one row.
    fn range(&self) -> (u64, u64) {
        let all = || {
            self.rows
                .iter()
                .flat_map(|(_, cells)| cells.values().map(|(_, n)| *n))
        };
        (all().min().unwrap_or(1), all().max().unwrap_or(1))
    }
}

fn draw_grid(
    c: &Canvas,
    plot: Plot,
    grid: &Grid,
    header_h: f64,
    label_of: &dyn Fn(&str) -> String,
    labels: &LabelColumn,
) -> DrawResult {
    let t = c.theme;
    let label_w = labels.width;
    let x0 = plot.x0 + label_w;
    let cell_w = ((plot.x1 - x0) / grid.columns.len().max(1) as f64).min(48.0);
    let y0 = plot.y0 + header_h;
    let cell_h = ((plot.y1 - y0) / grid.rows.len() as f64).min(labels.row);
    let range = grid.range();
    for (j, col) in grid.columns.iter().enumerate() {
        let x = x0 + cell_w * (j as f64 + 0.5);
        c.text_styled(
            &label_of(col),
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
    for (i, (_, cells)) in grid.rows.iter().enumerate() {
        let y = y0 + cell_h * i as f64;
        if i % every == 0 && labels.height(i) <= cell_h + 2.0 {
            labels.draw(c, i, plot.x0, y + cell_h / 2.0)?;
        }
        for (j, col) in grid.columns.iter().enumerate() {
            let x = x0 + cell_w * j as f64;
            match cells.get(col) {
                Some((d, n)) => {
                    let fill = match grid.per_period {
                        true => heat(&t, *n, range),
                        false => theme::disposition(*d),
                    };
                    c.rect(x + gap, y + gap, x + cell_w - gap, y + cell_h - gap, fill)?;
                    c.tip(
                        x,
                        y,
                        x + cell_w,
                        y + cell_h,
                        match grid.per_period {
                            true => counted(
                                c.lang,
                                "chart-matrix-tip",
                                *n,
                                &[
                                    ("row", grid.rows[i].0.as_str().into()),
                                    ("label", label_of(col).into()),
                                    ("disposition", d.label_in(c.lang).into()),
                                ],
                            ),
                            false => format!(
                                "{}, {}: {}",
                                grid.rows[i].0,
                                label_of(col),
                                d.label_in(c.lang)
                            ),
                        },
                    );
                    let number = num(c.lang, *n);
                    let ink = t.ink_on(fill);
                    if let (true, true, Some(ink)) = (
                        grid.per_period && cell_h >= 14.0,
                        text_width(&number, 9.0, false) <= cell_w - 4.0,
                        ink,
                    ) {
                        c.text(
                            &number,
                            x + cell_w / 2.0,
                            y + cell_h / 2.0,
                            9.0,
                            ink,
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
