//! Conflicts left by `attache merge`, listed above the problems for the planner to resolve field
//! by field: take ours, take theirs, or keep the record as edited by hand. Each choice is one
//! step that Undo takes back.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};

use crate::app::Command;
use crate::model::Change;
use crate::model::Plan;
use crate::model::merge::{
    ConflictValue, MergeConflict, Resolution, describe_conflict_value, describe_field,
};
use crate::ui::ViewContext;

pub fn show(ctx: &ViewContext, ui: &mut Ui) {
    let plan = ctx.document.plan();
    let conflicts = &plan.merge_conflicts;
    if conflicts.is_empty() {
        return;
    }
    let mut chosen = None;
    let mut opened = None;
    egui::CollapsingHeader::new(
        RichText::new(format!("Merge conflicts ({})", conflicts.len())).strong(),
    )
    .id_salt("merge conflicts")
    .default_open(true)
    .show(ui, |ui| {
        ui.weak(
            "Two planners changed these fields differently. Choose a version for each, or \
                 edit the record and keep it as it is.",
        );
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
            "Resolve merge conflict",
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
        "the whole record".to_owned()
    } else {
        describe_field(&conflict.field)
    };
    let mut choice = None;
    ui.horizontal_wrapped(|ui| {
        if ui
            .link(format!(
                "{} · {what}",
                capitalised(&plan.describe(conflict.record))
            ))
            .clicked()
        {
            *opened = Some(conflict.record);
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("Ours: {}", describe_conflict_value(&conflict.ours)));
        ui.add_space(Tokens::for_ui(ui).space.section);
        ui.label(format!(
            "Theirs: {}",
            describe_conflict_value(&conflict.theirs)
        ));
    });
    ui.horizontal(|ui| {
        if ui.button(take_label("Take ours", &conflict.ours)).clicked() {
            choice = Some(Resolution::Ours);
        }
        if ui
            .button(take_label("Take theirs", &conflict.theirs))
            .clicked()
        {
            choice = Some(Resolution::Theirs);
        }
        if ui
            .button("Keep as it is")
            .on_hover_text("The record as it is now: ours, or what you edited by hand")
            .clicked()
        {
            choice = Some(Resolution::AsItIs);
        }
    });
    choice
}

/// "Take theirs (delete)" where taking a side deletes the record.
fn take_label(label: &str, value: &ConflictValue) -> String {
    match value {
        ConflictValue::Deleted => format!("{label} (delete)"),
        _ => label.to_owned(),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
