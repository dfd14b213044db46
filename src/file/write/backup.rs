//! The backup, `NAME.bak`: always a whole earlier version of the file, or left as it was, and
//! never the file itself.
//!
//! The version about to be replaced is first put under a temporary name beside it (a hard link,
//! or a flushed copy where the file system has no links); the new file is renamed over `NAME`;
//! only then is the staged version renamed over `NAME.bak`. A crash or a kill at any step leaves
//! `NAME` and `NAME.bak` two separate files: before the replacement the backup is untouched, and
//! after it `NAME` is a new file. (Renewing the backup first would leave it a second link to the
//! plan if the process died before the replacement, and an editor saving in place would then
//! change both.) A staged version left by a crash is a temporary file, removed by the next save.

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

/// Makes the staged version (see [`stage`]) of `current`, already replaced, its backup. If that
/// fails, the backup stays the whole earlier version it was, and the staged name is removed.
pub(super) fn keep(staged: tempfile::TempPath, current: &Path, faults: &mut dyn Faults) {
    let staged_name = staged.to_path_buf();
    if faults.before(WriteStep::RenameBackup).is_err() {
        return;
    }
    if staged.persist(backup_path(current)).is_ok() {
        // When the backup already was a link to the version replaced (left so by an older
        // Attaché), the rename changes nothing and leaves the staged name behind: rename(2)
        // between two links of one file succeeds without doing anything.
        let _ = std::fs::remove_file(staged_name);
    }
}

/// The current file (locked by `lock`) under a temporary name: linked where the file system
/// allows (instant, and no byte is written), copied and flushed where it does not.
pub(super) fn stage(
    current: &Path,
    folder: &Path,
    lock: &PlanLock,
    faults: &mut dyn Faults,
) -> std::io::Result<tempfile::TempPath> {
    // A folder in the backup's place would refuse the last rename, after the file is replaced
    // and too late to say so: refused before anything changes.
    let backup = backup_path(current);
    if std::fs::symlink_metadata(&backup).is_ok_and(|metadata| metadata.is_dir()) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            format!(
                "its backup {} is a folder",
                backup.file_name().unwrap_or_default().display()
            ),
        ));
    }
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
