//! The Disclose desktop app. A thin shell: commands call the crates, the UI displays.

pub mod bindings;
mod command_list;
pub mod commands;
mod error;
mod grants;
#[cfg(feature = "test-seam")]
mod seam;
mod single;
mod startup;
mod state;

use disclose_core::i18n::say;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{Emitter, Manager};

pub use command_list::{COMMANDS, SEAM_COMMANDS};

/// Menu items the UI acts on; sent to it as the `menu` event with the item's id. Each
/// item's words are the catalogue's `menu-<id>`.
const MENU_ITEMS: &[(&str, &str)] = &[
    ("import", "CmdOrCtrl+I"),
    ("import-folder", "CmdOrCtrl+Shift+I"),
    ("open-store", "CmdOrCtrl+O"),
    ("export-bundle", "CmdOrCtrl+Shift+E"),
];

/// The Edit menu. Undo and redo carry no accelerator here: a menu accelerator would take
/// Ctrl+Z from the text fields too, so the page handles those keys outside fields.
const EDIT_ITEMS: &[(&str, Option<&str>)] = &[
    ("new-request", Some("CmdOrCtrl+N")),
    ("new-inventory", None),
    ("new-policy", None),
    ("new-organisation", None),
    ("undo", None),
    ("redo", None),
    ("history", Some("CmdOrCtrl+H")),
];

/// The window's menu in `lang` (rebuilt when the language changes).
pub(crate) fn menu(
    app: &tauri::AppHandle,
    lang: disclose_core::i18n::Lang,
) -> tauri::Result<Menu<tauri::Wry>> {
    use disclose_core::i18n::text;
    let words = |id: &str| text(lang, &format!("menu-{id}"));
    let file = Submenu::with_id(app, "file", words("file"), true)?;
    for (id, accel) in MENU_ITEMS {
        file.append(&MenuItem::with_id(app, *id, words(id), true, Some(*accel))?)?;
    }
    file.append(&PredefinedMenuItem::separator(app)?)?;
    file.append(&PredefinedMenuItem::quit(app, Some(words("quit")))?)?;
    let edit = Submenu::with_id(app, "edit", words("edit"), true)?;
    for (id, accel) in EDIT_ITEMS {
        edit.append(&MenuItem::with_id(app, *id, words(id), true, *accel)?)?;
    }
    let help = Submenu::with_id(app, "help", words("help"), true)?;
    help.append(&MenuItem::with_id(
        app,
        "about",
        words("about"),
        true,
        None::<&str>,
    )?)?;
    Menu::with_items(app, &[&file, &edit, &help])
}

/// The app's command handler; a test build puts the end-to-end seam in front of it.
fn handler(
    app: impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    #[cfg(feature = "test-seam")]
    return seam::handler(app);
    #[cfg(not(feature = "test-seam"))]
    app
}

pub fn run() {
    let places = disclose_core::store::Places::platform();
    let location = places.as_ref().ok().map(|p| p.for_app());
    let mut builder = tauri::Builder::default();
    // A second launch on the same store hands over before anything starts; the plugin
    // then owns the store's name for this window (and hands over in a race of two).
    if let Some(Ok(location)) = &location {
        if single::hand_over(&location.path) {
            return;
        }
        if let Some(single) = single::plugin(&location.path) {
            builder = builder.plugin(single);
        }
    }
    let result = builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .setup(move |app| {
            let state = places
                .and_then(|places| {
                    // data: a bug's words (places and location are made together).
                    let location = location.expect("located with the places")?;
                    state::AppState::start_at(places, location)
                })
                .map_err(|e| {
                    let lang = disclose_core::i18n::Lang::from_env();
                    say!("error-app-cannot-start", detail = e.in_lang(lang)).in_lang(lang)
                })?;
            let cwd = std::env::current_dir().unwrap_or_default();
            let argv = std::env::args_os().map(|a| a.to_string_lossy().into_owned());
            state.launched_with(single::files_in(argv.collect(), &cwd));
            let lang = state.lang();
            app.manage(state);
            #[cfg(feature = "test-seam")]
            seam::install(app)?;
            app.set_menu(menu(app.handle(), lang)?)?;
            app.on_menu_event(|app, event| {
                let _ = app.emit("menu", event.id().as_ref());
            });
            Ok(())
        })
        .invoke_handler(handler(tauri::generate_handler![
            commands::store_info,
            commands::set_language,
            commands::stats,
            commands::chart,
            commands::list_requests,
            commands::facets,
            commands::request_detail,
            commands::inventory_as_of,
            commands::policy_changes,
            commands::compare,
            commands::compare_changes,
            commands::library,
            commands::exposure,
            commands::preview_table,
            commands::import_files,
            commands::cancel_work,
            commands::export_bundle,
            commands::export_table,
            commands::export_chart,
            commands::report,
            commands::export_report,
            commands::open_store,
            commands::save_record,
            commands::check_record,
            commands::delete_record,
            commands::organisation_records,
            commands::request_subjects,
            commands::suggest_reference,
            commands::suggest_category,
            commands::policy_change,
            commands::organisation,
            commands::matters,
            commands::history,
            commands::undo,
            commands::redo,
            commands::store_changed,
            commands::set_unsaved,
            commands::close_window,
            commands::report_subjects,
            commands::report_texts,
            commands::save_report_texts,
            commands::report_checklist,
            commands::publish_report,
            commands::choose_files,
            commands::launch_files,
            commands::about,
        ]))
        .on_window_event(|window, event| {
            // A form with unsaved changes: the window asks first (the `close-requested`
            // event), and closes through `close_window` once the user agrees.
            match event {
                tauri::WindowEvent::CloseRequested { api, .. } => {
                    let unsaved = window
                        .try_state::<state::AppState>()
                        .is_some_and(|s| s.has_unsaved());
                    if unsaved {
                        api.prevent_close();
                        let _ = window.emit("close-requested", ());
                    }
                }
                // Dropped files are granted for import here, in the shell; the page gets
                // the grant, never a path it could have made up.
                tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) => {
                    commands::dropped(window.app_handle(), paths.clone());
                }
                _ => {}
            }
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Disclose stopped: {e}");
        std::process::exit(1);
    }
}
