//! The itinerary in Arabic, read from the right: the date picker's week starts on Saturday in the
//! rightmost column and its arrow keys move as the days lie on screen (Left to the next day), a date typed in
//! Arabic-Indic digits is read, the timeline's days run from right to left and an agenda row has
//! its time on the right of its title. Each is checked against English, which reads from the left.

mod support;

use std::sync::Arc;

use attache::app::{LanguageSetting, View};
use attache::lang::format::{self, DateFormat};
use attache::lang::{self, Language};
use attache::model::{Event, EventKind, EventStatus, LocalTime, Plan};
use attache::window::Window;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use jiff::civil::{Date, date};
use support::{app_showing, harness_sized, plan_of, press};

const TALLINN: &str = "Europe/Tallinn";

/// A March visit to Tallinn with one confirmed meeting, "Working session", on Monday 22 March
/// 2027 from 10 to 12 and another, "Closing meeting", on Wednesday 24 March.
fn march_visit() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), TALLINN);
    plan.visit.title = "Study visit to Estonia".into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan.visit.last_day = date(2027, 3, 26);
    for (title, day) in [
        ("Working session", date(2027, 3, 22)),
        ("Closing meeting", date(2027, 3, 24)),
    ] {
        let at = |hour| LocalTime::new(day.at(hour, 0, 0, 0), TALLINN);
        let mut event = Event::new(EventKind::Meeting, title, at(10), at(12));
        event.status = EventStatus::Confirmed;
        plan.events.push(Arc::new(event));
    }
    plan
}

/// The window in `language` on the itinerary of the March visit.
fn itinerary_in(language: Language) -> Harness<'static, Window> {
    let mut app = app_showing(march_visit(), View::Itinerary);
    app.settings.language = LanguageSetting::Chosen(language);
    let mut window = Window::new(app);
    window
        .views
        .itinerary
        .set_now("2027-03-22T08:00:00Z".parse().unwrap());
    harness_sized(window, 1400.0, 900.0)
}

/// `work` done in `language`, for the labels the window shows in it.
fn said_in<R>(language: Language, work: impl FnOnce() -> R) -> R {
    lang::in_language(language, work)
}

/// The agenda row of the event titled `title` (its label starts with the title).
fn agenda_row<'h>(harness: &'h Harness<'_, Window>, title: &'static str) -> egui_kittest::Node<'h> {
    harness.get(by().predicate(move |node| {
        node.role() == egui::accesskit::Role::Button
            && node.label().is_some_and(|label| label.starts_with(title))
    }))
}

/// The window in `language` with the "Working session" open and its start date's calendar open.
fn start_date_calendar(language: Language) -> Harness<'static, Window> {
    let mut harness = itinerary_in(language);
    agenda_row(&harness, "Working session").click();
    harness.run();
    let field = said_in(language, || lang::attribute("event-start", "date"));
    harness.get_by_label(field).click();
    harness.run();
    harness
}

/// The left edges of the calendar's column headings, in the order of the week from `first`.
fn heading_lefts(harness: &Harness<'_, Window>, language: Language, first: Date) -> Vec<f32> {
    (0..7)
        .map(|offset| {
            let day = first.checked_add(jiff::Span::new().days(offset)).unwrap();
            let name = said_in(language, || format::date(day, DateFormat::ShortWeekday));
            harness.get_by_label(&name).rect().left()
        })
        .collect()
}

fn start_of_the_working_session(harness: &Harness<'_, Window>) -> Date {
    let plan = plan_of(harness);
    let event = plan
        .events
        .iter()
        .find(|event| event.title == "Working session")
        .unwrap();
    event.start.wall.date()
}

#[test]
fn the_arabic_calendar_starts_on_saturday_at_the_right() {
    let harness = start_date_calendar(Language::Arabic);
    // Saturday 20 March 2027 is the first day of an Iraqi week: its column is the rightmost,
    // and each next day lies left of the one before.
    let lefts = heading_lefts(&harness, Language::Arabic, date(2027, 3, 20));
    assert!(
        lefts.windows(2).all(|pair| pair[0] > pair[1]),
        "Saturday to Friday run from right to left: {lefts:?}"
    );
}

#[test]
fn the_english_calendar_starts_on_monday_at_the_left() {
    let harness = start_date_calendar(Language::English);
    let lefts = heading_lefts(&harness, Language::English, date(2027, 3, 22));
    assert!(
        lefts.windows(2).all(|pair| pair[0] < pair[1]),
        "Monday to Sunday run from left to right: {lefts:?}"
    );
}

