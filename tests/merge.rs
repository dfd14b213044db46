//! Several planners, one plan: `attache merge` merges by record and field, leaves conflicts in
//! the plan for `check` and the window, and works as git's merge driver in a real repository.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use attache::app::View;
use attache::app::{Command as AppCommand, SAMPLE_PLAN, sample_plan};
use attache::check::{Rule, Subject, check};
use attache::file;
use attache::model::contact::set_preferred;
use attache::model::label::LABEL_CHARACTERS;
use attache::model::merge::{ConflictValue, PLACE_FIELD, Resolution, merge};
use attache::model::{
    ContactEntry, ContactKind, Event, EventKind, PersonId, Plan, Ride, Room, SeatPlace, Vehicle,
    VehicleKind,
};
use egui_kittest::kittest::Queryable;
use proptest::prelude::*;

fn renamed(plan: &Plan, person: usize, name: &str) -> Plan {
    let mut plan = plan.clone();
    Arc::make_mut(&mut plan.people[person]).name = name.to_owned();
    plan
}

fn moved_by_an_hour(plan: &Plan, event: usize) -> Plan {
    let mut plan = plan.clone();
    let event = Arc::make_mut(&mut plan.events[event]);
    let hour = jiff::SignedDuration::from_hours(1);
    event.start.wall = event.start.wall.checked_add(hour).unwrap();
    event.end.wall = event.end.wall.checked_add(hour).unwrap();
    plan
}

#[test]
fn changes_to_different_records_merge_cleanly() {
    let base = sample_plan();
    let ours = renamed(&base, 1, "Deputy head, renamed here");
    let theirs = moved_by_an_hour(&base, 3);
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.merge_conflicts.is_empty());
    assert_eq!(merged.people[1].name, "Deputy head, renamed here");
    assert_eq!(merged.events[3], theirs.events[3]);
    assert_eq!(merged.people.len(), base.people.len());
}

#[test]
fn different_fields_of_one_record_and_participants_added_on_both_sides_merge() {
    let base = sample_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // Two people not taking part yet: we add one, they add the other.
    let mut newcomers = base
        .people
        .iter()
        .map(|person| person.id)
        .filter(|id| !base.events[4].participants.contains(id));
    let (first, second) = (newcomers.next().unwrap(), newcomers.next().unwrap());
    {
        let event = Arc::make_mut(&mut ours.events[4]);
        event.title = "Working lunch (ours)".to_owned();
        event.participants.push(first);
    }
    {
        let event = Arc::make_mut(&mut theirs.events[4]);
        event.location = "Stenbock House".to_owned();
        event.participants.push(second);
    }
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.merge_conflicts.is_empty(),
        "{:?}",
        merged.merge_conflicts
    );
    let event = &merged.events[4];
    assert_eq!(event.title, "Working lunch (ours)");
    assert_eq!(event.location, "Stenbock House");
    assert!(event.participants.contains(&first) && event.participants.contains(&second));
}

#[test]
fn records_added_on_both_sides_are_both_kept() {
    let base = sample_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let mut added = (*base.people[2]).clone();
    added.id = attache::model::Id::random();
    added.name = "Added here".to_owned();
    ours.people.push(Arc::new(added.clone()));
    added.id = attache::model::Id::random();
    added.name = "Added there".to_owned();
    theirs.people.insert(3, Arc::new(added));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.merge_conflicts.is_empty());
    let names: Vec<&str> = merged.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), base.people.len() + 2);
    assert_eq!(
        names[3], "Added there",
        "after the person it follows on their side"
    );
    assert_eq!(*names.last().unwrap(), "Added here");
}

#[test]
fn the_order_of_precedence_merges_by_moves() {
    let base = sample_plan();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    // They move the fourth person to the top; we move the last one up by one.
    let fourth = theirs.people.remove(3);
    theirs.people.insert(0, fourth);
    let last = ours.people.len() - 1;
    ours.people.swap(last - 1, last);
    let merged = merge(&base, &ours, &theirs);
    let order = |plan: &Plan| plan.people.iter().map(|p| p.id).collect::<Vec<_>>();
    let mut expected = order(&base);
    let moved = expected.remove(3);
    expected.insert(0, moved);
    let n = expected.len();
    expected.swap(n - 2, n - 1);
    assert_eq!(order(&merged), expected);
}

#[test]
fn both_changing_one_field_is_a_conflict_that_check_reports_and_the_file_keeps() {
    let base = sample_plan();
    let ours = renamed(&base, 2, "Name by the embassy");
    let theirs = renamed(&base, 2, "Name by the ministry");
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.people[2].name, "Name by the embassy", "ours stands");
    assert_eq!(merged.merge_conflicts.len(), 1);
    let conflict = &merged.merge_conflicts[0];
    assert_eq!(conflict.record, Subject::Person(base.people[2].id));
    assert_eq!(conflict.field, "name");
    assert_eq!(
        conflict.theirs,
        ConflictValue::Value("Name by the ministry".into())
    );

    let problems = check(&merged, jiff::civil::date(2027, 3, 1));
    let reported: Vec<_> = problems
        .iter()
        .filter(|problem| problem.rule == Rule::MergeConflict)
        .collect();
    assert_eq!(reported.len(), 1);
    assert_eq!(
        reported[0].message.render(),
        "merge conflict: both sides changed the name of person \"Name by the embassy\": ours \
         “Name by the embassy”, theirs “Name by the ministry”; choose one"
    );

    // The conflict is part of the plan file, valid and canonical.
    let text = file::to_text(&merged);
    assert!(text.contains("merge_conflicts: ["), "{text}");
    let read = file::from_text(&text).unwrap();
    assert_eq!(read, merged);
    assert_eq!(file::to_text(&read), text);
}

/// A person's phones changed by `change`, in a copy of `plan`.
fn with_phones(plan: &Plan, person: usize, change: impl FnOnce(&mut Vec<ContactEntry>)) -> Plan {
    let mut plan = plan.clone();
    change(&mut Arc::make_mut(&mut plan.people[person]).phones);
    plan
}

