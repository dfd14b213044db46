//! The one way Attaché writes a file: plans and their backups, exports, recovery files and the
//! app's own small files all go through here, under these rules.
//!
//! - A file is written whole or not at all: the bytes go into a temporary file beside the target
//!   (named after it), which is flushed and then renamed over the target. Temporary files are
//!   removed on every failure path, and those a crashed process left are removed by the next
//!   save of the same file.
//! - Only regular files are written. A target that exists and is a folder, a named pipe, a device
//!   or a socket is refused, and so are links that go round in a circle. A plan or export chosen
//!   through a symbolic link is written to the file the link points to; a backup, a temporary
//!   file or one of the app's own files is never written through a link.
//! - Saving a plan keeps the version it replaces as `NAME.bak`, and the backup is always a whole
//!   earlier version or unchanged (see [`backup`]).
//! - Writers of one file exclude each other with an operating-system lock on it, and a save
//!   checks, under that lock, that the file is still the version it was read as.
//! - An export is never written over a plan (the open one, its backup, or any file that holds an
//!   Attaché plan, wherever in it the format version is written); only Save writes plans. It
//!   replaces another file only if that file is recognisably an earlier export of the same kind,
//!   or the planner confirmed it ([`Replace`]).

mod backup;
#[cfg(debug_assertions)]
mod hooks;
mod lock;
mod target;
mod temporary;

use std::io::Write;
use std::path::{Path, PathBuf};

pub use backup::backup_path;
pub use lock::{Claim, LOCK_PATIENCE, LockError, PlanLock};

use super::error::{LoadError, OnDisk, SaveError};
use super::fingerprint::Fingerprint;
use super::format::{MAX_FILE_BYTES, declared_format_version, from_text, to_text};
use super::migrate::{VersionVerdict, verdict};
use super::read::ReadError;
use crate::model::Plan;
use target::{Links, Target};

/// The steps of writing a file, in order, where tests inject faults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteStep {
    /// Checking, under the plan's lock, that the file is still the version it was read as.
    CompareWithRead,
    /// Putting the new bytes into the temporary file beside the target.
    WriteTemporary,
    /// Flushing the temporary file to the disk.
    SyncTemporary,
    /// Linking the file about to be replaced under a temporary backup name.
    LinkBackup,
    /// Copying it there instead, where the file system has no links.
    CopyBackup,
    /// Flushing that copy to the disk.
    SyncBackup,
    /// Renaming the temporary file over the target.
    Replace,
    /// Renaming the version replaced over `NAME.bak`.
    RenameBackup,
}

/// Where faults are injected into a write: `before` is asked before each step and `write` puts
/// bytes into a file. Saving uses [`NoFaults`]; tests make a step fail, or a disk fill up after
/// some bytes (root ignores permissions, so failures are injected rather than provoked).
pub trait Faults {
    fn before(&mut self, _step: WriteStep) -> std::io::Result<()> {
        Ok(())
    }

    fn write(
        &mut self,
        _step: WriteStep,
        file: &mut dyn Write,
        bytes: &[u8],
    ) -> std::io::Result<()> {
        file.write_all(bytes)
    }
}

/// Writes as the disk allows. (In debug builds, the tests that run the real program may stop it
/// at a step: see `hooks`.)
pub struct NoFaults;

impl Faults for NoFaults {
    fn before(&mut self, _step: WriteStep) -> std::io::Result<()> {
        #[cfg(debug_assertions)]
        hooks::before(_step);
        Ok(())
    }
}

/// What must be on disk for a save to go ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Whatever is there: Save As to a file the planner chose.
    Anything,
    /// No file: the plan's file was gone when Attaché last looked.
    Nothing,
    /// The version Attaché read or wrote last.
    Version(Fingerprint),
}

/// Saves `plan` to `path` whatever is there, keeping the previous file as `NAME.ron.bak`.
/// Returns the fingerprint of the file written.
pub fn save(plan: &Plan, path: &Path) -> Result<Fingerprint, SaveError> {
    save_expecting(plan, path, Expect::Anything)
}

/// [`save`], refused with [`SaveError::ChangedOnDisk`] unless the file on disk is what `expect`
/// says: another program's change is never overwritten without asking.
pub fn save_expecting(plan: &Plan, path: &Path, expect: Expect) -> Result<Fingerprint, SaveError> {
    save_with(plan, path, expect, &mut NoFaults)
}

