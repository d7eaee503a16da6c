//! What every chart has around its body: the title, subtitle and legend above, the
//! notes (numbered policy markers and what lies outside the period) and the source
//! below. Everything is wrapped to the chart's width, never cut: the frame is measured
//! first (`Frame::chrome`), so a chart grows to hold its words.

use disclose_core::domain::PolicyChange;
use disclose_core::error::Result;
use disclose_core::query::{self, Filter};
use disclose_core::Store;

use crate::canvas::{self, wrap, Anchor, Canvas, DrawResult};
use crate::theme::Rgb;
use crate::words::{counted, say, t};
use crate::Lang;

/// The margin around a chart.
pub(crate) const PAD: f64 = 24.0;
const TITLE: f64 = 20.0;
const TITLE_LINE: f64 = 26.0;
const SUBTITLE: f64 = 13.0;
const SUBTITLE_LINE: f64 = 18.0;
const LEGEND_ROW: f64 = 20.0;
const NOTE: f64 = 11.0;
const NOTE_LINE: f64 = 15.0;
/// Between the last note and the source line.
const NOTE_GAP: f64 = 16.0;
/// Space between the body's bottom edge and the first footer line: the x-axis labels.
const AXIS_ROOM: f64 = 24.0;
/// The badge of a numbered marker: its height and the gap between rows of badges.
pub(crate) const BADGE: f64 = 14.0;
pub(crate) const BADGE_ROW: f64 = 17.0;

/// A note under the chart: a marker's number (or none) and its text.
#[derive(Debug, Clone)]
pub(crate) struct Note {
    pub badge: Option<Badge>,
    pub text: String,
}

/// What stands before a note: a marker's number, as on the chart, or a list's bullet.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Badge {
    Number(usize),
    Bullet,
}

/// The words around a chart.
pub(crate) struct Frame {
    pub title: String,
    pub subtitle: String,
    pub legend: Vec<(String, Rgb)>,
    pub notes: Vec<Note>,
    pub source: String,
}

/// The rectangle left for the chart body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plot {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// Where the frame's lines go at one width.
struct Layout {
    title: Vec<String>,
    subtitle: Vec<String>,
    /// Each legend entry's left x and row.
    legend: Vec<(f64, usize)>,
    legend_rows: usize,
    notes: Vec<(Option<Badge>, Vec<String>)>,
    source: Vec<String>,
}

fn note_indent(badge: &Option<Badge>) -> f64 {
    match badge {
        Some(_) => 24.0,
        None => 0.0,
    }
}

