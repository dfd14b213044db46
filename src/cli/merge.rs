//! `attache merge BASE OURS THEIRS [-o OUT]`, in the shape of a git merge driver, and
//! `attache git-setup [FOLDER]`, which makes git use it for plans.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::terminal::{say, say_error};
use super::{Outcome, error_line};
use crate::file::{self, LoadError, LockedPlan};
use crate::model::Plan;
use crate::model::merge::merge;

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The version both sides started from (git's %O). An empty file (the plan was added on both
    /// sides) counts as an empty plan.
    base: PathBuf,
    /// Our version (git's %A); the result is written over it unless -o is given.
    ours: PathBuf,
    /// Their version (git's %B).
    theirs: PathBuf,
    /// Where to write the merged plan instead of over OURS (the previous file there is kept as
    /// NAME.ron.bak).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

pub(super) fn run(args: MergeArgs) -> ExitCode {
    // Without -o the result replaces OURS: it is read under its lock, held until the result is
    // written, so that an import or a save of OURS waits for the merge instead of being lost to
    // it; a program that takes no lock and changes OURS meanwhile makes the write refuse.
    let ours = match &args.output {
        Some(output) => file::load(&args.ours).map(|plan| Ours::Read {
            plan,
            output: output.clone(),
        }),
        None => LockedPlan::open(&args.ours).map(Ours::Locked),
    };
    let (ours, theirs) = match (ours, file::load(&args.theirs)) {
        (Ok(ours), Ok(theirs)) => (ours, theirs),
        (ours, theirs) => {
            for error in [ours.err(), theirs.err()].into_iter().flatten() {
                say_error!("{}", error_line(&error));
            }
            return Outcome::Unreadable.into();
        }
    };
    let base = match load_base(&args.base, ours.plan()) {
        Ok(base) => base,
        Err(error) => {
            say_error!("{}", error_line(&error));
            return Outcome::Unreadable.into();
        }
    };
    let merged = merge(&base, ours.plan(), &theirs);
    let written = match ours {
        Ours::Read { output, .. } => file::save(&merged, &output),
        // Git keeps OURS's version; a backup beside git's temporary file would only litter the
        // repository.
        Ours::Locked(ours) => ours.save_without_backup(&merged),
    };
    let target = args.output.as_deref().unwrap_or(&args.ours);
    if let Err(error) = written {
        say_error!("{}", error_line(&error));
        return Outcome::Unreadable.into();
    }
    match merged.merge_conflicts.len() {
        0 => {
            say!("{}: merged cleanly", target.display());
            Outcome::Clean.into()
        }
        conflicts => {
            say!(
                "{}: merged with {conflicts} conflict{} to resolve (attache check lists them; the \
                 window's Problems view resolves them)",
                target.display(),
                if conflicts == 1 { "" } else { "s" }
            );
            Outcome::Findings.into()
        }
    }
}

/// OURS as read: under its lock when the result replaces it, else with where the result goes.
enum Ours {
    Read { plan: Plan, output: PathBuf },
    Locked(LockedPlan),
}

impl Ours {
    fn plan(&self) -> &Plan {
        match self {
            Ours::Read { plan, .. } => plan,
            Ours::Locked(locked) => locked.plan(),
        }
    }
}

/// The common ancestor; an empty file when the plan was added on both sides.
fn load_base(path: &Path, ours: &Plan) -> Result<Plan, LoadError> {
    let text = file::read_text(path)?;
    if text.trim().is_empty() {
        return Ok(Plan::empty(ours.visit.first_day, &ours.visit.host_zone));
    }
    file::from_text(&text).map_err(|error| error.in_file(path))
}

/// The line that makes git merge plans with Attaché.
pub const GIT_ATTRIBUTES_LINE: &str = "*.ron merge=attache";

/// Writes the `.gitattributes` line in `folder` and the merge driver into the repository's
/// configuration, and says what it did.
pub(super) fn git_setup(folder: &Path) -> ExitCode {
    let attributes = folder.join(".gitattributes");
    let existing = match file::read_bounded(&attributes, 1024 * 1024) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(file::ReadError::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => {
            String::new()
        }
        Err(error) => {
            say_error!("{}: error: {error}", attributes.display());
            return Outcome::Unreadable.into();
        }
    };
    if existing
        .lines()
        .any(|line| line.trim() == GIT_ATTRIBUTES_LINE)
    {
        say!(
            "{}: already has “{GIT_ATTRIBUTES_LINE}”",
            attributes.display()
        );
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(GIT_ATTRIBUTES_LINE);
        text.push('\n');
        if let Err(error) = file::write_file(&attributes, text.as_bytes(), &[]) {
            say_error!("{}", error_line(&error));
            return Outcome::Unreadable.into();
        }
        say!("{}: added “{GIT_ATTRIBUTES_LINE}”", attributes.display());
    }
    // This very program, so that the driver works whether or not it is on the PATH.
    let program = std::env::current_exe()
        .map(|path| path.display().to_string())
        .unwrap_or_else(|_| "attache".to_owned());
    let driver = format!("'{}' merge %O %A %B", program.replace('\'', r"'\''"));
    for (key, value) in [
        (
            "merge.attache.name",
            "Attaché plans, merged by record and field",
        ),
        ("merge.attache.driver", driver.as_str()),
    ] {
        let status = std::process::Command::new("git")
            .arg("-C")
            .arg(folder)
            .args(["config", key, value])
            .status();
        match status {
            Ok(status) if status.success() => say!("git config {key} = {value}"),
            Ok(_) => {
                say_error!(
                    "{}: error: git config {key} failed; is this folder in a git repository?",
                    folder.display()
                );
                return Outcome::Unreadable.into();
            }
            Err(error) => {
                say_error!("error: git could not be run: {error}");
                return Outcome::Unreadable.into();
            }
        }
    }
    Outcome::Clean.into()
}
