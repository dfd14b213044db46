//! A message kept as data: its id and the values that go into it, rendered in a language only
//! where it is shown.

use std::fmt;

use jiff::civil::{Date, DateTime, Time};

use super::format::{self, DateFormat};

/// A value that goes into a message.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text shown as it is: a name, a title, a file's path.
    Text(String),
    /// A count or a number; a message may choose its words by it (one, few, many …).
    Number(i64),
    /// A day, written in the language's way ("Mon 22 Mar").
    Date(Date),
    /// A time of day ("10:00").
    Time(Time),
    /// A day and a time ("Mon 22 Mar 10:00").
    DateTime(DateTime),
    /// A day written in another of the language's ways ("2027-03-22" as a [`DateFormat::Numeric`]).
    DateAs(Date, DateFormat),
    /// Items joined as the language lists them ("A, B and C"), each rendered in the same language.
    List(Vec<Arg>),
    /// Items offered as alternatives ("A, B or C").
    Either(Vec<Arg>),
    /// Another message, rendered in the same language: a choice's display text, a kind of
    /// record.
    Message(Box<Message>),
    /// Items written one after another with the separator that the message `separator` holds
    /// ("; " between the parts of a change), not as a list of alternatives or an enumeration.
    Joined(Vec<Arg>, &'static str),
}

impl Arg {
    /// The message whose id is `id` (a choice's display text, for instance), as a value.
    pub fn message(id: &'static str) -> Arg {
        Arg::Message(Box::new(Message::new(id)))
    }

    /// The value as Fluent takes it, in the current language.
    pub(super) fn to_fluent(&self) -> fluent_bundle::FluentValue<'_> {
        use fluent_bundle::FluentValue;
        match self {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Date(date) => FluentValue::from(format::date(*date, DateFormat::WeekdayDayMonth)),
            Arg::Time(time) => FluentValue::from(format::time(*time)),
            Arg::DateTime(at) => {
                FluentValue::from(format::date_time(*at, DateFormat::WeekdayDayMonth))
            }
            Arg::DateAs(date, shape) => FluentValue::from(format::date(*date, *shape)),
            Arg::List(items) => FluentValue::from(format::list(
                &items.iter().map(Arg::to_text).collect::<Vec<_>>(),
            )),
            Arg::Either(items) => FluentValue::from(format::either(
                &items.iter().map(Arg::to_text).collect::<Vec<_>>(),
            )),
            Arg::Message(message) => FluentValue::from(message.render()),
            Arg::Joined(items, separator) => FluentValue::from(
                items
                    .iter()
                    .map(Arg::to_text)
                    .collect::<Vec<_>>()
                    .join(super::text(separator)),
            ),
        }
    }

    /// The value as text in the current language (a number with its digits and grouping).
    fn to_text(&self) -> String {
        match self {
            Arg::Number(number) => format::number(*number),
            other => match other.to_fluent() {
                fluent_bundle::FluentValue::String(text) => text.into_owned(),
                _ => String::new(),
            },
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

macro_rules! number_args {
    ($($number:ty),+) => {
        $(impl From<$number> for Arg {
            fn from(number: $number) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        })+
    };
}
number_args!(usize, u64, u32, u16, u8, i64, i32, isize);

impl From<Date> for Arg {
    fn from(date: Date) -> Self {
        Arg::Date(date)
    }
}

impl From<Time> for Arg {
    fn from(time: Time) -> Self {
        Arg::Time(time)
    }
}

impl From<DateTime> for Arg {
    fn from(at: DateTime) -> Self {
        Arg::DateTime(at)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

/// A message and its values, rendered in the language spoken where it is shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more value, named as the message names it.
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message's text in the current language.
    pub fn render(&self) -> String {
        let args = self.args.iter().map(|(name, value)| (*name, value));
        super::bundles::format(super::current(), self.id, args)
    }

    /// The value named `name`, if the message has one.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(given, _)| *given == name)
            .map(|(_, value)| value)
    }
}

/// The message in the current language (English on the command line).
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}
