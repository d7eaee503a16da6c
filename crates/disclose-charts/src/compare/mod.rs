//! Organisations side by side: requests per year, from request records and published
//! counts alike. By default `panels`, one per organisation on its own scale over the
//! same years, so a foundation's 3 stands beside a company's 40,000; `shared` draws
//! them on one log scale, or indexed to their first year = 100. One organisation can
//! be highlighted and the rest greyed. A published band ("0 - 249") is solid to its
//! lower bound and an outline to its upper; a year published only in part says so.

mod panels;
mod shared;

use std::collections::BTreeSet;

use disclose_core::error::Result;
use disclose_core::query::{self, CompareQuery, CompareRow, FigureSource, Granularity};
use disclose_core::Store;

use chrono::Datelike;

use crate::canvas::{text_width, Anchor, Canvas, DrawResult};
use crate::frame::{draw_empty, header, Frame, Note, Plot};
use crate::theme::{self, Rgb, Theme};
use crate::words::{counted, num, say, t};
use crate::Lang;
use crate::{draw_svg, Chart, ChartOptions, CompareScale};
use disclose_core::i18n;

/// 5,784 -> "5.8k", 231,843 -> "232k", 1,234,567 -> "1.2M" ("5,8 Tsd.", "1,2 Mio."):
/// for labels over narrow bars.
fn compact(v: f64, lang: Lang) -> String {
    let (id, n) = match v {
        v if v >= 1e6 => ("chart-millions", format!("{:.1}", v / 1e6)),
        v if v >= 1e4 => ("chart-thousands", format!("{:.0}", v / 1e3)),
        v if v >= 1e3 => ("chart-thousands", format!("{:.1}", v / 1e3)),
        v => return num(lang, v.round() as u64),
    };
    let n = match lang {
        Lang::De => n.replace('.', ","),
        Lang::En => n,
    };
    say(lang, id, &[("n", n.into())])
}

fn value_text(r: &CompareRow, lang: Lang) -> String {
    match (r.value, r.value_min, r.value_max) {
        (Some(v), _, _) => num(lang, v.round() as u64),
        (None, Some(lo), Some(hi)) => format!("{}–{}", num(lang, lo as u64), num(lang, hi as u64)),
        _ => "?".into(),
    }
}

