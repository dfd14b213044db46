//! Names and titles holding control characters or invisible bidirectional overrides: text that
//! displays differently from what it says (a known way to disguise a name), or that breaks the
//! lines of a printed list.

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::lang::Arg;
use crate::model::{EventKind, describe_hidden_message, is_hidden, reveal_hidden};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    let visit = &plan.visit;
    let mut look = |subject: Subject, fields: &[(&'static str, &str)]| {
        for &(field, text) in fields {
            if let Some(hidden) = text.chars().find(|&c| is_hidden(c)) {
                problems.push(Problem::warning(
                    Rule::HiddenCharacters,
                    subject,
                    msg!(
                        "problem-hidden-characters",
                        field = Arg::message(field),
                        text = reveal_hidden(text),
                        character = describe_hidden_message(hidden)
                    ),
                ));
            }
        }
    };
    look(
        Subject::Visit,
        &[
            ("problem-field-visit-title", &visit.title),
            ("problem-field-visiting-party-name", &visit.visiting.name),
            ("problem-field-host-party-name", &visit.host.name),
        ],
    );
    for vehicle in &visit.vehicles {
        look(
            Subject::Visit,
            &[
                ("problem-field-vehicle-name", &vehicle.name),
                ("problem-field-driver-name", &vehicle.driver),
                ("problem-field-driver-phone", &vehicle.driver_phone),
            ],
        );
    }
    for organisation in &plan.organisations {
        look(
            Subject::Organisation(organisation.id),
            &[
                ("problem-field-organisation-name", &organisation.name),
                (
                    "problem-field-organisation-native-name",
                    &organisation.native_name,
                ),
                ("problem-field-organisation-website", &organisation.website),
            ],
        );
    }
    for person in &plan.people {
        look(
            Subject::Person(person.id),
            &[
                ("problem-field-person-name", &person.name),
                ("problem-field-person-native-name", &person.native_name),
                ("problem-field-form-of-address", &person.form_of_address),
                ("problem-field-person-title", &person.title),
                ("problem-field-position", &person.position),
            ],
        );
        for (what, entries) in [
            ("problem-field-email-address", &person.emails),
            ("problem-field-phone-number", &person.phones),
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
                ("problem-field-event-title", &event.title),
                ("problem-field-location", &event.location),
            ],
        );
        for table in &event.tables {
            look(subject, &[("problem-field-table-name", &table.name)]);
        }
        for gift in &event.gifts {
            look(
                subject,
                &[("problem-field-gift-description", &gift.description)],
            );
        }
        if let EventKind::Stay(stay) = &event.kind {
            for room in &stay.rooms {
                look(subject, &[("problem-field-room-number", &room.number)]);
            }
        }
        if let EventKind::Travel(leg) = &event.kind {
            look(
                subject,
                &[
                    ("problem-field-place-of-departure", &leg.from),
                    ("problem-field-destination", &leg.to),
                    ("problem-field-carrier", &leg.carrier),
                ],
            );
        }
    }
    for topic in &plan.topics {
        look(
            Subject::Topic(topic.id),
            &[("problem-field-topic-title", &topic.title)],
        );
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
                msg!(
                    "problem-hidden-characters-action",
                    text = reveal_hidden(&action.text),
                    character = describe_hidden_message(hidden)
                ),
            ));
        }
    }
}
