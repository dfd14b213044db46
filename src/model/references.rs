//! Where a record is named by others, and removing a record together with those references, so
//! that deleting never leaves a dangling id behind.

use std::sync::Arc;

use super::label::named_record_message;
use super::{
    Action, ActionId, ActionSource, Event, EventId, EventKind, GiftId, GiftParty, OrganisationId,
    Person, PersonId, Plan, PlanIndex, RoomId, Subject, Topic, TopicId, VehicleId,
};

/// A record that names others by id.
#[derive(Clone, Copy, Debug)]
pub enum Referrer<'p> {
    Person(&'p Person),
    Event(&'p Event),
    Topic(&'p Topic),
    Action(&'p Action),
}

impl Referrer<'_> {
    pub fn subject(self) -> Subject {
        match self {
            Self::Person(r) => Subject::Person(r.id),
            Self::Event(r) => Subject::Event(r.id),
            Self::Topic(r) => Subject::Topic(r.id),
            Self::Action(r) => Subject::Action(r.id),
        }
    }

    /// The record for a sentence: `person "Ahmed Ali"`.
    pub fn describe(self) -> crate::lang::Message {
        match self {
            Self::Person(r) => named_record_message("person", &r.name),
            Self::Event(r) => named_record_message("event", &r.title),
            Self::Topic(r) => named_record_message("topic", &r.title),
            Self::Action(r) => named_record_message("action", &r.text),
        }
    }
}

/// The record a reference names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Named {
    Organisation(OrganisationId),
    Person(PersonId),
    Event(EventId),
    Topic(TopicId),
    /// One of the visit's vehicles, which rides name.
    Vehicle(VehicleId),
}

impl Named {
    /// The id as the file writes it.
    pub fn id(self) -> String {
        match self {
            Self::Organisation(id) => id.to_string(),
            Self::Person(id) => id.to_string(),
            Self::Event(id) => id.to_string(),
            Self::Topic(id) => id.to_string(),
            Self::Vehicle(id) => id.to_string(),
        }
    }
}

impl PlanIndex {
    /// Whether the plan this index was built from has the record.
    pub fn has(&self, named: Named) -> bool {
        match named {
            Named::Organisation(id) => self.organisations.contains_key(&id),
            Named::Person(id) => self.people.contains_key(&id),
            Named::Event(id) => self.events.contains_key(&id),
            Named::Topic(id) => self.topics.contains_key(&id),
            Named::Vehicle(id) => self.vehicles.contains_key(&id),
        }
    }
}

/// Where a person is named in the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonReferences {
    /// Events the person takes part in.
    pub participant_in: Vec<EventId>,
    /// Events the person hosts.
    pub host_of: Vec<EventId>,
    /// Topics the person leads.
    pub lead_of: Vec<TopicId>,
    /// Actions the person owns.
    pub owner_of: Vec<ActionId>,
    /// Meals and ceremonies where the person has a seat, at the table or behind it interpreting.
    pub seated_at: Vec<EventId>,
    /// The rooms the person sleeps in, with their stay (alone or sharing).
    pub rooms: Vec<(EventId, RoomId)>,
    /// Legs and transfers on which the person rides in one of the visit's vehicles.
    pub rides_in: Vec<EventId>,
    /// The gifts the person gives or receives, with the event they belong to.
    pub gifts: Vec<(EventId, GiftId)>,
}

impl PersonReferences {
    pub fn is_empty(&self) -> bool {
        self.participant_in.is_empty()
            && self.host_of.is_empty()
            && self.lead_of.is_empty()
            && self.owner_of.is_empty()
            && self.seated_at.is_empty()
            && self.rooms.is_empty()
            && self.rides_in.is_empty()
            && self.gifts.is_empty()
    }
}

/// Where an organisation is named in the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganisationReferences {
    /// People who belong to the organisation.
    pub people: Vec<PersonId>,
    /// Events at which the organisation receives the delegation.
    pub host_of: Vec<EventId>,
    /// The gifts the organisation gives or receives, with the event they belong to.
    pub gifts: Vec<(EventId, GiftId)>,
}

impl OrganisationReferences {
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.host_of.is_empty() && self.gifts.is_empty()
    }
}

