//! The frame around the views: menu bar, navigation, status bar, messages and prompts.

use crate::ui::tokens::Tokens;
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::{
    View, actions, exchange, itinerary, organisations, overview, people, problems, topics,
};
use crate::app::{AttacheApp, Command, DialogPurpose, LoadPurpose};

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const NEW: KeyboardShortcut = shortcut(CTRL, Key::N);
const OPEN: KeyboardShortcut = shortcut(CTRL, Key::O);
const SAVE: KeyboardShortcut = shortcut(CTRL, Key::S);
const SAVE_AS: KeyboardShortcut = shortcut(CTRL_SHIFT, Key::S);
const QUIT: KeyboardShortcut = shortcut(CTRL, Key::Q);
const UNDO: KeyboardShortcut = shortcut(CTRL, Key::Z);
const REDO: KeyboardShortcut = shortcut(CTRL_SHIFT, Key::Z);
const REDO_ALTERNATIVE: KeyboardShortcut = shortcut(CTRL, Key::Y);
const VIEW_KEYS: [Key; 7] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
];

/// Each keyboard shortcut, what it does and its name, for the keys, the menus' hints and
/// Help → Keyboard shortcuts alike. Shift variants first: a plain Ctrl+Z would also match
/// Ctrl+Shift+Z.
const SHORTCUTS: [(KeyboardShortcut, Command, &str); 8] = [
    (SAVE_AS, Command::SaveAs, "Save the plan under another name"),
    (REDO, Command::Redo, "Redo"),
    (REDO_ALTERNATIVE, Command::Redo, "Redo"),
    (UNDO, Command::Undo, "Undo the last change"),
    (NEW, Command::New, "Start a new plan"),
    (OPEN, Command::Open, "Open a plan"),
    (SAVE, Command::Save, "Save the plan"),
    (QUIT, Command::Quit, "Quit"),
];

/// The commands the keyboard shortcuts of this frame ask for. They are taken before the views
/// draw, so Ctrl+Z undoes in the plan even while a text field has the focus.
pub fn shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let mut commands = Vec::new();
    ctx.input_mut(|input| {
        for (keys, command, _) in SHORTCUTS {
            if input.consume_shortcut(&keys) {
                commands.push(command);
            }
        }
        for (view, key) in View::ALL.into_iter().zip(VIEW_KEYS) {
            if input.consume_shortcut(&shortcut(CTRL, key)) {
                commands.push(Command::ShowView(view));
            }
        }
    });
    commands
}

pub fn draw(app: &mut AttacheApp, ui: &mut Ui) {
    egui::Panel::top("menu bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| menu_bar(app, ui));
    });
    egui::Panel::bottom("status bar").show(ui, |ui| status_bar(app, ui));
    egui::Panel::left("navigation")
        .resizable(false)
        .default_size(190.0)
        .show(ui, |ui| navigation(app, ui));
    egui::CentralPanel::default().show(ui, |ui| {
        messages(app, ui);
        super::safety::notices(app, ui);
        match app.settings.view {
            View::Overview => overview::show(app, ui),
            View::Itinerary => itinerary::show(app, ui),
            View::People => people::show(app, ui),
            View::Organisations => organisations::show(app, ui),
            View::Topics => topics::show(app, ui),
            View::Actions => actions::show(app, ui),
            View::Problems => problems::show(app, ui),
        }
    });
    unsaved_prompt(app, ui.ctx());
    opening_progress(app, ui.ctx());
    super::safety::prompts(app, ui.ctx());
    path_prompt(app, ui.ctx());
    exchange::show(app, ui.ctx());
    super::publish::show(app, ui.ctx());
}

