//! The plan checks, one small plan per kind of problem, each asserting exactly that problem and no
//! other; and the bundled sample, which shows only the problems it means to.

use std::sync::Arc;

use attache::check::{Problem, Rule, Severity, Subject, check};
use attache::model::label::LABEL_CHARACTERS;
use attache::model::{
    Action, ActionStatus, ContactEntry, ContactKind, DelegationRole, DocumentStatus, Event,
    EventKind, EventStatus, Gift, GiftParty, GiftStatus, LocalTime, Person, PersonId, Plan,
    Question, Ride, Room, RoomKind, Seat, Side, Stay, Table, TableShape, Topic, TravelLeg,
    TravelMode, Vehicle, VehicleKind,
};
use jiff::civil::{Date, date};

/// The day the plans are checked on: before the visit.
const TODAY: Date = date(2027, 3, 1);

/// A visit to Tallinn from 21 to 28 March 2027 with nobody and nothing in it yet.
fn visit() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.title = "Study visit".into();
    plan.visit.last_day = date(2027, 3, 28);
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan
}

fn tallinn(day: i8, hour: i8, minute: i8) -> LocalTime {
    LocalTime::new(date(2027, 3, day).at(hour, minute, 0, 0), "Europe/Tallinn")
}

fn person(plan: &mut Plan, name: &str) -> PersonId {
    let person = Person::new(name);
    let id = person.id;
    plan.people.push(Arc::new(person));
    id
}

/// A confirmed event with a host, so that only what a test changes is wrong with it.
fn event(
    plan: &mut Plan,
    kind: EventKind,
    title: &str,
    start: LocalTime,
    end: LocalTime,
    location: &str,
    participants: &[PersonId],
) -> usize {
    let mut event = Event::new(kind, title, start, end);
    event.location = location.into();
    event.participants = participants.to_vec();
    event.status = EventStatus::Confirmed;
    let host = person(plan, &format!("Host of {title}"));
    event.hosts = vec![host];
    plan.events.push(Arc::new(event));
    plan.events.len() - 1
}

fn edit_event(plan: &mut Plan, position: usize, edit: impl FnOnce(&mut Event)) {
    edit(Arc::make_mut(&mut plan.events[position]));
}

fn meeting(
    plan: &mut Plan,
    title: &str,
    start: LocalTime,
    end: LocalTime,
    who: &[PersonId],
) -> usize {
    event(
        plan,
        EventKind::Meeting,
        title,
        start,
        end,
        "Ministry of Foreign Affairs, Islandi väljak 1, 15049 Tallinn",
        who,
    )
}

/// Checks `plan` as of `today` and asserts it has exactly one problem, of `rule`, about
/// `subject`; returns it.
fn only_problem(plan: &Plan, today: Date, rule: Rule, subject: Subject) -> Problem {
    let problems = check(plan, today);
    assert_eq!(problems.len(), 1, "exactly one problem: {problems:#?}");
    let problem = problems.into_iter().next().unwrap();
    assert_eq!(
        (problem.rule, problem.subject),
        (rule, subject),
        "{problem:#?}"
    );
    problem
}

#[test]
fn a_plan_with_nothing_wrong_has_no_problems() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    meeting(
        &mut plan,
        "Second meeting",
        tallinn(22, 11, 0),
        tallinn(22, 12, 0),
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
}

// ---------------------------------------------------------------------------------------------
// A person in two events at once

#[test]
fn a_person_in_two_meetings_at_once_is_an_error_naming_both() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    let second = meeting(
        &mut plan,
        "X-Road briefing",
        tallinn(22, 10, 0),
        tallinn(22, 11, 0),
        &[head],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::Conflict,
        Subject::Event(plan.events[second].id),
    );
    assert_eq!(problem.severity, Severity::Error);
    assert_eq!(
        problem.message.render(),
        "\"Head of delegation\" is in two events at once: \"Opening meeting\" (until Mon 22 Mar \
         10:30 Tallinn) and \"X-Road briefing\" (from Mon 22 Mar 10:00 Tallinn)"
    );
}

#[test]
fn a_long_name_and_title_are_shortened_in_a_sentence_at_a_letter_with_its_marks() {
    let mut plan = visit();
    // 100 letters, each with its vowel mark: more than a label keeps.
    let name = "سُ".repeat(100);
    let head = person(&mut plan, &name);
    let title = format!("Meeting on {}", "interoperability ".repeat(10));
    meeting(
        &mut plan,
        &title,
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    let second = meeting(
        &mut plan,
        "X-Road briefing",
        tallinn(22, 10, 0),
        tallinn(22, 11, 0),
        &[head],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::Conflict,
        Subject::Event(plan.events[second].id),
    );
    let short_name = format!("{}…", "سُ".repeat(LABEL_CHARACTERS - 1));
    let short_title = format!(
        "{}…",
        title
            .chars()
            .take(LABEL_CHARACTERS - 1)
            .collect::<String>()
            .trim_end()
    );
    assert_eq!(
        problem.message.render(),
        format!(
            "\"{short_name}\" is in two events at once: \"{short_title}\" (until Mon 22 Mar \
             10:30 Tallinn) and \"X-Road briefing\" (from Mon 22 Mar 10:00 Tallinn)"
        )
    );
}

#[test]
fn the_people_caught_in_the_same_two_events_are_one_problem() {
    let mut plan = visit();
    let people: Vec<PersonId> = (1..=5)
        .map(|i| person(&mut plan, &format!("Member {i}")))
        .collect();
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &people,
    );
    let second = meeting(
        &mut plan,
        "Briefing",
        tallinn(22, 10, 0),
        tallinn(22, 11, 0),
        &people,
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::Conflict,
        Subject::Event(plan.events[second].id),
    );
    assert!(
        problem
            .message
            .render()
            .starts_with("\"Member 1\", \"Member 2\" and 3 others are in two events"),
        "{}",
        problem.message
    );
}

#[test]
fn a_flight_clashes_with_a_meeting_across_time_zones() {
    // The flight leaves Tallinn at 10:05 and lands in Istanbul at 13:35 (11:35 in Tallinn); the
    // meeting at 11:00 Tallinn time is during the flight.
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let leg = TravelLeg {
        mode: TravelMode::Flight,
        from: "Tallinn Airport (TLL)".into(),
        to: "Istanbul Airport (IST)".into(),
        ..TravelLeg::default()
    };
    event(
        &mut plan,
        EventKind::Travel(leg),
        "Flight Tallinn – Istanbul",
        tallinn(28, 10, 5),
        LocalTime::new(date(2027, 3, 28).at(13, 35, 0, 0), "Europe/Istanbul"),
        "",
        &[head],
    );
    let late = meeting(
        &mut plan,
        "Farewell call",
        tallinn(28, 11, 0),
        tallinn(28, 11, 30),
        &[head],
    );
    only_problem(
        &plan,
        TODAY,
        Rule::Conflict,
        Subject::Event(plan.events[late].id),
    );
}

#[test]
fn a_stay_does_not_clash_with_meetings_and_touching_events_do_not_clash() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    event(
        &mut plan,
        EventKind::Stay(Stay::default()),
        "Swissôtel Tallinn",
        tallinn(21, 16, 30),
        tallinn(28, 7, 30),
        "Swissôtel Tallinn, Tornimäe 3, 10145 Tallinn",
        &[head],
    );
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    meeting(
        &mut plan,
        "Next meeting",
        tallinn(22, 10, 30),
        tallinn(22, 11, 30),
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
}

