//! Opening a plan on a thread of its own, so that a large plan or a slow disk never freezes the
//! window: it keeps drawing, shows how far the reading has come, and the planner can cancel.
//! The plan open before stays open, edits included, until the new one has loaded.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::Duration;

use crate::file::{self, LoadError, ReadProgress};
use crate::lang::Message;
use crate::model::Plan;

/// A plan that loads in less than this is opened before the frame ends, without a flash of
/// progress; a slower one shows its progress meanwhile.
pub const SHOW_PROGRESS_AFTER: Duration = Duration::from_millis(300);

pub type Loaded = Result<(String, Plan), LoadError>;

/// What the plan read is for.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadPurpose {
    /// A plan to open in place of the one open.
    Open,
    /// The open plan's file read again (Revert, or a change made by another program): it
    /// replaces the plan as one step that Undo takes back (`label`), and `notice` then tells
    /// the planner why, if they did not ask.
    Reload {
        label: Message,
        notice: Option<Message>,
    },
}

/// A plan being read.
pub struct PlanLoad {
    path: PathBuf,
    pub purpose: LoadPurpose,
    progress: Arc<ReadProgress>,
    result: Receiver<Loaded>,
}

impl PlanLoad {
    /// Starts reading and parsing `path` on another thread.
    pub fn start(path: PathBuf, purpose: LoadPurpose) -> Self {
        let progress = Arc::new(ReadProgress::default());
        let (send, result) = channel();
        let reading = (path.clone(), Arc::clone(&progress));
        std::thread::spawn(move || {
            let (path, progress) = reading;
            // Nobody is waiting any more if the load was cancelled or replaced.
            let _ = send.send(file::load_with_progress(&path, &progress));
        });
        Self {
            path,
            purpose,
            progress,
            result,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Bytes read so far and the file's size (0 until it is known).
    pub fn bytes(&self) -> (u64, u64) {
        self.progress.bytes()
    }

    /// The plan, if it has loaded within `patience`.
    pub fn wait(&self, patience: Duration) -> Option<Loaded> {
        match self.result.recv_timeout(patience) {
            Ok(loaded) => Some(loaded),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => Some(Err(self.vanished())),
        }
    }

    /// The plan, if it has loaded by now.
    pub fn poll(&self) -> Option<Loaded> {
        match self.result.try_recv() {
            Ok(loaded) => Some(loaded),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(self.vanished())),
        }
    }

    /// Stops reading; whatever the thread finds is dropped.
    pub fn cancel(self) {
        self.progress.cancel();
    }

    /// The loading thread ended without an answer (it panicked, which loading never should).
    fn vanished(&self) -> LoadError {
        LoadError::Io {
            path: self.path.clone(),
            source: std::io::Error::other("reading stopped unexpectedly"),
        }
    }
}
