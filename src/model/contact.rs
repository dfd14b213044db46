//! Contact details: a person's email addresses and phone numbers, each with its kind and at most
//! one preferred per list, and the shape they should have. A planner is warned about a doubtful
//! email address or phone number, never stopped: the record keeps what was typed.

use serde::{Deserialize, Deserializer, Serialize};

use super::choice_enum;

choice_enum! {
    /// What an address or number is for: the kinds vCard's TYPE and the address books' columns
    /// (Outlook's Business / Home / Mobile Phone, Google's "Phone 1 - Type") share.
    pub enum ContactKind {
        Work => "Work",
        Home => "Home",
        Mobile => "Mobile",
        #[default]
        Other => "Other",
    }
}

/// One email address or phone number of a person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactEntry {
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub value: String,
    #[serde(default)]
    pub kind: ContactKind,
    /// The one to use when only one is shown or dialled; at most one entry of a list is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub preferred: bool,
}

impl ContactEntry {
    pub fn new(value: impl Into<String>, kind: ContactKind) -> Self {
        Self {
            value: value.into(),
            kind,
            preferred: false,
        }
    }

    pub fn preferred(mut self) -> Self {
        self.preferred = true;
        self
    }
}

/// The entry to use when only one is shown: the preferred one, else the first.
pub fn preferred_entry(entries: &[ContactEntry]) -> Option<&ContactEntry> {
    entries
        .iter()
        .find(|entry| entry.preferred)
        .or_else(|| entries.first())
}

/// Makes the entry at `index` the preferred one of its list, and no other.
pub fn set_preferred(entries: &mut [ContactEntry], index: usize) {
    for (position, entry) in entries.iter_mut().enumerate() {
        entry.preferred = position == index;
    }
}

/// Whether two email addresses are the same, case aside (the domain is case-blind, and so in
/// practice is the rest).
pub fn same_email(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The digits of a phone number, with its leading `+`, in ASCII: "+964 ٧٧٠-412" and "+964770412"
/// are one number, and so are "00372 5624 9913" and "+372 5624 9913" (00 is how the `+` is
/// dialled from most countries).
pub fn phone_digits(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter_map(|c| match c {
            '+' => Some('+'),
            '0'..='9' => Some(c),
            // Arabic-Indic and Eastern Arabic-Indic (Persian, Urdu) digits.
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect();
    match digits.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => digits,
    }
}

/// Whether two phone numbers are the same number written with other spaces, dashes or digits.
pub fn same_phone(a: &str, b: &str) -> bool {
    phone_digits(a) == phone_digits(b)
}

/// For `#[serde(deserialize_with)]`: a list of entries of which at most one is preferred.
pub(crate) fn entries<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<ContactEntry>, D::Error> {
    let entries = Vec::<ContactEntry>::deserialize(deserializer)?;
    if entries.iter().filter(|entry| entry.preferred).count() > 1 {
        return Err(serde::de::Error::custom(
            "at most one entry of a list is preferred",
        ));
    }
    Ok(entries)
}

/// Why `email` does not look like an email address (in the current language), or `None` when it
/// does (or is empty).
pub fn email_warning(email: &str) -> Option<&'static str> {
    let email = email.trim();
    if email.is_empty() {
        return None;
    }
    if email.chars().any(char::is_whitespace) {
        return Some(crate::t!("person-contact-warning-email-spaces"));
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Some(crate::t!("person-contact-warning-email-at"));
    };
    if local.is_empty() || domain.contains('@') {
        return Some(crate::t!("person-contact-warning-email-one-at"));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|label| label.is_empty()) {
        return Some(crate::t!("person-contact-warning-email-domain"));
    }
    None
}

/// Why `phone` does not look like an international phone number, or `None` when it does (or is
/// empty). For a visit between two countries every number is written with its country code.
pub fn phone_warning(phone: &str) -> Option<&'static str> {
    let phone = phone.trim();
    if phone.is_empty() {
        return None;
    }
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.' | '/');
    let rest = phone.strip_prefix('+').unwrap_or(phone);
    if !rest.chars().all(allowed) {
        return Some(crate::t!("person-contact-warning-phone-characters"));
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    if !phone.starts_with('+') && !phone.starts_with("00") {
        return Some(crate::t!("person-contact-warning-phone-country-code"));
    }
    if !(7..=15).contains(&digits) {
        return Some(crate::t!("person-contact-warning-phone-digits"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preferred_entry_is_used_else_the_first() {
        let mut phones = vec![
            ContactEntry::new("+372 5301 4478", ContactKind::Mobile),
            ContactEntry::new("+372 640 0000", ContactKind::Work),
        ];
        assert_eq!(preferred_entry(&phones).unwrap().value, "+372 5301 4478");
        set_preferred(&mut phones, 1);
        assert_eq!(preferred_entry(&phones).unwrap().value, "+372 640 0000");
        set_preferred(&mut phones, 0);
        assert!(
            phones[0].preferred && !phones[1].preferred,
            "one preferred only"
        );
        assert_eq!(preferred_entry(&[]), None);
    }

    #[test]
    fn numbers_compare_by_digits_in_either_script_and_addresses_case_aside() {
        assert!(same_phone("+964 ٧٧٠ ٤١٢ ٣٣٨٦", "+964-770-412-3386"));
        assert!(same_phone("+98 ۹۱۲ ۰۰۰", "+98912000"));
        assert!(!same_phone("+964 770 412 3386", "+964 770 412 3387"));
        assert!(same_phone("00372 5624 9913", "+372 5624-9913"));
        assert!(!same_phone("0372 5624 9913", "+372 5624 9913"));
        assert!(same_email(" Tonis.Saar@RIA.ee", "tonis.saar@ria.ee"));
        assert!(!same_email("tonis@ria.ee", "saar@ria.ee"));
    }

    #[test]
    fn good_addresses_and_numbers_raise_no_warning() {
        for email in ["", "delegation.head@moc.gov.iq", "protocol@vm.ee"] {
            assert_eq!(email_warning(email), None, "{email}");
        }
        for phone in [
            "",
            "+964 770 412 3386",
            "+372 5301-4478",
            "00358 40 718 2264",
        ] {
            assert_eq!(phone_warning(phone), None, "{phone}");
        }
    }

    #[test]
    fn doubtful_shapes_are_named() {
        for email in [
            "moc.gov.iq",
            "a@b",
            "@moc.gov.iq",
            "a b@moc.gov.iq",
            "a@@b.iq",
            "a@b..iq",
        ] {
            assert!(email_warning(email).is_some(), "{email}");
        }
        for phone in ["0770 412 3386", "+964 ext. 12", "+12", "call the embassy"] {
            assert!(phone_warning(phone).is_some(), "{phone}");
        }
    }
}