pub fn render(store: &Store, opts: &ChartOptions, theme: Theme) -> Result<Chart> {
    let f = &opts.filter;
    let lang = opts.lang;
    let q = CompareQuery {
        metric: None,
        process: f.process,
        country: f.country.clone(),
        from_year: f.from.map(|d| d.year()),
        to_year: f.to.map(|d| d.year()),
        scope: None,
        halves: opts.granularity == Some(Granularity::Half),
        ..CompareQuery::default()
    };
    // Unless a period was asked for, half-years published as such stay half-years (and
    // records are counted per half beside them); with none published, years.
    let mut rows = match opts.granularity {
        Some(_) => query::compare(store, &q)?,
        None => {
            let halves = query::compare(
                store,
                &CompareQuery {
                    halves: true,
                    ..q.clone()
                },
            )?;
            if halves
                .iter()
                .any(|r| r.source == FigureSource::Published && r.half.is_some())
            {
                halves
            } else {
                query::compare(store, &q)?
            }
        }
    };
    if let Some(o) = &f.organisation {
        // One organisation is no comparison; keep it and every other one.
        rows.sort_by_key(|r| (r.organisation != *o, r.organisation.clone(), r.year, r.half));
    }
    let shares = shares(&rows);
    // One series per organisation; an organisation with figures from its records and
    // from its published reports gets one of each, never one hiding the other.
    let orgs: Vec<Series> = {
        let mut seen: Vec<Series> = Vec::new();
        for r in &rows {
            let both = rows
                .iter()
                .any(|o| o.organisation == r.organisation && o.source != r.source);
            let s = Series {
                org: r.organisation.clone(),
                source: both.then_some(r.source),
            };
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
        seen
    };
    let years: BTreeSet<i32> = rows.iter().map(|r| r.year).collect();
    let names = query::organisations(store)?;
    let name_of = |id: &str| {
        names
            .iter()
            .find(|o| o.id == id)
            .map_or(id.to_string(), |o| o.name.clone())
    };
    // An organisation keeps its colour whatever the filter leaves beside it: its place
    // among all the store's organisations, not among those in this chart.
    let color_of =
        |id: &str| theme::organisation(names.iter().position(|o| o.id == id).unwrap_or(0));
    let color_of = |id: &str| match &opts.highlight {
        Some(h) if h != id => theme::LIGHT_GREY,
        _ => color_of(id),
    };
    let what = match f.process {
        Some(p) => say(
            lang,
            "chart-compare-process-requests",
            &[("process", p.label_in(lang).into())],
        ),
        None => t(lang, "chart-compare-requests").to_string(),
    };
    let partial: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            let m = Data::partial(r)?;
            Some(counted(
                lang,
                "chart-compare-partial",
                u64::from(m),
                &[
                    ("organisation", name_of(&r.organisation).into()),
                    ("period", r.period().into()),
                ],
            ))
        })
        .collect();
    let mut notes = Vec::new();
    if !partial.is_empty() {
        notes.push(Note {
            badge: None,
            text: say(
                lang,
                "chart-compare-partial-note",
                &[("list", partial.join("; ").into())],
            ),
        });
    }
    let how = t(
        lang,
        match opts.scale {
            CompareScale::Panels => "chart-compare-panels",
            CompareScale::Log => "chart-compare-log",
            CompareScale::Indexed => "chart-compare-indexed",
        },
    );
    let bands = rows
        .iter()
        .any(|r| r.value.is_none() && r.value_max.is_some());
    let frame = Frame {
        title: say(
            lang,
            if rows.iter().any(|r| r.half.is_some()) {
                "chart-compare-title-halves"
            } else {
                "chart-compare-title-years"
            },
            &[("what", what.as_str().into())],
        ),
        subtitle: [
            Some(
                f.country
                    .clone()
                    .map_or(t(lang, "chart-all-countries").into(), |c| {
                        say(
                            lang,
                            "chart-country",
                            &[(
                                "country",
                                disclose_core::domain::country_name_in(&c, lang).into(),
                            )],
                        )
                    }),
            ),
            Some(how.to_string()),
            bands.then(|| match opts.scale {
                CompareScale::Panels => t(lang, "chart-compare-bands-panels").to_string(),
                _ => t(lang, "chart-compare-bands-shared").to_string(),
            }),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · "),
        legend: match opts.scale {
            // Each panel is titled with its organisation; a legend would repeat them.
            CompareScale::Panels => vec![],
            _ => orgs
                .iter()
                .map(|s| (s.title(&name_of, lang), color_of(&s.org)))
                .collect(),
        },
        notes,
        source: t(lang, "chart-compare-source").into(),
    }
    .edited(&opts.words);
    let data = Data {
        rows: &rows,
        orgs: &orgs,
        years: &years,
        shares: &shares,
        name_of: &name_of,
        color_of: &color_of,
        halves: rows.iter().any(|r| r.half.is_some()),
    };
    let width = opts.width;
    let body = match opts.scale {
        CompareScale::Panels => panels::height(&data),
        _ => 380.0,
    };
    let height = opts
        .height
        .unwrap_or((frame.chrome(width) + body).round() as u32);
    let svg = draw_svg(width, height, theme, opts.lang, |c| {
        let plot = frame.draw(c)?;
        if rows.is_empty() {
            return draw_empty(c, plot, t(lang, "chart-compare-empty"));
        }
        match opts.scale {
            CompareScale::Panels => panels::draw(c, plot, &data),
            scale => shared::draw(c, plot, &data, scale),
        }
    })?;
    let mut table = vec![header(
        lang,
        &[
            "chart-col-organisation",
            "chart-col-period",
            "chart-col-requests",
            "chart-col-at-least",
            "chart-col-at-most",
            "chart-col-figure-from",
            "chart-col-months",
            "chart-col-some-data",
            "chart-col-share-some-data",
        ],
    )];
    let raw = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for r in &rows {
        table.push(vec![
            name_of(&r.organisation),
            r.period(),
            raw(r.value),
            raw(r.value_min),
            raw(r.value_max),
            t(
                lang,
                match r.source {
                    FigureSource::Records => "chart-figure-records",
                    FigureSource::Published => "chart-figure-published",
                },
            )
            .into(),
            r.months_covered.map(|m| m.to_string()).unwrap_or_default(),
            raw(share_of(&shares, r).map(|s| s.produced)),
            share_of(&shares, r)
                .map(|s| i18n::percent(lang, (s.share * 100.0).round() as u64))
                .unwrap_or_default(),
        ]);
    }
    let summary = if rows.is_empty() {
        t(lang, "chart-compare-empty-summary").to_string()
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|r| {
                say(
                    lang,
                    "chart-compare-part",
                    &[
                        ("organisation", name_of(&r.organisation).into()),
                        ("value", value_text(r, lang).into()),
                        ("period", r.period().into()),
                    ],
                )
            })
            .collect();
        let share_parts: Vec<String> = shares
            .iter()
            .map(|s| {
                say(
                    lang,
                    "chart-compare-part",
                    &[
                        ("organisation", name_of(&s.organisation).into()),
                        (
                            "value",
                            i18n::percent(lang, (s.share * 100.0).round() as u64).into(),
                        ),
                        ("period", s.period(lang).into()),
                    ],
                )
            })
            .collect();
        let said = say(
            lang,
            "chart-compare-summary",
            &[
                ("what", what.as_str().into()),
                ("list", parts.join("; ").into()),
            ],
        );
        if share_parts.is_empty() {
            said
        } else {
            said + " "
                + &say(
                    lang,
                    "chart-compare-summary-shares",
                    &[("list", share_parts.join("; ").into())],
                )
        }
    };
    Ok(Chart::new(svg, (width, height), table, summary))
}

