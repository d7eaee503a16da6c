//! Charts checked as a reader would: the right number of bars and cells for the
//! data, labels that never overlap, text from records that stays text, an
//! empty store that says so, PNGs that are not blank, and no subjects.

use std::path::Path;

use disclose_charts::theme::ThemeKind;
use disclose_charts::{render, text_width, Chart, ChartKind, ChartOptions, Lang};
use disclose_core::generate;
use disclose_core::Store;

mod common;
use common::{generated, import, sample};

const NOT_HELD: &str = "#D55E00";

/// The sample with a bundle of published counts (`json`) added.
fn sample_with(json: &str) -> Store {
    let mut s = sample();
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("published.json");
    std::fs::write(&path, json).expect("write");
    import(&mut s, &path);
    s
}

/// The comparison chart of one legal process.
fn compare_of(s: &Store, process: disclose_core::domain::Process) -> disclose_charts::Chart {
    let opts = ChartOptions {
        filter: disclose_core::query::Filter {
            process: Some(process),
            ..Default::default()
        },
        ..ChartOptions::default()
    };
    render(s, ChartKind::Compare, &opts).expect("render")
}

fn chart(store: &Store, kind: ChartKind) -> Chart {
    render(store, kind, &ChartOptions::default()).expect("render")
}

fn fills(svg: &str, color: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).expect("SVG is well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some(color))
        .count()
}

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("SVG is well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .collect()
}

/// The fill of the legend swatch drawn just before the legend text `label`.
fn swatch_of(svg: &str, label: &str) -> Option<String> {
    let doc = roxmltree::Document::parse(svg).expect("SVG");
    let nodes: Vec<_> = doc.descendants().filter(|n| n.is_element()).collect();
    let at = nodes
        .iter()
        .position(|n| n.has_tag_name("text") && n.text().map(str::trim) == Some(label))?;
    nodes[..at]
        .iter()
        .rev()
        .find(|n| n.has_tag_name("rect"))
        .and_then(|n| n.attribute("fill"))
        .map(String::from)
}

/// Boxes of the horizontal text labels, from the SVG attributes and the font's metrics.
fn text_boxes(svg: &str) -> Vec<(String, f64, f64, f64, f64)> {
    let doc = roxmltree::Document::parse(svg).expect("SVG");
    doc.descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("transform").is_none())
        .filter_map(|n| {
            let text = n.text()?.trim().to_string();
            let x: f64 = n.attribute("x")?.parse().ok()?;
            let y: f64 = n.attribute("y")?.parse().ok()?;
            let size: f64 = n.attribute("font-size")?.parse().ok()?;
            let bold = n.attribute("font-weight") == Some("bold");
            let w = text_width(&text, size, bold);
            let x0 = match n.attribute("text-anchor") {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            Some((text, x0, y - size * 0.4, x0 + w, y + size * 0.4))
        })
        .collect()
}

fn assert_no_overlap(svg: &str, what: &str) {
    let boxes = text_boxes(svg);
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let overlap = a.1 < b.3 && b.1 < a.3 && a.2 < b.4 && b.2 < a.4;
            assert!(!overlap, "{what}: {:?} overlaps {:?}", a.0, b.0);
        }
    }
}