#[test]
fn a_persons_phones_merge_as_one_field_keeping_one_preferred() {
    let base = sample_plan();
    let officer = base
        .people
        .iter()
        .position(|p| p.phones.len() == 2)
        .expect("the sample's protocol officer has two phones");
    let mobile = ContactEntry::new("+372 5555 7777", ContactKind::Mobile);

    // One side adds a number and makes it the preferred one, the other renames: both count.
    let ours = with_phones(&base, officer, |phones| {
        phones.push(mobile.clone());
        set_preferred(phones, 2);
    });
    let theirs = renamed(&base, officer, "Chief of protocol");
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.merge_conflicts.is_empty(),
        "{:?}",
        merged.merge_conflicts
    );
    assert_eq!(merged.people[officer].phones, ours.people[officer].phones);
    assert_eq!(merged.people[officer].preferred_phone(), "+372 5555 7777");
    assert_eq!(merged.people[officer].name, "Chief of protocol");

    // Both sides change the list differently: one conflict on the list, ours kept whole, so
    // the merged plan never has two preferred numbers and still opens.
    let theirs = with_phones(&base, officer, |phones| set_preferred(phones, 0));
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.merge_conflicts.len(), 1);
    assert_eq!(merged.merge_conflicts[0].field, "phones");
    assert_eq!(merged.people[officer].phones, ours.people[officer].phones);
    let read = file::from_text(&file::to_text(&merged)).unwrap();
    assert_eq!(read, merged);
    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(0, Resolution::Theirs));
    assert_eq!(
        resolved.people[officer].phones,
        theirs.people[officer].phones
    );
    assert_eq!(resolved.people[officer].preferred_phone(), "+372 637 7000");
}

#[test]
fn deleting_a_record_the_other_side_changed_is_a_conflict() {
    let base = sample_plan();
    let mut ours = base.clone();
    let gone = ours.topics.remove(1).id;
    let mut theirs = base.clone();
    Arc::make_mut(&mut theirs.topics[1]).summary = "Revised after the first visit".to_owned();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.topics.len(),
        base.topics.len(),
        "the changed topic is kept"
    );
    assert_eq!(merged.merge_conflicts.len(), 1);
    assert_eq!(merged.merge_conflicts[0].record, Subject::Topic(gone));
    assert_eq!(merged.merge_conflicts[0].ours, ConflictValue::Deleted);

    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(0, Resolution::Ours));
    assert!(resolved.topics.iter().all(|topic| topic.id != gone));
    assert!(resolved.merge_conflicts.is_empty());
}

#[test]
fn a_conflict_names_its_record_by_a_label() {
    // A long name (a letter with its vowel mark, many times) in conflicts about the same person.
    let mut base = sample_plan();
    let long_name = "حِ".repeat(LABEL_CHARACTERS * 2);
    Arc::make_mut(&mut base.people[0]).name = long_name.clone();
    let mut ours = base.clone();
    Arc::make_mut(&mut ours.people[0]).position = "Minister".to_owned();
    let mut theirs = base.clone();
    Arc::make_mut(&mut theirs.people[0]).position = "Deputy minister".to_owned();
    let merged = merge(&base, &ours, &theirs);
    let conflicts: Vec<String> = check(&merged, jiff::civil::date(2027, 3, 1))
        .into_iter()
        .filter(|problem| problem.rule == Rule::MergeConflict)
        .map(|problem| problem.message.render())
        .collect();
    assert_eq!(conflicts.len(), 1);
    let short = format!("person \"{}…\"", "حِ".repeat(LABEL_CHARACTERS - 1));
    assert!(conflicts[0].contains(&short), "{}", conflicts[0]);
    assert!(!conflicts[0].contains(&long_name));
}

#[test]
fn resolving_takes_the_chosen_side() {
    let base = sample_plan();
    let merged = merge(
        &base,
        &moved_by_an_hour(&base, 2),
        &moved_by_an_hour(&moved_by_an_hour(&base, 2), 2),
    );
    assert!(!merged.merge_conflicts.is_empty());
    let mut theirs = merged.clone();
    while !theirs.merge_conflicts.is_empty() {
        assert!(theirs.resolve_merge_conflict(0, Resolution::Theirs));
    }
    assert_eq!(
        theirs.events[2],
        moved_by_an_hour(&moved_by_an_hour(&base, 2), 2).events[2]
    );
}

// ---- Merges that keep the plan possible --------------------------------------------------------

/// The position of the first event of the sample whose kind or records `fits`.
fn event_where(plan: &Plan, fits: impl Fn(&Event) -> bool) -> usize {
    plan.events
        .iter()
        .position(|e| fits(e))
        .expect("the sample has one")
}

fn stay_of(event: &mut Event) -> &mut Vec<Room> {
    match &mut event.kind {
        EventKind::Stay(stay) => &mut stay.rooms,
        _ => panic!("a stay"),
    }
}

/// `plan` with `guest` moved, in the stay at `stay`, to the room numbered `number`.
fn moved_to_room(plan: &Plan, stay: usize, guest: PersonId, number: &str) -> Plan {
    let mut plan = plan.clone();
    for room in stay_of(Arc::make_mut(&mut plan.events[stay])) {
        room.guests.retain(|&g| g != guest);
        if room.number == number {
            room.guests.push(guest);
        }
    }
    plan
}

/// The rooms a person sleeps in, in the stay at `stay`.
fn rooms_of(plan: &Plan, stay: usize, guest: PersonId) -> Vec<String> {
    let mut event = (*plan.events[stay]).clone();
    stay_of(&mut event)
        .iter()
        .filter(|room| room.guests.contains(&guest))
        .map(|room| room.number.clone())
        .collect()
}

