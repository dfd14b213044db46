use std::path::PathBuf;

use super::exchange::{ChangesSince, ExportRequest, ImportChoice, ImportFormat};
use super::history::StepName;
use super::publishing::PublishForm;
use super::safety::OutsideChangeAnswer;
use super::settings::EditorShare;
use super::view::View;
use crate::model::{Change, Subject};

/// Everything the planner can ask of the app: edits, navigation and selection, answers to
/// prompts, dismissals and dialogs. Menus, shortcuts and buttons all send these and the window
/// runs them once a frame, after the views are drawn, so undo, the unsaved-changes mark and the
/// title see every change and no view changes the app while it draws.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Edit(Box<Edit>),
    Undo,
    Redo,
    New,
    /// Asks for a plan with the file dialog.
    Open,
    OpenPath(PathBuf),
    /// Stops opening the plan being read; the plan open stays.
    CancelOpening,
    /// Opens File → Publish…, the itinerary to a CalDAV calendar.
    Publish,
    /// Publishes with what the planner filled in the Publish dialog.
    StartPublishing(PublishForm),
    /// Closes the Publish dialog.
    ClosePublishing,
    ForgetRecent(PathBuf),
    Save,
    SaveAs,
    Revert,
    Quit,
    ShowView(View),
    SetTheme(egui::ThemePreference),
    /// The window's language (View → Language); applies from the next frame, edits untouched.
    SetLanguage(super::settings::LanguageSetting),
    /// The digits numbers, dates and times are written with (View → Language).
    SetDigits(crate::lang::Digits),
    /// The divider between a list and its editor was dragged: the editor takes this share of
    /// the width in every view.
    SetEditorShare(EditorShare),
    /// Asks where to write an export, then writes it.
    Export(ExportRequest),
    /// Writes a printable export (the briefing book, the programmes) to a temporary folder and
    /// opens it in the system's browser, where the planner prints it.
    Print(ExportRequest),
    /// File → Mark as issued: keeps a copy of the plan as handed out, beside its file (saving
    /// it first).
    MarkAsIssued,
    /// Opens File → Export → Mark changes since…, to choose the earlier version the briefing
    /// book and the programmes mark their changes against.
    ChooseChangesSince,
    /// Closes Mark changes since… without a new choice.
    CloseChangesSince,
    /// The earlier version the briefing book and the programmes mark their changes against.
    SetChangesSince(ChangesSince),
    /// Asks for a plan file to mark the changes since.
    PickChangesSinceFile,
    /// Asks for a file to import, then shows what importing it would do.
    Import(ImportFormat),
    /// Opens a record in its view: shows the view, selects the record and scrolls to it once.
    ShowRecord(Subject),
    /// Selects a record of the view shown and scrolls to it once.
    Select(Subject),
    /// Selects the record the planner clicked; it is in sight already, so nothing scrolls.
    SelectClicked(Subject),
    ClearSelection,
    /// The view has brought the selected record into sight.
    SelectionInSight,
    /// The planner's answer to "Save changes?".
    AnswerUnsaved(UnsavedAnswer),
    /// The planner's answer when the plan's file changed on disk.
    AnswerOutsideChange(OutsideChangeAnswer),
    /// Restores (or discards) the first plan a crashed window left.
    AnswerLeftover {
        restore: bool,
    },
    /// The path typed into the prompt that stands in for a file dialog.
    PathTyped(String),
    CancelPathPrompt,
    /// Asks whose events File → Export → iCalendar for one person… writes.
    ChoosePersonToExport,
    CancelPersonToExport,
    /// The planner's answer to "Replace this file?", asked before an export replaces a file
    /// that is not an earlier export.
    AnswerReplaceExport {
        replace: bool,
    },
    /// A choice made in the import preview (encoding, columns, a conflict's side).
    ChooseForImport(ImportChoice),
    /// Applies the import shown in the preview, as one undoable step.
    ApplyImport,
    CancelImport,
    Dismiss(Dismissal),
    /// Something the view shown does with its own records: add one, find one, delete the open
    /// one. The view acts on it in the next frame.
    InView(ViewAction),
}

/// What [`Command::InView`] asks of the view shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewAction {
    /// Its Add button: New event, Add person, Add organisation, Add topic, Add action.
    Add,
    /// Puts the cursor in its search box.
    Find,
    /// Asks whether to delete the record open in its editor.
    Delete,
    /// Puts the keyboard in the first field of the record just opened from a problem or a link.
    FocusRecord,
}

/// The answers to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedAnswer {
    Save,
    DontSave,
    Cancel,
}

/// What the planner has read and closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dismissal {
    /// The load or save error at this position of the list.
    Message(usize),
    /// The notice at this position of the list.
    Notice(usize),
    /// The note that an export was written.
    ExportNotice,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub change: Change,
    /// Shown in the Edit menu as "Undo <label>".
    pub label: StepName,
    /// The field being typed into, so that a run of keystrokes is one undo step.
    pub typing_in: Option<egui::Id>,
}

impl Command {
    pub fn edit(change: Change, label: impl Into<StepName>) -> Self {
        Self::Edit(Box::new(Edit {
            change,
            label: label.into(),
            typing_in: None,
        }))
    }

    pub fn typing(change: Change, label: impl Into<StepName>, field: egui::Id) -> Self {
        Self::Edit(Box::new(Edit {
            change,
            label: label.into(),
            typing_in: Some(field),
        }))
    }

    /// Whether the command replaces the open plan, so unsaved changes must be asked about first.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Self::New | Self::Open | Self::OpenPath(_) | Self::Quit
        )
    }
}
