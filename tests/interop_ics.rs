//! The iCalendar export, read back by an independent parser (the icalendar crate; Attaché writes
//! with calcard): every event's start and end instants match the plan's across Tallinn's DST
//! changes, both as a calendar that knows only the file's VTIMEZONE data computes them and as one
//! that knows the IANA zones does (chrono-tz, a time-zone database other than jiff's).

use std::collections::HashMap;
use std::sync::Arc;

use attache::interop::{self, ExportFormat};
use attache::lang::{Language, in_language};
use attache::model::label::LABEL_CHARACTERS;
use attache::model::{
    Event, EventKind, EventStatus, LocalTime, Person, Plan, Topic, TravelLeg, TravelMode,
};
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use jiff::civil::{DateTime, date};
use jiff::{SignedDuration, Timestamp, tz::TimeZone};

const TALLINN: &str = "Europe/Tallinn";

fn at(wall: DateTime, zone: &str) -> LocalTime {
    LocalTime::new(wall, zone)
}

fn event(title: &str, start: LocalTime, end: LocalTime) -> Event {
    let mut event = Event::new(EventKind::Meeting, title, start, end);
    event.status = EventStatus::Confirmed;
    event
}

/// A plan with events on both sides of Tallinn's DST changes in 2027 (28 March, clocks 03:00 →
/// 04:00; 31 October, 04:00 → 03:00), across them, in the gap and in the fold, a flight from
/// Baghdad, an all-day item, a cancelled meeting and text that needs escaping.
fn plan() -> (Plan, Person) {
    let mut plan = Plan::empty(date(2027, 3, 26), TALLINN);
    plan.visit.title = "Study visit to Estonia".into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    let head = Person::new("Mohammed Al-Rubaie");
    let other = Person::new("Kadri Tamm");
    let topic = Topic::new("X-Road, data exchange; and digital identity");
    let day = |m, d, h, min| date(2027, m, d).at(h, min, 0, 0);
    let mut events = vec![
        event(
            "Before spring",
            at(day(3, 27, 10, 0), TALLINN),
            at(day(3, 27, 11, 30), TALLINN),
        ),
        event(
            "Across the spring gap",
            at(day(3, 28, 1, 0), TALLINN),
            at(day(3, 28, 5, 0), TALLINN),
        ),
        event(
            "Starts in the gap",
            at(day(3, 28, 3, 30), TALLINN),
            at(day(3, 28, 6, 0), TALLINN),
        ),
        event(
            "After spring",
            at(day(3, 29, 9, 0), TALLINN),
            at(day(3, 29, 10, 0), TALLINN),
        ),
        event(
            "Before autumn",
            at(day(10, 30, 18, 0), TALLINN),
            at(day(10, 30, 20, 0), TALLINN),
        ),
        event(
            "Across the autumn fold",
            at(day(10, 31, 2, 0), TALLINN),
            at(day(10, 31, 5, 0), TALLINN),
        ),
        event(
            "Starts in the fold",
            at(day(10, 31, 3, 30), TALLINN),
            at(day(10, 31, 4, 30), TALLINN),
        ),
        event(
            "After autumn",
            at(day(11, 1, 9, 0), TALLINN),
            at(day(11, 1, 10, 0), TALLINN),
        ),
    ];
    let mut flight = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Flight,
            from: "Baghdad (BGW)".into(),
            to: "Tallinn (TLL)".into(),
            carrier: "Iraqi Airways".into(),
            booking_reference: "IA4711".into(),
        }),
        "Flight Baghdad to Tallinn",
        at(day(3, 27, 3, 10), "Asia/Baghdad"),
        at(day(3, 27, 9, 40), TALLINN),
    );
    flight.participants = vec![head.id];
    events.push(flight);
    let mut all_day = event(
        "Day trip to Tartu",
        at(day(3, 30, 0, 0), TALLINN),
        at(day(3, 31, 0, 0), TALLINN),
    );
    all_day.all_day = true;
    all_day.participants = vec![head.id, other.id];
    events.push(all_day);
    let mut cancelled = event(
        "Cancelled call",
        at(day(3, 29, 15, 0), TALLINN),
        at(day(3, 29, 16, 0), TALLINN),
    );
    cancelled.status = EventStatus::Cancelled;
    events.push(cancelled);
    let mut escaped = event(
        "Meeting; with, commas \\ and a very long title that certainly needs folding — ÕÄÖÜ يجتمع الوفد",
        at(day(3, 29, 11, 0), TALLINN),
        at(day(3, 29, 12, 0), TALLINN),
    );
    escaped.location = "Lennusadam, Vesilennuki 6; Tallinn".into();
    escaped.notes = "Bring the X-Road slides.\nAsk about ministries' fees, if any.".into();
    escaped.hosts = vec![other.id];
    escaped.participants = vec![head.id];
    escaped.topics = vec![topic.id];
    events.push(escaped);
    plan.events = events.into_iter().map(Arc::new).collect();
    plan.people = vec![Arc::new(head.clone()), Arc::new(other)];
    plan.topics = vec![Arc::new(topic)];
    (plan, head)
}

