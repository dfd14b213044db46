//! The changes a planner can make to a plan. Every edit, from any menu, button or field, is one
//! of these, applied by [`Change::apply`].

use std::sync::Arc;

use crate::check::Subject;
use crate::model::merge::Resolution;
use crate::model::{Action, Event, Organisation, Person, PersonId, Plan, Topic, VehicleId, Visit};

#[derive(Clone, Debug)]
pub enum Change {
    Visit(Visit),
    /// Replaces the organisation with the same id, or adds it at the end.
    Organisation(Arc<Organisation>),
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
    /// Several changes as one step, applied in order (e.g. an import's organisations and people).
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
            Self::Person(record) => upsert(&mut plan.people, record, |r| r.id),
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
