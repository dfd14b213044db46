//! What the window's tests share: a stand-in for the file dialogs, a harness, and small plans.

#![allow(dead_code, reason = "each test file uses the part it needs")]

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use attache::app::{AttacheApp, DialogAnswer, FileDialogs, Settings};
use attache::file;
use attache::model::Plan;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::civil::date;

/// Stands in for the user at the file dialogs: answers from a script, in order.
#[derive(Default)]
pub struct ScriptedDialogs {
    answers: VecDeque<DialogAnswer>,
}

impl ScriptedDialogs {
    pub fn answering(answers: impl IntoIterator<Item = DialogAnswer>) -> Box<Self> {
        Box::new(Self {
            answers: answers.into_iter().collect(),
        })
    }

    pub fn none() -> Box<Self> {
        Self::answering([])
    }

    fn next(&mut self) -> Receiver<DialogAnswer> {
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
        self.next()
    }
    fn pick_save_path(&mut self, _name: String, _repaint: egui::Context) -> Receiver<DialogAnswer> {
        self.next()
    }
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

pub fn harness(app: AttacheApp) -> Harness<'static, AttacheApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui_state(|ui, app: &mut AttacheApp| app.show(ui), app);
    harness.run();
    harness
}

pub fn app_on(path: Option<PathBuf>, dialogs: Box<ScriptedDialogs>) -> AttacheApp {
    AttacheApp::new(Settings::default(), path, dialogs)
}

pub fn title_field_value(harness: &Harness<'_, AttacheApp>) -> String {
    harness.get_by_label("Title").value().unwrap_or_default()
}

/// Types `text` at the end of the field labelled `label`.
pub fn type_into(harness: &mut Harness<'_, AttacheApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Whether some text on screen (a label's value) starts with `start`.
pub fn text_shown_starting_with(harness: &Harness<'_, AttacheApp>, start: &str) -> bool {
    harness
        .query_all(
            egui_kittest::kittest::by()
                .predicate(|node| node.value().is_some_and(|value| value.starts_with(start))),
        )
        .next()
        .is_some()
}

/// Whether some text on screen contains `part`.
pub fn text_shown_containing(harness: &Harness<'_, AttacheApp>, part: &str) -> bool {
    harness
        .query_all(egui_kittest::kittest::by().predicate(|node| {
            node.value().is_some_and(|value| value.contains(part))
                || node.label().is_some_and(|label| label.contains(part))
        }))
        .next()
        .is_some()
}
