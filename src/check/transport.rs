//! Vehicles on road legs and transfers: no car carries more than its seats; everyone going has a
//! seat in one, and one only; nobody rides who is not going; and no car or driver is on two legs
//! at once.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;

use super::context::{Context, clash_severity, describe, is_timed};
use super::sweep::{OVERLAPS_NAMED, overlapping_pairs};
use super::{Problem, Rule, Subject};
use crate::lang::Message;
use crate::model::label::label;
use crate::model::{Event, EventStatus, PersonId, Vehicle};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for event in &plan.events {
        // A leg with no vehicles assigned yet has no transport plan to check.
        if event.rides.is_empty() || event.status == EventStatus::Cancelled {
            continue;
        }
        seats_enough(context, event, problems);
        everyone_rides_once(context, event, problems);
    }
    vehicles_and_drivers_in_one_place(context, problems);
}

fn seats_enough(context: &Context, event: &Event, problems: &mut Vec<Problem>) {
    for ride in &event.rides {
        // Found as every reader of the plan finds it: of two vehicles with one id, the first.
        let Some(vehicle) = context.index.vehicle(context.plan, ride.vehicle) else {
            continue;
        };
        let riding = ride.passengers.len();
        if riding > vehicle.seats as usize {
            problems.push(Problem::error(
                Rule::VehicleOverfull,
                Subject::Event(event.id),
                msg!(
                    "problem-vehicle-overfull",
                    vehicle = label(&vehicle.name),
                    seats = vehicle.seats,
                    riding = riding,
                    title = label(&event.title)
                ),
            ));
        }
    }
}

/// Everyone going has a seat in a vehicle, nobody has seats in two, and nobody rides who is not
/// going.
fn everyone_rides_once(context: &Context, event: &Event, problems: &mut Vec<Problem>) {
    // Person → how many of the leg's vehicles carry them, in the order first seated.
    let mut rides_taken: HashMap<PersonId, usize> = HashMap::new();
    let mut riding: Vec<PersonId> = Vec::new();
    for ride in &event.rides {
        // A name listed twice in one vehicle is one seat in it.
        let mut in_this_ride = HashSet::new();
        for &person in &ride.passengers {
            if !in_this_ride.insert(person) {
                continue;
            }
            let taken = rides_taken.entry(person).or_default();
            if *taken == 0 {
                riding.push(person);
            }
            *taken += 1;
        }
    }
    let going: HashSet<PersonId> = event.people().collect();
    let mut named = HashSet::new();
    let left_behind: Vec<PersonId> = event
        .people()
        .filter(|person| !rides_taken.contains_key(person) && named.insert(*person))
        .collect();
    let not_going: Vec<PersonId> = riding
        .iter()
        .copied()
        .filter(|person| !going.contains(person))
        .collect();
    let twice: Vec<PersonId> = riding
        .iter()
        .copied()
        .filter(|person| rides_taken[person] > 1)
        .collect();
    let title = label(&event.title);
    for (people, rule, id) in [
        (left_behind, Rule::NoRide, "problem-no-ride"),
        (not_going, Rule::RidingNotGoing, "problem-riding-not-going"),
        (twice, Rule::RidingTwice, "problem-riding-twice"),
    ] {
        if people.is_empty() {
            continue;
        }
        let sentence = Message::new(id)
            .with("people", context.people(&people))
            .with("count", people.len())
            .with("title", title.clone());
        problems.push(Problem::warning(rule, Subject::Event(event.id), sentence));
    }
}

/// One use of a vehicle: on a timed leg, driven by whoever drives it.
#[derive(Clone, Copy)]
struct Use {
    /// The vehicle's or the driver's number, whichever is followed.
    by: usize,
    start: Timestamp,
    end: Timestamp,
    /// The leg's position in the plan's events and the vehicle's in the visit's list.
    event: usize,
    vehicle: usize,
}

