//! The topics view: what the delegation came to learn. The list of topics, and the editor of the
//! selected one with its objectives, questions and answers, findings, lead person and the events
//! that cover it.

mod coverage;
mod editor;
mod list;

use egui::Ui;

use crate::app::ViewAction;
use crate::check::Subject;
use crate::model::Topic;
use crate::ui::ViewContext;
use crate::ui::widgets::{Toolbar, split};
pub(super) use coverage::Coverage;

/// What the topics view remembers between frames.
#[derive(Clone, Debug, Default)]
pub struct TopicsState {
    /// Which events cover which topic, found again when the plan changes.
    coverage: Coverage,
    /// The list's sort order and rows.
    list: list::TopicList,
    /// The topic Add topic made, whose title takes the cursor.
    just_added: crate::ui::widgets::JustAdded<Topic>,
    /// The question Add question made, whose text takes the cursor.
    question_added: Option<crate::model::QuestionId>,
    /// The topic whose deletion waits for the planner's answer.
    deleting: crate::ui::record_editor::DeleteQuestion,
}

pub fn show(ctx: &ViewContext, state: &mut TopicsState, ui: &mut Ui) {
    state.coverage.refresh(ctx.document);
    let selected = match ctx.selection.subject {
        Some(Subject::Topic(id)) if ctx.document.derived().index.topics.contains_key(&id) => {
            Some(id)
        }
        _ => None,
    };
    if ctx.view_action == Some(ViewAction::Add) {
        add_topic(ctx, state);
    }
    Toolbar::show(ui, |bar| {
        bar.group(|ui| crate::ui::widgets::heading(ui, crate::t!("topics-heading"), 1));
        bar.group(|ui| {
            if ui
                .button(crate::t!("topics-add"))
                .on_hover_text(crate::lang::attribute("topics-add", "tooltip"))
                .clicked()
            {
                add_topic(ctx, state);
            }
        });
    });
    ui.add_space(ctx.tokens.space.small);
    split::list_and_editor(
        ctx,
        ui,
        "topic editor",
        state,
        selected,
        |state, ui| list::show(ctx, state, ui, selected),
        |state, ui, id| editor::show(ctx, state, ui, id),
    );
}

fn add_topic(ctx: &ViewContext, state: &mut TopicsState) {
    state
        .just_added
        .add(ctx, Topic::new(""), crate::t!("topics-undo-add"));
}

/// The topic's title for lists and sentences.
fn title_of(topic: &Topic) -> &str {
    if topic.title.trim().is_empty() {
        crate::t!("topic-untitled")
    } else {
        &topic.title
    }
}
