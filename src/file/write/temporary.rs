//! Temporary files beside a target: where new bytes (and a new backup) are put together before
//! a rename makes them the file. They are named after their target, so that those a crashed
//! process left behind are found and removed by the next save of the same file.

use std::ffi::OsString;
use std::path::Path;

use tempfile::{Builder, NamedTempFile};

/// `.NAME.attache-` for the target `NAME`: hidden, and recognisably this file's.
fn prefix(target: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(target.file_name().unwrap_or_default());
    prefix.push(".attache-");
    prefix
}

const SUFFIX: &str = ".tmp";

fn builder(prefix: &OsString) -> Builder<'_, 'static> {
    let mut builder = Builder::new();
    builder.prefix(prefix).suffix(SUFFIX);
    // A new file gets the usual permissions (0666 less the umask), not tempfile's private 0600,
    // so that a plan or export written to a shared folder can be read by colleagues.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder
}

/// A new, empty temporary file beside `target` (created exclusively: never through a link that
/// someone left at its name). It is deleted when dropped unless it was renamed into place.
pub(super) fn create(target: &Path, folder: &Path) -> std::io::Result<NamedTempFile> {
    builder(&prefix(target)).tempfile_in(folder)
}

/// A temporary name beside `target` made by `make` (a hard link, say), which is retried under
/// another name if that one is taken.
pub(super) fn make<R>(
    target: &Path,
    folder: &Path,
    make: impl FnMut(&Path) -> std::io::Result<R>,
) -> std::io::Result<tempfile::TempPath> {
    Ok(builder(&prefix(target))
        .make_in(folder, make)?
        .into_temp_path())
}

/// Removes the temporary files of `target` that a process stopped before it could clean up.
/// Called only while holding the lock of `target`, so that no live writer's file is removed.
pub(super) fn remove_stale(target: &Path, folder: &Path) {
    let prefix = prefix(target);
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let bytes = name.as_encoded_bytes();
        if bytes.starts_with(prefix.as_encoded_bytes()) && bytes.ends_with(SUFFIX.as_bytes()) {
            // remove_file removes a link itself, never the file it points to.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
