//! A plan large enough to be checked in the background: the window stays on the plan while the
//! problems are found, says so, and lists them when they arrive.

mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use attache::app::View;
use attache::model::Change;
use attache::model::Plan;
use attache::model::generate::{PlanSize, generate};
use attache::window::Window;
use egui_kittest::Harness;
use support::{app_showing, harness, text_shown_containing};

fn large_plan() -> Plan {
    generate(PlanSize {
        people: 1_600,
        events: 800,
        topics: 20,
        seed: 5,
    })
}

/// Draws frames until the background check has answered for the plan as it is now.
fn wait_for_checks(harness: &mut Harness<'_, Window>) {
    let started = Instant::now();
    while harness.state().app.document.derived().checking {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the background check never answered"
        );
        std::thread::sleep(Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

#[test]
fn a_large_plans_problems_arrive_from_the_background_and_show_in_the_window() {
    let plan = large_plan();
    let mut harness = harness(app_showing(plan.clone(), View::Problems));
    wait_for_checks(&mut harness);
    assert!(!text_shown_containing(&harness, "checking…"));

    // An event edited to end before it starts, as the event editor would store it.
    let mut event = (*plan.events[10]).clone();
    event.title = "Visit to the Tallinn data centre".to_owned();
    event.end = event.start.clone();
    event.end.wall = event
        .start
        .wall
        .checked_sub(jiff::Span::new().hours(1))
        .unwrap();
    harness
        .state_mut()
        .app
        .document
        .apply(Change::Event(Arc::new(event)), "Edit event", None, 0.0);
    harness.step();
    wait_for_checks(&mut harness);

    let document = &harness.state().app.document;
    let expected = attache::check::check(document.plan(), document.derived().today);
    assert_eq!(document.derived().problems, expected);
    // The generated plan has no errors of its own: this one is the edit's.
    assert_eq!(attache::check::count_errors(&expected), 1);
    assert!(text_shown_containing(
        &harness,
        "\"Visit to the Tallinn data centre\" ends"
    ));
    assert!(text_shown_containing(&harness, "1 error ·"));
    assert!(!text_shown_containing(&harness, "checking…"));
}
