//! The catalogues are complete in both languages, and numbers, months and plurals follow
//! the language.

use std::collections::BTreeMap;

use disclose_i18n::{
    message, month_name, month_range, month_year, month_year_short, number, text, Arg, Lang,
};

#[test]
fn every_message_exists_in_both_languages_with_the_same_variables() {
    let en: BTreeMap<_, _> = disclose_i18n::ids(Lang::En).into_iter().collect();
    let de: BTreeMap<_, _> = disclose_i18n::ids(Lang::De).into_iter().collect();
    let only_en: Vec<&String> = en.keys().filter(|k| !de.contains_key(*k)).collect();
    let only_de: Vec<&String> = de.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "in English only: {only_en:?}");
    assert!(only_de.is_empty(), "in German only: {only_de:?}");
    for (id, vars) in &en {
        assert_eq!(
            Some(vars),
            de.get(id),
            "{id}: the languages use different variables"
        );
    }
    assert!(en.len() >= 60, "{} messages", en.len());
    // Each formats to words, not to its id.
    for lang in Lang::ALL {
        for (id, vars) in disclose_i18n::ids(lang) {
            if vars.is_empty() {
                let t = text(lang, &id);
                assert!(!t.is_empty() && t != id, "{lang} {id}: {t:?}");
            }
        }
    }
}

#[test]
fn no_message_is_defined_twice() {
    // Fluent keeps the first of two and drops the other, and the window and the crates
    // may read the files in different orders: an id names one message, once.
    for lang in Lang::ALL {
        let mut seen = std::collections::BTreeSet::new();
        let twice: Vec<String> = disclose_i18n::ids(lang)
            .into_iter()
            .filter_map(|(id, _)| (!seen.insert(id.clone())).then_some(id))
            .collect();
        assert!(twice.is_empty(), "{lang}: defined twice: {twice:?}");
    }
}

#[test]
fn a_label_reads_in_the_language() {
    assert_eq!(text(Lang::En, "process-court_order"), "Court order");
    assert_eq!(text(Lang::De, "process-court_order"), "Gerichtsbeschluss");
    assert_eq!(text(Lang::De, "disposition-not_held"), "Nicht vorhanden");
}

#[test]
fn numbers_months_and_ranges_follow_the_language() {
    assert_eq!(number(Lang::En, 1234), "1,234");
    assert_eq!(number(Lang::De, 1234), "1.234");
    assert_eq!(number(Lang::De, 1_000_000), "1.000.000");
    assert_eq!(month_year(Lang::En, 2023, 3), "March 2023");
    assert_eq!(month_year(Lang::De, 2023, 3), "März 2023");
    // CLDR's abbreviations, which differ month by month in German.
    let short = |lang| {
        (1..=12)
            .map(|m| month_year_short(lang, 1999, m))
            .collect::<Vec<_>>()
    };
    assert_eq!(short(Lang::En)[8], "Sep 1999");
    assert_eq!(
        short(Lang::De)[..=3],
        ["Jan. 1999", "Feb. 1999", "März 1999", "Apr. 1999"]
    );
    assert_eq!(short(Lang::De)[8], "Sept. 1999");
    assert_eq!(month_name(Lang::En, 12), "December");
    assert_eq!(month_name(Lang::De, 10), "Oktober");
    // Not a month: the figures, never a panic.
    assert_eq!(month_year(Lang::En, 2023, 13), "2023-13");
    assert_eq!(
        month_range(Lang::En, (2023, 3), (2023, 4)),
        "March–April 2023"
    );
    assert_eq!(
        month_range(Lang::De, (2023, 3), (2023, 4)),
        "März–April 2023"
    );
    assert_eq!(
        month_range(Lang::De, (2022, 11), (2023, 2)),
        "November 2022 – Februar 2023"
    );
}

#[test]
fn plurals_follow_cldr_rules() {
    let count = |lang, n: u64| {
        message(
            lang,
            "requests-count",
            &[
                ("n", Arg::Number(n as f64)),
                ("count", Arg::Text(number(lang, n))),
            ],
        )
    };
    assert_eq!(count(Lang::En, 1), "1 request");
    assert_eq!(count(Lang::En, 1234), "1,234 requests");
    assert_eq!(count(Lang::De, 1), "1 Anfrage");
    assert_eq!(count(Lang::De, 0), "0 Anfragen");
    assert_eq!(count(Lang::De, 1234), "1.234 Anfragen");
}

#[test]
fn the_environment_chooses_german_only_when_it_says_de() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        Lang::from_env_vars(env(&[("LANG", "de_DE.UTF-8")])),
        Lang::De
    );
    assert_eq!(
        Lang::from_env_vars(env(&[
            ("LANG", "de_DE.UTF-8"),
            ("LC_MESSAGES", "en_GB.UTF-8")
        ])),
        Lang::En
    );
    assert_eq!(
        Lang::from_env_vars(env(&[("LC_ALL", "de_AT.UTF-8"), ("LANG", "C")])),
        Lang::De
    );
    assert_eq!(Lang::from_env_vars(env(&[("LANG", "C.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_env_vars(env(&[])), Lang::En);
    assert_eq!("DE".parse::<Lang>(), Ok(Lang::De));
    assert!("fr".parse::<Lang>().is_err());
}

#[test]
fn countries_are_named_by_cldr_in_each_language() {
    assert_eq!(
        disclose_i18n::country(Lang::En, "de").as_deref(),
        Some("Germany")
    );
    assert_eq!(
        disclose_i18n::country(Lang::De, "US").as_deref(),
        Some("Vereinigte Staaten")
    );
    assert_eq!(disclose_i18n::country(Lang::De, "XX"), None);
}

#[test]
fn names_sort_as_the_language_sorts_them() {
    let mut names = vec!["Zypern", "Österreich", "Oman", "Ägypten", "Albanien"];
    names.sort_by(|a, b| disclose_i18n::compare(Lang::De, a, b));
    assert_eq!(
        names,
        ["Ägypten", "Albanien", "Oman", "Österreich", "Zypern"]
    );
    let mut names = vec!["Zambia", "Åland Islands", "Aruba"];
    names.sort_by(|a, b| disclose_i18n::compare(Lang::En, a, b));
    assert_eq!(names, ["Åland Islands", "Aruba", "Zambia"]);
}
