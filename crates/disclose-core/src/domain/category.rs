//! The data-category vocabulary of docs/design.md, with the aliases that map the
//! wording of legal documents onto category ids.

use crate::text_hash::{TextMap, TextSet};
use disclose_i18n::Lang;

use super::{Category, CategoryClass};

/// (id, class, description, aliases); the label is the catalogue's `category-{id}`.
type Builtin = (
    &'static str,
    CategoryClass,
    &'static str,
    &'static [&'static str],
);

const BUILTIN: &[Builtin] = &[
    (
        "name",
        CategoryClass::Subscriber,
        "User, subscriber and screen names",
        &[
            "names",
            "subscriber name",
            "subscriber names",
            "user name",
            "user names",
            "username",
            "screen name",
            "screen names",
            "display name",
        ],
    ),
    (
        "email_address",
        CategoryClass::Subscriber,
        "Email addresses tied to the account",
        &[
            "email",
            "e-mail",
            "email addresses",
            "e-mail address",
            "e-mail addresses",
        ],
    ),
    (
        "postal_address",
        CategoryClass::Subscriber,
        "Mailing, residential and business addresses",
        &[
            "postal addresses",
            "mailing address",
            "residential address",
            "business address",
            "physical address",
            "street address",
            "billing address",
        ],
    ),
    (
        "phone_number",
        CategoryClass::Subscriber,
        "Telephone or instrument numbers",
        &[
            "phone",
            "phone numbers",
            "telephone number",
            "telephone numbers",
            "telephone or instrument numbers",
            "instrument number",
        ],
    ),
    (
        "ip_address",
        CategoryClass::NonContent,
        "IP addresses tied to an account's actions: registration, logins, uploads",
        &[
            "ip",
            "ip addresses",
            "registration ip address",
            "ip address logs",
            "login ip addresses",
        ],
    ),
    (
        "activity_logs",
        CategoryClass::NonContent,
        "Connection records: account events, logins, upload journals",
        &[
            "connection records",
            "activity log",
            "login records",
            "account events",
            "access logs",
        ],
    ),
    (
        "session_records",
        CategoryClass::NonContent,
        "Session times and durations",
        &[
            "session times",
            "session durations",
            "session times and durations",
            "records of session times and durations",
        ],
    ),
    (
        "account_metadata",
        CategoryClass::Subscriber,
        "Creation date, length of service, services used",
        &[
            "length of service",
            "account creation date",
            "type of services utilized",
            "types of services",
            "subscriber information",
        ],
    ),
    (
        "payment_info",
        CategoryClass::Subscriber,
        "Means and source of payment, billing records",
        &[
            "payment",
            "payment information",
            "means and source of payment",
            "billing records",
            "billing information",
            "credit card number",
            "bank account number",
        ],
    ),
    (
        "uploaded_content",
        CategoryClass::NonContent,
        "Records of what an account published, e.g. package uploads",
        &[
            "uploads",
            "records of packages uploaded",
            "uploaded packages",
            "published packages",
        ],
    ),
    (
        "download_logs",
        CategoryClass::NonContent,
        "Who downloaded what, by IP",
        &["download log", "ip download logs", "download records"],
    ),
    (
        "content",
        CategoryClass::Content,
        "Stored private content",
        &[
            "stored content",
            "private content",
            "contents of communications",
            "private messages",
        ],
    ),
    (
        "other",
        CategoryClass::NonContent,
        "Anything that fits no other category",
        &["other data"],
    ),
];

/// The built-in categories, in the order docs/design.md lists them.
pub fn builtin_categories() -> Vec<Category> {
    BUILTIN
        .iter()
        .map(|(id, class, description, aliases)| Category {
            id: (*id).to_string(),
            label: builtin_label(id, Lang::En).unwrap_or(id).to_string(),
            class: *class,
            description: Some((*description).to_string()),
            aliases: aliases.iter().map(|a| (*a).to_string()).collect(),
        })
        .collect()
}

/// The label of a built-in category in `lang` (`postal_address`: "Postanschrift"); None
/// for a category a store defined itself.
pub fn builtin_label(id: &str, lang: Lang) -> Option<&'static str> {
    BUILTIN
        .iter()
        .any(|(b, ..)| *b == id)
        .then(|| disclose_i18n::text(lang, &format!("category-{id}")))
}

/// How a category reads in `lang`: a built-in category under its own name in the
/// language; a name the store's records gave it is record text and stays as written.
pub fn category_label_in(id: &str, stored: &str, lang: Lang) -> String {
    match builtin_label(id, Lang::En) {
        Some(english) if english == stored => {
            builtin_label(id, lang).unwrap_or(english).to_string()
        }
        _ => stored.to_string(),
    }
}