/// [`save_expecting`] with faults injected.
pub fn save_with(
    plan: &Plan,
    path: &Path,
    expect: Expect,
    faults: &mut dyn Faults,
) -> Result<Fingerprint, SaveError> {
    let target = Target::resolve(path, Links::Follow)?;
    let lock = lock(&target)?;
    write_plan(&target, lock.as_ref(), plan, expect, Backup::Keep, faults)
}

/// A plan read under its lock, to be changed and saved back before anyone else may write it:
/// what `attache fmt` and `attache import` do, so that two of them at once never lose an update.
#[derive(Debug)]
pub struct LockedPlan {
    asked: PathBuf,
    target: PathBuf,
    lock: PlanLock,
    text: String,
    plan: Plan,
    read_as: Fingerprint,
}

impl LockedPlan {
    /// Waits for the plan at `path` to be free, then reads it.
    pub fn open(path: &Path) -> Result<LockedPlan, LoadError> {
        let io_error = |source| LoadError::Io {
            path: path.to_owned(),
            source,
        };
        let target = Target::resolve(path, Links::Follow).map_err(|error| match error {
            SaveError::TargetIsFolder { .. } => LoadError::IsFolder {
                path: path.to_owned(),
            },
            SaveError::NotRegular { kind, .. } => LoadError::NotRegular {
                path: path.to_owned(),
                kind,
            },
            SaveError::Io { source, .. } => io_error(source),
            // A link loop: what the system says when reading through one.
            _ => io_error(std::io::Error::other("too many levels of symbolic links")),
        })?;
        let lock = match PlanLock::acquire(&target.path) {
            Ok(Some(lock)) => lock,
            Ok(None) => return Err(io_error(std::io::ErrorKind::NotFound.into())),
            Err(LockError::Busy) => {
                return Err(LoadError::Busy {
                    path: path.to_owned(),
                });
            }
            Err(LockError::Read(error)) => return Err(LoadError::from_read(path, error)),
        };
        let bytes = lock
            .read(MAX_FILE_BYTES)
            .map_err(|error| LoadError::from_read(path, error))?;
        // From the bytes just read: the file is not read a second time to fingerprint it.
        let metadata = lock.file().metadata().map_err(io_error)?;
        let read_as = Fingerprint::of_contents(&bytes, &metadata);
        let text = LoadError::utf8(path, bytes)?;
        let plan = from_text(&text).map_err(|error| error.in_file(path))?;
        Ok(LockedPlan {
            asked: path.to_owned(),
            target: target.path,
            lock,
            text,
            plan,
            read_as,
        })
    }

    /// The file's text as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The plan as read.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Saves `plan` over the file read, still under its lock, keeping the version read as its
    /// backup. Refused if a program that takes no lock (an editor) changed the file in the
    /// meantime.
    pub fn save(self, plan: &Plan) -> Result<Fingerprint, SaveError> {
        self.save_keeping(plan, Backup::Keep)
    }

    /// [`LockedPlan::save`] without a backup: for a file that is not the planner's copy of the
    /// plan, such as the temporary file git hands its merge driver (whose version git keeps).
    pub fn save_without_backup(self, plan: &Plan) -> Result<Fingerprint, SaveError> {
        self.save_keeping(plan, Backup::Discard)
    }

    fn save_keeping(self, plan: &Plan, backup: Backup) -> Result<Fingerprint, SaveError> {
        let target = Target {
            asked: self.asked,
            path: self.target,
            exists: true,
        };
        write_plan(
            &target,
            Some(&self.lock),
            plan,
            Expect::Version(self.read_as),
            backup,
            &mut NoFaults,
        )
    }
}

fn write_plan(
    target: &Target,
    lock: Option<&PlanLock>,
    plan: &Plan,
    expect: Expect,
    backup: Backup,
    faults: &mut dyn Faults,
) -> Result<Fingerprint, SaveError> {
    let path = &target.asked;
    faults
        .before(WriteStep::CompareWithRead)
        .map_err(|source| unchanged(path, source))?;
    match (expect, lock) {
        (Expect::Anything, _) => {}
        (Expect::Nothing, None) => {}
        (Expect::Version(read_as), Some(lock)) if lock.still_at(&target.path) => {
            let now = lock
                .fingerprint()
                .map_err(|source| unchanged(path, source))?;
            if !now.same_contents(&read_as) {
                return Err(SaveError::ChangedOnDisk { path: path.clone() });
            }
        }
        _ => return Err(SaveError::ChangedOnDisk { path: path.clone() }),
    }
    if let Some(lock) = lock {
        refuse_to_overwrite_newer(path, lock)?;
    }
    let bytes = to_text(plan).into_bytes();
    write_bytes(target, lock, &bytes, backup, faults)
}

