//! Views and widgets that draw a plan and send commands; they never change the plan themselves.

mod actions;
pub mod bidi;
mod context;
mod dialogs;
mod exchange;
mod focus;
mod fonts;
mod frame;
mod itinerary;
mod modal;
mod organisations;
mod overview;
mod people;
mod pickers;
mod problems;
mod publish;
mod record_editor;
mod record_table;
mod safety;
mod tokens;
mod topics;
mod vehicles;
mod widgets;

pub use context::{CommandQueue, ViewContext};
pub use fonts::{install_fonts, native_script_family, native_text};
pub use frame::{draw, shortcuts};
pub use tokens::{
    Palette, Spacing, TextSizes, Tokens, block_time, contrast_ratio, install as install_tokens,
    menu_bar_style,
};

/// What the views remember that is not part of the plan: search text, sorting, the form being
/// filled in a dialog. The window keeps it, and starts it afresh for each document.
#[derive(Default)]
pub struct ViewState {
    pub itinerary: itinerary::ItineraryState,
    pub people: people::PeopleState,
    pub organisations: organisations::OrganisationsState,
    pub topics: topics::TopicsState,
    pub actions: actions::ActionsState,
    pub dialogs: dialogs::DialogForms,
}
