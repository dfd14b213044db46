//! The pseudo-language: English with accents, a third longer, each message between ⟦ and ⟧ (as
//! Android's and Chromium's pseudo-locales do), so that text on screen that is not a message
//! stands out, and so does a layout that a longer translation would break.

use std::borrow::Cow;

/// The marks around every message's text.
pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// A message's own words (never the values put into it) accented and lengthened by a third.
pub(super) fn transform(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    let mut out: String = text.chars().map(accented).collect();
    out.extend(std::iter::repeat_n('·', letters.div_ceil(3)));
    Cow::Owned(out)
}

/// The whole message between the marks.
pub fn mark(text: &str) -> String {
    format!("{OPEN}{text}{CLOSE}")
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'c' => 'ç',
        'e' => 'é',
        'i' => 'î',
        'n' => 'ñ',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'A' => 'Å',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Î',
        'N' => 'Ñ',
        'O' => 'Ö',
        'U' => 'Ü',
        other => other,
    }
}
