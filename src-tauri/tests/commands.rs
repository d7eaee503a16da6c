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
        BTreeSet::from(["core:event:default", "dialog:allow-open", "dialog:allow-save"]),
        "the main window may only listen to events and open the open/save dialogs besides its own commands"
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
