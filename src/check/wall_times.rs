//! Times that the clocks skip or pass twice: a start or end in a DST gap (03:30 on the night the
//! clocks go from 03:00 to 04:00) or fold. The plan keeps them as typed; this says which instant
//! Attaché took, the one the window, the calendar and the briefing book show.

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::lang::format::DateFormat;
use crate::lang::{Arg, Message};
use crate::model::label::label;
use crate::model::schedule::{utc_offset, zone_city};
use crate::model::{LocalTime, WallTimeFit};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    for (position, event) in context.plan.events.iter().enumerate() {
        // All-day items have no clock time; unknown zones are reported by the integrity rules.
        if event.all_day {
            continue;
        }
        let swallowed = context.spans[position].is_some_and(|span| span.start == span.end)
            && (event.start.wall != event.end.wall || event.start.zone != event.end.zone);
        for (field, time) in [
            ("problem-field-start", &event.start),
            ("problem-field-end", &event.end),
        ] {
            let Some(explanation) = time.fit().ok().and_then(|fit| explain(time, fit)) else {
                continue;
            };
            let (rule, explanation) = explanation;
            let message = if swallowed {
                Message::new("problem-wall-time-swallowed")
            } else {
                Message::new("problem-wall-time")
            };
            problems.push(Problem::warning(
                rule,
                Subject::Event(event.id),
                message
                    .with("title", label(&event.title))
                    .with("field", Arg::message(field))
                    .with("explanation", explanation),
            ));
        }
    }
}

/// The rule and the sentence for a time in a gap or fold; `None` for a time that happens once.
fn explain(time: &LocalTime, fit: WallTimeFit) -> Option<(Rule, Message)> {
    let asked = time.wall.time();
    let city = zone_city(&time.zone);
    let day = Arg::DateAs(time.wall.date(), DateFormat::Numeric);
    match fit {
        WallTimeFit::Exact => None,
        WallTimeFit::InGap {
            clocks,
            moved_to,
            offset,
        } => Some((
            Rule::TimeInGap,
            msg!(
                "problem-time-in-gap",
                asked = asked,
                city = city,
                day = day,
                from = clocks.from,
                to = clocks.to,
                taken = moved_to.time(),
                offset = utc_offset(offset)
            ),
        )),
        WallTimeFit::InFold {
            clocks,
            first,
            second,
        } => Some((
            Rule::TimeInFold,
            msg!(
                "problem-time-in-fold",
                asked = asked,
                city = city,
                day = day,
                from = clocks.from,
                to = clocks.to,
                first = utc_offset(first),
                second = utc_offset(second)
            ),
        )),
    }
}
