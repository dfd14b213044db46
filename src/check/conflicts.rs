//! A person in two events at once.
//!
//! Each person's timed events, in order of start (sorted once for all, n log n), are swept for
//! every pair that overlaps ([`overlapping_pairs`]); past a few clashes for one event, the rest
//! are counted in one more problem. Stays and all-day items are the background
//! of a day and clash with nothing; a flight clashes with everything else. Cancelled events are
//! left out. The people caught in the same two events are reported together, as one problem.

use std::collections::HashMap;

use super::context::{Context, clash_severity, describe};
use super::sweep::{OVERLAPS_NAMED, overlapping_pairs};
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{EventStatus, PersonId};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    // (earlier event, later event) → the people in both.
    let mut clashes: HashMap<(usize, usize), Vec<PersonId>> = HashMap::new();
    // Later event → the people in more events at once with it than are named, and how many more.
    let mut crowded: HashMap<usize, (Vec<PersonId>, usize)> = HashMap::new();
    let events = &context.plan.events;
    for person_day in context.attendance.chunk_by(|a, b| a.person == b.person) {
        overlapping_pairs(
            person_day,
            |attendance| (attendance.start, attendance.end),
            // Confirmed events are named first, so that two confirmed ones are always an error.
            |attendance| events[attendance.event].status == EventStatus::Confirmed,
            |earlier, later| {
                clashes
                    .entry((earlier.event, later.event))
                    .or_default()
                    .push(later.person);
            },
            |later, count| {
                let (people, most) = crowded.entry(later.event).or_default();
                people.push(later.person);
                *most = (*most).max(count);
            },
        );
    }
    let mut clashes: Vec<_> = clashes.into_iter().collect();
    clashes.sort_by_key(|&((first, second), _)| (context.sort_time(second), second, first));
    for ((first, second), people) in clashes {
        let (a, b) = (&context.plan.events[first], &context.plan.events[second]);
        let message = msg!(
            "problem-conflict",
            people = context.people(&people),
            count = people.len(),
            first = label(&a.title),
            until = describe(&a.end, a.all_day),
            second = label(&b.title),
            from = describe(&b.start, b.all_day),
        );
        problems.push(
            Problem::new(
                clash_severity(a, b),
                Rule::Conflict,
                Subject::Event(b.id),
                message,
            )
            .also_about(Subject::Event(a.id))
            .at(context.spans[second].map(|span| span.start)),
        );
    }
    let mut crowded: Vec<_> = crowded.into_iter().collect();
    crowded.sort_by_key(|&(later, _)| (context.sort_time(later), later));
    for (later, (people, count)) in crowded {
        let event = &events[later];
        let message = msg!(
            "problem-conflict-more",
            people = context.people(&people),
            count = people.len(),
            more = count,
            title = label(&event.title),
            from = describe(&event.start, event.all_day),
            named = OVERLAPS_NAMED,
        );
        problems.push(
            Problem::warning(Rule::Conflict, Subject::Event(event.id), message)
                .at(context.spans[later].map(|span| span.start)),
        );
    }
}
