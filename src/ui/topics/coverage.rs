//! The events that cover a topic: the events whose `topics` name it. Computed from the events
//! (never stored on the topic), once per change of the plan; covering a topic from here adds the
//! topic to an event.

use crate::lang::format::{DateFormat, date, date_time};
use std::collections::HashMap;
use std::sync::Arc;

use egui::{RichText, Ui};

use crate::app::{Command, Document, Memo, Revision};
use crate::check::Subject;
use crate::model::Change;
use crate::model::label::label;
use crate::model::{Choice, Event, EventId, EventStatus, TopicId};
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_text};
use crate::ui::pickers::{self, Found};

/// Positions of the events covering each topic, in time order, and the problems with each
/// topic; kept for the plan revision, the day and the problems (`Derived::problems_found`)
/// they were worked out for.
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    of_plan: Memo<(Revision, jiff::civil::Date, u64), TopicFacts>,
}

#[derive(Clone, Debug, Default)]
struct TopicFacts {
    by_topic: HashMap<TopicId, Vec<usize>>,
    /// How many problems the check found with each topic.
    problems: HashMap<TopicId, usize>,
}

impl TopicFacts {
    fn of(document: &Document) -> Self {
        let plan = document.plan();
        let mut facts = TopicFacts::default();
        for problem in &document.derived().problems {
            if let Subject::Topic(topic) = problem.subject {
                *facts.problems.entry(topic).or_default() += 1;
            }
        }
        for &position in &document.derived().schedule.order {
            for &topic in &plan.events[position].topics {
                let events = facts.by_topic.entry(topic).or_default();
                // An event naming a topic twice covers it once.
                if events.last() != Some(&position) {
                    events.push(position);
                }
            }
        }
        facts
    }
}

impl Coverage {
    /// Computes the coverage again if the plan changed since.
    pub fn refresh(&mut self, document: &Document) {
        let key = (
            document.revision(),
            document.derived().today,
            document.derived().problems_found,
        );
        self.of_plan
            .get_or_compute(key, || TopicFacts::of(document));
    }

    /// How many problems the check found with `topic`.
    pub fn problems_with(&self, topic: TopicId) -> usize {
        self.of_plan
            .value()
            .and_then(|facts| facts.problems.get(&topic).copied())
            .unwrap_or(0)
    }

    /// Positions in `plan.events` of the events covering `topic`, in time order.
    pub fn of(&self, topic: TopicId) -> &[usize] {
        self.of_plan
            .value()
            .and_then(|facts| facts.by_topic.get(&topic))
            .map_or(&[], Vec::as_slice)
    }

    /// How many events that are not cancelled cover `topic`.
    pub fn count_active(&self, document: &Document, topic: TopicId) -> usize {
        self.of(topic)
            .iter()
            .filter(|&&i| document.plan().events[i].status != EventStatus::Cancelled)
            .count()
    }
}

/// The "Covered by" section of the topic editor: the covering events, each one click from the
/// itinerary, a button to stop covering the topic there, and a picker to cover it in another.
pub(super) fn section(
    ctx: &ViewContext,
    state: &mut super::TopicsState,
    ui: &mut Ui,
    topic: TopicId,
) {
    let covering: Vec<usize> = state.coverage.of(topic).to_vec();
    let mut commands = Vec::new();
    let mut opened = None;
    {
        let plan = ctx.document.plan();
        if covering.is_empty() {
            ui.label(
                RichText::new(crate::t!("topic-coverage-none")).color(ctx.tokens.color.warning),
            );
        }
        for &position in &covering {
            let event = &plan.events[position];
            ui.horizontal(|ui| {
                ui.add_sized(
                    [130.0, ui.spacing().interact_size.y],
                    egui::Label::new(RichText::new(when(event)).monospace()),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let stop = crate::t!("topic-coverage-stop", event = label(&event.title));
                    if ui
                        .small_button(crate::t!("topic-coverage-remove"))
                        .on_hover_text(&stop)
                        .accessible_name(stop)
                        .clicked()
                    {
                        let mut event = (**event).clone();
                        event.topics.retain(|&t| t != topic);
                        commands.push(Command::edit(
                            Change::Event(Arc::new(event)),
                            crate::t!("topic-coverage-undo-stop"),
                        ));
                    }
                    ui.weak(event.status.text());
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let mut title =
                            RichText::new(label(&event.title)).color(ui.visuals().hyperlink_color);
                        if event.status == EventStatus::Cancelled {
                            title = title.strikethrough();
                        }
                        let link = ui
                            .add(
                                egui::Label::new(bidi_text(
                                    ui,
                                    title,
                                    Fit::Truncate,
                                    ui.available_width(),
                                ))
                                .truncate()
                                .sense(egui::Sense::click()),
                            )
                            .on_hover_cursor(egui::CursorIcon::PointingHand)
                            .on_hover_text(crate::t!("topic-coverage-open"));
                        if link.clicked() {
                            opened = Some(event.id);
                        }
                    });
                });
            });
        }
    }
    ui.add_space(ctx.tokens.space.small);
    ctx.tokens.row(ui, |ui| {
        let label = ui.label(crate::t!("topic-coverage-cover"));
        let document = ctx.document;
        let select = pickers::search_select(
            ui,
            ("cover topic in event", topic),
            crate::t!("topic-coverage-choose"),
            crate::t!("topic-coverage-search"),
            document.revision(),
            |query| events_not_covering(document, topic, query),
        );
        select
            .button
            .labelled_by(label.id)
            .on_hover_text(crate::lang::attribute("topic-coverage-cover", "tooltip"));
        if let Some(id) = select.picked
            && let Some(&position) = document.derived().index.events.get(&id)
        {
            let mut event = (*document.plan().events[position]).clone();
            event.topics.push(topic);
            commands.push(Command::edit(
                Change::Event(Arc::new(event)),
                crate::t!("topic-coverage-undo-cover"),
            ));
        }
    });
    for command in commands {
        ctx.send(command);
    }
    if let Some(id) = opened {
        ctx.send(Command::ShowRecord(Subject::Event(id)));
    }
}

/// The events, in time order, that do not cover `topic` yet and match the folded query.
fn events_not_covering(
    document: &Document,
    topic: TopicId,
    folded_query: &str,
) -> Vec<Found<EventId>> {
    let plan = document.plan();
    document
        .derived()
        .schedule
        .order
        .iter()
        .map(|&i| &plan.events[i])
        .filter(|event| !event.topics.contains(&topic) && event.status != EventStatus::Cancelled)
        .filter(|event| {
            crate::model::search::matches(
                &crate::model::search::fold(&format!("{} {}", event.title, event.location)),
                folded_query,
            )
        })
        .map(|event| Found {
            key: event.id,
            text: format!("{}  {}", when(event), label(&event.title)),
            detail: event.location.clone(),
        })
        .collect()
}

/// When an event starts, short: "Mon 22 Mar 09:30".
pub(super) fn when(event: &Event) -> String {
    if event.all_day {
        date(event.start.wall.date(), DateFormat::WeekdayDayMonth)
    } else {
        date_time(event.start.wall, DateFormat::WeekdayDayMonth)
    }
}
