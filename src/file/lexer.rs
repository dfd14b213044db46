//! The words of RON as ron itself reads them: whitespace, comments, string and character
//! literals, identifiers. What reads a plan file's structure without parsing it (the format
//! version at its head, the places of records, the upgrade of older versions) steps over these
//! exactly as ron does, so that it never takes the inside of a comment or a string for structure,
//! nor structure for a comment. Every function takes time in proportion to what it steps over.
//!
//! The rules follow ron's parser (`ron::parse`): block comments nest (`/* a /* b */ c */` is one
//! comment); strings are plain (`"…"`, with backslash escapes), raw (`r"…"`, `r#"…"#`, with any
//! number of `#`), or bytes (`b"…"`, `br#"…"#`); `'x'` is a character; `r#name` is a raw
//! identifier, the field `name`.

use unicode_ident::{is_xid_continue, is_xid_start};

/// Whitespace as ron reads it (Unicode's Pattern_White_Space), which is narrower than Rust's
/// `trim`: a no-break space, say, is not whitespace to ron.
fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\x0B'
            | '\x0C'
            | '\u{85}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `text` after the whitespace and comments it begins with. A comment left open runs to the end.
pub(crate) fn skip_trivia(text: &str) -> &str {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(is_whitespace);
        if let Some(comment) = rest.strip_prefix("//") {
            rest = comment.find('\n').map_or("", |end| &comment[end..]);
        } else if let Some(comment) = rest.strip_prefix("/*") {
            rest = after_block_comment(comment);
        } else {
            return rest;
        }
    }
}

/// What follows the block comment whose `/*` came just before `rest`, counting the comments
/// nested in it.
fn after_block_comment(mut rest: &str) -> &str {
    let mut open = 1;
    while open > 0 {
        let Some(at) = rest.find(['/', '*']) else {
            return "";
        };
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("/*") {
            open += 1;
            rest = after;
        } else if let Some(after) = rest.strip_prefix("*/") {
            open -= 1;
            rest = after;
        } else {
            rest = &rest[1..];
        }
    }
    rest
}

/// The length in bytes of the string literal (plain or raw) `rest` begins with, to the end of
/// `rest` if it is never closed; `None` if `rest` does not begin with one.
pub(crate) fn string_length(rest: &str) -> Option<usize> {
    if let Some(body) = rest.strip_prefix('"') {
        return Some(1 + plain_body_length(body));
    }
    let after_r = rest.strip_prefix('r')?;
    let hashes = after_r.len() - after_r.trim_start_matches('#').len();
    let body = after_r[hashes..].strip_prefix('"')?;
    let closing = format!("\"{}", &after_r[..hashes]);
    let body_length = body
        .find(&closing)
        .map_or(body.len(), |end| end + closing.len());
    Some(1 + hashes + 1 + body_length)
}

/// The length of a plain string's body and closing quote, escapes stepped over.
fn plain_body_length(body: &str) -> usize {
    let mut at = 0;
    while let Some(found) = body[at..].find(['"', '\\']) {
        at += found;
        if body.as_bytes()[at] == b'"' {
            return at + 1;
        }
        // The backslash and the character it escapes (an escaped quote ends nothing).
        at += 1;
        at += body[at..].chars().next().map_or(0, char::len_utf8);
    }
    body.len()
}

/// The length in bytes of the literal `rest` begins with that could hide structure (a string,
/// a byte string, a character or byte); `None` if it begins with none.
pub(crate) fn literal_length(rest: &str) -> Option<usize> {
    if let Some(length) = string_length(rest) {
        return Some(length);
    }
    if let Some(bytes) = rest.strip_prefix('b')
        && (bytes.starts_with('"') || bytes.starts_with("r\"") || bytes.starts_with("r#"))
    {
        return string_length(bytes).map(|length| 1 + length);
    }
    let character = rest
        .strip_prefix('\'')
        .or_else(|| rest.strip_prefix("b'"))?;
    let prefix = rest.len() - character.len();
    // A character, or an escape (`\'`, `\u{627}`), then the closing quote.
    let length = match character.strip_prefix('\\') {
        Some(escaped) => escaped
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c == '\'')
            .map_or(character.len(), |(end, _)| 1 + end + 1),
        None => {
            let first = character.chars().next().map_or(0, char::len_utf8);
            first + usize::from(character[first..].starts_with('\''))
        }
    };
    Some(prefix + length)
}

/// The identifier `rest` begins with: its name (without the `r#` of a raw identifier) and its
/// length in bytes as written. `None` if `rest` begins with a literal or no identifier.
pub(crate) fn identifier(rest: &str) -> Option<(&str, usize)> {
    if let Some(raw) = rest.strip_prefix("r#") {
        let length = raw
            .find(|c: char| !(is_xid_continue(c) || matches!(c, '.' | '+' | '-')))
            .unwrap_or(raw.len());
        return (length > 0 && !raw.starts_with('#')).then(|| (&raw[..length], 2 + length));
    }
    if literal_length(rest).is_some() {
        return None;
    }
    let first = rest.chars().next()?;
    if !(first == '_' || is_xid_start(first)) {
        return None;
    }
    let length = rest
        .find(|c: char| !is_xid_continue(c))
        .unwrap_or(rest.len());
    Some((&rest[..length], length))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_comments_nest_as_in_ron() {
        assert_eq!(skip_trivia("/* a /* b */ c */ x"), "x");
        assert_eq!(skip_trivia("/* a /* b */ c"), "", "left open");
        assert_eq!(skip_trivia("/*/ closed here */ x"), "x", "as in ron");
        assert_eq!(skip_trivia("/**/ /* /**/ */ x"), "x");
        assert_eq!(skip_trivia("// line /* not a block\nx"), "x");
        assert_eq!(
            skip_trivia("\u{a0}x"),
            "\u{a0}x",
            "a no-break space is not whitespace"
        );
    }

    #[test]
    fn literals_are_stepped_over_whole() {
        fn length(text: &str) -> Option<&str> {
            literal_length(text).map(|length| &text[..length])
        }
        assert_eq!(length(r#""a \" b" x"#), Some(r#""a \" b""#));
        assert_eq!(length(r#""a \\" x"#), Some(r#""a \\""#));
        assert_eq!(
            length(r###"r##"a "# b"## x"###),
            Some(r###"r##"a "# b"##"###)
        );
        assert_eq!(length(r#"br"a" x"#), Some(r#"br"a""#));
        assert_eq!(length(r#"'"' x"#), Some(r#"'"'"#));
        assert_eq!(length(r"'\'' x"), Some(r"'\''"));
        assert_eq!(length(r"'\u{627}' x"), Some(r"'\u{627}'"));
        assert_eq!(length("\"open"), Some("\"open"));
        assert_eq!(length("r#email: x"), None);
    }

    #[test]
    fn identifiers_raw_or_not() {
        assert_eq!(identifier("r#email: x"), Some(("email", 7)));
        assert_eq!(identifier("email: x"), Some(("email", 5)));
        assert_eq!(identifier("bravo"), Some(("bravo", 5)));
        assert_eq!(identifier(r#"r"raw""#), None);
        assert_eq!(identifier(r#"b"bytes""#), None);
        assert_eq!(identifier("1x"), None);
    }
}
