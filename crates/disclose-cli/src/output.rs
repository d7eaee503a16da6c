//! What the CLI prints: tables for people, JSON with `--json`.
//!
//! Data goes to stdout through `io::Result`, so a closed pipe
//! (`disclose stats | head`) ends the program quietly instead of panicking;
//! problems and warnings go to stderr.

use std::collections::BTreeMap;
use std::io::{self, Write};

use disclose_core::date::FuzzyDate;
use disclose_core::domain::{Disposition, InventoryEntry, Labels, Term};
use disclose_core::error::{Error, Severity};
use disclose_core::i18n::{self, Arg, Lang};
use disclose_core::import::{ImportOutcome, ImportSummary};
use disclose_core::query::{
    Change, CompareRow, Exposure, FigureSource, LibraryEntry, RequestPage, Stats, StoreSummary,
};
use disclose_core::store::journal::{ChangeEntry, KEPT_CHANGES};
use serde::Serialize;

fn print_json<T: Serialize>(out: &mut impl Write, v: &T) -> io::Result<()> {
    let text = serde_json::to_string_pretty(v).map_err(io::Error::other)?;
    writeln!(out, "{text}")
}

pub fn error(e: &Error, lang: Lang, json: bool) {
    if json {
        let _ = print_json(&mut io::stdout().lock(), &e.to_payload_in(lang));
        return;
    }
    let problems = e.problems();
    if problems.is_empty() {
        eprintln!(
            "{}",
            i18n::message(lang, "cli-error", &[("message", e.in_lang(lang).into())])
        );
        return;
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let file = problems.first().map(|p| p.file.as_str()).unwrap_or("");
    eprintln!(
        "{}",
        i18n::counted(
            lang,
            "cli-problems",
            errors as u64,
            &[("file", file.into())]
        )
    );
    for p in problems {
        eprintln!("  {}", p.in_lang(lang));
    }
}

pub fn done(out: &mut impl Write, message: &str, json: bool) -> io::Result<()> {
    if json {
        print_json(out, &serde_json::json!({ "ok": true, "message": message }))
    } else {
        writeln!(out, "{message}")
    }
}

fn summary_line(s: &ImportSummary, lang: Lang) -> String {
    let inserted: BTreeMap<String, u64> = s
        .inserted
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(kind, n)| (kind.to_string(), *n))
        .collect();
    let mut line = i18n::message(
        lang,
        "cli-import-line",
        &[
            ("file", s.file.as_str().into()),
            ("format", s.format.to_string().into()),
            (
                "added",
                if inserted.is_empty() {
                    i18n::text(lang, "cli-nothing").to_string()
                } else {
                    disclose_core::import::describe_counts_in(&inserted, lang)
                }
                .into(),
            ),
            ("unchanged", i18n::number(lang, s.unchanged).into()),
        ],
    );
    if s.replaced > 0 {
        line.push_str(&i18n::counted(lang, "cli-import-replaced", s.replaced, &[]));
    }
    if !s.created_organisations.is_empty() {
        line.push_str(&i18n::counted(
            lang,
            "cli-import-created",
            s.created_organisations.len() as u64,
            &[("ids", s.created_organisations.join(", ").into())],
        ));
    }
    if !s.warnings.is_empty() {
        line.push_str(&i18n::counted(
            lang,
            "cli-import-warnings",
            s.warnings.len() as u64,
            &[],
        ));
    }
    line
}

/// An import of files, folders and zips: a line per file imported, then a line per file
/// skipped with what it lacked; JSON as `{files, skipped}`.
pub fn import_outcome(
    out: &mut impl Write,
    o: &ImportOutcome,
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, o);
    }
    summaries(out, &o.files, false, "cli-imported", lang)?;
    for s in &o.skipped {
        let said = i18n::message(
            lang,
            "cli-skipped",
            &[
                ("file", s.file.as_str().into()),
                ("reason", s.reason.to_string().into()),
            ],
        );
        writeln!(out, "{said}")?;
    }
    Ok(())
}

