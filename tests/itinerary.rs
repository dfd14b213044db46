//! The itinerary as a planner uses it, through egui_kittest by accessible labels: creating events
//! by typing, a flight that departs in one zone and lands in another, the DST change days of
//! Europe/Tallinn, the two clocks side by side, refusing an end before the start, undoable
//! delete / duplicate / move, filters, pickers and the timeline.

mod support;

use std::sync::Arc;

use attache::app::View;
use attache::model::label::LABEL_CHARACTERS;
use attache::model::limits::SHORT_TEXT_CHARACTERS;
use attache::model::{
    Event, EventKind, EventStatus, LocalTime, Organisation, Person, Plan, Side, TravelLeg,
};
use attache::window::Window;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use jiff::civil::{Date, date};
use support::{
    app_showing, click, harness_sized, plan_of, retype, text_shown_containing as shows, type_into,
};

const TALLINN: &str = "Europe/Tallinn";
const BAGHDAD: &str = "Asia/Baghdad";

/// A visit to Tallinn from Baghdad, `first` to `last`, with two people and no events yet.
fn visit(first: Date, last: Date) -> Plan {
    let mut plan = Plan::empty(first, TALLINN);
    plan.visit.title = "Study visit to Estonia".into();
    plan.visit.home_zone = BAGHDAD.into();
    plan.visit.last_day = last;
    let mut head = Person::new("Ali Hassan");
    head.side = Side::Visiting;
    let mut host = Person::new("Tõnis Tamm");
    host.side = Side::Host;
    plan.people.push(Arc::new(head));
    plan.people.push(Arc::new(host));
    plan
}

fn march_visit() -> Plan {
    visit(date(2027, 3, 21), date(2027, 3, 28))
}

fn tallinn(day: Date, hour: i8, minute: i8) -> LocalTime {
    LocalTime::new(day.at(hour, minute, 0, 0), TALLINN)
}

fn meeting(title: &str, start: LocalTime, end: LocalTime) -> Event {
    let mut event = Event::new(EventKind::Meeting, title, start, end);
    event.status = EventStatus::Confirmed;
    event
}

fn with_events(mut plan: Plan, events: impl IntoIterator<Item = Event>) -> Plan {
    plan.events.extend(events.into_iter().map(Arc::new));
    plan
}

/// The window on the itinerary of `plan`.
fn itinerary(plan: Plan) -> Harness<'static, Window> {
    let mut window = Window::new(app_showing(plan, View::Itinerary));
    // Fix "now" in the first week of the March visit, so "today" is stable.
    window
        .views
        .itinerary
        .set_now("2027-03-22T08:00:00Z".parse().unwrap());
    harness_sized(window, 1400.0, 900.0)
}

/// The window on a March visit with one confirmed meeting, `title`, on `day` from `from` to `to`
/// o'clock in Tallinn, open in the editor.
fn editing_a_meeting(title: &str, day: Date, from: i8, to: i8) -> Harness<'static, Window> {
    let plan = with_events(
        march_visit(),
        [meeting(title, tallinn(day, from, 0), tallinn(day, to, 0))],
    );
    let mut harness = itinerary(plan);
    harness.get_by_label_contains(&format!("{title},")).click();
    harness.run();
    harness
}

/// The accessible label of the agenda row of the event titled `title`.
fn agenda_row(harness: &Harness<'_, Window>, title: &str) -> String {
    let prefix = format!("{title}, ");
    let rows: Vec<String> = harness
        .query_all(by().predicate(|node| {
            node.role() == egui::accesskit::Role::Button
                && node.label().is_some_and(|label| label.starts_with(&prefix))
        }))
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(rows.len(), 1, "one row for {title:?}: {rows:?}");
    rows[0].clone()
}

/// Picks `zone` for the field named `field` ("Departure zone") by searching for `query`.
fn pick_zone(harness: &mut Harness<'_, Window>, field: &str, query: &str, zone: &str) {
    click(harness, field);
    let search = format!("Search time zones for the {}", field.to_lowercase());
    harness.get_by_label(&search).type_text(query);
    harness.run();
    harness.get_by_label_contains(zone).click();
    harness.run();
}

fn only_event(harness: &Harness<'_, Window>) -> Event {
    let plan = plan_of(harness);
    assert_eq!(plan.events.len(), 1);
    (*plan.events[0]).clone()
}

#[test]
fn a_meeting_is_created_by_typing() {
    let mut harness = itinerary(march_visit());
    click(&mut harness, "New event");
    // The cursor is already in the title.
    harness
        .get_by_label("Title")
        .type_text("Meeting with the Government CIO");
    harness.run();
    retype(&mut harness, "Start time", "10:00");
    retype(&mut harness, "End time", "11:30");

    let event = only_event(&harness);
    assert_eq!(event.title, "Meeting with the Government CIO");
    assert_eq!(event.kind, EventKind::Meeting);
    assert_eq!(event.start, tallinn(date(2027, 3, 21), 10, 0));
    assert_eq!(event.end, tallinn(date(2027, 3, 21), 11, 30));

    let row = agenda_row(&harness, "Meeting with the Government CIO");
    assert!(
        row.contains("10:00–11:30 Tallinn · 11:00–12:30 Baghdad"),
        "{row}"
    );
    assert!(shows(&harness, "Lasts 1 h 30 min"));

    // Undo takes back the end, the start, the title, then the event itself.
    for _ in 0..4 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert!(plan_of(&harness).events.is_empty());
}

