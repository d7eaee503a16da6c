// The app's commands, by name. Read by build.rs (one permission per command) and by the
// test that checks every command is registered and granted; keep in step with
// `generate_handler!` in lib.rs.
pub const COMMANDS: &[&str] = &[
    "store_info",
    "stats",
    "chart",
    "list_requests",
    "facets",
    "request_detail",
    "inventory_as_of",
    "policy_changes",
    "compare",
    "exposure",
    "preview_table",
    "import_files",
    "cancel_work",
    "export_bundle",
    "export_table",
    "export_chart",
    "report",
    "export_report",
    "open_store",
];