fn export(plan: &Plan, person: Option<attache::model::PersonId>) -> String {
    let now: Timestamp = "2027-03-01T12:00:00Z".parse().unwrap();
    let bytes = interop::export(plan, ExportFormat::Calendar, person, now).expect("exports");
    String::from_utf8(bytes).expect("UTF-8")
}

fn parse(text: &str) -> icalendar::Calendar {
    text.parse()
        .expect("the independent parser reads the export")
}

fn events(calendar: &icalendar::Calendar) -> Vec<&icalendar::Event> {
    calendar
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .collect()
}

/// One STANDARD or DAYLIGHT observance of a VTIMEZONE: from `onset` on, clocks are `offset`
/// seconds ahead of UTC; `before` is the offset until then.
#[derive(Debug, Clone, Copy)]
struct Observance {
    onset: i64,
    offset: i64,
    before: i64,
}

fn seconds_of_offset(text: &str) -> i64 {
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits = &text[1..];
    let hours: i64 = digits[0..2].parse().unwrap();
    let minutes: i64 = digits[2..4].parse().unwrap();
    sign * (hours * 3600 + minutes * 60)
}

/// A wall time "YYYYMMDDTHHMMSS" as seconds, as if it were UTC.
fn wall_seconds(text: &str) -> i64 {
    DateTime::strptime("%Y%m%dT%H%M%S", text)
        .unwrap()
        .to_zoned(TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
}

/// The VTIMEZONE observances of the calendar, by TZID, sorted by onset.
fn time_zones(calendar: &icalendar::Calendar) -> HashMap<String, Vec<Observance>> {
    let mut zones = HashMap::new();
    for component in &calendar.components {
        let CalendarComponent::Other(other) = component else {
            continue;
        };
        if other.component_kind() != "VTIMEZONE" {
            continue;
        }
        let tzid = other.property_value("TZID").unwrap().to_owned();
        let mut observances: Vec<Observance> = other
            .components()
            .iter()
            .map(|observance| {
                assert!(
                    ["STANDARD", "DAYLIGHT"].contains(&observance.component_kind().as_str()),
                    "{}",
                    observance.component_kind()
                );
                assert!(
                    observance.property_value("RRULE").is_none(),
                    "one observance per transition"
                );
                let before = seconds_of_offset(observance.property_value("TZOFFSETFROM").unwrap());
                let offset = seconds_of_offset(observance.property_value("TZOFFSETTO").unwrap());
                let start = wall_seconds(observance.property_value("DTSTART").unwrap());
                Observance {
                    onset: start - before,
                    offset,
                    before,
                }
            })
            .collect();
        observances.sort_by_key(|o| o.onset);
        zones.insert(tzid, observances);
    }
    zones
}

/// The instant (seconds since the epoch) of `wall` in a zone described only by `observances`,
/// the way RFC 5545 says: a time that happens twice is the first; one in a gap takes the offset
/// from before the gap.
fn instant_from_vtimezone(observances: &[Observance], wall: &str) -> i64 {
    let wall = wall_seconds(wall);
    let in_force = |instant: i64| {
        observances
            .iter()
            .rev()
            .find(|o| o.onset <= instant)
            .expect("the VTIMEZONE reaches back far enough")
    };
    let mut candidates: Vec<i64> = observances
        .iter()
        .map(|o| wall - o.offset)
        .filter(|&instant| {
            let observance = in_force(instant);
            wall - observance.offset == instant
        })
        .collect();
    candidates.sort();
    candidates.dedup();
    if let Some(first) = candidates.first() {
        return *first;
    }
    // In a gap: the offset before the transition that made it.
    let gap = observances
        .iter()
        .find(|o| wall - o.before >= o.onset && wall - o.offset < o.onset)
        .expect("a wall time that does not exist lies in a gap");
    wall - gap.before
}

fn raw_property<'a>(event: &'a icalendar::Event, key: &str) -> &'a icalendar::Property {
    event
        .properties()
        .get(key)
        .unwrap_or_else(|| panic!("{key} is written"))
}

