//! Running the `attache` binary as a script would.

use std::path::Path;

use assert_cmd::Command;

/// The `attache` command, run in `folder`.
pub fn attache(folder: &Path) -> Command {
    let mut command = Command::cargo_bin("attache").expect("the attache binary is built");
    command.current_dir(folder);
    command
}

/// The text of a file a command wrote.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("the file is readable")
}
