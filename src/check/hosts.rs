//! Meetings and site visits with nobody named to receive the delegation.

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{EventKind, EventStatus};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for event in &plan.events {
        let kind = match event.kind {
            EventKind::Meeting => "meeting",
            EventKind::SiteVisit => "site visit",
            _ => continue,
        };
        if event.status == EventStatus::Cancelled || !event.hosts.is_empty() {
            continue;
        }
        let at = event
            .host_organisation
            .and_then(|id| context.index.organisations.get(&id))
            .map(|&i| format!(" at {}", label(&plan.organisations[i].name)))
            .unwrap_or_default();
        problems.push(Problem::warning(
            Rule::NoHost,
            Subject::Event(event.id),
            format!(
                "{kind} \"{}\"{at} has no host: name the person who receives the delegation",
                label(&event.title)
            ),
        ));
    }
}
