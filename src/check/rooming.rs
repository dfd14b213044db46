//! Rooming lists: every member of the delegation staying at a hotel has a room for each night of
//! the stay; a room holds no more guests than its kind sleeps; its guests are people staying
//! there; and nobody has two rooms at one hotel for one night. Two hotels are not compared: a
//! delegation that spends a night in Tartu often keeps its rooms in Tallinn, bags and all.

use std::collections::{HashMap, HashSet};

use jiff::ToSpan;
use jiff::civil::Date;

use super::context::Context;
use super::sweep::{OVERLAPS_NAMED, overlapping_pairs};
use super::{Problem, Rule, Subject};
use crate::lang::format::DateFormat;
use crate::lang::{Arg, Message};
use crate::model::label::label;
use crate::model::{Event, EventKind, EventStatus, PersonId, Room, RoomKind, Side, Stay};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let mut bookings = Vec::new();
    for (position, event) in context.plan.events.iter().enumerate() {
        // A stay without a rooming list yet is not checked: the hotel may not have asked for one.
        let EventKind::Stay(stay) = &event.kind else {
            continue;
        };
        if stay.rooms.is_empty() || event.status == EventStatus::Cancelled {
            continue;
        }
        members_roomed(context, event, stay, problems);
        rooms_hold_their_guests(context, event, stay, problems);
        guests_are_staying(context, event, stay, problems);
        bookings.extend(bookings_of(position, stay));
    }
    one_room_a_night(context, bookings, problems);
}

/// Each member of the delegation staying has a room for every night of the stay.
fn members_roomed(context: &Context, event: &Event, stay: &Stay, problems: &mut Vec<Problem>) {
    let nights = nights(event.start.wall.date(), event.end.wall.date());
    for &person in &event.participants {
        let Some(&i) = context.index.people.get(&person) else {
            continue;
        };
        if context.plan.people[i].side != Side::Visiting {
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
        let Some(&first) = roomless.first() else {
            continue;
        };
        problems.push(Problem::warning(
            Rule::NoRoom,
            Subject::Event(event.id),
            msg!(
                "problem-no-room",
                person = context.person_name(person),
                title = label(&event.title),
                nights = nights_phrase(first, roomless.len())
            ),
        ));
    }
}

/// No more guests in a room than its kind sleeps (a suite's size is not recorded).
fn rooms_hold_their_guests(
    context: &Context,
    event: &Event,
    stay: &Stay,
    problems: &mut Vec<Problem>,
) {
    for (position, room) in stay.rooms.iter().enumerate() {
        let guests = distinct(&room.guests);
        let Some(sleeps) = room.kind.sleeps() else {
            continue;
        };
        if guests.len() <= sleeps {
            continue;
        }
        problems.push(Problem::error(
            Rule::RoomOverfull,
            Subject::Event(event.id),
            msg!(
                "problem-room-overfull",
                people = context.people(&guests),
                count = guests.len(),
                room = room_name(room, position),
                title = label(&event.title),
                kind = Arg::message(match room.kind {
                    RoomKind::Single => "problem-room-single",
                    RoomKind::Double => "problem-room-double",
                    RoomKind::Twin => "problem-room-twin",
                    RoomKind::Suite => "problem-room-suite",
                }),
                sleeps = sleeps,
            ),
        ));
    }
}

/// Whoever has a room is staying: a guest the stay does not name is a room booked for the wrong
/// person, or a person left off the stay.
fn guests_are_staying(context: &Context, event: &Event, stay: &Stay, problems: &mut Vec<Problem>) {
    let staying: HashSet<PersonId> = event.people().collect();
    let roomed: Vec<PersonId> = stay
        .rooms
        .iter()
        .flat_map(|room| &room.guests)
        .copied()
        .collect();
    let strangers: Vec<PersonId> = distinct(&roomed)
        .into_iter()
        .filter(|guest| !staying.contains(guest))
        .collect();
    if strangers.is_empty() {
        return;
    }
    problems.push(Problem::warning(
        Rule::RoomGuestNotStaying,
        Subject::Event(event.id),
        msg!(
            "problem-room-guest-not-staying",
            people = context.people(&strangers),
            count = strangers.len(),
            title = label(&event.title)
        ),
    ));
}

/// One guest's nights in one room: from the first night to the morning after the last.
#[derive(Clone, Copy)]
struct Booking {
    person: PersonId,
    first_night: Date,
    morning_after: Date,
    /// The stay's position in the plan's events and the room's in its list.
    stay: usize,
    room: usize,
}

fn bookings_of(stay_position: usize, stay: &Stay) -> impl Iterator<Item = Booking> + '_ {
    stay.rooms
        .iter()
        .enumerate()
        .flat_map(move |(room, booked)| {
            let morning_after = booked.last_night.tomorrow().ok();
            distinct(&booked.guests)
                .into_iter()
                .filter_map(move |person| {
                    let morning_after = morning_after.filter(|&day| day > booked.first_night)?;
                    Some(Booking {
                        person,
                        first_night: booked.first_night,
                        morning_after,
                        stay: stay_position,
                        room,
                    })
                })
        })
}