/// One line per file imported or validated, its warnings on stderr.
pub fn summaries(
    out: &mut impl Write,
    list: &[ImportSummary],
    json: bool,
    verb: &str,
    lang: Lang,
) -> io::Result<()> {
    if json {
        return print_json(out, &list);
    }
    for s in list {
        writeln!(out, "{} {}", i18n::text(lang, verb), summary_line(s, lang))?;
        for w in &s.warnings {
            eprintln!("  {}", w.in_lang(lang));
        }
    }
    Ok(())
}

/// The summary of a filter in `lang`, every id in the words of `labels` (taken in the same
/// language).
pub fn stats(
    out: &mut impl Write,
    s: &Stats,
    labels: &Labels,
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, s);
    }
    let t = |id: &str| i18n::text(lang, id);
    let n = |v: u64| i18n::number(lang, v);
    let of = |part: u64, whole: u64| {
        i18n::message(
            lang,
            "cli-requests-of",
            &[("part", Arg::Text(n(part))), ("whole", Arg::Text(n(whole)))],
        )
    };
    // The titles' column is as wide as the longest title in this language, and two more.
    let titles = [
        "cli-stats-requests",
        "cli-stats-accounts",
        "cli-stats-some-data",
        "cli-stats-nondisclosure",
        "cli-stats-notified",
        "cli-stats-not-held",
        "cli-facet-process",
        "cli-facet-outcome",
        "cli-facet-year",
        "cli-facet-country",
    ];
    let width = titles
        .iter()
        .map(|id| t(id).chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let mut row = |label: &str, value: String| writeln!(out, "{label:<width$}{value}");
    row(t("cli-stats-requests"), n(s.requests))?;
    row(t("cli-stats-accounts"), n(s.accounts_specified))?;
    row(
        t("cli-stats-some-data"),
        of(s.some_data_produced, s.requests),
    )?;
    row(t("cli-stats-nondisclosure"), n(s.nondisclosure_orders))?;
    let unknown = match s.users_notified_unknown {
        0 => String::new(),
        u => format!(
            " {}",
            i18n::message(lang, "cli-stats-not-recorded", &[("n", Arg::Text(n(u)))])
        ),
    };
    row(
        t("cli-stats-notified"),
        format!("{}{unknown}", n(s.users_notified)),
    )?;
    for (title, map, terms) in [
        ("cli-facet-process", &s.by_process, &labels.process[..]),
        ("cli-facet-outcome", &s.by_outcome, &labels.outcome[..]),
        ("cli-facet-year", &s.by_year, &[][..]),
        ("cli-facet-country", &s.by_country, &labels.country[..]),
    ] {
        let parts: Vec<String> = map
            .iter()
            .map(|(k, v)| format!("{} {}", word(terms, k), n(*v)))
            .collect();
        row(t(title), parts.join(", "))?;
    }
    let category = |id: &str| word(&labels.category, id);
    let not_held: Vec<String> = s
        .categories
        .iter()
        .filter(|c| c.not_held > 0)
        .map(|c| format!("{} {}", category(&c.category), n(c.not_held)))
        .collect();
    if !not_held.is_empty() {
        row(t("cli-stats-not-held"), not_held.join(", "))?;
    }
    if s.categories.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    let head = [
        t("cli-stats-category").to_string(),
        t("cli-stats-requested").to_string(),
        Disposition::Provided.label_in(lang).to_lowercase(),
        Disposition::Partial.label_in(lang).to_lowercase(),
        Disposition::NotHeld.label_in(lang).to_lowercase(),
        Disposition::Withheld.label_in(lang).to_lowercase(),
        Disposition::Pending.label_in(lang).to_lowercase(),
    ];
    let rows: Vec<[String; 7]> = s
        .categories
        .iter()
        .map(|c| {
            [
                category(&c.category),
                n(c.requested),
                n(c.provided),
                n(c.partial),
                n(c.not_held),
                n(c.withheld),
                n(c.pending),
            ]
        })
        .collect();
    columns(out, &head, &rows, 1)?;
    Ok(())
}