#[test]
fn a_date_typed_in_arabic_indic_digits_is_read() {
    let mut harness = start_date_calendar(Language::Arabic);
    let field = said_in(Language::Arabic, || lang::text("clock-type-a-date"));
    harness.get_by_label(field).type_text("٢٥/٠٣/٢٠٢٧");
    harness.run();
    press(&mut harness, Key::Enter);
    assert_eq!(start_of_the_working_session(&harness), date(2027, 3, 25));
}

/// The name of `day`'s button in the calendar, as `language` says it.
fn day_button(language: Language, day: Date) -> String {
    said_in(language, || {
        format::date(day, DateFormat::FullWeekdayDayMonthYear)
    })
}

/// The day whose button has the keyboard focus after `key` is pressed on `from`, a day of March
/// 2027 (the calendar opens on Monday 22 March), in `language`.
fn day_reached_by(language: Language, from: Date, key: Key) -> Date {
    let mut harness = start_date_calendar(language);
    harness.get_by_label(&day_button(language, from)).focus();
    harness.run();
    press(&mut harness, key);
    let focused = harness
        .query_all(by())
        .find(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
        .expect("something has the keyboard focus");
    (-7..=7)
        .map(|days| from.checked_add(jiff::Span::new().days(days)).unwrap())
        .find(|day| focused == day_button(language, *day))
        .unwrap_or_else(|| panic!("{key:?} took the focus to «{focused}», not to a day"))
}

/// Each arrow key pressed on its day of March 2027 in `language` takes the focus to the day
/// given with it.
fn arrows_move(language: Language, moves: &[(u32, Key, (i8, i8))]) {
    for &(from, key, (month, day)) in moves {
        let from = date(2027, 3, from as i8);
        let reached = day_reached_by(language, from, key);
        assert_eq!(reached, date(2027, month, day), "{key:?} from {from}");
    }
}

#[test]
fn in_arabic_the_left_arrow_moves_to_the_next_day_drawn_at_its_left() {
    arrows_move(
        Language::Arabic,
        &[
            (22, Key::ArrowLeft, (3, 23)),
            (22, Key::ArrowRight, (3, 21)),
            (22, Key::ArrowUp, (3, 15)),
            (22, Key::ArrowDown, (3, 29)),
            // Past the month's last day, into the next month, shown for it.
            (31, Key::ArrowLeft, (4, 1)),
        ],
    );
}

#[test]
fn in_english_the_right_arrow_moves_to_the_next_day() {
    arrows_move(
        Language::English,
        &[
            (22, Key::ArrowRight, (3, 23)),
            (22, Key::ArrowLeft, (3, 21)),
            (22, Key::ArrowDown, (3, 29)),
        ],
    );
}

/// The left edge of the day heading of `day` in the timeline, as `language` writes it.
fn timeline_day_left(harness: &Harness<'_, Window>, language: Language, day: Date) -> f32 {
    let heading = said_in(language, || format::date(day, DateFormat::WeekdayDayMonth));
    harness.get_by_label(&heading).rect().left()
}

#[test]
fn the_arabic_timeline_runs_from_right_to_left() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = itinerary_in(language);
        let timeline = said_in(language, || lang::text("itinerary-mode-timeline"));
        harness.get_by_label(timeline).click();
        harness.run();
        harness.run();
        let monday = timeline_day_left(&harness, language, date(2027, 3, 22));
        let tuesday = timeline_day_left(&harness, language, date(2027, 3, 23));
        if language == Language::Arabic {
            assert!(monday > tuesday, "the earlier day lies right of the later");
        } else {
            assert!(monday < tuesday, "the earlier day lies left of the later");
        }
    }
}

/// The left edge of the first text painted that `is_it` recognises.
fn painted_left(harness: &Harness<'_, Window>, is_it: impl Fn(&str) -> bool) -> f32 {
    harness
        .output()
        .shapes
        .iter()
        .find_map(|clipped| match &clipped.shape {
            egui::Shape::Text(text) if is_it(&text.galley.job.text) => Some(text.pos.x),
            _ => None,
        })
        .expect("the text is painted")
}

#[test]
fn an_arabic_agenda_row_has_its_time_right_of_its_title() {
    for language in [Language::Arabic, Language::English] {
        let harness = itinerary_in(language);
        let ten = said_in(language, || format::time(jiff::civil::time(10, 0, 0, 0)));
        let title = painted_left(&harness, |text| text == "Working session");
        let time = painted_left(&harness, |text| text.contains(&ten));
        if language == Language::Arabic {
            assert!(time > title, "{ten} right of the title");
        } else {
            assert!(time < title, "{ten} left of the title");
        }
    }
}

