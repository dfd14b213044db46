//! Headless subcommands over the model, file and check layers, for scripts and CI.

mod check;
mod diff;
mod export;
mod fmt;
mod import;
mod merge;
mod publish;
mod terminal;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::LazyLock;

use clap::{Parser, Subcommand};

use crate::file;
use terminal::{say, say_error};

/// `attache --version`: Attaché's version and that of the time-zone database every instant is
/// computed with, which decides where events in zones with changing rules fall.
static VERSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} (time zones: IANA database {})",
        env!("CARGO_PKG_VERSION"),
        crate::model::zone_database_version()
    )
});

#[derive(Debug, Parser)]
#[command(
    name = "attache",
    version = VERSION.as_str(),
    about = "Plan official delegation visits: itinerary, people, study topics and follow-ups.",
    long_about = "Plan official delegation visits: itinerary, people, study topics and follow-ups.\n\n\
        With no command, opens the window on PLAN, or on the last plan you had open, or on the \
        sample plan the first time. The commands below work without a window.",
    args_conflicts_with_subcommands = true
)]
pub struct Arguments {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan file (.ron) to open in the window.
    pub plan: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plan files and print each problem as PATH[:LINE:COL]: error|warning: message.
    ///
    /// Exits with 0 when every file loads and has no errors, 1 when a file has errors,
    /// 2 when a file cannot be loaded at all.
    Check {
        /// The plan files to check.
        #[arg(required = true)]
        plans: Vec<PathBuf>,
        /// Check as of this day (which actions are overdue, which events are still to come)
        /// instead of today.
        #[arg(long, value_name = "YYYY-MM-DD", env = "ATTACHE_TODAY")]
        today: Option<jiff::civil::Date>,
    },
    /// Rewrite plan files in canonical form (the form the app saves in).
    ///
    /// The previous version of each rewritten file is kept as NAME.ron.bak.
    Fmt {
        /// Change nothing; list the files that would change and exit with 1 if there are any.
        #[arg(long)]
        check: bool,
        /// The plan files to format.
        #[arg(required = true)]
        plans: Vec<PathBuf>,
    },
    /// Export a plan for calendars (ics), address books (vcard), spreadsheets (csv) or print
    /// (briefing).
    ///
    /// Exits with 0 when the file is written, 2 when the plan cannot be loaded or exported.
    Export(export::ExportArgs),
    /// List what changed between two versions of a plan, for a reader: events added, cancelled
    /// or moved (host time, home time beside), places, hosts and people of events, rooms and
    /// cars, by day; then people, vehicles and other records.
    ///
    /// `attache diff OLD NEW`, or `attache diff --since REV PLAN` for a plan in git. Exits with 0
    /// when nothing changed, 1 when something did, 2 when a version cannot be read.
    Diff(diff::DiffArgs),
    /// Keep a copy of the plan as issued now (what File → Mark as issued does): PLAN-issued/
    /// PLAN-issued-YYYY-MM-DD-HHMM.ron beside it, which `export --changes-since` and the window
    /// mark later changes against.
    ///
    /// Exits with 0 when the copy is written, 2 when the plan cannot be read or the copy written.
    Issue {
        /// The plan file to issue.
        plan: PathBuf,
    },
    /// Import people and organisations from a vCard or CSV file into a plan, and save it.
    ///
    /// Prints what is added and changed and, by line, what is left out; people already in the
    /// plan (same id, email or name) are not added again. Exits with 0 when everything was
    /// imported, 1 when some entries were left out (the rest is imported), 2 when a file cannot
    /// be read.
    Import(import::ImportArgs),
    /// Merge two versions of a plan and the version they came from, by record and field: git's
    /// merge driver for plans (`attache merge %O %A %B`).
    ///
    /// Writes the merged plan over OURS (or to -o OUT). Exits with 0 when the merge is clean,
    /// 1 when conflicts remain (recorded in the plan; `check` lists them), 2 when a version cannot
    /// be read, which leaves OURS untouched.
    Merge(merge::MergeArgs),
    /// Publish the itinerary to a calendar on a CalDAV server, each event as its own entry:
    /// new events are added, changed ones updated, those that left the plan removed.
    ///
    /// Exits with 0 when the calendar is up to date, 2 when the plan cannot be read or the server
    /// refuses (nothing in the plan changes either way).
    Publish(publish::PublishArgs),
    /// Make git merge plans with Attaché in the repository at FOLDER (the current folder by
    /// default): adds "*.ron merge=attache" to .gitattributes and the driver to .git/config.
    GitSetup {
        #[arg(default_value = ".")]
        folder: PathBuf,
    },
}

/// Runs a headless command and returns the process's exit code.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { plans, today } => {
            check::run(&plans, today.unwrap_or_else(|| jiff::Zoned::now().date()))
        }
        Command::Fmt { check, plans } => fmt::run(&plans, check),
        Command::Diff(args) => diff::run(args),
        Command::Issue { plan } => issue(&plan),
        Command::Export(args) => export::run(args),
        Command::Import(args) => import::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Publish(args) => publish::run(args),
        Command::GitSetup { folder } => merge::git_setup(&folder),
    }
}

/// `attache issue PLAN`.
fn issue(plan: &std::path::Path) -> ExitCode {
    let written = file::load(plan)
        .map_err(|error| error_line(&error))
        .and_then(|loaded| {
            file::issue(&loaded, plan, jiff::Zoned::now().datetime())
                .map_err(|error| error_line(&error))
        });
    match written {
        Ok(copy) => {
            say!("{}: issued as {}", plan.display(), copy.display());
            Outcome::Clean.into()
        }
        Err(error) => {
            say_error!("{error}");
            Outcome::Unreadable.into()
        }
    }
}

/// The exit codes the commands share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Clean = 0,
    Findings = 1,
    Unreadable = 2,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        ExitCode::from(outcome as u8)
    }
}

/// An error that names its file (loading, saving, exporting) as a line of the same shape as
/// `check`'s: `PATH[:LINE:COL]: error: message`.
fn error_line(error: &impl std::fmt::Display) -> String {
    let located_message = error.to_string();
    // The place ends at the first ": " (a path with ": " in it is rare and only shifts the label).
    match located_message.split_once(": ") {
        Some((place, message)) => format!("{place}: error: {message}"),
        None => format!("error: {located_message}"),
    }
}
