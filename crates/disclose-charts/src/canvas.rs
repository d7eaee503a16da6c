//! Drawing primitives over plotters' SVG backend, with text measured in the
//! embedded font so labels can be fitted, wrapped or cut before they overlap.

use std::sync::OnceLock;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::theme::{Rgb, Theme};

pub const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub const FONT_BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
pub const FAMILY: &str = "DejaVu Sans";

/// plotters writes `font-size = size / 1.24`; asking for px * 1.24 gives px.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

struct Metrics {
    advances: Vec<(char, f64)>,
    fallback: f64,
}

fn metrics(bold: bool) -> &'static Metrics {
    static REGULAR: OnceLock<Metrics> = OnceLock::new();
    static BOLD: OnceLock<Metrics> = OnceLock::new();
    let (cell, data) = if bold {
        (&BOLD, FONT_BOLD)
    } else {
        (&REGULAR, FONT)
    };
    cell.get_or_init(|| {
        let mut advances = Vec::new();
        let mut fallback = 0.6;
        if let Ok(face) = ttf_parser::Face::parse(data, 0) {
            let em = f64::from(face.units_per_em());
            let width = |c: char| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map(|a| f64::from(a) / em)
            };
            fallback = width('n').unwrap_or(0.6);
            for c in (32u8..127).map(char::from) {
                if let Some(w) = width(c) {
                    advances.push((c, w));
                }
            }
        }
        Metrics { advances, fallback }
    })
}

/// Width in pixels of `text` at `size` px in the embedded font.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let m = metrics(bold);
    text.chars()
        .map(|c| {
            m.advances
                .iter()
                .find(|(k, _)| *k == c)
                .map_or(m.fallback, |(_, w)| *w)
        })
        .sum::<f64>()
        * size
}

/// `text` broken into lines at most `max` px wide: at spaces, and inside a word (after
/// a `/`, `.`, `_` or `-` where there is one) only when the word alone is wider. Nothing
/// is cut and no ellipsis is added: every character is drawn on some line.
pub fn wrap(text: &str, size: f64, bold: bool, max: f64) -> Vec<String> {
    let fits = |s: &str| text_width(s, size, bold) <= max;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than the line is broken, at a separator if it has one in reach.
        let mut rest = word.to_string();
        while !fits(&rest) {
            let chars: Vec<char> = rest.chars().collect();
            let mut take = chars.len();
            while take > 1 && !fits(&chars[..take].iter().collect::<String>()) {
                take -= 1;
            }
            let soft = chars[..take]
                .iter()
                .rposition(|c| matches!(c, '/' | '.' | '_' | '-' | ','))
                .filter(|i| *i + 1 >= take / 2 && *i + 1 < chars.len());
            let cut = soft.map_or(take, |i| i + 1);
            lines.push(chars[..cut].iter().collect());
            rest = chars[cut..].iter().collect();
        }
        line = rest;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Whether `text` fits in `max` px on one line.
pub fn fits(text: &str, size: f64, bold: bool, max: f64) -> bool {
    text_width(text, size, bold) <= max
}

#[derive(Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

pub struct Canvas<'a> {
    area: DrawingArea<SVGBackend<'a>, plotters::coord::Shift>,
    pub theme: Theme,
    /// The language of the words and numbers drawn.
    pub lang: disclose_core::i18n::Lang,
    pub width: f64,
    pub height: f64,
    tips: std::cell::RefCell<Vec<Tip>>,
    title: std::cell::RefCell<String>,
}

/// What a mark is, said when the pointer rests on it in an embedded chart, and in the
/// app the figure a click on it opens.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
pub struct Tip {
    /// The mark's box in the chart's pixels: left, top, right, bottom.
    pub bounds: (f64, f64, f64, f64),
    /// Its value, in words ("2023-03 · Subpoena: 2").
    pub text: String,
    /// The comparison figure it draws, with its sources (compare charts).
    pub figure: Option<disclose_core::query::CompareRow>,
}

pub type DrawResult<T = ()> = Result<T, String>;

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

