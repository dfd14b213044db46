//! When the events of a plan really happen, and the agenda they make: the days as seen from one
//! zone, and the moments the clocks change (a DST change, an arrival in another zone).
//!
//! Everything here is derived from the wall times and zones stored in the plan, with jiff; nothing
//! is stored. The app computes a [`Schedule`] once per plan it opens, not per frame, and brings it
//! up to date after each edit with [`Schedule::update`].

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan};

use super::{Event, LocalTime, Plan, Visit, zone_named, zoned_in};

/// The real instants an event covers: from its start to its end. An all-day item covers its days
/// from midnight to midnight in its own zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: Timestamp,
    pub end: Timestamp,
}

/// The events of a plan in real time, and its agenda seen from the host and the home zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
        let host = fallback_zone(plan, &mut zones);
        let spans: Vec<Span> = plan
            .events
            .iter()
            .map(|event| span_with(event, &mut zones, &host))
            .collect();
        let mut order: Vec<usize> = (0..plan.events.len()).collect();
        order.sort_unstable_by_key(|&i| order_key(plan, &spans, i));

        let extent = extent(&spans);
        let host_agenda = Agenda::of(plan, &spans, extent, &plan.visit.host_zone, &mut zones);
        let home_agenda = Agenda::of(plan, &spans, extent, &plan.visit.home_zone, &mut zones);
        Self {
            spans,
            order,
            host: host_agenda,
            home: home_agenda,
        }
    }

    /// Brings the schedule of an earlier state of the plan up to date with `plan`, where only the
    /// events at `changed` (positions in `plan.events`) differ from that earlier state: same number
    /// of events, same visit. The result is exactly what [`Schedule::of`] gives for `plan`.
    ///
    /// The app calls this after every edit. Rebuilding the whole schedule takes milliseconds on a
    /// plan of thousands of events, while an edit moves at most the few items of the events it
    /// touched: those are taken out of the order and the agendas and put back where a rebuild
    /// would put them, found by binary search. A schedule that cannot be the one of an earlier
    /// state (another number of events, a position out of range) is rebuilt, and so is one where
    /// many events changed at once (a revert, an undone import), for which a rebuild is quicker.
    pub fn update(&mut self, plan: &Plan, changed: &[usize]) {
        let count = plan.events.len();
        if self.spans.len() != count
            || changed.iter().any(|&i| i >= count)
            || changed.len() > 8 + count / 16
        {
            *self = Self::of(plan);
            return;
        }
        let mut changed = changed.to_vec();
        changed.sort_unstable();
        changed.dedup();

        let mut zones = ZoneCache::default();
        let host = fallback_zone(plan, &mut zones);
        let spans: Vec<Span> = changed
            .iter()
            .map(|&i| span_with(&plan.events[i], &mut zones, &host))
            .collect();
        // Only a span that moved can move the window of zone clock changes. Finding out looks at
        // every span, which would be most of the cost of an edit that moves nothing (a title).
        let moved = changed
            .iter()
            .zip(&spans)
            .any(|(&i, span)| self.spans[i] != *span);
        let old_extent = moved.then(|| extent(&self.spans));
        // The old spans say where the changed events' items are now.
        let old_spans: Vec<(usize, Span)> = changed
            .iter()
            .zip(spans)
            .map(|(&i, span)| (i, std::mem::replace(&mut self.spans[i], span)))
            .collect();
        let extents = old_extent.map(|old| (old, extent(&self.spans)));

        // Every key but the changed events' is as before, so the rest of the order stays sorted.
        self.order.retain(|i| changed.binary_search(i).is_err());
        for &i in &changed {
            let key = order_key(plan, &self.spans, i);
            let at = self
                .order
                .partition_point(|&j| order_key(plan, &self.spans, j) < key);
            self.order.insert(at, i);
        }

        for agenda in [&mut self.host, &mut self.home] {
            agenda.update(plan, &self.spans, &old_spans, extents, &mut zones);
        }
    }
}

/// Where an event stands in [`Schedule::order`]: by start, an all-day item before a timed one
/// starting at the same instant, then by end. Ties go to the earlier position, as in a stable
/// sort of the positions, so every event has its own key and its place can be found by binary
/// search.
type OrderKey = (Timestamp, bool, Timestamp, usize);

fn order_key(plan: &Plan, spans: &[Span], i: usize) -> OrderKey {
    (spans[i].start, !plan.events[i].all_day, spans[i].end, i)
}

/// Where an item stands within its day of an agenda. No two items of an agenda share a key, so
/// building a day by sorting and updating it by binary search give the same order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum ItemKey {
    /// All-day items open their day, in schedule order.
    AllDay(OrderKey),
    /// The rest follow in time order.
    Timed(Timestamp, Tie),
}