#[test]
fn the_sample_charts_show_the_facts() {
    let s = sample();
    // Three requests are a checklist, not bars: a column per request, a symbol per cell.
    let categories = chart(&s, ChartKind::Categories);
    let labels = texts(&categories.svg);
    // Four categories not held in each of the three requests.
    assert_eq!(labels.iter().filter(|t| *t == "✕").count(), 4 * 3);
    assert_eq!(labels.iter().filter(|t| *t == "3 of 3 not held").count(), 4);
    // Six categories provided every time, one partly.
    assert_eq!(labels.iter().filter(|t| *t == "✓").count(), 6 * 3);
    assert_eq!(labels.iter().filter(|t| *t == "◐").count(), 3);
    assert!(labels
        .iter()
        .any(|t| t == "psf-2023-subpoena-3 · 2023-03/2023-04"));
    assert!(categories
        .table
        .iter()
        .any(|r| r.first().map(String::as_str) == Some("Download logs")
            && r[1..].iter().all(|c| c == "Not held")));
    for l in ["Payment information", "Download logs", "Postal address"] {
        assert!(labels.iter().any(|t| t == l), "{l} missing from {labels:?}");
    }
    assert!(
        categories
            .summary
            .contains("Payment information (3 of 3 times)"),
        "{}",
        categories.summary
    );

    let matrix = chart(&s, ChartKind::Matrix);
    // Three requests x four categories not held, plus the legend swatch.
    assert_eq!(fills(&matrix.svg, NOT_HELD), 3 * 4 + 1);
    assert!(texts(&matrix.svg)
        .iter()
        .any(|t| t == "psf-2023-subpoena-3 · 2023-03/2023-04"));
    // A header, then one row per request and category named (3 x 11).
    assert_eq!(matrix.table.len(), 1 + 3 * 11);

    let over_time = chart(&s, ChartKind::RequestsOverTime);
    // Three requests are three marks on a time axis that covers them, not the policy
    // changes: the one in their months is numbered, the others listed under the chart.
    assert!(
        over_time
            .summary
            .starts_with("3 requests in March–April 2023, each drawn as one mark"),
        "{}",
        over_time.summary
    );
    assert!(
        over_time
            .summary
            .contains("One policy change is marked. 5 more, outside this period"),
        "{}",
        over_time.summary
    );
    let subpoena = disclose_charts::theme::process(disclose_core::domain::Process::Subpoena).hex();
    assert_eq!(
        fills(&over_time.svg, &subpoena),
        3 + 1,
        "three marks and the swatch"
    );
    let words = texts(&over_time.svg);
    assert!(
        words.iter().any(|t| t == "psf-2023-subpoena-1 · 2023-03"),
        "{words:?}"
    );
    assert!(words
        .iter()
        .any(|t| t == "Policy changes outside this period:"));
    assert!(
        words
            .iter()
            .any(|t| t.starts_with("2023-04-07 · Access logs")),
        "{words:?}"
    );
    assert!(
        over_time
            .table_csv()
            .contains("psf-2023-subpoena-1,2023-03,Subpoena"),
        "{}",
        over_time.table_csv()
    );

    let timeline = chart(&s, ChartKind::Timeline);
    assert!(texts(&timeline.svg)
        .iter()
        .any(|t| t.starts_with("IP address · journals.submitted_from")));
    assert!(
        timeline.summary.contains("never held: postal address"),
        "{}",
        timeline.summary
    );
}

#[test]
fn charts_speak_german_and_leave_record_text_as_written() {
    let s = sample();
    let de = |kind| {
        render(
            &s,
            kind,
            &ChartOptions {
                lang: Lang::De,
                ..ChartOptions::default()
            },
        )
        .expect("render")
    };
    let strip = de(ChartKind::RequestsOverTime);
    assert!(
        strip.summary.starts_with("3 Anfragen im Zeitraum März–April 2023, jede als eine Marke gezeichnet; nach Verfahren: Subpoena 3."),
        "{}",
        strip.summary
    );
    let words = texts(&strip.svg);
    assert!(
        words
            .iter()
            .any(|t| t == "Jede behördliche Anfrage, nach Rechtsverfahren"),
        "{words:?}"
    );
    assert!(words.iter().any(|t| t.starts_with("Quelle: ")), "{words:?}");
    assert!(
        !words
            .iter()
            .any(|t| t.contains("Source") || t == "Mar 2023"),
        "{words:?}"
    );
    assert!(words.iter().any(|t| t == "März 2023"), "{words:?}");
    // The organisation's name and the policy summaries are record text: as written.
    assert!(
        words
            .iter()
            .any(|t| t.contains("Python Software Foundation (PyPI)")),
        "{words:?}"
    );
    assert!(
        strip
            .svg
            .contains("<title id=\"chart-requests-over-time-title\">Jede behördliche Anfrage"),
        "a German <title>"
    );

    let categories = de(ChartKind::Categories);
    assert!(
        categories
            .summary
            .contains("Nicht vorhanden: Postanschrift"),
        "{}",
        categories.summary
    );
    assert_eq!(categories.table[0][0], "Datenkategorie");
    let timeline = de(ChartKind::Timeline);
    assert!(
        texts(&timeline.svg)
            .iter()
            .any(|t| t.contains("gespeichert")),
        "{:?}",
        texts(&timeline.svg)
    );

    // Axis counts follow the language: a big store's ticks read "1.000", not "1,000".
    let big = generated(3000, 5);
    let over_time = render(
        &big,
        ChartKind::RequestsOverTime,
        &ChartOptions {
            lang: Lang::De,
            ..ChartOptions::default()
        },
    )
    .expect("render");
    assert!(
        over_time.summary.starts_with("3.000 Anfragen von "),
        "{}",
        over_time.summary
    );
}

