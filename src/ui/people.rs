//! The people view.

use egui::Ui;

use super::{View, lists};
use crate::app::AttacheApp;

/// What the people view remembers between frames (filters, sort order, the record being edited).
#[derive(Clone, Debug, Default)]
pub struct PeopleState {}

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    lists::show(app, View::People, ui);
}
