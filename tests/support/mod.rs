//! What the tests share: stand-ins for the file dialogs, harnesses, the keys and fields a planner
//! uses, small plans, the command line and the property tests' strategies.

#![allow(dead_code, reason = "each test file uses the part it needs")]

pub mod command_line;
pub mod html;
pub mod strategies;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};

use attache::app::View;
use attache::app::{
    AttacheApp, DialogAnswer, Document, FileDialogs, FileKind, LanguageSetting, Settings,
};
use attache::file;
use attache::lang::Language;
use attache::model::Plan;
use attache::window::Window;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::civil::date;

/// What the dialogs were asked for, in order, e.g. "save a plan as visit.ron".
pub type Asked = Arc<Mutex<Vec<String>>>;

/// Stands in for the user at the file dialogs: answers from a script, in order, and remembers
/// what each dialog asked for.
#[derive(Default)]
pub struct ScriptedDialogs {
    answers: VecDeque<DialogAnswer>,
    asked: Asked,
}

impl ScriptedDialogs {
    pub fn answering(answers: impl IntoIterator<Item = DialogAnswer>) -> Box<Self> {
        Box::new(Self {
            answers: answers.into_iter().collect(),
            ..Default::default()
        })
    }

    pub fn none() -> Box<Self> {
        Self::answering([])
    }

    /// What the dialogs are asked for, shared with the stand-in so it can be read after the
    /// stand-in has gone to the app.
    pub fn asked(&self) -> Asked {
        self.asked.clone()
    }

    fn next(&mut self, asked: String) -> Receiver<DialogAnswer> {
        self.asked.lock().unwrap().push(asked);
        let (sender, receiver) = channel();
        sender
            .send(
                self.answers
                    .pop_front()
                    .expect("the test scripted an answer for this dialog"),
            )
            .unwrap();
        receiver
    }
}

impl FileDialogs for ScriptedDialogs {
    fn pick_plan(&mut self, _repaint: egui::Context) -> Receiver<DialogAnswer> {
        self.next("open a plan".into())
    }
    fn pick_save_path(&mut self, name: String, _repaint: egui::Context) -> Receiver<DialogAnswer> {
        self.next(format!("save a plan as {name}"))
    }
    fn pick_file_to_read(
        &mut self,
        kind: FileKind,
        _repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        self.next(format!("{} [{}]", kind.title, kind.filter))
    }
    fn pick_file_to_write(
        &mut self,
        kind: FileKind,
        name: String,
        _repaint: egui::Context,
    ) -> Receiver<DialogAnswer> {
        self.next(format!("{} [{}] as {name}", kind.title, kind.filter))
    }
    /// Opens no browser: remembers the page as "show in browser PATH".
    fn show_in_browser(&mut self, path: &Path) -> std::io::Result<()> {
        self.asked
            .lock()
            .unwrap()
            .push(format!("show in browser {}", path.display()));
        Ok(())
    }
}

/// For tests that open no file dialog: any that is opened is cancelled.
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_plan(&mut self, _repaint: egui::Context) -> Receiver<DialogAnswer> {
        cancelled()
    }
    fn pick_save_path(&mut self, _name: String, _repaint: egui::Context) -> Receiver<DialogAnswer> {
        cancelled()
    }
    /// Opens no browser, and says so.
    fn show_in_browser(&mut self, _path: &Path) -> std::io::Result<()> {
        Err(std::io::Error::other("no browser in this test"))
    }
}

fn cancelled() -> Receiver<DialogAnswer> {
    let (sender, receiver) = channel();
    sender.send(DialogAnswer::Cancelled).unwrap();
    receiver
}

pub fn plan_titled(title: &str) -> Plan {
    let mut plan = Plan::empty(date(2027, 3, 21), "Europe/Tallinn");
    plan.visit.title = title.to_owned();
    plan.visit.home_zone = "Asia/Baghdad".to_owned();
    plan
}

pub fn write_plan(folder: &Path, name: &str, title: &str) -> PathBuf {
    let path = folder.join(name);
    file::save(&plan_titled(title), &path).unwrap();
    path
}

/// The window of `app`, 1200 by 800, after its first frame.
pub fn harness(app: impl Into<Window>) -> Harness<'static, Window> {
    harness_sized(app, 1200.0, 800.0)
}

/// The window of `app`, `width` by `height`, after its first frame.
pub fn harness_sized(app: impl Into<Window>, width: f32, height: f32) -> Harness<'static, Window> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_ui_state(|ui, window: &mut Window| window.show(ui), app.into());
    harness.run();
    harness
}

/// Settings as on a first start, but in English whatever the machine's language: the tests find
/// widgets by their English labels.
pub fn english_settings() -> Settings {
    Settings {
        language: LanguageSetting::Chosen(Language::English),
        ..Settings::default()
    }
}

/// Settings as on a first start with Arabic chosen: the window reads from the right.
pub fn arabic_settings() -> Settings {
    Settings {
        language: LanguageSetting::Chosen(Language::Arabic),
        ..Settings::default()
    }
}

/// The text of message `id` in Arabic, to find a widget by its Arabic label.
pub fn arabic(id: &'static str) -> String {
    attache::lang::in_language(Language::Arabic, || attache::lang::text(id).to_owned())
}

