//! Travel documents (visas, passports) due after the person has to leave.

use std::collections::HashMap;

use super::context::{Context, start_of_day};
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{Choice, DocumentStatus, EventKind, EventStatus, PersonId};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    // Each person's first travel leg: (its start, its position).
    let mut first_departure: HashMap<PersonId, (jiff::Timestamp, usize)> = HashMap::new();
    for (position, event) in plan.events.iter().enumerate() {
        if !matches!(event.kind, EventKind::Travel(_)) || event.status == EventStatus::Cancelled {
            continue;
        }
        let Some(span) = context.spans[position] else {
            continue;
        };
        for person in event.people() {
            let first = first_departure
                .entry(person)
                .or_insert((span.start, position));
            if span.start < first.0 {
                *first = (span.start, position);
            }
        }
    }
    for person in &plan.people {
        let document = &person.travel_document;
        if !matches!(
            document.status,
            DocumentStatus::ToApply | DocumentStatus::Applied
        ) {
            continue;
        }
        let Some(deadline) = document.deadline else {
            continue;
        };
        let (departure, leaving, when) = match first_departure.get(&person.id) {
            Some(&(start, position)) => {
                let leg = &plan.events[position];
                (
                    leg.start.wall.date(),
                    format!("their first departure, \"{}\"", label(&leg.title)),
                    start,
                )
            }
            None => (
                plan.visit.first_day,
                "the first day of the visit".to_owned(),
                start_of_day(plan.visit.first_day, &plan.visit.home_zone),
            ),
        };
        if deadline <= departure {
            continue;
        }
        problems.push(
            Problem::error(
                Rule::DocumentTooLate,
                Subject::Person(person.id),
                format!(
                    "person \"{}\": the travel document ({}) is due on {deadline}, after {leaving} \
                     on {departure}",
                    label(&person.name),
                    document.status.code().to_lowercase()
                ),
            )
            .at(Some(when)),
        );
    }
}