#[test]
fn every_instant_matches_the_plan_across_the_dst_changes() {
    let (plan, _) = plan();
    let text = export(&plan, None);
    let calendar = parse(&text);
    let zones = time_zones(&calendar);
    assert_eq!(
        {
            let mut names: Vec<_> = zones.keys().cloned().collect();
            names.sort();
            names
        },
        ["Asia/Baghdad", "Europe/Tallinn"],
        "one VTIMEZONE per zone the events name"
    );
    let by_uid: HashMap<String, &Event> = plan
        .events
        .iter()
        .map(|e| (format!("{}@attache", e.id), &**e))
        .collect();
    let exported = events(&calendar);
    assert_eq!(exported.len(), plan.events.len());

    let mut checked_by_chrono = 0;
    for exported in exported {
        let uid = exported.get_uid().unwrap();
        let planned = by_uid[uid];
        if planned.all_day {
            continue;
        }
        for (key, time, value) in [
            ("DTSTART", &planned.start, exported.get_start()),
            ("DTEND", &planned.end, exported.get_end()),
        ] {
            let expected = time.instant().unwrap().as_second();
            let property = raw_property(exported, key);
            let tzid = property.params().get("TZID").expect("TZID").value();
            assert_eq!(tzid, time.zone, "{} {key}", planned.title);
            let from_vtimezone = instant_from_vtimezone(&zones[tzid], property.value());
            assert_eq!(
                from_vtimezone, expected,
                "{} {key}: the VTIMEZONE data gives another instant",
                planned.title
            );
            let Some(DatePerhapsTime::DateTime(date_time)) = value else {
                panic!("{} {key} is a date-time", planned.title)
            };
            assert!(matches!(date_time, CalendarDateTime::WithTimezone { .. }));
            // chrono-tz answers only for wall times that happen exactly once.
            if let Some(utc) = date_time.try_into_utc() {
                assert_eq!(
                    utc.timestamp(),
                    expected,
                    "{} {key} by chrono-tz",
                    planned.title
                );
                checked_by_chrono += 1;
            }
        }
    }
    assert!(checked_by_chrono >= 20, "{checked_by_chrono}");

    // The spring and autumn changes make a 4-hour meeting 3 hours and a 3-hour one 4 hours.
    let across = |title: &str| {
        let e = plan.events.iter().find(|e| e.title == title).unwrap();
        e.end
            .instant()
            .unwrap()
            .duration_since(e.start.instant().unwrap())
            .as_hours()
    };
    assert_eq!(across("Across the spring gap"), 3);
    assert_eq!(across("Across the autumn fold"), 4);
}

