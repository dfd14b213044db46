//! Travel documents (visas, passports) due after the person has to leave.

use std::collections::HashMap;

use super::context::{Context, start_of_day};
use super::{Problem, Rule, Subject};
use crate::lang::Arg;
use crate::lang::format::DateFormat;
use crate::model::label::label;
use crate::model::{DocumentStatus, EventKind, EventStatus, PersonId};
use crate::msg;

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
                    msg!("problem-first-departure", title = label(&leg.title)),
                    start,
                )
            }
            None => (
                plan.visit.first_day,
                msg!("problem-first-day-of-visit"),
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
                msg!(
                    "problem-document-too-late",
                    person = label(&person.name),
                    status = Arg::message(match document.status {
                        DocumentStatus::ToApply => "problem-document-to-apply",
                        _ => "problem-document-applied",
                    }),
                    deadline = Arg::DateAs(deadline, DateFormat::Numeric),
                    leaving = leaving,
                    departure = Arg::DateAs(departure, DateFormat::Numeric),
                ),
            )
            .at(Some(when)),
        );
    }
}
