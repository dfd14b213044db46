//! Telling one version of a file from another: what Attaché read or wrote, against what is on
//! disk now. A save compares the two before it replaces the file, and the window compares them
//! when it gets the focus back.

use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::read::open_regular;

/// What a file looked like when Attaché last read or wrote it. Kept in recovery notes, so that a
/// restored plan is saved over its file only if that file is still the version the edits
/// started from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    modified: Option<SystemTime>,
    size: u64,
    content_hash: ContentHash,
}

impl Fingerprint {
    /// The fingerprint of the regular file at `path` now; `None` if it cannot be read.
    pub fn of_file(path: &Path) -> Option<Self> {
        let file = open_regular(path).ok()?;
        Self::of_open_file(&file).ok()
    }

    /// The fingerprint of bytes just read from or written to a file with this `metadata`.
    pub fn of_contents(contents: &[u8], metadata: &std::fs::Metadata) -> Self {
        Self {
            modified: metadata.modified().ok(),
            size: metadata.len(),
            content_hash: Sha256::digest(contents).into(),
        }
    }

    /// Reads `file` from where it stands to its end (a plan being saved is read through the
    /// handle that holds its lock).
    pub(crate) fn of_open_file(mut file: &std::fs::File) -> std::io::Result<Self> {
        let metadata = file.metadata()?;
        Ok(Self {
            modified: metadata.modified().ok(),
            size: metadata.len(),
            content_hash: hash_of(&mut file)?,
        })
    }

    /// Whether the file at `path` differs from this fingerprint. Cheap when nothing changed (one
    /// `stat`); the contents are read only when the time or size moved, so that a program that
    /// merely touches the file does not raise an alarm. A file that disappeared has changed.
    pub fn differs_from_disk(&self, path: &Path) -> bool {
        let Ok(metadata) = std::fs::metadata(path) else {
            return true;
        };
        if metadata.modified().ok() == self.modified && metadata.len() == self.size {
            return false;
        }
        match open_regular(path) {
            Ok(mut file) => hash_of(&mut file).is_ok_and(|hash| hash != self.content_hash),
            Err(_) => true,
        }
    }

    /// Whether `other` holds the same bytes, whenever either was written.
    pub fn same_contents(&self, other: &Fingerprint) -> bool {
        self.size == other.size && self.content_hash == other.content_hash
    }
}

/// SHA-256 of a file's bytes: the same in every build of Attaché, since fingerprints are kept in
/// recovery notes from one run (and one version) to the next.
type ContentHash = [u8; 32];

fn hash_of(source: &mut impl Read) -> std::io::Result<ContentHash> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let read = source.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        // Chunks hash as their concatenation would, so a file streamed here hashes as the same
        // bytes held whole in `of_contents`.
        hasher.update(&buffer[..read]);
    }
    Ok(hasher.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_touch_is_not_a_change_but_new_contents_are() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ron");
        std::fs::write(&path, "one").unwrap();
        let fingerprint = Fingerprint::of_file(&path).unwrap();
        assert!(!fingerprint.differs_from_disk(&path));

        let later = SystemTime::now() + std::time::Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert!(
            !fingerprint.differs_from_disk(&path),
            "same bytes, new time"
        );

        std::fs::write(&path, "two").unwrap();
        assert!(fingerprint.differs_from_disk(&path));
        std::fs::remove_file(&path).unwrap();
        assert!(fingerprint.differs_from_disk(&path));
    }

    #[test]
    fn the_hash_is_sha_256_the_same_in_every_build() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ron");
        std::fs::write(&path, "abc").unwrap();
        let hex: String = Fingerprint::of_file(&path)
            .unwrap()
            .content_hash
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        // FIPS 180-2's example.
        assert_eq!(
            hex,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn streamed_and_whole_contents_hash_alike() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("plan.ron");
        // Longer than one read, so that the stream arrives in several chunks.
        let contents: Vec<u8> = (0..200_000u32).map(|n| (n % 251) as u8).collect();
        std::fs::write(&path, &contents).unwrap();
        let metadata = std::fs::metadata(&path).unwrap();
        let whole = Fingerprint::of_contents(&contents, &metadata);
        assert_eq!(Fingerprint::of_file(&path), Some(whole));
    }
}
