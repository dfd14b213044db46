//! Rules every plan file must keep: unique ids, references to records that exist, known zones,
//! and things that end after they begin. A file breaking them still opens; these say where.

use super::context::{Context, describe};
use super::{Problem, Rule, Subject};
use crate::lang::format::DateFormat;
use crate::lang::{Arg, Message};
use crate::model::label::{label, record_kind_ids};
use crate::model::{Event, zone_named};
use crate::msg;

/// Longer than this, a visit's dates are more likely a typing mistake than a plan.
const LONGEST_LIKELY_VISIT_DAYS: i32 = 366;

/// Every record sharing an id with an earlier one of its kind, where ids must be unique (see
/// [`Plan::duplicate_ids`](crate::model::Plan::duplicate_ids)).
pub(super) fn duplicate_ids(context: &Context, problems: &mut Vec<Problem>) {
    for duplicate in context.plan.duplicate_ids(&context.index) {
        problems.push(Problem {
            occurrence: duplicate.occurrence,
            ..Problem::error(
                Rule::DuplicateId,
                duplicate.subject,
                msg!("problem-duplicate-id", record = duplicate.record),
            )
        });
    }
}

pub(super) fn dangling_references(context: &Context, problems: &mut Vec<Problem>) {
    let index = &context.index;
    context.plan.each_reference(|from, named, what| {
        if !index.has(named) {
            problems.push(Problem::error(
                Rule::MissingRecord,
                from.subject(),
                msg!(
                    "problem-missing-record",
                    record = from.describe(),
                    kind = Arg::message(record_kind_ids(what).0),
                    id = named.id().to_string()
                ),
            ));
        }
    });
}

pub(super) fn time_problems(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let visit = &plan.visit;
    for (id, zone) in [
        ("problem-visit-home-zone", &visit.home_zone),
        ("problem-visit-host-zone", &visit.host_zone),
    ] {
        if let Err(error) = zone_named(zone) {
            problems.push(Problem::error(
                Rule::UnknownZone,
                Subject::Visit,
                Message::new(id).with("error", error.to_string()),
            ));
        }
    }
    if visit.last_day < visit.first_day {
        problems.push(Problem::error(
            Rule::VisitDates,
            Subject::Visit,
            msg!(
                "problem-visit-dates",
                last = Arg::DateAs(visit.last_day, DateFormat::Numeric),
                first = Arg::DateAs(visit.first_day, DateFormat::Numeric)
            ),
        ));
    } else {
        let days = (visit.last_day - visit.first_day).get_days() + 1;
        if days > LONGEST_LIKELY_VISIT_DAYS {
            problems.push(Problem::warning(
                Rule::LongVisit,
                Subject::Visit,
                msg!(
                    "problem-long-visit",
                    // Written as it is, not grouped: a mistyped year's count of days.
                    days = days.to_string(),
                    count = days,
                    first = Arg::DateAs(visit.first_day, DateFormat::Numeric),
                    last = Arg::DateAs(visit.last_day, DateFormat::Numeric)
                ),
            ));
        }
    }
    for (position, event) in plan.events.iter().enumerate() {
        event_time_problems(context, position, event, problems);
    }
}

fn event_time_problems(
    context: &Context,
    position: usize,
    event: &Event,
    problems: &mut Vec<Problem>,
) {
    let subject = Subject::Event(event.id);
    if context.spans[position].is_some() {
        return; // Both zones are known and it ends after it starts.
    }
    let mut zones_known = true;
    for (id, time) in [
        ("problem-event-start-zone", &event.start),
        ("problem-event-end-zone", &event.end),
    ] {
        if !context.zone_known(&time.zone)
            && let Err(error) = time.time_zone()
        {
            zones_known = false;
            problems.push(Problem::error(
                Rule::UnknownZone,
                subject,
                Message::new(id)
                    .with("title", label(&event.title))
                    .with("error", error.to_string()),
            ));
        }
    }
    if zones_known && ends_before_start(event) {
        problems.push(Problem::error(
            Rule::EndBeforeStart,
            subject,
            msg!(
                "problem-end-before-start",
                title = label(&event.title),
                end = describe(&event.end, event.all_day),
                start = describe(&event.start, event.all_day)
            ),
        ));
    }
}

