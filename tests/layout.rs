//! How the views share the window, through egui_kittest: a list and its editor keep their
//! proportions whatever the editor holds, the divider between them stays where the planner put
//! it, and toolbars wrap by whole groups in a narrow window.

mod support;

use std::sync::Arc;

use attache::app::{AttacheApp, Settings, View};
use attache::model::{
    ContactEntry, ContactKind, Event, EventKind, LocalTime, Person, Plan, Side, Topic,
};
use attache::window::Window;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::civil::date;
use support::{NoDialogs, click, english_settings, harness_sized, type_into};

const TALLINN: &str = "Europe/Tallinn";
const DIVIDER_LABEL: &str = "Divider between the list and the editor";

/// A visit with one long-titled meeting, people whose names and positions are long, and a topic.
fn visit() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), TALLINN);
    plan.visit.title = "Study visit to Estonia".into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan.visit.last_day = date(2027, 3, 28);
    for (name, side) in [
        ("Abdulrahman Mohammed Hassan Al-Jubouri", Side::Visiting),
        ("Mustafa Abdulkareem Jasim Al-Khafaji", Side::Visiting),
        ("Tõnis Tamm-Kõrvemaa-Vanaõue", Side::Host),
    ] {
        let mut person = Person::new(name);
        person.side = side;
        person.position = "Deputy Director General for Digital Transformation Programmes".into();
        plan.people.push(Arc::new(person));
    }
    plan.topics.push(Arc::new(Topic::new(
        "Interoperability of government information systems (X-Road)",
    )));
    let day = date(2027, 3, 22);
    let at = |hour| LocalTime::new(day.at(hour, 0, 0, 0), TALLINN);
    plan.events.push(Arc::new(Event::new(
        EventKind::Meeting,
        "Working meeting on the national data exchange layer",
        at(10),
        at(11),
    )));
    plan
}

fn window_on(
    settings: Settings,
    plan: Plan,
    view: View,
    width: f32,
    height: f32,
) -> Harness<'static, Window> {
    let mut app = AttacheApp::new(settings, None, Box::new(NoDialogs));
    app.document = attache::app::Document::new(plan, None);
    app.settings.view = view;
    harness_sized(app, width, height)
}

fn open_the_meeting(harness: &mut Harness<'_, Window>) {
    harness
        .get_by_label_contains("Working meeting on the national data exchange layer,")
        .click();
    harness.run();
}

/// Where the editor begins: the divider's middle.
fn divider_x(harness: &Harness<'_, Window>) -> f32 {
    harness.get_by_label(DIVIDER_LABEL).rect().center().x
}

/// Types `query` into the picker labelled `field` and clicks the suggestion `name`.
fn pick(harness: &mut Harness<'_, Window>, field: &str, query: &str, name: &str) {
    type_into(harness, field, query);
    click(harness, name);
}

#[test]
fn the_event_editor_keeps_its_width_whatever_its_pickers_hold() {
    let mut harness = window_on(english_settings(), visit(), View::Itinerary, 1280.0, 800.0);
    open_the_meeting(&mut harness);
    let before = divider_x(&harness);
    // The agenda keeps more than half the view.
    let agenda_row = harness
        .get_by_label_contains("Working meeting on the national data exchange layer,")
        .rect();
    assert!(
        agenda_row.width() > 1280.0 - before,
        "the agenda ({agenda_row:?}) is narrower than the editor (from x = {before})"
    );

    // Suggestions are listed while typing; each one, long as it is, stays inside the editor.
    type_into(&mut harness, "Participants", "abdul");
    assert_eq!(divider_x(&harness), before);
    click(&mut harness, "Abdulrahman Mohammed Hassan Al-Jubouri");
    pick(
        &mut harness,
        "Participants",
        "mustafa",
        "Mustafa Abdulkareem Jasim Al-Khafaji",
    );
    pick(
        &mut harness,
        "Hosts",
        "tonis",
        "Tõnis Tamm-Kõrvemaa-Vanaõue",
    );
    pick(
        &mut harness,
        "Topics",
        "x-road",
        "Interoperability of government information systems (X-Road)",
    );
    let event = harness.state().app.document.plan().events[0].clone();
    assert_eq!(
        (
            event.participants.len(),
            event.hosts.len(),
            event.topics.len()
        ),
        (2, 1, 1)
    );
    assert_eq!(divider_x(&harness), before);
    let agenda_row_after = harness
        .get_by_label_contains("Working meeting on the national data exchange layer,")
        .rect();
    assert_eq!(agenda_row_after.width(), agenda_row.width());

    // And so after closing and reopening the editor.
    click(&mut harness, "Close");
    open_the_meeting(&mut harness);
    assert_eq!(divider_x(&harness), before);
}