#[test]
fn no_label_overlaps_another_at_any_size() {
    let small = generated(400, 11);
    let stores = [("sample", sample()), ("generated", small)];
    for (name, s) in &stores {
        for kind in ChartKind::ALL {
            // German words run longer: the layout must hold in both languages.
            for (width, lang) in [480, 960, 1920]
                .into_iter()
                .flat_map(|w| Lang::ALL.map(|l| (w, l)))
            {
                let opts = ChartOptions {
                    width,
                    lang,
                    ..ChartOptions::default()
                };
                let c = render(s, kind, &opts).expect("render");
                assert_no_overlap(
                    &c.svg,
                    &format!("{name} {} at {width}px in {lang}", kind.id()),
                );
            }
        }
    }
}

#[test]
fn record_text_is_escaped_in_svg() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("evil.json");
    std::fs::write(
        &path,
        r#"{"format": "disclose-bundle", "version": 1,
            "organisations": [{"id": "evil", "name": "<script>alert(1)</script> & Sons"}],
            "categories": [{"id": "secrets", "label": "<b>Secrets</b> & keys", "class": "content"}],
            "inventory": [{"organisation": "evil", "category": "secrets", "held": true, "valid_from": "2020",
                           "location": "<img src=x onerror=alert(1)>"}],
            "policy_changes": [{"id": "p1", "organisation": "evil", "date": "2021-02-03", "kind": "other",
                                "summary": "</text><script>alert(2)</script>"}],
            "requests": [{"id": "e1", "organisation": "evil", "received": "2021", "process": "other",
                          "categories": [{"category": "secrets", "disposition": "not_held"}]}]}"#,
    )
    .expect("write");
    let mut s = Store::open_in_memory().expect("store");
    import(&mut s, &path);
    for kind in ChartKind::ALL {
        let c = chart(&s, kind);
        let doc = roxmltree::Document::parse(&c.svg).expect("still well-formed");
        assert!(!doc
            .descendants()
            .any(|n| n.has_tag_name("script") || n.has_tag_name("img") || n.has_tag_name("b")));
        assert!(!c.svg.contains("<script"), "{}", kind.id());
        let all = texts(&c.svg).join("\n");
        assert!(
            all.contains("&") || kind == ChartKind::RequestsOverTime,
            "{}: {all}",
            kind.id()
        );
    }
    assert!(texts(&chart(&s, ChartKind::Categories).svg)
        .iter()
        .any(|t| t.contains("<b>Secrets</b> & keys")));
}

#[test]
fn an_empty_store_says_so() {
    let s = Store::open_in_memory().expect("store");
    for kind in ChartKind::ALL {
        let c = chart(&s, kind);
        let message = match kind {
            ChartKind::Timeline => "No inventory recorded",
            ChartKind::Compare => "Nothing to compare in this period",
            _ => "No requests in this period",
        };
        assert!(texts(&c.svg).iter().any(|t| t == message), "{}", kind.id());
        assert!(c.png().is_ok());
    }
}

#[test]
fn pngs_are_drawn_with_text_and_colour() {
    let s = generated(200, 11);
    for theme in [ThemeKind::Light, ThemeKind::Dark] {
        let opts = ChartOptions {
            theme,
            ..ChartOptions::default()
        };
        let c = render(&s, ChartKind::Categories, &opts).expect("render");
        let png = c.png().expect("png");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("decodes");
        assert_eq!((pixmap.width(), pixmap.height()), (c.width, c.height));
        let data = pixmap.data();
        let background = &data[..4];
        let differing = data.chunks(4).filter(|p| *p != background).count();
        let share = differing as f64 / (data.len() / 4) as f64;
        assert!(share > 0.05, "{theme:?}: only {share:.3} of pixels drawn");
        let vermillion = data
            .chunks(4)
            .filter(|p| p[0] == 0xD5 && p[1] == 0x5E && p[2] == 0x00)
            .count();
        assert!(vermillion > 1000, "not-held bars missing from the PNG");
        let dark_text = data
            .chunks(4)
            .filter(|p| p[0] < 0x40 && p[1] < 0x40 && p[2] < 0x40)
            .count();
        assert!(
            theme == ThemeKind::Dark || dark_text > 500,
            "no text in the PNG"
        );
    }
}

#[test]
fn large_stores_aggregate_and_subjects_never_show() {
    let s = generated(3000, 11);
    for kind in ChartKind::ALL {
        let c = chart(&s, kind);
        assert!(!c.svg.contains(generate::CANARY) && !c.table_csv().contains(generate::CANARY));
    }
    let m = chart(&s, ChartKind::Matrix);
    assert!(
        texts(&m.svg).iter().any(|t| t.contains("by period")),
        "the matrix should switch to periods"
    );
    let over_time = chart(&s, ChartKind::RequestsOverTime);
    let total: u64 = over_time
        .table
        .iter()
        .skip(1)
        .filter_map(|r| r.last().and_then(|n| n.parse::<u64>().ok()))
        .sum();
    assert_eq!(
        total, 3000,
        "every generated request counted once over the periods"
    );
}

