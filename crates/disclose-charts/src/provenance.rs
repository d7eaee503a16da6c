//! Where a chart's numbers come from, said in every file made of it (SVG `<metadata>`,
//! PNG text chunks, the CSV's leading comment, the embed's page): the files imported,
//! the documents cited, the filters and period in words, and the date of the data (the
//! store's last change, not the clock, so the same store gives the same file).

use serde::Serialize;

use disclose_core::domain::country_name_in;
use disclose_core::error::Result;
use disclose_core::query;
use disclose_core::Store;

use crate::words::{say, t};
use crate::{ChartKind, ChartOptions, CompareScale};

/// A chart's provenance.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Provenance {
    /// The chart kind's id.
    pub chart: String,
    /// The files imported into the store.
    pub files: Vec<String>,
    /// The documents the records cite.
    pub sources: Vec<String>,
    /// The filters and choices, in words ("Organisation: GitHub").
    pub filters: Vec<String>,
    /// The date of the data, `YYYY-MM-DD`.
    pub data_as_of: Option<String>,
    /// The program that drew it.
    pub made_with: String,
    /// The language its words are in (the lines' names too).
    #[serde(skip)]
    pub lang: crate::Lang,
}

impl Provenance {
    pub(crate) fn of(store: &Store, kind: ChartKind, opts: &ChartOptions) -> Result<Provenance> {
        let f = &opts.filter;
        let lang = opts.lang;
        let labels = query::category_labels(store, lang)?;
        let line = |id: &str, value: String| say(lang, id, &[("value", value.into())]);
        let name = |id: &str| {
            query::organisations(store)
                .ok()
                .and_then(|all| all.into_iter().find(|o| o.id == id))
                .map_or_else(|| id.to_string(), |o| o.label())
        };
        let mut filters = Vec::new();
        if let Some(o) = &f.organisation {
            filters.push(line("chart-filter-organisation", name(o)));
        }
        match (f.from, f.to) {
            (Some(a), Some(b)) => filters.push(say(
                lang,
                "chart-filter-period",
                &[("from", a.to_string().into()), ("to", b.to_string().into())],
            )),
            (Some(a), None) => filters.push(line("chart-filter-from", a.to_string())),
            (None, Some(b)) => filters.push(line("chart-filter-until", b.to_string())),
            (None, None) => filters.push(t(lang, "chart-filter-all-dates").into()),
        }
        if let Some(y) = f.year {
            filters.push(line("chart-filter-year", y.to_string()));
        }
        if let Some(p) = f.process {
            filters.push(line("chart-filter-process", p.label_in(lang).into()));
        }
        if let Some(o) = f.outcome {
            filters.push(line("chart-filter-outcome", o.label_in(lang).into()));
        }
        if let Some(c) = &f.country {
            filters.push(line("chart-filter-country", country_name_in(c, lang)));
        }
        if let Some(c) = &f.category {
            let label = labels.get(c).cloned().unwrap_or_else(|| c.clone());
            filters.push(line("chart-filter-category", label));
        }
        if let Some(d) = f.disposition {
            filters.push(line("chart-filter-disposition", d.label_in(lang).into()));
        }
        if let Some(s) = &f.search {
            filters.push(line("chart-filter-search", s.clone()));
        }
        if kind == ChartKind::Compare {
            filters.push(
                t(
                    lang,
                    match opts.scale {
                        CompareScale::Panels => "chart-filter-scale-panels",
                        CompareScale::Log => "chart-filter-scale-log",
                        CompareScale::Indexed => "chart-filter-scale-indexed",
                    },
                )
                .into(),
            );
            if let Some(h) = &opts.highlight {
                filters.push(line("chart-filter-highlighted", name(h)));
            }
        }
        Ok(Provenance {
            chart: kind.id().to_string(),
            files: query::imported_files(store)?,
            sources: query::sources(store, f)?,
            filters,
            data_as_of: query::data_as_of(store)?,
            made_with: format!("Disclose {}", env!("CARGO_PKG_VERSION")),
            lang,
        })
    }

    /// As one JSON object.
    pub fn json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// As labelled lines ("Source files: a.csv, b.csv"), for text chunks and comments.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        let name = |id: &str| t(self.lang, id);
        let mut out = vec![
            (name("chart-meta-files"), self.files.join(", ")),
            (name("chart-meta-sources"), self.sources.join(" ")),
            (name("chart-meta-filters"), self.filters.join("; ")),
            (
                name("chart-meta-as-of"),
                self.data_as_of
                    .clone()
                    .unwrap_or_else(|| name("chart-meta-no-data").into()),
            ),
            (name("chart-meta-software"), self.made_with.clone()),
        ];
        out.retain(|(_, v)| !v.is_empty());
        out
    }
}
