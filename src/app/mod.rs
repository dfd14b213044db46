//! The app's state and what it does: the open document, the commands that change it (and the
//! table that names them), dialogs and settings. The window above runs it; nothing here draws.

mod checker;
mod command;
mod command_table;
mod dialogs;
mod document;
mod exchange;
mod history;
mod loading;
mod memo;
mod presence;
mod printing;
mod publishing;
mod recovery;
mod safety;
mod sentences;
mod settings;
mod view;

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

pub use command::{Command, Dismissal, Edit, UnsavedAnswer, ViewAction};
pub use command_table::{COMMAND_TABLE, Does, Entry, Menu, MenuPlace, Panel, entry_of};
pub use dialogs::{
    DialogAnswer, FileDialogs, FileKind, NativeDialogs, typed_path, with_plan_extension,
};
pub use document::{Derived, Document, Revision};
pub use exchange::{
    ChangesSince, Exchange, ExportRequest, ImportChoice, ImportFormat, ImportSession, ImportSource,
    OFFERED_ENCODINGS,
};
pub use history::StepName;
pub use loading::{LoadPurpose, PlanLoad, SHOW_PROGRESS_AFTER};
pub use memo::Memo;
pub use publishing::{PublishDialog, PublishForm};
pub use recovery::LeftoverPlan;
pub use safety::{
    OutsideChange, OutsideChangeAnswer, RECOVERY_DELAY_SECONDS, Safeguards, data_folder,
};
pub use settings::{EditorShare, LanguageSetting, PublishedCalendar, STORAGE_KEY, Settings};
pub use view::{Selection, View};

use crate::file;
use crate::lang::Message;
use crate::model::{Change, Plan, Subject};
use crate::msg;

/// The sample plan, opened as an untitled copy on first start.
pub const SAMPLE_PLAN: &str = include_str!("../../assets/sample-plan.ron");

/// What a file dialog (or the typed-path prompt standing in for it) was opened for.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogPurpose {
    Open,
    /// Save As; `then` runs once the plan is saved (a New or Quit that waited for the save).
    SaveAs {
        then: Option<Box<Command>>,
    },
    /// Where to write an export.
    Export(ExportRequest),
    /// Which file to import.
    Import(ImportFormat),
    /// Which plan file the briefing book and the programmes mark their changes since.
    ChangesSince,
}

struct PendingDialog {
    purpose: DialogPurpose,
    answers: Receiver<DialogAnswer>,
}

/// Where the planner types a path because no file dialog can be shown.
pub struct PathPrompt {
    pub purpose: DialogPurpose,
    /// The path the field starts with.
    pub suggestion: String,
    /// Tells this prompt from the ones before, so that its field starts afresh.
    pub opening: u64,
}

pub struct AttacheApp {
    pub document: Document,
    pub settings: Settings,
    /// The record opened from a problem, a link or a click.
    pub selection: Selection,
    /// A command that would discard unsaved changes, waiting for Save / Don't save / Cancel.
    pub unsaved_prompt: Option<Command>,
    /// Load and save errors, shown until dismissed (in the window's language of the moment).
    pub messages: Vec<Message>,
    pub path_prompt: Option<PathPrompt>,
    /// Exports and imports: the import preview waiting for a decision, and the like.
    pub exchange: Exchange,
    dialogs: Box<dyn FileDialogs>,
    pending_dialog: Option<PendingDialog>,
    /// Set once the planner has agreed to close, so the next close request goes through.
    close_confirmed: bool,
    queued: Vec<Command>,
    shown_title: String,
    /// How many prompts and dialogs have been opened, to tell each opening from the last.
    openings: u64,
    /// Recovery files, outside changes and other windows.
    pub safeguards: Safeguards,
    /// A plan being opened on another thread.
    pub loading: Option<PlanLoad>,
    /// File → Publish…, while its dialog is open.
    pub publish: Option<PublishDialog>,
    /// What the view shown is asked to do in this frame (a key of the command table).
    pub view_action: Option<ViewAction>,
    /// How long opening waits for a plan before it shows progress instead.
    progress_after: std::time::Duration,
    /// Where printed pages are written for the browser; removed when the app closes.
    print_folder: Option<tempfile::TempDir>,
}

