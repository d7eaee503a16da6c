//! Requests over time when there are few (under `STRIP_BELOW`): one mark per request on
//! a time axis, as long as its received date is uncertain (a day, a month, a range),
//! each labelled with its reference and date, so three requests never look like a
//! chart of thousands.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use disclose_core::date::FuzzyDate;
use disclose_core::error::Result;
use disclose_core::i18n;
use disclose_core::query::{self, Granularity, ListQuery, RequestRow, SeriesKey, SortKey};
use disclose_core::Store;

use crate::canvas::{pack_rows, text_width, Anchor, Canvas, DrawResult};
use crate::frame::{
    draw_empty, draw_markers, header, marker_rows, policy_notes, source_line, subtitle, Frame,
    Plot, BADGE_ROW, PAD,
};
use crate::over_time::{
    fold, key_label, policies_said, split_policies, stack_word, OTHER, STRIP_BELOW,
};
use crate::periods::{self, x_at};
use crate::theme::{Rgb, Theme};
use crate::words::{counted, num, t};
use crate::{draw_svg, Chart, ChartOptions};

/// The height of one row of marks with their labels.
const ROW: f64 = 40.0;
const MARK: f64 = 10.0;

/// One request as drawn.
struct Item {
    label: String,
    from: NaiveDate,
    to: NaiveDate,
    key: String,
}