pub fn app_on(path: Option<PathBuf>, dialogs: Box<ScriptedDialogs>) -> AttacheApp {
    AttacheApp::new(english_settings(), path, dialogs)
}

/// The app on `plan` (not saved anywhere) showing `view`, with no file dialogs.
pub fn app_showing(plan: Plan, view: View) -> AttacheApp {
    app_showing_in(english_settings(), plan, view)
}

/// [`app_showing`] with `settings` (another language, a theme).
pub fn app_showing_in(settings: Settings, plan: Plan, view: View) -> AttacheApp {
    let mut app = AttacheApp::new(settings, None, Box::new(NoDialogs));
    app.document = Document::new(plan, None);
    app.settings.view = view;
    app
}

/// The window on `plan` showing `view`, 1400 by 900: wide enough for a table beside its editor.
pub fn harness_on(plan: Plan, view: View) -> Harness<'static, Window> {
    harness_sized(app_showing(plan, view), 1400.0, 900.0)
}

/// The plan as the window holds it now.
pub fn plan_of(harness: &Harness<'_, Window>) -> Plan {
    harness.state().app.document.plan().clone()
}

/// The text in the field labelled `label`.
pub fn field_value(harness: &Harness<'_, Window>, label: &str) -> String {
    harness.get_by_label(label).value().unwrap_or_default()
}

/// Whether something labelled `label` is on screen.
pub fn shown(harness: &Harness<'_, Window>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

/// Presses `key`, then lets the window draw a frame.
pub fn press(harness: &mut Harness<'_, Window>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Presses `key` with `modifiers` held, then lets the window draw a frame.
pub fn press_with(harness: &mut Harness<'_, Window>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// The keyboard shortcut Ctrl+`key` (Cmd+`key` on a Mac).
pub fn shortcut(harness: &mut Harness<'_, Window>, key: Key) {
    press_with(harness, Modifiers::COMMAND, key);
}

pub fn click(harness: &mut Harness<'_, Window>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks each item of `path` in turn, e.g. `["File", "Open…"]`.
pub fn click_menu(harness: &mut Harness<'_, Window>, path: &[&str]) {
    for item in path {
        harness.get_by_label(item).click();
        harness.run();
    }
}

/// Types `text` at the end of the field labelled `label`.
pub fn type_into(harness: &mut Harness<'_, Window>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Types `text` wherever the keyboard focus is, as a planner who does not click first.
pub fn type_at_focus(harness: &mut Harness<'_, Window>, text: &str) {
    harness.event(egui::Event::Text(text.to_owned()));
    harness.run();
    harness.run();
}

/// Empties the field labelled `field`: clicks it, selects all and deletes.
pub fn clear(harness: &mut Harness<'_, Window>, field: &str) {
    harness.get_by_label(field).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
}

/// Replaces what the field labelled `label` holds with `text`.
pub fn retype(harness: &mut Harness<'_, Window>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Whether some text on screen (a label's value) starts with `start`.
pub fn text_shown_starting_with(harness: &Harness<'_, Window>, start: &str) -> bool {
    harness
        .query_all(
            egui_kittest::kittest::by()
                .predicate(|node| node.value().is_some_and(|value| value.starts_with(start))),
        )
        .next()
        .is_some()
}

/// Whether some text on screen (a node's label or value) contains `part`.
pub fn text_shown_containing(harness: &Harness<'_, Window>, part: &str) -> bool {
    harness
        .query_all(egui_kittest::kittest::by().predicate(|node| {
            node.value().is_some_and(|value| value.contains(part))
                || node.label().is_some_and(|label| label.contains(part))
        }))
        .next()
        .is_some()
}

/// The sample plan with one event an hour later: the first in the host's zone that a member of
/// the visiting delegation takes part in (not a stay, nor all day). Returns the plan, and the
/// event before and after.
pub fn sample_with_a_moved_event() -> (Plan, Arc<attache::model::Event>, Arc<attache::model::Event>)
{
    let mut plan = attache::app::sample_plan();
    let visiting: Vec<_> = plan
        .people
        .iter()
        .filter(|p| p.side == attache::model::Side::Visiting)
        .map(|p| p.id)
        .collect();
    let position = plan
        .events
        .iter()
        .position(|e| {
            !matches!(e.kind, attache::model::EventKind::Stay(_))
                && !e.all_day
                && e.start.zone == plan.visit.host_zone
                && e.participants.iter().any(|id| visiting.contains(id))
        })
        .expect("the sample has an event of the delegation in host time");
    let before = plan.events[position].clone();
    let mut moved = (*before).clone();
    let hour = jiff::SignedDuration::from_hours(1);
    moved.start.wall = moved.start.wall.checked_add(hour).unwrap();
    moved.end.wall = moved.end.wall.checked_add(hour).unwrap();
    let after = Arc::new(moved);
    plan.events[position] = after.clone();
    (plan, before, after)
}

/// "10:00": when an event starts, as the printouts write it.
pub fn start_time(event: &attache::model::Event) -> String {
    event.start.wall.strftime("%H:%M").to_string()
}
