//! The problems found in the plan, each one click (or Enter) from the record it names, in the
//! record table the other lists use. The list is the one the document keeps (found again when the
//! plan changes, never per frame); this view only shows it, filtered by severity.

mod merge_conflicts;

use crate::app::Memo;
use crate::ui::tokens::Tokens;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, RichText, TextFormat, Ui};

use crate::app::Command;
use crate::check::{Severity, Subject};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::record_table::{RecordColumn, RecordTable};
use crate::ui::widgets::Toolbar;

/// The shortest a problem's row is: one line of its sentence, or its severity tag.
const MIN_ROW_HEIGHT: f32 = 22.0;
/// Above and below a problem's sentence in its row, together.
const ROW_GAP: f32 = 6.0;
const TAG_WIDTH: f32 = 76.0;
/// Sentences are wrapped again only when the width changes by this much, so that dragging the
/// window's edge does not lay out every sentence of a long list on every frame.
const WIDTH_STEP: f32 = 16.0;

/// Which problems the view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Filter {
    #[default]
    All,
    Errors,
    Warnings,
}

impl Filter {
    /// The problems this filter shows, of `problems` with `errors` errors (or their sentences).
    /// The checks list errors first, so each kind is a slice: nothing to collect per frame.
    fn shown<T>(self, problems: &[T], errors: usize) -> &[T] {
        match self {
            Self::All => problems,
            Self::Errors => &problems[..errors],
            Self::Warnings => &problems[errors..],
        }
    }
}

pub fn show(ctx: &ViewContext, ui: &mut Ui) {
    let filter_id = ui.make_persistent_id("problem filter");
    let mut filter: Filter = ui.data(|data| data.get_temp(filter_id)).unwrap_or_default();
    let problems = &ctx.document.derived().problems;
    let errors = ctx.document.derived().error_count;
    let warnings = problems.len() - errors;
    let checking = ctx.document.derived().checking;

    Toolbar::show(ui, |bar| {
        bar.group(|ui| crate::ui::widgets::heading(ui, t!("problems-heading"), 1));
        bar.group(|ui| {
            ui.selectable_value(
                &mut filter,
                Filter::All,
                t!("problems-filter-all", count = problems.len()),
            );
            ui.selectable_value(
                &mut filter,
                Filter::Errors,
                t!("problems-filter-errors", count = errors),
            );
            ui.selectable_value(
                &mut filter,
                Filter::Warnings,
                t!("problems-filter-warnings", count = warnings),
            );
        });
        // No spinner: it would repaint every frame; the check wakes the window when it ends.
        if checking {
            bar.group(|ui| ui.weak(t!("problems-checking")));
        }
    });
    ui.data_mut(|data| data.insert_temp(filter_id, filter));
    merge_conflicts::show(ctx, ui);
    let problems = &ctx.document.derived().problems;
    ui.weak(t!("problems-order-hint"));
    ui.add_space(ctx.tokens.space.medium);
    if problems.is_empty() {
        ui.label(if checking {
            t!("problems-looking")
        } else {
            t!("problems-none")
        });
        return;
    }
    let shown = filter.shown(problems, errors);
    if shown.is_empty() {
        ui.label(t!("problems-none-of-kind"));
        return;
    }
    let sentences = sentences(ui, ctx.document);
    let shown_sentences = filter.shown(&sentences, errors);
    // Rows as tall as their sentence, wrapped in full; only the rows in sight are drawn.
    let wrap_width = sentence_width(ui.available_width());
    let rows = problem_rows(ui, ctx.document, filter, shown_sentences, wrap_width);
    // The problem the arrow keys are on: Enter opens its record, as a click on it does.
    let selected_id = ui.make_persistent_id("problem selected");
    let mut selected: Option<usize> = ui.data(|data| data.get_temp(selected_id)).flatten();
    let table = RecordTable {
        id: "problems table",
        label: t!("problems-table"),
        columns: &Column::ALL,
        rows: &rows.lines,
        scroll_to: None,
        headings: None,
        heights: Some(&rows.heights),
    }
    .show(
        ui,
        None,
        |i| shown_sentences[i].as_str(),
        |i| selected == Some(i),
        |row, i| {
            let severity = shown[i].severity;
            row.col(move |ui| {
                let tag = severity_tag(ui, severity);
                ui.add(tag);
            });
        },
    );
    if let Some(i) = table.clicked {
        selected = Some(i);
    }
    ui.data_mut(|data| data.insert_temp(selected_id, selected));
    let opened = match table.clicked {
        Some(i) if !table.by_keys => Some(i),
        _ => table.entered,
    };
    if let Some(i) = opened {
        ctx.send(Command::ShowRecord(shown[i].subject));
    }
}

