//! The protocol editors in the window, through egui_kittest by accessible labels: seating
//! proposed and moved seat by seat (each move one undo step), rooms of a stay, the visit's
//! vehicles and who rides in them, and gifts.

mod support;

use std::sync::Arc;

use attache::app::View;
use attache::model::{
    DelegationRole, Event, EventKind, EventStatus, GiftParty, LocalTime, Person, PersonId, Plan,
    Side, Stay, TravelLeg, TravelMode, Vehicle, VehicleKind,
};
use attache::window::Window;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::civil::date;
use support::{app_showing, clear, click, harness_sized, shortcut, type_into};

const TALLINN: &str = "Europe/Tallinn";

fn tallinn(day: i8, hour: i8) -> LocalTime {
    LocalTime::new(date(2027, 3, day).at(hour, 0, 0, 0), TALLINN)
}

fn person(plan: &mut Plan, name: &str, side: Side, role: DelegationRole) -> PersonId {
    let mut person = Person::new(name);
    person.side = side;
    person.role = role;
    let id = person.id;
    plan.people.push(Arc::new(person));
    id
}

/// A visit with a head of delegation, their interpreter and a host, and `event` for all three.
fn plan_with(kind: EventKind, title: &str, start: LocalTime, end: LocalTime) -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), TALLINN);
    plan.visit.title = "Study visit".into();
    plan.visit.last_day = date(2027, 3, 28);
    plan.visit.home_zone = "Asia/Baghdad".into();
    let head = person(
        &mut plan,
        "Ali Hassan",
        Side::Visiting,
        DelegationRole::Head,
    );
    let interpreter = person(
        &mut plan,
        "Zaid Karim",
        Side::Visiting,
        DelegationRole::Interpreter,
    );
    let host = person(&mut plan, "Tõnis Tamm", Side::Host, DelegationRole::Host);
    let mut event = Event::new(kind, title, start, end);
    event.status = EventStatus::Confirmed;
    event.participants = vec![head, interpreter];
    event.hosts = vec![host];
    plan.events.push(Arc::new(event));
    plan
}

fn window(plan: Plan, view: View) -> Harness<'static, Window> {
    harness_sized(app_showing(plan, view), 1400.0, 1400.0)
}

/// A welcome dinner on Monday 22 March, 19:00–21:00: the head of delegation and his interpreter
/// take part, Tõnis Tamm of the host side hosts, and nobody is seated yet.
fn welcome_dinner() -> Plan {
    plan_with(
        EventKind::Meal,
        "Welcome dinner",
        tallinn(22, 19),
        tallinn(22, 21),
    )
}

/// The window on `plan`'s itinerary with the welcome dinner open in the editor.
fn at_the_dinner(plan: Plan) -> Harness<'static, Window> {
    let mut harness = window(plan, View::Itinerary);
    open_event(&mut harness, "Welcome dinner");
    harness
}

fn open_event(harness: &mut Harness<'_, Window>, title: &str) {
    harness.get_by_label_contains(&format!("{title},")).click();
    harness.run();
}

fn the_event(harness: &Harness<'_, Window>) -> Event {
    (*harness.state().app.document.plan().events[0]).clone()
}

fn people(harness: &Harness<'_, Window>) -> Vec<PersonId> {
    harness
        .state()
        .app
        .document
        .plan()
        .people
        .iter()
        .map(|p| p.id)
        .collect()
}

