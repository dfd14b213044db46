//! The planner-facing sentences the app builds from typed errors (a plan that could not be
//! opened or saved, a file that could not be read for import), as messages rendered in the
//! window's language. In English each says word for word what the error's `Display` says, which
//! the command line prints.

use crate::file::{
    CURRENT_FORMAT_VERSION, LoadError, MAX_FILE_BYTES, OnDisk, ReadError, SaveError,
};
use crate::lang::Message;
use crate::msg;

/// Why a plan could not be opened.
pub fn load_error(error: &LoadError) -> Message {
    match error {
        LoadError::Io { path, source } => {
            msg!(
                "app-load-io",
                path = path.display().to_string(),
                reason = source.to_string()
            )
        }
        LoadError::IsFolder { path } => {
            msg!("app-load-is-folder", path = path.display().to_string())
        }
        LoadError::NotRegular { path, kind } => msg!(
            "app-load-not-regular",
            path = path.display().to_string(),
            kind = special_kind(kind)
        ),
        LoadError::Busy { path } => msg!("app-load-busy", path = path.display().to_string()),
        LoadError::Cancelled { path } => {
            msg!("app-load-cancelled", path = path.display().to_string())
        }
        LoadError::TooLarge { path, size } => msg!(
            "app-load-too-large",
            path = path.display().to_string(),
            size = size.to_string(),
            limit = (MAX_FILE_BYTES / (1024 * 1024)).to_string()
        ),
        LoadError::NotUtf8 { path, line, column } => msg!(
            "app-load-not-utf8",
            path = path.display().to_string(),
            line = line.to_string(),
            column = column.to_string()
        ),
        // The parser's own words for what it expected: not yet a message.
        LoadError::Syntax {
            path,
            line,
            column,
            message,
        } => msg!(
            "app-load-syntax",
            path = path.display().to_string(),
            line = line.to_string(),
            column = column.to_string(),
            detail = message.as_str()
        ),
        LoadError::NewerVersion { path, found } => msg!(
            "app-load-newer-version",
            path = path.display().to_string(),
            found = found.to_string(),
            current = CURRENT_FORMAT_VERSION.to_string()
        ),
        LoadError::UnknownVersion {
            path,
            line,
            column,
            found,
        } => msg!(
            "app-load-unknown-version",
            path = path.display().to_string(),
            line = line.to_string(),
            column = column.to_string(),
            found = found.to_string(),
            current = CURRENT_FORMAT_VERSION.to_string()
        ),
        LoadError::UnreadableVersion {
            path,
            line,
            column,
            found,
        } => msg!(
            "app-load-unreadable-version",
            path = path.display().to_string(),
            line = line.to_string(),
            column = column.to_string(),
            found = found.as_str()
        ),
    }
}

/// Why a plan or an export was not written.
pub fn save_error(error: &SaveError) -> Message {
    match error {
        SaveError::Io {
            path,
            on_disk: OnDisk::Unchanged,
            source,
        } => msg!(
            "app-save-io",
            path = path.display().to_string(),
            reason = source.to_string()
        ),
        SaveError::TargetIsFolder { path } => {
            msg!(
                "app-save-target-is-folder",
                path = path.display().to_string()
            )
        }
        SaveError::NotRegular { path, kind } => msg!(
            "app-save-not-regular",
            path = path.display().to_string(),
            kind = special_kind(kind)
        ),
        SaveError::LinkLoop { path } => {
            msg!("app-save-link-loop", path = path.display().to_string())
        }
        SaveError::WouldOverwriteNewer { path, found } => msg!(
            "app-save-would-overwrite-newer",
            path = path.display().to_string(),
            found = found.to_string(),
            current = CURRENT_FORMAT_VERSION.to_string()
        ),
        SaveError::WouldOverwritePlan { path } => {
            msg!(
                "app-save-would-overwrite-plan",
                path = path.display().to_string()
            )
        }
        SaveError::WouldReplaceOtherFile { path } => msg!(
            "app-save-would-replace-other-file",
            path = path.display().to_string()
        ),
        SaveError::ChangedOnDisk { path } => {
            msg!(
                "app-save-changed-on-disk",
                path = path.display().to_string()
            )
        }
        SaveError::Busy { path } => msg!("app-save-busy", path = path.display().to_string()),
    }
}

