//! What keeps a merged plan possible: two changes that are each fine on their own side can make
//! together what neither side had. A record deleted on one side may still be named on the other;
//! a guest moved to room 402 on one side and to room 403 on the other would be booked in both.
//! Each such case is a conflict for the planner, never a plan that cannot happen.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;

use super::{ConflictValue, MergeConflict, deleted_and_changed, to_value};
use crate::model::{Event, EventId, EventKind, Named, PersonId, Plan, PlanIndex, Subject, Vehicle};

/// A record one side deleted while the other still names it (put a person in a room, made an
/// action come from an event) is kept, from the side that kept it, and the deletion is a
/// conflict: deleting it would leave the other side's reference pointing nowhere. A record
/// brought back can name others deleted in turn, so this goes on until nothing is missing
/// (a few rounds: references are at most a few records deep).
pub(super) fn keep_named_records(
    ours: &Plan,
    theirs: &Plan,
    merged: &mut Plan,
    conflicts: &mut Vec<MergeConflict>,
) {
    loop {
        let index = PlanIndex::new(merged);
        let mut missing = Vec::new();
        let mut seen = HashSet::new();
        merged.each_reference(|_, named, _| {
            if !index.has(named) && seen.insert(named) {
                missing.push(named);
            }
        });
        let mut restored = false;
        for named in missing {
            restored |= restore(ours, theirs, merged, named, conflicts);
        }
        if !restored {
            break;
        }
    }
}

/// Brings back the record from the side that has it; whether one did.
fn restore(
    ours: &Plan,
    theirs: &Plan,
    merged: &mut Plan,
    named: Named,
    conflicts: &mut Vec<MergeConflict>,
) -> bool {
    fn back<T>(
        merged: &mut Vec<Arc<T>>,
        ours: &[Arc<T>],
        theirs: &[Arc<T>],
        is: impl Fn(&T) -> bool,
        id: impl Fn(&T) -> u64,
    ) -> Option<bool> {
        let (side, deleted_by_us) = match ours.iter().position(|r| is(r)) {
            Some(_) => (ours, false),
            None => (theirs, true),
        };
        let position = side.iter().position(|r| is(r))?;
        let present: HashSet<u64> = merged.iter().map(|r| id(r)).collect();
        insert_after_predecessor(
            merged,
            side,
            position,
            |r| present.contains(&id(r)),
            |r| id(r),
        );
        Some(deleted_by_us)
    }
    let (subject, deleted_by_us) = match named {
        Named::Organisation(wanted) => (
            Subject::Organisation(wanted),
            back(
                &mut merged.organisations,
                &ours.organisations,
                &theirs.organisations,
                |r| r.id == wanted,
                |r| r.id.value(),
            ),
        ),
        Named::Person(wanted) => (
            Subject::Person(wanted),
            back(
                &mut merged.people,
                &ours.people,
                &theirs.people,
                |r| r.id == wanted,
                |r| r.id.value(),
            ),
        ),
        Named::Event(wanted) => (
            Subject::Event(wanted),
            back(
                &mut merged.events,
                &ours.events,
                &theirs.events,
                |r| r.id == wanted,
                |r| r.id.value(),
            ),
        ),
        Named::Topic(wanted) => (
            Subject::Topic(wanted),
            back(
                &mut merged.topics,
                &ours.topics,
                &theirs.topics,
                |r| r.id == wanted,
                |r| r.id.value(),
            ),
        ),
        Named::Vehicle(wanted) => return restore_vehicle(ours, theirs, merged, wanted, conflicts),
    };
    match deleted_by_us {
        Some(deleted_by_us) => {
            conflicts.push(deleted_and_changed(subject, deleted_by_us));
            true
        }
        None => false,
    }
}

/// A vehicle lives in the visit: it comes back there, and the conflict is the visit's.
fn restore_vehicle(
    ours: &Plan,
    theirs: &Plan,
    merged: &mut Plan,
    wanted: crate::model::VehicleId,
    conflicts: &mut Vec<MergeConflict>,
) -> bool {
    let find = |plan: &Plan| plan.visit.vehicles.iter().position(|v| v.id == wanted);
    let (side, position, deleted_by_us) = match (find(ours), find(theirs)) {
        (Some(at), _) => (&ours.visit.vehicles, at, false),
        (None, Some(at)) => (&theirs.visit.vehicles, at, true),
        (None, None) => return false,
    };
    let vehicle: &Vehicle = &side[position];
    let present: HashSet<u64> = merged.visit.vehicles.iter().map(|v| v.id.value()).collect();
    insert_after_predecessor(
        &mut merged.visit.vehicles,
        side,
        position,
        |v| present.contains(&v.id.value()),
        |v| v.id.value(),
    );
    let kept = ConflictValue::Value(to_value(vehicle));
    let (ours, theirs) = if deleted_by_us {
        (ConflictValue::Deleted, kept)
    } else {
        (kept, ConflictValue::Deleted)
    };
    conflicts.push(MergeConflict {
        record: Subject::Visit,
        field: format!("vehicles.{wanted}"),
        ours,
        theirs,
    });
    true
}

/// Inserts `side[position]` into `list` just after the nearest item before it on `side` that
/// `list` has (`present`), or first.
pub(super) fn insert_after_predecessor<T: Clone>(
    list: &mut Vec<T>,
    side: &[T],
    position: usize,
    present: impl Fn(&T) -> bool,
    id: impl Fn(&T) -> u64,
) {
    let after = side[..position]
        .iter()
        .rev()
        .find(|before| present(before))
        .map(&id)
        .and_then(|before| list.iter().position(|item| id(item) == before));
    list.insert(after.map_or(0, |at| at + 1), side[position].clone());
}

