//! This window's presence in the app's data folder: which plan it has open, and which recovery
//! files are its own.
//!
//! Each window holds a claim (`windows/ID.lock`, locked by the operating system for as long as
//! the window's process lives) and notes the plan it has open in `windows/ID.open`. Another
//! window trusts a note or a recovery file only as far as its claim: a claim that is no longer
//! held belongs to a window that is gone, however it ended. Nothing here rests on a file that
//! another process could delete, or on a process id that the system may have given to another
//! program since.

use std::path::{Path, PathBuf};

use crate::file::{self, Claim};

pub struct Presence {
    folder: PathBuf,
    id: String,
    /// Held until the window closes; `None` if the data folder cannot be written.
    claim: Option<Claim>,
}

impl Presence {
    /// A presence with a new random id in `data_folder`, which first clears away the claims and
    /// notes of windows that ended without doing so themselves.
    pub fn new(data_folder: &Path) -> Self {
        let folder = windows_folder(data_folder);
        forget_gone_windows(&folder);
        let id = format!("{:016x}", crate::model::Id::<()>::random().value());
        let claim = Claim::create(&claim_path(&folder, &id)).ok();
        Self { folder, id, claim }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Notes that this window has `plan` open. Returns whether another live window has it open
    /// too.
    pub fn announce(&self, plan: &Path) -> bool {
        let plan = identity(plan);
        if self.claim.is_some() {
            // Only a hint for other windows: if it cannot be written, they just do not warn.
            let _ = file::write_app_file(&self.note_path(), &plan);
        }
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return false;
        };
        entries.filter_map(Result::ok).any(|entry| {
            let path = entry.path();
            let Some(other) = note_owner(&path) else {
                return false;
            };
            other != self.id
                && file::read_bounded(&path, MAX_NOTE_BYTES).is_ok_and(|noted| noted == plan)
                && is_live(&self.folder, &other)
        })
    }

    /// This window no longer has a plan open.
    pub fn withdraw(&self) {
        let _ = std::fs::remove_file(self.note_path());
    }

    fn note_path(&self) -> PathBuf {
        note_path(&self.folder, &self.id)
    }
}

fn note_path(windows_folder: &Path, id: &str) -> PathBuf {
    windows_folder.join(format!("{id}.open"))
}

/// Removes the note of a window that is gone, whose claim the caller has taken over (to offer
/// its recovery files): the plan it had open is open there no longer.
pub fn forget_gone_window(windows_folder: &Path, id: &str) {
    let _ = std::fs::remove_file(note_path(windows_folder, id));
}

/// Removes the claims no live window holds and the notes of windows whose claim is not held: what
/// windows killed or crashed leave behind, which would otherwise pile up. A gone window's recovery
/// files stay (they are offered for restoring); offering them claims the window anew.
fn forget_gone_windows(windows_folder: &Path) {
    let Ok(entries) = std::fs::read_dir(windows_folder) else {
        return;
    };
    // Regular files only: a link or a pipe put there is no window's, and is never opened.
    let files = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_file()));
    for entry in files {
        let path = entry.path();
        if path
            .extension()
            .is_some_and(|extension| extension == "lock")
        {
            Claim::remove_if_abandoned(&path);
        } else if let Some(id) = note_owner(&path)
            && !is_live(windows_folder, &id)
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}

impl Drop for Presence {
    fn drop(&mut self) {
        self.withdraw();
        if let Some(claim) = self.claim.take() {
            claim.release();
        }
    }
}

/// Where windows keep their claims and notes.
pub fn windows_folder(data_folder: &Path) -> PathBuf {
    data_folder.join("windows")
}

/// The claim of the window `id`.
pub fn claim_path(windows_folder: &Path, id: &str) -> PathBuf {
    windows_folder.join(format!("{id}.lock"))
}

/// Whether the window `id` is still running.
pub fn is_live(windows_folder: &Path, id: &str) -> bool {
    Claim::is_held(&claim_path(windows_folder, id))
}

/// A plan's path as every window writes it: absolute and with links resolved, so that two names
/// of one file match.
fn identity(plan: &Path) -> Vec<u8> {
    let canonical = std::fs::canonicalize(plan).unwrap_or_else(|_| plan.to_owned());
    canonical.as_os_str().as_encoded_bytes().to_vec()
}

/// A path is a few KiB at most; a note longer than this is not one.
const MAX_NOTE_BYTES: u64 = 64 * 1024;

/// The id of the window whose note `path` is.
fn note_owner(path: &Path) -> Option<String> {
    Some(
        path.file_name()?
            .to_str()?
            .strip_suffix(".open")?
            .to_owned(),
    )
}
