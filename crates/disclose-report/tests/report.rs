//! The report says what the facts say, never names a subject, and keeps
//! record text as text in both formats.

use std::path::Path;

use disclose_core::export::BundleWriter;
use disclose_core::generate;
use disclose_core::i18n::Lang;
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
        chart_files: false,
        texts: None,
        lang: Lang::En,
    }
}

#[test]
fn the_psf_report_reads_in_german() {
    let s = sample();
    let de = |format| {
        build(
            &s,
            &ReportOptions {
                lang: Lang::De,
                ..options("2023", format)
            },
        )
        .expect("report")
    };
    let md = de(Format::Markdown);
    for needle in [
        "# Transparenzbericht 2023",
        "Im Berichtszeitraum 2023 erhielten wir 3 behördliche Anfragen nach Nutzerdaten; 5 Konten wurden genannt.",
        "| Vereinigte Staaten | 3 |",
        "Nach „Postanschrift“ wurde 3-mal gefragt; diese Daten hatten wir nicht.",
        "## Was wir speichern (Stand 2023-12-31)",
        "| März–April 2023 |",
        "In diesem Bericht erscheinen keine Kontokennungen.",
        // The policy changes' before and after, and today's reach, in German too.
        "IP-Adresse: vorhanden, unbegrenzt gespeichert, in journals.submitted\\_from → nicht vorhanden, nicht gespeichert",
        "IP-Adresse: bei Eingang der ersten Anfrage (2023-03-01) an 3 Orten vorhanden, jeweils unbegrenzt; heute an 2 Orten vorhanden",
        "nach den Richtlinienänderungen vom 2023-04-07, 2023-05-25 und 2023-06-12.",
    ] {
        assert!(md.contains(needle), "missing {needle:?} in:\n{md}");
    }
    // Record text stays as written: the authority, the policy summaries.
    assert!(md.contains("US Department of Justice"));
    for english in [
        "Summary",
        "We were asked",
        "not stated",
        "Produced with",
        "March",
    ] {
        assert!(!md.contains(english), "English {english:?} left in:\n{md}");
    }
    // The standards checklist speaks German as well.
    let list = disclose_report::checklist(
        &s,
        &ReportOptions {
            lang: Lang::De,
            ..options("2023", Format::Markdown)
        },
    )
    .expect("checklist");
    let country = list
        .items
        .iter()
        .find(|i| i.id == "rdr.p11a.by_country")
        .expect("item");
    assert_eq!(country.title, "Anfragen nach Land");
    assert_eq!(country.how, "die Tabelle der Länder in der Zusammenfassung");
    let barred = list
        .items
        .iter()
        .find(|i| i.id == "rdr.p11a.barred")
        .expect("item");
    assert_eq!(barred.status.label_in(Lang::De), "fehlt");
    let html = de(Format::Html);
    assert!(html.contains("<html lang=\"de\">"));
    assert!(html.contains("<h2>Zusammenfassung</h2>"));
    assert!(
        html.contains("Jede behördliche Anfrage, nach Rechtsverfahren"),
        "the charts speak German too"
    );
}