#[test]
fn a_clash_with_a_proposed_event_is_a_warning_and_a_cancelled_one_is_none() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    let proposed = meeting(
        &mut plan,
        "Proposed call",
        tallinn(22, 10, 0),
        tallinn(22, 10, 45),
        &[head],
    );
    edit_event(&mut plan, proposed, |e| e.status = EventStatus::Proposed);
    let cancelled = meeting(
        &mut plan,
        "Cancelled visit",
        tallinn(22, 9, 0),
        tallinn(22, 12, 0),
        &[head],
    );
    edit_event(&mut plan, cancelled, |e| e.status = EventStatus::Cancelled);
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::Conflict,
        Subject::Event(plan.events[proposed].id),
    );
    assert_eq!(problem.severity, Severity::Warning);
}

#[test]
fn an_all_day_item_does_not_clash_with_what_happens_during_it() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let trip = event(
        &mut plan,
        EventKind::SiteVisit,
        "Day in Tartu",
        tallinn(25, 0, 0),
        tallinn(25, 0, 0),
        "Tartu Science Park, 50411 Tartu",
        &[head],
    );
    edit_event(&mut plan, trip, |e| e.all_day = true);
    event(
        &mut plan,
        EventKind::SiteVisit,
        "Agritech start-up",
        tallinn(25, 15, 0),
        tallinn(25, 16, 0),
        "Tartu Science Park, 50411 Tartu",
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
}

// ---------------------------------------------------------------------------------------------
// Records and references

#[test]
fn two_people_with_one_id_is_an_error_at_the_second() {
    let mut plan = visit();
    let first = person(&mut plan, "Head of delegation");
    let mut copy = Person::new("Head of delegation (copy)");
    copy.id = first;
    plan.people.push(Arc::new(copy));
    let problem = only_problem(&plan, TODAY, Rule::DuplicateId, Subject::Person(first));
    assert_eq!((problem.severity, problem.occurrence), (Severity::Error, 1));
}

#[test]
fn a_participant_missing_from_the_plan_is_an_error_and_nothing_else() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let meeting = meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    edit_event(&mut plan, meeting, |e| {
        e.participants.push(PersonId::from_value(0xdead))
    });
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::MissingRecord,
        Subject::Event(plan.events[meeting].id),
    );
    assert!(
        problem
            .message
            .render()
            .contains("refers to person 000000000000dead"),
        "{}",
        problem.message
    );
}

#[test]
fn an_unknown_zone_is_one_error_and_no_guesses_about_the_event() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    let lost = meeting(
        &mut plan,
        "Somewhere",
        tallinn(22, 10, 0),
        tallinn(22, 11, 0),
        &[head],
    );
    edit_event(&mut plan, lost, |e| e.end.zone = "Europe/Atlantis".into());
    only_problem(
        &plan,
        TODAY,
        Rule::UnknownZone,
        Subject::Event(plan.events[lost].id),
    );
}

#[test]
fn a_visit_ending_before_it_starts_is_one_error() {
    let mut plan = visit();
    plan.visit.last_day = date(2027, 3, 20);
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    only_problem(&plan, TODAY, Rule::VisitDates, Subject::Visit);
}

#[test]
fn a_visit_of_more_than_a_year_is_a_warning() {
    let mut plan = visit();
    plan.visit.last_day = date(2207, 3, 28);
    let problem = only_problem(&plan, TODAY, Rule::LongVisit, Subject::Visit);
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(
        problem.message.render(),
        "the visit lasts 65751 days, from 2027-03-21 to 2207-03-28; is one of its dates mistyped?"
    );
}

// ---------------------------------------------------------------------------------------------
// The visit's days, hosts

#[test]
fn an_event_after_the_last_day_is_outside_the_visit() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let late = meeting(
        &mut plan,
        "Late meeting",
        tallinn(29, 9, 0),
        tallinn(29, 10, 0),
        &[head],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::OutsideVisit,
        Subject::Event(plan.events[late].id),
    );
    assert_eq!(
        problem.message.render(),
        "event \"Late meeting\" is on 2027-03-29, outside the visit (2027-03-21 to 2027-03-28)"
    );
}

#[test]
fn a_flight_home_may_land_the_day_after_the_last_day() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let leg = TravelLeg {
        from: "Tallinn Airport (TLL)".into(),
        to: "Baghdad International Airport (BGW)".into(),
        ..TravelLeg::default()
    };
    event(
        &mut plan,
        EventKind::Travel(leg),
        "Night flight home",
        tallinn(28, 22, 0),
        LocalTime::new(date(2027, 3, 29).at(5, 0, 0, 0), "Asia/Baghdad"),
        "",
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
}

#[test]
fn an_event_ending_before_it_starts_is_an_error() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let backwards = meeting(
        &mut plan,
        "Backwards",
        tallinn(22, 11, 0),
        tallinn(22, 10, 0),
        &[head],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::EndBeforeStart,
        Subject::Event(plan.events[backwards].id),
    );
    assert_eq!(problem.severity, Severity::Error);
}

#[test]
fn a_meeting_with_no_host_is_a_warning() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let unhosted = meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    edit_event(&mut plan, unhosted, |e| e.hosts.clear());
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::NoHost,
        Subject::Event(plan.events[unhosted].id),
    );
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(
        problem.message.render(),
        "meeting \"Opening meeting\" has no host: name the person who receives the delegation"
    );
}

#[test]
fn a_meal_needs_no_host() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let lunch = event(
        &mut plan,
        EventKind::Meal,
        "Lunch",
        tallinn(22, 12, 0),
        tallinn(22, 13, 0),
        "Old Town, Tallinn",
        &[head],
    );
    edit_event(&mut plan, lunch, |e| e.hosts.clear());
    assert_eq!(check(&plan, TODAY), vec![]);
}

// ---------------------------------------------------------------------------------------------
// Study topics

fn topic(plan: &mut Plan, title: &str, questions: &[(&str, &str)]) -> usize {
    let mut topic = Topic::new(title);
    for (text, answer) in questions {
        let mut question = Question::new(*text);
        question.answer = (*answer).into();
        topic.questions.push(question);
    }
    plan.topics.push(Arc::new(topic));
    plan.topics.len() - 1
}

#[test]
fn a_topic_no_event_covers_is_a_warning() {
    let mut plan = visit();
    let uncovered = topic(&mut plan, "AI in agriculture", &[]);
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::TopicNotCovered,
        Subject::Topic(plan.topics[uncovered].id),
    );
    assert!(
        problem
            .message
            .render()
            .starts_with("topic \"AI in agriculture\" is not covered by any event")
    );
}

#[test]
fn an_untitled_topic_is_named_as_such_in_its_problem() {
    let mut plan = visit();
    let untitled = topic(&mut plan, "", &[]);
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::TopicNotCovered,
        Subject::Topic(plan.topics[untitled].id),
    );
    assert!(
        problem
            .message
            .render()
            .starts_with("an untitled topic is not covered by any event"),
        "{}",
        problem.message
    );
}

#[test]
fn a_topic_covered_only_by_a_cancelled_event_is_not_covered() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let t = topic(&mut plan, "Cyber defence", &[]);
    let topic_id = plan.topics[t].id;
    let cancelled = meeting(
        &mut plan,
        "NATO centre",
        tallinn(23, 16, 0),
        tallinn(23, 17, 0),
        &[head],
    );
    edit_event(&mut plan, cancelled, |e| {
        e.topics = vec![topic_id];
        e.status = EventStatus::Cancelled;
    });
    only_problem(
        &plan,
        TODAY,
        Rule::TopicNotCovered,
        Subject::Topic(topic_id),
    );
}

