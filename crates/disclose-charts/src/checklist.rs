//! The categories chart when there are few requests (under `STRIP_BELOW`): a checklist,
//! one row per kind of data and one column per request, what became of it as a symbol
//! in its colour (✓ provided, ◐ partly, ✕ not held, ■ withheld, ○ pending), and each
//! row's "not held" tally at its end. Bars of three would look like bars of thousands.

use std::collections::BTreeMap;

use disclose_core::domain::Disposition;
use disclose_core::error::Result;
use disclose_core::query::{self, Matrix};
use disclose_core::Store;

use crate::canvas::{text_width, Anchor, Canvas, ColumnStyle, DrawResult, LabelColumn};
use crate::frame::{draw_empty, source_line, subtitle, Frame, Plot};
use crate::over_time::STRIP_BELOW;
use crate::theme::{self, Theme};
use crate::words::{counted, num, t};
use crate::{draw_svg, Chart, ChartOptions};
use disclose_core::i18n::Arg;

const FONT: f64 = 12.0;
const LINE: f64 = 14.0;
const ROW: f64 = 26.0;
const COLUMN: f64 = 30.0;

/// The symbol of a disposition, beside its colour, so the grid reads without colour too.
pub(crate) fn symbol(d: Disposition) -> &'static str {
    match d {
        Disposition::Provided => "✓",
        Disposition::Partial => "◐",
        Disposition::NotHeld => "✕",
        Disposition::Withheld => "■",
        Disposition::Pending => "○",
    }
}

const ORDER: [Disposition; 5] = [
    Disposition::Provided,
    Disposition::Partial,
    Disposition::NotHeld,
    Disposition::Withheld,
    Disposition::Pending,
];

/// Whether the categories chart is drawn as a checklist for this filter.
pub(crate) fn applies(store: &Store, opts: &ChartOptions) -> Result<bool> {
    Ok(query::count(store, &opts.filter)? < STRIP_BELOW)
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let lang = opts.lang;
    let m: Matrix = query::matrix(store, f, STRIP_BELOW as u32)?;
    let labels: BTreeMap<String, String> = query::category_labels(store, lang)?;
    let label_of = |id: &str| labels.get(id).cloned().unwrap_or_else(|| id.to_string());
    let width = opts.width;
    let names: Vec<String> = m.categories.iter().map(|c| label_of(c)).collect();
    let column = LabelColumn::new(
        names.iter().map(String::as_str),
        width,
        ColumnStyle {
            size: FONT,
            line: LINE,
            share: 0.3,
            pad: 12.0,
            min_row: ROW,
        },
    );
    let row = column.row;
    let heads: Vec<String> = m
        .rows
        .iter()
        .map(|r| format!("{} · {}", r.id, r.received))
        .collect();
    let head_h = heads
        .iter()
        .map(|h| text_width(h, 11.0, false))
        .fold(0.0, f64::max)
        + 10.0;
    let frame = Frame {
        title: t(lang, "chart-categories-title").into(),
        subtitle: subtitle(
            store,
            f,
            Some(counted(lang, "chart-requests-columns", m.total, &[])),
            lang,
        )?,
        legend: ORDER
            .iter()
            .map(|d| {
                (
                    format!("{} {}", symbol(*d), d.label_in(lang)),
                    theme::disposition(*d),
                )
            })
            .collect(),
        notes: vec![],
        source: source_line(store, f, lang)?,
    }
    .edited(&opts.words);
    let height = opts.height.unwrap_or(
        (frame.chrome(width) + head_h + row * m.categories.len().max(3) as f64).round() as u32,
    );
    let cell =
        |r: &query::MatrixRow, cat: &str| r.cells.iter().find(|(c, _)| c == cat).map(|(_, d)| *d);
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        if m.rows.is_empty() {
            return draw_empty(c, plot, t(lang, "chart-empty"));
        }
        let grid = Grid {
            m: &m,
            names: &names,
            column: &column,
            heads: &heads,
            head_h,
        };
        grid.draw(c, plot, &cell)
    })?;

    let mut table = vec![std::iter::once(t(lang, "chart-col-category").to_string())
        .chain(heads.iter().cloned())
        .collect::<Vec<_>>()];
    for (cat, name) in m.categories.iter().zip(&names) {
        let mut cells = vec![name.clone()];
        cells.extend(m.rows.iter().map(|r| {
            cell(r, cat).map_or_else(
                || t(lang, "chart-not-asked").to_string(),
                |d| d.label_in(lang).to_string(),
            )
        }));
        table.push(cells);
    }
    let not_held: Vec<String> = m
        .categories
        .iter()
        .zip(&names)
        .filter_map(|(cat, name)| {
            let asked = m.rows.iter().filter(|r| cell(r, cat).is_some()).count();
            let missing = m
                .rows
                .iter()
                .filter(|r| cell(r, cat) == Some(Disposition::NotHeld))
                .count();
            (missing > 0).then(|| {
                counted(
                    lang,
                    "chart-not-held-of",
                    asked as u64,
                    &[
                        ("label", name.as_str().into()),
                        ("part", num(lang, missing as u64).into()),
                    ],
                )
            })
        })
        .collect();
    let summary = match (m.rows.len(), not_held.is_empty()) {
        (0, _) => t(lang, "chart-empty-summary").to_string(),
        (n, true) => counted(
            lang,
            "chart-categories-all-held",
            n as u64,
            &[("kinds", num(lang, m.categories.len() as u64).into())],
        ),
        (n, false) => counted(
            lang,
            "chart-categories-summary",
            n as u64,
            &[
                ("kinds", num(lang, m.categories.len() as u64).into()),
                ("listed", not_held.join(", ").into()),
                ("more", Arg::Number(0.0)),
            ],
        ),
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

struct Grid<'a> {
    m: &'a Matrix,
    names: &'a [String],
    column: &'a LabelColumn,
    heads: &'a [String],
    head_h: f64,
}

