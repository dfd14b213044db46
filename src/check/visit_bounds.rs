//! Events outside the visit's first and last day. An event belongs to the visit when it starts on
//! one of its days and ends by the last; one that starts on the last day, or a travel leg, may end
//! the day after it.

use jiff::ToSpan;

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::lang::Arg;
use crate::lang::format::DateFormat;
use crate::model::label::label;
use crate::model::{EventKind, EventStatus};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let visit = &context.plan.visit;
    if visit.last_day < visit.first_day {
        return; // The integrity rules report the visit's dates; every event would be outside.
    }
    // What begins on the last day may end on the next: a dinner that runs past midnight, a
    // flight home that lands after it. Other events end by the last day.
    let day_after = visit
        .last_day
        .checked_add(1.day())
        .unwrap_or(visit.last_day);
    for event in &context.plan.events {
        if event.status == EventStatus::Cancelled {
            continue;
        }
        let (starts, ends) = (event.start.wall.date(), event.end.wall.date());
        let may_end_next_day =
            starts == visit.last_day || matches!(event.kind, EventKind::Travel(_));
        let latest_end = if may_end_next_day {
            day_after
        } else {
            visit.last_day
        };
        let inside = starts >= visit.first_day && starts <= visit.last_day && ends <= latest_end;
        if inside {
            continue;
        }
        let day = |date| Arg::DateAs(date, DateFormat::Numeric);
        let message = if starts == ends {
            msg!(
                "problem-outside-visit-on",
                title = label(&event.title),
                day = day(starts),
                first = day(visit.first_day),
                last = day(visit.last_day)
            )
        } else {
            msg!(
                "problem-outside-visit-from-to",
                title = label(&event.title),
                start = day(starts),
                end = day(ends),
                first = day(visit.first_day),
                last = day(visit.last_day)
            )
        };
        problems.push(Problem::warning(
            Rule::OutsideVisit,
            Subject::Event(event.id),
            message,
        ));
    }
}
