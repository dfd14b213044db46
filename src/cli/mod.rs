//! Headless subcommands over the model, file and check layers, for scripts and CI.

mod check;
mod fmt;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "attache",
    version,
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
}

/// Runs a headless command and returns the process's exit code.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Check { plans } => check::run(&plans),
        Command::Fmt { check, plans } => fmt::run(&plans, check),
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

/// A load error as a line of the same shape as `check`'s: `PATH[:LINE:COL]: error: message`.
fn load_error_line(error: &crate::file::LoadError) -> String {
    let located_message = error.to_string();
    // The place ends at the first ": " (a path with ": " in it is rare and only shifts the label).
    match located_message.split_once(": ") {
        Some((place, message)) => format!("{place}: error: {message}"),
        None => format!("error: {located_message}"),
    }
}
