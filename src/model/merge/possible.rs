//! What keeps a merged plan possible: two changes that are each fine on their own side can make
//! together what neither side had. A record deleted on one side may still be named on the other;
//! a guest moved to room 402 on one side and to room 403 on the other would be booked in both.
//! Each such case is a conflict for the planner, never a plan that cannot happen.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;

use serde::Serialize;

use super::{ConflictValue, MergeConflict, deleted_and_changed, without_repeats};
use crate::model::compare::record_tree;
use crate::model::{Event, EventId, EventKind, Id, Named, PersonId, Plan, PlanIndex, Subject};

/// A record one side deleted while the other still names it (put a person in a room, made an
/// action come from an event) is kept, from the side that kept it, and the deletion is a
/// conflict: deleting it would leave the other side's reference pointing nowhere. A record
/// brought back can name others deleted in turn, so this goes on until nothing is missing (a few
/// rounds, each linear in the plan: references are at most a few records deep).
pub(super) fn keep_named_records(
    ours: &Plan,
    theirs: &Plan,
    merged: &mut Plan,
    conflicts: &mut Vec<MergeConflict>,
) {
    loop {
        let index = PlanIndex::new(merged);
        let mut missing = Missing::default();
        merged.each_reference(|_, named, _| {
            if !index.has(named) {
                missing.add(named);
            }
        });
        if !missing.bring_back(ours, theirs, merged, conflicts) {
            break;
        }
    }
}

/// The ids of the records of each kind that references name and the merged plan lacks.
#[derive(Default)]
struct Missing {
    organisations: HashSet<u64>,
    people: HashSet<u64>,
    events: HashSet<u64>,
    topics: HashSet<u64>,
    vehicles: HashSet<u64>,
}

impl Missing {
    fn add(&mut self, named: Named) {
        match named {
            Named::Organisation(id) => self.organisations.insert(id.value()),
            Named::Person(id) => self.people.insert(id.value()),
            Named::Event(id) => self.events.insert(id.value()),
            Named::Topic(id) => self.topics.insert(id.value()),
            Named::Vehicle(id) => self.vehicles.insert(id.value()),
        };
    }

    /// Brings each record back from our side, or else theirs, with its conflict; whether any
    /// came back.
    fn bring_back(
        &self,
        ours: &Plan,
        theirs: &Plan,
        merged: &mut Plan,
        conflicts: &mut Vec<MergeConflict>,
    ) -> bool {
        /// `wanted` records of one of the plan's lists, each with the conflict its deletion is.
        fn records<T: Clone>(
            merged: &mut Vec<Arc<T>>,
            ours: &[Arc<T>],
            theirs: &[Arc<T>],
            wanted: &HashSet<u64>,
            id: impl Fn(&T) -> u64,
            subject: impl Fn(u64) -> Subject,
            conflicts: &mut Vec<MergeConflict>,
        ) -> bool {
            let mut any = false;
            // Kept by us (deleted by them), then kept by them only (deleted by us).
            for (side, deleted_by_us) in [(ours, false), (theirs, true)] {
                for back in insert_from(merged, side, wanted, |r| id(r)) {
                    conflicts.push(deleted_and_changed(subject(back), deleted_by_us));
                    any = true;
                }
            }
            any
        }
        let organisations = records(
            &mut merged.organisations,
            &ours.organisations,
            &theirs.organisations,
            &self.organisations,
            |r| r.id.value(),
            |id| Subject::Organisation(Id::from_value(id)),
            conflicts,
        );
        let people = records(
            &mut merged.people,
            &ours.people,
            &theirs.people,
            &self.people,
            |r| r.id.value(),
            |id| Subject::Person(Id::from_value(id)),
            conflicts,
        );
        let events = records(
            &mut merged.events,
            &ours.events,
            &theirs.events,
            &self.events,
            |r| r.id.value(),
            |id| Subject::Event(Id::from_value(id)),
            conflicts,
        );
        let topics = records(
            &mut merged.topics,
            &ours.topics,
            &theirs.topics,
            &self.topics,
            |r| r.id.value(),
            |id| Subject::Topic(Id::from_value(id)),
            conflicts,
        );
        // A vehicle lives in the visit: it comes back there, and the conflict is the visit's.
        let mut vehicles = false;
        for (side, deleted_by_us) in [(ours, false), (theirs, true)] {
            let brought = insert_from(
                &mut merged.visit.vehicles,
                &side.visit.vehicles,
                &self.vehicles,
                |v| v.id.value(),
            );
            let brought: HashSet<u64> = brought.into_iter().collect();
            for vehicle in side
                .visit
                .vehicles
                .iter()
                .filter(|v| brought.contains(&v.id.value()))
            {
                let kept = ConflictValue::Value(record_tree(vehicle));
                let (ours, theirs) = if deleted_by_us {
                    (ConflictValue::Deleted, kept)
                } else {
                    (kept, ConflictValue::Deleted)
                };
                conflicts.push(MergeConflict {
                    record: Subject::Visit,
                    field: format!("vehicles.{}", vehicle.id),
                    ours,
                    theirs,
                });
                vehicles = true;
            }
        }
        organisations || people || events || topics || vehicles
    }
}

