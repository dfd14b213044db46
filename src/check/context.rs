//! What the rules share, computed once per check: records by id, each event's instants, and who
//! attends what in time order.

use std::collections::{HashMap, HashSet};

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use super::Severity;
use crate::lang::{Arg, Message};
use crate::model::label::label;
use crate::model::{
    Event, EventId, EventKind, EventStatus, LocalTime, PersonId, Plan, PlanIndex, zone_named,
    zoned_in,
};
use crate::msg;

/// When an event begins and ends, as instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Span {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// One person at one timed event.
#[derive(Clone, Copy, Debug)]
pub(super) struct Attendance {
    pub person: PersonId,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The event's position in `plan.events`.
    pub event: usize,
}

pub(super) struct Context<'a> {
    pub plan: &'a Plan,
    pub today: Date,
    pub index: PlanIndex,
    /// Per event, in plan order: its instants, when both zones are known and it does not end
    /// before it starts (those mistakes are reported by the integrity rules).
    pub spans: Vec<Option<Span>>,
    /// Every person at every timed event (see [`is_timed`]), sorted by person, then start, then
    /// end: each person's day in order.
    pub attendance: Vec<Attendance>,
    /// People named by an event whose time cannot be worked out; where they are is unknown until
    /// that is fixed, so the rules that follow a person through the day leave them out.
    pub unplaced_people: HashSet<PersonId>,
    zones: ZoneCache,
}

impl<'a> Context<'a> {
    pub fn new(plan: &'a Plan, today: Date) -> Self {
        let mut zones = ZoneCache::default();
        let spans: Vec<Option<Span>> = plan
            .events
            .iter()
            .map(|event| span_of(event, &mut zones))
            .collect();
        // Each person's timed events in time order: the timed events ranked by start, then one
        // sort of (person, rank) keys, n log n.
        let mut unplaced_people = HashSet::new();
        let mut timed: Vec<usize> = Vec::new();
        for (position, event) in plan.events.iter().enumerate() {
            if event.status == EventStatus::Cancelled {
                continue;
            }
            match spans[position] {
                None => unplaced_people.extend(event.people()),
                Some(_) if is_timed(event) => timed.push(position),
                Some(_) => {}
            }
        }
        let span = |position: usize| spans[position].expect("timed events have a span");
        timed
            .sort_unstable_by_key(|&position| (span(position).start, span(position).end, position));
        let mut keys: Vec<u128> = Vec::with_capacity(
            timed
                .iter()
                .map(|&position| plan.events[position].participants.len() + 2)
                .sum(),
        );
        for (rank, &position) in timed.iter().enumerate() {
            keys.extend(
                plan.events[position]
                    .people()
                    .map(|person| (u128::from(person.value()) << 64) | rank as u128),
            );
        }
        keys.sort_unstable();
        // A person named twice by one event (participant and host) attends it once.
        keys.dedup();
        let attendance = keys
            .into_iter()
            .map(|key| {
                let event = timed[(key as u64) as usize];
                let Span { start, end } = span(event);
                Attendance {
                    person: PersonId::from_value((key >> 64) as u64),
                    start,
                    end,
                    event,
                }
            })
            .collect();
        Self {
            plan,
            today,
            index: PlanIndex::new(plan),
            spans,
            attendance,
            unplaced_people,
            zones,
        }
    }

    /// Whether the IANA database knows the zone.
    pub fn zone_known(&self, zone: &str) -> bool {
        match self.zones.zones.get(zone) {
            Some(known) => known.is_some(),
            None => zone_named(zone).is_ok(),
        }
    }

    pub fn event_position(&self, id: EventId) -> Option<usize> {
        self.index.events.get(&id).copied()
    }

    /// When the event at `position` starts, for ordering: its instant, or, when its zone is
    /// unknown, its wall time read as UTC.
    pub fn sort_time(&self, position: usize) -> Timestamp {
        let event = &self.plan.events[position];
        match self.spans[position] {
            Some(span) => span.start,
            None => event
                .start
                .instant()
                .unwrap_or_else(|_| wall_as_utc(event.start.wall)),
        }
    }

    /// The person's name as a [`label`], or their id when they are not in the plan.
    pub fn person_name(&self, id: PersonId) -> String {
        match self.index.people.get(&id) {
            Some(&i) => label(&self.plan.people[i].name).into_owned(),
            None => id.to_string(),
        }
    }