/// Whether the event ends before it begins. Compared as instants, so a flight that lands "earlier"
/// on the clock in a zone further west is right; an all-day item compares its dates.
pub fn ends_before_start(event: &Event) -> bool {
    if event.all_day {
        return event.end.wall.date() < event.start.wall.date();
    }
    match (event.start.instant(), event.end.instant()) {
        (Ok(start), Ok(end)) => end < start,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::app::sample_plan;
    use crate::check::{Rule, Subject, check};
    use crate::interop::protocol::{ProtocolExport, export};
    use crate::model::{EventKind, Plan, Vehicle, VehicleKind};

    /// A change that gives a record its twin's id.
    type Edit<'a> = dyn Fn(&mut Plan) + 'a;

    fn duplicates(plan: &Plan) -> Vec<(Subject, String)> {
        check(plan, plan.visit.first_day)
            .into_iter()
            .filter(|p| p.rule == Rule::DuplicateId)
            .map(|p| (p.subject, p.message.render()))
            .collect()
    }

    #[test]
    fn every_kind_of_record_with_an_id_is_checked_for_a_twin() {
        let plan = sample_plan();
        assert_eq!(duplicates(&plan), []);
        let stay = plan
            .events
            .iter()
            .position(|e| matches!(&e.kind, EventKind::Stay(s) if s.rooms.len() > 1))
            .unwrap();
        let dinner = plan
            .events
            .iter()
            .position(|e| !e.tables.is_empty())
            .unwrap();
        let leg = plan.events.iter().position(|e| e.rides.len() > 1).unwrap();
        let gifts = plan.events.iter().position(|e| e.gifts.len() > 1).unwrap();
        let topic = plan
            .topics
            .iter()
            .position(|t| t.questions.len() > 1)
            .unwrap();
        let twin = |edit: &Edit<'_>| {
            let mut plan = plan.clone();
            edit(&mut plan);
            duplicates(&plan)
        };
        let event = |at: usize| Subject::Event(plan.events[at].id);
        let cases: [(&Edit<'_>, Subject, &str); 7] = [
            (
                &|p| p.visit.vehicles[1].id = p.visit.vehicles[0].id,
                Subject::Visit,
                "vehicle \"Minibus\"",
            ),
            (
                &|p| {
                    let e = Arc::make_mut(&mut p.events[dinner]);
                    let mut table = e.tables[0].clone();
                    table.name = "Second table".into();
                    table.seats.clear();
                    e.tables.push(table);
                },
                event(dinner),
                "table \"Second table\"",
            ),
            (
                &|p| {
                    let e = Arc::make_mut(&mut p.events[dinner]);
                    let seat = e.tables[0].seats[0].clone();
                    e.tables[0].seats.push(seat);
                },
                event(dinner),
                "seat ",
            ),
            (
                &|p| {
                    let e = Arc::make_mut(&mut p.events[leg]);
                    e.rides[1].id = e.rides[0].id;
                },
                event(leg),
                "a ride of",
            ),
            (
                &|p| {
                    let e = Arc::make_mut(&mut p.events[gifts]);
                    e.gifts[1].id = e.gifts[0].id;
                },
                event(gifts),
                "gift ",
            ),
            (
                &|p| {
                    if let EventKind::Stay(s) = &mut Arc::make_mut(&mut p.events[stay]).kind {
                        s.rooms[1].id = s.rooms[0].id;
                    }
                },
                event(stay),
                "room ",
            ),
            (
                &|p| {
                    let t = Arc::make_mut(&mut p.topics[topic]);
                    t.questions[1].id = t.questions[0].id;
                },
                Subject::Topic(plan.topics[topic].id),
                "question ",
            ),
        ];
        for (edit, subject, named) in cases {
            let found = twin(edit);
            assert_eq!(found.len(), 1, "{named}: {found:?}");
            assert_eq!(found[0].0, subject, "{named}");
            assert!(found[0].1.starts_with(named), "{named}: {}", found[0].1);
        }
    }

    #[test]
    fn two_vehicles_with_one_id_are_the_first_for_the_check_and_the_transport_list() {
        let mut plan = sample_plan();
        let leg = plan.events.iter().position(|e| e.rides.len() > 1).unwrap();
        let car = plan.events[leg].rides[0].vehicle;
        let mut bus = Vehicle::new("Twin bus", VehicleKind::Bus, 50);
        bus.id = car;
        plan.visit.vehicles.push(bus);
        // One passenger more than the car (the first with the id) seats.
        let extra = plan.people.iter().map(|p| p.id).find(|p| {
            !plan.events[leg]
                .rides
                .iter()
                .any(|r| r.passengers.contains(p))
        });
        Arc::make_mut(&mut plan.events[leg]).rides[0]
            .passengers
            .push(extra.unwrap());
        let problems = check(&plan, plan.visit.first_day);
        let overfull: Vec<String> = problems
            .iter()
            .filter(|p| p.rule == Rule::VehicleOverfull)
            .map(|p| p.message.render())
            .collect();
        assert_eq!(overfull.len(), 1, "{overfull:?}");
        assert!(overfull[0].starts_with("\"Car 1"), "{}", overfull[0]);
        let list =
            String::from_utf8(export(&plan, ProtocolExport::TransportList, None).unwrap()).unwrap();
        assert!(list.contains("Car 1"));
        assert!(
            !list.contains("Twin bus"),
            "the transport list means the same vehicle"
        );
    }
}
