//! Where the planner is in the window: the view shown and the record selected. Both are app
//! state the views read from their context and change by commands.

use serde::{Deserialize, Serialize};

use crate::model::Subject;

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

    pub const fn label(self) -> &'static str {
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

/// The record last opened from a problem, a link or a click, and whether its view still has to
/// bring it into sight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub subject: Option<Subject>,
    /// Set when the selection changes by a link, so that its view scrolls to it once.
    pub scroll_to: bool,
}
