//! A chart's own words in its language: messages from the catalogues of
//! `disclose-i18n` (`charts.ftl`), counts and months as the language writes them.
//! Record text (names, authorities, summaries) never passes through here.

use disclose_core::i18n::{self, Arg, Lang};

/// A message without arguments.
pub(crate) fn t(lang: Lang, id: &str) -> &'static str {
    i18n::text(lang, id)
}

/// A message with arguments.
pub(crate) fn say(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    i18n::message(lang, id, args)
}

/// A message about a count (`$n` picks the plural, `$count` prints it).
pub(crate) fn counted(lang: Lang, id: &str, n: u64, args: &[(&str, Arg)]) -> String {
    i18n::counted(lang, id, n, args)
}

/// A count as the language writes it ("1,234" / "1.234").
pub(crate) fn num(lang: Lang, n: u64) -> String {
    i18n::number(lang, n)
}
