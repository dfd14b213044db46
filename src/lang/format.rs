//! Dates, times, numbers and lists in the current language, with CLDR's data through ICU4X.
//!
//! The shapes of dates (which parts, in which order, with which punctuation) are the
//! translations' to decide: each [`DateFormat`] is a message in `format.ftl` holding a CLDR
//! pattern (`EEE d MMM`), so that English keeps "Mon 22 Mar" and Estonian writes "E 22. märts".
//! The names of days and months, and the digits, are CLDR's for the language. Time zones and
//! instants stay jiff's; this module only writes wall times.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use icu_calendar::Gregorian;
use icu_datetime::input::{Date as IcuDate, DateTime as IcuDateTime, Time as IcuTime};
use icu_datetime::pattern::{DateTimePattern, FixedCalendarDateTimeNames};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use jiff::civil::{Date, DateTime, Time};
use writeable::{TryWriteable, Writeable};

use super::{Digits, Language, bundles, current, digits};

/// The ways Attaché writes a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateFormat {
    /// "Mon 22 Mar": a day of the visit.
    WeekdayDayMonth,
    /// "Mon 22 Mar 2027".
    WeekdayDayMonthYear,
    /// "Monday 22 March": a day's heading.
    FullWeekdayDayMonth,
    /// "Monday 22 March 2027": a document's date.
    FullWeekdayDayMonthYear,
    /// "22 Mar".
    DayMonth,
    /// "22 Mar 2027".
    DayMonthYear,
    /// "March 2027": a calendar's month.
    MonthYear,
    /// "Mo": a weekday above a calendar's column.
    ShortWeekday,
    /// "2027-03-22": a day written in figures ("22.03.2027" in Estonian).
    Numeric,
}

impl DateFormat {
    /// The message holding the format's pattern.
    fn message_id(self) -> &'static str {
        match self {
            DateFormat::WeekdayDayMonth => "format-weekday-day-month",
            DateFormat::WeekdayDayMonthYear => "format-weekday-day-month-year",
            DateFormat::FullWeekdayDayMonth => "format-full-weekday-day-month",
            DateFormat::FullWeekdayDayMonthYear => "format-full-weekday-day-month-year",
            DateFormat::DayMonth => "format-day-month",
            DateFormat::DayMonthYear => "format-day-month-year",
            DateFormat::MonthYear => "format-month-year",
            DateFormat::ShortWeekday => "format-short-weekday",
            DateFormat::Numeric => "format-numeric",
        }
    }
}

/// The pattern of the time of day.
const TIME_PATTERN: &str = "format-time";

/// A day in the current language.
pub fn date(date: Date, format: DateFormat) -> String {
    marked(write(format.message_id(), date, Time::midnight()))
}

/// A time of day in the current language ("10:00").
pub fn time(time: Time) -> String {
    marked(write(TIME_PATTERN, Date::constant(2000, 1, 1), time))
}

/// In the pseudo-language, what this module wrote between the pseudo-language's marks: a test
/// looking for text that did not come through the message layer finds dates and lists did.
fn marked(text: String) -> String {
    match current() {
        language if language.is_pseudo() => super::pseudo::mark(&text),
        _ => text,
    }
}

/// A day and its time ("Mon 22 Mar 10:00").
pub fn date_time(at: DateTime, format: DateFormat) -> String {
    super::text_with(
        "format-date-time",
        &[
            ("date", super::Arg::Text(date(at.date(), format))),
            ("time", super::Arg::Text(time(at.time()))),
        ],
    )
}

/// A whole number with the language's digits and grouping ("10,000"; "10 000" in Estonian).
pub fn number(number: i64) -> String {
    thread_local! {
        static FORMATTERS: RefCell<HashMap<(Language, Digits), Rc<DecimalFormatter>>> = RefCell::default();
    }
    let (language, digits) = (current(), digits());
    let formatter = FORMATTERS.with(|formatters| {
        formatters
            .borrow_mut()
            .entry((language, digits))
            .or_insert_with(|| {
                Rc::new(
                    DecimalFormatter::try_new(locale(language, digits).into(), Default::default())
                        .expect("CLDR's compiled data has decimal symbols for every language"),
                )
            })
            .clone()
    });
    formatter
        .format(&Decimal::from(number))
        .write_to_string()
        .into_owned()
}

/// `text`'s Western digits written as the current language writes numbers ("24:00" is "٢٤:٠٠"
/// in Arabic): for a figure that no CLDR pattern writes, such as the end of a day.
pub fn with_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(digit) => number(i64::from(digit)),
            None => c.to_string(),
        })
        .collect()
}

/// Items joined as the language lists them ("Ali, Mari and Jaan"; "Ali, Mari ja Jaan").
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, Joining::And)
}

/// Items offered as alternatives ("A, B or C"; "A, B või C").
pub fn either<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, Joining::Or)
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Joining {
    And,
    Or,
}

