//! Undo and redo by snapshots. A snapshot shares the state of the plan it keeps; the edit after
//! it copies only the `Arc` pointers to the records, so it stays cheap on a plan of 10,000
//! people.

use std::sync::Arc;

use crate::lang::Message;
use crate::model::Plan;

/// The name of an undo step ("Undo <name>" in the Edit menu): a message, rendered in the
/// window's language each time it is shown, or text already written (a view's step named before
/// it was a message).
#[derive(Clone, Debug, PartialEq)]
pub enum StepName {
    Text(String),
    Message(Message),
}

impl StepName {
    /// The name in the current language.
    pub fn render(&self) -> String {
        match self {
            StepName::Text(text) => text.clone(),
            StepName::Message(message) => message.render(),
        }
    }
}

impl Default for StepName {
    fn default() -> Self {
        StepName::Text(String::new())
    }
}

impl From<Message> for StepName {
    fn from(message: Message) -> Self {
        StepName::Message(message)
    }
}

impl From<&StepName> for StepName {
    fn from(name: &StepName) -> Self {
        name.clone()
    }
}

impl From<String> for StepName {
    fn from(text: String) -> Self {
        StepName::Text(text)
    }
}

impl From<&String> for StepName {
    fn from(text: &String) -> Self {
        StepName::Text(text.clone())
    }
}

impl From<&str> for StepName {
    fn from(text: &str) -> Self {
        StepName::Text(text.to_owned())
    }
}

impl From<std::borrow::Cow<'_, str>> for StepName {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        StepName::Text(text.into_owned())
    }
}

/// A state of the plan, with the revision number it had, so that undoing back to the saved
/// state makes the document clean again.
#[derive(Clone)]
pub struct Snapshot {
    pub plan: Arc<Plan>,
    pub revision: super::Revision,
    /// What the change that left this state did, e.g. "edit visit" (shown as "Undo edit visit").
    pub label: StepName,
}

/// Edits that continue one another (typing in the same field without a pause) become one step.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Continuation {
    key: egui::Id,
    at: f64,
}

/// Typing that pauses this long starts a new undo step: a run of keystrokes is closer together
/// than this, and edits a second apart are edits of their own.
const TYPING_PAUSE_SECONDS: f64 = 0.8;

#[derive(Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    continuation: Option<Continuation>,
}

impl History {
    /// Records the state before an edit. Returns false when the edit continues the previous one
    /// (same field, no pause), whose snapshot already holds the state to return to.
    pub fn record(&mut self, before: Snapshot, coalesce: Option<egui::Id>, now: f64) -> bool {
        let continues = match (coalesce, self.continuation) {
            (Some(key), Some(last)) => last.key == key && now - last.at < TYPING_PAUSE_SECONDS,
            _ => false,
        };
        self.continuation = coalesce.map(|key| Continuation { key, at: now });
        self.redo.clear();
        if continues {
            return false;
        }
        self.undo.push(before);
        true
    }

    /// Swaps `current` for the state before the last edit; `None` when there is nothing to undo.
    pub fn undo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let previous = self.undo.pop()?;
        self.continuation = None;
        self.redo.push(Snapshot {
            label: previous.label.clone(),
            ..current
        });
        Some(previous)
    }

    pub fn redo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let next = self.redo.pop()?;
        self.continuation = None;
        self.undo.push(Snapshot {
            label: next.label.clone(),
            ..current
        });
        Some(next)
    }

    pub fn undo_label(&self) -> Option<&StepName> {
        self.undo.last().map(|snapshot| &snapshot.label)
    }

    pub fn redo_label(&self) -> Option<&StepName> {
        self.redo.last().map(|snapshot| &snapshot.label)
    }

    /// Ends the current run of typing, so that the next keystroke starts a new step.
    pub fn break_continuation(&mut self) {
        self.continuation = None;
    }

    /// Told which widget has the keyboard focus after each frame: leaving the field typed into
    /// ends its step, even when the planner comes straight back to it.
    pub fn focus_is_on(&mut self, focused: Option<egui::Id>) {
        if self
            .continuation
            .is_some_and(|last| Some(last.key) != focused)
        {
            self.continuation = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot() -> Snapshot {
        Snapshot {
            plan: Arc::new(Plan::empty(
                jiff::civil::date(2027, 3, 22),
                "Europe/Tallinn",
            )),
            revision: super::super::Revision::numbered(0),
            label: "edit".into(),
        }
    }

    fn steps(history: &History) -> usize {
        history.undo.len()
    }

    #[test]
    fn keystrokes_close_together_in_one_field_are_one_step() {
        let title = egui::Id::unique("title");
        let mut history = History::default();
        for at in [0.0, 0.2, 0.4, 0.7, 1.1] {
            history.record(snapshot(), Some(title), at);
            history.focus_is_on(Some(title));
        }
        assert_eq!(steps(&history), 1);
    }

    #[test]
    fn a_pause_of_a_second_starts_a_new_step() {
        let title = egui::Id::unique("title");
        let mut history = History::default();
        for at in [0.0, 0.2, 1.2, 1.3, 2.3] {
            history.record(snapshot(), Some(title), at);
        }
        assert_eq!(steps(&history), 3);
    }

    #[test]
    fn leaving_the_field_and_coming_back_starts_a_new_step() {
        let title = egui::Id::unique("title");
        let mut history = History::default();
        history.record(snapshot(), Some(title), 0.0);
        history.focus_is_on(Some(egui::Id::unique("purpose")));
        history.focus_is_on(Some(title));
        history.record(snapshot(), Some(title), 0.1);
        assert_eq!(steps(&history), 2);
    }
}