#[test]
fn an_unanswered_question_with_no_remaining_event_is_a_warning_until_answered() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let t = topic(
        &mut plan,
        "X-Road",
        &[("Who governs X-Road?", "NIIS."), ("What does it cost?", "")],
    );
    let topic_id = plan.topics[t].id;
    let covering = meeting(
        &mut plan,
        "X-Road briefing",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    edit_event(&mut plan, covering, |e| e.topics = vec![topic_id]);

    assert_eq!(
        check(&plan, date(2027, 3, 22)),
        vec![],
        "on the day of the briefing it can still be asked"
    );
    let problem = only_problem(
        &plan,
        date(2027, 3, 23),
        Rule::QuestionLeft,
        Subject::Topic(topic_id),
    );
    assert_eq!(
        problem.message.render(),
        "question \"What does it cost?\" of topic \"X-Road\" is unanswered and no remaining event \
         covers the topic"
    );

    Arc::make_mut(&mut plan.topics[t]).questions[1].answer = "Little: it is open source.".into();
    assert_eq!(check(&plan, date(2027, 3, 23)), vec![]);
}

// ---------------------------------------------------------------------------------------------
// Travel documents, actions

#[test]
fn a_visa_due_after_the_first_departure_is_an_error() {
    let mut plan = visit();
    let member = person(&mut plan, "Director of Information Security");
    Arc::make_mut(&mut plan.people[0]).travel_document.status = DocumentStatus::Applied;
    Arc::make_mut(&mut plan.people[0]).travel_document.deadline = Some(date(2027, 3, 25));
    let leg = TravelLeg {
        from: "Baghdad International Airport (BGW)".into(),
        to: "Istanbul Airport (IST)".into(),
        ..TravelLeg::default()
    };
    event(
        &mut plan,
        EventKind::Travel(leg),
        "Flight Baghdad – Istanbul",
        LocalTime::new(date(2027, 3, 21).at(4, 30, 0, 0), "Asia/Baghdad"),
        LocalTime::new(date(2027, 3, 21).at(8, 10, 0, 0), "Europe/Istanbul"),
        "",
        &[member],
    );
    let problem = only_problem(&plan, TODAY, Rule::DocumentTooLate, Subject::Person(member));
    assert_eq!(problem.severity, Severity::Error);
    assert_eq!(
        problem.message.render(),
        "person \"Director of Information Security\": the travel document (applied) is due on \
         2027-03-25, after their first departure, \"Flight Baghdad – Istanbul\" on 2027-03-21"
    );

    Arc::make_mut(&mut plan.people[0]).travel_document.status = DocumentStatus::Issued;
    assert_eq!(
        check(&plan, TODAY),
        vec![],
        "an issued document is no longer due"
    );
}

#[test]
fn an_open_action_past_its_due_date_is_overdue() {
    let mut plan = visit();
    let owner = person(&mut plan, "Deputy head");
    let mut action = Action::new("Send the list of working group members.");
    action.owner = Some(owner);
    action.due = Some(date(2027, 4, 1));
    action.status = ActionStatus::InProgress;
    let id = action.id;
    plan.actions.push(Arc::new(action));

    assert_eq!(
        check(&plan, date(2027, 4, 1)),
        vec![],
        "due today is not overdue"
    );
    let problem = only_problem(
        &plan,
        date(2027, 4, 2),
        Rule::OverdueAction,
        Subject::Action(id),
    );
    assert_eq!(
        problem.message.render(),
        "action \"Send the list of working group members.\" (owner \"Deputy head\") was due on \
         2027-04-01 and is still in progress"
    );
    Arc::make_mut(&mut plan.actions[0]).status = ActionStatus::Done;
    assert_eq!(
        check(&plan, date(2027, 4, 2)),
        vec![],
        "a done action is never overdue"
    );
}

// ---------------------------------------------------------------------------------------------
// Getting from one place to the next

#[test]
fn consecutive_events_in_different_cities_need_a_travel_leg() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(24, 9, 30),
        tallinn(24, 11, 0),
        &[head],
    );
    let tartu = event(
        &mut plan,
        EventKind::SiteVisit,
        "University visit",
        tallinn(24, 15, 0),
        tallinn(24, 16, 0),
        "Estonian University of Life Sciences, Fr. R. Kreutzwaldi 1, 51006 Tartu",
        &[head],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::NoTravelLeg,
        Subject::Event(plan.events[tartu].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Head of delegation\" goes from \"Opening meeting\" in Tallinn to \"University visit\" \
         in Tartu with no travel leg between them"
    );

    // With the bus in between, the plan is whole.
    let bus = TravelLeg {
        mode: TravelMode::Bus,
        from: "Old Town, Tallinn".into(),
        to: "Hotel London, Tartu".into(),
        ..TravelLeg::default()
    };
    event(
        &mut plan,
        EventKind::Travel(bus),
        "Bus Tallinn – Tartu",
        tallinn(24, 11, 30),
        tallinn(24, 14, 0),
        "",
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
}

#[test]
fn different_places_in_one_city_need_time_between_them() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    let briefing = event(
        &mut plan,
        EventKind::Briefing,
        "e-Estonia briefing",
        tallinn(22, 10, 35),
        tallinn(22, 12, 0),
        "e-Estonia Briefing Centre, Ülemiste City, Tallinn",
        &[head],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::TightTransfer,
        Subject::Event(plan.events[briefing].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Head of delegation\" has only 5 minutes to get from \"Opening meeting\" (Ministry of \
         Foreign Affairs, Islandi väljak 1, 15049 Tallinn) to \"e-Estonia briefing\" (e-Estonia \
         Briefing Centre, Ülemiste City, Tallinn)"
    );

    // Lunch in the same building straight after is fine.
    let lunch = event(
        &mut plan,
        EventKind::Meal,
        "Working lunch",
        tallinn(22, 12, 0),
        tallinn(22, 13, 0),
        "Ülemiste City, Tallinn",
        &[head],
    );
    assert!(
        check(&plan, TODAY)
            .iter()
            .all(|p| p.subject != Subject::Event(plan.events[lunch].id))
    );
}

// ---------------------------------------------------------------------------------------------
// Order

#[test]
fn errors_come_first_then_problems_in_time_order() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    // A warning on the 22nd, an error on the 24th, a warning on the 23rd, a timeless warning.
    let early = meeting(
        &mut plan,
        "Unhosted early",
        tallinn(22, 9, 0),
        tallinn(22, 10, 0),
        &[head],
    );
    edit_event(&mut plan, early, |e| e.hosts.clear());
    let backwards = meeting(
        &mut plan,
        "Backwards",
        tallinn(24, 11, 0),
        tallinn(24, 10, 0),
        &[head],
    );
    let later = meeting(
        &mut plan,
        "Unhosted later",
        tallinn(23, 9, 0),
        tallinn(23, 10, 0),
        &[head],
    );
    edit_event(&mut plan, later, |e| e.hosts.clear());
    let t = topic(&mut plan, "Uncovered", &[]);

    let order: Vec<Subject> = check(&plan, TODAY).iter().map(|p| p.subject).collect();
    assert_eq!(
        order,
        vec![
            Subject::Event(plan.events[backwards].id),
            Subject::Topic(plan.topics[t].id),
            Subject::Event(plan.events[early].id),
            Subject::Event(plan.events[later].id),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// The bundled sample

#[test]
fn the_sample_plan_shows_no_problems_while_it_is_being_prepared() {
    let plan = attache::app::sample_plan();
    assert_eq!(check(&plan, TODAY), vec![]);
}

#[test]
fn after_the_visit_the_sample_shows_its_open_questions_and_overdue_actions() {
    let plan = attache::app::sample_plan();
    let problems = check(&plan, date(2027, 4, 21));
    let unanswered: usize = plan
        .topics
        .iter()
        .map(|t| t.questions.iter().filter(|q| !q.is_answered()).count())
        .sum();
    let questions = problems
        .iter()
        .filter(|p| p.rule == Rule::QuestionLeft)
        .count();
    assert_eq!(questions, unanswered, "{problems:#?}");
    let overdue: Vec<String> = problems
        .iter()
        .filter(|p| p.rule == Rule::OverdueAction)
        .map(|p| p.message.render())
        .collect();
    assert_eq!(
        overdue.len(),
        2,
        "due on 15 and 20 April and still open: {overdue:#?}"
    );
    assert_eq!(problems.len(), questions + overdue.len(), "{problems:#?}");
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
}

#[test]
fn a_start_in_a_dst_gap_is_a_warning_naming_the_time_taken_and_the_lost_hour() {
    let mut plan = visit();
    // The clocks in Tallinn go from 03:00 to 04:00 on 28 March 2027.
    let position = meeting(
        &mut plan,
        "Breakfast briefing",
        tallinn(28, 3, 30),
        tallinn(28, 4, 30),
        &[],
    );
    let id = plan.events[position].id;
    let problem = only_problem(&plan, TODAY, Rule::TimeInGap, Subject::Event(id));
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(
        problem.message.render(),
        "event \"Breakfast briefing\", its start: there is no 03:30 in Tallinn on 2027-03-28 \
         (the clocks go forward from 03:00 to 04:00); Attaché takes 04:30 (UTC+3), so the \
         event lasts no time at all"
    );
}

#[test]
fn an_end_in_a_dst_fold_is_a_warning_naming_the_first_of_the_two() {
    let mut plan = visit();
    plan.visit.last_day = date(2027, 10, 31);
    // The clocks in Tallinn go back from 04:00 to 03:00 on 31 October 2027: 03:30 happens twice.
    let start = LocalTime::new(date(2027, 10, 31).at(2, 0, 0, 0), "Europe/Tallinn");
    let end = LocalTime::new(date(2027, 10, 31).at(3, 30, 0, 0), "Europe/Tallinn");
    let position = meeting(&mut plan, "Night ferry briefing", start, end, &[]);
    let id = plan.events[position].id;
    let problem = only_problem(&plan, TODAY, Rule::TimeInFold, Subject::Event(id));
    assert_eq!(
        problem.message.render(),
        "event \"Night ferry briefing\", its end: 03:30 happens twice in Tallinn on 2027-10-31 \
         (the clocks go back from 04:00 to 03:00); Attaché takes the first, 03:30 UTC+3, not \
         the second, 03:30 UTC+2"
    );
}

// ---- Protocol: seating, rooms, vehicles, gifts ------------------------------------------------

fn dinner(plan: &mut Plan, guests: &[PersonId]) -> usize {
    let position = event(
        plan,
        EventKind::Meal,
        "Welcome dinner",
        tallinn(22, 19, 30),
        tallinn(22, 21, 30),
        "Kadriorg Palace",
        guests,
    );
    edit_event(plan, position, |dinner| {
        let everyone: Vec<PersonId> = dinner.people().collect();
        let mut table = Table::new("Head table", TableShape::Head, everyone.len());
        for (seat, person) in table.seats.iter_mut().zip(everyone) {
            seat.person = Some(person);
        }
        dinner.tables = vec![table];
    });
    position
}

fn with_role(plan: &mut Plan, name: &str, side: Side, role: DelegationRole) -> PersonId {
    let id = person(plan, name);
    let person = Arc::make_mut(plan.people.last_mut().unwrap());
    person.side = side;
    person.role = role;
    id
}

#[test]
fn a_seated_dinner_with_everyone_in_one_seat_has_no_problems() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    dinner(&mut plan, &[head]);
    assert_eq!(check(&plan, TODAY), []);
}

#[test]
fn someone_taking_part_with_no_seat() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let at = dinner(&mut plan, &[head]);
    let late = person(&mut plan, "Late addition");
    edit_event(&mut plan, at, |dinner| dinner.participants.push(late));
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::Unseated,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Late addition\" is taking part in \"Welcome dinner\" but not seated"
    );
}

