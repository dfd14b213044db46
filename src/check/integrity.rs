//! Rules every plan file must keep: unique ids, references to records that exist, known zones,
//! and things that end after they begin. A file breaking them still opens; these say where.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::sync::Arc;

use super::context::{Context, describe};
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{Event, GiftParty, Id, zone_named};

/// Longer than this, a visit's dates are more likely a typing mistake than a plan.
const LONGEST_LIKELY_VISIT_DAYS: i32 = 366;

pub(super) fn duplicate_ids(context: &Context, problems: &mut Vec<Problem>) {
    let (plan, index) = (context.plan, &context.index);
    /// Reports the second and later records with an id; `indexed` is how many distinct ids the
    /// index found, so that a list without duplicates is not looked at again.
    fn each_duplicate<R, K: Hash + Eq + Copy>(
        records: &[Arc<R>],
        indexed: usize,
        id: impl Fn(&R) -> K,
        mut report: impl FnMut(&R, K, usize),
    ) {
        if indexed == records.len() {
            return;
        }
        let mut seen: HashMap<K, usize> = HashMap::new();
        for record in records {
            let count = seen.entry(id(record)).or_insert(0);
            if *count > 0 {
                report(record, id(record), *count);
            }
            *count += 1;
        }
    }
    let mut duplicate = |subject: Subject, occurrence: usize, what: String| {
        problems.push(Problem {
            occurrence,
            ..Problem::error(
                Rule::DuplicateId,
                subject,
                format!(
                    "{what} has the same id as an earlier record; each record needs its own id"
                ),
            )
        });
    };
    each_duplicate(
        &plan.organisations,
        index.organisations.len(),
        |r| r.id,
        |r, id, n| {
            duplicate(
                Subject::Organisation(id),
                n,
                format!("organisation \"{}\"", label(&r.name)),
            )
        },
    );
    each_duplicate(
        &plan.people,
        index.people.len(),
        |r| r.id,
        |r, id, n| {
            duplicate(
                Subject::Person(id),
                n,
                format!("person \"{}\"", label(&r.name)),
            )
        },
    );
    each_duplicate(
        &plan.events,
        index.events.len(),
        |r| r.id,
        |r, id, n| {
            duplicate(
                Subject::Event(id),
                n,
                format!("event \"{}\"", label(&r.title)),
            )
        },
    );
    each_duplicate(
        &plan.topics,
        index.topics.len(),
        |r| r.id,
        |r, id, n| {
            duplicate(
                Subject::Topic(id),
                n,
                format!("topic \"{}\"", label(&r.title)),
            )
        },
    );
    each_duplicate(
        &plan.actions,
        index.actions.len(),
        |r| r.id,
        |r, id, n| {
            duplicate(
                Subject::Action(id),
                n,
                format!("action \"{}\"", label(&r.text)),
            )
        },
    );
    for topic in &plan.topics {
        let mut seen = HashSet::new();
        for question in &topic.questions {
            if !seen.insert(question.id) {
                duplicate(
                    Subject::Topic(topic.id),
                    0,
                    format!(
                        "question \"{}\" of topic \"{}\"",
                        label(&question.text),
                        label(&topic.title)
                    ),
                );
            }
        }
    }
}

