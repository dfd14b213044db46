//! Times as the itinerary shows and edits them: typed clock times, ranges in a zone, the two
//! clocks side by side, DST gaps and folds explained, and the rule that nothing ends before it
//! starts. Pure functions over the model, tested without a window.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};

use crate::lang::format::{self, DateFormat};
use crate::model::schedule::{Span, utc_offset, zone_city};
use crate::model::{Event, EventKind, LocalTime, Plan, WallTimeFit, zone_named};
use crate::t;

/// Reads a clock time as planners type it: "9:30", "09:30", "0930", "9.30", "21h30".
/// Minutes always have two digits, so that nothing is taken while the planner is still typing.
pub fn parse_time(text: &str) -> Option<Time> {
    let text = text.trim();
    let (hours, minutes) = match text.find([':', '.', 'h', 'H']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None if text.len() == 4 => text.split_at(2),
        None => return None,
    };
    if hours.is_empty()
        || hours.len() > 2
        || minutes.len() != 2
        || !hours
            .bytes()
            .chain(minutes.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let hours: i8 = hours.parse().ok()?;
    let minutes: i8 = minutes.parse().ok()?;
    Time::new(hours, minutes, 0, 0).ok()
}

/// "09:30", as the language writes a time of day.
pub fn clock(time: Time) -> String {
    format::time(time)
}

/// The time `minutes` after midnight ("09:30"; "24:00" for the end of the day), made once per
/// language and kept: the timeline writes its hours every frame.
pub fn clock_at(minutes: i32) -> &'static str {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static MADE: RefCell<HashMap<(crate::lang::Language, crate::lang::Digits, i32), &'static str>> =
            RefCell::default();
    }
    let minutes = minutes.clamp(0, 24 * 60);
    MADE.with(|made| {
        *made
            .borrow_mut()
            .entry((crate::lang::current(), crate::lang::digits(), minutes))
            .or_insert_with(|| {
                if minutes == 24 * 60 {
                    return Box::leak(format::with_digits(t!("clock-end-of-day")).into_boxed_str());
                }
                let time = Time::new((minutes / 60) as i8, (minutes % 60) as i8, 0, 0)
                    .unwrap_or(Time::midnight());
                // At most a day's minutes per language: kept for the life of the program.
                Box::leak(clock(time).into_boxed_str())
            })
    })
}

/// "09:30" as a time field holds it, whatever the language: what [`parse_time`] reads back.
pub fn typed_clock(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// "Sun 28 Mar 2027".
pub fn long_date(date: Date) -> String {
    format::date(date, DateFormat::WeekdayDayMonthYear)
}

fn zoned_wall(at: Timestamp, zone: &TimeZone) -> DateTime {
    at.to_zoned(zone.clone()).datetime()
}

/// When a span happens on the clocks of `zone`, as read on `day`: "10:00–11:30", "23:00–02:10 +1",
/// or "16:30 → 28 Mar 07:30" when it ends days later.
pub fn range_in(span: Span, zone: &TimeZone) -> String {
    let start = zoned_wall(span.start, zone);
    let end = zoned_wall(span.end, zone);
    let days = (end.date() - start.date()).get_days();
    let (from, to) = (start.time(), end.time());
    match days {
        0 => t!("clock-range", start = from, end = to),
        1 => t!("clock-range-overnight", start = from, end = to),
        _ => t!(
            "clock-range-to-day",
            start = from,
            day = format::date(end.date(), DateFormat::DayMonth),
            end = to
        ),
    }
}

/// The time cell of an agenda row: the range on the chosen clock, and on the other clock when it
/// reads differently ("10:00–11:30 Tallinn", "11:00–12:30 Baghdad"), or a note that it reads the
/// same (in summer, when both are UTC+3).
pub fn dual_clock(
    span: Span,
    (zone, zone_name): (&TimeZone, &str),
    other: Option<(&TimeZone, &str)>,
) -> (String, Option<String>) {
    let first = t!(
        "clock-at-place",
        time = range_in(span, zone),
        city = zone_city(zone_name)
    );
    let second = other.and_then(|(other_zone, other_name)| {
        if other_name == zone_name {
            return None;
        }
        let there = range_in(span, other_zone);
        Some(if there == range_in(span, zone) {
            t!("clock-same-in", city = zone_city(other_name))
        } else {
            t!("clock-at-place", time = there, city = zone_city(other_name))
        })
    });
    (first, second)
}

/// The local clock times of an event that starts or ends away from the chosen zones, e.g. a
/// flight: "dep 03:10 Baghdad → arr 08:25 Tallinn".
pub fn local_times(event: &Event, travel: bool) -> String {
    let at = |time: &LocalTime| {
        t!(
            "clock-at-place",
            time = time.wall.time(),
            city = zone_city(&time.zone)
        )
    };
    let (start, end) = (at(&event.start), at(&event.end));
    let days = i64::from((event.end.wall.date() - event.start.wall.date()).get_days());
    if travel {
        t!(
            "clock-departure-arrival",
            start = start,
            end = end,
            days = days
        )
    } else {
        t!("clock-local-times", start = start, end = end, days = days)
    }
}

/// What the planner is told about a wall time that is not simply there once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WallTimeNote {
    /// The clocks jump over it; the time was (or is to be) moved forward to `moved_to`.
    Gap { moved_to: DateTime, text: String },
    /// It happens twice; the first is taken.
    Fold { text: String },
}

