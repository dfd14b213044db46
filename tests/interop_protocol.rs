//! The protocol exports: seating charts, place cards, badges and the transport list escape every
//! text from the plan and show own-script names isolated with `dir="auto"`; the rooming list is a
//! CSV a spreadsheet reads back; `--event` picks one event and refuses one that does not fit.

mod support;

use std::sync::Arc;

use attache::app::{SAMPLE_PLAN, sample_plan};
use attache::interop::protocol::{ProtocolExport, ProtocolExportError, export};
use attache::model::{EventKind, Plan};
use support::command_line::attache;

const SCRIPT: &str = "<script>alert(1)</script>";

fn text(plan: &Plan, kind: ProtocolExport) -> String {
    String::from_utf8(export(plan, kind, None).unwrap()).unwrap()
}

/// The sample with its head of delegation renamed to something that is also markup.
fn hostile_sample() -> Plan {
    let mut plan = sample_plan();
    let head = Arc::make_mut(&mut plan.people[0]);
    head.name = SCRIPT.into();
    head.dietary_needs = "<b>Halal</b>".into();
    plan
}

#[test]
fn printed_exports_escape_names_and_isolate_arabic() {
    let plan = hostile_sample();
    for kind in [
        ProtocolExport::SeatingChart,
        ProtocolExport::PlaceCards,
        ProtocolExport::TransportList,
        ProtocolExport::Badges,
    ] {
        let html = text(&plan, kind);
        assert!(!html.contains(SCRIPT), "{kind:?} escapes names");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{kind:?}"
        );
        assert!(
            html.contains(
                r#"<bdi class="native" dir="auto" lang="ar">رئيس الوفد، وكيل وزارة الاتصالات</bdi>"#
            ),
            "{kind:?} shows the head's Arabic name isolated"
        );
    }
}

