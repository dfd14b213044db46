//! Views and widgets that draw a plan and send commands; they never change the plan themselves.

mod actions;
pub mod bidi;
mod exchange;
mod fonts;
mod frame;
mod itinerary;
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

pub use fonts::{install_fonts, native_script_family, native_text};
pub use frame::{draw, shortcuts};
pub use tokens::{Palette, Spacing, TextSizes, Tokens, install as install_tokens};

use serde::{Deserialize, Serialize};

use crate::check::Subject;

/// The views of the navigation, in order (Ctrl+1 … Ctrl+7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    #[default]
    Overview,
    Itinerary,
    People,
    Organisations,
    Topics,
    Actions,
    Problems,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Overview,
        View::Itinerary,
        View::People,
        View::Organisations,
        View::Topics,
        View::Actions,
        View::Problems,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Itinerary => "Itinerary",
            View::People => "People",
            View::Organisations => "Organisations",
            View::Topics => "Topics",
            View::Actions => "Actions",
            View::Problems => "Problems",
        }
    }

    /// The view that shows records of the subject's kind.
    pub fn of(subject: Subject) -> View {
        match subject {
            Subject::Visit => View::Overview,
            Subject::Organisation(_) => View::Organisations,
            Subject::Person(_) => View::People,
            Subject::Event(_) => View::Itinerary,
            Subject::Topic(_) => View::Topics,
            Subject::Action(_) => View::Actions,
        }
    }
}

/// What the views remember that is not part of the plan.
#[derive(Clone, Debug, Default)]
pub struct ViewState {
    /// The record last opened from a problem or a link; its view scrolls to it and marks it.
    pub selected: Option<Subject>,
    /// Set when `selected` changes, so the view scrolls to it once.
    pub scroll_to_selected: bool,
    pub itinerary: itinerary::ItineraryState,
    pub people: people::PeopleState,
    pub organisations: organisations::OrganisationsState,
    pub topics: topics::TopicsState,
    pub actions: actions::ActionsState,
}

impl ViewState {
    /// Opens `subject` in its view: selects it and scrolls to it once.
    pub fn select(&mut self, subject: Subject) {
        self.selected = Some(subject);
        self.scroll_to_selected = true;
    }
}