impl WallTimeNote {
    pub fn text(&self) -> &str {
        match self {
            Self::Gap { text, .. } | Self::Fold { text } => text,
        }
    }
}

/// Explains a wall time in a DST gap or fold of its zone; `None` when it happens exactly once (or
/// the zone is unknown: the check reports that). `what` is the end it is, `start` or `end` (the
/// messages choose their words by it).
pub fn wall_time_note(time: &LocalTime, what: &str) -> Option<WallTimeNote> {
    let city = zone_city(&time.zone);
    let asked = time.wall.time();
    let day = long_date(time.wall.date());
    match time.fit().ok()? {
        WallTimeFit::Exact => None,
        WallTimeFit::InGap {
            clocks,
            moved_to,
            offset,
        } => Some(WallTimeNote::Gap {
            moved_to,
            text: t!(
                "clock-in-gap",
                asked = asked,
                city = city,
                day = day,
                from = clocks.from,
                to = clocks.to,
                what = what,
                moved_to = moved_to.time(),
                offset = utc_offset(offset),
            ),
        }),
        WallTimeFit::InFold {
            clocks,
            first,
            second,
        } => Some(WallTimeNote::Fold {
            text: t!(
                "clock-in-fold",
                asked = asked,
                city = city,
                day = day,
                from = clocks.from,
                to = clocks.to,
                first = utc_offset(first),
                later = duration(second.duration_until(first)),
                second = utc_offset(second),
            ),
        }),
    }
}

/// Moves a wall time out of a DST gap the way the calendar reads it (forward by the gap), so
/// that what is stored is what happens; returns the note to show. Times that exist are kept.
pub fn resolve_gap(time: LocalTime, what: &str) -> (LocalTime, Option<WallTimeNote>) {
    match wall_time_note(&time, what) {
        Some(note @ WallTimeNote::Gap { moved_to, .. }) => (
            LocalTime {
                wall: moved_to,
                zone: time.zone,
            },
            Some(note),
        ),
        Some(fold) => (time, Some(fold)),
        None => (time, None),
    }
}

/// "1 h", "1 h 30 min", "45 min", "2 days 3 h".
pub fn duration(length: SignedDuration) -> String {
    let minutes = length.as_mins().abs();
    let (days, hours, minutes) = (minutes / (24 * 60), minutes / 60 % 24, minutes % 60);
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(t!("clock-duration-days", days = days));
    }
    if hours > 0 {
        parts.push(t!("clock-duration-hours", hours = hours));
    }
    if minutes > 0 || parts.is_empty() {
        parts.push(t!("clock-duration-minutes", minutes = minutes));
    }
    let text = parts.join(" ");
    if length.is_negative() {
        t!("clock-duration-negative", duration = text)
    } else {
        text
    }
}

fn instant(time: &LocalTime) -> Option<Timestamp> {
    time.instant().ok()
}

/// Why an event's end cannot be where it is, if it comes before the start: the sentence the form
/// shows when it refuses the change.
pub fn order_problem(event: &Event) -> Option<String> {
    if event.all_day {
        let (first, last) = (event.start.wall.date(), event.end.wall.date());
        return (last < first).then(|| {
            t!(
                "clock-last-day-before-first",
                last = long_date(last),
                first = long_date(first)
            )
        });
    }
    let (start, end) = (instant(&event.start)?, instant(&event.end)?);
    if end >= start {
        return None;
    }
    let at = |wall: DateTime, zone: &str| {
        t!(
            "clock-moment-in",
            date = wall.date(),
            time = wall.time(),
            city = zone_city(zone)
        )
    };
    let (end_text, start_text) = (
        at(event.end.wall, &event.end.zone),
        at(event.start.wall, &event.start.zone),
    );
    if event.start.zone != event.end.zone
        && let Ok(zone) = zone_named(&event.start.zone)
    {
        let end_there = at(zoned_wall(end, &zone), &event.start.zone);
        return Some(t!(
            "clock-end-before-start-elsewhere",
            end = end_text,
            start = start_text,
            end_there = end_there
        ));
    }
    Some(t!(
        "clock-end-before-start",
        end = end_text,
        start = start_text
    ))
}

