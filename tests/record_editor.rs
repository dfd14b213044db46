//! The one record editor, driven through egui_kittest by accessible labels: every kind of record
//! (person, organisation, event, topic, action) opens in the same frame, with Close and
//! "Delete <noun>…" in the same place; deleting any of them lists what refers to it, asks, and
//! takes the record and its references away in one step that one Undo brings back whole.

mod support;

use std::sync::Arc;

use attache::app::{AttacheApp, View};
use attache::check::Subject;
use attache::model::{
    Action, ActionSource, Event, EventKind, LocalTime, Organisation, Person, Plan, Topic,
};
use attache::window::Window;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::civil::date;
use support::{app_showing, click, harness_sized, plan_of, press, shortcut, shown, type_at_focus};

fn tallinn(day: i8, hour: i8) -> LocalTime {
    LocalTime::new(date(2027, 3, day).at(hour, 0, 0, 0), "Europe/Tallinn")
}

/// A visit with one record of each kind, all naming one another: the meeting covers the topic,
/// one action came from the topic and one from the meeting; Kadri of RIA hosts the meeting.
struct Sample {
    plan: Plan,
    person: Person,
    organisation: Organisation,
    event: Event,
    topic: Topic,
    from_topic: Action,
    from_event: Action,
}

fn sample() -> Sample {
    let mut plan = Plan::empty(date(2027, 3, 22), "Europe/Tallinn");
    plan.visit.last_day = date(2027, 3, 26);
    let organisation = Organisation::new("RIA");
    let mut person = Person::new("Kadri Tamm");
    person.organisation = Some(organisation.id);
    let topic = Topic::new("X-Road data exchange");
    let mut event = Event::new(
        EventKind::Meeting,
        "X-Road briefing",
        tallinn(23, 10),
        tallinn(23, 11),
    );
    event.topics = vec![topic.id];
    event.hosts = vec![person.id];
    let mut from_topic = Action::new("Send the X-Road questionnaire");
    from_topic.source = Some(ActionSource::Topic(topic.id));
    let mut from_event = Action::new("Share the briefing slides");
    from_event.source = Some(ActionSource::Event(event.id));
    plan.organisations.push(Arc::new(organisation.clone()));
    plan.people.push(Arc::new(person.clone()));
    plan.events.push(Arc::new(event.clone()));
    plan.topics.push(Arc::new(topic.clone()));
    plan.actions
        .extend([Arc::new(from_topic.clone()), Arc::new(from_event.clone())]);
    Sample {
        plan,
        person,
        organisation,
        event,
        topic,
        from_topic,
        from_event,
    }
}

/// The window on `plan` in `view`, with `subject` open in its editor.
fn editing(plan: Plan, view: View, subject: Subject) -> Harness<'static, Window> {
    let mut app: AttacheApp = app_showing(plan, view);
    app.selection.subject = Some(subject);
    let mut harness = harness_sized(app, 1400.0, 900.0);
    harness.run();
    harness
}

#[test]
fn every_kind_of_record_opens_in_the_same_editor() {
    let sample = sample();
    for (view, subject, kind, noun) in [
        (
            View::People,
            Subject::Person(sample.person.id),
            "Person",
            "person",
        ),
        (
            View::Organisations,
            Subject::Organisation(sample.organisation.id),
            "Organisation",
            "organisation",
        ),
        (
            View::Itinerary,
            Subject::Event(sample.event.id),
            "Meeting",
            "event",
        ),
        (
            View::Topics,
            Subject::Topic(sample.topic.id),
            "Topic",
            "topic",
        ),
        (
            View::Actions,
            Subject::Action(sample.from_topic.id),
            "Action",
            "action",
        ),
    ] {
        let mut harness = editing(sample.plan.clone(), view, subject);
        let close = harness.get_by_label("Close").rect();
        let delete = harness.get_by_label(&format!("Delete {noun}…")).rect();
        assert_eq!(
            close.top(),
            delete.top(),
            "{noun}: Close and Delete on one row"
        );
        assert!(close.right() < delete.left(), "{noun}: Close comes first");
        // The kind under the buttons, where the title starts (a list beside the editor may
        // have a column of that name too).
        assert!(
            harness.query_all_by_label(kind).any(|node| {
                let at = node.rect();
                at.top() > close.bottom() && (at.left() - close.left()).abs() < 1.0
            }),
            "{noun}: the kind under the buttons"
        );

        click(&mut harness, "Close");
        assert_eq!(
            harness.state().app.selection.subject,
            None,
            "{noun}: Close closes the editor"
        );
        assert!(!shown(&harness, &format!("Delete {noun}…")));
    }
}