#[test]
fn a_guest_moved_to_two_rooms_is_a_conflict_not_a_double_booking() {
    let base = sample_plan();
    let stay = event_where(
        &base,
        |e| matches!(&e.kind, EventKind::Stay(s) if !s.rooms.is_empty()),
    );
    let guest = rooms_guest(&base, stay, "402");
    // Each side also changes something else of the hotel stay, so that the event merges field
    // by field.
    let mut ours = moved_to_room(&base, stay, guest, "401");
    Arc::make_mut(&mut ours.events[stay]).notes = "Late check-out agreed".to_owned();
    let mut theirs = moved_to_room(&base, stay, guest, "403");
    Arc::make_mut(&mut theirs.events[stay]).location = "Swissôtel Tallinn".to_owned();

    let merged = merge(&base, &ours, &theirs);
    assert_eq!(rooms_of(&merged, stay, guest), ["401"], "ours stands");
    assert_eq!(merged.events[stay].notes, "Late check-out agreed");
    assert_eq!(merged.events[stay].location, "Swissôtel Tallinn");
    assert_eq!(
        merged.merge_conflicts.len(),
        1,
        "{:?}",
        merged.merge_conflicts
    );
    let conflict = &merged.merge_conflicts[0];
    assert_eq!(conflict.record, Subject::Event(base.events[stay].id));
    assert_eq!(conflict.field, "kind.Stay.rooms");
    let messages: Vec<String> = check(&merged, jiff::civil::date(2027, 3, 1))
        .into_iter()
        .filter(|p| p.rule == Rule::MergeConflict)
        .map(|p| p.message.render())
        .collect();
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0].contains(
            "both sides changed the rooms of event \"Swissôtel Tallinn\", and together the \
             changes would give someone two rooms for one night"
        ),
        "{}",
        messages[0]
    );

    // Valid RON until resolved, and resolving takes their rooming list whole.
    assert_eq!(file::from_text(&file::to_text(&merged)).unwrap(), merged);
    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(0, Resolution::Theirs));
    assert_eq!(rooms_of(&resolved, stay, guest), ["403"]);
    assert_eq!(resolved.events[stay].notes, "Late check-out agreed");
}

/// The guest of the room numbered `number` in the stay at `stay`.
fn rooms_guest(plan: &Plan, stay: usize, number: &str) -> PersonId {
    let mut event = (*plan.events[stay]).clone();
    stay_of(&mut event)
        .iter()
        .find(|room| room.number == number)
        .and_then(|room| room.guests.first().copied())
        .expect("the room has a guest")
}

#[test]
fn a_guest_given_two_different_seats_is_a_conflict_not_seated_twice() {
    let base = sample_plan();
    let dinner = event_where(&base, |e| !e.tables.is_empty());
    let guest = base.events[dinner].tables[0].seats[0].person.unwrap();
    let seat_at = |plan: &Plan, seat: usize| {
        let mut plan = plan.clone();
        let event = Arc::make_mut(&mut plan.events[dinner]);
        assert!(event.seat_person(guest, SeatPlace { table: 0, seat }));
        plan
    };
    // We swap the guest with the one in the second seat, they with the one in the third.
    let (ours, theirs) = (seat_at(&base, 1), seat_at(&base, 2));
    let merged = merge(&base, &ours, &theirs);
    let seats_of_guest = merged.events[dinner]
        .seated()
        .filter(|&person| person == guest)
        .count();
    assert_eq!(seats_of_guest, 1, "seated once");
    assert_eq!(merged.events[dinner].tables, ours.events[dinner].tables);
    let fields: Vec<&str> = merged
        .merge_conflicts
        .iter()
        .map(|c| c.field.as_str())
        .collect();
    assert_eq!(
        fields,
        ["tables"],
        "one conflict for the seating, none inside it"
    );
}

#[test]
fn a_passenger_put_in_two_vehicles_is_a_conflict() {
    let mut base = sample_plan();
    let leg = event_where(&base, |e| e.rides.len() == 2);
    // Room in the car for one more.
    let moving = Arc::make_mut(&mut base.events[leg]).rides[0]
        .passengers
        .pop()
        .unwrap();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    {
        let event = Arc::make_mut(&mut ours.events[leg]);
        event.rides[0].passengers.push(moving);
        event.notes = "Car 1 takes one more".to_owned();
    }
    {
        let van = Vehicle::new("Luggage van", VehicleKind::Van, 2);
        let mut ride = Ride::new(van.id);
        ride.passengers.push(moving);
        theirs.visit.vehicles.push(van);
        let event = Arc::make_mut(&mut theirs.events[leg]);
        event.rides.push(ride);
        event.location = "Arrivals hall, door 2".to_owned();
    }
    let merged = merge(&base, &ours, &theirs);
    let rides_of_them = merged.events[leg]
        .rides
        .iter()
        .filter(|ride| ride.passengers.contains(&moving))
        .count();
    assert_eq!(rides_of_them, 1);
    assert_eq!(merged.merge_conflicts.len(), 1);
    assert_eq!(merged.merge_conflicts[0].field, "rides");
}

#[test]
fn both_moving_one_person_in_the_order_of_precedence_is_a_conflict() {
    let base = sample_plan();
    let moved_to = |to: usize| {
        let mut plan = base.clone();
        let person = plan.people.remove(5);
        plan.people.insert(to, person);
        plan
    };
    let person = base.people[5].id;
    let position = |plan: &Plan| plan.people.iter().position(|p| p.id == person);
    for (ours, theirs) in [(moved_to(0), moved_to(2)), (moved_to(2), moved_to(0))] {
        let merged = merge(&base, &ours, &theirs);
        assert_eq!(position(&merged), position(&ours), "ours stands");
        assert_eq!(merged.merge_conflicts.len(), 1);
        let conflict = &merged.merge_conflicts[0];
        assert_eq!(conflict.record, Subject::Person(person));
        assert_eq!(conflict.field, PLACE_FIELD);
        let message = check(&merged, jiff::civil::date(2027, 3, 1))
            .into_iter()
            .find(|p| p.rule == Rule::MergeConflict)
            .unwrap()
            .message
            .render();
        assert!(
            message.contains("to different places in the order of precedence"),
            "{message}"
        );
        assert_eq!(file::from_text(&file::to_text(&merged)).unwrap(), merged);
        let mut resolved = merged.clone();
        assert!(resolved.resolve_merge_conflict(0, Resolution::Theirs));
        assert_eq!(position(&resolved), position(&theirs));
        let order = |plan: &Plan| plan.people.iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(order(&resolved), order(&theirs));
    }
    // The same move on both sides is no conflict.
    let merged = merge(&base, &moved_to(0), &moved_to(0));
    assert!(merged.merge_conflicts.is_empty());
}

