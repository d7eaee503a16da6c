//! The words people read come from the catalogues: the core (its error messages and the
//! problems it finds in files), the charts, the report and its templates, the command line
//! and the app's shell write no sentence of their own. Left out, and said why: what a bug
//! says (`Error::Internal`), logs on stderr, `--help` (clap writes it from the code's doc
//! comments, in English, as the man page), and files whose text is data (the wordings of
//! published files the importers recognise, the synthetic sample).

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                    text.push(' ');
                }
                '"' => break,
                c => text.push(c),
            }
        }
        out.push(text);
    }
    out
}

/// Words in a sentence: two words of letters, the second in lower case ("not held").
fn is_words(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).any(|w| {
        w[0].chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w[0].chars().all(|c| c.is_alphabetic() || c == ',')
            && w[1].chars().count() >= 2
            && w[1].chars().all(|c| c.is_lowercase())
    })
}

fn sentences_in(path: &Path) -> Vec<String> {
    let source = std::fs::read_to_string(path).expect("read");
    // Unit tests are not output.
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        // What a bug or a log says is for whoever reads the code.
        let context = lines[i.saturating_sub(4)..=i].join("\n");
        // A line marked `// data: why` holds text that is not words for the reader (what
        // a library's messages start with, a file format's magic).
        let marked = i > 0 && lines[i - 1].trim_start().starts_with("// data:");
        if marked
            || context.contains("Error::Internal")
            || context.contains("eprintln!")
            || context.contains("#[command(")
        {
            continue;
        }
        for text in literals(line) {
            let markup = text.contains("=\\") || text.contains("/*") || text.contains('<');
            let sql = [
                "SELECT", "FROM", "WHERE", "INSERT", "UPDATE", "CREATE", "ORDER BY", " = ?1",
            ]
            .iter()
            .any(|k| text.contains(k));
            // Column names, comma-separated: "organisation, period, key".
            let names = text.contains(", ")
                && text
                    .split(", ")
                    .all(|n| n.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            if is_words(&text) && !markup && !sql && !names {
                found.push(format!("{}:{}: {text}", path.display(), i + 1));
            }
        }
    }
    found
}

/// Files whose text is data, not words for the reader: what published files say (their
/// headers and wordings, which the importers match), the synthetic sample, generated code.
const DATA: &[&str] = &[
    "crates/disclose-core/src/import/published/layouts.rs",
    "crates/disclose-core/src/domain/category.rs",
    "crates/disclose-core/src/domain/country.rs",
    "crates/disclose-core/src/import/mapping.rs",
    "crates/disclose-core/src/generate.rs",
    "crates/disclose-core/src/query/tests.rs",
    "src-tauri/src/bindings.rs",
    "src-tauri/src/seam.rs",
];

/// Every Rust source file that makes words for people.
fn sources() -> Vec<PathBuf> {
    let root = root();
    let mut files = Vec::new();
    for dir in [
        "crates/disclose-i18n/src",
        "crates/disclose-core/src",
        "crates/disclose-charts/src",
        "crates/disclose-report/src",
        "crates/disclose-cli/src",
        "src-tauri/src",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    files
}

#[test]
fn the_core_the_charts_the_report_the_cli_and_the_shell_write_no_words_of_their_own() {
    let mut files = sources();
    files.retain(|f| !DATA.iter().any(|d| f.ends_with(d)));
    assert!(files.len() > 80, "{} files", files.len());
    let found: Vec<String> = files.iter().flat_map(|f| sentences_in(f)).collect();
    assert!(
        found.is_empty(),
        "words outside the catalogues:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_report_templates_take_their_words_from_the_catalogue() {
    for name in ["report.md.j2", "report.html.j2"] {
        let path = root().join("crates/disclose-report/templates").join(name);
        let text = std::fs::read_to_string(&path).expect("template");
        // What is left once the template's tags, comments, expressions and markup are gone.
        let mut rest = String::new();
        let mut depth = 0usize;
        let bytes: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < bytes.len() {
            let two: String = bytes[i..(i + 2).min(bytes.len())].iter().collect();
            match two.as_str() {
                "{{" | "{%" | "{#" => {
                    depth += 1;
                    i += 2;
                    continue;
                }
                "}}" | "%}" | "#}" if depth > 0 => {
                    depth -= 1;
                    i += 2;
                    continue;
                }
                _ => {}
            }
            if depth == 0 {
                rest.push(bytes[i]);
            }
            i += 1;
        }
        let without_markup: String = rest
            .split('<')
            .map(|part| part.split_once('>').map_or(part, |(_, after)| after))
            .collect::<Vec<_>>()
            .join(" ");
        let words: Vec<&str> = without_markup
            .lines()
            .filter(|l| is_words(l))
            // The HTML template's style sheet is not prose.
            .filter(|l| !l.contains('{') && !l.contains(':'))
            .collect();
        assert!(
            words.is_empty(),
            "{name}: words outside the catalogue: {words:?}"
        );
    }
}

#[test]
fn every_message_the_code_says_is_in_the_catalogue() {
    let files = sources();
    let known: std::collections::BTreeSet<String> = disclose_i18n::ids(disclose_i18n::Lang::En)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut said = 0;
    let mut missing = Vec::new();
    for f in &files {
        let source = std::fs::read_to_string(f).expect("read");
        for opener in ["say!(", "Text::new(", "Text::counted("] {
            for (at, _) in source.match_indices(opener) {
                let rest = source[at + opener.len()..].trim_start();
                let Some(id) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) else {
                    continue;
                };
                said += 1;
                if !known.contains(id) {
                    missing.push(format!("{}: {id}", f.display()));
                }
            }
        }
    }
    assert!(said > 200, "{said} messages said in the code");
    assert!(
        missing.is_empty(),
        "not in the catalogue:\n{}",
        missing.join("\n")
    );
}