/// A table: each column as wide as its widest cell, two spaces apart, the first `words`
/// columns on the left and the counts after them on the right.
fn columns<const N: usize>(
    out: &mut impl Write,
    head: &[String; N],
    rows: &[[String; N]],
    words: usize,
) -> io::Result<()> {
    let widths: Vec<usize> = (0..N)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([head[i].chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in std::iter::once(head).chain(rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &w))| {
                if i < words {
                    format!("{cell:<w$}")
                } else {
                    format!("{cell:>w$}")
                }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

/// The word people read for `id` among `terms` (the id itself when it has none, as a year).
fn word(terms: &[Term], id: &str) -> String {
    terms
        .iter()
        .find(|t| t.id == id)
        .map_or_else(|| id.to_string(), |t| t.label.clone())
}

/// A page of requests in `lang`, every id in the words of the store's `labels` (which the
/// caller took in the same language).
pub fn requests(
    out: &mut impl Write,
    page: &RequestPage,
    labels: &Labels,
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, page);
    }
    let t = |id: &str| i18n::text(lang, id);
    let n = |v: u64| i18n::number(lang, v);
    let last = page.offset + page.rows.len() as u64;
    let first = if page.rows.is_empty() {
        0
    } else {
        page.offset + 1
    };
    let range = i18n::message(
        lang,
        "cli-requests-range",
        &[
            ("first", Arg::Text(n(first))),
            ("last", Arg::Text(n(last))),
            ("total", Arg::Text(n(page.total))),
        ],
    );
    writeln!(out, "{range}")?;
    let header = [
        "cli-requests-organisation",
        "cli-requests-id",
        "cli-requests-received",
        "cli-requests-process",
        "cli-requests-outcome",
        "cli-requests-country",
        "cli-requests-accounts",
        "cli-requests-not-held",
    ]
    .map(t);
    let cells: Vec<[String; 8]> = page
        .rows
        .iter()
        .map(|r| {
            [
                r.organisation.clone(),
                r.id.clone(),
                r.received.clone(),
                word(&labels.process, &r.process),
                r.outcome
                    .as_deref()
                    .map(|o| word(&labels.outcome, o))
                    .unwrap_or_default(),
                r.country.clone().unwrap_or_default(),
                r.accounts_specified
                    .map(|a| n(a.into()))
                    .unwrap_or_default(),
                i18n::message(
                    lang,
                    "cli-requests-of",
                    &[
                        ("part", Arg::Text(n(r.not_held.into()))),
                        ("whole", Arg::Text(n(r.categories.into()))),
                    ],
                ),
            ]
        })
        .collect();
    if !cells.is_empty() {
        columns(out, &header.map(String::from), &cells, 6)?;
    }
    if let Some(f) = &page.facets {
        writeln!(out)?;
        let facets: [(&str, &BTreeMap<String, u64>, &[Term]); 7] = [
            (
                "cli-facet-organisation",
                &f.organisation,
                &labels.organisation,
            ),
            ("cli-facet-year", &f.year, &[]),
            ("cli-facet-process", &f.process, &labels.process),
            ("cli-facet-outcome", &f.outcome, &labels.outcome),
            ("cli-facet-country", &f.country, &labels.country),
            ("cli-facet-category", &f.category, &labels.category),
            ("cli-facet-disposition", &f.disposition, &labels.disposition),
        ];
        for (title, map, label) in facets {
            let parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{} {}", word(label, k), n(*v)))
                .collect();
            writeln!(out, "{:<18}{}", t(title), parts.join(", "))?;
        }
    }
    Ok(())
}

/// The inventory of a day: organisation, category, held, for how long and where, in
/// columns as wide as their words.
pub fn inventory(
    out: &mut impl Write,
    entries: &[InventoryEntry],
    as_of: FuzzyDate,
    labels: &Labels,
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, &entries);
    }
    let as_of = as_of.start().to_string();
    writeln!(
        out,
        "{}",
        i18n::message(lang, "cli-inventory-as-of", &[("date", as_of.into())])
    )?;
    let rows: Vec<[String; 5]> = entries
        .iter()
        .map(|e| {
            [
                word(&labels.organisation, &e.organisation),
                word(&labels.category, &e.category),
                i18n::text(
                    lang,
                    if e.held {
                        "state-held"
                    } else {
                        "state-not-held"
                    },
                )
                .to_string(),
                e.retention
                    .as_ref()
                    .filter(|_| e.held)
                    .map(|r| r.label_in(lang))
                    .unwrap_or_default(),
                e.location.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let head = [
        "cli-col-organisation",
        "cli-col-category",
        "cli-col-held",
        "cli-col-how-long",
        "cli-col-where",
    ]
    .map(|id| i18n::text(lang, id).to_string());
    columns(out, &head, &rows, 5)?;
    Ok(())
}

/// A number or band as a person reads it: "1,250", "0-9", "unknown".
fn figure(value: Option<f64>, lo: Option<f64>, hi: Option<f64>, lang: Lang) -> String {
    let n = |v: f64| i18n::number(lang, v.round() as u64);
    match (value, lo, hi) {
        (Some(v), _, _) => n(v),
        (None, Some(lo), Some(hi)) => format!("{}-{}", n(lo), n(hi)),
        _ => i18n::text(lang, "cli-unknown").into(),
    }
}

/// A country's name ("Germany"), a place's own name, or "all countries".
fn place(country: &Option<String>, lang: Lang) -> String {
    match country {
        Some(c) if c.len() == 2 => disclose_core::domain::country_name_in(c, lang),
        Some(c) => c.clone(),
        None => i18n::text(lang, "cli-all-countries").into(),
    }
}

/// The comparison as a table; per country, each period's countries ranked by their figure.
pub fn compare(
    out: &mut impl Write,
    rows: &[CompareRow],
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, &rows);
    }
    if rows.is_empty() {
        return writeln!(out, "{}", i18n::text(lang, "cli-compare-nothing"));
    }
    let t = |id: &str| i18n::text(lang, id);
    let by_country = rows.iter().any(|r| r.country.is_some());
    // Compared by country, the core gives the rows ranked within each period.
    // Places as wide as the longest name; with countries, each one's rank in its period.
    let place_width = if by_country {
        rows.iter()
            .map(|r| place(&r.country, lang).chars().count() + 2)
            .max()
            .unwrap_or(0)
            .max(9)
    } else {
        0
    };
    // A rank only means something among several countries.
    let ranked = rows
        .iter()
        .filter_map(|r| r.country.as_ref())
        .collect::<std::collections::BTreeSet<_>>()
        .len()
        > 1;
    let rank_width = if ranked { 5 } else { 0 };
    writeln!(
        out,
        "{:<16}{:<rank_width$}{:<place_width$}{:>8}{:>14}{:>12}{:>12}  {}",
        t("cli-col-organisation"),
        if ranked { "#" } else { "" },
        if by_country { t("cli-col-country") } else { "" },
        t("cli-col-period"),
        t("cli-col-value"),
        t("cli-col-some-data"),
        t("cli-col-per-request"),
        t("cli-col-source"),
    )?;
    for r in rows {
        let source = match (r.source, r.months_covered) {
            (FigureSource::Records, _) => t("cli-from-records").to_string(),
            (FigureSource::Published, Some(m)) if m < r.months_expected() => i18n::counted(
                lang,
                "cli-from-published-part",
                u64::from(r.months_expected()),
                &[("covered", i18n::number(lang, u64::from(m)).into())],
            ),
            (FigureSource::Published, _) => t("cli-from-published").to_string(),
        };
        let share = r
            .share_with_data
            .map(|s| i18n::percent(lang, (s * 100.0).round() as u64))
            .unwrap_or_default();
        let per = r
            .accounts_per_request
            .map(|a| format!("{a:.2}"))
            .unwrap_or_default();
        let rank = match r.rank {
            Some(n) if ranked => n.to_string(),
            _ => String::new(),
        };
        let country = if by_country {
            place(&r.country, lang)
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:<16}{rank:<rank_width$}{country:<place_width$}{:>8}{:>14}{:>12}{:>12}  {source}",
            r.organisation,
            r.period(),
            figure(r.value, r.value_min, r.value_max, lang),
            share,
            per,
        )?;
    }
    Ok(())
}