#[test]
fn a_flight_departs_in_baghdad_and_lands_in_tallinn() {
    let mut harness = itinerary(march_visit());
    click(&mut harness, "New event");
    click(&mut harness, "Kind");
    click(&mut harness, "Travel");
    harness.get_by_label("Title").click();
    harness.run();
    harness
        .get_by_label("Title")
        .type_text("Flight Baghdad – Tallinn");
    harness.run();
    harness.get_by_label("From").click();
    harness.run();
    harness.get_by_label("From").type_text("Baghdad (BGW)");
    harness.run();
    harness.get_by_label("To").click();
    harness.run();
    harness.get_by_label("To").type_text("Tallinn (TLL)");
    harness.run();
    pick_zone(&mut harness, "Departure zone", "baghdad", "Asia/Baghdad");
    retype(&mut harness, "Departure time", "03:10");
    retype(&mut harness, "Arrival time", "08:25");

    let flight = only_event(&harness);
    assert!(matches!(flight.kind, EventKind::Travel(TravelLeg { .. })));
    assert_eq!(
        flight.start,
        LocalTime::new(date(2027, 3, 21).at(3, 10, 0, 0), BAGHDAD)
    );
    assert_eq!(flight.end, tallinn(date(2027, 3, 21), 8, 25));

    // Both local times, and the times on both clocks (Baghdad is an hour ahead in March).
    let row = agenda_row(&harness, "Flight Baghdad – Tallinn");
    assert!(
        row.contains("dep 03:10 Baghdad → arr 08:25 Tallinn"),
        "{row}"
    );
    assert!(
        row.contains("02:10–08:25 Tallinn · 03:10–09:25 Baghdad"),
        "{row}"
    );
    assert!(shows(
        &harness,
        "Lasts 6 h 15 min, from Baghdad to Tallinn time"
    ));
    assert!(shows(
        &harness,
        "Arrival in Tallinn: clocks 1 h behind Baghdad (UTC+3 → UTC+2)"
    ));
}

#[test]
fn the_spring_dst_change_is_marked_and_a_time_in_its_gap_is_moved_forward() {
    let day = date(2027, 3, 28);
    let plan = with_events(
        march_visit(),
        [meeting(
            "Transfer to the airport",
            tallinn(day, 7, 45),
            tallinn(day, 8, 15),
        )],
    );
    let mut harness = itinerary(plan);
    // The agenda marks the change on the last Sunday of March.
    click(&mut harness, "First day");
    assert!(shows(
        &harness,
        "Clocks go forward 1 h in Tallinn at 03:00 (UTC+2 → UTC+3); Tallinn and Baghdad now read the same"
    ));
    let row = agenda_row(&harness, "Transfer to the airport");
    assert!(
        row.contains("07:45–08:15 Tallinn · same in Baghdad"),
        "{row}"
    );

    // 03:30 does not happen that night: the start moves to 04:30 and the planner is told.
    harness
        .get_by_label_contains("Transfer to the airport,")
        .click();
    harness.run();
    retype(&mut harness, "Start time", "03:30");
    let event = only_event(&harness);
    assert_eq!(event.start, tallinn(day, 4, 30));
    assert_eq!(event.end, tallinn(day, 5, 0), "it still lasts half an hour");
    assert!(shows(
        &harness,
        "There is no 03:30 in Tallinn on Sun 28 Mar 2027: the clocks go forward from 03:00 to 04:00. The start is set to 04:30 (UTC+3)."
    ));
}

#[test]
fn the_autumn_dst_change_is_marked_and_a_time_in_its_fold_is_explained() {
    let day = date(2027, 10, 31);
    let plan = with_events(
        visit(date(2027, 10, 30), date(2027, 11, 1)),
        [meeting(
            "Night call",
            tallinn(day, 2, 0),
            tallinn(day, 2, 30),
        )],
    );
    let mut harness = itinerary(plan);
    assert!(shows(
        &harness,
        "Clocks go back 1 h in Tallinn at 04:00 (UTC+3 → UTC+2); Baghdad is now 1 h ahead of Tallinn"
    ));
    harness.get_by_label_contains("Night call,").click();
    harness.run();
    retype(&mut harness, "Start time", "03:30");
    let event = only_event(&harness);
    assert_eq!(event.start, tallinn(day, 3, 30), "the time is kept");
    assert_eq!(event.end, tallinn(day, 4, 0));
    assert!(shows(
        &harness,
        "03:30 happens twice in Tallinn on Sun 31 Oct 2027: the clocks go back from 04:00 to 03:00. Attaché takes the first 03:30 (UTC+3); the second comes 1 h later (UTC+2)."
    ));
}

#[test]
fn two_clocks_in_winter_one_in_summer_and_the_home_clock_on_request() {
    let winter = with_events(
        march_visit(),
        [meeting(
            "Opening meeting",
            tallinn(date(2027, 3, 22), 10, 0),
            tallinn(date(2027, 3, 22), 11, 0),
        )],
    );
    let mut harness = itinerary(winter);
    let row = agenda_row(&harness, "Opening meeting");
    assert!(
        row.contains("10:00–11:00 Tallinn · 11:00–12:00 Baghdad"),
        "{row}"
    );
    click(&mut harness, "Baghdad (home)");
    let row = agenda_row(&harness, "Opening meeting");
    assert!(
        row.contains("11:00–12:00 Baghdad · 10:00–11:00 Tallinn"),
        "{row}"
    );

    let summer = with_events(
        visit(date(2027, 7, 12), date(2027, 7, 16)),
        [meeting(
            "Opening meeting",
            tallinn(date(2027, 7, 13), 10, 0),
            tallinn(date(2027, 7, 13), 11, 0),
        )],
    );
    let harness = itinerary(summer);
    let row = agenda_row(&harness, "Opening meeting");
    assert!(
        row.contains("10:00–11:00 Tallinn · same in Baghdad"),
        "{row}"
    );
    assert!(!row.contains("11:00–12:00"), "{row}");
}

