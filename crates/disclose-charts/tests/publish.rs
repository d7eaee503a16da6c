//! Charts fit to publish, checked on the SVG itself as an editor would look at it: every
//! kind, at 480, 960 and 1920 px, light and dark, for the sample, a few requests, a
//! generated store of 10,000 and (when `DISCLOSE_REAL_DATA` names them) the real
//! published files. A chart fails on any text cut with an ellipsis, two labels that
//! overlap, text below 4.5:1 against what is behind it, a mark below 3:1 against the
//! ground, a vocabulary id or ISO duration where a person reads, or an SVG that is not an
//! image with its title and description.

use std::path::PathBuf;

use disclose_charts::theme::{contrast, Rgb, Theme, ThemeKind};
use disclose_charts::{render, text_width, Chart, ChartKind, ChartOptions};
use disclose_core::domain::{Disposition, Outcome, PolicyKind, Process};
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::{query, Store};
use strum::VariantArray;

mod common;
use common::{generated, sample};

fn hex(s: &str) -> Option<Rgb> {
    let s = s.strip_prefix('#')?;
    let v = |i: usize| u8::from_str_radix(s.get(i..i + 2)?, 16).ok();
    Some(Rgb(v(0)?, v(2)?, v(4)?))
}

struct Painted {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    fill: Rgb,
}

fn num(n: &roxmltree::Node, a: &str) -> f64 {
    n.attribute(a).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

/// Vocabulary ids a reader must never see (those with an underscore: a plain word such
/// as `subpoena` is English too) and the store's category ids.
fn raw_ids(store: &Store) -> Vec<String> {
    Process::VARIANTS
        .iter()
        .map(|p| p.as_str().to_string())
        .chain(Outcome::VARIANTS.iter().map(|o| o.as_str().to_string()))
        .chain(Disposition::VARIANTS.iter().map(|d| d.as_str().to_string()))
        .chain(PolicyKind::VARIANTS.iter().map(|k| k.as_str().to_string()))
        .chain(
            query::categories(store)
                .expect("categories")
                .into_iter()
                .map(|c| c.id),
        )
        .filter(|id| id.contains('_'))
        .collect()
}

/// A raw id in `text`, unless it is part of record text such as `ip_addresses.ip_address`
/// (next to a letter, digit, `.`, `_`, `*` or `/`).
fn raw_id_in(text: &str, ids: &[String]) -> Option<String> {
    let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "._*/".contains(c));
    for id in ids {
        for (at, _) in text.match_indices(id.as_str()) {
            let before = text[..at].chars().next_back();
            let after = text[at + id.len()..].chars().next();
            if !part(before) && !part(after) {
                return Some(id.clone());
            }
        }
    }
    // ISO 8601 durations: P90D, P1Y, PT12H.
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| {
            let rest = w
                .strip_prefix('P')
                .map(|r| r.strip_prefix('T').unwrap_or(r));
            rest.is_some_and(|r| {
                r.len() >= 2
                    && r[..r.len() - 1].chars().all(|c| c.is_ascii_digit())
                    && r.ends_with(['Y', 'M', 'W', 'D', 'H'])
            })
        })
        .map(String::from)
}

/// Everything wrong with one chart, as sentences.
fn faults(chart: &Chart, kind: ChartKind, theme: ThemeKind, ids: &[String]) -> Vec<String> {
    let t = Theme::of(theme);
    let mut out = Vec::new();
    let doc = roxmltree::Document::parse(&chart.svg).expect("SVG is well-formed");
    let root = doc.root_element();
    let first: Vec<_> = root.children().filter(|n| n.is_element()).take(2).collect();
    if root.attribute("role") != Some("img")
        || first.first().map(|n| n.tag_name().name()) != Some("title")
        || first.get(1).map(|n| n.tag_name().name()) != Some("desc")
    {
        out.push("the SVG is not an image with a <title> and <desc> first".into());
    }
    let mut painted: Vec<Painted> = Vec::new();
    let mut boxes: Vec<(String, f64, f64, f64, f64)> = Vec::new();
    for n in root.descendants().filter(|n| n.is_element()) {
        match n.tag_name().name() {
            "rect" => {
                let Some(fill) = n.attribute("fill").and_then(hex) else {
                    continue;
                };
                let (x, y) = (num(&n, "x"), num(&n, "y"));
                let p = Painted {
                    x0: x,
                    y0: y,
                    x1: x + num(&n, "width"),
                    y1: y + num(&n, "height"),
                    fill,
                };
                let decoration = [t.background, t.grid, t.absent].contains(&fill);
                if !decoration && contrast(fill, t.background) < 3.0 {
                    out.push(format!(
                        "a mark in {} stands {:.2}:1 against the ground",
                        n.attribute("fill").unwrap_or(""),
                        contrast(fill, t.background)
                    ));
                }
                painted.push(p);
            }
            "text" => {
                let text = n.text().unwrap_or("").trim().to_string();
                if text.contains('…') || text.ends_with("...") {
                    out.push(format!("{text:?} is cut"));
                }
                if let Some(id) = raw_id_in(&text, ids) {
                    out.push(format!("{text:?} shows the raw id {id:?}"));
                }
                let size = num(&n, "font-size");
                let w = text_width(&text, size, n.attribute("font-weight") == Some("bold"));
                let (x, y) = (num(&n, "x"), num(&n, "y"));
                let vertical = n.attribute("transform").is_some();
                let cx = match (vertical, n.attribute("text-anchor")) {
                    (true, _) | (false, Some("middle")) => x,
                    (false, Some("end")) => x - w / 2.0,
                    _ => x + w / 2.0,
                };
                let behind = painted
                    .iter()
                    .rev()
                    .find(|p| p.x0 <= cx && cx <= p.x1 && p.y0 <= y && y <= p.y1)
                    .map_or(t.background, |p| p.fill);
                let fill = n.attribute("fill").and_then(hex).unwrap_or(t.foreground);
                let r = contrast(fill, behind);
                if r < 4.5 {
                    out.push(format!(
                        "{text:?} stands {r:.2}:1 against what is behind it"
                    ));
                }
                if !vertical {
                    let x0 = cx - w / 2.0;
                    boxes.push((text, x0, y - size * 0.4, x0 + w, y + size * 0.4));
                }
            }
            _ => {}
        }
    }
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            if a.1 < b.3 && b.1 < a.3 && a.2 < b.4 && b.2 < a.4 {
                out.push(format!("{:?} overlaps {:?}", a.0, b.0));
            }
        }
    }
    if chart.width < 480 || chart.svg.is_empty() {
        out.push("no chart".into());
    }
    for (r, row) in chart.table.iter().enumerate() {
        for cell in row {
            if r == 0 && cell.contains('_') {
                out.push(format!("the table's heading {cell:?} is not in words"));
            }
            if let Some(id) = raw_id_in(cell, ids) {
                out.push(format!("the table shows the raw id {id:?} in {cell:?}"));
            }
        }
    }
    let _ = kind;
    out
}

