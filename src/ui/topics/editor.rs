//! The editor of one topic. Every field edits a copy of the topic; a changed copy is sent as one
//! command (typing in one field coalesces into one undo step).

use crate::ui::tokens::Tokens;
use std::sync::Arc;

use egui::{Response, RichText, Ui};

use super::{coverage, title_of};
use crate::app::Command;
use crate::check::Subject;
use crate::model::Change;
use crate::model::limits::LONG_TEXT_CHARACTERS;
use crate::model::{Question, QuestionId, Topic, TopicId};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::record_editor::{RecordHeader, edit_command, editor_header, record_form};
use crate::ui::widgets::{field_id, input_row, labelled, multiline_row, section_heading, text_row};
use crate::ui::{pickers, problems};

/// What changed in the copy this frame, and how to label it in the Edit menu.
#[derive(Default)]
struct Edits {
    /// The field typed into, so that keystrokes coalesce into one undo step.
    typed_in: Option<egui::Id>,
    /// A change that is a step of its own (adding or removing an item, picking a lead).
    step: Option<&'static str>,
}

impl Edits {
    fn typed(&mut self, response: &Response) {
        if response.changed() {
            self.typed_in = Some(response.id);
        }
    }
}

pub(super) fn show(ctx: &ViewContext, state: &mut super::TopicsState, ui: &mut Ui, id: TopicId) {
    let Some(&position) = ctx.document.derived().index.topics.get(&id) else {
        return;
    };
    let before = Arc::clone(&ctx.document.plan().topics[position]);
    let mut topic = (*before).clone();
    let mut edits = Edits::default();
    state.just_added.escape_removes_untouched(ctx, ui, &before);

    editor_header(
        ctx,
        ui,
        &mut state.deleting,
        RecordHeader {
            subject: Subject::Topic(id),
            kind: t!("topic-kind"),
            address: "",
            title: title_of(&before),
            native_title: "",
        },
        |_| {},
    );
    crate::ui::record_editor::form_scroll_area("topic editor").show(ui, |ui| {
        problems::notes(ctx, ui, Subject::Topic(id));
        ui.add_space(ctx.tokens.space.small);
        edits.typed_in = record_form(ui, ("topic form", id), |ui, typed| {
            let title = typed(text_row(ui, id, t!("topic-title"), &mut topic.title));
            state.just_added.focus_first_field(&before, &title);
            typed(multiline_row(
                ui,
                id,
                t!("topic-summary"),
                &mut topic.summary,
            ));
            input_row(ui, t!("topic-lead"), |ui, label| {
                if pickers::person_select(
                    ui,
                    ("topic lead", id),
                    label,
                    ctx.document,
                    &mut topic.lead,
                    t!("topic-no-lead"),
                ) {
                    edits.step = Some(t!("topic-undo-lead"));
                }
            });
        });

        section(ui, t!("topic-objectives"));
        text_list(
            ui,
            id,
            &mut topic.objectives,
            TextList::Objectives,
            &mut edits,
        );

        section(ui, t!("topic-questions"));
        questions(ui, &mut topic, &mut edits, &mut state.question_added);

        section(ui, t!("topic-findings"));
        text_list(ui, id, &mut topic.findings, TextList::Findings, &mut edits);

        section(ui, t!("topic-covered-by"));
        coverage::section(ctx, state, ui, id);
    });

    if topic != *before {
        let change = Change::Topic(Arc::new(topic));
        ctx.send(match edits.step {
            Some(label) => Command::edit(change, label),
            None => edit_command(change, t!("topic-undo-edit").to_owned(), edits.typed_in),
        });
    }
}

fn section(ui: &mut Ui, heading: &str) {
    ui.add_space(Tokens::for_ui(ui).space.section);
    section_heading(ui, heading, 3);
    ui.separator();
}

/// A topic's list of numbered texts.
#[derive(Clone, Copy)]
enum TextList {
    Objectives,
    Findings,
}

impl TextList {
    /// The kind of item, as the messages choose their words by it.
    fn code(self) -> &'static str {
        match self {
            Self::Objectives => "objective",
            Self::Findings => "finding",
        }
    }
}

