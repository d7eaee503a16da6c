//! Queries over `requests` and the tables hanging off it (documents, subjects,
//! full-text index). A request's categories live in its own row, packed (see
//! [`pack_categories_into`]).
//!
//! Subjects are written here but read only through [`Subjects::Include`],
//! which only the internal export asks for.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row, Statement};
use serde::Deserialize;

use super::request_json::{array as json_array, string as json_string};
use super::{json_col, parse_col, parse_opt_col};
use crate::domain::{Disposition, Document, Request, RequestedCategory, Subject};
use crate::error::{Error, Result};

/// Whether a read may touch the subjects table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subjects {
    /// Leave the subjects out (every export but the internal one).
    Omit,
    /// Include the subjects: the internal export, asked for by name.
    Include,
}

pub struct Existing {
    pub rowid: i64,
    pub hash: Vec<u8>,
    pub batch: i64,
}

pub fn existing(conn: &Connection, organisation: &str, id: &str) -> Result<Option<Existing>> {
    Ok(conn
        .prepare_cached(
            "SELECT rowid, content_hash, import_batch FROM requests WHERE organisation = ?1 AND id = ?2",
        )?
        .query_row([organisation, id], |r| {
            Ok(Existing {
                rowid: r.get(0)?,
                hash: r.get(1)?,
                batch: r.get(2)?,
            })
        })
        .optional()?)
}

/// The values of a request row that are not the request's own strings: its dates as
/// text, its packed categories and what the full-text index gets of their wording. An
/// import works them out on its reading thread ([`crate::import::prepare`]), so the
/// writing thread, the import's bottleneck, only binds them. They share one buffer: a
/// string each was four or five allocations a row, freed on another thread.
#[derive(Debug, Clone)]
pub struct RowText {
    /// The texts one after another, in [`Part`] order.
    text: String,
    /// Where each part ends in `text`.
    ends: [usize; Part::COUNT],
    has_answered: bool,
    has_nondisclosure_until: bool,
}

/// The parts of a [`RowText`], in the order its buffer holds them.
#[derive(Clone, Copy)]
enum Part {
    Received,
    ReceivedStart,
    Answered,
    NondisclosureUntil,
    Categories,
    /// The categories' wordings, one a line, when any category was named in other words.
    Wording,
}

impl Part {
    const COUNT: usize = Part::Wording as usize + 1;
}

impl RowText {
    pub fn of(r: &Request) -> Result<RowText> {
        use std::fmt::Write;
        let mut text = String::with_capacity(160);
        let mut ends = [0; Part::COUNT];
        let written = |e: std::fmt::Error| Error::Internal(e.to_string());
        write!(text, "{}", r.received).map_err(written)?;
        ends[Part::Received as usize] = text.len();
        // Printed as a day by hand, not by chrono's formatter.
        write!(text, "{}", crate::date::FuzzyDate::day(r.received.start())).map_err(written)?;
        ends[Part::ReceivedStart as usize] = text.len();
        if let Some(d) = r.answered {
            write!(text, "{d}").map_err(written)?;
        }
        ends[Part::Answered as usize] = text.len();
        if let Some(d) = r.nondisclosure_until {
            write!(text, "{d}").map_err(written)?;
        }
        ends[Part::NondisclosureUntil as usize] = text.len();
        let mut bytes = text.into_bytes();
        pack_categories_into(&mut bytes, &r.categories);
        let mut text = String::from_utf8(bytes).map_err(|e| Error::Internal(e.to_string()))?;
        ends[Part::Categories as usize] = text.len();
        let wordings = r.categories.iter().flat_map(|c| &c.requested_as);
        for (i, w) in wordings.enumerate() {
            if i > 0 {
                text.push('\n');
            }
            text.push_str(w);
        }
        ends[Part::Wording as usize] = text.len();
        Ok(RowText {
            text,
            ends,
            has_answered: r.answered.is_some(),
            has_nondisclosure_until: r.nondisclosure_until.is_some(),
        })
    }

    fn part(&self, part: Part) -> &str {
        let i = part as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    fn received(&self) -> &str {
        self.part(Part::Received)
    }

    fn received_start(&self) -> &str {
        self.part(Part::ReceivedStart)
    }

    fn answered(&self) -> Option<&str> {
        self.has_answered.then(|| self.part(Part::Answered))
    }

    fn nondisclosure_until(&self) -> Option<&str> {
        self.has_nondisclosure_until
            .then(|| self.part(Part::NondisclosureUntil))
    }

    fn categories(&self) -> &str {
        self.part(Part::Categories)
    }

    fn wording(&self) -> &str {
        self.part(Part::Wording)
    }

    /// The request's dates as it prints them, for its content hash.
    pub(crate) fn dates(&self) -> super::request_json::Dates<'_> {
        super::request_json::Dates {
            received: self.received(),
            answered: self.answered(),
            nondisclosure_until: self.nondisclosure_until(),
        }
    }
}

