use serde::{Deserialize, Serialize};

use super::{
    Gift, GiftParty, Id, LocalTime, OrganisationId, PersonId, Ride, Room, Table, TopicId,
    choice_enum,
};

pub type EventId = Id<Event>;

/// One item of the itinerary: a meeting, a flight, a hotel stay, ...
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: EventId,
    pub kind: EventKind,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub title: String,
    /// When it begins, in the zone where it begins (a flight departs in one zone ...).
    pub start: LocalTime,
    /// ... and when it ends, in the zone where it ends (... and lands in another).
    pub end: LocalTime,
    /// An item with no fixed hours (a day trip): only the dates of `start` and `end` count.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all_day: bool,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub location: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<PersonId>,
    /// The organisation that receives the delegation, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_organisation: Option<OrganisationId>,
    /// The study topics this event covers. The topic's list of meetings is computed from these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<TopicId>,
    #[serde(default)]
    pub status: EventStatus,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpretation_needed: bool,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::long_text"
    )]
    pub notes: String,
    /// The seating plan of a meal or ceremony.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<Table>,
    /// Who rides in which vehicle, on a leg by road or a transfer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rides: Vec<Ride>,
    /// The gifts exchanged at the event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gifts: Vec<Gift>,
}

/// What kind of event this is, with the fields only that kind has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    Meeting,
    SiteVisit,
    Briefing,
    Meal,
    Ceremony,
    Travel(TravelLeg),
    Stay(Stay),
    FreeTime,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TravelLeg {
    pub mode: TravelMode,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub from: String,
    #[serde(deserialize_with = "crate::model::limits::short_text")]
    pub to: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub carrier: String,
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub booking_reference: String,
}

/// Accommodation; the event's start and end are the check-in and check-out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stay {
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "crate::model::limits::short_text"
    )]
    pub booking_reference: String,
    /// The rooming list: who sleeps in which room, which nights.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rooms: Vec<Room>,
}

choice_enum! {
    pub enum TravelMode {
        #[default]
        Flight => "Flight",
        Train => "Train",
        Car => "Car",
        Bus => "Bus",
        Ferry => "Ferry",
        Walk => "Walk",
    }
}

choice_enum! {
    pub enum EventStatus {
        #[default]
        Proposed => "Proposed",
        Requested => "Requested",
        Confirmed => "Confirmed",
        Cancelled => "Cancelled",
    }
}

/// The kinds without their data, for pickers and filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKindTag {
    Meeting,
    SiteVisit,
    Briefing,
    Meal,
    Ceremony,
    Travel,
    Stay,
    FreeTime,
}

impl super::Choice for EventKindTag {
    const ALL: &'static [Self] = &[
        Self::Meeting,
        Self::SiteVisit,
        Self::Briefing,
        Self::Meal,
        Self::Ceremony,
        Self::Travel,
        Self::Stay,
        Self::FreeTime,
    ];
    fn message_id(self) -> &'static str {
        match self {
            Self::Meeting => "choice-EventKindTag-Meeting",
            Self::SiteVisit => "choice-EventKindTag-SiteVisit",
            Self::Briefing => "choice-EventKindTag-Briefing",
            Self::Meal => "choice-EventKindTag-Meal",
            Self::Ceremony => "choice-EventKindTag-Ceremony",
            Self::Travel => "choice-EventKindTag-Travel",
            Self::Stay => "choice-EventKindTag-Stay",
            Self::FreeTime => "choice-EventKindTag-FreeTime",
        }
    }
    fn code(self) -> &'static str {
        match self {
            Self::Meeting => "Meeting",
            Self::SiteVisit => "Site visit",
            Self::Briefing => "Briefing",
            Self::Meal => "Meal",
            Self::Ceremony => "Ceremony",
            Self::Travel => "Travel",
            Self::Stay => "Stay",
            Self::FreeTime => "Free time",
        }
    }
}

impl EventKind {
    pub fn tag(&self) -> EventKindTag {
        match self {
            Self::Meeting => EventKindTag::Meeting,
            Self::SiteVisit => EventKindTag::SiteVisit,
            Self::Briefing => EventKindTag::Briefing,
            Self::Meal => EventKindTag::Meal,
            Self::Ceremony => EventKindTag::Ceremony,
            Self::Travel(_) => EventKindTag::Travel,
            Self::Stay(_) => EventKindTag::Stay,
            Self::FreeTime => EventKindTag::FreeTime,
        }
    }
}