#[test]
fn seating_is_proposed_and_each_move_is_one_undo_step() {
    let mut harness = at_the_dinner(welcome_dinner());
    let [head, interpreter, host] = people(&harness)[..] else {
        panic!("three people")
    };

    click(&mut harness, "Propose seating");
    let proposed = the_event(&harness).tables;
    assert_eq!(proposed.len(), 1);
    let seated: Vec<_> = proposed[0]
        .seats
        .iter()
        .map(|s| (s.person, s.interpreter))
        .collect();
    // The host at the centre, the guest of honour at the host's right with the interpreter behind.
    assert_eq!(
        seated,
        [(Some(head), Some(interpreter)), (Some(host), None)]
    );

    click(&mut harness, "Move seat 1 of table 1 right");
    let moved: Vec<_> = the_event(&harness).tables[0]
        .seats
        .iter()
        .map(|s| (s.person, s.interpreter))
        .collect();
    assert_eq!(
        moved,
        [(Some(host), None), (Some(head), Some(interpreter))],
        "the interpreter follows"
    );
    assert_eq!(
        the_event(&harness).tables[0]
            .seats
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>(),
        proposed[0].seats.iter().map(|s| s.id).collect::<Vec<_>>(),
        "the seats stay, the people move"
    );

    click(&mut harness, "Empty seat 2 of table 1");
    assert_eq!(the_event(&harness).tables[0].seats[1].person, None);

    shortcut(&mut harness, Key::Z);
    assert_eq!(the_event(&harness).tables[0].seats[1].person, Some(head));
    shortcut(&mut harness, Key::Z);
    assert_eq!(
        the_event(&harness).tables,
        proposed,
        "one step back is the proposal"
    );
    shortcut(&mut harness, Key::Z);
    assert!(the_event(&harness).tables.is_empty());
}

#[test]
fn tables_are_added_named_and_shaped() {
    let plan = plan_with(
        EventKind::Ceremony,
        "Signing ceremony",
        tallinn(23, 10),
        tallinn(23, 11),
    );
    let mut harness = window(plan, View::Itinerary);
    open_event(&mut harness, "Signing ceremony");
    click(&mut harness, "Add table");
    type_into(&mut harness, "Name of table 1", " (top)");
    click(&mut harness, "Add a seat to table 1");
    let table = &the_event(&harness).tables[0];
    assert_eq!(table.name, "Table 1 (top)");
    assert_eq!(table.seats.len(), 11);
    assert!(harness.query_by_label("Shape of table 1").is_some());
}

#[test]
fn a_stay_gets_rooms_with_numbers_and_nights() {
    let plan = plan_with(
        EventKind::Stay(Stay::default()),
        "Swissôtel Tallinn",
        tallinn(21, 16),
        tallinn(24, 8),
    );
    let mut harness = window(plan, View::Itinerary);
    open_event(&mut harness, "Swissôtel Tallinn");
    click(&mut harness, "Add room");
    type_into(&mut harness, "Room 1 number", "401");
    let EventKind::Stay(stay) = the_event(&harness).kind else {
        panic!("still a stay")
    };
    let room = &stay.rooms[0];
    assert_eq!(room.number, "401");
    assert_eq!(
        (room.first_night, room.last_night),
        (date(2027, 3, 21), date(2027, 3, 23))
    );
    assert!(harness.query_by_label("Room 1 type").is_some());
    assert!(harness.query_by_label("Room 1 guests").is_some());
    click(&mut harness, "Remove room 1");
    let EventKind::Stay(stay) = the_event(&harness).kind else {
        panic!("still a stay")
    };
    assert!(stay.rooms.is_empty());
}