fn pt(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

impl<'a> Canvas<'a> {
    pub fn new(
        svg: &'a mut String,
        width: u32,
        height: u32,
        theme: Theme,
        lang: disclose_core::i18n::Lang,
    ) -> DrawResult<Self> {
        let area = SVGBackend::with_string(svg, (width, height)).into_drawing_area();
        area.fill(&theme.background.color()).map_err(err)?;
        Ok(Canvas {
            area,
            theme,
            lang,
            width: f64::from(width),
            height: f64::from(height),
            tips: std::cell::RefCell::new(Vec::new()),
            title: std::cell::RefCell::new(String::new()),
        })
    }

    /// Says what the mark in this box is, for the embed's hover.
    pub fn tip(&self, x0: f64, y0: f64, x1: f64, y1: f64, text: String) {
        self.tip_of((x0, y0, x1, y1), text, None);
    }

    /// A mark's tip with the comparison figure it draws.
    pub fn tip_of(
        &self,
        (x0, y0, x1, y1): (f64, f64, f64, f64),
        text: String,
        figure: Option<disclose_core::query::CompareRow>,
    ) {
        let (x0, x1) = (x0.min(x1), x0.max(x1));
        let (y0, y1) = (y0.min(y1), y0.max(y1));
        self.tips.borrow_mut().push(Tip {
            bounds: (x0, y0, x1.max(x0 + 2.0), y1.max(y0 + 2.0)),
            text,
            figure,
        });
    }

    /// The headline drawn, kept for the SVG's `<title>` and the files made of it.
    pub fn set_title(&self, title: &str) {
        *self.title.borrow_mut() = title.to_string();
    }

    /// The headline drawn.
    pub fn take_title(&self) -> String {
        self.title.take()
    }

    /// The tips said so far.
    pub fn take_tips(&self) -> Vec<Tip> {
        self.tips.take()
    }

    #[allow(clippy::too_many_arguments)]
    pub fn text_styled(
        &self,
        text: &str,
        x: f64,
        y: f64,
        size: f64,
        color: Rgb,
        anchor: Anchor,
        bold: bool,
        vertical: bool,
    ) -> DrawResult {
        if text.is_empty() {
            return Ok(());
        }
        let h = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let mut font = (FAMILY, size * PLOTTERS_FONT_SCALE).into_font();
        if bold {
            font = font.style(FontStyle::Bold);
        }
        let mut style = font.color(&color.color()).pos(Pos::new(h, VPos::Center));
        if vertical {
            style = style.transform(FontTransform::Rotate270);
        }
        self.area
            .draw(&Text::new(text.to_string(), pt(x, y), style))
            .map_err(err)
    }

    /// Text vertically centred on `y`.
    pub fn text(
        &self,
        text: &str,
        x: f64,
        y: f64,
        size: f64,
        color: Rgb,
        anchor: Anchor,
    ) -> DrawResult {
        self.text_styled(text, x, y, size, color, anchor, false, false)
    }

    /// Bold 11 px text in `color`'s hue, readable on the ground: a row's "3 not held".
    pub fn emphasis(&self, text: &str, x: f64, y: f64, color: Rgb) -> DrawResult {
        let ink = self.theme.text_in(color);
        self.text_styled(text, x, y, 11.0, ink, Anchor::Start, true, false)
    }

    pub fn rect(&self, x0: f64, y0: f64, x1: f64, y1: f64, color: Rgb) -> DrawResult {
        self.area
            .draw(&Rectangle::new(
                [pt(x0, y0), pt(x1, y1)],
                color.color().filled(),
            ))
            .map_err(err)
    }

    pub fn line(&self, x0: f64, y0: f64, x1: f64, y1: f64, color: Rgb, width: u32) -> DrawResult {
        self.area
            .draw(&PathElement::new(
                vec![pt(x0, y0), pt(x1, y1)],
                color.color().stroke_width(width),
            ))
            .map_err(err)
    }

    /// An unfilled rectangle: the uncertain upper part of a published range.
    pub fn outline(&self, x0: f64, y0: f64, x1: f64, y1: f64, color: Rgb) -> DrawResult {
        self.area
            .draw(&Rectangle::new(
                [pt(x0, y0), pt(x1, y1)],
                color.color().stroke_width(2),
            ))
            .map_err(err)
    }

    /// A line through `points`.
    pub fn polyline(&self, points: &[(f64, f64)], color: Rgb, width: u32) -> DrawResult {
        self.area
            .draw(&PathElement::new(
                points.iter().map(|(x, y)| pt(*x, *y)).collect::<Vec<_>>(),
                color.color().stroke_width(width),
            ))
            .map_err(err)
    }

    /// A dashed vertical line (policy markers).
    pub fn dashed_vertical(&self, x: f64, y0: f64, y1: f64, color: Rgb) -> DrawResult {
        let mut y = y0;
        while y < y1 {
            self.line(x, y, x, (y + 4.0).min(y1), color, 1)?;
            y += 7.0;
        }
        Ok(())
    }

    pub fn finish(self) -> DrawResult {
        self.area.present().map_err(err)
    }
}

/// "Nice" axis steps: 1, 2 or 5 times a power of ten, giving at most `max_ticks` ticks.
pub fn nice_step(max: f64, max_ticks: usize) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / max_ticks.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    step.max(1.0)
}

