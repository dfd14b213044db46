//! Language names as planners write them ("Arabic") and the language tags vCard's LANG wants
//! ("ar"), for the languages a delegation visit is likely to meet. A name not in the table is
//! written as it is, and a tag not in the table is read as it is.

const TABLE: &[(&str, &str)] = &[
    ("Arabic", "ar"),
    ("Kurdish", "ku"),
    ("Sorani Kurdish", "ckb"),
    ("Turkmen", "tk"),
    ("Syriac", "syr"),
    ("Persian", "fa"),
    ("Turkish", "tr"),
    ("English", "en"),
    ("Estonian", "et"),
    ("Russian", "ru"),
    ("Finnish", "fi"),
    ("Latvian", "lv"),
    ("Lithuanian", "lt"),
    ("Swedish", "sv"),
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Italian", "it"),
    ("Chinese", "zh"),
    ("Japanese", "ja"),
    ("Hebrew", "he"),
    ("Urdu", "ur"),
    ("Hindi", "hi"),
];

/// The language tag for a language name, or the name itself (trimmed) when it is not known.
pub fn tag_of(name: &str) -> String {
    let name = name.trim();
    TABLE
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(name))
        .map(|(_, tag)| (*tag).to_owned())
        .unwrap_or_else(|| name.to_owned())
}

/// The language name for a tag such as "ar" or "ar-IQ", or the tag itself when it is not known.
pub fn name_of(tag: &str) -> String {
    let tag = tag.trim();
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    TABLE
        .iter()
        .find(|(_, known)| known.eq_ignore_ascii_case(tag) || known.eq_ignore_ascii_case(primary))
        .map(|(name, _)| (*name).to_owned())
        .unwrap_or_else(|| tag.to_owned())
}

/// A language tag for text in its own script, guessed from the script: "ar" for Arabic script,
/// `None` where the script alone does not tell the language.
pub fn tag_of_script(text: &str) -> Option<&'static str> {
    let arabic = |c: char| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}');
    if text.chars().any(arabic) {
        Some("ar")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_tags_go_both_ways() {
        assert_eq!(tag_of("Arabic"), "ar");
        assert_eq!(tag_of(" estonian "), "et");
        assert_eq!(tag_of("Klingon"), "Klingon");
        assert_eq!(name_of("ar-IQ"), "Arabic");
        assert_eq!(name_of("ckb"), "Sorani Kurdish");
        assert_eq!(name_of("tlh"), "tlh");
    }

    #[test]
    fn arabic_script_is_recognised() {
        assert_eq!(tag_of_script("وزارة الاتصالات"), Some("ar"));
        assert_eq!(tag_of_script("Välisministeerium"), None);
    }
}
