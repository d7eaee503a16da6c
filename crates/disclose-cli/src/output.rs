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
use disclose_core::thousands;
use serde::Serialize;

fn print_json<T: Serialize>(out: &mut impl Write, v: &T) -> io::Result<()> {
    let text = serde_json::to_string_pretty(v).map_err(io::Error::other)?;
    writeln!(out, "{text}")
}

pub fn error(e: &Error, json: bool) {
    if json {
        let _ = print_json(&mut io::stdout().lock(), &e.to_payload());
        return;
    }
    let problems = e.problems();
    if problems.is_empty() {
        eprintln!("error: {e}");
        return;
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let file = problems.first().map(|p| p.file.as_str()).unwrap_or("");
    eprintln!("error: {file}: {errors} problem(s); nothing was written");
    for p in problems {
        eprintln!("  {p}");
    }
}

pub fn done(out: &mut impl Write, message: &str, json: bool) -> io::Result<()> {
    if json {
        print_json(out, &serde_json::json!({ "ok": true, "message": message }))
    } else {
        writeln!(out, "{message}")
    }
}

fn summary_line(s: &ImportSummary) -> String {
    let inserted: Vec<String> = s.inserted.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let mut line = format!(
        "{} ({}): added {}; {} unchanged",
        s.file,
        s.format,
        if inserted.is_empty() {
            "nothing".to_string()
        } else {
            inserted.join(", ")
        },
        s.unchanged
    );
    if s.replaced > 0 {
        line.push_str(&format!("; {} replaced", s.replaced));
    }
    if !s.created_organisations.is_empty() {
        line.push_str(&format!(
            "; created organisation(s) {} (name them with a bundle)",
            s.created_organisations.join(", ")
        ));
    }
    match s.warnings.len() {
        0 => {}
        1 => line.push_str("; 1 warning"),
        n => line.push_str(&format!("; {n} warnings")),
    }
    line
}

/// An import of files, folders and zips: a line per file imported, then a line per file
/// skipped with what it lacked; JSON as `{files, skipped}`.
pub fn import_outcome(out: &mut impl Write, o: &ImportOutcome, json: bool) -> io::Result<()> {
    if json {
        return print_json(out, o);
    }
    summaries(out, &o.files, false, "imported")?;
    for s in &o.skipped {
        writeln!(out, "skipped {}: {}", s.file, s.reason)?;
    }
    Ok(())
}

/// One line per file imported or validated, its warnings on stderr.
pub fn summaries(
    out: &mut impl Write,
    list: &[ImportSummary],
    json: bool,
    verb: &str,
) -> io::Result<()> {
    if json {
        return print_json(out, &list);
    }
    for s in list {
        writeln!(out, "{verb} {}", summary_line(s))?;
        for w in &s.warnings {
            eprintln!("  {w}");
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

pub fn inventory(
    out: &mut impl Write,
    entries: &[InventoryEntry],
    as_of: FuzzyDate,
    json: bool,
) -> io::Result<()> {
    if json {
        return print_json(out, &entries);
    }
    writeln!(out, "inventory as of {}", as_of.start())?;
    for e in entries {
        writeln!(
            out,
            "{:<14}{:<20}{:<9}{:<18}{}",
            e.organisation,
            e.category,
            if e.held { "held" } else { "not held" },
            e.retention
                .as_ref()
                .map(|r| r.to_string())
                .unwrap_or_default(),
            e.location.as_deref().unwrap_or("")
        )?;
    }
    Ok(())
}

/// A number or band as a person reads it: "1,250", "0-9", "unknown".
fn figure(value: Option<f64>, lo: Option<f64>, hi: Option<f64>) -> String {
    match (value, lo, hi) {
        (Some(v), _, _) => thousands(v.round() as u64),
        (None, Some(lo), Some(hi)) => format!("{}-{}", thousands(lo as u64), thousands(hi as u64)),
        _ => "unknown".into(),
    }
}

/// A country's name ("Germany"), a place's own name, or "all countries".
fn place(country: &Option<String>) -> String {
    match country {
        Some(c) if c.len() == 2 => disclose_core::domain::country_name(c),
        Some(c) => c.clone(),
        None => "all countries".into(),
    }
}

/// The comparison as a table; per country, each period's countries ranked by their figure.
pub fn compare(out: &mut impl Write, rows: &[CompareRow], json: bool) -> io::Result<()> {
    if json {
        return print_json(out, &rows);
    }
    if rows.is_empty() {
        return writeln!(
            out,
            "nothing to compare: no records or published counts match"
        );
    }
    let by_country = rows.iter().any(|r| r.country.is_some());
    // Compared by country, the core gives the rows ranked within each period.
    // Places as wide as the longest name; with countries, each one's rank in its period.
    let place_width = if by_country {
        rows.iter()
            .map(|r| place(&r.country).chars().count() + 2)
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
        "{:<16}{:<rank_width$}{:<place_width$}{:>8}{:>14}{:>12}{:>12}  source",
        "organisation",
        if ranked { "#" } else { "" },
        if by_country { "country" } else { "" },
        "period",
        "value",
        "some data",
        "accts/req",
    )?;
    for r in rows {
        let source = match (r.source, r.months_covered) {
            (FigureSource::Records, _) => "request records".to_string(),
            (FigureSource::Published, Some(m)) if m < r.months_expected() => {
                format!("published counts, {m} of {} months", r.months_expected())
            }
            (FigureSource::Published, _) => "published counts".to_string(),
        };
        let share = r
            .share_with_data
            .map(|s| format!("{:.0} %", s * 100.0))
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
            place(&r.country)
        } else {
            String::new()
        };
        writeln!(
            out,
            "{:<16}{rank:<rank_width$}{country:<place_width$}{:>8}{:>14}{:>12}{:>12}  {source}",
            r.organisation,
            r.period(),
            figure(r.value, r.value_min, r.value_max),
            share,
            per,
        )?;
    }
    Ok(())
}

/// The largest changes from one period to the next, with their size.
pub fn changes(out: &mut impl Write, list: &[Change], json: bool) -> io::Result<()> {
    if json {
        return print_json(out, &list);
    }
    if list.is_empty() {
        return writeln!(
            out,
            "no changes: no organisation has two periods in a row with exact figures"
        );
    }
    for c in list {
        let sign = if c.change >= 0.0 { "+" } else { "-" };
        let relative = c
            .relative
            .map(|r| format!(" ({sign}{:.0} %)", (r * 100.0).abs()))
            .unwrap_or_default();
        writeln!(
            out,
            "{}, {}: {} {} to {} {}: {sign}{}{relative}",
            c.organisation,
            place(&c.country),
            c.from,
            thousands(c.before.round() as u64),
            c.to,
            thousands(c.after.round() as u64),
            thousands(c.change.abs().round() as u64),
        )?;
    }
    Ok(())
}

/// `disclose sources`: each publisher, its layouts and files, the periods held and where
/// newer files are.
pub fn library(out: &mut impl Write, held: &[LibraryEntry], json: bool) -> io::Result<()> {
    if json {
        return print_json(out, &held);
    }
    if held.is_empty() {
        return writeln!(
            out,
            "no published counts yet: import a company's files, a folder or a zip"
        );
    }
    for h in held {
        writeln!(out, "{} ({})", h.name, h.organisation)?;
        for l in &h.layouts {
            writeln!(out, "  layout    {} ({})", l.label, l.id)?;
        }
        let periods = match (h.periods.first(), h.periods.len()) {
            (Some(first), n) if n > 1 => format!("{first} to {} ({n} periods)", h.periods[n - 1]),
            (Some(first), _) => first.clone(),
            (None, _) => "none".into(),
        };
        writeln!(out, "  periods   {periods}")?;
        writeln!(out, "  counts    {}", thousands(h.counts))?;
        for f in &h.files {
            writeln!(
                out,
                "  file      {} (SHA-256 {})",
                f.file,
                &f.sha256[..16.min(f.sha256.len())]
            )?;
        }
        if let Some(p) = &h.page {
            writeln!(out, "  newer at  {p}")?;
        }
    }
    Ok(())
}

/// `disclose info`: the store in use and what each organisation has in it.
pub fn info(
    out: &mut impl Write,
    path: &std::path::Path,
    s: &StoreSummary,
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
    writeln!(out, "store    {}", path.display())?;
    writeln!(out, "schema   version {}", s.schema_version)?;
    if s.organisations.is_empty() {
        return writeln!(out, "empty: nothing imported yet");
    }
    writeln!(
        out,
        "\n{:<40}{:>10}{:>12}{:>11}{:>9}",
        "organisation", "requests", "published", "inventory", "policy"
    )?;
    for o in &s.organisations {
        writeln!(
            out,
            "{:<40}{:>10}{:>12}{:>11}{:>9}",
            o.label,
            thousands(o.requests),
            thousands(o.published_counts),
            thousands(o.inventory),
            thousands(o.policy_changes)
        )?;
    }
    Ok(())
}

/// `disclose exposure`: a line per category asked for, then and on the chosen day.
pub fn exposure(out: &mut impl Write, e: &Exposure, json: bool) -> io::Result<()> {
    if json {
        return print_json(out, e);
    }
    match &e.request {
        Some(id) => writeln!(out, "Request {id} of {}, replayed:", e.organisation)?,
        None => writeln!(out, "A request to {}, replayed:", e.organisation)?,
    }
    for row in &e.rows {
        writeln!(out, "  {}", row.describe())?;
    }
    let changed = e.rows.iter().filter(|r| r.changed).count();
    writeln!(
        out,
        "{changed} of {} categories asked for changed between the two days",
        e.rows.len()
    )
}

/// The journal, newest first: number, time, kind, summary, and whether it is undone.
pub fn history(out: &mut impl Write, changes: &[ChangeEntry], json: bool) -> io::Result<()> {
    if json {
        return print_json(out, &serde_json::json!({ "changes": changes }));
    }
    if changes.is_empty() {
        return writeln!(out, "no changes yet");
    }
    for c in changes {
        let undone = if c.undone { "  (undone)" } else { "" };
        writeln!(
            out,
            "#{:<5} {}  {:<7} {}{undone}",
            c.id,
            c.time,
            c.kind.as_str(),
            c.summary
        )?;
    }
    if changes.len() >= KEPT_CHANGES {
        writeln!(
            out,
            "(the last {KEPT_CHANGES} changes are kept; older ones cannot be undone)"
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
