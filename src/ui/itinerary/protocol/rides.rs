//! Who rides in which vehicle on a leg by road or a transfer.

use crate::ui::tokens::Tokens;
use egui::Ui;

use super::{Edited, named_button};
use crate::app::Document;
use crate::model::label::label;
use crate::model::{Event, Ride};
use crate::t;
use crate::ui::pickers;

pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    let vehicles = &document.plan().visit.vehicles;
    let mut change = None;
    ui.add_space(Tokens::for_ui(ui).space.part);
    crate::ui::widgets::section_heading(ui, t!("rides-heading"), 3);
    if vehicles.is_empty() {
        ui.weak(t!("rides-no-vehicles"));
    } else if ui.button(t!("rides-add")).clicked() {
        // The first vehicle not yet on this leg, else the first.
        let vehicle = vehicles
            .iter()
            .find(|v| !edited.rides.iter().any(|ride| ride.vehicle == v.id))
            .unwrap_or(&vehicles[0]);
        edited.rides.push(Ride::new(vehicle.id));
        change = Edited::by(t!("rides-undo-add"));
    }
    let mut removed = None;
    for (r, ride) in edited.rides.iter_mut().enumerate() {
        let number = r + 1;
        ui.separator();
        let current = vehicles.iter().find(|v| v.id == ride.vehicle);
        // In a narrow editor the seats and the Remove button go to a second line rather than
        // past the editor's edge: the edge of what is shown, as the form above can have made
        // the editor's content wider.
        let to_edge = ui.clip_rect().right() - ui.cursor().left() - ui.spacing().item_spacing.x;
        ui.horizontal_wrapped(|ui| {
            ui.set_max_width(to_edge);
            let name = ui.label(t!("rides-vehicle", number = number));
            let shown = current.map_or(t!("rides-not-in-plan").to_owned(), |v| {
                label(&v.name).into_owned()
            });
            // A long vehicle name is cut to the editor's width, and shown whole on hover.
            egui::ComboBox::from_id_salt(("ride vehicle", ride.id))
                .selected_text(shown.clone())
                .truncate()
                .show_ui(ui, |ui| {
                    for vehicle in vehicles {
                        if ui
                            .selectable_label(vehicle.id == ride.vehicle, label(&vehicle.name))
                            .clicked()
                            && vehicle.id != ride.vehicle
                        {
                            ride.vehicle = vehicle.id;
                            change = Edited::by(t!("rides-undo-vehicle"));
                        }
                    }
                })
                .response
                .labelled_by(name.id)
                .on_hover_text(shown);
            if let Some(vehicle) = current {
                let text = t!(
                    "rides-seats-taken",
                    taken = ride.passengers.len(),
                    seats = vehicle.seats
                );
                if ride.passengers.len() > vehicle.seats as usize {
                    ui.colored_label(Tokens::for_ui(ui).color.error, text);
                } else {
                    ui.weak(text);
                }
            }
            if named_button(
                ui,
                t!("rides-remove"),
                &t!("rides-remove-numbered", number = number),
            )
            .clicked()
            {
                removed = Some(r);
            }
        });
        let passengers = ui.label(t!("rides-passengers", number = number));
        let picked = pickers::people_multi_select(
            ui,
            ("ride passengers", ride.id),
            passengers.id,
            document,
            &mut ride.passengers,
            crate::lang::attribute("rides-passengers", "list"),
            None,
        );
        if picked.changed {
            change = Edited::by(t!("rides-undo-passengers"));
        }
    }
    if let Some(r) = removed {
        edited.rides.remove(r);
        change = Edited::by(t!("rides-undo-remove"));
    }
    change
}