#[test]
fn the_seating_chart_shows_each_seat_with_dietary_needs_and_interpreters() {
    let plan = hostile_sample();
    let html = text(&plan, ProtocolExport::SeatingChart);
    assert!(html.contains("Welcome dinner hosted by the Ministry of Foreign Affairs"));
    assert!(html.contains("Head table"));
    assert!(html.contains("Diet: &lt;b&gt;Halal&lt;/b&gt;"));
    assert!(html.contains("Interpreter behind: Arabic–English interpreter"));
    // Every seat of the dinner has its row, numbered.
    let dinner = plan
        .events
        .iter()
        .find(|e| e.title.starts_with("Welcome dinner"))
        .unwrap();
    let seats: usize = dinner.tables.iter().map(|t| t.seats.len()).sum();
    assert_eq!(html.matches(r#"<td class="seat">"#).count(), seats);
}

#[test]
fn a_place_card_has_two_faces_for_each_seated_guest() {
    let plan = sample_plan();
    let html = text(&plan, ProtocolExport::PlaceCards);
    let dinner = plan
        .events
        .iter()
        .find(|e| e.title.starts_with("Welcome dinner"))
        .unwrap();
    let guests = dinner
        .seated()
        .filter(|id| plan.people.iter().any(|p| p.id == *id))
        .count();
    assert_eq!(html.matches(r#"<div class="card">"#).count(), guests);
    assert_eq!(html.matches(r#"class="face back""#).count(), guests);
    assert!(html.contains("size: A4 portrait"));
}

#[test]
fn the_rooming_list_reads_back_one_row_a_guest() {
    let mut plan = sample_plan();
    // A room number a spreadsheet would run as a formula is written harmless.
    for event in &mut plan.events {
        if let EventKind::Stay(stay) = &mut Arc::make_mut(event).kind {
            for room in &mut stay.rooms {
                room.number = "=HYPERLINK(\"x\")".into();
            }
        }
    }
    let bytes = export(&plan, ProtocolExport::RoomingList, None).unwrap();
    let text = std::str::from_utf8(&bytes)
        .unwrap()
        .strip_prefix('\u{feff}')
        .unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "Hotel",
            "Booking reference",
            "Room",
            "Room type",
            "Guest",
            "Name in own script",
            "Sharing with",
            "Arrival",
            "Departure",
            "Nights"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let guests: usize = plan
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Stay(stay) => Some(stay.rooms.iter().map(|r| r.guests.len()).sum::<usize>()),
            _ => None,
        })
        .sum();
    assert_eq!(rows.len(), guests);
    let head = &rows[0];
    assert_eq!(&head[0], "Swissôtel Tallinn");
    assert_eq!(&head[2], "'=HYPERLINK(\"x\")");
    assert_eq!(&head[3], "Suite");
    assert_eq!(&head[5], "رئيس الوفد، وكيل وزارة الاتصالات");
    assert_eq!(
        (&head[7], &head[8], &head[9]),
        ("2027-03-21", "2027-03-28", "7")
    );
    assert!(
        rows.iter().any(|row| !row[6].is_empty()),
        "a shared room names who shares it"
    );
}

#[test]
fn the_transport_list_names_vehicles_drivers_and_passengers() {
    let plan = sample_plan();
    let html = text(&plan, ProtocolExport::TransportList);
    for vehicle in &plan.visit.vehicles {
        assert!(html.contains(&vehicle.driver), "{}", vehicle.driver);
        assert!(html.contains(&vehicle.driver_phone));
    }
    assert!(html.contains("Tallinn Airport"));
    assert!(html.contains("3 of 3 seats"));
}

#[test]
fn an_event_that_does_not_fit_the_export_is_refused() {
    let plan = sample_plan();
    let opening = plan
        .events
        .iter()
        .find(|e| e.title.starts_with("Opening meeting"))
        .unwrap();
    assert_eq!(
        export(&plan, ProtocolExport::SeatingChart, Some(opening.id)),
        Err(ProtocolExportError::NotApplicable {
            title: opening.title.clone(),
            what: "a meal or ceremony",
            which: "one with tables",
        })
    );
    let badges =
        String::from_utf8(export(&plan, ProtocolExport::Badges, Some(opening.id)).unwrap())
            .unwrap();
    assert_eq!(
        badges.matches(r#"<div class="badge">"#).count(),
        opening.people().count()
    );
}

#[test]
fn the_command_line_writes_each_protocol_export() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("plan.ron"), SAMPLE_PLAN).unwrap();
    let plan = sample_plan();
    let dinner = plan
        .events
        .iter()
        .find(|e| e.title.starts_with("Welcome dinner"))
        .unwrap();
    for (kind, out) in [
        ("seating", "seating.html"),
        ("place-cards", "cards.html"),
        ("rooming", "rooming.csv"),
        ("transport", "transport.html"),
        ("badges", "badges.html"),
    ] {
        attache(folder.path())
            .args(["export", kind, "plan.ron", "-o", out])
            .assert()
            .success();
        assert!(
            !std::fs::read(folder.path().join(out)).unwrap().is_empty(),
            "{kind}"
        );
    }
    attache(folder.path())
        .args([
            "export",
            "seating",
            "plan.ron",
            "-o",
            "one.html",
            "--event",
            &dinner.id.to_string(),
        ])
        .assert()
        .success();
    attache(folder.path())
        .args([
            "export",
            "seating",
            "plan.ron",
            "-o",
            "bad.html",
            "--event",
            "not-an-id",
        ])
        .assert()
        .code(2)
        .stderr("plan.ron: error: “not-an-id” is not an event id (16 hexadecimal digits)\n");
    attache(folder.path())
        .args([
            "export",
            "ics",
            "plan.ron",
            "-o",
            "bad.ics",
            "--event",
            &dinner.id.to_string(),
        ])
        .assert()
        .code(2);
    assert!(!folder.path().join("bad.html").exists() && !folder.path().join("bad.ics").exists());
    // Exports go through the one write layer: never over the plan itself.
    attache(folder.path())
        .args(["export", "badges", "plan.ron", "-o", "plan.ron"])
        .assert()
        .code(2);
    assert_eq!(
        std::fs::read_to_string(folder.path().join("plan.ron")).unwrap(),
        SAMPLE_PLAN
    );
}
