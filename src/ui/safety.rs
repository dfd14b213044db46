//! The prompts that keep a planner's work safe: restoring after a crash, a file changed by
//! another program, and notices.

use egui::{Id, RichText, Ui};

use crate::app::{Command, Dismissal, OutsideChange, OutsideChangeAnswer};
use crate::t;
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
        t!("dialog-restore-heading"),
        |ui| {
            ui.label(t!("dialog-restore-explanation"));
            ui.label(RichText::new(description).strong());
        },
        [t!("dialog-restore"), t!("dialog-discard")],
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
        ui.label(t!(
            "dialog-outside-change-explanation",
            name = name.as_str()
        ));
        if change == OutsideChange::WhileEditing {
            ui.weak(t!("dialog-outside-change-while-editing"));
        } else {
            ui.weak(t!("dialog-outside-change-on-save"));
        }
    };
    let dialog = Dialog::new(
        Id::unique("file changed on disk"),
        t!("dialog-outside-change-heading"),
    );
    dialog.show(egui_ctx, |dialog| {
        dialog.body(body);
        dialog.buttons(|ui| match change {
            OutsideChange::WhileEditing => {
                if ui.button(t!("dialog-reload-from-disk")).clicked() {
                    answer = Some(OutsideChangeAnswer::Reload);
                }
                if ui.button(t!("dialog-keep-my-version")).clicked() {
                    answer = Some(OutsideChangeAnswer::KeepMine);
                }
            }
            OutsideChange::OnSave => {
                if ui.button(t!("dialog-overwrite")).clicked() {
                    answer = Some(OutsideChangeAnswer::Overwrite);
                }
                if ui.button(t!("command-save-as")).clicked() {
                    answer = Some(OutsideChangeAnswer::SaveElsewhere);
                }
                if ui.button(t!("dialog-reload-from-disk")).clicked() {
                    answer = Some(OutsideChangeAnswer::Reload);
                }
                if ui.button(t!("dialog-cancel")).clicked() {
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
                    if ui.button(t!("dialog-ok")).clicked() {
                        dismissed = Some(position);
                    }
                    ui.add(egui::Label::new(notice.render()).wrap());
                });
            });
        ui.add_space(ctx.tokens.space.small);
    }
    if let Some(position) = dismissed {
        ctx.send(Command::Dismiss(Dismissal::Notice(position)));
    }
}
