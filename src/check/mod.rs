//! Problems found in a plan, like a compiler's diagnostics. Pure functions over the model, shared
//! by the window's problem list and `attache check`.

mod integrity;

use crate::model::{ActionId, EventId, OrganisationId, PersonId, Plan, TopicId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// The record a problem is about: what the window opens when the problem is clicked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Visit,
    Organisation(OrganisationId),
    Person(PersonId),
    Event(EventId),
    Topic(TopicId),
    Action(ActionId),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub subject: Subject,
    /// Which of the records sharing the subject's id is meant (0 but for duplicated ids).
    pub occurrence: usize,
    /// A sentence naming the records concerned.
    pub message: String,
}

impl Problem {
    pub(crate) fn error(subject: Subject, message: String) -> Self {
        Self {
            severity: Severity::Error,
            subject,
            occurrence: 0,
            message,
        }
    }
}

/// Every problem in the plan, errors first.
pub fn check(plan: &Plan) -> Vec<Problem> {
    let mut problems = Vec::new();
    integrity::duplicate_ids(plan, &mut problems);
    integrity::dangling_references(plan, &mut problems);
    integrity::time_problems(plan, &mut problems);
    problems.sort_by_key(|problem| problem.severity);
    problems
}

pub fn count_errors(problems: &[Problem]) -> usize {
    problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .count()
}