#[test]
fn an_end_before_the_start_is_refused_with_a_reason() {
    let day = date(2027, 3, 22);
    let mut harness = editing_a_meeting("Briefing", day, 10, 11);
    retype(&mut harness, "End time", "09:00");
    assert!(shows(
        &harness,
        "The end, Mon 22 Mar 09:00 in Tallinn, would come before the start, Mon 22 Mar 10:00 in Tallinn: the change was not made."
    ));
    assert_eq!(only_event(&harness).end, tallinn(day, 11, 0), "unchanged");
    assert!(!harness.state().app.document.is_dirty());

    // A later end is taken, and the message goes.
    retype(&mut harness, "End time", "12:00");
    assert_eq!(only_event(&harness).end, tallinn(day, 12, 0));
    assert!(!shows(&harness, "would come before the start"));
}

#[test]
fn delete_duplicate_and_move_by_a_day_are_undoable() {
    let day = date(2027, 3, 23);
    let mut harness = editing_a_meeting("Site visit", day, 14, 16);

    click(&mut harness, "Day later");
    assert_eq!(
        only_event(&harness).start,
        tallinn(date(2027, 3, 24), 14, 0)
    );
    click(&mut harness, "Day earlier");
    click(&mut harness, "Day earlier");
    assert_eq!(
        only_event(&harness).start,
        tallinn(date(2027, 3, 22), 14, 0)
    );

    click(&mut harness, "Duplicate");
    let titles: Vec<String> = plan_of(&harness)
        .events
        .iter()
        .map(|e| e.title.clone())
        .collect();
    assert_eq!(titles, ["Site visit", "Site visit (copy)"]);
    assert_eq!(
        harness.get_by_label("Title").value().unwrap(),
        "Site visit (copy)"
    );

    click(&mut harness, "Delete event…");
    click(&mut harness, "Delete event");
    assert_eq!(plan_of(&harness).events.len(), 1);
    assert!(
        harness.query_by_label("Title").is_none(),
        "the editor closes"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(plan_of(&harness).events.len(), 2, "undo brings it back");
}

#[test]
fn participants_are_picked_by_searching_without_accents() {
    let day = date(2027, 3, 22);
    let mut harness = editing_a_meeting("Working lunch", day, 12, 13);
    harness.get_by_label("Participants").click();
    harness.run();
    harness.get_by_label("Participants").type_text("tonis");
    harness.run();
    click(&mut harness, "Tõnis Tamm");
    let event = only_event(&harness);
    let tonis = plan_of(&harness).people[1].id;
    assert_eq!(event.participants, [tonis]);
    assert!(agenda_row(&harness, "Working lunch").contains("1 participant"));

    click(&mut harness, "Remove Tõnis Tamm from participants");
    assert!(only_event(&harness).participants.is_empty());
}

#[test]
fn the_whole_delegation_or_all_but_one_is_added_in_one_undoable_step() {
    let day = date(2027, 3, 22);
    let mut plan = march_visit();
    for (name, native) in [("Sara Kareem", "سارة كريم"), ("Omar Jaber", "عمر جابر")]
    {
        let mut member = Person::new(name);
        member.native_name = native.into();
        member.side = Side::Visiting;
        plan.people.push(Arc::new(member));
    }
    let ids: Vec<_> = plan.people.iter().map(|p| p.id).collect();
    let (ali, tonis, sara, omar) = (ids[0], ids[1], ids[2], ids[3]);
    let mut lunch = meeting("Working lunch", tallinn(day, 12, 0), tallinn(day, 13, 0));
    // Sara is named already and the host is a participant too: neither is added twice.
    lunch.participants = vec![sara, tonis];
    let mut harness = itinerary(with_events(plan, [lunch]));
    harness.get_by_label_contains("Working lunch,").click();
    harness.run();

    click(&mut harness, "Add the whole delegation");
    assert_eq!(only_event(&harness).participants, [sara, tonis, ali, omar]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        only_event(&harness).participants,
        [sara, tonis],
        "one undo takes the whole delegation back out"
    );

    click(&mut harness, "Add the delegation except…");
    click(&mut harness, "Everyone but Ali Hassan");
    assert_eq!(only_event(&harness).participants, [sara, tonis, omar]);

    click(&mut harness, "Add the whole delegation");
    assert_eq!(only_event(&harness).participants, [sara, tonis, omar, ali]);
    assert!(
        harness
            .get_by_label("Add the whole delegation")
            .accesskit_node()
            .is_disabled(),
        "nothing left to add"
    );
}

#[test]
fn a_long_name_is_shown_by_its_label_and_a_title_stops_at_the_plans_bound() {
    let day = date(2027, 3, 22);
    let mut plan = march_visit();
    let long_name = "عَ".repeat(LABEL_CHARACTERS * 2);
    Arc::make_mut(&mut plan.people[0]).name = long_name.clone();
    let mut lunch = meeting("Working lunch", tallinn(day, 12, 0), tallinn(day, 13, 0));
    lunch.participants.push(plan.people[0].id);
    let mut harness = itinerary(with_events(plan, [lunch]));
    harness.get_by_label_contains("Working lunch,").click();
    harness.run();
    let short = format!("{}…", "عَ".repeat(LABEL_CHARACTERS - 1));
    harness.get_by_label(&format!("Remove {short} from participants"));
    assert!(!shows(&harness, &long_name));

    // Typed or pasted past the bound a plan holds, the title stops there, so the plan opens again.
    harness.get_by_label("Title").click();
    harness.run();
    harness
        .get_by_label("Title")
        .type_text(&"t".repeat(SHORT_TEXT_CHARACTERS + 10));
    harness.run();
    assert_eq!(
        only_event(&harness).title.chars().count(),
        SHORT_TEXT_CHARACTERS
    );
}

#[test]
fn filters_leave_the_events_of_one_person() {
    let day = date(2027, 3, 22);
    let plan = march_visit();
    let ali = plan.people[0].id;
    let mut with_ali = meeting("With Ali", tallinn(day, 9, 0), tallinn(day, 10, 0));
    with_ali.participants.push(ali);
    let without = meeting("Without Ali", tallinn(day, 11, 0), tallinn(day, 12, 0));
    let plan = with_events(plan, [with_ali, without]);
    let mut harness = itinerary(plan);
    assert!(shows(&harness, "Without Ali, "));

    click(&mut harness, "Person");
    harness.get_by_label("Search people").type_text("ali");
    harness.run();
    click(&mut harness, "Ali Hassan");
    assert!(shows(&harness, "With Ali, "));
    assert!(!shows(&harness, "Without Ali, "));
    assert!(shows(&harness, "1 of 2 events"));

    click(&mut harness, "Clear filters");
    assert!(shows(&harness, "Without Ali, "));
}

#[test]
fn all_day_items_are_shown_as_such() {
    let day = date(2027, 3, 24);
    let mut trip = meeting("Day trip to Tartu", tallinn(day, 0, 0), tallinn(day, 0, 0));
    trip.all_day = true;
    let plan = with_events(march_visit(), [trip]);
    let harness = itinerary(plan);
    let row = agenda_row(&harness, "Day trip to Tartu");
    assert!(row.contains("Day trip to Tartu, All day, "), "{row}");
}

#[test]
fn the_timeline_places_overlapping_events_side_by_side_and_opens_them() {
    let day = date(2027, 3, 22);
    let plan = with_events(
        march_visit(),
        [
            meeting("Long meeting", tallinn(day, 9, 0), tallinn(day, 12, 0)),
            meeting("Short call", tallinn(day, 10, 0), tallinn(day, 10, 30)),
        ],
    );
    let mut harness = itinerary(plan);
    click(&mut harness, "Timeline");
    // Each block says its day and time, and that it shares its time with another.
    let long = harness
        .get_by_label_contains(
            "Long meeting, Monday 22 March, 09:00–12:00, at the same time as another event",
        )
        .rect();
    let short = harness
        .get_by_label_contains(
            "Short call, Monday 22 March, 10:00–10:30, at the same time as another event",
        )
        .rect();
    assert!(short.left() >= long.right() - 1.0, "{long:?} {short:?}");
    assert!((long.width() - short.width()).abs() < 1.0);

    harness
        .get_by_label_contains("Short call, Monday 22 March, 10:00–10:30")
        .click();
    harness.run();
    assert_eq!(harness.get_by_label("Title").value().unwrap(), "Short call");
}

#[test]
fn an_event_opened_from_elsewhere_is_shown_in_the_editor() {
    let day = date(2027, 3, 26);
    let plan = with_events(
        march_visit(),
        [meeting(
            "Signing ceremony",
            tallinn(day, 15, 0),
            tallinn(day, 16, 0),
        )],
    );
    let id = plan.events[0].id;
    let mut harness = itinerary(plan);
    harness.state_mut().app.send(attache::app::Command::Select(
        attache::check::Subject::Event(id),
    ));
    harness.run();
    assert_eq!(
        harness.get_by_label("Title").value().unwrap(),
        "Signing ceremony"
    );
}

/// Not a test: measures how long a frame of the agenda takes with 5,000 events (run with
/// `cargo test --release --test itinerary -- --ignored --nocapture`).
#[test]
#[ignore]
fn agenda_frame_time_with_5000_events() {
    let mut plan = visit(date(2027, 1, 1), date(2027, 12, 31));
    let people: Vec<_> = plan.people.iter().map(|p| p.id).collect();
    let first = date(2027, 1, 1);
    for i in 0..5000i64 {
        let day = first.checked_add(jiff::Span::new().days(i / 14)).unwrap();
        let hour = 7 + (i % 14) as i8;
        let mut event = meeting(
            &format!("Meeting number {i}"),
            tallinn(day, hour, 0),
            tallinn(day, hour, 50),
        );
        event.participants = people.clone();
        event.location = "Ministry of Economic Affairs and Communications, Suur-Ameerika 1".into();
        plan.events.push(Arc::new(event));
    }
    let mut harness = itinerary(plan);
    harness.hover_at(egui::pos2(600.0, 500.0));
    let mut frames = Vec::new();
    for frame in 0..120 {
        // Scroll a little each frame, as a planner reading down the agenda would.
        if frame % 2 == 0 {
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, -120.0),
                modifiers: Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
            });
        }
        let started = std::time::Instant::now();
        harness.step();
        frames.push(started.elapsed());
    }
    // The agenda has scrolled well into the year, drawing only the rows in sight.
    let shown_days: Vec<String> = harness
        .query_all(by().predicate(|node| {
            node.value()
                .is_some_and(|value| value.contains(" 2027 · day "))
        }))
        .filter_map(|node| node.value())
        .collect();
    assert!(
        !shown_days.is_empty() && shown_days.len() < 5,
        "{shown_days:?}"
    );
    assert!(!shown_days.iter().any(|day| day.contains("1 January")));
    let rows = harness
        .query_all(by().predicate(|node| {
            node.label()
                .is_some_and(|label| label.starts_with("Meeting number "))
        }))
        .count();
    assert!(rows < 40, "{rows} event rows laid out");

    frames.sort();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "agenda with 5,000 events: median frame {:.2} ms, slowest {:.2} ms over {} frames \
         (scrolled to {:?}, {rows} event rows laid out)",
        ms(frames[frames.len() / 2]),
        ms(frames[frames.len() - 1]),
        frames.len(),
        shown_days.first(),
    );

    // After an edit, one frame rebuilds what is derived (schedule, checks, rows), then none do.
    let mut edits = Vec::new();
    for i in 0..5 {
        let mut event = (*harness.state().app.document.plan().events[i]).clone();
        event.title.push('!');
        harness.state_mut().app.send(attache::app::Command::edit(
            attache::model::Change::Event(Arc::new(event)),
            "edit",
        ));
        harness.step(); // applies the command
        let started = std::time::Instant::now();
        harness.step(); // rebuilds what is derived and draws
        edits.push(started.elapsed());
    }
    edits.sort();
    let plan = harness.state().app.document.plan().clone();
    let started = std::time::Instant::now();
    let schedule = attache::model::schedule::Schedule::of(&plan);
    let schedule_time = started.elapsed();
    let started = std::time::Instant::now();
    let problems = attache::check::check(&plan, date(2027, 3, 1));
    let check_time = started.elapsed();
    println!(
        "frame after an edit (derived data rebuilt): median {:.2} ms, of which the schedule \
         (instants, day groups in two zones) {:.2} ms and the checks {:.2} ms",
        ms(edits[edits.len() / 2]),
        ms(schedule_time),
        ms(check_time),
    );
    assert_eq!(schedule.spans.len(), 5000);
    let _ = problems;
}