/// Inserts into `list` the items of `side` that are `wanted` and not in `list` yet, each just
/// after the nearest item before it on `side` that `list` has (or first), in one pass over
/// both; the ids of those inserted.
pub(super) fn insert_from<T: Clone>(
    list: &mut Vec<T>,
    side: &[T],
    wanted: &HashSet<u64>,
    id: impl Fn(&T) -> u64,
) -> Vec<u64> {
    if wanted.is_empty() {
        return Vec::new();
    }
    let present: HashSet<u64> = list.iter().map(&id).collect();
    let mut following: HashMap<Option<u64>, Vec<T>> = HashMap::new();
    let mut inserted = Vec::new();
    let mut anchor = None;
    for item in side {
        let item_id = id(item);
        if present.contains(&item_id) {
            anchor = Some(item_id);
        } else if wanted.contains(&item_id) {
            following.entry(anchor).or_default().push(item.clone());
            inserted.push(item_id);
        }
    }
    if inserted.is_empty() {
        return inserted;
    }
    let mut rebuilt = following.remove(&None).unwrap_or_default();
    for item in list.drain(..) {
        let after = following.remove(&Some(id(&item)));
        rebuilt.push(item);
        rebuilt.extend(after.into_iter().flatten());
    }
    *list = rebuilt;
    inserted
}

