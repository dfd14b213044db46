//! Meetings and site visits with nobody named to receive the delegation.

use super::context::Context;
use super::{Problem, Rule, Subject};
use crate::model::label::label;
use crate::model::{EventKind, EventStatus};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for event in &plan.events {
        let site_visit = match event.kind {
            EventKind::Meeting => false,
            EventKind::SiteVisit => true,
            _ => continue,
        };
        if event.status == EventStatus::Cancelled || !event.hosts.is_empty() {
            continue;
        }
        let at = event
            .host_organisation
            .and_then(|id| context.index.organisations.get(&id))
            .map(|&i| label(&plan.organisations[i].name));
        let title = label(&event.title);
        let message = match (site_visit, at) {
            (false, None) => msg!("problem-no-host-meeting", title = title),
            (true, None) => msg!("problem-no-host-site-visit", title = title),
            (false, Some(at)) => msg!("problem-no-host-meeting-at", title = title, at = at),
            (true, Some(at)) => msg!("problem-no-host-site-visit-at", title = title, at = at),
        };
        problems.push(Problem::warning(
            Rule::NoHost,
            Subject::Event(event.id),
            message,
        ));
    }
}