/// The columns of a request row, in the order both statements below number them.
/// A macro rather than a function so the values borrow without boxing.
macro_rules! row_params {
    ($r:expr, $text:expr, $hash:expr, $batch:expr) => {
        params![
            $r.organisation,
            $r.id,
            $text.received(),
            $text.received_start(),
            $text.answered(),
            $r.authority,
            $r.country,
            $r.process.as_str(),
            $r.legal_basis,
            $r.accounts_specified,
            $text.nondisclosure_until(),
            $r.users_notified,
            $r.outcome.map(|o| o.as_str()),
            $r.notes,
            $r.matter,
            $hash,
            $batch,
            $text.categories(),
        ]
    };
}

/// Writes a request's categories as `requests.categories` holds them onto the end of
/// `out`: a JSON array with one `[category, disposition]` per category, or `[category,
/// disposition, [wording, ...]]` when the source named it in its own words, in category
/// order. Queries unpack it with `json_each(r.categories)`: `value ->> 0` is the category,
/// `value ->> 1` the disposition.
fn pack_categories_into(out: &mut Vec<u8>, categories: &[RequestedCategory]) {
    let sorted = categories.is_sorted_by(|a, b| a.category <= b.category);
    if sorted {
        // As an import has them: sorted for the content hash.
        return pack_sorted(out, categories);
    }
    let mut by_id: Vec<&RequestedCategory> = categories.iter().collect();
    by_id.sort_by(|a, b| a.category.cmp(&b.category));
    pack_sorted(out, &by_id);
}

fn pack_sorted<C: std::borrow::Borrow<RequestedCategory>>(out: &mut Vec<u8>, sorted: &[C]) {
    json_array(out, sorted, |o, c| {
        let c = c.borrow();
        o.push(b'[');
        json_string(o, &c.category);
        o.push(b',');
        json_string(o, c.disposition.as_str());
        if !c.requested_as.is_empty() {
            o.push(b',');
            json_array(o, &c.requested_as, |o, w| json_string(o, w));
        }
        o.push(b']');
    });
}

/// The packed categories of the requests aliased `alias` in a query, one row each, aliased
/// `q` (a table-valued function to put in a FROM clause).
pub(crate) fn each_category(alias: &str) -> String {
    format!("json_each({alias}.categories) q")
}

/// In a query over [`each_category`]: the category's id.
pub(crate) const Q_CATEGORY: &str = "q.value ->> 0";
/// In a query over [`each_category`]: its disposition.
pub(crate) const Q_DISPOSITION: &str = "q.value ->> 1";
/// In a query over [`each_category`]: its wordings, a JSON array, or NULL.
pub(crate) const Q_WORDING: &str = "q.value -> 2";

/// One packed category, as [`pack_categories_into`] writes it.
#[derive(Deserialize)]
struct Packed(String, Disposition, #[serde(default)] Vec<String>);

/// The categories of a packed `requests.categories` value, in the vocabulary's order.
fn unpack_categories(
    packed: &str,
    positions: &HashMap<String, i64>,
) -> rusqlite::Result<Vec<RequestedCategory>> {
    let packed: Vec<Packed> = json_col(packed, "requests.categories")?;
    let mut categories: Vec<RequestedCategory> = packed
        .into_iter()
        .map(
            |Packed(category, disposition, requested_as)| RequestedCategory {
                category,
                disposition,
                requested_as,
            },
        )
        .collect();
    categories.sort_by_key(|c| positions.get(&c.category).copied().unwrap_or(i64::MAX));
    Ok(categories)
}

/// Each category's place in the vocabulary, the order a request lists its categories in.
fn positions(conn: &Connection) -> Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare_cached("SELECT id, position FROM categories")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The statements that write requests, prepared once for a whole import: looking a
/// statement up in the connection's cache for each of a million rows costs a tenth of
/// the writer's time.
#[derive(Debug)]
pub struct Writes<'c> {
    conn: &'c Connection,
    request: Statement<'c>,
    document: Statement<'c>,
    subject: Statement<'c>,
    search: Statement<'c>,
}

