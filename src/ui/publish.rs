//! The Publish dialog: the itinerary to a CalDAV calendar the delegation subscribes to.

use super::dialogs::Form;
use crate::app::{Command, PublishForm};
use crate::model::PersonId;
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::modal::Dialog;
use crate::ui::widgets::field_id;

pub fn show(ctx: &ViewContext, form: &mut Form<PublishForm>, egui_ctx: &egui::Context) {
    let people: Vec<(PersonId, String)> = ctx
        .document
        .plan()
        .people
        .iter()
        .map(|person| (person.id, person.name.clone()))
        .collect();
    let Some(publishing) = ctx.publish else {
        return;
    };
    let (form, _) = form.of(publishing.opening, || publishing.remembered.clone());
    let mut command = None;
    let dialog = Dialog::new(egui::Id::unique("publish"), "Publish to a calendar").width(520.0);
    dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(
            "Each event becomes an entry of a calendar on a CalDAV server (Nextcloud, Radicale, \
             Fastmail…) that the delegation can subscribe to. Publishing again updates what \
             changed and removes what left the plan. Entries of other plans and people, and \
             entries edited on the server, are left as they are.",
        );
            ui.add_space(ctx.tokens.space.medium);
            egui::Grid::new("publish fields")
                .num_columns(2)
                .spacing(ctx.tokens.space.form_grid)
                .show(ui, |ui| {
                    let label = ui.label("Calendar address");
                    ui.add(
                        TextField::singleline(
                            field_id("publish", "Calendar address"),
                            &mut form.url,
                        )
                        .hint_text("https://calendar.example.org/dav/visit/")
                        .desired_width(360.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("User name");
                    ui.add(
                        TextField::singleline(field_id("publish", "User name"), &mut form.user)
                            .desired_width(200.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("Password");
                    // egui's own field: a password is shown as dots, never in any reading order.
                    ui.add(
                        egui::TextEdit::singleline(&mut form.password)
                            .id(field_id("publish", "Password"))
                            .password(true)
                            .desired_width(200.0),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label("Events of");
                    let chosen = form
                        .person
                        .and_then(|id| people.iter().find(|(person, _)| *person == id))
                        .map_or("Everyone", |(_, name)| name.as_str());
                    egui::ComboBox::from_id_salt("publish person")
                        .selected_text(chosen)
                        .width(300.0)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut form.person, None, "Everyone");
                            for (id, name) in &people {
                                ui.selectable_value(&mut form.person, Some(*id), name);
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut form.overwrite, "Replace entries changed on the server");
                    ui.end_row();
                });
            ui.weak("The password is used for this publish only and is never saved.");
        });
        dialog.buttons(|ui| {
            if publishing.is_running() {
                ui.spinner();
                ui.label("Publishing…");
            } else if ui
                .add_enabled(!form.url.trim().is_empty(), egui::Button::new("Publish"))
                .clicked()
            {
                command = Some(Command::StartPublishing(form.clone()));
            }
            if ui.button("Close").clicked() {
                command = Some(Command::ClosePublishing);
            }
        });
    });
    if let Some(command) = command {
        ctx.send(command);
    }
}
