//! The visit's cars and buses, in the Overview: name, kind, plate, driver, the driver's phone and
//! seats. Legs by road then say who rides in which.

use egui::Ui;

use crate::app::Command;
use crate::model::Change;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::search::{self, fold};
use crate::model::{Choice, Vehicle, VehicleKind};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::tokens::Tokens;
use crate::ui::widgets::{choice_row, field_id, input_row};

/// Seats of a car added by hand, the driver's not counted.
const NEW_CAR_SEATS: u32 = 3;

pub fn show(ctx: &ViewContext, ui: &mut Ui) {
    let before = &ctx.document.plan().visit;
    let mut visit = before.clone();
    let mut label = t!("vehicles-undo-change");
    let mut typed_in = None;
    crate::ui::widgets::section_heading(ui, t!("vehicles-heading"), 2);
    if ui.button(t!("vehicles-add")).clicked() {
        let name = t!("vehicles-new-car-name", number = visit.vehicles.len() + 1);
        visit
            .vehicles
            .push(Vehicle::new(name, VehicleKind::Car, NEW_CAR_SEATS));
        label = t!("vehicles-undo-add");
    }
    let query = search_box(ui, visit.vehicles.len());
    let mut removed = None;
    for (v, vehicle) in visit.vehicles.iter_mut().enumerate() {
        if !vehicle_matches(vehicle, &query) {
            continue;
        }
        let number = v + 1;
        ui.separator();
        crate::ui::widgets::grid(
            ui,
            egui::Grid::new(("vehicle", vehicle.id))
                .num_columns(2)
                .spacing(ctx.tokens.space.form_grid)
                .min_col_width(140.0),
            |ui| {
                for (name, field, value) in [
                    ("vehicles-name", "Name", &mut vehicle.name),
                    ("vehicles-plate", "Plate", &mut vehicle.plate),
                    ("vehicles-driver", "Driver", &mut vehicle.driver),
                    (
                        "vehicles-driver-phone",
                        "Driver phone",
                        &mut vehicle.driver_phone,
                    ),
                ] {
                    let field_label =
                        crate::lang::text_with(name, &[("number", crate::lang::Arg::from(number))]);
                    let response = input_row(ui, &field_label, |ui, label| {
                        ui.add(
                            TextField::singleline(field_id(vehicle.id, field), value)
                                .char_limit(SHORT_TEXT_CHARACTERS)
                                .desired_width(240.0),
                        )
                        .labelled_by(label)
                    });
                    if response.changed() {
                        typed_in = Some(response.id);
                        label = t!("vehicles-undo-edit");
                    }
                }
                choice_row(ui, &t!("vehicles-kind", number = number), &mut vehicle.kind);
                input_row(ui, &t!("vehicles-seats", number = number), |ui, label| {
                    ui.add(egui::DragValue::new(&mut vehicle.seats).range(0..=100))
                        .labelled_by(label)
                });
            },
        );
        if ui
            .button(t!("vehicles-remove"))
            .on_hover_text(crate::lang::attribute("vehicles-remove", "tooltip"))
            .clicked()
        {
            removed = Some(vehicle.id);
        }
    }
    if let Some(vehicle) = removed {
        ctx.send(Command::edit(
            Change::RemoveVehicle(vehicle),
            t!("vehicles-undo-remove"),
        ));
        return;
    }
    if visit != *before {
        let change = Change::Visit(visit);
        ctx.send(match typed_in {
            Some(field) => Command::typing(change, label, field),
            None => Command::edit(change, label),
        });
    }
}

/// A field to find a vehicle by name, kind, plate, driver or phone, once there are vehicles; the
/// query, folded (empty when there is no box).
fn search_box(ui: &mut Ui, vehicles: usize) -> String {
    if vehicles == 0 {
        return String::new();
    }
    let id = ui.make_persistent_id("vehicle search");
    let mut query: String = ui.data(|data| data.get_temp(id)).unwrap_or_default();
    Tokens::for_ui(ui).row(ui, |ui| {
        let label = ui.label(t!("vehicles-search"));
        ui.add(
            TextField::singleline(id.with("field"), &mut query)
                .hint_text(crate::lang::attribute("vehicles-search", "hint"))
                .desired_width(240.0),
        )
        .labelled_by(label.id);
    });
    ui.data_mut(|data| data.insert_temp(id, query.clone()));
    fold(&query)
}

/// Whether the vehicle has every word of `folded_query` in one of its fields (folded one by one,
/// so that no word matches across two).
fn vehicle_matches(vehicle: &Vehicle, folded_query: &str) -> bool {
    if folded_query.is_empty() {
        return true;
    }
    let text = [
        vehicle.name.as_str(),
        vehicle.kind.text(),
        &vehicle.plate,
        &vehicle.driver,
        &vehicle.driver_phone,
    ]
    .map(fold)
    .join("\n");
    search::matches(&text, folded_query)
}
