//! The protocol exports: seating charts, place cards, badges and the transport list escape every
//! text from the plan and isolate each value (own-script names with `dir="auto"`), give a title
//! with the form of address above the name, never before it; place cards fold at the middle of
//! the sheet and badges hold a long name inside their cut line; the rooming list is a CSV a
//! spreadsheet reads back; `--event` picks one event and refuses one that does not fit.

mod support;

use std::sync::Arc;

use attache::app::{SAMPLE_PLAN, sample_plan};
use attache::interop::protocol::{ProtocolExport, ProtocolExportError, export};
use attache::model::{EventKind, Plan};
use support::command_line::attache;
use support::html::{self, Element, css_rule, css_value, millimetres};

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
    assert!(html.contains("Diet: <bdi>&lt;b&gt;Halal&lt;/b&gt;</bdi>"));
    assert!(html.contains(
        "Interpreter behind: <bdi>Arabic–English interpreter, Ministry of Communications</bdi>"
    ));
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
            "Form of address",
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
    // The title stands with the form of address, not before a name that is a role.
    assert_eq!(&head[4], "His Excellency Dr");
    assert_eq!(&head[5], "Head of delegation, Ministry of Communications");
    assert_eq!(&head[6], "رئيس الوفد، وكيل وزارة الاتصالات");
    assert_eq!(
        (&head[8], &head[9], &head[10]),
        ("2027-03-21", "2027-03-28", "7")
    );
    let sharing: Vec<&str> = rows
        .iter()
        .map(|row| &row[7])
        .filter(|sharing| !sharing.is_empty())
        .collect();
    assert!(!sharing.is_empty(), "a shared room names who shares it");
    assert!(
        !sharing
            .iter()
            .any(|names| names.contains("Dr ") || names.contains("Excellency")),
        "who shares is named by name alone: {sharing:?}"
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

const PRINTED: [ProtocolExport; 4] = [
    ProtocolExport::SeatingChart,
    ProtocolExport::PlaceCards,
    ProtocolExport::TransportList,
    ProtocolExport::Badges,
];

#[test]
fn every_value_on_a_printout_is_isolated_on_its_own() {
    let plan = html::sample_with_open_controls();
    for kind in PRINTED {
        let values = html::assert_each_value_isolated(&format!("{kind:?}"), &text(&plan, kind));
        assert!(values >= 10, "{kind:?}: only {values} values found");
    }
}

/// The element children of every element of `page`, side by side.
fn neighbours(page: &Element) -> Vec<(&Element, &Element)> {
    page.descendants()
        .into_iter()
        .flat_map(|parent| {
            let children: Vec<&Element> = parent.elements().collect();
            children
                .windows(2)
                .map(|pair| (pair[0], pair[1]))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn a_title_stands_with_the_form_of_address_on_every_printout() {
    // The sample's head of delegation is named by role: "Head of delegation, Ministry of
    // Communications", His Excellency, Dr.
    let plan = sample_plan();
    for kind in PRINTED {
        let page = html::parse(&text(&plan, kind));
        let body = page.all("body")[0];
        assert!(
            !body.text().contains("Dr Head of delegation"),
            "{kind:?} glues the title before the name"
        );
        let heads: Vec<_> = neighbours(body)
            .into_iter()
            .filter(|(_, name)| {
                name.has_class("name")
                    && name.text() == "Head of delegation, Ministry of Communications"
            })
            .collect();
        assert!(!heads.is_empty(), "{kind:?} names the head");
        for (above, _) in heads {
            assert!(above.has_class("address-form"), "{kind:?}: {above:?}");
            assert_eq!(above.text(), "His Excellency Dr", "{kind:?}");
        }
    }
}

#[test]
fn a_place_card_folds_at_the_middle_of_the_sheet_inside_printable_margins() {
    let page = html::parse(&text(&sample_plan(), ProtocolExport::PlaceCards));
    let style = page.all("style")[0].text();
    let sheet = css_rule(&style, "@page");
    assert_eq!(css_value(sheet, "size"), Some("A4 portrait"));
    // One margin all round, wide enough for any printer.
    let margin = millimetres(css_value(sheet, "margin").unwrap());
    assert!(margin >= 5.0, "{margin} mm");
    let face = millimetres(css_value(css_rule(&style, ".face"), "height").unwrap());
    let card = millimetres(css_value(css_rule(&style, ".card"), "height").unwrap());
    assert_eq!(card, 2.0 * face);
    assert_eq!(margin + face, 297.0 / 2.0, "the fold is at the middle");
    // The fold is drawn on the lower face, which is not turned; the upper one is, to read upright
    // from across the table.
    let front = css_rule(&style, ".face.front");
    let back = css_rule(&style, ".face.back");
    assert!(css_value(front, "border-top").is_some() && css_value(front, "transform").is_none());
    assert_eq!(css_value(back, "transform"), Some("rotate(180deg)"));
    assert!(!back.contains("border"));
    let cards = page.with_class("card");
    assert!(!cards.is_empty());
    for card in cards {
        let faces: Vec<_> = card
            .elements()
            .map(|face| face.attribute("class").unwrap())
            .collect();
        assert_eq!(faces, ["face back", "face front"]);
    }
}

#[test]
fn a_long_name_and_its_arabic_form_fit_inside_the_badge() {
    let mut plan = sample_plan();
    let head = Arc::make_mut(&mut plan.people[0]);
    head.name = "Abdulrahman Mohammed Jaafar Al-Hashimi ".repeat(6);
    head.native_name = "عبد الرحمن محمد جعفر الهاشمي ".repeat(6);
    let head = plan.people[0].clone();
    let page = html::parse(&text(&plan, ProtocolExport::Badges));
    let badge = page.with_class("badge")[0];
    let name = badge.with_class("name")[0];
    let own_script = badge.with_class("own-script")[0];
    // Printed whole, in the smallest type, and clamped to the lines the badge has room for.
    for (line, whole) in [(name, &head.name), (own_script, &head.native_name)] {
        assert!(line.has_class("longest"), "{line:?}");
        assert_eq!(line.text(), whole.trim());
    }
    let style = page.all("style")[0].text();
    // The badge is its cut line: nothing inside runs over it.
    let outline = css_rule(&style, ".badge");
    assert_eq!(css_value(outline, "overflow"), Some("hidden"));
    assert_eq!(css_value(outline, "box-sizing"), Some("border-box"));
    let height = millimetres(css_value(outline, "height").unwrap());
    let padding = millimetres(css_value(outline, "padding").unwrap());
    let gap = millimetres(css_value(outline, "gap").unwrap());
    let lines = css_rule(&style, ".badge > div");
    assert_eq!(css_value(lines, "overflow-wrap"), Some("anywhere"));
    // Each line of the badge is clamped; together, at their tallest, they fit.
    let rules = [
        ".badge .address-form",
        ".badge .name.longest",
        ".badge .own-script.longest",
        ".badge .organisation",
        ".badge .side",
    ];
    let tallest: f64 = rules
        .iter()
        .map(|selector| {
            let rule = css_rule(&style, selector);
            assert!(
                css_value(rule, "-webkit-line-clamp").is_some(),
                "{selector}"
            );
            millimetres(css_value(rule, "max-height").unwrap())
        })
        .sum::<f64>()
        + gap * (rules.len() - 1) as f64;
    assert!(tallest <= height - 2.0 * padding, "{tallest} mm");
    let short = css_rule(&style, ".badge .name.short");
    let longest = css_rule(&style, ".badge .name.longest");
    let points = |rule| {
        css_value(rule, "font-size")
            .unwrap()
            .trim_end_matches("pt")
            .parse::<f64>()
            .unwrap()
    };
    assert!(
        points(longest) < points(short),
        "a long name gets smaller type"
    );
}
