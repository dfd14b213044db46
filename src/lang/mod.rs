//! The message layer: every sentence a planner reads, in the planner's language.
//!
//! Text is never written in code as English sentences: code names a Fluent message by its id
//! (`assets/i18n/<language>/*.ftl`) and gives the values that go into it, and this layer turns
//! the two into text in the language chosen. What is decided outside the window (a problem, an
//! import line, an undo step's name) is kept as a [`Message`], data until the edge, and rendered
//! where it is shown: in the window's language there, in English on the command line.
//!
//! The language is the current thread's: the window sets it at the start of each frame from its
//! settings, a document written in another language is written inside [`in_language`], and every
//! other thread (the command line's among them) speaks English. Being per thread, tests that run
//! side by side in one process each keep their own.
//!
//! This layer uses nothing of ours, so every other layer may use it.

mod bundles;
pub mod format;
mod message;
pub mod pseudo;
#[cfg(test)]
mod tests;

use std::cell::Cell;

use serde::{Deserialize, Serialize};

pub use message::{Arg, Message};

/// A language Attaché speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Estonian,
    /// Arabic as written in Iraq: CLDR's `ar-IQ` (its month names, its week from Saturday), read
    /// from right to left.
    Arabic,
    /// English with every message marked and lengthened by a third, so that a test (or a
    /// translator's eye) sees at once which text on screen is not a message, and where a longer
    /// translation breaks a layout. Never offered to planners.
    Pseudo,
    /// The pseudo-language read from right to left (Android's `ar-XB`): marked English in a
    /// mirrored window, so that a test sees which view ignores the direction. Never offered to
    /// planners.
    PseudoRightToLeft,
}

impl Language {
    /// The languages a planner can choose, in the order View → Language lists them.
    pub const CHOOSABLE: [Language; 3] = [Language::English, Language::Estonian, Language::Arabic];

    /// The language's code, as `--lang` takes it.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Estonian => "et",
            Language::Arabic => "ar",
            Language::Pseudo => "en-XA",
            Language::PseudoRightToLeft => "ar-XB",
        }
    }

    /// The language by its code (`en`, `et`, `et-EE`, `en_GB.UTF-8` …): the operating system's
    /// locale names or `--lang`'s; `None` for a language Attaché does not speak.
    pub fn from_code(code: &str) -> Option<Language> {
        for pseudo in [Language::Pseudo, Language::PseudoRightToLeft] {
            if code.eq_ignore_ascii_case(pseudo.code()) {
                return Some(pseudo);
            }
        }
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "et" => Some(Language::Estonian),
            "ar" => Some(Language::Arabic),
            _ => None,
        }
    }

    /// Its own name for itself, as a language menu shows it (never translated).
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Estonian => "Eesti",
            Language::Arabic => "العربية",
            Language::Pseudo => "Pseudo",
            Language::PseudoRightToLeft => "Pseudo RTL",
        }
    }

    /// The direction its text, and so the whole window and its documents, reads in.
    pub fn direction(self) -> Direction {
        match self {
            Language::Arabic | Language::PseudoRightToLeft => Direction::RightToLeft,
            Language::English | Language::Estonian | Language::Pseudo => Direction::LeftToRight,
        }
    }

    /// Whether it is one of the pseudo-languages: English, marked.
    pub fn is_pseudo(self) -> bool {
        matches!(self, Language::Pseudo | Language::PseudoRightToLeft)
    }

    /// The language the operating system's user interface is in, if Attaché speaks it; English
    /// otherwise.
    pub fn of_system() -> Language {
        // Asked once: the window asks every frame, and the answer does not change while it runs.
        static SYSTEM: std::sync::OnceLock<Language> = std::sync::OnceLock::new();
        *SYSTEM.get_or_init(|| {
            sys_locale::get_locales()
                .find_map(|locale| Language::from_code(&locale))
                .unwrap_or_default()
        })
    }
}

/// The direction a language reads in: where a line, a row of controls and a window begin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Direction {
    #[default]
    LeftToRight,
    RightToLeft,
}

impl Direction {
    pub fn is_right_to_left(self) -> bool {
        self == Direction::RightToLeft
    }
}

/// Which digits numbers, dates and times are written with, where a language has a choice:
/// Arabic in Iraq writes Arabic-Indic digits (٠١٢٣) by default, and some offices prefer the
/// Western ones (0123).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Digits {
    /// The language's own digits, as CLDR has them for it.
    #[default]
    OfLanguage,
    /// Western digits (0123) whatever the language.
    Western,
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
    static DIGITS: Cell<Digits> = const { Cell::new(Digits::OfLanguage) };
}

/// The digits this thread writes numbers with.
pub fn digits() -> Digits {
    DIGITS.with(Cell::get)
}

/// Makes `digits` this thread's choice of digits (the window, once per frame, from its settings).
pub fn set_digits(digits: Digits) {
    DIGITS.with(|current| current.set(digits));
}

/// The direction this thread's language reads in.
pub fn direction() -> Direction {
    current().direction()
}

/// The language this thread speaks.
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// Makes `language` this thread's language (the window, once per frame).
pub fn set_current(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// Runs `work` speaking `language`, then goes back to the language spoken before: a document
/// written in a language other than the window's.
pub fn in_language<R>(language: Language, work: impl FnOnce() -> R) -> R {
    struct Restore(Language);
    impl Drop for Restore {
        fn drop(&mut self) {
            set_current(self.0);
        }
    }
    let _restore = Restore(current());
    set_current(language);
    work()
}

/// The text of a message that takes no values, in the current language. Looked up once per language and kept, so that a frame
/// drawing the same labels again does no work for them.
pub fn text(id: &'static str) -> &'static str {
    bundles::static_text(current(), id, None)
}

/// The text of a message's attribute (`tooltip` of `command-save`), kept as [`text`] keeps it.
pub fn attribute(id: &'static str, attribute: &'static str) -> &'static str {
    bundles::static_attribute(current(), id, attribute)
}

/// The text of a message with its values, in the current language.
pub fn text_with(id: &str, args: &[(&str, Arg)]) -> String {
    bundles::format(
        current(),
        id,
        args.iter().map(|(name, value)| (*name, value)),
    )
}

/// `t!("id")` is the message's text (`&'static str`); `t!("id", name = value, …)` fills in its
/// values (a `String`). Values are anything an [`Arg`] is made from: text, counts, dates, times.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::lang::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::text_with($id, &[$((stringify!($name), $crate::lang::Arg::from($value))),+])
    };
}

/// `msg!("id", name = value, …)` keeps a message as data (a [`Message`]), to be rendered where
/// it is shown, in the language spoken there.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::lang::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::Message::new($id)$(.with(stringify!($name), $value))+
    };
}