impl AttacheApp {
    pub fn new(
        settings: Settings,
        requested: Option<PathBuf>,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let mut app = Self {
            document: Document::new(sample_plan(), None),
            settings,
            selection: Selection::default(),
            unsaved_prompt: None,
            messages: Vec::new(),
            path_prompt: None,
            exchange: Exchange::default(),
            dialogs,
            pending_dialog: None,
            close_confirmed: false,
            queued: Vec::new(),
            shown_title: String::new(),
            openings: 0,
            safeguards: Safeguards::default(),
            loading: None,
            publish: None,
            view_action: None,
            progress_after: SHOW_PROGRESS_AFTER,
            print_folder: None,
        };
        let to_open = requested.or_else(|| {
            app.settings
                .last_plan()
                .filter(|path| path.exists())
                .map(Path::to_owned)
        });
        if let Some(path) = to_open {
            app.open(path);
        }
        app
    }

    /// Shows the progress of opening a plan after `patience` rather than [`SHOW_PROGRESS_AFTER`]
    /// (zero: always).
    pub fn showing_progress_after(mut self, patience: std::time::Duration) -> Self {
        self.progress_after = patience;
        self
    }

    /// Queues a command from outside the views (a file dropped on the window); it runs with the
    /// views' commands, after the frame is drawn.
    pub fn send(&mut self, command: Command) {
        self.queued.push(command);
    }

    /// A number for a prompt or dialog being opened, never given before.
    fn next_opening(&mut self) -> u64 {
        self.openings += 1;
        self.openings
    }

    /// Runs a command, first asking about unsaved changes when it would discard them.
    pub fn execute(&mut self, command: Command, ctx: &egui::Context) {
        if command.replaces_document() && self.document.is_dirty() {
            self.unsaved_prompt = Some(command);
            return;
        }
        self.execute_confirmed(command, ctx);
    }

