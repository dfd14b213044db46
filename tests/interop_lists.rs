//! The lists the protocol office hands out: the rooming grid (HTML and CSV), the arrivals and
//! departures manifest (HTML and CSV), the caterer's sheets and the drivers' sheets, on the
//! sample plan and on an awkward one: a flight across midnight and two zones in winter (when
//! Baghdad is an hour ahead of Tallinn), a shared room, a night nobody booked, a delegate left
//! without a room, and a guest with two needs. Every value is escaped and isolated.

mod support;

use std::sync::Arc;

use attache::app::sample_plan;
use attache::interop::protocol::{ProtocolExport, export};
use attache::model::{
    ContactEntry, ContactKind, DelegationRole, DocumentStatus, Event, EventKind, EventStatus,
    LocalTime, Person, Plan, Ride, Room, RoomKind, Side, Stay, Table, TableShape, TravelLeg,
    TravelMode, Vehicle, VehicleKind,
};
use jiff::civil::{Date, date};
use support::command_line::attache;

const TALLINN: &str = "Europe/Tallinn";
const BAGHDAD: &str = "Asia/Baghdad";
const SCRIPT: &str = "<script>alert(1)</script>";

fn text(plan: &Plan, kind: ProtocolExport) -> String {
    String::from_utf8(export(plan, kind, None).unwrap()).unwrap()
}

fn rows(plan: &Plan, kind: ProtocolExport) -> Vec<Vec<String>> {
    let text = text(plan, kind);
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|row| row.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn at(day: Date, hour: i8, minute: i8, zone: &str) -> LocalTime {
    LocalTime::new(day.at(hour, minute, 0, 0), zone)
}

fn visiting(name: &str, native: &str, role: DelegationRole) -> Person {
    let mut person = Person::new(name);
    person.native_name = native.into();
    person.side = Side::Visiting;
    person.role = role;
    person
}

/// A January visit to Tallinn: the head (wheelchair, halal and no nuts), a member who shares a
/// twin room with the adviser, an adviser whose name is markup, a liaison officer, and a host.
/// The flight leaves Baghdad at 23:50 on 10 January and lands in Tallinn at 03:40 on the 11th
/// (04:40 in Baghdad); a car meets it. The hotel is booked for the nights of the 11th and 12th
/// and nobody's room covers the 13th; the liaison officer has no room at all.
fn awkward_plan() -> Plan {
    let first = date(2027, 1, 10);
    let mut plan = Plan::empty(first, TALLINN);
    plan.visit.title = "Winter visit".into();
    plan.visit.home_zone = BAGHDAD.into();
    plan.visit.last_day = date(2027, 1, 14);
    let mut head = visiting("Ali Hassan", "علي حسن", DelegationRole::Head);
    head.dietary_needs = "Halal; no nuts; HALAL".into();
    head.accessibility_needs = "Wheelchair from the aircraft door".into();
    head.travel_document.status = DocumentStatus::Issued;
    head.phones = vec![ContactEntry::new("+964 770 000 0001", ContactKind::Mobile)];
    let mut member = visiting("Sara Kareem", "سارة كريم", DelegationRole::Member);
    member.dietary_needs = "halal".into();
    let adviser = visiting(SCRIPT, "", DelegationRole::Adviser);
    let mut liaison = visiting("Omar Jaber", "عمر جابر", DelegationRole::Liaison);
    liaison.phones = vec![ContactEntry::new("+372 5555 0199", ContactKind::Mobile)];
    let mut host = Person::new("Kadri Tamm");
    host.side = Side::Host;
    host.phones = vec![ContactEntry::new("+372 5555 0100", ContactKind::Work)];
    let ids: Vec<_> = [&head, &member, &adviser, &liaison, &host]
        .iter()
        .map(|p| p.id)
        .collect();
    let (head_id, member_id, adviser_id, liaison_id, host_id) =
        (ids[0], ids[1], ids[2], ids[3], ids[4]);
    plan.people = [head, member, adviser, liaison, host]
        .into_iter()
        .map(Arc::new)
        .collect();

    let mut car = Vehicle::new("Car 1", VehicleKind::Car, 3);
    car.plate = "123 ABC".into();
    car.driver = "Margus Tamm".into();
    car.driver_phone = "+372 5555 0101".into();
    let car_id = car.id;
    plan.visit.vehicles.push(car);

    let mut flight = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Flight,
            from: "Baghdad (BGW)".into(),
            to: "Tallinn (TLL)".into(),
            carrier: "Iraqi Airways".into(),
            booking_reference: "IA7Q2Z".into(),
        }),
        "IA 231",
        at(first, 23, 50, BAGHDAD),
        at(date(2027, 1, 11), 3, 40, TALLINN),
    );
    flight.participants = vec![liaison_id, member_id, head_id, adviser_id];
    flight.hosts = vec![host_id];
    flight.status = EventStatus::Confirmed;

    let mut transfer = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Car,
            from: "Tallinn Airport".into(),
            to: "Hotel Telegraaf".into(),
            ..TravelLeg::default()
        }),
        "Transfer to the hotel",
        at(date(2027, 1, 11), 4, 15, TALLINN),
        at(date(2027, 1, 11), 4, 45, TALLINN),
    );
    let mut ride = Ride::new(car_id);
    ride.passengers = vec![head_id, liaison_id];
    transfer.rides.push(ride);

    let mut shared = Room::new(RoomKind::Twin, date(2027, 1, 11), date(2027, 1, 12));
    shared.number = "12".into();
    shared.guests = vec![member_id, adviser_id];
    let mut suite = Room::new(RoomKind::Suite, date(2027, 1, 11), date(2027, 1, 12));
    suite.number = "101".into();
    suite.guests = vec![head_id];
    let mut stay = Event::new(
        EventKind::Stay(Stay {
            booking_reference: "TEL-0111".into(),
            rooms: vec![suite, shared],
        }),
        "Hotel Telegraaf",
        at(date(2027, 1, 11), 5, 0, TALLINN),
        at(date(2027, 1, 14), 11, 0, TALLINN),
    );
    stay.participants = vec![head_id, member_id, adviser_id, liaison_id];

    let mut dinner = Event::new(
        EventKind::Meal,
        "Welcome dinner",
        at(date(2027, 1, 11), 19, 0, TALLINN),
        at(date(2027, 1, 11), 21, 0, TALLINN),
    );
    dinner.interpretation_needed = true;
    dinner.participants = vec![head_id, member_id, adviser_id];
    dinner.hosts = vec![host_id];
    let mut table = Table::new("Head table", TableShape::Round, 3);
    table.seats[0].person = Some(host_id);
    table.seats[1].person = Some(head_id);
    table.seats[1].interpreter = Some(liaison_id);
    table.seats[2].person = Some(member_id);
    dinner.tables.push(table);

    plan.events = [flight, transfer, stay, dinner]
        .into_iter()
        .map(Arc::new)
        .collect();
    plan
}

