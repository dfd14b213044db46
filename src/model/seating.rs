//! Where each guest sits at an official meal or ceremony: the tables of one event and their seats.

use serde::{Deserialize, Serialize};

use super::{Id, PersonId, choice_enum};

pub type TableId = Id<Table>;
pub type SeatId = Id<Seat>;

/// One table of an event's seating plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub id: TableId,
    /// What the table is called on the chart and the place cards ("Head table", "Table 2").
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub name: String,
    pub shape: TableShape,
    /// In order along the table from the end at the right hand of whoever sits in the middle
    /// facing the room, to the end at their left; round tables clockwise. The seat in the middle
    /// of the list ([`Table::centre`]) is the table's place of honour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seats: Vec<Seat>,
}

/// One place at a table, with the interpreter who sits behind it if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seat {
    pub id: SeatId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    /// Interpreters sit behind their principal, on a chair of their own away from the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter: Option<PersonId>,
}

choice_enum! {
    pub enum TableShape {
        #[default]
        Round => "Round",
        Rectangular => "Rectangular",
        Head => "Head table",
        UShape => "U-shape",
    }
}

impl Seat {
    pub fn empty() -> Self {
        Self {
            id: Id::random(),
            person: None,
            interpreter: None,
        }
    }

    /// Whoever the seat holds, at the table and behind it.
    pub fn people(&self) -> impl Iterator<Item = PersonId> {
        self.person.into_iter().chain(self.interpreter)
    }
}

impl Table {
    /// A table of `seats` empty seats.
    pub fn new(name: impl Into<String>, shape: TableShape, seats: usize) -> Self {
        Self {
            id: Id::random(),
            name: name.into(),
            shape,
            seats: (0..seats).map(|_| Seat::empty()).collect(),
        }
    }

    /// The index of the table's place of honour: the middle seat, or of an even number the first
    /// past the middle, so that the guest of honour always has the seat at its right.
    pub fn centre(&self) -> usize {
        self.seats.len() / 2
    }
}
