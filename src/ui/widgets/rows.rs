//! The rows of a record's form: a label in the left cell of a grid row and its input in the
//! right, one of each kind for every editor. Each input is named by its label for screen readers
//! (and egui_kittest), and each text field's id is made from its record and label, never its
//! place on screen.

use std::fmt::Debug;
use std::hash::Hash;

use egui::{FontId, Response, Ui};

use super::field_id;
use super::fields::choice_box;
use crate::model::Choice;
use crate::model::limits::{LONG_TEXT_CHARACTERS, SHORT_TEXT_CHARACTERS};
use crate::ui::bidi::TextField;
use crate::ui::native_script_family;
use crate::ui::tokens::Tokens;

/// A text field row of a form, with what sets it apart from the others: several lines, a hint
/// while it is empty, the font for names in their own script.
pub struct TextRow<'v> {
    id: egui::Id,
    label: &'v str,
    value: &'v mut String,
    /// Lines shown; `None` for a single-line field.
    rows: Option<usize>,
    hint: &'v str,
    native: bool,
}

impl<'v> TextRow<'v> {
    /// A single-line field of `record`.
    pub fn single(record: impl Hash + Debug, label: &'v str, value: &'v mut String) -> Self {
        Self {
            id: field_id(record, label),
            label,
            value,
            rows: None,
            hint: "",
            native: false,
        }
    }

    /// A field of `record` three lines high, for notes and addresses.
    pub fn multiline(record: impl Hash + Debug, label: &'v str, value: &'v mut String) -> Self {
        Self {
            rows: Some(3),
            ..Self::single(record, label, value)
        }
    }

    /// What the empty field shows, e.g. an example.
    pub fn hint(mut self, hint: &'v str) -> Self {
        self.hint = hint;
        self
    }

    /// In the font that shapes Arabic, a little larger, for a name in its own script.
    pub fn native(mut self) -> Self {
        self.native = true;
        self
    }

    /// Adds the label and the field as two cells of a grid row and ends the row.
    pub fn show(self, ui: &mut Ui) -> Response {
        let field = match self.rows {
            None => TextField::singleline(self.id, self.value).char_limit(SHORT_TEXT_CHARACTERS),
            Some(rows) => TextField::multiline(self.id, self.value)
                .char_limit(LONG_TEXT_CHARACTERS)
                .desired_rows(rows),
        };
        let field = match self.native {
            true => {
                let size = Tokens::for_ui(ui).text.native_field(ui.style());
                field.font(FontId::new(size, native_script_family()))
            }
            false => field,
        };
        // A label beside a field taller than a line sits at its top.
        let label = match self.rows {
            None => ui.label(self.label),
            Some(_) => top_label(ui, self.label),
        };
        let response = ui
            .add(field.hint_text(self.hint).desired_width(width_to_edge(ui)))
            .labelled_by(label.id);
        crate::ui::focus::form_field(&response);
        ui.end_row();
        response
    }
}

/// As wide as a field can be without running past the edge of what is shown: in a form beside a
/// list, a grid's column can be wider than the editor (a row of several widgets widened it), and
/// a field as wide as the column would end out of sight, cut without its frame.
pub fn width_to_edge(ui: &Ui) -> f32 {
    let to_edge = ui.clip_rect().right() - ui.cursor().left() - ui.spacing().item_spacing.x;
    ui.available_width()
        .min(to_edge)
        .max(ui.spacing().text_edit_width / 3.0)
}

/// A label and a single-line text field of `record`, as two cells of a grid row.
pub fn text_row(
    ui: &mut Ui,
    record: impl Hash + Debug,
    label: &str,
    value: &mut String,
) -> Response {
    TextRow::single(record, label, value).show(ui)
}

/// A label and a multi-line text field of `record`, as two cells of a grid row.
pub fn multiline_row(
    ui: &mut Ui,
    record: impl Hash + Debug,
    label: &str,
    value: &mut String,
) -> Response {
    TextRow::multiline(record, label, value).show(ui)
}

/// A label and a text field of `record` for a name in its own script, as two cells of a grid
/// row, in the font that shapes Arabic.
pub fn native_text_row(
    ui: &mut Ui,
    record: impl Hash + Debug,
    label: &str,
    value: &mut String,
) -> Response {
    TextRow::single(record, label, value).native().show(ui)
}

/// A label and a drop-down of a [`Choice`], as two cells of a grid row. True when changed.
pub fn choice_row<T: Choice>(ui: &mut Ui, label: &str, value: &mut T) -> bool {
    let label = ui.label(label);
    let changed = choice_box(ui, label.id, value);
    ui.end_row();
    changed
}

/// A label and, in the right cell, what `input` adds (told the label's id, to name itself by),
/// as a grid row: for pickers and other inputs of their own.
pub fn input_row<R>(ui: &mut Ui, label: &str, input: impl FnOnce(&mut Ui, egui::Id) -> R) -> R {
    let label = ui.label(label);
    let inner = input(ui, label.id);
    ui.end_row();
    inner
}

/// [`input_row`] for an input taller than a line (a list of names), its label at the top.
pub fn tall_input_row<R>(
    ui: &mut Ui,
    label: &str,
    input: impl FnOnce(&mut Ui, egui::Id) -> R,
) -> R {
    let label = top_label(ui, label);
    let inner = input(ui, label.id);
    ui.end_row();
    inner
}

/// A grid label at the top of its row, for rows taller than a line.
fn top_label(ui: &mut Ui, text: &str) -> Response {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.label(text)
    })
    .inner
}
