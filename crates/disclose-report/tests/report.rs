//! The report says what the facts say, never names a subject, and keeps
//! record text as text in both formats.

use std::path::Path;

use disclose_core::export::BundleWriter;
use disclose_core::generate;
use disclose_core::import::{import_files, ImportOptions};
use disclose_core::Store;
use disclose_report::{build, Format, ReportOptions};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);

fn import(store: &mut Store, path: &Path) {
    import_files(store, &[path], &ImportOptions::default(), &mut |_| true).expect("import");
}

fn sample() -> Store {
    let mut s = Store::open_in_memory().expect("store");
    import(&mut s, Path::new(SAMPLE));
    s
}

fn options(period: &str, format: Format) -> ReportOptions {
    ReportOptions {
        period: period.parse().expect("period"),
        organisation: None,
        format,
        band_below: None,
        template: None,
        sections: Default::default(),
    }
}

#[test]
fn the_psf_report_states_the_facts() {
    let s = sample();
    let md = build(&s, &options("2023", Format::Markdown)).expect("md");
    for needle in [
        "received **3** government requests",
        "They specified **5** accounts",
        "We were asked for payment information 3 times; we did not hold it.",
        "We were asked for download logs 3 times; we did not hold it.",
        "We were asked for postal address 3 times; we did not hold it.",
        "| Subpoena | 3 |",
        "**2023-05-25** (Retention)",
        "| psf-2023-subpoena-3 | 2023-03/2023-04 | not stated | US Department of Justice | Subpoena | Complied |",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in\n{md}");
    }
    assert!(
        !md.contains("2024-10-04"),
        "a 2024 policy change does not belong in 2023"
    );
    let html = build(&s, &options("2023", Format::Html)).expect("html");
    assert!(
        html.contains("<svg") && html.contains("We were asked for payment information 3 times")
    );
    let nothing = build(&s, &options("2019", Format::Markdown)).expect("md");
    assert!(nothing.contains("received **0** government requests"));
}

#[test]
fn the_html_report_is_self_contained() {
    let html = build(&sample(), &options("2023", Format::Html)).expect("html");
    for banned in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "src=\"http",
        "href=\"http",
        "@import",
        "url(",
    ] {
        assert!(!html.contains(banned), "{banned} found");
    }
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn small_counts_can_be_published_as_a_band() {
    let opts = ReportOptions {
        band_below: Some(5),
        ..options("2023", Format::Markdown)
    };
    let md = build(&sample(), &opts).expect("md");
    assert!(
        md.contains("received **fewer than 5** government requests"),
        "{md}"
    );
    assert!(!md.contains("**3**"));
}

#[test]
fn subjects_never_appear_and_record_text_stays_text() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gen.json");
    let mut file = std::fs::File::create(&path).expect("file");
    let mut w = BundleWriter::begin(&mut file, &generate::context()).expect("begin");
    let mut requests: Vec<_> = generate::requests(3).take(300).collect();
    requests[0].authority =
        Some("<script>alert(1)</script> [click](javascript:alert(2)) | # Heading".into());
    requests[0].received = "2023-02-01".parse().expect("date");
    requests[0].answered = None;
    for r in &requests {
        w.request(r).expect("request");
    }
    w.finish(&[]).expect("finish");
    drop(file);
    let mut s = Store::open_in_memory().expect("store");
    import(&mut s, &path);
    for format in [Format::Markdown, Format::Html] {
        let text = build(&s, &options("2023", format)).expect("report");
        assert!(
            !text.contains(generate::CANARY),
            "{format:?} leaked a subject"
        );
        assert!(
            !text.contains("<script>alert(1)"),
            "{format:?} let markup through"
        );
        if format == Format::Markdown {
            assert!(
                !text.contains("[click](javascript:"),
                "markdown kept a link"
            );
        }
        assert!(
            !text.contains("href=\"javascript"),
            "{format:?} made a link"
        );
        assert!(text.contains("&lt;script&gt;alert(1)&lt;"), "{format:?}");
    }
    let md = build(&s, &options("2023", Format::Markdown)).expect("md");
    assert!(
        md.contains(r"\[click\](javascript:alert(2)) \| \# Heading"),
        "{md}"
    );
}

