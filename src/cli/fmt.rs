use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file::{self, LockedPlan};

pub(super) fn run(plans: &[PathBuf], check_only: bool) -> ExitCode {
    let mut outcome = Outcome::Clean;
    for path in plans {
        let result = if check_only {
            check(path)
        } else {
            rewrite(path)
        };
        if let Err(problem) = result {
            outcome = outcome.max(problem);
        }
    }
    outcome.into()
}

fn check(path: &Path) -> Result<(), Outcome> {
    let (text, plan) = file::load_with_text(path).map_err(|error| {
        say_error!("{}", error_line(&error));
        Outcome::Unreadable
    })?;
    if file::to_text(&plan) != text {
        say!(
            "{}: not in canonical form (attache fmt would rewrite it)",
            path.display()
        );
        return Err(Outcome::Findings);
    }
    Ok(())
}

/// Reads and rewrites the plan under its lock, so that a save or an import running at the same
/// moment is neither lost nor undone.
fn rewrite(path: &Path) -> Result<(), Outcome> {
    let locked = LockedPlan::open(path).map_err(|error| {
        say_error!("{}", error_line(&error));
        Outcome::Unreadable
    })?;
    let plan = locked.plan().clone();
    if file::to_text(&plan) == locked.text() {
        return Ok(());
    }
    match locked.save(&plan) {
        Ok(_) => {
            say!("{}: rewritten in canonical form", path.display());
            Ok(())
        }
        Err(error) => {
            say_error!("{}", error_line(&error));
            Err(Outcome::Unreadable)
        }
    }
}