    /// People's names for a sentence: `"A"`, `"A" and "B"`, `"A", "B" and 3 others`, listed
    /// as the language lists them where the sentence is shown; the sentence chooses its verb by
    /// their number. People are named in the order of the plan's list (the order of precedence).
    pub fn people(&self, people: &[PersonId]) -> Arg {
        let mut people = people.to_vec();
        people.sort_by_key(|id| self.index.people.get(id).copied().unwrap_or(usize::MAX));
        let quoted = |id: &PersonId| Arg::from(quoted(self.person_name(*id)));
        match people.as_slice() {
            [] => Arg::message("problem-nobody"),
            [first, second, rest @ ..] if rest.len() > 1 => Arg::List(vec![
                quoted(first),
                quoted(second),
                msg!("problem-others", count = rest.len()).into(),
            ]),
            all => Arg::List(all.iter().map(quoted).collect()),
        }
    }
}

/// A name or title in quotation marks, as the language writes them.
pub(super) fn quoted(name: impl Into<Arg>) -> Message {
    msg!("problem-quoted", name = name)
}

/// Whether an event occupies its people for its hours. A stay (the hotel) and an item without
/// fixed hours (a day trip) are the background of a day: a meeting during them is no clash.
pub(super) fn is_timed(event: &Event) -> bool {
    !event.all_day && !matches!(event.kind, EventKind::Stay(_))
}

/// How grave it is that two events happen at once for someone or something: two confirmed events
/// cannot both happen (an error); a proposed or requested one may still move (a warning).
pub(super) fn clash_severity(a: &Event, b: &Event) -> Severity {
    if a.status == EventStatus::Confirmed && b.status == EventStatus::Confirmed {
        Severity::Error
    } else {
        Severity::Warning
    }
}

/// A time and its zone's city as the agenda writes them: "Mon 22 Mar 09:30 Tallinn". The clock
/// shown is the instant Attaché takes (a time in a DST gap moves forward, as in the editor and
/// the exports); the time as typed only when its zone is unknown. A day without its hours (an
/// all-day item) is "Mon 22 Mar".
pub(super) fn describe(time: &LocalTime, all_day: bool) -> Arg {
    if all_day {
        return Arg::Date(time.wall.date());
    }
    let shown = time.zoned().map_or(time.wall, |zoned| zoned.datetime());
    msg!(
        "problem-time-in-city",
        at = shown,
        city = crate::model::schedule::zone_city(&time.zone)
    )
    .into()
}

/// Midnight at the start of `date` in `zone` (UTC when the zone is unknown), for ordering.
pub(super) fn start_of_day(date: Date, zone: &str) -> Timestamp {
    let midnight = date.to_datetime(jiff::civil::Time::midnight());
    zone_named(zone)
        .ok()
        .and_then(|zone| zoned_in(&zone, midnight))
        .map_or_else(|| wall_as_utc(midnight), |zoned| zoned.timestamp())
}

fn wall_as_utc(wall: DateTime) -> Timestamp {
    wall.to_zoned(TimeZone::UTC)
        .map(|zoned| zoned.timestamp())
        .unwrap_or_default()
}

/// Zones by name, looked up once per check rather than once per event.
#[derive(Default)]
struct ZoneCache {
    zones: HashMap<String, Option<TimeZone>>,
}

impl ZoneCache {
    /// The instant of a wall time, resolved as [`LocalTime::instant`] does (a time in a DST gap
    /// moves forward, one in a fold takes the earlier).
    fn instant(&mut self, wall: DateTime, zone: &str) -> Option<Timestamp> {
        if !self.zones.contains_key(zone) {
            self.zones.insert(zone.to_owned(), zone_named(zone).ok());
        }
        let zone = self.zones[zone].as_ref()?;
        zoned_in(zone, wall).map(|zoned| zoned.timestamp())
    }
}

fn span_of(event: &Event, zones: &mut ZoneCache) -> Option<Span> {
    let (start_wall, end_wall) = if event.all_day {
        // Only the dates count: from the start of the first day to the end of the last.
        if event.end.wall.date() < event.start.wall.date() {
            return None;
        }
        let midnight = jiff::civil::Time::midnight();
        let end = event.end.wall.date().checked_add(1.day()).ok()?;
        (
            event.start.wall.date().to_datetime(midnight),
            end.to_datetime(midnight),
        )
    } else {
        (event.start.wall, event.end.wall)
    };
    let start = zones.instant(start_wall, &event.start.zone)?;
    let end = zones.instant(end_wall, &event.end.zone)?;
    (end >= start).then_some(Span { start, end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn instants_agree_with_the_model_across_a_dst_gap() {
        let mut zones = ZoneCache::default();
        for wall in [
            date(2027, 3, 28).at(3, 30, 0, 0),
            date(2027, 10, 31).at(3, 30, 0, 0),
            date(2027, 7, 1).at(12, 0, 0, 0),
        ] {
            let time = LocalTime::new(wall, "Europe/Tallinn");
            assert_eq!(
                zones.instant(wall, "Europe/Tallinn"),
                time.instant().ok(),
                "{wall}"
            );
        }
        assert_eq!(
            zones.instant(date(2027, 1, 1).at(0, 0, 0, 0), "Mars/Base"),
            None
        );
    }
}
