//! The editor of one action: its text, owner, due date, status and where it came from.

use std::sync::Arc;

use egui::{RichText, Ui};

use jiff::civil::Date;

use super::{is_overdue, text_of};
use crate::app::{Command, Document};
use crate::check::Subject;
use crate::lang::format::{DateFormat, date_time};
use crate::model::Change;
use crate::model::label::label;
use crate::model::{Action, ActionId, ActionSource};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::pickers::{self, Found};
use crate::ui::problems;
use crate::ui::record_editor::{RecordHeader, edit_command, editor_header, record_form};
use crate::ui::widgets::{TextRow, choice_row, date_button, input_row};

pub(super) fn show(ctx: &ViewContext, state: &mut super::ActionsState, ui: &mut Ui, id: ActionId) {
    let Some(&position) = ctx.document.derived().index.actions.get(&id) else {
        return;
    };
    let before = Arc::clone(&ctx.document.plan().actions[position]);
    let mut action = (*before).clone();
    state.just_added.escape_removes_untouched(ctx, ui, &before);
    let today = ctx.document.derived().today;
    let mut typed_in = None;
    let mut step = None;
    let mut open_source = None;

    editor_header(
        ctx,
        ui,
        &mut state.deleting,
        RecordHeader {
            subject: Subject::Action(id),
            kind: t!("action-kind"),
            address: "",
            title: text_of(&before),
            native_title: "",
        },
        |_| {},
    );
    crate::ui::record_editor::form_scroll_area("action editor").show(ui, |ui| {
        problems::notes(ctx, ui, Subject::Action(id));
        ui.add_space(ctx.tokens.space.small);
        typed_in = record_form(ui, ("action form", id), |ui, typed| {
            let text = typed(
                TextRow::multiline(id, t!("action-text"), &mut action.text)
                    .hint(crate::lang::attribute("action-text", "hint"))
                    .show(ui),
            );
            state.just_added.focus_first_field(&before, &text);
            input_row(ui, t!("action-owner"), |ui, label| {
                if pickers::person_select(
                    ui,
                    ("action owner", id),
                    label,
                    ctx.document,
                    &mut action.owner,
                    t!("action-no-owner"),
                ) {
                    step = Some(t!("action-undo-owner"));
                }
            });
            input_row(ui, t!("action-due-date"), |ui, label| {
                ui.horizontal(|ui| {
                    if let Some(changed) = due_date(ctx, ui, label, &mut action, today) {
                        step = Some(changed);
                    }
                });
            });
            choice_row(ui, t!("action-status"), &mut action.status);
            input_row(ui, t!("action-came-from"), |ui, label| {
                ui.horizontal(|ui| {
                    let (changed, open) = came_from(ctx, ui, label, &mut action);
                    if changed {
                        step = Some(t!("action-undo-source"));
                    }
                    open_source = open;
                });
            });
        });
    });

    if action != *before {
        let change = Change::Action(Arc::new(action));
        ctx.send(match step {
            Some(label) => Command::edit(change, label),
            None => edit_command(change, t!("action-undo-edit").to_owned(), typed_in),
        });
    }
    match open_source {
        Some(ActionSource::Topic(topic)) => {
            ctx.send(Command::ShowRecord(Subject::Topic(topic)));
        }
        Some(ActionSource::Event(event)) => {
            ctx.send(Command::ShowRecord(Subject::Event(event)));
        }
        None => {}
    }
}

/// The due date and a button to clear it, or a button to set one; the undo step's name when
/// the planner changed it.
fn due_date(
    ctx: &ViewContext,
    ui: &mut Ui,
    label: egui::Id,
    action: &mut Action,
    today: Date,
) -> Option<&'static str> {
    match &mut action.due {
        Some(due) => {
            ui.add(date_button(due, "action due date"))
                .labelled_by(label);
            if ui.button(t!("action-no-due-date")).clicked() {
                action.due = None;
                return Some(t!("action-undo-clear-due"));
            }
            if is_overdue(action, today) {
                ui.label(
                    RichText::new(t!("action-overdue"))
                        .color(ctx.tokens.color.error)
                        .strong(),
                );
            }
            None
        }
        None => {
            if ui
                .button(t!("action-set-due-date"))
                .labelled_by(label)
                .clicked()
            {
                action.due = Some(today);
                return Some(t!("action-undo-set-due"));
            }
            None
        }
    }
}

/// The topic or event the action came from, picked by searching, and a link to open it. Returns
/// whether the planner picked another, and the source to open when they clicked the link.
fn came_from(
    ctx: &ViewContext,
    ui: &mut Ui,
    label: egui::Id,
    action: &mut Action,
) -> (bool, Option<ActionSource>) {
    let document = ctx.document;
    // Room for the "Open" link after the picker.
    let width = (ui.available_width() - 56.0).max(120.0);
    let select = ui
        .allocate_ui_with_layout(
            egui::vec2(width, ui.spacing().interact_size.y),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| {
                pickers::search_select(
                    ui,
                    ("action source", action.id),
                    source_name(document, action.source),
                    t!("action-search-sources"),
                    document.revision(),
                    |query| sources(document, query),
                )
            },
        )
        .inner;
    select.button.labelled_by(label);
    let mut changed = false;
    if let Some(source) = select.picked
        && source != action.source
    {
        action.source = source;
        changed = true;
    }
    let open = action.source.filter(|_| {
        ui.link(t!("action-open-source"))
            .on_hover_text(crate::lang::attribute("action-open-source", "tooltip"))
            .clicked()
    });
    (changed, open)
}

/// The source as the picker's button shows it.
fn source_name(document: &Document, source: Option<ActionSource>) -> String {
    let plan = document.plan();
    let index = &document.derived().index;
    match source {
        None => t!("action-source-none").to_owned(),
        Some(ActionSource::Topic(id)) => match index.topics.get(&id) {
            Some(&i) => t!("action-source-topic", title = label(&plan.topics[i].title)),
            None => t!("action-source-missing-topic", id = id.to_string()),
        },
        Some(ActionSource::Event(id)) => match index.events.get(&id) {
            Some(&i) => t!("action-source-event", title = label(&plan.events[i].title)),
            None => t!("action-source-missing-event", id = id.to_string()),
        },
    }
}

/// Topics, then events in time order, that match the folded query.
fn sources(document: &Document, folded_query: &str) -> Vec<Found<Option<ActionSource>>> {
    use crate::model::search::{fold, matches};
    let plan = document.plan();
    let mut found = Vec::new();
    if folded_query.trim().is_empty() {
        found.push(Found {
            key: None,
            text: t!("action-source-none").to_owned(),
            detail: String::new(),
        });
    }
    found.extend(
        plan.topics
            .iter()
            .filter(|topic| matches(&fold(&topic.title), folded_query))
            .map(|topic| Found {
                key: Some(ActionSource::Topic(topic.id)),
                text: t!("action-source-topic", title = label(&topic.title)),
                detail: String::new(),
            }),
    );
    found.extend(
        document
            .derived()
            .schedule
            .order
            .iter()
            .map(|&i| &plan.events[i])
            .filter(|event| matches(&fold(&event.title), folded_query))
            .map(|event| Found {
                key: Some(ActionSource::Event(event.id)),
                text: t!("action-source-event", title = label(&event.title)),
                detail: date_time(event.start.wall, DateFormat::WeekdayDayMonthYear),
            }),
    );
    found
}
