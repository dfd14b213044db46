//! Short labels for names and titles where they are repeated: in a problem's sentence, in the
//! list of an event's participants, in a picker. A plan names a person once and refers to them by
//! id many times, so repeating a long name in full at every reference would make a small file
//! produce a huge message, calendar or window; a label keeps each repetition short.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::{Arg, Message};
use crate::msg;

/// How many characters of a name or title a label keeps. Real names and titles are shorter, so
/// they are repeated whole; only a name that is mostly not a name is cut.
pub const LABEL_CHARACTERS: usize = 80;

/// How a sentence names a record of `kind` ("topic", "person") called `name`: `topic "X-Road"`,
/// or, while it has no name, `an untitled topic`, `an unnamed person` (never `topic ""`).
pub fn named_record(kind: &str, name: &str) -> String {
    named_record_message(kind, name).render()
}

/// [`named_record`] as a message, rendered where it is shown: `topic "X-Road"`, "an untitled
/// topic"; `teema „X-Road“`, "pealkirjata teema".
pub fn named_record_message(kind: &str, name: &str) -> Message {
    let (kind_id, untitled_id) = record_kind_ids(kind);
    if name.trim().is_empty() {
        Message::new(untitled_id)
    } else {
        msg!(
            "record-kind-named",
            kind = Arg::message(kind_id),
            name = label(name)
        )
    }
}

/// The messages naming a kind of record, and a record of the kind without a name.
pub fn record_kind_ids(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "person" => ("record-kind-person", "record-kind-unnamed-person"),
        "organisation" => (
            "record-kind-organisation",
            "record-kind-unnamed-organisation",
        ),
        "event" => ("record-kind-event", "record-kind-untitled-event"),
        "topic" => ("record-kind-topic", "record-kind-untitled-topic"),
        "action" => ("record-kind-action", "record-kind-untitled-action"),
        "vehicle" => ("record-kind-vehicle", "record-kind-untitled-vehicle"),
        "lead person" => ("record-kind-lead-person", "record-kind-unnamed-person"),
        "owner" => ("record-kind-owner", "record-kind-unnamed-person"),
        other => {
            debug_assert!(false, "no message for the kind of record `{other}`");
            ("record-kind-record", "record-kind-untitled-record")
        }
    }
}

pub fn label(text: &str) -> Cow<'_, str> {
    shortened(text, LABEL_CHARACTERS)
}

/// `text` whole when it has at most `characters` user-perceived characters (a letter with its
/// vowel marks counts once), else cut after `characters - 1` of them, with "…" at its end. Cut
/// between characters, never inside one: an Arabic letter keeps its marks, and the ellipsis comes
/// at the end of the reading direction (left of an Arabic name shown right to left).
pub fn shortened(text: &str, characters: usize) -> Cow<'_, str> {
    let mut boundaries = text.grapheme_indices(true).map(|(offset, _)| offset);
    let Some(cut) = boundaries.nth(characters.saturating_sub(1)) else {
        return Cow::Borrowed(text);
    };
    if boundaries.next().is_none() {
        // Exactly `characters` of them: the whole text fits.
        return Cow::Borrowed(text);
    }
    let mut short = text[..cut].trim_end().to_owned();
    short.push('…');
    Cow::Owned(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_kept_whole() {
        assert_eq!(shortened("Kadri Tamm", 10), "Kadri Tamm");
        assert!(matches!(shortened("Kadri Tamm", 10), Cow::Borrowed(_)));
        assert_eq!(shortened("", 3), "");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis_within_the_limit() {
        assert_eq!(shortened("Kadri Tamm", 9), "Kadri Ta…");
        // No space left dangling before the ellipsis.
        assert_eq!(shortened("Kadri Tamm", 7), "Kadri…");
        assert_eq!(shortened("Kadri Tamm", 1), "…");
    }

    #[test]
    fn an_arabic_letter_keeps_its_vowel_marks() {
        // سُّو: seen, damma, shadda (marks after the letter), waw.
        let name = "السُّودَانِي";
        let short = shortened(name, 5);
        assert_eq!(short, "السُّو…");
        assert!(name.starts_with(short.trim_end_matches('…')));
        assert_eq!(short.graphemes(true).count(), 5);
    }

    #[test]
    fn letters_of_four_bytes_are_never_split() {
        let text = "𝐀".repeat(100);
        let short = label(&text);
        assert_eq!(short.chars().count(), LABEL_CHARACTERS);
        assert!(short.ends_with('…'));
    }
}

#[cfg(test)]
mod named_record_tests {
    use super::named_record;

    #[test]
    fn a_record_without_a_name_is_called_untitled_not_empty_quotes() {
        assert_eq!(named_record("topic", "X-Road"), "topic \"X-Road\"");
        assert_eq!(named_record("topic", " "), "an untitled topic");
        assert_eq!(named_record("person", ""), "an unnamed person");
    }
}