fn menu_bar(app: &mut AttacheApp, ui: &mut Ui) {
    let ctx = ui.ctx().clone();
    ui.menu_button("File", |ui| {
        if ui
            .add(egui::Button::new("New").shortcut_text(ctx.format_shortcut(&NEW)))
            .clicked()
        {
            app.send(Command::New);
        }
        if ui
            .add(egui::Button::new("Open…").shortcut_text(ctx.format_shortcut(&OPEN)))
            .clicked()
        {
            app.send(Command::Open);
        }
        ui.menu_button("Open Recent", |ui| recent_files(app, ui));
        ui.separator();
        if ui
            .add(egui::Button::new("Save").shortcut_text(ctx.format_shortcut(&SAVE)))
            .clicked()
        {
            app.send(Command::Save);
        }
        if ui
            .add(egui::Button::new("Save As…").shortcut_text(ctx.format_shortcut(&SAVE_AS)))
            .clicked()
        {
            app.send(Command::SaveAs);
        }
        let can_revert = app.document.path().is_some() && app.document.is_dirty();
        if ui
            .add_enabled(can_revert, egui::Button::new("Revert to Saved"))
            .clicked()
        {
            app.send(Command::Revert);
        }
        ui.separator();
        ui.menu_button("Export", |ui| exchange::export_menu(app, ui));
        ui.menu_button("Import", |ui| exchange::import_menu(app, ui));
        if ui.button("Publish to a Calendar…").clicked() {
            app.send(Command::Publish);
        }
        ui.separator();
        exchange::print_items(app, ui);
        ui.separator();
        if ui
            .add(egui::Button::new("Quit").shortcut_text(ctx.format_shortcut(&QUIT)))
            .clicked()
        {
            app.send(Command::Quit);
        }
    });
    ui.menu_button("Edit", |ui| {
        let undo = app
            .document
            .undo_label()
            .map(|label| format!("Undo {label}"));
        let redo = app
            .document
            .redo_label()
            .map(|label| format!("Redo {label}"));
        let undo_button = egui::Button::new(undo.clone().unwrap_or_else(|| "Undo".into()))
            .shortcut_text(ctx.format_shortcut(&UNDO));
        if ui.add_enabled(undo.is_some(), undo_button).clicked() {
            app.send(Command::Undo);
        }
        let redo_button = egui::Button::new(redo.clone().unwrap_or_else(|| "Redo".into()))
            .shortcut_text(ctx.format_shortcut(&REDO));
        if ui.add_enabled(redo.is_some(), redo_button).clicked() {
            app.send(Command::Redo);
        }
    });
    ui.menu_button("View", |ui| {
        for (view, key) in View::ALL.into_iter().zip(VIEW_KEYS) {
            let button = egui::Button::selectable(app.settings.view == view, view.label())
                .shortcut_text(ctx.format_shortcut(&shortcut(CTRL, key)));
            if ui.add(button).clicked() {
                app.send(Command::ShowView(view));
            }
        }
        ui.separator();
        ui.label("Theme");
        for (theme, label) in [
            (egui::ThemePreference::System, "Follow the system"),
            (egui::ThemePreference::Light, "Light"),
            (egui::ThemePreference::Dark, "Dark"),
        ] {
            if ui
                .add(egui::Button::selectable(app.settings.theme == theme, label))
                .clicked()
            {
                app.send(Command::SetTheme(theme));
            }
        }
    });
    ui.menu_button("Help", |ui| {
        ui.menu_button("Keyboard shortcuts", keyboard_shortcuts);
        ui.menu_button("Getting started", getting_started);
        ui.separator();
        ui.label(RichText::new("Attaché").strong());
        ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
        ui.label(format!(
            "Time zones: IANA database {}, built in, so every machine computes the same times.",
            crate::model::zone_database_version()
        ));
        ui.label("Plans official delegation visits. Plans are saved as .ron files.");
        ui.label("Ctrl+1 … Ctrl+7 switch views; Ctrl+Z undoes, Ctrl+Shift+Z redoes.");
    });
}

/// Help → Keyboard shortcuts: the table the keys themselves are read from, in reading order.
fn keyboard_shortcuts(ui: &mut Ui) {
    let ctx = ui.ctx().clone();
    egui::Grid::new("keyboard shortcuts")
        .num_columns(2)
        .spacing(Tokens::for_ui(ui).space.list_grid)
        .show(ui, |ui| {
            let mut listed = SHORTCUTS.to_vec();
            listed.reverse();
            for (keys, _, what) in listed {
                ui.label(RichText::new(ctx.format_shortcut(&keys)).monospace());
                ui.label(what);
                ui.end_row();
            }
            for (view, key) in View::ALL.into_iter().zip(VIEW_KEYS) {
                ui.label(RichText::new(ctx.format_shortcut(&shortcut(CTRL, key))).monospace());
                ui.label(format!("Show {}", view.label()));
                ui.end_row();
            }
        });
}

