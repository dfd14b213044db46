//! The backup, `NAME.bak`: always a whole earlier version of the file, or left as it was.
//!
//! The new backup is made under a temporary name (a hard link to the file about to be replaced,
//! or a flushed copy where the file system has no links) and then renamed over `NAME.bak`. A
//! rename replaces whatever is at `NAME.bak` (a link included) and never writes through it, and
//! a crash or a full disk at any step leaves either the old backup or the new one.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::lock::PlanLock;
use super::{Faults, WriteStep, temporary};

/// Where the previous version of `path` is kept: `NAME.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Makes `NAME.bak` a copy of the file at `current` (locked by `lock`), whole or not at all.
pub(super) fn renew(
    current: &Path,
    folder: &Path,
    lock: &PlanLock,
    faults: &mut dyn Faults,
) -> std::io::Result<()> {
    let staged = stage(current, folder, lock, faults)?;
    let staged_name = staged.to_path_buf();
    faults.before(WriteStep::RenameBackup)?;
    staged
        .persist(backup_path(current))
        .map_err(|error| error.error)?;
    // When the backup already is a link to the file (a save stopped after renewing the backup
    // and before replacing the file), the rename changes nothing and leaves the staged name
    // behind: rename(2) between two links of one file succeeds without doing anything.
    let _ = std::fs::remove_file(staged_name);
    Ok(())
}

/// The current file under a temporary name: linked where the file system allows (instant, and
/// no byte is written), copied and flushed where it does not.
fn stage(
    current: &Path,
    folder: &Path,
    lock: &PlanLock,
    faults: &mut dyn Faults,
) -> std::io::Result<tempfile::TempPath> {
    let linked = faults
        .before(WriteStep::LinkBackup)
        .and_then(|()| temporary::make(current, folder, |name| std::fs::hard_link(current, name)));
    if let Ok(linked) = linked {
        return Ok(linked);
    }
    let mut copy = temporary::create(current, folder)?;
    faults.before(WriteStep::CopyBackup)?;
    let mut source = lock.file();
    std::io::Seek::rewind(&mut source)?;
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let read = source.read(&mut chunk)?;
        if read == 0 {
            break;
        }
        faults.write(WriteStep::CopyBackup, copy.as_file_mut(), &chunk[..read])?;
    }
    faults.before(WriteStep::SyncBackup)?;
    copy.as_file().sync_all()?;
    Ok(copy.into_temp_path())
}
