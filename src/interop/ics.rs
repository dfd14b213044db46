//! The itinerary as iCalendar (RFC 5545), written with calcard.
//!
//! Times: each event's DTSTART and DTEND are written as the plan stores them, as wall-clock time
//! with a `TZID` naming the event's own IANA zone (a flight departs in one zone and lands in
//! another), and the calendar carries a `VTIMEZONE` for every zone it names. Those are made from
//! the transitions of jiff's time-zone database around the exported events, one observance per
//! transition, so a calendar that does not know the IANA names still finds the right instants, and
//! every instant agrees with the one Attaché shows. UTC would have been the simpler choice but
//! would lose each event's zone, which phones use to show a flight's landing in local time.
//!
//! A wall time the clocks skip (in a DST gap) is written as the time it becomes, resolved by
//! [`crate::model::zoned_in`] like everywhere else in Attaché, so that calendars with other
//! time-zone databases find the same instant; DTEND is always written. UTC times are written `…Z`
//! without a TZID, as the RFC wants.
//!
//! All-day items are written as DATE values (DTEND the day after the last day, as the RFC wants).
//! UIDs come from the event ids, so exporting again updates the same calendar entries instead of
//! adding copies. calcard escapes text and folds lines at 75 octets.

use std::collections::BTreeMap;

use calcard::common::{CalendarScale, PartialDateTime};
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarMethod, ICalendarParameter,
    ICalendarProperty, ICalendarStatus, ICalendarTransparency, ICalendarValue, ICalendarValueType,
};
use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp, Zoned};

use super::{Directory, ExportError, person_label};
use crate::model::label::label;
use crate::model::{Choice, Event, EventKind, EventStatus, PersonId, Plan, is_utc};
use crate::t;

/// How far before the first and after the last event the `VTIMEZONE` data reaches.
const ZONE_MARGIN: SignedDuration = SignedDuration::from_hours(7 * 24);

/// The plan's events as an iCalendar file; with `person`, only the events that person takes part
/// in or hosts. `now` is the DTSTAMP of every event.
pub fn calendar(
    plan: &Plan,
    person: Option<PersonId>,
    now: Timestamp,
) -> Result<String, ExportError> {
    let mut name = plan.visit.title.trim().to_owned();
    if let Some(person) = person.and_then(|id| plan.people.iter().find(|p| p.id == id)) {
        if !name.is_empty() {
            name.push_str(" — ");
        }
        name.push_str(&person_label(person));
    }
    let events = plan
        .events
        .iter()
        .filter(|event| person.is_none_or(|person| event.people().any(|p| p == person)))
        .map(|event| &**event);
    build(
        &Directory::new(plan),
        events,
        Some(&name),
        Some(ICalendarMethod::Publish),
        now,
    )
}

/// Each of `events` as a calendar object resource for a CalDAV server (RFC 4791): the event and
/// the zones it names, with no METHOD (the RFC forbids one there).
pub fn event_resources<'a>(
    plan: &'a Plan,
    events: impl IntoIterator<Item = &'a Event>,
    now: Timestamp,
) -> Result<Vec<String>, ExportError> {
    // Built once for all the events, so that publishing stays linear in the plan's size.
    let directory = Directory::new(plan);
    events
        .into_iter()
        .map(|event| build(&directory, [event], None, None, now))
        .collect()
}

/// The UID an event has in every calendar Attaché writes, so that a newer export or publish
/// updates the calendar's entry instead of adding another.
pub fn uid(event: &Event) -> String {
    format!("{}@attache", event.id)
}

