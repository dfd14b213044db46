//! The plan file: pretty RON with a format version at the top.
//!
//! Loading never panics and refuses a bad file with its path, line, column and what was expected.
//! Saving is atomic and keeps the previous version as `NAME.ron.bak`. Writing a plan and reading it
//! back gives the same plan, and writing it again gives the same bytes.

mod error;
mod fingerprint;
mod format;
mod issued;
mod lexer;
mod migrate;
mod positions;
mod read;
mod write;

pub use error::{LoadError, OnDisk, SaveError};
pub use fingerprint::Fingerprint;
pub use format::{CURRENT_FORMAT_VERSION, MAX_FILE_BYTES, from_text, to_text};
pub use issued::{IssuedVersion, issue, issued_folder, issued_versions, version_day};
pub use positions::{RecordList, RecordPositions};
pub use read::{ReadError, ReadProgress, read_bounded};
pub use write::{
    Claim, Expect, Faults, LOCK_PATIENCE, LockedPlan, NoFaults, RECOGNISED_HEAD_BYTES, Replace,
    WriteStep, backup_path, same_file, save, save_expecting, save_with, write_app_file,
    write_export, write_file,
};

use std::path::Path;

use crate::model::Plan;

/// Reads and parses the plan at `path`.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    load_with_text(path).map(|(_, plan)| plan)
}

/// [`load`], also returning the file's text (to compare with the canonical form, or to find
/// records' lines).
pub fn load_with_text(path: &Path) -> Result<(String, Plan), LoadError> {
    let text = read_text(path)?;
    let plan = from_text(&text).map_err(|error| error.in_file(path))?;
    Ok((text, plan))
}

/// [`load_with_text`], reporting how much is read to `progress` and stopping if it is cancelled:
/// for the window, which opens plans on a thread of its own.
pub fn load_with_progress(
    path: &Path,
    progress: &ReadProgress,
) -> Result<(String, Plan), LoadError> {
    let bytes = read::read_bounded_with_progress(path, MAX_FILE_BYTES, progress)
        .map_err(|error| LoadError::from_read(path, error))?;
    let text = LoadError::utf8(path, bytes)?;
    let plan = from_text(&text).map_err(|error| error.in_file(path))?;
    Ok((text, plan))
}

/// Reads a plan file's text, refusing anything but a regular file, files too large to be a plan
/// and bytes that are not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes =
        read_bounded(path, MAX_FILE_BYTES).map_err(|error| LoadError::from_read(path, error))?;
    LoadError::utf8(path, bytes)
}
