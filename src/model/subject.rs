//! A reference to one record of a plan, whatever its kind.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::label::{named_record_message, record_kind_ids};
use super::{ActionId, EventId, Id, OrganisationId, PersonId, PlanIndex, TopicId};
use crate::lang::{Arg, Message};
use crate::msg;

/// The record a problem, a backlink or a merge conflict is about: what the window opens when it
/// is clicked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    Visit,
    Organisation(OrganisationId),
    Person(PersonId),
    Event(EventId),
    Topic(TopicId),
    Action(ActionId),
}

impl super::Plan {
    /// The record for a sentence, named by its [`label`]: `person "Ahmed Ali"`, `the visit`,
    /// `an event no longer in the plan`.
    pub fn describe(&self, subject: Subject) -> String {
        self.describe_by(subject, None).render()
    }

    /// [`Self::describe`] as a message, rendered where it is shown.
    pub fn describe_message(&self, subject: Subject) -> Message {
        self.describe_by(subject, None)
    }

    /// [`Self::describe`], finding the record through `index` (of this plan): for describing
    /// many records, each in constant time.
    pub fn describe_indexed(&self, subject: Subject, index: &PlanIndex) -> Message {
        self.describe_by(subject, Some(index))
    }

    fn describe_by(&self, subject: Subject, index: Option<&PlanIndex>) -> Message {
        /// The first record with `id`, as every lookup by id finds it.
        fn find<'p, T>(
            records: &'p [Arc<T>],
            positions: Option<&HashMap<Id<T>, usize>>,
            id: Id<T>,
            id_of: impl Fn(&T) -> Id<T>,
        ) -> Option<&'p T> {
            match positions {
                Some(positions) => positions.get(&id).map(|&at| &*records[at]),
                None => records.iter().map(|r| &**r).find(|r| id_of(r) == id),
            }
        }
        let named = |kind: &str, name: Option<&str>| match name {
            Some(name) => named_record_message(kind, name),
            None => msg!(
                "record-kind-gone",
                kind = Arg::message(record_kind_ids(kind).0)
            ),
        };
        match subject {
            Subject::Visit => Message::new("record-kind-the-visit"),
            Subject::Organisation(id) => named(
                "organisation",
                find(
                    &self.organisations,
                    index.map(|i| &i.organisations),
                    id,
                    |r| r.id,
                )
                .map(|r| r.name.as_str()),
            ),
            Subject::Person(id) => named(
                "person",
                find(&self.people, index.map(|i| &i.people), id, |r| r.id).map(|r| r.name.as_str()),
            ),
            Subject::Event(id) => named(
                "event",
                find(&self.events, index.map(|i| &i.events), id, |r| r.id)
                    .map(|r| r.title.as_str()),
            ),
            Subject::Topic(id) => named(
                "topic",
                find(&self.topics, index.map(|i| &i.topics), id, |r| r.id)
                    .map(|r| r.title.as_str()),
            ),
            Subject::Action(id) => named(
                "action",
                find(&self.actions, index.map(|i| &i.actions), id, |r| r.id)
                    .map(|r| r.text.as_str()),
            ),
        }
    }
}
