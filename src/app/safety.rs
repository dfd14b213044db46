//! Keeping the planner's work safe: recovery files after a crash, noticing changes made to the
//! plan's file by other programs, and warning when another window has the same plan open.

use std::path::{Path, PathBuf};

use super::presence::{self, Presence};
use super::recovery::{LeftoverPlan, RecoveryWriter};
use super::{AttacheApp, DialogPurpose, Document, LoadPurpose, Revision};
use crate::file::{self, Expect, Fingerprint};
use crate::lang::Message;
use crate::model::Change;
use crate::model::Plan;
use crate::msg;

/// The undo step of a plan read again from its file.
fn reload() -> Message {
    msg!("app-step-reload-from-disk")
}

/// Unsaved edits are copied to the recovery file once the plan has been quiet this long.
pub const RECOVERY_DELAY_SECONDS: f64 = 3.0;

/// How the plan's file changed behind Attaché's back, and what is being asked about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideChange {
    /// Noticed while the planner has unsaved edits: reload theirs or keep ours?
    WhileEditing,
    /// Noticed on Save: overwrite, save elsewhere or reload?
    OnSave,
}

#[derive(Default)]
pub struct Safeguards {
    recovery: Option<RecoveryWriter>,
    /// Unsaved plans left by windows that did not close cleanly, waiting for Restore or Discard.
    pub leftovers: Vec<LeftoverPlan>,
    presence: Option<Presence>,
    /// The file as Attaché last read or wrote it.
    disk: Option<Fingerprint>,
    pub outside_change: Option<OutsideChange>,
    /// Things the planner should know that are not errors, shown until dismissed.
    pub notices: Vec<Message>,
    /// The revision seen last frame and when it changed, to wait for a quiet moment.
    seen_revision: Option<Revision>,
    changed_at: f64,
    /// The revision in the recovery file, if one was written.
    recovered_revision: Option<Revision>,
    was_focused: bool,
}

impl AttacheApp {
    /// Keeps recovery files and notes of the open plan in `folder` (the app's data folder), and
    /// offers to restore what a window that is no longer running left there.
    pub fn with_data_folder(mut self, folder: &Path) -> Self {
        let recovery_folder = folder.join("recovery");
        let presence = Presence::new(folder);
        self.safeguards.leftovers =
            LeftoverPlan::find(&recovery_folder, &presence::windows_folder(folder));
        self.safeguards.recovery = Some(RecoveryWriter::new(recovery_folder, presence.id()));
        self.safeguards.presence = Some(presence);
        if let Some(path) = self.document.path().map(Path::to_owned) {
            self.announce(&path);
        }
        self
    }

    /// Waits until the recovery file is written (tests, and a clean exit).
    pub fn flush_recovery(&self) {
        if let Some(recovery) = &self.safeguards.recovery {
            recovery.flush();
        }
    }

    /// After a plan was read from `path` (whose bytes were `text`).
    pub(super) fn plan_was_read(&mut self, path: &Path, text: &str) {
        self.safeguards.disk = std::fs::metadata(path)
            .ok()
            .map(|metadata| Fingerprint::of_contents(text.as_bytes(), &metadata));
        self.safeguards.outside_change = None;
        self.announce(path);
        self.let_go_of_recovery();
    }

    /// After the plan was written to `path`, as `written`.
    pub(super) fn plan_was_written(&mut self, path: &Path, written: Fingerprint) {
        let was_open_here = self.document.path() == Some(path);
        self.safeguards.disk = Some(written);
        self.safeguards.outside_change = None;
        if !was_open_here {
            self.announce(path);
        }
        self.let_go_of_recovery();
    }

    /// After the plan was put away for a new, untitled one.
    pub(super) fn plan_was_closed(&mut self) {
        self.safeguards.disk = None;
        self.safeguards.outside_change = None;
        if let Some(presence) = &self.safeguards.presence {
            presence.withdraw();
        }
        self.let_go_of_recovery();
    }

    /// What a save to the plan's own file expects to find there: the version read or written
    /// last (or no file, if it was gone when last looked at), so that another program's change
    /// is never overwritten unasked. A save to another file replaces what is there: the file
    /// dialog asked.
    pub(super) fn expected_on_disk(&self, path: &Path) -> Expect {
        if self.document.path() != Some(path) {
            return Expect::Anything;
        }
        match self.safeguards.disk {
            Some(fingerprint) => Expect::Version(fingerprint),
            None => Expect::Nothing,
        }
    }

    /// The planner let the unsaved edits go ("Don't save", or a new plan in their place).
    pub(super) fn let_go_of_recovery(&mut self) {
        if self.safeguards.recovered_revision.take().is_some()
            && let Some(recovery) = &self.safeguards.recovery
        {
            recovery.delete();
        }
    }

    /// Whether saving to `path` would overwrite changes another program made to it.
    pub(super) fn would_overwrite_outside_changes(&self, path: &Path) -> bool {
        self.document.path() == Some(path)
            && self
                .safeguards
                .disk
                .is_some_and(|disk| disk.differs_from_disk(path))
    }