/// What decides between timed items at the same instant. The variants are in the order they are
/// listed: a zone's own clock change comes before the events that start when it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tie {
    /// The clocks of the watched zone at this index in [`watched_zones`] change.
    Zone(usize),
    /// Events in schedule order, each arrival listed right after the leg that causes it.
    Event { order: OrderKey, arrival: bool },
}

fn event_key(plan: &Plan, spans: &[Span], i: usize, arrival: bool) -> ItemKey {
    let order = order_key(plan, spans, i);
    if plan.events[i].all_day {
        ItemKey::AllDay(order)
    } else {
        ItemKey::Timed(spans[i].start, Tie::Event { order, arrival })
    }
}

fn item_key(plan: &Plan, spans: &[Span], item: &AgendaItem) -> ItemKey {
    match item {
        AgendaItem::Event(i) => event_key(plan, spans, *i, false),
        AgendaItem::ClockChange(change) => match &change.cause {
            ClockChangeCause::Arrival { event, .. } => event_key(plan, spans, *event, true),
            ClockChangeCause::Zone(name) => {
                let rank = watched_zones(&plan.visit)
                    .iter()
                    .position(|watched| watched == name)
                    .unwrap_or(usize::MAX);
                ItemKey::Timed(change.at, Tie::Zone(rank))
            }
        },
    }
}

/// An agenda item with the day it falls on and its key within that day.
#[derive(Debug, PartialEq)]
struct Placed {
    date: Date,
    key: ItemKey,
    item: AgendaItem,
}

/// Adds the items of the event at `i` to `out`: the event, and the clock change it causes.
fn place_event(
    plan: &Plan,
    spans: &[Span],
    i: usize,
    zone: &TimeZone,
    zones: &mut ZoneCache,
    out: &mut Vec<Placed>,
) {
    let event = &plan.events[i];
    let key = event_key(plan, spans, i, false);
    let item = AgendaItem::Event(i);
    if event.all_day {
        // All-day items belong to the dates written in the plan.
        let date = event.start.wall.date();
        out.push(Placed { date, key, item });
        return;
    }
    // Timed events, and the clock changes they cause, on the day they begin in this zone.
    let date = date_in(zone, spans[i].start);
    out.push(Placed { date, key, item });
    if let Some(change) = arrival(event, i, spans[i], zones) {
        let key = event_key(plan, spans, i, true);
        let item = AgendaItem::ClockChange(change);
        out.push(Placed { date, key, item });
    }
}

/// The zones whose own clock changes every agenda shows: the host zone, then the home zone.
fn watched_zones(visit: &Visit) -> Vec<&str> {
    let mut watched = vec![visit.host_zone.as_str()];
    if visit.home_zone != visit.host_zone {
        watched.push(visit.home_zone.as_str());
    }
    watched
}

/// The clock changes of the watched zones in `window`, placed in an agenda in `zone`.
fn place_zone_changes(
    visit: &Visit,
    zone: &TimeZone,
    window: (Timestamp, Timestamp),
    zones: &mut ZoneCache,
) -> Vec<Placed> {
    let mut placed = Vec::new();
    for (rank, name) in watched_zones(visit).into_iter().enumerate() {
        if let Some(watched) = zones.get(name) {
            for change in zone_changes(&watched, name, window) {
                placed.push(Placed {
                    date: date_in(zone, change.at),
                    key: ItemKey::Timed(change.at, Tie::Zone(rank)),
                    item: AgendaItem::ClockChange(change),
                });
            }
        }
    }
    placed
}

fn date_in(zone: &TimeZone, at: Timestamp) -> Date {
    zone.to_datetime(at).date()
}

fn in_visit(visit: &Visit, date: Date) -> bool {
    date >= visit.first_day && date <= visit.last_day
}

/// How many days of a visit the agenda lists even when nothing happens on them. A file may say
/// a visit lasts from the year 1 to 9999; past this, only days with something on them are
/// listed, rather than millions of empty ones.
const DAYS_LISTED_WHEN_EMPTY: i32 = 400;

/// Whether the agenda lists `date` even when nothing happens on it: a day of the visit, within
/// [`DAYS_LISTED_WHEN_EMPTY`] of its start.
fn listed_when_empty(visit: &Visit, date: Date) -> bool {
    in_visit(visit, date) && (date - visit.first_day).get_days() < DAYS_LISTED_WHEN_EMPTY
}