/// What an event holds that goes with it when it is deleted, and what names it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventReferences {
    /// Actions that came from the event.
    pub actions: Vec<ActionId>,
    /// The tables of its seating plan, and the people seated at them (or behind, interpreting).
    pub tables: usize,
    pub seated: usize,
    /// Its rides (a vehicle each) and everyone riding in them.
    pub rides: usize,
    pub passengers: usize,
    /// The rooms of a stay.
    pub rooms: usize,
    pub gifts: usize,
}

impl EventReferences {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Where a topic is named in the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TopicReferences {
    /// Events that cover the topic.
    pub covered_by: Vec<EventId>,
    /// Actions that came from the topic.
    pub actions: Vec<ActionId>,
}

impl TopicReferences {
    pub fn is_empty(&self) -> bool {
        self.covered_by.is_empty() && self.actions.is_empty()
    }
}

/// The gifts of `event` that `party` gives or receives.
fn gifts_of(event: &Event, party: GiftParty) -> impl Iterator<Item = (EventId, GiftId)> + '_ {
    event
        .gifts
        .iter()
        .filter(move |gift| gift.from == party || gift.to == party)
        .map(|gift| (event.id, gift.id))
}

impl Plan {
    /// Every reference from one record to another, in the order of the file, with what the named
    /// record is to the one naming it ("organisation", "person", "lead person", "owner", ...):
    /// the one list of references that the check for missing records and the merge share.
    pub fn each_reference(&self, mut found: impl FnMut(Referrer<'_>, Named, &'static str)) {
        for person in &self.people {
            if let Some(organisation) = person.organisation {
                found(
                    Referrer::Person(person),
                    Named::Organisation(organisation),
                    "organisation",
                );
            }
        }
        for event in &self.events {
            let from = Referrer::Event(event);
            for person in event.people() {
                found(from, Named::Person(person), "person");
            }
            if let Some(organisation) = event.host_organisation {
                found(from, Named::Organisation(organisation), "organisation");
            }
            for &topic in &event.topics {
                found(from, Named::Topic(topic), "topic");
            }
            for person in event.protocol_people() {
                found(from, Named::Person(person), "person");
            }
            for ride in &event.rides {
                found(from, Named::Vehicle(ride.vehicle), "vehicle");
            }
            for gift in &event.gifts {
                for party in [gift.from, gift.to] {
                    if let GiftParty::Organisation(organisation) = party {
                        found(from, Named::Organisation(organisation), "organisation");
                    }
                }
            }
        }
        for topic in &self.topics {
            if let Some(lead) = topic.lead {
                found(Referrer::Topic(topic), Named::Person(lead), "lead person");
            }
        }
        for action in &self.actions {
            let from = Referrer::Action(action);
            if let Some(owner) = action.owner {
                found(from, Named::Person(owner), "owner");
            }
            match action.source {
                Some(ActionSource::Topic(topic)) => found(from, Named::Topic(topic), "topic"),
                Some(ActionSource::Event(event)) => found(from, Named::Event(event), "event"),
                None => {}
            }
        }
    }

    pub fn references_to_person(&self, person: PersonId) -> PersonReferences {
        PersonReferences {
            participant_in: self
                .events
                .iter()
                .filter(|e| e.participants.contains(&person))
                .map(|e| e.id)
                .collect(),
            host_of: self
                .events
                .iter()
                .filter(|e| e.hosts.contains(&person))
                .map(|e| e.id)
                .collect(),
            lead_of: self
                .topics
                .iter()
                .filter(|t| t.lead == Some(person))
                .map(|t| t.id)
                .collect(),
            owner_of: self
                .actions
                .iter()
                .filter(|a| a.owner == Some(person))
                .map(|a| a.id)
                .collect(),
            seated_at: self
                .events
                .iter()
                .filter(|e| e.seated().any(|p| p == person))
                .map(|e| e.id)
                .collect(),
            rooms: self
                .events
                .iter()
                .flat_map(|e| {
                    let rooms = match &e.kind {
                        EventKind::Stay(stay) => stay.rooms.as_slice(),
                        _ => &[],
                    };
                    rooms
                        .iter()
                        .filter(|room| room.guests.contains(&person))
                        .map(|room| (e.id, room.id))
                })
                .collect(),
            rides_in: self
                .events
                .iter()
                .filter(|e| e.rides.iter().any(|r| r.passengers.contains(&person)))
                .map(|e| e.id)
                .collect(),
            gifts: self
                .events
                .iter()
                .flat_map(|e| gifts_of(e, GiftParty::Person(person)))
                .collect(),
        }
    }

