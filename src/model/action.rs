use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{EventId, Id, PersonId, TopicId, choice_enum};

pub type ActionId = Id<Action>;

/// A follow-up, e.g. for the bilateral committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: ActionId,
    #[serde(deserialize_with = "crate::model::limits::long_text")]
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: ActionStatus,
    /// The topic or event the action came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<ActionSource>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActionSource {
    Topic(TopicId),
    Event(EventId),
}

choice_enum! {
    pub enum ActionStatus {
        #[default]
        Open => "Open",
        InProgress => "In progress",
        Done => "Done",
        Dropped => "Dropped",
    }
}

impl ActionStatus {
    /// Whether the action still needs doing.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Open | Self::InProgress)
    }
}

impl Action {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            id: Id::random(),
            text: text.into(),
            owner: None,
            due: None,
            status: ActionStatus::default(),
            source: None,
        }
    }
}
