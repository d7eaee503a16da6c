//! Words made before anyone knows the language they will be read in: an error is raised
//! deep in an importer and said in the CLI's or the window's language where it is shown;
//! the history keeps what each change did as data and says it in the reader's language.
//! A [`Text`] keeps the catalogue id and its arguments until then; [`say!`] makes one.

use std::borrow::Cow;
use std::fmt;

use serde_json::{json, Value};

use crate::{message, number, say, Arg, Lang};

type Name = Cow<'static, str>;

/// A catalogue message and its arguments, said in a language when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(Repr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Message {
        id: Name,
        args: Vec<(Name, Part)>,
    },
    /// Words someone else wrote (the system's, a library's, a file's): shown as they are.
    Verbatim(String),
    /// Several texts, one after another with a separator between them.
    Joined(Vec<Text>, String),
}

/// A value put into a [`Text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Data (a value from a file, a name, a path): never translated.
    Data(String),
    /// A number that chooses a plural form, written plainly ("line 1234").
    Count(i64),
    /// A quantity written as the language writes numbers ("1,234" / "1.234").
    Number(u64),
    /// Words of their own, said in the same language.
    Words(Text),
}

impl Text {
    /// The catalogue message `id`, without arguments yet.
    pub fn new(id: &'static str) -> Text {
        Text(Repr::Message {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        })
    }

    /// Puts `value` into the message as `$name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Part>) -> Text {
        if let Repr::Message { args, .. } = &mut self.0 {
            args.push((Cow::Borrowed(name), value.into()));
        }
        self
    }

    /// A message about a count `n`: `$n` chooses the plural form, `$count` is the count as
    /// the language writes it.
    pub fn counted(id: &'static str, n: u64) -> Text {
        Text::new(id)
            .arg("n", Part::Count(i64::try_from(n).unwrap_or(i64::MAX)))
            .arg("count", Part::Number(n))
    }

    /// Words that are not Disclose's to translate (what the system or a library said).
    pub fn verbatim(words: impl Into<String>) -> Text {
        Text(Repr::Verbatim(words.into()))
    }

    /// Texts one after another, `separator` between them ("; " for a list of reasons).
    pub fn joined(texts: Vec<Text>, separator: &str) -> Text {
        Text(Repr::Joined(texts, separator.to_string()))
    }

    /// The words in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match &self.0 {
            Repr::Verbatim(words) => words.clone(),
            Repr::Joined(texts, separator) => texts
                .iter()
                .map(|t| t.in_lang(lang))
                .collect::<Vec<_>>()
                .join(separator),
            Repr::Message { id, args } => {
                let args: Vec<(&str, Arg)> = args
                    .iter()
                    .map(|(name, part)| {
                        let value = match part {
                            Part::Data(s) => Arg::Text(s.clone()),
                            Part::Count(n) => Arg::Number(*n as f64),
                            Part::Number(n) => Arg::Text(number(lang, *n)),
                            Part::Words(t) => Arg::Text(t.in_lang(lang)),
                        };
                        (name.as_ref(), value)
                    })
                    .collect();
                message(lang, id, &args)
            }
        }
    }

    /// The text as data to keep (the history keeps each change's summary so), read back by
    /// [`Text::from_stored`]: a JSON object, or plain words for verbatim text.
    pub fn to_stored(&self) -> String {
        match &self.0 {
            Repr::Verbatim(words) => words.clone(),
            _ => self.to_json().to_string(),
        }
    }

    /// A text kept by [`Text::to_stored`]; anything else (the plain English that stores kept
    /// before) reads as verbatim words.
    pub fn from_stored(stored: &str) -> Text {
        serde_json::from_str::<Value>(stored)
            .ok()
            .filter(Value::is_object)
            .and_then(|v| Text::from_json(&v))
            .unwrap_or_else(|| Text::verbatim(stored))
    }

    fn to_json(&self) -> Value {
        match &self.0 {
            Repr::Verbatim(words) => Value::String(words.clone()),
            Repr::Joined(texts, separator) => json!({
                "join": texts.iter().map(Text::to_json).collect::<Vec<_>>(),
                "with": separator,
            }),
            Repr::Message { id, args } => {
                let args: serde_json::Map<String, Value> = args
                    .iter()
                    .map(|(name, part)| {
                        let value = match part {
                            Part::Data(s) => json!({ "data": s }),
                            Part::Count(n) => json!({ "count": n }),
                            Part::Number(n) => json!({ "number": n }),
                            Part::Words(t) => json!({ "words": t.to_json() }),
                        };
                        (name.to_string(), value)
                    })
                    .collect();
                json!({ "id": id, "args": args })
            }
        }
    }

    fn from_json(v: &Value) -> Option<Text> {
        if let Some(words) = v.as_str() {
            return Some(Text::verbatim(words));
        }
        if let Some(list) = v.get("join").and_then(Value::as_array) {
            let texts = list.iter().map(Text::from_json).collect::<Option<_>>()?;
            let separator = v.get("with").and_then(Value::as_str).unwrap_or(", ");
            return Some(Text::joined(texts, separator));
        }
        let id = v.get("id")?.as_str()?.to_string();
        let mut args = Vec::new();
        for (name, value) in v.get("args")?.as_object()? {
            let part = if let Some(s) = value.get("data").and_then(Value::as_str) {
                Part::Data(s.to_string())
            } else if let Some(n) = value.get("count").and_then(Value::as_i64) {
                Part::Count(n)
            } else if let Some(n) = value.get("number").and_then(Value::as_u64) {
                Part::Number(n)
            } else {
                Part::Words(Text::from_json(value.get("words")?)?)
            };
            args.push((Cow::Owned(name.clone()), part));
        }
        Some(Text(Repr::Message {
            id: Cow::Owned(id),
            args,
        }))
    }
}

