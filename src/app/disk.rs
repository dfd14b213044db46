//! Noticing that another program changed the plan's file since Attaché read or wrote it.

use std::hash::Hasher;
use std::path::Path;
use std::time::SystemTime;

/// What the file on disk looked like when Attaché last read or wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    modified: Option<SystemTime>,
    size: u64,
    content_hash: u64,
}

impl Fingerprint {
    /// The fingerprint of the file at `path` now; `None` if it cannot be read.
    pub fn of_file(path: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        let contents = std::fs::read(path).ok()?;
        Some(Self::of_contents(&contents, &metadata))
    }

    pub fn of_contents(contents: &[u8], metadata: &std::fs::Metadata) -> Self {
        Self {
            modified: metadata.modified().ok(),
            size: metadata.len(),
            content_hash: hash(contents),
        }
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
        match std::fs::read(path) {
            Ok(contents) => hash(&contents) != self.content_hash,
            Err(_) => true,
        }
    }
}

fn hash(contents: &[u8]) -> u64 {
    // SipHash with fixed keys: not for security, only to tell one version of a file from another.
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(contents);
    hasher.finish()
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
}