#[test]
fn the_psf_report_states_the_facts() {
    let s = sample();
    let md = build(&s, &options("2023", Format::Markdown)).expect("md");
    for needle in [
        "In 2023 we received 3 government requests for user data; 5 accounts were specified.",
        "Of these, we produced some data for all of them.",
        "Whether users were notified is not recorded for any of them.",
        "We were asked for payment information 3 times; we did not hold it.",
        "We were asked for download logs 3 times; we did not hold it.",
        "We were asked for postal address 3 times; we did not hold it.",
        "| Subpoena | 3 |",
        "**2023-05-25** (Retention)",
        "| psf-2023-subpoena-3 | March–April 2023 | not stated | US Department of Justice | Subpoena | Complied |",
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
    assert!(nothing.contains("We recorded no government requests for user data in 2019."));
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
        md.contains("received fewer than 5 government requests"),
        "{md}"
    );
    assert!(!md.contains("received 3"));
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
    let of_first = |format| ReportOptions {
        organisation: Some(requests[0].organisation.clone()),
        ..options("2023", format)
    };
    for format in [Format::Markdown, Format::Html] {
        let text = build(&s, &of_first(format)).expect("report");
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
    let md = build(&s, &of_first(Format::Markdown)).expect("md");
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
        // The list's heading; the charts name requests by reference either way.
        let heading = match format {
            Format::Html => "<h2>Requests</h2>",
            _ => "## Requests",
        };
        for (text, has) in [(&full, true), (&short, false)] {
            assert_eq!(text.contains(heading), has, "request list, {format:?}");
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

const PUBLISHED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../disclose-core/tests/fixtures/published"
);

/// The sample with GitHub's and Google's published counts (fixtures with invented figures).
fn sample_with_companies() -> Store {
    let mut s = sample();
    let dir = Path::new(PUBLISHED);
    for file in [
        "github/requests_received_and_disclosed.csv",
        "github/requests_accounts_affected.csv",
        "google/google-global-user-data-requests.csv",
    ] {
        import(&mut s, &dir.join(file));
    }
    s
}

#[test]
fn a_report_is_about_the_one_organisation_with_records_never_one_known_from_counts() {
    let s = sample_with_companies();
    let orgs = disclose_core::query::organisations(&s).expect("orgs");
    assert!(orgs.len() >= 3, "the companies came in: {orgs:?}");
    for format in [Format::Markdown, Format::Html] {
        let text = build(&s, &options("2023", format)).expect("report");
        assert!(text.contains("Python Software Foundation (PyPI)"));
        for other in ["GitHub", "Google"] {
            assert!(!text.contains(other), "{format:?} names {other}");
        }
    }
    // Asked for, their published counts appear in context, with their source.
    let sections = disclose_report::Sections {
        context: true,
        ..Default::default()
    };
    let md = build(
        &s,
        &ReportOptions {
            sections,
            ..options("2023", Format::Markdown)
        },
    )
    .expect("md");
    assert!(md.contains("## In context"), "{md}");
    assert!(
        md.contains("GitHub published 402 government requests for user data in 2023"),
        "{md}"
    );
    let err = build(
        &s,
        &ReportOptions {
            organisation: Some("github".into()),
            ..options("2023", Format::Markdown)
        },
    )
    .expect_err("github has only published counts");
    assert!(
        err.to_string().contains("no request records of its own"),
        "{err}"
    );
}

#[test]
fn texts_written_for_a_report_appear_in_both_formats_travel_in_the_bundle_and_undo() {
    let mut s = sample();
    let period = "2023".parse().expect("period");
    let texts = [
        ("title", "PyPI transparency report 2023"),
        (
            "introduction",
            "In 2023 PyPI received **three subpoenas**. <script>alert(1)</script>",
        ),
        (
            "methodology",
            "Nothing in this report is barred from publication.",
        ),
        ("note.categories", "We never stored payment data."),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    disclose_core::edit::set_report_texts(&mut s, "psf", &period, &texts).expect("texts");
    let md = build(&s, &options("2023", Format::Markdown)).expect("md");
    let html = build(&s, &options("2023", Format::Html)).expect("html");
    assert!(md.starts_with("# PyPI transparency report 2023"), "{md}");
    assert!(
        md.contains("In 2023 PyPI received **three subpoenas**."),
        "{md}"
    );
    assert!(md.contains("We never stored payment data."));
    assert!(
        html.contains("<strong>three subpoenas</strong>"),
        "the Markdown is rendered"
    );
    assert!(
        !html.contains("<script>alert(1)"),
        "a text's markup stays text"
    );
    assert!(html.contains("Nothing in this report is barred from publication."));
    let barred = |s: &Store| {
        disclose_report::checklist(s, &options("2023", Format::Markdown))
            .expect("checklist")
            .items
            .into_iter()
            .find(|i| i.id == "rdr.p11a.barred")
            .map(|i| i.status)
    };
    assert_eq!(barred(&s), Some(disclose_report::Status::Covered));

    // A new year starts from last year's words.
    let (from, next) =
        disclose_core::edit::report_texts(&s, "psf", &"2024".parse().expect("p")).expect("texts");
    assert_eq!(from.map(|p| p.to_string()).as_deref(), Some("2023"));
    assert_eq!(
        next.get("note.categories").map(String::as_str),
        Some("We never stored payment data.")
    );

    // They travel in the bundle.
    let mut bundle = Vec::new();
    disclose_core::export::bundle(&s, &mut bundle, disclose_core::export::Subjects::Omit)
        .expect("export");
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("b.json");
    std::fs::write(&file, &bundle).expect("write");
    let mut copy = Store::open_in_memory().expect("store");
    import(&mut copy, &file);
    assert_eq!(
        build(&copy, &options("2023", Format::Markdown)).expect("md"),
        md
    );

    // Their change undoes like any other.
    disclose_core::store::journal::undo(&mut s).expect("undo");
    let md = build(&s, &options("2023", Format::Markdown)).expect("md");
    assert!(md.starts_with("# Transparency report 2023"), "{md}");
    assert_eq!(barred(&s), Some(disclose_report::Status::Missing));
}

#[test]
fn the_checklist_of_the_psf_sample_covers_what_its_records_can() {
    let list = disclose_report::checklist(&sample(), &options("2023", Format::Markdown))
        .expect("checklist");
    assert!(list.items.len() >= 12, "{}", list.items.len());
    let ids: std::collections::BTreeSet<_> = list.items.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), list.items.len(), "ids are unique");
    let with = |status| -> Vec<&str> {
        list.items
            .iter()
            .filter(|i| i.status == status)
            .map(|i| i.id)
            .collect()
    };
    assert_eq!(
        with(disclose_report::Status::Covered),
        [
            "oti.process_types",
            "oti.accounts",
            "oti.outcomes",
            "oti.content_split",
            "oti.emergency",
            "oti.foreign",
            "rdr.p11a.by_country",
            "rdr.p11a.by_authority",
            "rdr.p11a.accounts_affected",
            "rdr.p11a.compliance",
            "rdr.p11a.yearly",
            "dsa.orders_per_member_state",
            "dsa.orders_per_category",
        ]
    );
    // What the sample's records lack, each with what to record.
    assert_eq!(
        with(disclose_report::Status::Missing),
        [
            "oti.notification",
            "rdr.p11a.barred",
            "rdr.p12.notification",
            "dsa.median_time"
        ]
    );
    assert_eq!(
        with(disclose_report::Status::Available),
        ["rdr.p11a.structured"]
    );
    assert!(list
        .items
        .iter()
        .all(|i| !i.how.is_empty() && !i.source.is_empty()));
    // Published as a folder, the structured version is covered too.
    let site =
        disclose_report::checklist(&sample(), &options("2023", Format::Site)).expect("checklist");
    assert!(site
        .items
        .iter()
        .any(|i| i.id == "rdr.p11a.structured" && i.status == disclose_report::Status::Covered));
}

#[test]
fn a_published_folder_holds_the_report_its_charts_and_figures_each_with_a_text_alternative() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("site");
    let published = disclose_report::publish(
        &sample_with_companies(),
        &options("2023", Format::Site),
        &out,
    )
    .expect("publish");
    for file in [
        "index.html",
        "report.md",
        "data.json",
        "data.csv",
        "charts/categories.svg",
        "charts/categories.png",
        "charts/timeline.png",
    ] {
        assert!(
            published.files.iter().any(|f| f == file),
            "{file} missing: {:?}",
            published.files
        );
        assert!(out.join(file).exists());
    }
    let html = std::fs::read_to_string(out.join("index.html")).expect("html");
    assert!(html.contains("<html lang=\"en\">"));
    let svgs = html.matches("<svg").count();
    assert_eq!(svgs, 3);
    assert_eq!(
        html.matches("role=\"img\"").count(),
        svgs,
        "every chart is an image with a text alternative"
    );
    assert_eq!(html.matches("<desc id=\"chart-").count(), svgs);
    let md = std::fs::read_to_string(out.join("report.md")).expect("md");
    for chart in ["requests-over-time", "categories", "timeline"] {
        let image = format!("](charts/{chart}.png)");
        let at = md
            .find(&image)
            .unwrap_or_else(|| panic!("{chart} missing in\n{md}"));
        let alt_start = md[..at].rfind("![").expect("alt");
        assert!(at - alt_start > 20, "{chart} has no alt text");
    }
    let data: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("data.json")).expect("json")).expect("data");
    assert_eq!(data["organisation"], "psf");
    let requests = data["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["id"] == "requests")
        .expect("requests");
    assert_eq!(requests["value"], 3);
    assert!(requests["definition"]
        .as_str()
        .is_some_and(|d| d.len() > 20));
    let png = std::fs::read(out.join("charts/categories.png")).expect("png");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    assert_eq!(width, 1720, "PNG at twice the chart's 860 px");
    let (_, console) = chromium(&out.join("index.html"), &dir.path().join("profile"));
    assert!(console.is_empty(), "console: {console:?}");
}

/// The HTML report carries each chart's numbers beside its picture, as the app does.
#[test]
fn every_chart_in_the_html_report_has_its_numbers() {
    let s = sample();
    let html = build(&s, &options("2023", Format::Html)).expect("html");
    assert_eq!(
        html.matches("<summary>The numbers</summary>").count(),
        3,
        "three charts, three tables"
    );
    // The categories checklist's rows: a category, then what became of it per request.
    assert!(
        html.contains(
            "<tr><td>Download logs</td><td>Not held</td><td>Not held</td><td>Not held</td></tr>"
        ),
        "the checklist's numbers"
    );
}
