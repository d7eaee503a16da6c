//! The words people read come from the catalogues: the charts' and the report's code, the
//! report's templates and the command line's output write no sentence of their own. (Error
//! messages are not yet in the catalogues; they are left out here, and say so.)

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
        // An error's message (its own catalogue is still to come), a SQL query, markup.
        let context = lines[i.saturating_sub(4)..=i].join("\n");
        if context.contains("Error::") || context.contains("format_err") {
            continue;
        }
        for text in literals(line) {
            let markup = text.contains("=\\") || text.contains("/*") || text.contains('<');
            let sql = ["SELECT", "FROM", "WHERE", "INSERT"]
                .iter()
                .any(|k| text.contains(k));
            if is_words(&text) && !markup && !sql {
                found.push(format!("{}:{}: {text}", path.display(), i + 1));
            }
        }
    }
    found
}

#[test]
fn the_charts_the_report_and_the_cli_output_write_no_words_of_their_own() {
    let root = root();
    let mut files = Vec::new();
    rust_files(&root.join("crates/disclose-charts/src"), &mut files);
    rust_files(&root.join("crates/disclose-report/src"), &mut files);
    files.push(root.join("crates/disclose-cli/src/output.rs"));
    assert!(files.len() > 20, "{} files", files.len());
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