/// Where the label named by message `id` (with `number` 1) lies against the input it names, in
/// the Arabic window `harness`: true when it lies right of it.
fn label_right_of_its_input(harness: &Harness<'_, Window>, id: &'static str) -> bool {
    let label = said_in(Language::Arabic, || {
        lang::text_with(id, &[("number", 1usize.into())])
    });
    let input = harness.get_by_label(&label).rect();
    harness
        .query_all_by_value(&label)
        .chain(harness.query_all_by_label_contains(&label))
        .any(|node| node.rect().left() >= input.right() && node.rect().top() < input.bottom())
}

#[test]
fn a_stay_s_rooms_and_a_meeting_s_gifts_have_their_labels_at_the_right_in_arabic() {
    let mut plan = march_visit();
    let someone = attache::model::Person::new("Ali Hassan");
    let party = attache::model::GiftParty::Person(someone.id);
    plan.people.push(Arc::new(someone));
    let mut meeting = (*plan.events[0]).clone();
    meeting
        .gifts
        .push(attache::model::Gift::new(party, party, "Silver tray"));
    plan.events[0] = Arc::new(meeting);
    let at = |day: i8, hour| LocalTime::new(date(2027, 3, day).at(hour, 0, 0, 0), TALLINN);
    let mut stay = attache::model::Stay::default();
    stay.rooms.push(attache::model::Room::new(
        attache::model::RoomKind::Single,
        date(2027, 3, 21),
        date(2027, 3, 22),
    ));
    let hotel = Event::new(
        EventKind::Stay(stay),
        "Hotel Telegraaf",
        at(21, 16),
        at(23, 8),
    );
    plan.events.push(Arc::new(hotel));

    let mut app = app_showing(plan, View::Itinerary);
    app.settings.language = LanguageSetting::Chosen(Language::Arabic);
    let mut harness = harness_sized(Window::new(app), 1400.0, 900.0);
    for (title, ids) in [
        ("Working session", ["gifts-description", "gifts-status"]),
        ("Hotel Telegraaf", ["rooms-number", "rooms-type"]),
    ] {
        agenda_row(&harness, title).click();
        harness.run();
        for id in ids {
            assert!(label_right_of_its_input(&harness, id), "{title}: {id}");
        }
    }
}

#[test]
fn an_event_s_start_has_its_label_at_the_right_of_its_date_time_and_zone() {
    let mut harness = itinerary_in(Language::Arabic);
    agenda_row(&harness, "Working session").click();
    harness.run();
    let date_field = said_in(Language::Arabic, || lang::attribute("event-start", "date"));
    let zone_field = said_in(Language::Arabic, || lang::attribute("event-start", "zone"));
    let date = harness.get_by_label(date_field).rect();
    let zone = harness.get_by_label(zone_field).rect();
    let start = said_in(Language::Arabic, || lang::text("event-start"));
    let label = harness
        .query_all_by_value(start)
        .chain(harness.query_all_by_label(start))
        .map(|node| node.rect())
        .find(|rect| rect.top() < date.bottom() && rect.bottom() > date.top())
        .expect("the label beside its date");
    assert!(label.left() >= date.right(), "{label:?} right of {date:?}");
    assert!(
        date.left() > zone.right(),
        "the date {date:?} right of the zone {zone:?}"
    );
}

#[test]
fn in_a_narrow_arabic_editor_each_label_is_above_its_field_at_the_right() {
    let mut app = app_showing(march_visit(), View::Itinerary);
    app.settings.language = LanguageSetting::Chosen(Language::Arabic);
    let mut harness = harness_sized(Window::new(app), 700.0, 500.0);
    agenda_row(&harness, "Working session").click();
    harness.run();
    let title = said_in(Language::Arabic, || lang::text("event-title"));
    let field = harness.get_by_label(title).rect();
    let label = harness
        .query_all_by_value(title)
        .chain(harness.query_all_by_label(title))
        .map(|node| node.rect())
        .find(|rect| *rect != field)
        .expect("the title's label");
    assert!(
        label.bottom() <= field.top() + 1.0,
        "{label:?} above {field:?}"
    );
    assert!(
        (label.right() - field.right()).abs() < 4.0,
        "{label:?} at the right, over the field's right end {field:?}"
    );
}
