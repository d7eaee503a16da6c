//! The transparency report: the core's aggregates and the charts, through a
//! template (minijinja), as Markdown for a blog post or one self-contained HTML
//! file. The default templates can be written out, edited and passed back.
//!
//! Privacy: the report is built only from aggregates and request fields that
//! are public by design; subjects are never read. Small counts can be shown as
//! a band ("fewer than 5") where an exact number could point at someone.

#![warn(missing_docs)]

mod checklist;
mod prose;
mod site;
mod texts;

pub use checklist::{Checklist, Facts, Item, Status};
pub use site::{publish, Published};
pub use texts::{save_words, subject, subjects, words, Words};

use prose::Counter;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use disclose_charts::{ChartKind, ChartOptions};
use disclose_core::date::FuzzyDate;
use disclose_core::domain::{country_name_in, Outcome, Process};
use disclose_core::error::{Error, Result};
use disclose_core::i18n::{self, say, Arg, Lang};
use disclose_core::query::{self, Filter, ListQuery, SortKey, Stats};
use disclose_core::Store;
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
    /// A folder for a static site: the HTML, Markdown with the charts beside it, the
    /// charts as SVG and PNG, the figures as data.json and CSV (`publish`).
    Site,
}

impl Format {
    /// The template this format renders with unless another is given.
    pub fn default_template(self) -> &'static str {
        match self {
            Format::Markdown => MARKDOWN_TEMPLATE,
            Format::Html | Format::Site => HTML_TEMPLATE,
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
    /// The Markdown shows the charts as images in `charts/` beside it (a published folder).
    pub chart_files: bool,
    /// The report's texts as being edited (the app's live preview); None: those in the store.
    pub texts: Option<BTreeMap<String, String>>,
    /// The language of the report's own words, numbers and dates (the staff's texts and
    /// record text stay as written).
    pub lang: Lang,
}

/// The charts a report shows, in order.
pub const REPORT_CHARTS: [ChartKind; 3] = [
    ChartKind::RequestsOverTime,
    ChartKind::Categories,
    ChartKind::Timeline,
];

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
    /// Other organisations' published counts for the same years, for context (off unless
    /// asked for).
    pub context: bool,
}

impl Default for Sections {
    fn default() -> Self {
        Sections {
            categories: true,
            inventory: true,
            policy: true,
            requests: true,
            exposure: true,
            context: false,
        }
    }
}

impl Sections {
    /// The sections that can be left out, by name.
    pub const NAMES: [&'static str; 6] = [
        "categories",
        "inventory",
        "policy",
        "requests",
        "exposure",
        "context",
    ];

