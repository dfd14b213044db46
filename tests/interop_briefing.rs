//! The briefing book: every piece of user text is escaped (a name written as `<script>` shows as
//! text) and isolated on its own, the file stands alone, and it holds the delegation in order of
//! precedence, the programme in host time with home time beside, contacts, topics and open
//! actions. The delegates' programmes likewise.

mod support;

use std::sync::Arc;

use attache::interop::{self, ExportFormat};
use attache::lang::{Language, in_language};
use attache::model::{
    Action, ActionStatus, ContactEntry, ContactKind, Event, EventKind, EventStatus, LocalTime,
    Organisation, Person, Plan, Question, Side, Topic,
};
use jiff::Timestamp;
use jiff::civil::date;
use support::html;

/// What `page` says, its markup left out.
fn text_of(page: &str) -> String {
    html::parse(page).all("body")[0].text()
}

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
    // Due dates as people write them, not as ISO dates.
    assert!(html.contains("<td class=\"time\">Thu 15 Apr 2027</td>"));
    assert!(!html.contains("2027-04-15"));
    assert!(!html.contains("Book the hotel"));
    assert!(html.contains("Version of Monday 1 March 2027"));
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

/// Two confirmed meetings at once with one person in both: an error the book must not hide.
fn clashing_plan() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let head = person(&mut plan, "Head Person", Side::Visiting, "");
    meeting(&mut plan, "First meeting", 22, 10, EventStatus::Confirmed);
    meeting(
        &mut plan,
        "Clashing meeting",
        22,
        10,
        EventStatus::Confirmed,
    );
    for event in &mut plan.events {
        Arc::make_mut(event).participants = vec![head];
    }
    plan
}

#[test]
fn a_plan_with_errors_is_marked_draft_on_the_cover_and_at_the_top_of_every_page() {
    let html = book(&clashing_plan());
    assert!(
        html.contains("<div class=\"draft\"><strong>DRAFT — 1 open problem</strong>"),
        "the cover says it is a draft"
    );
    assert!(html.contains("&quot;Head Person&quot; is in two events at once"));
    assert!(html.contains("@top-right { content: \"DRAFT — 1 open problem\""));

    let clean = book(&attache::app::sample_plan());
    assert!(
        !clean.contains("DRAFT"),
        "a plan without errors is no draft"
    );
}

#[test]
fn the_book_has_contents_by_part_and_day_and_numbered_pages() {
    let html = book(&attache::app::sample_plan());
    let contents = &html[html.find("<nav class=\"contents\">").unwrap()..];
    let contents = &contents[..contents.find("</nav>").unwrap()];
    for part in [
        "#delegation",
        "#programme",
        "#contacts",
        "#topics",
        "#actions",
    ] {
        assert!(contents.contains(&format!("href=\"{part}\"")), "{part}");
        assert!(html.contains(&format!("id=\"{}\"", &part[1..])), "{part}");
    }
    assert!(contents.contains("<a href=\"#day-2027-03-21\">Sunday 21 March 2027</a>"));
    assert!(html.contains("<h3 id=\"day-2027-03-21\">Sunday 21 March 2027</h3>"));
    assert!(html.contains("content: \"page \" counter(page) \" of \" counter(pages)"));
}

