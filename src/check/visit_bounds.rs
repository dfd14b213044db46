//! Events outside the visit's first and last day.

use jiff::ToSpan;

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{EventKind, EventStatus};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let visit = &context.plan.visit;
    if visit.last_day < visit.first_day {
        return; // The integrity rules report the visit's dates; every event would be outside.
    }
    // A flight home that leaves on the last day may land on the next.
    let last_landing = visit
        .last_day
        .checked_add(1.day())
        .unwrap_or(visit.last_day);
    for event in &context.plan.events {
        if event.status == EventStatus::Cancelled {
            continue;
        }
        let (starts, ends) = (event.start.wall.date(), event.end.wall.date());
        let latest_end = match event.kind {
            EventKind::Travel(_) => last_landing,
            _ => visit.last_day,
        };
        let inside = starts >= visit.first_day && starts <= visit.last_day && ends <= latest_end;
        if inside {
            continue;
        }
        let dates = if starts == ends {
            format!("on {starts}")
        } else {
            format!("from {starts} to {ends}")
        };
        problems.push(Problem::warning(
            Rule::OutsideVisit,
            Subject::Event(event.id),
            format!(
                "event \"{}\" is {dates}, outside the visit ({} to {})",
                label(&event.title),
                visit.first_day,
                visit.last_day
            ),
        ));
    }
}
