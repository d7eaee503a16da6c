//! The report published as a folder for a static site or a blog: `index.html` (the
//! self-contained report), `report.md` with the charts as images beside it, the charts as
//! SVG and PNG (2x), and every figure as data (`data.json`, `data.csv`), each with its
//! definition. Charts carry a text alternative everywhere: their SVG its `role="img"`,
//! `<title>` and `<desc>` (from the charts crate), alt text on images.

use std::path::Path;

use disclose_charts::ChartOptions;
use disclose_core::error::{Error, Result};
use disclose_core::export::write_file;
use disclose_core::i18n;
use disclose_core::query;
use disclose_core::Store;
use serde::Serialize;
use ts_rs::TS;

use crate::{build, subject, Format, ReportOptions, REPORT_CHARTS};

/// What a published folder holds.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Published {
    /// The folder.
    pub folder: String,
    /// The files written, relative to it.
    pub files: Vec<String>,
}

#[derive(Serialize)]
struct Figure {
    id: &'static str,
    label: &'static str,
    value: u64,
    definition: &'static str,
}

#[derive(Serialize)]
struct Data<'a> {
    organisation: &'a str,
    period: String,
    figures: Vec<Figure>,
    by_process: &'a std::collections::BTreeMap<String, u64>,
    by_outcome: &'a std::collections::BTreeMap<String, u64>,
    by_country: &'a std::collections::BTreeMap<String, u64>,
    categories: &'a [query::CategoryCount],
}

/// Writes the report `opts` describes into `dir` (created if need be).
pub fn publish(store: &Store, opts: &ReportOptions, dir: &Path) -> Result<Published> {
    let org = subject(store, opts.organisation.as_deref())?;
    std::fs::create_dir_all(dir.join("charts")).map_err(|e| Error::io(dir, e))?;
    let mut files = Vec::new();
    let mut put = |name: &str, bytes: &[u8]| -> Result<()> {
        write_file(&dir.join(name), bytes)?;
        files.push(name.to_string());
        Ok(())
    };
    let html = build(
        store,
        &ReportOptions {
            format: Format::Site,
            chart_files: false,
            ..opts.clone()
        },
    )?;
    put("index.html", html.as_bytes())?;
    let md = build(
        store,
        &ReportOptions {
            format: Format::Markdown,
            chart_files: true,
            ..opts.clone()
        },
    )?;
    put("report.md", md.as_bytes())?;
    let filter = crate::period_filter(&org.id, &opts.period);
    let chart_opts = ChartOptions {
        filter: filter.clone(),
        width: 860,
        lang: opts.lang,
        ..ChartOptions::default()
    };
    for kind in REPORT_CHARTS {
        let chart = disclose_charts::render(store, kind, &chart_opts)?;
        put(&format!("charts/{}.svg", kind.id()), chart.svg.as_bytes())?;
        put(&format!("charts/{}.png", kind.id()), &chart.png_scaled(2)?)?;
        put(
            &format!("charts/{}.csv", kind.id()),
            chart.table_csv().as_bytes(),
        )?;
    }
    let s = query::stats(store, &filter)?;
    // Each figure's label and definition from the catalogue (`figure-<id>`,
    // `figure-<id>-definition`), in the report's language.
    let figure = |id: &'static str, value: u64| Figure {
        id,
        label: i18n::text(opts.lang, &format!("figure-{id}")),
        value,
        definition: i18n::text(opts.lang, &format!("figure-{id}-definition")),
    };
    let figures = vec![
        figure("requests", s.requests),
        figure("accounts_specified", s.accounts_specified),
        figure("some_data_produced", s.some_data_produced),
        figure("nondisclosure_orders", s.nondisclosure_orders),
        figure("users_notified", s.users_notified),
        figure("users_notified_unknown", s.users_notified_unknown),
    ];
    let mut csv = String::from("figure,label,value,definition\n");
    for f in &figures {
        csv.push_str(&format!(
            "{},{},{},\"{}\"\n",
            f.id,
            f.label,
            f.value,
            f.definition.replace('"', "\"\"")
        ));
    }
    let data = Data {
        organisation: &org.id,
        period: opts.period.to_string(),
        figures,
        by_process: &s.by_process,
        by_outcome: &s.by_outcome,
        by_country: &s.by_country,
        categories: &s.categories,
    };
    let json = serde_json::to_vec_pretty(&data).map_err(|e| Error::Internal(e.to_string()))?;
    put("data.json", &json)?;
    put("data.csv", csv.as_bytes())?;
    Ok(Published {
        folder: dir.display().to_string(),
        files,
    })
}