#[test]
fn compare_sets_records_beside_published_ranges() {
    let s = sample_with(
        r#"{"format": "disclose-bundle", "version": 1,
            "organisations": [{"id": "bigco", "name": "BigCo"}],
            "aggregates": [
              {"organisation": "bigco", "period_start": "2023-01-01", "period_end": "2023-06-30",
               "process": "subpoena", "metric": "requests", "value": 1200, "unit": "count"},
              {"organisation": "bigco", "period_start": "2023-01-01", "period_end": "2023-06-30",
               "process": "subpoena", "metric": "some_data_produced", "value": 900, "unit": "count"},
              {"organisation": "bigco", "period_start": "2023-01-01", "period_end": "2023-06-30",
               "process": "national_security", "metric": "requests", "value_min": 0, "value_max": 249, "unit": "count"}]}"#,
    );
    let c = compare_of(&s, disclose_core::domain::Process::Subpoena);
    assert!(
        c.summary.contains("Python Software Foundation 3 in 2023"),
        "{}",
        c.summary
    );
    assert!(c.summary.contains("BigCo 1,200 in 2023"), "{}", c.summary);
    // The share panel sets 3 requests beside 1,200 on one scale.
    assert!(
        c.summary.contains(
            "Some data produced: BigCo 75% in H1 2023; Python Software Foundation 100% in H1 2023"
        ),
        "{}",
        c.summary
    );
    // Each organisation has its own panel and scale: the PSF's 3 is a bar as tall as
    // BigCo's 1,200, each titled, each with its share.
    let labels = texts(&c.svg);
    for l in ["BigCo", "Python Software Foundation", "1,200", "3"] {
        assert!(labels.iter().any(|t| t == l), "{l} missing from {labels:?}");
    }
    assert!(labels
        .iter()
        .any(|t| t == "some data produced for 75% of requests in H1 2023"));
    assert!(
        c.table_csv().contains("BigCo,2023 H1,1200,"),
        "{}",
        c.table_csv()
    );
    assert!(c.table_csv().contains(",900,75%"), "{}", c.table_csv());
    // A half-year published as such stays a half-year: each year's band splits in two,
    // and nothing reads as a drop or a part.
    assert!(
        labels.iter().any(|t| t == "H1") && labels.iter().any(|t| t == "H2"),
        "{labels:?}"
    );
    assert!(!labels.iter().any(|t| t.contains("months")), "{labels:?}");
    let ns = compare_of(&s, disclose_core::domain::Process::NationalSecurity);
    assert!(
        texts(&ns.svg).iter().any(|t| t == "0–249"),
        "{:?}",
        texts(&ns.svg)
    );
    // A band with a lower bound of 0 is an outline to its upper bound, nothing solid.
    let doc = roxmltree::Document::parse(&ns.svg).expect("svg");
    let outlines = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("fill") == Some("none"))
        .count();
    assert_eq!(outlines, 1, "the band's outline");
}

#[test]
fn an_organisation_keeps_its_colour_whatever_stands_beside_it() {
    // Acme publishes national-security counts only; BigCo both kinds.
    let s = sample_with(
        r#"{"format": "disclose-bundle", "version": 1,
            "organisations": [{"id": "acme", "name": "Acme"}, {"id": "bigco", "name": "BigCo"}],
            "aggregates": [
              {"organisation": "bigco", "period_start": "2023-01-01", "period_end": "2023-12-31",
               "process": "subpoena", "metric": "requests", "value": 1200, "unit": "count"},
              {"organisation": "bigco", "period_start": "2023-01-01", "period_end": "2023-12-31",
               "process": "national_security", "metric": "requests", "value": 20, "unit": "count"},
              {"organisation": "acme", "period_start": "2023-01-01", "period_end": "2023-12-31",
               "process": "national_security", "metric": "requests", "value": 7, "unit": "count"}]}"#,
    );
    let draw = |p| compare_of(&s, p).svg;
    let subpoenas = draw(disclose_core::domain::Process::Subpoena);
    let national = draw(disclose_core::domain::Process::NationalSecurity);
    let bigco = swatch_of(&subpoenas, "BigCo").expect("BigCo beside the PSF");
    assert_eq!(
        swatch_of(&national, "BigCo"),
        Some(bigco),
        "BigCo's colour beside Acme is its colour beside the PSF"
    );
    assert_ne!(swatch_of(&national, "Acme"), swatch_of(&national, "BigCo"));
}