impl<'c> Writes<'c> {
    pub fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Writes {
            conn,
            request: conn.prepare(
                "INSERT INTO requests (organisation, id, received, received_start, answered,
                     authority, country, process, legal_basis, accounts_specified,
                     nondisclosure_until, users_notified, outcome, notes, matter, content_hash,
                     import_batch, categories)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18)
                 ON CONFLICT (organisation, id) DO NOTHING",
            )?,
            document: conn.prepare(
                "INSERT INTO documents (request, position, title, url, sha256)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
            subject: conn.prepare(
                "INSERT INTO subjects (request, position, identifier) VALUES (?1, ?2, ?3)",
            )?,
            search: conn.prepare(
                "INSERT INTO requests_fts (rowid, authority, legal_basis, notes, requested_as)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
        })
    }

    /// Inserts a request unless one with its organisation and id exists; returns the new
    /// rowid, or None when the store already had the request (nothing is written then).
    /// `text` is [`RowText::of`] the request.
    pub fn insert_new(
        &mut self,
        r: &Request,
        text: &RowText,
        hash: &[u8],
        batch: i64,
    ) -> Result<Option<i64>> {
        if self.request.execute(row_params!(r, text, hash, batch))? == 0 {
            return Ok(None);
        }
        let rowid = self.conn.last_insert_rowid();
        self.insert_children(rowid, r, text)?;
        Ok(Some(rowid))
    }

    /// Replaces a stored request by a new version, keeping its rowid.
    pub fn replace(
        &mut self,
        rowid: i64,
        r: &Request,
        text: &RowText,
        hash: &[u8],
        batch: i64,
    ) -> Result<()> {
        for sql in [
            "DELETE FROM documents WHERE request = ?1",
            "DELETE FROM subjects WHERE request = ?1",
            "DELETE FROM requests_fts WHERE rowid = ?1",
        ] {
            self.conn.prepare_cached(sql)?.execute([rowid])?;
        }
        self.conn
            .prepare_cached(
                "UPDATE requests SET received = ?3, received_start = ?4, answered = ?5,
                     authority = ?6, country = ?7, process = ?8, legal_basis = ?9,
                     accounts_specified = ?10, nondisclosure_until = ?11, users_notified = ?12,
                     outcome = ?13, notes = ?14, matter = ?15, content_hash = ?16,
                     import_batch = ?17, categories = ?18
                 WHERE organisation = ?1 AND id = ?2",
            )?
            .execute(row_params!(r, text, hash, batch))?;
        self.insert_children(rowid, r, text)
    }

    fn insert_children(&mut self, rowid: i64, r: &Request, text: &RowText) -> Result<()> {
        for (i, d) in r.documents.iter().enumerate() {
            self.document
                .execute(params![rowid, i as i64, d.title, d.url, d.sha256])?;
        }
        for (i, s) in r.subjects.iter().enumerate() {
            self.subject
                .execute(params![rowid, i as i64, s.identifier])?;
        }
        if r.authority.is_some()
            || r.legal_basis.is_some()
            || r.notes.is_some()
            || !text.wording().is_empty()
        {
            self.search.execute(params![
                rowid,
                r.authority,
                r.legal_basis,
                r.notes,
                text.wording()
            ])?;
        }
        Ok(())
    }
}

const COLUMNS: &str = "rowid, organisation, id, received, answered, authority, country, process,
    legal_basis, accounts_specified, nondisclosure_until, users_notified, outcome, notes, matter,
    categories";

/// A request row; `positions` orders its categories (see [`positions`]).
fn from_row(r: &Row, positions: &HashMap<String, i64>) -> rusqlite::Result<(i64, Request)> {
    Ok((
        r.get(0)?,
        Request {
            organisation: r.get(1)?,
            id: r.get(2)?,
            received: parse_col(&r.get::<_, String>(3)?, "requests.received")?,
            answered: parse_opt_col(r.get(4)?, "requests.answered")?,
            authority: r.get(5)?,
            country: r.get(6)?,
            process: parse_col(&r.get::<_, String>(7)?, "requests.process")?,
            legal_basis: r.get(8)?,
            accounts_specified: r.get(9)?,
            nondisclosure_until: parse_opt_col(r.get(10)?, "requests.nondisclosure_until")?,
            users_notified: r.get(11)?,
            outcome: parse_opt_col(r.get(12)?, "requests.outcome")?,
            notes: r.get(13)?,
            matter: r.get(14)?,
            categories: unpack_categories(&r.get::<_, String>(15)?, positions)?,
            documents: Vec::new(),
            subjects: Vec::new(),
        },
    ))
}

