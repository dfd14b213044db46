//! A toolbar that wraps by groups: when a window is too narrow for the whole bar, a group (the
//! view switch, the clocks, the jumps, the buttons that add) moves to the next row whole, so that
//! "Times in Tallinn (host) / Baghdad (home)" is never split over two lines.

use egui::{Id, Ui};

use crate::ui::tokens::Tokens;

/// The rows of groups being laid out; see [`Toolbar::show`].
pub struct Toolbar<'a> {
    ui: &'a mut Ui,
    id: Id,
    groups: usize,
}

impl Toolbar<'_> {
    /// Lays out the groups that `add_groups` adds with [`Toolbar::group`] in reading order (from
    /// the right in Arabic, each group's widgets too), a group that does not fit in what is left
    /// of a row starting the next one.
    pub fn show<R>(ui: &mut Ui, add_groups: impl FnOnce(&mut Toolbar<'_>) -> R) -> R {
        Tokens::for_ui(ui)
            .wrapped_row(ui, |ui| {
                let id = ui.scope_id().with("toolbar");
                add_groups(&mut Toolbar { ui, id, groups: 0 })
            })
            .inner
    }

    /// A group of widgets kept on one row, after a separator unless it starts a row.
    pub fn group<R>(&mut self, add_widgets: impl FnOnce(&mut Ui) -> R) -> R {
        let ui = &mut *self.ui;
        let id = self.id.with(self.groups);
        let starts_bar = self.groups == 0;
        self.groups += 1;
        // A group's width is known from the frame before; the first frame measures it and is
        // drawn again (egui discards it unseen).
        let known_width: Option<f32> = ui.data(|data| data.get_temp(id));
        let separator_width = ui.spacing().item_spacing.x * 2.0 + 1.0;
        // What is left of this row (`available_width` is a whole row's in a wrapping layout).
        let left_on_row = ui.available_size_before_wrap().x;
        let row_is_empty = left_on_row >= ui.available_width() - 0.5;
        let fits = known_width.is_none_or(|width| separator_width + width <= left_on_row + 0.5);
        if !starts_bar && !row_is_empty {
            if fits {
                ui.separator();
            } else {
                ui.end_row();
            }
        }
        let group = ui.horizontal(add_widgets);
        let width = group.response.rect.width();
        if known_width.is_none_or(|known| (known - width).abs() > 0.5) {
            ui.data_mut(|data| data.insert_temp(id, width));
            ui.ctx().request_discard("a toolbar group was measured");
        }
        group.inner
    }
}
