//! Conflicts left by `attache merge`: fields two planners changed differently, each an error
//! until the planner chooses a side (in the window's Problems view, or by editing the file). And
//! the merge itself as `attache merge` does it: the model's merge by record and field, checked so
//! that it never makes an error that neither side had.

use std::collections::HashSet;

use jiff::civil::Date;

use super::context::Context;
use super::{Problem, Rule, Severity, Subject, check as check_plan};
use crate::lang::{Arg, Message};
use crate::model::Plan;
use crate::model::merge::{
    ConflictValue, PLACE_FIELD, describe_conflict_value_message, describe_field_message,
    double_booking, keep_ours_whole, merge as merge_fields,
};
use crate::msg;

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    let plan = context.plan;
    for conflict in &plan.merge_conflicts {
        let record = plan.describe_indexed(conflict.record, &context.index);
        let message = match (&conflict.ours, &conflict.theirs) {
            (ConflictValue::Deleted, _) if conflict.field.is_empty() => {
                msg!("problem-merge-deleted-ours", record = record)
            }
            (_, ConflictValue::Deleted) if conflict.field.is_empty() => {
                msg!("problem-merge-deleted-theirs", record = record)
            }
            _ if conflict.field.is_empty() => msg!("problem-merge-misfit", record = record),
            (ours, theirs) if is_place(&conflict.field) => {
                let message = match (item_of(&conflict.field), conflict.record) {
                    (Some((item, list)), _) => {
                        msg!("problem-merge-place-item", item = item, list = list)
                    }
                    (None, Subject::Person(_)) if conflict.field == PLACE_FIELD => {
                        Message::new("problem-merge-place-precedence")
                    }
                    (None, _) => Message::new("problem-merge-place"),
                };
                message
                    .with("record", record)
                    .with(
                        "ours",
                        describe_place(context, conflict.record, &conflict.field, ours),
                    )
                    .with(
                        "theirs",
                        describe_place(context, conflict.record, &conflict.field, theirs),
                    )
            }
            (ours, theirs) => {
                let message = match double_booking(&conflict.field) {
                    Some(clash) => {
                        msg!("problem-merge-field-clash", clash = Arg::message(clash))
                    }
                    None => Message::new("problem-merge-field"),
                };
                message
                    .with("field", describe_field_message(&conflict.field))
                    .with("record", record)
                    .with("ours", describe_conflict_value_message(ours))
                    .with("theirs", describe_conflict_value_message(theirs))
            }
        };
        problems.push(Problem::error(
            Rule::MergeConflict,
            conflict.record,
            message,
        ));
    }
}

fn is_place(field: &str) -> bool {
    field == PLACE_FIELD || field.ends_with(&format!(".{PLACE_FIELD}"))
}

/// ", its item 5a0c9d2e7b1f4a63 in questions" for a place inside a record; nothing for the
/// record's own place.
fn item_of(field: &str) -> Option<(String, String)> {
    let inside = field
        .strip_suffix(PLACE_FIELD)
        .and_then(|rest| rest.strip_suffix('.'))
        .and_then(|item| item.rsplit_once('.'));
    inside.map(|(list, item)| (item.to_owned(), list.replace('_', " ")))
}

/// "after person "Dr Ahmed Ali"", or "first".
fn describe_place(
    context: &Context,
    record: Subject,
    field: &str,
    value: &ConflictValue,
) -> Message {
    let after = match value {
        ConflictValue::Value(serde_json::Value::String(id)) => id,
        _ => return Message::new("problem-merge-first"),
    };
    // The record it follows is of the same kind, for a record's own place.
    let same_kind = match (field == PLACE_FIELD, record) {
        (true, Subject::Organisation(_)) => {
            crate::model::OrganisationId::parse(after).map(Subject::Organisation)
        }
        (true, Subject::Person(_)) => crate::model::PersonId::parse(after).map(Subject::Person),
        (true, Subject::Event(_)) => crate::model::EventId::parse(after).map(Subject::Event),
        (true, Subject::Topic(_)) => crate::model::TopicId::parse(after).map(Subject::Topic),
        (true, Subject::Action(_)) => crate::model::ActionId::parse(after).map(Subject::Action),
        _ => None,
    };
    match same_kind {
        Some(subject) => msg!(
            "problem-merge-after",
            record = context.plan.describe_indexed(subject, &context.index)
        ),
        None => msg!("problem-merge-after-item", item = after),
    }
}

/// What `attache merge` does: merges `ours` and `theirs` by record and field
/// ([`crate::model::merge::merge`]), then checks the result. Each error the merged plan has that
/// neither side had (two changes that are fine apart but not together: an event whose start one
/// side moved and whose end the other did, now ending before it starts) makes the records it
/// names, where the merge changed them from ours, whole-record conflicts with our version kept.
/// That is checked again until no new error is left or nothing more can be taken back.
pub fn merge(base: &Plan, ours: &Plan, theirs: &Plan) -> Plan {
    let mut merged = merge_fields(base, ours, theirs);
    // Any day serves, as long as all three plans are checked on the same one.
    let today = ours.visit.first_day;
    let had: HashSet<ErrorKey> = errors(ours, today)
        .into_iter()
        .chain(errors(theirs, today))
        .collect();
    loop {
        let new: Vec<ErrorKey> = errors(&merged, today)
            .into_iter()
            .filter(|error| !had.contains(error))
            .collect();
        let named: HashSet<Subject> = new
            .iter()
            .flat_map(|error| std::iter::once(error.subject).chain(error.also))
            .collect();
        let taken_back = keep_ours_whole(&mut merged, ours, theirs, &named);
        if !taken_back {
            return merged;
        }
    }
}

/// An error as far as telling whether a plan had it: its rule and the records it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct ErrorKey {
    rule: Rule,
    subject: Subject,
    also: Option<Subject>,
    occurrence: usize,
}

/// The plan's errors, but for the merge conflicts it holds (those are the planner's to resolve).
fn errors(plan: &Plan, today: Date) -> Vec<ErrorKey> {
    check_plan(plan, today)
        .into_iter()
        .filter(|problem| {
            problem.severity == Severity::Error && problem.rule != Rule::MergeConflict
        })
        .map(|problem| ErrorKey {
            rule: problem.rule,
            subject: problem.subject,
            also: problem.also,
            occurrence: problem.occurrence,
        })
        .collect()
}