#[test]
fn a_person_deleted_on_one_side_and_given_a_room_on_the_other_is_kept_as_a_conflict() {
    let base = sample_plan();
    let stay = event_where(
        &base,
        |e| matches!(&e.kind, EventKind::Stay(s) if !s.rooms.is_empty()),
    );
    let unhoused = base
        .people
        .iter()
        .map(|p| p.id)
        .find(|&p| rooms_of(&base, stay, p).is_empty() && base.references_to_person(p).is_empty())
        .or_else(|| base.people.last().map(|p| p.id))
        .unwrap();
    let mut ours = base.clone();
    ours.remove_person(unhoused);
    let theirs = moved_to_room(&base, stay, unhoused, "401");
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.people.iter().any(|p| p.id == unhoused), "kept");
    let today = jiff::civil::date(2027, 3, 1);
    assert!(
        check(&merged, today)
            .iter()
            .all(|p| p.rule != Rule::MissingRecord),
        "nothing names a person no longer in the plan"
    );
    let conflict = merged
        .merge_conflicts
        .iter()
        .position(|c| c.record == Subject::Person(unhoused))
        .expect("the deletion is a conflict");
    assert_eq!(
        merged.merge_conflicts[conflict].ours,
        ConflictValue::Deleted
    );
    // Taking our side deletes them with their room.
    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(conflict, Resolution::Ours));
    assert!(rooms_of(&resolved, stay, unhoused).is_empty());
    assert!(
        check(&resolved, today)
            .iter()
            .all(|p| p.rule != Rule::MissingRecord)
    );

    // A vehicle deleted on one side and given a ride on the other comes back too.
    let leg = event_where(&base, |e| e.rides.len() == 2);
    let mut ours = base.clone();
    let van = Vehicle::new("Luggage van", VehicleKind::Van, 2);
    ours.visit.vehicles.push(van.clone());
    let mut base_with_van = base.clone();
    base_with_van.visit.vehicles.push(van.clone());
    let mut theirs = base_with_van.clone();
    Arc::make_mut(&mut theirs.events[leg])
        .rides
        .push(Ride::new(van.id));
    ours.visit.vehicles.retain(|v| v.id != van.id);
    let merged = merge(&base_with_van, &ours, &theirs);
    assert!(merged.visit.vehicles.iter().any(|v| v.id == van.id));
    assert!(
        check(&merged, today)
            .iter()
            .all(|p| p.rule != Rule::MissingRecord)
    );
    assert_eq!(merged.merge_conflicts.len(), 1);
    assert_eq!(
        merged.merge_conflicts[0].field,
        format!("vehicles.{}", van.id)
    );
}

#[test]
fn changes_that_together_make_an_error_are_a_conflict_of_the_whole_record() {
    let base = sample_plan();
    let hour = jiff::SignedDuration::from_hours(1);
    let half_hour = jiff::SignedDuration::from_mins(30);
    let meeting = base
        .events
        .iter()
        .position(|e| {
            !e.all_day
                && e.start.zone == e.end.zone
                && e.end.wall.duration_since(e.start.wall) > hour
        })
        .expect("the sample has an event of more than an hour");
    // We start the event half an hour before its end; they end it half an hour after its start:
    // each is fine, together it would end before it starts.
    let mut ours = base.clone();
    let mut theirs = base.clone();
    {
        let event = Arc::make_mut(&mut ours.events[meeting]);
        event.start.wall = event.end.wall.checked_sub(half_hour).unwrap();
    }
    {
        let event = Arc::make_mut(&mut theirs.events[meeting]);
        event.end.wall = event.start.wall.checked_add(half_hour).unwrap();
        event.notes = "Shortened".to_owned();
    }
    let today = jiff::civil::date(2027, 3, 1);
    assert!(
        check(&attache::model::merge::merge(&base, &ours, &theirs), today)
            .iter()
            .any(|p| p.rule == Rule::EndBeforeStart),
        "field by field alone, it ends before it starts"
    );
    let merged = attache::check::merge(&base, &ours, &theirs);
    assert!(
        check(&merged, today)
            .iter()
            .all(|p| p.rule != Rule::EndBeforeStart)
    );
    assert_eq!(merged.events[meeting], ours.events[meeting]);
    assert_eq!(
        merged.merge_conflicts.len(),
        1,
        "{:?}",
        merged.merge_conflicts
    );
    let conflict = &merged.merge_conflicts[0];
    assert_eq!(
        (conflict.record, conflict.field.as_str()),
        (Subject::Event(base.events[meeting].id), "")
    );
    let mut resolved = merged.clone();
    assert!(resolved.resolve_merge_conflict(0, Resolution::Theirs));
    assert_eq!(resolved.events[meeting], theirs.events[meeting]);
}

#[test]
fn conflicts_both_sides_carry_are_kept_once() {
    let base = sample_plan();
    let conflicted = merge(
        &base,
        &renamed(&base, 2, "Ours"),
        &renamed(&base, 2, "Theirs"),
    );
    let mut ours = conflicted.clone();
    let mut theirs = conflicted.clone();
    ours.merge_conflicts
        .extend(conflicted.merge_conflicts.clone());
    theirs.merge_conflicts.reverse();
    let merged = merge(&conflicted, &ours, &theirs);
    assert_eq!(merged.merge_conflicts, conflicted.merge_conflicts);
}

