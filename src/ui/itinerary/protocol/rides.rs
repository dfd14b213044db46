//! Who rides in which vehicle on a leg by road or a transfer.

use crate::ui::tokens::Tokens;
use egui::Ui;

use super::{Edited, named_button};
use crate::app::Document;
use crate::model::label::label;
use crate::model::{Event, Ride};
use crate::ui::pickers;

pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    let vehicles = &document.plan().visit.vehicles;
    let mut change = None;
    ui.add_space(Tokens::for_ui(ui).space.part);
    ui.heading("Vehicles");
    if vehicles.is_empty() {
        ui.weak("Add the visit's cars and buses in the Overview, then assign them here.");
    } else if ui.button("Add vehicle to this leg").clicked() {
        // The first vehicle not yet on this leg, else the first.
        let vehicle = vehicles
            .iter()
            .find(|v| !edited.rides.iter().any(|ride| ride.vehicle == v.id))
            .unwrap_or(&vehicles[0]);
        edited.rides.push(Ride::new(vehicle.id));
        change = Edited::by("add vehicle to leg");
    }
    let mut removed = None;
    for (r, ride) in edited.rides.iter_mut().enumerate() {
        let number = r + 1;
        ui.separator();
        let current = vehicles.iter().find(|v| v.id == ride.vehicle);
        ui.horizontal(|ui| {
            let name = ui.label(format!("Vehicle {number}"));
            let shown = current.map_or("(not in the plan)".to_owned(), |v| {
                label(&v.name).into_owned()
            });
            egui::ComboBox::from_id_salt(("ride vehicle", ride.id))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for vehicle in vehicles {
                        if ui
                            .selectable_label(vehicle.id == ride.vehicle, label(&vehicle.name))
                            .clicked()
                            && vehicle.id != ride.vehicle
                        {
                            ride.vehicle = vehicle.id;
                            change = Edited::by("change vehicle");
                        }
                    }
                })
                .response
                .labelled_by(name.id);
            if let Some(vehicle) = current {
                let text = format!("{} of {} seats", ride.passengers.len(), vehicle.seats);
                if ride.passengers.len() > vehicle.seats as usize {
                    ui.colored_label(Tokens::for_ui(ui).color.error, text);
                } else {
                    ui.weak(text);
                }
            }
            if named_button(
                ui,
                "Remove",
                &format!("Remove vehicle {number} from this leg"),
            )
            .clicked()
            {
                removed = Some(r);
            }
        });
        let passengers = ui.label(format!("Passengers of vehicle {number}"));
        let picked = pickers::people_multi_select(
            ui,
            ("ride passengers", ride.id),
            passengers.id,
            document,
            &mut ride.passengers,
            "passengers",
            None,
        );
        if picked.changed {
            change = Edited::by("change passengers");
        }
    }
    if let Some(r) = removed {
        edited.rides.remove(r);
        change = Edited::by("remove vehicle from leg");
    }
    change
}
