//! How long a plan's text may be. A plan names a person once and refers to them by id wherever
//! they take part, and what Attaché makes of a plan (a problem's sentence, a calendar's list of
//! participants) repeats the name at each reference; without a bound, a small file with one huge
//! name would make every command that reads it slow and hungry. The bounds are far above what a
//! real plan holds, and loading refuses a file that goes past them, at the text's place.

use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// Names, titles, places, zones, and every other one-line value.
pub const SHORT_TEXT_CHARACTERS: usize = 500;

/// Notes, summaries, answers, findings, action texts and addresses: anything of several lines.
pub const LONG_TEXT_CHARACTERS: usize = 100_000;

/// What a text is, for its bound and for the sentence that refuses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    Short,
    Long,
}

impl TextKind {
    pub fn max_characters(self) -> usize {
        match self {
            Self::Short => SHORT_TEXT_CHARACTERS,
            Self::Long => LONG_TEXT_CHARACTERS,
        }
    }

    /// What holds text of this kind, for the sentence that refuses a longer one.
    pub fn examples(self) -> &'static str {
        match self {
            Self::Short => "a name, title, place or other one-line value",
            Self::Long => "notes and other long text",
        }
    }

    /// How many characters `text` has when that is more than this kind allows.
    pub fn excess(self, text: &str) -> Option<usize> {
        let max = self.max_characters();
        // Never fewer bytes than characters: most texts are accepted without counting.
        if text.len() <= max {
            return None;
        }
        let found = text.chars().count();
        (found > max).then_some(found)
    }

    /// Why `text` cannot be read into a plan, for a file's error at the text's place.
    fn refusal(self, text: &str) -> Option<String> {
        self.excess(text).map(|found| {
            format!(
                "expected at most {} characters ({} is never longer), found {found}",
                self.max_characters(),
                self.examples()
            )
        })
    }
}

fn bounded<'de, D: Deserializer<'de>>(deserializer: D, kind: TextKind) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    match kind.refusal(&text) {
        Some(reason) => Err(serde::de::Error::custom(reason)),
        None => Ok(text),
    }
}

/// Each text of a list is looked at as soon as it is read, so that the error points at it.
struct BoundedList(TextKind);

impl<'de> Visitor<'de> for BoundedList {
    type Value = Vec<String>;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a list of texts")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
        let mut texts = Vec::new();
        while let Some(text) = items.next_element::<String>()? {
            if let Some(reason) = self.0.refusal(&text) {
                return Err(serde::de::Error::custom(reason));
            }
            texts.push(text);
        }
        Ok(texts)
    }
}

fn bounded_list<'de, D: Deserializer<'de>>(
    deserializer: D,
    kind: TextKind,
) -> Result<Vec<String>, D::Error> {
    deserializer.deserialize_seq(BoundedList(kind))
}

/// For `#[serde(deserialize_with)]`: a one-line value of at most [`SHORT_TEXT_CHARACTERS`].
pub(crate) fn short_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    bounded(deserializer, TextKind::Short)
}

/// For `#[serde(deserialize_with)]`: a text of at most [`LONG_TEXT_CHARACTERS`].
pub(crate) fn long_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    bounded(deserializer, TextKind::Long)
}

/// For `#[serde(deserialize_with)]`: one-line values, each of at most [`SHORT_TEXT_CHARACTERS`].
pub(crate) fn short_texts<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    bounded_list(deserializer, TextKind::Short)
}

/// For `#[serde(deserialize_with)]`: texts, each of at most [`LONG_TEXT_CHARACTERS`].
pub(crate) fn long_texts<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    bounded_list(deserializer, TextKind::Long)
}