impl Share {
    /// Its year ("2023"), or its half-year ("H1 2023" as the language writes it).
    pub fn period(&self, lang: Lang) -> String {
        match self.half {
            Some(h) => crate::periods::half(lang, self.year, u32::from(h)),
            None => self.year.to_string(),
        }
    }
}

/// The share of an organisation's requests in a year that saw some data produced.
pub(super) struct Share {
    pub organisation: String,
    pub source: FigureSource,
    pub year: i32,
    pub half: Option<u8>,
    pub produced: f64,
    pub share: f64,
}

/// The shares the comparison gives (where both figures are exact, from the same kind of
/// source, and the requests are not zero; otherwise the period is left out).
fn shares(requests: &[CompareRow]) -> Vec<Share> {
    requests
        .iter()
        .filter_map(|r| {
            Some(Share {
                organisation: r.organisation.clone(),
                source: r.source,
                year: r.year,
                half: r.half,
                produced: r.some_data?,
                share: r.share_with_data?,
            })
        })
        .collect()
}

fn share_of<'a>(shares: &'a [Share], r: &CompareRow) -> Option<&'a Share> {
    shares.iter().find(|s| {
        s.organisation == r.organisation
            && s.year == r.year
            && s.half == r.half
            && s.source == r.source
    })
}

/// One organisation's figures, or one kind of them when it has both.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Series {
    pub org: String,
    pub source: Option<FigureSource>,
}

impl Series {
    /// "Google", or "Google · published reports" beside "Google · request records".
    pub fn title(&self, name_of: &dyn Fn(&str) -> String, lang: Lang) -> String {
        let from = |id: &str| format!("{} · {}", name_of(&self.org), t(lang, id));
        match self.source {
            None => name_of(&self.org),
            Some(FigureSource::Records) => from("chart-series-records"),
            Some(FigureSource::Published) => from("chart-series-published"),
        }
    }
}

/// What the drawings share.
pub(super) struct Data<'a> {
    pub rows: &'a [CompareRow],
    pub orgs: &'a [Series],
    pub years: &'a BTreeSet<i32>,
    pub shares: &'a [Share],
    pub name_of: &'a dyn Fn(&str) -> String,
    pub color_of: &'a dyn Fn(&str) -> Rgb,
    /// Whether any figure is a half-year: each year's band is then split in two.
    pub halves: bool,
}

