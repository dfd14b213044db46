//! The text encoding of an imported file. Address books write UTF-8 today, but Outlook's CSV
//! export is in the computer's legacy code page (Windows-1256 on an Arabic Windows), and its
//! "Unicode" export is UTF-16, and Excel saves CSV in the same code page (Windows-1257 on an
//! Estonian Windows). A byte-order mark is believed; then UTF-8 when the file is valid UTF-8;
//! otherwise the planner's choice, or a guess among Windows-1256, Windows-1257 and Windows-1252
//! ([`guess_legacy`]).

use crate::lang::{Arg, Message};
use crate::msg;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252, WINDOWS_1256, WINDOWS_1257};

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
    pub fn describe(&self, choose: impl Into<Arg>) -> Message {
        let name = self.encoding.name();
        let choose = choose.into();
        let how = match self.how {
            How::ByteOrderMark => msg!("import-read-as-by-mark", name = name),
            How::ValidUtf8 => msg!("import-read-as", name = name),
            How::Guessed => msg!(
                "import-read-as-guessed",
                name = name,
                choose = choose.clone()
            ),
            How::Chosen => msg!("import-read-as-chosen", name = name),
        };
        if self.had_errors {
            msg!(
                "import-read-with-errors",
                how = how,
                name = name,
                choose = choose
            )
        } else {
            how
        }
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

/// The code pages a file that is not UTF-8 is tried in, the one to prefer first where they read
/// equally well: Western, Baltic (Estonian, Latvian, Lithuanian) and Arabic Windows. Estonian
/// text without Š or Ž reads the same in the first two.
const LEGACY: [&Encoding; 3] = [WINDOWS_1252, WINDOWS_1257, WINDOWS_1256];

/// The code page of [`LEGACY`] in which `bytes` read most like words. The three give the same
/// ASCII and differ in the letters above it, so each decoding is scored word by word:
///
/// - a word of Arabic letters scores a point a letter: Arabic read in the wrong code page is
///   never Arabic;
/// - a word mixing Arabic and Latin letters loses two a letter: that is Estonian or French read
///   as Arabic ("Tõnis" in Windows-1256 has an Arabic vowel mark for its "õ");
/// - a word of two or more accented Latin letters and no plain one ("ÚáÌ") loses two a letter:
///   that is Arabic read as Latin, where a Latin word has plain letters between accented ones;
/// - otherwise each accented letter scores a point, except Ð ð Þ þ, which lose two: those are
///   Icelandic letters, and the bytes that are Š š Ž ž in Windows-1257 ("Ðiðkin" is "Šiškin");
/// - a byte the code page has no character for loses three.
///
/// So Arabic goes to Windows-1256, Estonian with Š or Ž to Windows-1257, and Western text (or
/// Estonian without them, which is the same in both) to Windows-1252.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut best = (LEGACY[0], i64::MIN);
    for encoding in LEGACY {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let score = plausibility(&text);
        if score > best.1 {
            best = (encoding, score);
        }
    }
    best.0
}

/// How much `text` reads like words, as [`guess_legacy`] explains.
fn plausibility(text: &str) -> i64 {
    let is_arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    let unknown = text
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER)
        .count() as i64;
    let mut score = -3 * unknown;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let (mut arabic, mut plain, mut accented, mut rare) = (0i64, 0i64, 0i64, 0i64);
        for c in word.chars() {
            match c {
                _ if c.is_ascii() => plain += 1,
                _ if is_arabic(c) => arabic += 1,
                'Ð' | 'ð' | 'Þ' | 'þ' => rare += 1,
                _ => accented += 1,
            }
        }
        let latin = accented + rare;
        score += match (arabic, latin) {
            (0, 0) => 0,
            (arabic, 0) if plain == 0 => arabic,
            (0, latin) if plain == 0 && latin > 1 => -2 * latin,
            (0, _) => accented - 2 * rare,
            (arabic, latin) => -2 * (arabic + latin + plain),
        };
    }
    score
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
    fn baltic_text_with_its_own_letters_is_read_as_windows_1257() {
        for text in [
            "Nimi;Asutus\r\nŽanna Šiškina;Riigi Infosüsteemi Amet",
            "Perekonnanimi;Eesnimi\r\nŠmidt;Õie\r\nÄär;Ülle",
            "Bērziņš;Jānis",
        ] {
            let (bytes, _, unmappable) = WINDOWS_1257.encode(text);
            assert!(!unmappable);
            let decoded = decode(&bytes, None);
            assert_eq!(decoded.encoding, WINDOWS_1257, "{text}");
            assert_eq!(decoded.text, text);
        }
        // Western text keeps its code page, French letters and all.
        let (french, _, _) = WINDOWS_1252.encode("François Müller;Ambassade de France");
        assert_eq!(decode(&french, None).encoding, WINDOWS_1252);
        // And Arabic its own, beside Estonian names in Latin letters.
        let (arabic, _, _) = WINDOWS_1256.encode("الاسم;Nimi\r\nعلي حسن;Kadri Tamm");
        assert_eq!(decode(&arabic, None).encoding, WINDOWS_1256);
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