    /// The planner's answer when the file changed on disk: reload it (their edits become one
    /// undoable step), keep their version, or save it elsewhere.
    pub(super) fn answer_outside_change(
        &mut self,
        answer: OutsideChangeAnswer,
        ctx: &egui::Context,
    ) {
        self.safeguards.outside_change = None;
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return;
        };
        match answer {
            OutsideChangeAnswer::Reload => self.load(
                path,
                LoadPurpose::Reload {
                    label: reload(),
                    notice: None,
                },
            ),
            OutsideChangeAnswer::KeepMine => {
                // The planner knows; ask again only if the file changes once more.
                self.safeguards.disk = Fingerprint::of_file(&path);
            }
            OutsideChangeAnswer::Overwrite => {
                // Overwrite what is there now; if it changes once more before this save, ask
                // again.
                self.safeguards.disk = Fingerprint::of_file(&path);
                self.save_to(path);
            }
            OutsideChangeAnswer::SaveElsewhere => {
                self.start_dialog(DialogPurpose::SaveAs { then: None }, ctx);
            }
            // Nothing is saved; the next save asks again.
            OutsideChangeAnswer::Cancel => {}
        }
    }

    /// Restores (or discards) the first plan a crashed window left.
    pub(super) fn answer_leftover(&mut self, restore: bool) {
        if self.safeguards.leftovers.is_empty() {
            return;
        }
        let leftover = self.safeguards.leftovers.remove(0);
        if !restore {
            leftover.discard();
            return;
        }
        let recovered = match leftover.load() {
            Ok(plan) => plan,
            Err(error) => {
                self.messages.push(super::sentences::load_error(&error));
                return;
            }
        };
        // The plan as it is on disk, if it is still the version the edits started from, so that
        // they show as unsaved changes to it (and Undo shows what they were).
        let original = leftover.original.clone();
        let started_from = original.as_deref().and_then(|path| {
            let (text, plan) = file::load_with_text(path).ok()?;
            leftover
                .is_started_from(path, &text)
                .then_some((path, text, plan))
        });
        self.document = match started_from {
            Some((path, text, plan)) => {
                let document = Document::new(plan, Some(path.to_owned()));
                self.plan_was_read(path, &text);
                document
            }
            None => {
                // The file there now is another plan, a later version, or one an older note cannot
                // vouch for: a save expects the version the edits started from (or, from an older
                // note, no file), finds another, and asks before replacing it. Where no file is,
                // a save just creates it.
                self.safeguards.disk = original
                    .as_deref()
                    .filter(|path| path.exists())
                    .and(leftover.started_from);
                self.safeguards.outside_change = None;
                Document::new(Plan::empty(jiff::Zoned::now().date(), "UTC"), original)
            }
        };
        self.document.apply(
            Change::Plan(recovered),
            msg!("app-step-restore-unsaved-changes"),
            None,
            0.0,
        );
        leftover.discard();
    }

    /// Once a frame: writes the recovery file after a quiet moment, and looks for outside
    /// changes to the file when the window gets the focus back. Returns whether it changed what
    /// the window shows.
    pub(super) fn keep_safe(&mut self, ctx: &egui::Context) -> bool {
        let now = ctx.input(|input| input.time);
        let focused = ctx.input(|input| input.focused);
        let mut changed_view = false;
        if focused && !self.safeguards.was_focused {
            changed_view = self.look_for_outside_changes();
        }
        self.safeguards.was_focused = focused;

        let revision = self.document.revision();
        if self.safeguards.seen_revision != Some(revision) {
            self.safeguards.seen_revision = Some(revision);
            self.safeguards.changed_at = now;
        }
        if !self.document.is_dirty() {
            self.let_go_of_recovery();
            return changed_view;
        }
        // The window is closing, after a save or "Don't save": the edits left are not wanted.
        if self.close_confirmed {
            return changed_view;
        }
        let Some(recovery) = &self.safeguards.recovery else {
            return changed_view;
        };
        if self.safeguards.recovered_revision == Some(revision) {
            return changed_view;
        }
        let quiet_for = now - self.safeguards.changed_at;
        if quiet_for >= RECOVERY_DELAY_SECONDS {
            // A snapshot copies pointers only; the writing happens on the recovery thread.
            recovery.write(
                self.document.plan().clone(),
                self.document.path(),
                self.safeguards.disk,
            );
            self.safeguards.recovered_revision = Some(revision);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                RECOVERY_DELAY_SECONDS - quiet_for,
            ));
        }
        changed_view
    }

    /// Returns whether it found a change (and reloaded, or asked, or told).
    fn look_for_outside_changes(&mut self) -> bool {
        let Some(path) = self.document.path().map(Path::to_owned) else {
            return false;
        };
        if !self.would_overwrite_outside_changes(&path) || self.safeguards.outside_change.is_some()
        {
            return false;
        }
        if self.document.is_dirty() {
            self.safeguards.outside_change = Some(OutsideChange::WhileEditing);
        } else if path.exists() {
            let notice = msg!("app-notice-reloaded", path = path.display().to_string());
            self.load(
                path,
                LoadPurpose::Reload {
                    label: reload(),
                    notice: Some(notice),
                },
            );
        } else {
            self.safeguards.notices.push(msg!(
                "app-notice-gone-from-disk",
                path = path.display().to_string()
            ));
            self.safeguards.disk = None;
        }
        true
    }

    fn announce(&mut self, path: &Path) {
        let Some(presence) = &self.safeguards.presence else {
            return;
        };
        if presence.announce(path) {
            self.safeguards.notices.push(msg!(
                "app-notice-open-in-another-window",
                path = path.display().to_string()
            ));
        }
    }
}

/// What the planner chose when the plan's file changed on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutsideChangeAnswer {
    Reload,
    KeepMine,
    Overwrite,
    SaveElsewhere,
    Cancel,
}

/// The app's data folder, where recovery files and locks live.
pub fn data_folder() -> Option<PathBuf> {
    eframe::storage_dir("attache")
}