/// The event starting at `start`, its end moved along so that it lasts as long as before (in real
/// time: a flight stays as long in the air when its departure moves). Where that end would be the
/// second run of a wall time the clocks repeat (which a wall time and a zone cannot name), the end
/// keeps the length on the wall clock instead.
pub fn with_start(event: &Event, start: LocalTime) -> Event {
    let mut moved = event.clone();
    if event.all_day {
        let days = (event.end.wall.date() - event.start.wall.date()).get_days();
        moved.end.wall = start
            .wall
            .date()
            .checked_add(days.max(0).days())
            .unwrap_or(start.wall.date())
            .to_datetime(event.end.wall.time());
    } else if let (Some(old_start), Some(old_end), Some(new_start)) =
        (instant(&event.start), instant(&event.end), instant(&start))
        && old_end >= old_start
        && let Ok(end_zone) = zone_named(&event.end.zone)
        && let Ok(new_end) = new_start.checked_add(old_end.duration_since(old_start))
    {
        let end = LocalTime::new(zoned_wall(new_end, &end_zone), event.end.zone.clone());
        moved.end = if instant(&end) == Some(new_end) {
            end
        } else {
            let on_the_wall = event.end.wall.duration_since(event.start.wall);
            match start.wall.checked_add(on_the_wall) {
                Ok(wall) => LocalTime::new(wall, event.end.zone.clone()),
                Err(_) => end,
            }
        };
    }
    moved.start = start;
    moved
}

/// The event on another day, both ends moved by `days` on the wall clock (09:00 stays 09:00).
pub fn moved_by_days(event: &Event, days: i64) -> Option<Event> {
    let mut moved = event.clone();
    moved.start.wall = event.start.wall.checked_add(days.days()).ok()?;
    moved.end.wall = event.end.wall.checked_add(days.days()).ok()?;
    Some(moved)
}

