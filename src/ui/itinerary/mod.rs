//! The itinerary: the agenda by day and the timeline by hours, on the host's or the home clock,
//! with the editor of the selected event beside them.
//!
//! What the views draw comes from the plan's [`Schedule`](crate::model::schedule::Schedule),
//! derived once per change of the plan; the rows a filter leaves are kept in [`rows::Rows`] until
//! the plan, the clock or the filter changes. Nothing is sorted or grouped per frame.

mod agenda;
mod editor;
mod layout;
mod protocol;
mod rows;
mod timeline;
mod times;

use std::borrow::Cow;

use egui::{RichText, Ui};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::pickers;
use super::tokens::Palette;
use crate::app::{Document, ViewAction};
use crate::check::{Rule, Severity, Subject};
use crate::model::label::label;
use crate::model::schedule::{Agenda, zone_city};
use crate::model::{Choice, Event, EventId, EventKind, EventStatus, LocalTime, PersonId, TopicId};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::widgets::{Toolbar, split};
use rows::{Clock, Filter};

/// What the itinerary view remembers between frames.
#[derive(Clone, Debug, Default)]
pub struct ItineraryState {
    mode: Mode,
    clock: Clock,
    filter: Filter,
    rows: rows::Rows,
    editor: editor::EditorState,
    /// A day to bring into sight on the next frame.
    jump_to: Option<Date>,
    /// The first day in sight in the agenda (or the timeline), where a new event goes.
    day_in_sight: Option<Date>,
    timeline: timeline::TimelineState,
    /// The agenda's keyboard: which event's row to give the focus when it is drawn, and the
    /// part of the agenda in sight last frame.
    agenda_keys: agenda::AgendaKeys,
    /// Stands in for the system clock (tests, demonstrations).
    now: Option<Timestamp>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Mode {
    #[default]
    Agenda,
    Timeline,
}

impl ItineraryState {
    /// Reads `now` instead of the system clock for "today" and the timeline's current-time mark.
    pub fn set_now(&mut self, now: Timestamp) {
        self.now = Some(now);
    }

    fn now(&self) -> Timestamp {
        self.now.unwrap_or_else(Timestamp::now)
    }