fn build<'a>(
    directory: &Directory,
    included: impl IntoIterator<Item = &'a Event>,
    name: Option<&str>,
    method: Option<ICalendarMethod>,
    now: Timestamp,
) -> Result<String, ExportError> {
    let mut events: Vec<(&Event, Option<Times<'_>>, Timestamp)> = Vec::new();
    let mut zones: BTreeMap<&str, TimeZone> = BTreeMap::new();
    let mut span: Option<(Timestamp, Timestamp)> = None;
    for event in included {
        if event.all_day {
            // All-day items sort by their first day, read as UTC.
            let first_day = event
                .start
                .wall
                .date()
                .to_zoned(TimeZone::UTC)
                .map(|z| z.timestamp())
                .unwrap_or_default();
            events.push((event, None, first_day));
            continue;
        }
        let mut resolved = Vec::with_capacity(2);
        for time in [&event.start, &event.end] {
            let unknown = || ExportError::UnknownZone {
                event: event.title.clone(),
                zone: time.zone.clone(),
            };
            let zoned = time.zoned().map_err(|_| unknown())?;
            let instant = zoned.timestamp();
            if !is_utc(zoned.time_zone()) {
                zones
                    .entry(time.zone.as_str())
                    .or_insert_with(|| zoned.time_zone().clone());
            }
            span = Some(match span {
                None => (instant, instant),
                Some((first, last)) => (first.min(instant), last.max(instant)),
            });
            resolved.push(Resolved {
                zone: &time.zone,
                at: zoned,
            });
        }
        let (Some(end), Some(start)) = (resolved.pop(), resolved.pop()) else {
            unreachable!("a start and an end were resolved")
        };
        let first = start.at.timestamp();
        events.push((event, Some(Times { start, end }), first));
    }
    events.sort_by_key(|(_, _, start)| *start);

    let mut calendar = ICalendar {
        components: vec![ICalendarComponent::new(ICalendarComponentType::VCalendar)],
    };
    let root = &mut calendar.components[0];
    root.add_property(ICalendarProperty::Version, text("2.0"));
    root.add_property(
        ICalendarProperty::Prodid,
        text(&format!(
            "-//Attaché//Attaché {}//EN",
            env!("CARGO_PKG_VERSION")
        )),
    );
    root.add_property(
        ICalendarProperty::Calscale,
        ICalendarValue::CalendarScale(CalendarScale::Gregorian),
    );
    if let Some(method) = method {
        root.add_property(ICalendarProperty::Method, ICalendarValue::Method(method));
    }
    if let Some(name) = name.filter(|name| !name.is_empty()) {
        root.add_property(ICalendarProperty::Other("X-WR-CALNAME".into()), text(name));
    }

    if let Some((first, last)) = span {
        let from = first.saturating_sub(ZONE_MARGIN).unwrap_or(first);
        let to = last.saturating_add(ZONE_MARGIN).unwrap_or(last);
        for (name, zone) in &zones {
            add_time_zone(&mut calendar, name, zone, from, to);
        }
    }
    for (event, times, _) in events {
        let component = vevent(directory, event, times, now);
        push(&mut calendar, 0, component);
    }
    Ok(calendar.to_string())
}

/// Adds `component` as a child of the component at `parent`; returns its position.
fn push(calendar: &mut ICalendar, parent: usize, component: ICalendarComponent) -> usize {
    let position = calendar.components.len();
    calendar.components.push(component);
    calendar.components[parent]
        .component_ids
        .push(position as u32);
    position
}

fn text(value: &str) -> ICalendarValue {
    // RFC 5545 knows only "\n" as an escaped line break.
    ICalendarValue::Text(value.replace("\r\n", "\n").replace('\r', "\n"))
}

fn date_time(wall: DateTime) -> ICalendarValue {
    ICalendarValue::PartialDateTime(Box::new(PartialDateTime {
        year: u16::try_from(wall.year()).ok(),
        month: Some(wall.month() as u8),
        day: Some(wall.day() as u8),
        hour: Some(wall.hour() as u8),
        minute: Some(wall.minute() as u8),
        second: Some(wall.second() as u8),
        ..PartialDateTime::default()
    }))
}

fn date(day: Date) -> ICalendarValue {
    ICalendarValue::PartialDateTime(Box::new(PartialDateTime {
        year: u16::try_from(day.year()).ok(),
        month: Some(day.month() as u8),
        day: Some(day.day() as u8),
        ..PartialDateTime::default()
    }))
}

/// A time as the wall clock of its zone reads it, with the zone's name; a UTC time as `…Z`, with
/// no TZID (RFC 5545 forbids a TZID on UTC times, and servers keep it as written).
fn add_time(component: &mut ICalendarComponent, property: ICalendarProperty, time: &Resolved) {
    if is_utc(time.at.time_zone()) {
        component.add_property(property, utc(time.at.timestamp()));
    } else {
        component.add_property_with_params(
            property,
            [ICalendarParameter::tzid(time.zone.to_owned())],
            date_time(time.at.datetime()),
        );
    }
}

fn utc(instant: Timestamp) -> ICalendarValue {
    let wall = instant.to_zoned(TimeZone::UTC).datetime();
    let ICalendarValue::PartialDateTime(mut value) = date_time(wall) else {
        unreachable!("date_time makes a PartialDateTime")
    };
    value.tz_hour = Some(0);
    value.tz_minute = Some(0);
    ICalendarValue::PartialDateTime(value)
}

fn utc_offset(offset: Offset) -> ICalendarValue {
    // Offsets with seconds (local mean time, before 1900) are rounded to the minute, as the
    // written form has no seconds.
    let seconds = offset.seconds();
    let minutes = (seconds.abs() + 30) / 60;
    ICalendarValue::PartialDateTime(Box::new(PartialDateTime {
        tz_hour: Some((minutes / 60) as u8),
        tz_minute: Some((minutes % 60) as u8),
        tz_minus: seconds < 0,
        ..PartialDateTime::default()
    }))
}

/// A `VTIMEZONE` for `zone` that is right from `from` to `to`: the observance in force at `from`,
/// then one for each transition until `to`.
fn add_time_zone(
    calendar: &mut ICalendar,
    name: &str,
    zone: &TimeZone,
    from: Timestamp,
    to: Timestamp,
) {
    let mut vtimezone = ICalendarComponent::new(ICalendarComponentType::VTimezone);
    vtimezone.add_property(ICalendarProperty::Tzid, text(name));
    let parent = push(calendar, 0, vtimezone);

    let in_force = zone.preceding(from).next();
    let Some(in_force) = in_force else {
        // A zone that has never changed its offset (UTC, or a fixed offset).
        let info = zone.to_offset_info(from);
        let mut standard = ICalendarComponent::new(ICalendarComponentType::Standard);
        standard.add_property(
            ICalendarProperty::Dtstart,
            date_time(jiff::civil::date(1970, 1, 1).at(0, 0, 0, 0)),
        );
        standard.add_property(ICalendarProperty::Tzoffsetfrom, utc_offset(info.offset()));
        standard.add_property(ICalendarProperty::Tzoffsetto, utc_offset(info.offset()));
        standard.add_property(ICalendarProperty::Tzname, text(info.abbreviation()));
        push(calendar, parent, standard);
        return;
    };
    let first = in_force.timestamp();
    let transitions = std::iter::once(in_force)
        .chain(zone.following(first))
        .take_while(|transition| transition.timestamp() <= to);
    for transition in transitions {
        let onset = transition.timestamp();
        let before = onset
            .checked_sub(SignedDuration::from_secs(1))
            .map(|just_before| zone.to_offset(just_before))
            .unwrap_or(transition.offset());
        let kind = if transition.dst().is_dst() {
            ICalendarComponentType::Daylight
        } else {
            ICalendarComponentType::Standard
        };
        let mut observance = ICalendarComponent::new(kind);
        // DTSTART is the local time of the onset on the clocks before it.
        observance.add_property(
            ICalendarProperty::Dtstart,
            date_time(before.to_datetime(onset)),
        );
        observance.add_property(ICalendarProperty::Tzoffsetfrom, utc_offset(before));
        observance.add_property(
            ICalendarProperty::Tzoffsetto,
            utc_offset(transition.offset()),
        );
        if !transition.abbreviation().is_empty() {
            observance.add_property(ICalendarProperty::Tzname, text(transition.abbreviation()));
        }
        push(calendar, parent, observance);
    }
}

/// A timed event's start and end as Attaché resolves them (a time in a DST gap moved forward).
struct Times<'a> {
    start: Resolved<'a>,
    end: Resolved<'a>,
}