impl Frame {
    /// The frame with an editor's words in place of the chart's own; a note goes first
    /// under the chart.
    pub fn edited(mut self, words: &crate::ChartWords) -> Frame {
        let given = |w: &Option<String>| {
            w.as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        if let Some(t) = given(&words.title) {
            self.title = t;
        }
        if let Some(s) = given(&words.subtitle) {
            self.subtitle = s;
        }
        if let Some(s) = given(&words.source) {
            self.source = s;
        }
        if let Some(n) = given(&words.note) {
            self.notes.insert(
                0,
                Note {
                    badge: None,
                    text: n,
                },
            );
        }
        self
    }

    fn layout(&self, width: f64) -> Layout {
        let inner = width - 2.0 * PAD;
        let mut legend = Vec::with_capacity(self.legend.len());
        let (mut x, mut row) = (PAD, 0);
        for (label, _) in &self.legend {
            let w = 18.0 + canvas::text_width(label, 12.0, false) + 18.0;
            if x + w > width - PAD && x > PAD {
                x = PAD;
                row += 1;
            }
            legend.push((x, row));
            x += w;
        }
        Layout {
            title: wrap(&self.title, TITLE, true, inner),
            subtitle: wrap(&self.subtitle, SUBTITLE, false, inner),
            legend_rows: if self.legend.is_empty() { 0 } else { row + 1 },
            legend,
            notes: self
                .notes
                .iter()
                .map(|n| {
                    let indent = note_indent(&n.badge);
                    (n.badge, wrap(&n.text, NOTE, false, inner - indent))
                })
                .collect(),
            source: wrap(&self.source, NOTE, false, inner),
        }
    }

    /// The height above the body at this width.
    fn header(l: &Layout) -> f64 {
        let title = PAD + 8.0 + (l.title.len().max(1) - 1) as f64 * TITLE_LINE;
        let subtitle =
            title + TITLE_LINE - 2.0 + (l.subtitle.len().max(1) - 1) as f64 * SUBTITLE_LINE;
        match l.legend_rows {
            0 => subtitle + 24.0,
            rows => subtitle + 24.0 + (rows - 1) as f64 * LEGEND_ROW + 22.0,
        }
    }

    /// The height below the body at this width.
    fn footer(l: &Layout) -> f64 {
        let source = 16.0 + (l.source.len().max(1) - 1) as f64 * NOTE_LINE;
        let notes: f64 = l
            .notes
            .iter()
            .map(|(_, lines)| lines.len() as f64 * NOTE_LINE + 3.0)
            .sum();
        match l.notes.is_empty() {
            true => source + AXIS_ROOM,
            // The notes' gap above the source, less the first line's own height, and
            // room for the badges' boxes below the axis labels.
            false => source + NOTE_GAP + notes - NOTE_LINE + AXIS_ROOM + 12.0,
        }
    }

    /// The height of everything but the body at `width` px: a chart as tall as its
    /// content is this plus its body.
    pub fn chrome(&self, width: u32) -> f64 {
        let l = self.layout(f64::from(width));
        Frame::header(&l) + Frame::footer(&l)
    }

    /// Draws the frame and returns the rectangle left for the body.
    pub fn draw(&self, c: &Canvas) -> DrawResult<Plot> {
        let t = c.theme;
        c.set_title(&self.title);
        let l = self.layout(c.width);
        let mut y = PAD + 8.0;
        for (i, line) in l.title.iter().enumerate() {
            if i > 0 {
                y += TITLE_LINE;
            }
            c.text_styled(
                line,
                PAD,
                y,
                TITLE,
                t.foreground,
                Anchor::Start,
                true,
                false,
            )?;
        }
        y += TITLE_LINE - 2.0;
        for (i, line) in l.subtitle.iter().enumerate() {
            if i > 0 {
                y += SUBTITLE_LINE;
            }
            c.text(line, PAD, y, SUBTITLE, t.muted, Anchor::Start)?;
        }
        y += 24.0;
        for ((label, color), (x, row)) in self.legend.iter().zip(&l.legend) {
            let ly = y + *row as f64 * LEGEND_ROW;
            c.rect(*x, ly - 6.0, x + 12.0, ly + 6.0, *color)?;
            c.text(label, x + 18.0, ly, 12.0, t.foreground, Anchor::Start)?;
        }
        // The footer, from the bottom up: source lines, then the notes above them.
        let mut fy = c.height - 16.0 - (l.source.len().max(1) - 1) as f64 * NOTE_LINE;
        for (i, line) in l.source.iter().enumerate() {
            c.text(
                line,
                PAD,
                fy + i as f64 * NOTE_LINE,
                NOTE,
                t.muted,
                Anchor::Start,
            )?;
        }
        if !l.notes.is_empty() {
            fy -= NOTE_GAP;
        }
        for (badge, lines) in l.notes.iter().rev() {
            fy -= lines.len() as f64 * NOTE_LINE + 3.0;
            let top = fy + NOTE_LINE;
            match badge {
                Some(Badge::Number(n)) => draw_badge(c, PAD, top, &n.to_string())?,
                Some(Badge::Bullet) => c.text("–", PAD + 4.0, top, NOTE, t.muted, Anchor::Start)?,
                None => {}
            }
            for (i, line) in lines.iter().enumerate() {
                c.text(
                    line,
                    PAD + note_indent(badge),
                    top + i as f64 * NOTE_LINE,
                    NOTE,
                    t.foreground,
                    Anchor::Start,
                )?;
            }
        }
        Ok(Plot {
            x0: PAD,
            y0: Frame::header(&l),
            x1: c.width - PAD,
            y1: c.height - Frame::footer(&l),
        })
    }
}

/// A marker's number in a small box of ink, its left edge at `x`, centred on `y`.
fn draw_badge(c: &Canvas, x: f64, y: f64, label: &str) -> DrawResult {
    let w = badge_width(label);
    c.rect(
        x,
        y - BADGE / 2.0,
        x + w,
        y + BADGE / 2.0,
        c.theme.foreground,
    )?;
    c.text_styled(
        label,
        x + w / 2.0,
        y,
        10.0,
        c.theme.background,
        Anchor::Middle,
        true,
        false,
    )
}

fn badge_width(label: &str) -> f64 {
    canvas::text_width(label, 10.0, true) + 8.0
}

/// Says so in the middle of the body, instead of drawing an empty or broken chart.
pub(crate) fn draw_empty(c: &Canvas, p: Plot, message: &str) -> DrawResult {
    c.text(
        message,
        (p.x0 + p.x1) / 2.0,
        (p.y0 + p.y1) / 2.0,
        16.0,
        c.theme.muted,
        Anchor::Middle,
    )
}

/// Numbered markers: each badge's left x and row, placed at its line (left of it near
/// the right edge) in the first row where it touches no other badge.
fn place_badges(xs: &[f64], right: f64) -> Vec<(f64, usize)> {
    let lefts: Vec<(f64, f64)> = xs
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let w = badge_width(&(i + 1).to_string());
            let from = if x + w <= right { x - 0.5 } else { x - w + 0.5 };
            (from, w)
        })
        .collect();
    let rows = canvas::pack_rows(lefts.iter().map(|(from, w)| (from - 2.0, from + w + 2.0)));
    lefts.iter().map(|(from, _)| *from).zip(rows).collect()
}

