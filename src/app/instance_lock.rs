//! Telling the planner when the plan they open is already open in another Attaché window.
//!
//! Each window that has a plan open leaves a small lock file, named after the plan's path, in the
//! app's data folder (never beside the plan), holding its process id. A lock whose process is gone
//! (after a crash) is ignored and replaced.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

pub struct InstanceLocks {
    folder: PathBuf,
    /// The lock this window holds, if it has a saved plan open.
    held: Option<PathBuf>,
}

impl InstanceLocks {
    pub fn new(folder: PathBuf) -> Self {
        Self { folder, held: None }
    }

    /// Takes the lock for `plan`, releasing the one held before. Returns the process id of another
    /// running Attaché that has the same plan open, if there is one.
    pub fn take(&mut self, plan: &Path) -> Option<u32> {
        self.release();
        let lock = self.lock_path(plan);
        let other = std::fs::read_to_string(&lock)
            .ok()
            .and_then(|text| text.trim().parse::<u32>().ok())
            .filter(|&pid| pid != std::process::id() && process_is_running(pid));
        if std::fs::create_dir_all(&self.folder).is_ok()
            && crate::file::write_atomically(&lock, std::process::id().to_string().as_bytes())
                .is_ok()
        {
            self.held = Some(lock);
        }
        other
    }

    /// Gives up the lock held (the window closed its plan).
    pub fn release(&mut self) {
        if let Some(lock) = self.held.take() {
            let still_ours = std::fs::read_to_string(&lock)
                .is_ok_and(|text| text.trim() == std::process::id().to_string());
            if still_ours {
                let _ = std::fs::remove_file(lock);
            }
        }
    }

    fn lock_path(&self, plan: &Path) -> PathBuf {
        let canonical = std::fs::canonicalize(plan).unwrap_or_else(|_| plan.to_owned());
        let mut hasher = std::hash::DefaultHasher::new();
        hasher.write(canonical.as_os_str().as_encoded_bytes());
        self.folder.join(format!("{:016x}.lock", hasher.finish()))
    }
}

impl Drop for InstanceLocks {
    fn drop(&mut self) {
        self.release();
    }
}

/// Whether a process with this id is running. Where the system offers no cheap way to ask, the
/// answer is yes: a needless warning is better than a missed one.
fn process_is_running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
}
