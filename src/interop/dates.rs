//! Dates as spreadsheets and address books write them: 2027-02-26, 2027/02/26, 26.02.2027 and
//! 26/02/2027 or 02/26/2027, the order of the last chosen by the planner where the numbers alone
//! do not tell.

use jiff::civil::Date;

/// Which comes first in a date like 03/04/2027.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// 03/04/2027 is 3 April (most of the world).
    #[default]
    DayMonth,
    /// 03/04/2027 is 4 March (the United States).
    MonthDay,
}

impl DateOrder {
    pub const ALL: [DateOrder; 2] = [Self::DayMonth, Self::MonthDay];

    /// The order as a planner picks it, in the language spoken.
    pub fn label(self) -> &'static str {
        match self {
            Self::DayMonth => crate::t!("doc-date-order-day-first"),
            Self::MonthDay => crate::t!("doc-date-order-month-first"),
        }
    }
}

/// The forms [`parse_date`] reads, for messages.
pub const DATE_FORMS: [&str; 4] = ["2027-02-26", "2027/02/26", "26.02.2027", "26/02/2027"];

/// Reads a date in one of the common forms; `None` for anything else. Year first is always
/// year, month, day; with the year last, a dot means day first (as everywhere dots are used),
/// and a slash follows `order` unless a number over 12 shows which is the day. Arabic-Indic digits
/// (٢٥/٠٣/٢٠٢٧, as typed on an Arabic keyboard) read as Western ones, and the marks that keep an
/// Arabic date's direction are passed over.
pub fn parse_date(text: &str, order: DateOrder) -> Option<Date> {
    let text = western_digits(text);
    let text = text.trim();
    let separator = text.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |part: &str| -> Option<i16> {
        (!part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (a_text, c_text) = (*a, *c);
    let (a, b, c) = (number(a)?, number(b)?, number(c)?);
    let (year, month, day) = if a_text.len() == 4 {
        (a, b, c)
    } else if c_text.len() == 4 && separator != '-' {
        let day_first = match (a > 12, b > 12) {
            (true, false) => true,
            (false, true) => false,
            _ => separator == '.' || order == DateOrder::DayMonth,
        };
        if day_first { (c, b, a) } else { (c, a, b) }
    } else {
        return None;
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// `text` with its Arabic-Indic and Persian digits written as 0–9 and without the invisible
/// direction marks (left-to-right, right-to-left and Arabic letter marks).
fn western_digits(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}'))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_common_forms_are_read() {
        let day = date(2027, 2, 26);
        for text in [
            "2027-02-26",
            "2027/02/26",
            "26.02.2027",
            "26/02/2027",
            "2027/2/26",
        ] {
            assert_eq!(parse_date(text, DateOrder::DayMonth), Some(day), "{text}");
        }
        // 26 cannot be a month, whatever the order chosen.
        assert_eq!(parse_date("26/02/2027", DateOrder::MonthDay), Some(day));
        assert_eq!(parse_date("02/26/2027", DateOrder::DayMonth), Some(day));
    }

    #[test]
    fn the_chosen_order_settles_an_ambiguous_date() {
        assert_eq!(
            parse_date("03/04/2027", DateOrder::DayMonth),
            Some(date(2027, 4, 3))
        );
        assert_eq!(
            parse_date("03/04/2027", DateOrder::MonthDay),
            Some(date(2027, 3, 4))
        );
        // Dots are day first everywhere they are written.
        assert_eq!(
            parse_date("03.04.2027", DateOrder::MonthDay),
            Some(date(2027, 4, 3))
        );
    }

    #[test]
    fn arabic_indic_digits_read_as_western_ones() {
        let day = date(2027, 3, 25);
        assert_eq!(parse_date("٢٥/٠٣/٢٠٢٧", DateOrder::DayMonth), Some(day));
        assert_eq!(parse_date("۲۰۲۷-۰۳-۲۵", DateOrder::DayMonth), Some(day));
        // As copied from an Arabic page, with right-to-left marks around the slashes.
        assert_eq!(
            parse_date("\u{200F}٢٥\u{200F}/٠٣\u{200F}/٢٠٢٧", DateOrder::DayMonth),
            Some(day)
        );
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for text in [
            "",
            "soon",
            "2027-02-30",
            "31/31/2027",
            "26-02-2027x",
            "1/2/3",
            "2027-02",
        ] {
            assert_eq!(parse_date(text, DateOrder::DayMonth), None, "{text}");
        }
    }
}
