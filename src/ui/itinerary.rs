//! The itinerary view.

use egui::Ui;

use super::{View, lists};
use crate::app::AttacheApp;

/// What the itinerary view remembers between frames (filters, sort order, the record being edited).
#[derive(Clone, Debug, Default)]
pub struct ItineraryState {}

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    lists::show(app, View::Itinerary, ui);
}