/// The largest changes from one period to the next, with their size.
pub fn changes(out: &mut impl Write, list: &[Change], lang: Lang, json: bool) -> io::Result<()> {
    if json {
        return print_json(out, &list);
    }
    if list.is_empty() {
        return writeln!(out, "{}", i18n::text(lang, "cli-changes-none"));
    }
    let n = |v: f64| i18n::number(lang, v.abs().round() as u64);
    for c in list {
        let sign = if c.change >= 0.0 { "+" } else { "-" };
        let relative = c
            .relative
            .map(|r| {
                format!(
                    " ({sign}{})",
                    i18n::percent(lang, (r * 100.0).abs().round() as u64)
                )
            })
            .unwrap_or_default();
        let said = i18n::message(
            lang,
            "cli-change",
            &[
                ("organisation", c.organisation.as_str().into()),
                ("place", place(&c.country, lang).into()),
                ("from", c.from.as_str().into()),
                ("before", n(c.before).into()),
                ("to", c.to.as_str().into()),
                ("after", n(c.after).into()),
                ("change", format!("{sign}{}{relative}", n(c.change)).into()),
            ],
        );
        writeln!(out, "{said}")?;
    }
    Ok(())
}

/// `disclose sources`: each publisher, its layouts and files, the periods held and where
/// newer files are.
pub fn library(
    out: &mut impl Write,
    held: &[LibraryEntry],
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, &held);
    }
    if held.is_empty() {
        return writeln!(out, "{}", i18n::text(lang, "cli-library-empty"));
    }
    // Each line's name, padded to the longest name in this language.
    let names = [
        "cli-lib-layout",
        "cli-lib-periods",
        "cli-lib-counts",
        "cli-lib-file",
        "cli-lib-newer",
    ]
    .map(|id| i18n::text(lang, id));
    let w = names.iter().map(|n| n.chars().count()).max().unwrap_or(0) + 2;
    let [layout, periods_word, counts, file, newer] = names;
    for h in held {
        writeln!(out, "{} ({})", h.name, h.organisation)?;
        for l in &h.layouts {
            writeln!(out, "  {layout:<w$}{} ({})", l.label, l.id)?;
        }
        let periods = match (h.periods.first(), h.periods.len()) {
            (Some(first), n) if n > 1 => i18n::counted(
                lang,
                "cli-lib-span",
                n as u64,
                &[
                    ("from", first.as_str().into()),
                    ("to", h.periods[n - 1].as_str().into()),
                ],
            ),
            (Some(first), _) => first.clone(),
            (None, _) => i18n::text(lang, "report-none").into(),
        };
        writeln!(out, "  {periods_word:<w$}{periods}")?;
        writeln!(out, "  {counts:<w$}{}", i18n::number(lang, h.counts))?;
        for f in &h.files {
            writeln!(
                out,
                "  {file:<w$}{} (SHA-256 {})",
                f.file,
                &f.sha256[..16.min(f.sha256.len())]
            )?;
        }
        if let Some(p) = &h.page {
            writeln!(out, "  {newer:<w$}{p}")?;
        }
    }
    Ok(())
}