#[test]
fn participants_are_the_delegation_or_all_but_a_few_and_names_where_they_differ() {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let delegation: Vec<_> = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
        .into_iter()
        .map(|name| person(&mut plan, name, Side::Visiting, ""))
        .collect();
    let guest = person(&mut plan, "Guest Host", Side::Host, "");
    for (hour, participants) in [
        (9, delegation.clone()),
        (11, [&delegation[..3], &[delegation[4], guest]].concat()),
        (13, vec![delegation[1], delegation[3]]),
    ] {
        meeting(
            &mut plan,
            &format!("Meeting at {hour}"),
            22,
            hour,
            EventStatus::Confirmed,
        );
        Arc::make_mut(plan.events.last_mut().unwrap()).participants = participants;
    }
    let html = book(&plan);
    assert!(html.contains("With the delegation</div>"));
    assert!(
        html.contains("With the delegation except <bdi>Delta</bdi>; <bdi>Guest Host</bdi></div>")
    );
    assert!(html.contains("With <bdi>Bravo</bdi>; <bdi>Delta</bdi></div>"));

    // In Estonian, the same sentences, each name still isolated on its own.
    let html = in_language(Language::Estonian, || book(&plan));
    assert!(html.contains("Osalejad: delegatsioon</div>"));
    assert!(html.contains(
        "Osalejad: delegatsioon, välja arvatud <bdi>Delta</bdi>; <bdi>Guest Host</bdi></div>"
    ));
    assert!(html.contains("Osalejad: <bdi>Bravo</bdi>; <bdi>Delta</bdi></div>"));

    // Two members away of a larger delegation are listed as the language lists them.
    let more = ["Foxtrot", "Golf"].map(|name| person(&mut plan, name, Side::Visiting, ""));
    let all_but_two = [&delegation[..3], &more[..]].concat();
    Arc::make_mut(plan.events.last_mut().unwrap()).participants = all_but_two;
    assert!(
        book(&plan)
            .contains("With the delegation except <bdi>Delta</bdi> and <bdi>Echo</bdi></div>")
    );
    assert!(in_language(Language::Estonian, || book(&plan)).contains(
        "Osalejad: delegatsioon, välja arvatud <bdi>Delta</bdi> ja <bdi>Echo</bdi></div>"
    ));
}

#[test]
fn the_book_and_the_programmes_in_estonian() {
    let plan = attache::app::sample_plan();
    let html = in_language(Language::Estonian, || book(&plan));
    assert!(html.contains("<html lang=\"et\" dir=\"ltr\">"));
    assert!(html.contains("<a href=\"#day-2027-03-21\">pühapäev, 21. märts 2027</a>"));
    assert!(html.contains("<h2>Programm</h2>"));
    assert!(html.contains("<th>Nimi</th><th>Ametikoht</th><th>Roll</th>"));
    assert!(
        html.contains("Delegatsiooni juht"),
        "roles are written as the language names them"
    );
    // Names and values from the plan are as written.
    for person in &plan.people {
        assert!(
            html.contains(&format!("<bdi>{}</bdi>", person.name.trim())),
            "{}",
            person.name
        );
    }

    let now: Timestamp = "2027-03-01T09:00:00Z".parse().unwrap();
    let programmes = in_language(Language::Estonian, || {
        String::from_utf8(interop::export(&plan, ExportFormat::Programme, None, now).unwrap())
            .unwrap()
    });
    assert!(programmes.contains("<html lang=\"et\" dir=\"ltr\">"));
    assert!(programmes.contains("<th>Aeg</th><th>Sündmus, koht ja kohtumine</th>"));
    assert!(programmes.contains("<div class=\"day\">E 22. märts</div>"));
    let text = text_of(&programmes);
    for english in [
        "Contact officer",
        "Emergency contacts",
        "Times are",
        "version of",
    ] {
        assert!(!text.contains(english), "{english}");
    }
    assert_eq!(
        attache::lang::current(),
        Language::English,
        "the language spoken before is back"
    );
}

#[test]
fn a_draft_is_marked_in_the_books_language() {
    let html = in_language(Language::Estonian, || book(&clashing_plan()));
    assert!(html.contains("<strong>MUSTAND — 1 lahendamata probleem</strong>"));
    assert!(html.contains("@top-right { content: \"MUSTAND — 1 lahendamata probleem\""));
}

#[test]
fn a_title_stands_with_the_form_of_address_not_before_a_role_name() {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let mut head = Person::new("Head of delegation, Ministry of Communications");
    head.title = "Dr".into();
    head.form_of_address = "His Excellency".into();
    head.emails = vec![ContactEntry::new(
        "briefing@e-estonia.com",
        ContactKind::Work,
    )];
    plan.people.push(Arc::new(head));
    let html = book(&plan);
    assert!(!text_of(&html).contains("Dr Head of delegation"));
    assert!(html.contains(
        "<div class=\"address-form\"><bdi>His Excellency</bdi> <bdi>Dr</bdi></div>\
         <div class=\"name long\"><bdi>Head of delegation, Ministry of Communications</bdi></div>"
    ));
    // The address may break after its "@", never at the hyphen inside "e-estonia".
    assert!(html.contains(
        "<span class=\"unbroken\">briefing@</span><wbr><span class=\"unbroken\">e-estonia.com</span>"
    ));
}

