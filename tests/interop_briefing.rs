//! The briefing book: every piece of user text is escaped (a name written as `<script>` shows as
//! text), the file stands alone, and it holds the delegation in order of precedence, the
//! programme in host time with home time beside, contacts, topics and open actions.

use std::sync::Arc;

use attache::interop::{self, ExportFormat};
use attache::model::{
    Action, ActionStatus, Event, EventKind, EventStatus, LocalTime, Organisation, Person, Plan,
    Question, Side, Topic,
};
use jiff::Timestamp;
use jiff::civil::date;

fn book(plan: &Plan) -> String {
    let now: Timestamp = "2027-03-01T09:00:00Z".parse().unwrap();
    String::from_utf8(interop::export(plan, ExportFormat::BriefingBook, None, now).unwrap())
        .unwrap()
}

const SCRIPT: &str = "<script>alert(1)</script>";

fn hostile_plan() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.title = format!("Visit {SCRIPT}");
    plan.visit.home_zone = "Asia/Baghdad".into();
    plan.visit.purpose = "Learn <b>everything</b> & more".into();
    let mut organisation = Organisation::new("<img src=x onerror=alert(2)>");
    organisation.website = "javascript:alert(3)".into();
    let mut person = Person::new(SCRIPT);
    person.form_of_address = "<i>His Excellency</i>".into();
    person.native_name = "\"><svg onload=alert(4)>".into();
    person.organisation = Some(organisation.id);
    let mut event = Event::new(
        EventKind::Meeting,
        "</table><script>alert(5)</script>",
        LocalTime::new(date(2027, 3, 22).at(10, 0, 0, 0), "Europe/Tallinn"),
        LocalTime::new(date(2027, 3, 22).at(11, 0, 0, 0), "Europe/Tallinn"),
    );
    event.participants = vec![person.id];
    event.location = "<style>body{display:none}</style>".into();
    let mut topic = Topic::new("Topic <u>underlined</u>");
    topic.questions.push(Question::new("Is 1 < 2 && 3 > 2?"));
    let action = Action::new("Send <a href=\"http://evil\">this</a>");
    plan.organisations.push(Arc::new(organisation));
    plan.people.push(Arc::new(person));
    plan.events.push(Arc::new(event));
    plan.topics.push(Arc::new(topic));
    plan.actions.push(Arc::new(action));
    plan
}

#[test]
fn hostile_names_show_as_text() {
    let html = book(&hostile_plan());
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script element at all"
    );
    for element in [
        "<img",
        "<svg",
        "<style>body",
        "<a href=\"http",
        "<b>",
        "<i>",
        "<u>",
    ] {
        assert!(!html.contains(element), "{element} is escaped");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("&quot;&gt;&lt;svg onload=alert(4)&gt;"));
    assert!(html.contains("&lt;/table&gt;&lt;script&gt;alert(5)&lt;/script&gt;"));
    assert!(html.contains("Is 1 &lt; 2 &amp;&amp; 3 &gt; 2?"));
    assert!(html.contains("Learn &lt;b&gt;everything&lt;/b&gt; &amp; more"));
    assert!(
        !html.contains("href=\"javascript"),
        "a website is shown, not linked"
    );
}

#[test]
fn the_book_stands_alone() {
    let html = book(&attache::app::sample_plan());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    for outside in ["<link", "<img", "<script", "src=", "@import", "url("] {
        assert!(
            !html.contains(outside),
            "{outside}: the book needs nothing from elsewhere"
        );
    }
    assert!(html.contains("@page"), "it is laid out for print");
}

fn person(plan: &mut Plan, name: &str, side: Side, form: &str) -> attache::model::PersonId {
    let mut person = Person::new(name);
    person.side = side;
    person.form_of_address = form.into();
    let id = person.id;
    plan.people.push(Arc::new(person));
    id
}

fn meeting(plan: &mut Plan, title: &str, day: i8, hour: i8, status: EventStatus) {
    let mut event = Event::new(
        EventKind::Meeting,
        title,
        LocalTime::new(date(2027, 3, day).at(hour, 0, 0, 0), "Europe/Tallinn"),
        LocalTime::new(date(2027, 3, day).at(hour + 1, 0, 0, 0), "Europe/Tallinn"),
    );
    event.status = status;
    plan.events.push(Arc::new(event));
}

#[test]
fn the_book_has_the_delegation_programme_contacts_topics_and_open_actions() {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.title = "Study visit".into();
    plan.visit.home_zone = "Asia/Baghdad".into();
    let head = person(&mut plan, "Head Person", Side::Visiting, "His Excellency");
    person(&mut plan, "Host Person", Side::Host, "Ms");
    person(&mut plan, "Second Person", Side::Visiting, "Mr");
    // Before the change to summer time Tallinn is an hour behind Baghdad; after it they agree.
    meeting(&mut plan, "Winter meeting", 26, 10, EventStatus::Confirmed);
    meeting(&mut plan, "Summer meeting", 29, 10, EventStatus::Confirmed);
    meeting(&mut plan, "Dropped meeting", 29, 14, EventStatus::Cancelled);
    let mut topic = Topic::new("X-Road");
    topic
        .objectives
        .push("Understand the data exchange layer".into());
    topic
        .questions
        .push(Question::new("Who runs the central servers?"));
    let mut answered = Question::new("Is it open source?");
    answered.answer = "Yes".into();
    topic.questions.push(answered);
    topic.lead = Some(head);
    plan.topics.push(Arc::new(topic));
    let mut open = Action::new("Send the draft memorandum");
    open.owner = Some(head);
    open.due = Some(date(2027, 4, 15));
    let mut done = Action::new("Book the hotel");
    done.status = ActionStatus::Done;
    plan.actions.extend([Arc::new(open), Arc::new(done)]);

    let html = book(&plan);
    let position = |text: &str| {
        html.find(text)
            .unwrap_or_else(|| panic!("{text} is in the book"))
    };
    // The delegation in order of precedence, with forms of address; hosts after them.
    assert!(position("Head Person") < position("Second Person"));
    assert!(position("His Excellency") < position("Head Person"));
    assert!(position("Second Person") < position("Host Person"));
    // Days in order, times in Tallinn with Baghdad beside.
    assert!(position("Friday 26 March 2027") < position("Monday 29 March 2027"));
    assert!(
        html.contains("<td class=\"time\">10:00–11:00</td><td class=\"home\">11:00–12:00</td>")
    );
    assert!(
        html.contains("<td class=\"time\">10:00–11:00</td><td class=\"home\">10:00–11:00</td>")
    );
    assert!(
        html.contains("class=\"cancelled\""),
        "cancelled events are marked"
    );
    // Topics with objectives and only the open questions.
    assert!(html.contains("Understand the data exchange layer"));
    assert!(html.contains("Who runs the central servers?"));
    assert!(!html.contains("Is it open source?"));
    // Only open actions.
    assert!(html.contains("Send the draft memorandum"));
    assert!(html.contains("2027-04-15"));
    assert!(!html.contains("Book the hotel"));
    assert!(html.contains("Prepared on Monday 1 March 2027"));
}

#[test]
fn a_visit_in_an_unknown_zone_is_not_printed_in_utc() {
    let mut plan = attache::app::sample_plan();
    plan.visit.host_zone = "Europe/Talinn".to_owned();
    let now: Timestamp = "2027-03-01T09:00:00Z".parse().unwrap();
    let error = interop::export(&plan, ExportFormat::BriefingBook, None, now).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the visit's host time zone \"Europe/Talinn\" is not a known IANA time zone; correct it \
         in the Overview and export again"
    );
}