#[test]
fn someone_seated_who_is_not_taking_part_and_someone_seated_twice() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let at = dinner(&mut plan, &[head]);
    edit_event(&mut plan, at, |dinner| {
        dinner.participants.clear();
    });
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::SeatedNotTakingPart,
        Subject::Event(plan.events[at].id),
    );
    assert!(
        problem
            .message
            .render()
            .starts_with("\"Head of delegation\" is seated at")
    );

    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let at = dinner(&mut plan, &[head]);
    edit_event(&mut plan, at, |dinner| {
        let mut extra = Seat::empty();
        extra.interpreter = Some(head);
        dinner.tables[0].seats.push(extra);
    });
    only_problem(
        &plan,
        TODAY,
        Rule::SeatedTwice,
        Subject::Event(plan.events[at].id),
    );
}

#[test]
fn an_interpreter_seated_away_from_their_side_when_interpretation_is_needed() {
    let mut plan = visit();
    let head = with_role(&mut plan, "Head", Side::Visiting, DelegationRole::Head);
    let host = with_role(&mut plan, "Ambassador", Side::Host, DelegationRole::Host);
    let interpreter = with_role(
        &mut plan,
        "Interpreter",
        Side::Visiting,
        DelegationRole::Interpreter,
    );
    // Seated in the order named: the interpreter beside the ambassador (of the other side), the
    // head beyond, the dinner's host last.
    let at = dinner(&mut plan, &[interpreter, host, head]);
    edit_event(&mut plan, at, |dinner| dinner.interpretation_needed = true);
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::InterpreterSeat,
        Subject::Event(plan.events[at].id),
    );
    assert!(
        problem
            .message
            .render()
            .starts_with("interpreter \"Interpreter\" is seated"),
        "{}",
        problem.message
    );
    // Behind the head instead: no problem.
    edit_event(&mut plan, at, |dinner| {
        let seats = &mut dinner.tables[0].seats;
        seats[0].person = None;
        seats[2].interpreter = Some(interpreter);
    });
    assert_eq!(check(&plan, TODAY), []);
}

#[test]
fn a_delegation_member_with_no_room_for_a_night_of_the_stay() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let member = person(&mut plan, "Member");
    let at = event(
        &mut plan,
        EventKind::Stay(Stay::default()),
        "Swissôtel Tallinn",
        tallinn(21, 16, 0),
        tallinn(24, 8, 0),
        "Swissôtel Tallinn",
        &[head, member],
    );
    edit_event(&mut plan, at, |stay| {
        let EventKind::Stay(stay) = &mut stay.kind else {
            unreachable!()
        };
        let mut suite = Room::new(RoomKind::Suite, date(2027, 3, 21), date(2027, 3, 23));
        suite.guests = vec![head];
        let mut single = Room::new(RoomKind::Single, date(2027, 3, 22), date(2027, 3, 23));
        single.guests = vec![member];
        stay.rooms = vec![suite, single];
    });
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::NoRoom,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Member\" has no room at \"Swissôtel Tallinn\" for the night of 2027-03-21"
    );
}