#[test]
fn the_rooming_grid_shows_who_sleeps_where_each_night_and_the_gaps() {
    let plan = awkward_plan();
    let html = text(&plan, ProtocolExport::RoomingGrid);
    assert!(html.contains("size: A4 landscape"));
    // Three nights, check-in on the 11th to check-out on the 14th.
    for night in ["Mon 11 Jan", "Tue 12 Jan", "Wed 13 Jan"] {
        assert!(html.contains(night), "{night}");
    }
    // The shared twin: both guests in one cell spanning both nights, the markup escaped.
    let twin = html.split("<bdi>12</bdi>").nth(1).unwrap();
    let twin = &twin[..twin.find("</tr>").unwrap()];
    assert!(twin.contains("Twin"), "{twin}");
    assert!(
        twin.contains(r#"<td class="booked" colspan="2">"#),
        "{twin}"
    );
    assert!(twin.contains("Sara Kareem"), "{twin}");
    assert!(twin.contains("&lt;script&gt;"), "{twin}");
    assert!(!html.contains(SCRIPT));
    // Arabic beside Latin, isolated.
    assert!(html.contains(
        r#"<bdi>Ali Hassan</bdi> <bdi class="native" dir="auto" lang="ar">علي حسن</bdi>"#
    ));
    // Room 12 comes before room 101, as a hotel walks them.
    assert!(html.find(">12</bdi>").unwrap() < html.find(">101</bdi>").unwrap());
    // The night of the 13th has no room booked, and is marked.
    assert!(html.contains(r#"<th class="none">Wed 13 Jan</th>"#));
    assert!(html.contains(r#"<td class="none">none</td>"#));
    // Omar has no room at all; the others lack the 13th.
    let without = html.split("Without a room:").nth(1).unwrap();
    assert!(without.contains("Omar Jaber"));
    assert!(without.contains("every night"));
    assert!(without.contains("Ali Hassan"));
    assert!(without.contains("Wed 13 Jan"));
}

#[test]
fn the_rooming_grid_spreadsheet_has_a_column_a_night() {
    let plan = awkward_plan();
    let rows = rows(&plan, ProtocolExport::RoomingGridSpreadsheet);
    assert_eq!(rows[0][..4], ["Hotel Telegraaf", "", "", "Night of"]);
    assert_eq!(rows[0][4..], ["2027-01-11", "2027-01-12", "2027-01-13"]);
    let twin = rows.iter().find(|row| row[1] == "12").unwrap();
    assert_eq!(twin[2], "Twin");
    assert_eq!(
        twin[3],
        format!("Sara Kareem (سارة كريم); {SCRIPT}"),
        "names as written: a spreadsheet does not run markup"
    );
    assert_eq!(twin[4], format!("Sara Kareem; {SCRIPT}"));
    assert_eq!(twin[4], twin[5]);
    assert_eq!(twin[6], "");
    let count = rows.iter().find(|row| row[3] == "Rooms booked").unwrap();
    assert_eq!(count[4..], ["2", "2", "0"]);
    let omar = rows
        .iter()
        .find(|row| row[3] == "Without a room: Omar Jaber (عمر جابر)")
        .unwrap();
    assert_eq!(omar[4..], ["no room", "no room", "no room"]);
}

#[test]
fn the_manifest_gives_the_arrival_in_host_time_with_home_time_beside() {
    let plan = awkward_plan();
    let html = text(&plan, ProtocolExport::ArrivalsManifest);
    assert!(html.contains("<h2>Arrivals</h2>"));
    // Across midnight and two zones: lands on the 11th at 03:40 in Tallinn, 04:40 in Baghdad.
    assert!(html.contains("Arrival Mon 11 Jan 03:40"), "{html}");
    assert!(html.contains("(Mon 11 Jan 04:40 <bdi>Baghdad</bdi>)"));
    assert!(html.contains("10 Jan 23:50 <bdi>Baghdad</bdi>"));
    assert!(html.contains("Booking <bdi>IA7Q2Z</bdi>"));
    assert!(html.contains("Met by: <bdi>Kadri Tamm</bdi>"));
    // Passengers in order of precedence, whatever order the flight lists them in.
    let order: Vec<usize> = ["Ali Hassan", "Sara Kareem", "&lt;script&gt;", "Omar Jaber"]
        .iter()
        .map(|name| html.find(name).unwrap())
        .collect();
    assert!(order.is_sorted(), "{order:?}");
    // The head: two needs, the document, and the car that meets the flight.
    let head = html.split("Ali Hassan").nth(1).unwrap();
    let head = &head[..head.find("</tr>").unwrap()];
    assert!(head.contains("Head of delegation"));
    assert!(head.contains("Issued"));
    assert!(head.contains("Access: <bdi>Wheelchair from the aircraft door</bdi>"));
    assert!(head.contains("Diet: <bdi>Halal; no nuts; HALAL</bdi>"));
    assert!(head.contains("<bdi>Car 1</bdi> <bdi>123 ABC</bdi>"));
    assert!(head.contains("Margus Tamm"));
    // Sara rides in no car.
    let sara = html.split("Sara Kareem").nth(1).unwrap();
    assert!(sara[..sara.find("</tr>").unwrap()].contains("—"));
    assert!(!html.contains(SCRIPT));
}

#[test]
fn the_manifest_spreadsheet_has_a_row_a_passenger() {
    let plan = awkward_plan();
    let rows = rows(&plan, ProtocolExport::ArrivalsManifestSpreadsheet);
    assert_eq!(rows.len(), 4);
    let head = &rows[0];
    assert_eq!(head[0], "Arrival");
    assert_eq!(head[1], "Mon 11 Jan 03:40");
    assert_eq!(head[2], "Mon 11 Jan 04:40 Baghdad");
    assert_eq!(head[3], "Iraqi Airways IA 231");
    assert_eq!(head[11], "Ali Hassan (علي حسن)");
    assert_eq!(head[14], "Wheelchair from the aircraft door");
    assert_eq!(head[15], "Halal; no nuts; HALAL");
    assert_eq!(head[17], "Car 1 123 ABC");
}

#[test]
fn a_departure_is_listed_with_the_car_that_takes_the_delegation_to_the_airport() {
    let mut plan = awkward_plan();
    let day = date(2027, 1, 14);
    let ride_of = |plan: &Plan| plan.events[1].rides[0].clone();
    let mut flight = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Flight,
            from: "Tallinn (TLL)".into(),
            to: "Baghdad (BGW)".into(),
            ..TravelLeg::default()
        }),
        "IA 232",
        at(day, 13, 0, TALLINN),
        at(day, 19, 30, BAGHDAD),
    );
    flight.participants = plan.events[0].participants.clone();
    let mut to_airport = Event::new(
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Car,
            from: "Hotel Telegraaf".into(),
            to: "Tallinn Airport".into(),
            ..TravelLeg::default()
        }),
        "To the airport",
        at(day, 10, 30, TALLINN),
        at(day, 11, 0, TALLINN),
    );
    to_airport.rides.push(ride_of(&plan));
    plan.events.push(Arc::new(flight));
    plan.events.push(Arc::new(to_airport));
    let html = text(&plan, ProtocolExport::ArrivalsManifest);
    let departures = html.split("<h2>Departures</h2>").nth(1).expect("a section");
    assert!(departures.contains("Departure Thu 14 Jan 13:00"));
    assert!(departures.contains("(Thu 14 Jan 14:00 <bdi>Baghdad</bdi>)"));
    assert!(departures.contains("Seen off by: <span class=\"muted\">nobody named</span>"));
    let head = departures.split("Ali Hassan").nth(1).unwrap();
    assert!(head[..head.find("</tr>").unwrap()].contains("Car 1"));
}