/// Help → Getting started: how a plan comes together, in a few steps.
fn getting_started(ui: &mut Ui) {
    ui.set_max_width(460.0);
    for step in [
        "1. Overview: the visit's title, parties, days and the two time zones.",
        "2. People and Organisations: the delegation in order of precedence (People → \
         Delegation list) and the hosts; names in their own script are shown as typed.",
        "3. Itinerary: New event adds an hour after the day's last event; flights depart in one \
         zone and land in another.",
        "4. Topics and Actions: what the delegation studies and what follows up.",
        "5. Problems: clashes, missing hosts and late documents, each one click from its record \
         and marked on the agenda.",
        "6. File → Export or Print for calendars, contacts and the briefing book; File → \
         Publish to a Calendar for the delegation's phones.",
    ] {
        ui.label(step);
    }
}

fn recent_files(app: &mut AttacheApp, ui: &mut Ui) {
    if app.settings.recent_files.is_empty() {
        ui.label("No recent plans");
        return;
    }
    for path in app.settings.recent_files.clone() {
        let shown = path.display().to_string();
        if path.exists() {
            if ui.button(&shown).clicked() {
                app.send(Command::OpenPath(path));
            }
        } else {
            ui.horizontal(|ui| {
                ui.add_enabled(false, egui::Button::new(format!("{shown} (missing)")));
                if ui
                    .button("Remove")
                    .on_hover_text("Remove this missing plan from the list")
                    .clicked()
                {
                    app.send(Command::ForgetRecent(path.clone()));
                }
            });
        }
    }
}

fn navigation(app: &mut AttacheApp, ui: &mut Ui) {
    ui.add_space(Tokens::for_ui(ui).space.medium);
    let plan = app.document.plan();
    let problem_count = app.document.derived().problems.len();
    let counts = [
        None,
        Some(plan.events.len()),
        Some(plan.people.len()),
        Some(plan.organisations.len()),
        Some(plan.topics.len()),
        Some(plan.actions.len()),
        Some(problem_count),
    ];
    let mut chosen = None;
    for (view, count) in View::ALL.into_iter().zip(counts) {
        let text = match count {
            Some(count) => format!("{}  ({count})", view.label()),
            None => view.label().to_owned(),
        };
        let selected = app.settings.view == view;
        let button = egui::Button::selectable(
            selected,
            RichText::new(text).size(Tokens::for_ui(ui).text.row_title),
        )
        .min_size(egui::vec2(ui.available_width(), 28.0));
        if ui.add(button).clicked() {
            chosen = Some(view);
        }
    }
    if let Some(view) = chosen {
        app.send(Command::ShowView(view));
    }
}

fn status_bar(app: &mut AttacheApp, ui: &mut Ui) {
    ui.horizontal(|ui| {
        match app.document.path() {
            Some(path) => ui.label(path.display().to_string()),
            None => ui.label("Untitled, not saved yet"),
        };
        ui.separator();
        if app.document.is_dirty() {
            ui.label(RichText::new("Unsaved changes").strong());
            ui.separator();
        } else if app.document.path().is_some() {
            ui.label("All changes saved");
            ui.separator();
        }
        let derived = app.document.derived();
        let errors = derived.error_count;
        let warnings = derived.problems.len() - errors;
        let mut text = format!(
            "{} · {}",
            super::widgets::count(errors, "error", "errors"),
            super::widgets::count(warnings, "warning", "warnings")
        );
        if derived.checking {
            text.push_str(" · checking…");
        }
        if ui.link(text).clicked() {
            app.send(Command::ShowView(View::Problems));
        }
        if app.dialog_is_open() {
            ui.separator();
            ui.label("A file dialog is open…");
        }
    });
}

