use std::path::{Path, PathBuf};

use thiserror::Error;

use super::format::{CURRENT_FORMAT_VERSION, MAX_FILE_BYTES};

/// Why a plan could not be loaded. Displayed as `PATH:LINE:COL: what was expected` where the
/// place is known, in the same words in the window and on the command line.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}: cannot be read: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: is a folder, not a plan file", path.display())]
    IsFolder { path: PathBuf },
    #[error(
        "{}: is {size} bytes, larger than the {} MiB a plan file may be; it is probably not a plan",
        path.display(), MAX_FILE_BYTES / (1024 * 1024)
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{line}:{column}: expected text in UTF-8, found bytes that are not", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{}: was written in plan format version {found}, newer than version {CURRENT_FORMAT_VERSION} that this Attaché understands; open it with a newer Attaché",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u64 },
    #[error(
        "{}:{line}:{column}: format version {found} does not exist (expected 1 to {CURRENT_FORMAT_VERSION})",
        path.display()
    )]
    UnknownVersion {
        path: PathBuf,
        line: usize,
        column: usize,
        found: u64,
    },
}

impl LoadError {
    /// Places an error found in text into the file it was read from.
    pub(crate) fn in_file(mut self, file: &Path) -> Self {
        match &mut self {
            Self::Io { path, .. }
            | Self::IsFolder { path }
            | Self::TooLarge { path, .. }
            | Self::NotUtf8 { path, .. }
            | Self::Syntax { path, .. }
            | Self::NewerVersion { path, .. }
            | Self::UnknownVersion { path, .. } => *path = file.to_owned(),
        }
        self
    }

    /// The line and column the error points at, when it points at one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotUtf8 { line, column, .. }
            | Self::Syntax { line, column, .. }
            | Self::UnknownVersion { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// Why a plan could not be saved. The file on disk is unchanged whenever one of these is returned.
#[derive(Debug, Error)]
pub enum SaveError {
    #[error("{}: could not be saved, the file on disk is unchanged: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: is a folder; choose a file name to save the plan as", path.display())]
    TargetIsFolder { path: PathBuf },
    #[error(
        "{}: holds a plan in format version {found}, newer than this Attaché writes ({CURRENT_FORMAT_VERSION}); it was not overwritten. Use Save As to save under another name",
        path.display()
    )]
    WouldOverwriteNewer { path: PathBuf, found: u64 },
}