/// The columns of the problems table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Problem,
    Severity,
}

impl Column {
    const ALL: [Self; 2] = [Self::Problem, Self::Severity];
}

impl RecordColumn for Column {
    fn title(self) -> &'static str {
        match self {
            Self::Problem => t!("problems-column-problem"),
            Self::Severity => t!("problems-column-severity"),
        }
    }

    fn initial_width(self) -> f32 {
        match self {
            Self::Problem => 200.0,
            Self::Severity => TAG_WIDTH,
        }
    }
}

/// The rows of the problems table: the positions of the problems shown, and each row's height.
struct ProblemRows {
    lines: Vec<usize>,
    heights: Vec<f32>,
}

/// The width sentences wrap at in a list `available` wide, in steps of [`WIDTH_STEP`]: what the
/// severity column, the spacing between the columns and a scroll bar leave, so that the sentence's
/// column is never narrower than what its row was measured at.
fn sentence_width(available: f32) -> f32 {
    let width = (available - TAG_WIDTH - 40.0).max(100.0);
    (width / WIDTH_STEP).floor() * WIDTH_STEP
}

/// Every problem's sentence in the window's language, in the order of the document's list:
/// rendered again only when the problems or the language change, never per frame.
fn sentences(ui: &Ui, document: &crate::app::Document) -> std::sync::Arc<Vec<String>> {
    let key = (
        document.revision(),
        document.derived().problems_found,
        crate::lang::current(),
    );
    let id = ui.make_persistent_id("problem sentences");
    let mut memo: Memo<_, std::sync::Arc<Vec<String>>> =
        ui.data(|data| data.get_temp(id)).unwrap_or_default();
    let sentences = memo
        .get_or_compute(key, || {
            std::sync::Arc::new(
                document
                    .derived()
                    .problems
                    .iter()
                    .map(|problem| problem.message.render())
                    .collect(),
            )
        })
        .clone();
    ui.data_mut(|data| data.insert_temp(id, memo));
    sentences
}

/// The rows of `shown` (the sentences shown), each as tall as its sentence wrapped at
/// `wrap_width`: worked out again only when the problems, the language, the filter or the width
/// change.
fn problem_rows(
    ui: &Ui,
    document: &crate::app::Document,
    filter: Filter,
    shown: &[String],
    wrap_width: f32,
) -> std::sync::Arc<ProblemRows> {
    // A check that ends in the background replaces the list without a new revision; the
    // document counts each list it is given.
    let key = (
        document.revision(),
        document.derived().problems_found,
        crate::lang::current(),
        filter,
        wrap_width.to_bits(),
    );
    let id = ui.make_persistent_id("problem rows");
    let mut memo: Memo<_, std::sync::Arc<ProblemRows>> =
        ui.data(|data| data.get_temp(id)).unwrap_or_default();
    let rows = memo
        .get_or_compute(key, || {
            let style = ui.style().clone();
            let heights = ui.fonts_mut(|fonts| {
                shown
                    .iter()
                    .map(|text| {
                        let galley = fonts.layout_job(sentence(&style, text, wrap_width));
                        galley.size().y.max(MIN_ROW_HEIGHT) + ROW_GAP
                    })
                    .collect()
            });
            std::sync::Arc::new(ProblemRows {
                lines: (0..shown.len()).collect(),
                heights,
            })
        })
        .clone();
    ui.data_mut(|data| data.insert_temp(id, memo));
    rows
}

/// A problem's sentence as its row shows it, wrapped at `width` between words, to measure the row.
fn sentence(style: &egui::Style, text: &str, width: f32) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(style);
    let color = style.visuals.text_color();
    let mut job = LayoutJob::single_section(text.to_owned(), TextFormat::simple(font, color));
    job.wrap = TextWrapping::wrap_at_width(width);
    job
}

fn severity_tag(ui: &Ui, severity: Severity) -> egui::Label {
    let (text, color) = colours(ui, severity);
    egui::Label::new(RichText::new(text).color(color).strong())
}

fn colours(ui: &Ui, severity: Severity) -> (&'static str, Color32) {
    let color = Tokens::for_ui(ui).color.problem(severity);
    match severity {
        Severity::Error => (t!("problems-tag-error"), color),
        Severity::Warning => (t!("problems-tag-warning"), color),
    }
}

/// The problems with one record, as notes at the top of its editor, each a sentence.
pub fn notes(ctx: &ViewContext, ui: &mut Ui, subject: Subject) {
    let problems = ctx
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
            .inner_margin(ctx.tokens.space.medium)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(
                    egui::Label::new(RichText::new(problem.message.render()).color(color)).wrap(),
                );
            });
        ui.add_space(ctx.tokens.space.hairline);
    }
}
