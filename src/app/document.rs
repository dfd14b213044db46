//! The plan being edited, where it lives on disk, its history and what is derived from it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::checker::{Checker, Findings};
use super::history::{History, Snapshot, StepName};
use super::memo::Memo;
use crate::check::{Problem, Subject};
use crate::model::Change;
use crate::model::diff::PlanDiff;
use crate::model::schedule::Schedule;
use crate::model::search::SearchIndex;
use crate::model::{Plan, PlanIndex, PlanSummary};

/// What is computed from the plan, brought up to date when the plan's revision changes, never
/// per frame. An edit updates it record by record (see [`PlanDiff`]), so that one keystroke in a
/// plan of ten thousand people costs what it costs in a plan of ten.
pub struct Derived {
    /// The state of the plan the rest was computed from: what the next state is compared with.
    basis: Arc<Plan>,
    pub index: PlanIndex,
    /// The day the derived data was brought up to date on, for what depends on it (overdue
    /// actions, events still to come).
    pub today: jiff::civil::Date,
    /// Folded text of each person and organisation for the search boxes: see [`Self::search`].
    search: OnceLock<SearchIndex>,
    /// The events' real instants and the agenda by day in the host and home zones.
    pub schedule: Schedule,
    /// The overview's counts.
    pub summary: PlanSummary,
    /// The problems of the plan: of the current state, or of the one before while a large plan
    /// is being checked (see [`Self::checking`]).
    pub problems: Vec<Problem>,
    /// The positions in `problems` of each record's problems (as subject or as the other record
    /// concerned), for marks beside the record.
    pub problems_of: HashMap<Subject, Vec<usize>>,
    pub error_count: usize,
    /// How many times problems were found: changes when the problems do, for what is computed
    /// from them.
    pub problems_found: u64,
    /// Whether the problems listed may be out of date: the checks of a large plan run in the
    /// background.
    pub checking: bool,
}

impl Derived {
    fn of(plan: &Arc<Plan>, today: jiff::civil::Date) -> Self {
        let index = PlanIndex::new(plan);
        Self {
            basis: Arc::clone(plan),
            search: OnceLock::new(),
            schedule: Schedule::of(plan),
            summary: PlanSummary::of(plan),
            index,
            today,
            problems: Vec::new(),
            problems_of: HashMap::new(),
            error_count: 0,
            problems_found: 0,
            checking: true,
        }
    }

    /// Brings everything but the problems up to date with `plan`, from the state it was
    /// computed for.
    fn update(&mut self, plan: &Arc<Plan>, today: jiff::civil::Date) {
        let diff = PlanDiff::between(&self.basis, plan);
        self.index.update(plan, &diff);
        if let Some(search) = self.search.get_mut() {
            search.update(plan, &self.index, &diff);
        }
        if diff.visit_changed || diff.events.is_rearranged() {
            self.schedule = Schedule::of(plan);
        } else {
            self.schedule.update(plan, diff.events.replaced());
        }
        self.summary.update(&self.basis, plan, &diff);
        self.basis = Arc::clone(plan);
        self.today = today;
    }

    /// Folded text of each person and organisation, for the search boxes. Folded the first time
    /// a search needs it rather than when a plan is opened, where it would be a tenth of the
    /// time to open a large plan; then kept up to date edit by edit.
    pub fn search(&self) -> &SearchIndex {
        self.search
            .get_or_init(|| SearchIndex::new(&self.basis, &self.index))
    }

    fn take_findings(&mut self, findings: Findings) {
        self.problems = findings.problems;
        self.problems_of.clear();
        for (position, problem) in self.problems.iter().enumerate() {
            for subject in std::iter::once(problem.subject).chain(problem.also) {
                self.problems_of.entry(subject).or_default().push(position);
            }
        }
        self.error_count = findings.error_count;
        self.problems_found += 1;
    }
}

/// The document derives from its plan as soon as it is made, so there always is a value.
const DERIVED_FROM_THE_START: &str = "derived when the document was made";

/// Today's date where the planner is.
fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

pub struct Document {
    /// Shared with the undo history, the derived data and the background check, each of which
    /// holds a state of the plan: an edit copies the plan's record pointers once, not once for
    /// each of them.
    plan: Arc<Plan>,
    /// Where the plan is saved; `None` until it is saved for the first time.
    path: Option<PathBuf>,
    /// The first revision of this document's range: tells it from every other document.
    identity: Revision,
    /// Names the current state of the plan; every change gets a number never used before.
    revision: Revision,
    /// The last revision given out, undone or not: the next edit's is the one after it.
    last_revision: Revision,
    /// The revision that matches the file on disk (or the untouched untitled plan).
    saved_revision: Revision,
    history: History,
    /// Kept for the revision and the day it was brought up to date for.
    derived: Memo<(Revision, jiff::civil::Date), Derived>,
    checker: Checker,
}