#[test]
fn every_chart_is_an_image_with_a_title_and_a_description_first() {
    let s = sample();
    for kind in ChartKind::ALL {
        for theme in [ThemeKind::Light, ThemeKind::Dark] {
            let opts = ChartOptions {
                theme,
                ..ChartOptions::default()
            };
            let chart = render(&s, kind, &opts).expect("chart");
            let doc = roxmltree::Document::parse(&chart.svg).expect("svg parses");
            let root = doc.root_element();
            assert_eq!(root.attribute("role"), Some("img"), "{kind:?}");
            let first: Vec<_> = root.children().filter(|n| n.is_element()).take(2).collect();
            assert_eq!(first[0].tag_name().name(), "title", "{kind:?}");
            // The <title> is the headline the chart shows.
            assert_eq!(first[0].text(), Some(chart.title.as_str()));
            let shown: Vec<_> = root
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .collect();
            assert_eq!(
                shown[0].text().map(str::trim),
                Some(chart.title.as_str()),
                "{kind:?}"
            );
            assert_eq!(first[1].tag_name().name(), "desc", "{kind:?}");
            assert_eq!(first[1].text(), Some(chart.summary.as_str()), "{kind:?}");
            assert!(
                chart.png().expect("png").len() > 1000,
                "{kind:?} still rasterises"
            );
        }
    }
}

/// The window's disposition colours come from the charts' palette, written by this test
/// (`DISCLOSE_BLESS=1`), so "Not held" is the same colour in chart, screen and report.
#[test]
fn the_windows_palette_is_the_charts() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/palette.css");
    let css = disclose_charts::theme::css();
    if std::env::var_os("DISCLOSE_BLESS").is_some() {
        std::fs::write(&path, &css).expect("write palette.css");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        on_disk, css,
        "ui/src/lib/palette.css is stale: run DISCLOSE_BLESS=1 cargo test -p disclose-charts --test charts palette"
    );
    assert!(css.contains("--not-held: #D55E00;"));
}

/// A quarter the records cover only in part is labelled as such, at its bar and under the
/// chart, so it never reads as a drop.
#[test]
fn a_period_covered_in_part_says_so() {
    let s = sample();
    let opts = ChartOptions {
        granularity: Some(disclose_core::query::Granularity::Quarter),
        ..ChartOptions::default()
    };
    let c = render(&s, ChartKind::RequestsOverTime, &opts).expect("chart");
    let words = texts(&c.svg);
    // The sample's requests arrived in March and April 2023: one month of each quarter.
    assert_eq!(
        words.iter().filter(|t| *t == "1 of 3 months").count(),
        2,
        "{words:?}"
    );
    assert!(
        words
            .iter()
            .any(|t| t.starts_with("Q1 2023 holds 1 of its 3 months")),
        "{words:?}"
    );
    let monthly = render(
        &s,
        ChartKind::RequestsOverTime,
        &ChartOptions {
            granularity: Some(disclose_core::query::Granularity::Month),
            ..ChartOptions::default()
        },
    )
    .expect("chart");
    assert!(!texts(&monthly.svg)
        .iter()
        .any(|t| t.contains("of 3 months")));
}

/// A year published only in part (one quarter) is said to be a part, at its bar and under
/// the chart, never drawn as a drop.
#[test]
fn a_year_published_in_part_says_so() {
    let s = sample_with(
        r#"{"format": "disclose-bundle", "version": 1,
            "organisations": [{"id": "bigco", "name": "BigCo"}],
            "aggregates": [
              {"organisation": "bigco", "period_start": "2022-01-01", "period_end": "2022-12-31",
               "process": "subpoena", "metric": "requests", "value": 4000, "unit": "count"},
              {"organisation": "bigco", "period_start": "2023-01-01", "period_end": "2023-03-31",
               "process": "subpoena", "metric": "requests", "value": 1000, "unit": "count"}]}"#,
    );
    let c = compare_of(&s, disclose_core::domain::Process::Subpoena);
    let labels = texts(&c.svg);
    assert!(labels.iter().any(|t| t == "3 months"), "{labels:?}");
    assert!(
        labels.iter().any(|t| t.contains("BigCo 2023: 3 months")),
        "{labels:?}"
    );
    assert!(
        !labels.iter().any(|t| t == "H1"),
        "no half-years here: {labels:?}"
    );
}
