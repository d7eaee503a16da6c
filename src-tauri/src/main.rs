// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // WebKitGTK's accelerated compositing buys nothing for tables and static charts, costs
    // about 90 MB of memory in the web process (BENCHMARKS.md), and is behind the blank
    // windows some Linux GPU drivers show. Off unless the user set it themselves; set
    // before any thread starts.
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    disclose_app::run();
}
