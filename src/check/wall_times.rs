//! Times that the clocks skip or pass twice: a start or end in a DST gap (03:30 on the night the
//! clocks go from 03:00 to 04:00) or fold. The plan keeps them as typed; this says which instant
//! Attaché took, the one the window, the calendar and the briefing book show.

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::schedule::{utc_offset, zone_city};
use crate::model::{LocalTime, WallTimeFit};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    for (position, event) in context.plan.events.iter().enumerate() {
        // All-day items have no clock time; unknown zones are reported by the integrity rules.
        if event.all_day {
            continue;
        }
        let swallowed = context.spans[position].is_some_and(|span| span.start == span.end)
            && (event.start.wall != event.end.wall || event.start.zone != event.end.zone);
        for (field, time) in [("start", &event.start), ("end", &event.end)] {
            let Some(explanation) = time.fit().ok().and_then(|fit| explain(time, fit)) else {
                continue;
            };
            let (rule, mut message) = explanation;
            if swallowed {
                message.push_str(", so the event lasts no time at all");
            }
            problems.push(Problem::warning(
                rule,
                Subject::Event(event.id),
                format!("event \"{}\", its {field}: {message}", label(&event.title)),
            ));
        }
    }
}

/// The rule and the sentence for a time in a gap or fold; `None` for a time that happens once.
fn explain(time: &LocalTime, fit: WallTimeFit) -> Option<(Rule, String)> {
    let asked = time.wall.strftime("%H:%M");
    let place = format!("{} on {}", zone_city(&time.zone), time.wall.date());
    let hhmm = |t: jiff::civil::Time| t.strftime("%H:%M").to_string();
    match fit {
        WallTimeFit::Exact => None,
        WallTimeFit::InGap {
            clocks,
            moved_to,
            offset,
        } => Some((
            Rule::TimeInGap,
            format!(
                "there is no {asked} in {place} (the clocks go forward from {} to {}); \
                 Attaché takes {} ({})",
                hhmm(clocks.from),
                hhmm(clocks.to),
                hhmm(moved_to.time()),
                utc_offset(offset)
            ),
        )),
        WallTimeFit::InFold {
            clocks,
            first,
            second,
        } => Some((
            Rule::TimeInFold,
            format!(
                "{asked} happens twice in {place} (the clocks go back from {} to {}); \
                 Attaché takes the first, {asked} {}, not the second, {asked} {}",
                hhmm(clocks.from),
                hhmm(clocks.to),
                utc_offset(first),
                utc_offset(second)
            ),
        )),
    }
}
