//! When the events of a plan really happen, and the agenda they make: the days as seen from one
//! zone, and the moments the clocks change (a DST change, an arrival in another zone).
//!
//! Everything here is derived from the wall times and zones stored in the plan, with jiff; nothing
//! is stored. The app computes a [`Schedule`] once per change of the plan, not per frame.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan};

use super::{Event, LocalTime, Plan};

/// The real instants an event covers: from its start to its end. An all-day item covers its days
/// from midnight to midnight in its own zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// The events of a plan in real time, and its agenda seen from the host and the home zone.
#[derive(Clone, Debug, Default)]
pub struct Schedule {
    /// The instants of each event, by its position in `plan.events`.
    pub spans: Vec<Span>,
    /// Positions of the events, earliest start first (all-day items by their first day).
    pub order: Vec<usize>,
    /// The agenda with days and times in the visit's host zone.
    pub host: Agenda,
    /// The agenda with days and times in the visiting party's home zone.
    pub home: Agenda,
}

/// The days of a visit as seen from one zone, with what happens on each.
#[derive(Clone, Debug)]
pub struct Agenda {
    /// The zone the days and times are in (UTC when the plan names an unknown zone).
    pub zone: TimeZone,
    pub zone_name: String,
    /// Every day of the visit, and any other day on which an event starts, in date order.
    pub days: Vec<AgendaDay>,
}

