//! What every view is drawn from: the app's state, read-only, the design tokens, and a sender for
//! the commands that change it (the view context of rerun's viewer, adapted).

use std::cell::RefCell;

use super::tokens::Tokens;
use crate::app::{
    Command, Document, Exchange, PathPrompt, PlanLoad, PublishDialog, Safeguards, Selection,
    Settings, ViewAction,
};

/// The app as the views see it this frame. Views read it and [`send`](Self::send) commands;
/// the window runs the commands once the frame is drawn, so nothing changes under a view while
/// it draws.
pub struct ViewContext<'a> {
    /// The plan and what is derived from it.
    pub document: &'a Document,
    /// The view shown, the clock and the theme, the recent plans.
    pub settings: &'a Settings,
    /// The colours, text sizes and spacing of the theme shown.
    pub tokens: Tokens,
    pub selection: Selection,
    /// A command that would discard unsaved changes, waiting for the planner's answer.
    pub unsaved_prompt: Option<&'a Command>,
    /// Load and save errors, shown until dismissed.
    pub messages: &'a [crate::lang::Message],
    pub path_prompt: Option<&'a PathPrompt>,
    /// The import preview, the choice of person for an export, the note that an export was
    /// written.
    pub exchange: &'a Exchange,
    /// Recovery files, outside changes and notices.
    pub safeguards: &'a Safeguards,
    /// A plan being opened on another thread.
    pub loading: Option<&'a PlanLoad>,
    pub publish: Option<&'a PublishDialog>,
    /// Whether a file dialog is open (the window keeps drawing meanwhile).
    pub file_dialog_open: bool,
    /// What the view shown is asked to do in this frame: add a record, find, delete.
    pub view_action: Option<ViewAction>,
    /// Start it empty: `CommandQueue::default()`.
    pub commands: CommandQueue,
}

impl ViewContext<'_> {
    /// Asks for `command`; it runs after the frame is drawn.
    pub fn send(&self, command: Command) {
        self.commands.0.borrow_mut().push(command);
    }

    /// The commands the views sent this frame, in order.
    pub fn into_commands(self) -> Vec<Command> {
        self.commands.0.into_inner()
    }
}

/// The commands sent while a frame is drawn. Views hold the context by shared reference, so the
/// list is behind a `RefCell`; it is only borrowed for the push.
#[derive(Default)]
pub struct CommandQueue(RefCell<Vec<Command>>);
