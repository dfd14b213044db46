//! Conflicts left by `attache merge`: fields two planners changed differently, each an error
//! until the planner chooses a side (in the window's Problems view, or by editing the file).

use super::context::Context;
use super::{Problem, Rule};
use crate::model::merge::{ConflictValue, describe_conflict_value};

pub(super) fn check(context: &Context, problems: &mut Vec<Problem>) {
    for conflict in &context.plan.merge_conflicts {
        let record = context.plan.describe(conflict.record);
        let message = match (&conflict.ours, &conflict.theirs) {
            (ConflictValue::Deleted, _) => format!(
                "merge conflict: {record} was deleted on our side and changed on theirs; keep \
                 it or delete it"
            ),
            (_, ConflictValue::Deleted) if conflict.field.is_empty() => format!(
                "merge conflict: {record} was changed on our side and deleted on theirs; keep \
                 it or delete it"
            ),
            (ours, theirs) => format!(
                "merge conflict: both sides changed the {} of {record}: ours {}, theirs {}; \
                 choose one",
                conflict.field.replace('_', " "),
                describe_conflict_value(ours),
                describe_conflict_value(theirs)
            ),
        };
        problems.push(Problem::error(
            Rule::MergeConflict,
            conflict.record,
            message,
        ));
    }
}
