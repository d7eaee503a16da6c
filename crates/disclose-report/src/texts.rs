//! Whom a report is about, and what its staff wrote for it: the texts kept in the store
//! per organisation and period, as Markdown for the Markdown report and as HTML (raw HTML
//! in them escaped, so a text can never carry markup of its own) for the HTML one.

use std::collections::BTreeMap;

use disclose_core::date::FuzzyDate;
use disclose_core::domain::Organisation;
use disclose_core::error::{Error, Result};
use disclose_core::i18n::say;
use disclose_core::{edit, query, Store};

use crate::Sections;

/// The organisation a report is about: one with request records of its own. Organisations
/// known only from published counts are never a report's subject. Without `organisation`,
/// the one organisation with records; with several, a usage error naming each.
pub fn subject(store: &Store, organisation: Option<&str>) -> Result<Organisation> {
    let summary = query::store_summary(store)?;
    let with_records: Vec<_> = summary
        .organisations
        .iter()
        .filter(|o| o.requests > 0)
        .collect();
    let listing = || {
        with_records
            .iter()
            .map(|o| format!("{} ({})", o.id, o.label))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id = match organisation {
        Some(id) => {
            query::ensure_organisation(store, id)?;
            if !with_records.iter().any(|o| o.id == id) {
                return Err(Error::Usage(if with_records.is_empty() {
                    say!("error-report-no-records-none", id = id)
                } else {
                    say!("error-report-no-records", id = id, others = listing())
                }));
            }
            id.to_string()
        }
        None => match with_records.as_slice() {
            [one] => one.id.clone(),
            [] => return Err(Error::Usage(say!("error-report-nobody"))),
            _ => {
                return Err(Error::Usage(say!(
                    "error-report-several",
                    others = listing()
                )))
            }
        },
    };
    edit::organisation(store, &id)
}

/// The organisations a report can be about (those with request records), as id and name.
pub fn subjects(store: &Store) -> Result<Vec<disclose_core::domain::Term>> {
    Ok(query::store_summary(store)?
        .organisations
        .into_iter()
        .filter(|o| o.requests > 0)
        .map(|o| disclose_core::domain::Term::new(o.id, o.label))
        .collect())
}

/// A text of the staff's Markdown as HTML; raw HTML in it is shown as text.
pub fn to_html(markdown: &str) -> String {
    use pulldown_cmark::{html, Event, Parser};
    let parser = Parser::new(markdown).map(|e| match e {
        Event::Html(t) | Event::InlineHtml(t) => Event::Text(t),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, parser);
    out
}

/// The texts of a report (this period's, or the latest before it), by key.
pub fn texts(
    store: &Store,
    organisation: &str,
    period: &FuzzyDate,
) -> Result<(Option<FuzzyDate>, BTreeMap<String, String>)> {
    edit::report_texts(store, organisation, period)
}

/// A report's words as its editor shows them: the period they were written for, the texts
/// by key, and the sections they turn on (the default ones when they do not say).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct Words {
    /// The period the texts were written for: this one, an earlier one, or none yet.
    pub from: Option<String>,
    /// The texts by key (`sections` apart).
    pub texts: BTreeMap<String, String>,
    /// The sections on.
    pub sections: Sections,
}

/// The words of one organisation's report for a period.
pub fn words(store: &Store, organisation: &str, period: &FuzzyDate) -> Result<Words> {
    let (from, mut texts) = edit::report_texts(store, organisation, period)?;
    let sections = match texts.remove("sections") {
        Some(list) => Sections::from_list(&list)?,
        None => Sections::default(),
    };
    Ok(Words {
        from: from.map(|p| p.to_string()),
        texts,
        sections,
    })
}

/// Saves a report's words as one change: each text given (an empty one is removed) and
/// the sections on.
pub fn save_words(
    store: &mut Store,
    organisation: &str,
    period: &FuzzyDate,
    texts: &BTreeMap<String, String>,
    sections: Sections,
) -> Result<disclose_core::store::journal::ChangeEntry> {
    let mut all = texts.clone();
    all.insert("sections".into(), sections.to_list());
    edit::set_report_texts(store, organisation, period, &all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_text_stays_text() {
        let html = to_html("Contact **privacy@example.org**.\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(
            html.contains("<strong>privacy@example.org</strong>"),
            "{html}"
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