#[test]
fn staff_can_use_their_own_template() {
    let s = sample();
    let mine = ReportOptions {
        template: Some("{{ organisation }}: {{ requests }} requests in {{ period }}.".into()),
        ..options("2023", Format::Markdown)
    };
    assert_eq!(
        build(&s, &mine).expect("render"),
        "Python Software Foundation (PyPI): 3 requests in 2023."
    );
    let broken = ReportOptions {
        template: Some("{% for %}".into()),
        ..options("2023", Format::Markdown)
    };
    let err = build(&s, &broken)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("report template"), "{err}");
}

#[test]
fn sections_can_be_left_out_in_both_formats() {
    let s = sample();
    for format in [Format::Markdown, Format::Html] {
        let full = build(&s, &options("2023", format)).expect("full");
        let mut sections = disclose_report::Sections::default();
        sections.omit("requests").expect("requests");
        sections.omit("inventory").expect("inventory");
        let short = build(
            &s,
            &ReportOptions {
                sections,
                ..options("2023", format)
            },
        )
        .expect("short");
        for (text, has) in [(&full, true), (&short, false)] {
            assert_eq!(
                text.contains("psf-2023-subpoena-1"),
                has,
                "request list, {format:?}"
            );
            assert_eq!(text.contains("What we hold"), has, "inventory, {format:?}");
            assert!(text.contains("Methodology"), "methodology always stays");
            assert!(text.contains("What was asked for"), "categories kept");
        }
    }
    let err = disclose_report::Sections::default().omit("summary");
    assert!(err.is_err_and(|e| e
        .to_string()
        .contains("categories, inventory, policy, requests, exposure")));
}

#[test]
fn the_report_says_what_the_same_requests_would_reach_today() {
    let s = sample();
    let md = build(&s, &options("2023", Format::Markdown)).expect("md");
    let section = md
        .split("## What the same requests would reach today")
        .nth(1)
        .expect("the section");
    let ip = section
        .lines()
        .find(|l| l.starts_with("- IP address:"))
        .expect("IP addresses are held differently today");
    assert!(
        ip.contains(
            "held in 3 places, each indefinitely when the first request arrived (2023-03-01)"
        ),
        "{ip}"
    );
    assert!(ip.contains("2023-04-07, 2023-05-25 and 2023-06-12"), "{ip}");
    assert!(!section.contains("- Name:"), "names are kept as they were");
    let mut sections = disclose_report::Sections::default();
    sections.omit("exposure").expect("exposure");
    let without = build(
        &s,
        &ReportOptions {
            sections,
            ..options("2023", Format::Html)
        },
    )
    .expect("html");
    assert!(!without.contains("would reach today"));
}

/// Opens a file in headless Chromium; returns (DOM, console lines).
fn chromium(file: &Path, profile: &Path) -> (String, Vec<String>) {
    let bin = std::env::var("DISCLOSE_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&bin).exists(),
        "this test needs Chromium at {bin}; `npm test` installs it (scripts/setup.sh)"
    );
    let out = std::process::Command::new(&bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("run chromium");
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains("CONSOLE"))
        .map(str::to_string)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

#[test]
fn the_html_report_opens_in_chromium_with_no_requests_and_no_console_messages() {
    let dir = tempfile::tempdir().expect("dir");
    let report = dir.path().join("report.html");
    std::fs::write(
        &report,
        build(&sample(), &options("2023", Format::Html)).expect("html"),
    )
    .expect("w");
    let (dom, console) = chromium(&report, &dir.path().join("profile-a"));
    assert!(
        dom.contains("Transparency report 2023"),
        "Chromium did not render the report"
    );
    assert!(console.is_empty(), "console: {console:?}");
    // The same check on a page that tries a request: the CSP blocks it and says so.
    let control = dir.path().join("control.html");
    let html = build(&sample(), &options("2023", Format::Html))
        .expect("html")
        .replace(
            "</body>",
            "<img src=\"http://example.invalid/x.png\"></body>",
        );
    std::fs::write(&control, html).expect("w");
    let (_, console) = chromium(&control, &dir.path().join("profile-b"));
    assert!(
        console.iter().any(|l| l.contains("example.invalid")),
        "the check cannot see requests"
    );
}