/// A busy week: a dozen meetings a day, so that the agenda is several screens long.
fn busy_week() -> Plan {
    let mut plan = march_visit();
    for day in 21..=28 {
        for hour in 8..20i8 {
            let day = date(2027, 3, day);
            plan.events.push(Arc::new(meeting(
                &format!("Meeting at {hour} on the {}", day.day()),
                tallinn(day, hour, 0),
                tallinn(day, hour, 45),
            )));
        }
    }
    plan
}

#[test]
fn today_and_the_first_day_are_one_click_away() {
    let mut harness = itinerary(busy_week());
    let heading = |day: &str| format!("{day} March 2027");
    assert!(shows(&harness, &heading("Sunday 21")));
    assert!(!shows(&harness, &heading("Tuesday 23")));

    // "Now" is Monday 22 March, 10:00 in Tallinn.
    click(&mut harness, "Today");
    assert!(shows(&harness, &heading("Monday 22")));
    assert!(!shows(&harness, &heading("Sunday 21")));

    harness
        .state_mut()
        .views
        .itinerary
        .set_now("2027-03-27T08:00:00Z".parse().unwrap());
    click(&mut harness, "Today");
    assert!(shows(&harness, &heading("Saturday 27")));
    assert!(!shows(&harness, &heading("Monday 22")));

    click(&mut harness, "First day");
    assert!(shows(&harness, &heading("Sunday 21")));

    // A new event goes on the day in sight, after its last event (the agenda scrolls to it).
    click(&mut harness, "Today");
    harness.get_by_label("New event").click();
    harness.run_steps(20);
    let added = plan_of(&harness)
        .events
        .iter()
        .find(|e| e.title.is_empty())
        .cloned()
        .unwrap();
    assert_eq!(added.start, tallinn(date(2027, 3, 27), 19, 45));
}

