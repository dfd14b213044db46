use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use crate::check::{Severity, check};
use crate::file::{self, RecordPositions};

pub(super) fn run(plans: &[PathBuf]) -> ExitCode {
    let mut outcome = Outcome::Clean;
    for path in plans {
        let (text, plan) = match file::load_with_text(path) {
            Ok(loaded) => loaded,
            Err(error) => {
                println!("{}", with_severity(&error.to_string()));
                outcome = outcome.max(Outcome::Unreadable);
                continue;
            }
        };
        let problems = check(&plan);
        let positions = RecordPositions::scan(&text);
        for problem in &problems {
            let place = problem
                .subject
                .id_value()
                .and_then(|id| positions.of(id, problem.occurrence))
                .map(|(line, column)| format!(":{line}:{column}"))
                .unwrap_or_default();
            println!(
                "{}{place}: {}: {}",
                path.display(),
                problem.severity.label(),
                problem.message
            );
            if problem.severity == Severity::Error {
                outcome = outcome.max(Outcome::Findings);
            }
        }
    }
    outcome.into()
}

/// Puts `error: ` after the `PATH[:LINE:COL]: ` of a load error, so that every line `check` prints
/// has the same shape.
fn with_severity(located_message: &str) -> String {
    // The place ends at the first ": " (a path with ": " in it is rare and only shifts the label).
    match located_message.split_once(": ") {
        Some((place, message)) => format!("{place}: error: {message}"),
        None => format!("error: {located_message}"),
    }
}