impl Data<'_> {
    /// The figures of a series, each with its solid part and upper bound.
    pub fn figures<'b>(
        &'b self,
        s: &'b Series,
    ) -> impl Iterator<Item = (&'b CompareRow, f64, f64)> + 'b {
        self.rows
            .iter()
            .filter(move |r| r.organisation == s.org && s.source.is_none_or(|k| k == r.source))
            .filter_map(|r| match (r.value, r.value_min, r.value_max) {
                (Some(v), _, _) => Some((r, v, v)),
                (None, Some(lo), Some(hi)) => Some((r, lo, hi)),
                _ => None,
            })
    }

    /// Where a figure's bar goes across `area`: its left x and width; a year's band is
    /// split in two when there are half-years, and a whole year spans both halves.
    pub fn slot(&self, area: Plot, r: &CompareRow) -> (f64, f64) {
        let band = (area.x1 - area.x0) / self.years.len().max(1) as f64;
        let i = self.years.iter().position(|y| *y == r.year).unwrap_or(0) as f64;
        match (self.halves, r.half) {
            (true, Some(h)) => (area.x0 + band * (i + f64::from(h - 1) * 0.5), band / 2.0),
            _ => (area.x0 + band * i, band),
        }
    }

    /// Whether a figure covers less than its period: part of a year, or of a half.
    pub fn partial(r: &CompareRow) -> Option<u32> {
        r.months_covered.filter(|m| *m < r.months_expected())
    }

    /// What a bar or point is, in words: "GitHub 2023: 385 (6 months)".
    pub fn tip(d: &Data, r: &CompareRow, lang: Lang) -> String {
        format!(
            "{} {}: {}{}",
            (d.name_of)(&r.organisation),
            r.period(),
            value_text(r, lang),
            match Data::partial(r) {
                Some(m) => format!(
                    " ({})",
                    counted(lang, "chart-months-published", u64::from(m), &[])
                ),
                None => String::new(),
            }
        )
    }

    /// The shortest way to write a figure that fits `room` px at 10 px, if any.
    pub fn label(r: &CompareRow, room: f64, lang: Lang) -> Option<String> {
        let full = value_text(r, lang);
        let short = match (r.value, r.value_max) {
            (Some(v), _) => compact(v, lang),
            (None, Some(hi)) => format!("≤{}", compact(hi, lang)),
            _ => full.clone(),
        };
        let rounded = match (r.value, r.value_max) {
            (Some(v), _) if v >= 1e3 => say(
                lang,
                "chart-thousands",
                &[("n", format!("{:.0}", v / 1e3).into())],
            ),
            _ => short.clone(),
        };
        [full, short, rounded]
            .into_iter()
            .find(|l| text_width(l, 10.0, false) <= room)
    }
}

/// Year labels under `area`, one per band, thinned so that none touch; with half-years,
/// "H1" and "H2" under their halves first, where they fit.
pub(super) fn year_axis(c: &Canvas, area: Plot, years: &BTreeSet<i32>, halves: bool) -> DrawResult {
    let band = (area.x1 - area.x0) / years.len().max(1) as f64;
    let below = if halves && text_width("H1", 9.0, false) + 4.0 <= band / 2.0 {
        for i in 0..years.len() {
            for (h, label) in [(0.25, "H1"), (0.75, "H2")] {
                let x = area.x0 + band * (i as f64 + h);
                c.text(label, x, area.y1 + 10.0, 9.0, c.theme.muted, Anchor::Middle)?;
            }
        }
        12.0
    } else {
        0.0
    };
    let every = ((text_width("2024", 11.0, false) + 8.0) / band)
        .ceil()
        .max(1.0) as usize;
    for (i, year) in years.iter().enumerate() {
        if i % every == 0 {
            c.text(
                &year.to_string(),
                area.x0 + band * (i as f64 + 0.5),
                area.y1 + 12.0 + below,
                11.0,
                c.theme.muted,
                Anchor::Middle,
            )?;
        }
    }
    c.line(area.x0, area.y1, area.x1, area.y1, c.theme.muted, 1)
}

/// Horizontal grid lines with their labels at the left of `area`.
pub(super) fn grid(c: &Canvas, area: Plot, ticks: &[(f64, String)]) -> DrawResult {
    for (y, label) in ticks {
        c.line(area.x0, *y, area.x1, *y, c.theme.grid, 1)?;
        c.text(label, area.x0 - 6.0, *y, 11.0, c.theme.muted, Anchor::End)?;
    }
    Ok(())
}