/// After a merge: puts our version of each of `records` back in `merged` where the merge made it
/// something else, and makes each such record as a whole a conflict, in place of those the merge
/// found in its fields. For combined changes that make the plan wrong in a way only a check of
/// the whole plan sees (an event that now ends before it starts): whether anything changed.
/// Nothing does for a record our side has no more (it deleted it, and that is a conflict
/// already). Linear in the plan, however many records are taken back.
pub fn keep_ours_whole(
    merged: &mut Plan,
    ours: &Plan,
    theirs: &Plan,
    records: &HashSet<Subject>,
) -> bool {
    let mut whole = Vec::new();
    if records.contains(&Subject::Visit) && merged.visit != ours.visit {
        merged.visit = ours.visit.clone();
        whole.push(MergeConflict {
            record: Subject::Visit,
            field: String::new(),
            ours: ConflictValue::Value(record_tree(&ours.visit)),
            theirs: ConflictValue::Value(record_tree(&theirs.visit)),
        });
    }
    take_ours(
        &mut merged.organisations,
        &ours.organisations,
        &theirs.organisations,
        |r| Subject::Organisation(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.people,
        &ours.people,
        &theirs.people,
        |r| Subject::Person(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.events,
        &ours.events,
        &theirs.events,
        |r| Subject::Event(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.topics,
        &ours.topics,
        &theirs.topics,
        |r| Subject::Topic(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    take_ours(
        &mut merged.actions,
        &ours.actions,
        &theirs.actions,
        |r| Subject::Action(r.id),
        |r| r.id.value(),
        records,
        &mut whole,
    );
    if whole.is_empty() {
        return false;
    }
    // Conflicts either side brought along stay; those this merge found in the records' fields
    // are part of the whole.
    let taken: HashSet<Subject> = whole.iter().map(|conflict| conflict.record).collect();
    let brought: HashSet<&MergeConflict> = ours
        .merge_conflicts
        .iter()
        .chain(&theirs.merge_conflicts)
        .collect();
    merged
        .merge_conflicts
        .retain(|conflict| !taken.contains(&conflict.record) || brought.contains(conflict));
    // Our versions may name records their side deleted.
    keep_named_records(ours, theirs, merged, &mut whole);
    let conflicts = std::mem::take(&mut merged.merge_conflicts);
    merged.merge_conflicts = without_repeats(conflicts.iter().chain(&whole));
    true
}

/// Our version of each record of one list that is in `records` and that the merge made
/// something else, with a whole-record conflict for each.
fn take_ours<T: PartialEq + Serialize>(
    merged: &mut Vec<Arc<T>>,
    ours: &[Arc<T>],
    theirs: &[Arc<T>],
    subject: impl Fn(&T) -> Subject,
    id: impl Fn(&T) -> u64,
    records: &HashSet<Subject>,
    whole: &mut Vec<MergeConflict>,
) {
    let wanted = |record: &Arc<T>| records.contains(&subject(record));
    if !ours.iter().any(wanted) {
        return;
    }
    let our_versions: HashMap<Subject, &Arc<T>> = ours
        .iter()
        .filter(|r| wanted(r))
        .map(|r| (subject(r), r))
        .collect();
    let their_versions: HashMap<Subject, &Arc<T>> = theirs
        .iter()
        .filter(|r| wanted(r))
        .map(|r| (subject(r), r))
        .collect();
    let conflict = |record: Subject, ours: &Arc<T>| MergeConflict {
        record,
        field: String::new(),
        ours: ConflictValue::Value(record_tree(ours.as_ref())),
        theirs: their_versions
            .get(&record)
            .map_or(ConflictValue::Deleted, |r| {
                ConflictValue::Value(record_tree(r.as_ref()))
            }),
    };
    let mut present = HashSet::new();
    for record in merged.iter_mut() {
        let key = subject(record);
        present.insert(key);
        if let Some(&our) = our_versions.get(&key)
            && record != our
        {
            whole.push(conflict(key, our));
            *record = Arc::clone(our);
        }
    }
    // Records the merge deleted and our side kept come back where ours has them.
    let missing: HashMap<u64, (Subject, &Arc<T>)> = our_versions
        .iter()
        .filter(|(key, _)| !present.contains(*key))
        .map(|(&key, &our)| (id(our), (key, our)))
        .collect();
    if missing.is_empty() {
        return;
    }
    let wanted_ids: HashSet<u64> = missing.keys().copied().collect();
    for back in insert_from(merged, ours, &wanted_ids, |r| id(r)) {
        let (key, our) = missing[&back];
        whole.push(conflict(key, our));
    }
}

/// One kind of place a person has only one of at an event: a seat, a room for a night, a seat in
/// a vehicle.
struct Placement {
    /// Where the event holds these places, as a merge conflict names it.
    field: &'static str,
    /// The message saying what the two sides' changes together would do, for the planner.
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
        clash: "problem-merge-clash-seat-twice",
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
        clash: "problem-merge-clash-two-rooms",
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
        clash: "problem-merge-clash-two-vehicles",
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
/// changes would have done together ("give someone two rooms for one night"), as the id of the
/// message saying it.
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
                let tree = record_tree(version);
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
