//! The `disclose` command as a user runs it: the sample's numbers, exit codes,
//! round trips, canaries that must never leak, and readers during an import.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/samples/psf-pypi-2023.json"
);
const CANARY: &str = "CANARY-SUBJ";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn db(&self) -> String {
        self.path("store.db").display().to_string()
    }

    /// Runs disclose against this env's store; DISCLOSE_DB is cleared and the data and
    /// config directories are this env's, so nothing leaks in.
    fn run(&self, args: &[&str]) -> Output {
        self.command(args)
            .args(["--db", &self.db()])
            .output()
            .expect("run disclose")
    }

    /// Runs disclose on the default store of this env's data directory.
    fn run_default(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run disclose")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_disclose"));
        c.args(args)
            .env_remove("DISCLOSE_DB")
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            // English unless a test says otherwise, whatever the machine's language.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        c
    }

    /// The default store of this env, shared with the app.
    fn default_store(&self) -> PathBuf {
        self.path("data/org.disclose.app/disclose.sqlite")
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "disclose {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Exports the store and returns the file's text.
    fn export(&self, format: &str, name: &str, extra: &[&str]) -> String {
        let out = self.path(name);
        let mut args = vec![
            "export",
            "--format",
            format,
            "--out",
            out.to_str().unwrap_or(""),
        ];
        args.extend_from_slice(extra);
        self.ok(&args);
        std::fs::read_to_string(&out).expect("exported file")
    }

    fn stats(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["stats", "--json"])).expect("stats JSON")
    }
}