impl Agenda {
    fn of(
        plan: &Plan,
        spans: &[Span],
        extent: Extent,
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
        while listed_when_empty(visit, day) {
            days.insert(day, Vec::new());
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }

        let mut placed = Vec::with_capacity(plan.events.len());
        for i in 0..plan.events.len() {
            place_event(plan, spans, i, &zone, zones, &mut placed);
        }
        // The clocks of the host and home zones, over the visit and every event in it.
        placed.extend(place_zone_changes(
            visit,
            &zone,
            window(plan, extent, &zone),
            zones,
        ));
        placed.sort_unstable_by_key(|placed| (placed.date, placed.key));
        for Placed { date, item, .. } in placed {
            days.entry(date).or_default().push(item);
        }

        Self {
            zone,
            zone_name,
            days: days
                .into_iter()
                .map(|(date, items)| AgendaDay {
                    date,
                    in_visit: in_visit(visit, date),
                    items,
                })
                .collect(),
        }
    }

    /// [`Schedule::update`] for one agenda: `old_spans` are the changed events with their old
    /// spans, `spans` already the new ones; `extents` the extents of all spans before and after,
    /// if any span moved.
    fn update(
        &mut self,
        plan: &Plan,
        spans: &[Span],
        old_spans: &[(usize, Span)],
        extents: Option<(Extent, Extent)>,
        zones: &mut ZoneCache,
    ) {
        // Everything is taken out before anything goes back: the keys of items still waiting to
        // be taken out are no longer right, so a binary search could trip over them.
        for &(i, old_span) in old_spans {
            self.remove_event(&plan.visit, i, date_in(&self.zone, old_span.start));
        }
        let mut placed = Vec::new();
        // An event moved past the edge of the visit and every other event can bring other zone
        // clock changes into the agenda, or take some out.
        let windows = extents
            .map(|(old, new)| (window(plan, old, &self.zone), window(plan, new, &self.zone)));
        if let Some((old_window, new_window)) = windows.filter(|(old, new)| old != new) {
            let old_changes = place_zone_changes(&plan.visit, &self.zone, old_window, zones);
            let new_changes = place_zone_changes(&plan.visit, &self.zone, new_window, zones);
            if old_changes != new_changes {
                self.remove_zone_changes();
                placed = new_changes;
            }
        }
        for &(i, _) in old_spans {
            place_event(plan, spans, i, &self.zone, zones, &mut placed);
        }
        for item in placed {
            self.insert(plan, spans, item);
        }
    }

    /// Takes out the event at `i` and the arrival it causes, looking first on the day `likely`
    /// (where its old start put it unless it was an all-day item), then everywhere.
    fn remove_event(&mut self, visit: &Visit, i: usize, likely: Date) {
        let event = AgendaItem::Event(i);
        let find = |day: &AgendaDay| day.items.iter().position(|item| *item == event);
        let likely = self.days.binary_search_by_key(&likely, |day| day.date).ok();
        let found = likely
            .and_then(|d| Some((d, find(&self.days[d])?)))
            .or_else(|| (self.days.iter().enumerate()).find_map(|(d, day)| Some((d, find(day)?))));
        let Some((d, at)) = found else { return };
        let items = &mut self.days[d].items;
        // The arrival a leg causes is listed right after it.
        let causes_arrival = matches!(
            items.get(at + 1),
            Some(AgendaItem::ClockChange(ClockChange {
                cause: ClockChangeCause::Arrival { event, .. },
                ..
            })) if *event == i
        );
        items.drain(at..=at + usize::from(causes_arrival));
        self.drop_if_empty(visit, d);
    }

    fn remove_zone_changes(&mut self) {
        for day in &mut self.days {
            day.items.retain(|item| {
                !matches!(
                    item,
                    AgendaItem::ClockChange(ClockChange {
                        cause: ClockChangeCause::Zone(_),
                        ..
                    })
                )
            });
        }
        self.days
            .retain(|day| day.in_visit || !day.items.is_empty());
    }

    /// A day outside the visit is listed only while something happens on it.
    fn drop_if_empty(&mut self, visit: &Visit, d: usize) {
        if self.days[d].items.is_empty() && !listed_when_empty(visit, self.days[d].date) {
            self.days.remove(d);
        }
    }

    /// Puts an item where [`Agenda::of`] would, opening its day if it is not listed yet.
    fn insert(&mut self, plan: &Plan, spans: &[Span], placed: Placed) {
        let Placed { date, key, item } = placed;
        let d = match self.days.binary_search_by_key(&date, |day| day.date) {
            Ok(d) => d,
            Err(d) => {
                let in_visit = in_visit(&plan.visit, date);
                let day = AgendaDay {
                    date,
                    in_visit,
                    items: Vec::new(),
                };
                self.days.insert(d, day);
                d
            }
        };
        let items = &mut self.days[d].items;
        let at = items.partition_point(|other| item_key(plan, spans, other) < key);
        items.insert(at, item);
    }