/// Why a file could not be read (for import), without its path.
pub fn read_error(error: &ReadError) -> Message {
    match error {
        ReadError::Io(source) => msg!("app-read-io", reason = source.to_string()),
        ReadError::IsFolder => msg!("app-read-is-folder"),
        ReadError::NotRegular(kind) => msg!("app-read-not-regular", kind = special_kind(kind)),
        ReadError::TooLarge { size, limit } => msg!(
            "app-read-too-large",
            size = size.to_string(),
            limit = limit.to_string()
        ),
        ReadError::Cancelled => msg!("app-read-cancelled"),
    }
}

/// A file that is not a regular one, as the file layer names it ("a named pipe (FIFO)").
fn special_kind(kind: &str) -> Message {
    match kind {
        "a named pipe (FIFO)" => msg!("app-file-kind-fifo"),
        "a device" => msg!("app-file-kind-device"),
        "a socket" => msg!("app-file-kind-socket"),
        "a symbolic link" => msg!("app-file-kind-symbolic-link"),
        "a special file" => msg!("app-file-kind-special"),
        other => msg!("app-file-kind-other", kind = other),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::lang::{Language, in_language};

    fn path() -> PathBuf {
        PathBuf::from("/plans/visit.ron")
    }

    fn io() -> std::io::Error {
        std::io::Error::other("disk on fire")
    }

    fn load_errors() -> Vec<LoadError> {
        let path = path();
        vec![
            LoadError::Io {
                path: path.clone(),
                source: io(),
            },
            LoadError::IsFolder { path: path.clone() },
            LoadError::NotRegular {
                path: path.clone(),
                kind: "a named pipe (FIFO)",
            },
            LoadError::NotRegular {
                path: path.clone(),
                kind: "a device",
            },
            LoadError::Busy { path: path.clone() },
            LoadError::Cancelled { path: path.clone() },
            LoadError::TooLarge {
                path: path.clone(),
                size: 123_456_789,
            },
            LoadError::NotUtf8 {
                path: path.clone(),
                line: 12_345,
                column: 7,
            },
            LoadError::Syntax {
                path: path.clone(),
                line: 3,
                column: 9,
                message: "expected `)`".to_owned(),
            },
            LoadError::NewerVersion {
                path: path.clone(),
                found: 99,
            },
            LoadError::UnknownVersion {
                path: path.clone(),
                line: 1,
                column: 2,
                found: 0,
            },
            LoadError::UnreadableVersion {
                path,
                line: 1,
                column: 2,
                found: "one".to_owned(),
            },
        ]
    }

    fn save_errors() -> Vec<SaveError> {
        let path = path();
        vec![
            SaveError::Io {
                path: path.clone(),
                on_disk: OnDisk::Unchanged,
                source: io(),
            },
            SaveError::TargetIsFolder { path: path.clone() },
            SaveError::NotRegular {
                path: path.clone(),
                kind: "a socket",
            },
            SaveError::LinkLoop { path: path.clone() },
            SaveError::WouldOverwriteNewer {
                path: path.clone(),
                found: 99,
            },
            SaveError::WouldOverwritePlan { path: path.clone() },
            SaveError::WouldReplaceOtherFile { path: path.clone() },
            SaveError::ChangedOnDisk { path: path.clone() },
            SaveError::Busy { path },
        ]
    }

    fn read_errors() -> Vec<ReadError> {
        vec![
            ReadError::Io(io()),
            ReadError::IsFolder,
            ReadError::NotRegular("a symbolic link"),
            ReadError::TooLarge {
                size: 123_456_789,
                limit: 100,
            },
            ReadError::Cancelled,
        ]
    }

    #[test]
    fn in_english_each_sentence_is_the_errors_own_words() {
        for error in load_errors() {
            assert_eq!(load_error(&error).render(), error.to_string());
        }
        for error in save_errors() {
            assert_eq!(save_error(&error).render(), error.to_string());
        }
        for error in read_errors() {
            assert_eq!(read_error(&error).render(), error.to_string());
        }
    }

    #[test]
    fn in_estonian_each_sentence_is_estonian_and_keeps_its_values() {
        in_language(Language::Estonian, || {
            for error in load_errors() {
                let said = load_error(&error).render();
                // A syntax error is the parser's own words after the place.
                if !matches!(error, LoadError::Syntax { .. }) {
                    assert_ne!(said, error.to_string());
                }
                assert!(said.starts_with("/plans/visit.ron"), "{said}");
            }
            for error in save_errors() {
                let said = save_error(&error).render();
                assert_ne!(said, error.to_string());
                assert!(said.starts_with("/plans/visit.ron"), "{said}");
            }
            let folder = load_error(&LoadError::IsFolder { path: path() }).render();
            assert_eq!(folder, "/plans/visit.ron: on kaust, mitte plaanifail");
        });
    }
}