fn plan_strategy() -> impl Strategy<Value = (u64, usize, usize)> {
    (any::<u64>(), 0usize..40, 0usize..20)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_with_itself_or_an_unchanged_base_changes_nothing((seed, person, event) in plan_strategy()) {
        let base = attache::model::generate::generate(attache::model::generate::PlanSize {
            people: 40, events: 20, topics: 4, seed,
        });
        let edited = moved_by_an_hour(&renamed(&base, person, "Renamed"), event);
        prop_assert_eq!(merge(&base, &base, &base), base.clone());
        prop_assert_eq!(merge(&edited, &edited, &edited), edited.clone());
        prop_assert_eq!(merge(&base, &edited, &base), edited.clone());
        prop_assert_eq!(merge(&base, &base, &edited), edited.clone());
    }

    #[test]
    fn a_clean_merge_holds_both_sides_changes((seed, person, event) in plan_strategy()) {
        let base = attache::model::generate::generate(attache::model::generate::PlanSize {
            people: 40, events: 20, topics: 4, seed,
        });
        let ours = renamed(&base, person, "Renamed on our side");
        let theirs = moved_by_an_hour(&base, event);
        let merged = merge(&base, &ours, &theirs);
        prop_assert!(merged.merge_conflicts.is_empty());
        prop_assert_eq!(&merged.people[person].name, "Renamed on our side");
        prop_assert_eq!(&merged.events[event], &theirs.events[event]);
    }
}

// ---- Every change kept or in a conflict, and no new error -----------------------------------

