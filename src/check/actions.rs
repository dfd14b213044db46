//! Follow-up actions past their due date and still open.

use super::context::{Context, start_of_day};
use super::{Problem, Rule, Subject};
use crate::model::Choice;
use crate::model::label::label;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for action in &plan.actions {
        let Some(due) = action.due else { continue };
        if !action.status.is_open() || due >= context.today {
            continue;
        }
        let owner = action
            .owner
            .map(|owner| format!(" (owner \"{}\")", context.person_name(owner)))
            .unwrap_or_default();
        problems.push(
            Problem::warning(
                Rule::OverdueAction,
                Subject::Action(action.id),
                format!(
                    "action \"{}\"{owner} was due on {due} and is still {}",
                    label(action.text.trim()),
                    action.status.code().to_lowercase()
                ),
            )
            .at(Some(start_of_day(due, &plan.visit.home_zone))),
        );
    }
}
