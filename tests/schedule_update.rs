//! Updating a schedule after an edit gives exactly the schedule built from scratch.
//!
//! Plans are generated, then edited at random the way a planner edits an itinerary: times moved
//! by minutes or days (across midnight, out of the visit, into the 2027 Tallinn clock changes),
//! all-day switched on and off, zones changed (to one the database does not know, too), titles
//! changed. After each edit, [`Schedule::update`] must agree with [`Schedule::of`].

use std::sync::Arc;

use attache::model::generate::{PlanSize, generate};
use attache::model::schedule::{Agenda, Schedule};
use attache::model::{Event, LocalTime, Plan};
use jiff::ToSpan;
use jiff::civil::{DateTime, date};
use proptest::prelude::*;

const ZONES: &[&str] = &[
    "Europe/Tallinn",
    "Asia/Baghdad",
    "Europe/Istanbul",
    "Europe/Helsinki",
    "UTC",
    "Mars/Base",
];

#[derive(Clone, Debug)]
enum Edit {
    /// Moves the start and the end by these many minutes.
    Shift {
        start: i64,
        end: i64,
    },
    /// Puts the event this many minutes after midnight on the day Tallinn's clocks spring forward
    /// (28 March 2027, 03:00) or fall back (31 October 2027, 04:00), lasting `length` minutes.
    NearClockChange {
        autumn: bool,
        minutes: i64,
        length: i64,
    },
    ToggleAllDay,
    StartZone(&'static str),
    EndZone(&'static str),
    Retitle(String),
}

fn minutes() -> impl Strategy<Value = i64> {
    prop_oneof![
        4 => -180i64..180,
        3 => -4 * 1440i64..4 * 1440,
        1 => -60 * 1440i64..240 * 1440,
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (minutes(), minutes()).prop_map(|(start, end)| Edit::Shift { start, end }),
        2 => (0i64..60).prop_map(|hours| Edit::Shift { start: hours * 60, end: hours * 60 }),
        4 => (any::<bool>(), 0i64..8 * 60, 0i64..300)
            .prop_map(|(autumn, minutes, length)| Edit::NearClockChange { autumn, minutes, length }),
        1 => Just(Edit::ToggleAllDay),
        2 => prop::sample::select(ZONES).prop_map(Edit::StartZone),
        2 => prop::sample::select(ZONES).prop_map(Edit::EndZone),
        2 => "[A-Za-z ]{0,12}".prop_map(Edit::Retitle),
    ]
}

/// One or two events edited at once, by index (taken modulo the number of events).
fn step() -> impl Strategy<Value = Vec<(usize, Edit)>> {
    prop::collection::vec((any::<usize>(), edit()), 1..=2)
}

fn moved(wall: DateTime, minutes: i64) -> DateTime {
    wall.checked_add(minutes.minutes()).unwrap_or(wall)
}

/// Replaces the event at `i` with an edited copy, as the app does.
fn apply(plan: &mut Plan, i: usize, edit: &Edit) {
    let mut event: Event = (*plan.events[i]).clone();
    match edit {
        Edit::Shift { start, end } => {
            event.start.wall = moved(event.start.wall, *start);
            event.end.wall = moved(event.end.wall, *end);
        }
        Edit::NearClockChange {
            autumn,
            minutes,
            length,
        } => {
            let day = if *autumn {
                date(2027, 10, 31)
            } else {
                date(2027, 3, 28)
            };
            let start = moved(day.at(0, 0, 0, 0), *minutes);
            event.start = LocalTime::new(start, event.start.zone.clone());
            event.end = LocalTime::new(moved(start, *length), event.end.zone.clone());
        }
        Edit::ToggleAllDay => event.all_day = !event.all_day,
        Edit::StartZone(zone) => event.start.zone = (*zone).to_owned(),
        Edit::EndZone(zone) => event.end.zone = (*zone).to_owned(),
        Edit::Retitle(title) => event.title = title.clone(),
    }
    plan.events[i] = Arc::new(event);
}

fn small_plan(seed: u64) -> Plan {
    generate(PlanSize {
        people: 40,
        events: 60,
        topics: 5,
        seed,
    })
}

/// Where two schedules first differ, short enough to read in a failed test.
fn difference(got: &Schedule, want: &Schedule) -> Option<String> {
    if let Some(i) = (0..want.spans.len()).find(|&i| got.spans.get(i) != want.spans.get(i)) {
        return Some(format!(
            "span {i}: {:?}, expected {:?}",
            got.spans.get(i),
            want.spans[i]
        ));
    }
    if got.order != want.order {
        return Some(format!("order {:?}\nexpected {:?}", got.order, want.order));
    }
    for (name, got, want) in [
        ("host", &got.host, &want.host),
        ("home", &got.home, &want.home),
    ] {
        if let Some(difference) = agenda_difference(got, want) {
            return Some(format!("{name} agenda: {difference}"));
        }
    }
    (got != want).then(|| "the schedules differ".to_owned())
}

fn agenda_difference(got: &Agenda, want: &Agenda) -> Option<String> {
    if got.zone_name != want.zone_name {
        return Some(format!(
            "zone {} expected {}",
            got.zone_name, want.zone_name
        ));
    }
    let dates = |agenda: &Agenda| agenda.days.iter().map(|day| day.date).collect::<Vec<_>>();
    if dates(got) != dates(want) {
        return Some(format!("days {:?}\nexpected {:?}", dates(got), dates(want)));
    }
    let (got, want) = got.days.iter().zip(&want.days).find(|(a, b)| a != b)?;
    Some(format!("{got:#?}\nexpected {want:#?}"))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn an_updated_schedule_is_the_schedule_of_the_edited_plan(
        seed in 0u64..4,
        steps in prop::collection::vec(step(), 1..25),
    ) {
        let mut plan = small_plan(seed);
        let mut schedule = Schedule::of(&plan);
        for (n, step) in steps.iter().enumerate() {
            let mut changed = Vec::new();
            for (index, edit) in step {
                let i = index % plan.events.len();
                apply(&mut plan, i, edit);
                changed.push(i);
            }
            schedule.update(&plan, &changed);
            let want = Schedule::of(&plan);
            if let Some(difference) = difference(&schedule, &want) {
                prop_assert!(false, "after step {n} {step:?} (events {changed:?}): {difference}");
            }
        }
    }
}

#[test]
fn an_event_moved_to_the_autumn_clock_change_brings_it_in_and_takes_it_out_again() {
    let mut plan = small_plan(1);
    let mut schedule = Schedule::of(&plan);
    let autumn = date(2027, 10, 31);
    let lists_autumn = |schedule: &Schedule| {
        schedule
            .host
            .day_at_or_after(autumn)
            .is_some_and(|d| schedule.host.days[d].date == autumn)
    };
    assert!(!lists_autumn(&schedule));

    let original = plan.events[7].clone();
    apply(
        &mut plan,
        7,
        &Edit::NearClockChange {
            autumn: true,
            minutes: 3 * 60 + 30,
            length: 60,
        },
    );
    schedule.update(&plan, &[7]);
    assert_eq!(difference(&schedule, &Schedule::of(&plan)), None);
    assert!(lists_autumn(&schedule));

    plan.events[7] = original;
    schedule.update(&plan, &[7]);
    assert_eq!(difference(&schedule, &Schedule::of(&plan)), None);
    assert!(!lists_autumn(&schedule));
}

#[test]
fn two_events_swapping_their_times_and_one_listed_twice() {
    let mut plan = small_plan(2);
    let mut schedule = Schedule::of(&plan);
    let (a, b) = (schedule.order[10], schedule.order[30]);
    let first = plan.events[a].clone();
    let mut swapped = (*plan.events[b]).clone();
    (swapped.start, swapped.end) = (first.start.clone(), first.end.clone());
    let mut other = (*first).clone();
    (other.start, other.end) = (plan.events[b].start.clone(), plan.events[b].end.clone());
    plan.events[a] = Arc::new(other);
    plan.events[b] = Arc::new(swapped);
    schedule.update(&plan, &[b, a, b]);
    assert_eq!(difference(&schedule, &Schedule::of(&plan)), None);
}

#[test]
fn a_schedule_of_another_number_of_events_is_rebuilt() {
    let mut plan = small_plan(3);
    let mut schedule = Schedule::of(&plan);
    plan.events.pop();
    schedule.update(&plan, &[]);
    assert!(schedule == Schedule::of(&plan));
}