pub(super) fn dangling_references(context: &Context, problems: &mut Vec<Problem>) {
    let (plan, index) = (context.plan, &context.index);
    let missing = |subject, what: String, kind: &str, id: String| {
        Problem::error(
            Rule::MissingRecord,
            subject,
            format!("{what} refers to {kind} {id}, which is not in the plan"),
        )
    };
    fn absent<T>(map: &HashMap<Id<T>, usize>, id: Id<T>) -> bool {
        !map.contains_key(&id)
    }

    for person in &plan.people {
        if let Some(organisation) = person
            .organisation
            .filter(|&o| absent(&index.organisations, o))
        {
            problems.push(missing(
                Subject::Person(person.id),
                format!("person \"{}\"", label(&person.name)),
                "organisation",
                organisation.to_string(),
            ));
        }
    }
    for event in &plan.events {
        let subject = Subject::Event(event.id);
        let what = || format!("event \"{}\"", label(&event.title));
        for person in event.people().filter(|&p| absent(&index.people, p)) {
            problems.push(missing(subject, what(), "person", person.to_string()));
        }
        if let Some(organisation) = event
            .host_organisation
            .filter(|&o| absent(&index.organisations, o))
        {
            problems.push(missing(
                subject,
                what(),
                "organisation",
                organisation.to_string(),
            ));
        }
        for topic in event.topics.iter().filter(|&&t| absent(&index.topics, t)) {
            problems.push(missing(subject, what(), "topic", topic.to_string()));
        }
        for person in event
            .protocol_people()
            .filter(|&p| absent(&index.people, p))
        {
            problems.push(missing(subject, what(), "person", person.to_string()));
        }
        for ride in &event.rides {
            if !plan.visit.vehicles.iter().any(|v| v.id == ride.vehicle) {
                problems.push(missing(
                    subject,
                    what(),
                    "vehicle",
                    ride.vehicle.to_string(),
                ));
            }
        }
        for gift in &event.gifts {
            for party in [gift.from, gift.to] {
                if let GiftParty::Organisation(o) = party
                    && absent(&index.organisations, o)
                {
                    problems.push(missing(subject, what(), "organisation", o.to_string()));
                }
            }
        }
    }
    for topic in &plan.topics {
        if let Some(lead) = topic.lead.filter(|&p| absent(&index.people, p)) {
            problems.push(missing(
                Subject::Topic(topic.id),
                format!("topic \"{}\"", label(&topic.title)),
                "lead person",
                lead.to_string(),
            ));
        }
    }
    for action in &plan.actions {
        let subject = Subject::Action(action.id);
        let what = || format!("action \"{}\"", label(&action.text));
        if let Some(owner) = action.owner.filter(|&p| absent(&index.people, p)) {
            problems.push(missing(subject, what(), "owner", owner.to_string()));
        }
        match action.source {
            Some(crate::model::ActionSource::Topic(topic)) if absent(&index.topics, topic) => {
                problems.push(missing(subject, what(), "topic", topic.to_string()));
            }
            Some(crate::model::ActionSource::Event(event)) if absent(&index.events, event) => {
                problems.push(missing(subject, what(), "event", event.to_string()));
            }
            _ => {}
        }
    }
}

pub(super) fn time_problems(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let visit = &plan.visit;
    for (field, zone) in [
        ("home zone", &visit.home_zone),
        ("host zone", &visit.host_zone),
    ] {
        if let Err(error) = zone_named(zone) {
            problems.push(Problem::error(
                Rule::UnknownZone,
                Subject::Visit,
                format!("the visit's {field}: {error}"),
            ));
        }
    }
    if visit.last_day < visit.first_day {
        problems.push(Problem::error(
            Rule::VisitDates,
            Subject::Visit,
            format!(
                "the visit's last day ({}) is before its first day ({})",
                visit.last_day, visit.first_day
            ),
        ));
    } else {
        let days = (visit.last_day - visit.first_day).get_days() + 1;
        if days > LONGEST_LIKELY_VISIT_DAYS {
            problems.push(Problem::warning(
                Rule::LongVisit,
                Subject::Visit,
                format!(
                    "the visit lasts {days} days, from {} to {}; is one of its dates mistyped?",
                    visit.first_day, visit.last_day
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
    for (field, time) in [("start", &event.start), ("end", &event.end)] {
        if !context.zone_known(&time.zone)
            && let Err(error) = time.time_zone()
        {
            zones_known = false;
            problems.push(Problem::error(
                Rule::UnknownZone,
                subject,
                format!("event \"{}\", its {field}: {error}", label(&event.title)),
            ));
        }
    }
    if zones_known && ends_before_start(event) {
        problems.push(Problem::error(
            Rule::EndBeforeStart,
            subject,
            format!(
                "event \"{}\" ends ({}) before it starts ({})",
                label(&event.title),
                describe(&event.end, event.all_day),
                describe(&event.start, event.all_day)
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
