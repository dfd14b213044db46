//! The record the planner has just added with an Add button, until they start filling it in.
//!
//! Add sends its commands, which are applied after the frame is drawn: in the frame of the click
//! the editor beside the list still shows the record open before. So the cursor goes not to "the
//! name field" but to the name field *of the new record*, on the first frame its editor draws.
//! Escape, while the new record is still exactly as it was added, takes it away again in one
//! step, so an Add clicked by mistake leaves no "(no name)" behind.

use std::sync::Arc;

use egui::{Key, Response, Ui};

use crate::app::Command;
use crate::model::{Action, Change, Event, Organisation, Person, Subject, Topic};
use crate::ui::context::ViewContext;

/// A record an Add button makes: what names it and the change that adds it.
pub trait AddedRecord: PartialEq + Sized {
    fn subject(&self) -> Subject;
    fn addition(record: Arc<Self>) -> Change;
}

#[derive(Clone, Debug)]
pub struct JustAdded<R> {
    added: Option<Added<R>>,
}

impl<R> Default for JustAdded<R> {
    fn default() -> Self {
        Self { added: None }
    }
}

#[derive(Clone, Debug)]
struct Added<R> {
    record: Arc<R>,
    /// The first field has not been given the focus yet.
    focus_pending: bool,
}

impl<R: AddedRecord> JustAdded<R> {
    /// Adds `record` to the plan as one step named `label`, opens it in its editor and puts the
    /// cursor in its first field.
    pub fn add(&mut self, ctx: &ViewContext, record: R, label: &str) {
        let record = Arc::new(record);
        ctx.send(Command::Select(record.subject()));
        ctx.send(Command::edit(R::addition(record.clone()), label));
        self.added = Some(Added {
            record,
            focus_pending: true,
        });
    }

    /// Puts the focus in `first_field` of `current`'s editor when `current` is the record just
    /// added and its editor draws for the first time.
    pub fn focus_first_field(&mut self, current: &R, first_field: &Response) {
        if let Some(added) = &mut self.added
            && added.record.subject() == current.subject()
            && std::mem::take(&mut added.focus_pending)
        {
            first_field.request_focus();
            first_field.scroll_to_me(None);
        }
    }

    /// In the editor of `current`: Escape removes the record just added while it is as it was
    /// added, as one step. Once the planner changes it, it is an ordinary record.
    pub fn escape_removes_untouched(&mut self, ctx: &ViewContext, ui: &Ui, current: &R) {
        let Some(added) = &self.added else {
            return;
        };
        if added.record.subject() != current.subject() {
            return;
        }
        if *added.record != *current {
            self.added = None;
            return;
        }
        let escape = ui.input(|input| input.key_pressed(Key::Escape));
        if escape && !ui.ctx().any_popup_open() {
            self.added = None;
            ctx.send(Command::ClearSelection);
            ctx.send(Command::edit(
                Change::Delete(current.subject()),
                crate::t!("record-undo-remove-new"),
            ));
        }
    }
}

macro_rules! added_record {
    ($record:ident) => {
        impl AddedRecord for $record {
            fn subject(&self) -> Subject {
                Subject::$record(self.id)
            }
            fn addition(record: Arc<Self>) -> Change {
                Change::$record(record)
            }
        }
    };
}
added_record!(Person);
added_record!(Organisation);
added_record!(Event);
added_record!(Topic);
added_record!(Action);
