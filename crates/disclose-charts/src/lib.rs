//! The one chart renderer of Disclose: the core's aggregates drawn with
//! plotters as SVG, and the same SVG rasterised to PNG with the embedded font
//! (resvg), so the screen, exports and the report all show the same picture.
//!
//! Every chart also yields its data as a small table and a one-sentence
//! summary, for accessibility and for the report.

#![warn(missing_docs)]

mod canvas;

pub use canvas::text_width;
mod categories;
mod compare;
mod matrix;
mod over_time;
mod periods;
pub mod theme;
mod timeline;

use std::str::FromStr;
use std::sync::Arc;

use disclose_core::error::{Error, Result};
use disclose_core::export::FileFormat;
use disclose_core::query::{self, Filter, Granularity, SeriesKey};
use disclose_core::Store;

use canvas::{fit, Anchor, Canvas, DrawResult};
use theme::{Rgb, Theme, ThemeKind};

/// The charts Disclose draws. The CLI names them in kebab case (`requests-over-time`),
/// the app's window in snake case (`requests_over_time`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Requests per period, stacked by process or outcome, with policy changes marked.
    RequestsOverTime,
    /// Categories asked for against provided and not held.
    Categories,
    /// Requests by category (per period for big stores).
    Matrix,
    /// What was held over time, with policy changes.
    Timeline,
    /// Organisations side by side per year.
    Compare,
}

impl ChartKind {
    /// Every chart, in the order the app shows them.
    pub const ALL: [ChartKind; 5] = [
        ChartKind::RequestsOverTime,
        ChartKind::Categories,
        ChartKind::Matrix,
        ChartKind::Timeline,
        ChartKind::Compare,
    ];

    /// The chart's id on the command line (`requests-over-time`).
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::RequestsOverTime => "requests-over-time",
            ChartKind::Categories => "categories",
            ChartKind::Matrix => "matrix",
            ChartKind::Timeline => "timeline",
            ChartKind::Compare => "compare",
        }
    }

    /// What the chart is, in a few words: the `<title>` of its SVG.
    pub fn title(self) -> &'static str {
        match self {
            ChartKind::RequestsOverTime => "Requests over time",
            ChartKind::Categories => "Data asked for, provided and not held",
            ChartKind::Matrix => "Requests by data category",
            ChartKind::Timeline => "What was kept, for how long, and when that changed",
            ChartKind::Compare => "Organisations side by side",
        }
    }
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG as an image with its text alternative: the root gets `role="img"` and is
/// labelled by a `<title>` and described by a `<desc>` (the one-sentence summary), its
/// first children, so a screen reader reads the chart wherever the SVG goes (inline in a
/// report, a file, a web page).
fn accessible(svg: &str, kind: ChartKind, summary: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return svg.to_string();
    };
    let Some(end) = svg[start..].find('>').map(|i| start + i) else {
        return svg.to_string();
    };
    let id = kind.id();
    format!(
        "{} role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\"><title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc>{}",
        svg[..end].trim_end_matches('/'),
        xml_escape(kind.title()),
        xml_escape(summary),
        &svg[end + 1..]
    )
}

impl FromStr for ChartKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        ChartKind::ALL
            .into_iter()
            .find(|k| k.id() == s)
            .ok_or_else(|| {
                let ids: Vec<&str> = ChartKind::ALL.iter().map(|k| k.id()).collect();
                Error::Usage(format!(
                    "unknown chart {s:?}; expected one of {}",
                    ids.join(", ")
                ))
            })
    }
}

/// What to draw and how.
#[derive(Debug, Clone)]
pub struct ChartOptions {
    /// Which requests.
    pub filter: Filter,
    /// Light or dark.
    pub theme: ThemeKind,
    /// Width in pixels.
    pub width: u32,
    /// None: as tall as the content needs (categories, matrix, timeline) or 480.
    pub height: Option<u32>,
    /// Period size of the time chart; None picks it from the span.
    pub granularity: Option<Granularity>,
    /// What the bars of the time chart are split by.
    pub stack: SeriesKey,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            filter: Filter::default(),
            theme: ThemeKind::Light,
            width: 960,
            height: None,
            granularity: None,
            stack: SeriesKey::Process,
        }
    }
}

/// A rendered chart with its data.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The chart as SVG (text is data: escaped).
    pub svg: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Header row first.
    pub table: Vec<Vec<String>>,
    /// What the chart shows, in one sentence (for screen readers and the CLI).
    pub summary: String,
}