#[test]
fn the_caterers_sheet_names_each_need_with_table_and_seat() {
    let plan = awkward_plan();
    let html = text(&plan, ProtocolExport::CateringSheets);
    assert!(html.contains("Welcome dinner"));
    // Ali, Sara, the adviser and the host eat; Omar interprets behind Ali's chair.
    assert!(html.contains("<b>4</b> guests, and 1 interpreter at work"));
    // "Halal", "halal" and "HALAL" are one need, Ali named under it once; his second need is its
    // own.
    let halal = html.split("Halal</bdi>").nth(1).unwrap();
    let halal = &halal[..halal.find("</tr>").unwrap()];
    assert!(halal.contains("× 2"));
    assert!(halal.contains("Ali Hassan"));
    assert!(halal.contains("— <bdi>Head table</bdi>, seat 2"));
    assert!(halal.contains("Sara Kareem"));
    assert!(halal.contains("seat 3"));
    let nuts = html.split("no nuts</bdi>").nth(1).unwrap();
    let nuts = &nuts[..nuts.find("</tr>").unwrap()];
    assert!(nuts.contains("× 1") && nuts.contains("Ali Hassan") && !nuts.contains("Sara"));
    assert!(html.contains("2 guests without a dietary need."));
    assert!(html.contains("Interpretation equipment needed"));
    assert!(html.contains("Interpreters: <bdi>Omar Jaber</bdi>"));
    assert!(!html.contains(SCRIPT));
}

