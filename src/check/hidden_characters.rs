//! Names and titles holding control characters or invisible bidirectional overrides: text that
//! displays differently from what it says (a known way to disguise a name), or that breaks the
//! lines of a printed list.

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::{EventKind, describe_hidden, is_hidden, reveal_hidden};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let visit = &plan.visit;
    let mut look = |subject: Subject, fields: &[(&str, &str)]| {
        for &(field, text) in fields {
            if let Some(hidden) = text.chars().find(|&c| is_hidden(c)) {
                problems.push(Problem::warning(
                    Rule::HiddenCharacters,
                    subject,
                    format!(
                        "the {field} \"{}\" holds an invisible character ({}) that can make it \
                         show something else than it says; retype it",
                        reveal_hidden(text),
                        describe_hidden(hidden)
                    ),
                ));
            }
        }
    };
    look(
        Subject::Visit,
        &[
            ("visit's title", &visit.title),
            ("visiting party's name", &visit.visiting.name),
            ("host party's name", &visit.host.name),
        ],
    );
    for vehicle in &visit.vehicles {
        look(
            Subject::Visit,
            &[
                ("vehicle's name", &vehicle.name),
                ("driver's name", &vehicle.driver),
                ("driver's phone", &vehicle.driver_phone),
            ],
        );
    }
    for organisation in &plan.organisations {
        look(
            Subject::Organisation(organisation.id),
            &[
                ("organisation's name", &organisation.name),
                (
                    "organisation's name in its own script",
                    &organisation.native_name,
                ),
                ("organisation's website", &organisation.website),
            ],
        );
    }
    for person in &plan.people {
        look(
            Subject::Person(person.id),
            &[
                ("person's name", &person.name),
                ("person's name in their own script", &person.native_name),
                ("form of address", &person.form_of_address),
                ("person's title", &person.title),
                ("position", &person.position),
            ],
        );
        for (what, entries) in [
            ("email address", &person.emails),
            ("phone number", &person.phones),
        ] {
            for entry in entries {
                look(Subject::Person(person.id), &[(what, &entry.value)]);
            }
        }
    }
    for event in &plan.events {
        let subject = Subject::Event(event.id);
        look(
            subject,
            &[
                ("event's title", &event.title),
                ("location", &event.location),
            ],
        );
        for table in &event.tables {
            look(subject, &[("table's name", &table.name)]);
        }
        for gift in &event.gifts {
            look(subject, &[("gift's description", &gift.description)]);
        }
        if let EventKind::Stay(stay) = &event.kind {
            for room in &stay.rooms {
                look(subject, &[("room's number", &room.number)]);
            }
        }
        if let EventKind::Travel(leg) = &event.kind {
            look(
                subject,
                &[
                    ("place of departure", &leg.from),
                    ("destination", &leg.to),
                    ("carrier", &leg.carrier),
                ],
            );
        }
    }
    for topic in &plan.topics {
        look(Subject::Topic(topic.id), &[("topic's title", &topic.title)]);
    }
    for action in &plan.actions {
        // An action's text may run over lines; only the disguising characters count there.
        if let Some(hidden) = action
            .text
            .chars()
            .find(|&c| is_hidden(c) && !matches!(c, '\n' | '\t'))
        {
            problems.push(Problem::warning(
                Rule::HiddenCharacters,
                Subject::Action(action.id),
                format!(
                    "the action \"{}\" holds an invisible character ({}) that can make it show \
                     something else than it says; retype it",
                    reveal_hidden(&action.text),
                    describe_hidden(hidden)
                ),
            ));
        }
    }
}
