//! The rows of a record's form: a label in the first cell of a grid row and its input in the
//! second (right to left: the input first, its label in the last cell at the right edge), one of
//! each kind for every editor. Each input is named by its label for screen readers
//! (and egui_kittest), and each text field's id is made from its record and label, never its
//! place on screen.

use std::fmt::Debug;
use std::hash::Hash;

use egui::{Align, FontId, Layout, Response, Ui};

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
        let hint = self.hint;
        let response = form_row(ui, self.label, self.rows.is_some(), |ui, label| {
            ui.add(field.hint_text(hint).desired_width(width_to_edge(ui)))
                .labelled_by(label)
        });
        crate::ui::focus::form_field(&response);
        response
    }
}

/// `grid` with the rows `add_rows` adds, laid out from the left as egui's grid must be (in a
/// column read from the right it would start from no edge at all): the form rows put its cells in
/// reading order.
pub fn grid<R>(ui: &mut Ui, grid: egui::Grid, add_rows: impl FnOnce(&mut Ui) -> R) -> R {
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        grid.show(ui, add_rows).inner
    })
    .inner
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
    form_row(ui, label, false, |ui, label| choice_box(ui, label, value))
}

/// A label and, in the right cell, what `input` adds (told the label's id, to name itself by),
/// as a grid row: for pickers and other inputs of their own.
pub fn input_row<R>(ui: &mut Ui, label: &str, input: impl FnOnce(&mut Ui, egui::Id) -> R) -> R {
    form_row(ui, label, false, input)
}

/// A label and the value it names, shown rather than edited (a summary's figures), as a grid
/// row in reading order.
pub fn value_row(ui: &mut Ui, label: &str, value: impl Into<egui::WidgetText>) -> Response {
    form_row(ui, label, false, |ui, label| {
        ui.label(value).labelled_by(label)
    })
}

/// [`input_row`] for an input taller than a line (a list of names), its label at the top.
pub fn tall_input_row<R>(
    ui: &mut Ui,
    label: &str,
    input: impl FnOnce(&mut Ui, egui::Id) -> R,
) -> R {
    form_row(ui, label, true, input)
}

/// How far a letter may reach past the edge of its advance.
const OVERHANG: f32 = 2.0;

/// A grid row of `label` and what `input` adds (told the label's id, to name itself by), in
/// reading order: the label first, so at the right right to left, where the input comes first in
/// the grid (egui's grid runs from the left only) and takes the width the label leaves. A label
/// beside an input taller than a line (`tall`) sits at its top.
fn form_row<R>(
    ui: &mut Ui,
    label: &str,
    tall: bool,
    input: impl FnOnce(&mut Ui, egui::Id) -> R,
) -> R {
    let tokens = Tokens::for_ui(ui);
    // Only a grid's row is mirrored; in a column (a narrow editor puts each label above its
    // field) the label comes first in either direction, at the edge lines start from.
    let in_grid_row = ui.layout().main_dir().is_horizontal();
    if !tokens.is_right_to_left() || !in_grid_row {
        let label = if tall {
            ui.with_layout(tokens.column_layout(), |ui| ui.label(label))
                .inner
        } else {
            ui.label(label)
        };
        let inner = input(ui, label.id);
        ui.end_row();
        return inner;
    }
    let label_id = ui.next_auto_id().with("form label");
    let galley = egui::WidgetText::from(label).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    // The inputs of one form end where its widest label begins, so they line up.
    let widest_key = ui.scope_id().with("widest form label");
    let widest_before = ui
        .data(|data| data.get_temp::<f32>(widest_key))
        .unwrap_or(0.0);
    let widest = widest_before.max(galley.size().x);
    if widest > widest_before {
        ui.data_mut(|data| data.insert_temp(widest_key, widest));
    }
    // A hair's gap at the right edge, so that a letter reaching past its advance (an Arabic
    // initial alef) is not cut by the clip rect.
    let to_edge = ui.clip_rect().right() - OVERHANG - ui.cursor().left();
    let input_width = (to_edge - widest - 2.0 * ui.spacing().item_spacing.x)
        .max(ui.spacing().text_edit_width / 3.0);
    // egui's grid centres a cell in its row's height when it asks for less: the input asks for
    // the height it took the frame before, so that one taller than a line (a list, a wrapped
    // row, a text of several lines) starts at the row's top rather than running into the next.
    let height_key = label_id.with("input height");
    let line = ui.spacing().interact_size.y;
    let height = ui
        .data(|data| data.get_temp::<f32>(height_key))
        .unwrap_or(line)
        .max(line);
    // The input at the cell's right, beside its label, when it is narrower than the cell.
    let shown = ui.allocate_ui_with_layout(
        egui::vec2(input_width, height),
        tokens.column_layout(),
        |ui| {
            ui.set_width(input_width);
            input(ui, label_id)
        },
    );
    let taken = shown.response.rect.height();
    if (taken - height).abs() > 0.5 {
        ui.data_mut(|data| data.insert_temp(height_key, taken));
    }
    // The label's cell, as wide as the widest label, with the label at its right: at the top
    // beside an input of several lines (a text, or a row wrapped at a narrow editor's edge),
    // else in the middle of the row.
    let (_, cell) = ui.allocate_space(egui::vec2(widest, height.max(taken)));
    let size = galley.size();
    let top = if tall || taken > line + 0.5 {
        cell.top()
    } else {
        cell.center().y - size.y / 2.0
    };
    let place = egui::Rect::from_min_size(egui::pos2(cell.right() - size.x, top), size);
    label_with_id(ui, label_id, galley, place);
    ui.end_row();
    shown.inner
}

/// A label with the id `id`, known before it is drawn, so that an input drawn before it (right to
/// left) can be named by it, drawn at `rect`.
fn label_with_id(
    ui: &mut Ui,
    id: egui::Id,
    galley: std::sync::Arc<egui::Galley>,
    rect: egui::Rect,
) -> Response {
    let response = ui.interact(rect, id, egui::Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Label, ui.is_enabled(), galley.text())
    });
    ui.painter()
        .galley(rect.min, galley, ui.visuals().text_color());
    response
}