/// The width of a column of labels: the widest label at `size`, at most `share` of
/// `plot_width`, plus `pad`; labels wider than that are wrapped when drawn.
pub(crate) fn label_column<'a>(
    labels: impl Iterator<Item = &'a str>,
    size: f64,
    plot_width: f64,
    share: f64,
    pad: f64,
) -> f64 {
    labels
        .map(|l| text_width(l, size, false))
        .fold(0.0, f64::max)
        .min(plot_width * share)
        + pad
}

/// Rows for horizontal spans (left, right), in order: each goes in the first row where
/// it touches no span already there, a new row when none has room. Markers' badges and
/// the strip's labelled marks are stacked this way, so none overlap.
pub(crate) fn pack_rows(spans: impl Iterator<Item = (f64, f64)>) -> Vec<usize> {
    let mut rows: Vec<Vec<(f64, f64)>> = Vec::new();
    spans
        .map(|(a, b)| {
            let free = |row: &Vec<(f64, f64)>| row.iter().all(|(p, q)| b <= *p || a >= *q);
            let r = rows.iter().position(free).unwrap_or_else(|| {
                rows.push(Vec::new());
                rows.len() - 1
            });
            rows[r].push((a, b));
            r
        })
        .collect()
}

/// A column of row labels left of a chart's body, each wrapped to the column: the
/// column's width, each label's lines, and the row height that holds the longest.
pub(crate) struct LabelColumn {
    pub width: f64,
    pub lines: Vec<Vec<String>>,
    pub row: f64,
    size: f64,
    line: f64,
}

/// How a label column is set: font size and line height, the most of the chart's width
/// it may take, the space after it, and the least row height.
pub(crate) struct ColumnStyle {
    pub size: f64,
    pub line: f64,
    pub share: f64,
    pub pad: f64,
    pub min_row: f64,
}

impl LabelColumn {
    /// The column for `labels` in a chart `chart_width` px wide.
    pub fn new<'a>(
        labels: impl Iterator<Item = &'a str> + Clone,
        chart_width: u32,
        s: ColumnStyle,
    ) -> LabelColumn {
        let plot_w = f64::from(chart_width) - 2.0 * crate::frame::PAD;
        let width = label_column(labels.clone(), s.size, plot_w, s.share, s.pad);
        let lines: Vec<Vec<String>> = labels
            .map(|l| wrap(l, s.size, false, width - s.pad))
            .collect();
        let most = lines.iter().map(Vec::len).max().unwrap_or(1) as f64;
        LabelColumn {
            width,
            row: s.min_row.max(most * s.line + 8.0),
            lines,
            size: s.size,
            line: s.line,
        }
    }

    /// Label `i`, its lines centred on `y`, from `x`.
    pub fn draw(&self, c: &Canvas, i: usize, x: f64, y: f64) -> DrawResult {
        let Some(lines) = self.lines.get(i) else {
            return Ok(());
        };
        let first = y - (lines.len().max(1) - 1) as f64 * self.line / 2.0;
        for (k, line) in lines.iter().enumerate() {
            let at = first + k as f64 * self.line;
            c.text(line, x, at, self.size, c.theme.foreground, Anchor::Start)?;
        }
        Ok(())
    }

    /// How tall label `i` is.
    pub fn height(&self, i: usize) -> f64 {
        self.lines
            .get(i)
            .map_or(0.0, |l| l.len() as f64 * self.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_measured_in_the_embedded_font() {
        let narrow = text_width("iiii", 12.0, false);
        let wide = text_width("WWWW", 12.0, false);
        assert!(wide > 2.0 * narrow, "{narrow} {wide}");
        assert!(text_width("Subpoena", 12.0, true) > text_width("Subpoena", 12.0, false));
    }

    #[test]
    fn wrapping_keeps_every_word_and_stays_inside() {
        let text = "Records of session times and durations at https://example.org/a/very/long/path";
        let lines = wrap(text, 12.0, false, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(text_width(l, 12.0, false) <= 120.0, "{l}");
            assert!(!l.contains('…'));
        }
        let words: String = lines.concat().split_whitespace().collect();
        assert_eq!(words, text.split_whitespace().collect::<String>());
        assert_eq!(wrap("IP", 12.0, false, 80.0), vec!["IP"]);
        assert_eq!(wrap("", 12.0, false, 80.0), vec![""]);
    }

    #[test]
    fn axis_steps_are_round_and_counts_readable() {
        assert_eq!(nice_step(3.0, 5), 1.0);
        assert_eq!(nice_step(87.0, 5), 20.0);
        assert_eq!(nice_step(1_000_000.0, 5), 200_000.0);
        let num = |lang, n| crate::words::num(lang, n);
        assert_eq!(num(crate::Lang::En, 1234567), "1,234,567");
        assert_eq!(num(crate::Lang::De, 1234567), "1.234.567");
        assert_eq!(num(crate::Lang::En, 12), "12");
    }
}
