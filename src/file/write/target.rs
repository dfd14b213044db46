//! Where a write lands: the file a path names, checked before anything is written.

use std::path::{Path, PathBuf};

use super::super::read::describe_special;
use crate::file::SaveError;

/// How a symbolic link at the path asked for is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Links {
    /// Write to the file the link points to, as editors do: replacing the link with a plain file
    /// would leave a plan linked into a shared folder out of date. For plans and exports, the
    /// file the planner chose.
    Follow,
    /// Replace the link itself: for the app's own files, which are never written anywhere else.
    Replace,
}

/// The file a write lands in, and whether it exists yet.
#[derive(Debug)]
pub(super) struct Target {
    /// The path the planner chose, which messages name.
    pub asked: PathBuf,
    /// The file written, after links.
    pub path: PathBuf,
    pub exists: bool,
}

impl Target {
    /// Resolves `asked` and refuses a target that is not, or would not be, a regular file.
    pub fn resolve(asked: &Path, links: Links) -> Result<Target, SaveError> {
        let path = match links {
            Links::Follow => follow_links(asked)?,
            Links::Replace => asked.to_owned(),
        };
        let metadata = match std::fs::symlink_metadata(&path) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Target {
                    asked: asked.to_owned(),
                    path,
                    exists: false,
                });
            }
            Err(source) => {
                return Err(SaveError::Io {
                    path: asked.to_owned(),
                    on_disk: super::OnDisk::Unchanged,
                    source,
                });
            }
        };
        let kind = metadata.file_type();
        if kind.is_dir() {
            return Err(SaveError::TargetIsFolder {
                path: asked.to_owned(),
            });
        }
        // A link left in the app's own folder is replaced, never written through.
        let replaceable_link = links == Links::Replace && kind.is_symlink();
        if !kind.is_file() && !replaceable_link {
            return Err(SaveError::NotRegular {
                path: asked.to_owned(),
                kind: describe_special(&kind),
            });
        }
        Ok(Target {
            asked: asked.to_owned(),
            exists: kind.is_file(),
            path,
        })
    }

    /// The folder the target is in, where its temporary files go.
    pub fn folder(&self) -> &Path {
        match self.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        }
    }
}

/// The file that `path` names after following symbolic links. A link to a file that does not
/// exist yet resolves to that file, so that saving creates it; links that go round in a circle
/// are refused.
fn follow_links(path: &Path) -> Result<PathBuf, SaveError> {
    let mut resolved = path.to_owned();
    // Bounded like the operating system's own limit.
    for _ in 0..40 {
        match std::fs::read_link(&resolved) {
            Ok(target) => resolved = resolved.parent().unwrap_or(Path::new("")).join(target),
            Err(_) => return Ok(resolved),
        }
    }
    Err(SaveError::LinkLoop {
        path: path.to_owned(),
    })
}