/// A time resolved in its zone, with the zone's name as the plan writes it (the TZID of the
/// calendar's VTIMEZONE).
struct Resolved<'a> {
    zone: &'a str,
    at: Zoned,
}

fn vevent(
    directory: &Directory,
    event: &Event,
    times: Option<Times<'_>>,
    now: Timestamp,
) -> ICalendarComponent {
    let mut component = ICalendarComponent::new(ICalendarComponentType::VEvent);
    component.add_uid(&uid(event));
    component.add_property(ICalendarProperty::Dtstamp, utc(now));
    match times {
        None => {
            let first = event.start.wall.date();
            let last = event.end.wall.date().max(first);
            let after = last.tomorrow().unwrap_or(last);
            let as_date = || [ICalendarParameter::value(ICalendarValueType::Date)];
            component.add_property_with_params(ICalendarProperty::Dtstart, as_date(), date(first));
            component.add_property_with_params(ICalendarProperty::Dtend, as_date(), date(after));
        }
        Some(Times { start, end }) => {
            // DTEND is always written: without it calendars assume an hour, or nothing at all.
            // An end before the start (`check` reports it) is written as the start, a moment
            // rather than a span that runs backwards.
            let end = if end.at.timestamp() < start.at.timestamp() {
                &start
            } else {
                &end
            };
            for (property, time) in [
                (ICalendarProperty::Dtstart, &start),
                (ICalendarProperty::Dtend, end),
            ] {
                add_time(&mut component, property, time);
            }
        }
    }
    component.add_property(ICalendarProperty::Summary, text(&event.title));
    let location = match (&event.kind, event.location.trim()) {
        (EventKind::Travel(leg), "") if !leg.from.is_empty() || !leg.to.is_empty() => {
            format!("{} → {}", leg.from.trim(), leg.to.trim())
        }
        (_, location) => location.to_owned(),
    };
    if !location.is_empty() {
        component.add_property(ICalendarProperty::Location, text(&location));
    }
    let description = description(directory, event);
    if !description.is_empty() {
        component.add_property(ICalendarProperty::Description, text(&description));
    }
    component.add_property(
        ICalendarProperty::Status,
        ICalendarValue::Status(match event.status {
            EventStatus::Proposed | EventStatus::Requested => ICalendarStatus::Tentative,
            EventStatus::Confirmed => ICalendarStatus::Confirmed,
            EventStatus::Cancelled => ICalendarStatus::Cancelled,
        }),
    );
    component.add_property(ICalendarProperty::Categories, text(event.kind.tag().code()));
    if matches!(event.kind, EventKind::Stay(_) | EventKind::FreeTime)
        || event.status == EventStatus::Cancelled
    {
        // A hotel stay or free time does not make the delegation busy.
        component.add_property(
            ICalendarProperty::Transp,
            ICalendarValue::Transparency(ICalendarTransparency::Transparent),
        );
    }
    component
}

