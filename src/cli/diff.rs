//! `attache diff OLD NEW` and `attache diff --since REV PLAN`: what changed between two versions
//! of a plan, written for a reader (see [`crate::interop::changes`]).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::Args;

use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file::{self, MAX_FILE_BYTES};
use crate::interop::changes::changes;
use crate::model::Plan;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older version and the newer one; with --since, the plan alone.
    #[arg(required = true, num_args = 1..=2, value_name = "PLAN")]
    plans: Vec<PathBuf>,
    /// Compare the plan with the version git holds of it at this revision (a commit, a tag,
    /// HEAD~1, a branch).
    #[arg(long, value_name = "REV")]
    since: Option<String>,
}

pub(super) fn run(args: DiffArgs) -> ExitCode {
    let versions = match (&args.since, args.plans.as_slice()) {
        (None, [old, new]) => load_both(old, new),
        (Some(revision), [plan]) => match (from_git(plan, revision), file::load(plan)) {
            (Ok(old), Ok(new)) => Ok((old, new)),
            (old, new) => Err(old
                .err()
                .into_iter()
                .chain(new.err().map(|error| error_line(&error)))
                .collect()),
        },
        (None, _) => Err(vec![
            "attache: give the older and the newer version, or --since REV and the plan".into(),
        ]),
        (Some(_), _) => Err(vec!["attache: with --since, give the plan alone".into()]),
    };
    let (old, new) = match versions {
        Ok(versions) => versions,
        Err(errors) => {
            for error in errors {
                say_error!("{error}");
            }
            return Outcome::Unreadable.into();
        }
    };
    let found = changes(&old, &new);
    if found.is_empty() {
        say!("No changes.");
        return Outcome::Clean.into();
    }
    for line in found.to_text().lines() {
        say!("{line}");
    }
    Outcome::Findings.into()
}

fn load_both(old: &Path, new: &Path) -> Result<(Plan, Plan), Vec<String>> {
    match (file::load(old), file::load(new)) {
        (Ok(old), Ok(new)) => Ok((old, new)),
        (old, new) => Err([old.err(), new.err()]
            .into_iter()
            .flatten()
            .map(|error| error_line(&error))
            .collect()),
    }
}

/// The version of `plan` that git holds at `revision`.
fn from_git(plan: &Path, revision: &str) -> Result<Plan, String> {
    let place = format!("{} at {revision}", plan.display());
    let folder = match plan.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let Some(name) = plan.file_name() else {
        return Err(format!("{}: error: not a file", plan.display()));
    };
    // "REV:./NAME" is the file NAME in the folder git runs in, wherever the repository's top is.
    let mut object = std::ffi::OsString::from(format!("{revision}:./"));
    object.push(name);
    let output = Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(["show", "--no-textconv"])
        .arg(&object)
        .output()
        .map_err(|error| format!("{place}: error: git could not be run: {error}"))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        return Err(format!("{place}: error: git says: {}", said.trim()));
    }
    if output.stdout.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "{place}: error: larger than a plan can be ({MAX_FILE_BYTES} bytes)"
        ));
    }
    let text =
        String::from_utf8(output.stdout).map_err(|_| format!("{place}: error: not UTF-8 text"))?;
    file::from_text(&text).map_err(|error| format!("{place}: error: {error}"))
}
