//! Operating-system locks: writers of one plan exclude each other, and a window's claim on its
//! recovery files lasts exactly as long as the window's process. The operating system releases a
//! lock when its process ends, however it ends, so no lock is ever left behind by a crash, and no
//! other process can take one away by deleting a file.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::time::{Duration, Instant};

use crate::file::Fingerprint;
use crate::file::read::{ReadError, open_regular, read_to_end_bounded};

/// How much of a file is read at once when it is searched.
const CHUNK: usize = 64 * 1024;

/// How long a writer waits for another writer of the same plan before giving up with a sentence.
/// Saves take milliseconds; an import of a large file, a few seconds.
pub const LOCK_PATIENCE: Duration = Duration::from_secs(20);

/// Exclusive use of a plan file while it is read, changed and written back. The lock is taken on
/// the plan file itself, so it needs no second file beside the plan.
#[derive(Debug)]
pub struct PlanLock {
    file: File,
}

/// Why a plan's lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another program held the plan for longer than [`LOCK_PATIENCE`].
    Busy,
    Read(ReadError),
}

impl PlanLock {
    /// Waits for exclusive use of the regular file at `path`; `Ok(None)` if there is no file there
    /// yet (a first save creates it, and refuses to replace one that appears meanwhile).
    pub fn acquire(path: &Path) -> Result<Option<PlanLock>, LockError> {
        let deadline = Instant::now() + LOCK_PATIENCE;
        loop {
            let file = match open_regular(path) {
                Ok(file) => file,
                Err(ReadError::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => {
                    return Ok(None);
                }
                Err(error) => return Err(LockError::Read(error)),
            };
            wait_for_lock(&file, deadline)?;
            // A writer that held the lock before us has, most likely, renamed a new file over the
            // path: the lock we hold is on the version it replaced. Lock the file there now.
            if still_at(&file, path) {
                return Ok(Some(PlanLock { file }));
            }
        }
    }

    /// The plan's bytes, read through the locked handle (on Windows, other handles may not read a
    /// locked file), refused past `limit` bytes.
    pub fn read(&self, limit: u64) -> Result<Vec<u8>, ReadError> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))?;
        read_to_end_bounded(file, limit)
    }

    /// The first `length` bytes of the plan, enough to read its format version.
    pub fn head(&self, length: u64) -> std::io::Result<Vec<u8>> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))?;
        let mut head = Vec::new();
        file.take(length).read_to_end(&mut head)?;
        Ok(head)
    }

    /// Whether the locked file holds `needle` (not empty) in its first `limit` bytes, read in
    /// chunks: memory stays the same whatever the file's size, and time grows with it.
    pub fn contains(&self, needle: &[u8], limit: u64) -> std::io::Result<bool> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))?;
        let mut file = file.take(limit);
        // Each chunk is searched after the end of the one before it, so that a needle that
        // straddles two chunks is found too.
        let keep = needle.len().saturating_sub(1);
        let mut window = Vec::with_capacity(CHUNK + keep);
        let mut chunk = vec![0; CHUNK];
        loop {
            let read = file.read(&mut chunk)?;
            if read == 0 {
                return Ok(false);
            }
            window.extend_from_slice(&chunk[..read]);
            if window.windows(needle.len()).any(|part| part == needle) {
                return Ok(true);
            }
            let tail = window.len().saturating_sub(keep);
            window.drain(..tail);
        }
    }

    /// The fingerprint of the locked plan as it is now.
    pub fn fingerprint(&self) -> std::io::Result<Fingerprint> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))?;
        Fingerprint::of_open_file(&self.file)
    }

    /// Whether `path` still names the locked file (no other program renamed another over it).
    pub fn still_at(&self, path: &Path) -> bool {
        still_at(&self.file, path)
    }

    /// The locked file's handle, to copy it into a backup where links cannot be made.
    pub(super) fn file(&self) -> &File {
        &self.file
    }
}

fn wait_for_lock(file: &File, deadline: Instant) -> Result<(), LockError> {
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(LockError::Busy),
            Err(std::fs::TryLockError::Error(error)) => {
                return Err(LockError::Read(ReadError::Io(error)));
            }
        }
    }
}

/// Whether `path` names the same file as the open `file`.
#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(held), Ok(named)) => held.dev() == named.dev() && held.ino() == named.ino(),
        _ => false,
    }
}

/// Elsewhere the standard library cannot yet tell files apart; the fingerprint check that follows
/// the lock still catches a plan replaced meanwhile.
#[cfg(not(unix))]
fn still_at(_file: &File, path: &Path) -> bool {
    path.is_file()
}

/// A claim held by a live window on an entry of the app's data folder (its recovery files, the
/// plan it has open): the file `NAME.lock`, locked for as long as the claim lasts.
#[derive(Debug)]
pub struct Claim {
    file: File,
    path: std::path::PathBuf,
}

impl Claim {
    /// Makes a new claim at `path` (which must not exist yet: its name is random). The lock is
    /// taken before the file gets its name, so nobody ever sees it unlocked.
    pub fn create(path: &Path) -> std::io::Result<Claim> {
        let folder = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder)?;
        let unnamed = tempfile::Builder::new()
            .prefix(".claim-")
            .suffix(".tmp")
            .tempfile_in(folder)?;
        unnamed.as_file().try_lock().map_err(std::io::Error::from)?;
        let file = unnamed.persist(path).map_err(|error| error.error)?;
        Ok(Claim {
            file,
            path: path.to_owned(),
        })
    }

    /// Takes over the claim at `path` if its holder is gone: `None` while a live process holds
    /// it. A claim whose file is missing (left by an older Attaché) is made anew.
    pub fn take_over(path: &Path) -> Option<Claim> {
        // A window starting meanwhile may remove the file of an abandoned claim (see
        // [`Claim::remove_if_abandoned`]) between our opening and locking it; the lock would
        // then be on a file no longer there, so the claim is taken again at its path.
        for _ in 0..3 {
            match open_claim(path) {
                Ok(file) => {
                    file.try_lock().ok()?;
                    if still_at(&file, path) {
                        return Some(Claim {
                            file,
                            path: path.to_owned(),
                        });
                    }
                }
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                    return Claim::create(path).ok();
                }
                Err(_) => return None,
            }
        }
        None
    }

    /// Removes the file of the claim at `path` if no live process holds it (its window ended
    /// without releasing it: killed, or crashed), while holding it, so that no one takes it over
    /// as it goes. Returns whether it was removed.
    pub fn remove_if_abandoned(path: &Path) -> bool {
        let Ok(file) = open_claim(path) else {
            return false;
        };
        file.try_lock().is_ok() && still_at(&file, path) && std::fs::remove_file(path).is_ok()
    }

    /// Whether a live process holds the claim at `path`.
    pub fn is_held(path: &Path) -> bool {
        match open_claim(path) {
            Ok(file) => matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock)),
            Err(_) => false,
        }
    }

    /// Ends the claim and removes its file (while still holding it, so that no one takes over a
    /// claim on its way out).
    pub fn release(self) {
        let _ = std::fs::remove_file(&self.path);
        drop(self.file);
    }
}

/// Opens the claim file at `path` to lock it: never through a link, nor waiting on a named pipe
/// put in its place, and only if it is a regular file.
fn open_claim(path: &Path) -> std::io::Result<File> {
    let mut options = File::options();
    options.read(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        libc::O_NOFOLLOW | libc::O_NONBLOCK,
    );
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::other("a claim is a regular file"));
    }
    Ok(file)
}