fn load_children(conn: &Connection, rowid: i64, r: &mut Request, subjects: Subjects) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, url, sha256 FROM documents WHERE request = ?1 ORDER BY position",
    )?;
    r.documents = stmt
        .query_map([rowid], |row| {
            Ok(Document {
                title: row.get(0)?,
                url: row.get(1)?,
                sha256: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    if subjects == Subjects::Include {
        let mut stmt = conn.prepare_cached(
            "SELECT identifier FROM subjects WHERE request = ?1 ORDER BY position",
        )?;
        r.subjects = stmt
            .query_map([rowid], |row| {
                Ok(Subject {
                    identifier: row.get(0)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(())
}

/// One request in full (subjects only when asked for).
pub fn get(
    conn: &Connection,
    organisation: &str,
    id: &str,
    subjects: Subjects,
) -> Result<Option<Request>> {
    let sql = format!("SELECT {COLUMNS} FROM requests WHERE organisation = ?1 AND id = ?2");
    let positions = positions(conn)?;
    let found = conn
        .prepare_cached(&sql)?
        .query_row([organisation, id], |row| from_row(row, &positions))
        .optional()?;
    match found {
        None => Ok(None),
        Some((rowid, mut r)) => {
            load_children(conn, rowid, &mut r, subjects)?;
            Ok(Some(r))
        }
    }
}

/// Calls `each` for every request in export order (organisation, received, id),
/// streaming so a million requests never sit in memory at once.
pub fn for_each(
    conn: &Connection,
    subjects: Subjects,
    mut each: impl FnMut(Request) -> Result<()>,
) -> Result<()> {
    let sql = format!("SELECT {COLUMNS} FROM requests ORDER BY organisation, received_start, id");
    let positions = positions(conn)?;
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let (rowid, mut r) = from_row(row, &positions)?;
        load_children(conn, rowid, &mut r, subjects)?;
        each(r)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn category(id: &str, disposition: Disposition, wording: &[&str]) -> RequestedCategory {
        RequestedCategory {
            category: id.into(),
            disposition,
            requested_as: wording.iter().map(|w| w.to_string()).collect(),
        }
    }

    #[test]
    fn a_rows_texts_come_back_part_by_part() -> Result<()> {
        let date = |s: &str| {
            s.parse::<crate::date::FuzzyDate>()
                .map_err(|e| Error::Internal(format!("{s}: {e:?}")))
        };
        let mut r = Request {
            id: "r-1".into(),
            organisation: "o".into(),
            received: date("2023-03")?,
            answered: None,
            authority: None,
            country: None,
            process: crate::domain::Process::Subpoena,
            legal_basis: None,
            accounts_specified: None,
            nondisclosure_until: Some(date("2024-01-31")?),
            users_notified: None,
            outcome: None,
            notes: None,
            matter: None,
            categories: vec![
                category("email", Disposition::Provided, &["E-mail", "Mail"]),
                category("ip_address", Disposition::NotHeld, &[]),
                category("name", Disposition::Partial, &["Names"]),
            ],
            documents: Vec::new(),
            subjects: Vec::new(),
        };
        let text = RowText::of(&r)?;
        assert_eq!(text.received(), "2023-03");
        assert_eq!(text.received_start(), "2023-03-01");
        assert_eq!(text.answered(), None);
        assert_eq!(text.nondisclosure_until(), Some("2024-01-31"));
        assert_eq!(text.categories(), pack_categories(&r.categories)?);
        assert_eq!(text.wording(), "E-mail\nMail\nNames");
        r.answered = Some(date("2023-04-02")?);
        r.nondisclosure_until = None;
        r.categories.clear();
        let text = RowText::of(&r)?;
        assert_eq!(text.answered(), Some("2023-04-02"));
        assert_eq!(text.nondisclosure_until(), None);
        assert_eq!((text.categories(), text.wording()), ("[]", ""));
        Ok(())
    }

    /// [`pack_categories_into`] as a string of its own.
    fn pack_categories(categories: &[RequestedCategory]) -> Result<String> {
        let mut out = Vec::new();
        pack_categories_into(&mut out, categories);
        String::from_utf8(out).map_err(|e| Error::Internal(e.to_string()))
    }

    #[test]
    fn packed_categories_come_back_whole_in_the_vocabularys_order() -> Result<()> {
        let categories = vec![
            category("payment_info", Disposition::NotHeld, &[]),
            category(
                "ip_address",
                Disposition::Provided,
                &["\"IP\" logs,\nall of them", "]"],
            ),
        ];
        let packed = pack_categories(&categories)?;
        // Sorted by id, wording only where there is some, text escaped as JSON.
        assert_eq!(
            packed,
            r#"[["ip_address","provided",["\"IP\" logs,\nall of them","]"]],["payment_info","not_held"]]"#
        );
        let positions = HashMap::from([
            ("payment_info".to_string(), 1),
            ("ip_address".to_string(), 2),
        ]);
        assert_eq!(unpack_categories(&packed, &positions)?, categories);
        assert_eq!(pack_categories(&[])?, "[]");
        // Already in id order (as an import has them), the same text.
        let by_id = [categories[1].clone(), categories[0].clone()];
        assert_eq!(pack_categories(&by_id)?, packed);
        Ok(())
    }
}
