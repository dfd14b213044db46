use std::process::ExitCode;

use clap::Parser;

use attache::cli::{self, Arguments};

fn main() -> ExitCode {
    let arguments = Arguments::parse();
    match arguments.command {
        Some(command) => cli::run(command),
        None => attache::window::run(arguments.plan),
    }
}