/// Every kind, width and theme of one store; panics listing every fault found.
fn check_store(name: &str, store: &Store) {
    let ids = raw_ids(store);
    let mut all = Vec::new();
    for kind in ChartKind::ALL {
        for width in [480, 960, 1920] {
            for theme in [ThemeKind::Light, ThemeKind::Dark] {
                let opts = ChartOptions {
                    width,
                    theme,
                    ..ChartOptions::default()
                };
                let chart = render(store, kind, &opts).expect("render");
                for f in faults(&chart, kind, theme, &ids) {
                    all.push(format!("{name} {} {width}px {theme:?}: {f}", kind.id()));
                }
            }
        }
    }
    all.dedup();
    assert!(all.is_empty(), "{} faults:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_sample_is_fit_to_publish() {
    check_store("sample", &sample());
}

#[test]
fn a_dozen_generated_requests_are_fit_to_publish() {
    check_store("12 generated", &generated(12, 7));
}

#[test]
fn ten_thousand_generated_requests_are_fit_to_publish() {
    check_store("10,000 generated", &generated(10_000, 7));
}

/// Each check catches what it is for: a cut label, low contrast, a raw id.
#[test]
fn the_checks_catch_what_they_are_for() {
    let s = sample();
    let ids = raw_ids(&s);
    let chart = render(&s, ChartKind::Categories, &ChartOptions::default()).expect("chart");
    assert!(faults(&chart, ChartKind::Categories, ThemeKind::Light, &ids).is_empty());
    let spoil = |from: &str, to: &str| Chart {
        svg: chart.svg.replacen(from, to, 1),
        ..chart.clone()
    };
    let cut = spoil(">\nName\n<", ">\nNa…\n<");
    assert!(faults(&cut, ChartKind::Categories, ThemeKind::Light, &ids)
        .iter()
        .any(|f| f.contains("is cut")));
    let pale = spoil("fill=\"#0072B2\"", "fill=\"#C8C8C8\"");
    assert!(faults(&pale, ChartKind::Categories, ThemeKind::Light, &ids)
        .iter()
        .any(|f| f.contains("against the ground")));
    let raw = spoil(">\nName\n<", ">\nnot_held\n<");
    assert!(faults(&raw, ChartKind::Categories, ThemeKind::Light, &ids)
        .iter()
        .any(|f| f.contains("raw id")));
    let grey = spoil("fill=\"#1A1A1A\"", "fill=\"#AAAAAA\"");
    assert!(faults(&grey, ChartKind::Categories, ThemeKind::Light, &ids)
        .iter()
        .any(|f| f.contains("against what is behind it")));
    assert_eq!(raw_id_in("kept P90D", &ids).as_deref(), Some("P90D"));
    assert_eq!(
        raw_id_in("IP address · ip_addresses.ip_address", &ids),
        None
    );
}

/// Every real published file under `$DISCLOSE_REAL_DATA`, in one store.
#[test]
#[ignore = "needs DISCLOSE_REAL_DATA"]
fn the_real_published_files_are_fit_to_publish() {
    let root = PathBuf::from(std::env::var_os("DISCLOSE_REAL_DATA").expect("DISCLOSE_REAL_DATA"));
    let mut files = Vec::new();
    let mut dirs = vec![root];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).expect("folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "csv" || x == "xlsx") {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() >= 40, "{} files", files.len());
    // Several files state the same figures (a company's summary and its detail): the
    // later one replaces, as a journalist loading them all would choose.
    let mut s = sample();
    let replace = ImportOptions {
        replace: true,
        ..ImportOptions::default()
    };
    for f in &files {
        import_files(&mut s, &[f.as_path()], &replace, &mut |_| true)
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
    }
    check_store("real", &s);
}
