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

    /// The message naming the view; its `tooltip` attribute is the menu item's.
    pub const fn message_id(self) -> &'static str {
        match self {
            View::Overview => "view-overview",
            View::Itinerary => "view-itinerary",
            View::People => "view-people",
            View::Organisations => "view-organisations",
            View::Topics => "view-topics",
            View::Actions => "view-actions",
            View::Problems => "view-problems",
        }
    }

    /// The view's name in the language spoken.
    pub fn label(self) -> &'static str {
        crate::lang::text(self.message_id())
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