#[test]
fn vehicles_are_added_in_the_overview_and_assigned_to_a_leg_by_road() {
    let leg = EventKind::Travel(TravelLeg {
        mode: TravelMode::Car,
        from: "Tallinn Airport".into(),
        to: "Swissôtel Tallinn".into(),
        ..TravelLeg::default()
    });
    let plan = plan_with(
        leg,
        "Transfer to the hotel",
        tallinn(21, 15),
        tallinn(21, 16),
    );
    let mut harness = window(plan, View::Overview);
    click(&mut harness, "Add vehicle");
    type_into(&mut harness, "Vehicle 1 driver", "Margus Tamm");
    let vehicles = harness.state().app.document.plan().visit.vehicles.clone();
    assert_eq!(vehicles.len(), 1);
    assert_eq!(
        (vehicles[0].driver.as_str(), vehicles[0].seats),
        ("Margus Tamm", 3)
    );

    let mut harness = {
        let mut plan = harness.state().app.document.plan().clone();
        plan.visit
            .vehicles
            .push(Vehicle::new("Minibus", VehicleKind::Minibus, 8));
        window(plan, View::Itinerary)
    };
    open_event(&mut harness, "Transfer to the hotel");
    click(&mut harness, "Add vehicle to this leg");
    click(&mut harness, "Add vehicle to this leg");
    let rides = the_event(&harness).rides;
    let vehicles = &harness.state().app.document.plan().visit.vehicles;
    assert_eq!(
        rides.iter().map(|r| r.vehicle).collect::<Vec<_>>(),
        [vehicles[0].id, vehicles[1].id],
        "each vehicle once"
    );
    assert!(harness.query_by_label("Passengers of vehicle 2").is_some());
    click(&mut harness, "Remove vehicle 1 from this leg");
    assert_eq!(the_event(&harness).rides.len(), 1);
}

#[test]
fn a_gift_is_registered_from_the_guest_to_the_host() {
    let plan = plan_with(
        EventKind::Meeting,
        "Opening meeting",
        tallinn(22, 9),
        tallinn(22, 10),
    );
    let mut harness = window(plan, View::Itinerary);
    open_event(&mut harness, "Opening meeting");
    let [head, _, host] = people(&harness)[..] else {
        panic!("three people")
    };
    click(&mut harness, "Add gift");
    type_into(&mut harness, "Gift 1 description", "Silver tray");
    let gift = the_event(&harness).gifts[0].clone();
    assert_eq!(gift.description, "Silver tray");
    assert_eq!(
        (gift.from, gift.to),
        (GiftParty::Person(head), GiftParty::Person(host))
    );
    for field in ["Gift 1 from", "Gift 1 to", "Gift 1 value", "Gift 1 status"] {
        assert!(harness.query_by_label(field).is_some(), "{field}");
    }
    click(&mut harness, "Remove gift 1");
    assert!(the_event(&harness).gifts.is_empty());
    shortcut(&mut harness, Key::Z);
    assert_eq!(the_event(&harness).gifts, [gift]);
}

#[test]
fn removing_a_vehicle_takes_its_rides_with_it_in_one_undo_step() {
    let leg = EventKind::Travel(TravelLeg {
        mode: TravelMode::Car,
        from: "Tallinn Airport".into(),
        to: "Swissôtel Tallinn".into(),
        ..TravelLeg::default()
    });
    let mut plan = plan_with(
        leg,
        "Transfer to the hotel",
        tallinn(21, 15),
        tallinn(21, 16),
    );
    let minibus = Vehicle::new("Minibus", VehicleKind::Minibus, 8);
    let ride = attache::model::Ride::new(minibus.id);
    plan.visit.vehicles.push(minibus);
    Arc::make_mut(&mut plan.events[0]).rides.push(ride);
    let mut harness = window(plan, View::Overview);

    click(&mut harness, "Remove vehicle");
    let plan = harness.state().app.document.plan().clone();
    assert!(plan.visit.vehicles.is_empty());
    assert!(
        plan.events[0].rides.is_empty(),
        "no ride left in a vehicle that is gone"
    );

    shortcut(&mut harness, Key::Z);
    let plan = harness.state().app.document.plan();
    assert_eq!(plan.visit.vehicles.len(), 1);
    assert_eq!(plan.events[0].rides.len(), 1);
}

/// Drags the widget named `from` and drops it on the one named `to`, as a mouse would: press,
/// move a little (a drag starts), move over the target, release.
fn drag_and_drop(harness: &mut Harness<'_, Window>, from: &str, to: &str) {
    let start = harness.get_by_label(from).rect().center();
    let target = harness.get_by_label(to).rect().center();
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    harness.hover_at(start + egui::vec2(12.0, 12.0));
    harness.run();
    harness.hover_at(target);
    harness.run();
    harness.drop_at(target);
    harness.run();
}

