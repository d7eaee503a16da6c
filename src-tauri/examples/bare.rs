//! A bare Tauri window (a one-line page, no commands, no plugins): the baseline the app's
//! launch time and memory are measured against in BENCHMARKS.md (scripts/bench-app.sh).
//! With DISCLOSE_BENCH_EXIT=1 it prints "ready" once the page has loaded and exits.

use tauri::{WebviewUrl, WebviewWindowBuilder};

fn main() {
    let mut context = tauri::generate_context!();
    context.config_mut().app.windows.clear();
    let result = tauri::Builder::default()
        .register_uri_scheme_protocol("bare", |_, _| {
            tauri::http::Response::builder()
                .header("Content-Type", "text/html")
                .body(b"<!doctype html><p>bare</p>".to_vec())
                .unwrap_or_default()
        })
        .setup(|app| {
            // WebKitGTK reports no page load for about:blank, so serve one line of HTML.
            let url = WebviewUrl::CustomProtocol("bare://localhost/".parse()?);
            WebviewWindowBuilder::new(app, "main", url)
                .title("bare")
                .inner_size(1280.0, 800.0)
                .on_page_load(|_, payload| {
                    if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished)
                        && std::env::var_os("DISCLOSE_BENCH_EXIT").is_some()
                    {
                        eprintln!("ready");
                        std::thread::spawn(|| {
                            std::thread::sleep(std::time::Duration::from_millis(300));
                            std::process::exit(0);
                        });
                    }
                })
                .build()?;
            Ok(())
        })
        .run(context);
    if let Err(e) = result {
        eprintln!("bare window stopped: {e}");
        std::process::exit(1);
    }
}