    /// The sections named in a comma-separated list on, the others off (the `sections`
    /// text of a report).
    pub fn from_list(list: &str) -> Result<Sections> {
        let mut s = Sections {
            categories: false,
            inventory: false,
            policy: false,
            requests: false,
            exposure: false,
            context: false,
        };
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            *s.flag(name)? = true;
        }
        Ok(s)
    }

    /// The sections that are on, as a comma-separated list.
    pub fn to_list(&self) -> String {
        let on = [
            self.categories,
            self.inventory,
            self.policy,
            self.requests,
            self.exposure,
            self.context,
        ];
        Sections::NAMES
            .iter()
            .zip(on)
            .filter(|(_, on)| *on)
            .map(|(n, _)| *n)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Leaves out the named part (one of [`Sections::NAMES`]).
    pub fn omit(&mut self, name: &str) -> Result<()> {
        *self.flag(name)? = false;
        Ok(())
    }

    /// The switch of the named part.
    fn flag(&mut self, name: &str) -> Result<&mut bool> {
        Ok(match name {
            "categories" => &mut self.categories,
            "inventory" => &mut self.inventory,
            "policy" => &mut self.policy,
            "requests" => &mut self.requests,
            "exposure" => &mut self.exposure,
            "context" => &mut self.context,
            other => {
                return Err(Error::Usage(say!(
                    "error-unknown",
                    what = other,
                    expected = say!("expected-one-of", list = Sections::NAMES.join(", "))
                )))
            }
        })
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
struct ContextLine {
    sentence: String,
    source: Option<String>,
}

/// Other organisations' published counts of requests for the report's years: "GitHub
/// published 300 requests for 2023 (all legal processes)", with where the figure comes from.
fn context_lines(
    store: &Store,
    subject: &str,
    period: &FuzzyDate,
    lang: Lang,
) -> Result<Vec<ContextLine>> {
    use chrono::Datelike;
    let rows = query::compare(
        store,
        &query::CompareQuery {
            from_year: Some(period.start().year()),
            to_year: Some(period.end().year()),
            ..query::CompareQuery::default()
        },
    )?;
    let names: BTreeMap<String, String> = query::organisations(store)?
        .into_iter()
        .map(|o| (o.id.clone(), o.label()))
        .collect();
    let mut out = Vec::new();
    for row in rows
        .iter()
        .filter(|r| r.organisation != subject && r.source == query::FigureSource::Published)
    {
        let figure = match (row.value, row.value_min, row.value_max) {
            (Some(v), _, _) => i18n::number(lang, v.round() as u64),
            (None, Some(lo), Some(hi)) => i18n::message(
                lang,
                "report-between",
                &[
                    ("lo", i18n::number(lang, lo as u64).into()),
                    ("hi", i18n::number(lang, hi as u64).into()),
                ],
            ),
            _ => continue,
        };
        let months = match row.months_covered {
            Some(m) if m < 12 => f64::from(m),
            _ => 12.0,
        };
        let name = names
            .get(&row.organisation)
            .cloned()
            .unwrap_or_else(|| row.organisation.clone());
        let source: Option<String> = store
            .conn()
            .query_row(
                "SELECT source FROM aggregates WHERE organisation = ?1 AND source IS NOT NULL
                 AND substr(period_start, 1, 4) = ?2 LIMIT 1",
                [&row.organisation, &row.year.to_string()],
                |r| r.get::<_, String>(0),
            )
            .ok()
            // The file the figures were summed from (its rows and checksum are in the store).
            .map(|s| s.split(" (").next().unwrap_or(&s).to_string());
        out.push(ContextLine {
            sentence: i18n::message(
                lang,
                "report-context-line",
                &[
                    ("name", name.into()),
                    ("figure", figure.into()),
                    ("year", row.year.to_string().into()),
                    ("months", Arg::Number(months)),
                ],
            ),
            source,
        });
    }
    Ok(out)
}

#[derive(Debug, Serialize)]
struct CompareLine {
    label: String,
    this: String,
    last: String,
    change: String,
}

/// A chart as a file beside the Markdown report (`charts/NAME.png`), with its text.
#[derive(Debug, Serialize)]
struct ChartImage {
    file: String,
    alt: String,
}

#[derive(Debug, Serialize)]
struct Context {
    /// The report's language code (`en`, `de`), for `<html lang>`.
    lang: &'static str,
    title: String,
    organisation: String,
    organisation_id: String,
    /// The staff's texts by key, as written (Markdown).
    texts: BTreeMap<String, String>,
    /// The summary, sentence by sentence.
    summary: Vec<String>,
    /// This period beside the one before.
    comparison: Vec<CompareLine>,
    /// Median days from a request's arrival to its answer, where both are known to the day.
    median_days: Option<String>,
    /// Charts as files beside the Markdown report (a published folder), by kind.
    chart_images: BTreeMap<&'static str, ChartImage>,
    /// Each chart's one-sentence summary, its text alternative.
    chart_alts: BTreeMap<&'static str, String>,
    /// Each chart's numbers, header row first: the table beside the picture.
    chart_tables: BTreeMap<&'static str, Vec<Vec<String>>>,
    /// Other organisations' published counts for the same years, one sentence each.
    context: Vec<ContextLine>,
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

fn plain(id: &str) -> String {
    id.replace('_', " ")
}

/// For each organisation of the listed requests: the categories they asked for, replayed
/// from the day the first of them arrived to `today`; one sentence per category held
/// differently now, with the policy changes behind it.
fn reach_today(
    store: &Store,
    rows: &[query::RequestRow],
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<String>> {
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
        let e = query::exposure_in(
            store,
            &query::ExposureQuery {
                organisation: org.to_string(),
                request: None,
                matter: None,
                categories,
                then: Some(then),
                as_of: today,
            },
            lang,
        )?;
        let who = match organisations.iter().find(|o| o.id == org) {
            Some(o) if several => format!("{}: ", o.label()),
            _ => String::new(),
        };
        for row in e.rows.iter().filter(|r| r.changed) {
            let after = row.causes_in(lang).map_or(String::new(), |c| {
                i18n::message(lang, "report-reach-after", &[("causes", c.into())])
            });
            out.push(i18n::message(
                lang,
                "report-reach-line",
                &[
                    ("who", who.as_str().into()),
                    ("label", row.label.as_str().into()),
                    ("then", row.then.summary.as_str().into()),
                    ("date", row.then.date.to_string().into()),
                    ("now", row.as_of.summary.as_str().into()),
                    ("after", after.into()),
                ],
            ));
        }
    }
    Ok(out)
}

fn policy_line(
    p: &query::PolicyChangeView,
    label: &dyn Fn(&str) -> String,
    lang: Lang,
) -> PolicyLine {
    PolicyLine {
        date: p.date.clone(),
        kind: p.kind.label_in(lang).to_string(),
        summary: p.summary.clone(),
        source: p.source.clone(),
        changes: p
            .changes
            .iter()
            .map(|c| format!("{}: {} → {}", label(&c.category), c.before, c.after))
            .collect(),
    }
}

/// A change with its sign, as the language writes the number: "+1,234", "-5".
fn signed(lang: Lang, d: i64) -> String {
    let sign = if d < 0 { "-" } else { "+" };
    format!("{sign}{}", i18n::number(lang, d.unsigned_abs()))
}

/// The period as the report says it: "2023", "March 2023" / "März 2023", "January–June
/// 2023", or its first and last day.
fn period_words(p: &FuzzyDate, lang: Lang) -> String {
    span_words(p.start(), p.end(), lang)
}

/// The days from `a` to `b` in words, as [`period_words`] says them.
fn span_words(a: NaiveDate, b: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let whole_months = a.day() == 1 && b.succ_opt().is_none_or(|n| n.day() == 1);
    let month = |d: NaiveDate| (d.year(), d.month() as u8);
    match (whole_months, a == b) {
        (true, _) if a.year() == b.year() && a.month() == 1 && b.month() == 12 => {
            a.year().to_string()
        }
        (true, _) if month(a) == month(b) => i18n::month_year(lang, a.year(), a.month() as u8),
        (true, _) => i18n::month_range(lang, month(a), month(b)),
        (false, true) => a.to_string(),
        (false, false) => i18n::message(
            lang,
            "report-span",
            &[("from", a.to_string().into()), ("to", b.to_string().into())],
        ),
    }
}

/// The period before `period`, of the same length in days.
fn previous(period: &FuzzyDate) -> (NaiveDate, NaiveDate) {
    let days = (period.end() - period.start()).num_days() + 1;
    let end = period.start().pred_opt().unwrap_or(period.start());
    let start = end - chrono::Duration::days(days - 1);
    (start, end)
}

/// Median days from arrival to answer over the period's requests whose two dates are days.
fn median_days(
    store: &Store,
    organisation: &str,
    period: &FuzzyDate,
) -> Result<(Option<u64>, u64)> {
    let mut stmt = store.conn().prepare(
        "SELECT received, answered FROM requests WHERE organisation = ?1
         AND received_start BETWEEN ?2 AND ?3",
    )?;
    let rows = stmt.query_map(
        [
            organisation,
            &period.start().to_string(),
            &period.end().to_string(),
        ],
        |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)),
    )?;
    let (mut days, mut answered) = (Vec::new(), 0);
    for row in rows {
        let (received, reply) = row?;
        let Some(reply) = reply else { continue };
        answered += 1;
        let (Ok(a), Ok(b)) = (received.parse::<FuzzyDate>(), reply.parse::<FuzzyDate>()) else {
            continue;
        };
        if a.start() == a.end() && b.start() == b.end() {
            days.push((b.start() - a.start()).num_days().max(0) as u64);
        }
    }
    days.sort_unstable();
    Ok((days.get(days.len() / 2).copied(), answered))
}

/// Requests of the period with a column recorded (not null).
fn with_recorded(
    store: &Store,
    organisation: &str,
    period: &FuzzyDate,
    column: &str,
) -> Result<u64> {
    let n: i64 = store.conn().query_row(
        &format!(
            "SELECT count({column}) FROM requests WHERE organisation = ?1 AND received_start BETWEEN ?2 AND ?3"
        ),
        [organisation, &period.start().to_string(), &period.end().to_string()],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}

/// The filter of one organisation's report for a period.
pub(crate) fn period_filter(organisation: &str, period: &FuzzyDate) -> Filter {
    Filter {
        organisation: Some(organisation.to_string()),
        from: Some(period.start()),
        to: Some(period.end()),
        ..Filter::default()
    }
}

/// The checklist of the report `opts` describes: what it states of what is expected.
pub fn checklist(store: &Store, opts: &ReportOptions) -> Result<Checklist> {
    let org = subject(store, opts.organisation.as_deref())?;
    let filter = period_filter(&org.id, &opts.period);
    let s = query::stats(store, &filter)?;
    let texts = match &opts.texts {
        Some(t) => t.clone(),
        None => texts::texts(store, &org.id, &opts.period)?.1,
    };
    let with_categories = query::count_with_categories(store, &filter)?;
    let days = (opts.period.end() - opts.period.start()).num_days() + 1;
    let facts = Facts {
        requests: s.requests,
        with_outcome: s.by_outcome.values().sum(),
        with_country: s.by_country.values().sum(),
        with_authority: with_recorded(store, &org.id, &opts.period, "authority")?,
        with_answered: with_recorded(store, &org.id, &opts.period, "answered")?,
        with_notification: s.requests - s.users_notified_unknown,
        with_categories: with_categories as u64,
        accounts_specified: s.accounts_specified,
        yearly: days <= 366,
        own_methodology: texts
            .get("methodology")
            .is_some_and(|t| !t.trim().is_empty()),
        structured: opts.format == Format::Site,
        categories_section: opts.sections.categories,
        requests_section: opts.sections.requests,
    };
    Ok(checklist::check(&facts, opts.lang))
}

fn build_context(store: &Store, opts: &ReportOptions) -> Result<Context> {
    let org = subject(store, opts.organisation.as_deref())?;
    let texts = match &opts.texts {
        Some(t) => t.clone(),
        None => texts::texts(store, &org.id, &opts.period)?.1,
    };
    let lang = opts.lang;
    let count = Counter {
        band: opts.band_below,
        lang,
    };
    let t = |id: &str| i18n::text(lang, id).to_string();
    let filter = period_filter(&org.id, &opts.period);
    let s: Stats = query::stats(store, &filter)?;
    let (prev_from, prev_to) = previous(&opts.period);
    let prev_stats = query::stats(
        store,
        &Filter {
            from: Some(prev_from),
            to: Some(prev_to),
            ..filter.clone()
        },
    )?;
    let prev = prev_stats.requests;
    let organisation = org.label();
    let outcome = |k: &str| s.by_outcome.get(k).copied().unwrap_or(0);
    let prev_outcome = |k: &str| prev_stats.by_outcome.get(k).copied().unwrap_or(0);
    let change = |this: u64, last: u64| match (this as i64 - last as i64, last) {
        (0, _) => t("report-no-change"),
        (d, 0) => i18n::message(
            lang,
            "report-change-none-before",
            &[("d", signed(lang, d).into())],
        ),
        (d, l) => i18n::message(
            lang,
            "report-change",
            &[
                ("d", signed(lang, d).into()),
                ("p", signed(lang, d * 100 / l as i64).into()),
            ],
        ),
    };
    let comparison: Vec<CompareLine> = [
        ("report-row-requests", s.requests, prev_stats.requests),
        (
            "report-row-accounts",
            s.accounts_specified,
            prev_stats.accounts_specified,
        ),
        (
            "report-row-some-data",
            s.some_data_produced,
            prev_stats.some_data_produced,
        ),
        (
            "report-row-rejected",
            outcome("rejected"),
            prev_outcome("rejected"),
        ),
        (
            "report-row-nondisclosure",
            s.nondisclosure_orders,
            prev_stats.nondisclosure_orders,
        ),
        (
            "report-row-notified",
            s.users_notified,
            prev_stats.users_notified,
        ),
    ]
    .into_iter()
    .map(|(label, this, last)| CompareLine {
        label: t(label),
        this: count.fmt(this),
        last: count.fmt(last),
        change: change(this, last),
    })
    .collect();
    let (median, _) = median_days(store, &org.id, &opts.period)?;
    let share = (s.some_data_produced * 100 + s.requests / 2)
        .checked_div(s.requests)
        .map_or_else(|| t("report-none"), |p| i18n::percent(lang, p));
    let categories: Vec<CategoryLine> = s
        .categories
        .iter()
        .map(|c| {
            (
                c,
                disclose_core::domain::category_label_in(&c.category, &c.label, lang),
            )
        })
        .map(|(c, label)| CategoryLine {
            requested: count.fmt(c.requested),
            provided: count.fmt(c.provided),
            partial: count.fmt(c.partial),
            not_held: count.fmt(c.not_held),
            withheld: count.fmt(c.withheld),
            pending: count.fmt(c.pending),
            sentence: (c.not_held > 0).then(|| {
                let times = count.of("report-times", c.requested);
                let what = match lang {
                    // English writes a category inside a sentence in lower case; German
                    // nouns keep their capital.
                    Lang::En => label.to_lowercase(),
                    Lang::De => label.clone(),
                };
                if c.not_held == c.requested {
                    i18n::message(
                        lang,
                        "report-not-held-always",
                        &[("what", what.into()), ("times", times.into())],
                    )
                } else {
                    i18n::message(
                        lang,
                        "report-not-held-sometimes",
                        &[
                            ("what", what.into()),
                            ("times", times.into()),
                            ("part", count.fmt(c.not_held).into()),
                        ],
                    )
                }
            }),
            label,
        })
        .collect();
    let labels: BTreeMap<String, String> = query::category_labels(store, lang)?;
    let label = |id: &str| labels.get(id).cloned().unwrap_or_else(|| plain(id));
    let inventory = query::inventory_as_of(store, Some(&org.id), opts.period.end())?
        .into_iter()
        .map(|e| InventoryLine {
            category: label(&e.category),
            held: e.held,
            retention: e
                .retention
                .map(|r| r.label_in(lang))
                .unwrap_or_else(|| t("report-not-stated")),
            location: e.location.unwrap_or_default(),
        })
        .collect();
    let policy_changes = query::policy_changes_described_in(
        store,
        Some(&org.id),
        Some(opts.period.start()),
        Some(opts.period.end()),
        lang,
    )?
    .iter()
    .map(|p| policy_line(p, &label, lang))
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
        reach_today(store, &page.rows, today, lang)?
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
                            match lang {
                                Lang::En => c.disposition.label_in(lang).to_lowercase(),
                                Lang::De => c.disposition.label_in(lang).to_string(),
                            }
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        listed.push(RequestLine {
            id: row.id.clone(),
            // A month or a range of months in words; a day as written.
            received: row
                .received
                .parse::<FuzzyDate>()
                .map_or_else(|_| row.received.clone(), |d| period_words(&d, lang)),
            answered: row
                .answered
                .clone()
                .unwrap_or_else(|| t("report-not-stated")),
            authority: row.authority.clone().unwrap_or_default(),
            process: Process::label_of_in(&row.process, lang),
            outcome: row
                .outcome
                .as_deref()
                .map(|o| Outcome::label_of_in(o, lang))
                .unwrap_or_else(|| t("report-not-stated")),
            categories: cats.join(", "),
        });
    }
    let mut charts = BTreeMap::new();
    let mut chart_alts = BTreeMap::new();
    let mut chart_tables = BTreeMap::new();
    let mut chart_images = BTreeMap::new();
    let chart_opts = ChartOptions {
        filter: filter.clone(),
        width: 860,
        lang,
        ..ChartOptions::default()
    };
    for kind in REPORT_CHARTS {
        let chart = disclose_charts::render(store, kind, &chart_opts)?;
        if opts.format != Format::Markdown {
            charts.insert(kind.id(), chart.svg.clone());
        }
        chart_images.insert(
            kind.id(),
            ChartImage {
                file: format!("charts/{}.png", kind.id()),
                alt: chart.summary.clone(),
            },
        );
        chart_alts.insert(kind.id(), chart.summary);
        chart_tables.insert(kind.id(), chart.table);
    }
    // Empty when there is nothing to compare with.
    let change = match prev {
        0 => String::new(),
        _ => change(s.requests, prev),
    };
    let period = period_words(&opts.period, lang);
    let summary = prose::summary(&s, &period, count);
    Ok(Context {
        lang: lang.code(),
        title: texts
            .get("title")
            .filter(|t| !t.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| {
                i18n::message(lang, "report-title", &[("period", period.as_str().into())])
            }),
        organisation,
        organisation_id: org.id.clone(),
        texts,
        summary,
        comparison,
        median_days: median.map(|d| i18n::counted(lang, "report-days", d, &[])),
        chart_images: if opts.chart_files {
            chart_images
        } else {
            BTreeMap::new()
        },
        chart_alts,
        chart_tables,
        context: if opts.sections.context {
            context_lines(store, &org.id, &opts.period, lang)?
        } else {
            Vec::new()
        },
        period,
        period_end: opts.period.end().to_string(),
        previous_period: span_words(prev_from, prev_to, lang),
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
                label: Process::label_of_in(k, lang),
                count: count.fmt(*n),
            })
            .collect(),
        by_country: s
            .by_country
            .iter()
            .map(|(k, n)| Count {
                label: country_name_in(k, lang),
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
    // `t("report-...")`: a word of the report in its language, from the catalogue; named
    // arguments fill the message's variables.
    let lang = opts.lang;
    env.add_function("t", move |id: String, kwargs: minijinja::value::Kwargs| {
        let mut args: Vec<(String, Arg)> = Vec::new();
        for name in kwargs.args() {
            let value: Value = kwargs.get(name)?;
            args.push((
                name.to_string(),
                match value.as_i64() {
                    Some(n) => Arg::Number(n as f64),
                    None => Arg::Text(value.to_string()),
                },
            ));
        }
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        Ok::<String, minijinja::Error>(i18n::message(lang, &id, &args))
    });
    let name = match opts.format {
        Format::Markdown => "report.md",
        Format::Html | Format::Site => "report.html",
    };
    let source = opts
        .template
        .clone()
        .unwrap_or_else(|| opts.format.default_template().to_string());
    let template_error = |e: minijinja::Error| {
        Error::Usage(say!("error-report-template", detail = format!("{e:#}")))
    };
    env.add_template_owned(name, source)
        .map_err(template_error)?;
    let mut value = Value::from(minijinja::value::Serde(&context));
    // Chart SVG comes from the charts crate, which escapes every text: safe to inline.
    let charts: BTreeMap<&str, Value> = context
        .charts
        .iter()
        .map(|(k, svg)| (*k, Value::from_safe_string(svg.clone())))
        .collect();
    // The staff's texts, as HTML whose own markup is escaped (texts::to_html).
    let texts_html: BTreeMap<&str, Value> = context
        .texts
        .iter()
        .map(|(k, t)| (k.as_str(), Value::from_safe_string(texts::to_html(t))))
        .collect();
    value = minijinja::context! { charts => charts, texts_html => texts_html, ..value };
    env.get_template(name)
        .and_then(|t| t.render(value))
        .map_err(template_error)
}
