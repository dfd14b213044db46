use crate::lang::{Language, in_language};
use std::path::PathBuf;
use std::process::ExitCode;

use super::terminal::say;
use super::{Outcome, error_line};
use crate::check::{Severity, Subject, check};
use crate::file::{self, RecordList, RecordPositions};

/// Checks each plan as of `today` and prints its problems.
pub(super) fn run(plans: &[PathBuf], today: jiff::civil::Date) -> ExitCode {
    let mut outcome = Outcome::Clean;
    for path in plans {
        let (text, plan) = match file::load_with_text(path) {
            Ok(loaded) => loaded,
            Err(error) => {
                say!("{}", error_line(&error));
                outcome = outcome.max(Outcome::Unreadable);
                continue;
            }
        };
        let problems = check(&plan, today);
        let positions = RecordPositions::scan(&text);
        for problem in &problems {
            let place = place_of(problem.subject, problem.occurrence, &positions)
                .map(|(line, column)| format!(":{line}:{column}"))
                .unwrap_or_default();
            // The command line speaks English, whatever the machine's locale, so that scripts can
            // read it.
            in_language(Language::English, || {
                say!(
                    "{}{place}: {}: {}",
                    path.display(),
                    problem.severity.label(),
                    problem.message
                )
            });
            if problem.severity == Severity::Error {
                outcome = outcome.max(Outcome::Findings);
            }
        }
    }
    outcome.into()
}

/// The line and column of the record a problem is about.
fn place_of(
    subject: Subject,
    occurrence: usize,
    positions: &RecordPositions,
) -> Option<(usize, usize)> {
    let (list, id) = match subject {
        Subject::Visit => return positions.visit(),
        Subject::Organisation(id) => (RecordList::Organisations, id.value()),
        Subject::Person(id) => (RecordList::People, id.value()),
        Subject::Event(id) => (RecordList::Events, id.value()),
        Subject::Topic(id) => (RecordList::Topics, id.value()),
        Subject::Action(id) => (RecordList::Actions, id.value()),
    };
    positions.of(list, id, occurrence)
}