#[test]
fn the_timeline_marks_the_current_time_only_inside_the_visit() {
    let mut harness = itinerary(busy_week());
    click(&mut harness, "Timeline");
    assert!(shows(&harness, "Now, Mon 22 Mar 10:00"));

    harness
        .state_mut()
        .views
        .itinerary
        .set_now("2027-04-02T08:00:00Z".parse().unwrap());
    harness.run();
    assert!(!shows(&harness, "Now, "));
    assert!(
        harness.get_by_label("Today").accesskit_node().is_disabled(),
        "today is not a day of the visit"
    );
}

#[test]
fn a_new_start_date_keeps_the_length_of_the_event() {
    let day = date(2027, 3, 22);
    let mut harness = editing_a_meeting("Working session", day, 10, 12);
    click(&mut harness, "Start date");
    click(&mut harness, "Thursday 25 March 2027");
    let event = only_event(&harness);
    assert_eq!(event.start, tallinn(date(2027, 3, 25), 10, 0));
    assert_eq!(event.end, tallinn(date(2027, 3, 25), 12, 0));
    assert!(agenda_row(&harness, "Working session").contains("10:00–12:00 Tallinn"));
    assert!(shows(&harness, "Thursday 25 March 2027"));
}

#[test]
fn the_host_organisation_is_picked_by_searching() {
    let mut plan = march_visit();
    plan.organisations.extend([
        Arc::new(Organisation::new("Information System Authority")),
        Arc::new(Organisation::new("Ministry of Economic Affairs")),
    ]);
    let mut harness = itinerary(plan);
    click(&mut harness, "New event");
    click(&mut harness, "Host organisation");
    type_into(&mut harness, "Find an organisation", "system");
    harness
        .query_all_by_label("Information System Authority")
        .find(|node| node.accesskit_node().role() == egui::accesskit::Role::Button)
        .expect("the picker offers the authority")
        .click();
    harness.run();
    let plan = harness.state().app.document.plan();
    assert_eq!(
        only_event(&harness).host_organisation,
        Some(plan.organisations[0].id)
    );
}