#[test]
fn a_vehicle_with_more_passengers_than_seats_and_someone_left_behind() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let deputy = person(&mut plan, "Deputy");
    let member = person(&mut plan, "Member");
    let car = Vehicle::new("Car 1", VehicleKind::Car, 1);
    let at = event(
        &mut plan,
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Car,
            from: "Tallinn Airport".into(),
            to: "Swissôtel Tallinn".into(),
            ..TravelLeg::default()
        }),
        "Transfer to the hotel",
        tallinn(21, 15, 45),
        tallinn(21, 16, 15),
        "Tallinn Airport",
        &[head, deputy, member],
    );
    let host = plan.events[at].hosts[0];
    edit_event(&mut plan, at, |transfer| {
        let mut ride = Ride::new(car.id);
        ride.passengers = vec![head, deputy, host];
        transfer.rides = vec![ride];
    });
    plan.visit.vehicles = vec![car];
    let problems = check(&plan, TODAY);
    let found: Vec<(Rule, String)> = problems
        .iter()
        .map(|p| (p.rule, p.message.render()))
        .collect();
    let found: Vec<(Rule, &str)> = found.iter().map(|(r, m)| (*r, m.as_str())).collect();
    assert_eq!(
        found,
        [
            (
                Rule::VehicleOverfull,
                "\"Car 1\" has 1 seats but 3 passengers on \"Transfer to the hotel\""
            ),
            (
                Rule::NoRide,
                "\"Member\" is going on \"Transfer to the hotel\" with no seat in a vehicle"
            ),
        ]
    );
}

#[test]
fn a_gift_planned_for_an_event_its_recipient_does_not_attend() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let minister = person(&mut plan, "Minister");
    let at = meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 30),
        tallinn(22, 10, 30),
        &[head],
    );
    edit_event(&mut plan, at, |opening| {
        opening.gifts = vec![Gift::new(
            GiftParty::Person(head),
            GiftParty::Person(minister),
            "Silver tray",
        )];
    });
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::GiftPartyAbsent,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "the gift \"Silver tray\" is planned for \"Opening meeting\", but its recipient \"Minister\" does not attend"
    );
    // Once handed over, it is history, not a plan.
    edit_event(&mut plan, at, |opening| {
        opening.gifts[0].status = GiftStatus::HandedOver
    });
    assert_eq!(check(&plan, TODAY), []);
}

#[test]
fn protocol_records_naming_missing_people_and_vehicles() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let at = dinner(&mut plan, &[head]);
    let gone = PersonId::from_value(7);
    let car = attache::model::VehicleId::from_value(9);
    edit_event(&mut plan, at, |dinner| {
        dinner.gifts = vec![Gift::new(
            GiftParty::Person(head),
            GiftParty::Person(gone),
            "Book",
        )];
        dinner.rides = vec![Ride::new(car)];
    });
    let problems: Vec<_> = check(&plan, TODAY)
        .into_iter()
        .filter(|p| p.rule == Rule::MissingRecord)
        .map(|p| p.message.render())
        .collect();
    assert_eq!(
        problems,
        [
            "event \"Welcome dinner\" refers to person 0000000000000007, which is not in the plan",
            "event \"Welcome dinner\" refers to vehicle 0000000000000009, which is not in the plan",
        ]
    );
}

#[test]
fn hidden_characters_in_protocol_records_are_warned_about_too() {
    let mut plan = visit();
    let mut vehicle = Vehicle::new("Car 1", VehicleKind::Car, 3);
    vehicle.driver = "Margus\u{202E}Tamm".into();
    plan.visit.vehicles.push(vehicle);
    let problems = check(&plan, date(2027, 3, 1));
    let warned: Vec<String> = problems
        .iter()
        .filter(|problem| problem.rule == Rule::HiddenCharacters)
        .map(|problem| problem.message.render())
        .collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(
        warned[0].starts_with("the driver's name \"Margus\\u{202e}Tamm\""),
        "{}",
        warned[0]
    );
}

#[test]
fn hidden_characters_in_any_of_a_persons_numbers_are_warned_about() {
    let mut plan = visit();
    let mut person = Person::new("Kadri Tamm");
    // The second number, not the one shown: a pasted number with a right-to-left override
    // would be dialled as something other than it reads.
    person.phones = vec![
        ContactEntry::new("+372 5555 0001", ContactKind::Mobile).preferred(),
        ContactEntry::new("+372 \u{202E}1000 5555", ContactKind::Work),
    ];
    plan.people.push(Arc::new(person));
    let warned: Vec<String> = check(&plan, date(2027, 3, 1))
        .into_iter()
        .filter(|problem| problem.rule == Rule::HiddenCharacters)
        .map(|problem| problem.message.render())
        .collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(
        warned[0].starts_with("the phone number \"+372 \\u{202e}1000 5555\""),
        "{}",
        warned[0]
    );
}

// ---- Every clash, however the events nest ----------------------------------------------------

/// The problems `plan` has of `rule`, as of [`TODAY`].
fn problems_of(plan: &Plan, rule: Rule) -> Vec<Problem> {
    check(plan, TODAY)
        .into_iter()
        .filter(|problem| problem.rule == rule)
        .collect()
}

#[test]
fn two_confirmed_meetings_during_a_proposed_tour_clash_with_each_other_too() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let tour = event(
        &mut plan,
        EventKind::SiteVisit,
        "Study tour",
        tallinn(23, 9, 0),
        tallinn(23, 17, 0),
        "Ministry of Foreign Affairs, Islandi väljak 1, 15049 Tallinn",
        &[head],
    );
    edit_event(&mut plan, tour, |e| e.status = EventStatus::Proposed);
    let first = meeting(
        &mut plan,
        "First meeting",
        tallinn(23, 10, 0),
        tallinn(23, 11, 0),
        &[head],
    );
    let second = meeting(
        &mut plan,
        "Second meeting",
        tallinn(23, 10, 30),
        tallinn(23, 11, 30),
        &[head],
    );
    let id = |position: usize| Subject::Event(plan.events[position].id);
    let found: Vec<(Severity, Subject, Option<Subject>)> = check(&plan, TODAY)
        .into_iter()
        .map(|p| (p.severity, p.subject, p.also))
        .collect();
    assert_eq!(
        found,
        [
            (Severity::Error, id(second), Some(id(first))),
            (Severity::Warning, id(first), Some(id(tour))),
            (Severity::Warning, id(second), Some(id(tour))),
        ]
    );
}

/// One event of a random plan: its kind, status and times in minutes of 22 March, and who of the
/// three people takes part.
#[derive(Clone, Debug)]
struct RandomEvent {
    kind: u8,
    status: u8,
    all_day: bool,
    start: i32,
    length: i32,
    people: [bool; 3],
}

fn random_event() -> impl proptest::strategy::Strategy<Value = RandomEvent> {
    use proptest::prelude::*;
    (
        0u8..4,
        0u8..4,
        proptest::bool::weighted(0.1),
        0i32..600,
        -10i32..240,
        any::<[bool; 3]>(),
    )
        .prop_map(
            |(kind, status, all_day, start, length, people)| RandomEvent {
                kind,
                status,
                all_day,
                start,
                length,
                people,
            },
        )
}