/// The people with the same two rooms of one stay, and the nights the rooms share.
struct TwoRooms {
    first_night: Date,
    nights: usize,
    people: Vec<PersonId>,
}

/// Nobody has two rooms at one hotel on one night: each guest's bookings at each stay, in order of
/// the first night, are swept for overlaps.
fn one_room_a_night(context: &Context, mut bookings: Vec<Booking>, problems: &mut Vec<Problem>) {
    bookings.sort_unstable_by_key(|b| (b.stay, b.person, b.first_night, b.morning_after, b.room));
    // (stay, earlier room, later room) → who has both, and when.
    let mut doubled: HashMap<(usize, usize, usize), TwoRooms> = HashMap::new();
    // A guest's room with more of their rooms on its nights than are named, and how many more.
    let mut crowded: Vec<(Booking, usize)> = Vec::new();
    for guest in bookings.chunk_by(|a, b| (a.stay, a.person) == (b.stay, b.person)) {
        overlapping_pairs(
            guest,
            |booking| (booking.first_night, booking.morning_after),
            |_| false,
            |earlier, later| {
                let until = earlier.morning_after.min(later.morning_after);
                doubled
                    .entry((later.stay, earlier.room, later.room))
                    .or_insert_with(|| TwoRooms {
                        first_night: later.first_night,
                        nights: later
                            .first_night
                            .until(until)
                            .map_or(1, |span| usize::try_from(span.get_days()).unwrap_or(1)),
                        people: Vec::new(),
                    })
                    .people
                    .push(later.person);
            },
            |later, count| crowded.push((*later, count)),
        );
    }
    let mut doubled: Vec<_> = doubled.into_iter().collect();
    doubled.sort_by_key(|(rooms, two)| (two.first_night, *rooms));
    for ((stay, earlier, later), two) in doubled {
        let (event, booked) = stay_at(context, stay);
        problems.push(Problem::warning(
            Rule::TwoRoomsOneNight,
            Subject::Event(event.id),
            msg!(
                "problem-two-rooms-one-night",
                people = context.people(&two.people),
                count = two.people.len(),
                title = label(&event.title),
                nights = nights_phrase(two.first_night, two.nights),
                first = room_name(&booked.rooms[earlier], earlier),
                second = room_name(&booked.rooms[later], later),
            ),
        ));
    }
    for (booking, count) in crowded {
        let (event, booked) = stay_at(context, booking.stay);
        problems.push(Problem::warning(
            Rule::TwoRoomsOneNight,
            Subject::Event(event.id),
            msg!(
                "problem-two-rooms-more",
                person = context.person_name(booking.person),
                more = count,
                title = label(&event.title),
                room = room_name(&booked.rooms[booking.room], booking.room),
                named = OVERLAPS_NAMED,
            ),
        ));
    }
}

/// The stay a booking was found at, by its position in the plan's events.
fn stay_at<'p>(context: &Context<'p>, position: usize) -> (&'p Event, &'p Stay) {
    let event = &context.plan.events[position];
    let EventKind::Stay(stay) = &event.kind else {
        unreachable!("bookings are of stays")
    };
    (event, stay)
}

/// How a room is named in a sentence: by the hotel's number once known, else by its place in the
/// stay's list, as the rooming editor counts them.
fn room_name(room: &Room, position: usize) -> Message {
    if room.number.trim().is_empty() {
        msg!("problem-room-in-list", position = position + 1)
    } else {
        msg!("problem-room-number", number = label(room.number.trim()))
    }
}

/// "the night of 2027-03-21", "the night of 2027-03-21 and 2 more nights".
fn nights_phrase(first: Date, count: usize) -> Message {
    msg!(
        "problem-nights",
        first = Arg::DateAs(first, DateFormat::Numeric),
        more = count.saturating_sub(1)
    )
}

/// The people of a list once each, in the list's order.
fn distinct(people: &[PersonId]) -> Vec<PersonId> {
    let mut seen = HashSet::new();
    people.iter().copied().filter(|p| seen.insert(*p)).collect()
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