#[test]
fn a_search_in_the_next_plan_offers_that_plans_people() {
    let day = date(2027, 3, 22);
    let lunch = meeting("Working lunch", tallinn(day, 12, 0), tallinn(day, 13, 0));
    let first = with_events(march_visit(), [lunch]);
    let mut next = first.clone();
    Arc::make_mut(&mut next.people[1]).name = "Tõnis Saar".to_owned();
    let folder = tempfile::tempdir().unwrap();
    let next_path = folder.path().join("next.ron");
    attache::file::save(&next, &next_path).unwrap();

    let mut harness = itinerary(first);
    let search = |harness: &mut Harness<'_, Window>| {
        harness.get_by_label_contains("Working lunch,").click();
        harness.run();
        harness.get_by_label("Participants").click();
        harness.run();
        // Whatever the field held before is replaced.
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.get_by_label("Participants").type_text("tonis");
        harness.run();
    };
    search(&mut harness);
    assert!(harness.query_by_label("Tõnis Tamm").is_some());

    // Another plan opened in its place: the same search finds its people, not the first plan's.
    harness
        .state_mut()
        .app
        .send(attache::app::Command::OpenPath(next_path));
    harness.run();
    search(&mut harness);
    assert!(harness.query_by_label("Tõnis Saar").is_some());
    assert!(harness.query_by_label("Tõnis Tamm").is_none());
}

#[test]
fn hosts_are_found_among_the_host_side_first_and_the_best_match_leads() {
    let day = date(2027, 3, 22);
    let mut plan = with_events(
        march_visit(),
        [meeting("Talks", tallinn(day, 10, 0), tallinn(day, 11, 0))],
    );
    // The visiting side's deputy works with a secretary: every word matches him too.
    let mut deputy_head = Person::new("Deputy head of delegation");
    deputy_head.side = Side::Visiting;
    deputy_head.position = "Secretary of the delegation".into();
    let mut general = Person::new("Secretary General, Deputy");
    general.side = Side::Host;
    let mut exact = Person::new("Deputy Secretary");
    exact.side = Side::Host;
    for person in [deputy_head, general, exact] {
        plan.people.push(Arc::new(person));
    }
    let mut harness = itinerary(plan);
    harness.get_by_label_contains("Talks,").click();
    harness.run();
    let search = |harness: &mut Harness<'_, Window>| {
        harness.get_by_label("Hosts").click();
        harness.run();
        harness.get_by_label("Hosts").type_text("deputy secretary");
        harness.run();
    };
    search(&mut harness);
    let offered: Vec<String> = harness
        .query_all(by().predicate(|node| {
            node.value().is_none()
                && node.label().is_some_and(|label| {
                    [
                        "Deputy Secretary",
                        "Secretary General, Deputy",
                        "Deputy head of delegation",
                    ]
                    .contains(&label.as_str())
                })
        }))
        .map(|node| {
            node.accesskit_node()
                .label()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        offered,
        [
            "Deputy Secretary",
            "Secretary General, Deputy",
            "Deputy head of delegation"
        ],
        "the exact match, then the host side, then the other side"
    );
    harness.key_press(Key::Enter);
    harness.run();
    let hosts = only_event(&harness).hosts;
    let plan = plan_of(&harness);
    let name = |id| {
        plan.people
            .iter()
            .find(|p| p.id == id)
            .unwrap()
            .name
            .clone()
    };
    assert_eq!(
        hosts.iter().map(|id| name(*id)).collect::<Vec<_>>(),
        ["Deputy Secretary"]
    );

    // The arrow keys move what Enter takes.
    search(&mut harness);
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::Enter);
    harness.run();
    let hosts = only_event(&harness).hosts;
    assert_eq!(name(hosts[1]), "Deputy head of delegation");
}

#[test]
fn a_new_event_goes_after_the_last_event_of_the_selected_events_day() {
    let second_day = date(2027, 3, 23);
    let plan = with_events(
        march_visit(),
        [
            meeting(
                "Morning talks",
                tallinn(second_day, 9, 0),
                tallinn(second_day, 10, 0),
            ),
            meeting(
                "Site visit",
                tallinn(second_day, 10, 30),
                tallinn(second_day, 12, 10),
            ),
        ],
    );
    let mut harness = itinerary(plan);
    harness.get_by_label_contains("Morning talks,").click();
    harness.run();
    click(&mut harness, "New event");

    let plan = plan_of(&harness);
    let added = plan
        .events
        .iter()
        .find(|event| event.title.is_empty())
        .expect("a new event");
    assert_eq!(added.start, tallinn(second_day, 12, 15));
    assert_eq!(added.end, tallinn(second_day, 13, 15));
}

