//! Small multiples: one panel per organisation, each on its own scale, all over the same
//! years, so every organisation's bars are visible whatever stands beside it.

use crate::canvas::{nice_step, text_width, Anchor, Canvas, DrawResult};
use crate::frame::Plot;
use crate::words::{counted, num, say};
use disclose_core::i18n;

use super::{grid, year_axis, Data, Series};

/// One panel's bars, its title row above and its year labels below.
const BARS: f64 = 110.0;
const TITLE: f64 = 26.0;
const AXIS: f64 = 34.0;
const GAP: f64 = 16.0;

/// The body's height for these organisations.
pub(super) fn height(d: &Data) -> f64 {
    d.orgs.len().max(1) as f64 * (TITLE + BARS + AXIS + GAP)
}

/// The round top of a panel's scale.
fn top_of(d: &Data, org: &Series) -> f64 {
    let most = d.figures(org).map(|(_, _, hi)| hi).fold(0.0, f64::max);
    let step = nice_step(most, 2);
    (most / step).ceil().max(1.0) * step
}

pub(super) fn draw(c: &Canvas, plot: Plot, d: &Data) -> DrawResult {
    let t = c.theme;
    let n = d.orgs.len().max(1) as f64;
    let panel = ((plot.y1 - plot.y0) / n).min(TITLE + BARS + AXIS + GAP);
    // One column of tick labels for all panels, as wide as the widest.
    let label_w = d
        .orgs
        .iter()
        .map(|o| text_width(&num(c.lang, top_of(d, o) as u64), 11.0, false))
        .fold(0.0, f64::max)
        + 10.0;
    for (i, org) in d.orgs.iter().enumerate() {
        let y0 = plot.y0 + panel * i as f64;
        let color = (d.color_of)(&org.org);
        let title = org.title(d.name_of, c.lang);
        c.rect(plot.x0, y0 + 6.0, plot.x0 + 12.0, y0 + 18.0, color)?;
        c.text_styled(
            &title,
            plot.x0 + 18.0,
            y0 + 12.0,
            12.0,
            t.foreground,
            Anchor::Start,
            true,
            false,
        )?;
        let latest = d
            .shares
            .iter()
            .filter(|s| s.organisation == org.org && org.source.is_none_or(|k| k == s.source))
            .max_by_key(|s| (s.year, s.half));
        if let Some(s) = latest {
            let period = s.period(c.lang);
            let text = say(
                c.lang,
                "chart-compare-share",
                &[
                    (
                        "share",
                        i18n::percent(c.lang, (s.share * 100.0).round() as u64).into(),
                    ),
                    ("period", period.into()),
                ],
            );
            let name_w = text_width(&title, 12.0, true);
            if plot.x0 + 18.0 + name_w + 16.0 + text_width(&text, 11.0, false) <= plot.x1 {
                c.text(&text, plot.x1, y0 + 12.0, 11.0, t.muted, Anchor::End)?;
            }
        }
        let area = Plot {
            x0: plot.x0 + label_w,
            y0: y0 + TITLE + 20.0,
            x1: plot.x1,
            y1: y0 + panel - AXIS - GAP,
        };
        let top = top_of(d, org);
        let y_of = |v: f64| area.y1 - v / top * (area.y1 - area.y0);
        grid(
            c,
            area,
            &[
                (y_of(0.0), "0".to_string()),
                (y_of(top), num(c.lang, top as u64)),
            ],
        )?;
        for (r, solid, upper) in d.figures(org) {
            let (left, band) = d.slot(area, r);
            let bar = (band * 0.8).max(1.0);
            let x = left + (band - bar) / 2.0;
            if upper > solid {
                c.outline(x + 1.0, y_of(upper), x + bar - 1.0, y_of(solid), color)?;
            }
            if solid > 0.0 {
                c.rect(x, y_of(solid), x + bar, area.y1, color)?;
            }
            c.tip_of(
                (x, y_of(upper), x + bar, area.y1),
                Data::tip(d, r, c.lang),
                Some((*r).clone()),
            );
            if let Some(label) = Data::label(r, band - 2.0, c.lang) {
                c.text(
                    &label,
                    x + bar / 2.0,
                    y_of(upper) - 7.0,
                    10.0,
                    t.foreground,
                    Anchor::Middle,
                )?;
            }
            // A year (or half) published in part is said at its bar and in the notes,
            // never left to look like a drop.
            if let Some(m) = Data::partial(r) {
                let words = counted(c.lang, "chart-months", u64::from(m), &[]);
                if text_width(&words, 10.0, false) <= band - 2.0 {
                    // Inside the bar when it is tall enough and takes an ink; else above
                    // its figure.
                    let (y, ink) = match t.ink_on(color).filter(|_| y_of(solid) + 14.0 < area.y1) {
                        Some(ink) => (y_of(solid) + 9.0, ink),
                        None => (y_of(upper) - 19.0, t.muted),
                    };
                    c.text(&words, x + bar / 2.0, y, 10.0, ink, Anchor::Middle)?;
                }
            }
        }
        year_axis(c, area, d.years, d.halves)?;
    }
    Ok(())
}