/// A vehicle is in one place at a time, and so is its driver: each vehicle's legs, and each
/// driver's, in order of start, are swept for overlaps. A driver named on two vehicles drives
/// both; their names are compared as written, without case or spacing.
fn vehicles_and_drivers_in_one_place(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let mut drivers: HashMap<String, usize> = HashMap::new();
    let driver_of: Vec<Option<usize>> = plan
        .visit
        .vehicles
        .iter()
        .map(|vehicle| {
            let name = vehicle
                .driver
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let next = drivers.len();
            (!name.is_empty()).then(|| *drivers.entry(name).or_insert(next))
        })
        .collect();
    let mut by_vehicle = Vec::new();
    let mut by_driver = Vec::new();
    for (position, event) in plan.events.iter().enumerate() {
        if event.status == EventStatus::Cancelled || !is_timed(event) {
            continue;
        }
        let Some(span) = context.spans[position] else {
            continue;
        };
        let mut seen = HashSet::new();
        for ride in &event.rides {
            let Some(&vehicle) = context.index.vehicles.get(&ride.vehicle) else {
                continue;
            };
            if !seen.insert(vehicle) {
                continue;
            }
            let used = Use {
                by: vehicle,
                start: span.start,
                end: span.end,
                event: position,
                vehicle,
            };
            by_vehicle.push(used);
            if let Some(driver) = driver_of[vehicle] {
                by_driver.push(Use { by: driver, ..used });
            }
        }
    }
    let vehicle_named = |position: usize| -> &Vehicle { &plan.visit.vehicles[position] };
    let mut found = Vec::new();
    let crowded = for_each_overlap(
        context,
        (Rule::VehicleOnTwoLegs, by_vehicle),
        |earlier, later| {
            let vehicle = vehicle_named(later.vehicle);
            found.push(double_booking(
                context,
                Rule::VehicleOnTwoLegs,
                msg!(
                    "problem-vehicle-on-two-legs",
                    vehicle = label(&vehicle.name)
                ),
                (earlier, later),
            ));
        },
        |later| {
            msg!(
                "problem-vehicle-on-more-legs",
                vehicle = label(&vehicle_named(later.vehicle).name)
            )
        },
    );
    found.extend(crowded);
    let crowded = for_each_overlap(
        context,
        (Rule::DriverOnTwoLegs, by_driver),
        |earlier, later| {
            // The same vehicle on both legs is reported for the vehicle.
            if earlier.vehicle == later.vehicle {
                return;
            }
            let driver = vehicle_named(earlier.vehicle).driver.trim();
            found.push(double_booking(
                context,
                Rule::DriverOnTwoLegs,
                msg!(
                    "problem-driver-on-two-legs",
                    driver = label(driver),
                    first_vehicle = label(&vehicle_named(earlier.vehicle).name),
                    second_vehicle = label(&vehicle_named(later.vehicle).name)
                ),
                (earlier, later),
            ));
        },
        |later| {
            msg!(
                "problem-driver-on-more-legs",
                driver = label(vehicle_named(later.vehicle).driver.trim())
            )
        },
    );
    found.extend(crowded);
    problems.extend(found);
}

/// Calls `overlap` for each two uses by one vehicle or driver that overlap in time (confirmed
/// legs named first); past a few for one leg, the rest are counted in one problem about `who`.
fn for_each_overlap(
    context: &Context,
    (rule, mut uses): (Rule, Vec<Use>),
    mut overlap: impl FnMut(Use, Use),
    who: impl Fn(Use) -> Message,
) -> Vec<Problem> {
    let mut crowded = Vec::new();
    uses.sort_unstable_by_key(|used| (used.by, used.start, used.end, used.event));
    for one in uses.chunk_by(|a, b| a.by == b.by) {
        overlapping_pairs(
            one.iter().copied(),
            |used| (used.start, used.end),
            |used| context.plan.events[used.event].status == EventStatus::Confirmed,
            &mut overlap,
            |later, count| {
                let leg = &context.plan.events[later.event];
                crowded.push(
                    Problem::warning(
                        rule,
                        Subject::Event(leg.id),
                        who(later)
                            .with("more", count)
                            .with("title", label(&leg.title))
                            .with("from", describe(&leg.start, leg.all_day))
                            .with("named", OVERLAPS_NAMED),
                    )
                    .at(Some(later.start)),
                );
            },
        );
    }
    crowded
}

/// "`who` on two legs at once: "A" (until ...) and "B" (from ...)", an error when both legs are
/// confirmed (as for a person in two events), about the later leg and marked on the earlier.
fn double_booking(
    context: &Context,
    rule: Rule,
    message: Message,
    (earlier, later): (Use, Use),
) -> Problem {
    let (a, b) = (
        &context.plan.events[earlier.event],
        &context.plan.events[later.event],
    );
    let message = message
        .with("first", label(&a.title))
        .with("until", describe(&a.end, a.all_day))
        .with("second", label(&b.title))
        .with("from", describe(&b.start, b.all_day));
    Problem::new(clash_severity(a, b), rule, Subject::Event(b.id), message)
        .also_about(Subject::Event(a.id))
        .at(Some(later.start))
}
