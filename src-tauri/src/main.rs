// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // WebKitGTK's accelerated compositing buys nothing for tables and static charts, costs
    // about 90 MB of memory in the web process (BENCHMARKS.md), and is behind the blank
    // windows some Linux GPU drivers show. Off unless the user set it themselves; set
    // before any thread starts.
    #[cfg(target_os = "linux")]
    default_env("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    // JavaScriptCore's JIT compilers: the screens' script is small and the data work is
    // done in Rust, so the interpreter is enough (BENCHMARKS.md: launch and paging the
    // same, a jump to a random row of a million 20-50 ms slower), with about 22 MB less
    // in the web process and no machine code written at run time in a page that shows
    // text from other people's files. Off unless the user set JSC_useJIT.
    #[cfg(target_os = "linux")]
    default_env("JSC_useJIT", "0");
    disclose_app::run();
}

/// Sets `name` to `value` unless the user set it themselves.
#[cfg(target_os = "linux")]
fn default_env(name: &str, value: &str) {
    if std::env::var_os(name).is_none() {
        std::env::set_var(name, value);
    }
}
