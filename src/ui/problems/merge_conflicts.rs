//! Conflicts left by `attache merge`, listed above the problems for the planner to resolve field
//! by field: take ours, take theirs, or keep the record as edited by hand. Each choice is one
//! step that Undo takes back.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};

use crate::app::Command;
use crate::model::Change;
use crate::model::Plan;
use crate::model::merge::{
    ConflictValue, MergeConflict, Resolution, describe_conflict_value_message,
    describe_field_message,
};
use crate::t;
use crate::ui::ViewContext;

pub fn show(ctx: &ViewContext, ui: &mut Ui) {
    let plan = ctx.document.plan();
    let conflicts = &plan.merge_conflicts;
    if conflicts.is_empty() {
        return;
    }
    let mut chosen = None;
    let mut opened = None;
    crate::ui::widgets::collapsing(
        RichText::new(t!("problems-merge-heading", count = conflicts.len())).strong(),
        "merge conflicts",
    )
    .default_open(true)
    .show(ui, |ui| {
        ui.weak(t!("problems-merge-hint"));
        egui::ScrollArea::vertical()
            .id_salt("merge conflict list")
            .max_height(260.0)
            .show(ui, |ui| {
                for (index, conflict) in conflicts.iter().enumerate() {
                    ui.push_id(index, |ui| {
                        if let Some(choice) = row(ui, plan, conflict, &mut opened) {
                            chosen = Some((index, choice));
                        }
                    });
                    ui.separator();
                }
            });
    });
    ui.add_space(ctx.tokens.space.medium);
    if let Some(subject) = opened {
        ctx.send(Command::ShowRecord(subject));
    }
    if let Some((index, choice)) = chosen {
        ctx.send(Command::edit(
            Change::ResolveMergeConflict { index, choice },
            t!("problems-merge-resolve"),
        ));
    }
}

fn row(
    ui: &mut Ui,
    plan: &Plan,
    conflict: &MergeConflict,
    opened: &mut Option<crate::check::Subject>,
) -> Option<Resolution> {
    let what = if conflict.field.is_empty() {
        t!("problems-merge-whole-record").to_owned()
    } else {
        describe_field_message(&conflict.field).render()
    };
    let mut choice = None;
    ui.horizontal_wrapped(|ui| {
        if ui
            .link(t!(
                "problems-merge-row",
                record = capitalised(&plan.describe(conflict.record)),
                field = what
            ))
            .clicked()
        {
            *opened = Some(conflict.record);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t!(
            "problems-merge-ours",
            value = describe_conflict_value_message(&conflict.ours)
        ));
        ui.add_space(Tokens::for_ui(ui).space.section);
        ui.label(t!(
            "problems-merge-theirs",
            value = describe_conflict_value_message(&conflict.theirs)
        ));
    });
    ui.horizontal(|ui| {
        if ui
            .button(take_label(
                t!("problems-merge-take-ours"),
                t!("problems-merge-take-ours-delete"),
                &conflict.ours,
            ))
            .clicked()
        {
            choice = Some(Resolution::Ours);
        }
        if ui
            .button(take_label(
                t!("problems-merge-take-theirs"),
                t!("problems-merge-take-theirs-delete"),
                &conflict.theirs,
            ))
            .clicked()
        {
            choice = Some(Resolution::Theirs);
        }
        if ui
            .button(t!("problems-merge-keep"))
            .on_hover_text(crate::lang::attribute("problems-merge-keep", "tooltip"))
            .clicked()
        {
            choice = Some(Resolution::AsItIs);
        }
    });
    choice
}

/// "Take theirs (delete)" where taking a side deletes the record.
fn take_label(label: &'static str, deleting: &'static str, value: &ConflictValue) -> &'static str {
    match value {
        ConflictValue::Deleted => deleting,
        _ => label,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
