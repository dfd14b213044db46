//! The problems found in the plan, each one click from the record it names. The list is the one
//! the document keeps (found again when the plan changes, never per frame); this view only shows
//! it, filtered by severity.

mod merge_conflicts;

use crate::ui::tokens::Tokens;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, RichText, Sense, TextFormat, Ui};

use super::View;
use super::widgets::count;
use crate::app::{AttacheApp, Command};
use crate::check::{Problem, Severity, Subject};

/// Each problem's row: two lines of its sentence (the rest on hover).
const ROW_HEIGHT: f32 = 44.0;
const TAG_WIDTH: f32 = 76.0;

/// Which problems the view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Filter {
    #[default]
    All,
    Errors,
    Warnings,
}

impl Filter {
    /// The problems this filter shows, of `problems` with `errors` errors. The checks list
    /// errors first, so each kind is a slice: nothing to collect per frame.
    fn shown(self, problems: &[Problem], errors: usize) -> &[Problem] {
        match self {
            Self::All => problems,
            Self::Errors => &problems[..errors],
            Self::Warnings => &problems[errors..],
        }
    }
}

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    let filter_id = ui.make_persistent_id("problem filter");
    let mut filter: Filter = ui.data(|data| data.get_temp(filter_id)).unwrap_or_default();
    let problems = &app.document.derived().problems;
    let errors = app.document.derived().error_count;
    let warnings = problems.len() - errors;
    let checking = app.document.derived().checking;

    ui.horizontal(|ui| {
        ui.heading("Problems");
        ui.add_space(Tokens::for_ui(ui).space.section);
        ui.selectable_value(
            &mut filter,
            Filter::All,
            format!("All ({})", problems.len()),
        );
        ui.selectable_value(
            &mut filter,
            Filter::Errors,
            count(errors, "error", "errors"),
        );
        ui.selectable_value(
            &mut filter,
            Filter::Warnings,
            count(warnings, "warning", "warnings"),
        );
        // No spinner: it would repaint every frame; the check wakes the window when it ends.
        if checking {
            ui.add_space(Tokens::for_ui(ui).space.section);
            ui.weak("Checking the latest changes…");
        }
    });
    ui.data_mut(|data| data.insert_temp(filter_id, filter));
    merge_conflicts::show(app, ui);
    let problems = &app.document.derived().problems;
    ui.weak("Errors first, then in time order. Click a problem to open the record it names.");
    ui.add_space(Tokens::for_ui(ui).space.medium);
    if problems.is_empty() {
        ui.label(if checking {
            "Looking for problems in this plan…"
        } else {
            "No problems found in this plan."
        });
        return;
    }
    let shown = filter.shown(problems, errors);
    if shown.is_empty() {
        ui.label("None of this kind.");
        return;
    }
    let mut opened = None;
    egui::ScrollArea::vertical()
        .id_salt("problem list")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, shown.len(), |ui, visible| {
            for problem in &shown[visible] {
                if row(ui, problem) {
                    opened = Some(problem.subject);
                }
            }
        });
    if let Some(subject) = opened {
        open(app, subject);
    }
}

/// Opens the record a problem names, in its view.
pub fn open(app: &mut AttacheApp, subject: Subject) {
    app.view_state.select(subject);
    app.send(Command::ShowView(View::of(subject)));
}

/// One problem: its severity and its sentence, which opens the record when clicked.
fn row(ui: &mut Ui, problem: &Problem) -> bool {
    let width = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_HEIGHT),
        egui::Layout::left_to_right(egui::Align::Min),
        |ui| {
            ui.set_min_height(ROW_HEIGHT);
            ui.add_sized([TAG_WIDTH, 20.0], severity_tag(ui, problem.severity));
            let wrap_width = (ui.available_width() - 8.0).max(100.0);
            // A cut sentence shows whole on hover: egui's label does that itself, once.
            let galley = two_lines(ui, &problem.message, wrap_width);
            let response = ui
                .add(egui::Label::new(galley).sense(Sense::click()))
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .accessible_name(problem.message.clone());
            if response.hovered() {
                let rect = response.rect;
                ui.painter().line_segment(
                    [rect.left_bottom(), rect.right_bottom()],
                    ui.visuals().widgets.hovered.fg_stroke,
                );
            }
            response.clicked()
        },
    )
    .inner
}

fn severity_tag(ui: &Ui, severity: Severity) -> egui::Label {
    let (text, color) = colours(ui, severity);
    egui::Label::new(RichText::new(text).color(color).strong())
}

fn colours(ui: &Ui, severity: Severity) -> (&'static str, Color32) {
    let color = Tokens::for_ui(ui).color.problem(severity);
    match severity {
        Severity::Error => ("Error", color),
        Severity::Warning => ("Warning", color),
    }
}

/// The sentence laid out in at most two lines, with "…" where it is cut.
fn two_lines(ui: &Ui, text: &str, width: f32) -> std::sync::Arc<egui::Galley> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().hyperlink_color;
    let mut job = LayoutJob::single_section(text.to_owned(), TextFormat::simple(font, color));
    job.wrap = TextWrapping {
        max_width: width,
        max_rows: 2,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// The problems with one record, as notes at the top of its editor, each a sentence.
pub fn notes(app: &AttacheApp, ui: &mut Ui, subject: Subject) {
    let problems = app
        .document
        .derived()
        .problems
        .iter()
        .filter(|problem| problem.subject == subject || problem.also == Some(subject));
    for problem in problems {
        let (_, color) = colours(ui, problem.severity);
        egui::Frame::new()
            .fill(color.gamma_multiply(0.12))
            .stroke(egui::Stroke::new(1.0, color))
            .corner_radius(4.0)
            .inner_margin(Tokens::for_ui(ui).space.medium)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(RichText::new(&problem.message).color(color)).wrap());
            });
        ui.add_space(Tokens::for_ui(ui).space.hairline);
    }
}
