use std::path::{Path, PathBuf};

use thiserror::Error;

use super::format::{CURRENT_FORMAT_VERSION, MAX_FILE_BYTES};
use super::positions::line_and_column;
use super::read::ReadError;

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
    #[error("{}: is {kind}, not a plan file; only regular files are read", path.display())]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error(
        "{}: is being written by another program (another Attaché saving or importing); try again in a moment",
        path.display()
    )]
    Busy { path: PathBuf },
    #[error("{}: was not opened: the opening was cancelled", path.display())]
    Cancelled { path: PathBuf },
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
    #[error(
        "{}:{line}:{column}: expected the format version as a whole number in plain digits (like 1), found \"{found}\"",
        path.display()
    )]
    UnreadableVersion {
        path: PathBuf,
        line: usize,
        column: usize,
        found: String,
    },
}

impl LoadError {
    /// Places an error found in text into the file it was read from.
    pub(crate) fn in_file(mut self, file: &Path) -> Self {
        match &mut self {
            Self::Io { path, .. }
            | Self::IsFolder { path }
            | Self::NotRegular { path, .. }
            | Self::Busy { path }
            | Self::Cancelled { path }
            | Self::TooLarge { path, .. }
            | Self::NotUtf8 { path, .. }
            | Self::Syntax { path, .. }
            | Self::NewerVersion { path, .. }
            | Self::UnknownVersion { path, .. }
            | Self::UnreadableVersion { path, .. } => *path = file.to_owned(),
        }
        self
    }

    /// A file that could not be read, named.
    pub(crate) fn from_read(path: &Path, error: ReadError) -> Self {
        let path = path.to_owned();
        match error {
            ReadError::Io(source) => Self::Io { path, source },
            ReadError::IsFolder => Self::IsFolder { path },
            ReadError::NotRegular(kind) => Self::NotRegular { path, kind },
            ReadError::TooLarge { size, .. } => Self::TooLarge { path, size },
            ReadError::Cancelled => Self::Cancelled { path },
        }
    }

    /// The bytes of a plan file as text, refused with the place of the first byte that is not
    /// UTF-8.
    pub(crate) fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, Self> {
        String::from_utf8(bytes).map_err(|error| {
            let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
            let (line, column) =
                line_and_column(std::str::from_utf8(valid).unwrap_or_default(), valid.len());
            Self::NotUtf8 {
                path: path.to_owned(),
                line,
                column,
            }
        })
    }

    /// The line and column the error points at, when it points at one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotUtf8 { line, column, .. }
            | Self::Syntax { line, column, .. }
            | Self::UnknownVersion { line, column, .. }
            | Self::UnreadableVersion { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// What is on disk after a write that failed, so that the message can say so truthfully.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDisk {
    /// Nothing changed: the file (and its backup, if it has one) are as they were.
    Unchanged,
}

impl std::fmt::Display for OnDisk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Unchanged => "nothing on disk was changed",
        })
    }
}

/// Why a file (a plan, an export, a recovery file) was not written. Nothing on disk is lost
/// whenever one of these is returned; [`OnDisk`] says what, if anything, changed.
#[derive(Debug, Error)]
pub enum SaveError {
    #[error("{}: could not be saved, {on_disk}: {source}", path.display())]
    Io {
        path: PathBuf,
        on_disk: OnDisk,
        source: std::io::Error,
    },
    #[error("{}: is a folder; choose a file name to save the plan as", path.display())]
    TargetIsFolder { path: PathBuf },
    #[error("{}: is {kind}, not a regular file; nothing was written to it", path.display())]
    NotRegular { path: PathBuf, kind: &'static str },
    #[error("{}: is a symbolic link that leads round in a circle; nothing was written", path.display())]
    LinkLoop { path: PathBuf },
    #[error(
        "{}: holds a plan in format version {found}, newer than this Attaché writes ({CURRENT_FORMAT_VERSION}); it was not overwritten. Use Save As to save under another name",
        path.display()
    )]
    WouldOverwriteNewer { path: PathBuf, found: u64 },
    #[error(
        "{}: holds an Attaché plan (or its backup); an export is never written over a plan. Choose another file name",
        path.display()
    )]
    WouldOverwritePlan { path: PathBuf },
    #[error(
        "{}: already exists and is not an export Attaché wrote earlier of this kind; nothing was written, so what it holds is not lost. Choose another file name, or confirm that it may be replaced",
        path.display()
    )]
    WouldReplaceOtherFile { path: PathBuf },
    #[error(
        "{}: was changed by another program since it was read; nothing was written, so that change is not lost",
        path.display()
    )]
    ChangedOnDisk { path: PathBuf },
    #[error(
        "{}: is being written by another program (another Attaché saving or importing); nothing was written, try again in a moment",
        path.display()
    )]
    Busy { path: PathBuf },
}
