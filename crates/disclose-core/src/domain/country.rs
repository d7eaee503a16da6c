//! Country names and codes as published reports write them, to ISO 3166-1 alpha-2; the
//! names shown are CLDR's, in the language.

use disclose_i18n::Lang;

/// Names the published files use that the ISO tables spell otherwise.
const VARIANTS: &[(&str, &str)] = &[
    ("united states of america", "US"),
    ("united states", "US"),
    ("usa", "US"),
    ("united kingdom", "GB"),
    ("uk", "GB"),
    ("china mainland", "CN"),
    ("mainland china", "CN"),
    ("hong kong", "HK"),
    ("macau", "MO"),
    ("macao", "MO"),
    ("taiwan", "TW"),
    ("south korea", "KR"),
    ("korea", "KR"),
    ("korea, republic of", "KR"),
    ("north korea", "KP"),
    ("russia", "RU"),
    ("iran", "IR"),
    ("syria", "SY"),
    ("vietnam", "VN"),
    ("laos", "LA"),
    ("bolivia", "BO"),
    ("venezuela", "VE"),
    // Misspellings in Microsoft's reports (2013 H1, 2015 H2).
    ("venezuala", "VE"),
    ("urugay", "UY"),
    ("tanzania", "TZ"),
    ("moldova", "MD"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("north macedonia", "MK"),
    ("macedonia", "MK"),
    ("turkey", "TR"),
    ("turkiye", "TR"),
    ("ivory coast", "CI"),
    ("cote d'ivoire", "CI"),
    ("palestine", "PS"),
    ("vatican city", "VA"),
    ("brunei", "BN"),
    ("cape verde", "CV"),
    ("eswatini", "SZ"),
    ("swaziland", "SZ"),
    ("micronesia", "FM"),
    ("democratic republic of the congo", "CD"),
    ("congo - kinshasa", "CD"),
    ("republic of the congo", "CG"),
    ("congo - brazzaville", "CG"),
    ("antigua", "AG"),
    ("bonaire, sint eustatius and saba", "BQ"),
    ("cocos (keeling) islands", "CC"),
    // Withdrawn from ISO 3166-1 in 2010, but older reports still list it.
    ("netherlands antilles", "AN"),
    // Not in ISO 3166-1, but the user-assigned code everyone publishes.
    ("kosovo", "XK"),
];

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every ISO 3166-1 country, by code, with its name in `lang` ("United States"): the list
/// a form picks from.
pub fn country_terms(lang: Lang) -> Vec<super::Term> {
    let mut all: Vec<super::Term> = rust_iso3166::ALL
        .iter()
        .map(|c| super::Term::new(c.alpha2, country_name_in(c.alpha2, lang)))
        .collect();
    all.sort_by(|a, b| crate::i18n::compare(lang, &a.label, &b.label));
    all
}

/// The English name of an ISO 3166-1 alpha-2 code, as CLDR gives it ("US" -> "United
/// States"), or the code itself when it names no country.
pub fn country_name(code: &str) -> String {
    country_name_in(code, Lang::En)
}

/// A country's name in `lang` from CLDR ("US" -> "Vereinigte Staaten"); ISO 3166's English
/// name for a code CLDR lacks; the code itself when it names no country.
pub fn country_name_in(code: &str, lang: Lang) -> String {
    disclose_i18n::country(lang, code)
        .or_else(|| {
            rust_iso3166::from_alpha2(&code.to_ascii_uppercase()).map(|c| c.name.to_string())
        })
        .unwrap_or_else(|| code.to_string())
}

/// The ISO 3166-1 alpha-2 code for a code or name ("US", "United States of America").
pub fn country_code(s: &str) -> Option<String> {
    let t = s.trim();
    if t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Some(t.to_ascii_uppercase());
    }
    let lower = t.to_lowercase();
    if let Some((_, code)) = VARIANTS.iter().find(|(name, _)| *name == lower) {
        return Some((*code).to_string());
    }
    let key = squash(t);
    celes::Country::from_name(&key)
        .or_else(|_| celes::Country::from_alias(&key))
        .or_else(|_| key.parse::<celes::Country>())
        .ok()
        .map(|c| c.alpha2.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_codes_become_iso_codes() {
        for (name, code) in [
            ("United States of America", "US"),
            ("United States", "US"),
            ("us", "US"),
            ("Germany", "DE"),
            ("China mainland", "CN"),
            ("South Korea", "KR"),
            ("Kosovo", "XK"),
            ("Turks and Caicos Islands", "TC"),
            ("Bahamas", "BS"),
        ] {
            assert_eq!(country_code(name).as_deref(), Some(code), "{name}");
        }
        assert_eq!(country_code("Atlantis"), None);
    }
}