/// One kind of place a person has only one of at an event: a seat, a room for a night, a seat in
/// a vehicle.
struct Placement {
    /// Where the event holds these places, as a merge conflict names it.
    field: &'static str,
    /// What the two sides' changes together would do, for the planner.
    clash: &'static str,
    /// What the event places twice: people (and, for seats, seat ids in two tables), by their
    /// ids' values (random 64-bit numbers, so a person's and a seat's do not meet).
    doubled: fn(&Event) -> HashSet<u64>,
    /// The event with these places taken from another version of it.
    take: fn(&mut Event, &Event),
}

const PLACEMENTS: [Placement; 3] = [
    Placement {
        field: "tables",
        clash: "seat someone twice",
        doubled: |event| {
            let people = doubled(event.seated().map(|p| p.value()));
            let seats = doubled(
                event
                    .tables
                    .iter()
                    .flat_map(|table| &table.seats)
                    .map(|seat| seat.id.value()),
            );
            people.union(&seats).copied().collect()
        },
        take: |event, from| event.tables = from.tables.clone(),
    },
    Placement {
        field: "kind.Stay.rooms",
        clash: "give someone two rooms for one night",
        doubled: |event| match &event.kind {
            EventKind::Stay(stay) => {
                let mut nights: HashMap<PersonId, Vec<(Date, Date)>> = HashMap::new();
                for room in &stay.rooms {
                    for &guest in &room.guests {
                        nights
                            .entry(guest)
                            .or_default()
                            .push((room.first_night, room.last_night));
                    }
                }
                nights
                    .into_iter()
                    .filter(|(_, stays)| overlap(stays))
                    .map(|(guest, _)| guest.value())
                    .collect()
            }
            _ => HashSet::new(),
        },
        take: |event, from| {
            if let (EventKind::Stay(stay), EventKind::Stay(from)) = (&mut event.kind, &from.kind) {
                stay.rooms = from.rooms.clone();
            }
        },
    },
    Placement {
        field: "rides",
        clash: "put someone in two vehicles",
        doubled: |event| {
            doubled(
                event
                    .rides
                    .iter()
                    .flat_map(|ride| &ride.passengers)
                    .map(|p| p.value()),
            )
        },
        take: |event, from| event.rides = from.rides.clone(),
    },
];

/// For a conflict over the places of an event's guests (its `field`), what the two sides'
/// changes would have done together: "give someone two rooms for one night".
pub fn double_booking(field: &str) -> Option<&'static str> {
    PLACEMENTS
        .iter()
        .find(|placement| placement.field == field)
        .map(|placement| placement.clash)
}

/// The values that occur more than once.
fn doubled(values: impl Iterator<Item = u64>) -> HashSet<u64> {
    let mut seen = HashSet::new();
    values.filter(|value| !seen.insert(*value)).collect()
}

/// Whether two of the ranges of nights share a night (n log n in their number). Sorted by their
/// first night, two share one only if two neighbours do. A range that ends before it begins
/// holds no night.
fn overlap(stays: &[(Date, Date)]) -> bool {
    let mut stays: Vec<(Date, Date)> = stays
        .iter()
        .copied()
        .filter(|(first, last)| first <= last)
        .collect();
    stays.sort();
    stays.windows(2).any(|pair| pair[1].0 <= pair[0].1)
}

/// An event both sides changed merges field by field; where that puts someone in two seats, two
/// rooms for one night or two vehicles, which neither side did, the seating (or rooming list,
/// or rides) of the event is a conflict, and ours stands until the planner chooses.
pub(super) fn keep_placements_single(
    base: &Plan,
    ours: &Plan,
    theirs: &Plan,
    merged: &mut Plan,
    conflicts: &mut Vec<MergeConflict>,
) {
    let by_id = |plan: &Plan| -> HashMap<EventId, usize> {
        crate::model::first_positions(&plan.events, |e| e.id)
    };
    let (base_events, our_events, their_events) = (by_id(base), by_id(ours), by_id(theirs));
    for event in &mut merged.events {
        let (Some(&b), Some(&o), Some(&t)) = (
            base_events.get(&event.id),
            our_events.get(&event.id),
            their_events.get(&event.id),
        ) else {
            continue;
        };
        let (base_event, our_event, their_event) =
            (&base.events[b], &ours.events[o], &theirs.events[t]);
        // Where one side left the event alone, the merge took the other's, which is possible.
        if our_event == base_event || their_event == base_event || our_event == their_event {
            continue;
        }
        for placement in &PLACEMENTS {
            let before: HashSet<u64> = (placement.doubled)(our_event)
                .union(&(placement.doubled)(their_event))
                .copied()
                .collect();
            if (placement.doubled)(event).is_subset(&before) {
                continue;
            }
            let subject = Subject::Event(event.id);
            let field = placement.field;
            let value_of = |version: &Event| {
                let tree = to_value(version);
                let pointer = format!("/{}", field.replace('.', "/"));
                match tree.pointer(&pointer) {
                    Some(value) => ConflictValue::Value(value.clone()),
                    None => ConflictValue::Empty,
                }
            };
            // Conflicts found inside these places are part of this one.
            let inside = format!("{field}.");
            conflicts.retain(|conflict| {
                conflict.record != subject
                    || (conflict.field != field && !conflict.field.starts_with(&inside))
            });
            conflicts.push(MergeConflict {
                record: subject,
                field: field.to_owned(),
                ours: value_of(our_event),
                theirs: value_of(their_event),
            });
            (placement.take)(Arc::make_mut(event), our_event);
        }
    }
}
