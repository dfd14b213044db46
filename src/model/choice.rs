//! Enumerations a planner picks from a list (a side, a status, a kind).

/// A closed set of values with a human label for each, in the order a picker shows them.
pub trait Choice: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// The choice as files and exports write it (vCard `ROLE`, CSV cells): today's English
    /// spelling, the same whatever language the window speaks.
    fn code(self) -> &'static str;
    /// The message whose text shows the choice to a planner, in the planner's language.
    fn message_id(self) -> &'static str;
    /// The choice as a planner reads it, in the language spoken (see [`crate::lang`]).
    fn text(self) -> &'static str {
        crate::lang::text(self.message_id())
    }
}

/// Declares a serde enum of unit variants together with its [`Choice`] labels, so that the list of
/// variants is written once.
macro_rules! choice_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $label:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $crate::model::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn code(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),+
                }
            }
            fn message_id(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!("choice-", stringify!($name), "-", stringify!($variant))),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::model::Choice::code(*self))
            }
        }
    };
}
pub(crate) use choice_enum;
