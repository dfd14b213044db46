//! Follow-up actions past their due date and still open.

use super::context::{Context, start_of_day};
use super::{Problem, Rule, Subject};
use crate::lang::Arg;
use crate::lang::format::DateFormat;
use crate::model::ActionStatus;
use crate::model::label::label;
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for action in &plan.actions {
        let Some(due) = action.due else { continue };
        if !action.status.is_open() || due >= context.today {
            continue;
        }
        let status = Arg::message(match action.status {
            ActionStatus::Open => "problem-action-open",
            ActionStatus::InProgress => "problem-action-in-progress",
            ActionStatus::Done => "problem-action-done",
            ActionStatus::Dropped => "problem-action-dropped",
        });
        let text = label(action.text.trim());
        let due_on = Arg::DateAs(due, DateFormat::Numeric);
        let message = match action.owner {
            Some(owner) => msg!(
                "problem-overdue-action-of-owner",
                text = text,
                owner = context.person_name(owner),
                due = due_on,
                status = status
            ),
            None => msg!(
                "problem-overdue-action",
                text = text,
                due = due_on,
                status = status
            ),
        };
        problems.push(
            Problem::warning(Rule::OverdueAction, Subject::Action(action.id), message)
                .at(Some(start_of_day(due, &plan.visit.home_zone))),
        );
    }
}
