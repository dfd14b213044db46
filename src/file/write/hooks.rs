//! Debug builds only: ways for the tests that run the real program to stop a write at one of its
//! steps, as a crash or a kill would, or to hold it there while they change the file. Release
//! builds have none of this.
//!
//! - `ATTACHE_ABORT_BEFORE=STEP` (a [`WriteStep`] by name, e.g. `Replace`) aborts the process just
//!   before that step: no clean-up runs, as after SIGKILL.
//! - `ATTACHE_PAUSE_BEFORE=STEP` with `ATTACHE_PAUSE_SIGNAL=PATH` creates the empty file PATH
//!   just before that step and waits until the test removes it (a minute at most).

use std::time::{Duration, Instant};

use super::WriteStep;

/// The longest a paused write waits for the test, so that a test that fails never leaves a
/// process behind.
const PAUSE_LIMIT: Duration = Duration::from_secs(60);

pub(super) fn before(step: WriteStep) {
    let named = |variable: &str| std::env::var(variable).is_ok_and(|value| value == name(step));
    if named("ATTACHE_ABORT_BEFORE") {
        std::process::abort();
    }
    if named("ATTACHE_PAUSE_BEFORE")
        && let Some(signal) = std::env::var_os("ATTACHE_PAUSE_SIGNAL")
        // An empty file, created exclusively (never through a link): only its name is a signal.
        && std::fs::File::create_new(&signal).is_ok()
    {
        let deadline = Instant::now() + PAUSE_LIMIT;
        while std::fs::exists(&signal).unwrap_or(false) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

fn name(step: WriteStep) -> String {
    format!("{step:?}")
}