/// Folds case, punctuation and spacing so that "IP  download-logs;" matches "ip download logs".
pub fn alias_key(wording: &str) -> String {
    let mut out = String::with_capacity(wording.len());
    for word in wording
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Resolves category ids and wordings to ids.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    by_key: TextMap<String, String>,
    ids: TextSet<String>,
}

impl Vocabulary {
    /// The vocabulary of `categories`, with their aliases and the built-in wordings.
    pub fn new(categories: &[Category]) -> Self {
        let mut v = Vocabulary::default();
        for c in categories {
            v.add_category(c);
        }
        v
    }

    /// Adds a category, its label and its aliases.
    pub fn add_category(&mut self, c: &Category) {
        self.ids.insert(c.id.clone());
        self.by_key.insert(alias_key(&c.id), c.id.clone());
        self.by_key.insert(alias_key(&c.label), c.id.clone());
        for a in &c.aliases {
            self.add_alias(a, &c.id);
        }
    }

    /// Adds a wording that means category `id`.
    pub fn add_alias(&mut self, wording: &str, id: &str) {
        self.by_key.insert(alias_key(wording), id.to_string());
    }

    /// The category id a wording (or an id) stands for.
    pub fn resolve(&self, wording: &str) -> Option<&str> {
        // Most cells hold ids; only other wordings pay for normalising.
        if let Some(id) = self.ids.get(wording) {
            return Some(id);
        }
        self.by_key.get(&alias_key(wording)).map(String::as_str)
    }

    /// The category a request's own wording most likely means, as a form suggests it while
    /// the wording is typed: an exact alias; else the longest alias found as whole words
    /// in the wording ("IP addresses and timestamps" holds "ip addresses"); else the one
    /// alias the wording begins (three letters at least).
    pub fn suggest(&self, wording: &str) -> Option<&str> {
        if let Some(id) = self.resolve(wording) {
            return Some(id);
        }
        let key = alias_key(wording);
        if key.len() < 3 {
            return None;
        }
        // Plurals fold too: "credit card numbers" holds the alias "credit card number".
        let singular = |k: &str| -> String {
            k.split(' ')
                .map(|w| {
                    if w.len() > 3 {
                        w.strip_suffix('s').unwrap_or(w)
                    } else {
                        w
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let padded = format!(" {} ", singular(&key));
        let inside = self
            .by_key
            .iter()
            .filter(|(alias, _)| {
                alias.len() >= 3 && padded.contains(&format!(" {} ", singular(alias)))
            })
            .max_by_key(|(alias, _)| (alias.len(), std::cmp::Reverse(alias.as_str())));
        if let Some((_, id)) = inside {
            return Some(id);
        }
        let mut starts: Vec<&str> = self
            .by_key
            .iter()
            .filter(|(alias, _)| alias.starts_with(&key))
            .map(|(_, id)| id.as_str())
            .collect();
        starts.sort_unstable();
        starts.dedup();
        match starts.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Whether `id` is a category id of this vocabulary.
    pub fn is_id(&self, id: &str) -> bool {
        self.ids.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forms_wording_suggests_its_category() {
        let v = Vocabulary::new(&builtin_categories());
        assert_eq!(v.suggest("IP addresses and timestamps"), Some("ip_address"));
        assert_eq!(
            v.suggest("all credit card numbers on file"),
            Some("payment_info")
        );
        assert_eq!(v.suggest("telephone numbers"), Some("phone_number"));
        assert_eq!(v.suggest("zz"), None);
        assert_eq!(v.suggest("the weather in Paris"), None);
    }

    #[test]
    fn legal_wording_maps_to_ids() {
        let v = Vocabulary::new(&builtin_categories());
        assert_eq!(v.resolve("IP download logs"), Some("download_logs"));
        assert_eq!(
            v.resolve("Telephone or instrument numbers"),
            Some("phone_number")
        );
        assert_eq!(
            v.resolve("  Means and source of PAYMENT; "),
            Some("payment_info")
        );
        assert_eq!(v.resolve("ip_address"), Some("ip_address"));
        assert_eq!(v.resolve("horoscope"), None);
    }

    #[test]
    fn every_builtin_id_is_an_id() {
        let cats = builtin_categories();
        let v = Vocabulary::new(&cats);
        assert_eq!(cats.len(), 13);
        assert!(cats.iter().all(|c| v.is_id(&c.id)));
        assert!(!v.is_id("IP address"));
    }
}