/// One state of one document. Each document numbers its states from a range of its own, so that
/// no two documents of one process (the plan opened after another, two windows in a test) ever
/// share a revision: a revision names the document as well as its state, and caches keyed by it
/// (see [`super::Memo`]), in the views and in egui's memory, cannot answer for one plan with what
/// they found in another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Revision(u64);

impl Revision {
    /// The first revision of a new document, at the start of a range no other document uses.
    fn first() -> Self {
        static DOCUMENTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Revision(DOCUMENTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) << 32)
    }

    /// A revision of a document made up for a test.
    #[cfg(test)]
    pub(crate) fn numbered(number: u64) -> Self {
        Revision(number)
    }

    /// The revision after this one, in the same document's range.
    fn next(self) -> Self {
        Revision(self.0 + 1)
    }
}

impl Document {
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Self {
        let plan = Arc::new(plan);
        let today = today();
        let first = Revision::first();
        let mut checker = Checker::default();
        // Asked first: a large plan is checked on the other core while the rest is derived.
        let findings = checker.request(&plan, first, today);
        let mut derived = Derived::of(&plan, today);
        if let Some(findings) = findings {
            derived.take_findings(findings);
        }
        derived.checking = checker.is_checking();
        Self {
            plan,
            path,
            identity: first,
            revision: first,
            last_revision: first,
            saved_revision: first,
            history: History::default(),
            derived: Memo::new((first, today), derived),
            checker,
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Tells this document from every other of the process: the state of the views belongs to
    /// one document. It is the document's first revision, the start of its range.
    pub fn identity(&self) -> Revision {
        self.identity
    }

    pub fn revision(&self) -> Revision {
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
            None if self.plan.visit.title.trim().is_empty() => {
                crate::t!("app-untitled-plan").to_owned()
            }
            None => crate::t!("app-unsaved-title", title = self.plan.visit.title.trim()),
        }
    }

    /// Applies a change as one undoable step, or as part of the step before it when `coalesce`
    /// names the same field typed into a moment ago.
    pub fn apply(
        &mut self,
        change: Change,
        label: impl Into<StepName>,
        coalesce: Option<egui::Id>,
        now: f64,
    ) {
        let before = self.snapshot(label.into());
        self.history.record(before, coalesce, now);
        change.apply(Arc::make_mut(&mut self.plan));
        self.last_revision = self.last_revision.next();
        self.revision = self.last_revision;
    }

    pub fn undo(&mut self) -> bool {
        let current = self.snapshot(StepName::default());
        match self.history.undo(current) {
            Some(previous) => self.restore(previous),
            None => false,
        }
    }

    pub fn redo(&mut self) -> bool {
        let current = self.snapshot(StepName::default());
        match self.history.redo(current) {
            Some(next) => self.restore(next),
            None => false,
        }
    }

    /// The name of the step Undo takes back, in the current language.
    pub fn undo_label(&self) -> Option<String> {
        self.history.undo_label().map(StepName::render)
    }

    /// The name of the step Redo makes again, in the current language.
    pub fn redo_label(&self) -> Option<String> {
        self.history.redo_label().map(StepName::render)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        self.history.undo_label().is_some()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        self.history.redo_label().is_some()
    }

    /// Told after each frame which widget has the keyboard focus (see [`History::focus_is_on`]).
    pub fn focus_is_on(&mut self, focused: Option<egui::Id>) {
        self.history.focus_is_on(focused);
    }

    /// Marks the current state as the one on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_revision = self.revision;
        self.history.break_continuation();
    }

    /// Brings what is derived from the plan up to date, if the plan or the day changed since,
    /// and takes in the problems a background check has found. `wake` is the window to wake
    /// when a background check of a large plan ends.
    pub fn refresh_derived(&mut self, wake: &egui::Context) {
        let today = today();
        let plan = &self.plan;
        self.derived.update(
            (self.revision, today),
            || Derived::of(plan, today),
            |derived| derived.update(plan, today),
        );
        self.checker.wake(wake);
        let findings = self
            .checker
            .request(&self.plan, self.revision, today)
            .or_else(|| self.checker.receive());
        let derived = self.derived.value_mut().expect(DERIVED_FROM_THE_START);
        if let Some(findings) = findings {
            derived.take_findings(findings);
        }
        derived.checking = self.checker.is_checking();
    }