/// The event's details for DESCRIPTION: kind and status, travel details, who takes part, topics,
/// interpretation and notes, one per line, in the language spoken (the kind and status a program
/// reads are in CATEGORIES and STATUS). The records it refers to are named by their labels.
fn description(directory: &Directory, event: &Event) -> String {
    let mut lines = vec![t!(
        "doc-ics-kind-and-status",
        kind = event.kind.tag().text(),
        status = event.status.text()
    )];
    match &event.kind {
        EventKind::Travel(leg) => {
            let mut line = t!(
                "doc-journey",
                mode = leg.mode.text(),
                from = leg.from.as_str(),
                to = leg.to.as_str()
            );
            if !leg.carrier.trim().is_empty() {
                line.push_str(t!("doc-comma"));
                line.push_str(leg.carrier.trim());
            }
            if !leg.booking_reference.trim().is_empty() {
                line.push_str(t!("doc-comma"));
                line.push_str(&t!("doc-booking", reference = leg.booking_reference.trim()));
            }
            lines.push(line);
        }
        EventKind::Stay(stay) if !stay.booking_reference.trim().is_empty() => {
            lines.push(t!(
                "doc-booking-start",
                reference = stay.booking_reference.trim()
            ));
        }
        _ => {}
    }
    if let Some(organisation) = event
        .host_organisation
        .and_then(|id| directory.organisation(id))
    {
        lines.push(t!(
            "doc-ics-host-organisation",
            name = label(&organisation.name)
        ));
    }
    if !event.hosts.is_empty() {
        lines.push(t!(
            "doc-ics-hosts",
            names = directory.names_of(&event.hosts)
        ));
    }
    if !event.participants.is_empty() {
        lines.push(t!(
            "doc-ics-participants",
            names = directory.names_of(&event.participants)
        ));
    }
    let topics: Vec<_> = event
        .topics
        .iter()
        .filter_map(|&id| directory.topic(id))
        .map(|topic| label(&topic.title))
        .collect();
    if !topics.is_empty() {
        lines.push(t!(
            "doc-ics-topics",
            topics = topics.join(t!("doc-names-separator"))
        ));
    }
    if event.interpretation_needed {
        lines.push(t!("doc-ics-interpretation-needed").to_owned());
    }
    if !event.notes.trim().is_empty() {
        lines.push(String::new());
        lines.push(event.notes.trim().to_owned());
    }
    lines.join("\n")
}
