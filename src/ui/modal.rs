//! The one way a dialog is drawn: modal (the window behind it waits), opened in the middle of
//! the window and kept inside it whatever its size, its body scrolling when it is taller than the
//! window allows, its buttons always in sight below the body, and moved by dragging its heading
//! (a heading for screen readers too).

use egui::{Align2, Context, Id, Modal, ModalResponse, RichText, Sense, Ui, Vec2};

use crate::ui::tokens::Tokens;
use crate::ui::widgets::{heading_role, name_dialog};

/// Room kept free between a dialog and the window's edges.
const MARGIN: f32 = 12.0;
/// What a dialog's heading and its row of buttons take beside its body.
const HEADING_AND_BUTTONS: f32 = 110.0;

pub struct Dialog<'a> {
    id: Id,
    heading: &'a str,
    /// What a screen reader names the dialog by.
    question: Option<&'a str>,
    width: f32,
}

impl<'a> Dialog<'a> {
    /// A dialog known by `id` (one dialog, whatever it shows), headed by `heading`: the question
    /// it asks or what it is for.
    pub fn new(id: Id, heading: &'a str) -> Self {
        Self {
            id,
            heading,
            question: None,
            width: 480.0,
        }
    }

    /// Names the dialog by `question` for screen readers: its heading, or a sentence of its body.
    pub fn asking(mut self, question: &'a str) -> Self {
        self.question = Some(question);
        self
    }

    /// The width the dialog takes when the window has room for it.
    pub fn width(mut self, width: f32) -> Self {
        self.width = width;
        self
    }

    /// Draws the dialog: its heading, then what `content` puts in its [`Sections`] (a body,
    /// scrolled when long, and a row of buttons).
    pub fn show<R>(
        self,
        egui_ctx: &Context,
        content: impl FnOnce(&mut Sections<'_>) -> R,
    ) -> ModalResponse<R> {
        crate::ui::focus::dialog_shown(egui_ctx, self.id);
        let screen = egui_ctx.content_rect().shrink(MARGIN);
        let offset_id = self.id.with("moved by");
        let offset: Vec2 = egui_ctx
            .data(|data| data.get_temp(offset_id))
            .unwrap_or_default();
        let area = Modal::default_area(self.id).anchor(Align2::CENTER_CENTER, offset);
        let mut dragged = Vec2::ZERO;
        let mut drawn = egui::Rect::NOTHING;
        let response = Modal::new(self.id).area(area).show(egui_ctx, |ui| {
            let width = self.width.min(screen.width() - 2.0 * MARGIN).max(0.0);
            ui.set_width(width);
            // Right to left the heading and the text start at the right edge.
            ui.with_layout(Tokens::for_ui(ui).column_layout(), |ui| {
                let heading = ui
                    .add(
                        egui::Label::new(RichText::new(self.heading).heading())
                            .selectable(false)
                            .sense(Sense::drag()),
                    )
                    .on_hover_cursor(egui::CursorIcon::Grab);
                heading_role(ui, &heading, 1);
                if let Some(question) = self.question {
                    name_dialog(ui, question);
                }
                dragged = heading.drag_delta();
                let mut sections = Sections {
                    ui,
                    id: self.id,
                    body_height: (screen.height() - HEADING_AND_BUTTONS).max(0.0),
                };
                let answer = content(&mut sections);
                drawn = sections.ui.min_rect();
                answer
            })
            .inner
        });
        // Keep the whole dialog inside the window: after a drag, and when the window shrinks.
        // (The modal's own rectangle is the backdrop's, the whole window; the frame around the
        // content is within the margin.)
        let size = drawn.size() + Vec2::splat(2.0 * MARGIN);
        let room = ((screen.size() - size) / 2.0).max(Vec2::ZERO);
        let moved = (offset + dragged).clamp(-room, room);
        if moved != offset {
            egui_ctx.data_mut(|data| data.insert_temp(offset_id, moved));
            egui_ctx.request_repaint();
        }
        response
    }
}

/// The parts of a dialog under its heading, drawn in order.
pub struct Sections<'u> {
    ui: &'u mut Ui,
    id: Id,
    body_height: f32,
}

impl Sections<'_> {
    /// What the dialog says and asks, scrolled when taller than the window allows.
    pub fn body(&mut self, body: impl FnOnce(&mut Ui)) {
        egui::ScrollArea::both()
            .id_salt(self.id.with("body"))
            .max_height(self.body_height)
            .auto_shrink([false, true])
            .show(self.ui, body);
        self.ui.add_space(Tokens::for_ui(self.ui).space.small);
    }

    /// The answers, in a row below the body, always in sight, in reading order: the first at
    /// the right right to left.
    pub fn buttons<R>(&mut self, buttons: impl FnOnce(&mut Ui) -> R) -> R {
        let tokens = Tokens::for_ui(self.ui);
        if tokens.is_right_to_left() {
            let layout = tokens.row_layout(egui::Align::Center).with_main_wrap(true);
            self.ui.with_layout(layout, buttons).inner
        } else {
            self.ui.horizontal_wrapped(buttons).inner
        }
    }
}
