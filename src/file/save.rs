use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::SaveError;
use super::format::{read_format_version, to_text};
use super::migrate::{VersionVerdict, verdict};
use crate::model::Plan;

/// Where the previous version of `path` is kept: `NAME.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The step that puts a plan's bytes into the temporary file. It may borrow from its caller (`'a`);
/// without the lifetime, a `dyn` alias would demand a `'static` closure.
pub type WriteBytes<'a> = dyn FnMut(&mut dyn Write, &[u8]) -> std::io::Result<()> + 'a;

/// Saves `plan` to `path` atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save(plan: &Plan, path: &Path) -> Result<(), SaveError> {
    save_with(plan, path, &mut |file, bytes| file.write_all(bytes))
}

/// [`save`] with the step that puts the bytes into the temporary file supplied by the caller, so
/// that tests can make it fail midway or report a full disk.
pub fn save_with(plan: &Plan, path: &Path, write: &mut WriteBytes<'_>) -> Result<(), SaveError> {
    if path.is_dir() {
        return Err(SaveError::TargetIsFolder {
            path: path.to_owned(),
        });
    }
    refuse_to_overwrite_newer(path)?;

    write_file_atomically(path, to_text(plan).as_bytes(), Backup::Keep, write).map_err(|source| {
        SaveError::Io {
            path: path.to_owned(),
            source,
        }
    })
}

/// Whether replacing a file keeps its previous version as `NAME.bak`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Backup {
    Keep,
    Discard,
}

/// Whether `a` and `b` name one existing file, through links, `..` and the like: an export must
/// never be written over the plan it was made from.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to `path` so that the file is either wholly old or wholly new, never half
/// written: for exports and recovery files as well as plans.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_file_atomically(path, bytes, Backup::Discard, &mut |file, bytes| {
        file.write_all(bytes)
    })
}

fn write_file_atomically(
    path: &Path,
    bytes: &[u8],
    backup: Backup,
    write: &mut WriteBytes<'_>,
) -> std::io::Result<()> {
    // Saving through a symbolic link updates the file it points to, as editors do: replacing the
    // link with a plain file would leave the linked plan (in a shared folder, say) out of date.
    let target = resolve_links(path);
    let path = target.as_path();
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    // The temporary file sits beside the target so that the final rename stays on one file system
    // and is atomic; if anything fails before it, the temporary file is deleted on drop.
    let mut builder = tempfile::Builder::new();
    builder.prefix(".attache-save-").suffix(".tmp");
    // A new file gets the usual permissions (0666 less the umask), not tempfile's private 0600,
    // so that a plan or export written to a shared folder can be read by colleagues.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temporary = builder.tempfile_in(folder)?;
    write(temporary.as_file_mut(), bytes)?;
    temporary.as_file().sync_all()?;

    if let Ok(previous) = std::fs::metadata(path) {
        // The temporary file is created private (0600); the file keeps the permissions it had.
        temporary
            .as_file()
            .set_permissions(previous.permissions())?;
        if backup == Backup::Keep {
            std::fs::copy(path, backup_path(path))?;
        }
    }
    temporary.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// The file that `path` names after following symbolic links; `path` itself when it is not one.
/// A link to a file that does not exist yet resolves to that file, so that saving creates it.
fn resolve_links(path: &Path) -> PathBuf {
    let mut resolved = path.to_owned();
    // Bounded like the operating system's own limit, in case links form a loop.
    for _ in 0..40 {
        let Ok(target) = std::fs::read_link(&resolved) else {
            break;
        };
        resolved = resolved.parent().unwrap_or(Path::new("")).join(target);
    }
    resolved
}

fn refuse_to_overwrite_newer(path: &Path) -> Result<(), SaveError> {
    // Only the head of the file is needed to read its format version.
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let mut head = Vec::with_capacity(4096);
    if std::io::Read::read_to_end(&mut std::io::Read::take(file, 4096), &mut head).is_err() {
        return Ok(());
    }
    let head = String::from_utf8_lossy(&head);
    match read_format_version(&head) {
        Some(declared) if matches!(verdict(declared.version), VersionVerdict::Newer) => {
            Err(SaveError::WouldOverwriteNewer {
                path: path.to_owned(),
                found: declared.version,
            })
        }
        _ => Ok(()),
    }
}
