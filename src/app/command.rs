use std::path::PathBuf;

use super::exchange::{ExportRequest, ImportFormat};
use crate::model::Change;
use crate::ui::View;

/// Everything the planner can ask of the app. Menus, shortcuts and buttons all send these, so
/// undo, the unsaved-changes mark and the title see every change.
#[derive(Clone, Debug)]
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
    /// Publishes with what the Publish dialog holds.
    StartPublishing,
    /// Closes the Publish dialog.
    ClosePublishing,
    ForgetRecent(PathBuf),
    Save,
    SaveAs,
    Revert,
    Quit,
    ShowView(View),
    SetTheme(egui::ThemePreference),
    /// Asks where to write an export, then writes it.
    Export(ExportRequest),
    /// Writes a printable export (the briefing book, the programmes) to a temporary folder and
    /// opens it in the system's browser, where the planner prints it.
    Print(ExportRequest),
    /// Asks for a file to import, then shows what importing it would do.
    Import(ImportFormat),
}

#[derive(Clone, Debug)]
pub struct Edit {
    pub change: Change,
    /// Shown in the Edit menu as "Undo <label>".
    pub label: String,
    /// The field being typed into, so that a run of keystrokes is one undo step.
    pub typing_in: Option<egui::Id>,
}

impl Command {
    pub fn edit(change: Change, label: impl Into<String>) -> Self {
        Self::Edit(Box::new(Edit {
            change,
            label: label.into(),
            typing_in: None,
        }))
    }

    pub fn typing(change: Change, label: impl Into<String>, field: egui::Id) -> Self {
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
