//! A list with its record editor at the right (at the left in Arabic), split by a divider the
//! planner drags. The editor
//! takes the share of the width remembered in the settings, never more: a picker's suggestions,
//! a combo box or a long name inside it are cut at its edge rather than widening it, so the list
//! beside it stays readable.

use egui::{CursorIcon, Id, Sense, Ui};

use crate::app::{Command, EditorShare};
use crate::ui::context::ViewContext;

/// Narrower than this an editor's fields are cut, whatever the share (unless the window itself
/// is too narrow for both).
const LEAST_EDITOR_WIDTH: f32 = 300.0;
/// Narrower than this a list shows little more than its first column.
const LEAST_LIST_WIDTH: f32 = 260.0;

/// Draws a list with `add_list` and, when a record is being edited (`editing`), its editor with
/// `add_editor` at the end of `ui`'s lines (right, or left in Arabic). The list is drawn first,
/// so that Tab reaches it before its editor, as the two are read. `id_salt` names the editor
/// panel, e.g. "event editor"; both draw into the view's `state`.
pub fn list_and_editor<S, E>(
    ctx: &ViewContext,
    ui: &mut Ui,
    id_salt: &'static str,
    state: &mut S,
    editing: Option<E>,
    add_list: impl FnOnce(&mut S, &mut Ui),
    add_editor: impl FnOnce(&mut S, &mut Ui, E),
) {
    let Some(editing) = editing else {
        egui::CentralPanel::no_frame().show(ui, |ui| add_list(state, ui));
        return;
    };
    let available = ui.available_rect_before_wrap();
    let right_to_left = ctx.tokens.is_right_to_left();
    let divider_id = Id::unique((id_salt, "divider"));
    let mut share = ctx.settings.editor_share;
    // The divider's drag is read before the panel is drawn, so the panel follows the pointer in
    // the same frame.
    let moved = if let Some(divider) = ui.ctx().read_response(divider_id)
        && divider.dragged()
        && let Some(pointer) = divider.interact_pointer_pos()
        && available.width() > 0.0
    {
        let editor_width = if right_to_left {
            pointer.x - available.left()
        } else {
            available.right() - pointer.x
        };
        Some(EditorShare::new(editor_width / available.width()))
    } else {
        arrow_key_move(ui, divider_id, share, ctx.tokens.onward())
    };
    if let Some(moved) = moved
        && moved != share
    {
        share = moved;
        ctx.send(Command::SetEditorShare(share));
    }
    let width = editor_width(share, available.width());
    let edge = if right_to_left {
        available.left() + width
    } else {
        available.right() - width
    };
    let (list_rect, editor_rect) = if right_to_left {
        (available.with_min_x(edge), available.with_max_x(edge))
    } else {
        (available.with_max_x(edge), available.with_min_x(edge))
    };
    let mut list = ui.new_child(egui::UiBuilder::new().max_rect(list_rect));
    list.shrink_clip_rect(list_rect);
    egui::CentralPanel::no_frame().show(&mut list, |ui| add_list(state, ui));

    let mut editor_area = ui.new_child(egui::UiBuilder::new().max_rect(editor_rect));
    editor_area.shrink_clip_rect(editor_rect);
    ctx.tokens
        .end_panel(id_salt)
        .resizable(false)
        .exact_size(width)
        .show(&mut editor_area, |ui| {
            ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
                node.set_role(egui::accesskit::Role::Region);
                node.set_label(crate::t!("frame-editor-region"));
            });
            // The editor is drawn in a child that does not report its size to the panel, so
            // something too wide inside it is cut at the panel's edge instead of pushing the
            // panel over the list.
            // Right to left, the editor's lines and rows start at its right edge.
            let bounds = ui.max_rect();
            let layout = ctx.tokens.column_layout();
            let mut editor = ui.new_child(egui::UiBuilder::new().max_rect(bounds).layout(layout));
            editor.shrink_clip_rect(bounds);
            add_editor(state, &mut editor, editing);
        });
    ui.advance_cursor_after_rect(available);
    divider(ui, divider_id, edge, available.y_range(), share);
}

/// How far one press of an arrow key moves the divider: a twentieth of the width.
const ARROW_STEP: f32 = 0.05;

/// The editor's share after Left or Right was pressed on the focused divider: Left moves the
/// divider left, widening what is on its left (the list, or the editor right to left).
fn arrow_key_move(ui: &Ui, divider: Id, share: EditorShare, onward: f32) -> Option<EditorShare> {
    if !ui.memory(|memory| memory.has_focus(divider)) {
        return None;
    }
    ui.memory_mut(|memory| {
        memory.set_focus_lock_filter(
            divider,
            egui::EventFilter {
                horizontal_arrows: true,
                ..Default::default()
            },
        );
    });
    let (left, right) = ui.input_mut(|input| {
        (
            input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowLeft),
            input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowRight),
        )
    });
    let step = match (left, right) {
        (true, false) => ARROW_STEP,
        (false, true) => -ARROW_STEP,
        _ => return None,
    };
    // The editor is right of the divider left to right, left of it right to left.
    Some(EditorShare::new(share.get() + step * onward))
}

/// The editor's width: its share of `available`, but never so wide that the list is cut to a
/// sliver nor so narrow that its own fields are.
fn editor_width(share: EditorShare, available: f32) -> f32 {
    let widest = (available - LEAST_LIST_WIDTH).max(available * 0.5);
    let narrowest = LEAST_EDITOR_WIDTH.min(widest);
    (share.get() * available).clamp(narrowest, widest).round()
}

/// The handle on the editor's inner edge (`edge`, its left, or its right in Arabic): the pointer turns into a resize arrow over it and a
/// drag moves it; focused, the Left and Right keys move it. A screen reader reads the editor's
/// share of the width as its value.
fn divider(ui: &Ui, id: Id, edge: f32, height: egui::Rangef, share: EditorShare) {
    let grab = ui.style().interaction.resize_grab_radius_side;
    let rect = egui::Rect::from_x_y_ranges(edge - grab..=edge + grab, height);
    let response = ui.interact(rect, id, Sense::drag());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Splitter,
            ui.is_enabled(),
            crate::t!("frame-divider"),
        )
    });
    let percent = (share.get() * 100.0).round();
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_numeric_value(f64::from(percent));
        node.set_value(crate::t!("frame-divider-value", percent = percent as i64));
    });
    if response.has_focus() {
        ui.painter()
            .vline(edge, height, ui.visuals().selection.stroke);
    }
    if response.hovered() || response.dragged() {
        ui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
        let stroke = if response.dragged() {
            ui.visuals().widgets.active.fg_stroke
        } else {
            ui.visuals().widgets.hovered.fg_stroke
        };
        ui.painter().vline(edge, height, stroke);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_takes_its_share_but_leaves_the_list_readable() {
        assert_eq!(editor_width(EditorShare::new(0.375), 1120.0), 420.0);
        // A narrow window: the editor keeps its fields readable, the list the rest.
        assert_eq!(editor_width(EditorShare::new(0.375), 600.0), 300.0);
        // Too narrow for both: half each.
        assert_eq!(editor_width(EditorShare::new(0.6), 400.0), 200.0);
    }
}
