//! Vehicles on road legs and transfers: no car carries more than its seats, and everyone going has
//! a seat in one.

use std::collections::HashSet;

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{EventStatus, PersonId};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for event in &plan.events {
        // A leg with no vehicles assigned yet has no transport plan to check.
        if event.rides.is_empty() || event.status == EventStatus::Cancelled {
            continue;
        }
        let subject = Subject::Event(event.id);
        let title = label(&event.title);
        for ride in &event.rides {
            let Some(vehicle) = context.index.vehicle(plan, ride.vehicle) else {
                continue;
            };
            let riding = ride.passengers.len();
            if riding > vehicle.seats as usize {
                problems.push(Problem::error(
                    Rule::VehicleOverfull,
                    subject,
                    format!(
                        "\"{}\" has {} seats but {riding} passengers on \"{title}\"",
                        label(&vehicle.name),
                        vehicle.seats
                    ),
                ));
            }
        }
        let riding: HashSet<PersonId> = event
            .rides
            .iter()
            .flat_map(|ride| &ride.passengers)
            .copied()
            .collect();
        let mut named = HashSet::new();
        let left_behind: Vec<PersonId> = event
            .people()
            .filter(|person| !riding.contains(person) && named.insert(*person))
            .collect();
        if !left_behind.is_empty() {
            problems.push(Problem::warning(
                Rule::NoRide,
                subject,
                format!(
                    "{} going on \"{title}\" with no seat in a vehicle",
                    context.people_phrase(&left_behind, "is", "are")
                ),
            ));
        }
    }
}
