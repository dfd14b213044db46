//! The plan being edited, where it lives on disk, its history and what is derived from it.

use std::path::{Path, PathBuf};

use super::change::Change;
use super::history::{History, Snapshot};
use crate::check::{self, Problem};
use crate::model::schedule::Schedule;
use crate::model::search::SearchIndex;
use crate::model::{Plan, PlanIndex};

/// What is computed from the plan: recomputed when the plan's revision changes, not per frame.
pub struct Derived {
    revision: u64,
    pub index: PlanIndex,
    pub problems: Vec<Problem>,
    pub error_count: usize,
    /// The day the problems were found on (overdue actions, events still to come): the problems
    /// are found again when the plan changes or the day does.
    pub today: jiff::civil::Date,
    /// Folded text of each person and organisation, for the search boxes.
    pub search: SearchIndex,
    /// The events' real instants and the agenda by day in the host and home zones.
    pub schedule: Schedule,
    /// The overview's counts.
    pub summary: crate::model::PlanSummary,
}

impl Derived {
    /// `search` is the search index of the plan before (or empty): the text of records that did
    /// not change is kept, not folded again.
    fn of(plan: &Plan, revision: u64, today: jiff::civil::Date, search: SearchIndex) -> Self {
        let problems = check::check(plan, today);
        let index = PlanIndex::new(plan);
        Self {
            revision,
            search: SearchIndex::update(search, plan, &index),
            schedule: Schedule::of(plan),
            summary: crate::model::PlanSummary::of(plan),
            index,
            error_count: check::count_errors(&problems),
            problems,
            today,
        }
    }
}

/// Today's date where the planner is.
fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

pub struct Document {
    plan: Plan,
    /// Where the plan is saved; `None` until it is saved for the first time.
    path: Option<PathBuf>,
    /// Names the current state of the plan; every change gets a number never used before.
    revision: u64,
    last_revision: u64,
    /// The revision that matches the file on disk (or the untouched untitled plan).
    saved_revision: u64,
    history: History,
    derived: Derived,
}

impl Document {
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let derived = Derived::of(&plan, 0, today(), SearchIndex::default());
        Self {
            plan,
            path,
            revision: 0,
            last_revision: 0,
            saved_revision: 0,
            history: History::default(),
            derived,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// The plan's name for the title bar and dialogs: the file name, or the visit's title.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string()),
            None if self.plan.visit.title.trim().is_empty() => "Untitled plan".to_owned(),
            None => format!("{} (unsaved)", self.plan.visit.title.trim()),
        }
    }

    /// Applies a change as one undoable step, or as part of the step before it when `coalesce`
    /// names the same field typed into a moment ago.
    pub fn apply(&mut self, change: Change, label: &str, coalesce: Option<egui::Id>, now: f64) {
        let before = self.snapshot(label);
        self.history.record(before, coalesce, now);
        change.apply(&mut self.plan);
        self.last_revision += 1;
        self.revision = self.last_revision;
    }

    pub fn undo(&mut self) -> bool {
        let current = self.snapshot("");
        match self.history.undo(current) {
            Some(previous) => self.restore(previous),
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        let current = self.snapshot("");
        match self.history.redo(current) {
            Some(next) => self.restore(next),
            None => false,
        }
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Marks the current state as the one on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_revision = self.revision;
        self.history.break_continuation();
    }

    /// Brings what is derived from the plan up to date, if the plan changed since.
    pub fn refresh_derived(&mut self) {
        let today = today();
        if self.derived.revision != self.revision || self.derived.today != today {
            let search = std::mem::take(&mut self.derived.search);
            self.derived = Derived::of(&self.plan, self.revision, today, search);
        }
    }

    /// What is derived from the plan, as of the last [`Self::refresh_derived`].
    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    fn snapshot(&self, label: &str) -> Snapshot {
        Snapshot {
            plan: self.plan.clone(),
            revision: self.revision,
            label: label.to_owned(),
        }
    }

    fn restore(&mut self, snapshot: Snapshot) -> bool {
        self.plan = snapshot.plan;
        self.revision = snapshot.revision;
        true
    }
}