    /// The position of `date` in [`Self::days`], or of the first day after it.
    pub fn day_at_or_after(&self, date: Date) -> Option<usize> {
        let position = self.days.partition_point(|day| day.date < date);
        (position < self.days.len()).then_some(position)
    }
}

/// The zone an event's time is read in when the database does not know the zone it names: the
/// host zone, or UTC when that is unknown too.
fn fallback_zone(plan: &Plan, zones: &mut ZoneCache) -> TimeZone {
    zones.get(&plan.visit.host_zone).unwrap_or(TimeZone::UTC)
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
        zoned_in(&zone, wall)
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

/// The earliest start and the latest end of all events; none in a plan without events.
type Extent = Option<(Timestamp, Timestamp)>;

fn extent(spans: &[Span]) -> Extent {
    let start = spans.iter().map(|span| span.start).min()?;
    let end = spans.iter().map(|span| span.end).max()?;
    Some((start, end))
}

/// From midnight before the first day to midnight after the last, stretched to cover `extent`,
/// the extent of every event.
fn window(plan: &Plan, extent: Extent, zone: &TimeZone) -> (Timestamp, Timestamp) {
    let midnight = |date: Date| {
        zoned_in(zone, date.to_datetime(jiff::civil::Time::midnight()))
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
    if let Some((start, end)) = extent {
        from = from.min(start);
        to = to.max(end);
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
        let zone = zone_named(name).ok();
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
    fn an_update_puts_a_moved_event_where_a_rebuild_would() {
        let mut plan = visit_plan();
        add(
            &mut plan,
            "Transfer",
            at(28, 7, 45, "Europe/Tallinn"),
            at(28, 8, 15, "Europe/Tallinn"),
        );
        let train = add(
            &mut plan,
            "Night train",
            at(28, 1, 0, "Europe/Tallinn"),
            at(28, 2, 0, "Europe/Tallinn"),
        );
        let mut schedule = Schedule::of(&plan);
        let mut move_train = |plan: &mut Plan, start: LocalTime, end: LocalTime| {
            let event = Arc::make_mut(&mut plan.events[train]);
            (event.start, event.end) = (start, end);
            schedule.update(plan, &[train]);
            assert_eq!(schedule, Schedule::of(plan));
            schedule.host.days.clone()
        };

        // Past the clocks springing forward on the last day of the visit.
        let days = move_train(
            &mut plan,
            at(28, 5, 0, "Europe/Tallinn"),
            at(28, 6, 0, "Europe/Tallinn"),
        );
        let last = days.last().unwrap();
        assert_eq!(
            titles(&plan, last),
            ["UTC+2 → UTC+3", "Night train", "Transfer"]
        );
        // The day after the visit is listed while something happens on it, ...
        let days = move_train(
            &mut plan,
            at(29, 1, 0, "Europe/Tallinn"),
            at(29, 2, 0, "Europe/Tallinn"),
        );
        assert_eq!(days.last().unwrap().date, date(2027, 3, 29));
        assert!(!days.last().unwrap().in_visit);
        // ... and only then.
        let days = move_train(
            &mut plan,
            at(27, 22, 0, "Europe/Tallinn"),
            at(27, 23, 0, "Europe/Tallinn"),
        );
        assert_eq!(days.last().unwrap().date, date(2027, 3, 28));
    }

    #[test]
    fn a_visit_of_thousands_of_years_lists_its_first_days_and_those_with_events() {
        let mut plan = visit_plan();
        plan.visit.first_day = date(1, 1, 1);
        plan.visit.last_day = date(9999, 12, 31);
        let party = add(
            &mut plan,
            "Reception",
            at(22, 19, 0, "Europe/Tallinn"),
            at(22, 21, 0, "Europe/Tallinn"),
        );
        let mut schedule = Schedule::of(&plan);
        let days = &schedule.host.days;
        assert_eq!(days.len(), DAYS_LISTED_WHEN_EMPTY as usize + 1);
        assert_eq!(days.last().unwrap().date, date(2027, 3, 22));

        // Moved to another far day: the day it left goes, as a rebuild would have it.
        let event = Arc::make_mut(&mut plan.events[party]);
        event.start = at(23, 19, 0, "Europe/Tallinn");
        event.end = at(23, 21, 0, "Europe/Tallinn");
        schedule.update(&plan, &[party]);
        assert_eq!(schedule, Schedule::of(&plan));
        assert_eq!(schedule.host.days.last().unwrap().date, date(2027, 3, 23));
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
