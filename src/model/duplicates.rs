//! Records that share an id where each must have its own. Ids are random, so two records with one
//! id come from a hand edit or a copy, never from Attaché; yet everything that finds a record by
//! id (a reference, a merge, the window's selection) then means one of them and misses the other.
//!
//! The plan's own records (organisations, people, events, topics, actions) and the visit's
//! vehicles are unique in the plan; a record kept inside another is unique in what holds it: an
//! event's tables, seats (across its tables), rides, gifts and rooms, a topic's questions. That is
//! the scope in which they are looked up and merged.

use std::collections::HashMap;
use std::sync::Arc;

use super::label::{label, named_record_message as named_record};
use super::{EventKind, Id, Plan, PlanIndex, Subject};
use crate::lang::Message;
use crate::msg;

/// A record with the id of an earlier record of its kind and scope.
#[derive(Clone, Debug, PartialEq)]
pub struct DuplicateId {
    /// The id, as the file writes it.
    pub id: String,
    /// The record to open to see it: the record itself for the plan's own lists, else the visit,
    /// event or topic that holds it.
    pub subject: Subject,
    /// Which of the records sharing the subject's id is meant (0 but for the plan's own lists).
    pub occurrence: usize,
    /// The record for a sentence: `vehicle "Car 1"`, `seat 3 of table "Head table" of event
    /// "Dinner"`.
    pub record: Message,
}

impl Plan {
    /// Every record whose id an earlier record of its kind already has, in the order of the file.
    /// Linear in the plan; `index` (of this plan) tells which of the plan's lists have no
    /// duplicate at all, so that those are not looked at again.
    pub fn duplicate_ids(&self, index: &PlanIndex) -> Vec<DuplicateId> {
        let mut found = Found::default();
        found.top_level(&self.organisations, index.organisations.len(), |r| {
            let described = named_record("organisation", &r.name);
            (r.id.value(), Subject::Organisation(r.id), described)
        });
        found.top_level(&self.people, index.people.len(), |r| {
            let described = named_record("person", &r.name);
            (r.id.value(), Subject::Person(r.id), described)
        });
        found.top_level(&self.events, index.events.len(), |r| {
            let described = named_record("event", &r.title);
            (r.id.value(), Subject::Event(r.id), described)
        });
        found.top_level(&self.topics, index.topics.len(), |r| {
            let described = named_record("topic", &r.title);
            (r.id.value(), Subject::Topic(r.id), described)
        });
        found.top_level(&self.actions, index.actions.len(), |r| {
            let described = named_record("action", &r.text);
            (r.id.value(), Subject::Action(r.id), described)
        });
        found.held(
            Subject::Visit,
            self.visit.vehicles.iter(),
            |v| v.id.value(),
            |v| msg!("record-kind-vehicle-named", name = label(&v.name)),
        );
        for event in &self.events {
            let subject = Subject::Event(event.id);
            let of_event = || named_record("event", &event.title);
            found.held(
                subject,
                event.tables.iter(),
                |t| t.id.value(),
                |t| {
                    msg!(
                        "record-kind-table-of",
                        name = label(&t.name),
                        of = of_event()
                    )
                },
            );
            let seats = event.tables.iter().flat_map(|table| {
                table
                    .seats
                    .iter()
                    .enumerate()
                    .map(move |(position, seat)| (table, position, seat))
            });
            found.held(
                subject,
                seats,
                |(_, _, seat)| seat.id.value(),
                |(table, position, _)| {
                    msg!(
                        "record-kind-seat-of",
                        number = position + 1,
                        table = label(&table.name),
                        of = of_event()
                    )
                },
            );
            found.held(
                subject,
                event.rides.iter(),
                |r| r.id.value(),
                |_| msg!("record-kind-ride-of", of = of_event()),
            );
            found.held(
                subject,
                event.gifts.iter(),
                |g| g.id.value(),
                |g| {
                    msg!(
                        "record-kind-gift-of",
                        name = label(&g.description),
                        of = of_event()
                    )
                },
            );
            if let EventKind::Stay(stay) = &event.kind {
                found.held(
                    subject,
                    stay.rooms.iter(),
                    |r| r.id.value(),
                    |r| match r.number.trim() {
                        "" => msg!("record-kind-room-of", of = of_event()),
                        number => msg!(
                            "record-kind-numbered-room-of",
                            number = label(number),
                            of = of_event()
                        ),
                    },
                );
            }
        }
        for topic in &self.topics {
            found.held(
                Subject::Topic(topic.id),
                topic.questions.iter(),
                |q| q.id.value(),
                |q| {
                    msg!(
                        "record-kind-question-of",
                        text = label(&q.text),
                        of = named_record("topic", &topic.title)
                    )
                },
            );
        }
        found.duplicates
    }
}

#[derive(Default)]
struct Found {
    duplicates: Vec<DuplicateId>,
    /// Ids seen in the list at hand (and how often, for the plan's own lists), reused from list
    /// to list.
    seen: HashMap<u64, usize>,
}

impl Found {
    /// One of the plan's own lists; `indexed` is how many distinct ids the index found in it.
    /// `what` gives a record's id, the subject naming it and its description (asked only of
    /// duplicates).
    fn top_level<R>(
        &mut self,
        records: &[Arc<R>],
        indexed: usize,
        what: impl Fn(&R) -> (u64, Subject, Message),
    ) {
        if indexed == records.len() {
            return;
        }
        self.seen.clear();
        for record in records {
            let (id, subject, record) = what(record);
            let count = self.seen.entry(id).or_insert(0);
            if *count > 0 {
                self.duplicates.push(DuplicateId {
                    id: Id::<()>::from_value(id).to_string(),
                    subject,
                    occurrence: *count,
                    record,
                });
            }
            *count += 1;
        }
    }

    /// A list of records held by `holder`.
    fn held<R>(
        &mut self,
        holder: Subject,
        records: impl Iterator<Item = R>,
        id: impl Fn(&R) -> u64,
        describe: impl Fn(&R) -> Message,
    ) {
        self.seen.clear();
        for record in records {
            let value = id(&record);
            let count = self.seen.entry(value).or_insert(0);
            if *count > 0 {
                self.duplicates.push(DuplicateId {
                    id: Id::<()>::from_value(value).to_string(),
                    subject: holder,
                    occurrence: 0,
                    record: describe(&record),
                });
            }
            *count += 1;
        }
    }
}
