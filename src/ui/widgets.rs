//! Small labelled inputs. Each input is labelled for screen readers (and for egui_kittest, which
//! finds widgets by their label).

use egui::{Response, TextEdit, Ui};

/// A label and a single-line text field, as two cells of a grid row.
pub fn text_row(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A label and a multi-line text field, as two cells of a grid row.
pub fn multiline_row(ui: &mut Ui, label: &str, value: &mut String) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::multiline(value)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A count with its noun, e.g. "1 event", "3 events".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}
