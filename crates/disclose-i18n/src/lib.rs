//! Every word Disclose shows, in English and German: Fluent message catalogues
//! (`locales/<lang>/*.ftl`, the same files for the UI), with CLDR's plural rules, and
//! numbers and month names formatted by ICU4X from CLDR data. A test fails when a message
//! exists in one language and not the other.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod text;
pub use text::{one_of, Part, Text};

/// The languages Disclose speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// Its code (`en`, `de`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    /// The language of the environment, as the C library reads it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; German when that starts with `de`, else English.
    pub fn from_env() -> Lang {
        Lang::from_env_vars(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_env`] over any source of variables (for tests).
    pub fn from_env_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty());
        match set {
            Some(v) if v.starts_with("de") => Lang::De,
            _ => Lang::En,
        }
    }

    fn catalogue(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[
                include_str!("../locales/en/vocabulary.ftl"),
                include_str!("../locales/en/numbers.ftl"),
                include_str!("../locales/en/cli.ftl"),
                include_str!("../locales/en/errors.ftl"),
                include_str!("../locales/en/charts.ftl"),
                include_str!("../locales/en/report.ftl"),
                include_str!("../locales/en/app.ftl"),
            ],
            Lang::De => &[
                include_str!("../locales/de/vocabulary.ftl"),
                include_str!("../locales/de/numbers.ftl"),
                include_str!("../locales/de/cli.ftl"),
                include_str!("../locales/de/errors.ftl"),
                include_str!("../locales/de/charts.ftl"),
                include_str!("../locales/de/report.ftl"),
                include_str!("../locales/de/app.ftl"),
            ],
        }
    }

    fn icu_locale(self) -> icu_locid::Locale {
        match self {
            Lang::En => icu_locid::locale!("en"),
            Lang::De => icu_locid::locale!("de"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Lang, String> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "de" => Ok(Lang::De),
            // Read before `--lang` is (clap's parser): the environment's language.
            other => Err(message(
                Lang::from_env(),
                "error-unknown-language",
                &[("found", other.into())],
            )),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &all[lang as usize]
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text out: no Unicode isolation marks around the values put in.
    bundle.set_use_isolating(false);
    for source in lang.catalogue() {
        // A broken catalogue fails the tests (every message is formatted there).
        let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// A message without arguments, such as a vocabulary's label (`process-court_order`).
/// A message the catalogue lacks comes back as its id, so it shows and a test finds it.
pub fn text(lang: Lang, id: &str) -> &'static str {
    match format(lang, id, None) {
        Some(Cow::Borrowed(s)) => s,
        Some(Cow::Owned(s)) => kept(lang, id, s),
        None => missing(lang, id),
    }
}

/// A formatted text kept for the rest of the run, once per message (there are few).
fn kept(lang: Lang, id: &str, text: String) -> &'static str {
    static KEPT: OnceLock<Mutex<HashMap<(Lang, String), &'static str>>> = OnceLock::new();
    let mut kept = KEPT
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    kept.entry((lang, id.to_string()))
        .or_insert_with(|| Box::leak(text.into_boxed_str()))
}

/// A message with arguments: numbers choose the plural form by CLDR's rules.
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
            Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
        }
    }
    format(lang, id, Some(&fluent)).map_or_else(|| missing(lang, id).to_string(), Cow::into_owned)
}

/// A value put into a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<&str> for Arg {
    fn from(t: &str) -> Arg {
        Arg::Text(t.to_string())
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Arg {
        Arg::Text(t)
    }
}

/// A message about a count: `$n` chooses the plural form, `$count` is the count as the
/// language writes it ("1.234"), beside any other arguments.
pub fn counted(lang: Lang, id: &str, n: u64, args: &[(&str, Arg)]) -> String {
    let mut all = vec![
        ("n", Arg::Number(n as f64)),
        ("count", Arg::Text(number(lang, n))),
    ];
    all.extend(args.iter().cloned());
    message(lang, id, &all)
}

/// A whole percentage as the language writes it: "42%" / "42 %".
pub fn percent(lang: Lang, p: u64) -> String {
    message(lang, "percent", &[("p", Arg::Text(number(lang, p)))])
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<Cow<'static, str>> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors))
}

/// A message the catalogue lacks reads as its id (the tests check that none does).
fn missing(lang: Lang, id: &str) -> &'static str {
    kept(lang, id, id.to_string())
}

/// A count as people of the language write it: `1,234` / `1.234`.
pub fn number(lang: Lang, n: u64) -> String {
    use icu_decimal::FixedDecimalFormatter;
    // ICU4X's formatters are built per thread (their data is not shared across threads).
    thread_local! {
        static FORMATTERS: Vec<Option<FixedDecimalFormatter>> = Lang::ALL
            .iter()
            .map(|l| FixedDecimalFormatter::try_new(&l.icu_locale().into(), Default::default()).ok())
            .collect();
    }
    FORMATTERS.with(|all| match &all[lang as usize] {
        Some(f) => f.format_to_string(&fixed_decimal::FixedDecimal::from(n)),
        None => n.to_string(),
    })
}

/// A country's name in the language, from CLDR ("US": "United States" / "Vereinigte
/// Staaten"); None for a code CLDR does not name.
pub fn country(lang: Lang, code: &str) -> Option<String> {
    use icu_experimental::displaynames::{DisplayNamesOptions, RegionDisplayNames};
    thread_local! {
        static NAMES: Vec<Option<RegionDisplayNames>> = Lang::ALL
            .iter()
            .map(|l| {
                RegionDisplayNames::try_new(&l.icu_locale().into(), DisplayNamesOptions::default())
                    .ok()
            })
            .collect();
    }
    let region: icu_locid::subtags::Region = code.to_ascii_uppercase().parse().ok()?;
    NAMES.with(|all| all[lang as usize].as_ref()?.of(region).map(str::to_string))
}

/// The order people of the language sort names in, by CLDR's collation: in German
/// "Österreich" comes with the O's, not after "Zypern" as bytes would have it.
pub fn compare(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
    use icu_collator::{Collator, CollatorOptions};
    thread_local! {
        static COLLATORS: Vec<Option<Collator>> = Lang::ALL
            .iter()
            .map(|l| Collator::try_new(&l.icu_locale().into(), CollatorOptions::new()).ok())
            .collect();
    }
    COLLATORS.with(|all| match all[lang as usize].as_ref() {
        Some(c) => c.compare(a, b),
        None => a.cmp(b),
    })
}

/// A month of a year as the language names it: "March 2023" / "März 2023".
pub fn month_year(lang: Lang, year: i32, month: u8) -> String {
    formatted(lang, Months::WithYear, year, month)
}

/// A month of a year, short, for an axis: "Mar 2023" / "März 2023".
pub fn month_year_short(lang: Lang, year: i32, month: u8) -> String {
    formatted(lang, Months::Short, year, month)
}

/// A month's name alone: "March" / "März".
pub fn month_name(lang: Lang, month: u8) -> String {
    formatted(lang, Months::Alone, 2000, month)
}

/// Months from one to another: "March–April 2023" / "März–April 2023" within a year,
/// "November 2022 – February 2023" across years.
pub fn month_range(lang: Lang, from: (i32, u8), to: (i32, u8)) -> String {
    if from.0 == to.0 {
        message(
            lang,
            "month-range-same-year",
            &[
                ("from", Arg::Text(month_name(lang, from.1))),
                ("to", Arg::Text(month_year(lang, to.0, to.1))),
            ],
        )
    } else {
        message(
            lang,
            "month-range",
            &[
                ("from", Arg::Text(month_year(lang, from.0, from.1))),
                ("to", Arg::Text(month_year(lang, to.0, to.1))),
            ],
        )
    }
}

#[derive(Clone, Copy)]
enum Months {
    WithYear,
    Alone,
    Short,
}

/// A month's name from CLDR's Gregorian month symbols (ICU's compiled data), put beside
/// the year by the catalogue's `month-year` pattern. ICU's formatter for a month and year
/// matches a skeleton against every locale's patterns, and those tables, linked for all
/// locales, were 5.4 MB of data the loader relocates into every process at start.
fn formatted(lang: Lang, kind: Months, year: i32, month: u8) -> String {
    use icu_datetime::provider::calendar::GregorianDateSymbolsV1Marker;
    use icu_provider::prelude::*;
    type Symbols = DataPayload<GregorianDateSymbolsV1Marker>;
    thread_local! {
        static SYMBOLS: Vec<Option<Symbols>> = Lang::ALL
            .iter()
            .map(|l| {
                let locale = DataLocale::from(l.icu_locale());
                let request = DataRequest { locale: &locale, metadata: Default::default() };
                icu_datetime::provider::Baked.load(request).ok()?.take_payload().ok()
            })
            .collect();
    }
    let code = format!("M{month:02}")
        .parse()
        .ok()
        .map(icu_calendar::types::MonthCode);
    let name = SYMBOLS.with(|all| {
        let code = code?;
        let months = &all[lang as usize].as_ref()?.get().months;
        let name = match kind {
            Months::WithYear => months.format.wide.get(code),
            Months::Short => months.format.abbreviated.get(code),
            Months::Alone => (months.stand_alone.as_ref())
                .and_then(|s| s.wide.as_ref())
                .unwrap_or(&months.format.wide)
                .get(code),
        };
        name.map(str::to_string)
    });
    match (name, kind) {
        (Some(name), Months::Alone) => name,
        (Some(name), _) => message(
            lang,
            "month-year",
            &[
                ("month", Arg::Text(name)),
                ("year", Arg::Text(year.to_string())),
            ],
        ),
        (None, _) => format!("{year}-{month:02}"),
    }
}

/// The message ids of a language's catalogue, with the variables each uses.
pub fn ids(lang: Lang) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for source in lang.catalogue() {
        let resource = FluentResource::try_new((*source).to_string())
            .unwrap_or_else(|(_, errors)| panic!("{lang} catalogue: {errors:?}"));
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut vars: Vec<String> = variables(source, m.id.name);
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
    }
    out
}

/// The `$variables` a message's source text names.
fn variables(source: &str, id: &str) -> Vec<String> {
    let mut lines = source
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{id} =")));
    let mut text = lines.next().unwrap_or_default().to_string();
    for l in lines.take_while(|l| l.starts_with(' ') || l.is_empty()) {
        text.push_str(l);
    }
    text.split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}
