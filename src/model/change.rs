//! The changes a planner can make to a plan. Every edit, from any menu, button or field, is one
//! of these, applied by [`Change::apply`].

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use super::merge::Resolution;
use super::{
    Action, Event, Organisation, Person, PersonId, Plan, Subject, Topic, VehicleId, Visit,
};

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Visit(Visit),
    /// Replaces the organisation with the same id, or adds it at the end.
    Organisation(Arc<Organisation>),
    /// Replaces the person with the same id, or adds them; a new person, or one whose role or
    /// side changed, takes their role's place in the order of precedence while it is in role
    /// order ([`Plan::put_person`]).
    Person(Arc<Person>),
    Event(Arc<Event>),
    Topic(Arc<Topic>),
    Action(Arc<Action>),
    /// Removes the record and every reference to it (a person from events, topics and actions),
    /// as one step.
    Delete(Subject),
    /// Removes a vehicle of the visit and the rides in it, as one step.
    RemoveVehicle(VehicleId),
    /// Moves a person to this position of the people list: the order of precedence.
    MovePerson {
        person: PersonId,
        to: usize,
    },
    /// The whole plan at once, e.g. Revert.
    Plan(Plan),
    /// Resolves the merge conflict at `index` of the plan's list as the planner chose.
    ResolveMergeConflict {
        index: usize,
        choice: Resolution,
    },
    /// Records read from another file (an import): each replaces the record with the same id or
    /// is added at the end, organisations first. Applied in time linear in the records, however
    /// many there are.
    Records {
        organisations: Vec<Arc<Organisation>>,
        people: Vec<Arc<Person>>,
    },
    /// Several changes as one step, applied in order.
    Many(Vec<Change>),
}

impl Change {
    pub fn apply(self, plan: &mut Plan) {
        fn upsert<R, K: PartialEq>(
            records: &mut Vec<Arc<R>>,
            record: Arc<R>,
            id: impl Fn(&R) -> K,
        ) {
            match records.iter().position(|r| id(r) == id(&record)) {
                Some(position) => records[position] = record,
                None => records.push(record),
            }
        }
        match self {
            Self::Visit(visit) => plan.visit = visit,
            Self::Organisation(record) => upsert(&mut plan.organisations, record, |r| r.id),
            Self::Person(record) => plan.put_person(record),
            Self::Event(record) => upsert(&mut plan.events, record, |r| r.id),
            Self::Topic(record) => upsert(&mut plan.topics, record, |r| r.id),
            Self::Action(record) => upsert(&mut plan.actions, record, |r| r.id),
            Self::Delete(subject) => match subject {
                Subject::Visit => {}
                Subject::Organisation(id) => plan.remove_organisation(id),
                Subject::Person(id) => plan.remove_person(id),
                Subject::Event(id) => plan.remove_event(id),
                Subject::Topic(id) => plan.remove_topic(id),
                Subject::Action(id) => plan.remove_action(id),
            },
            Self::MovePerson { person, to } => plan.move_person(person, to),
            Self::RemoveVehicle(vehicle) => plan.remove_vehicle(vehicle),
            Self::Plan(replacement) => *plan = replacement,
            Self::Records {
                organisations,
                people,
            } => {
                upsert_all(&mut plan.organisations, organisations, |r| r.id);
                upsert_all(&mut plan.people, people, |r| r.id);
            }
            Self::ResolveMergeConflict { index, choice } => {
                plan.resolve_merge_conflict(index, choice);
            }
            Self::Many(changes) => {
                for change in changes {
                    change.apply(plan);
                }
            }
        }
    }
}

/// Puts each of `incoming` in place of the record with the same id, or at the end; the ids are
/// looked up in a map, so that an import of thousands of records stays linear.
fn upsert_all<R, K: Hash + Eq>(
    records: &mut Vec<Arc<R>>,
    incoming: Vec<Arc<R>>,
    id: impl Fn(&R) -> K,
) {
    let mut positions: HashMap<K, usize> = HashMap::with_capacity(records.len());
    for (position, record) in records.iter().enumerate() {
        positions.entry(id(record)).or_insert(position);
    }
    for record in incoming {
        match positions.get(&id(&record)) {
            Some(&position) => records[position] = record,
            None => {
                positions.insert(id(&record), records.len());
                records.push(record);
            }
        }
    }
}
