//! The topics, actions and problems views as a planner uses them, driven through egui_kittest by
//! accessible labels: a problem opens the record it names, answering a question or covering a
//! topic removes its problem, overdue actions are marked and grouped.
//!
//! The window checks the plan as of the real today, so these plans are built around it.

mod support;

use std::sync::Arc;

use attache::app::View;
use attache::check::{Rule, Subject};
use attache::model::{
    Action, ActionStatus, Event, EventKind, EventStatus, LocalTime, Person, Plan, Question, Topic,
};
use attache::window::Window;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::ToSpan;
use jiff::civil::Date;
use support::{app_showing, harness, shortcut, shown};

fn today() -> Date {
    jiff::Zoned::now().date()
}

fn day(offset: i64) -> Date {
    today().checked_add(offset.days()).unwrap()
}

fn at(date: Date, hour: i8) -> LocalTime {
    LocalTime::new(date.at(hour, 0, 0, 0), "Europe/Tallinn")
}

/// A visit that started ten days ago and ends in five, with one member, one host and a meeting
/// held three days ago.
fn plan_under_way() -> Plan {
    let mut plan = Plan::empty(day(-10), "Europe/Tallinn");
    plan.visit.title = "Study visit under way".into();
    plan.visit.last_day = day(5);
    let member = Person::new("Head of delegation");
    let host = Person::new("Government CIO");
    let mut meeting = Event::new(
        EventKind::Meeting,
        "X-Road meeting",
        at(day(-3), 10),
        at(day(-3), 11),
    );
    meeting.participants = vec![member.id];
    meeting.hosts = vec![host.id];
    meeting.status = EventStatus::Confirmed;
    meeting.location = "Pärnu mnt 139a, 15169 Tallinn".into();
    plan.people.extend([Arc::new(member), Arc::new(host)]);
    plan.events.push(Arc::new(meeting));
    plan
}

fn window_on(plan: Plan) -> Harness<'static, Window> {
    harness(app_showing(plan, View::Overview))
}

fn problem_rules(harness: &Harness<'_, Window>) -> Vec<Rule> {
    let derived = harness.state().app.document.derived();
    derived.problems.iter().map(|p| p.rule).collect()
}

fn message_of(harness: &Harness<'_, Window>, rule: Rule) -> String {
    let derived = harness.state().app.document.derived();
    derived
        .problems
        .iter()
        .find(|p| p.rule == rule)
        .unwrap_or_else(|| panic!("a {rule:?} problem"))
        .message
        .render()
}

#[test]
fn clicking_a_problem_opens_the_topic_it_names() {
    let mut plan = plan_under_way();
    let topic = Topic::new("AI in agriculture");
    let topic_id = topic.id;
    plan.topics.push(Arc::new(topic));
    let mut harness = window_on(plan);
    assert_eq!(problem_rules(&harness), vec![Rule::TopicNotCovered]);

    shortcut(&mut harness, Key::Num7);
    let message = message_of(&harness, Rule::TopicNotCovered);
    harness.get_by_label(&message).click();
    harness.run();

    assert_eq!(harness.state().app.settings.view, View::Topics);
    assert_eq!(
        harness.state().app.selection.subject,
        Some(Subject::Topic(topic_id))
    );
    assert_eq!(
        harness.get_by_label("Topic title").value().as_deref(),
        Some("AI in agriculture"),
        "the topic is open in the editor"
    );
}

#[test]
fn clicking_a_problem_opens_the_action_it_names() {
    let mut plan = plan_under_way();
    let mut action = Action::new("Send the list of working group members");
    action.due = Some(day(-1));
    let action_id = action.id;
    plan.actions.push(Arc::new(action));
    let mut harness = window_on(plan);

    shortcut(&mut harness, Key::Num7);
    let message = message_of(&harness, Rule::OverdueAction);
    harness.get_by_label(&message).click();
    harness.run();

    assert_eq!(harness.state().app.settings.view, View::Actions);
    assert_eq!(
        harness.state().app.selection.subject,
        Some(Subject::Action(action_id))
    );
    assert_eq!(
        harness.get_by_label("Action text").value().as_deref(),
        Some("Send the list of working group members")
    );
}