    /// What deleting the event takes with it (its seating plan, rides, rooms and gifts) and the
    /// actions it leaves without a source.
    pub fn references_to_event(&self, event: &Event) -> EventReferences {
        let rooms = match &event.kind {
            EventKind::Stay(stay) => stay.rooms.len(),
            _ => 0,
        };
        EventReferences {
            actions: self
                .actions
                .iter()
                .filter(|a| a.source == Some(ActionSource::Event(event.id)))
                .map(|a| a.id)
                .collect(),
            tables: event.tables.len(),
            seated: event.seated().count(),
            rides: event.rides.len(),
            passengers: event.rides.iter().map(|r| r.passengers.len()).sum(),
            rooms,
            gifts: event.gifts.len(),
        }
    }

    pub fn references_to_topic(&self, topic: TopicId) -> TopicReferences {
        TopicReferences {
            covered_by: self
                .events
                .iter()
                .filter(|e| e.topics.contains(&topic))
                .map(|e| e.id)
                .collect(),
            actions: self
                .actions
                .iter()
                .filter(|a| a.source == Some(ActionSource::Topic(topic)))
                .map(|a| a.id)
                .collect(),
        }
    }

    pub fn references_to_organisation(
        &self,
        organisation: OrganisationId,
    ) -> OrganisationReferences {
        OrganisationReferences {
            people: self
                .people
                .iter()
                .filter(|p| p.organisation == Some(organisation))
                .map(|p| p.id)
                .collect(),
            host_of: self
                .events
                .iter()
                .filter(|e| e.host_organisation == Some(organisation))
                .map(|e| e.id)
                .collect(),
            gifts: self
                .events
                .iter()
                .flat_map(|e| gifts_of(e, GiftParty::Organisation(organisation)))
                .collect(),
        }
    }

    /// Removes the person and every reference to them: from events' participants and hosts,
    /// their seats, rooms and rides (which stay, empty of them), the gifts they give or receive,
    /// topics' lead and actions' owner. Records that do not name them stay shared.
    pub fn remove_person(&mut self, person: PersonId) {
        self.people.retain(|p| p.id != person);
        for event in &mut self.events {
            if event
                .people()
                .chain(event.protocol_people())
                .any(|p| p == person)
            {
                let event = Arc::make_mut(event);
                event.participants.retain(|&p| p != person);
                event.hosts.retain(|&p| p != person);
                event.forget_person(person);
            }
        }
        for topic in &mut self.topics {
            if topic.lead == Some(person) {
                Arc::make_mut(topic).lead = None;
            }
        }
        for action in &mut self.actions {
            if action.owner == Some(person) {
                Arc::make_mut(action).owner = None;
            }
        }
    }

    /// Removes the organisation; its people stay, without an organisation, events it hosted
    /// keep their hosts but lose the host organisation, and gifts it gives or receives go.
    pub fn remove_organisation(&mut self, organisation: OrganisationId) {
        self.organisations.retain(|o| o.id != organisation);
        for person in &mut self.people {
            if person.organisation == Some(organisation) {
                Arc::make_mut(person).organisation = None;
            }
        }
        let gift_party = GiftParty::Organisation(organisation);
        for event in &mut self.events {
            if event.host_organisation == Some(organisation) {
                Arc::make_mut(event).host_organisation = None;
            }
            if event
                .gifts
                .iter()
                .any(|g| g.from == gift_party || g.to == gift_party)
            {
                Arc::make_mut(event)
                    .gifts
                    .retain(|g| g.from != gift_party && g.to != gift_party);
            }
        }
    }

