//! All checks on a large plan: 5,000 events and 10,000 people, built with the model API.
//!
//! The window finds the problems again after every change of the plan, so this must stay well
//! under 50 ms. Two plans: a realistic one (`model::generate`: many delegations, each with its own
//! programme, checked as of a day after the visit so that the overdue actions and unanswered
//! questions are found too) and one full of mistakes (random people at random times in random
//! cities: tens of thousands of clashes and missing travel legs), to show that the cost stays in
//! proportion. Run with `cargo bench --bench checks`.

use std::hint::black_box;
use std::sync::Arc;

use attache::check::check;
use attache::model::generate::{PlanSize, generate};
use attache::model::{
    Action, DocumentStatus, Event, EventKind, EventStatus, LocalTime, Organisation, Person, Plan,
    Question, Topic, TravelLeg, TravelMode,
};
use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;

const PEOPLE: usize = 10_000;
const EVENTS: usize = 5_000;
const PARTICIPANTS_PER_EVENT: usize = 12;
const TOPICS: usize = 60;
const ACTIONS: usize = 1_000;

/// A small deterministic generator, so every run checks the same plan.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// A plan full of mistakes: random participants at random times in random cities.
fn plan_full_of_mistakes() -> Plan {
    let mut random = Lcg(7);
    let first_day = date(2027, 3, 1);
    let mut plan = Plan::empty(first_day, "Europe/Tallinn");
    plan.visit.last_day = date(2027, 4, 30);
    plan.visit.home_zone = "Asia/Baghdad".into();
    let cities = ["Tallinn", "Tartu", "Pärnu", "Narva"];

    for i in 0..200 {
        let mut organisation = Organisation::new(format!("Organisation {i}"));
        organisation.address = format!("Street {i}, {} {}", 10_000 + i, cities[i % cities.len()]);
        plan.organisations.push(Arc::new(organisation));
    }
    for i in 0..PEOPLE {
        let mut person = Person::new(format!("Person {i}"));
        person.organisation = Some(plan.organisations[i % 200].id);
        if i % 7 == 0 {
            person.travel_document.status = DocumentStatus::Applied;
            person.travel_document.deadline = Some(date(2027, 2, 1 + (i % 28) as i8));
        }
        plan.people.push(Arc::new(person));
    }
    for i in 0..TOPICS {
        let mut topic = Topic::new(format!("Topic {i}"));
        topic.lead = Some(plan.people[i].id);
        for q in 0..5 {
            let mut question = Question::new(format!("Question {q} of topic {i}"));
            if q % 2 == 0 {
                question.answer = "Answered.".into();
            }
            topic.questions.push(question);
        }
        plan.topics.push(Arc::new(topic));
    }
    for i in 0..EVENTS {
        let day = first_day
            .checked_add(jiff::Span::new().days((i % 60) as i64))
            .unwrap();
        let hour = 7 + (random.below(12)) as i8;
        let minute = [0, 15, 30, 45][random.below(4)];
        let start = LocalTime::new(day.at(hour, minute, 0, 0), "Europe/Tallinn");
        let end = LocalTime::new(
            day.at(hour + 1 + random.below(2) as i8, minute, 0, 0),
            "Europe/Tallinn",
        );
        let city = cities[random.below(cities.len())];
        let kind = match i % 10 {
            0 => EventKind::Travel(TravelLeg {
                mode: TravelMode::Car,
                from: format!("Hotel, {city}"),
                to: format!("Venue {i}, {}", cities[random.below(cities.len())]),
                ..TravelLeg::default()
            }),
            1 => EventKind::SiteVisit,
            2 => EventKind::Meal,
            3 => EventKind::Briefing,
            _ => EventKind::Meeting,
        };
        let mut event = Event::new(kind, format!("Event {i}"), start, end);
        event.location = format!("Building {}, {} {city}", i % 50, 10_000 + i % 50);
        event.status = if i % 13 == 0 {
            EventStatus::Proposed
        } else {
            EventStatus::Confirmed
        };
        for _ in 0..PARTICIPANTS_PER_EVENT {
            event
                .participants
                .push(plan.people[random.below(PEOPLE)].id);
        }
        if i % 5 != 0 {
            event.hosts.push(plan.people[random.below(PEOPLE)].id);
        }
        if i % 3 == 0 {
            event.topics.push(plan.topics[random.below(TOPICS)].id);
        }
        plan.events.push(Arc::new(event));
    }
    for i in 0..ACTIONS {
        let mut action = Action::new(format!("Follow-up {i}"));
        action.owner = Some(plan.people[random.below(PEOPLE)].id);
        action.due = Some(date(2027, 5, 1 + (i % 30) as i8));
        plan.actions.push(Arc::new(action));
    }
    plan
}

fn checks(c: &mut Criterion) {
    let mut group = c.benchmark_group("all checks, 5,000 events and 10,000 people");
    let realistic = generate(PlanSize {
        people: PEOPLE,
        events: EVENTS,
        topics: 40,
        seed: 1,
    });
    let mistakes = plan_full_of_mistakes();
    for (name, plan, today) in [
        ("realistic plan", &realistic, date(2027, 12, 1)),
        ("plan full of mistakes", &mistakes, date(2027, 5, 15)),
    ] {
        println!(
            "{name}: {} events, {} people, {} problems",
            plan.events.len(),
            plan.people.len(),
            check(plan, today).len()
        );
        group.bench_function(name, |b| {
            b.iter(|| check(black_box(plan), black_box(today)))
        });
    }
    group.finish();
}

/// `events` events over days of one tour from 08:00 to 20:00 with 49 back-to-back ten-minute
/// meetings inside it, for ten people who take part in all: each meeting clashes with the tour
/// alone, so the clashes grow as the events do.
fn tours_with_meetings_inside(events: usize) -> Plan {
    let first_day = date(2027, 3, 1);
    let mut plan = Plan::empty(first_day, "Europe/Tallinn");
    let people: Vec<_> = (0..10)
        .map(|i| {
            let person = Person::new(format!("Person {i}"));
            let id = person.id;
            plan.people.push(Arc::new(person));
            id
        })
        .collect();
    let at = |day: jiff::civil::Date, minutes: i32| {
        LocalTime::new(
            day.at((minutes / 60) as i8, (minutes % 60) as i8, 0, 0),
            "Europe/Tallinn",
        )
    };
    for i in 0..events {
        let day = first_day
            .checked_add(jiff::Span::new().days((i / 50) as i64))
            .unwrap();
        let (start, end) = match i % 50 {
            0 => (8 * 60, 20 * 60),
            n => {
                let start = 8 * 60 + 10 * (n as i32 - 1);
                (start, start + 10)
            }
        };
        let mut event = Event::new(
            EventKind::Meeting,
            format!("Event {i}"),
            at(day, start),
            at(day, end),
        );
        event.location = "Swissôtel Tallinn".into();
        event.participants = people.clone();
        plan.events.push(Arc::new(event));
    }
    plan.visit.last_day = first_day
        .checked_add(jiff::Span::new().days((events / 50) as i64))
        .unwrap();
    plan
}

/// The clash sweep costs the events plus the clashes it reports: doubling both doubles the time.
fn clash_sweep(c: &mut Criterion) {
    let mut group = c.benchmark_group("clashes of meetings inside a tour");
    for events in [1_000, 2_000, 4_000] {
        let plan = tours_with_meetings_inside(events);
        group.bench_function(format!("{events} events"), |b| {
            b.iter(|| check(black_box(&plan), black_box(date(2027, 2, 1))))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = checks, clash_sweep
}
criterion_main!(benches);
