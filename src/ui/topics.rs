//! The topics view.

use egui::Ui;

use super::{View, lists};
use crate::app::AttacheApp;

/// What the topics view remembers between frames (filters, sort order, the record being edited).
#[derive(Clone, Debug, Default)]
pub struct TopicsState {}

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    lists::show(app, View::Topics, ui);
}
