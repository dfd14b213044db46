//! The protocol parts of the event editor: the seating plan of a meal or ceremony, the rooms of a
//! stay, the vehicles of a leg by road and the gifts of any event. Each edits the event being
//! edited, so that each button press or choice is one change, one undo step.

mod gifts;
mod rides;
mod rooms;
mod seating;

use egui::{Response, Role, Ui, WidgetInfo};

use crate::app::Document;
use crate::model::{Event, EventKind};

/// What the planner changed, for the undo step's label, and the text field typed in if any (so
/// that typing in one field is one step).
pub(super) struct Edited {
    pub label: &'static str,
    pub typing: Option<egui::Id>,
}

impl Edited {
    fn by(label: &'static str) -> Option<Self> {
        Some(Self {
            label,
            typing: None,
        })
    }

    fn typing(label: &'static str, response: &Response) -> Option<Self> {
        response.changed().then_some(Self {
            label,
            typing: Some(response.id),
        })
    }
}

/// The sections that fit the event's kind, below its fields.
pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    let mut change = None;
    if edited.is_seated() {
        change = change.or(seating::show(ui, document, edited));
    }
    if matches!(edited.kind, EventKind::Stay(_)) {
        change = change.or(rooms::show(ui, document, edited));
    }
    if edited.is_by_road() || !edited.rides.is_empty() {
        change = change.or(rides::show(ui, document, edited));
    }
    change.or(gifts::show(ui, document, edited))
}

/// A small button whose accessible name says in full what it does ("Move seat 2 of Head table
/// left"), for screen readers and tests, where many such buttons share one look.
fn named_button(ui: &mut Ui, text: &str, name: &str) -> Response {
    let response = ui.button(text).on_hover_text(name);
    let name = name.to_owned();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    response
}
