//! The transparency report: the core's aggregates and the charts, through a
//! template (minijinja), as Markdown for a blog post or one self-contained HTML
//! file. The default templates can be written out, edited and passed back.
//!
//! Privacy: the report is built only from aggregates and request fields that
//! are public by design; subjects are never read. Small counts can be shown as
//! a band ("fewer than 5") where an exact number could point at someone.

#![warn(missing_docs)]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use disclose_charts::{ChartKind, ChartOptions};
use disclose_core::date::FuzzyDate;
use disclose_core::domain::{Outcome, Process};
use disclose_core::error::{Error, Result};
use disclose_core::query::{self, Filter, ListQuery, SortKey, Stats};
use disclose_core::{thousands, Store};
use minijinja::{AutoEscape, Environment, Value};
use serde::Serialize;

/// The default Markdown template (minijinja).
pub const MARKDOWN_TEMPLATE: &str = include_str!("../templates/report.md.j2");
/// The default HTML template (minijinja).
pub const HTML_TEMPLATE: &str = include_str!("../templates/report.html.j2");

/// Most requests listed one by one; the rest are counted.
pub const MAX_LISTED: u32 = 500;

/// What the report is written as: Markdown for a blog post (`md` on the command line), or
/// one self-contained HTML file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Markdown.
    #[cfg_attr(feature = "clap", value(name = "md"))]
    Markdown,
    /// Self-contained HTML.
    Html,
}

impl Format {
    /// The template this format renders with unless another is given.
    pub fn default_template(self) -> &'static str {
        match self {
            Format::Markdown => MARKDOWN_TEMPLATE,
            Format::Html => HTML_TEMPLATE,
        }
    }
}

/// What report to build.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The period reported on: a year, a month, a day or a range (`2023`, `2023-01/2023-06`).
    pub period: FuzzyDate,
    /// The organisation it is about.
    pub organisation: Option<String>,
    /// Markdown or HTML.
    pub format: Format,
    /// Counts below this are published as "fewer than N" (None: exact counts).
    pub band_below: Option<u64>,
    /// A template of one's own (from `disclose report --template-out`); None: the default.
    pub template: Option<String>,
    /// The optional parts to include.
    pub sections: Sections,
}

/// The parts of a report one may leave out; the summary and the methodology always stay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Sections {
    /// Categories asked for vs provided vs not held, with the not-held sentences.
    pub categories: bool,
    /// The inventory at the period's end.
    pub inventory: bool,
    /// Policy changes in the period.
    pub policy: bool,
    /// The list of requests.
    pub requests: bool,
    /// What the same requests would reach today, after the policy changes since.
    pub exposure: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections {
            categories: true,
            inventory: true,
            policy: true,
            requests: true,
            exposure: true,
        }
    }
}