#[test]
fn all_day_items_are_dates_and_cancelled_events_are_cancelled() {
    let (plan, _) = plan();
    let calendar = parse(&export(&plan, None));
    let exported = events(&calendar);
    let find = |title: &str| {
        *exported
            .iter()
            .find(|e| e.get_summary() == Some(title))
            .unwrap_or_else(|| panic!("{title} is exported"))
    };
    let trip = find("Day trip to Tartu");
    let day = |value: Option<DatePerhapsTime>| match value {
        Some(DatePerhapsTime::Date(day)) => day.to_string(),
        other => panic!("a DATE value, not {other:?}"),
    };
    assert_eq!(day(trip.get_start()), "2027-03-30");
    assert_eq!(
        day(trip.get_end()),
        "2027-04-01",
        "DTEND is the day after the last day"
    );
    assert_eq!(
        find("Cancelled call").get_status(),
        Some(icalendar::EventStatus::Cancelled)
    );
    assert_eq!(
        find("After spring").get_status(),
        Some(icalendar::EventStatus::Confirmed)
    );
}

#[test]
fn text_is_escaped_and_lines_are_folded_as_the_rfc_says() {
    let (plan, _) = plan();
    let text = export(&plan, None);
    for line in text.split_terminator("\r\n") {
        assert!(line.len() <= 75, "a content line over 75 octets: {line:?}");
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let calendar = parse(&text);
    let planned = plan
        .events
        .iter()
        .find(|e| e.title.starts_with("Meeting;"))
        .unwrap();
    let exported = events(&calendar)
        .into_iter()
        .find(|e| e.get_uid() == Some(&format!("{}@attache", planned.id)))
        .unwrap();
    assert_eq!(exported.get_summary(), Some(planned.title.as_str()));
    assert_eq!(exported.get_location(), Some(planned.location.as_str()));
    let description = exported.get_description().unwrap();
    for expected in [
        "Meeting · Confirmed",
        "Hosts: Kadri Tamm",
        "Participants: Mohammed Al-Rubaie",
        "Topics: X-Road, data exchange; and digital identity",
        "Bring the X-Road slides.\nAsk about ministries' fees, if any.",
    ] {
        assert!(
            description.contains(expected),
            "{expected:?} in {description:?}"
        );
    }
}

#[test]
fn a_long_name_is_cut_in_every_description_that_lists_it() {
    let mut plan = Plan::empty(date(2027, 3, 26), TALLINN);
    plan.visit.home_zone = "Asia/Baghdad".into();
    // An Arabic name longer than a label keeps, each letter with its vowel mark.
    let mut head = Person::new("مُ".repeat(LABEL_CHARACTERS + 20));
    head.title = "Dr.".into();
    let day = |h| date(2027, 3, 27).at(h, 0, 0, 0);
    for hour in 9..12 {
        let mut meeting = event(
            "Meeting",
            at(day(hour), TALLINN),
            at(day(hour + 1), TALLINN),
        );
        meeting.participants = vec![head.id];
        plan.events.push(Arc::new(meeting));
    }
    plan.people.push(Arc::new(head));
    let calendar = parse(&export(&plan, None));
    let label = format!("Dr. {}…", "مُ".repeat(LABEL_CHARACTERS - 5));
    let exported = events(&calendar);
    assert_eq!(exported.len(), 3);
    for event in exported {
        let description = event.get_description().unwrap();
        assert!(
            description.ends_with(&format!("Participants: {label}")),
            "{description:?}"
        );
    }
}

#[test]
fn uids_are_stable_and_one_persons_calendar_has_only_their_events() {
    let (plan, head) = plan();
    let uids = |text: &str| -> Vec<String> {
        let mut uids: Vec<String> = events(&parse(text))
            .iter()
            .map(|e| e.get_uid().unwrap().to_owned())
            .collect();
        uids.sort();
        uids
    };
    let everyone = export(&plan, None);
    assert_eq!(uids(&everyone), uids(&export(&plan, None)));

    let personal = export(&plan, Some(head.id));
    let titles: Vec<String> = events(&parse(&personal))
        .iter()
        .map(|e| e.get_summary().unwrap().to_owned())
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(titles.contains(&"Flight Baghdad to Tallinn".to_owned()));
    assert!(titles.contains(&"Day trip to Tartu".to_owned()));
    assert!(personal.contains("X-WR-CALNAME:Study visit to Estonia — Mohammed Al-Rubaie"));

    let nobody = attache::model::PersonId::from_value(7);
    assert!(matches!(
        interop::export(
            &plan,
            ExportFormat::Calendar,
            Some(nobody),
            Timestamp::now()
        ),
        Err(interop::ExportError::UnknownPerson(_))
    ));
}

#[test]
fn an_unknown_zone_is_refused_with_the_events_name() {
    let (mut plan, _) = plan();
    Arc::make_mut(&mut plan.events[0]).start.zone = "Mars/Olympus_Mons".into();
    let error = interop::export(&plan, ExportFormat::Calendar, None, Timestamp::now()).unwrap_err();
    assert!(error.to_string().contains("“Before spring”"), "{error}");
    assert!(error.to_string().contains("Mars/Olympus_Mons"), "{error}");
}

#[test]
fn the_sample_plan_exports_and_reads_back() {
    let plan = attache::app::sample_plan();
    let calendar = parse(&export(&plan, None));
    assert_eq!(events(&calendar).len(), plan.events.len());
}

/// Lines of the file folded back (RFC 5545 3.1), without the event's DESCRIPTION.
fn unfolded_without_description(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|line| !line.starts_with("DESCRIPTION"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_calendar_written_in_estonian_reads_back_whole_with_its_description_in_estonian() {
    let plan = attache::app::sample_plan();
    let english = export(&plan, None);
    let estonian = in_language(Language::Estonian, || export(&plan, None));
    // What programs read (times, zones, UIDs, summaries, categories, status) is the same.
    assert_eq!(
        unfolded_without_description(&estonian),
        unfolded_without_description(&english)
    );
    let calendar = parse(&estonian);
    let read = events(&calendar);
    assert_eq!(read.len(), plan.events.len());
    let english_calendar = parse(&english);
    for (event, in_english) in read.iter().zip(events(&english_calendar)) {
        assert_eq!(event.get_uid(), in_english.get_uid());
        assert_eq!(event.get_summary(), in_english.get_summary());
        assert_eq!(event.get_start(), in_english.get_start());
        assert_eq!(event.get_end(), in_english.get_end());
    }
    // What a person reads is in Estonian: the "participants" line among them.
    let descriptions: Vec<&str> = read.iter().filter_map(|e| e.get_description()).collect();
    assert!(
        descriptions.iter().any(|d| d.contains("Osalejad: ")),
        "{descriptions:#?}"
    );
    assert!(
        descriptions
            .iter()
            .any(|d| d.contains("Kohtumine · Kinnitatud")),
        "{descriptions:#?}"
    );
    assert!(!descriptions.iter().any(|d| d.contains("Participants: ")));
    assert!(english.contains("Participants: "));
}

/// A wall time in the middle of the first gap of `zone` in 2027, and how far the clocks jump
/// there; found from jiff's database so the test holds whatever a release of it moves.
fn in_first_gap_of_2027(zone: &str) -> (DateTime, SignedDuration) {
    let time_zone = attache::model::zone_named(zone).unwrap();
    let from: Timestamp = "2027-01-01T00:00:00Z".parse().unwrap();
    let offset_before = |at: Timestamp| time_zone.to_offset(at - SignedDuration::from_secs(1));
    let jump = time_zone
        .following(from)
        .find(|transition| transition.offset() > offset_before(transition.timestamp()))
        .expect("the zone moves its clocks forward in 2027");
    let before = offset_before(jump.timestamp());
    let gap = before.duration_until(jump.offset());
    (before.to_datetime(jump.timestamp()) + gap / 2, gap)
}

#[test]
fn an_event_starting_in_a_dst_gap_keeps_its_end_and_starts_where_attache_says() {
    let mut plan = Plan::empty(date(2027, 3, 1), TALLINN);
    // Each an hour long on the clock, starting in the middle of the gap: 03:30–04:30 in Tallinn,
    // 01:30–02:30 in Dublin, and in Lord Howe, whose clocks jump by half an hour.
    let zones = [TALLINN, "Europe/Dublin", "Australia/Lord_Howe"];
    for zone in zones {
        let (start, _) = in_first_gap_of_2027(zone);
        let end = start + SignedDuration::from_hours(1);
        plan.events
            .push(Arc::new(event(zone, at(start, zone), at(end, zone))));
    }
    assert_eq!(
        in_first_gap_of_2027(TALLINN).0,
        date(2027, 3, 28).at(3, 30, 0, 0),
        "the Tallinn case of the issue"
    );
    let text = export(&plan, None);
    let calendar = parse(&text);
    let zones_written = time_zones(&calendar);
    let exported = events(&calendar);
    assert_eq!(exported.len(), zones.len());
    for (exported, planned) in exported.iter().zip(&plan.events) {
        let (_, gap) = in_first_gap_of_2027(&planned.start.zone);
        let zone = attache::model::zone_named(&planned.start.zone).unwrap();
        let start = planned.start.instant().unwrap();
        let end = planned.end.instant().unwrap();
        // 03:30 in the gap means 04:30: forward by the gap, which the event loses.
        assert_eq!(
            start.to_zoned(zone).datetime(),
            planned.start.wall + gap,
            "{}",
            planned.title
        );
        assert_eq!(
            end.duration_since(start),
            SignedDuration::from_hours(1) - gap
        );
        for (key, instant) in [("DTSTART", start), ("DTEND", end)] {
            let property = raw_property(exported, key);
            let tzid = property.params().get("TZID").expect("TZID").value();
            assert_eq!(tzid, planned.title);
            assert_eq!(
                instant_from_vtimezone(&zones_written[tzid], property.value()),
                instant.as_second(),
                "{} {key} by the file's VTIMEZONE",
                planned.title
            );
        }
        // The wall times written exist, so a calendar with another database (chrono-tz) finds
        // the same instants rather than guessing.
        for (value, instant) in [(exported.get_start(), start), (exported.get_end(), end)] {
            let Some(DatePerhapsTime::DateTime(date_time)) = value else {
                panic!("{} has a start and an end", planned.title)
            };
            assert_eq!(
                date_time.try_into_utc().map(|utc| utc.timestamp()),
                Some(instant.as_second()),
                "{} by chrono-tz",
                planned.title
            );
        }
    }
}

#[test]
fn an_end_before_the_start_is_written_as_the_start_not_left_out() {
    let mut plan = Plan::empty(date(2027, 3, 1), TALLINN);
    let start = date(2027, 3, 2).at(10, 0, 0, 0);
    plan.events.push(Arc::new(event(
        "Backwards",
        at(start, TALLINN),
        at(date(2027, 3, 2).at(9, 0, 0, 0), TALLINN),
    )));
    let calendar = parse(&export(&plan, None));
    let exported = events(&calendar)[0];
    assert_eq!(raw_property(exported, "DTEND").value(), "20270302T100000");
    assert_eq!(raw_property(exported, "DTSTART").value(), "20270302T100000");
}

#[test]
fn utc_events_are_written_with_z_and_no_tzid() {
    let mut plan = Plan::empty(date(2027, 3, 1), TALLINN);
    for zone in ["UTC", "Etc/UTC"] {
        plan.events.push(Arc::new(event(
            zone,
            at(date(2027, 3, 2).at(9, 0, 0, 0), zone),
            at(date(2027, 3, 2).at(10, 30, 0, 0), zone),
        )));
    }
    let text = export(&plan, None);
    assert!(!text.contains("TZID=UTC"), "{text}");
    assert!(!text.contains("TZID=Etc/UTC"), "{text}");
    assert!(
        !text.contains("BEGIN:VTIMEZONE"),
        "no VTIMEZONE for UTC:\n{text}"
    );
    let calendar = parse(&text);
    for exported in events(&calendar) {
        assert_eq!(
            raw_property(exported, "DTSTART").value(),
            "20270302T090000Z"
        );
        assert_eq!(raw_property(exported, "DTEND").value(), "20270302T103000Z");
        assert!(matches!(
            exported.get_start(),
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(_)))
        ));
    }
}