#[test]
fn a_dragged_divider_stays_where_it_was_put_after_reopening_and_a_restart() {
    let mut harness = window_on(english_settings(), visit(), View::Itinerary, 1280.0, 800.0);
    open_the_meeting(&mut harness);
    let from = harness.get_by_label(DIVIDER_LABEL).rect().center();
    let to = egui::pos2(from.x - 120.0, from.y);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    harness.hover_at(egui::pos2(from.x - 60.0, from.y));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    let dragged = divider_x(&harness);
    assert!(
        (dragged - to.x).abs() < 2.0,
        "the divider follows the pointer to {to:?}: at {dragged}"
    );

    click(&mut harness, "Close");
    assert!(harness.query_by_label(DIVIDER_LABEL).is_none());
    open_the_meeting(&mut harness);
    assert_eq!(divider_x(&harness), dragged);

    // The settings are written to eframe's storage as RON and read at the next start.
    let stored = ron::to_string(&harness.state().app.settings).unwrap();
    let restored: Settings = ron::from_str(&stored).unwrap();
    let mut restarted = window_on(restored, visit(), View::Itinerary, 1280.0, 800.0);
    open_the_meeting(&mut restarted);
    assert_eq!(divider_x(&restarted), dragged);
}

#[test]
fn a_narrow_window_keeps_the_two_clocks_on_one_row() {
    let harness = window_on(english_settings(), visit(), View::Itinerary, 700.0, 500.0);
    let host = harness.get_by_label("Tallinn (host)").rect();
    let home = harness.get_by_label("Baghdad (home)").rect();
    assert_eq!(host.top(), home.top(), "{host:?} and {home:?}");
    // The groups that follow went to the next row rather than past the window's edge.
    for button in ["First day", "Today", "New event"] {
        let rect = harness.get_by_label(button).rect();
        assert!(rect.right() <= 700.0, "{button} at {rect:?}");
    }
}

#[test]
fn a_narrow_editor_keeps_its_fields_inside_it() {
    let mut harness = window_on(english_settings(), visit(), View::Itinerary, 700.0, 500.0);
    open_the_meeting(&mut harness);
    // The date, time and zone of a moment make a row wider than the editor; the text fields
    // below them still end, frame and all, before the window's edge.
    let editor_left = divider_x(&harness);
    for field in ["Title", "Location"] {
        let rect = harness.get_by_label(field).rect();
        assert!(rect.left() > editor_left, "{field} at {rect:?}");
        assert!(
            rect.right() <= 700.0 - 8.0,
            "{field} ends at {}",
            rect.right()
        );
    }
}

#[test]
fn a_cut_website_shows_whole_in_one_tooltip() {
    let website = "https://www.ria.ee/en/state-information-system/data-exchange-platforms/\
                   x-road-and-the-information-system-authority";
    let mut plan = visit();
    let mut authority = attache::model::Organisation::new("Information System Authority");
    authority.website = website.into();
    plan.organisations.push(Arc::new(authority));
    let mut harness = window_on(english_settings(), plan, View::Organisations, 1280.0, 800.0);

    let showing_whole = |harness: &Harness<'_, Window>| {
        harness
            .query_all(egui_kittest::kittest::by().predicate(|node| {
                node.value().as_deref() == Some(website) || node.label().as_deref() == Some(website)
            }))
            .count()
    };
    // The address, some 700 points long written out, is cut to its column.
    let cell = harness.get_by_value(website);
    assert!(cell.rect().width() < 400.0, "{:?}", cell.rect());
    assert_eq!(showing_whole(&harness), 1, "only the cell itself");
    cell.hover();
    harness.run();
    assert_eq!(
        showing_whole(&harness),
        2,
        "the cell and one tooltip that shows the whole address"
    );
}

#[test]
fn on_a_wide_screen_the_names_column_takes_the_room_left() {
    let long =
        "Government Chief Information Officer, Ministry of Economic Affairs and Communications";
    let mut plan = visit();
    plan.people.push(Arc::new(Person::new(long)));
    for (width, whole) in [(1280.0, false), (2500.0, true)] {
        let harness = window_on(english_settings(), plan.clone(), View::People, width, 900.0);
        let name = harness.get_by_label(long).rect();
        // 280 points is the column's usual width: a wide window widens it to fit the name.
        assert_eq!(name.width() > 280.0, whole, "{width}: {name:?}");
    }
}

#[test]
fn date_fields_write_the_weekday_with_the_date() {
    let harness = window_on(english_settings(), visit(), View::Overview, 1280.0, 800.0);
    // The visit's first and last day, as a planner reads them.
    for (field, day) in [
        ("First day", "Sun 21 Mar 2027"),
        ("Last day", "Sun 28 Mar 2027"),
    ] {
        let found = harness.get_by_role_and_label(egui::accesskit::Role::Button, field);
        assert_eq!(found.value().as_deref(), Some(day));
    }
}