    /// What is derived from the plan, as of the last [`Self::refresh_derived`].
    pub fn derived(&self) -> &Derived {
        self.derived.value().expect(DERIVED_FROM_THE_START)
    }

    fn snapshot(&self, label: StepName) -> Snapshot {
        Snapshot {
            plan: Arc::clone(&self.plan),
            revision: self.revision,
            label,
        }
    }

    fn restore(&mut self, snapshot: Snapshot) -> bool {
        self.plan = snapshot.plan;
        self.revision = snapshot.revision;
        true
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::check::Subject;
    use crate::model::generate::{PlanSize, generate};
    use crate::model::{EventStatus, Organisation, Person, Side};

    /// Asserts that what the document derived edit by edit is what deriving from scratch gives.
    fn assert_up_to_date(document: &mut Document, wake: &egui::Context, after: &str) {
        document.refresh_derived(wake);
        let derived = document.derived();
        let fresh = Derived::of(&document.plan, derived.today);
        assert_eq!(derived.index, fresh.index, "index after {after}");
        assert_eq!(
            derived.search().people,
            fresh.search().people,
            "search after {after}"
        );
        assert_eq!(
            derived.search().organisations,
            fresh.search().organisations,
            "search after {after}"
        );
        assert_eq!(
            derived.search().protocol,
            fresh.search().protocol,
            "search after {after}"
        );
        assert_eq!(derived.schedule, fresh.schedule, "schedule after {after}");
        assert_eq!(derived.summary, fresh.summary, "summary after {after}");
        assert_eq!(
            derived.problems,
            crate::check::check(document.plan(), derived.today),
            "problems after {after}"
        );
    }

    #[test]
    fn derived_data_kept_up_to_date_edit_by_edit_is_the_data_of_the_plan() {
        let wake = egui::Context::default();
        let plan = generate(PlanSize {
            people: 60,
            events: 30,
            topics: 5,
            seed: 2,
        });
        let mut document = Document::new(plan, None);
        // Folded now, so that every edit after updates it rather than folding it anew.
        document.derived().search();
        let edit = |document: &mut Document, change: Change, label: &str| {
            document.apply(change, label, None, 0.0);
            assert_up_to_date(document, &wake, label);
        };
        let plan = document.plan().clone();

        let mut person = (*plan.people[4]).clone();
        person.name = "Zainab Al-Rubaie".to_owned();
        person.side = Side::Host;
        edit(
            &mut document,
            Change::Person(Arc::new(person)),
            "a person edited",
        );

        let mut organisation = (*plan.organisations[0]).clone();
        organisation.name = "Ministry of Communications".to_owned();
        edit(
            &mut document,
            Change::Organisation(Arc::new(organisation)),
            "an organisation renamed",
        );

        let mut event = (*plan.events[3]).clone();
        event.title = "Briefing at the e-Estonia Briefing Centre".to_owned();
        event.status = EventStatus::Cancelled;
        edit(
            &mut document,
            Change::Event(Arc::new(event)),
            "an event edited",
        );

        let mut event = (*plan.events[5]).clone();
        for end in [&mut event.start, &mut event.end] {
            end.wall = end
                .wall
                .checked_add(jiff::Span::new().days(1).hours(3))
                .unwrap();
        }
        edit(
            &mut document,
            Change::Event(Arc::new(event)),
            "an event moved",
        );

        edit(
            &mut document,
            Change::Person(Arc::new(Person::new("Kadri Tamm"))),
            "a person added",
        );
        edit(
            &mut document,
            Change::Organisation(Arc::new(Organisation::new("RIA"))),
            "an organisation added",
        );
        edit(
            &mut document,
            Change::Delete(Subject::Person(plan.people[7].id)),
            "a person deleted",
        );
        edit(
            &mut document,
            Change::Delete(Subject::Event(plan.events[1].id)),
            "an event deleted",
        );
        edit(
            &mut document,
            Change::MovePerson {
                person: plan.people[2].id,
                to: 0,
            },
            "a person moved up",
        );
        let mut visit = plan.visit.clone();
        visit.last_day = visit
            .last_day
            .checked_add(jiff::Span::new().days(2))
            .unwrap();
        edit(&mut document, Change::Visit(visit), "the visit extended");

        while document.undo() {
            assert_up_to_date(&mut document, &wake, "undo");
        }
        assert_eq!(document.plan(), &plan);
    }
}