fn sitting(harness: &Harness<'_, Window>) -> Vec<Option<PersonId>> {
    the_event(harness).tables[0]
        .seats
        .iter()
        .map(|seat| seat.person)
        .collect()
}

#[test]
fn a_guest_dragged_to_an_empty_seat_moves_and_onto_a_taken_one_swaps_each_one_undo_step() {
    let mut harness = at_the_dinner(welcome_dinner());
    let [head, interpreter, host] = people(&harness)[..] else {
        panic!("three people")
    };
    click(&mut harness, "Propose seating");
    click(&mut harness, "Add a seat to table 1");
    assert_eq!(sitting(&harness), [Some(head), Some(host), None]);

    drag_and_drop(
        &mut harness,
        "Tõnis Tamm, at Seat 2 at Table 1",
        "Seat 3 at Table 1",
    );
    assert_eq!(sitting(&harness), [Some(head), None, Some(host)], "moved");

    drag_and_drop(
        &mut harness,
        "Ali Hassan, at Seat 1 at Table 1",
        "Tõnis Tamm, at Seat 3 at Table 1",
    );
    assert_eq!(sitting(&harness), [Some(host), None, Some(head)], "swapped");
    assert_eq!(
        the_event(&harness).tables[0].seats[2].interpreter,
        Some(interpreter),
        "the interpreter moves with the principal"
    );

    shortcut(&mut harness, Key::Z);
    assert_eq!(
        sitting(&harness),
        [Some(head), None, Some(host)],
        "one undo takes back the whole swap"
    );
}

#[test]
fn an_empty_seat_is_filled_from_a_picker_of_those_not_seated_and_a_person_chooses_a_seat() {
    let mut harness = at_the_dinner(welcome_dinner());
    let [head, _, host] = people(&harness)[..] else {
        panic!("three people")
    };
    click(&mut harness, "Add table");
    assert!(sitting(&harness).iter().all(Option::is_none));

    click(&mut harness, "Seat 2 at Table 1");
    type_into(&mut harness, "Search participants not seated", "hassan");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(sitting(&harness)[1], Some(head));
    assert!(
        harness.query_by_label("Ali Hassan, not seated").is_none(),
        "no longer offered as not seated"
    );

    click(&mut harness, "Choose a seat for Tõnis Tamm");
    click(&mut harness, "Seat 1 at Table 1 (Table 1): empty");
    assert_eq!(sitting(&harness)[..2], [Some(host), Some(head)]);

    shortcut(&mut harness, Key::Z);
    assert_eq!(sitting(&harness)[..2], [None, Some(head)], "one step each");
}

#[test]
fn deleting_a_seated_dinner_says_its_seating_plan_goes_with_it() {
    let mut harness = at_the_dinner(welcome_dinner());
    click(&mut harness, "Propose seating");
    let seated = the_event(&harness).tables;

    click(&mut harness, "Delete event…");
    assert!(
        harness
            .query_by_label_contains("removes its seating plan (1 table, 3 seated)")
            .is_some(),
        "the question says what goes with the dinner"
    );
    assert_eq!(
        harness.state().app.document.plan().events.len(),
        1,
        "not yet"
    );
    click(&mut harness, "Delete event");
    assert!(harness.state().app.document.plan().events.is_empty());

    shortcut(&mut harness, Key::Z);
    assert_eq!(
        the_event(&harness).tables,
        seated,
        "Undo brings it back seated"
    );
}

