fn main() {
    // The app embeds the built UI; say in one line what to run when it is not there yet
    // (`tauri dev` serves it from Vite instead and leaves the default feature out).
    let dist = std::path::Path::new("../ui/dist/index.html");
    println!("cargo:rerun-if-changed=../ui/dist/index.html");
    if std::env::var_os("CARGO_FEATURE_CUSTOM_PROTOCOL").is_some() && !dist.exists() {
        panic!("the app embeds the built UI, and ui/dist is missing: run `npm run build:ui` (or `npm test`) first");
    }
    // Each app command gets its own permission (allow-<command>), granted per window in
    // capabilities/main.json; a command not listed there cannot be called from the UI.
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(
            tauri_build::AppManifest::new().commands(Box::leak(
                [
                    disclose_app_commands::COMMANDS,
                    disclose_app_commands::SEAM_COMMANDS,
                ]
                .concat()
                .into_boxed_slice(),
            )),
        ),
    )
    .unwrap_or_else(|e| panic!("tauri build step failed: {e}"));
}

/// The command names, shared with the invoke handler through `src/command_list.rs`.
mod disclose_app_commands {
    include!("src/command_list.rs");
}