#[test]
fn a_moment_that_wraps_in_a_narrow_editor_pushes_the_rows_below_it_down() {
    for width in [700.0, 1280.0] {
        let mut harness = window_on(english_settings(), visit(), View::Itinerary, width, 800.0);
        open_the_meeting(&mut harness);
        let zone = harness.get_by_label("End zone").rect();
        let length = harness.get_by_label_contains("Lasts 1 h").rect();
        assert!(
            length.top() >= zone.bottom(),
            "at {width}: the length {length:?} overlaps the end's zone {zone:?}"
        );
    }
}

/// Whether two rectangles share more than their edges.
fn overlap(a: egui::Rect, b: egui::Rect) -> bool {
    a.intersects(b) && a.intersect(b).area() > 0.0
}

/// The editor's panel: from the divider to the window's right edge.
fn editor_panel(harness: &Harness<'_, Window>, width: f32, height: f32) -> egui::Rect {
    egui::Rect::from_min_max(
        egui::pos2(divider_x(harness), 0.0),
        egui::pos2(width, height),
    )
}

#[test]
fn the_add_buttons_of_emails_and_phones_keep_clear_of_the_rows_above_them() {
    let mut plan = visit();
    let person = Arc::make_mut(&mut plan.people[0]);
    person.emails = vec![ContactEntry::new(
        "a.aljubouri@mot.gov.iq",
        ContactKind::Work,
    )];
    person.phones = vec![ContactEntry::new("+964 770 555 0101", ContactKind::Mobile)];
    let mut harness = window_on(english_settings(), plan, View::People, 1280.0, 800.0);
    click(&mut harness, "Abdulrahman Mohammed Hassan Al-Jubouri");
    let panel = editor_panel(&harness, 1280.0, 800.0);
    let controls = [
        "Email 1",
        "Email 1 kind",
        "Email 1 preferred",
        "Remove email 1",
        "Add email",
        "Phone 1",
        "Phone 1 kind",
        "Phone 1 preferred",
        "Remove phone 1",
        "Add phone",
    ];
    let rects: Vec<_> = controls
        .iter()
        .map(|label| (*label, harness.get_by_label(label).rect()))
        .collect();
    for (label, rect) in &rects {
        assert!(
            panel.contains_rect(*rect),
            "{label} at {rect:?} outside {panel:?}"
        );
    }
    for (i, (a, rect_a)) in rects.iter().enumerate() {
        for (b, rect_b) in &rects[i + 1..] {
            assert!(
                !overlap(*rect_a, *rect_b),
                "{a} {rect_a:?} overlaps {b} {rect_b:?}"
            );
        }
    }
}

#[test]
fn a_road_legs_vehicle_remove_button_stays_inside_the_editor() {
    for (width, height) in [(1280.0, 800.0), (700.0, 500.0)] {
        let mut harness = window_on(
            english_settings(),
            attache::app::sample_plan(),
            View::Itinerary,
            width,
            height,
        );
        harness
            .get_by_label_contains("Welcome at the airport and transfer to the hotel,")
            .click();
        harness.run();
        let panel = editor_panel(&harness, width, height);
        // The fields end where the editor's content does, its scroll bar beside it.
        let edge = harness.get_by_label("Title").rect().right() + 8.0;
        for control in ["Vehicle 1", "Remove vehicle 1 from this leg"] {
            let rect = harness.get_by_label(control).rect();
            assert!(
                rect.left() >= panel.left() && rect.right() <= edge,
                "at {width}: {control} at {rect:?} past the editor's edge at {edge}"
            );
        }
    }
}

#[test]
fn a_narrow_event_editor_leaves_its_fields_a_usable_width() {
    let mut harness = window_on(english_settings(), visit(), View::Itinerary, 700.0, 500.0);
    open_the_meeting(&mut harness);
    let panel = editor_panel(&harness, 700.0, 500.0);
    for field in [
        "Title",
        "Location",
        "Participants",
        "Hosts",
        "Topics",
        "Notes",
    ] {
        let rect = harness.get_by_label(field).rect();
        assert!(
            rect.width() >= 160.0 && across(panel, rect),
            "{field} at {rect:?}, {} wide, in the editor {panel:?}",
            rect.width()
        );
    }
}

/// Whether `rect` lies between the panel's left and right edges (above or below the part
/// scrolled into sight does not matter).
fn across(panel: egui::Rect, rect: egui::Rect) -> bool {
    rect.left() >= panel.left() && rect.right() <= panel.right()
}
