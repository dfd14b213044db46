//! Gifts planned for an event that their giver or recipient does not attend.

use super::context::{Context, quoted};
use super::{Problem, Rule, Subject};
use crate::lang::Message;
use crate::model::label::label;
use crate::model::{Event, EventStatus, GiftParty, GiftStatus};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for event in &plan.events {
        if event.status == EventStatus::Cancelled {
            continue;
        }
        // Once handed over, the register records what happened; only plans are checked.
        let planned = event
            .gifts
            .iter()
            .filter(|gift| matches!(gift.status, GiftStatus::Planned | GiftStatus::Bought));
        for gift in planned {
            for (party, id) in [
                (gift.from, "problem-gift-giver-absent"),
                (gift.to, "problem-gift-recipient-absent"),
            ] {
                if attends(context, event, party) {
                    continue;
                }
                problems.push(Problem::warning(
                    Rule::GiftPartyAbsent,
                    Subject::Event(event.id),
                    Message::new(id)
                        .with("gift", label(&gift.description))
                        .with("title", label(&event.title))
                        .with("party", describe(context, party)),
                ));
            }
        }
    }
}

/// A person attends when the event names them; an organisation when it receives the event or one
/// of its people attends.
fn attends(context: &Context, event: &Event, party: GiftParty) -> bool {
    match party {
        GiftParty::Person(person) => event.people().any(|p| p == person),
        GiftParty::Organisation(organisation) => {
            event.host_organisation == Some(organisation)
                || event.people().any(|id| {
                    context
                        .index
                        .people
                        .get(&id)
                        .is_some_and(|&i| context.plan.people[i].organisation == Some(organisation))
                })
        }
    }
}

fn describe(context: &Context, party: GiftParty) -> Message {
    match party {
        GiftParty::Person(person) => quoted(context.person_name(person)),
        GiftParty::Organisation(organisation) => {
            let name = context
                .index
                .organisations
                .get(&organisation)
                .map(|&i| label(&context.plan.organisations[i].name).into_owned())
                .unwrap_or_else(|| organisation.to_string());
            quoted(name)
        }
    }
}