#[test]
fn clashing_events_are_marked_on_their_agenda_rows() {
    let day = date(2027, 3, 22);
    let mut plan = march_visit();
    let head = plan.people[0].id;
    let mut events = Vec::new();
    for (title, start, end) in [
        ("Opening meeting", 9, 11),
        ("X-Road briefing", 10, 12),
        ("Lunch", 12, 13),
    ] {
        let mut event = meeting(title, tallinn(day, start, 0), tallinn(day, end, 0));
        event.status = EventStatus::Confirmed;
        if title != "Lunch" {
            event.participants.push(head);
        }
        event.hosts.push(plan.people[1].id);
        events.push(event);
    }
    plan = with_events(plan, events);
    let harness = itinerary(plan);
    // Each names the other, with its time.
    let said = [
        (
            "Opening meeting",
            ", 1 problem (an error), clashing with \"X-Road briefing\" (10:00–12:00)",
        ),
        (
            "X-Road briefing",
            ", 1 problem (an error), clashing with \"Opening meeting\" (09:00–11:00)",
        ),
    ];
    for (title, ending) in said {
        assert!(
            agenda_row(&harness, title).ends_with(ending),
            "{}",
            agenda_row(&harness, title)
        );
    }
    assert!(!agenda_row(&harness, "Lunch").contains("problem"));

    // The timeline marks the same blocks.
    let mut harness = harness;
    click(&mut harness, "Timeline");
    for (title, ending) in said {
        let block = harness
            .get_by_label_contains(&format!("{title}, "))
            .accesskit_node()
            .label()
            .unwrap_or_default();
        assert!(block.ends_with(ending), "{block}");
    }
    let lunch = harness
        .get_by_label_contains("Lunch, ")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(!lunch.contains("problem"), "{lunch}");
}

#[test]
fn a_seated_dinners_editor_stays_beside_the_agenda() {
    // The sample's welcome dinner has two tables of seats with long names and dietary needs.
    let plan = attache::app::sample_plan();
    let dinner = plan
        .events
        .iter()
        .find(|event| !event.tables.is_empty())
        .expect("the sample seats a dinner")
        .title
        .clone();
    let mut harness = harness_sized(app_showing(plan, View::Itinerary), 1280.0, 800.0);
    harness
        .get_by_label_contains(&format!("{dinner}, "))
        .click();
    harness.run();
    let row = harness.get_by_label_contains(&format!("{dinner}, ")).rect();
    let title = harness.get_by_label("Title").rect();
    assert!(
        title.left() >= row.right(),
        "the editor ({title:?}) is drawn over the agenda ({row:?})"
    );
}

/// A visit whose Monday holds `count` meetings all at 10:00, and one lunch on the Tuesday.
fn crowded_monday(count: usize) -> Plan {
    let monday = date(2027, 3, 22);
    let mut events: Vec<Event> = (1..=count)
        .map(|n| {
            meeting(
                &format!("Parallel session {n}"),
                tallinn(monday, 10, 0),
                tallinn(monday, 11, 0),
            )
        })
        .collect();
    let tuesday = date(2027, 3, 23);
    events.push(meeting(
        "Working lunch",
        tallinn(tuesday, 12, 0),
        tallinn(tuesday, 13, 0),
    ));
    with_events(march_visit(), events)
}

#[test]
fn a_crowded_day_shows_counts_per_hour_until_zoomed_in() {
    let mut harness = itinerary(crowded_monday(12));
    click(&mut harness, "Timeline");
    // Twelve meetings side by side would be slivers: the hour says how many it holds.
    harness.get_by_label_contains("Mon 22 Mar, 10:00–11:00: 12 events");
    assert!(!shows(&harness, "Parallel session 7, "));
    // The other days are drawn as blocks.
    harness.get_by_label_contains("Working lunch, Tuesday 23 March, 12:00–13:00");

    // Zooming in widens the columns until the meetings come apart.
    for _ in 0..6 {
        harness.get_by_label("Zoom in").click();
        // The view keeps the hours in sight as it grows, which scrolls for a few frames.
        harness.run_steps(40);
    }
    harness.get_by_label_contains("Parallel session 7, Monday 22 March, 10:00–11:00");
    assert!(!shows(&harness, "10:00–11:00: 12 events"));
}

#[test]
fn clicking_a_busy_hour_shows_its_day_in_the_agenda() {
    let mut harness = itinerary(crowded_monday(5000));
    click(&mut harness, "Timeline");
    harness
        .get_by_label_contains("Mon 22 Mar, 10:00–11:00: 5000 events")
        .click();
    harness.run_steps(4);
    assert!(shows(&harness, "Monday 22 March 2027"));
    assert!(shows(&harness, "Parallel session 1, "));
}

#[test]
fn the_timeline_shows_both_clocks_when_they_differ() {
    // In March Baghdad is an hour ahead of Tallinn; in June both read UTC+3.
    let mut harness = itinerary(busy_week());
    click(&mut harness, "Timeline");
    harness.get_by_label("Hours on the Tallinn clock, and on the Baghdad clock, 1 h ahead");

    let june = visit(date(2027, 6, 7), date(2027, 6, 11));
    let mut harness = itinerary(june);
    click(&mut harness, "Timeline");
    harness.get_by_label("Hours on the Tallinn clock");
}

#[test]
fn many_overlapping_stays_leave_the_hours_in_sight() {
    let first = date(2027, 3, 21);
    let stays = (1..=9).map(|n| {
        let mut stay = Event::new(
            EventKind::Stay(Default::default()),
            format!("Hotel {n}"),
            tallinn(first, 15, 0),
            tallinn(date(2027, 3, 28), 11, 0),
        );
        stay.status = EventStatus::Confirmed;
        stay
    });
    let mut harness = itinerary(with_events(march_visit(), stays));
    click(&mut harness, "Timeline");
    harness.get_by_label_contains("Hotel 1, ");
    assert!(!shows(&harness, "Hotel 9, "));
    // Three rows of stays are drawn; the fourth says how many more each day holds.
    harness.get_by_label(
        "6 more stays and all-day items on Mon 22 Mar; click to show the day in the agenda",
    );
}