fn all_output(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn the_psf_sample_tells_the_story_of_the_facts() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let s = env.stats();
    assert_eq!(s["requests"], 3);
    assert_eq!(s["accounts_specified"], 5);
    assert_eq!(s["by_process"]["subpoena"], 3);
    assert_eq!(s["by_year"]["2023"], 3);
    let not_held: Vec<&str> = s["categories"]
        .as_array()
        .expect("categories")
        .iter()
        .filter(|c| c["not_held"] == 3)
        .map(|c| c["category"].as_str().unwrap_or(""))
        .collect();
    for c in ["postal_address", "payment_info", "download_logs"] {
        assert!(
            not_held.contains(&c),
            "{c} should be not held 3 times: {not_held:?}"
        );
    }

    // What PyPI held on a day before and after the journal IP column was dropped.
    let held = |date: &str| -> Vec<String> {
        let v: serde_json::Value =
            serde_json::from_str(&env.ok(&["inventory", "--as-of", date, "--json"])).expect("json");
        v.as_array()
            .expect("list")
            .iter()
            .filter(|e| e["category"] == "ip_address" && e["held"] == true)
            .map(|e| e["location"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(held("2023-03-15").contains(&"journals.submitted_from".to_string()));
    assert!(!held("2023-07-01").contains(&"journals.submitted_from".to_string()));
}

#[test]
fn reimporting_the_same_file_changes_nothing() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let again = env.ok(&["import", SAMPLE, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&again).expect("json");
    assert_eq!(v["files"][0]["inserted"], serde_json::json!({}));
    assert!(v["files"][0]["unchanged"].as_u64().unwrap_or(0) >= 28);
    assert_eq!(env.stats()["requests"], 3);
}

#[test]
fn exit_codes_follow_the_contract() {
    let env = Env::new();
    let bad = env.path("bad.json");
    std::fs::write(&bad, "{").expect("write");
    assert_eq!(
        env.run(&["import", bad.to_str().unwrap_or("")])
            .status
            .code(),
        Some(65)
    );
    assert_eq!(
        env.run(&["validate", bad.to_str().unwrap_or("")])
            .status
            .code(),
        Some(65)
    );
    assert_eq!(
        env.run(&["import", "/nonexistent/x.csv"]).status.code(),
        Some(74)
    );
    assert_eq!(
        env.run(&["stats", "--from", "last-week"]).status.code(),
        Some(2)
    );
    assert_eq!(env.run(&["chart", "categories"]).status.code(), Some(2));
    let out = env.run(&["stats"]);
    assert_eq!(
        out.status.code(),
        Some(74),
        "no store yet: {}",
        all_output(&out)
    );

    // A conflict is bad input too: the same request stated differently (65).
    env.ok(&["import", SAMPLE]);
    let sample = std::fs::read_to_string(SAMPLE).expect("sample");
    let changed = env.path("changed.json");
    std::fs::write(&changed, sample.replacen("\"2023-03\"", "\"2023-02\"", 1)).expect("write");
    let out = env.run(&["import", changed.to_str().unwrap_or(""), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("error JSON");
    assert_eq!(
        (out.status.code(), v["code"].as_str()),
        (Some(65), Some("conflict"))
    );
    // A file that is not a Disclose store is an incompatible store (74).
    let not_a_store = env.path("notes.txt");
    std::fs::write(&not_a_store, "these are notes, not a store").expect("write");
    let out = env
        .command(&[
            "stats",
            "--json",
            "--db",
            not_a_store.to_str().unwrap_or(""),
        ])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("error JSON");
    assert_eq!(
        (out.status.code(), v["code"].as_str()),
        (Some(74), Some("incompatible_store")),
        "{}",
        all_output(&out)
    );

    let json = env.run(&["import", bad.to_str().unwrap_or(""), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("error JSON");
    assert_eq!(v["code"], "invalid_input");
    assert_eq!(v["problems"][0]["location"]["line"], 1);
}

#[test]
fn validate_never_writes() {
    let env = Env::new();
    env.ok(&["validate", SAMPLE]);
    assert!(!env.path("store.db").exists());
}

/// A first import writes the new store through a rollback journal (its pages once, not
/// into the WAL and again into the store), then leaves it in WAL mode for readers.
#[test]
fn a_first_import_leaves_a_store_in_wal_mode_with_no_journal_beside_it() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let db = env.path("store.db");
    let conn = rusqlite::Connection::open(&db).expect("open the store");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("journal_mode");
    assert_eq!(mode, "wal");
    drop(conn);
    assert!(!env.path("store.db-journal").exists());
    assert_eq!(env.stats()["requests"], 3);
}

#[test]
fn several_files_land_together_or_not_at_all() {
    let env = Env::new();
    let good = env.path("good.csv");
    std::fs::write(
        &good,
        "id,organisation,received,process\nx1,psf,2024-02,court_order\n",
    )
    .expect("w");
    let bad = env.path("bad.csv");
    std::fs::write(
        &bad,
        "id,organisation,received,process\nx2,psf,2024-02,court\n",
    )
    .expect("w");
    env.ok(&["import", SAMPLE]);
    let out = env.run(&[
        "import",
        good.to_str().unwrap_or(""),
        bad.to_str().unwrap_or(""),
    ]);
    assert_eq!(out.status.code(), Some(65));
    assert!(all_output(&out).contains("nothing was written"));
    assert_eq!(env.stats()["requests"], 3);
    env.ok(&["import", good.to_str().unwrap_or("")]);
    assert_eq!(env.stats()["requests"], 4);
}

/// A generated store whose subjects carry the canary.
fn generated(env: &Env, n: &str) -> PathBuf {
    let file = env.path("gen.json");
    env.ok(&[
        "generate",
        "--requests",
        n,
        "--seed",
        "42",
        "--out",
        file.to_str().unwrap_or(""),
    ]);
    assert!(std::fs::read_to_string(&file)
        .expect("gen")
        .contains(CANARY));
    let out = env.run(&["import", file.to_str().unwrap_or("")]);
    assert!(out.status.success());
    assert!(
        !all_output(&out).contains(CANARY),
        "import output leaked a subject"
    );
    file
}

#[test]
fn subjects_never_leak_unless_asked_for_by_name() {
    let env = Env::new();
    generated(&env, "300");
    for args in [
        vec!["stats"],
        vec!["stats", "--json"],
        vec!["inventory", "--as-of", "2023", "--json"],
        vec!["validate", SAMPLE],
    ] {
        let out = env.run(&args);
        assert!(out.status.success());
        assert!(
            !all_output(&out).contains(CANARY),
            "{args:?} leaked a subject"
        );
    }
    for format in ["csv", "bundle"] {
        let plain = env.export(format, &format!("plain.{format}"), &[]);
        assert!(!plain.contains(CANARY), "{format} export leaked");
        let full = env.export(format, &format!("full.{format}"), &["--include-subjects"]);
        assert!(
            full.contains(CANARY),
            "{format} internal export lacks subjects"
        );
    }
}

#[test]
fn bundle_export_import_export_is_lossless() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    generated(&env, "200");
    let a = env.export("bundle", "first.json", &["--include-subjects"]);
    let other = Env::new();
    other.ok(&["import", env.path("first.json").to_str().unwrap_or("")]);
    let b = other.export("bundle", "second.json", &["--include-subjects"]);
    assert!(a == b, "bundles differ after a round trip");
    assert_eq!(other.stats(), env.stats());
    // Month and range precision survive: nothing became a made-up day.
    assert!(a.contains(r#""received":"2023-03/2023-04""#));
    assert!(a.contains(r#""received":"2023-03","#));
}

#[test]
fn csv_export_keeps_precision_and_defuses_formulas() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let evil = env.path("evil.csv");
    std::fs::write(
        &evil,
        "id,organisation,received,process,authority,notes\nx1,psf,2024-02,court_order,=HYPERLINK(\"http://x\"),@SUM(A1)\n",
    )
    .expect("w");
    env.ok(&["import", evil.to_str().unwrap_or("")]);
    let text = env.export("csv", "out.csv", &[]);
    assert!(text.contains(r#","'=HYPERLINK(""http://x"")","#), "{text}");
    assert!(text.contains(",'@SUM(A1)"), "{text}");
    assert!(
        text.contains("psf-2023-subpoena-3,psf,2023-03/2023-04,"),
        "{text}"
    );
    assert!(text.contains("postal_address;phone_number;payment_info;download_logs"));
}

#[test]
fn generated_csv_imports_and_counts_add_up() {
    let env = Env::new();
    let file = env.path("gen.csv");
    env.ok(&[
        "generate",
        "--requests",
        "2500",
        "--seed",
        "3",
        "--out",
        file.to_str().unwrap_or(""),
    ]);
    env.ok(&["import", file.to_str().unwrap_or("")]);
    let s = env.stats();
    assert_eq!(s["requests"], 2500);
    let by_year: u64 = s["by_year"]
        .as_object()
        .expect("years")
        .values()
        .filter_map(|v| v.as_u64())
        .sum();
    assert_eq!(by_year, 2500);
    let by_process: u64 = s["by_process"]
        .as_object()
        .expect("p")
        .values()
        .filter_map(|v| v.as_u64())
        .sum();
    assert_eq!(by_process, 2500);
    // Same seed, same file.
    let again = env.path("again.csv");
    env.ok(&[
        "generate",
        "--requests",
        "2500",
        "--seed",
        "3",
        "--out",
        again.to_str().unwrap_or(""),
    ]);
    assert_eq!(std::fs::read(&file).ok(), std::fs::read(&again).ok());
}

#[test]
fn readers_see_the_old_or_the_new_store_never_half_an_import() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let file = env.path("big.csv");
    env.ok(&[
        "generate",
        "--requests",
        "60000",
        "--seed",
        "9",
        "--out",
        file.to_str().unwrap_or(""),
    ]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(["import", file.to_str().unwrap_or(""), "--db", &env.db()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn import");
    let mut seen = Vec::new();
    loop {
        let out = env.run(&["stats", "--json"]);
        if out.status.success() {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
            seen.push(v["requests"].as_u64().unwrap_or(u64::MAX));
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
    }
    assert!(child.wait().expect("wait").success());
    assert!(!seen.is_empty());
    for n in &seen {
        assert!(
            *n == 3 || *n == 60_003,
            "a reader saw {n} requests mid-import"
        );
    }
    assert_eq!(env.stats()["requests"], 60_003);
}

#[test]
fn a_mapping_file_brings_another_layout_in() {
    let env = Env::new();
    let csv = env.path("foia.csv");
    std::fs::write(
        &csv,
        "Ref;Date received;Type;Data sought;Result\r\n\
         F-1;03/15/2023;Grand Jury Subpoena;Subscriber info|IP download logs;Complied\r\n\
         F-2;04/02/2023;Search Warrant;\"Subscriber info\";Rejected\r\n",
    )
    .expect("w");
    let map = env.path("foia.mapping.json");
    std::fs::write(
        &map,
        r#"{"format": "disclose-mapping", "version": 1,
            "columns": {"Ref": "id", "Date received": "received", "Type": "process",
                        "Data sought": "categories_requested", "Result": "outcome"},
            "delimiter": ";", "list_separator": "|",
            "date_formats": ["%m/%d/%Y"],
            "values": {"process": {"Grand Jury Subpoena": "subpoena"}},
            "categories": {"Subscriber info": "name"},
            "defaults": {"organisation": "foia-desk", "country": "US"}}"#,
    )
    .expect("w");
    let out = env.ok(&[
        "import",
        csv.to_str().unwrap_or(""),
        "--mapping",
        map.to_str().unwrap_or(""),
    ]);
    assert!(out.contains("created organisation foia-desk"), "{out}");
    let s = env.stats();
    assert_eq!(s["requests"], 2);
    assert_eq!(s["by_process"]["subpoena"], 1);
    assert_eq!(s["by_process"]["search_warrant"], 1);
    assert_eq!(s["by_outcome"]["rejected"], 1);
    assert_eq!(s["by_country"]["US"], 2);
    let text = env.export("bundle", "out.json", &[]);
    assert!(text.contains(r#""received":"2023-03-15""#));
    assert!(
        text.contains(r#""requested_as":["IP download logs"]"#),
        "{text}"
    );
}

#[test]
fn bom_crlf_and_quoted_newlines_are_read_and_lines_counted_right() {
    let env = Env::new();
    let file = env.path("excel.csv");
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(
        b"id,organisation,received,process,notes\r\n\
          a1,psf,2023-01,subpoena,\"first line\r\nsecond line\"\r\n\
          a2,psf,2023-02,subpena,\r\n",
    );
    std::fs::write(&file, &body).expect("w");
    let out = env.run(&["import", file.to_str().unwrap_or("")]);
    assert_eq!(out.status.code(), Some(65));
    assert!(all_output(&out).contains("line 4"), "{}", all_output(&out));
    std::fs::write(
        &file,
        String::from_utf8_lossy(&body).replace("subpena", "subpoena"),
    )
    .expect("w");
    env.ok(&["import", file.to_str().unwrap_or("")]);
    assert_eq!(env.stats()["requests"], 2);
}

#[test]
fn xlsx_request_lists_import_with_real_dates() {
    let env = Env::new();
    let path = env.path("requests.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Requests").expect("name");
    let header = [
        "id",
        "organisation",
        "received",
        "process",
        "categories_not_held",
        "accounts_specified",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write(0, c as u16, *h).expect("w");
    }
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2023, 3, 15).expect("date");
    let fmt = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    ws.write(1, 0, "x-1").expect("w");
    ws.write(1, 1, "psf").expect("w");
    ws.write_datetime_with_format(1, 2, &date, &fmt).expect("w");
    ws.write(1, 3, "Subpoena").expect("w");
    ws.write(1, 4, "payment_info").expect("w");
    ws.write(1, 5, 2).expect("w");
    ws.write(2, 0, "x-2").expect("w");
    ws.write(2, 1, "psf").expect("w");
    ws.write(2, 2, "2023-04").expect("w");
    ws.write(2, 3, "court order").expect("w");
    wb.save(&path).expect("save");
    env.ok(&["import", path.to_str().unwrap_or("")]);
    let s = env.stats();
    assert_eq!(s["requests"], 2);
    assert_eq!(s["accounts_specified"], 2);
    assert_eq!(s["by_process"]["court_order"], 1);
    let text = env.export("csv", "x.csv", &[]);
    assert!(text.contains("x-1,psf,2023-03-15,"), "{text}");
    assert!(text.contains("x-2,psf,2023-04,"), "{text}");
}

#[test]
fn a_failed_export_leaves_no_partial_file() {
    let env = Env::new();
    let out = env.run(&[
        "export",
        "--format",
        "csv",
        "--out",
        env.path("x.csv").to_str().unwrap_or(""),
    ]);
    assert_eq!(out.status.code(), Some(74));
    assert!(!Path::new(&env.path("x.csv")).exists());
    assert!(!Path::new(&env.path(".x.csv.partial")).exists());
}

/// Datasette's rule: a command or option that the README does not mention is a bug.
#[test]
fn every_command_and_option_is_documented_in_the_readme() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README.md");
    let help = |args: &[&str]| -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_disclose"))
            .args(args)
            .output()
            .expect("help");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let top = help(&["--help"]);
    let commands: Vec<String> = top
        .split("Commands:")
        .nth(1)
        .unwrap_or("")
        .split("Options:")
        .next()
        .unwrap_or("")
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect();
    assert!(commands.len() >= 10, "{commands:?}");
    let architecture = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../ARCHITECTURE.md"
    ))
    .expect("ARCHITECTURE.md");
    for c in &commands {
        assert!(
            architecture.contains(&format!("`{c}`"))
                || architecture.contains(&format!("disclose {c}")),
            "ARCHITECTURE.md does not list `disclose {c}`"
        );
        assert!(
            readme.contains(&format!("disclose {c}")),
            "README does not document `disclose {c}`"
        );
        for word in help(&[c, "--help"]).split_whitespace() {
            let Some(option) = word
                .strip_prefix("--")
                .map(|o| o.trim_end_matches([',', '.', ')', ';', ':']))
            else {
                continue;
            };
            if ["help", "version"].contains(&option) || option.is_empty() {
                continue;
            }
            assert!(
                readme.contains(&format!("--{option}")),
                "README does not document `--{option}` of `disclose {c}`"
            );
        }
    }
}

#[test]
fn without_rust_the_npm_scripts_say_in_one_line_what_to_install() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let empty = tempfile::tempdir().expect("tempdir");
    let out = Command::new("/bin/bash")
        .arg("scripts/setup.sh")
        .current_dir(root)
        .env("PATH", empty.path())
        .output()
        .expect("bash");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("rustup"), "{err}");
}

#[test]
fn an_unknown_organisation_is_named_not_counted_as_zero() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let out = env.run(&["stats", "--organisation", "pypi"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        all_output(&out).contains("no organisation \"pypi\""),
        "{}",
        all_output(&out)
    );
    assert!(all_output(&out).contains("psf"));
}

#[test]
fn marking_provided_what_the_inventory_says_was_not_held_is_a_warning() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let file = env.path("odd.csv");
    std::fs::write(
        &file,
        "id,organisation,received,process,categories_provided\nw1,psf,2023-07-01,subpoena,payment_info;name\n",
    )
    .expect("w");
    let out = env.run(&["import", file.to_str().unwrap_or("")]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning:") && err.contains("payment_info provided"),
        "{err}"
    );
    assert!(!err.contains("name provided"), "{err}");
    assert_eq!(env.stats()["requests"], 4);
}

#[test]
fn an_organisation_first_named_by_a_csv_row_is_filled_in_by_a_bundle() {
    let env = Env::new();
    let file = env.path("first.csv");
    std::fs::write(
        &file,
        "id,organisation,received,process\nq1,psf,2024-01,subpoena\n",
    )
    .expect("w");
    let out = env.ok(&["import", file.to_str().unwrap_or("")]);
    assert!(out.contains("created organisation psf"), "{out}");
    env.ok(&["import", SAMPLE]);
    let bundle = env.export("bundle", "all.json", &[]);
    assert!(
        bundle.contains(r#""name":"Python Software Foundation""#),
        "{bundle}"
    );
}

#[test]
fn charts_are_written_as_svg_or_png_with_their_data() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let svg = env.path("c.svg");
    let data = env.path("c.csv");
    let said = env.ok(&[
        "chart",
        "categories",
        "--out",
        svg.to_str().unwrap_or(""),
        "--data",
        data.to_str().unwrap_or(""),
    ]);
    assert!(
        said.contains("Not held: Postal address (3 of 3 times)"),
        "{said}"
    );
    assert!(std::fs::read_to_string(&svg)
        .expect("svg")
        .starts_with("<svg"));
    // Three requests: a checklist, a column per request.
    assert!(std::fs::read_to_string(&data)
        .expect("csv")
        .contains("Payment information,Not held,Not held,Not held"));
    let png = env.path("t.png");
    env.ok(&[
        "chart",
        "timeline",
        "--theme",
        "dark",
        "--width",
        "1280",
        "--out",
        png.to_str().unwrap_or(""),
    ]);
    assert_eq!(&std::fs::read(&png).expect("png")[..4], b"\x89PNG");
    assert_eq!(
        env.run(&["chart", "pie", "--out", svg.to_str().unwrap_or("")])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        env.run(&[
            "chart",
            "matrix",
            "--out",
            env.path("x.gif").to_str().unwrap_or("")
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn a_chart_is_exported_as_a_newsroom_needs_it() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let out = |name: &str| env.path(name).to_str().unwrap_or("").to_string();
    // The editor's words replace the chart's own; the PNG is drawn at 2x.
    let (png, one) = (out("c.png"), out("c1.png"));
    let words = [
        "--title",
        "PyPI could not hand over what it never kept",
        "--subtitle",
        "Three subpoenas, 2023",
        "--note",
        "Figures from the PSF's own account.",
    ];
    let mut args = vec!["chart", "categories", "--out", &png, "--scale", "2"];
    args.extend(words);
    env.ok(&args);
    env.ok(&["chart", "categories", "--out", &one]);
    let width = |p: &str| {
        let b = std::fs::read(p).expect("png");
        u32::from_be_bytes([b[16], b[17], b[18], b[19]])
    };
    assert_eq!(width(&png), 2 * width(&one));
    let bytes = std::fs::read(&png).expect("png");
    let text = String::from_utf8_lossy(&bytes);
    // The provenance rides in the PNG's text chunks: title, files, filters, data date.
    for said in [
        "PyPI could not hand over what it never kept",
        "Source files",
        "psf-pypi-2023.json",
        "Period: all dates in the store",
        "Data as of",
    ] {
        assert!(
            text.contains(said),
            "{said} missing from the PNG's text chunks"
        );
    }
    // The SVG carries the same as metadata, and the editor's words as its title.
    let svg = out("c.svg");
    let mut args = vec!["chart", "categories", "--out", &svg];
    args.extend(words);
    env.ok(&args);
    let svg = std::fs::read_to_string(&svg).expect("svg");
    assert!(svg.contains(
        "<title id=\"chart-categories-title\">PyPI could not hand over what it never kept</title>"
    ));
    assert!(svg.contains("<metadata id=\"chart-categories-provenance\">"));
    assert!(
        svg.contains("Figures from the PSF&apos;s own account.")
            || svg.contains("Figures from the PSF's own account.")
    );
    // The same store gives the same file: the date is the data's, not the clock's.
    let again = out("again.svg");
    let mut args = vec!["chart", "categories", "--out", &again];
    args.extend(words);
    env.ok(&args);
    assert_eq!(std::fs::read_to_string(&again).expect("svg"), svg);
    // The embed: one page, the chart inline, each mark's value on hover, nothing fetched.
    let html = out("embed.html");
    env.ok(&["chart", "compare", "--out", &html]);
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(page.contains("<svg"));
    assert!(
        page.contains("<title>Python Software Foundation 2023: 3 · Source:"),
        "hover text"
    );
    assert!(!page.contains("<script") && !page.contains("src=\"http"));
    // The CSV says where its numbers come from in leading comments.
    let csv = out("numbers.csv");
    env.ok(&["chart", "matrix", "--out", &csv]);
    let csv = std::fs::read_to_string(&csv).expect("csv");
    assert!(csv.starts_with("# Each request and what became"), "{csv}");
    assert!(csv.contains("# Source files: psf-pypi-2023.json"), "{csv}");
    // A highlight must name an organisation of the store, and 4x is not offered.
    assert_eq!(
        env.run(&[
            "chart",
            "compare",
            "--highlight",
            "nobody",
            "--out",
            &svg_path(&env)
        ])
        .status
        .code(),
        Some(2)
    );
    assert_eq!(
        env.run(&["chart", "compare", "--scale", "4", "--out", &png])
            .status
            .code(),
        Some(2)
    );
}

fn svg_path(env: &Env) -> String {
    env.path("x.svg").to_str().unwrap_or("").to_string()
}

#[test]
fn reports_are_written_from_the_default_or_an_edited_template() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let md = env.path("r.md");
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--out",
        md.to_str().unwrap_or(""),
    ]);
    let text = std::fs::read_to_string(&md).expect("report");
    assert!(text.contains("we received 3 government requests"), "{text}");
    let template = env.path("mine.md.j2");
    env.ok(&["report", "--template-out", template.to_str().unwrap_or("")]);
    let edited = std::fs::read_to_string(&template)
        .expect("template")
        .replace(
            "## {{ t(\"report-methodology-heading\") }}",
            "## How we count",
        );
    std::fs::write(&template, edited).expect("w");
    let html = env.path("r.html");
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--out",
        md.to_str().unwrap_or(""),
        "--template",
        template.to_str().unwrap_or(""),
    ]);
    assert!(std::fs::read_to_string(&md)
        .expect("report")
        .contains("## How we count"));
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--format",
        "html",
        "--band-below",
        "5",
        "--out",
        html.to_str().unwrap_or(""),
    ]);
    assert!(std::fs::read_to_string(&html)
        .expect("html")
        .contains("fewer than 5"));
    assert_eq!(
        env.run(&["report", "--period", "2023"]).status.code(),
        Some(2)
    );
}

#[test]
fn compare_sets_records_beside_published_counts() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let published = env.path("published.json");
    std::fs::write(
        &published,
        r#"{"format": "disclose-bundle", "version": 1,
            "organisations": [{"id": "examplehub", "name": "ExampleHub"}],
            "aggregates": [
              {"organisation": "examplehub", "period_start": "2023-01-01", "period_end": "2023-06-30", "country": "US",
               "process": "subpoena", "metric": "requests", "value": 120, "unit": "count"},
              {"organisation": "examplehub", "period_start": "2023-07-01", "period_end": "2023-12-31", "country": "US",
               "process": "subpoena", "metric": "requests", "value": 130, "unit": "count"},
              {"organisation": "examplehub", "period_start": "2023-07-01", "period_end": "2023-12-31", "country": "DE",
               "process": "subpoena", "metric": "requests", "value": 7, "unit": "count"},
              {"organisation": "examplehub", "period_start": "2023-01-01", "period_end": "2023-06-30",
               "process": "national_security", "metric": "requests", "value_min": 0, "value_max": 249, "unit": "count"},
              {"organisation": "examplehub", "period_start": "2023-07-01", "period_end": "2023-12-31",
               "process": "national_security", "metric": "requests", "value_min": 0, "value_max": 249, "unit": "count"}]}"#,
    )
    .expect("w");
    env.ok(&["import", published.to_str().unwrap_or("")]);
    let rows: serde_json::Value = serde_json::from_str(&env.ok(&[
        "compare",
        "--process",
        "subpoena",
        "--from",
        "2023",
        "--to",
        "2023",
        "--json",
    ]))
    .expect("json");
    let get = |org: &str| {
        rows.as_array()
            .and_then(|r| r.iter().find(|x| x["organisation"] == org))
            .cloned()
    };
    assert_eq!(
        get("psf").map(|r| r["value"].clone()),
        Some(serde_json::json!(3.0))
    );
    assert_eq!(
        get("psf").map(|r| r["source"].clone()),
        Some(serde_json::json!("records"))
    );
    assert_eq!(
        get("examplehub").map(|r| r["value"].clone()),
        Some(serde_json::json!(257.0))
    );
    let us: serde_json::Value = serde_json::from_str(&env.ok(&[
        "compare",
        "--process",
        "subpoena",
        "--country",
        "US",
        "--json",
    ]))
    .expect("json");
    assert!(us.to_string().contains("250.0"), "{us}");
    let bands = env.ok(&["compare", "--process", "national_security"]);
    assert!(
        bands.contains("0-498") && bands.contains("published counts"),
        "{bands}"
    );
    assert_eq!(
        env.run(&["compare", "--metric", "requestz"]).status.code(),
        Some(2)
    );
}

#[test]
fn info_names_the_store_its_schema_and_what_each_organisation_has() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let info: serde_json::Value =
        serde_json::from_str(&env.ok(&["info", "--json"])).expect("info JSON");
    assert_eq!(info["path"], env.db());
    assert_eq!(
        info["schema_version"],
        disclose_core::store::SCHEMA_VERSION,
        "a store just written is at the current schema"
    );
    let psf = &info["organisations"][0];
    assert_eq!(psf["id"], "psf");
    assert_eq!(psf["label"], "Python Software Foundation (PyPI)");
    assert_eq!(psf["requests"], 3, "the sample's three subpoenas");
    let text = env.ok(&["info"]);
    assert!(text.contains("Python Software Foundation (PyPI)"), "{text}");
    assert!(text.contains(&env.db()), "{text}");
}

#[test]
fn without_db_the_cli_uses_the_apps_default_store() {
    let env = Env::new();
    let out = env.run_default(&["import", SAMPLE]);
    assert!(out.status.success(), "{}", all_output(&out));
    assert!(env.default_store().exists());
    let out = env.run_default(&["info", "--json"]);
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).expect("info JSON");
    assert_eq!(info["path"], env.default_store().display().to_string());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "nothing to tell");
}

