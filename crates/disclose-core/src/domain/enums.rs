//! The closed vocabularies of docs/design.md's fixed names.
//!
//! Each enum reads and writes its snake_case id (serde for JSON, strum for CSV
//! cells and the store), so a bad value cannot get past the importer. Each value's
//! label, as people read it, is in the message catalogues (`disclose-i18n`,
//! `vocabulary.ftl`, English and German) and nowhere else: screens, charts, reports and
//! the CLI ask `label()` or `label_in(lang)` (the UI gets them through `Labels`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::{Display, EnumString, IntoStaticStr, VariantArray};

use disclose_i18n::Lang;

use super::labels::Term;

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident ($prefix:literal) { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, Deserialize, JsonSchema, ts_rs::TS,
            Display, EnumString, IntoStaticStr, VariantArray,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        // A value's words are its catalogue message (`{PREFIX}-{id}`), not a doc comment.
        #[allow(missing_docs)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// The catalogue's name for this vocabulary: a value's message is
            /// `{PREFIX}-{id}` (`process-court_order`).
            pub const PREFIX: &'static str = $prefix;

            /// The id, as files and the store write it (`court_order`).
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The value as people read it in English ("Court order"); ids never reach a
            /// screen.
            pub fn label(self) -> &'static str {
                self.label_in(Lang::En)
            }

            /// The value as people read it in `lang` ("Gerichtsbeschluss").
            pub fn label_in(self, lang: Lang) -> &'static str {
                disclose_i18n::text(lang, &format!("{}-{}", $prefix, self.as_str()))
            }

            /// The label of an id of this vocabulary; an unknown id is returned as it is.
            pub fn label_of(id: &str) -> String {
                Self::label_of_in(id, Lang::En)
            }

            /// [`Self::label_of`] in `lang`.
            pub fn label_of_in(id: &str, lang: Lang) -> String {
                id.parse::<Self>().map_or_else(|_| id.to_string(), |v| v.label_in(lang).to_string())
            }

            /// Every value with its label, in order.
            pub fn terms() -> Vec<Term> {
                Self::terms_in(Lang::En)
            }

            /// Every value with its label in `lang`, in order.
            pub fn terms_in(lang: Lang) -> Vec<Term> {
                Self::VARIANTS.iter().map(|v| Term::new(v.as_str(), v.label_in(lang))).collect()
            }

            /// The ids, comma-separated, for "expected one of ..." messages.
            pub fn expected() -> crate::i18n::Text {
                let ids: Vec<&'static str> = Self::VARIANTS.iter().map(|v| v.as_str()).collect();
                crate::i18n::say!("expected-one-of", list = ids.join(", "))
            }
        }
    };
}

vocabulary!(
    /// The legal process behind a request.
    Process ("process") {
        Subpoena,
        CourtOrder,
        SearchWarrant,
        PenRegister,
        Wiretap,
        Emergency,
        Preservation,
        NationalSecurity,
        /// A request from a foreign government, e.g. through an MLAT.
        Foreign,
        Civil,
        Other,
    }
);

vocabulary!(
    /// What the organisation did with a request as a whole.
    Outcome ("outcome") {
        Complied,
        Partial,
        NoData,
        Rejected,
        Withdrawn,
        Pending,
    }
);

vocabulary!(
    /// What happened to one requested data category.
    Disposition ("disposition") {
        Provided,
        Partial,
        NotHeld,
        Withheld,
        Pending,
    }
);

vocabulary!(
    /// The legal class of a data category, which decides what process can reach it.
    CategoryClass ("category_class") {
        Subscriber,
        NonContent,
        Content,
    }
);

vocabulary!(
    /// What a policy change is about.
    PolicyKind ("policy_kind") {
        Retention,
        Collection,
        Disclosure,
        Notification,
        Other,
    }
);

vocabulary!(
    /// A figure that large companies publish per period.
    Metric ("metric") {
        Requests,
        Accounts,
        SomeDataProduced,
        ContentDisclosed,
        NonContentDisclosed,
        Rejected,
        NoData,
        UsersNotified,
        UnderSeal,
        /// Disclosures whose users were not notified for a reason other than a gag order
        /// (GitHub: exigent circumstances).
        NotNotified,
        /// The EU DSA template's median time to tell the authority its order was received.
        MedianHoursToConfirm,
        /// The EU DSA template's median time to give effect to an order.
        MedianHoursToEffect,
    }
);

vocabulary!(
    /// What an aggregate's value counts in.
    Unit ("unit") { Count, Percent, Hours }
);

vocabulary!(
    /// What a published count is about when it is not user accounts' data (`null`):
    /// companies report these requests apart, and adding them to account requests would
    /// count some twice.
    Scope ("scope") {
        /// Requests about devices (Apple: serial numbers, IMEI).
        Devices,
        /// Requests about credit cards, gift cards and other payment identifiers.
        FinancialIdentifiers,
        /// Requests about push-notification tokens.
        PushTokens,
        /// Requests about a third party's digital content (Apple: content providers).
        DigitalContentProviders,
        /// Requests to restrict or delete accounts rather than for their data.
        AccountRestriction,
        /// Requests to take down apps for a legal violation.
        AppTakedownLegal,
        /// Requests to take down apps for a platform-policy violation.
        AppTakedownPolicy,
        /// Requests about enterprise cloud customers (Google Workspace, Google Cloud).
        EnterpriseCloud,
        /// User-data requests that came through diplomatic channels (Google's DLR files).
        Diplomatic,
        /// Enterprise-customer requests that came through diplomatic channels.
        EnterpriseDiplomatic,
        /// Orders to act against illegal content (the EU DSA template), not for data.
        ContentOrders,
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_of_every_vocabulary_has_words_in_both_languages() {
        fn check(prefix: &str, terms: impl Fn(Lang) -> Vec<Term>) {
            for lang in [Lang::En, Lang::De] {
                for t in terms(lang) {
                    let id = format!("{prefix}-{}", t.id);
                    assert!(
                        !t.label.is_empty() && t.label != id,
                        "{lang}: no words for {id}"
                    );
                }
            }
        }
        check(Process::PREFIX, Process::terms_in);
        check(Outcome::PREFIX, Outcome::terms_in);
        check(Disposition::PREFIX, Disposition::terms_in);
        check(CategoryClass::PREFIX, CategoryClass::terms_in);
        check(PolicyKind::PREFIX, PolicyKind::terms_in);
        check(Metric::PREFIX, Metric::terms_in);
        check(Unit::PREFIX, Unit::terms_in);
        check(Scope::PREFIX, Scope::terms_in);
        for c in crate::domain::builtin_categories() {
            for lang in [Lang::En, Lang::De] {
                let label = crate::domain::builtin_label(&c.id, lang).unwrap_or_default();
                assert!(
                    !label.is_empty() && !label.starts_with("category-"),
                    "{lang}: {}",
                    c.id
                );
            }
        }
        assert_eq!(Process::CourtOrder.label_in(Lang::De), "Gerichtsbeschluss");
        assert_eq!(Process::CourtOrder.label(), "Court order");
    }

    #[test]
    fn ids_round_trip_through_text_and_json() {
        for p in Process::VARIANTS {
            assert_eq!(p.as_str().parse::<Process>().ok(), Some(*p));
            let json = serde_json::to_string(p).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", p.as_str()));
        }
        assert_eq!(Disposition::NotHeld.as_str(), "not_held");
        assert!(Process::expected()
            .to_string()
            .contains("national_security"));
    }
}
