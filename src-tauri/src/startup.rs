//! The launch benchmark's finish line (scripts/bench-app.sh): with DISCLOSE_BENCH_EXIT=1
//! the app prints "ready" when its first chart has been drawn and sent to the window, then
//! exits. Without the variable this does nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

static DRAWN: AtomicBool = AtomicBool::new(false);

pub fn first_chart_drawn() {
    if DRAWN.swap(true, Ordering::Relaxed) || std::env::var_os("DISCLOSE_BENCH_EXIT").is_none() {
        return;
    }
    eprintln!("ready");
    std::thread::spawn(|| {
        // Time for the window to paint what it was sent.
        std::thread::sleep(Duration::from_millis(300));
        std::process::exit(0);
    });
}
