//! One window per store: a second launch on the same store (the file manager's "Open with"
//! while Disclose is open) hands its files to the running window, which offers to import
//! them, and exits. Found over the D-Bus session bus (tauri-plugin-single-instance), under a
//! name made from the store's path, so a launch on another store (`$DISCLOSE_DB`) gets a
//! window of its own. Without a session bus (a bare X server, a container) every launch
//! opens its own window, and the log says so.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use tauri::{AppHandle, Emitter, Manager};

use crate::grants::Use;
use crate::state::AppState;

/// The event that carries files handed over by a second launch, granted for import.
pub const OPENED_EVENT: &str = "files-opened";

/// The plugin for the store at `store`, or None (said on stderr) without a session bus.
pub fn plugin(store: &Path) -> Option<tauri::plugin::TauriPlugin<tauri::Wry>> {
    if !session_bus() {
        eprintln!(
            "Disclose: no D-Bus session bus, so each launch opens its own window (files opened \
             from the file manager are not handed to a running Disclose)"
        );
        return None;
    }
    Some(
        tauri_plugin_single_instance::Builder::new()
            .dbus_id(bus_name(store))
            .callback(|app, argv, cwd| handed_over(app, argv, &cwd))
            .build(),
    )
}

/// Hands this launch's command line to a window already open on `store`, before this
/// launch makes anything of its own; true when one took it, and this launch then ends.
/// (The plugin would hand over too, but only once the window toolkit's threads run, and a
/// process ended under them can crash on its way out.) The name and object path are the
/// plugin's, so either side finds the other.
pub fn hand_over(store: &Path) -> bool {
    if !session_bus() {
        return false;
    }
    let Ok(connection) = zbus::blocking::Connection::session() else {
        return false;
    };
    let name = format!("{}.SingleInstance", bus_name(store));
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cwd = std::env::current_dir().unwrap_or_default();
    connection
        .call_method(
            Some(name.as_str()),
            path.as_str(),
            Some("org.SingleInstance.DBus"),
            "ExecuteCallback",
            &(argv, cwd.to_string_lossy().as_ref()),
        )
        .is_ok()
}

/// Whether a session bus is there to ask: its address in the environment, or the socket
/// where the user's session keeps it.
fn session_bus() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

/// `org.disclose.app.s<hash of the store path>`: a valid bus name per store.
fn bus_name(store: &Path) -> String {
    let mut h = DefaultHasher::new();
    store.hash(&mut h);
    format!("{}.s{:016x}", disclose_core::store::APP_ID, h.finish())
}

/// The running window receives a second launch's files: granted for import, offered in the
/// window, which comes to the front.
fn handed_over(app: &AppHandle, argv: Vec<String>, cwd: &str) {
    let files = files_in(argv, Path::new(cwd));
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
    if files.is_empty() {
        return;
    }
    if let Some(state) = app.try_state::<AppState>() {
        let granted = state.grants.grant(Use::Import, files);
        let _ = app.emit(OPENED_EVENT, granted);
    }
}

/// The existing files a command line names (its first word is the program), relative ones
/// against the directory it was started in.
pub fn files_in(argv: Vec<String>, cwd: &Path) -> Vec<PathBuf> {
    argv.into_iter()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .map(|a| cwd.join(a))
        .filter(|p| p.exists())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_store_has_its_own_valid_bus_name() {
        let a = bus_name(Path::new(
            "/home/a/.local/share/org.disclose.app/disclose.sqlite",
        ));
        let b = bus_name(Path::new("/tmp/other.sqlite"));
        assert_ne!(a, b);
        for name in [&a, &b] {
            assert!(name.len() <= 255);
            for element in name.split('.') {
                assert!(!element.is_empty() && !element.starts_with(|c: char| c.is_ascii_digit()));
                assert!(element
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
            }
        }
    }

    #[test]
    fn a_command_line_names_existing_files_relative_to_where_it_ran() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::write(dir.path().join("a.csv"), "x").expect("write");
        let argv = ["disclose-app", "a.csv", "--flag", "missing.json"].map(String::from);
        assert_eq!(
            files_in(argv.to_vec(), dir.path()),
            [dir.path().join("a.csv")]
        );
    }
}
