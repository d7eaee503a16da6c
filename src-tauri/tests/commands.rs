//! Every command the UI can call is registered, granted to the main window, and nothing
//! else is: a command missing from the capability fails at run time, an extra grant widens
//! what a compromised page could do.

use std::collections::BTreeSet;

fn read(rel: &str) -> String {
    std::fs::read_to_string(format!("{}/{rel}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn every_command_is_registered_and_granted_and_nothing_more() {
    let commands: BTreeSet<&str> = disclose_app::COMMANDS.iter().copied().collect();

    let lib = read("src/lib.rs");
    let registered: BTreeSet<&str> = lib
        .split("commands::")
        .skip(1)
        .filter_map(|s| s.split(',').next())
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect();
    assert_eq!(
        registered, commands,
        "generate_handler! and COMMANDS differ"
    );

    let capability: serde_json::Value =
        serde_json::from_str(&read("capabilities/main.json")).expect("capability JSON");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(|p| p.as_str())
        .map(String::from)
        .collect();
    let own: BTreeSet<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    let others: BTreeSet<&str> = granted
        .iter()
        .filter(|g| !own.contains(*g))
        .map(String::as_str)
        .collect();
    assert!(
        own.is_subset(&granted),
        "commands not granted: {:?}",
        own.difference(&granted).collect::<Vec<_>>()
    );
    assert_eq!(
        others,
        BTreeSet::from(["core:event:default"]),
        "besides its own commands the main window may only use events: no dialog, no file system"
    );
}

#[test]
fn the_window_runs_under_a_strict_csp_without_the_global_tauri_object() {
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("conf");
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    let security = &conf["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = &security["csp"];
    assert_eq!(csp["default-src"], "'self'");
    assert_eq!(csp["script-src"], "'self'", "no inline or remote script");
    assert_eq!(csp["object-src"], "'none'");
    for (directive, value) in csp.as_object().expect("csp object") {
        // Tauri's IPC endpoint is the one http origin the page may reach.
        let v = value
            .as_str()
            .unwrap_or_default()
            .replace("http://ipc.localhost", "");
        assert!(
            !v.contains("http:") && !v.contains("https:") && !v.contains('*'),
            "{directive} allows remote content: {v}"
        );
    }
}

#[test]
fn every_command_is_on_the_architecture_page() {
    let page = read("../ARCHITECTURE.md");
    for c in disclose_app::COMMANDS {
        assert!(
            page.contains(&format!("`{c}`")),
            "ARCHITECTURE.md does not list the command {c}"
        );
    }
}

#[test]
fn the_app_identifier_is_the_one_the_core_finds_the_store_under() {
    let conf: serde_json::Value =
        serde_json::from_str(&read("tauri.conf.json")).expect("tauri.conf.json");
    assert_eq!(
        conf["identifier"].as_str(),
        Some(disclose_core::store::APP_ID),
        "the app's data directory and the CLI's default store must be the same place"
    );
}

/// The commands that read or write a file: each takes a grant the shell made when the user
/// chose or dropped the file, never a path from the page.
const TAKE_GRANTED_PATHS: &[(&str, &str)] = &[
    ("preview_table", "Use::Import"),
    ("import_files", "Use::Import"),
    ("open_store", "Use::OpenStore"),
    ("export_bundle", "Use::ExportBundle"),
    ("export_table", "Use::ExportTable"),
    ("export_chart", "Use::ExportChart"),
    ("export_report", "Use::ExportReport"),
    ("publish_report", "Use::PublishReport"),
];

/// Each command's signature in `src/commands/*.rs`, from `fn name(` to its `{`.
fn signatures() -> Vec<(String, String, String)> {
    let dir = format!("{}/src/commands", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("commands") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        for part in text.split("#[tauri::command]").skip(1) {
            let name = part
                .split("fn ")
                .nth(1)
                .and_then(|s| s.split('(').next())
                .expect("a command fn")
                .to_string();
            let signature = part.split('{').next().unwrap_or_default().to_string();
            // The body, up to the next item, for the grant it takes.
            let body = part.split("\n}\n").next().unwrap_or_default().to_string();
            out.push((name, signature, body));
        }
    }
    out
}

#[test]
fn no_command_takes_a_path_from_the_page_and_the_file_commands_take_grants() {
    let all = signatures();
    assert_eq!(
        all.len(),
        disclose_app::COMMANDS.len(),
        "every command found"
    );
    for (name, signature, _) in &all {
        assert!(
            !signature.to_lowercase().contains("path"),
            "{name} takes a path from the page: {signature}"
        );
    }
    for (command, purpose) in TAKE_GRANTED_PATHS {
        let (_, signature, body) = all
            .iter()
            .find(|(n, _, _)| n == command)
            .unwrap_or_else(|| panic!("{command} is not a command"));
        let grant = signature.contains("grant: String") || body.contains("request.grant");
        assert!(grant, "{command} takes no grant: {signature}");
        assert!(
            body.contains(&format!("grants.take(&grant, {purpose})"))
                || body.contains(&format!("grants.take(&request.grant, {purpose})"))
                || body.contains(&format!("grants.peek(&grant, {purpose})")),
            "{command} does not check its grant is for {purpose}"
        );
    }
    // The import request names its files by grant only.
    let import = read("src/commands/import.rs");
    let request = import
        .split("pub struct ImportRequest")
        .nth(1)
        .and_then(|s| s.split('}').next())
        .expect("ImportRequest");
    assert!(request.contains("pub grant: String") && !request.contains("path"));
}

#[test]
fn the_release_build_has_no_test_seam() {
    let cargo = read("Cargo.toml");
    let default = cargo
        .lines()
        .find(|l| l.starts_with("default"))
        .expect("default features");
    assert!(!default.contains("test-seam"), "{default}");
    let conf: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).expect("conf");
    assert!(
        !conf.to_string().contains("test-seam"),
        "tauri.conf.json (the bundler's build) enables the seam"
    );
    for c in disclose_app::SEAM_COMMANDS {
        assert!(!disclose_app::COMMANDS.contains(c));
        assert!(
            !read("capabilities/main.json").contains(&c.replace('_', "-")),
            "the capability file grants {c}"
        );
    }
    // Only the test script builds with the seam.
    let root = format!("{}/..", env!("CARGO_MANIFEST_DIR"));
    let mut with_seam = Vec::new();
    for dir in ["scripts", "."] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).expect("dir") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if !(name.ends_with(".sh") || name == "package.json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if text.contains("--features test-seam") {
                with_seam.push(format!("{dir}/{name}"));
            }
        }
    }
    assert_eq!(with_seam, ["scripts/test.sh"]);
}