fn minutes(total: i32) -> LocalTime {
    let total = total.clamp(0, 24 * 60 - 1);
    tallinn(22, (total / 60) as i8, (total % 60) as i8)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// The clashes the check reports are those of a brute-force comparison of every two events:
    /// nothing missed, nothing invented, each with the severity and the people it should have.
    #[test]
    /// At most nine events, so that none clashes with more than the eight a problem names (see
    /// `many_meetings_at_one_hour_are_named_eight_at_a_time` for more).
    fn clashes_are_exactly_the_overlapping_pairs(events in proptest::collection::vec(random_event(), 0..10)) {
        let mut plan = visit();
        let people: Vec<PersonId> = (0..3).map(|i| person(&mut plan, &format!("P{i}"))).collect();
        for (i, random) in events.iter().enumerate() {
            let kind = match random.kind {
                0 => EventKind::Stay(Stay::default()),
                1 => EventKind::Meal,
                _ => EventKind::Meeting,
            };
            let mut event = Event::new(
                kind,
                format!("E{i}"),
                minutes(random.start),
                minutes(random.start + random.length),
            );
            event.all_day = random.all_day;
            event.status = [
                EventStatus::Proposed,
                EventStatus::Requested,
                EventStatus::Confirmed,
                EventStatus::Cancelled,
            ][random.status as usize];
            event.participants = people
                .iter()
                .zip(random.people)
                .filter_map(|(&p, taking_part)| taking_part.then_some(p))
                .collect();
            plan.events.push(Arc::new(event));
        }

        // The oracle: every two timed, not cancelled, well-ordered events that overlap.
        let timed = |e: &Event| {
            !e.all_day
                && !matches!(e.kind, EventKind::Stay(_))
                && e.status != EventStatus::Cancelled
                && e.end.wall >= e.start.wall
        };
        let mut expected = Vec::new();
        for (i, a) in plan.events.iter().enumerate() {
            for (j, b) in plan.events.iter().enumerate().skip(i + 1) {
                // On one day in March, wall times in Tallinn are in the order of their instants.
                let overlap = timed(a) && timed(b) && a.start.wall < b.end.wall && b.start.wall < a.end.wall;
                if !overlap {
                    continue;
                }
                let shared: Vec<usize> = (0..3)
                    .filter(|&p| a.participants.contains(&people[p]) && b.participants.contains(&people[p]))
                    .collect();
                if shared.is_empty() {
                    continue;
                }
                // The later is the one that starts later (then ends later, then comes later).
                let (earlier, later) = if (b.start.wall, b.end.wall, j) > (a.start.wall, a.end.wall, i) {
                    (a, b)
                } else {
                    (b, a)
                };
                let severity = if a.status == EventStatus::Confirmed && b.status == EventStatus::Confirmed {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                expected.push((Subject::Event(later.id), Some(Subject::Event(earlier.id)), severity, shared));
            }
        }
        let mut found: Vec<_> = problems_of(&plan, Rule::Conflict)
            .into_iter()
            .map(|p| {
                let named: Vec<usize> = (0..3).filter(|i| p.message.render().contains(&format!("\"P{i}\""))).collect();
                (p.subject, p.also, p.severity, named)
            })
            .collect();
        let key = |c: &(Subject, Option<Subject>, Severity, Vec<usize>)| format!("{c:?}");
        expected.sort_by_key(key);
        found.sort_by_key(key);
        proptest::prop_assert_eq!(found, expected);
    }
}

#[test]
fn many_meetings_at_one_hour_are_named_eight_at_a_time() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let meetings: Vec<usize> = (0..12)
        .map(|i| {
            meeting(
                &mut plan,
                &format!("Meeting {i}"),
                tallinn(22, 10, 0),
                tallinn(22, 11, 0),
                &[head],
            )
        })
        .collect();
    let clashes = problems_of(&plan, Rule::Conflict);
    // Each meeting is named with the first eight before it; the last three have more.
    let named: usize = (0..12).map(|i: usize| i.min(8)).sum();
    let errors = clashes
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    assert_eq!((clashes.len(), errors), (named + 3, named), "{clashes:#?}");
    let last = Subject::Event(plan.events[meetings[11]].id);
    let counted: Vec<String> = clashes
        .iter()
        .filter(|p| p.subject == last && p.also.is_none())
        .map(|p| p.message.render())
        .collect();
    assert_eq!(
        counted,
        [
            "\"Head of delegation\" is in 3 more events at once with \"Meeting 11\" (from Mon 22 \
          Mar 10:00 Tallinn) than the 8 named with it"
        ]
    );
}

// ---- Times as Attaché shows them ---------------------------------------------------------------

#[test]
fn a_clash_in_a_dst_gap_shows_the_time_attache_takes() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    // The clocks in Tallinn go from 03:00 to 04:00 on 28 March 2027: 03:20 is 04:20.
    meeting(
        &mut plan,
        "Night briefing",
        tallinn(28, 2, 0),
        tallinn(28, 5, 0),
        &[head],
    );
    meeting(
        &mut plan,
        "Early call",
        tallinn(28, 3, 20),
        tallinn(28, 5, 30),
        &[head],
    );
    let clash = problems_of(&plan, Rule::Conflict);
    assert_eq!(
        clash[0].message.render(),
        "\"Head of delegation\" is in two events at once: \"Night briefing\" (until Sun 28 Mar \
         05:00 Tallinn) and \"Early call\" (from Sun 28 Mar 04:20 Tallinn)"
    );
}

// ---- No false alarms on a normal day -----------------------------------------------------------

#[test]
fn a_dinner_on_the_last_day_may_end_after_midnight() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Farewell dinner",
        tallinn(28, 20, 0),
        tallinn(29, 0, 30),
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
    // One that begins the day before and runs on past the last day is still outside.
    let long = meeting(
        &mut plan,
        "Two-day seminar",
        tallinn(27, 20, 0),
        tallinn(29, 0, 30),
        &[],
    );
    only_problem(
        &plan,
        TODAY,
        Rule::OutsideVisit,
        Subject::Event(plan.events[long].id),
    );
}

#[test]
fn a_room_or_a_district_after_a_comma_is_no_city() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    meeting(
        &mut plan,
        "Opening meeting",
        tallinn(22, 9, 0),
        tallinn(22, 10, 0),
        &[head],
    );
    for (i, place) in ["Ballroom, Swissôtel", "Office of the President, Kadriorg"]
        .into_iter()
        .enumerate()
    {
        let hour = 11 + 2 * i as i8;
        event(
            &mut plan,
            EventKind::Meeting,
            &format!("Meeting {i}"),
            tallinn(22, hour, 0),
            tallinn(22, hour + 1, 0),
            place,
            &[head],
        );
    }
    assert_eq!(check(&plan, TODAY), vec![]);
}

#[test]
fn one_hotel_written_with_its_address_and_by_its_room_is_one_place() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    event(
        &mut plan,
        EventKind::Meal,
        "Breakfast",
        tallinn(22, 8, 0),
        tallinn(22, 9, 0),
        "Swissôtel Tallinn, Tornimäe 3, 10145 Tallinn",
        &[head],
    );
    event(
        &mut plan,
        EventKind::Briefing,
        "Morning briefing",
        tallinn(22, 9, 5),
        tallinn(22, 10, 0),
        "Swissôtel Tallinn, meeting room",
        &[head],
    );
    event(
        &mut plan,
        EventKind::Ceremony,
        "Signing",
        tallinn(22, 10, 5),
        tallinn(22, 11, 0),
        "Ballroom, Swissôtel",
        &[head],
    );
    assert_eq!(check(&plan, TODAY), vec![]);
    // Another building five minutes later is still too tight.
    let far = event(
        &mut plan,
        EventKind::Meeting,
        "Ministry",
        tallinn(22, 11, 5),
        tallinn(22, 12, 0),
        "Ministry of Economic Affairs, Suur-Ameerika 1, 10122 Tallinn",
        &[head],
    );
    only_problem(
        &plan,
        TODAY,
        Rule::TightTransfer,
        Subject::Event(plan.events[far].id),
    );
}

/// A round table of `seated` in order, clockwise, the event needing interpretation.
fn round_table_dinner(plan: &mut Plan, seated: &[PersonId]) -> usize {
    let at = dinner(plan, seated);
    edit_event(plan, at, |dinner| {
        dinner.interpretation_needed = true;
        let mut table = Table::new("Table 1", TableShape::Round, seated.len());
        for (seat, &person) in table.seats.iter_mut().zip(seated) {
            seat.person = Some(person);
        }
        // The dinner's host, added by `event`, at the table too, in the third seat.
        let mut host = Seat::empty();
        host.person = Some(dinner.hosts[0]);
        table.seats.insert(2, host);
        dinner.tables = vec![table];
    });
    at
}

