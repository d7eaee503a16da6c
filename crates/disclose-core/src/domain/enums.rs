//! The closed vocabularies of docs/design.md's fixed names.
//!
//! Each enum reads and writes its snake_case id (serde for JSON, strum for CSV
//! cells and the store), so a bad value cannot get past the importer. Each value's
//! label, as people read it, is written beside it here and nowhere else: screens,
//! charts, reports and the CLI ask `label()` (the UI gets them through `Vocabulary`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::{Display, EnumString, IntoStaticStr, VariantArray};

use super::labels::Term;

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, Deserialize, JsonSchema, ts_rs::TS,
            Display, EnumString, IntoStaticStr, VariantArray,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* #[doc = $label] $variant),+ }

        impl $name {
            /// The id, as files and the store write it (`court_order`).
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The value as people read it ("Court order"); ids never reach a screen.
            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),+
                }
            }

            /// The label of an id of this vocabulary; an unknown id is returned as it is.
            pub fn label_of(id: &str) -> String {
                id.parse::<Self>().map_or_else(|_| id.to_string(), |v| v.label().to_string())
            }

            /// Every value with its label, in order.
            pub fn terms() -> Vec<Term> {
                Self::VARIANTS.iter().map(|v| Term::new(v.as_str(), v.label())).collect()
            }

            /// The ids, comma-separated, for "expected one of ..." messages.
            pub fn expected() -> String {
                let ids: Vec<&'static str> = Self::VARIANTS.iter().map(|v| v.as_str()).collect();
                format!("one of {}", ids.join(", "))
            }
        }
    };
}

vocabulary!(
    /// The legal process behind a request.
    Process {
        Subpoena => "Subpoena",
        CourtOrder => "Court order",
        SearchWarrant => "Search warrant",
        PenRegister => "Pen register",
        Wiretap => "Wiretap",
        Emergency => "Emergency",
        Preservation => "Preservation",
        NationalSecurity => "National security",
        /// A request from a foreign government, e.g. through an MLAT.
        Foreign => "Foreign government",
        Civil => "Civil",
        Other => "Other",
    }
);

vocabulary!(
    /// What the organisation did with a request as a whole.
    Outcome {
        Complied => "Complied",
        Partial => "Partly complied",
        NoData => "No data",
        Rejected => "Rejected",
        Withdrawn => "Withdrawn",
        Pending => "Pending",
    }
);

vocabulary!(
    /// What happened to one requested data category.
    Disposition {
        Provided => "Provided",
        Partial => "Partly provided",
        NotHeld => "Not held",
        Withheld => "Withheld",
        Pending => "Pending",
    }
);

vocabulary!(
    /// The legal class of a data category, which decides what process can reach it.
    CategoryClass {
        Subscriber => "Subscriber information",
        NonContent => "Non-content",
        Content => "Content",
    }
);

vocabulary!(
    /// What a policy change is about.
    PolicyKind {
        Retention => "Retention",
        Collection => "Collection",
        Disclosure => "Disclosure",
        Notification => "User notification",
        Other => "Other",
    }
);

vocabulary!(
    /// A figure that large companies publish per period.
    Metric {
        Requests => "Requests",
        Accounts => "Accounts specified",
        SomeDataProduced => "Requests with some data produced",
        ContentDisclosed => "Requests with content disclosed",
        NonContentDisclosed => "Requests with only non-content disclosed",
        Rejected => "Requests rejected",
        NoData => "Requests with no data found",
        UsersNotified => "Users notified",
        UnderSeal => "Under a gag order",
        /// Disclosures whose users were not notified for a reason other than a gag order
        /// (GitHub: exigent circumstances).
        NotNotified => "Not notified",
        /// The EU DSA template's median time to tell the authority its order was received.
        MedianHoursToConfirm => "Median hours to confirm receipt",
        /// The EU DSA template's median time to give effect to an order.
        MedianHoursToEffect => "Median hours to give effect",
    }
);

vocabulary!(
    /// What an aggregate's value counts in.
    Unit { Count => "Count", Percent => "Per cent", Hours => "Hours" }
);

vocabulary!(
    /// What a published count is about when it is not user accounts' data (`null`):
    /// companies report these requests apart, and adding them to account requests would
    /// count some twice.
    Scope {
        /// Requests about devices (Apple: serial numbers, IMEI).
        Devices => "Devices",
        /// Requests about credit cards, gift cards and other payment identifiers.
        FinancialIdentifiers => "Payment identifiers",
        /// Requests about push-notification tokens.
        PushTokens => "Push tokens",
        /// Requests about a third party's digital content (Apple: content providers).
        DigitalContentProviders => "Digital content providers",
        /// Requests to restrict or delete accounts rather than for their data.
        AccountRestriction => "Account restriction or deletion",
        /// Requests to take down apps for a legal violation.
        AppTakedownLegal => "App takedowns (legal violation)",
        /// Requests to take down apps for a platform-policy violation.
        AppTakedownPolicy => "App takedowns (platform policy)",
        /// Requests about enterprise cloud customers (Google Workspace, Google Cloud).
        EnterpriseCloud => "Enterprise cloud customers",
        /// User-data requests that came through diplomatic channels (Google's DLR files).
        Diplomatic => "Requests through diplomatic channels",
        /// Enterprise-customer requests that came through diplomatic channels.
        EnterpriseDiplomatic => "Enterprise requests through diplomatic channels",
        /// Orders to act against illegal content (the EU DSA template), not for data.
        ContentOrders => "Orders to act against illegal content",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text_and_json() {
        for p in Process::VARIANTS {
            assert_eq!(p.as_str().parse::<Process>().ok(), Some(*p));
            let json = serde_json::to_string(p).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", p.as_str()));
        }
        assert_eq!(Disposition::NotHeld.as_str(), "not_held");
        assert!(Process::expected().contains("national_security"));
    }
}
