//! Rooming lists: every member of the delegation staying at a hotel has a room for each night of
//! the stay.

use jiff::ToSpan;
use jiff::civil::Date;

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{EventKind, EventStatus, Side};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for event in &plan.events {
        // A stay without a rooming list yet is not checked: the hotel may not have asked for one.
        let EventKind::Stay(stay) = &event.kind else {
            continue;
        };
        if stay.rooms.is_empty() || event.status == EventStatus::Cancelled {
            continue;
        }
        let nights = nights(event.start.wall.date(), event.end.wall.date());
        for &person in &event.participants {
            let Some(&i) = context.index.people.get(&person) else {
                continue;
            };
            if plan.people[i].side != Side::Visiting {
                continue;
            }
            let roomless: Vec<Date> = nights
                .iter()
                .copied()
                .filter(|&night| {
                    !stay
                        .rooms
                        .iter()
                        .any(|room| room.covers(night) && room.guests.contains(&person))
                })
                .collect();
            let Some(first) = roomless.first() else {
                continue;
            };
            let more = match roomless.len() - 1 {
                0 => String::new(),
                1 => " and 1 more night".to_owned(),
                n => format!(" and {n} more nights"),
            };
            problems.push(Problem::warning(
                Rule::NoRoom,
                Subject::Event(event.id),
                format!(
                    "\"{}\" has no room at \"{}\" for the night of {first}{more}",
                    context.person_name(person),
                    label(&event.title)
                ),
            ));
        }
    }
}

/// The nights from check-in to the night before check-out; none for a stay that ends the day it
/// begins or before.
fn nights(check_in: Date, check_out: Date) -> Vec<Date> {
    let mut nights = Vec::new();
    let mut night = check_in;
    while night < check_out {
        nights.push(night);
        match night.checked_add(1.day()) {
            Ok(next) => night = next,
            Err(_) => break,
        }
    }
    nights
}
