//! The rooming list of a stay: each room's number, type, nights and guests.

use crate::ui::tokens::Tokens;
use egui::Ui;
use jiff::ToSpan;

use super::{Edited, named_button};
use crate::app::Document;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::{Event, EventKind, Room, RoomKind, Side};
use crate::t;
use crate::ui::bidi::TextField;
use crate::ui::pickers;
use crate::ui::widgets::{choice_row, date_button, field_id, input_row, tall_input_row};

pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    // The nights of the stay: from check-in to the night before check-out.
    let first_night = edited.start.wall.date();
    let last_night = edited
        .end
        .wall
        .date()
        .checked_sub(1.day())
        .unwrap_or(first_night)
        .max(first_night);
    let EventKind::Stay(stay) = &mut edited.kind else {
        return None;
    };
    let mut change = None;
    ui.add_space(Tokens::for_ui(ui).space.part);
    crate::ui::widgets::section_heading(ui, t!("rooms-heading"), 3);
    if ui
        .button(t!("rooms-add"))
        .on_hover_text(crate::lang::attribute("rooms-add", "tooltip"))
        .clicked()
    {
        stay.rooms
            .push(Room::new(RoomKind::Single, first_night, last_night));
        change = Edited::by(t!("rooms-undo-add"));
    }
    let mut removed = None;
    for (r, room) in stay.rooms.iter_mut().enumerate() {
        let number = r + 1;
        ui.separator();
        crate::ui::widgets::grid(
            ui,
            egui::Grid::new(("room", room.id))
                .num_columns(2)
                .spacing(Tokens::for_ui(ui).space.form_grid),
            |ui| {
                let response = input_row(ui, &t!("rooms-number", number = number), |ui, label| {
                    ui.add(
                        TextField::singleline(field_id(room.id, "Number"), &mut room.number)
                            .char_limit(SHORT_TEXT_CHARACTERS)
                            .desired_width(120.0),
                    )
                    .labelled_by(label)
                });
                if let Some(typed) = Edited::typing(t!("rooms-undo-number"), &response) {
                    change = Some(typed);
                }
                if choice_row(ui, &t!("rooms-type", number = number), &mut room.kind) {
                    change = Edited::by(t!("rooms-undo-type"));
                }
                for (name, night) in [
                    ("first night", &mut room.first_night),
                    ("last night", &mut room.last_night),
                ] {
                    let before = *night;
                    let text = match name {
                        "first night" => t!("rooms-first-night", number = number),
                        _ => t!("rooms-last-night", number = number),
                    };
                    let salt = format!("room {} {name}", room.id);
                    input_row(ui, &text, |ui, label| {
                        ui.add(date_button(night, &salt)).labelled_by(label)
                    });
                    if *night != before {
                        change = Edited::by(t!("rooms-undo-nights"));
                    }
                }
                let guests = t!("rooms-guests", number = number);
                let picked = tall_input_row(ui, &guests, |ui, label| {
                    pickers::people_multi_select(
                        ui,
                        ("room guests", room.id),
                        label,
                        document,
                        &mut room.guests,
                        crate::lang::attribute("rooms-guests", "list"),
                        // Rooming lists are for the delegation.
                        Some(Side::Visiting),
                    )
                });
                if picked.changed {
                    change = Edited::by(t!("rooms-undo-guests"));
                }
            },
        );
        if named_button(
            ui,
            t!("rooms-remove"),
            &t!("rooms-remove-numbered", number = number),
        )
        .clicked()
        {
            removed = Some(r);
        }
    }
    if let Some(r) = removed {
        stay.rooms.remove(r);
        change = Edited::by(t!("rooms-undo-remove"));
    }
    change
}
