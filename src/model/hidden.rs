//! Characters that change how text looks without showing themselves: control characters, and the
//! bidirectional embeddings, overrides and isolates with which a name ending in "exe.txt" can be
//! made to show as one ending in "txt.exe". A known way to make a name or title say something else
//! than it shows, so `check` warns about them and the command line never prints them raw.
//!
//! Left alone, because Arabic and Persian text needs them: the left-to-right and right-to-left
//! marks (U+200E, U+200F, U+061C) and the zero-width joiner and non-joiner (U+200C, U+200D).

use std::borrow::Cow;

/// Whether `c` is a control character or an invisible character that can disguise text.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || hidden_name(c).is_some()
}

/// The Unicode name of an invisible formatting character that can disguise text.
fn hidden_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        _ => return None,
    })
}

/// "U+202E RIGHT-TO-LEFT OVERRIDE", "U+001B (a control character)".
pub fn describe_hidden(c: char) -> String {
    describe_hidden_message(c).render()
}

/// [`describe_hidden`] as a message, rendered where it is shown (the character's Unicode name
/// stays as Unicode spells it).
pub fn describe_hidden_message(c: char) -> crate::lang::Message {
    let code = format!("{:04X}", c as u32);
    match hidden_name(c) {
        Some(name) => crate::msg!("problem-hidden-named", code = code, name = name),
        None => crate::msg!("problem-hidden-control", code = code),
    }
}

/// `text` with each hidden character written out as `\u{202e}` (and line breaks as `\n`), so that
/// it shows what it holds: for terminals, where an escape sequence or a line break in a name
/// could forge output, and for messages that quote such a name.
pub fn reveal_hidden(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c.is_control() {
            shown.extend(c.escape_default());
        } else if is_hidden(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_marks_and_joiners_are_not_hidden_characters() {
        for c in [
            '\u{200E}', '\u{200F}', '\u{061C}', '\u{200C}', '\u{200D}', 'ع', 'é',
        ] {
            assert!(!is_hidden(c), "{c:?}");
        }
    }

    #[test]
    fn overrides_and_controls_are_written_out() {
        assert_eq!(
            reveal_hidden("a\u{202E}b\u{1b}[2Jc\nd"),
            "a\\u{202e}b\\u{1b}[2Jc\\nd"
        );
        assert_eq!(reveal_hidden("وزارة الاتصالات"), "وزارة الاتصالات");
        assert_eq!(describe_hidden('\u{202E}'), "U+202E RIGHT-TO-LEFT OVERRIDE");
    }
}
