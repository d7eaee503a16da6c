//! Where a published figure comes from: the file and its SHA-256, the layout it was read
//! in, the rows and wordings it was summed from, the period as the file wrote it, and the
//! publisher's page to fetch newer files from. Written beside each published count when a
//! file is imported, read back by every query that shows one, and cited as one line.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{say, Lang};

/// The sources of one figure: a file each, with the rows of it the figure was summed from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Trace {
    /// The file's name, without its folder (the user's folders are theirs).
    pub file: String,
    /// The file's SHA-256, in hex.
    pub sha256: String,
    /// The published layout it was read in (`google-user-data-requests`); None for a
    /// bundle or a mapped table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// The layout as people read it ("Google: user data requests by country"; filled in
    /// when read).
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    pub layout_title: Option<String>,
    /// The rows of the file (line numbers, the header being line 1), as ranges: "2-4, 9".
    #[serde(default)]
    pub rows: String,
    /// The wordings of the file the figure sums ("Subpoenas", "Search Warrants").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wording: Vec<String>,
    /// The period as the file wrote it ("January - June 2017", "2023-06-30").
    #[serde(default)]
    pub period: String,
    /// Who published the file (the company, or the service a DSA report names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The publisher's page to fetch newer files from (filled in when read).
    #[serde(default, skip_deserializing)]
    pub page: Option<String>,
    /// The trace as one line to cite (filled in when read, kept whole when merged).
    #[serde(default, skip_deserializing, skip_serializing_if = "String::is_empty")]
    pub citation: String,
}

