//! The bundled sample plan: it opens, it is in canonical form, and it shows no errors.

use attache::check::{Severity, check};
use attache::file;

#[test]
fn the_sample_plan_is_canonical_and_free_of_errors() {
    let text = attache::app::SAMPLE_PLAN;
    let plan = file::from_text(text).expect("the sample plan loads");
    assert_eq!(
        file::to_text(&plan),
        text,
        "saving the sample unchanged writes the same bytes"
    );
    // As of a day before the visit, when the sample is being prepared.
    let errors: Vec<_> = check(&plan, jiff::civil::date(2027, 3, 1))
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_sample_plan_is_the_iraqi_study_visit_to_estonia() {
    let plan = attache::app::sample_plan();
    assert_eq!(plan.visit.visiting.country, "IQ");
    assert_eq!(plan.visit.host.country, "EE");
    assert_eq!(plan.visit.home_zone, "Asia/Baghdad");
    assert_eq!(plan.visit.host_zone, "Europe/Tallinn");
    assert!(plan.visit.day_count() >= 5);
    let travel_zones: Vec<(&str, &str)> = plan
        .events
        .iter()
        .filter(|event| matches!(event.kind, attache::model::EventKind::Travel(_)))
        .map(|event| (event.start.zone.as_str(), event.end.zone.as_str()))
        .collect();
    assert!(travel_zones.iter().any(|&(from, _)| from == "Asia/Baghdad"));
    assert!(travel_zones.iter().any(|&(_, to)| to == "Asia/Baghdad"));
    assert!(
        plan.people.iter().any(|person| person
            .native_name
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))),
        "Iraqi members have their names in Arabic script"
    );
    assert!(plan.topics.len() >= 3 && !plan.actions.is_empty());
}

#[test]
fn the_sample_plan_shows_the_protocol_records() {
    use attache::model::{EventKind, Side};
    let plan = attache::app::sample_plan();
    let event = |title: &str| {
        plan.events
            .iter()
            .find(|event| event.title.starts_with(title))
            .unwrap_or_else(|| panic!("no event {title:?}"))
    };
    let dinner = event("Welcome dinner");
    let seated: Vec<_> = dinner.seated().collect();
    assert_eq!(
        seated.len(),
        dinner.people().count(),
        "everyone seated once"
    );
    assert!(
        dinner
            .tables
            .iter()
            .flat_map(|t| &t.seats)
            .any(|s| s.interpreter.is_some())
    );

    let EventKind::Stay(hotel) = &event("Swissôtel Tallinn").kind else {
        panic!("the hotel is a stay");
    };
    assert!(
        hotel.rooms.iter().any(|room| room.guests.len() > 1),
        "a shared room"
    );
    let visiting = |id| {
        plan.people
            .iter()
            .any(|p| p.id == id && p.side == Side::Visiting)
    };
    assert!(
        hotel
            .rooms
            .iter()
            .flat_map(|r| &r.guests)
            .all(|&id| visiting(id))
    );

    let transfer = event("Welcome at the airport");
    assert!(transfer.is_by_road() && transfer.rides.len() >= 2);
    assert!(plan.visit.vehicles.len() >= 2);

    let opening = event("Opening meeting");
    assert!(opening.gifts.len() >= 2);
}