impl Chart {
    /// A chart from its SVG, its size in pixels, its data table and its one-sentence summary.
    pub fn new(
        svg: String,
        (width, height): (u32, u32),
        table: Vec<Vec<String>>,
        summary: String,
    ) -> Chart {
        Chart {
            svg,
            width,
            height,
            table,
            summary,
        }
    }

    /// The data table as CSV, formula-safe.
    pub fn table_csv(&self) -> String {
        let mut out = Vec::new();
        {
            let mut w = csv::Writer::from_writer(&mut out);
            for row in &self.table {
                let cells: Vec<String> = row
                    .iter()
                    .map(|c| disclose_core::export::defuse_cell(c).into_owned())
                    .collect();
                let _ = w.write_record(&cells);
            }
            let _ = w.flush();
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The chart as a file: SVG, PNG, or its numbers as formula-safe CSV.
    pub fn file(&self, format: FileFormat) -> Result<Vec<u8>> {
        match format {
            FileFormat::Svg => Ok(self.svg.clone().into_bytes()),
            FileFormat::Png => self.png(),
            FileFormat::Csv => Ok(self.table_csv().into_bytes()),
            other => Err(Error::Usage(format!(
                "a chart is written as .svg, .png or .csv, not .{}",
                other.extension()
            ))),
        }
    }

    /// The same SVG rasterised with the embedded font (no fontconfig needed).
    pub fn png(&self) -> Result<Vec<u8>> {
        self.png_scaled(1)
    }

    /// The PNG at `scale` times the size (2 for screens of high density).
    pub fn png_scaled(&self, scale: u32) -> Result<Vec<u8>> {
        use resvg::{tiny_skia, usvg};
        let mut opt = usvg::Options {
            font_family: canvas::FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(canvas::FONT.to_vec());
        db.load_font_data(canvas::FONT_BOLD.to_vec());
        opt.fontdb = Arc::new(db);
        let tree = usvg::Tree::from_str(&self.svg, &opt)
            .map_err(|e| Error::Internal(format!("chart SVG did not parse: {e}")))?;
        let mut pixmap = tiny_skia::Pixmap::new(self.width * scale, self.height * scale)
            .ok_or_else(|| Error::Usage("chart size must be at least 1 x 1 pixel".into()))?;
        let s = scale as f32;
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(s, s),
            &mut pixmap.as_mut(),
        );
        pixmap
            .encode_png()
            .map_err(|e| Error::Internal(format!("PNG encoding failed: {e}")))
    }
}

/// The header row of a chart's data table.
pub(crate) fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| (*n).to_string()).collect()
}