#[test]
fn the_drivers_sheet_lists_each_leg_with_passengers_phones_and_contact_officer() {
    let plan = awkward_plan();
    let html = text(&plan, ProtocolExport::DriverSheets);
    assert!(html.contains("<h1><bdi>Car 1</bdi> — Monday 11 January 2027</h1>"));
    assert!(html.contains("Driver <bdi>Margus Tamm</bdi>"));
    assert!(html.contains("04:15–04:45"));
    assert!(html.contains("<bdi>Tallinn Airport</bdi> → <bdi>Hotel Telegraaf</bdi>"));
    assert!(html.contains("+964 770 000 0001"));
    assert!(html.contains("2 of 3 seats"));
    // The liaison officer riding along is whom the driver calls.
    let officer = html.split("2 of 3 seats").nth(1).unwrap();
    assert!(officer.contains("Omar Jaber"));
    assert!(officer.contains("+372 5555 0199"));
}

#[test]
fn the_lists_of_the_sample_plan_hold_its_stays_flights_meals_and_cars() {
    let plan = sample_plan();
    let grid = text(&plan, ProtocolExport::RoomingGrid);
    assert!(grid.contains("Swissôtel Tallinn"));
    assert!(grid.contains("Sun 21 Mar"));
    let manifest = text(&plan, ProtocolExport::ArrivalsManifest);
    assert!(manifest.contains("Arrival Sun 21 Mar 15:10"));
    assert!(manifest.contains("(Sun 21 Mar 16:10 <bdi>Baghdad</bdi>)"));
    assert!(manifest.contains("<bdi>Car 1 (head of delegation)</bdi> <bdi>123 ABC</bdi>"));
    assert!(manifest.contains("<h2>Departures</h2>"));
    // Nobody hosts the flight itself: those who host the transfer from the airport meet it.
    assert!(!manifest.contains("Met by: <span class=\"muted\">nobody named"));
    assert!(manifest.contains("Met by: <bdi"));
    // The connection in Istanbul is neither an arrival nor a departure of the host country.
    assert!(!manifest.contains("Flight Baghdad – Istanbul"));
    let catering = text(&plan, ProtocolExport::CateringSheets);
    assert!(catering.contains("Halal"));
    assert!(catering.contains("Interpretation equipment needed"));
    let drivers = text(&plan, ProtocolExport::DriverSheets);
    assert!(drivers.contains("Minibus"));
    for kind in [
        ProtocolExport::RoomingGrid,
        ProtocolExport::ArrivalsManifest,
        ProtocolExport::CateringSheets,
        ProtocolExport::DriverSheets,
    ] {
        let html = text(&plan, kind);
        assert!(
            html.contains(r#"<bdi class="native" dir="auto" lang="ar">"#),
            "{kind:?} shows Arabic names isolated"
        );
    }
}

#[test]
fn one_event_is_picked_and_one_that_does_not_fit_is_refused() {
    let plan = awkward_plan();
    let dinner = plan.events[3].id;
    let one =
        String::from_utf8(export(&plan, ProtocolExport::CateringSheets, Some(dinner)).unwrap())
            .unwrap();
    assert!(one.contains("Welcome dinner"));
    let error = export(&plan, ProtocolExport::ArrivalsManifest, Some(dinner)).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("is not a flight into or out of the host country"),
        "{error}"
    );
}

