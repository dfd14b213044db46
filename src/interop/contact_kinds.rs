//! The kind of an address or number as address books write it: vCard's TYPE (`WORK`, `CELL`),
//! Outlook's column names (Business, Home, Mobile Phone) and Google's "Phone 1 - Type" cells
//! (`* Mobile`, where the star marks the primary one). Arabic address books write the kinds in
//! Arabic; those are understood too.

use crate::model::ContactKind;
use crate::model::search::fold;

/// The kind a label names, or `None` for a label that names no kind (vCard's `VOICE`,
/// `INTERNET`).
pub fn kind_from_label(label: &str) -> Option<ContactKind> {
    let folded = fold(label.trim().trim_start_matches('*'));
    Some(match folded.trim() {
        "work" | "business" | "office" | "عمل" | "العمل" | "مكتب" => ContactKind::Work,
        "home" | "personal" | "private" | "منزل" | "المنزل" | "بيت" => {
            ContactKind::Home
        }
        "mobile" | "cell" | "cellular" | "iphone" | "handy" | "جوال" | "موبايل" | "محمول" => {
            ContactKind::Mobile
        }
        "other" | "اخري" | "اخرى" => ContactKind::Other,
        _ => return None,
    })
}

/// Whether a kind names a fax number ("FAX", Google's "Work Fax", Outlook's "Business Fax",
/// "فاكس"): a fax is not a phone, and is listed as not imported.
pub fn is_fax_label(label: &str) -> bool {
    let folded = fold(label);
    folded
        .split(' ')
        .any(|word| word == "fax" || word == "فاكس")
}

/// Why a fax number is not imported.
pub const FAX_NOT_A_PHONE: &str = "import-fax-not-a-phone";

/// Whether a type cell marks its value as the primary one (Google's `* Work`).
pub fn marks_primary(label: &str) -> bool {
    label.trim_start().starts_with('*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_from_address_book_words_in_english_and_arabic() {
        assert_eq!(kind_from_label("CELL"), Some(ContactKind::Mobile));
        assert_eq!(kind_from_label("* Mobile"), Some(ContactKind::Mobile));
        assert_eq!(kind_from_label("Business"), Some(ContactKind::Work));
        assert_eq!(kind_from_label("جوال"), Some(ContactKind::Mobile));
        assert_eq!(kind_from_label("عمل"), Some(ContactKind::Work));
        assert_eq!(kind_from_label("VOICE"), None);
        assert!(marks_primary("* Work") && !marks_primary("Work"));
        assert!(is_fax_label("Work Fax") && is_fax_label("FAX") && is_fax_label("فاكس"));
        assert!(!is_fax_label("Fairfax office"));
    }
}