    /// Runs a command without asking: the planner has already said what to do with their edits.
    pub fn execute_confirmed(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::Edit(edit) => {
                let now = ctx.input(|input| input.time);
                self.document
                    .apply(edit.change, edit.label, edit.typing_in, now);
            }
            Command::Undo => {
                self.document.undo();
            }
            Command::Redo => {
                self.document.redo();
            }
            Command::New => {
                let today = jiff::Zoned::now().date();
                let zone = jiff::tz::TimeZone::system()
                    .iana_name()
                    .unwrap_or("UTC")
                    .to_owned();
                self.document = Document::new(Plan::empty(today, &zone), None);
                self.plan_was_closed();
            }
            Command::Open => self.start_dialog(DialogPurpose::Open, ctx),
            Command::OpenPath(path) => self.open(path),
            Command::CancelOpening => {
                if let Some(loading) = self.loading.take() {
                    loading.cancel();
                }
            }
            Command::ForgetRecent(path) => self.settings.forget(&path),
            Command::Save => match self.document.path() {
                Some(path) => {
                    let path = path.to_owned();
                    self.save_to(path);
                }
                None => self.start_dialog(DialogPurpose::SaveAs { then: None }, ctx),
            },
            Command::SaveAs => self.start_dialog(DialogPurpose::SaveAs { then: None }, ctx),
            Command::Revert => self.revert(),
            Command::Quit => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Command::ShowView(view) => self.settings.view = view,
            Command::SetTheme(theme) => self.settings.theme = theme,
            Command::SetLanguage(language) => self.settings.language = language,
            Command::SetDigits(digits) => self.settings.digits = digits,
            Command::SetEditorShare(share) => self.settings.editor_share = share,
            Command::Export(request) => self.start_dialog(DialogPurpose::Export(request), ctx),
            Command::Import(format) => self.start_dialog(DialogPurpose::Import(format), ctx),
            Command::Print(request) => self.print(request),
            Command::MarkAsIssued => self.mark_as_issued(ctx),
            Command::ChooseChangesSince => self.open_changes_since(),
            Command::CloseChangesSince => self.exchange.issued = None,
            Command::SetChangesSince(since) => {
                self.exchange.changes_since = since;
                self.exchange.issued = None;
            }
            Command::PickChangesSinceFile => self.start_dialog(DialogPurpose::ChangesSince, ctx),
            Command::Publish => self.open_publish_dialog(),
            Command::StartPublishing(form) => self.start_publishing(form, ctx),
            Command::ClosePublishing => self.publish = None,
            Command::ShowRecord(subject) => {
                self.settings.view = View::of(subject);
                self.select(subject, true);
                self.view_action = Some(ViewAction::FocusRecord);
            }
            Command::Select(subject) => self.select(subject, true),
            Command::SelectClicked(subject) => self.select(subject, false),
            Command::ClearSelection => self.selection = Selection::default(),
            Command::SelectionInSight => self.selection.scroll_to = false,
            Command::AnswerUnsaved(answer) => self.answer_unsaved_prompt(answer, ctx),
            Command::AnswerOutsideChange(answer) => self.answer_outside_change(answer, ctx),
            Command::AnswerLeftover { restore } => self.answer_leftover(restore),
            Command::PathTyped(text) => {
                if let Some(prompt) = self.path_prompt.take() {
                    self.path_chosen(prompt.purpose, typed_path(&text), ctx);
                }
            }
            Command::CancelPathPrompt => self.path_prompt = None,
            Command::ChoosePersonToExport => self.exchange.choosing_person = true,
            Command::CancelPersonToExport => self.exchange.choosing_person = false,
            Command::AnswerReplaceExport { replace } => {
                if let Some((request, path)) = self.exchange.replacing.take()
                    && replace
                {
                    self.export_to(request, path, true);
                }
            }
            Command::ChooseForImport(choice) => {
                if let Some(session) = &mut self.exchange.import {
                    session.choose(choice);
                    session.refresh(&self.document);
                }
            }
            Command::ApplyImport => {
                if let Some(session) = self.exchange.import.take()
                    && let Some((change, label)) = session.change()
                {
                    let now = ctx.input(|input| input.time);
                    self.document.apply(change, label, None, now);
                }
            }
            Command::CancelImport => self.exchange.import = None,
            Command::Dismiss(dismissal) => self.dismiss(dismissal),
            Command::InView(action) => self.view_action = Some(action),
        }
    }

    fn select(&mut self, subject: Subject, scroll_to: bool) {
        self.selection = Selection {
            subject: Some(subject),
            scroll_to,
        };
    }

    fn dismiss(&mut self, dismissal: Dismissal) {
        match dismissal {
            Dismissal::Message(position) if position < self.messages.len() => {
                self.messages.remove(position);
            }
            Dismissal::Notice(position) if position < self.safeguards.notices.len() => {
                self.safeguards.notices.remove(position);
            }
            Dismissal::ExportNotice => self.exchange.notice = None,
            Dismissal::Message(_) | Dismissal::Notice(_) => {}
        }
    }

    /// The planner's answer to "Save changes?".
    fn answer_unsaved_prompt(&mut self, answer: UnsavedAnswer, ctx: &egui::Context) {
        let Some(waiting) = self.unsaved_prompt.take() else {
            return;
        };
        match answer {
            UnsavedAnswer::Cancel => {}
            UnsavedAnswer::DontSave => {
                self.let_go_of_recovery();
                self.execute_confirmed(waiting, ctx);
            }
            UnsavedAnswer::Save => match self.document.path() {
                Some(path) => {
                    let path = path.to_owned();
                    if self.save_to(path) {
                        self.execute_confirmed(waiting, ctx);
                    }
                }
                None => self.start_dialog(
                    DialogPurpose::SaveAs {
                        then: Some(Box::new(waiting)),
                    },
                    ctx,
                ),
            },
        }
    }

    /// Acts on a path chosen in a dialog or typed into the prompt.
    fn path_chosen(&mut self, purpose: DialogPurpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            DialogPurpose::Open => self.open(path),
            DialogPurpose::SaveAs { then } => {
                if self.save_to(with_plan_extension(path))
                    && let Some(then) = then
                {
                    self.execute_confirmed(*then, ctx);
                }
            }
            DialogPurpose::Export(request) => self.export_to(request, path, false),
            DialogPurpose::Import(format) => self.read_import(format, path),
            DialogPurpose::ChangesSince => self.choose_changes_since_file(path),
        }
    }

    /// Whether a file dialog is open (the window keeps drawing meanwhile).
    pub fn dialog_is_open(&self) -> bool {
        self.pending_dialog.is_some()
    }

    fn start_dialog(&mut self, purpose: DialogPurpose, ctx: &egui::Context) {
        let answers = match &purpose {
            DialogPurpose::Open => self.dialogs.pick_plan(ctx.clone()),
            DialogPurpose::SaveAs { .. } => {
                let name = suggested_file_name(&self.document);
                self.dialogs.pick_save_path(name, ctx.clone())
            }
            DialogPurpose::Export(request) => {
                let name = self.suggested_export_name(request);
                self.dialogs
                    .pick_file_to_write(request.file_kind(), name, ctx.clone())
            }
            DialogPurpose::Import(format) => self
                .dialogs
                .pick_file_to_read(format.file_kind(), ctx.clone()),
            DialogPurpose::ChangesSince => self.dialogs.pick_plan(ctx.clone()),
        };
        self.pending_dialog = Some(PendingDialog { purpose, answers });
    }

    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.pending_dialog else {
            return;
        };
        let Ok(answer) = pending.answers.try_recv() else {
            return;
        };
        let purpose = self.pending_dialog.take().expect("checked above").purpose;
        match answer {
            DialogAnswer::Chosen(path) => self.path_chosen(purpose, path, ctx),
            DialogAnswer::Cancelled => {}
            DialogAnswer::Unavailable => {
                let suggestion = self.typed_path_suggestion(&purpose);
                let opening = self.next_opening();
                self.path_prompt = Some(PathPrompt {
                    purpose,
                    suggestion,
                    opening,
                });
            }
        }
    }

    /// Opens the plan at `path`.
    fn open(&mut self, path: PathBuf) {
        self.load(path, LoadPurpose::Open);
    }

    /// Reads the plan at `path` on another thread; the plan open now stays until it has loaded.
    pub(super) fn load(&mut self, path: PathBuf, purpose: LoadPurpose) {
        if let Some(earlier) = self.loading.take() {
            earlier.cancel();
        }
        let loading = PlanLoad::start(path, purpose);
        match loading.wait(self.progress_after) {
            Some(loaded) => self.finish_loading(loading, loaded),
            None => self.loading = Some(loading),
        }
    }

    /// Takes the plan being opened once it has loaded.
    fn poll_loading(&mut self, ctx: &egui::Context) {
        let Some(loading) = &self.loading else {
            return;
        };
        match loading.poll() {
            Some(loaded) => {
                let loading = self.loading.take().expect("checked above");
                self.finish_loading(loading, loaded);
                ctx.request_repaint();
            }
            // Redrawn to show the progress.
            None => ctx.request_repaint_after(std::time::Duration::from_millis(100)),
        }
    }

    fn finish_loading(&mut self, loading: PlanLoad, loaded: loading::Loaded) {
        let path = loading.path().to_owned();
        let (text, plan) = match loaded {
            Ok(loaded) => loaded,
            Err(error) => {
                self.messages.push(sentences::load_error(&error));
                return;
            }
        };
        match loading.purpose {
            LoadPurpose::Open => {
                self.settings.remember(&path);
                self.plan_was_read(&path, &text);
                self.document = Document::new(plan, Some(path));
            }
            LoadPurpose::Reload { label, notice } => {
                self.document.apply(Change::Plan(plan), label, None, 0.0);
                self.document.mark_saved(path.clone());
                self.plan_was_read(&path, &text);
                self.safeguards.notices.extend(notice);
            }
        }
    }

    /// Saves to `path`; on failure the edits stay in memory and the error is shown. A file that
    /// another program changed since it was read is not overwritten: the planner is asked.
    fn save_to(&mut self, path: PathBuf) -> bool {
        // Asked at once when the change is already known; the save itself checks again under the
        // file's lock, for a change made since.
        if self.would_overwrite_outside_changes(&path) {
            self.safeguards.outside_change = Some(OutsideChange::OnSave);
            return false;
        }
        let expect = self.expected_on_disk(&path);
        match file::save_expecting(self.document.plan(), &path, expect) {
            Ok(written) => {
                self.settings.remember(&path);
                self.plan_was_written(&path, written);
                self.document.mark_saved(path);
                true
            }
            Err(file::SaveError::ChangedOnDisk { .. }) if self.document.path() == Some(&path) => {
                self.safeguards.outside_change = Some(OutsideChange::OnSave);
                false
            }
            Err(error) => {
                self.messages.push(sentences::save_error(&error));
                false
            }
        }
    }

    /// Goes back to the file on disk, as one step that Undo takes back.
    fn revert(&mut self) {
        if let Some(path) = self.document.path().map(Path::to_owned) {
            self.load(
                path,
                LoadPurpose::Reload {
                    label: msg!("app-step-revert"),
                    notice: None,
                },
            );
        }
    }

    /// The start of a frame, before the views are drawn: answers from dialogs and threads, a
    /// close request, dropped files, and what is derived from the plan brought up to date.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        self.poll_dialog(ctx);
        self.poll_loading(ctx);
        self.poll_publishing();
        if ctx.input(|input| input.viewport().close_requested())
            && self.document.is_dirty()
            && !self.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.unsaved_prompt = Some(Command::Quit);
        }
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_owned())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.queued.push(Command::OpenPath(path));
        }
        self.document.refresh_derived(ctx);
        if let Some(session) = &mut self.exchange.import {
            session.refresh(&self.document);
        }
    }

    /// Whether the keyboard's shortcuts may run: while another plan opens, none may edit the
    /// plan it is about to replace.
    pub fn takes_shortcuts(&self) -> bool {
        self.loading.is_none()
    }

    /// The end of a frame: runs the commands queued and `sent` this frame, in order, then keeps
    /// the work safe and the title current.
    pub fn end_frame(&mut self, sent: Vec<Command>, ctx: &egui::Context) {
        let mut commands = std::mem::take(&mut self.queued);
        commands.extend(sent);
        // Commands run after the views are drawn; draw once more so that the window shows
        // their effect at once.
        let mut changed_view = !commands.is_empty();
        // The view has had its frame to act on the last one.
        self.view_action = None;
        for command in commands {
            self.execute(command, ctx);
        }
        self.document
            .focus_is_on(ctx.memory(|memory| memory.focused()));
        changed_view |= self.keep_safe(ctx);
        if changed_view {
            ctx.request_repaint();
        }
        self.update_title(ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.document.is_dirty() { "● " } else { "" };
        let title = crate::t!(
            "app-window-title",
            mark = mark,
            name = self.document.display_name()
        );
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// The window's title as last set.
    pub fn title(&self) -> &str {
        &self.shown_title
    }
}

/// The bundled sample plan. It is part of the build and checked by the tests, so it always parses.
pub fn sample_plan() -> Plan {
    file::from_text(SAMPLE_PLAN).expect("the bundled sample plan is valid (tests/sample_plan.rs)")
}

/// The name Save As suggests: the plan's own file name when it has one, else a short one from the
/// visit's title, e.g. "study-visit-to-estonia.ron".
fn suggested_file_name(document: &Document) -> String {
    if let Some(name) = document.path().and_then(Path::file_name) {
        return name.to_string_lossy().into_owned();
    }
    let slug: String = document
        .plan()
        .visit
        .title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    // Whole words, up to a length a file dialog shows without cutting.
    let mut name = String::new();
    for word in slug.split('-').filter(|word| !word.is_empty()) {
        if !name.is_empty()
            && name.chars().count() + 1 + word.chars().count() > FILE_NAME_CHARACTERS
        {
            break;
        }
        if !name.is_empty() {
            name.push('-');
        }
        name.push_str(word);
    }
    if name.is_empty() {
        "plan.ron".to_owned()
    } else {
        format!("{name}.ron")
    }
}

/// How long a suggested file name may be, before its extension.
const FILE_NAME_CHARACTERS: usize = 40;
