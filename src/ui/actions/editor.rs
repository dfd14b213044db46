//! The editor of one action: its text, owner, due date, status and where it came from.

use std::sync::Arc;

use egui::{RichText, Ui};

use super::is_overdue;
use crate::app::{Command, Document};
use crate::check::Subject;
use crate::model::Change;
use crate::model::label::label;
use crate::model::limits::LONG_TEXT_CHARACTERS;
use crate::model::{ActionId, ActionSource, ActionStatus, Choice};
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::pickers::{self, Found};
use crate::ui::problems;
use crate::ui::widgets::{field_id, labelled};

pub(super) fn show(ctx: &ViewContext, state: &mut super::ActionsState, ui: &mut Ui, id: ActionId) {
    let Some(&position) = ctx.document.derived().index.actions.get(&id) else {
        return;
    };
    let before = Arc::clone(&ctx.document.plan().actions[position]);
    let mut action = (*before).clone();
    let today = ctx.document.derived().today;
    let mut typed_in = None;
    let mut step = None;
    let mut delete = false;
    let mut open_source = None;

    egui::ScrollArea::vertical()
        .id_salt("action editor")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading("Action");
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    delete = ui
                        .button("Delete action")
                        .on_hover_text("Delete this action (Undo brings it back)")
                        .clicked();
                });
            });
            problems::notes(ctx, ui, Subject::Action(id));
            ui.add_space(ctx.tokens.space.small);
            let text = labelled(ui, "Action text", |ui, label| {
                ui.add(
                    TextField::multiline(field_id(id, "Action text"), &mut action.text)
                        .char_limit(LONG_TEXT_CHARACTERS)
                        .desired_rows(3)
                        .desired_width(ui.available_width())
                        .hint_text("What is to be done"),
                )
                .labelled_by(label)
            });
            if std::mem::take(&mut state.focus_text) {
                text.request_focus();
            }
            if text.changed() {
                typed_in = Some(text.id);
            }

            labelled(ui, "Owner", |ui, label| {
                if pickers::person_select(
                    ui,
                    ("action owner", id),
                    label,
                    ctx.document,
                    &mut action.owner,
                    "No owner",
                ) {
                    step = Some("change action owner");
                }
            });

            labelled(ui, "Due date", |ui, label| match &mut action.due {
                Some(due) => {
                    ui.add(crate::ui::widgets::date_button(due, "action due date"))
                        .labelled_by(label);
                    if ui.button("No due date").clicked() {
                        step = Some("clear due date");
                        action.due = None;
                    } else if is_overdue(&action, today) {
                        ui.label(
                            RichText::new("Overdue")
                                .color(ctx.tokens.color.error)
                                .strong(),
                        );
                    }
                }
                None => {
                    if ui.button("Set a due date").labelled_by(label).clicked() {
                        action.due = Some(today);
                        step = Some("set due date");
                    }
                }
            });

            labelled(ui, "Status", |ui, label| {
                egui::ComboBox::from_id_salt("action status")
                    .selected_text(action.status.label())
                    .show_ui(ui, |ui| {
                        for &status in ActionStatus::ALL {
                            ui.selectable_value(&mut action.status, status, status.label());
                        }
                    })
                    .response
                    .labelled_by(label);
            });

            labelled(ui, "Came from", |ui, label| {
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
                                ("action source", id),
                                source_name(document, action.source),
                                "Search topics and events",
                                document.revision(),
                                |query| sources(document, query),
                            )
                        },
                    )
                    .inner;
                select.button.labelled_by(label);
                if let Some(source) = select.picked
                    && source != action.source
                {
                    action.source = source;
                    step = Some("change action source");
                }
                if let Some(source) = action.source
                    && ui
                        .link("Open")
                        .on_hover_text("Open where it came from")
                        .clicked()
                {
                    open_source = Some(source);
                }
            });
        });

    if delete {
        ctx.send(Command::edit(
            Change::Delete(Subject::Action(id)),
            "delete action",
        ));
        ctx.send(Command::ClearSelection);
        return;
    }
    if action != *before {
        let change = Change::Action(Arc::new(action));
        ctx.send(match (step, typed_in) {
            (Some(label), _) => Command::edit(change, label),
            (None, Some(field)) => Command::typing(change, "edit action", field),
            (None, None) => Command::edit(change, "edit action"),
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

/// The source as the picker's button shows it.
fn source_name(document: &Document, source: Option<ActionSource>) -> String {
    let plan = document.plan();
    let index = &document.derived().index;
    match source {
        None => "Nothing in particular".to_owned(),
        Some(ActionSource::Topic(id)) => match index.topics.get(&id) {
            Some(&i) => format!("Topic: {}", label(&plan.topics[i].title)),
            None => format!("Missing topic {id}"),
        },
        Some(ActionSource::Event(id)) => match index.events.get(&id) {
            Some(&i) => format!("Event: {}", label(&plan.events[i].title)),
            None => format!("Missing event {id}"),
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
            text: "Nothing in particular".to_owned(),
            detail: String::new(),
        });
    }
    found.extend(
        plan.topics
            .iter()
            .filter(|topic| matches(&fold(&topic.title), folded_query))
            .map(|topic| Found {
                key: Some(ActionSource::Topic(topic.id)),
                text: format!("Topic: {}", label(&topic.title)),
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
                text: format!("Event: {}", label(&event.title)),
                detail: event.start.wall.strftime("%a %-d %b %Y %H:%M").to_string(),
            }),
    );
    found
}
