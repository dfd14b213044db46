//! Headings: drawn in the reading direction (a visit's or a record's title may be Arabic) and
//! listed by screen readers among the window's headings, at their level, so that a screen-reader
//! user can jump from view to editor to section as a sighted planner's eye does.

use egui::accesskit::Role;
use egui::{Response, RichText, Ui};

use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::tokens::Tokens;

/// A title, as large as egui's headings: a view's (level 1) or a record's at the top of its
/// editor (level 2).
pub fn heading(ui: &mut Ui, text: impl Into<String>, level: usize) -> Response {
    outline_heading(ui, RichText::new(text).heading(), level)
}

/// The heading of a section of a view (level 2) or of an editor or a dialog (level 3 and 2).
pub fn section_heading(ui: &mut Ui, text: impl Into<String>, level: usize) -> Response {
    let size = Tokens::for_ui(ui).text.heading;
    outline_heading(ui, RichText::new(text).strong().size(size), level)
}

fn outline_heading(ui: &mut Ui, text: RichText, level: usize) -> Response {
    // In a bar (a row of a toolbar) a heading keeps to one row, only as wide as its text (a
    // right-to-left one wrapped would take the whole row); above a view or a form it wraps.
    let fit = if ui.layout().is_horizontal() {
        Fit::Truncate
    } else {
        Fit::Wrap
    };
    let response = bidi_label(ui, text, fit);
    heading_role(ui, &response, level);
    response
}

/// Makes the label `label` a heading at `level` for screen readers, named by its text (for a
/// heading drawn otherwise, such as a dialog's, which is also its handle to move it by).
pub fn heading_role(ui: &Ui, label: &Response, level: usize) {
    ui.ctx().accesskit_node_builder(label.id, |node| {
        let text = node.value().map(str::to_owned);
        node.clear_value();
        if let Some(text) = text {
            node.set_label(text);
        }
        node.set_role(Role::Heading);
        node.set_level(level);
    });
}
