//! The eframe app: the open document, the commands that change it, dialogs and settings.

mod checker;
mod command;
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
mod settings;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::Receiver;

pub use command::{Command, Edit};
pub use dialogs::{
    DialogAnswer, FileDialogs, FileKind, NativeDialogs, typed_path, with_plan_extension,
};
pub use document::{Derived, Document, Revision};
pub use exchange::{
    Exchange, ExportRequest, ImportFormat, ImportSession, ImportSource, OFFERED_ENCODINGS,
};
pub use loading::{LoadPurpose, PlanLoad, SHOW_PROGRESS_AFTER};
pub use memo::Memo;
pub use publishing::PublishDialog;
pub use recovery::LeftoverPlan;
pub use safety::{OutsideChange, OutsideChangeAnswer, RECOVERY_DELAY_SECONDS, Safeguards};
pub use settings::{PublishedCalendar, STORAGE_KEY, Settings};

use crate::file;
use crate::model::{Change, Plan};
use crate::ui;

/// The sample plan, opened as an untitled copy on first start.
pub const SAMPLE_PLAN: &str = include_str!("../../assets/sample-plan.ron");

/// Opens the window. `requested` is a plan named on the command line.
pub fn run(requested: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Attaché")
            .with_app_id("attache")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 420.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..Default::default()
    };
    let result = eframe::run_native(
        "attache",
        options,
        Box::new(|creation| {
            let settings = creation
                .storage
                .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
                .unwrap_or_default();
            let app = AttacheApp::new(settings, requested, Box::new(NativeDialogs));
            Ok(Box::new(match safety::data_folder() {
                Some(folder) => app.with_data_folder(&folder),
                None => app,
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("attache: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}

/// What a file dialog (or the typed-path prompt standing in for it) was opened for.
#[derive(Clone, Debug)]
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
}

struct PendingDialog {
    purpose: DialogPurpose,
    answers: Receiver<DialogAnswer>,
}

/// Where the planner types a path because no file dialog can be shown.
pub struct PathPrompt {
    pub purpose: DialogPurpose,
    pub text: String,
    /// Set until the field has taken the keyboard focus, so that the planner can type at once.
    pub wants_focus: bool,
}

pub struct AttacheApp {
    pub document: Document,
    pub settings: Settings,
    /// State of the views that is not part of the plan (selection, search text).
    pub view_state: ui::ViewState,
    /// A command that would discard unsaved changes, waiting for Save / Don't save / Cancel.
    pub unsaved_prompt: Option<Command>,
    /// Load and save errors, shown until dismissed.
    pub messages: Vec<String>,
    pub path_prompt: Option<PathPrompt>,
    /// Exports and imports: the import preview waiting for a decision, and the like.
    pub exchange: Exchange,
    dialogs: Box<dyn FileDialogs>,
    pending_dialog: Option<PendingDialog>,
    /// Set once the planner has agreed to close, so the next close request goes through.
    close_confirmed: bool,
    queued: Vec<Command>,
    shown_title: String,
    applied_theme: Option<egui::ThemePreference>,
    look_installed: bool,
    /// Recovery files, outside changes and other windows.
    pub safeguards: Safeguards,
    /// A plan being opened on another thread.
    pub loading: Option<PlanLoad>,
    /// File → Publish…, while its dialog is open.
    pub publish: Option<PublishDialog>,
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
            view_state: ui::ViewState::default(),
            unsaved_prompt: None,
            messages: Vec::new(),
            path_prompt: None,
            exchange: Exchange::default(),
            dialogs,
            pending_dialog: None,
            close_confirmed: false,
            queued: Vec::new(),
            shown_title: String::new(),
            applied_theme: None,
            look_installed: false,
            safeguards: Safeguards::default(),
            loading: None,
            publish: None,
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

    /// Queues a command from the views; it runs after the frame is drawn.
    pub fn send(&mut self, command: Command) {
        self.queued.push(command);
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
                    .apply(edit.change, &edit.label, edit.typing_in, now);
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
                self.view_state = ui::ViewState::default();
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
            Command::Export(request) => self.start_dialog(DialogPurpose::Export(request), ctx),
            Command::Import(format) => self.start_dialog(DialogPurpose::Import(format), ctx),
            Command::Print(request) => self.print(request),
            Command::Publish => self.open_publish_dialog(),
            Command::StartPublishing => self.start_publishing(ctx),
            Command::ClosePublishing => self.publish = None,
        }
    }

    /// The planner's answer to "Save changes?": `Some(true)` Save, `Some(false)` Don't save,
    /// `None` Cancel.
    pub fn answer_unsaved_prompt(&mut self, save: Option<bool>, ctx: &egui::Context) {
        let Some(waiting) = self.unsaved_prompt.take() else {
            return;
        };
        match save {
            None => {}
            Some(false) => {
                self.let_go_of_recovery();
                self.execute_confirmed(waiting, ctx);
            }
            Some(true) => match self.document.path() {
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
    pub fn path_chosen(&mut self, purpose: DialogPurpose, path: PathBuf, ctx: &egui::Context) {
        match purpose {
            DialogPurpose::Open => self.open(path),
            DialogPurpose::SaveAs { then } => {
                if self.save_to(with_plan_extension(path))
                    && let Some(then) = then
                {
                    self.execute_confirmed(*then, ctx);
                }
            }
            DialogPurpose::Export(request) => self.export_to(request, path),
            DialogPurpose::Import(format) => self.read_import(format, path),
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
                let text = self.typed_path_suggestion(&purpose);
                self.path_prompt = Some(PathPrompt {
                    purpose,
                    text,
                    wants_focus: true,
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
                self.messages.push(error.to_string());
                return;
            }
        };
        match loading.purpose {
            LoadPurpose::Open => {
                self.settings.remember(&path);
                self.plan_was_read(&path, &text);
                self.document = Document::new(plan, Some(path));
                self.view_state = ui::ViewState::default();
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
                self.messages.push(error.to_string());
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
                    label: "Revert",
                    notice: None,
                },
            );
        }
    }

    /// One frame: input, views, then the commands they sent.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.look_installed {
            ui::install_fonts(&ctx);
            ui::install_tokens(&ctx);
            self.look_installed = true;
        }
        self.poll_dialog(&ctx);
        self.poll_loading(&ctx);
        self.poll_publishing();
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(self.settings.theme);
            self.applied_theme = Some(self.settings.theme);
        }
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
        // While another plan opens, no shortcut may edit the plan it is about to replace.
        if self.loading.is_none() {
            self.queued.extend(ui::shortcuts(&ctx));
        }

        self.document.refresh_derived(&ctx);
        ui::draw(self, ui);

        // Commands run after the views are drawn; draw once more so that the window shows
        // their effect at once.
        let commands = std::mem::take(&mut self.queued);
        let mut changed_view = !commands.is_empty();
        for command in commands {
            self.execute(command, &ctx);
        }
        changed_view |= self.keep_safe(&ctx);
        if changed_view {
            ctx.request_repaint();
        }
        self.update_title(&ctx);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.document.is_dirty() { "● " } else { "" };
        let title = format!("{mark}{} — Attaché", self.document.display_name());
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

impl eframe::App for AttacheApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The recovery thread may still be deleting the recovery file after "Don't save", or
        // writing it; let it finish before the process ends.
        self.flush_recovery();
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