#[test]
fn clicking_a_problem_opens_the_event_or_person_it_names() {
    let mut plan = plan_under_way();
    // A meeting with nobody to receive the delegation, in two days.
    let mut unhosted = Event::new(
        EventKind::SiteVisit,
        "Visit to the data centre",
        at(day(2), 9),
        at(day(2), 10),
    );
    unhosted.status = EventStatus::Confirmed;
    let event_id = unhosted.id;
    plan.events.push(Arc::new(unhosted));
    // A visa due after the flight home, tomorrow.
    let member = plan.people[0].id;
    let mut flight = Event::new(
        EventKind::Travel(Default::default()),
        "Flight home",
        at(day(1), 12),
        at(day(1), 15),
    );
    flight.participants = vec![member];
    plan.events.push(Arc::new(flight));
    let person = Arc::make_mut(&mut plan.people[0]);
    person.travel_document.status = attache::model::DocumentStatus::Applied;
    person.travel_document.deadline = Some(day(4));
    let mut harness = window_on(plan);
    assert_eq!(
        problem_rules(&harness),
        vec![Rule::DocumentTooLate, Rule::NoHost]
    );

    shortcut(&mut harness, Key::Num7);
    // The filters show each kind alone.
    let (too_late, no_host) = (
        message_of(&harness, Rule::DocumentTooLate),
        message_of(&harness, Rule::NoHost),
    );
    harness.get_by_label("1 warning").click();
    harness.run();
    assert!(shown(&harness, &no_host) && !shown(&harness, &too_late));
    harness.get_by_label("1 error").click();
    harness.run();
    assert!(shown(&harness, &too_late) && !shown(&harness, &no_host));
    harness.get_by_label("All (2)").click();
    harness.run();

    let message = message_of(&harness, Rule::NoHost);
    harness.get_by_label(&message).click();
    harness.run();
    assert_eq!(harness.state().app.settings.view, View::Itinerary);
    assert_eq!(
        harness.state().app.selection.subject,
        Some(Subject::Event(event_id))
    );

    shortcut(&mut harness, Key::Num7);
    let message = message_of(&harness, Rule::DocumentTooLate);
    harness.get_by_label(&message).click();
    harness.run();
    assert_eq!(harness.state().app.settings.view, View::People);
    assert_eq!(
        harness.state().app.selection.subject,
        Some(Subject::Person(member))
    );
}

#[test]
fn answering_a_question_removes_its_problem() {
    let mut plan = plan_under_way();
    let mut topic = Topic::new("X-Road");
    topic
        .questions
        .push(Question::new("What does a security server cost?"));
    let topic_id = topic.id;
    plan.topics.push(Arc::new(topic));
    // The only meeting on the topic was three days ago.
    Arc::make_mut(&mut plan.events[0]).topics.push(topic_id);
    let mut harness = window_on(plan);
    assert_eq!(problem_rules(&harness), vec![Rule::QuestionLeft]);

    shortcut(&mut harness, Key::Num7);
    let message = message_of(&harness, Rule::QuestionLeft);
    harness.get_by_label(&message).click();
    harness.run();
    harness.get_by_label("Answer to question 1").click();
    harness.run();
    harness
        .get_by_label("Answer to question 1")
        .type_text("About the price of one server a year.");
    harness.run();

    let topic = &harness.state().app.document.plan().topics[0];
    assert!(topic.questions[0].is_answered());
    assert_eq!(problem_rules(&harness), vec![], "the problem is gone");
    shortcut(&mut harness, Key::Num7);
    assert!(!shown(&harness, &message), "and no longer listed");
    assert!(
        harness
            .query_all_by_value("No problems found in this plan.")
            .next()
            .is_some()
    );
}

