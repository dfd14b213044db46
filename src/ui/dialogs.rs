//! The forms of the dialogs, while the planner fills them in. The text typed is the dialog's own
//! state; the command that answers the dialog carries it to the app.

use crate::app::PublishForm;

/// A form that starts afresh each time its dialog opens.
#[derive(Default)]
pub struct Form<T> {
    /// The opening of the dialog the form was filled for.
    opening: u64,
    value: T,
}

impl<T> Form<T> {
    /// The form of the dialog's `opening`, started from `start` when the dialog has just opened;
    /// and whether it has.
    pub fn of(&mut self, opening: u64, start: impl FnOnce() -> T) -> (&mut T, bool) {
        let opened = self.opening != opening;
        if opened {
            self.value = start();
            self.opening = opening;
        }
        (&mut self.value, opened)
    }
}

#[derive(Default)]
pub struct DialogForms {
    /// The path typed where no file dialog can be shown.
    pub path: Form<String>,
    pub publish: Form<PublishForm>,
    /// The text typed to find whose calendar to export; cleared when the choice closes.
    pub person_search: String,
}
