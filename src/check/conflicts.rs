//! A person in two events at once.
//!
//! Each person's timed events, in order of start (sorted once for all, n log n), are swept for
//! every pair that overlaps ([`overlapping_pairs`]). Stays and all-day items are the background
//! of a day and clash with nothing; a flight clashes with everything else. Cancelled events are
//! left out. The people caught in the same two events are reported together, as one problem.

use std::collections::HashMap;

use super::context::{Context, clash_severity, describe};
use super::sweep::overlapping_pairs;
use super::{Problem, Rule, Subject};
use crate::model::PersonId;
use crate::model::label::label;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    // (earlier event, later event) → the people in both.
    let mut clashes: HashMap<(usize, usize), Vec<PersonId>> = HashMap::new();
    for person_day in context.attendance.chunk_by(|a, b| a.person == b.person) {
        overlapping_pairs(
            person_day,
            |attendance| (attendance.start, attendance.end),
            |earlier, later| {
                clashes
                    .entry((earlier.event, later.event))
                    .or_default()
                    .push(later.person);
            },
        );
    }
    let mut clashes: Vec<_> = clashes.into_iter().collect();
    clashes.sort_by_key(|&((first, second), _)| (context.sort_time(second), second, first));
    for ((first, second), people) in clashes {
        let (a, b) = (&context.plan.events[first], &context.plan.events[second]);
        let message = format!(
            "{} in two events at once: \"{}\" (until {}) and \"{}\" (from {})",
            context.people_phrase(&people, "is", "are"),
            label(&a.title),
            describe(&a.end, a.all_day),
            label(&b.title),
            describe(&b.start, b.all_day),
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
}