/// What every chart has around its body.
pub(crate) struct Frame {
    pub title: String,
    pub subtitle: String,
    pub legend: Vec<(String, Rgb)>,
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

pub(crate) const PAD: f64 = 24.0;
/// Space the frame takes above the body (title, subtitle, one legend row) and below it.
pub(crate) const HEADER: f64 = 98.0;
pub(crate) const FOOTER: f64 = 40.0;

pub(crate) fn draw_frame(c: &Canvas, f: &Frame) -> DrawResult<Plot> {
    let t = c.theme;
    let width = c.width - 2.0 * PAD;
    c.text_styled(
        &fit(&f.title, 20.0, true, width),
        PAD,
        PAD + 8.0,
        20.0,
        t.foreground,
        Anchor::Start,
        true,
        false,
    )?;
    c.text(
        &fit(&f.subtitle, 13.0, false, width),
        PAD,
        PAD + 34.0,
        13.0,
        t.muted,
        Anchor::Start,
    )?;
    let (mut x, mut y) = (PAD, PAD + 58.0);
    for (label, color) in &f.legend {
        let w = 14.0 + 6.0 + canvas::text_width(label, 12.0, false) + 18.0;
        if x + w > c.width - PAD && x > PAD {
            x = PAD;
            y += 20.0;
        }
        c.rect(x, y - 6.0, x + 12.0, y + 6.0, *color)?;
        c.text(label, x + 18.0, y, 12.0, t.foreground, Anchor::Start)?;
        x += w;
    }
    let source = fit(&f.source, 11.0, false, width);
    c.text(&source, PAD, c.height - 16.0, 11.0, t.muted, Anchor::Start)?;
    Ok(Plot {
        x0: PAD,
        y0: y + 22.0,
        x1: c.width - PAD,
        y1: c.height - FOOTER,
    })
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

/// Rows of marker labels above a chart body (policy changes).
pub(crate) const MARKER_ROWS: usize = 4;

/// Dashed vertical markers from `top` to `bottom`. Each label sits right of its line
/// (left of it near the right edge) on a ground of the background colour, in the first
/// of [`MARKER_ROWS`] rows where it touches no other label; a label that fits nowhere
/// is left out (the data table lists every marker).
pub(crate) fn draw_markers(
    c: &Canvas,
    top: f64,
    bottom: f64,
    right: f64,
    marks: &[(f64, String)],
) -> DrawResult {
    for (x, _) in marks {
        c.dashed_vertical(*x, top, bottom, c.theme.muted)?;
    }
    let mut rows: [Vec<(f64, f64)>; MARKER_ROWS] = Default::default();
    for (x, label) in marks {
        let text = fit(label, 10.0, false, 170.0);
        let w = canvas::text_width(&text, 10.0, false);
        let (from, anchor) = if x + 3.0 + w <= right {
            (x + 3.0, Anchor::Start)
        } else {
            (x - 3.0 - w, Anchor::End)
        };
        let span = (from - 3.0, from + w + 3.0);
        let free = |row: &Vec<(f64, f64)>| row.iter().all(|(a, b)| span.1 < *a || span.0 > *b);
        let Some(r) = rows.iter().position(free) else {
            continue;
        };
        let y = top + 6.0 + r as f64 * 15.0;
        c.rect(span.0, y - 7.0, span.1, y + 7.0, c.theme.background)?;
        let at = match anchor {
            Anchor::End => x - 3.0,
            _ => x + 3.0,
        };
        c.text(&text, at, y, 10.0, c.theme.foreground, anchor)?;
        rows[r].push(span);
    }
    Ok(())
}

/// "2023-03 to 2023-04 · Python Software Foundation (PyPI)" style subtitles.
pub(crate) fn subtitle(store: &Store, f: &Filter, span: Option<String>) -> Result<String> {
    let names: Vec<String> = query::organisations(store)?
        .into_iter()
        .filter(|o| f.organisation.as_ref().is_none_or(|id| *id == o.id))
        .map(|o| o.label())
        .collect();
    let who = match names.len() {
        0 => "No organisation".to_string(),
        1..=3 => names.join(", "),
        n => format!("{n} organisations"),
    };
    // The period goes first: with several organisations the names may be cut.
    Ok(match span {
        Some(s) => format!("{s} · {who}"),
        None => who,
    })
}

pub(crate) fn source_line(store: &Store, f: &Filter) -> Result<String> {
    let sources = query::sources(store, f)?;
    Ok(match sources.as_slice() {
        [] => "Source: records in this Disclose store (no source given) · Chart: Disclose".into(),
        [one] => format!("Source: {one} · Chart: Disclose"),
        [one, rest @ ..] => format!("Source: {one} and {} more · Chart: Disclose", rest.len()),
    })
}

/// Draws a chart of `kind` from the store.
pub fn render(store: &Store, kind: ChartKind, opts: &ChartOptions) -> Result<Chart> {
    if opts.width < 320 || opts.height.is_some_and(|h| h < 200) {
        return Err(Error::Usage(
            "charts need at least 320 x 200 pixels to stay readable".into(),
        ));
    }
    let theme = Theme::of(opts.theme);
    let mut chart = match kind {
        ChartKind::RequestsOverTime => over_time::render(store, opts, theme),
        ChartKind::Categories => categories::render(store, opts, theme),
        ChartKind::Matrix => matrix::render(store, opts, theme),
        ChartKind::Timeline => timeline::render(store, opts, theme),
        ChartKind::Compare => compare::render(store, opts, theme),
    }?;
    chart.svg = accessible(&chart.svg, kind, &chart.summary);
    Ok(chart)
}

/// Runs the drawing closure on a fresh canvas and returns the SVG text.
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    theme: Theme,
    draw: impl FnOnce(&Canvas) -> DrawResult,
) -> Result<String> {
    let mut svg = String::new();
    {
        let c = Canvas::new(&mut svg, width, height, theme).map_err(Error::Internal)?;
        draw(&c).map_err(Error::Internal)?;
        c.finish().map_err(Error::Internal)?;
    }
    Ok(svg)
}