#[test]
fn an_event_in_a_third_zone_shows_its_own_local_times_too() {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let flight = Event::new(
        EventKind::Meeting,
        "Flight Auckland – Los Angeles",
        LocalTime::new(date(2027, 3, 22).at(21, 0, 0, 0), "Pacific/Auckland"),
        LocalTime::new(date(2027, 3, 22).at(14, 0, 0, 0), "America/Los_Angeles"),
    );
    plan.events.push(Arc::new(flight));
    meeting(
        &mut plan,
        "At home in Tallinn",
        23,
        10,
        EventStatus::Confirmed,
    );
    let html = book(&plan);
    assert!(
        html.contains(
            "<td class=\"time\">10:00–23:00</td><td class=\"home\">11:00–23 Mar 00:00</td>"
        )
    );
    assert!(text_of(&html).contains("Local times: 21:00 Auckland – 14:00 Los Angeles"));
    assert_eq!(
        html.matches("Local times").count(),
        1,
        "not for events in the host's clock"
    );
}

fn programme(plan: &Plan, person: Option<attache::model::PersonId>) -> String {
    let now: Timestamp = "2027-03-01T09:00:00Z".parse().unwrap();
    String::from_utf8(interop::export(plan, ExportFormat::Programme, person, now).unwrap()).unwrap()
}

#[test]
fn each_delegate_has_a_page_of_their_own_events_hotel_officer_and_emergency_contacts() {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.home_zone = "Asia/Baghdad".into();
    let alpha = person(&mut plan, "Alpha Delegate", Side::Visiting, "");
    let bravo = person(&mut plan, "Bravo Delegate", Side::Visiting, "");
    let mut officer = Person::new("Liaison Officer");
    officer.side = Side::Host;
    officer.role = attache::model::DelegationRole::Liaison;
    // An office line first, and the mobile to call, preferred: the programme gives the mobile.
    officer.phones = vec![
        ContactEntry::new("+372 637 7000", ContactKind::Work),
        ContactEntry::new("+372 5624 9913", ContactKind::Mobile).preferred(),
    ];
    let officer_id = officer.id;
    let mut guard = Person::new("Security Guard");
    guard.role = attache::model::DelegationRole::Security;
    guard.phones = vec![ContactEntry::new("+964 700 000 0000", ContactKind::Mobile)];
    plan.people.extend([Arc::new(officer), Arc::new(guard)]);
    meeting(&mut plan, "Alpha's meeting", 22, 10, EventStatus::Confirmed);
    let event = Arc::make_mut(plan.events.last_mut().unwrap());
    event.participants = vec![alpha];
    event.hosts = vec![officer_id];
    event.location = "Stenbock House, Rahukohtu 3".into();
    let embassy = Organisation::new("Embassy of Iraq");
    meeting(&mut plan, "Alpha's dinner", 23, 19, EventStatus::Confirmed);
    let event = Arc::make_mut(plan.events.last_mut().unwrap());
    event.hosts = vec![alpha];
    event.host_organisation = Some(embassy.id);
    plan.organisations.push(Arc::new(embassy));
    meeting(&mut plan, "Bravo's meeting", 22, 12, EventStatus::Confirmed);
    Arc::make_mut(plan.events.last_mut().unwrap()).participants = vec![bravo];
    let mut hotel = Event::new(
        EventKind::Stay(Default::default()),
        "Swissôtel Tallinn",
        LocalTime::new(date(2027, 3, 21).at(16, 0, 0, 0), "Europe/Tallinn"),
        LocalTime::new(date(2027, 3, 24).at(11, 0, 0, 0), "Europe/Tallinn"),
    );
    hotel.participants = vec![alpha, bravo];
    plan.events.push(Arc::new(hotel));

    let page = programme(&plan, Some(alpha));
    assert_eq!(page.matches("<section class=\"delegate\">").count(), 1);
    assert!(page.contains("<h1><bdi>Alpha Delegate</bdi> "));
    assert!(page.contains("Alpha's meeting"));
    assert!(!page.contains("Bravo's meeting"), "only their own events");
    assert!(page.contains("<td class=\"time\"><div class=\"day\">Mon 22 Mar</div>10:00–11:00 <span class=\"home\">11:00–12:00</span></td>"));
    assert!(page.contains("Stenbock House, Rahukohtu 3"));
    assert!(page.contains("meeting <bdi>Liaison Officer</bdi>"));
    // A host meets the guests, not the house they host for.
    assert!(page.contains("Alpha's dinner</bdi></span><span class=\"badge\">You host</span>"));
    assert!(!page.contains("Embassy of Iraq"));
    assert!(
        page.contains("<h3>Hotel</h3><p><span class=\"title\"><bdi>Swissôtel Tallinn</bdi></span>")
    );
    assert!(page.contains(
        "<h3>Contact officer</h3><p><bdi>Liaison Officer</bdi><br><strong><bdi>+372 5624 9913</bdi></strong>"
    ));
    let page = text_of(&page);
    let emergency = &page[page.find("Emergency contacts").unwrap()..];
    assert!(
        emergency.find("Liaison Officer (Liaison officer)").unwrap()
            < emergency.find("Security Guard (Security)").unwrap(),
        "the host side first"
    );

    // Without a person: every member of the visiting delegation, one a page, in order.
    let all = programme(&plan, None);
    assert_eq!(all.matches("<section class=\"delegate\">").count(), 3);
    assert!(
        all.find("<h1><bdi>Alpha Delegate").unwrap() < all.find("<h1><bdi>Bravo Delegate").unwrap()
    );
    assert!(
        !all.contains("<h1><bdi>Liaison Officer"),
        "hosts have no page"
    );
}

