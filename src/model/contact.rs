//! The shape of contact details. A planner is warned about a doubtful email address or phone
//! number, never stopped: the record keeps what was typed.

/// Why `email` does not look like an email address, or `None` when it does (or is empty).
pub fn email_warning(email: &str) -> Option<&'static str> {
    let email = email.trim();
    if email.is_empty() {
        return None;
    }
    if email.chars().any(char::is_whitespace) {
        return Some("An email address has no spaces.");
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Some("An email address has an @, as in name@ministry.gov.iq.");
    };
    if local.is_empty() || domain.contains('@') {
        return Some("An email address has one @ with a name before it.");
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|label| label.is_empty()) {
        return Some("The part after @ should be a domain such as ministry.gov.iq.");
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
        return Some("A phone number has only digits, spaces, dashes and brackets.");
    }
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    if !phone.starts_with('+') && !phone.starts_with("00") {
        return Some("Write the number with its country code, e.g. +964 770 123 4567.");
    }
    if !(7..=15).contains(&digits) {
        return Some("An international number has 7 to 15 digits.");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