#[test]
fn deleting_an_event_asks_names_its_actions_and_undo_brings_it_back_whole() {
    let sample = sample();
    let before = sample.plan.clone();
    let mut harness = editing(
        sample.plan,
        View::Itinerary,
        Subject::Event(sample.event.id),
    );

    click(&mut harness, "Delete event…");
    assert!(shown(&harness, "Delete X-Road briefing?"));
    assert!(shown(&harness, "• Share the briefing slides"));
    assert!(shown(
        &harness,
        "Deleting leaves 1 action that came from it without a source."
    ));
    // The key is the one the Edit menu gives Undo.
    let undo = harness.ctx.format_shortcut(&egui::KeyboardShortcut::new(
        egui::Modifiers::COMMAND,
        Key::Z,
    ));
    assert!(shown(
        &harness,
        &format!("Undo ({undo}) brings the event back with every reference.")
    ));
    assert_eq!(
        plan_of(&harness),
        before,
        "nothing deleted before the answer"
    );

    click(&mut harness, "Delete event");
    let after = plan_of(&harness);
    assert!(after.events.is_empty());
    assert_eq!(after.actions[1].source, None, "the action keeps no source");
    assert_eq!(harness.state().app.selection.subject, None);

    shortcut(&mut harness, Key::Z);
    assert_eq!(plan_of(&harness), before, "one Undo brings it all back");
}

#[test]
fn deleting_a_topic_asks_names_its_events_and_actions_and_escape_cancels() {
    let sample = sample();
    let before = sample.plan.clone();
    let mut harness = editing(sample.plan, View::Topics, Subject::Topic(sample.topic.id));

    click(&mut harness, "Delete topic…");
    assert!(shown(&harness, "Delete X-Road data exchange?"));
    assert!(shown(&harness, "• Send the X-Road questionnaire"));
    assert!(shown(&harness, "• Tue 23 Mar 10:00  X-Road briefing"));
    assert!(shown(
        &harness,
        "Deleting takes it off the topics of 1 event and leaves 1 action that came from it \
         without a source."
    ));
    press(&mut harness, Key::Escape);
    assert!(!shown(&harness, "Delete X-Road data exchange?"));
    assert_eq!(plan_of(&harness), before, "Escape deletes nothing");

    click(&mut harness, "Delete topic…");
    click(&mut harness, "Delete topic");
    let after = plan_of(&harness);
    assert!(after.topics.is_empty());
    assert!(after.events[0].topics.is_empty(), "no event covers it");
    assert_eq!(after.actions[0].source, None);

    shortcut(&mut harness, Key::Z);
    assert_eq!(plan_of(&harness), before, "one Undo brings it all back");
}

#[test]
fn deleting_an_action_asks_first_and_undo_brings_it_back() {
    let sample = sample();
    let before = sample.plan.clone();
    let mut harness = editing(
        sample.plan,
        View::Actions,
        Subject::Action(sample.from_event.id),
    );

    click(&mut harness, "Delete action…");
    assert!(shown(&harness, "Delete Share the briefing slides?"));
    assert!(shown(
        &harness,
        "This action is not named anywhere else in the plan."
    ));
    click(&mut harness, "Cancel");
    assert_eq!(plan_of(&harness), before, "Cancel deletes nothing");

    click(&mut harness, "Delete action…");
    click(&mut harness, "Delete action");
    assert_eq!(plan_of(&harness).actions.len(), 1);

    shortcut(&mut harness, Key::Z);
    assert_eq!(plan_of(&harness), before, "Undo brings it back");
}

