//! The plan of a delegation visit: plain data and its invariants. No egui, no I/O.
//!
//! Records live behind `Arc` so that a snapshot of the whole plan (for undo) copies pointers, not
//! people: an edit replaces one record with `Arc::make_mut` and leaves the others shared.

mod action;
mod change;
mod choice;
pub mod compare;
pub mod contact;
pub mod diff;
mod duplicates;
mod event;
pub mod generate;
mod gift;
mod hidden;
mod id;
mod index;
pub mod label;
pub mod limits;
pub mod merge;
mod organisation;
mod person;
pub mod precedence;
mod references;
mod role_order;
mod rooming;
pub mod schedule;
pub mod search;
mod seating;
mod subject;
mod summary;
mod time;
mod topic;
mod transport;
mod visit;

use std::sync::Arc;

pub use action::{Action, ActionId, ActionSource, ActionStatus};
pub use change::Change;
pub use choice::Choice;
pub(crate) use choice::choice_enum;
pub use contact::{ContactEntry, ContactKind};
pub use duplicates::DuplicateId;
pub use event::{
    Event, EventId, EventKind, EventKindTag, EventStatus, Stay, TravelLeg, TravelMode,
};
pub use gift::{Gift, GiftId, GiftParty, GiftStatus, GiftValue};
pub use hidden::{describe_hidden, describe_hidden_message, is_hidden, reveal_hidden};
pub use id::Id;
pub use index::{PlanIndex, first_positions};
pub use organisation::{Organisation, OrganisationId, OrganisationKind};
pub use person::{DelegationRole, DocumentStatus, Person, PersonId, Side, TravelDocument};
pub use references::{
    EventReferences, Named, OrganisationReferences, PersonReferences, Referrer, TopicReferences,
};
pub use rooming::{Room, RoomId, RoomKind};
pub use seating::{Seat, SeatId, SeatPlace, Table, TableId, TableShape};
pub use subject::Subject;
pub use summary::PlanSummary;
pub use time::{
    ClockJump, LocalTime, WallTimeFit, ZoneError, is_utc, zone_database_version, zone_named,
    zone_names, zoned_in,
};
pub use topic::{Question, QuestionId, Topic, TopicId};
pub use transport::{Ride, RideId, Vehicle, VehicleId, VehicleKind};
pub use visit::{Party, PlanId, Visit};

/// One delegation visit: everything a plan file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub visit: Visit,
    pub organisations: Vec<Arc<Organisation>>,
    pub people: Vec<Arc<Person>>,
    pub events: Vec<Arc<Event>>,
    pub topics: Vec<Arc<Topic>>,
    pub actions: Vec<Arc<Action>>,
    /// Fields two planners changed differently, left by `attache merge` until resolved.
    pub merge_conflicts: Vec<merge::MergeConflict>,
}

impl Plan {
    /// The members of the visiting delegation in order of precedence (the order of the people
    /// list).
    pub fn delegation(&self) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .map(AsRef::as_ref)
            .filter(|person| person.side == Side::Visiting)
    }

    /// An empty plan for a visit starting `today`, in `zone`.
    pub fn empty(today: jiff::civil::Date, zone: &str) -> Self {
        Self {
            visit: Visit::untitled(today, zone),
            organisations: Vec::new(),
            people: Vec::new(),
            events: Vec::new(),
            topics: Vec::new(),
            actions: Vec::new(),
            merge_conflicts: Vec::new(),
        }
    }
}