    /// Removes the event; actions that came from it lose their source.
    pub fn remove_event(&mut self, event: EventId) {
        self.events.retain(|e| e.id != event);
        for action in &mut self.actions {
            if action.source == Some(ActionSource::Event(event)) {
                Arc::make_mut(action).source = None;
            }
        }
    }

    /// Removes the topic; events no longer cover it and actions that came from it lose their
    /// source.
    pub fn remove_topic(&mut self, topic: TopicId) {
        self.topics.retain(|t| t.id != topic);
        for event in &mut self.events {
            if event.topics.contains(&topic) {
                Arc::make_mut(event).topics.retain(|&t| t != topic);
            }
        }
        for action in &mut self.actions {
            if action.source == Some(ActionSource::Topic(topic)) {
                Arc::make_mut(action).source = None;
            }
        }
    }

    /// Removes the action (nothing refers to actions).
    pub fn remove_action(&mut self, action: ActionId) {
        self.actions.retain(|a| a.id != action);
    }

    /// Removes the vehicle and every ride in it: a leg never names a vehicle no longer in the
    /// plan.
    pub fn remove_vehicle(&mut self, vehicle: VehicleId) {
        self.visit.vehicles.retain(|v| v.id != vehicle);
        for event in &mut self.events {
            if event.rides.iter().any(|ride| ride.vehicle == vehicle) {
                Arc::make_mut(event)
                    .rides
                    .retain(|ride| ride.vehicle != vehicle);
            }
        }
    }

