//! The list of topics: each with how far it is covered and answered. Only the rows in sight are
//! laid out.

use egui::{RichText, Ui};

use super::title_of;
use crate::app::Command;
use crate::check::Subject;
use crate::model::TopicId;
use crate::ui::ViewContext;
use crate::ui::bidi::button_text;
use crate::ui::pickers;
use crate::ui::widgets::count;

const ROW_HEIGHT: f32 = 46.0;

pub(super) fn show(
    ctx: &ViewContext,
    state: &mut super::TopicsState,
    ui: &mut Ui,
    selected: Option<TopicId>,
) {
    let plan = ctx.document.plan();
    if plan.topics.is_empty() {
        ui.weak("No topics yet. A topic is something the delegation came to learn about.");
        return;
    }
    let coverage = &state.coverage;
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("topic list")
        .auto_shrink([false, false]);
    if ctx.selection.scroll_to
        && let Some(row) = plan.topics.iter().position(|t| Some(t.id) == selected)
    {
        let row_height = ROW_HEIGHT + ui.spacing().item_spacing.y;
        scroll = scroll.vertical_scroll_offset((row as f32 * row_height - 80.0).max(0.0));
        ctx.send(Command::SelectionInSight);
    }
    let mut clicked = None;
    scroll.show_rows(ui, ROW_HEIGHT, plan.topics.len(), |ui, rows| {
        for topic in &plan.topics[rows] {
            ui.allocate_ui(egui::vec2(ui.available_width(), ROW_HEIGHT), |ui| {
                ui.vertical(|ui| {
                    ui.horizontal(|ui| {
                        let title = RichText::new(title_of(topic)).size(ctx.tokens.text.row_title);
                        if ui
                            .add(
                                egui::Button::selectable(
                                    selected == Some(topic.id),
                                    button_text(ui, title),
                                )
                                .truncate(),
                            )
                            .clicked()
                        {
                            clicked = Some(topic.id);
                        }
                        let problems = coverage.problems_with(topic.id);
                        if problems > 0 {
                            ui.label(
                                RichText::new(format!(
                                    "⚠ {}",
                                    count(problems, "problem", "problems")
                                ))
                                .color(ctx.tokens.color.warning),
                            );
                        }
                    });
                    let covering = coverage.count_active(ctx.document, topic.id);
                    let answered = topic.questions.iter().filter(|q| q.is_answered()).count();
                    let lead = topic
                        .lead
                        .map(|id| {
                            format!(" · led by {}", pickers::name_of_person(ctx.document, id))
                        })
                        .unwrap_or_default();
                    let detail = format!(
                        "covered by {} · {answered} of {} answered{lead}",
                        count(covering, "event", "events"),
                        count(topic.questions.len(), "question", "questions"),
                    );
                    ui.add(egui::Label::new(RichText::new(detail).weak()).truncate());
                });
            });
        }
    });
    if let Some(id) = clicked {
        ctx.send(Command::SelectClicked(Subject::Topic(id)));
    }
}
