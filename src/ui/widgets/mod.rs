//! Small labelled inputs shared by the views, and the rows of a record's form. Each input is
//! labelled for screen readers (and for egui_kittest, which finds widgets by their label).

use std::fmt::Debug;
use std::hash::Hash;

use egui::{Id, Ui};

mod date_picker;
mod disclosure;
mod fields;
mod heading;
mod just_added;
mod rows;
pub mod split;
mod toolbar;
mod zone_picker;
pub use date_picker::date_button;
pub use disclosure::{collapsing, submenu_arrow};
pub use fields::{
    OrganisationChoice, choice_filter, icon_button, labelled_choice_box, name_dialog,
    named_choice_box, native_name_cell, optional_organisation_picker, organisation_name,
    organisation_picker, warning,
};
pub use heading::{heading, heading_role, section_heading};
pub use just_added::JustAdded;
pub use rows::{
    TextRow, choice_row, grid, input_row, multiline_row, native_text_row, tall_input_row, text_row,
    value_row,
};
pub use toolbar::Toolbar;
pub use zone_picker::zone_picker;

/// The id of the text field `field` of `record`: the same whatever is drawn above the field, so
/// that it keeps its focus while a heading above it grows or a warning appears.
pub fn field_id(record: impl Hash + Debug, field: &str) -> Id {
    Id::unique(("text field", record, field))
}

/// A message shown as a widget's text, in the window's language of this frame (a notice kept as
/// data until it is drawn).
impl From<&crate::lang::Message> for egui::WidgetText {
    fn from(message: &crate::lang::Message) -> Self {
        egui::WidgetText::from(message.render())
    }
}

/// Gives a control's value (what a drop-down, a picker or a date button shows) as its
/// description too, on Linux: AccessKit's AT-SPI adapter gives a combo box or a button no text
/// value, so Orca would read "Side, combo box" and not what is chosen (tests/atspi checks it).
/// UI Automation and macOS read the value itself, and would read it twice.
pub fn value_for_atspi(ctx: &egui::Context, control: Id, value: &str) {
    if cfg!(target_os = "linux") {
        ctx.accesskit_node_builder(control, |node| node.set_description(value));
    }
}

/// Width of the labels beside the fields.
const LABEL_WIDTH: f32 = 96.0;

/// A label and, after it in reading order (to its right, or its left in Arabic), what `field`
/// adds (told the label's id, to name itself by).
pub fn labelled<R>(ui: &mut Ui, label: &str, field: impl FnOnce(&mut Ui, egui::Id) -> R) -> R {
    let tokens = crate::ui::tokens::Tokens::for_ui(ui);
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, tokens.row_layout(egui::Align::Min), |ui| {
        let label = ui
            .allocate_ui_with_layout(
                egui::vec2(LABEL_WIDTH, ui.spacing().interact_size.y),
                tokens.row_layout(egui::Align::Center),
                |ui| {
                    ui.set_min_width(LABEL_WIDTH);
                    ui.label(label)
                },
            )
            .inner;
        field(ui, label.id)
    })
    .inner
}

/// The tooltip of a button that sends a command of the menus: the command table's sentence and
/// its shortcut, e.g. "Show Problems (Ctrl+7)".
pub fn command_tooltip(egui_ctx: &egui::Context, command: &crate::app::Command) -> String {
    let Some(entry) = crate::app::entry_of(command) else {
        return String::new();
    };
    match shortcut_text(egui_ctx, command) {
        Some(keys) => crate::t!(
            "frame-command-tooltip",
            tooltip = entry.tooltip(),
            keys = keys
        ),
        None => entry.tooltip().to_owned(),
    }
}

/// The key of a command of the menus as this platform writes it ("Ctrl+Z", "⌘Z"), from the
/// command table, so that a sentence naming the key never disagrees with the menus.
pub fn shortcut_text(egui_ctx: &egui::Context, command: &crate::app::Command) -> Option<String> {
    let keys = crate::app::entry_of(command)?.shortcut.as_ref()?;
    Some(egui_ctx.format_shortcut(keys))
}
