// On Windows the executable is a window program: started from the Start menu or a plan's "Open
// with", no console window opens beside it. Typed in a terminal, it writes to that terminal
// (see `attach_to_the_terminal`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

use attache::cli::{self, Arguments};

fn main() -> ExitCode {
    #[cfg(windows)]
    attach_to_the_terminal();
    let arguments = Arguments::parse();
    match arguments.command {
        Some(command) => cli::run(command),
        None => attache::window::run(arguments.plan),
    }
}

/// A window program starts with no console, so `attache check …` typed in a terminal would print
/// nothing. Attaching to the console of the process that started it (the terminal) gives the
/// command line, `--help` and `--version` their output there. Started from Explorer there is no
/// such console and the call changes nothing; output redirected to a file or pipe keeps going there.
#[cfg(windows)]
fn attach_to_the_terminal() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; when the parent has
    // no console it fails and the process stays as it was.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