impl EventKindTag {
    /// The kind with empty kind-specific fields.
    pub fn to_kind(self) -> EventKind {
        match self {
            Self::Meeting => EventKind::Meeting,
            Self::SiteVisit => EventKind::SiteVisit,
            Self::Briefing => EventKind::Briefing,
            Self::Meal => EventKind::Meal,
            Self::Ceremony => EventKind::Ceremony,
            Self::Travel => EventKind::Travel(TravelLeg::default()),
            Self::Stay => EventKind::Stay(Stay::default()),
            Self::FreeTime => EventKind::FreeTime,
        }
    }
}

impl Event {
    pub fn new(
        kind: EventKind,
        title: impl Into<String>,
        start: LocalTime,
        end: LocalTime,
    ) -> Self {
        Self {
            id: Id::random(),
            kind,
            title: title.into(),
            start,
            end,
            all_day: false,
            location: String::new(),
            participants: Vec::new(),
            hosts: Vec::new(),
            host_organisation: None,
            topics: Vec::new(),
            status: EventStatus::default(),
            interpretation_needed: false,
            notes: String::new(),
            tables: Vec::new(),
            rides: Vec::new(),
            gifts: Vec::new(),
        }
    }

    /// Adds each of `people` who does not yet take part in or host the event to its
    /// participants, in the order given (the delegation's order of precedence). Returns how many
    /// were added.
    pub fn add_participants(&mut self, people: impl IntoIterator<Item = PersonId>) -> usize {
        let mut named: std::collections::HashSet<PersonId> = self.people().collect();
        let before = self.participants.len();
        for person in people {
            if named.insert(person) {
                self.participants.push(person);
            }
        }
        self.participants.len() - before
    }

    /// Every person the event names, as participant or host.
    pub fn people(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.participants.iter().chain(&self.hosts).copied()
    }

    /// Every person the event's protocol records name: seated, in a room, riding, giving or
    /// receiving a gift (once for each time they are named).
    pub fn protocol_people(&self) -> impl Iterator<Item = PersonId> + '_ {
        let rooms: &[Room] = match &self.kind {
            EventKind::Stay(stay) => &stay.rooms,
            _ => &[],
        };
        let gift_people = self.gifts.iter().flat_map(|gift| {
            [gift.from, gift.to]
                .into_iter()
                .filter_map(|party| match party {
                    GiftParty::Person(person) => Some(person),
                    GiftParty::Organisation(_) => None,
                })
        });
        self.seated()
            .chain(rooms.iter().flat_map(|room| room.guests.iter().copied()))
            .chain(
                self.rides
                    .iter()
                    .flat_map(|ride| ride.passengers.iter().copied()),
            )
            .chain(gift_people)
    }

    /// Takes `person` out of the event's seats, rooms and rides, and drops the gifts they give or
    /// receive: what deleting a person does to the protocol records.
    pub fn forget_person(&mut self, person: PersonId) {
        let not_them = |p: &mut Option<PersonId>| {
            if *p == Some(person) {
                *p = None;
            }
        };
        for seat in self.tables.iter_mut().flat_map(|table| &mut table.seats) {
            not_them(&mut seat.person);
            not_them(&mut seat.interpreter);
        }
        if let EventKind::Stay(stay) = &mut self.kind {
            for room in &mut stay.rooms {
                room.guests.retain(|&p| p != person);
            }
        }
        for ride in &mut self.rides {
            ride.passengers.retain(|&p| p != person);
        }
        let party = GiftParty::Person(person);
        self.gifts
            .retain(|gift| gift.from != party && gift.to != party);
    }

    /// Whether the event is one where guests are seated: a meal or a ceremony.
    pub fn is_seated(&self) -> bool {
        matches!(self.kind, EventKind::Meal | EventKind::Ceremony)
    }

    /// Whether the delegation moves by road: a leg by car or bus, where vehicles are assigned.
    pub fn is_by_road(&self) -> bool {
        matches!(&self.kind, EventKind::Travel(leg) if matches!(leg.mode, TravelMode::Car | TravelMode::Bus))
    }

    /// Every person seated at the event, at a table or behind one, once for each seat they take.
    pub fn seated(&self) -> impl Iterator<Item = PersonId> + '_ {
        self.tables
            .iter()
            .flat_map(|table| &table.seats)
            .flat_map(|seat| seat.people())
    }
}