/// "a, b or c" (one of several), in the language it is said in.
pub fn one_of(items: &[String]) -> Text {
    match items {
        [] => Text::verbatim(""),
        [one] => Text::verbatim(one.clone()),
        [rest @ .., last] => say!("list-or", rest = rest.join(", "), last = last.as_str()),
    }
}

/// English, as logs and tests read it.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// As English words: what crosses in JSON is said first in the reader's language
/// ([`Text::in_lang`]), so this is for logs and the English CLI.
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl From<&str> for Part {
    fn from(s: &str) -> Part {
        Part::Data(s.to_string())
    }
}

impl From<String> for Part {
    fn from(s: String) -> Part {
        Part::Data(s)
    }
}

impl From<&String> for Part {
    fn from(s: &String) -> Part {
        Part::Data(s.clone())
    }
}

impl From<Text> for Part {
    fn from(t: Text) -> Part {
        Part::Words(t)
    }
}

macro_rules! counts {
    ($($t:ty),*) => {$(
        impl From<$t> for Part {
            fn from(n: $t) -> Part {
                Part::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
counts!(u8, u16, u32, u64, usize, i32, i64);

/// A [`Text`]: `say!("error-busy")`, `say!("expected-at-most-chars", max = 500)`.
/// A test reads every `say!` in the code and fails when the catalogue lacks its id.
#[macro_export]
macro_rules! say {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::Text::new($id)$(.arg(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_said_in_the_language_asked_for_with_its_data_untouched() {
        let t = say!("percent", p = "42");
        assert_eq!(t.in_lang(Lang::En), "42%");
        assert_eq!(t.in_lang(Lang::De), "42 %");
        assert_eq!(Text::verbatim("as it was").in_lang(Lang::De), "as it was");
    }

    #[test]
    fn a_kept_text_reads_back_the_same_and_old_plain_words_stay_words() {
        let t = say!(
            "problems-and-more",
            first = Text::joined(
                vec![
                    Text::counted("records-counted", 1234).arg("kind", "requests"),
                    Text::verbatim("x")
                ],
                "; "
            ),
            more = 2
        );
        let back = Text::from_stored(&t.to_stored());
        assert_eq!(back, Text::from_stored(&back.to_stored()));
        for lang in Lang::ALL {
            assert_eq!(back.in_lang(lang), t.in_lang(lang));
        }
        assert_eq!(
            t.in_lang(Lang::De),
            "1.234 Anfragen; x (und 2 weitere Fehler)"
        );
        let old = Text::from_stored("Imported a.csv: 3 requests");
        assert_eq!(old.in_lang(Lang::De), "Imported a.csv: 3 requests");
    }
}
