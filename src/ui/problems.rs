//! The problems found in the plan, each one click from the record it names.

use egui::{RichText, Ui};

use super::View;
use crate::app::{AttacheApp, Command};
use crate::check::Severity;

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    ui.heading("Problems");
    ui.add_space(4.0);
    let problems = &app.document.derived().problems;
    if problems.is_empty() {
        ui.label("No problems found in this plan.");
        return;
    }
    let mut opened = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, 24.0, problems.len(), |ui, visible| {
            for problem in &problems[visible] {
                ui.horizontal(|ui| {
                    let (mark, color) = match problem.severity {
                        Severity::Error => ("Error", ui.visuals().error_fg_color),
                        Severity::Warning => ("Warning", ui.visuals().warn_fg_color),
                    };
                    ui.label(RichText::new(mark).color(color).strong());
                    if ui.link(&problem.message).clicked() {
                        opened = Some(problem.subject);
                    }
                });
            }
        });
    if let Some(subject) = opened {
        app.view_state.select(subject);
        app.send(Command::ShowView(View::of(subject)));
    }
}