#[test]
fn a_store_at_the_old_cli_path_moves_to_the_default_with_a_notice() {
    let env = Env::new();
    let old = env.path("data/disclose/disclose.db");
    let out = env
        .command(&["import", SAMPLE, "--db", old.to_str().unwrap_or("")])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", all_output(&out));
    let out = env.run_default(&["stats", "--json"]);
    assert!(out.status.success(), "{}", all_output(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("moved the store from"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stats");
    assert_eq!(stats["requests"], 3, "the moved store's requests");
    assert!(!old.exists() && env.default_store().exists());
}

#[test]
fn with_an_old_and_a_new_store_the_old_one_is_named_once_with_how_to_open_it() {
    let env = Env::new();
    let old = env.path("data/disclose/disclose.db");
    for db in [old.clone(), env.default_store()] {
        let out = env
            .command(&["import", SAMPLE, "--db", db.to_str().unwrap_or("")])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", all_output(&out));
    }
    let first = String::from_utf8_lossy(&env.run_default(&["info"]).stderr).into_owned();
    assert!(
        first.contains(&format!("--db {}", old.display())),
        "{first}"
    );
    let second = String::from_utf8_lossy(&env.run_default(&["info"]).stderr).into_owned();
    assert_eq!(second, "", "named once");
}

#[test]
fn the_cli_says_when_the_app_last_opened_another_store() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let settings = env.path("config/org.disclose.app/settings.json");
    std::fs::create_dir_all(settings.parent().expect("dir")).expect("mkdir");
    std::fs::write(
        &settings,
        serde_json::json!({ "last_store": env.db() }).to_string(),
    )
    .expect("settings");
    let out = env.run_default(&["import", SAMPLE]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("(the app last opened {})", env.db())),
        "{stderr}"
    );
    // Pointed at the app's store, nothing to say.
    assert!(!String::from_utf8_lossy(&env.run(&["info"]).stderr).contains("last opened"));
}

#[test]
fn exposure_replays_a_subpoena_against_a_later_inventory() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let out = env.ok(&[
        "exposure",
        "--request",
        "psf-2023-subpoena-1",
        "--as-of",
        "2024-01-01",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("exposure JSON");
    assert_eq!(v["organisation"], "psf", "found from the request's id");
    let rows = v["rows"].as_array().expect("rows");
    let ip = rows
        .iter()
        .find(|r| r["category"] == "ip_address")
        .expect("ip_address");
    assert_eq!(ip["changed"], true);
    let because: Vec<&str> = ip["because"]
        .as_array()
        .expect("because")
        .iter()
        .filter_map(|c| c["date"].as_str())
        .collect();
    assert_eq!(because, ["2023-04-07", "2023-05-25", "2023-06-12"]);
    let name = rows.iter().find(|r| r["category"] == "name").expect("name");
    assert_eq!(name["changed"], false);
    let text = env.ok(&[
        "exposure",
        "--request",
        "psf-2023-subpoena-1",
        "--as-of",
        "2024-01-01",
    ]);
    assert!(
        text.contains("IP address: on 2023-03-01 held in 3 places, each indefinitely"),
        "{text}"
    );
    assert!(
        text.contains("1 of 11 categories asked for changed"),
        "{text}"
    );
    // A request that has not arrived: its categories and the organisation.
    let what_if = env.ok(&[
        "exposure",
        "--categories",
        "ip_address,payment_info",
        "--organisation",
        "psf",
        "--then",
        "2023-03-15",
        "--as-of",
        "2024-01-01",
    ]);
    assert!(
        what_if.contains("Payment information: on 2023-03-15 not held"),
        "{what_if}"
    );
    let out = env.run(&["exposure", "--categories", "ip_address"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "--categories needs --organisation"
    );
    // A matter: all three subpoenas' categories, from the day the first arrived.
    let matter = env.ok(&[
        "exposure",
        "--matter",
        "us-doj-2023",
        "--organisation",
        "psf",
        "--as-of",
        "2024-01-01",
    ]);
    assert!(
        matter.contains("1 of 11 categories asked for changed"),
        "{matter}"
    );
    assert!(matter.contains("IP address: on 2023-03-01"), "{matter}");
}

#[test]
fn history_undo_redo_and_delete_work_the_editor_stack() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let deleted = env.ok(&["delete", "request", "psf-2023-subpoena-2"]);
    assert!(
        deleted.contains("Deleted request psf-2023-subpoena-2"),
        "{deleted}"
    );
    assert_eq!(env.stats()["requests"], 2);
    env.ok(&["undo"]);
    assert_eq!(env.stats()["requests"], 3);
    env.ok(&["redo"]);
    assert_eq!(env.stats()["requests"], 2);
    env.ok(&["undo"]);

    let history: serde_json::Value =
        serde_json::from_str(&env.ok(&["history", "--json"])).expect("history JSON");
    let changes = history["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 2);
    let newest = &changes[0];
    for key in ["id", "time", "kind", "summary", "counts", "undone"] {
        assert!(newest.get(key).is_some(), "{key} missing in {newest}");
    }
    assert_eq!(
        (newest["kind"].as_str(), newest["undone"].as_bool()),
        (Some("delete"), Some(true))
    );
    assert_eq!(changes[1]["kind"], "import");
    assert_eq!(changes[1]["counts"]["requests"], 3);
    let text = env.ok(&["history"]);
    assert!(
        text.contains("(undone)") && text.contains("Imported psf-pypi-2023.json"),
        "{text}"
    );

    // Undoing the import empties the store; one more undo is refused and says why.
    env.ok(&["undo"]);
    assert_eq!(env.stats()["requests"], 0);
    let out = env.run(&["undo"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        all_output(&out).contains("nothing to undo"),
        "{}",
        all_output(&out)
    );
    let out = env.run(&["delete", "policy", "no-such-change"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        all_output(&out).contains("no policy change \"no-such-change\""),
        "{}",
        all_output(&out)
    );
}

#[test]
fn a_second_writer_waits_or_is_told_the_store_is_busy_and_nothing_is_half_written() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let file = env.path("big.csv");
    env.ok(&[
        "generate",
        "--requests",
        "30000",
        "--out",
        file.to_str().unwrap_or(""),
    ]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(["import", file.to_str().unwrap_or(""), "--db", &env.db()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn import");
    let mut deleted = false;
    let mut busy = 0;
    while child.try_wait().expect("wait").is_none() || !deleted {
        let out = env.run(&[
            "delete",
            "request",
            "psf-2023-subpoena-1",
            "--organisation",
            "psf",
        ]);
        match out.status.code() {
            Some(0) => deleted = true,
            Some(75) => {
                busy += 1;
                assert!(
                    all_output(&out).contains("the store is busy"),
                    "{}",
                    all_output(&out)
                );
            }
            other => panic!("delete ended with {other:?}: {}", all_output(&out)),
        }
        if deleted {
            break;
        }
    }
    assert!(
        child.wait().expect("wait").success(),
        "the import was not disturbed"
    );
    assert!(deleted);
    // Both changes landed whole, whichever came first.
    assert_eq!(env.stats()["requests"], 30_002, "busy answers: {busy}");
    let history: serde_json::Value =
        serde_json::from_str(&env.ok(&["history", "--json"])).expect("history JSON");
    assert_eq!(history["changes"].as_array().map(Vec::len), Some(3));
}

#[test]
fn a_report_names_its_one_organisation_keeps_its_texts_and_states_its_checklist() {
    let env = Env::new();
    let published = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../disclose-core/tests/fixtures/published"
    );
    env.ok(&[
        "import",
        SAMPLE,
        &format!("{published}/github/requests_received_and_disclosed.csv"),
    ]);
    // GitHub is known only from published counts: the report is the PSF's.
    let md = env.path("r.md");
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--out",
        md.to_str().unwrap_or(""),
    ]);
    let text = std::fs::read_to_string(&md).expect("report");
    assert!(
        text.contains("Python Software Foundation (PyPI)") && !text.contains("GitHub"),
        "{text}"
    );

    // Texts set from files are kept in the store, used by the next report, and read back.
    let intro = env.path("intro.md");
    std::fs::write(&intro, "PyPI keeps as little as it can.").expect("w");
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--organisation",
        "psf",
        "--text",
        &format!("introduction={}", intro.display()),
    ]);
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--out",
        md.to_str().unwrap_or(""),
    ]);
    assert!(std::fs::read_to_string(&md)
        .expect("report")
        .contains("PyPI keeps as little as it can."));
    let texts = env.path("texts");
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--texts-out",
        texts.to_str().unwrap_or(""),
    ]);
    assert_eq!(
        std::fs::read_to_string(texts.join("introduction.md")).expect("text"),
        "PyPI keeps as little as it can."
    );
    let out = env.run(&["report", "--period", "2023", "--text", "foreword=x.md"]);
    assert_eq!(out.status.code(), Some(74), "{}", all_output(&out));

    // The checklist, as JSON.
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["report", "--period", "2023", "--checklist", "--json"]))
            .expect("json");
    let items = list["items"].as_array().expect("items");
    assert!(items.len() >= 12);
    for key in ["id", "source", "title", "status", "how"] {
        assert!(items.iter().all(|i| i.get(key).is_some()), "{key}");
    }
    assert!(items
        .iter()
        .any(|i| i["id"] == "rdr.p11a.by_country" && i["status"] == "covered"));

    // A second organisation with records: the report must name its organisation.
    let csv = env.path("acme.csv");
    std::fs::write(
        &csv,
        "id,organisation,received,process\nA-1,acme,2023-02-01,subpoena\n",
    )
    .expect("w");
    env.ok(&["import", csv.to_str().unwrap_or("")]);
    let out = env.run(&[
        "report",
        "--period",
        "2023",
        "--out",
        md.to_str().unwrap_or(""),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = all_output(&out);
    assert!(
        said.contains("psf (Python Software Foundation (PyPI))") && said.contains("acme (acme)"),
        "{said}"
    );

    // Published as a folder.
    let site = env.path("site");
    env.ok(&[
        "report",
        "--period",
        "2023",
        "--organisation",
        "psf",
        "--format",
        "site",
        "--out",
        site.to_str().unwrap_or(""),
    ]);
    for file in [
        "index.html",
        "report.md",
        "data.json",
        "data.csv",
        "charts/timeline.svg",
    ] {
        assert!(site.join(file).exists(), "{file}");
    }
}

/// The peak resident memory of a child process, in MB, read from /proc while it runs.
fn peak_mb(mut child: std::process::Child) -> (std::process::ExitStatus, u64) {
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            for line in status.lines().filter(|l| l.starts_with("VmHWM:")) {
                let kb: u64 = line
                    .split_whitespace()
                    .nth(1)
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                peak = peak.max(kb / 1024);
            }
        }
        if let Some(status) = child.try_wait().expect("wait") {
            return (status, peak);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn a_large_bundle_imports_in_bounded_memory() {
    let env = Env::new();
    let file = env.path("big.json");
    env.ok(&[
        "generate",
        "--requests",
        "60000",
        "--out",
        file.to_str().unwrap_or(""),
    ]);
    let size_mb = std::fs::metadata(&file).expect("size").len() / (1024 * 1024);
    let child = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(["import", file.to_str().unwrap_or(""), "--db", &env.db()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let (status, peak) = peak_mb(child);
    assert!(status.success());
    assert_eq!(env.stats()["requests"], 60_000);
    // Held whole, the parsed JSON of a bundle takes several times its size.
    assert!(
        peak < 150,
        "importing a {size_mb} MB bundle peaked at {peak} MB"
    );
}

/// Imports `file`, expecting a refusal: exit 65 within 10 s and under 300 MB of memory,
/// with a message holding `says`.
fn refused_within_bounds(env: &Env, file: &Path, says: &str) {
    let started = std::time::Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_disclose"))
        .args(["import", file.to_str().unwrap_or(""), "--db", &env.db()])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(env.path("err.txt")).expect("err file"))
        .spawn()
        .expect("spawn");
    let (status, peak) = peak_mb(child);
    let said = std::fs::read_to_string(env.path("err.txt")).expect("stderr");
    assert_eq!(status.code(), Some(65), "{said}");
    assert!(said.contains(says), "{said}");
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
    assert!(peak < 300, "peaked at {peak} MB");
}

#[test]
fn hostile_files_are_refused_before_they_take_the_memory() {
    use std::io::Write;
    let env = Env::new();
    const MB150: usize = 150 * 1024 * 1024;
    // A CSV of 150 MB without a line break.
    let csv = env.path("one-line.csv");
    let mut f = std::fs::File::create(&csv).expect("csv");
    f.write_all(b"id,organisation,received,process\nA-1,acme,2023-01-01,")
        .expect("w");
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..150 {
        f.write_all(&chunk).expect("w");
    }
    drop(f);
    refused_within_bounds(&env, &csv, "4,194,304");
    // A CSV whose one cell holds 150 MB, quoted, line after line.
    let cell = env.path("one-cell.csv");
    let mut f = std::fs::File::create(&cell).expect("csv");
    f.write_all(b"id,organisation,received,process,notes\nA-1,acme,2023-01-01,subpoena,\"")
        .expect("w");
    let mut lines = Vec::with_capacity(1 << 20);
    while lines.len() < (1 << 20) {
        lines.extend_from_slice(&[b'y'; 99]);
        lines.push(b'\n');
    }
    for _ in 0..MB150 / lines.len() {
        f.write_all(&lines).expect("w");
    }
    f.write_all(b"\"\n").expect("w");
    drop(f);
    refused_within_bounds(&env, &cell, "rows of at most 4,194,304 bytes");
    // An XLSX of a few MB whose one sheet inflates to 400 MB.
    let xlsx = env.path("bomb.xlsx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&xlsx).expect("xlsx"));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("[Content_Types].xml", deflated)
        .expect("part");
    zip.write_all(b"<?xml version=\"1.0\"?><Types/>")
        .expect("w");
    zip.start_file("xl/worksheets/sheet1.xml", deflated)
        .expect("sheet");
    let row = b"<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(20_000);
    let mut written = 0;
    while written < 400 * 1024 * 1024 {
        zip.write_all(&row).expect("w");
        written += row.len();
    }
    zip.finish().expect("zip");
    let packed = std::fs::metadata(&xlsx).expect("size").len();
    assert!(
        packed < 8 * 1024 * 1024,
        "the bomb is small: {packed} bytes"
    );
    refused_within_bounds(&env, &xlsx, "decompression bombs");
    // A bundle with one note of 150 MB.
    let bundle = env.path("long.json");
    let mut f = std::fs::File::create(&bundle).expect("json");
    f.write_all(b"{\"format\": \"disclose-bundle\", \"version\": 2, \"organisations\": [{\"id\": \"o\", \"name\": \"").expect("w");
    for _ in 0..150 {
        f.write_all(&chunk).expect("w");
    }
    f.write_all(b"\"}]}").expect("w");
    drop(f);
    refused_within_bounds(&env, &bundle, "1,048,576");
}

/// The companies' published files as the tests of disclose-core keep them.
fn published(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../disclose-core/tests/fixtures/published")
        .join(rel)
}

/// A zip of a folder's files, as a company's download comes, plus one file of no layout.
fn zip_folder(folder: &Path, out: &Path) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(out).expect("zip"));
    let opts = zip::write::SimpleFileOptions::default();
    let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    for p in names {
        let name = format!(
            "takeout/{}",
            p.file_name().unwrap_or_default().to_string_lossy()
        );
        z.start_file(name, opts).expect("entry");
        std::io::Write::write_all(&mut z, &std::fs::read(&p).expect("read")).expect("write");
    }
    z.start_file("takeout/README.txt", opts).expect("entry");
    std::io::Write::write_all(&mut z, b"About these files").expect("write");
    z.finish().expect("finish");
}

#[test]
fn a_journalist_compares_germany_half_year_by_half_year_and_traces_each_figure_to_its_row() {
    let env = Env::new();
    let zip = env.path("google.zip");
    zip_folder(&published("google"), &zip);
    let x = published("x");
    let github = published("github/by_calendar_year_half");
    // One command: a zip, a folder of X's half-years, GitHub's half-yearly files.
    let outcome: serde_json::Value = serde_json::from_str(&env.ok(&[
        "import",
        zip.to_str().unwrap_or(""),
        x.to_str().unwrap_or(""),
        github.to_str().unwrap_or(""),
        "--json",
    ]))
    .expect("json");
    let files: Vec<String> = outcome["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| f["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        files.contains(&"google.zip/takeout/google-global-user-data-requests.csv".to_string()),
        "{files:?}"
    );
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("x-information-requests-2017-H2.csv")),
        "{files:?}"
    );
    assert_eq!(
        outcome["skipped"][0]["file"],
        "google.zip/takeout/README.txt"
    );
    // Somaliland has no ISO code: kept under its name, with a warning that says so.
    assert!(outcome.to_string().contains("Somaliland"), "{outcome}");

    // Germany by name, half-year by half-year.
    let rows: serde_json::Value = serde_json::from_str(&env.ok(&[
        "compare",
        "--country",
        "Germany",
        "--period",
        "half",
        "--json",
    ]))
    .expect("json");
    let row = |org: &str, year: i64, half: i64| {
        rows.as_array()
            .and_then(|r| {
                r.iter()
                    .find(|x| x["organisation"] == org && x["year"] == year && x["half"] == half)
            })
            .cloned()
            .unwrap_or_else(|| panic!("no {org} {year} H{half} in {rows}"))
    };
    assert_eq!(row("x", 2017, 1)["value"], 41.0);
    assert_eq!(row("x", 2017, 2)["value"], 96.0);
    let google = row("google", 2023, 1);
    assert_eq!(google["value"], 1234.0);
    assert_eq!(google["country"], "DE");
    assert_eq!(google["share_with_data"], 0.5);
    // The figure's source: file, rows, wording, checksum of the very bytes imported.
    let source = &google["sources"][0];
    assert_eq!(source["file"], "google-global-user-data-requests.csv");
    assert_eq!(source["wording"][0], "Other Legal Requests");
    assert_eq!(source["period"], "2023-06-30");
    let bytes =
        std::fs::read(published("google/google-global-user-data-requests.csv")).expect("read");
    let sha: String =
        sha2::Digest::finalize(sha2::Digest::chain_update(sha2::Sha256::default(), &bytes))
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
    assert_eq!(source["sha256"], sha.as_str());
    let line: usize = source["rows"]
        .as_str()
        .and_then(|r| r.parse().ok())
        .expect("one row");
    let text = String::from_utf8(bytes).expect("utf-8");
    let cited = text.lines().nth(line - 1).expect("the cited line");
    assert!(
        cited.contains("Germany") && cited.contains("1,234"),
        "line {line}: {cited}"
    );

    // GitHub's half-years stay half-years; by year, a year with one half says so.
    let halves: serde_json::Value =
        serde_json::from_str(&env.ok(&["compare", "--period", "half", "--json"])).expect("json");
    let github_halves: Vec<String> = halves
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["organisation"] == "github")
        .map(|r| format!("{} H{}", r["year"], r["half"]))
        .collect();
    assert_eq!(github_halves, ["2024 H2", "2025 H1"]);
    let years = env.ok(&["compare"]);
    assert!(
        years
            .lines()
            .any(|l| l.starts_with("github") && l.contains("2025") && l.contains("6 of 12 months")),
        "{years}"
    );

    // The sharpest change first.
    let changes = env.ok(&[
        "compare",
        "--country",
        "DE",
        "--period",
        "half",
        "--changes",
    ]);
    assert_eq!(
        changes.lines().next(),
        Some("x, Germany: 2017 H1 41 to 2017 H2 96: +55 (+134%)"),
        "{changes}"
    );
    // The CSV carries each figure's citation, and no cell can run as a formula.
    let csv = env.ok(&[
        "compare",
        "--country",
        "Germany",
        "--period",
        "half",
        "--csv",
    ]);
    let header = csv.lines().next().unwrap_or("");
    assert!(header.ends_with(",sources"), "{header}");
    assert!(csv.contains(&format!("SHA-256 {sha}")), "{csv}");
    // A country ranking of one company.
    let grid = env.ok(&[
        "compare",
        "--by",
        "country",
        "--organisation",
        "x",
        "--period",
        "half",
    ]);
    let first: Vec<&str> = grid.lines().skip(1).take(2).collect();
    assert!(
        first[0].contains("United States") && first[0].contains(" 1 "),
        "{grid}"
    );
    assert!(
        first[1].contains("Japan") && first[1].contains(" 2 "),
        "{grid}"
    );
    // What the store holds, and where newer files are.
    let library: serde_json::Value =
        serde_json::from_str(&env.ok(&["sources", "--json"])).expect("json");
    let x_entry = library
        .as_array()
        .and_then(|l| l.iter().find(|e| e["organisation"] == "x"))
        .cloned()
        .expect("x in the library");
    assert_eq!(x_entry["last_period"], "2017 H2");
    assert!(x_entry["page"]
        .as_str()
        .is_some_and(|p| p.starts_with("https://")));
    // A country that is none, and a period compare cannot give, are usage errors.
    assert_eq!(
        env.run(&["compare", "--country", "Atlantis"]).status.code(),
        Some(2)
    );
    assert_eq!(
        env.run(&["compare", "--period", "month"]).status.code(),
        Some(2)
    );
}

