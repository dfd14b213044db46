//! Problems in the planner's language: the Problems view says a problem in the window's language
//! (Estonian here), with the plan's names as written and dates in Estonian, while `attache check`
//! says the same problem in English whatever the machine's locale.

#![allow(dead_code)]

mod support;

use std::sync::Arc;

use attache::app::{LanguageSetting, View};
use attache::check::{Rule, check};
use attache::file;
use attache::lang::Language;
use attache::model::{Event, EventKind, EventStatus, LocalTime, Person, Plan};
use egui_kittest::kittest::Queryable;
use jiff::civil::date;

/// A visit to Tallinn where the head of delegation and their host are in two meetings at once on
/// Monday 22 March 2027.
fn plan_with_a_clash() -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.title = "Study visit".into();
    plan.visit.last_day = date(2027, 3, 28);
    plan.visit.home_zone = "Asia/Baghdad".into();
    let head = Person::new("Head of delegation");
    let host = Person::new("Kadri Tamm");
    let (head_id, host_id) = (head.id, host.id);
    plan.people.push(Arc::new(head));
    plan.people.push(Arc::new(host));
    let at =
        |hour, minute| LocalTime::new(date(2027, 3, 22).at(hour, minute, 0, 0), "Europe/Tallinn");
    for (title, start, end) in [
        ("Opening meeting", at(9, 30), at(10, 30)),
        ("X-Road briefing", at(10, 0), at(11, 0)),
    ] {
        let mut event = Event::new(EventKind::Meeting, title, start, end);
        event.participants = vec![head_id];
        event.hosts = vec![host_id];
        event.status = EventStatus::Confirmed;
        plan.events.push(Arc::new(event));
    }
    plan
}

const ENGLISH: &str = "\"Head of delegation\" and \"Kadri Tamm\" are in two events at once: \"Opening meeting\" \
                       (until Mon 22 Mar 10:30 Tallinn) and \"X-Road briefing\" (from Mon 22 Mar \
                       10:00 Tallinn)";

const ESTONIAN: &str = "„Head of delegation“ ja „Kadri Tamm“ on korraga kahel sündmusel: „Opening meeting“ \
                        (kuni E 22. märts 10:30 Tallinn) ja „X-Road briefing“ (alates E 22. märts \
                        10:00 Tallinn)";

#[test]
fn the_problems_view_in_estonian_says_the_problem_in_estonian_with_the_names_as_written() {
    let mut app = support::app_showing(plan_with_a_clash(), View::Problems);
    app.settings.language = LanguageSetting::Chosen(Language::Estonian);
    let harness = support::harness_sized(app, 1200.0, 800.0);
    harness.get_by_label(ESTONIAN);
    harness.get_by_label("Viga");
    harness.get_by_label("Kõik (1)");
    harness.get_by_label("1 viga");
    // The view's heading, beside the navigation's entry.
    assert_eq!(harness.query_all_by_label("Probleemid").count(), 2);
    assert!(
        harness.query_by_label(ENGLISH).is_none(),
        "the English sentence is not shown"
    );
}

#[test]
fn the_same_problem_is_english_on_the_command_line_whatever_the_window_speaks() {
    let plan = plan_with_a_clash();
    let problems = check(&plan, date(2027, 3, 1));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].rule, Rule::Conflict);
    let message = &problems[0].message;
    // Kept as data: rendered where it is shown, in the language spoken there.
    assert_eq!(
        attache::lang::in_language(Language::Estonian, || message.render()),
        ESTONIAN
    );
    assert_eq!(
        message.render(),
        ENGLISH,
        "a thread other than the window's"
    );

    let folder = tempfile::tempdir().expect("a scratch folder");
    file::save(&plan, &folder.path().join("plan.ron")).unwrap();
    let output = support::command_line::attache(folder.path())
        .args(["check", "--today", "2027-03-01", "plan.ron"])
        .env("LANG", "et_EE.UTF-8")
        .env("LC_ALL", "et_EE.UTF-8")
        .env("LANGUAGE", "et")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let stdout = String::from_utf8(output).expect("check prints UTF-8");
    assert!(
        stdout.contains(&format!(": error: {ENGLISH}\n")),
        "{stdout}"
    );
}