fn key_of(r: &RequestRow, stack: SeriesKey) -> String {
    match stack {
        SeriesKey::Process => r.process.clone(),
        SeriesKey::Outcome => r.outcome.clone().unwrap_or_else(|| "unknown".into()),
    }
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let page = query::list_requests(
        store,
        &ListQuery {
            filter: f.clone(),
            sort: SortKey::Received,
            descending: false,
            offset: 0,
            limit: STRIP_BELOW as u32,
            facets: false,
        },
    )?;
    let mut totals: BTreeMap<String, u64> = BTreeMap::new();
    for r in &page.rows {
        *totals.entry(key_of(r, opts.stack)).or_default() += 1;
    }
    let (present, keys) = fold(opts.stack, &totals);
    let items: Vec<Item> = page
        .rows
        .iter()
        .filter_map(|r| {
            let d: FuzzyDate = r.received.parse().ok()?;
            let raw = key_of(r, opts.stack);
            Some(Item {
                label: format!("{} · {}", r.id, r.received),
                from: d.start(),
                to: d.end(),
                key: keys.get(&raw).cloned().unwrap_or_else(|| OTHER.to_string()),
            })
        })
        .collect();
    // The axis runs from the first month asked about to the end of the last one.
    let range = items
        .iter()
        .map(|i| i.from)
        .min()
        .zip(items.iter().map(|i| i.to).max())
        .map(|(a, b)| {
            let a = f.from.unwrap_or(a).min(a);
            let b = f.to.unwrap_or(b).max(b);
            (
                NaiveDate::from_ymd_opt(a.year(), a.month(), 1).unwrap_or(a),
                month_end(b),
            )
        });
    let policies = query::policy_changes(store, f.organisation.as_deref(), f.from, f.to)?;
    let (marked, outside) = match range {
        Some(r) => split_policies(&policies, r),
        None => (Vec::new(), policies.iter().collect()),
    };
    let lang = opts.lang;
    let month = |d: NaiveDate| (d.year(), d.month() as u8);
    let span_text = range.map(|(a, b)| match (month(a) == month(b), month(a), month(b)) {
        (true, ..) => i18n::month_year(lang, a.year(), a.month() as u8),
        (false, (y, 1), (z, 12)) if y == z => y.to_string(),
        (false, ..) => i18n::month_range(lang, month(a), month(b)),
    });
    let frame = Frame {
        title: match opts.stack {
            SeriesKey::Process => t(lang, "chart-strip-by-process").into(),
            SeriesKey::Outcome => t(lang, "chart-strip-by-outcome").into(),
        },
        subtitle: subtitle(store, f, span_text.clone(), lang)?,
        legend: present
            .iter()
            .map(|(k, c)| (key_label(lang, opts.stack, k), *c))
            .collect(),
        notes: policy_notes(lang, &marked, &outside),
        source: source_line(store, f, lang)?,
    }
    .edited(&opts.words);
    let width = opts.width;
    // Rows are placed at the width drawn (the body's span, as `draw_strip` takes it), so
    // the height follows them.
    let (x0, x1) = (PAD + 4.0, f64::from(width) - PAD - 4.0);
    let (rows_needed, markers) = range.map_or((1, 0), |r| {
        let rows = place(&items, r, x0, x1).iter().map(|p| p.1 + 1).max();
        let xs: Vec<f64> = marked
            .iter()
            .map(|p| x_at(p.date.start(), r, x0, x1))
            .collect();
        (rows.unwrap_or(1), marker_rows(&xs, x1))
    });
    let body = markers as f64 * BADGE_ROW + 12.0 + rows_needed as f64 * ROW + 8.0;
    let height = opts
        .height
        .unwrap_or((frame.chrome(width) + body.max(120.0)).round() as u32);
    let colors: BTreeMap<&str, Rgb> = present.iter().map(|(k, c)| (k.as_str(), *c)).collect();
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        match range {
            Some(r) if !items.is_empty() => draw_strip(c, plot, &items, r, &colors, &marked),
            _ => draw_empty(c, plot, t(lang, "chart-empty")),
        }
    })?;

    let mut table = vec![header(
        lang,
        &[
            "chart-col-request",
            "chart-col-received",
            "chart-col-process",
            "chart-col-outcome",
        ],
    )];
    for r in &page.rows {
        table.push(vec![
            r.id.clone(),
            r.received.clone(),
            key_label(lang, SeriesKey::Process, &r.process),
            key_label(
                lang,
                SeriesKey::Outcome,
                r.outcome.as_deref().unwrap_or("unknown"),
            ),
        ]);
    }
    let split: Vec<String> = present
        .iter()
        .map(|(k, _)| {
            let n = items.iter().filter(|i| &i.key == k).count() as u64;
            format!("{} {}", key_label(lang, opts.stack, k), num(lang, n))
        })
        .collect();
    let summary = match (&span_text, items.len()) {
        (None, _) | (_, 0) => t(lang, "chart-empty-summary").to_string(),
        (Some(span), n) => {
            counted(
                lang,
                "chart-strip-summary",
                n as u64,
                &[
                    ("span", span.as_str().into()),
                    ("by", t(lang, stack_word(opts.stack)).into()),
                    ("split", split.join(", ").into()),
                ],
            ) + &policies_said(lang, marked.len(), outside.len())
        }
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

/// The last day of `d`'s month.
fn month_end(d: NaiveDate) -> NaiveDate {
    let next = periods::containing(d, Granularity::Month).end;
    next.pred_opt().unwrap_or(d)
}

/// Each item's mark span and row: the first row where its mark and label touch nothing.
fn place(items: &[Item], r: (NaiveDate, NaiveDate), x0: f64, x1: f64) -> Vec<(f64, usize, f64)> {
    // (label's left x, mark's right x, the span both take).
    let placed: Vec<(f64, f64, (f64, f64))> = items
        .iter()
        .map(|i| {
            let a = x_at(i.from, r, x0, x1);
            let b = x_at(i.to.succ_opt().unwrap_or(i.to), r, x0, x1).max(a + MARK);
            let w = text_width(&i.label, 11.0, false);
            // The label starts at its mark, or ends at the right edge when it would run out.
            let lx = if a + w <= x1 { a } else { (x1 - w).max(x0) };
            (lx, b, (a.min(lx) - 6.0, b.max(lx + w) + 6.0))
        })
        .collect();
    let rows = pack_rows(placed.iter().map(|(_, _, span)| *span));
    placed
        .iter()
        .zip(rows)
        .map(|((lx, b, _), row)| (*lx, row, *b))
        .collect()
}

fn draw_strip(
    c: &Canvas,
    plot: Plot,
    items: &[Item],
    r: (NaiveDate, NaiveDate),
    colors: &BTreeMap<&str, Rgb>,
    policies: &[&disclose_core::domain::PolicyChange],
) -> DrawResult {
    let t = c.theme;
    let (x0, x1) = (plot.x0 + 4.0, plot.x1 - 4.0);
    let xs: Vec<f64> = policies
        .iter()
        .map(|p| x_at(p.date.start(), r, x0, x1))
        .collect();
    let top = plot.y0 + marker_rows(&xs, x1) as f64 * BADGE_ROW + 12.0;
    let placed = place(items, r, x0, x1);
    let rows = placed.iter().map(|p| p.1 + 1).max().unwrap_or(1);
    let bottom = (top + rows as f64 * ROW).min(plot.y1);
    let row_h = (bottom - top) / rows as f64;
    // Month ticks, thinned so their labels never touch.
    let mut months = Vec::new();
    let mut d = r.0;
    while d <= r.1 {
        months.push(d);
        match month_end(d).succ_opt() {
            Some(next) => d = next,
            None => break,
        }
    }
    let label = |d: &NaiveDate| i18n::month_year_short(c.lang, d.year(), d.month() as u8);
    let widest = months
        .iter()
        .map(|m| text_width(&label(m), 11.0, false))
        .fold(0.0, f64::max);
    let per = (x1 - x0) / months.len().max(1) as f64;
    let every = ((widest + 12.0) / per).ceil().max(1.0) as usize;
    for (k, m) in months.iter().enumerate() {
        let x = x_at(*m, r, x0, x1);
        c.line(x, top - 6.0, x, bottom, t.grid, 1)?;
        if k % every == 0 {
            let mid = x_at(month_end(*m), r, x0, x1);
            c.text(
                &label(m),
                (x + mid) / 2.0,
                bottom + 12.0,
                11.0,
                t.muted,
                Anchor::Middle,
            )?;
        }
    }
    c.line(x0, bottom, x1, bottom, t.muted, 1)?;
    // The markers go behind the marks and their labels.
    draw_markers(c, plot.y0, bottom, x1, &xs)?;
    for (item, (lx, row, b)) in items.iter().zip(&placed) {
        let y = top + row_h * (*row as f64 + 0.5);
        let a = x_at(item.from, r, x0, x1);
        let color = colors
            .get(item.key.as_str())
            .copied()
            .unwrap_or(crate::theme::LIGHT_GREY);
        c.rect(a, y + 2.0, *b, y + 2.0 + MARK, color)?;
        c.tip(a, y - 14.0, *b, y + 2.0 + MARK, item.label.clone());
        c.text(&item.label, *lx, y - 8.0, 11.0, t.foreground, Anchor::Start)?;
    }
    Ok(())
}