#[test]
fn typing_right_after_add_fills_the_new_record_even_with_another_open() {
    let sample = sample();
    let cases = [
        (
            View::People,
            Subject::Person(sample.person.id),
            "Add person",
        ),
        (
            View::Organisations,
            Subject::Organisation(sample.organisation.id),
            "Add organisation",
        ),
        (
            View::Itinerary,
            Subject::Event(sample.event.id),
            "New event",
        ),
        (View::Topics, Subject::Topic(sample.topic.id), "Add topic"),
        (
            View::Actions,
            Subject::Action(sample.from_topic.id),
            "Add action",
        ),
    ];
    for (view, open, add) in cases {
        let mut harness = editing(sample.plan.clone(), view, open);
        click(&mut harness, add);
        type_at_focus(&mut harness, "Ali Hassan");
        let plan = plan_of(&harness);
        let typed = match view {
            View::People => plan.people.iter().any(|p| p.name == "Ali Hassan"),
            View::Organisations => plan.organisations.iter().any(|o| o.name == "Ali Hassan"),
            View::Itinerary => plan.events.iter().any(|e| e.title == "Ali Hassan"),
            View::Topics => plan.topics.iter().any(|t| t.title == "Ali Hassan"),
            _ => plan.actions.iter().any(|a| a.text == "Ali Hassan"),
        };
        assert!(
            typed,
            "{add} with another record open: the typing went astray"
        );
        assert_ne!(
            harness.state().app.selection.subject,
            Some(open),
            "{add} opens the new record"
        );
    }
}

#[test]
fn typing_right_after_add_question_fills_the_new_question() {
    let sample = sample();
    let mut harness = editing(sample.plan, View::Topics, Subject::Topic(sample.topic.id));
    click(&mut harness, "Add question");
    type_at_focus(&mut harness, "Who runs the X-Road centre?");
    let plan = plan_of(&harness);
    assert_eq!(
        plan.topics[0].questions[0].text,
        "Who runs the X-Road centre?"
    );
}

#[test]
fn escape_on_an_untouched_new_record_takes_it_away_and_undo_brings_it_back() {
    let sample = sample();
    let mut harness = editing(
        sample.plan.clone(),
        View::People,
        Subject::Person(sample.person.id),
    );
    let people_before = plan_of(&harness).people.len();
    click(&mut harness, "Add person");
    assert_eq!(plan_of(&harness).people.len(), people_before + 1);
    press(&mut harness, Key::Escape);
    harness.run();
    assert_eq!(
        plan_of(&harness).people.len(),
        people_before,
        "Escape removes the empty person just added"
    );
    assert_eq!(harness.state().app.selection.subject, None);
    shortcut(&mut harness, Key::Z);
    assert_eq!(plan_of(&harness).people.len(), people_before + 1);

    // Once typed into, the new person is the planner's: Escape keeps them.
    click(&mut harness, "Add person");
    type_at_focus(&mut harness, "Noor");
    press(&mut harness, Key::Escape);
    harness.run();
    assert!(plan_of(&harness).people.iter().any(|p| p.name == "Noor"));
}

#[test]
fn the_keys_add_find_and_delete_in_the_view_shown() {
    let sample = sample();
    // Ctrl+Shift+N is the view's Add: a person in People, an event in the Itinerary.
    let mut harness = editing(
        sample.plan.clone(),
        View::People,
        Subject::Person(sample.person.id),
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::N);
    harness.run();
    type_at_focus(&mut harness, "Noor Hassan");
    assert!(
        plan_of(&harness)
            .people
            .iter()
            .any(|p| p.name == "Noor Hassan")
    );
    let mut harness = editing(
        sample.plan.clone(),
        View::Itinerary,
        Subject::Event(sample.event.id),
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::N);
    harness.run();
    type_at_focus(&mut harness, "Courtesy call");
    assert!(
        plan_of(&harness)
            .events
            .iter()
            .any(|e| e.title == "Courtesy call")
    );

    // Ctrl+F puts the cursor in the search box.
    let mut harness = editing(sample.plan.clone(), View::Organisations, Subject::Visit);
    shortcut(&mut harness, Key::F);
    assert!(harness.get_by_label("Search organisations").is_focused());

    // Delete asks about the record open, unless a text field has the cursor: there it deletes
    // a letter.
    let mut harness = editing(
        sample.plan.clone(),
        View::People,
        Subject::Person(sample.person.id),
    );
    harness.get_by_label("Name").click();
    harness.run();
    press(&mut harness, Key::End);
    press(&mut harness, Key::Backspace);
    press(&mut harness, Key::Home);
    press(&mut harness, Key::Delete);
    assert_eq!(plan_of(&harness).people[0].name, "adri Tam");
    assert!(!shown(&harness, "Delete adri Tam?"));
    press(&mut harness, Key::Escape);
    harness.run();
    press(&mut harness, Key::Delete);
    assert!(shown(&harness, "Delete adri Tam?"), "the delete question");
}
