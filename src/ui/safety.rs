//! The prompts that keep a planner's work safe: restoring after a crash, a file changed by
//! another program, and notices.

use egui::{Id, RichText, Ui};

use crate::app::{Command, Dismissal, OutsideChange, OutsideChangeAnswer};
use crate::ui::ViewContext;
use crate::ui::modal::Dialog;

pub fn prompts(ctx: &ViewContext, egui_ctx: &egui::Context) {
    restore_prompt(ctx, egui_ctx);
    outside_change_prompt(ctx, egui_ctx);
}

fn restore_prompt(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(leftover) = ctx.safeguards.leftovers.first() else {
        return;
    };
    let description = leftover.describe();
    let answer = two_answers(
        egui_ctx,
        "restore unsaved changes",
        "Restore unsaved changes?",
        |ui| {
            ui.label("Attaché closed before these changes were saved:");
            ui.label(RichText::new(description).strong());
        },
        ["Restore", "Discard"],
    );
    if let Some(restore) = answer {
        ctx.send(Command::AnswerLeftover { restore });
    }
}

/// A question with two answers, asked in a modal until one is chosen: `Some(true)` for the first
/// answer, `Some(false)` for the second.
pub fn two_answers(
    egui_ctx: &egui::Context,
    id: &str,
    heading: &str,
    body: impl FnOnce(&mut Ui),
    [first, second]: [&str; 2],
) -> Option<bool> {
    Dialog::new(Id::unique(id), heading)
        .show(egui_ctx, |dialog| {
            dialog.body(body);
            dialog.buttons(|ui| {
                if ui.button(first).clicked() {
                    Some(true)
                } else if ui.button(second).clicked() {
                    Some(false)
                } else {
                    None
                }
            })
        })
        .inner
}

fn outside_change_prompt(ctx: &ViewContext, egui_ctx: &egui::Context) {
    let Some(change) = ctx.safeguards.outside_change else {
        return;
    };
    let name = ctx.document.display_name();
    let mut answer = None;
    let body = |ui: &mut Ui| {
        ui.label(format!(
            "Another program changed {name} since Attaché opened or saved it."
        ));
        if change == OutsideChange::WhileEditing {
            ui.weak("Reloading replaces your unsaved changes; Undo brings them back.");
        } else {
            ui.weak("Overwrite replaces the other program's changes with yours.");
        }
    };
    let dialog = Dialog::new(
        Id::unique("file changed on disk"),
        "The file changed on disk",
    );
    dialog.show(egui_ctx, |dialog| {
        dialog.body(body);
        dialog.buttons(|ui| match change {
            OutsideChange::WhileEditing => {
                if ui.button("Reload from disk").clicked() {
                    answer = Some(OutsideChangeAnswer::Reload);
                }
                if ui.button("Keep my version").clicked() {
                    answer = Some(OutsideChangeAnswer::KeepMine);
                }
            }
            OutsideChange::OnSave => {
                if ui.button("Overwrite").clicked() {
                    answer = Some(OutsideChangeAnswer::Overwrite);
                }
                if ui.button("Save As…").clicked() {
                    answer = Some(OutsideChangeAnswer::SaveElsewhere);
                }
                if ui.button("Reload from disk").clicked() {
                    answer = Some(OutsideChangeAnswer::Reload);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(OutsideChangeAnswer::Cancel);
                }
            }
        })
    });
    if let Some(answer) = answer {
        ctx.send(Command::AnswerOutsideChange(answer));
    }
}

/// Notices: things worth knowing that are not errors, each dismissable.
pub fn notices(ctx: &ViewContext, ui: &mut Ui) {
    let mut dismissed = None;
    for (position, notice) in ctx.safeguards.notices.iter().enumerate() {
        egui::Frame::new()
            .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.25))
            .stroke(egui::Stroke::new(1.0, ui.visuals().selection.bg_fill))
            .corner_radius(4.0)
            .inner_margin(ctx.tokens.space.large)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui.button("OK").clicked() {
                        dismissed = Some(position);
                    }
                    ui.add(egui::Label::new(notice.as_str()).wrap());
                });
            });
        ui.add_space(ctx.tokens.space.small);
    }
    if let Some(position) = dismissed {
        ctx.send(Command::Dismiss(Dismissal::Notice(position)));
    }
}