    /// Shows times on the home clock (`true`) or the host clock.
    pub fn set_home_clock(&mut self, home: bool) {
        self.clock = if home { Clock::Home } else { Clock::Host };
    }
}

/// The agenda seen from the chosen clock, and the other one for the second time column.
fn agendas(document: &Document, clock: Clock) -> (&Agenda, &Agenda) {
    let schedule = &document.derived().schedule;
    match clock {
        Clock::Host => (&schedule.host, &schedule.home),
        Clock::Home => (&schedule.home, &schedule.host),
    }
}

pub fn show(ctx: &ViewContext, state: &mut ItineraryState, ui: &mut Ui) {
    let selected = match ctx.selection.subject {
        Some(Subject::Event(id)) if ctx.document.derived().index.events.contains_key(&id) => {
            Some(id)
        }
        _ => None,
    };
    toolbar(ctx, state, ui);
    filters(ctx, state, ui);
    state.rows.refresh(ctx.document, state.clock, state.filter);
    ui.separator();
    if selected.is_none() {
        state.editor.forget();
    }
    split::list_and_editor(
        ctx,
        ui,
        "event editor",
        state,
        selected,
        |state, ui| match state.mode {
            Mode::Agenda => agenda::show(ctx, state, ui),
            Mode::Timeline => timeline::show(ctx, state, ui),
        },
        |state, ui, id| editor::show(ctx, state, ui, id),
    );
}

fn toolbar(ctx: &ViewContext, state: &mut ItineraryState, ui: &mut Ui) {
    let visit = &ctx.document.plan().visit;
    let host_city = zone_city(&visit.host_zone);
    let home_city = zone_city(&visit.home_zone);
    let (agenda, _) = agendas(ctx.document, state.clock);
    let today = state.now().to_zoned(agenda.zone.clone()).date();
    let today_shown = agenda
        .day_at_or_after(today)
        .is_some_and(|d| agenda.days[d].date == today);
    let first_day = visit.first_day;
    let mut new_event = ctx.view_action == Some(ViewAction::Add);
    Toolbar::show(ui, |bar| {
        bar.group(|ui| {
            crate::ui::widgets::heading(ui, t!("itinerary-heading"), 1);
            ui.add_space(ctx.tokens.space.section);
            for (mode, label) in [
                (Mode::Agenda, t!("itinerary-mode-agenda")),
                (Mode::Timeline, t!("itinerary-mode-timeline")),
            ] {
                if ui
                    .add(egui::Button::selectable(state.mode == mode, label))
                    .clicked()
                {
                    state.mode = mode;
                    state.jump_to = state.day_in_sight;
                }
            }
        });
        bar.group(|ui| {
            ui.label(t!("itinerary-times-in"));
            ui.radio_value(
                &mut state.clock,
                Clock::Host,
                t!("itinerary-clock-host", city = host_city),
            );
            if visit.home_zone != visit.host_zone {
                ui.radio_value(
                    &mut state.clock,
                    Clock::Home,
                    t!("itinerary-clock-home", city = home_city),
                );
            }
        });
        bar.group(|ui| {
            if ui
                .button(t!("itinerary-first-day"))
                .on_hover_text(t!(
                    "itinerary-first-day-tooltip",
                    date = times::long_date(first_day)
                ))
                .clicked()
            {
                state.jump_to = Some(first_day);
            }
            let hover = if today_shown {
                t!("itinerary-today-tooltip", date = times::long_date(today))
            } else {
                t!(
                    "itinerary-today-not-in-itinerary",
                    date = times::long_date(today)
                )
            };
            if ui
                .add_enabled(today_shown, egui::Button::new(t!("itinerary-today")))
                .on_hover_text(hover.clone())
                .on_disabled_hover_text(hover)
                .clicked()
            {
                state.jump_to = Some(today);
            }
        });
        new_event |= bar.group(|ui| {
            ui.button(t!("itinerary-new-event"))
                .on_hover_text(crate::lang::attribute("itinerary-new-event", "tooltip"))
                .clicked()
        });
    });
    if new_event {
        let plan = ctx.document.plan();
        let visit = &plan.visit;
        // The selected event's day, else the day in sight, else the visit's first.
        let selected_day = match ctx.selection.subject {
            Some(Subject::Event(id)) => plan
                .events
                .iter()
                .find(|event| event.id == id)
                .map(|event| event.start.wall.date()),
            _ => None,
        };
        let day = selected_day
            .or(state.day_in_sight)
            .unwrap_or(visit.first_day);
        let start = times::after_the_days_last_event(plan, day, &visit.host_zone);
        let end = start
            .checked_add(jiff::SignedDuration::from_hours(1))
            .unwrap_or(start);
        let at = |wall| LocalTime::new(wall, visit.host_zone.clone());
        let event = Event::new(EventKind::Meeting, "", at(start), at(end));
        state
            .editor
            .just_added
            .add(ctx, event, t!("event-undo-add"));
    }
}

fn filters(ctx: &ViewContext, state: &mut ItineraryState, ui: &mut Ui) {
    let document = ctx.document;
    let plan = document.plan();
    let mut filter = state.filter;
    ctx.tokens.wrapped_row(ui, |ui| {
        ui.weak(t!("itinerary-show-only"));
        let person_heading = ui.label(t!("itinerary-filter-person"));
        pickers::person_select(
            ui,
            "itinerary person filter",
            person_heading.id,
            document,
            &mut filter.person,
            t!("itinerary-filter-anyone"),
        );

        let topic_name = |id: Option<TopicId>| match id {
            None => t!("itinerary-filter-any-topic").to_owned(),
            Some(id) => document
                .derived()
                .index
                .topics
                .get(&id)
                .map(|&i| {
                    t!(
                        "itinerary-filter-topic",
                        title = label(&plan.topics[i].title)
                    )
                })
                .unwrap_or_else(|| t!("itinerary-filter-missing-topic").to_owned()),
        };
        egui::ComboBox::from_id_salt("itinerary topic filter")
            .selected_text(topic_name(filter.topic))
            .width(180.0)
            .truncate()
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.topic, None, t!("itinerary-filter-any-topic"));
                for topic in &plan.topics {
                    ui.selectable_value(&mut filter.topic, Some(topic.id), label(&topic.title));
                }
            })
            .response
            .accessible_name(t!("itinerary-filter-by-topic"));

        choice_filter(ui, ChoiceFilter::Kind, &mut filter.kind);
        choice_filter(ui, ChoiceFilter::Status, &mut filter.status);

        if filter.is_active() {
            if ui.button(t!("itinerary-clear-filters")).clicked() {
                filter = Filter::default();
            }
            ui.weak(t!(
                "itinerary-filtered-count",
                count = plan.events.len(),
                shown = state.rows.events().len().to_string(),
                total = plan.events.len().to_string()
            ));
        }
    });
    state.filter = filter;
}

/// The filters by a choice of the event.
#[derive(Clone, Copy, Debug, Hash)]
enum ChoiceFilter {
    Kind,
    Status,
}

fn choice_filter<T: Choice + Send + Sync>(ui: &mut Ui, which: ChoiceFilter, value: &mut Option<T>) {
    let (any, name) = match which {
        ChoiceFilter::Kind => (
            t!("itinerary-filter-any-kind"),
            t!("itinerary-filter-by-kind"),
        ),
        ChoiceFilter::Status => (
            t!("itinerary-filter-any-status"),
            t!("itinerary-filter-by-status"),
        ),
    };
    let shown = match (which, value.as_ref()) {
        (_, None) => any.to_owned(),
        (ChoiceFilter::Kind, Some(v)) => t!("itinerary-filter-kind", kind = v.text()),
        (ChoiceFilter::Status, Some(v)) => t!("itinerary-filter-status", status = v.text()),
    };
    egui::ComboBox::from_id_salt(("itinerary filter", which))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for &choice in T::ALL {
                ui.selectable_value(value, Some(choice), choice.text());
            }
        })
        .response
        .accessible_name(name);
}