/// Where a new event on `day` goes: when the day's last event ends (on the host's clock, rounded
/// up to the quarter hour), or at 09:00 when the day is empty or the hour would run past midnight.
pub fn after_the_days_last_event(plan: &Plan, day: Date, host_zone: &str) -> DateTime {
    let morning = day.at(9, 0, 0, 0);
    let Ok(host) = zone_named(host_zone) else {
        return morning;
    };
    let last_end = plan
        .events
        .iter()
        .filter(|event| !event.all_day && !matches!(event.kind, EventKind::Stay(_)))
        .filter_map(|event| {
            let (start, end) = (event.start.instant().ok()?, event.end.instant().ok()?);
            let (start, end) = (start.to_zoned(host.clone()), end.to_zoned(host.clone()));
            (start.date() == day).then(|| end.datetime())
        })
        .max();
    let Some(last_end) = last_end else {
        return morning;
    };
    let quarter = 15 * 60;
    let seconds = i64::from(last_end.time().hour()) * 3600 + i64::from(last_end.minute()) * 60;
    let rounded = (seconds + quarter - 1) / quarter * quarter;
    if last_end.date() != day || rounded + 3600 > 24 * 3600 {
        return morning;
    }
    day.at((rounded / 3600) as i8, (rounded % 3600 / 60) as i8, 0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventKind;
    use crate::model::schedule::span_of;
    use jiff::civil::{date, time};

    fn tallinn(day: Date, hour: i8, minute: i8) -> LocalTime {
        LocalTime::new(day.at(hour, minute, 0, 0), "Europe/Tallinn")
    }

    fn meeting(start: LocalTime, end: LocalTime) -> Event {
        Event::new(EventKind::Meeting, "Meeting", start, end)
    }

    #[test]
    fn typed_times_are_read_only_when_complete() {
        assert_eq!(parse_time("9:30"), Some(time(9, 30, 0, 0)));
        assert_eq!(parse_time(" 09:30 "), Some(time(9, 30, 0, 0)));
        assert_eq!(parse_time("0930"), Some(time(9, 30, 0, 0)));
        assert_eq!(parse_time("21h30"), Some(time(21, 30, 0, 0)));
        assert_eq!(parse_time("7.05"), Some(time(7, 5, 0, 0)));
        for unfinished in [
            "", "9", "10", "10:", "10:3", "930", "24:00", "12:60", "ab:cd", "1:2:3",
        ] {
            assert_eq!(parse_time(unfinished), None, "{unfinished:?}");
        }
    }

    #[test]
    fn both_clocks_in_winter_and_one_in_summer() {
        let tallinn_zone = zone_named("Europe/Tallinn").unwrap();
        let baghdad_zone = zone_named("Asia/Baghdad").unwrap();
        let host = (&tallinn_zone, "Europe/Tallinn");
        let home = (&baghdad_zone, "Asia/Baghdad");

        let winter = meeting(
            tallinn(date(2027, 3, 22), 10, 0),
            tallinn(date(2027, 3, 22), 11, 30),
        );
        let span = span_of(&winter, &tallinn_zone);
        assert_eq!(
            dual_clock(span, host, Some(home)),
            (
                "10:00–11:30 Tallinn".to_owned(),
                Some("11:00–12:30 Baghdad".to_owned())
            )
        );

        let summer = meeting(
            tallinn(date(2027, 7, 15), 10, 0),
            tallinn(date(2027, 7, 15), 11, 30),
        );
        let span = span_of(&summer, &tallinn_zone);
        assert_eq!(
            dual_clock(span, host, Some(home)),
            (
                "10:00–11:30 Tallinn".to_owned(),
                Some("same in Baghdad".to_owned())
            )
        );
        // Seen from Baghdad, the same winter meeting.
        let span = span_of(&winter, &tallinn_zone);
        assert_eq!(dual_clock(span, home, Some(host)).0, "11:00–12:30 Baghdad");
    }

    #[test]
    fn ranges_say_when_they_end_on_another_day() {
        let zone = zone_named("Europe/Tallinn").unwrap();
        let late = meeting(
            tallinn(date(2027, 3, 22), 23, 0),
            tallinn(date(2027, 3, 23), 2, 10),
        );
        assert_eq!(range_in(span_of(&late, &zone), &zone), "23:00–02:10 +1");
        let stay = meeting(
            tallinn(date(2027, 3, 21), 16, 30),
            tallinn(date(2027, 3, 28), 7, 30),
        );
        assert_eq!(
            range_in(span_of(&stay, &zone), &zone),
            "16:30 → 28 Mar 07:30"
        );
    }

    #[test]
    fn a_flight_shows_its_local_departure_and_arrival() {
        let flight = Event::new(
            EventKind::Travel(Default::default()),
            "Flight",
            LocalTime::new(date(2027, 3, 21).at(3, 10, 0, 0), "Asia/Baghdad"),
            tallinn(date(2027, 3, 21), 8, 25),
        );
        assert_eq!(
            local_times(&flight, true),
            "dep 03:10 Baghdad → arr 08:25 Tallinn"
        );
    }

    #[test]
    fn a_time_in_the_spring_gap_is_moved_forward_and_explained() {
        let (resolved, note) = resolve_gap(tallinn(date(2027, 3, 28), 3, 30), "start");
        assert_eq!(resolved, tallinn(date(2027, 3, 28), 4, 30));
        let note = note.expect("a note");
        assert_eq!(
            note.text(),
            "There is no 03:30 in Tallinn on Sun 28 Mar 2027: the clocks go forward from 03:00 \
             to 04:00. The start is set to 04:30 (UTC+3)."
        );
        let (kept, none) = resolve_gap(tallinn(date(2027, 3, 28), 9, 0), "start");
        assert_eq!(kept, tallinn(date(2027, 3, 28), 9, 0));
        assert_eq!(none, None);
    }

    #[test]
    fn a_time_in_the_autumn_fold_is_kept_and_explained() {
        let time = tallinn(date(2027, 10, 31), 3, 30);
        let (kept, note) = resolve_gap(time.clone(), "start");
        assert_eq!(kept, time);
        assert_eq!(
            note.unwrap().text(),
            "03:30 happens twice in Tallinn on Sun 31 Oct 2027: the clocks go back from 04:00 \
             to 03:00. Attaché takes the first 03:30 (UTC+3); the second comes 1 h later (UTC+2)."
        );
    }

    #[test]
    fn an_end_before_the_start_is_a_problem_in_real_time() {
        let day = date(2027, 3, 22);
        let backwards = meeting(tallinn(day, 10, 0), tallinn(day, 9, 0));
        assert_eq!(
            order_problem(&backwards).unwrap(),
            "The end, Mon 22 Mar 09:00 in Tallinn, would come before the start, Mon 22 Mar \
             10:00 in Tallinn: the change was not made."
        );
        assert_eq!(
            order_problem(&meeting(tallinn(day, 10, 0), tallinn(day, 10, 0))),
            None
        );
        // 08:25 in Tallinn is after 03:10 in Baghdad: a leg may land "earlier" on the wall clock
        // of another zone and still be fine ...
        let flight = meeting(
            LocalTime::new(day.at(9, 0, 0, 0), "Asia/Baghdad"),
            tallinn(day, 8, 30),
        );
        assert_eq!(order_problem(&flight), None);
        // ... but not land before it took off.
        let impossible = meeting(
            LocalTime::new(day.at(9, 0, 0, 0), "Asia/Baghdad"),
            tallinn(day, 7, 30),
        );
        assert!(
            order_problem(&impossible)
                .unwrap()
                .contains("(the end is Mon 22 Mar 08:30 in Baghdad)")
        );
    }

    #[test]
    fn moving_the_start_keeps_the_length_even_across_zones() {
        let day = date(2027, 3, 21);
        let flight = meeting(
            LocalTime::new(day.at(3, 10, 0, 0), "Asia/Baghdad"),
            tallinn(day, 8, 25),
        );
        let later = with_start(&flight, LocalTime::new(day.at(5, 0, 0, 0), "Asia/Baghdad"));
        assert_eq!(later.end, tallinn(day, 10, 15));
        // Over the DST change the real length is kept: 02:00 to 05:00 is two hours on 28 March.
        let night = meeting(tallinn(day, 2, 0), tallinn(day, 4, 0));
        let moved = with_start(&night, tallinn(date(2027, 3, 28), 2, 0));
        assert_eq!(moved.end, tallinn(date(2027, 3, 28), 5, 0));
        // Half an hour from the first 03:30 of 31 October ends at the second 03:00, which cannot
        // be written: the end keeps half an hour on the wall clock instead.
        let autumn = date(2027, 10, 31);
        let call = meeting(tallinn(autumn, 2, 0), tallinn(autumn, 2, 30));
        let moved = with_start(&call, tallinn(autumn, 3, 30));
        assert_eq!(moved.end, tallinn(autumn, 4, 0));
        assert_eq!(order_problem(&moved), None);
    }

    #[test]
    fn moving_by_a_day_keeps_the_clock_times() {
        let day = date(2027, 3, 27);
        let event = meeting(tallinn(day, 9, 0), tallinn(day, 10, 0));
        let moved = moved_by_days(&event, 1).unwrap();
        assert_eq!(moved.start, tallinn(date(2027, 3, 28), 9, 0));
        assert_eq!(moved.end, tallinn(date(2027, 3, 28), 10, 0));
    }

    #[test]
    fn times_are_told_in_estonian() {
        use crate::lang::{Language, in_language};
        in_language(Language::Estonian, || {
            assert_eq!(duration(SignedDuration::from_hours(27)), "1 päev 3 h");
            assert_eq!(duration(SignedDuration::from_hours(51)), "2 päeva 3 h");
            let flight = Event::new(
                EventKind::Travel(Default::default()),
                "Lend",
                LocalTime::new(date(2027, 3, 21).at(23, 10, 0, 0), "Asia/Baghdad"),
                tallinn(date(2027, 3, 22), 4, 25),
            );
            assert_eq!(
                local_times(&flight, true),
                "väljub 23:10 Baghdad → saabub 04:25 Tallinn +1"
            );
            let (_, note) = resolve_gap(tallinn(date(2027, 3, 28), 3, 30), "start");
            assert_eq!(
                note.unwrap().text(),
                "Kellaaega 03:30 ei ole asukohas Tallinn P 28. märts 2027: kellad keeratakse \
                 03:00 pealt edasi 04:00 peale. Algus on seatud kellaajale 04:30 (UTC+3)."
            );
            let zone = zone_named("Europe/Tallinn").unwrap();
            let stay = meeting(
                tallinn(date(2027, 3, 21), 16, 30),
                tallinn(date(2027, 3, 28), 7, 30),
            );
            assert_eq!(
                range_in(span_of(&stay, &zone), &zone),
                "16:30 → 28. märts 07:30"
            );
        });
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(SignedDuration::from_mins(45)), "45 min");
        assert_eq!(duration(SignedDuration::from_mins(90)), "1 h 30 min");
        assert_eq!(duration(SignedDuration::from_hours(2)), "2 h");
        assert_eq!(duration(SignedDuration::from_hours(27)), "1 day 3 h");
        assert_eq!(duration(SignedDuration::ZERO), "0 min");
    }
}