#[test]
fn at_a_round_table_the_first_and_last_seats_are_side_by_side() {
    let mut plan = visit();
    let interpreter = with_role(
        &mut plan,
        "Interpreter",
        Side::Visiting,
        DelegationRole::Interpreter,
    );
    let host = with_role(&mut plan, "Minister", Side::Host, DelegationRole::Host);
    let guest = with_role(&mut plan, "Guest", Side::Host, DelegationRole::Member);
    let head = with_role(&mut plan, "Head", Side::Visiting, DelegationRole::Head);
    // Seats: interpreter, minister, the dinner's host, guest, head: the head's last seat is
    // beside the interpreter's first.
    let at = round_table_dinner(&mut plan, &[interpreter, host, guest, head]);
    assert_eq!(check(&plan, TODAY), []);
    // At a head table the ends are far apart.
    edit_event(&mut plan, at, |dinner| {
        dinner.tables[0].shape = TableShape::Head
    });
    only_problem(
        &plan,
        TODAY,
        Rule::InterpreterSeat,
        Subject::Event(plan.events[at].id),
    );
}

#[test]
fn an_interpreter_behind_the_other_sides_principal() {
    let mut plan = visit();
    let head = with_role(&mut plan, "Head", Side::Visiting, DelegationRole::Head);
    let minister = with_role(&mut plan, "Minister", Side::Host, DelegationRole::Host);
    let interpreter = with_role(
        &mut plan,
        "Interpreter",
        Side::Visiting,
        DelegationRole::Interpreter,
    );
    let at = dinner(&mut plan, &[head, minister, interpreter]);
    edit_event(&mut plan, at, |dinner| {
        dinner.interpretation_needed = true;
        let seats = &mut dinner.tables[0].seats;
        seats.retain(|seat| seat.person != Some(interpreter));
        seats[1].interpreter = Some(interpreter);
    });
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::InterpreterSeat,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "interpreter \"Interpreter\" is seated at \"Welcome dinner\" behind \"Minister\" of the \
         other side: seat them behind their own principal"
    );
    edit_event(&mut plan, at, |dinner| {
        let seats = &mut dinner.tables[0].seats;
        seats[1].interpreter = None;
        seats[0].interpreter = Some(interpreter);
    });
    assert_eq!(check(&plan, TODAY), []);
}

#[test]
fn a_normal_day_in_tallinn_passes_without_warnings() {
    let mut plan = visit();
    let head = with_role(&mut plan, "Head", Side::Visiting, DelegationRole::Head);
    let interpreter = with_role(
        &mut plan,
        "Interpreter",
        Side::Visiting,
        DelegationRole::Interpreter,
    );
    let minister = with_role(&mut plan, "Minister", Side::Host, DelegationRole::Host);
    let adviser = with_role(&mut plan, "Adviser", Side::Host, DelegationRole::Member);
    let delegation = [head, interpreter];
    event(
        &mut plan,
        EventKind::Stay(Stay::default()),
        "Swissôtel Tallinn",
        tallinn(21, 16, 0),
        tallinn(28, 11, 0),
        "Swissôtel Tallinn, Tornimäe 3, 10145 Tallinn",
        &delegation,
    );
    event(
        &mut plan,
        EventKind::Briefing,
        "Morning briefing",
        tallinn(28, 8, 30),
        tallinn(28, 9, 0),
        "Swissôtel Tallinn, meeting room",
        &delegation,
    );
    event(
        &mut plan,
        EventKind::Ceremony,
        "Signing of the memorandum",
        tallinn(28, 9, 5),
        tallinn(28, 10, 0),
        "Ballroom, Swissôtel",
        &delegation,
    );
    event(
        &mut plan,
        EventKind::Meeting,
        "Call on the President",
        tallinn(28, 11, 0),
        tallinn(28, 12, 0),
        "Office of the President, Kadriorg",
        &delegation,
    );
    event(
        &mut plan,
        EventKind::SiteVisit,
        "e-Estonia Briefing Centre",
        tallinn(28, 14, 0),
        tallinn(28, 16, 0),
        "e-Estonia Briefing Centre, Ülemiste City, Tallinn",
        &delegation,
    );
    let farewell = event(
        &mut plan,
        EventKind::Meal,
        "Farewell dinner",
        tallinn(28, 20, 0),
        tallinn(29, 0, 30),
        "Kadriorg Palace, Weizenbergi 37, 10127 Tallinn",
        &[head, interpreter, minister, adviser],
    );
    edit_event(&mut plan, farewell, |dinner| {
        dinner.hosts.clear();
        dinner.interpretation_needed = true;
        // Clockwise: the interpreter first, beside the head in the last seat.
        let mut table = Table::new("Round table", TableShape::Round, 4);
        for (seat, person) in table
            .seats
            .iter_mut()
            .zip([interpreter, minister, adviser, head])
        {
            seat.person = Some(person);
        }
        dinner.tables = vec![table];
    });
    // The minister hosts the day, in place of a host per event.
    for position in 0..plan.events.len() {
        edit_event(&mut plan, position, |e| {
            let hosted =
                !matches!(e.kind, EventKind::Stay(_)) && !e.participants.contains(&minister);
            e.hosts = if hosted { vec![minister] } else { vec![] };
        });
    }
    plan.people.retain(|p| !p.name.starts_with("Host of "));
    assert_eq!(check(&plan, TODAY), []);
}

// ---- Rooms and rides that cannot be -------------------------------------------------------------

/// A stay at the Swissôtel from the 21st to the 24th for `guests`, with `rooms` (each a kind, its
/// first and last night in March, and its guests).
fn hotel(plan: &mut Plan, guests: &[PersonId], rooms: &[(RoomKind, i8, i8, &[PersonId])]) -> usize {
    let at = event(
        plan,
        EventKind::Stay(Stay::default()),
        "Swissôtel Tallinn",
        tallinn(21, 16, 0),
        tallinn(24, 8, 0),
        "Swissôtel Tallinn",
        guests,
    );
    let rooms: Vec<Room> = rooms
        .iter()
        .map(|&(kind, first, last, guests)| {
            let mut room = Room::new(kind, date(2027, 3, first), date(2027, 3, last));
            room.guests = guests.to_vec();
            room
        })
        .collect();
    edit_event(plan, at, |stay| {
        let EventKind::Stay(stay) = &mut stay.kind else {
            unreachable!()
        };
        stay.rooms = rooms;
    });
    at
}

#[test]
fn a_room_holds_no_more_guests_than_its_kind_sleeps() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let member = person(&mut plan, "Member");
    let aide = person(&mut plan, "Aide");
    let at = hotel(
        &mut plan,
        &[head, member, aide],
        &[
            (RoomKind::Single, 21, 23, &[head, member]),
            (RoomKind::Twin, 21, 23, &[aide]),
        ],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::RoomOverfull,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(problem.severity, Severity::Error);
    assert_eq!(
        problem.message.render(),
        "\"Head of delegation\" and \"Member\" are in room 1 of the list at \"Swissôtel \
         Tallinn\", a single room, which sleeps 1"
    );
    // A suite's size is not recorded: as many as share it. A twin sleeps two, not three.
    edit_event(&mut plan, at, |stay| {
        let EventKind::Stay(stay) = &mut stay.kind else {
            unreachable!()
        };
        stay.rooms[0].kind = RoomKind::Suite;
    });
    assert_eq!(check(&plan, TODAY), []);
    let nurse = person(&mut plan, "Nurse");
    edit_event(&mut plan, at, |stay| {
        stay.participants.push(nurse);
        let EventKind::Stay(stay) = &mut stay.kind else {
            unreachable!()
        };
        let member = stay.rooms[0].guests.pop().unwrap();
        // Named twice, one guest still.
        stay.rooms[1].guests.extend([member, nurse, nurse]);
    });
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::RoomOverfull,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Member\", \"Aide\" and \"Nurse\" are in room 2 of the list at \"Swissôtel Tallinn\", \
         a twin room, which sleeps 2"
    );
}