/// Whether replacing a file keeps its previous version as `NAME.bak`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Backup {
    Keep,
    Discard,
}

/// What an export may replace, besides nothing at all.
#[derive(Clone, Copy)]
pub enum Replace<'a> {
    /// An empty file, or one that `recognise` takes for an earlier Attaché export of the same
    /// kind when shown the file's first [`RECOGNISED_HEAD_BYTES`] (fewer if the file is
    /// shorter).
    EarlierExport(&'a dyn Fn(&[u8]) -> bool),
    /// Any file but a plan: the planner confirmed it (`--force`, or Replace in the window).
    Confirmed,
}

/// How much of an existing file is shown to an export's recogniser: enough for the head of an
/// HTML page or the header row of a spreadsheet.
pub const RECOGNISED_HEAD_BYTES: u64 = 64 * 1024;

/// Writes an export (a calendar, contacts, a spreadsheet, a printable page) to `path`. A file
/// already there is replaced only as `replace` allows, and never if it is one of `plans` (the
/// plan exported, the plan open), their backups, or any other file that holds an Attaché plan,
/// wherever in it its format version is written.
pub fn write_export(
    path: &Path,
    bytes: &[u8],
    plans: &[&Path],
    replace: Replace,
) -> Result<(), SaveError> {
    let target = Target::resolve(path, Links::Follow)?;
    let protected = plans
        .iter()
        .flat_map(|plan| [plan.to_path_buf(), backup_path(plan)]);
    for protected in protected {
        if target.path == protected || same_file(&target.path, &protected) {
            return Err(SaveError::WouldOverwritePlan {
                path: path.to_owned(),
            });
        }
    }
    let lock = lock(&target)?;
    if let Some(lock) = &lock {
        let unreadable = |source| unchanged(&target.asked, source);
        // A file larger than a plan may be is not one.
        if lock
            .contains(PLAN_MARK, MAX_FILE_BYTES)
            .map_err(unreadable)?
        {
            return Err(SaveError::WouldOverwritePlan {
                path: path.to_owned(),
            });
        }
        if let Replace::EarlierExport(recognise) = replace {
            let head = lock.head(RECOGNISED_HEAD_BYTES).map_err(unreadable)?;
            if !(head.is_empty() || recognise(&head)) {
                return Err(SaveError::WouldReplaceOtherFile {
                    path: path.to_owned(),
                });
            }
        }
    }
    write_bytes(
        &target,
        lock.as_ref(),
        bytes,
        Backup::Discard,
        &mut NoFaults,
    )
    .map(|_| ())
}

/// Writes a file Attaché edits on the planner's behalf, such as a repository's
/// `.gitattributes`: as an export the planner confirmed, so never over a plan.
pub fn write_file(path: &Path, bytes: &[u8], plans: &[&Path]) -> Result<(), SaveError> {
    write_export(path, bytes, plans, Replace::Confirmed)
}

/// What every plan file holds, wherever its writer put it (at the top, as Attaché writes it;
/// further down, or after a long comment, by hand). A file that merely mentions the word is
/// refused too: that costs the planner another file name, where writing over a plan would cost
/// the plan.
const PLAN_MARK: &[u8] = b"format_version";

/// Writes one of the app's own files (a recovery file, a note of the plan a window has open) in
/// its data folder: whole or not at all, and never through a link.
pub fn write_app_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let target = Target::resolve(path, Links::Replace)?;
    write_bytes(&target, None, bytes, Backup::Discard, &mut NoFaults).map(|_| ())
}