#[test]
fn hostile_names_show_as_text_in_the_programmes_too() {
    let html = programme(&hostile_plan(), None);
    assert_eq!(html.matches("<section class=\"delegate\">").count(), 1);
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("<style>body"));
    assert!(html.contains("<h1><bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi> "));
    assert!(html.contains("&lt;/table&gt;&lt;script&gt;alert(5)&lt;/script&gt;"));
}

#[test]
fn every_value_in_the_book_and_the_programmes_is_isolated_on_its_own() {
    let plan = html::sample_with_open_controls();
    let values = html::assert_each_value_isolated("the briefing book", &book(&plan));
    assert!(values >= 100, "only {values} values found in the book");
    let values = html::assert_each_value_isolated("the programmes", &programme(&plan, None));
    assert!(
        values >= 100,
        "only {values} values found in the programmes"
    );
}

#[test]
fn a_programme_says_only_what_the_plan_holds_and_the_delegate_s_own_room() {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.last_day = date(2027, 3, 24);
    let alpha = person(&mut plan, "Alpha Delegate", Side::Visiting, "");
    let bravo = person(&mut plan, "Bravo Delegate", Side::Visiting, "");
    let mut room = attache::model::Room::new(
        attache::model::RoomKind::Single,
        date(2027, 3, 21),
        date(2027, 3, 23),
    );
    room.number = "401".into();
    room.guests = vec![alpha];
    let mut stay = Event::new(
        EventKind::Stay(attache::model::Stay {
            rooms: vec![room],
            ..Default::default()
        }),
        "Hilton Tallinn Park",
        LocalTime::new(date(2027, 3, 21).at(15, 0, 0, 0), "Europe/Tallinn"),
        LocalTime::new(date(2027, 3, 24).at(11, 0, 0, 0), "Europe/Tallinn"),
    );
    stay.participants = vec![alpha, bravo];
    plan.events.push(Arc::new(stay));

    let alpha_page = text_of(&programme(&plan, Some(alpha)));
    assert!(
        alpha_page.contains("Hilton Tallinn Park · room 401 · Sun 21 Mar – Wed 24 Mar"),
        "{alpha_page}"
    );
    assert!(!alpha_page.contains("·  ·"), "{alpha_page}");
    assert!(
        !alpha_page.contains("Emergency contacts"),
        "no heading with nothing under it: {alpha_page}"
    );
    let bravo_page = text_of(&programme(&plan, Some(bravo)));
    assert!(
        bravo_page.contains("Hilton Tallinn Park · Sun 21 Mar – Wed 24 Mar"),
        "{bravo_page}"
    );
}
