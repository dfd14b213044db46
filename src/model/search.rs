//! Text folding for search: what a planner types should find a record however it is spelt.
//!
//! [`fold`] lower-cases, strips Latin diacritics ("Tõnis" → "tonis"), turns dashes into spaces
//! ("Al-Sudani" → "al sudani") and, for Arabic, drops the vowel marks (harakat) and the tatweel and
//! unifies the letters that are spelt either way (أ إ آ ٱ → ا, ى → ي, ة → ه), so a search typed
//! without vowel marks finds a name written with them. Fold both the text searched and the query,
//! then compare with [`matches`].

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` in the form that search compares: see the module documentation.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Whether the last character pushed was a space (or nothing was pushed yet), so that runs of
    // white space and dashes collapse into one space and leading ones vanish.
    let mut after_space = true;
    for c in text.chars().flat_map(char::to_lowercase).nfkd() {
        if is_combining_mark(c) || c == '\u{0640}' {
            // Accents, Arabic harakat and the superscript alef; tatweel (the kashida).
            continue;
        }
        if c.is_whitespace() || is_dash(c) {
            if !after_space {
                out.push(' ');
                after_space = true;
            }
            continue;
        }
        after_space = false;
        match c {
            // Latin letters that carry their mark in the letter itself, so NFKD leaves them.
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ħ' => out.push('h'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            // Arabic letters written either way (after NFKD has split off any hamza or madda).
            'ٱ' => out.push('ا'),
            'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            other => out.push(other),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '_' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// Whether every word of `folded_query` occurs in `folded_text` (both already [`fold`]ed), in any
/// order: "sudani minister" finds "Minister … Al-Sudani". An empty query matches everything.
pub fn matches(folded_text: &str, folded_query: &str) -> bool {
    folded_query
        .split(' ')
        .filter(|word| !word.is_empty())
        .all(|word| folded_text.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_and_strips_latin_diacritics() {
        assert_eq!(fold("Tõnis"), "tonis");
        assert_eq!(fold("JÜRI Ševčenko"), "juri sevcenko");
        assert_eq!(fold("Ærøskøbing Łódź"), "aeroskobing lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn dashes_and_white_space_become_one_space() {
        assert_eq!(fold("  Al-Sudani\t–  Office "), "al sudani office");
        assert!(matches(&fold("Mohammed Shia' Al-Sudani"), &fold("sudani")));
        assert!(matches(
            &fold("Mohammed Shia' Al-Sudani"),
            &fold("al-sudani")
        ));
        assert!(matches(
            &fold("Mohammed Shia' Al-Sudani"),
            &fold("AL SUDANI")
        ));
    }

    #[test]
    fn arabic_is_kept_without_vowel_marks_or_tatweel() {
        // "Muḥammad" with a shadda and fatḥas, and a tatweel.
        let voweled = "مُحَمَّـد";
        assert_eq!(fold(voweled), "محمد");
        assert!(matches(&fold("رئيس الوفد، وزارة الاتصالات"), &fold("وزارة")));
        assert!(matches(&fold("مُحَمَّد شياع السوداني"), &fold("محمد السوداني")));
    }

    #[test]
    fn arabic_letters_spelt_either_way_match() {
        assert_eq!(fold("أحمد"), fold("احمد"));
        assert_eq!(fold("إبراهيم"), fold("ابراهيم"));
        assert_eq!(fold("آمنة"), fold("امنه"));
        assert_eq!(fold("مصطفى"), fold("مصطفي"));
        // Presentation forms (as pasted from some PDFs) fold to the ordinary letters.
        assert_eq!(fold("\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}"), "محمد");
    }

    #[test]
    fn every_query_word_must_occur_in_any_order() {
        let text = fold("Minister Tõnis Saar, Ministry of Economic Affairs");
        assert!(matches(&text, &fold("saar tonis")));
        assert!(matches(&text, &fold("")));
        assert!(matches(&text, &fold("   ")));
        assert!(!matches(&text, &fold("saar kask")));
    }
}
