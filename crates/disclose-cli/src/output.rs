//! What the CLI prints: tables for people, JSON with `--json`.

use disclose_core::date::FuzzyDate;
use disclose_core::domain::InventoryEntry;
use disclose_core::error::{Error, Severity};
use disclose_core::import::ImportSummary;
use disclose_core::query::Stats;
use serde::Serialize;

fn print_json<T: Serialize>(v: &T) {
    match serde_json::to_string_pretty(v) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("error: could not write JSON: {e}"),
    }
}

pub fn error(e: &Error, json: bool) {
    if json {
        print_json(&e.to_payload());
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

pub fn done(message: &str, json: bool) {
    if json {
        print_json(&serde_json::json!({ "ok": true, "message": message }));
    } else {
        println!("{message}");
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
    line
}

fn summaries(list: &[ImportSummary], json: bool, verb: &str) {
    if json {
        print_json(&list);
        return;
    }
    for s in list {
        println!("{verb} {}", summary_line(s));
        for w in &s.warnings {
            eprintln!("  {w}");
        }
    }
}

pub fn imported(list: &[ImportSummary], json: bool) {
    summaries(list, json, "imported");
}

pub fn validated(list: &[ImportSummary], json: bool) {
    summaries(list, json, "valid:");
}

pub fn stats(s: &Stats, json: bool) {
    if json {
        print_json(s);
        return;
    }
    println!("requests            {}", s.requests);
    println!("accounts specified  {}", s.accounts_specified);
    println!("some data produced  {}", s.some_data_produced);
    println!("nondisclosure orders {}", s.nondisclosure_orders);
    println!("users notified      {}", s.users_notified);
    for (title, map) in [
        ("by process", &s.by_process),
        ("by outcome", &s.by_outcome),
        ("by year", &s.by_year),
    ] {
        let parts: Vec<String> = map.iter().map(|(k, v)| format!("{k} {v}")).collect();
        println!("{title:<20}{}", parts.join(", "));
    }
    if !s.categories.is_empty() {
        println!();
        println!(
            "{:<24}{:>10}{:>10}{:>9}{:>10}{:>10}{:>9}",
            "category", "requested", "provided", "partial", "not held", "withheld", "pending"
        );
        for c in &s.categories {
            println!(
                "{:<24}{:>10}{:>10}{:>9}{:>10}{:>10}{:>9}",
                c.category, c.requested, c.provided, c.partial, c.not_held, c.withheld, c.pending
            );
        }
    }
}

pub fn inventory(entries: &[InventoryEntry], as_of: FuzzyDate, json: bool) {
    if json {
        print_json(&entries);
        return;
    }
    println!("inventory as of {}", as_of.start());
    for e in entries {
        println!(
            "{:<14}{:<20}{:<9}{:<18}{}",
            e.organisation,
            e.category,
            if e.held { "held" } else { "not held" },
            e.retention
                .as_ref()
                .map(|r| r.to_string())
                .unwrap_or_default(),
            e.location.as_deref().unwrap_or("")
        );
    }
}