/// Numbered texts (objectives, findings), each removable, with a button to add one.
/// Each item's field is named by the topic and the item's number, as its label is.
fn text_list(
    ui: &mut Ui,
    topic: TopicId,
    items: &mut Vec<String>,
    list: TextList,
    edits: &mut Edits,
) {
    let mut removed = None;
    let kind = list.code();
    for (i, item) in items.iter_mut().enumerate() {
        let number = i + 1;
        let name = t!("topic-item", kind = kind, number = number);
        labelled(ui, &name, |ui, label| {
            // The button first, from the end of the row, so that the field takes exactly what
            // is left.
            let layout = Tokens::for_ui(ui).row_from_end_layout(egui::Align::Min);
            ui.with_layout(layout, |ui| {
                let remove = t!("topic-item-remove", kind = kind, number = number);
                if remove_button(ui, &remove).clicked() {
                    removed = Some(i);
                }
                let field = ui
                    .add(
                        TextField::multiline(field_id(topic, &name), item)
                            .char_limit(LONG_TEXT_CHARACTERS)
                            .desired_rows(1)
                            .desired_width(ui.available_width()),
                    )
                    .labelled_by(label);
                edits.typed(&field);
            });
        });
    }
    let (button, add, remove) = match list {
        TextList::Objectives => (
            t!("topic-add-objective"),
            t!("topic-undo-add-objective"),
            t!("topic-undo-remove-objective"),
        ),
        TextList::Findings => (
            t!("topic-add-finding"),
            t!("topic-undo-add-finding"),
            t!("topic-undo-remove-finding"),
        ),
    };
    if let Some(i) = removed {
        items.remove(i);
        edits.step = Some(remove);
    }
    if ui.button(button).clicked() {
        items.push(String::new());
        edits.step = Some(add);
    }
}

/// A Remove button, named `text` ("Remove objective 1") for its tooltip and screen readers.
fn remove_button(ui: &mut Ui, text: &str) -> Response {
    ui.small_button(t!("topic-remove"))
        .on_hover_text(text)
        .accessible_name(text)
}

/// Each question with its answer (empty until found), answered or not at a glance.
/// The topic's questions, each with its answer. `added` is the question Add question made, whose
/// text takes the cursor when it is first drawn.
fn questions(ui: &mut Ui, topic: &mut Topic, edits: &mut Edits, added: &mut Option<QuestionId>) {
    let answered = topic.questions.iter().filter(|q| q.is_answered()).count();
    if !topic.questions.is_empty() {
        ui.weak(t!(
            "topic-questions-answered",
            answered = answered,
            total = topic.questions.len()
        ));
    }
    let mut removed = None;
    for (i, question) in topic.questions.iter_mut().enumerate() {
        let number = i + 1;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let heading = ui.horizontal(|ui| {
                let label = ui.label(RichText::new(t!("topic-question", number = number)).strong());
                let (mark, color) = if question.is_answered() {
                    (t!("topic-answered"), Tokens::for_ui(ui).color.information)
                } else {
                    (t!("topic-unanswered"), Tokens::for_ui(ui).color.warning)
                };
                ui.label(RichText::new(mark).color(color).small());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let remove = t!("topic-question-remove", number = number);
                    if remove_button(ui, &remove).clicked() {
                        removed = Some(i);
                    }
                });
                label
            });
            let text = ui
                .add(
                    TextField::multiline(field_id(question.id, "Question"), &mut question.text)
                        .char_limit(LONG_TEXT_CHARACTERS)
                        .desired_rows(1)
                        .desired_width(ui.available_width()),
                )
                .labelled_by(heading.inner.id);
            if *added == Some(question.id) {
                *added = None;
                text.request_focus();
                text.scroll_to_me(None);
            }
            edits.typed(&text);
            let label = ui.label(t!("topic-answer", number = number));
            let answer = ui
                .add(
                    TextField::multiline(field_id(question.id, "Answer"), &mut question.answer)
                        .char_limit(LONG_TEXT_CHARACTERS)
                        .desired_rows(2)
                        .desired_width(ui.available_width())
                        .hint_text(t!("topic-answer-hint")),
                )
                .labelled_by(label.id);
            edits.typed(&answer);
        });
        ui.add_space(Tokens::for_ui(ui).space.small);
    }
    if let Some(i) = removed {
        topic.questions.remove(i);
        edits.step = Some(t!("topic-undo-remove-question"));
    }
    if ui.button(t!("topic-add-question")).clicked() {
        let question = Question::new("");
        *added = Some(question.id);
        topic.questions.push(question);
        edits.step = Some(t!("topic-undo-add-question"));
    }
}