/// One edit a planner makes; the numbers pick records, modulo how many there are.
#[derive(Clone, Debug)]
enum Edit {
    Rename(usize, u8),
    /// A person to another place in the order of precedence.
    Move(usize, usize),
    DeletePerson(usize),
    DeleteEvent(usize),
    /// A person (maybe not yet in the stay) to a room of a stay.
    Room(usize, usize, usize),
    /// A person to a seat of a seated event (changing places with whoever sits there).
    Seat(usize, usize, usize),
    /// A person to a vehicle on a leg by road.
    Ride(usize, usize, usize),
    DeleteVehicle(usize),
    RoomNumber(usize, usize, u8),
    Retitle(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    let n = || 0usize..64;
    prop_oneof![
        (n(), any::<u8>()).prop_map(|(a, b)| Edit::Rename(a, b)),
        (n(), n()).prop_map(|(a, b)| Edit::Move(a, b)),
        n().prop_map(Edit::DeletePerson),
        n().prop_map(Edit::DeleteEvent),
        (n(), n(), n()).prop_map(|(a, b, c)| Edit::Room(a, b, c)),
        (n(), n(), n()).prop_map(|(a, b, c)| Edit::Seat(a, b, c)),
        (n(), n(), n()).prop_map(|(a, b, c)| Edit::Ride(a, b, c)),
        n().prop_map(Edit::DeleteVehicle),
        (n(), n(), any::<u8>()).prop_map(|(a, b, c)| Edit::RoomNumber(a, b, c)),
        (n(), any::<u8>()).prop_map(|(a, b)| Edit::Retitle(a, b)),
    ]
}

/// The positions of the events that `fits`.
fn events_where(plan: &Plan, fits: impl Fn(&Event) -> bool) -> Vec<usize> {
    (0..plan.events.len())
        .filter(|&i| fits(&plan.events[i]))
        .collect()
}

fn apply(plan: &mut Plan, edit: &Edit, side: &str) {
    let people = plan.people.len();
    if people == 0 {
        return;
    }
    let person = |i: usize| plan.people[i % people].id;
    match *edit {
        Edit::Rename(i, n) => {
            Arc::make_mut(&mut plan.people[i % people]).name = format!("{side} {n}")
        }
        Edit::Move(from, to) => {
            let moving = plan.people.remove(from % people);
            plan.people.insert(to % people, moving);
        }
        Edit::DeletePerson(i) => plan.remove_person(person(i)),
        Edit::DeleteEvent(i) if !plan.events.is_empty() => {
            let id = plan.events[i % plan.events.len()].id;
            plan.remove_event(id);
        }
        Edit::Room(e, p, r) => {
            let stays = events_where(
                plan,
                |e| matches!(&e.kind, EventKind::Stay(s) if !s.rooms.is_empty()),
            );
            if let Some(&at) = stays.get(e % stays.len().max(1)) {
                let guest = person(p);
                let rooms = stay_of(Arc::make_mut(&mut plan.events[at]));
                let to = r % rooms.len();
                for (n, room) in rooms.iter_mut().enumerate() {
                    room.guests.retain(|&g| g != guest);
                    if n == to {
                        room.guests.push(guest);
                    }
                }
            }
        }
        Edit::Seat(e, p, s) => {
            let seated = events_where(plan, |e| e.tables.iter().any(|t| !t.seats.is_empty()));
            if let Some(&at) = seated.get(e % seated.len().max(1)) {
                let guest = person(p);
                let event = Arc::make_mut(&mut plan.events[at]);
                let table = s % event.tables.len();
                let seats = event.tables[table].seats.len().max(1);
                event.seat_person(
                    guest,
                    SeatPlace {
                        table,
                        seat: s % seats,
                    },
                );
            }
        }
        Edit::Ride(e, p, r) => {
            let legs = events_where(plan, |e| !e.rides.is_empty());
            if let Some(&at) = legs.get(e % legs.len().max(1)) {
                let passenger = person(p);
                let event = Arc::make_mut(&mut plan.events[at]);
                let to = r % event.rides.len();
                for (n, ride) in event.rides.iter_mut().enumerate() {
                    ride.passengers.retain(|&g| g != passenger);
                    if n == to {
                        ride.passengers.push(passenger);
                    }
                }
            }
        }
        Edit::DeleteVehicle(v) if !plan.visit.vehicles.is_empty() => {
            let id = plan.visit.vehicles[v % plan.visit.vehicles.len()].id;
            plan.remove_vehicle(id);
        }
        Edit::RoomNumber(e, r, n) => {
            let stays = events_where(
                plan,
                |e| matches!(&e.kind, EventKind::Stay(s) if !s.rooms.is_empty()),
            );
            if let Some(&at) = stays.get(e % stays.len().max(1)) {
                let rooms = stay_of(Arc::make_mut(&mut plan.events[at]));
                let count = rooms.len();
                rooms[r % count].number = format!("{n}");
            }
        }
        Edit::Retitle(e, n) if !plan.events.is_empty() => {
            let count = plan.events.len();
            Arc::make_mut(&mut plan.events[e % count]).title = format!("{side} {n}");
        }
        Edit::DeleteEvent(_) | Edit::DeleteVehicle(_) | Edit::Retitle(..) => {}
    }
}

/// What a plan's errors are, as far as telling whether another plan had them too.
fn error_keys(plan: &Plan) -> Vec<(Rule, Subject, Option<Subject>, usize)> {
    check(plan, plan.visit.first_day)
        .into_iter()
        .filter(|p| p.severity == attache::check::Severity::Error && p.rule != Rule::MergeConflict)
        .map(|p| (p.rule, p.subject, p.also, p.occurrence))
        .collect()
}

/// Every record of a plan by subject, in the form the merge compares them.
fn records(plan: &Plan) -> std::collections::HashMap<Subject, serde_json::Value> {
    fn json<T: serde::Serialize>(record: &T) -> serde_json::Value {
        serde_json::to_value(record).unwrap()
    }
    let mut all = std::collections::HashMap::new();
    all.insert(Subject::Visit, json(&plan.visit));
    all.extend(
        plan.organisations
            .iter()
            .map(|r| (Subject::Organisation(r.id), json(&**r))),
    );
    all.extend(
        plan.people
            .iter()
            .map(|r| (Subject::Person(r.id), json(&**r))),
    );
    all.extend(
        plan.events
            .iter()
            .map(|r| (Subject::Event(r.id), json(&**r))),
    );
    all.extend(
        plan.topics
            .iter()
            .map(|r| (Subject::Topic(r.id), json(&**r))),
    );
    all.extend(
        plan.actions
            .iter()
            .map(|r| (Subject::Action(r.id), json(&**r))),
    );
    all
}

/// Whether what `side` changed from `base` is in `merged`, at `path`: values it set are there,
/// items it added to a list are there and items it removed are not. Paths under a conflict
/// (`conflicted`) hold the change in the conflict instead.
fn change_kept(
    base: &serde_json::Value,
    side: &serde_json::Value,
    merged: &serde_json::Value,
    path: &str,
    conflicted: &dyn Fn(&str) -> bool,
) -> Result<(), String> {
    use serde_json::Value;
    if base == side || conflicted(path) {
        return Ok(());
    }
    // An empty list is left out of the file: absent where the others are lists, it is empty.
    let empty = Value::Array(Vec::new());
    let listed = [base, side, merged].iter().any(|v| v.is_array());
    let as_list = |v: &'_ Value| -> Value {
        if listed && v.is_null() {
            empty.clone()
        } else {
            v.clone()
        }
    };
    let (base, side, merged) = (&as_list(base), &as_list(side), &as_list(merged));
    if base == side {
        return Ok(());
    }
    let at = |parent: &str, key: &str| {
        if parent.is_empty() {
            key.to_owned()
        } else {
            format!("{parent}.{key}")
        }
    };
    let id = |v: &Value| v.get("id").and_then(Value::as_str).map(str::to_owned);
    let is_variant = |map: &serde_json::Map<String, Value>| {
        map.len() == 1
            && map
                .keys()
                .all(|key| key.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    match (base, side, merged) {
        // Records and structs field by field; an enum's value (one key, its variant's name) only
        // if the variant stayed.
        (Value::Object(b), Value::Object(s), Value::Object(m))
            if !(is_variant(b) || is_variant(s)) || b.keys().eq(s.keys()) =>
        {
            for key in b.keys().chain(s.keys()) {
                let get = |map: &serde_json::Map<String, Value>| {
                    map.get(key).cloned().unwrap_or(Value::Null)
                };
                change_kept(&get(b), &get(s), &get(m), &at(path, key), conflicted)?;
            }
            Ok(())
        }
        (Value::Array(b), Value::Array(s), Value::Array(m))
            if b.iter()
                .chain(s)
                .chain(m)
                .all(|v| v.is_object() && id(v).is_some()) =>
        {
            let find = |list: &[Value], wanted: &str| {
                list.iter()
                    .find(|v| id(v).as_deref() == Some(wanted))
                    .cloned()
            };
            for item in s {
                let key = id(item).unwrap();
                let before = find(b, &key).unwrap_or(Value::Null);
                // Left alone on this side, the other side may have deleted it.
                if before == *item || conflicted(&at(path, &key)) {
                    continue;
                }
                let merged_item = find(m, &key).ok_or_else(|| format!("{path}: {key} is gone"))?;
                change_kept(&before, item, &merged_item, &at(path, &key), conflicted)?;
            }
            for item in b {
                let key = id(item).unwrap_or_default();
                if find(s, &key).is_none()
                    && find(m, &key).is_some()
                    && !conflicted(&at(path, &key))
                {
                    return Err(format!("{path}: {key} is back"));
                }
            }
            Ok(())
        }
        (Value::Array(b), Value::Array(s), Value::Array(m))
            if b.iter().chain(s).chain(m).all(Value::is_string) =>
        {
            for item in s.iter().filter(|item| !b.contains(item)) {
                if !m.contains(item) {
                    return Err(format!("{path}: {item} not added"));
                }
            }
            for item in b.iter().filter(|item| !s.contains(item)) {
                if m.contains(item) {
                    return Err(format!("{path}: {item} not removed"));
                }
            }
            Ok(())
        }
        (_, s, m) if s == m => Ok(()),
        _ => Err(format!("{path}: {side} became {merged}")),
    }
}

/// Whether every change `side` made from `base` is in `merged` or in one of its conflicts.
fn every_change_kept(base: &Plan, side: &Plan, merged: &Plan) -> Result<(), String> {
    let (base_records, side_records, merged_records) =
        (records(base), records(side), records(merged));
    let null = serde_json::Value::Null;
    for (subject, version) in &side_records {
        let conflicts: Vec<&str> = merged
            .merge_conflicts
            .iter()
            .filter(|c| c.record == *subject)
            .map(|c| c.field.as_str())
            .collect();
        let conflicted = |path: &str| {
            conflicts.iter().any(|field| {
                field.is_empty() || path == *field || path.starts_with(&format!("{field}."))
            })
        };
        let before = base_records.get(subject).unwrap_or(&null);
        match merged_records.get(subject) {
            Some(now) => change_kept(before, version, now, "", &conflicted)
                .map_err(|e| format!("{subject:?} {e}"))?,
            None if before == version || conflicted("") => {}
            None => return Err(format!("{subject:?} is gone")),
        }
    }
    for subject in base_records.keys() {
        let deleted = !side_records.contains_key(subject);
        let conflicted = merged
            .merge_conflicts
            .iter()
            .any(|c| c.record == *subject && c.field.is_empty());
        if deleted && merged_records.contains_key(subject) && !conflicted {
            return Err(format!("{subject:?} was deleted, yet is in the merge"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_change_is_merged_or_a_conflict_and_no_error_is_new(
        our_edits in prop::collection::vec(edit(), 1..6),
        their_edits in prop::collection::vec(edit(), 1..6),
    ) {
        let base = sample_plan();
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for edit in &our_edits {
            apply(&mut ours, edit, "ours");
        }
        for edit in &their_edits {
            apply(&mut theirs, edit, "theirs");
        }
        let merged = attache::check::merge(&base, &ours, &theirs);
        let had: std::collections::HashSet<_> =
            error_keys(&ours).into_iter().chain(error_keys(&theirs)).collect();
        let new: Vec<_> = error_keys(&merged).into_iter().filter(|e| !had.contains(e)).collect();
        prop_assert!(new.is_empty(), "new errors {:?}", new);
        prop_assert_eq!(every_change_kept(&base, &ours, &merged), Ok(()));
        prop_assert_eq!(every_change_kept(&base, &theirs, &merged), Ok(()));
        prop_assert_eq!(&file::from_text(&file::to_text(&merged)).unwrap(), &merged);
    }
}

// ---- With real git ------------------------------------------------------------------------------

fn git(repository: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .arg("-C")
        .arg(repository)
        .args(args)
        .output()
        .expect("git runs")
}

fn git_ok(repository: &Path, args: &[&str]) {
    let output = git(repository, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn attache(folder: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .current_dir(folder)
        .args(args)
        .output()
        .unwrap()
}

/// A repository with the sample plan committed on `main`, set up with `attache git-setup`, and
/// branch `theirs` made from it.
fn repository() -> (tempfile::TempDir, PathBuf) {
    let folder = tempfile::tempdir().unwrap();
    let repository = folder.path();
    git_ok(repository, &["init", "-q", "-b", "main"]);
    git_ok(repository, &["config", "user.name", "Planner"]);
    git_ok(repository, &["config", "user.email", "planner@example.org"]);
    let setup = attache(repository, &["git-setup"]);
    assert!(setup.status.success(), "{setup:?}");
    let said = String::from_utf8_lossy(&setup.stdout);
    assert!(said.contains("added “*.ron merge=attache”"), "{said}");
    assert!(
        said.contains("git config merge.attache.driver = "),
        "{said}"
    );
    let plan = repository.join("visit.ron");
    std::fs::write(&plan, SAMPLE_PLAN).unwrap();
    git_ok(repository, &["add", "."]);
    git_ok(repository, &["commit", "-q", "-m", "The visit"]);
    git_ok(repository, &["branch", "theirs"]);
    (folder, plan)
}

fn commit(repository: &Path, plan_path: &Path, plan: &Plan, message: &str) {
    std::fs::write(plan_path, file::to_text(plan)).unwrap();
    git_ok(repository, &["commit", "-q", "-am", message]);
}

#[test]
fn git_merges_two_branches_of_a_plan_cleanly_with_the_driver() {
    let (folder, plan_path) = repository();
    let repository = folder.path();
    let base = sample_plan();
    commit(
        repository,
        &plan_path,
        &renamed(&base, 1, "Renamed on main"),
        "Rename",
    );
    git_ok(repository, &["checkout", "-q", "theirs"]);
    commit(repository, &plan_path, &moved_by_an_hour(&base, 3), "Move");
    git_ok(repository, &["checkout", "-q", "main"]);

    git_ok(repository, &["merge", "-q", "--no-edit", "theirs"]);
    let merged = file::load(&plan_path).unwrap();
    assert_eq!(merged.people[1].name, "Renamed on main");
    assert_eq!(merged.events[3], moved_by_an_hour(&base, 3).events[3]);
    // Canonical: no formatting noise from the merge, and no litter in the repository.
    assert_eq!(
        std::fs::read_to_string(&plan_path).unwrap(),
        file::to_text(&merged)
    );
    let status = git(repository, &["status", "--porcelain", "--ignored"]);
    assert_eq!(String::from_utf8_lossy(&status.stdout), "");
}

#[test]
fn a_conflict_from_git_is_checked_and_resolved_in_the_window() {
    let (folder, plan_path) = repository();
    let repository = folder.path();
    let base = sample_plan();
    commit(
        repository,
        &plan_path,
        &renamed(&base, 2, "Name on main"),
        "Ours",
    );
    git_ok(repository, &["checkout", "-q", "theirs"]);
    commit(
        repository,
        &plan_path,
        &renamed(&base, 2, "Name on theirs"),
        "Theirs",
    );
    git_ok(repository, &["checkout", "-q", "main"]);

    let merge = git(repository, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success(), "the conflict stops the merge");
    let checked = attache(repository, &["check", "--today", "2027-03-01", "visit.ron"]);
    assert_eq!(checked.status.code(), Some(1));
    let said = String::from_utf8_lossy(&checked.stdout);
    let line = said
        .lines()
        .find(|line| line.contains("merge conflict"))
        .expect("check reports the conflict");
    // Named by the line of the person it concerns.
    assert!(line.starts_with("visit.ron:"), "{line}");
    assert!(
        line.contains(": error: merge conflict: both sides changed the name"),
        "{line}"
    );

    let app = support::app_on(Some(plan_path.clone()), support::ScriptedDialogs::none());
    let mut harness = support::harness(app);
    harness
        .state_mut()
        .app
        .send(AppCommand::ShowView(View::Problems));
    harness.run();
    assert!(support::text_shown_containing(
        &harness,
        "Merge conflicts (1)"
    ));
    harness.get_by_label("Take theirs").click();
    harness.run();
    let plan = harness.state().app.document.plan();
    assert_eq!(plan.people[2].name, "Name on theirs");
    assert!(plan.merge_conflicts.is_empty());
    assert!(!support::text_shown_containing(&harness, "Merge conflicts"));

    // One undo step brings the conflict back.
    harness.state_mut().app.send(AppCommand::Undo);
    harness.run();
    assert_eq!(harness.state().app.document.plan().merge_conflicts.len(), 1);
    assert_eq!(
        harness.state().app.document.plan().people[2].name,
        "Name on main"
    );
}

#[test]
fn a_version_that_cannot_be_read_leaves_ours_untouched() {
    let folder = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = folder.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    write("base.ron", SAMPLE_PLAN);
    write("ours.ron", SAMPLE_PLAN);
    write("theirs.ron", "(format_version: 1, visit: (");
    let output = attache(
        folder.path(),
        &["merge", "base.ron", "ours.ron", "theirs.ron"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with("theirs.ron:1:"),
        "{output:?}"
    );
    assert_eq!(
        std::fs::read_to_string(folder.path().join("ours.ron")).unwrap(),
        SAMPLE_PLAN
    );
}

#[test]
fn a_version_with_two_records_of_one_id_is_refused_naming_the_id() {
    let folder = tempfile::tempdir().unwrap();
    let write = |name: &str, plan: &Plan| {
        let path = folder.path().join(name);
        std::fs::write(&path, file::to_text(plan)).unwrap();
        path
    };
    let base = sample_plan();
    // Two tables of the dinner share an id: merged by id, one of them and its seats would go.
    let mut theirs = base.clone();
    let dinner = event_where(&theirs, |e| !e.tables.is_empty());
    let event = Arc::make_mut(&mut theirs.events[dinner]);
    let mut twin = event.tables[0].clone();
    twin.name = "Second table".to_owned();
    for seat in &mut twin.seats {
        seat.id = attache::model::Id::random();
    }
    event.tables.push(twin);
    let table = event.tables[0].id;
    write("base.ron", &base);
    let ours = write("ours.ron", &base);
    write("theirs.ron", &theirs);
    let output = attache(
        folder.path(),
        &[
            "merge",
            "base.ron",
            "ours.ron",
            "theirs.ron",
            "--name",
            "plans/visit.ron",
        ],
    );
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.starts_with("plans/visit.ron: error: table \"Second table\""),
        "{said}"
    );
    assert!(said.contains(&table.to_string()), "{said}");
    assert!(said.contains("their version"), "{said}");
    assert_eq!(file::load(&ours).unwrap(), base, "ours untouched");

    // `check` reports every kind of record sharing an id.
    let problems = check(&theirs, jiff::civil::date(2027, 3, 1));
    let duplicate = problems
        .iter()
        .find(|p| p.rule == Rule::DuplicateId)
        .expect("reported");
    assert_eq!(duplicate.subject, Subject::Event(theirs.events[dinner].id));
}

#[test]
fn git_setup_in_a_subfolder_covers_the_repository_and_names_the_plans_path() {
    let folder = tempfile::tempdir().unwrap();
    let repository = folder.path();
    git_ok(repository, &["init", "-q", "-b", "main"]);
    git_ok(repository, &["config", "user.name", "Planner"]);
    git_ok(repository, &["config", "user.email", "planner@example.org"]);
    let plans = repository.join("plans");
    std::fs::create_dir(&plans).unwrap();
    let setup = attache(&plans, &["git-setup"]);
    assert!(setup.status.success(), "{setup:?}");
    assert!(repository.join(".gitattributes").is_file(), "at the top");
    assert!(!plans.join(".gitattributes").exists());
    let said = String::from_utf8_lossy(&setup.stdout);
    assert!(said.contains("--name %P"), "{said}");

    // A plan in another folder of the repository is merged by the driver, and its messages
    // name the plan, not git's temporary file.
    let other = repository.join("visits").join("tallinn");
    std::fs::create_dir_all(&other).unwrap();
    let plan_path = other.join("visit.ron");
    let base = sample_plan();
    std::fs::write(&plan_path, file::to_text(&base)).unwrap();
    git_ok(repository, &["add", "."]);
    git_ok(repository, &["commit", "-q", "-m", "The visit"]);
    git_ok(repository, &["branch", "theirs"]);
    commit(
        repository,
        &plan_path,
        &renamed(&base, 2, "Name on main"),
        "Ours",
    );
    git_ok(repository, &["checkout", "-q", "theirs"]);
    commit(
        repository,
        &plan_path,
        &renamed(&base, 2, "Name on theirs"),
        "Theirs",
    );
    git_ok(repository, &["checkout", "-q", "main"]);
    let merge = git(repository, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success(), "the conflict stops the merge");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&merge.stdout),
        String::from_utf8_lossy(&merge.stderr)
    );
    assert!(
        said.contains("visits/tallinn/visit.ron: merged with 1 conflict to resolve"),
        "{said}"
    );
    assert!(!said.contains(".merge_file"), "{said}");
    assert_eq!(file::load(&plan_path).unwrap().merge_conflicts.len(), 1);

    // Outside any repository nothing is written, and it says why.
    let elsewhere = tempfile::tempdir().unwrap();
    let refused = attache(elsewhere.path(), &["git-setup"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(!elsewhere.path().join(".gitattributes").exists());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("git repository"),
        "{refused:?}"
    );
}
