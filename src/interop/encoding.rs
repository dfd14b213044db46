//! The text encoding of an imported file. Address books write UTF-8 today, but Outlook's CSV
//! export is in the computer's legacy code page (Windows-1256 on an Arabic Windows), and its
//! "Unicode" export is UTF-16. A byte-order mark is believed; then UTF-8 when the file is valid
//! UTF-8; otherwise the planner's choice, or a guess between Windows-1256 and Windows-1252.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252, WINDOWS_1256};

/// A file's text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub how: How,
    /// Whether some bytes were not text in that encoding (each became U+FFFD).
    pub had_errors: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// The file starts with a byte-order mark.
    ByteOrderMark,
    /// The file is valid UTF-8.
    ValidUtf8,
    /// Not UTF-8; chosen from how its bytes fall.
    Guessed,
    /// The planner's choice.
    Chosen,
}

impl Decoded {
    /// "read as windows-1256 (not UTF-8; guessed from its letters, choose another with
    /// --encoding)". `choose` says how another is chosen.
    pub fn describe(&self, choose: &str) -> String {
        let name = self.encoding.name();
        let mut text = match self.how {
            How::ByteOrderMark => format!("read as {name} (its byte-order mark says so)"),
            How::ValidUtf8 => format!("read as {name}"),
            How::Guessed => {
                format!("read as {name} (it is not UTF-8; the encoding was guessed, {choose})")
            }
            How::Chosen => format!("read as {name}, as chosen"),
        };
        if self.had_errors {
            text.push_str(&format!(
                "; some bytes are not {name} text and show as �, {choose}"
            ));
        }
        text
    }
}

/// The encoding named `label` ("windows-1256", "cp1256", "utf-8", "utf-16le", "latin1" …), as
/// the WHATWG Encoding Standard names them.
pub fn encoding_named(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes `bytes`: in `chosen` when given, else as the module documentation says.
pub fn decode(bytes: &[u8], chosen: Option<&'static Encoding>) -> Decoded {
    let (encoding, how, body) = if let Some(encoding) = chosen {
        // A byte-order mark of the chosen encoding is not part of the text.
        let body = match Encoding::for_bom(bytes) {
            Some((bom_encoding, length)) if bom_encoding == encoding => &bytes[length..],
            _ => bytes,
        };
        (encoding, How::Chosen, body)
    } else if let Some((encoding, length)) = Encoding::for_bom(bytes) {
        (encoding, How::ByteOrderMark, &bytes[length..])
    } else if std::str::from_utf8(bytes).is_ok() {
        (UTF_8, How::ValidUtf8, bytes)
    } else {
        (guess_legacy(bytes), How::Guessed, bytes)
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    Decoded {
        text: text.into_owned(),
        encoding,
        how,
        had_errors,
    }
}

/// Windows-1256 or Windows-1252 for a file that is not UTF-8. Arabic words are runs of bytes
/// above 0xC0 in Windows-1256; in Windows-1252 those bytes are accented Latin letters, which
/// stand one at a time between plain ones ("Tõnis", "Müller").
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let high = |byte: u8| byte >= 0xC0;
    let (mut letters, mut in_runs) = (0usize, 0usize);
    for (position, &byte) in bytes.iter().enumerate() {
        if !high(byte) {
            continue;
        }
        letters += 1;
        let before = position > 0 && high(bytes[position - 1]);
        let after = bytes.get(position + 1).is_some_and(|&next| high(next));
        if before || after {
            in_runs += 1;
        }
    }
    if letters > 0 && in_runs * 2 > letters {
        WINDOWS_1256
    } else {
        WINDOWS_1252
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_in_windows_1256_and_estonian_in_windows_1252_are_told_apart() {
        let (arabic, _, _) = WINDOWS_1256.encode("علي العامري,وزارة الزراعة");
        let decoded = decode(&arabic, None);
        assert_eq!(decoded.encoding, WINDOWS_1256);
        assert_eq!(decoded.how, How::Guessed);
        assert_eq!(decoded.text, "علي العامري,وزارة الزراعة");

        let (estonian, _, _) = WINDOWS_1252.encode("Tõnis Saar,Välisministeerium");
        let decoded = decode(&estonian, None);
        assert_eq!(decoded.encoding, WINDOWS_1252);
        assert_eq!(decoded.text, "Tõnis Saar,Välisministeerium");
    }

    #[test]
    fn a_byte_order_mark_and_valid_utf8_are_believed_and_a_choice_wins() {
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "Name\tعلي".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        let decoded = decode(&utf16, None);
        assert_eq!(decoded.how, How::ByteOrderMark);
        assert_eq!(decoded.text, "Name\tعلي");

        let decoded = decode("Tõnis".as_bytes(), None);
        assert_eq!((decoded.encoding, decoded.how), (UTF_8, How::ValidUtf8));

        let decoded = decode("Tõnis".as_bytes(), encoding_named("latin1"));
        assert_eq!(decoded.how, How::Chosen);
        assert_eq!(decoded.text, "TÃµnis");
    }
}