impl Default for Agenda {
    fn default() -> Self {
        Self {
            zone: TimeZone::UTC,
            zone_name: "UTC".to_owned(),
            days: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaDay {
    pub date: Date,
    /// Whether the day lies between the visit's first and last day.
    pub in_visit: bool,
    /// All-day items first, then the rest in time order, clock changes where they happen.
    pub items: Vec<AgendaItem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgendaItem {
    /// The event at this position in `plan.events`.
    Event(usize),
    ClockChange(ClockChange),
}

/// A moment at which the clocks a planner reads change their offset from UTC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClockChange {
    pub at: Timestamp,
    pub before: Offset,
    pub after: Offset,
    pub cause: ClockChangeCause,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClockChangeCause {
    /// The zone's own clocks change (summer time begins or ends).
    Zone(String),
    /// A travel leg (the event at this position) lands in a zone whose clocks differ from those
    /// of the zone it left.
    Arrival {
        event: usize,
        from_zone: String,
        to_zone: String,
    },
}

impl ClockChange {
    /// How far the clocks move: positive when they go forward.
    pub fn shift(&self) -> jiff::SignedDuration {
        self.before.duration_until(self.after)
    }
}

impl Schedule {
    pub fn of(plan: &Plan) -> Self {
        let mut zones = ZoneCache::default();
        let host = zones.get(&plan.visit.host_zone).unwrap_or(TimeZone::UTC);
        let spans: Vec<Span> = plan
            .events
            .iter()
            .map(|event| span_with(event, &mut zones, &host))
            .collect();
        let mut order: Vec<usize> = (0..plan.events.len()).collect();
        order.sort_by_key(|&i| (spans[i].start, !plan.events[i].all_day, spans[i].end));

        let host_agenda = Agenda::of(plan, &spans, &order, &plan.visit.host_zone, &mut zones);
        let home_agenda = Agenda::of(plan, &spans, &order, &plan.visit.home_zone, &mut zones);
        Self {
            spans,
            order,
            host: host_agenda,
            home: home_agenda,
        }
    }
}

impl Agenda {
    fn of(
        plan: &Plan,
        spans: &[Span],
        order: &[usize],
        zone_name: &str,
        zones: &mut ZoneCache,
    ) -> Self {
        let (zone, zone_name) = match zones.get(zone_name) {
            Some(zone) => (zone, zone_name.to_owned()),
            None => (TimeZone::UTC, "UTC".to_owned()),
        };
        let visit = &plan.visit;
        let mut days: BTreeMap<Date, Vec<AgendaItem>> = BTreeMap::new();
        let mut day = visit.first_day;
        while day <= visit.last_day {
            days.insert(day, Vec::new());
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }

        // All-day items belong to the dates written in the plan; they open their day.
        for &i in order {
            let event = &plan.events[i];
            if event.all_day {
                days.entry(event.start.wall.date())
                    .or_default()
                    .push(AgendaItem::Event(i));
            }
        }
        // Timed events and the clock changes they cause, on the day they begin in this zone.
        // (when, whether it follows a clock change at the same instant, what)
        let mut timed: Vec<(Timestamp, bool, AgendaItem)> = Vec::new();
        for &i in order {
            let event = &plan.events[i];
            if event.all_day {
                continue;
            }
            timed.push((spans[i].start, true, AgendaItem::Event(i)));
            if let Some(change) = arrival(event, i, spans[i], zones) {
                // Listed right after the leg that causes it.
                timed.push((spans[i].start, true, AgendaItem::ClockChange(change)));
            }
        }
        // The clocks of the host and home zones, over the visit and every event in it.
        let window = window(plan, spans, &zone);
        let mut watched = vec![visit.host_zone.as_str()];
        if visit.home_zone != visit.host_zone {
            watched.push(visit.home_zone.as_str());
        }
        for name in watched {
            if let Some(watched_zone) = zones.get(name) {
                for change in zone_changes(&watched_zone, name, window) {
                    timed.push((change.at, false, AgendaItem::ClockChange(change)));
                }
            }
        }
        // Stable: events keep the order `order` gave them; a clock change comes before the
        // events that start at or after it.
        timed.sort_by_key(|(at, after_change, _)| (*at, *after_change));
        for (at, _, item) in timed {
            let date = at.to_zoned(zone.clone()).date();
            days.entry(date).or_default().push(item);
        }

        Self {
            zone,
            zone_name,
            days: days
                .into_iter()
                .map(|(date, items)| AgendaDay {
                    date,
                    in_visit: date >= visit.first_day && date <= visit.last_day,
                    items,
                })
                .collect(),
        }
    }

    /// The position of `date` in [`Self::days`], or of the first day after it.
    pub fn day_at_or_after(&self, date: Date) -> Option<usize> {
        let position = self.days.partition_point(|day| day.date < date);
        (position < self.days.len()).then_some(position)
    }
}

/// The instants of one event. A zone the database does not know is read as the host zone, so
/// that the event still shows somewhere near where it belongs (the check reports the zone).
pub fn span_of(event: &Event, host: &TimeZone) -> Span {
    span_with(event, &mut ZoneCache::default(), host)
}

fn span_with(event: &Event, zones: &mut ZoneCache, host: &TimeZone) -> Span {
    let instant = |time: &LocalTime, zones: &mut ZoneCache, date_only: Option<Date>| {
        let zone = zones.get(&time.zone).unwrap_or_else(|| host.clone());
        let wall = match date_only {
            Some(date) => date.to_datetime(jiff::civil::Time::midnight()),
            None => time.wall,
        };
        zone.to_ambiguous_zoned(wall)
            .compatible()
            .map(|zoned| zoned.timestamp())
            .unwrap_or_default()
    };
    if event.all_day {
        let start_day = event.start.wall.date();
        let end_day = event.end.wall.date().max(start_day);
        let after_end = end_day.tomorrow().unwrap_or(end_day);
        Span {
            start: instant(&event.start, zones, Some(start_day)),
            end: instant(&event.end, zones, Some(after_end)),
        }
    } else {
        Span {
            start: instant(&event.start, zones, None),
            end: instant(&event.end, zones, None),
        }
    }
}

/// The clock change an event causes when it ends in a zone whose offset differs from the one it
/// started in (a flight from Istanbul to Tallinn in winter).
fn arrival(
    event: &Event,
    position: usize,
    span: Span,
    zones: &mut ZoneCache,
) -> Option<ClockChange> {
    if event.start.zone == event.end.zone {
        return None;
    }
    let from = zones.get(&event.start.zone)?;
    let to = zones.get(&event.end.zone)?;
    let before = from.to_offset(span.start);
    let after = to.to_offset(span.end);
    (before != after).then(|| ClockChange {
        at: span.end,
        before,
        after,
        cause: ClockChangeCause::Arrival {
            event: position,
            from_zone: event.start.zone.clone(),
            to_zone: event.end.zone.clone(),
        },
    })
}

/// From midnight before the first day to midnight after the last, stretched to cover every event.
fn window(plan: &Plan, spans: &[Span], zone: &TimeZone) -> (Timestamp, Timestamp) {
    let midnight = |date: Date| {
        zone.to_ambiguous_zoned(date.to_datetime(jiff::civil::Time::midnight()))
            .compatible()
            .map(|zoned| zoned.timestamp())
            .unwrap_or_default()
    };
    let mut from = midnight(plan.visit.first_day);
    let mut to = midnight(
        plan.visit
            .last_day
            .tomorrow()
            .unwrap_or(plan.visit.last_day),
    );
    for span in spans {
        from = from.min(span.start);
        to = to.max(span.end);
    }
    // A plan with an event decades away would otherwise list every change in between.
    let limit = from
        .checked_add(jiff::SignedDuration::from_hours(24 * 400))
        .unwrap_or(to);
    (from, to.min(limit))
}

/// The changes of a zone's offset from UTC in `window`.
pub fn zone_changes(
    zone: &TimeZone,
    name: &str,
    (from, to): (Timestamp, Timestamp),
) -> Vec<ClockChange> {
    let Some(start) = from.checked_sub(1.nanosecond()).ok() else {
        return Vec::new();
    };
    let mut changes = Vec::new();
    for transition in zone.following(start) {
        let at = transition.timestamp();
        if at > to {
            break;
        }
        let before = zone.to_offset(at.checked_sub(1.nanosecond()).unwrap_or(at));
        let after = transition.offset();
        if before != after {
            changes.push(ClockChange {
                at,
                before,
                after,
                cause: ClockChangeCause::Zone(name.to_owned()),
            });
        }
    }
    changes
}

/// An offset as planners write it: "UTC+3", "UTC+5:30", "UTC".
pub fn utc_offset(offset: Offset) -> String {
    let seconds = offset.seconds();
    if seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    if minutes == 0 {
        format!("UTC{sign}{hours}")
    } else {
        format!("UTC{sign}{hours}:{minutes:02}")
    }
}

/// The place an IANA zone is named after: "Europe/Tallinn" → "Tallinn",
/// "America/Argentina/Buenos_Aires" → "Buenos Aires".
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// Zones looked up once per build rather than once per event.
#[derive(Default)]
struct ZoneCache(HashMap<String, Option<TimeZone>>);

impl ZoneCache {
    fn get(&mut self, name: &str) -> Option<TimeZone> {
        if let Some(zone) = self.0.get(name) {
            return zone.clone();
        }
        let zone = TimeZone::get(name).ok();
        self.0.insert(name.to_owned(), zone.clone());
        zone
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventKind;
    use jiff::civil::date;
    use std::sync::Arc;

    fn at(day: i8, hour: i8, minute: i8, zone: &str) -> LocalTime {
        LocalTime::new(date(2027, 3, day).at(hour, minute, 0, 0), zone)
    }

    fn visit_plan() -> Plan {
        let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
        plan.visit.home_zone = "Asia/Baghdad".into();
        plan.visit.last_day = date(2027, 3, 28);
        plan
    }

    fn add(plan: &mut Plan, title: &str, start: LocalTime, end: LocalTime) -> usize {
        plan.events
            .push(Arc::new(Event::new(EventKind::Meeting, title, start, end)));
        plan.events.len() - 1
    }

    fn titles(plan: &Plan, day: &AgendaDay) -> Vec<String> {
        day.items
            .iter()
            .map(|item| match item {
                AgendaItem::Event(i) => plan.events[*i].title.clone(),
                AgendaItem::ClockChange(change) => format!(
                    "{} → {}",
                    utc_offset(change.before),
                    utc_offset(change.after)
                ),
            })
            .collect()
    }

    #[test]
    fn every_visit_day_is_listed_and_events_fall_on_their_day_in_the_chosen_zone() {
        let mut plan = visit_plan();
        add(
            &mut plan,
            "Late call",
            at(22, 23, 30, "Europe/Tallinn"),
            at(23, 0, 30, "Europe/Tallinn"),
        );
        add(
            &mut plan,
            "Before the visit",
            at(19, 10, 0, "Europe/Tallinn"),
            at(19, 11, 0, "Europe/Tallinn"),
        );
        let schedule = Schedule::of(&plan);
        let host = &schedule.host;
        assert_eq!(host.days.len(), 9, "eight visit days and the day before");
        assert!(!host.days[0].in_visit);
        assert_eq!(host.days[0].date, date(2027, 3, 19));
        assert_eq!(
            titles(&plan, &host.days[2]),
            ["Late call"],
            "22 March in Tallinn"
        );
        // 23:30 in Tallinn is 00:30 the next day in Baghdad (an hour ahead in winter).
        let home = &schedule.home;
        let day = home.day_at_or_after(date(2027, 3, 23)).unwrap();
        assert_eq!(titles(&plan, &home.days[day]), ["Late call"]);
    }

    #[test]
    fn the_dst_change_is_marked_before_the_events_after_it() {
        let mut plan = visit_plan();
        add(
            &mut plan,
            "Transfer",
            at(28, 7, 45, "Europe/Tallinn"),
            at(28, 8, 15, "Europe/Tallinn"),
        );
        add(
            &mut plan,
            "Night train",
            at(28, 1, 0, "Europe/Tallinn"),
            at(28, 2, 0, "Europe/Tallinn"),
        );
        let schedule = Schedule::of(&plan);
        let last = schedule.host.days.last().unwrap();
        assert_eq!(last.date, date(2027, 3, 28));
        assert_eq!(
            titles(&plan, last),
            ["Night train", "UTC+2 → UTC+3", "Transfer"]
        );
        let AgendaItem::ClockChange(change) = &last.items[1] else {
            panic!("a clock change")
        };
        assert_eq!(
            change.cause,
            ClockChangeCause::Zone("Europe/Tallinn".into())
        );
        assert_eq!(change.shift().as_hours(), 1);
        // Baghdad keeps UTC+3 all year: no other change in the week.
        let changes = schedule
            .host
            .days
            .iter()
            .flat_map(|day| &day.items)
            .filter(|item| matches!(item, AgendaItem::ClockChange(_)))
            .count();
        assert_eq!(changes, 1);
    }

    #[test]
    fn a_leg_landing_where_clocks_differ_is_followed_by_its_arrival() {
        let mut plan = visit_plan();
        let flight = add(
            &mut plan,
            "Flight Istanbul – Tallinn",
            at(21, 12, 40, "Europe/Istanbul"),
            at(21, 15, 10, "Europe/Tallinn"),
        );
        add(
            &mut plan,
            "Transfer",
            at(21, 15, 45, "Europe/Tallinn"),
            at(21, 16, 15, "Europe/Tallinn"),
        );
        add(
            &mut plan,
            "Ferry",
            at(21, 12, 30, "Europe/Helsinki"),
            at(21, 14, 30, "Europe/Tallinn"),
        );
        let schedule = Schedule::of(&plan);
        let first = &schedule.host.days[0];
        assert_eq!(
            titles(&plan, first),
            [
                "Flight Istanbul – Tallinn",
                "UTC+3 → UTC+2",
                "Ferry",
                "Transfer"
            ],
            "Helsinki and Tallinn share their clocks, so the ferry changes nothing"
        );
        let AgendaItem::ClockChange(change) = &first.items[1] else {
            panic!("a clock change")
        };
        assert_eq!(
            change.cause,
            ClockChangeCause::Arrival {
                event: flight,
                from_zone: "Europe/Istanbul".into(),
                to_zone: "Europe/Tallinn".into()
            }
        );
        // 12:40 in Istanbul (UTC+3) to 15:10 in Tallinn (UTC+2) is three and a half hours.
        let span = schedule.spans[flight];
        assert_eq!(span.end.duration_since(span.start).as_mins(), 210);
    }

    #[test]
    fn all_day_items_open_their_day_and_cover_it_from_midnight() {
        let mut plan = visit_plan();
        add(
            &mut plan,
            "Breakfast",
            at(24, 7, 0, "Europe/Tallinn"),
            at(24, 8, 0, "Europe/Tallinn"),
        );
        let trip = add(
            &mut plan,
            "Day trip to Tartu",
            at(24, 0, 0, "Europe/Tallinn"),
            at(24, 0, 0, "Europe/Tallinn"),
        );
        Arc::make_mut(&mut plan.events[trip]).all_day = true;
        let schedule = Schedule::of(&plan);
        let day = &schedule.host.days[3];
        assert_eq!(titles(&plan, day), ["Day trip to Tartu", "Breakfast"]);
        let span = schedule.spans[trip];
        assert_eq!(span.end.duration_since(span.start).as_hours(), 24);
    }

    #[test]
    fn offsets_and_cities_read_as_planners_write_them() {
        assert_eq!(utc_offset(Offset::constant(3)), "UTC+3");
        assert_eq!(utc_offset(Offset::constant(-5)), "UTC-5");
        assert_eq!(utc_offset(Offset::UTC), "UTC");
        assert_eq!(
            utc_offset(Offset::from_seconds(5 * 3600 + 1800).unwrap()),
            "UTC+5:30"
        );
        assert_eq!(zone_city("Europe/Tallinn"), "Tallinn");
        assert_eq!(zone_city("America/Argentina/Buenos_Aires"), "Buenos Aires");
        assert_eq!(zone_city("UTC"), "UTC");
    }

    #[test]
    fn an_unknown_zone_is_read_as_the_host_zone() {
        let mut plan = visit_plan();
        let i = add(
            &mut plan,
            "Somewhere",
            at(22, 10, 0, "Mars/Olympus_Mons"),
            at(22, 11, 0, "Mars/Olympus_Mons"),
        );
        let schedule = Schedule::of(&plan);
        let expected = at(22, 10, 0, "Europe/Tallinn").instant().unwrap();
        assert_eq!(schedule.spans[i].start, expected);
    }
}
