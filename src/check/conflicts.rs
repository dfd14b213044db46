//! A person in two events at once.
//!
//! One sweep over each person's timed events in order of start (sorted once, n log n): an event
//! that starts before the latest end so far overlaps the event that ends then. Stays and all-day
//! items are the background of a day and clash with nothing; a flight clashes with everything
//! else. Cancelled events are left out. The people caught in the same two events are reported
//! together, as one problem.

use std::collections::HashMap;

use super::context::{Context, describe};
use super::{Problem, Rule, Severity, Subject};
use crate::model::label::label;
use crate::model::{EventStatus, PersonId};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    // (earlier event, later event) → the people in both.
    let mut clashes: HashMap<(usize, usize), Vec<PersonId>> = HashMap::new();
    for person_day in context.attendance.chunk_by(|a, b| a.person == b.person) {
        let mut latest_end: Option<(jiff::Timestamp, usize)> = None;
        for attendance in person_day {
            if let Some((end, event)) = latest_end
                && attendance.start < end
            {
                clashes
                    .entry((event, attendance.event))
                    .or_default()
                    .push(attendance.person);
            }
            if latest_end.is_none_or(|(end, _)| attendance.end > end) {
                latest_end = Some((attendance.end, attendance.event));
            }
        }
    }
    let mut clashes: Vec<_> = clashes.into_iter().collect();
    clashes.sort_by_key(|&((first, second), _)| (context.sort_time(second), second, first));
    for ((first, second), people) in clashes {
        let (a, b) = (&context.plan.events[first], &context.plan.events[second]);
        let both_confirmed =
            a.status == EventStatus::Confirmed && b.status == EventStatus::Confirmed;
        // Two confirmed events cannot both happen; a proposed or requested one may still move.
        let severity = if both_confirmed {
            Severity::Error
        } else {
            Severity::Warning
        };
        let message = format!(
            "{} in two events at once: \"{}\" (until {}) and \"{}\" (from {})",
            context.people_phrase(&people, "is", "are"),
            label(&a.title),
            describe(&a.end, a.all_day),
            label(&b.title),
            describe(&b.start, b.all_day),
        );
        problems.push(
            Problem::new(severity, Rule::Conflict, Subject::Event(b.id), message)
                .also_about(Subject::Event(a.id))
                .at(context.spans[second].map(|span| span.start)),
        );
    }
}
