//! The seating plan of a meal or ceremony against who takes part: everyone seated once, nobody
//! seated who is not coming, and interpreters where their principals can hear them.

use std::collections::{HashMap, HashSet};

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::lang::Message;
use crate::model::label::label;
use crate::model::{DelegationRole, Event, EventStatus, PersonId};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    for event in &context.plan.events {
        // An event whose tables are not laid yet has no seating plan to check.
        if event.tables.is_empty() || event.status == EventStatus::Cancelled {
            continue;
        }
        seated_once(context, event, problems);
        interpreters_by_their_principals(context, event, problems);
    }
}

fn seated_once(context: &Context, event: &Event, problems: &mut Vec<Problem>) {
    let title = label(&event.title);
    let mut seats_taken: HashMap<PersonId, usize> = HashMap::new();
    for person in event.seated() {
        *seats_taken.entry(person).or_default() += 1;
    }
    let taking_part: HashSet<PersonId> = event.people().collect();
    let mut unseated: Vec<PersonId> = taking_part
        .iter()
        .filter(|person| !seats_taken.contains_key(person))
        .copied()
        .collect();
    let mut not_coming: Vec<PersonId> = seats_taken
        .keys()
        .filter(|person| !taking_part.contains(person))
        .copied()
        .collect();
    let mut twice: Vec<PersonId> = seats_taken
        .iter()
        .filter(|&(_, &seats)| seats > 1)
        .map(|(&person, _)| person)
        .collect();
    let subject = Subject::Event(event.id);
    // The maps' order is arbitrary; people_phrase names them in precedence order.
    for (people, rule, id) in [
        (&mut unseated, Rule::Unseated, "problem-unseated"),
        (
            &mut not_coming,
            Rule::SeatedNotTakingPart,
            "problem-seated-not-taking-part",
        ),
        (&mut twice, Rule::SeatedTwice, "problem-seated-twice"),
    ] {
        if people.is_empty() {
            continue;
        }
        people.sort();
        let sentence = Message::new(id)
            .with("people", context.people(people))
            .with("count", people.len())
            .with("title", title.clone());
        problems.push(Problem::warning(rule, subject, sentence));
    }
}

/// Where the event needs interpretation, each interpreter sits where they can interpret for their
/// own side: at the table beside someone of their side (round and U-shaped tables wrap, so the
/// first and last seats are side by side), or behind a principal of their side, never behind the
/// other side's.
fn interpreters_by_their_principals(context: &Context, event: &Event, problems: &mut Vec<Problem>) {
    if !event.interpretation_needed {
        return;
    }
    let person = |id: PersonId| {
        context
            .index
            .people
            .get(&id)
            .map(|&i| &context.plan.people[i])
    };
    let title = label(&event.title);
    for table in &event.tables {
        for (position, seat) in table.seats.iter().enumerate() {
            if let Some(interpreter) = seat.interpreter.and_then(person)
                && let Some(principal) = seat.person.and_then(person)
                && principal.side != interpreter.side
            {
                problems.push(Problem::warning(
                    Rule::InterpreterSeat,
                    Subject::Event(event.id),
                    msg!(
                        "problem-interpreter-behind-other-side",
                        interpreter = label(&interpreter.name),
                        title = title.clone(),
                        principal = label(&principal.name),
                    ),
                ));
            }
            let Some(interpreter) = seat.person.and_then(person) else {
                continue;
            };
            if interpreter.role != DelegationRole::Interpreter {
                continue;
            }
            let beside_their_side = table
                .neighbours(position)
                .filter_map(|at| table.seats[at].person.and_then(person))
                .any(|neighbour| {
                    neighbour.side == interpreter.side
                        && neighbour.role != DelegationRole::Interpreter
                });
            if !beside_their_side {
                problems.push(Problem::warning(
                    Rule::InterpreterSeat,
                    Subject::Event(event.id),
                    msg!(
                        "problem-interpreter-away",
                        interpreter = label(&interpreter.name),
                        title = title.clone(),
                    ),
                ));
            }
        }
    }
}
