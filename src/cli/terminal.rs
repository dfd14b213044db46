//! Everything the commands print passes through here, so that text from a plan or an imported
//! file reaches the terminal as what it says: a control character (an escape sequence that
//! recolours or clears the screen, a carriage return or line break that forges another problem
//! line) or an invisible bidirectional override is written out as `\u{…}`.

use std::io::Write;

use crate::model::reveal_hidden;

/// Prints one line to standard output.
pub fn print_line(line: &str) {
    let _ = writeln!(std::io::stdout().lock(), "{}", reveal_hidden(line));
}

/// Prints one line to standard error.
pub fn print_error_line(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", reveal_hidden(line));
}

/// `println!` for the commands: one line, its hidden characters written out.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::cli::terminal::print_line(&format!($($arg)*))
    };
}

/// `eprintln!` for the commands: one line, its hidden characters written out.
macro_rules! say_error {
    ($($arg:tt)*) => {
        $crate::cli::terminal::print_error_line(&format!($($arg)*))
    };
}

pub(crate) use {say, say_error};