#[test]
fn a_guest_in_two_rooms_of_one_hotel_on_one_night() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let at = hotel(
        &mut plan,
        &[head],
        &[
            (RoomKind::Suite, 21, 23, &[head]),
            (RoomKind::Single, 22, 23, &[head]),
        ],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::TwoRoomsOneNight,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Head of delegation\" is in two rooms at \"Swissôtel Tallinn\" on the night of \
         2027-03-22 and 1 more night: room 1 of the list and room 2 of the list"
    );

    // A room kept in Tallinn while the delegation sleeps a night in Tartu is no mistake.
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    hotel(&mut plan, &[head], &[(RoomKind::Suite, 21, 23, &[head])]);
    let tartu = event(
        &mut plan,
        EventKind::Stay(Stay::default()),
        "Hotel London",
        tallinn(22, 18, 0),
        tallinn(23, 10, 0),
        "Hotel London, Ülikooli 9, 51003 Tartu",
        &[head],
    );
    edit_event(&mut plan, tartu, |stay| {
        let EventKind::Stay(stay) = &mut stay.kind else {
            unreachable!()
        };
        let mut room = Room::new(RoomKind::Double, date(2027, 3, 22), date(2027, 3, 22));
        room.guests = vec![head];
        stay.rooms = vec![room];
    });
    assert_eq!(check(&plan, TODAY), []);
}

#[test]
fn a_room_guest_who_is_not_staying() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let stranger = person(&mut plan, "Stranger");
    let at = hotel(
        &mut plan,
        &[head],
        &[(RoomKind::Double, 21, 23, &[head, stranger])],
    );
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::RoomGuestNotStaying,
        Subject::Event(plan.events[at].id),
    );
    assert_eq!(
        problem.message.render(),
        "\"Stranger\" is in a room at \"Swissôtel Tallinn\" but not staying there"
    );
}

/// A confirmed transfer by car on the 21st from `start` to `end` o'clock for `going`.
fn transfer(plan: &mut Plan, title: &str, (start, end): (i8, i8), going: &[PersonId]) -> usize {
    event(
        plan,
        EventKind::Travel(TravelLeg {
            mode: TravelMode::Car,
            from: "Tallinn Airport".into(),
            to: "Swissôtel Tallinn".into(),
            ..TravelLeg::default()
        }),
        title,
        tallinn(21, start, 0),
        tallinn(21, end, 0),
        "",
        going,
    )
}

fn ride(plan: &mut Plan, at: usize, vehicle: &Vehicle, passengers: &[PersonId]) {
    let mut ride = Ride::new(vehicle.id);
    ride.passengers = passengers.to_vec();
    edit_event(plan, at, |leg| leg.rides.push(ride));
}

#[test]
fn a_passenger_not_going_and_one_in_two_vehicles() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let member = person(&mut plan, "Member");
    let stranger = person(&mut plan, "Stranger");
    let (car, van) = (
        Vehicle::new("Car 1", VehicleKind::Car, 3),
        Vehicle::new("Van", VehicleKind::Van, 8),
    );
    let at = transfer(
        &mut plan,
        "Transfer to the hotel",
        (15, 16),
        &[head, member],
    );
    let host = plan.events[at].hosts[0];
    ride(&mut plan, at, &car, &[head, stranger, host]);
    ride(&mut plan, at, &van, &[member, head]);
    plan.visit.vehicles = vec![car, van];
    let found: Vec<(Rule, String)> = check(&plan, TODAY)
        .into_iter()
        .map(|p| (p.rule, p.message.render()))
        .collect();
    assert_eq!(
        found,
        [
            (
                Rule::RidingNotGoing,
                "\"Stranger\" is in a vehicle on \"Transfer to the hotel\" but not going on it"
                    .to_owned()
            ),
            (
                Rule::RidingTwice,
                "\"Head of delegation\" is in more than one vehicle on \"Transfer to the hotel\""
                    .to_owned()
            ),
        ]
    );
}

#[test]
fn a_vehicle_or_its_driver_on_two_legs_at_once() {
    let mut plan = visit();
    let head = person(&mut plan, "Head of delegation");
    let member = person(&mut plan, "Member");
    let mut car = Vehicle::new("Car 1", VehicleKind::Car, 3);
    car.driver = "Jaan Tamm".into();
    let mut van = Vehicle::new("Van", VehicleKind::Van, 8);
    van.driver = " jaan  tamm".into();
    let first = transfer(&mut plan, "Head's transfer", (15, 16), &[head]);
    let second = transfer(&mut plan, "Member's transfer", (15, 17), &[member]);
    let host = |plan: &Plan, at: usize| plan.events[at].hosts[0];
    let (first_host, second_host) = (host(&plan, first), host(&plan, second));
    ride(&mut plan, first, &car, &[head, first_host]);
    ride(&mut plan, second, &car, &[member, second_host]);
    plan.visit.vehicles = vec![car.clone(), van.clone()];
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::VehicleOnTwoLegs,
        Subject::Event(plan.events[second].id),
    );
    assert_eq!(problem.severity, Severity::Error, "both legs are confirmed");
    assert_eq!(problem.also, Some(Subject::Event(plan.events[first].id)));
    assert_eq!(
        problem.message.render(),
        "\"Car 1\" is on two legs at once: \"Head's transfer\" (until Sun 21 Mar 16:00 Tallinn) \
         and \"Member's transfer\" (from Sun 21 Mar 15:00 Tallinn)"
    );

    // The van instead of the car on the second leg: its driver is the car's.
    edit_event(&mut plan, second, |leg| leg.rides[0].vehicle = van.id);
    let problem = only_problem(
        &plan,
        TODAY,
        Rule::DriverOnTwoLegs,
        Subject::Event(plan.events[second].id),
    );
    assert_eq!(
        problem.message.render(),
        "driver \"Jaan Tamm\" is on two legs at once: \"Head's transfer\" driving \"Car 1\" \
         (until Sun 21 Mar 16:00 Tallinn) and \"Member's transfer\" driving \"Van\" (from Sun 21 \
         Mar 15:00 Tallinn)"
    );

    // Another driver for the van: nothing wrong.
    plan.visit.vehicles[1].driver = "Mari Kask".into();
    assert_eq!(check(&plan, TODAY), []);
}

#[test]
fn a_car_on_ten_legs_at_once_is_named_with_eight_and_the_rest_counted() {
    let mut plan = visit();
    let car = Vehicle::new("Car 1", VehicleKind::Car, 3);
    let legs: Vec<usize> = (0..10)
        .map(|i| {
            let going = person(&mut plan, &format!("Guest {i}"));
            let at = transfer(&mut plan, &format!("Transfer {i}"), (15, 16), &[going]);
            let everyone: Vec<PersonId> = plan.events[at].people().collect();
            ride(&mut plan, at, &car, &everyone);
            at
        })
        .collect();
    plan.visit.vehicles = vec![car];
    let found = problems_of(&plan, Rule::VehicleOnTwoLegs);
    let named: usize = (0..10).map(|i: usize| i.min(8)).sum();
    let last = Subject::Event(plan.events[legs[9]].id);
    let counted: Vec<String> = found
        .iter()
        .filter(|p| p.subject == last && p.also.is_none())
        .map(|p| p.message.render())
        .collect();
    assert_eq!(found.len(), named + 1, "{found:#?}");
    assert_eq!(
        counted,
        [
            "\"Car 1\" is on 1 more leg at once with \"Transfer 9\" (from Sun 21 Mar 15:00 Tallinn) \
          than the 8 named with it"
        ]
    );
}