#[test]
fn the_eu_dsa_template_imports_orders_by_member_state() {
    let env = Env::new();
    let dsa = published("eu-dsa");
    env.ok(&["import", dsa.to_str().unwrap_or("")]);
    let rows: serde_json::Value = serde_json::from_str(&env.ok(&[
        "compare",
        "--scope",
        "content_orders",
        "--by",
        "country",
        "--json",
    ]))
    .expect("json");
    assert!(
        rows.as_array()
            .is_some_and(|r| r.iter().any(|x| x["country"] == "DE")),
        "{rows}"
    );
}

#[test]
fn requests_pages_a_filter_with_its_facets_and_never_names_a_subject() {
    let env = Env::new();
    let csv = env.path("gen.csv");
    env.ok(&[
        "generate",
        "--requests",
        "400",
        "--out",
        csv.to_str().unwrap_or(""),
    ]);
    env.ok(&["import", csv.to_str().unwrap_or("")]);
    let page = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["requests", "--json", "--facets"];
        all.extend_from_slice(args);
        serde_json::from_str(&env.ok(&all)).expect("json")
    };
    let all = page(&[]);
    assert_eq!(all["total"], 400);
    assert_eq!(all["rows"].as_array().map(Vec::len), Some(100));
    // Each facet's counts are what the filter on that value leaves.
    let by_country = all["facets"]["country"]
        .as_object()
        .expect("countries")
        .clone();
    let (country, n) = by_country.iter().next().expect("a country");
    let one = page(&["--country", country]);
    assert_eq!(&one["total"], n);
    let asked = one["facets"]["category"]
        .as_object()
        .expect("categories")
        .clone();
    let (category, n) = asked.iter().next().expect("a category");
    let both = page(&["--country", country, "--category", category, "--limit", "5"]);
    assert_eq!(&both["total"], n);
    assert!(both["rows"].as_array().map(Vec::len) <= Some(5));
    // Newest first, and the next page starts where the first stopped.
    let newest = page(&["--desc", "--limit", "2"]);
    let next = page(&["--desc", "--limit", "1", "--offset", "1"]);
    assert_eq!(newest["rows"][1], next["rows"][0]);
    // People read labels; a typo is named with what the store has.
    let text = env.ok(&["requests", "--facets", "--limit", "3"]);
    assert!(text.starts_with("requests 1-3 of 400"), "{text}");
    assert!(
        text.contains("by disposition") && !text.contains("not_held"),
        "{text}"
    );
    // In German when the environment says so, or --lang does; ids and record text stay.
    let german = |args: &[&str]| {
        let out = env
            .command(args)
            .args(["--db", &env.db()])
            .env("LANG", "de_DE.UTF-8")
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let text = german(&["requests", "--facets", "--limit", "3"]);
    assert!(text.starts_with("Anfragen 1–3 von 400"), "{text}");
    assert!(
        text.contains("nach Herausgabe") && text.contains("Nicht vorhanden"),
        "{text}"
    );
    assert!(
        text.contains("Postanschrift") && !text.contains("Postal address"),
        "built-in categories in German: {text}"
    );
    assert!(
        text.contains("Verfahren") && !text.contains("by process"),
        "{text}"
    );
    let stats = german(&["stats"]);
    assert!(stats.starts_with("Anfragen "), "{stats}");
    assert!(
        stats.contains("nach Verfahren") && stats.contains("Gerichtsbeschluss"),
        "{stats}"
    );
    assert!(
        stats.contains("angefragt, nicht vorhanden  ") && stats.contains("nicht vorhanden"),
        "every title apart from its value: {stats}"
    );
    let plain = env.ok(&["stats"]);
    assert!(
        plain.contains("by process")
            && !plain.contains("not_held")
            && !plain.contains("court_order"),
        "labels, never ids: {plain}"
    );
    let english = german(&["requests", "--lang", "en", "--limit", "1"]);
    assert!(english.starts_with("requests 1-1 of 400"), "{english}");
    let german_flag = env.ok(&["requests", "--lang", "de", "--limit", "1"]);
    assert!(
        german_flag.starts_with("Anfragen 1–1 von 400"),
        "{german_flag}"
    );
    let out = env.run(&["requests", "--category", "postal"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("postal_address"));
    for args in [
        &["--json", "--facets"][..],
        &["--facets"][..],
        &["--search", "counsel"][..],
    ] {
        let mut a = vec!["requests", "--limit", "1000"];
        a.extend_from_slice(args);
        assert!(!env.ok(&a).contains(CANARY), "{args:?}");
    }
}

/// SQLite's own check of a store file.
fn integrity(db: &str) -> String {
    let conn = rusqlite::Connection::open(db).expect("open the store");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check")
}

/// Runs disclose under a file-size limit of `kib` KiB, as on a disk that fills up: the
/// shell ignores SIGXFSZ (inherited), so writes past the limit fail with EFBIG instead.
fn run_limited(env: &Env, kib: u32, args: &[&str]) -> Output {
    let mut script = format!(
        "trap '' XFSZ; ulimit -f {kib}; exec \"{}\"",
        env!("CARGO_BIN_EXE_disclose")
    );
    for a in args {
        script.push_str(&format!(" '{a}'"));
    }
    Command::new("sh")
        .args(["-c", &script])
        .env_remove("DISCLOSE_DB")
        .env("XDG_DATA_HOME", env.path("data"))
        .env("XDG_CONFIG_HOME", env.path("config"))
        .output()
        .expect("run disclose under a file-size limit")
}

#[test]
fn a_full_disk_stops_an_import_or_an_export_with_exit_74_and_nothing_half_written() {
    let env = Env::new();
    env.ok(&["import", SAMPLE]);
    let before = env.ok(&["stats", "--json"]);
    let csv = env.path("gen.csv");
    env.ok(&[
        "generate",
        "--requests",
        "3000",
        "--out",
        csv.to_str().unwrap_or(""),
    ]);
    let db = env.db();
    let out = run_limited(
        &env,
        1024,
        &["import", csv.to_str().unwrap_or(""), "--db", &db],
    );
    assert_eq!(out.status.code(), Some(74), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("nothing was written"), "{said}");
    assert_eq!(
        env.ok(&["stats", "--json"]),
        before,
        "the store is as it was"
    );
    assert_eq!(integrity(&db), "ok");
    // The next run works.
    env.ok(&["import", csv.to_str().unwrap_or("")]);
    for format in ["csv", "bundle"] {
        let file = env.path(&format!("out.{format}"));
        let f = file.to_str().unwrap_or("");
        let out = run_limited(
            &env,
            64,
            &["export", "--db", &db, "--format", format, "--out", f],
        );
        assert_eq!(out.status.code(), Some(74), "{format}: {out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("out.{format}")));
        let left: Vec<_> = std::fs::read_dir(env.dir.path())
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("out."))
            .collect();
        assert!(left.is_empty(), "nothing half-written: {left:?}");
    }
}

/// The quick version of `npm run bench:kill`: an import, an undo and an export killed
/// (SIGKILL) at several moments each leave the store exactly as before or exactly as
/// after, whole to SQLite, with no file half-written, and the next run works.
#[test]
fn killed_at_any_moment_an_import_an_undo_or_an_export_leaves_before_or_after() {
    use std::time::{Duration, Instant};
    let env = Env::new();
    let csv = env.path("gen.csv");
    let csv = csv.to_str().unwrap_or("");
    env.ok(&[
        "generate",
        "--requests",
        "5000",
        "--seed",
        "4",
        "--out",
        csv,
    ]);
    env.ok(&["import", SAMPLE]);
    let base = env.path("base.db");
    std::fs::copy(env.db(), &base).expect("copy");
    let requests = |db: &str| -> u64 {
        assert_eq!(integrity(db), "ok", "{db}");
        let out = env
            .command(&["stats", "--json", "--db", db])
            .output()
            .expect("stats");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        v["requests"].as_u64().expect("requests")
    };
    // Runs disclose on the store its arguments name.
    let ok = |args: &[&str]| {
        let out = env.command(args).output().expect("run disclose");
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    let killed = |args: &[&str], after: Duration| {
        let mut child = env
            .command(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(after);
        let _ = child.kill();
        let _ = child.wait();
    };
    let k = env.path("k.db");
    let k = k.to_str().unwrap_or("");
    let fresh = |from: &Path| {
        for s in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{k}{s}"));
        }
        std::fs::copy(from, k).expect("copy");
    };
    fresh(&base);
    let t = Instant::now();
    ok(&["import", csv, "--db", k]);
    let whole = t.elapsed();
    let imported = env.path("imported.db");
    std::fs::copy(k, &imported).expect("copy");
    let (before, after) = (3, 5003);
    for f in [0.1, 0.3, 0.5, 0.7, 0.9] {
        fresh(&base);
        killed(&["import", csv, "--db", k], whole.mul_f64(f));
        let n = requests(k);
        assert!(
            n == before || n == after,
            "import killed at {f}: {n} requests"
        );
        ok(&["import", csv, "--db", k]);
        assert_eq!(requests(k), after);
    }
    fresh(&imported);
    let t = Instant::now();
    ok(&["undo", "--db", k]);
    let whole = t.elapsed();
    for f in [0.2, 0.5, 0.8] {
        fresh(&imported);
        killed(&["undo", "--db", k], whole.mul_f64(f));
        let n = requests(k);
        assert!(
            n == before || n == after,
            "undo killed at {f}: {n} requests"
        );
        if n == after {
            ok(&["undo", "--db", k]);
        }
        assert_eq!(requests(k), before);
    }
    let dir = env.path("exports");
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("all.json");
    let file = file.to_str().unwrap_or("");
    let imported = imported.to_str().unwrap_or("");
    let t = Instant::now();
    ok(&[
        "export", "--db", imported, "--format", "bundle", "--out", file,
    ]);
    let whole = t.elapsed();
    for f in [0.2, 0.5, 0.8] {
        std::fs::remove_file(file).ok();
        killed(
            &[
                "export", "--db", imported, "--format", "bundle", "--out", file,
            ],
            whole.mul_f64(f),
        );
        let left: Vec<String> = std::fs::read_dir(&dir)
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let whole_file = left == ["all.json"]
            && std::fs::read_to_string(file).is_ok_and(|s| s.trim_end().ends_with('}'));
        assert!(
            left.is_empty() || whole_file,
            "export killed at {f} left {left:?}"
        );
    }
}

#[test]
fn the_other_commands_speak_german_too_and_name_no_ids() {
    let env = Env::new();
    let imported = env.ok(&["--lang", "de", "import", SAMPLE]);
    assert!(
        imported.contains("importiert")
            && imported.contains("hinzugefügt 18 Bestandseinträge")
            && imported.contains("6 Richtlinienänderungen"),
        "{imported}"
    );
    let english = env.ok(&["import", SAMPLE]);
    assert!(
        english.contains("added nothing; 29 unchanged"),
        "the same file again, in English: {english}"
    );
    let inventory = env.ok(&["--lang", "de", "inventory", "--as-of", "2023-03-01"]);
    assert!(
        inventory.starts_with("Datenbestand am 2023-03-01"),
        "{inventory}"
    );
    assert!(
        inventory.contains("Postanschrift")
            && inventory.contains("nicht vorhanden")
            && inventory.contains("unbegrenzt"),
        "{inventory}"
    );
    let plain = env.ok(&["inventory", "--as-of", "2023-03-01"]);
    for id in ["postal_address", "P90D", "account_lifetime", "not_held"] {
        assert!(!plain.contains(id), "{id} is an id, not a word: {plain}");
    }
    assert!(
        plain.contains("90 days") && plain.contains("Postal address"),
        "{plain}"
    );
    let info = env.ok(&["--lang", "de", "info"]);
    assert!(info.starts_with("Speicher "), "{info}");
    assert!(
        info.contains("Version ") && info.contains("Anfragen"),
        "{info}"
    );
    // The history keeps what each change did as data: said in the reader's language.
    let history = env.ok(&["--lang", "de", "history"]);
    assert!(
        history.contains("Eingelesen psf-pypi-2023.json: 18 Bestandseinträge"),
        "{history}"
    );
    assert!(
        env.ok(&["history"])
            .contains("Imported psf-pypi-2023.json: 18 inventory entries"),
        "the same history in English"
    );
    let exposure = env.ok(&[
        "--lang",
        "de",
        "exposure",
        "--organisation",
        "psf",
        "--request",
        "psf-2023-subpoena-1",
        "--as-of",
        "2024-01-01",
    ]);
    assert!(
        exposure.starts_with("Anfrage psf-2023-subpoena-1 an psf, nachgespielt:")
            && exposure.contains("IP-Adresse: am 2023-03-01 an 3 Orten vorhanden"),
        "{exposure}"
    );
}

#[test]
fn errors_and_the_problems_of_a_file_are_said_in_german() {
    let env = Env::new();
    let bad = env.path("bad.csv");
    std::fs::write(
        &bad,
        "id,organisation,received,process\nr1,psf,2023-03-01,subpena\nr2,psf,2023-13-45,subpoena\n",
    )
    .expect("write");
    let out = env.run(&["--lang", "de", "import", bad.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(65));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2 Probleme; nichts wurde geschrieben"),
        "{err}"
    );
    assert!(
        err.contains("Zeile 2: Feld „process“: gefunden „subpena“: erwartet: eines von subpoena,"),
        "{err}"
    );
    assert!(err.contains("Zeile 3: Feld „received“"), "{err}");
    assert!(!err.contains("expected"), "no English left: {err}");
    // --json carries the same words, and the codes front ends match on.
    let out = env.run(&[
        "--lang",
        "de",
        "--json",
        "import",
        bad.to_str().expect("path"),
    ]);
    let payload: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(payload["code"], "invalid_input");
    assert!(
        payload["problems"][0]["expected"]
            .as_str()
            .is_some_and(|e| e.starts_with("eines von subpoena")),
        "{payload}"
    );
    // A usage error, and the environment's language when --lang is not given.
    env.ok(&["import", SAMPLE]);
    let out = env
        .command(&["stats", "--organisation", "pypi", "--db", &env.db()])
        .env("LANG", "de_DE.UTF-8")
        .output()
        .expect("run disclose");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("Fehler: keine Organisation „pypi“ im Speicher"),
        "{err}"
    );
}
