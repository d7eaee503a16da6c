//! Every closed vocabulary with its labels, in one value the app's window receives, so
//! no screen keeps its own list of words. The labels themselves are written beside each
//! value in `enums.rs`; a retention reads as `Retention::label`.

use disclose_i18n::Lang;
use serde::Serialize;
use ts_rs::TS;

use super::{CategoryClass, Disposition, Metric, Outcome, PolicyKind, Process, Scope};

/// One value of a vocabulary: its id and how people read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Term {
    /// The id files and the store use.
    pub id: String,
    /// How people read it.
    pub label: String,
}

impl Term {
    /// A term from an id and its label.
    pub fn new(id: impl Into<String>, label: impl Into<String>) -> Term {
        Term {
            id: id.into(),
            label: label.into(),
        }
    }
}

/// The words for every id a screen may show: the closed vocabularies, and the store's own
/// organisations ("Name (service)") and data categories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Labels {
    /// Legal processes.
    pub process: Vec<Term>,
    /// Outcomes of a request.
    pub outcome: Vec<Term>,
    /// What happened to a requested category.
    pub disposition: Vec<Term>,
    /// Legal classes of data.
    pub category_class: Vec<Term>,
    /// Kinds of policy change.
    pub policy_kind: Vec<Term>,
    /// Figures of published counts.
    pub metric: Vec<Term>,
    /// What published counts are about, beyond account data.
    pub scope: Vec<Term>,
    /// The store's organisations, as "Name (service)".
    pub organisation: Vec<Term>,
    /// The store's data categories.
    pub category: Vec<Term>,
    /// The retentions a store states, as the end of a sentence (`P90D` reads "kept 90
    /// days").
    pub retention: Vec<Term>,
    /// Every ISO 3166-1 country by its code, for forms that pick a country by name.
    pub country: Vec<Term>,
}

impl Labels {
    /// The closed vocabularies with the given organisations and categories.
    pub fn new(organisation: Vec<Term>, category: Vec<Term>) -> Labels {
        Labels::new_in(Lang::En, organisation, category)
    }

    /// [`Labels::new`] with the vocabularies in `lang`.
    pub fn new_in(lang: Lang, organisation: Vec<Term>, category: Vec<Term>) -> Labels {
        Labels {
            process: Process::terms_in(lang),
            outcome: Outcome::terms_in(lang),
            disposition: Disposition::terms_in(lang),
            category_class: CategoryClass::terms_in(lang),
            policy_kind: PolicyKind::terms_in(lang),
            metric: Metric::terms_in(lang),
            scope: Scope::terms_in(lang),
            organisation,
            category,
            retention: Vec::new(),
            country: super::country::country_terms(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::VariantArray;

    #[test]
    fn every_value_has_a_label_that_is_not_its_id() {
        let labels = Labels::new(Vec::new(), Vec::new());
        for list in [
            &labels.process,
            &labels.outcome,
            &labels.disposition,
            &labels.category_class,
            &labels.policy_kind,
            &labels.metric,
            &labels.scope,
        ] {
            assert!(!list.is_empty());
            for t in list {
                assert!(
                    !t.label.contains('_'),
                    "{} reads as an id: {}",
                    t.id,
                    t.label
                );
                assert!(
                    t.label.chars().next().is_some_and(char::is_uppercase),
                    "{}",
                    t.label
                );
            }
        }
        assert_eq!(Disposition::NotHeld.label(), "Not held");
        assert_eq!(labels.process.len(), Process::VARIANTS.len());
    }
}
