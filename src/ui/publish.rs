//! The Publish dialog: the itinerary to a CalDAV calendar the delegation subscribes to.

use super::dialogs::Form;
use crate::app::Document;
use crate::app::{Command, PublishForm};
use crate::model::PersonId;
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::modal::Dialog;
use crate::ui::record_editor::record_form;
use crate::ui::widgets::{field_id, input_row};
use egui::Ui;

pub fn show(ctx: &ViewContext, form: &mut Form<PublishForm>, egui_ctx: &egui::Context) {
    let Some(publishing) = ctx.publish else {
        return;
    };
    let document = ctx.document;
    let (form, _) = form.of(publishing.opening, || publishing.remembered.clone());
    let mut command = None;
    let dialog = Dialog::new(egui::Id::unique("publish"), t!("publish-heading")).width(520.0);
    dialog.show(egui_ctx, |dialog| {
        dialog.body(|ui| {
            ui.label(t!("publish-explanation"));
            ui.add_space(ctx.tokens.space.medium);
            record_form(ui, "publish fields", |ui, _| {
                input_row(ui, t!("publish-calendar-address"), |ui, label| {
                    ui.add(
                        TextField::singleline(
                            field_id("publish", "Calendar address"),
                            &mut form.url,
                        )
                        .hint_text(crate::lang::attribute("publish-calendar-address", "hint"))
                        .desired_width(360.0),
                    )
                    .labelled_by(label)
                });
                input_row(ui, t!("publish-user-name"), |ui, label| {
                    ui.add(
                        TextField::singleline(field_id("publish", "User name"), &mut form.user)
                            .desired_width(200.0),
                    )
                    .labelled_by(label)
                });
                input_row(ui, t!("publish-password"), |ui, label| {
                    // egui's own field: a password is shown as dots, never in any reading
                    // order.
                    ui.add(
                        egui::TextEdit::singleline(&mut form.password)
                            .id(field_id("publish", "Password"))
                            .password(true)
                            .desired_width(200.0),
                    )
                    .labelled_by(label)
                });
                input_row(ui, t!("publish-events-of"), |ui, label| {
                    person_to_publish(ui, document, &mut form.person, label)
                });
                // A checkbox names itself: its row has no label of its own, and it stands in
                // the inputs' column, under the fields.
                input_row(ui, "", |ui, _| {
                    ui.checkbox(&mut form.overwrite, t!("publish-replace-changed"))
                });
            });
            ui.weak(t!("publish-password-never-saved"));
        });
        dialog.buttons(|ui| {
            if publishing.is_running() {
                ui.spinner();
                ui.label(t!("publish-publishing"));
            } else if ui
                .add_enabled(
                    !form.url.trim().is_empty(),
                    egui::Button::new(t!("publish-publish")),
                )
                .clicked()
            {
                command = Some(Command::StartPublishing(form.clone()));
            }
            if ui.button(t!("dialog-close")).clicked() {
                command = Some(Command::ClosePublishing);
            }
        });
    });
    if let Some(command) = command {
        ctx.send(command);
    }
}

/// The drop-down of whose events are published, named by `label`: everyone's, or one person's.
fn person_to_publish(
    ui: &mut Ui,
    document: &Document,
    person: &mut Option<PersonId>,
    label: egui::Id,
) -> egui::Response {
    // Looked up by the plan's index: the people are listed only while the list is open.
    let chosen = person
        .and_then(|id| document.derived().index.people.get(&id))
        .map_or(t!("publish-everyone"), |&i| {
            document.plan().people[i].name.as_str()
        });
    egui::ComboBox::from_id_salt("publish person")
        .selected_text(chosen)
        .width(300.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(person, None, t!("publish-everyone"));
            for someone in &document.plan().people {
                ui.selectable_value(person, Some(someone.id), &someone.name);
            }
        })
        .response
        .labelled_by(label)
}
