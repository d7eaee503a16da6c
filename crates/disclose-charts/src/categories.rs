//! Data categories asked for against provided, partly provided, not held,
//! withheld and pending: one horizontal bar per category, most asked first (a
//! `checklist` when there are few requests).

use disclose_core::domain::{category_label_in, Disposition};
use disclose_core::error::Result;
use disclose_core::query::{self, CategoryCount};
use disclose_core::Store;

use crate::canvas::{nice_step, text_width, Anchor, Canvas, ColumnStyle, DrawResult, LabelColumn};
use crate::frame::{draw_empty, header, source_line, subtitle, Frame, Plot};
use crate::theme::{self, Theme};
use crate::words::{counted, num, t};
use crate::{draw_svg, Chart, ChartOptions};
use disclose_core::i18n::Arg;

const ROW: f64 = 30.0;

const ORDER: [Disposition; 5] = [
    Disposition::Provided,
    Disposition::Partial,
    Disposition::NotHeld,
    Disposition::Withheld,
    Disposition::Pending,
];

fn count(c: &CategoryCount, d: Disposition) -> u64 {
    match d {
        Disposition::Provided => c.provided,
        Disposition::Partial => c.partial,
        Disposition::NotHeld => c.not_held,
        Disposition::Withheld => c.withheld,
        Disposition::Pending => c.pending,
    }
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    if crate::checklist::applies(store, opts)? {
        return crate::checklist::render(store, opts, theme);
    }
    let f = &opts.filter;
    let lang = opts.lang;
    let mut rows = query::category_counts(store, f)?;
    for r in &mut rows {
        r.label = category_label_in(&r.category, &r.label, lang);
    }
    let requests = query::count(store, f)?;
    let frame = Frame {
        title: t(lang, "chart-categories-title").into(),
        subtitle: subtitle(
            store,
            f,
            Some(counted(lang, "chart-requests", requests, &[])),
            lang,
        )?,
        legend: ORDER
            .iter()
            .map(|d| (d.label_in(lang).to_string(), theme::disposition(*d)))
            .collect(),
        notes: vec![],
        source: source_line(store, f, lang)?,
    }
    .edited(&opts.words);
    let width = opts.width;
    let labels = LabelColumn::new(
        rows.iter().map(|r| r.label.as_str()),
        width,
        ColumnStyle {
            size: 12.0,
            line: 14.0,
            share: 0.3,
            pad: 12.0,
            min_row: ROW,
        },
    );
    let height = opts.height.unwrap_or(
        (frame.chrome(width) + 24.0 + labels.row * rows.len().max(3) as f64).round() as u32,
    );
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        if rows.is_empty() {
            return draw_empty(c, plot, t(lang, "chart-empty"));
        }
        draw_bars(c, plot, &rows, &labels)
    })?;

    let mut table = vec![header(lang, &["chart-col-category", "chart-col-asked"])
        .into_iter()
        .chain(ORDER.iter().map(|d| d.label_in(lang).to_string()))
        .collect::<Vec<_>>()];
    for r in &rows {
        let mut cells = vec![r.label.clone(), r.requested.to_string()];
        cells.extend(ORDER.iter().map(|d| count(r, *d).to_string()));
        table.push(cells);
    }
    let mut not_held: Vec<&CategoryCount> = rows.iter().filter(|r| r.not_held > 0).collect();
    not_held.sort_by_key(|r| std::cmp::Reverse(r.not_held));
    let listed: Vec<String> = not_held
        .iter()
        .take(5)
        .map(|r| {
            counted(
                lang,
                "chart-not-held-of",
                r.requested,
                &[
                    ("label", r.label.as_str().into()),
                    ("part", num(lang, r.not_held).into()),
                ],
            )
        })
        .collect();
    let summary = match (rows.is_empty(), listed.is_empty()) {
        (true, _) => t(lang, "chart-empty-summary").to_string(),
        (false, true) => counted(
            lang,
            "chart-categories-all-held",
            requests,
            &[("kinds", num(lang, rows.len() as u64).into())],
        ),
        (false, false) => counted(
            lang,
            "chart-categories-summary",
            requests,
            &[
                ("kinds", num(lang, rows.len() as u64).into()),
                ("listed", listed.join(", ").into()),
                ("more", Arg::Number(not_held.len().saturating_sub(5) as f64)),
            ],
        ),
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

fn draw_bars(c: &Canvas, plot: Plot, rows: &[CategoryCount], labels: &LabelColumn) -> DrawResult {
    let t = c.theme;
    let label_w = labels.width;
    let max = rows.iter().map(|r| r.requested).max().unwrap_or(1) as f64;
    let step = nice_step(max, 5);
    let top = (max / step).ceil().max(1.0) * step;
    // Room on the right for the "n not held" note.
    let widest = counted(c.lang, "chart-not-held-count", 9_999_999, &[]);
    let note_w = text_width(&widest, 11.0, true) + 10.0;
    let x0 = plot.x0 + label_w;
    let x1 = (plot.x1 - note_w).max(x0 + 40.0);
    let x_of = |v: f64| x0 + v / top * (x1 - x0);
    let row_h = ((plot.y1 - plot.y0 - 24.0) / rows.len() as f64).min(labels.row);
    let bottom = plot.y0 + row_h * rows.len() as f64;
    let mut v = 0.0;
    while v <= top + 0.5 {
        let x = x_of(v);
        c.line(x, plot.y0, x, bottom, t.grid, 1)?;
        c.text(
            &num(c.lang, v as u64),
            x,
            bottom + 12.0,
            11.0,
            t.muted,
            Anchor::Middle,
        )?;
        v += step;
    }
    c.text(
        crate::words::t(c.lang, "chart-axis-categories"),
        (x0 + x1) / 2.0,
        bottom + 26.0,
        11.0,
        t.muted,
        Anchor::Middle,
    )?;
    let bar_h = (row_h * 0.62).clamp(2.0, 20.0);
    for (i, r) in rows.iter().enumerate() {
        let y = plot.y0 + row_h * (i as f64 + 0.5);
        labels.draw(c, i, plot.x0, y)?;
        let mut acc = 0.0;
        for d in ORDER {
            let n = count(r, d) as f64;
            if n > 0.0 {
                c.rect(
                    x_of(acc),
                    y - bar_h / 2.0,
                    x_of(acc + n),
                    y + bar_h / 2.0,
                    theme::disposition(d),
                )?;
                c.tip(
                    x_of(acc),
                    y - bar_h / 2.0,
                    x_of(acc + n),
                    y + bar_h / 2.0,
                    counted(
                        c.lang,
                        "chart-categories-tip",
                        r.requested,
                        &[
                            ("label", r.label.as_str().into()),
                            ("disposition", d.label_in(c.lang).into()),
                            ("part", num(c.lang, n as u64).into()),
                        ],
                    ),
                );
                acc += n;
            }
        }
        if r.not_held > 0 {
            let note = counted(c.lang, "chart-not-held-count", r.not_held, &[]);
            c.emphasis(&note, x_of(acc) + 6.0, y, theme::VERMILLION)?;
        }
    }
    Ok(())
}
