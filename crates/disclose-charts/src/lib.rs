//! The one chart renderer of Disclose: the core's aggregates drawn with
//! plotters as SVG, and the same SVG rasterised to PNG with the embedded font
//! (resvg), so the screen, exports and the report all show the same picture.
//!
//! Every chart also yields its data as a small table and a one-sentence
//! summary, for accessibility and for the report.

#![warn(missing_docs)]

mod canvas;

pub use canvas::{text_width, wrap, Tip};
pub use export::ChartFormat;
pub use provenance::Provenance;
mod categories;
mod checklist;
mod compare;
mod export;
mod frame;
mod matrix;
mod over_time;
mod periods;
mod provenance;
mod strip;
pub mod theme;
mod timeline;
mod words;

pub use disclose_core::i18n::Lang;

use std::str::FromStr;

use disclose_core::error::{Error, Result};
use disclose_core::i18n::say;
use disclose_core::query::{Filter, Granularity, SeriesKey};
use disclose_core::Store;

use canvas::{Canvas, DrawResult};
use theme::{Theme, ThemeKind};

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
    pub fn title(self, lang: Lang) -> &'static str {
        words::t(lang, &format!("chart-kind-{}", self.id()))
    }
}

pub(crate) fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG as an image with its text alternative: the root gets `role="img"` and is
/// labelled by a `<title>` and described by a `<desc>` (the one-sentence summary), its
/// first children, so a screen reader reads the chart wherever the SVG goes (inline in a
/// report, a file, a web page); then its provenance as `<metadata>`.
fn accessible(svg: &str, id: &str, title: &str, summary: &str, metadata: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return svg.to_string();
    };
    let Some(end) = svg[start..].find('>').map(|i| start + i) else {
        return svg.to_string();
    };
    format!(
        "{} role=\"img\" aria-labelledby=\"chart-{id}-title chart-{id}-desc\"><title id=\"chart-{id}-title\">{}</title><desc id=\"chart-{id}-desc\">{}</desc><metadata id=\"chart-{id}-provenance\">{}</metadata>{}",
        svg[..end].trim_end_matches('/'),
        xml_escape(title),
        xml_escape(summary),
        xml_escape(metadata),
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
                Error::Usage(say!(
                    "error-unknown",
                    what = s,
                    expected = say!("expected-one-of", list = ids.join(", "))
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
    /// How the compare chart puts organisations of different sizes side by side.
    pub scale: CompareScale,
    /// One organisation (id) in its colour, the others grey (compare).
    pub highlight: Option<String>,
    /// An editor's words in place of the chart's own.
    pub words: ChartWords,
    /// The language of the chart's own words and numbers (record text stays as written).
    pub lang: Lang,
}

/// The words of a chart an editor may set before export; None keeps the chart's own.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct ChartWords {
    /// The headline.
    pub title: Option<String>,
    /// The line under it.
    pub subtitle: Option<String>,
    /// A note under the chart, first among the notes.
    pub note: Option<String>,
    /// The source line.
    pub source: Option<String>,
}

/// How the compare chart scales organisations that differ by orders of magnitude.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum CompareScale {
    /// One panel per organisation, each on its own scale, over the same years.
    #[default]
    Panels,
    /// All on one logarithmic scale.
    Log,
    /// All indexed to their first year = 100.
    Indexed,
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
            scale: CompareScale::Panels,
            highlight: None,
            words: ChartWords::default(),
            lang: Lang::En,
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
    /// Its headline as drawn: the editor's, or the chart's own.
    pub title: String,
    /// Where its numbers come from, carried by every file made of it.
    pub provenance: Provenance,
    /// What each mark is, for the embed's hover.
    pub tips: Vec<Tip>,
}

/// An SVG drawn, with the tips of its marks.
pub(crate) struct Drawn {
    svg: String,
    tips: Vec<Tip>,
    title: String,
}

impl Chart {
    /// A chart from its drawing, its size in pixels, its data table and its summary.
    pub(crate) fn new(
        drawn: Drawn,
        (width, height): (u32, u32),
        table: Vec<Vec<String>>,
        summary: String,
    ) -> Chart {
        Chart {
            svg: drawn.svg,
            width,
            height,
            table,
            summary,
            title: drawn.title,
            provenance: Provenance::default(),
            tips: drawn.tips,
        }
    }
}

/// Draws a chart of `kind` from the store.
pub fn render(store: &Store, kind: ChartKind, opts: &ChartOptions) -> Result<Chart> {
    if opts.width < 320 || opts.height.is_some_and(|h| h < 200) {
        return Err(Error::Usage(say!("error-chart-too-small")));
    }
    let theme = Theme::of(opts.theme);
    let mut chart = match kind {
        ChartKind::RequestsOverTime => over_time::render(store, opts, theme),
        ChartKind::Categories => categories::render(store, opts, theme),
        ChartKind::Matrix => matrix::render(store, opts, theme),
        ChartKind::Timeline => timeline::render(store, opts, theme),
        ChartKind::Compare => compare::render(store, opts, theme),
    }?;
    if chart.title.is_empty() {
        chart.title = kind.title(opts.lang).to_string();
    }
    chart.provenance = Provenance::of(store, kind, opts)?;
    chart.svg = accessible(
        &chart.svg,
        kind.id(),
        &chart.title,
        &chart.summary,
        &chart.provenance.json(),
    );
    Ok(chart)
}

/// Runs the drawing closure on a fresh canvas and returns the SVG text and its tips.
pub(crate) fn draw_svg(
    width: u32,
    height: u32,
    theme: Theme,
    lang: Lang,
    draw: impl FnOnce(&Canvas) -> DrawResult,
) -> Result<Drawn> {
    let mut svg = String::new();
    let (tips, title);
    {
        let c = Canvas::new(&mut svg, width, height, theme, lang).map_err(Error::Internal)?;
        draw(&c).map_err(Error::Internal)?;
        tips = c.take_tips();
        title = c.take_title();
        c.finish().map_err(Error::Internal)?;
    }
    Ok(Drawn { svg, tips, title })
}
