//! The closed vocabularies of docs/design.md's fixed names.
//!
//! Each enum reads and writes its snake_case id (serde for JSON, strum for CSV
//! cells and the store), so a bad value cannot get past the importer.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::{Display, EnumString, IntoStaticStr, VariantArray};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            Serialize, Deserialize, JsonSchema, ts_rs::TS,
            Display, EnumString, IntoStaticStr, VariantArray,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub fn as_str(self) -> &'static str {
                self.into()
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
    Outcome {
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
    Disposition {
        Provided,
        Partial,
        NotHeld,
        Withheld,
        Pending,
    }
);

vocabulary!(
    /// The legal class of a data category, which decides what process can reach it.
    CategoryClass {
        Subscriber,
        NonContent,
        Content,
    }
);

vocabulary!(
    /// What a policy change is about.
    PolicyKind {
        Retention,
        Collection,
        Disclosure,
        Notification,
        Other,
    }
);

vocabulary!(
    /// A figure that large companies publish per period.
    Metric {
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
    }
);

vocabulary!(Unit { Count, Percent });

vocabulary!(
    /// What a published count is about when it is not user accounts' data (`null`):
    /// companies report these requests apart, and adding them to account requests would
    /// count some twice.
    Scope {
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
