//! Recovery files: a copy of the unsaved plan, written a few seconds after the last edit into the
//! app's data folder (never beside the plan), so that a crash loses at most those seconds.
//!
//! Each window writes its own pair of files, `ID.plan.ron` and `ID.about.ron`, named after its
//! presence (see [`super::presence`]); a clean save or an explicit "Don't save" deletes them.
//! Files whose window is no longer running (its claim is not held) belong to a window that did not
//! close cleanly, and are offered for restoring; those of a running window never are.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};

use serde::{Deserialize, Serialize};

use super::presence;
use crate::file::{self, Claim, Fingerprint, LoadError};
use crate::model::Plan;

/// What the recovery file says about the plan it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct About {
    /// Where the plan was saved, if it ever was: absolute, with links resolved, so that a window
    /// started in another folder finds the same file. (Notes of older Attachés hold the path as
    /// their window knew it, perhaps relative.)
    original: Option<PathBuf>,
    /// That file as the edits found it, when it was read or saved; absent in older notes.
    #[serde(default)]
    started_from: Option<Fingerprint>,
    written_at: jiff::Timestamp,
}

enum Job {
    Write {
        plan: Box<Plan>,
        about: About,
    },
    Delete,
    /// Answers once every job before it is done (for tests and for a clean exit).
    Flush(Sender<()>),
}

/// The recovery files of this window, written on a background thread.
pub struct RecoveryWriter {
    jobs: Sender<Job>,
}

impl RecoveryWriter {
    /// Writes into `folder` under the name `stem` (the window's presence id).
    pub fn new(folder: PathBuf, stem: &str) -> Self {
        let stem = stem.to_owned();
        let (jobs, queue) = channel::<Job>();
        std::thread::spawn(move || {
            let plan_path = folder.join(format!("{stem}.plan.ron"));
            let about_path = folder.join(format!("{stem}.about.ron"));
            for job in queue {
                match job {
                    Job::Write { plan, about } => {
                        // A failed recovery write must not disturb the planner; the next edit
                        // tries again.
                        let _ = std::fs::create_dir_all(&folder)
                            .and_then(|()| write(&plan_path, file::to_text(&plan).as_bytes()))
                            .and_then(|()| {
                                let about =
                                    ron::to_string(&about).map_err(std::io::Error::other)?;
                                write(&about_path, about.as_bytes())
                            });
                    }
                    Job::Delete => {
                        let _ = std::fs::remove_file(&about_path);
                        let _ = std::fs::remove_file(&plan_path);
                    }
                    Job::Flush(done) => {
                        let _ = done.send(());
                    }
                }
            }
        });
        Self { jobs }
    }

    /// Writes `plan` in the background, with the path it belongs to and the version of that
    /// file its edits started from.
    pub fn write(&self, plan: Plan, original: Option<&Path>, started_from: Option<Fingerprint>) {
        let about = About {
            original: original.map(lasting_path),
            started_from,
            written_at: jiff::Timestamp::now(),
        };
        let _ = self.jobs.send(Job::Write {
            plan: Box::new(plan),
            about,
        });
    }

    /// Deletes this window's recovery files: the plan was saved, or its edits were let go.
    pub fn delete(&self) {
        let _ = self.jobs.send(Job::Delete);
    }

    /// Waits until everything asked so far is on disk.
    pub fn flush(&self) {
        let (done, wait) = channel();
        if self.jobs.send(Job::Flush(done)).is_ok() {
            let _ = wait.recv();
        }
    }
}

/// `path` as any window, started in any folder, finds it: absolute, and with links resolved where
/// the file exists.
fn lasting_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_owned())
}

/// A path and a time: never more than a few KiB.
const MAX_ABOUT_BYTES: u64 = 64 * 1024;

fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    file::write_app_file(path, bytes).map_err(std::io::Error::other)
}

/// Unsaved edits left by a window that did not close cleanly.
#[derive(Debug)]
pub struct LeftoverPlan {
    pub original: Option<PathBuf>,
    /// The version of `original` the edits started from, if the note says.
    pub started_from: Option<Fingerprint>,
    pub written_at: jiff::Timestamp,
    plan_path: PathBuf,
    about_path: PathBuf,
    /// The claim of the window that left them, taken over so that no other window offers them
    /// at the same time.
    claim: Claim,
}

impl LeftoverPlan {
    /// The recovery files in `folder` whose window is gone, newest first. `windows_folder` holds
    /// the windows' claims.
    pub fn find(folder: &Path, windows_folder: &Path) -> Vec<LeftoverPlan> {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return Vec::new();
        };
        let mut found: Vec<LeftoverPlan> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let about_path = entry.path();
                let stem = about_path
                    .file_name()?
                    .to_str()?
                    .strip_suffix(".about.ron")?
                    .to_owned();
                let about = file::read_bounded(&about_path, MAX_ABOUT_BYTES).ok()?;
                let about: About = ron::from_str(std::str::from_utf8(&about).ok()?).ok()?;
                let plan_path = folder.join(format!("{stem}.plan.ron"));
                if !plan_path.exists() {
                    return None;
                }
                // Held by a running window (or taken over by another that offers it already).
                let claim = Claim::take_over(&presence::claim_path(windows_folder, &stem))?;
                presence::forget_gone_window(windows_folder, &stem);
                Some(LeftoverPlan {
                    original: about.original,
                    started_from: about.started_from,
                    written_at: about.written_at,
                    plan_path,
                    about_path,
                    claim,
                })
            })
            .collect();
        found.sort_by_key(|leftover| std::cmp::Reverse(leftover.written_at));
        found
    }

    /// Whether `text`, just read from `path`, is the version the edits started from.
    pub fn is_started_from(&self, path: &Path, text: &str) -> bool {
        match (self.started_from, std::fs::metadata(path)) {
            (Some(started_from), Ok(metadata)) => {
                Fingerprint::of_contents(text.as_bytes(), &metadata).same_contents(&started_from)
            }
            _ => false,
        }
    }

    pub fn load(&self) -> Result<Plan, LoadError> {
        file::load(&self.plan_path)
    }

    /// Deletes the recovery files, and the claim of the window that left them.
    pub fn discard(self) {
        let _ = std::fs::remove_file(&self.about_path);
        let _ = std::fs::remove_file(&self.plan_path);
        self.claim.release();
    }

    /// "study-visit.ron, 27 Nov 2026 at 21:40" for the restore prompt.
    pub fn describe(&self) -> String {
        use crate::lang::format::{self, DateFormat};
        let local = self.written_at.to_zoned(jiff::tz::TimeZone::system());
        let date = format::date(local.date(), DateFormat::DayMonthYear);
        let time = format::time(local.time());
        match &self.original {
            Some(path) => crate::t!(
                "app-leftover",
                name = path.display().to_string(),
                date = date,
                time = time
            ),
            None => crate::t!("app-leftover-untitled", date = date, time = time),
        }
    }
}
