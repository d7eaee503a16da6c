//! One row of a table through a mapping, shared by the request-list and the
//! published-count readers: a cell by canonical column after the mapping's defaults and
//! value map, and the parsers (enums, dates with the mapping's day formats, counts, flags,
//! lists), each recording a problem that names the column, what was found and what was
//! expected.

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

use super::mapping::Mapping;
use super::ImportOptions;
use crate::date::{date_expected, FuzzyDate};
use crate::error::{Location, Problem};
use crate::i18n::{say, Text};

/// Everything a row needs besides its cells.
pub(crate) struct RowContext<'a> {
    pub(crate) mapping: &'a Mapping,
    separator: &'a str,
    organisation: Option<&'a str>,
    pub(crate) file: &'a str,
}

impl<'a> RowContext<'a> {
    pub(crate) fn new(mapping: &'a Mapping, opts: &'a ImportOptions, file: &'a str) -> Self {
        RowContext {
            mapping,
            separator: mapping.list_separator.as_deref().unwrap_or(";"),
            organisation: opts.organisation.as_deref(),
            file,
        }
    }
}

/// One row's cells, read by canonical column; parsers record what they cannot read.
pub(crate) struct Row<'a> {
    pub(crate) cells: &'a [&'a str],
    pub(crate) pos: &'a FxHashMap<&'static str, usize>,
    pub(crate) ctx: &'a RowContext<'a>,
    loc: &'a Location,
    /// What this row got wrong, each naming the column, what was found and what was expected.
    pub(crate) problems: Vec<Problem>,
}

pub(crate) fn normalise_word(s: &str) -> String {
    s.trim().to_ascii_lowercase().replace([' ', '-'], "_")
}

impl<'a> Row<'a> {
    /// A row of `cells`, whose canonical columns sit at `pos`.
    pub(crate) fn new(
        cells: &'a [&'a str],
        pos: &'a FxHashMap<&'static str, usize>,
        ctx: &'a RowContext<'a>,
        loc: &'a Location,
    ) -> Self {
        Row {
            cells,
            pos,
            ctx,
            loc,
            problems: Vec::new(),
        }
    }

    /// The cell for a canonical column, trimmed, after defaults; None when blank.
    pub(crate) fn get(&self, col: &str) -> Option<&'a str> {
        let cell = self
            .pos
            .get(col)
            .and_then(|&i| self.cells.get(i))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty());
        cell.or_else(|| self.ctx.mapping.defaults.get(col).map(String::as_str))
            .or(if col == "organisation" {
                self.ctx.organisation
            } else {
                None
            })
    }

    /// The cell after the mapping's value map for that column (borrowed: most cells are
    /// parsed, not kept).
    pub(crate) fn value(&self, col: &str) -> Option<&'a str> {
        let raw = self.get(col)?;
        let mapped = self.ctx.mapping.values.get(col).and_then(|map| {
            map.get(raw).or_else(|| {
                map.iter()
                    .find(|(k, _)| k.trim().eq_ignore_ascii_case(raw))
                    .map(|(_, v)| v)
            })
        });
        Some(mapped.map_or(raw, String::as_str))
    }

    pub(crate) fn fail(&mut self, col: &str, found: Option<&str>, expected: Text) {
        let mut p = Problem::error(self.ctx.file, self.loc.clone(), expected).field(col);
        if let Some(f) = found {
            p = p.found(f);
        }
        self.problems.push(p);
    }

    pub(crate) fn text(&self, col: &str) -> Option<String> {
        self.value(col).map(str::to_string)
    }

    pub(crate) fn parse_enum<T: std::str::FromStr>(
        &mut self,
        col: &str,
        expected: fn() -> Text,
    ) -> Option<T> {
        let v = self.value(col)?;
        match v.parse::<T>().or_else(|_| normalise_word(v).parse::<T>()) {
            Ok(t) => Some(t),
            Err(_) => {
                let expected = expected();
                self.fail(
                    col,
                    Some(v),
                    say!("expected-or-value-map", expected = expected),
                );
                None
            }
        }
    }

    pub(crate) fn date(&mut self, col: &str) -> Option<FuzzyDate> {
        let v = self.value(col)?;
        if let Ok(d) = v.parse::<FuzzyDate>() {
            return Some(d);
        }
        for f in &self.ctx.mapping.date_formats {
            if let Ok(d) = NaiveDate::parse_from_str(v, f) {
                return Some(FuzzyDate::day(d));
            }
        }
        let expected = if self.ctx.mapping.date_formats.is_empty() {
            say!("expected-date-or-mapping", date = date_expected())
        } else {
            say!("expected-date-or-formats", date = date_expected())
        };
        self.fail(col, Some(v), expected);
        None
    }

    pub(crate) fn count(&mut self, col: &str) -> Option<u32> {
        let v = self.value(col)?;
        let digits = if v.contains(',') {
            std::borrow::Cow::Owned(v.replace(',', ""))
        } else {
            std::borrow::Cow::Borrowed(v)
        };
        match digits.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.fail(col, Some(v), say!("expected-whole-number"));
                None
            }
        }
    }

    pub(crate) fn flag(&mut self, col: &str) -> Option<bool> {
        let v = self.value(col)?;
        let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(v));
        if is(&["true", "yes", "y", "1"]) {
            Some(true)
        } else if is(&["false", "no", "n", "0"]) {
            Some(false)
        } else {
            self.fail(col, Some(v), say!("expected-true-false-yes-no"));
            None
        }
    }

    pub(crate) fn list(&self, col: &str) -> Vec<&'a str> {
        let Some(cell) = self.get(col) else {
            return Vec::new();
        };
        fn tidy<'a>(parts: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
            parts.map(str::trim).filter(|s| !s.is_empty()).collect()
        }
        // A one-character separator (";", the usual) is found with memchr, not as a string.
        let mut chars = self.ctx.separator.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => tidy(cell.split(c)),
            _ => tidy(cell.split(self.ctx.separator)),
        }
    }
}