/// How many rows of badges the markers at `xs` need above the body.
pub(crate) fn marker_rows(xs: &[f64], right: f64) -> usize {
    place_badges(xs, right)
        .iter()
        .map(|(_, r)| r + 1)
        .max()
        .unwrap_or(0)
}

/// Dashed lines at `xs` from `bottom` up to their badges, which sit in rows from `top`
/// and are numbered 1, 2, … in the order given; the notes say what each number is.
pub(crate) fn draw_markers(
    c: &Canvas,
    top: f64,
    bottom: f64,
    right: f64,
    xs: &[f64],
) -> DrawResult {
    let placed = place_badges(xs, right);
    for (i, (x, (from, row))) in xs.iter().zip(&placed).enumerate() {
        let y = top + BADGE / 2.0 + *row as f64 * BADGE_ROW;
        c.dashed_vertical(*x, y + BADGE / 2.0, bottom, c.theme.muted)?;
        draw_badge(c, *from, y, &(i + 1).to_string())?;
    }
    Ok(())
}

/// The notes for policy changes: the marked ones numbered in order, then one line for
/// those outside the period drawn (listed beside the chart, not stretching its axis).
pub(crate) fn policy_notes(
    lang: Lang,
    marked: &[&PolicyChange],
    outside: &[&PolicyChange],
) -> Vec<Note> {
    let mut notes: Vec<Note> = marked
        .iter()
        .enumerate()
        .map(|(i, p)| Note {
            badge: Some(Badge::Number(i + 1)),
            text: format!("{} · {}", p.date, p.summary),
        })
        .collect();
    if !outside.is_empty() {
        notes.push(Note {
            badge: None,
            text: t(lang, "chart-policy-outside").into(),
        });
        notes.extend(outside.iter().map(|p| Note {
            badge: Some(Badge::Bullet),
            text: format!("{} · {}", p.date, p.summary),
        }));
    }
    notes
}

/// "2023-03 to 2023-04 · Python Software Foundation (PyPI)" style subtitles.
pub(crate) fn subtitle(
    store: &Store,
    f: &Filter,
    span: Option<String>,
    lang: Lang,
) -> Result<String> {
    let names: Vec<String> = query::organisations(store)?
        .into_iter()
        .filter(|o| f.organisation.as_ref().is_none_or(|id| *id == o.id))
        .map(|o| o.label())
        .collect();
    let who = match names.len() {
        0 => t(lang, "chart-no-organisation").to_string(),
        1..=3 => names.join(", "),
        n => counted(lang, "chart-organisations", n as u64, &[]),
    };
    Ok(match span {
        Some(s) => format!("{s} · {who}"),
        None => who,
    })
}

/// "Source: <first source> and 9 more · Chart: Disclose".
pub(crate) fn source_line(store: &Store, f: &Filter, lang: Lang) -> Result<String> {
    let sources = query::sources(store, f)?;
    Ok(match sources.as_slice() {
        [] => t(lang, "chart-source-none").to_string(),
        [one] => say(lang, "chart-source-one", &[("source", one.as_str().into())]),
        [one, rest @ ..] => counted(
            lang,
            "chart-source-more",
            rest.len() as u64,
            &[("source", one.as_str().into())],
        ),
    })
}

/// The header row of a chart's data table, from its message ids.
pub(crate) fn header(lang: Lang, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| t(lang, id).to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badges_one_day_apart_stack_instead_of_merging() {
        let placed = place_badges(&[100.0, 101.0, 300.0], 900.0);
        assert_eq!(placed[0].1, 0);
        assert_eq!(placed[1].1, 1, "the second badge goes below the first");
        assert_eq!(placed[2].1, 0, "a badge far away uses the first row");
        assert_eq!(marker_rows(&[100.0, 101.0, 300.0], 900.0), 2);
        assert_eq!(marker_rows(&[], 900.0), 0);
    }

    #[test]
    fn the_frame_grows_with_its_words_instead_of_cutting_them() {
        let frame = |source: &str| Frame {
            title: "Requests over time".into(),
            subtitle: "2023".into(),
            legend: vec![],
            notes: vec![],
            source: source.into(),
        };
        let short = frame("Source: a").chrome(480);
        let long = frame(&"Source: a very long address/".repeat(10)).chrome(480);
        assert!(long > short + 2.0 * NOTE_LINE, "{short} {long}");
    }
}
