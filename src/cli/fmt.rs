use std::path::PathBuf;
use std::process::ExitCode;

use super::{Outcome, load_error_line};
use crate::file;

pub(super) fn run(plans: &[PathBuf], check_only: bool) -> ExitCode {
    let mut outcome = Outcome::Clean;
    for path in plans {
        let (text, plan) = match file::load_with_text(path) {
            Ok(loaded) => loaded,
            Err(error) => {
                eprintln!("{}", load_error_line(&error));
                outcome = outcome.max(Outcome::Unreadable);
                continue;
            }
        };
        if file::to_text(&plan) == text {
            continue;
        }
        if check_only {
            println!(
                "{}: not in canonical form (attache fmt would rewrite it)",
                path.display()
            );
            outcome = outcome.max(Outcome::Findings);
        } else if let Err(error) = file::save(&plan, path) {
            eprintln!("{error}");
            outcome = outcome.max(Outcome::Unreadable);
        } else {
            println!("{}: rewritten in canonical form", path.display());
        }
    }
    outcome.into()
}
