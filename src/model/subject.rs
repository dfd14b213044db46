//! A reference to one record of a plan, whatever its kind.

use serde::{Deserialize, Serialize};

use super::label::label;
use super::{ActionId, EventId, OrganisationId, PersonId, TopicId};

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
        let named = |kind: &str, name: Option<&str>| match name {
            Some(name) => format!("{kind} \"{}\"", label(name)),
            None => format!("a {kind} no longer in the plan"),
        };
        match subject {
            Subject::Visit => "the visit".to_owned(),
            Subject::Organisation(id) => named(
                "organisation",
                self.organisations
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.name.as_str()),
            ),
            Subject::Person(id) => named(
                "person",
                self.people
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.name.as_str()),
            ),
            Subject::Event(id) => named(
                "event",
                self.events
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.title.as_str()),
            ),
            Subject::Topic(id) => named(
                "topic",
                self.topics
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.title.as_str()),
            ),
            Subject::Action(id) => named(
                "action",
                self.actions
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.text.as_str()),
            ),
        }
    }
}
