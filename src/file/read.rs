//! Reading a file Attaché was asked to open: a plan, an import, the plan a save is about to
//! replace. Only regular files are read, and never more than a cap plus one byte, so that a named
//! pipe, a device such as `/dev/zero` or a file that grows while it is read cannot hang Attaché or
//! exhaust its memory.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use thiserror::Error;

/// Why a file was not read. The callers add the file's name and what it was meant to be.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error("cannot be read: {0}")]
    Io(#[from] std::io::Error),
    #[error("is a folder, not a file")]
    IsFolder,
    #[error("is {0}, not a regular file")]
    NotRegular(&'static str),
    /// `size` is as much as was seen: the file may have grown while it was read.
    #[error("is {size} bytes, larger than the {limit} bytes allowed")]
    TooLarge { size: u64, limit: u64 },
    #[error("was not read: the reading was cancelled")]
    Cancelled,
}

/// How far a read has come, shared with the thread that shows it (the window, while a large plan
/// opens), and a way for that thread to stop it.
#[derive(Debug, Default)]
pub struct ReadProgress {
    read: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
}

impl ReadProgress {
    /// Bytes read so far and the file's size.
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.read.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Asks the read to stop at its next chunk.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// Opens `path` for reading if it is a regular file, without waiting on a named pipe that has no
/// writer (opening one blocks until a writer comes, forever if none does).
pub fn open_regular(path: &Path) -> Result<File, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    // Asked of the file opened, not of the path, so that nothing can be swapped in between.
    let kind = file.metadata()?.file_type();
    if kind.is_dir() {
        return Err(ReadError::IsFolder);
    }
    if !kind.is_file() {
        return Err(ReadError::NotRegular(describe_special(&kind)));
    }
    Ok(file)
}

/// The whole of the regular file at `path`, refused if it holds more than `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    read_to_end_bounded(file, limit)
}

/// [`read_bounded`], reporting each chunk to `progress` and stopping when it is cancelled.
pub fn read_bounded_with_progress(
    path: &Path,
    limit: u64,
    progress: &ReadProgress,
) -> Result<Vec<u8>, ReadError> {
    let mut file = open_regular(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit });
    }
    progress.total.store(size, Ordering::Relaxed);
    let mut bytes = Vec::with_capacity(size as usize);
    let mut chunk = vec![0; 1024 * 1024];
    loop {
        if progress.is_cancelled() {
            return Err(ReadError::Cancelled);
        }
        let read = file.read(&mut chunk)?;
        if read == 0 {
            return Ok(bytes);
        }
        bytes.extend_from_slice(&chunk[..read]);
        if bytes.len() as u64 > limit {
            return Err(ReadError::TooLarge {
                size: bytes.len() as u64,
                limit,
            });
        }
        progress.read.store(bytes.len() as u64, Ordering::Relaxed);
    }
}

/// Everything `source` holds, but never more than `limit` bytes plus the one that shows there is
/// more: the size the file system reports can change while the file is read.
pub fn read_to_end_bounded(source: impl Read, limit: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    source
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// "a named pipe (FIFO)", "a device", "a socket" for the sentence that refuses it.
pub(crate) fn describe_special(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_symlink() {
        return "a symbolic link";
    }
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_whole_up_to_the_limit() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ron");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_bounded(&path, 5).unwrap(), b"12345");
        assert!(matches!(
            read_bounded(&path, 4),
            Err(ReadError::TooLarge { size: 5, limit: 4 })
        ));
    }

    #[test]
    fn a_folder_is_refused() {
        let folder = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_bounded(folder.path(), 10),
            Err(ReadError::IsFolder)
        ));
    }

    #[test]
    fn a_cancelled_read_stops_and_says_so() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ron");
        std::fs::write(&path, vec![b'x'; 3 * 1024 * 1024]).unwrap();
        let progress = ReadProgress::default();
        let read = read_bounded_with_progress(&path, u64::MAX, &progress).unwrap();
        assert_eq!(read.len(), 3 * 1024 * 1024);
        assert_eq!(progress.bytes(), (3 * 1024 * 1024, 3 * 1024 * 1024));

        progress.cancel();
        assert!(matches!(
            read_bounded_with_progress(&path, u64::MAX, &progress),
            Err(ReadError::Cancelled)
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_device_is_refused_without_reading_it() {
        let error = read_bounded(Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(error.to_string(), "is a device, not a regular file");
    }
}