/// Whether `a` and `b` name one existing file, through links, `..` and the like.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn lock(target: &Target) -> Result<Option<PlanLock>, SaveError> {
    if !target.exists {
        return Ok(None);
    }
    match PlanLock::acquire(&target.path) {
        Ok(lock) => Ok(lock),
        Err(LockError::Busy) => Err(SaveError::Busy {
            path: target.asked.clone(),
        }),
        Err(LockError::Read(ReadError::NotRegular(kind))) => Err(SaveError::NotRegular {
            path: target.asked.clone(),
            kind,
        }),
        Err(LockError::Read(error)) => Err(unchanged(
            &target.asked,
            std::io::Error::other(error.to_string()),
        )),
    }
}

fn unchanged(path: &Path, source: std::io::Error) -> SaveError {
    SaveError::Io {
        path: path.to_owned(),
        on_disk: OnDisk::Unchanged,
        source: without_temporary_name(source),
    }
}

/// The reason without the name of the temporary file it happened to (tempfile adds `at path
/// "….tmp"`): that name means nothing to a planner, and the message already names their file.
fn without_temporary_name(error: std::io::Error) -> std::io::Error {
    let shown = error.to_string();
    match shown.find(" at path ") {
        Some(at) => std::io::Error::new(error.kind(), shown[..at].to_owned()),
        None => error,
    }
}

/// The write itself: temporary file, backup, rename. `lock` is held on the target if it exists.
fn write_bytes(
    target: &Target,
    lock: Option<&PlanLock>,
    bytes: &[u8],
    backup: Backup,
    faults: &mut dyn Faults,
) -> Result<Fingerprint, SaveError> {
    let (path, asked) = (&target.path, &target.asked);
    let folder = target.folder();
    if lock.is_some() {
        temporary::remove_stale(path, folder);
    }
    let mut temporary =
        temporary::create(path, folder).map_err(|source| unchanged(asked, source))?;
    faults
        .before(WriteStep::WriteTemporary)
        .and_then(|()| faults.write(WriteStep::WriteTemporary, temporary.as_file_mut(), bytes))
        .and_then(|()| faults.before(WriteStep::SyncTemporary))
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|source| unchanged(asked, source))?;

    let mut staged_backup = None;
    if let Some(lock) = lock {
        // The file keeps the permissions it had.
        let permissions = lock
            .file()
            .metadata()
            .map_err(|source| unchanged(asked, source))?
            .permissions();
        temporary
            .as_file()
            .set_permissions(permissions)
            .map_err(|source| unchanged(asked, source))?;
        if backup == Backup::Keep {
            staged_backup = Some(
                backup::stage(path, folder, lock, faults)
                    .map_err(|source| unchanged(asked, source))?,
            );
        }
    }
    // Asked before the rename, which keeps the time and size: afterwards the file is replaced,
    // and no failure may claim otherwise.
    let metadata = temporary
        .as_file()
        .metadata()
        .map_err(|source| unchanged(asked, source))?;
    faults
        .before(WriteStep::Replace)
        .map_err(|source| unchanged(asked, source))?;
    let written = if target.exists || lock.is_some() {
        temporary.persist(path)
    } else {
        // A file that appeared since the target was resolved is not replaced unseen.
        temporary.persist_noclobber(path)
    };
    written.map_err(|error| {
        if error.error.kind() == std::io::ErrorKind::AlreadyExists {
            SaveError::ChangedOnDisk {
                path: asked.clone(),
            }
        } else {
            unchanged(asked, error.error)
        }
    })?;
    if let Some(staged) = staged_backup {
        backup::keep(staged, path, faults);
    }
    sync_folder(folder);
    Ok(Fingerprint::of_contents(bytes, &metadata))
}

/// Makes the rename itself durable. Best effort: the file is already whole in its place, and a
/// folder that cannot be flushed (some network file systems) is no reason to report a failure.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = std::fs::File::open(folder) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

fn refuse_to_overwrite_newer(path: &Path, lock: &PlanLock) -> Result<(), SaveError> {
    // Read whole, wherever the version is written in it; a file larger than a plan may be is
    // not one.
    let Ok(bytes) = lock.read(MAX_FILE_BYTES) else {
        return Ok(());
    };
    match declared_format_version(&String::from_utf8_lossy(&bytes)) {
        Some(version) if matches!(verdict(version), VersionVerdict::Newer) => {
            Err(SaveError::WouldOverwriteNewer {
                path: path.to_owned(),
                found: version,
            })
        }
        _ => Ok(()),
    }
}
