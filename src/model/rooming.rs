//! Who sleeps in which room of a stay, and for which nights.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Id, PersonId, choice_enum};

pub type RoomId = Id<Room>;

/// One room of a stay, as the hotel's rooming list names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Room {
    pub id: RoomId,
    pub kind: RoomKind,
    /// The hotel's room number, once it is known.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub number: String,
    /// Who sleeps in the room; more than one share it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guests: Vec<PersonId>,
    /// The night of arrival (the date checked in) ...
    pub first_night: Date,
    /// ... and the last night slept there (the day before departure).
    pub last_night: Date,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub notes: String,
}

choice_enum! {
    pub enum RoomKind {
        #[default]
        Single => "Single",
        Double => "Double",
        Twin => "Twin",
        Suite => "Suite",
    }
}

impl RoomKind {
    /// How many guests a room of this kind sleeps; `None` for a suite, whose size the plan does
    /// not record (one head of delegation, or a family).
    pub fn sleeps(self) -> Option<usize> {
        match self {
            Self::Single => Some(1),
            Self::Double | Self::Twin => Some(2),
            Self::Suite => None,
        }
    }
}

impl Room {
    pub fn new(kind: RoomKind, first_night: Date, last_night: Date) -> Self {
        Self {
            id: Id::random(),
            kind,
            number: String::new(),
            guests: Vec::new(),
            first_night,
            last_night,
            notes: String::new(),
        }
    }

    /// Whether `night` (the date the night begins) is one the room is booked for.
    pub fn covers(&self, night: Date) -> bool {
        (self.first_night..=self.last_night).contains(&night)
    }
}