/// An event's title as shown, "Untitled event" when it has none.
fn title_text(event: &Event) -> RichText {
    let mut text = if event.title.trim().is_empty() {
        RichText::new(t!("event-untitled")).italics()
    } else {
        RichText::new(&event.title)
    };
    if event.status == EventStatus::Cancelled {
        text = text.strikethrough();
    }
    text
}

/// Records that can be opened from the editor.
#[derive(Clone, Copy, Debug)]
enum Link {
    Person(PersonId),
    Topic(TopicId),
}

impl Link {
    fn subject(self) -> Subject {
        match self {
            Link::Person(id) => Subject::Person(id),
            Link::Topic(id) => Subject::Topic(id),
        }
    }
}

/// The problems the checks found with one event, for a mark on its row or block and what a
/// screen reader hears of them.
pub(super) struct EventProblems<'a> {
    worst: Option<Severity>,
    /// Rendered only when shown (on hover), in the window's language.
    sentences: Vec<&'a crate::lang::Message>,
    /// What a screen reader hears of the events it clashes with, or "".
    clashes: String,
}

impl<'a> EventProblems<'a> {
    /// The problems of the event `id`, the events it clashes with told on `zone`'s clock.
    pub(super) fn of(document: &'a Document, id: EventId, zone: &TimeZone) -> Self {
        let derived = document.derived();
        let positions = derived
            .problems_of
            .get(&Subject::Event(id))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let problems = positions.iter().map(|&i| &derived.problems[i]);
        Self {
            worst: problems.clone().map(|problem| problem.severity).min(),
            clashes: clashes_said(document, id, problems.clone(), zone),
            sentences: problems.map(|problem| &problem.message).collect(),
        }
    }

    /// The mark's colour: the worst problem's.
    pub(super) fn color(&self, palette: &Palette) -> Option<egui::Color32> {
        self.worst.map(|worst| palette.problem(worst))
    }

    /// What a screen reader hears after the event: ", 1 problem (an error)", and the events it
    /// clashes with.
    pub(super) fn for_label(&self) -> Cow<'static, str> {
        let count = self.count_for_label();
        if self.clashes.is_empty() {
            Cow::Borrowed(count)
        } else {
            Cow::Owned(format!("{count}{}", self.clashes))
        }
    }

    /// ", 1 problem (an error)". Made once per language, severity and count: rows ask for it
    /// every frame.
    fn count_for_label(&self) -> &'static str {
        use std::cell::RefCell;
        use std::collections::HashMap;
        thread_local! {
            static SAID: RefCell<HashMap<(crate::lang::Language, Severity, usize), &'static str>> =
                RefCell::default();
        }
        let Some(worst) = self.worst else {
            return "";
        };
        let count = self.sentences.len();
        SAID.with(|said| {
            *said
                .borrow_mut()
                .entry((crate::lang::current(), worst, count))
                .or_insert_with(|| {
                    let text = match worst {
                        Severity::Error => t!("event-problems-errors", count = count),
                        Severity::Warning => t!("event-problems-warnings", count = count),
                    };
                    // One per count of problems an event has: kept for the life of the program.
                    Box::leak(text.into_boxed_str())
                })
        })
    }

    /// The sentences, shown when the pointer rests on the event.
    pub(super) fn on_hover(&self, response: egui::Response) -> egui::Response {
        if self.sentences.is_empty() {
            response
        } else {
            response.on_hover_text(
                self.sentences
                    .iter()
                    .map(|sentence| sentence.render())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        }
    }
}

/// What a screen reader hears of the events that the event `id` clashes with (someone is in both
/// at once), after its problems' count, each by its title and its time on `zone`'s clock:
/// ", clashing with "Lunch" (12:00–13:30)"; "" when it clashes with none. A clash is about two
/// events, its problem's subject and the one also named: the other is the one that is not `id`.
/// (The checks may still be on an older plan: an event gone since is left out.)
fn clashes_said<'a>(
    document: &Document,
    id: EventId,
    problems: impl Iterator<Item = &'a crate::check::Problem>,
    zone: &TimeZone,
) -> String {
    let derived = document.derived();
    let events: Vec<String> = problems
        .filter(|problem| problem.rule == Rule::Conflict)
        .filter_map(|problem| match (problem.subject, problem.also?) {
            (Subject::Event(subject), Subject::Event(also)) => {
                Some(if subject == id { also } else { subject })
            }
            _ => None,
        })
        .filter_map(|other| derived.index.events.get(&other).copied())
        .map(|other| {
            t!(
                "event-clash",
                title = label(&document.plan().events[other].title),
                range = times::range_in(derived.schedule.spans[other], zone)
            )
        })
        .collect();
    if events.is_empty() {
        return String::new();
    }
    t!(
        "event-clashes",
        events = crate::lang::format::list(&events),
        count = events.len()
    )
}