#[test]
fn a_topic_is_covered_from_the_topic_itself_in_one_undoable_step() {
    let mut plan = plan_under_way();
    // A meeting still to come, which the topic can be added to.
    let mut briefing = Event::new(
        EventKind::Briefing,
        "Cybersecurity briefing",
        at(day(2), 9),
        at(day(2), 10),
    );
    briefing.status = EventStatus::Confirmed;
    briefing.location = "Pärnu mnt 139a, 15169 Tallinn".into();
    plan.events.push(Arc::new(briefing));
    let topic = Topic::new("Cybersecurity");
    let topic_id = topic.id;
    plan.topics.push(Arc::new(topic));
    let mut harness = window_on(plan);
    assert_eq!(problem_rules(&harness), vec![Rule::TopicNotCovered]);

    shortcut(&mut harness, Key::Num5);
    harness.get_by_label("Cybersecurity").click();
    harness.run();
    assert!(
        harness
            .query_all_by_value("No event covers this topic yet.")
            .next()
            .is_some()
    );
    harness.get_by_label("Cover in event").click();
    harness.run();
    harness.get_by_label("Search events").type_text("cyber");
    harness.run();
    harness
        .get_by_label_contains("Cybersecurity briefing")
        .click();
    harness.run();

    let plan = harness.state().app.document.plan();
    assert_eq!(
        plan.events[1].topics,
        vec![topic_id],
        "the event names the topic"
    );
    assert_eq!(problem_rules(&harness), vec![]);
    assert!(shown(&harness, "Stop covering in Cybersecurity briefing"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness.state().app.document.plan().events[1]
            .topics
            .is_empty()
    );
    assert_eq!(problem_rules(&harness), vec![Rule::TopicNotCovered]);
}

#[test]
fn overdue_actions_are_marked_and_grouped_and_closing_one_clears_its_problem() {
    let mut plan = plan_under_way();
    let owner = plan.people[0].id;
    let mut late = Action::new("Send the draft roadmap to RIA");
    late.due = Some(day(-2));
    late.owner = Some(owner);
    let mut later = Action::new("Propose a joint pilot");
    later.due = Some(day(30));
    plan.actions.extend([Arc::new(late), Arc::new(later)]);
    let mut harness = window_on(plan);

    shortcut(&mut harness, Key::Num6);
    let overdue_since = format!("overdue since {}", day(-2).strftime("%-d %b %Y"));
    assert!(harness.query_all_by_value("Overdue").next().is_some());
    assert!(harness.query_all_by_value(&overdue_since).next().is_some());
    assert!(harness.query_all_by_value("Due later").next().is_some());

    harness.get_by_label("Group by").click();
    harness.run();
    // The choice in the list, not the column of that name.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Owner")
        .click();
    harness.run();
    assert!(
        harness.query_all_by_value("Due later").next().is_none(),
        "grouped by owner now, not by due date"
    );
    assert!(harness.query_all_by_value("No owner").next().is_some());

    harness
        .get_by_label("Send the draft roadmap to RIA")
        .click();
    harness.run();
    // The editor's status, not the list's column of that name.
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Status")
        .click();
    harness.run();
    harness.get_by_label("Done").click();
    harness.run();

    assert_eq!(
        harness.state().app.document.plan().actions[0].status,
        ActionStatus::Done
    );
    assert_eq!(problem_rules(&harness), vec![]);
    assert!(harness.query_all_by_value(&overdue_since).next().is_none());
}

#[test]
fn typing_an_answer_is_one_undo_step() {
    let mut plan = plan_under_way();
    let mut topic = Topic::new("X-Road");
    topic.questions.push(Question::new("Who governs X-Road?"));
    plan.topics.push(Arc::new(topic));
    let mut harness = window_on(plan);
    shortcut(&mut harness, Key::Num5);
    harness.get_by_label("X-Road").click();
    harness.run();
    harness.get_by_label("Answer to question 1").click();
    harness.run();
    harness
        .get_by_label("Answer to question 1")
        .type_text("NIIS");
    harness.run();
    assert_eq!(
        harness.state().app.document.plan().topics[0].questions[0].answer,
        "NIIS"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().app.document.plan().topics[0].questions[0].answer,
        ""
    );
}

#[test]
fn a_long_problem_is_shown_whole_and_hovering_adds_no_second_copy() {
    let mut plan = plan_under_way();
    let mut unhosted = Event::new(
        EventKind::SiteVisit,
        "Visit to the national data centre and its backup site ".repeat(3),
        at(day(2), 9),
        at(day(2), 10),
    );
    unhosted.status = EventStatus::Confirmed;
    plan.events.push(Arc::new(unhosted));
    let mut app = app_showing(plan, View::Problems);
    app.settings.view = View::Problems;
    let mut harness = support::harness_sized(app, 700.0, 600.0);
    let message = harness.state().app.document.derived().problems[0]
        .message
        .render();
    let whole = |harness: &Harness<'_, Window>| {
        harness
            .query_all(egui_kittest::kittest::by().predicate(|node| {
                node.role() == egui::accesskit::Role::Label && node.value() == Some(message.clone())
            }))
            .count()
    };
    // The sentence runs over more than two lines at this width, and all of them are shown.
    let line = harness.ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    let shown = harness.get_by_label(&message).rect();
    assert!(
        shown.height() > 3.0 * line,
        "the whole sentence, {} high",
        shown.height()
    );
    let before = whole(&harness);
    harness.get_by_label(&message).hover();
    harness.run();
    assert_eq!(whole(&harness), before, "no tooltip repeats what is shown");
}

#[test]
fn the_topics_list_sorts_by_a_column_and_a_row_opens_its_topic() {
    let mut plan = plan_under_way();
    let mut zeta = Topic::new("Zoning of data centres");
    zeta.questions.push(Question::new("Where are they?"));
    let alpha = Topic::new("AI in agriculture");
    let alpha_id = alpha.id;
    plan.topics.extend([Arc::new(zeta), Arc::new(alpha)]);
    let mut harness = window_on(plan);
    shortcut(&mut harness, Key::Num5);
    let top = |harness: &Harness<'_, Window>, label: &str| harness.get_by_label(label).rect().top();
    assert!(
        top(&harness, "Zoning of data centres") < top(&harness, "AI in agriculture"),
        "plan order first"
    );
    assert!(shown(&harness, "0 of 1 answered"));

    harness.get_by_label("Sort by Topic").click();
    harness.run();
    assert!(
        top(&harness, "AI in agriculture") < top(&harness, "Zoning of data centres"),
        "A to Z"
    );

    harness.get_by_label("AI in agriculture").click();
    harness.run();
    assert_eq!(
        harness.state().app.selection.subject,
        Some(Subject::Topic(alpha_id))
    );
    assert_eq!(
        harness.get_by_label("Topic title").value().as_deref(),
        Some("AI in agriculture")
    );
}
