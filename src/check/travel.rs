//! Getting from one event to the next: consecutive events of a person in different cities with no
//! travel leg between them, or at different places with too little time to get across.
//!
//! Each person's timed events are walked in order of start (the sorted attendance shared with the
//! conflict rule). Where a person is comes from the events: a travel leg leaves from `from` and
//! arrives at `to`; any other event is at its location. An event with no location leaves it
//! unknown where the person is, so the walk starts again after it. People with an event whose
//! time cannot be worked out are left out until that is fixed.

use std::collections::HashMap;

use jiff::SignedDuration;

use super::context::Context;
use super::places::{Gazetteer, same_venue, venue_key};
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{Event, EventKind, PersonId};
use crate::msg;

/// Less time than this between two events at different places is too little to get across town.
pub const MINIMUM_TRANSFER: SignedDuration = SignedDuration::from_mins(15);

/// Where an event begins or ends, as far as its text tells.
struct Place<'a> {
    written: &'a str,
    /// The text as compared, and the names it shares with other places of one venue.
    venue: String,
    names: Vec<String>,
    city: Option<&'a str>,
}

/// Where an event begins and ends, as positions in [`Places::list`].
struct Ends {
    start: usize,
    end: usize,
}

/// Each place written in the plan, read once however many events name it.
struct Places<'a> {
    gazetteer: &'a Gazetteer,
    positions: HashMap<&'a str, usize>,
    list: Vec<Place<'a>>,
}

impl<'a> Places<'a> {
    fn place(&mut self, written: &'a str) -> Option<usize> {
        let written = written.trim();
        if written.is_empty() {
            return None;
        }
        if let Some(&position) = self.positions.get(written) {
            return Some(position);
        }
        self.list.push(Place {
            written,
            venue: venue_key(written),
            names: self.gazetteer.venue_names(written),
            city: self.gazetteer.city_of(written),
        });
        self.positions.insert(written, self.list.len() - 1);
        Some(self.list.len() - 1)
    }

    /// Where the event begins and ends; `None` when its text does not say.
    fn ends(&mut self, event: &'a Event) -> Option<Ends> {
        match &event.kind {
            EventKind::Travel(leg) => Some(Ends {
                start: self.place(&leg.from)?,
                end: self.place(&leg.to)?,
            }),
            _ => {
                let here = self.place(&event.location)?;
                Some(Ends {
                    start: here,
                    end: here,
                })
            }
        }
    }
}

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let gazetteer = Gazetteer::of(plan);
    let mut places = Places {
        gazetteer: &gazetteer,
        positions: HashMap::new(),
        list: Vec::new(),
    };
    let ends: Vec<Option<Ends>> = plan.events.iter().map(|event| places.ends(event)).collect();
    let places = places.list;
    // (from event, to event, rule) → the people making that move.
    let mut moves: HashMap<(usize, usize, Rule), Vec<PersonId>> = HashMap::new();
    for person_day in context.attendance.chunk_by(|a, b| a.person == b.person) {
        let person = person_day[0].person;
        if context.unplaced_people.contains(&person) {
            continue;
        }
        let mut previous: Option<&super::context::Attendance> = None;
        for attendance in person_day {
            let Some(here) = &ends[attendance.event] else {
                previous = None;
                continue;
            };
            if let Some(before) = previous
                && attendance.start >= before.end
            {
                let gap = attendance.start.duration_since(before.end);
                let from = &places[ends[before.event].as_ref().expect("placed when seen").end];
                let to = &places[here.start];
                let rule = match (from.city, to.city) {
                    (Some(a), Some(b)) if a != b => Some(Rule::NoTravelLeg),
                    _ if gap < MINIMUM_TRANSFER
                        && !same_venue((&from.venue, &from.names), (&to.venue, &to.names)) =>
                    {
                        Some(Rule::TightTransfer)
                    }
                    _ => None,
                };
                if let Some(rule) = rule {
                    moves
                        .entry((before.event, attendance.event, rule))
                        .or_default()
                        .push(person);
                }
            }
            previous = Some(attendance);
        }
    }
    let mut moves: Vec<_> = moves.into_iter().collect();
    moves.sort_by_key(|&((from, to, _), _)| (context.sort_time(to), to, from));
    for ((from, to, rule), people) in moves {
        let (a, b) = (&plan.events[from], &plan.events[to]);
        let (leaving, arriving) = (
            &places[ends[from].as_ref().expect("placed when seen").end],
            &places[ends[to].as_ref().expect("placed when seen").start],
        );
        let message = match rule {
            Rule::NoTravelLeg => msg!(
                "problem-no-travel-leg",
                people = context.people(&people),
                count = people.len(),
                first = label(&a.title),
                from = label(leaving.city.unwrap_or_default()),
                second = label(&b.title),
                to = label(arriving.city.unwrap_or_default()),
            ),
            _ => {
                let gap = context.spans[to]
                    .expect("timed")
                    .start
                    .duration_since(context.spans[from].expect("timed").end);
                msg!(
                    "problem-tight-transfer",
                    people = context.people(&people),
                    count = people.len(),
                    minutes = gap.as_mins(),
                    first = label(&a.title),
                    from = label(leaving.written),
                    second = label(&b.title),
                    to = label(arriving.written),
                )
            }
        };
        problems.push(
            Problem::warning(rule, Subject::Event(b.id), message)
                .at(context.spans[to].map(|span| span.start)),
        );
    }
}
