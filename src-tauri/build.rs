fn main() {
    // Each app command gets its own permission (allow-<command>), granted per window in
    // capabilities/main.json; a command not listed there cannot be called from the UI.
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(
            tauri_build::AppManifest::new().commands(disclose_app_commands::COMMANDS),
        ),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}

/// The command names, shared with the invoke handler through `src/commands/list.rs`.
mod disclose_app_commands {
    include!("src/command_list.rs");
}