    /// Moves the person to position `to` of `people` (counted after taking them out), which is
    /// how the order of precedence of a delegation is changed. `to` past the end means last.
    pub fn move_person(&mut self, person: PersonId, to: usize) {
        if let Some(from) = self.people.iter().position(|p| p.id == person) {
            let record = self.people.remove(from);
            let to = to.min(self.people.len());
            self.people.insert(to, record);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Action, Event, EventKind, Gift, LocalTime, Organisation, Person, Ride, Room, RoomKind,
        Stay, Table, TableShape, Topic, Vehicle, VehicleKind,
    };

    fn at(hour: i8) -> LocalTime {
        LocalTime {
            wall: jiff::civil::date(2027, 3, 22).at(hour, 0, 0, 0),
            zone: "Europe/Tallinn".to_owned(),
        }
    }

    fn plan_with_references() -> (Plan, PersonId, OrganisationId) {
        let mut plan = Plan::empty(jiff::civil::date(2027, 3, 21), "Europe/Tallinn");
        let organisation = Organisation::new("RIA");
        let mut person = Person::new("Tõnis");
        person.organisation = Some(organisation.id);
        let other = Person::new("Kadri");
        let mut meeting = Event::new(EventKind::Meeting, "X-Road", at(9), at(10));
        meeting.participants = vec![person.id, other.id];
        meeting.host_organisation = Some(organisation.id);
        let mut dinner = Event::new(EventKind::Meal, "Dinner", at(19), at(21));
        dinner.hosts = vec![person.id];
        let untouched = Event::new(EventKind::Briefing, "Briefing", at(11), at(12));
        let mut topic = Topic::new("e-government");
        topic.lead = Some(person.id);
        let mut action = Action::new("Send the MoU draft");
        action.owner = Some(person.id);
        let (person_id, organisation_id) = (person.id, organisation.id);
        plan.organisations.push(Arc::new(organisation));
        plan.people.extend([Arc::new(person), Arc::new(other)]);
        plan.events
            .extend([Arc::new(meeting), Arc::new(dinner), Arc::new(untouched)]);
        plan.topics.push(Arc::new(topic));
        plan.actions.push(Arc::new(action));
        (plan, person_id, organisation_id)
    }

    #[test]
    fn a_person_is_found_wherever_named_and_removed_from_everywhere() {
        let (mut plan, person, _) = plan_with_references();
        let references = plan.references_to_person(person);
        assert_eq!(references.participant_in, vec![plan.events[0].id]);
        assert_eq!(references.host_of, vec![plan.events[1].id]);
        assert_eq!(references.lead_of, vec![plan.topics[0].id]);
        assert_eq!(references.owner_of, vec![plan.actions[0].id]);

        let untouched = plan.events[2].clone();
        plan.remove_person(person);
        assert_eq!(plan.people.len(), 1);
        assert!(plan.references_to_person(person).is_empty());
        assert_eq!(plan.events[0].participants, vec![plan.people[0].id]);
        assert!(
            Arc::ptr_eq(&untouched, &plan.events[2]),
            "records that do not name the person stay shared"
        );
    }

    #[test]
    fn removing_an_organisation_unlinks_its_people_and_events() {
        let (mut plan, person, organisation) = plan_with_references();
        let references = plan.references_to_organisation(organisation);
        assert_eq!(references.people, vec![person]);
        assert_eq!(references.host_of, vec![plan.events[0].id]);
        plan.remove_organisation(organisation);
        assert!(plan.organisations.is_empty());
        assert_eq!(plan.people.len(), 2, "its people stay");
        assert!(plan.references_to_organisation(organisation).is_empty());
    }

    #[test]
    fn a_removed_person_leaves_no_seat_room_ride_or_gift_naming_them() {
        let (mut plan, person, organisation) = plan_with_references();
        let other = plan.people[1].id;
        let car = Vehicle::new("Car 1", VehicleKind::Car, 3);
        let dinner = Arc::make_mut(&mut plan.events[1]);
        let mut table = Table::new("Head table", TableShape::Head, 2);
        table.seats[0].person = Some(person);
        table.seats[1].person = Some(other);
        table.seats[1].interpreter = Some(person);
        dinner.tables = vec![table];
        let mut ride = Ride::new(car.id);
        ride.passengers = vec![person, other];
        dinner.rides = vec![ride];
        dinner.gifts = vec![
            Gift::new(GiftParty::Person(person), GiftParty::Person(other), "Book"),
            Gift::new(
                GiftParty::Person(other),
                GiftParty::Organisation(organisation),
                "Tray",
            ),
        ];
        let mut stay = Event::new(EventKind::Stay(Stay::default()), "Hotel", at(16), at(17));
        let mut room = Room::new(
            RoomKind::Twin,
            stay.start.wall.date(),
            stay.start.wall.date(),
        );
        room.guests = vec![person, other];
        stay.kind = EventKind::Stay(Stay {
            rooms: vec![room],
            ..Stay::default()
        });
        plan.events.push(Arc::new(stay));

        let stay_id = plan.events[3].id;
        let room_id = match &plan.events[3].kind {
            EventKind::Stay(stay) => stay.rooms[0].id,
            _ => unreachable!("a stay"),
        };
        let dinner = &plan.events[1];
        let references = plan.references_to_person(person);
        assert_eq!(references.seated_at, [dinner.id]);
        assert_eq!(references.rooms, [(stay_id, room_id)]);
        assert_eq!(references.rides_in, [dinner.id]);
        assert_eq!(references.gifts, [(dinner.id, dinner.gifts[0].id)]);
        assert_eq!(
            plan.references_to_organisation(organisation).gifts,
            [(dinner.id, dinner.gifts[1].id)]
        );
        let held = plan.references_to_event(dinner);
        assert_eq!(
            (
                held.tables,
                held.seated,
                held.rides,
                held.passengers,
                held.gifts
            ),
            (1, 3, 1, 2, 2)
        );

        plan.remove_person(person);
        assert!(
            plan.events
                .iter()
                .all(|e| e.protocol_people().all(|p| p != person))
        );
        assert!(plan.references_to_person(person).is_empty());
        let dinner = &plan.events[1];
        assert_eq!(
            dinner.tables[0].seats[1].person,
            Some(other),
            "the others keep their seats"
        );
        assert_eq!(dinner.rides[0].passengers, [other]);
        assert_eq!(dinner.gifts.len(), 1);

        plan.remove_organisation(organisation);
        assert!(plan.events[1].gifts.is_empty());
    }

    #[test]
    fn moving_a_person_changes_the_order_of_precedence() {
        let (mut plan, first, _) = plan_with_references();
        let second = plan.people[1].id;
        plan.move_person(second, 0);
        assert_eq!(plan.people[0].id, second);
        plan.move_person(second, 99);
        assert_eq!(plan.people[1].id, second);
        assert_eq!(plan.people[0].id, first);
    }
}
