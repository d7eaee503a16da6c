//! ARCHITECTURE.md stays true: every module of every crate and of the shell, and every
//! screen of the UI, is named on it.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

#[test]
fn every_module_and_screen_is_on_the_architecture_page() {
    let page = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut sources = Vec::new();
    for dir in [
        "crates/disclose-i18n/src",
        "crates/disclose-core/src",
        "crates/disclose-charts/src",
        "crates/disclose-report/src",
        "crates/disclose-cli/src",
        "src-tauri/src",
    ] {
        files(&root().join(dir), "rs", &mut sources);
    }
    let mut missing = Vec::new();
    for f in &sources {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let name = if stem == "mod" {
            f.parent()
                .and_then(|p| p.file_name())
                .and_then(|s| s.to_str())
                .unwrap_or("")
        } else {
            stem
        };
        if ["lib", "main"].contains(&name) {
            continue;
        }
        if !page.contains(&format!("`{name}`")) && !page.contains(&format!("`{name}.rs`")) {
            missing.push(f.display().to_string());
        }
    }
    let mut screens = Vec::new();
    files(&root().join("ui/src/screens"), "svelte", &mut screens);
    for s in &screens {
        let name = s.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if !page.contains(name) {
            missing.push(s.display().to_string());
        }
    }
    assert!(sources.len() > 40, "found {} modules", sources.len());
    assert!(missing.is_empty(), "not on ARCHITECTURE.md: {missing:#?}");
}