/// `disclose info`: the store in use and what each organisation has in it.
pub fn info(
    out: &mut impl Write,
    path: &std::path::Path,
    s: &StoreSummary,
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(
            out,
            &serde_json::json!({
                "path": path.display().to_string(),
                "schema_version": s.schema_version,
                "organisations": s.organisations,
            }),
        );
    }
    let t = |id: &str| i18n::text(lang, id).to_string();
    let (store, schema) = (t("cli-info-store"), t("cli-info-schema"));
    let w = store.chars().count().max(schema.chars().count()) + 2;
    writeln!(out, "{store:<w$}{}", path.display())?;
    let version = i18n::message(
        lang,
        "cli-info-version",
        &[("version", s.schema_version.to_string().into())],
    );
    writeln!(out, "{schema:<w$}{version}")?;
    if s.organisations.is_empty() {
        return writeln!(out, "{}", t("cli-info-empty"));
    }
    writeln!(out)?;
    let head = [
        "cli-col-organisation",
        "cli-col-requests",
        "cli-col-published",
        "cli-col-inventory",
        "cli-col-policy",
    ]
    .map(t);
    let rows: Vec<[String; 5]> = s
        .organisations
        .iter()
        .map(|o| {
            [
                o.label.clone(),
                i18n::number(lang, o.requests),
                i18n::number(lang, o.published_counts),
                i18n::number(lang, o.inventory),
                i18n::number(lang, o.policy_changes),
            ]
        })
        .collect();
    columns(out, &head, &rows, 1)
}