fn joined<S: AsRef<str>>(items: &[S], joining: Joining) -> String {
    thread_local! {
        static FORMATTERS: RefCell<HashMap<(Language, Joining), Rc<ListFormatter>>> = RefCell::default();
    }
    let language = current();
    let formatter = FORMATTERS.with(|formatters| {
        formatters
            .borrow_mut()
            .entry((language, joining))
            .or_insert_with(|| {
                let options = ListFormatterOptions::default().with_length(ListLength::Wide);
                let prefs = locale(language, Digits::OfLanguage).into();
                let formatter = match joining {
                    Joining::And => ListFormatter::try_new_and(prefs, options),
                    Joining::Or => ListFormatter::try_new_or(prefs, options),
                };
                Rc::new(
                    formatter.expect("CLDR's compiled data has list patterns for every language"),
                )
            })
            .clone()
    });
    marked(
        formatter
            .format(items.iter().map(AsRef::as_ref))
            .write_to_string()
            .into_owned(),
    )
}

/// The CLDR locale whose names and digits a language uses.
fn locale(language: Language, digits: Digits) -> Locale {
    let name = match (language, digits) {
        // British usage: the day before the month, a 24-hour clock.
        (Language::English | Language::Pseudo | Language::PseudoRightToLeft, _) => "en-GB",
        (Language::Estonian, _) => "et",
        // Iraq's: its month names (كانون الثاني …) and Arabic-Indic digits, unless the
        // planner prefers Western ones.
        (Language::Arabic, Digits::OfLanguage) => "ar-IQ",
        (Language::Arabic, Digits::Western) => "ar-IQ-u-nu-latn",
    };
    name.parse()
        .expect("every language's locale is a valid locale")
}

/// The day a week starts on in the current language's country (Monday in Britain and Estonia,
/// Saturday in Iraq), from CLDR: where a calendar's first column is.
pub fn first_weekday() -> jiff::civil::Weekday {
    use icu_calendar::types::Weekday as IcuWeekday;
    use icu_calendar::week::WeekInformation;
    use jiff::civil::Weekday;
    let first = WeekInformation::try_new(locale(current(), Digits::OfLanguage).into())
        .map(|week| week.first_weekday)
        .unwrap_or(IcuWeekday::Monday);
    match first {
        IcuWeekday::Monday => Weekday::Monday,
        IcuWeekday::Tuesday => Weekday::Tuesday,
        IcuWeekday::Wednesday => Weekday::Wednesday,
        IcuWeekday::Thursday => Weekday::Thursday,
        IcuWeekday::Friday => Weekday::Friday,
        IcuWeekday::Saturday => Weekday::Saturday,
        IcuWeekday::Sunday => Weekday::Sunday,
    }
}

/// A pattern prepared once; `None` when the translation's pattern is not one ICU4X reads.
type PreparedOnce = Rc<Option<Prepared>>;

/// A pattern with the names it needs loaded, kept per language and pattern.
struct Prepared {
    names: FixedCalendarDateTimeNames<Gregorian>,
    pattern: DateTimePattern,
}

fn write(pattern_id: &'static str, date: Date, time: Time) -> String {
    thread_local! {
        static PREPARED: RefCell<HashMap<(Language, Digits, &'static str), PreparedOnce>> = RefCell::default();
    }
    let (language, digits) = (current(), digits());
    let prepared = PREPARED.with(|prepared| {
        prepared
            .borrow_mut()
            .entry((language, digits, pattern_id))
            .or_insert_with(|| Rc::new(prepare(language, digits, pattern_id)))
            .clone()
    });
    let at = IcuDateTime {
        date: IcuDate::try_new_gregorian(date.year().into(), date.month() as u8, date.day() as u8)
            .expect("a jiff date is a valid Gregorian date"),
        time: IcuTime::try_new(
            time.hour() as u8,
            time.minute() as u8,
            time.second() as u8,
            0,
        )
        .expect("a jiff time is a valid time of day"),
    };
    match prepared.as_ref() {
        Some(Prepared { names, pattern }) => match names
            .with_pattern_unchecked(pattern)
            .format(&at)
            .try_write_to_string()
        {
            Ok(text) => text.into_owned(),
            // A name the data lacks is written as ICU4X's fallback, which the partial text holds.
            Err((_, partial)) => partial.into_owned(),
        },
        // A translation's pattern that ICU4X refuses: the ISO form, never nothing.
        None => format!("{date} {time}"),
    }
}

fn prepare(language: Language, digits: Digits, pattern_id: &'static str) -> Option<Prepared> {
    let pattern: DateTimePattern = bundles::pattern(language, pattern_id).parse().ok()?;
    let mut names =
        FixedCalendarDateTimeNames::<Gregorian>::try_new(locale(language, digits).into()).ok()?;
    names.include_for_pattern(&pattern).ok()?;
    Some(Prepared { names, pattern })
}
