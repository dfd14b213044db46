//! The actions view.

use egui::Ui;

use super::{View, lists};
use crate::app::AttacheApp;

/// What the actions view remembers between frames (filters, sort order, the record being edited).
#[derive(Clone, Debug, Default)]
pub struct ActionsState {}

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    lists::show(app, View::Actions, ui);
}
