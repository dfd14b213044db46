//! The plan file: pretty RON with a format version at the top.
//!
//! Loading never panics and refuses a bad file with its path, line, column and what was expected.
//! Saving is atomic and keeps the previous version as `NAME.ron.bak`. Writing a plan and reading it
//! back gives the same plan, and writing it again gives the same bytes.

mod error;
mod format;
mod migrate;
mod positions;
mod save;

pub use error::{LoadError, SaveError};
pub use format::{CURRENT_FORMAT_VERSION, MAX_FILE_BYTES, from_text, to_text};
pub use positions::{RecordList, RecordPositions};
pub use save::{WriteBytes, backup_path, same_file, save, save_with, write_atomically};

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

/// Reads a plan file's text, refusing files too large to be a plan and bytes that are not UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(LoadError::IsFolder {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: metadata.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let (line, column) =
            positions::line_and_column(std::str::from_utf8(valid).unwrap_or_default(), valid.len());
        LoadError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}