#[test]
fn the_date_picker_names_its_month_and_year_and_steps_through_them() {
    let day = date(2027, 3, 22);
    let mut harness = editing_a_meeting("Working session", day, 10, 12);
    click(&mut harness, "Start date");
    // The calendar opens on the event's month, and says which it is.
    assert!(shows(&harness, "March 2027"));
    assert_eq!(
        harness
            .get_by_label("Monday 22 March 2027")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True),
        "the event's day is the one selected"
    );
    click(&mut harness, "Next month");
    assert!(shows(&harness, "April 2027"));
    click(&mut harness, "Next year");
    assert!(shows(&harness, "April 2028"));
    click(&mut harness, "Previous year");
    click(&mut harness, "Previous month");
    click(&mut harness, "Previous month");
    assert!(shows(&harness, "February 2027"));
    click(&mut harness, "Friday 26 February 2027");
    // Picking a day closes the calendar and moves the event, its length kept.
    assert!(harness.query_by_label("Next month").is_none());
    let event = only_event(&harness);
    assert_eq!(event.start, tallinn(date(2027, 2, 26), 10, 0));
    assert_eq!(event.end, tallinn(date(2027, 2, 26), 12, 0));
}

/// The itinerary in Estonian: the toolbar, the day headings of the agenda and the timeline, the
/// times and the clock changes are written in Estonian, with Estonian day and month names.
#[test]
fn the_itinerary_speaks_estonian_when_chosen() {
    use attache::app::LanguageSetting;
    use attache::lang::Language;

    let day = date(2027, 3, 22);
    let plan = with_events(
        march_visit(),
        [meeting(
            "Kohtumine riigi infojuhiga",
            tallinn(day, 10, 0),
            tallinn(day, 11, 30),
        )],
    );
    let mut app = app_showing(plan, View::Itinerary);
    app.settings.language = LanguageSetting::Chosen(Language::Estonian);
    let mut window = Window::new(app);
    window
        .views
        .itinerary
        .set_now("2027-03-22T08:00:00Z".parse().unwrap());
    let mut harness = harness_sized(window, 1400.0, 900.0);
    harness.run();

    // The toolbar and the filters.
    for label in [
        "Päevakava",
        "Ajatelg",
        "Esimene päev",
        "Uus sündmus",
        "Näita ainult",
    ] {
        harness.get_by_label(label);
    }
    assert!(!shows(&harness, "New event"));
    // A day's heading, with the visit's day, and the event's row on both clocks.
    assert!(shows(
        &harness,
        "esmaspäev, 22. märts 2027 · visiidi 2. päev 8-st"
    ));
    let row = agenda_row(&harness, "Kohtumine riigi infojuhiga");
    assert!(
        row.starts_with("Kohtumine riigi infojuhiga, 10:00–11:30 Tallinn · 11:00–12:30 Baghdad"),
        "{row}"
    );
    assert!(row.contains(", Kohtumine, Kinnitatud"), "{row}");
    // The spring clock change, said in Estonian.
    assert!(shows(
        &harness,
        "Kellad keeratakse 1 h edasi asukohas Tallinn kell 03:00 (UTC+2 → UTC+3)"
    ));

    // The timeline's day headings: "E 22. märts".
    harness.get_by_label("Ajatelg").click();
    harness.run();
    harness.get_by_label("E 22. märts");
    harness.get_by_label("Suurenda");

    // The editor: the ends' fields are named in Estonian.
    harness.get_by_label("Päevakava").click();
    harness.run();
    harness
        .get_by_label_contains("Kohtumine riigi infojuhiga,")
        .click();
    harness.run();
    harness.get_by_label("Alguse kellaaeg");
    harness.get_by_label("Lõpu ajavöönd");
    assert!(shows(&harness, "Kestab 1 h 30 min"));
}

#[test]
fn a_stay_band_shows_its_hotel_and_says_it_on_hover() {
    let mut stay = Event::new(
        EventKind::Stay(Default::default()),
        "Accommodation of the delegation",
        tallinn(date(2027, 3, 21), 15, 0),
        tallinn(date(2027, 3, 25), 11, 0),
    );
    stay.location = "Hilton Tallinn Park".into();
    stay.status = EventStatus::Confirmed;
    let mut harness = itinerary(with_events(march_visit(), [stay]));
    click(&mut harness, "Timeline");
    let band =
        harness.get_by_label_contains("Accommodation of the delegation at Hilton Tallinn Park, ");
    band.hover();
    harness.run();
    // The band, four days long, has room for the hotel's name, drawn whole on it.
    let drawn: Vec<(String, f32)> = harness
        .output()
        .shapes
        .iter()
        .filter_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) => {
                Some((text.galley.text().to_owned(), text.galley.rect.width()))
            }
            _ => None,
        })
        .collect();
    assert!(
        drawn
            .iter()
            .any(|(text, width)| text == "Hilton Tallinn Park" && *width > 80.0),
        "{drawn:?}"
    );
    // And the tooltip names it with the stay.
    assert!(
        harness
            .query_all_by_label_contains("Accommodation of the delegation at Hilton Tallinn Park, ")
            .count()
            >= 2,
        "the band and its tooltip"
    );
}