impl Sections {
    /// The sections that can be left out, by name.
    pub const NAMES: [&'static str; 5] =
        ["categories", "inventory", "policy", "requests", "exposure"];

    /// Leaves out the named part (one of [`Sections::NAMES`]).
    pub fn omit(&mut self, name: &str) -> Result<()> {
        match name {
            "categories" => self.categories = false,
            "inventory" => self.inventory = false,
            "policy" => self.policy = false,
            "requests" => self.requests = false,
            "exposure" => self.exposure = false,
            other => {
                return Err(Error::Usage(format!(
                    "unknown report section {other:?}; expected one of {}",
                    Sections::NAMES.join(", ")
                )))
            }
        }
        Ok(())
    }
}

#[derive(Debug, Serialize)]
struct CategoryLine {
    label: String,
    requested: String,
    provided: String,
    partial: String,
    not_held: String,
    withheld: String,
    pending: String,
    sentence: Option<String>,
}

#[derive(Debug, Serialize)]
struct PolicyLine {
    date: String,
    kind: String,
    summary: String,
    source: Option<String>,
    changes: Vec<String>,
}

#[derive(Debug, Serialize)]
struct InventoryLine {
    category: String,
    held: bool,
    retention: String,
    location: String,
}

#[derive(Debug, Serialize)]
struct RequestLine {
    id: String,
    received: String,
    answered: String,
    authority: String,
    process: String,
    outcome: String,
    categories: String,
}

#[derive(Debug, Serialize)]
struct Count {
    label: String,
    count: String,
}

#[derive(Debug, Serialize)]
struct Context {
    title: String,
    organisation: String,
    period: String,
    period_end: String,
    previous_period: String,
    requests: String,
    accounts_specified: String,
    some_data_produced: String,
    share_produced: String,
    rejected: String,
    withdrawn: String,
    pending: String,
    nondisclosure_orders: String,
    users_notified: String,
    users_notified_unknown: String,
    by_process: Vec<Count>,
    by_country: Vec<Count>,
    previous_requests: String,
    change: String,
    categories: Vec<CategoryLine>,
    categories_summary: String,
    inventory: Vec<InventoryLine>,
    policy_changes: Vec<PolicyLine>,
    listed: Vec<RequestLine>,
    unlisted: u64,
    /// Categories the period's requests asked for that are held differently today.
    reach_today: Vec<String>,
    today: String,
    band_below: Option<u64>,
    sections: Sections,
    charts: BTreeMap<&'static str, String>,
    generated_by: String,
}

/// Writes counts, banding small ones when asked to.
struct Counter(Option<u64>);

impl Counter {
    fn fmt(&self, n: u64) -> String {
        match self.0 {
            Some(b) if n > 0 && n < b => format!("fewer than {b}"),
            _ => thousands(n),
        }
    }
}

fn plain(id: &str) -> String {
    id.replace('_', " ")
}

/// For each organisation of the listed requests: the categories they asked for, replayed
/// from the day the first of them arrived to `today`; one sentence per category held
/// differently now, with the policy changes behind it.
fn reach_today(store: &Store, rows: &[query::RequestRow], today: NaiveDate) -> Result<Vec<String>> {
    let mut by_org: BTreeMap<&str, (NaiveDate, Vec<String>)> = BTreeMap::new();
    for row in rows {
        let Some(r) = query::request(store, &row.organisation, &row.id)? else {
            continue;
        };
        let entry = by_org
            .entry(row.organisation.as_str())
            .or_insert((r.received.start(), Vec::new()));
        entry.0 = entry.0.min(r.received.start());
        entry.1.extend(r.categories.into_iter().map(|c| c.category));
    }
    let several = by_org.len() > 1;
    let organisations = query::organisations(store)?;
    let mut out = Vec::new();
    for (org, (then, categories)) in by_org {
        let e = query::exposure(
            store,
            &query::ExposureQuery {
                organisation: org.to_string(),
                request: None,
                matter: None,
                categories,
                then: Some(then),
                as_of: today,
            },
        )?;
        let who = match organisations.iter().find(|o| o.id == org) {
            Some(o) if several => format!("{}: ", o.label()),
            _ => String::new(),
        };
        for row in e.rows.iter().filter(|r| r.changed) {
            let after = row
                .causes()
                .map_or(String::new(), |c| format!(", after {c}"));
            out.push(format!(
                "{who}{}: {} when the first request arrived ({}); {} today{after}.",
                row.label, row.then.summary, row.then.date, row.as_of.summary
            ));
        }
    }
    Ok(out)
}

fn policy_line(p: &query::PolicyChangeView, label: &dyn Fn(&str) -> String) -> PolicyLine {
    PolicyLine {
        date: p.date.clone(),
        kind: p.kind.label().to_string(),
        summary: p.summary.clone(),
        source: p.source.clone(),
        changes: p
            .changes
            .iter()
            .map(|c| format!("{}: {} → {}", label(&c.category), c.before, c.after))
            .collect(),
    }
}

/// The period before `period`, of the same length in days.
fn previous(period: &FuzzyDate) -> (NaiveDate, NaiveDate) {
    let days = (period.end() - period.start()).num_days() + 1;
    let end = period.start().pred_opt().unwrap_or(period.start());
    let start = end - chrono::Duration::days(days - 1);
    (start, end)
}

fn build_context(store: &Store, opts: &ReportOptions) -> Result<Context> {
    if let Some(o) = &opts.organisation {
        query::ensure_organisation(store, o)?;
    }
    let count = Counter(opts.band_below);
    let filter = Filter {
        organisation: opts.organisation.clone(),
        from: Some(opts.period.start()),
        to: Some(opts.period.end()),
        ..Filter::default()
    };
    let s: Stats = query::stats(store, &filter)?;
    let (prev_from, prev_to) = previous(&opts.period);
    let prev = query::count(
        store,
        &Filter {
            from: Some(prev_from),
            to: Some(prev_to),
            ..filter.clone()
        },
    )?;
    let orgs: Vec<String> = query::organisations(store)?
        .into_iter()
        .filter(|o| opts.organisation.as_ref().is_none_or(|id| *id == o.id))
        .map(|o| o.label())
        .collect();
    let organisation = if orgs.is_empty() {
        "No organisation".into()
    } else {
        orgs.join(", ")
    };
    let outcome = |k: &str| s.by_outcome.get(k).copied().unwrap_or(0);
    let share = (s.some_data_produced * 100 + s.requests / 2)
        .checked_div(s.requests)
        .map_or_else(|| "none".to_string(), |p| format!("{p}%"));
    let categories: Vec<CategoryLine> = s
        .categories
        .iter()
        .map(|c| CategoryLine {
            label: c.label.clone(),
            requested: count.fmt(c.requested),
            provided: count.fmt(c.provided),
            partial: count.fmt(c.partial),
            not_held: count.fmt(c.not_held),
            withheld: count.fmt(c.withheld),
            pending: count.fmt(c.pending),
            sentence: (c.not_held > 0).then(|| {
                let times = if c.requested == 1 {
                    "once".to_string()
                } else {
                    format!("{} times", count.fmt(c.requested))
                };
                if c.not_held == c.requested {
                    format!(
                        "We were asked for {} {times}; we did not hold it.",
                        c.label.to_lowercase()
                    )
                } else {
                    format!(
                        "We were asked for {} {times}; {} of those times we did not hold it.",
                        c.label.to_lowercase(),
                        count.fmt(c.not_held)
                    )
                }
            }),
        })
        .collect();
    let labels: BTreeMap<String, String> = query::categories(store)?
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    let label = |id: &str| labels.get(id).cloned().unwrap_or_else(|| plain(id));
    let inventory = query::inventory_as_of(store, opts.organisation.as_deref(), opts.period.end())?
        .into_iter()
        .map(|e| InventoryLine {
            category: label(&e.category),
            held: e.held,
            retention: e
                .retention
                .map(|r| r.label())
                .unwrap_or_else(|| "not stated".into()),
            location: e.location.unwrap_or_default(),
        })
        .collect();
    let policy_changes = query::policy_changes_described(
        store,
        opts.organisation.as_deref(),
        Some(opts.period.start()),
        Some(opts.period.end()),
    )?
    .iter()
    .map(|p| policy_line(p, &label))
    .collect();
    let page = query::list_requests(
        store,
        &ListQuery {
            filter: filter.clone(),
            sort: SortKey::Received,
            limit: MAX_LISTED.min(1000),
            ..ListQuery::default()
        },
    )?;
    let today = chrono::Local::now().date_naive();
    let reach_today = if opts.sections.exposure {
        reach_today(store, &page.rows, today)?
    } else {
        Vec::new()
    };
    let mut listed = Vec::new();
    for row in &page.rows {
        let full = query::request(store, &row.organisation, &row.id)?;
        let cats: Vec<String> = full
            .map(|r| {
                r.categories
                    .iter()
                    .map(|c| {
                        format!(
                            "{} ({})",
                            label(&c.category),
                            c.disposition.label().to_lowercase()
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        listed.push(RequestLine {
            id: row.id.clone(),
            received: row.received.clone(),
            answered: row.answered.clone().unwrap_or_else(|| "not stated".into()),
            authority: row.authority.clone().unwrap_or_default(),
            process: Process::label_of(&row.process),
            outcome: row
                .outcome
                .as_deref()
                .map(Outcome::label_of)
                .unwrap_or_else(|| "not stated".into()),
            categories: cats.join(", "),
        });
    }
    let mut charts = BTreeMap::new();
    if opts.format == Format::Html {
        let chart_opts = ChartOptions {
            filter: filter.clone(),
            width: 860,
            ..ChartOptions::default()
        };
        for kind in [
            ChartKind::RequestsOverTime,
            ChartKind::Categories,
            ChartKind::Timeline,
        ] {
            let chart = disclose_charts::render(store, kind, &chart_opts)?;
            charts.insert(kind.id(), chart.svg);
        }
    }
    // Empty when there is nothing to compare with.
    let change = match (s.requests as i64 - prev as i64, prev) {
        (_, 0) => String::new(),
        (0, _) => "no change".to_string(),
        (d, p) => format!("{d:+} ({:+}%)", d * 100 / p as i64),
    };
    Ok(Context {
        title: format!("Transparency report {}", opts.period),
        organisation,
        period: opts.period.to_string(),
        period_end: opts.period.end().to_string(),
        previous_period: format!("{prev_from} to {prev_to}"),
        requests: count.fmt(s.requests),
        accounts_specified: count.fmt(s.accounts_specified),
        some_data_produced: count.fmt(s.some_data_produced),
        share_produced: share,
        rejected: count.fmt(outcome("rejected")),
        withdrawn: count.fmt(outcome("withdrawn")),
        pending: count.fmt(outcome("pending")),
        nondisclosure_orders: count.fmt(s.nondisclosure_orders),
        users_notified: count.fmt(s.users_notified),
        users_notified_unknown: count.fmt(s.users_notified_unknown),
        by_process: s
            .by_process
            .iter()
            .map(|(k, n)| Count {
                label: Process::label_of(k),
                count: count.fmt(*n),
            })
            .collect(),
        by_country: s
            .by_country
            .iter()
            .map(|(k, n)| Count {
                label: k.clone(),
                count: count.fmt(*n),
            })
            .collect(),
        previous_requests: count.fmt(prev),
        change,
        categories_summary: categories
            .iter()
            .filter(|c| c.sentence.is_some())
            .map(|c| c.label.clone())
            .collect::<Vec<_>>()
            .join(", "),
        categories,
        inventory,
        policy_changes,
        unlisted: page.total.saturating_sub(page.rows.len() as u64),
        listed,
        reach_today,
        today: today.to_string(),
        band_below: opts.band_below,
        sections: opts.sections,
        charts,
        generated_by: format!("Disclose {}", env!("CARGO_PKG_VERSION")),
    })
}

/// Backslash-escapes what Markdown would read as markup, and HTML's `<` `>` `&`,
/// so record text stays text in a blog post.
fn md(value: String) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A link target for Markdown: only http(s), with the characters that could end the
/// link or start markup percent-encoded. Anything else is not a link.
fn url(value: String) -> String {
    if !(value.starts_with("https://") || value.starts_with("http://")) {
        return String::new();
    }
    value
        .chars()
        .map(|c| match c {
            '(' | ')' | ' ' | '<' | '>' | '[' | ']' | '"' | '\'' | '`' => {
                format!("%{:02X}", c as u32)
            }
            c if c.is_control() => String::new(),
            c => c.to_string(),
        })
        .collect()
}

/// Renders the report.
pub fn build(store: &Store, opts: &ReportOptions) -> Result<String> {
    let context = build_context(store, opts)?;
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    env.add_filter("md", md);
    env.add_filter("url", url);
    let name = match opts.format {
        Format::Markdown => "report.md",
        Format::Html => "report.html",
    };
    let source = opts
        .template
        .clone()
        .unwrap_or_else(|| opts.format.default_template().to_string());
    let template_error = |e: minijinja::Error| Error::Usage(format!("report template: {e:#}"));
    env.add_template_owned(name, source)
        .map_err(template_error)?;
    let mut value = Value::from(minijinja::value::Serde(&context));
    // Chart SVG comes from the charts crate, which escapes every text: safe to inline.
    let charts: BTreeMap<&str, Value> = context
        .charts
        .iter()
        .map(|(k, svg)| (*k, Value::from_safe_string(svg.clone())))
        .collect();
    value = minijinja::context! { charts => charts, ..value };
    env.get_template(name)
        .and_then(|t| t.render(value))
        .map_err(template_error)
}