#[test]
fn the_command_line_writes_each_list() {
    let folder = tempfile::tempdir().unwrap();
    let plan_path = folder.path().join("plan.ron");
    attache::file::save(&awkward_plan(), &plan_path).unwrap();
    for (kind, name) in [
        ("rooming-grid", "grid.html"),
        ("rooming-grid-csv", "grid.csv"),
        ("manifest", "manifest.html"),
        ("manifest-csv", "manifest.csv"),
        ("catering", "catering.html"),
        ("driver-sheets", "drivers.html"),
    ] {
        let out = folder.path().join(name);
        let output = attache(folder.path())
            .args(["export", kind])
            .arg(&plan_path)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert!(output.status.success(), "{kind}: {output:?}");
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.contains("Ali Hassan"), "{kind}");
    }
}

#[test]
fn every_value_on_a_list_is_isolated_on_its_own() {
    let plan = support::html::sample_with_open_controls();
    for kind in [
        ProtocolExport::RoomingGrid,
        ProtocolExport::ArrivalsManifest,
        ProtocolExport::CateringSheets,
        ProtocolExport::DriverSheets,
    ] {
        let values =
            support::html::assert_each_value_isolated(&format!("{kind:?}"), &text(&plan, kind));
        assert!(values >= 10, "{kind:?}: only {values} values found");
    }
}