impl Trace {
    /// The stored JSON of a trace (the page is looked up again when read).
    pub fn to_json(&self) -> String {
        let stored = Trace {
            page: None,
            layout_title: None,
            citation: String::new(),
            ..self.clone()
        };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// A stored trace, with its publisher's page filled in from its layout; None for
    /// text that is not one.
    pub fn from_json(s: &str) -> Option<Trace> {
        let mut t: Trace = serde_json::from_str(s).ok()?;
        let layout = t
            .layout
            .as_deref()
            .and_then(crate::import::published::layout);
        t.page = layout.map(|l| l.page.to_string());
        t.layout_title = layout.map(|l| l.title.to_string());
        t.citation = t.cite();
        Some(t)
    }

    /// Adds another trace of the same file: rows, wordings and periods joined.
    pub fn merge(&mut self, other: &Trace) {
        let rows: BTreeSet<u64> = parse_ranges(&self.rows)
            .into_iter()
            .chain(parse_ranges(&other.rows))
            .collect();
        self.rows = ranges(&rows.into_iter().collect::<Vec<_>>());
        for w in &other.wording {
            if !self.wording.contains(w) {
                self.wording.push(w.clone());
            }
        }
        let mut periods: Vec<&str> = self.period.split("; ").filter(|p| !p.is_empty()).collect();
        for p in other.period.split("; ") {
            if !p.is_empty() && !periods.contains(&p) {
                periods.push(p);
            }
        }
        self.period = periods.join("; ");
        self.citation = self.cite();
    }

    /// One line to cite: publisher, file, checksum, rows, wording, period and page.
    pub fn cite(&self) -> String {
        self.cite_in(Lang::En)
    }

    /// [`Trace::cite`] with its few words ("period", "rows") in `lang`.
    pub fn cite_in(&self, lang: Lang) -> String {
        let mut s = String::new();
        if let Some(p) = &self.publisher {
            s.push_str(p);
            s.push_str(", ");
        }
        s.push_str(&self.file);
        if !self.period.is_empty() {
            let period = say!("cite-period", period = self.period.as_str());
            s.push_str(&format!(", {}", period.in_lang(lang)));
        }
        if !self.rows.is_empty() {
            let many = u8::from(self.rows.contains([',', '-']));
            let rows = say!("cite-rows", many = many, rows = self.rows.as_str());
            s.push_str(&format!(", {}", rows.in_lang(lang)));
        }
        if !self.wording.is_empty() {
            s.push_str(&format!(" (\"{}\")", self.wording.join("\" + \"")));
        }
        s.push_str(&format!("; SHA-256 {}", self.sha256));
        if let Some(p) = &self.page {
            s.push_str(&format!("; {p}"));
        }
        s
    }
}

impl Trace {
    /// The trace with its citation in `lang` (what crosses to the window).
    pub fn said_in(&self, lang: Lang) -> Trace {
        Trace {
            citation: self.cite_in(lang),
            ..self.clone()
        }
    }
}

/// Traces by file: two traces of one file become one, their rows joined; files in the
/// order first seen.
pub fn merge_by_file(traces: impl IntoIterator<Item = Trace>) -> Vec<Trace> {
    let mut out: Vec<Trace> = Vec::new();
    for t in traces {
        match out
            .iter_mut()
            .find(|o| o.file == t.file && o.sha256 == t.sha256)
        {
            Some(o) => o.merge(&t),
            None => out.push(t),
        }
    }
    out
}

/// Sorted line numbers as ranges: [2, 3, 4, 9] -> "2-4, 9".
pub fn ranges(rows: &[u64]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let start = rows[i];
        let mut end = start;
        while i + 1 < rows.len() && rows[i + 1] == end + 1 {
            i += 1;
            end = rows[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    parts.join(", ")
}

/// "2-4, 9" -> [2, 3, 4, 9]; anything else is left out.
pub fn parse_ranges(s: &str) -> Vec<u64> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Ok(a), Ok(b)) = (a.trim().parse::<u64>(), b.trim().parse::<u64>()) {
                    out.extend(a..=b.min(a.saturating_add(10_000_000)));
                }
            }
            None => out.extend(part.parse::<u64>().ok()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_written_as_ranges_and_read_back() {
        assert_eq!(ranges(&[2, 3, 4, 9, 11, 12]), "2-4, 9, 11-12");
        assert_eq!(parse_ranges("2-4, 9, 11-12"), vec![2, 3, 4, 9, 11, 12]);
        assert_eq!(ranges(&[]), "");
    }

    #[test]
    fn traces_of_one_file_merge_their_rows_and_wordings() {
        let a = Trace {
            file: "f.csv".into(),
            sha256: "ab".into(),
            rows: "2-3".into(),
            wording: vec!["Subpoenas".into()],
            period: "2023-06-30".into(),
            ..Trace::default()
        };
        let b = Trace {
            rows: "4, 7".into(),
            wording: vec!["Search Warrants".into()],
            ..a.clone()
        };
        let other = Trace {
            file: "g.csv".into(),
            ..a.clone()
        };
        let merged = merge_by_file([a, b, other]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].rows, "2-4, 7");
        assert_eq!(merged[0].wording, ["Subpoenas", "Search Warrants"]);
        assert_eq!(merged[0].period, "2023-06-30");
        assert_eq!(
            merged[0].cite(),
            "f.csv, period 2023-06-30, rows 2-4, 7 (\"Subpoenas\" + \"Search Warrants\"); SHA-256 ab"
        );
        // The citation the UI copies is the merged one, not the first file's rows.
        assert_eq!(merged[0].citation, merged[0].cite());
        // In the reader's language, the file's own words untouched.
        assert_eq!(
            merged[0].said_in(Lang::De).citation,
            "f.csv, Zeitraum 2023-06-30, Zeilen 2-4, 7 (\"Subpoenas\" + \"Search Warrants\"); SHA-256 ab"
        );
    }

    #[test]
    fn a_stored_trace_gets_its_page_and_title_from_its_layout() {
        let t = Trace {
            file: "google-global-user-data-requests.csv".into(),
            sha256: "00".into(),
            layout: Some("google-user-data-requests".into()),
            publisher: Some("Google".into()),
            rows: "5".into(),
            ..Trace::default()
        };
        let back = Trace::from_json(&t.to_json()).expect("a trace");
        assert_eq!(back.publisher.as_deref(), Some("Google"));
        assert!(back
            .page
            .as_deref()
            .is_some_and(|p| p.starts_with("https://")));
        assert_eq!(
            back.layout_title.as_deref(),
            Some("Google: user data requests by country")
        );
        assert!(!t.to_json().contains("https://"), "pages are not stored");
    }
}