/// `disclose exposure`: a line per category asked for, then and on the chosen day.
pub fn exposure(out: &mut impl Write, e: &Exposure, lang: Lang, json: bool) -> io::Result<()> {
    if json {
        return print_json(out, e);
    }
    let org = e.organisation.as_str();
    let head = match &e.request {
        Some(id) => i18n::message(
            lang,
            "cli-exposure-request",
            &[("id", id.as_str().into()), ("organisation", org.into())],
        ),
        None => i18n::message(lang, "cli-exposure-any", &[("organisation", org.into())]),
    };
    writeln!(out, "{head}")?;
    for row in &e.rows {
        let then = (row.then.date.as_str(), row.then.summary.as_str());
        let now = (row.as_of.date.as_str(), row.as_of.summary.as_str());
        let verdict = match (row.changed, row.causes_in(lang)) {
            (false, _) => i18n::text(lang, "cli-exposure-unchanged").to_string(),
            (true, Some(causes)) => i18n::message(
                lang,
                "cli-exposure-changed-by",
                &[("causes", causes.into())],
            ),
            (true, None) => i18n::text(lang, "cli-exposure-changed-unrecorded").to_string(),
        };
        let line = i18n::message(
            lang,
            "cli-exposure-row",
            &[
                ("label", row.label.as_str().into()),
                ("then_date", then.0.into()),
                ("then", then.1.into()),
                ("now_date", now.0.into()),
                ("now", now.1.into()),
                ("verdict", verdict.into()),
            ],
        );
        writeln!(out, "  {line}")?;
    }
    let changed = e.rows.iter().filter(|r| r.changed).count() as u64;
    let said = i18n::counted(
        lang,
        "cli-exposure-changed",
        e.rows.len() as u64,
        &[("changed", i18n::number(lang, changed).into())],
    );
    writeln!(out, "{said}")
}

/// The journal, newest first: number, time, kind, summary, and whether it is undone.
pub fn history(
    out: &mut impl Write,
    changes: &[ChangeEntry],
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        let changes: Vec<ChangeEntry> = changes.iter().map(|c| c.said_in(lang)).collect();
        return print_json(out, &serde_json::json!({ "changes": changes }));
    }
    if changes.is_empty() {
        return writeln!(out, "{}", i18n::text(lang, "cli-history-none"));
    }
    let undone_word = format!("  ({})", i18n::text(lang, "cli-history-undone"));
    for c in changes {
        let undone = if c.undone { undone_word.as_str() } else { "" };
        writeln!(
            out,
            "#{:<5} {}  {:<7} {}{undone}",
            c.id,
            c.time,
            c.kind.as_str(),
            c.summary.in_lang(lang)
        )?;
    }
    if changes.len() >= KEPT_CHANGES {
        let kept = i18n::number(lang, KEPT_CHANGES as u64);
        writeln!(
            out,
            "{}",
            i18n::message(lang, "cli-history-kept", &[("kept", kept.into())])
        )?;
    }
    Ok(())
}

/// The report's checklist: each expected item, its source, and whether the report states it.
pub fn checklist(
    out: &mut impl Write,
    list: &disclose_report::Checklist,
    lang: Lang,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, list);
    }
    for item in &list.items {
        writeln!(
            out,
            "{:<9} {:<28} {} ({})\n          {}",
            item.status.label_in(lang),
            item.id,
            item.title,
            item.source,
            item.how
        )?;
    }
    let covered = list
        .items
        .iter()
        .filter(|i| i.status == disclose_report::Status::Covered)
        .count();
    writeln!(
        out,
        "{}",
        i18n::counted(
            lang,
            "cli-checklist-covered",
            list.items.len() as u64,
            &[("covered", i18n::number(lang, covered as u64).into())],
        )
    )
}