impl Grid<'_> {
    fn draw(
        &self,
        c: &Canvas,
        plot: Plot,
        cell: &dyn Fn(&query::MatrixRow, &str) -> Option<Disposition>,
    ) -> DrawResult {
        let t = c.theme;
        let x0 = plot.x0 + self.column.width;
        let widest = counted(
            c.lang,
            "chart-tally-not-held",
            99,
            &[("part", num(c.lang, 99).into())],
        );
        let tally_w = text_width(&widest, 11.0, true) + 12.0;
        let col = ((plot.x1 - tally_w - x0) / self.m.rows.len().max(1) as f64).min(COLUMN * 2.0);
        let y0 = plot.y0 + self.head_h;
        let row = ((plot.y1 - y0) / self.m.categories.len().max(1) as f64).min(self.column.row);
        for (j, head) in self.heads.iter().enumerate() {
            let x = x0 + col * (j as f64 + 0.5);
            c.text_styled(
                head,
                x,
                y0 - 6.0,
                11.0,
                t.foreground,
                Anchor::Start,
                false,
                true,
            )?;
        }
        for (i, cat) in self.m.categories.iter().enumerate() {
            let y = y0 + row * (i as f64 + 0.5);
            c.line(
                plot.x0,
                y0 + row * (i as f64 + 1.0),
                x0 + col * self.m.rows.len() as f64,
                y0 + row * (i as f64 + 1.0),
                t.grid,
                1,
            )?;
            self.column.draw(c, i, plot.x0, y)?;
            let (mut asked, mut missing) = (0, 0);
            for (j, r) in self.m.rows.iter().enumerate() {
                let Some(d) = cell(r, cat) else { continue };
                asked += 1;
                missing += usize::from(d == Disposition::NotHeld);
                let x = x0 + col * (j as f64 + 0.5);
                let ink = t.text_in(theme::disposition(d));
                c.text_styled(symbol(d), x, y, 15.0, ink, Anchor::Middle, true, false)?;
                c.tip(
                    x - col / 2.0,
                    y - row / 2.0,
                    x + col / 2.0,
                    y + row / 2.0,
                    format!(
                        "{}, {}: {}",
                        self.heads[j],
                        self.names[i],
                        d.label_in(c.lang)
                    ),
                );
            }
            if missing > 0 {
                let tally = counted(
                    c.lang,
                    "chart-tally-not-held",
                    asked as u64,
                    &[("part", num(c.lang, missing as u64).into())],
                );
                let x = x0 + col * self.m.rows.len() as f64 + 10.0;
                c.emphasis(&tally, x, y, theme::VERMILLION)?;
            }
        }
        Ok(())
    }
}
