//! Every organisation on one scale: logarithmic (powers of ten), or indexed to each
//! one's first year with a figure = 100. One line per organisation, labelled at its end.

use crate::canvas::{nice_step, text_width, Anchor, Canvas, DrawResult};
use crate::frame::Plot;
use crate::words::num;
use crate::CompareScale;

use disclose_core::query::CompareRow;

use super::{grid, year_axis, Data, Series};

/// The points of one organisation: each figure with its value on the scale.
fn points<'a>(d: &'a Data, org: &'a Series, scale: CompareScale) -> Vec<(&'a CompareRow, f64)> {
    let raw: Vec<(&CompareRow, f64)> = d.figures(org).map(|(r, _, hi)| (r, hi)).collect();
    match scale {
        CompareScale::Indexed => match raw.iter().find(|(_, v)| *v > 0.0) {
            Some(&(_, base)) => raw.iter().map(|(r, v)| (*r, v / base * 100.0)).collect(),
            None => Vec::new(),
        },
        // Zero has no place on a log scale; such years are left out (the table has them).
        _ => raw.into_iter().filter(|(_, v)| *v > 0.0).collect(),
    }
}

pub(super) fn draw(c: &Canvas, plot: Plot, d: &Data, scale: CompareScale) -> DrawResult {
    let t = c.theme;
    let lines: Vec<(&Series, Vec<(&CompareRow, f64)>)> =
        d.orgs.iter().map(|o| (o, points(d, o, scale))).collect();
    let values = lines.iter().flat_map(|(_, p)| p.iter().map(|(_, v)| *v));
    let (lo, hi) = values.fold((f64::MAX, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let (lo, hi) = if hi <= 0.0 { (1.0, 10.0) } else { (lo, hi) };
    // Ticks and the mapping from a value to a height.
    let (ticks, to_unit): (Vec<f64>, Box<dyn Fn(f64) -> f64>) = match scale {
        CompareScale::Indexed => {
            let step = nice_step(hi.max(100.0), 4);
            let top = (hi.max(100.0) / step).ceil() * step;
            let ticks = (0..=((top / step) as usize))
                .map(|k| k as f64 * step)
                .collect();
            (ticks, Box::new(move |v: f64| v / top))
        }
        _ => {
            let (a, b) = (
                lo.log10().floor(),
                hi.log10().ceil().max(lo.log10().floor() + 1.0),
            );
            let ticks = (a as i32..=b as i32).map(|e| 10f64.powi(e)).collect();
            (ticks, Box::new(move |v: f64| (v.log10() - a) / (b - a)))
        }
    };
    let tick_label = |v: f64| num(c.lang, v.round() as u64);
    let label_w = ticks
        .iter()
        .map(|v| text_width(&tick_label(*v), 11.0, false))
        .fold(0.0, f64::max)
        + 10.0;
    let names_w = d
        .orgs
        .iter()
        .map(|o| text_width(&o.title(d.name_of, c.lang), 11.0, true))
        .fold(0.0, f64::max)
        .min((plot.x1 - plot.x0) * 0.3)
        + 10.0;
    let area = Plot {
        x0: plot.x0 + label_w,
        y0: plot.y0 + 8.0,
        x1: plot.x1 - names_w,
        y1: plot.y1 - if d.halves { 12.0 } else { 0.0 },
    };
    let y_of = |v: f64| area.y1 - to_unit(v).clamp(0.0, 1.0) * (area.y1 - area.y0);
    grid(
        c,
        area,
        &ticks
            .iter()
            .map(|v| (y_of(*v), tick_label(*v)))
            .collect::<Vec<_>>(),
    )?;
    let x_of = |r: &CompareRow| {
        let (left, w) = d.slot(area, r);
        left + w / 2.0
    };
    // The highlighted organisation (or all, in colour) drawn last, on top of the grey.
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|k| (d.color_of)(&lines[*k].0.org) != crate::theme::LIGHT_GREY);
    let mut ends: Vec<(f64, String, crate::theme::Rgb)> = Vec::new();
    for k in order {
        let (org, pts) = &lines[k];
        let color = (d.color_of)(&org.org);
        let xy: Vec<(f64, f64)> = pts.iter().map(|(r, v)| (x_of(r), y_of(*v))).collect();
        if xy.len() > 1 {
            c.polyline(&xy, color, 2)?;
        }
        for ((x, y), (r, _)) in xy.iter().zip(pts) {
            c.rect(x - 3.0, y - 3.0, x + 3.0, y + 3.0, color)?;
            c.tip_of(
                (x - 5.0, y - 5.0, x + 5.0, y + 5.0),
                Data::tip(d, r, c.lang),
                Some((*r).clone()),
            );
        }
        if let Some((_, y)) = xy.last() {
            ends.push((*y, org.title(d.name_of, c.lang), color));
        }
    }
    // End labels, wrapped in their column and pushed apart so that none overlap.
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut placed: Vec<(f64, Vec<String>, crate::theme::Rgb)> = Vec::new();
    let mut next = f64::MIN;
    for (y, name, color) in ends {
        let lines = crate::canvas::wrap(&name, 11.0, true, names_w - 10.0);
        let top = (y - 6.5).max(next);
        next = top + lines.len() as f64 * 13.0 + 1.0;
        placed.push((top, lines, color));
    }
    let overflow = (next - area.y1 - 12.0).max(0.0);
    for (top, lines, color) in &placed {
        for (k, line) in lines.iter().enumerate() {
            c.text_styled(
                line,
                area.x1 + 8.0,
                top - overflow + 6.5 + k as f64 * 13.0,
                11.0,
                t.text_in(*color),
                Anchor::Start,
                true,
                false,
            )?;
        }
    }
    year_axis(c, area, d.years, d.halves)
}