fn messages(app: &mut AttacheApp, ui: &mut Ui) {
    let mut dismissed = None;
    for (position, message) in app.messages.iter().enumerate() {
        egui::Frame::new()
            .fill(Tokens::for_ui(ui).color.error.gamma_multiply(0.15))
            .stroke(egui::Stroke::new(1.0, Tokens::for_ui(ui).color.error))
            .corner_radius(4.0)
            .inner_margin(Tokens::for_ui(ui).space.large)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui.button("Dismiss").clicked() {
                        dismissed = Some(position);
                    }
                    ui.add(
                        egui::Label::new(
                            RichText::new(message).color(Tokens::for_ui(ui).color.error),
                        )
                        .wrap(),
                    );
                });
            });
        ui.add_space(Tokens::for_ui(ui).space.small);
    }
    if let Some(position) = dismissed {
        app.messages.remove(position);
    }
}

fn unsaved_prompt(app: &mut AttacheApp, ctx: &egui::Context) {
    let Some(waiting) = &app.unsaved_prompt else {
        return;
    };
    let doing = match waiting {
        Command::Quit => "closing",
        Command::New => "starting a new plan",
        _ => "opening another plan",
    };
    let question = format!(
        "Save the changes to {} before {doing}?",
        app.document.display_name()
    );
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading("Unsaved changes");
        ui.label(question);
        ui.label("If you don't save, your changes will be lost.");
        ui.add_space(Tokens::for_ui(ui).space.large);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(Some(true));
            }
            if ui.button("Don't save").clicked() {
                answer = Some(Some(false));
            }
            if ui.button("Cancel").clicked() {
                answer = Some(None);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(None);
    }
    if let Some(answer) = answer {
        app.answer_unsaved_prompt(answer, ctx);
    }
}

/// While a plan is being read on another thread: how far it has come, and Cancel. Modal, so that
/// no edit is made to the plan about to be replaced.
fn opening_progress(app: &mut AttacheApp, ctx: &egui::Context) {
    let Some(loading) = &app.loading else {
        return;
    };
    let name = loading
        .path()
        .file_name()
        .unwrap_or(loading.path().as_os_str())
        .to_string_lossy()
        .into_owned();
    let (read, total) = loading.bytes();
    let mut cancelled = false;
    egui::Modal::new(egui::Id::unique("opening a plan")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(match loading.purpose {
            LoadPurpose::Open => format!("Opening {name}"),
            LoadPurpose::Reload { .. } => format!("Reading {name} again"),
        });
        if total > 0 && read < total {
            ui.add(
                egui::ProgressBar::new(read as f32 / total as f32).text(format!(
                    "{} of {} MB read",
                    megabytes(read),
                    megabytes(total)
                )),
            );
        } else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Reading the plan…");
            });
        }
        ui.label("The plan you have open stays open until this one is ready.");
        cancelled = ui.button("Cancel").clicked();
    });
    if cancelled {
        app.send(Command::CancelOpening);
    }
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

fn path_prompt(app: &mut AttacheApp, ctx: &egui::Context) {
    let Some(prompt) = &mut app.path_prompt else {
        return;
    };
    let (heading, action, file) = match prompt.purpose {
        DialogPurpose::Open => ("Open a plan", "Open", "plan file"),
        DialogPurpose::SaveAs { .. } => ("Save the plan as", "Save", "plan file"),
        DialogPurpose::Export(_) => ("Export to", "Export", "file"),
        DialogPurpose::Import(_) => ("Import from", "Import", "file"),
    };
    let mut confirmed = false;
    let mut cancelled = false;
    egui::Modal::new(egui::Id::unique("type a path")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(heading);
        ui.label(format!(
            "No file dialog can be shown on this desktop. Type the {file}'s full path instead."
        ));
        let label = ui.label("File path");
        let field = ui
            .add(
                crate::ui::bidi::TextField::singleline(
                    crate::ui::widgets::field_id("prompt", "File path"),
                    &mut prompt.text,
                )
                .desired_width(480.0),
            )
            .labelled_by(label.id);
        if prompt.wants_focus {
            field.request_focus();
            prompt.wants_focus = false;
        }
        if field.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter)) {
            confirmed = true;
        }
        ui.horizontal(|ui| {
            confirmed |= ui.button(action).clicked();
            cancelled = ui.button("Cancel").clicked();
        });
    });
    if cancelled {
        app.path_prompt = None;
    } else if confirmed && !prompt.text.trim().is_empty() {
        let prompt = app.path_prompt.take().expect("checked above");
        app.path_chosen(prompt.purpose, crate::app::typed_path(&prompt.text), ctx);
    }
}