#[test]
fn the_vehicles_are_searched_by_name_plate_or_driver() {
    let mut plan = welcome_dinner();
    let mut car = Vehicle::new("Car 1", VehicleKind::Car, 3);
    car.driver = "Margus Tamm".into();
    let mut minibus = Vehicle::new("Minibus", VehicleKind::Minibus, 12);
    minibus.plate = "456 DEF".into();
    plan.visit.vehicles = vec![car, minibus];
    let mut harness = window(plan, View::Overview);
    assert!(harness.query_by_label("Vehicle 1 name").is_some());
    assert!(harness.query_by_label("Vehicle 2 name").is_some());

    type_into(&mut harness, "Search vehicles", "456");
    assert!(harness.query_by_label("Vehicle 1 name").is_none());
    assert!(harness.query_by_label("Vehicle 2 name").is_some());

    clear(&mut harness, "Search vehicles");
    type_into(&mut harness, "Search vehicles", "margus");
    assert!(harness.query_by_label("Vehicle 1 name").is_some());
    assert!(harness.query_by_label("Vehicle 2 name").is_none());
}

#[test]
fn a_seat_is_filled_by_typing_a_guests_name_in_arabic() {
    let mut plan = welcome_dinner();
    let head = plan.people[0].id;
    let mut ali = Person::clone(&plan.people[0]);
    // Written with its vowel marks; typed without them, as a planner types.
    ali.native_name = "عَلِي حَسَن".into();
    plan.people[0] = Arc::new(ali);
    let mut harness = at_the_dinner(plan);
    click(&mut harness, "Add table");

    click(&mut harness, "Seat 1 at Table 1");
    type_into(&mut harness, "Search participants not seated", "علي");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(sitting(&harness)[0], Some(head));
}

#[test]
fn each_guest_not_seated_yet_stands_on_one_row_with_their_own_seat_button() {
    let mut plan = welcome_dinner();
    let mut guests = Vec::new();
    for n in 1..=8 {
        let name =
            format!("Guest {n} of the Ministry of Communications and Information Technology");
        guests.push(person(
            &mut plan,
            &name,
            Side::Visiting,
            DelegationRole::Member,
        ));
    }
    let mut dinner = (*plan.events[0]).clone();
    dinner.participants.extend(guests);
    plan.events[0] = Arc::new(dinner);
    let mut harness = harness_sized(app_showing(plan, View::Itinerary), 900.0, 1400.0);
    open_event(&mut harness, "Welcome dinner");
    click(&mut harness, "Add table");
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(900.0, 1400.0));
    for n in 1..=8 {
        let name =
            format!("Guest {n} of the Ministry of Communications and Information Technology");
        let guest = harness.get_by_label(&format!("{name}, not seated")).rect();
        let button = harness
            .get_by_label(&format!("Choose a seat for {name}"))
            .rect();
        assert!(
            button.top() < guest.bottom() && button.bottom() > guest.top(),
            "{name}: the button at {button:?} is not beside the name at {guest:?}"
        );
        assert!(
            button.left() >= window.left() && button.right() < guest.left(),
            "{name}: the button at {button:?} is not before the name at {guest:?}"
        );
    }
}

#[test]
fn in_a_narrow_editor_a_guest_not_seated_yet_stays_inside_it() {
    let long = "Adviser to the Minister of Communications and Information Technology";
    let mut plan = welcome_dinner();
    let adviser = person(&mut plan, long, Side::Visiting, DelegationRole::Adviser);
    let mut dinner = (*plan.events[0]).clone();
    dinner.participants.push(adviser);
    plan.events[0] = Arc::new(dinner);
    for width in [700.0, 800.0, 900.0, 1000.0] {
        let mut harness = harness_sized(app_showing(plan.clone(), View::Itinerary), width, 500.0);
        open_event(&mut harness, "Welcome dinner");
        click(&mut harness, "Add table");
        let divider = harness
            .get_by_label("Divider between the list and the editor")
            .rect()
            .center()
            .x;
        // The fields end where the editor's content does, its scroll bar beside it.
        let edge = harness.get_by_label("Title").rect().right() + 8.0;
        for name in ["Ali Hassan", "Zaid Karim", long] {
            let guest = harness.get_by_label(&format!("{name}, not seated")).rect();
            assert!(
                guest.left() > divider && guest.right() <= edge,
                "at {width}: {name} at {guest:?}, past the editor's edge at {edge}"
            );
        }
    }
}
