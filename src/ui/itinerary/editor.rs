//! The editor of one event, beside the agenda or the timeline. Every field sends a command, so
//! each change can be undone; typing in one field is one step.
//!
//! Times are edited as a date, a clock time and a zone for each end. Moving the start keeps the
//! event's length; an end before the start is refused with a sentence saying why; a time the
//! clocks jump over is moved forward and the planner is told; a time that happens twice is kept
//! (the first) and explained.

use crate::ui::tokens::Tokens;
use std::sync::Arc;

use egui::{Id, RichText, Ui};
use jiff::Timestamp;
use jiff::civil::{Date, Time};

use super::Link;
use super::times::{
    self, WallTimeNote, clock, moved_by_days, order_problem, parse_time, resolve_gap,
    wall_time_note, with_start,
};
use super::zone_picker::zone_picker;
use crate::app::{Command, Document, Revision};
use crate::check::Subject;
use crate::model::Change;
use crate::model::label::label;
use crate::model::limits::{LONG_TEXT_CHARACTERS, SHORT_TEXT_CHARACTERS};
use crate::model::schedule::zone_city;
use crate::model::search;
use crate::model::{
    Choice, Event, EventId, EventKind, EventKindTag, EventReferences, EventStatus, Id as RecordId,
    LocalTime, Side, TopicId, TravelMode,
};
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::people::fields::optional_organisation_picker;
use crate::ui::pickers::{self, Found};
use crate::ui::record_editor::{confirm_delete, deleting_sentence};
use crate::ui::widgets::count;
use crate::ui::widgets::field_id;

/// What the editor remembers between frames: the clock times as typed, and what it last told
/// the planner.
#[derive(Clone, Debug, Default)]
pub struct EditorState {
    /// The event the fields belong to.
    event: Option<EventId>,
    start_time: String,
    end_time: String,
    /// The times the text fields were last filled from.
    synced: Option<(LocalTime, LocalTime)>,
    /// Why the last change was refused.
    refusal: Option<String>,
    /// How a time in a DST gap was resolved by the last change.
    note: Option<String>,
    focus_title: bool,
    /// Whether the planner asked to delete an event whose seating, rooms, rides or gifts (or
    /// actions) would go with it, and is being asked to confirm.
    confirm_delete: bool,
}

impl EditorState {
    /// Lets go of the event: the next one starts with fresh fields.
    pub fn forget(&mut self) {
        let focus_title = self.focus_title;
        *self = Self {
            focus_title,
            ..Self::default()
        };
    }

    /// Puts the cursor in the title of the next event shown (a new one).
    pub fn focus_title(&mut self) {
        self.focus_title = true;
    }
}

/// Which end of the event a field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Start,
    End,
}

/// A change asked for in one of the date, time or zone fields.
enum MomentEdit {
    Date(Date),
    Time(Time, Id),
    Zone(String),
}

/// The names of the two ends, which depend on the kind: "Departure" and "Arrival" for travel.
fn end_names(event: &Event) -> (&'static str, &'static str) {
    match (&event.kind, event.all_day) {
        (_, true) => ("First day", "Last day"),
        (EventKind::Travel(_), _) => ("Departure", "Arrival"),
        (EventKind::Stay(_), _) => ("Check-in", "Check-out"),
        _ => ("Start", "End"),
    }
}

pub(super) fn show(ctx: &ViewContext, state: &mut super::ItineraryState, ui: &mut Ui, id: EventId) {
    let document = ctx.document;
    let plan = document.plan();
    let Some(&position) = document.derived().index.events.get(&id) else {
        return;
    };
    let before: &Arc<Event> = &plan.events[position];
    let state = &mut state.editor;
    if state.event != Some(id) {
        let focus_title = state.focus_title;
        *state = EditorState {
            event: Some(id),
            focus_title,
            ..EditorState::default()
        };
    }
    let start_id = ui.make_persistent_id("event start time");
    let end_id = ui.make_persistent_id("event end time");
    let times_now = (before.start.clone(), before.end.clone());
    if state.synced.as_ref() != Some(&times_now) {
        let focused = |id| ui.memory(|memory| memory.has_focus(id));
        if !focused(start_id) {
            state.start_time = clock(before.start.wall.time());
        }
        if !focused(end_id) {
            state.end_time = clock(before.end.wall.time());
        }
        state.synced = Some(times_now);
    }

    let mut edited: Event = (**before).clone();
    let mut label = "change event";
    let mut typing: Option<Id> = None;
    let mut commands: Vec<Command> = Vec::new();
    let mut link: Option<Link> = None;
    let mut select_after: Option<Option<EventId>> = None;

    // The title bar: what the event is, and what can be done with it as a whole.
    ui.add_space(ctx.tokens.space.medium);
    ui.horizontal_wrapped(|ui| {
        ui.heading(before.kind.tag().label());
        ui.add_space(ctx.tokens.space.large);
        if ui
            .button("Duplicate")
            .on_hover_text("Add a copy of this event")
            .clicked()
        {
            let mut copy = (**before).clone();
            copy.id = RecordId::random();
            if !copy.title.is_empty() {
                copy.title.push_str(" (copy)");
            }
            select_after = Some(Some(copy.id));
            commands.push(Command::edit(
                Change::Event(Arc::new(copy)),
                "duplicate event",
            ));
        }
        if ui
            .button("Delete")
            .on_hover_text("Delete this event (Undo brings it back)")
            .clicked()
        {
            state.confirm_delete = true;
        }
        for (days, text, hover) in [
            (
                -1,
                "Day earlier",
                "Move this event to the day before, same clock times",
            ),
            (
                1,
                "Day later",
                "Move this event to the day after, same clock times",
            ),
        ] {
            if ui.button(text).on_hover_text(hover).clicked()
                && let Some(moved) = moved_by_days(before, days)
            {
                commands.push(Command::edit(
                    Change::Event(Arc::new(moved)),
                    if days < 0 {
                        "move event a day earlier"
                    } else {
                        "move event a day later"
                    },
                ));
            }
        }
        if ui
            .button("Close")
            .on_hover_text("Close the editor")
            .clicked()
        {
            select_after = Some(None);
        }
    });
    ui.separator();
    if state.confirm_delete {
        // An event with nothing hanging on it goes at once (Undo brings it back); one with a
        // seating plan, rides, rooms, gifts or actions says what goes with it first.
        let references = plan.references_to_event(before);
        let answer = if references.is_empty() {
            Some(true)
        } else {
            let title = crate::model::label::label(&before.title).into_owned();
            confirm_delete(ui.ctx(), "event", &title, |ui| {
                ui.add(egui::Label::new(what_goes_with_the_event(&references)).wrap());
            })
        };
        if let Some(delete) = answer {
            state.confirm_delete = false;
            if delete {
                select_after = Some(None);
                commands.push(Command::edit(
                    Change::Delete(Subject::Event(id)),
                    "delete event",
                ));
            }
        }
    }

    let visit = &plan.visit;
    let mut suggested: Vec<(&str, &str)> = vec![
        (visit.host_zone.as_str(), "host zone"),
        (visit.home_zone.as_str(), "home zone"),
    ];
    for (zone, why) in [
        (&before.start.zone, "this event"),
        (&before.end.zone, "this event"),
    ] {
        if !suggested.iter().any(|(z, _)| z == zone) {
            suggested.push((zone.as_str(), why));
        }
    }
    let (start_name, end_name) = end_names(before);
    let revision = document.revision();
    let mut moment: Option<(End, MomentEdit)> = None;

    egui::ScrollArea::vertical()
        .id_salt("event editor")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Fields take the panel's width less the labels', never more: a field asking for
            // "all the width there is" would widen the panel frame after frame.
            let width = (ui.available_width() - 130.0).max(180.0);
            egui::Grid::new("event form")
                .num_columns(2)
                .spacing(ctx.tokens.space.form_grid)
                .min_col_width(96.0)
                .show(ui, |ui| {
                    // Kind, and the fields only that kind has.
                    let label_kind = ui.label("Kind");
                    let mut tag = edited.kind.tag();
                    egui::ComboBox::from_id_salt("event kind")
                        .selected_text(tag.label())
                        .show_ui(ui, |ui| {
                            for &choice in EventKindTag::ALL {
                                ui.selectable_value(&mut tag, choice, choice.label());
                            }
                        })
                        .response
                        .labelled_by(label_kind.id);
                    ui.end_row();
                    if tag != edited.kind.tag() {
                        edited.kind = tag.to_kind();
                        label = "change event kind";
                    }

                    let title_label = ui.label("Title");
                    let title = ui
                        .add(
                            TextField::singleline(field_id(id, "Title"), &mut edited.title)
                                .char_limit(SHORT_TEXT_CHARACTERS)
                                .hint_text("What it is, e.g. Meeting with the Government CIO")
                                .desired_width(width),
                        )
                        .labelled_by(title_label.id);
                    if state.focus_title {
                        title.request_focus();
                        state.focus_title = false;
                    }
                    if title.changed() {
                        typing = Some(title.id);
                        label = "edit event";
                    }
                    ui.end_row();

                    match &mut edited.kind {
                        EventKind::Travel(leg) => {
                            let mode_label = ui.label("Mode");
                            egui::ComboBox::from_id_salt("travel mode")
                                .selected_text(leg.mode.label())
                                .show_ui(ui, |ui| {
                                    for &mode in TravelMode::ALL {
                                        ui.selectable_value(&mut leg.mode, mode, mode.label());
                                    }
                                })
                                .response
                                .labelled_by(mode_label.id);
                            ui.end_row();
                            for (name, value) in [
                                ("From", &mut leg.from),
                                ("To", &mut leg.to),
                                ("Carrier", &mut leg.carrier),
                                ("Booking reference", &mut leg.booking_reference),
                            ] {
                                let response = text_row(ui, id, name, value, width);
                                if response.changed() {
                                    typing = Some(response.id);
                                    label = "edit event";
                                }
                            }
                        }
                        EventKind::Stay(stay) => {
                            let response = text_row(
                                ui,
                                id,
                                "Booking reference",
                                &mut stay.booking_reference,
                                width,
                            );
                            if response.changed() {
                                typing = Some(response.id);
                                label = "edit event";
                            }
                        }
                        _ => {}
                    }

                    ui.label("Hours");
                    if ui
                        .checkbox(&mut edited.all_day, "All day (no fixed hours)")
                        .changed()
                    {
                        label = if edited.all_day {
                            "make event all day"
                        } else {
                            "give event fixed hours"
                        };
                    }
                    ui.end_row();

                    let all_day = before.all_day;
                    if let Some(edit) = moment_row(
                        ui,
                        start_name,
                        &before.start,
                        before.instant_or_now(End::Start),
                        &mut state.start_time,
                        start_id,
                        all_day,
                        &suggested,
                        revision,
                    ) {
                        moment = Some((End::Start, edit));
                    }
                    if let Some(edit) = moment_row(
                        ui,
                        end_name,
                        &before.end,
                        before.instant_or_now(End::End),
                        &mut state.end_time,
                        end_id,
                        all_day,
                        &suggested,
                        revision,
                    ) {
                        moment = Some((End::End, edit));
                    }

                    // What the planner needs to know about these times.
                    ui.label("");
                    ui.vertical(|ui| {
                        time_notes(ui, before, state);
                        if let Some(fix) = gap_fix(ui, before) {
                            edited = fix;
                            label = "move event out of the DST gap";
                        }
                    });
                    ui.end_row();

                    let place = if matches!(edited.kind, EventKind::Stay(_)) {
                        "Place"
                    } else {
                        "Location"
                    };
                    let response = text_row(ui, id, place, &mut edited.location, width);
                    if response.changed() {
                        typing = Some(response.id);
                        label = "edit event";
                    }

                    let host_label = ui.label("Host organisation");
                    if optional_organisation_picker(
                        ui,
                        "event host organisation",
                        host_label.id,
                        document,
                        &mut edited.host_organisation,
                    ) {
                        label = "change host organisation";
                    }
                    ui.end_row();

                    // Hosts are found among the host side first.
                    for (name, list, first_side) in [
                        ("Participants", &mut edited.participants, None),
                        ("Hosts", &mut edited.hosts, Some(Side::Host)),
                    ] {
                        let list_label = top_label(ui, name);
                        let picked = within(ui, width, |ui| {
                            pickers::people_multi_select(
                                ui,
                                ("event people", name),
                                list_label.id,
                                document,
                                list,
                                &name.to_lowercase(),
                                first_side,
                            )
                        });
                        if picked.changed {
                            label = if name == "Hosts" {
                                "change hosts"
                            } else {
                                "change participants"
                            };
                        }
                        if let Some(person) = picked.opened {
                            link = Some(Link::Person(person));
                        }
                        ui.end_row();
                    }

                    let topics_label = top_label(ui, "Topics");
                    let picked = within(ui, width, |ui| {
                        topics_select(ui, topics_label.id, document, &mut edited.topics)
                    });
                    if picked.changed {
                        label = "change topics";
                    }
                    if let Some(topic) = picked.opened {
                        link = Some(Link::Topic(topic));
                    }
                    ui.end_row();

                    let status_label = ui.label("Status");
                    egui::ComboBox::from_id_salt("event status")
                        .selected_text(edited.status.label())
                        .show_ui(ui, |ui| {
                            for &status in EventStatus::ALL {
                                ui.selectable_value(&mut edited.status, status, status.label());
                            }
                        })
                        .response
                        .labelled_by(status_label.id);
                    ui.end_row();

                    ui.label("Interpretation");
                    ui.checkbox(&mut edited.interpretation_needed, "Interpretation needed");
                    ui.end_row();

                    let response = multiline_row(ui, id, "Notes", &mut edited.notes, width);
                    if response.changed() {
                        typing = Some(response.id);
                        label = "edit event notes";
                    }
                });
            if let Some(protocol) = super::protocol::show(ui, document, &mut edited) {
                label = protocol.label;
                typing = protocol.typing;
            }
        });

    // A date, time or zone asked for: resolve it, then take it or refuse it.
    if let Some((end, edit)) = moment {
        let (candidate, note, typed) = propose(&edited, end, edit);
        match order_problem(&candidate) {
            Some(problem) if order_problem(&edited).is_none() => {
                state.refusal = Some(problem);
            }
            _ => {
                state.refusal = None;
                state.note = note;
                edited = candidate;
                label = match end {
                    End::Start => "change event start",
                    End::End => "change event end",
                };
                typing = typed;
            }
        }
    } else if edited != **before {
        // Any other change: what the clocks said before no longer applies.
        state.note = None;
        state.refusal = None;
    }

    if edited != **before {
        let change = Change::Event(Arc::new(edited));
        commands.push(match typing {
            Some(field) => Command::typing(change, label, field),
            None => Command::edit(change, label),
        });
    }
    for command in commands {
        ctx.send(command);
    }
    match select_after {
        Some(Some(event)) => ctx.send(Command::Select(Subject::Event(event))),
        Some(None) => ctx.send(Command::ClearSelection),
        None => {}
    }
    if let Some(link) = link {
        ctx.send(Command::ShowRecord(link.subject()));
    }
}

/// One sentence: what deleting an event takes with it and what it leaves without a source.
fn what_goes_with_the_event(references: &EventReferences) -> String {
    let mut parts = Vec::new();
    if references.tables > 0 {
        parts.push(format!(
            "deletes its seating plan ({}, {} seated)",
            count(references.tables, "table", "tables"),
            references.seated
        ));
    }
    if references.rooms > 0 {
        parts.push(format!(
            "deletes its rooming list ({})",
            count(references.rooms, "room", "rooms")
        ));
    }
    if references.rides > 0 {
        parts.push(format!(
            "deletes its rides ({}, {} riding)",
            count(references.rides, "vehicle", "vehicles"),
            references.passengers
        ));
    }
    if references.gifts > 0 {
        parts.push(format!(
            "deletes {} of its gifts register",
            count(references.gifts, "gift", "gifts")
        ));
    }
    if !references.actions.is_empty() {
        parts.push(format!(
            "leaves {} that came from it without a source",
            count(references.actions.len(), "action", "actions")
        ));
    }
    deleting_sentence(parts)
}

trait InstantOrNow {
    fn instant_or_now(&self, end: End) -> Timestamp;
}

impl InstantOrNow for Event {
    /// The instant of one end, for showing zone offsets as they are at that moment.
    fn instant_or_now(&self, end: End) -> Timestamp {
        let time = match end {
            End::Start => &self.start,
            End::End => &self.end,
        };
        time.instant().unwrap_or_else(|_| Timestamp::now())
    }
}

/// The event with one end changed as asked, a DST gap resolved, and whether it came from typing.
fn propose(event: &Event, end: End, edit: MomentEdit) -> (Event, Option<String>, Option<Id>) {
    let current = match end {
        End::Start => &event.start,
        End::End => &event.end,
    };
    let mut time = current.clone();
    let mut typed = None;
    let zone_only = matches!(edit, MomentEdit::Zone(_));
    match edit {
        MomentEdit::Date(date) => time.wall = date.to_datetime(time.wall.time()),
        MomentEdit::Time(clock_time, field) => {
            time.wall = time.wall.date().to_datetime(clock_time);
            typed = Some(field);
        }
        MomentEdit::Zone(zone) => time.zone = zone,
    }
    let what = match end {
        End::Start => "start",
        End::End => "end",
    };
    let (time, note) = if event.all_day {
        (time, None)
    } else {
        let (time, note) = resolve_gap(time, what);
        // Only a moved time needs telling now; a fold is explained below the times all along.
        let note = note
            .filter(|note| matches!(note, WallTimeNote::Gap { .. }))
            .map(|note| note.text().to_owned());
        (time, note)
    };
    let candidate = match end {
        End::Start if zone_only => {
            let mut moved = event.clone();
            // A meeting happens in one place: its end follows its start into the new zone. A leg
            // may end elsewhere, so its arrival zone stays.
            if !matches!(event.kind, EventKind::Travel(_)) && event.end.zone == event.start.zone {
                moved.end.zone = time.zone.clone();
            }
            moved.start = time;
            moved
        }
        End::Start => with_start(event, time),
        End::End => {
            let mut moved = event.clone();
            moved.end = time;
            moved
        }
    };
    (candidate, note, typed)
}

/// One end of the event: a label, then its date, clock time and zone, each named for screen
/// readers ("Departure date", "Departure time", "Departure zone").
#[allow(clippy::too_many_arguments)]
fn moment_row(
    ui: &mut Ui,
    name: &str,
    time: &LocalTime,
    at: Timestamp,
    text: &mut String,
    text_id: Id,
    all_day: bool,
    suggested: &[(&str, &str)],
    revision: Revision,
) -> Option<MomentEdit> {
    ui.label(name);
    let mut edit = None;
    ui.horizontal(|ui| {
        let mut date = time.wall.date();
        let salt = format!("{name} date picker");
        ui.add(crate::ui::widgets::date_button(&mut date, &salt).format("%a %-d %b %Y"))
            .accessible_name(format!("{name} date"));
        if date != time.wall.date() {
            edit = Some(MomentEdit::Date(date));
        }
        if all_day {
            return;
        }
        let differs = parse_time(text) != Some(time.wall.time());
        let response = ui
            .add(
                TextField::singleline(text_id, text)
                    .desired_width(48.0)
                    .char_limit(6)
                    .hint_text("hh:mm")
                    .text_color_opt(differs.then(|| Tokens::for_ui(ui).color.warning)),
            )
            .accessible_name(format!("{name} time"))
            .on_hover_text("Clock time in the zone beside it, e.g. 09:30");
        if response.changed()
            && let Some(typed) = parse_time(text)
            && typed != time.wall.time()
        {
            edit = Some(MomentEdit::Time(typed, response.id));
        }
        if response.lost_focus() && parse_time(text).is_none() {
            *text = clock(time.wall.time());
        }
        let mut zone = time.zone.clone();
        if zone_picker(
            ui,
            &format!("{name} zone picker"),
            &format!("{name} zone"),
            &mut zone,
            suggested,
            at,
            revision,
        ) {
            edit = Some(MomentEdit::Zone(zone));
        }
    });
    ui.end_row();
    edit
}

/// Under the times: how long the event lasts, a refused change, how a time was resolved, and a
/// time that happens twice.
fn time_notes(ui: &mut Ui, event: &Event, state: &EditorState) {
    let colors = Tokens::for_ui(ui).color;
    if let Some(refusal) = &state.refusal {
        ui.add(egui::Label::new(RichText::new(refusal).color(colors.error)).wrap());
    }
    if let Some(note) = &state.note {
        ui.add(egui::Label::new(RichText::new(note).color(colors.warning)).wrap());
    }
    if event.all_day {
        let days = (event.end.wall.date() - event.start.wall.date()).get_days() + 1;
        ui.weak(if days == 1 {
            "One day, no fixed hours".to_owned()
        } else {
            format!("{days} days, no fixed hours")
        });
        return;
    }
    match (event.start.instant(), event.end.instant()) {
        (Ok(start), Ok(end)) if end >= start => {
            let mut text = format!("Lasts {}", times::duration(end.duration_since(start)));
            if event.start.zone != event.end.zone {
                text.push_str(&format!(
                    ", from {} to {} time",
                    zone_city(&event.start.zone),
                    zone_city(&event.end.zone)
                ));
            }
            ui.weak(text);
        }
        (Ok(_), Ok(_)) => {
            ui.colored_label(
                colors.error,
                "This event ends before it starts: change its end or its start.",
            );
        }
        _ => {
            ui.colored_label(
                colors.error,
                "A zone of this event is not in the time-zone database: choose another.",
            );
        }
    }
    for (time, what) in [(&event.start, "start"), (&event.end, "end")] {
        if let Some(WallTimeNote::Fold { text }) = wall_time_note(time, what) {
            ui.add(egui::Label::new(RichText::new(text).color(colors.warning)).wrap());
        }
    }
}

/// A time stored in a DST gap (typed into the file by hand): explain it and offer to move it to
/// the time it is read as.
fn gap_fix(ui: &mut Ui, event: &Event) -> Option<Event> {
    if event.all_day {
        return None;
    }
    let mut fixed = None;
    for end in [End::Start, End::End] {
        let (time, what) = match end {
            End::Start => (&event.start, "start"),
            End::End => (&event.end, "end"),
        };
        if let Some(WallTimeNote::Gap { moved_to, text }) = wall_time_note(time, what) {
            ui.add(
                egui::Label::new(RichText::new(&text).color(Tokens::for_ui(ui).color.warning))
                    .wrap(),
            );
            if ui
                .button(format!("Move the {what} to {}", clock(moved_to.time())))
                .clicked()
            {
                let mut event = event.clone();
                match end {
                    End::Start => event.start.wall = moved_to,
                    End::End => event.end.wall = moved_to,
                }
                fixed = Some(event);
            }
        }
    }
    fixed
}

/// A label and a single-line text field `width` wide, as two cells of a grid row.
fn text_row(
    ui: &mut Ui,
    event: EventId,
    label: &str,
    value: &mut String,
    width: f32,
) -> egui::Response {
    let id = field_id(event, label);
    let label = ui.label(label);
    let response = ui
        .add(
            TextField::singleline(id, value)
                .char_limit(SHORT_TEXT_CHARACTERS)
                .desired_width(width),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

fn multiline_row(
    ui: &mut Ui,
    event: EventId,
    label: &str,
    value: &mut String,
    width: f32,
) -> egui::Response {
    let id = field_id(event, label);
    let label = top_label(ui, label);
    let response = ui
        .add(
            TextField::multiline(id, value)
                .char_limit(LONG_TEXT_CHARACTERS)
                .desired_rows(4)
                .desired_width(width),
        )
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A grid label at the top of its row, for rows taller than a line.
fn top_label(ui: &mut Ui, text: &str) -> egui::Response {
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.label(text)
    })
    .inner
}

/// Lays out `add` no wider than `width`.
fn within<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.vertical(|ui| {
        ui.set_max_width(width);
        add(ui)
    })
    .inner
}

fn topics_select(
    ui: &mut Ui,
    labelled_by: Id,
    document: &Document,
    chosen: &mut Vec<TopicId>,
) -> pickers::MultiSelect<TopicId> {
    let plan = document.plan();
    let derived = document.derived();
    pickers::multi_select(
        ui,
        "event topics",
        labelled_by,
        chosen,
        "topics",
        |id| {
            derived
                .index
                .topics
                .get(&id)
                .map(|&i| label(&plan.topics[i].title).into_owned())
                .unwrap_or_else(|| format!("Missing topic {id}"))
        },
        document.revision(),
        |query| {
            plan.topics
                .iter()
                .filter(|topic| search::matches(&search::fold(&topic.title), query))
                .map(|topic| Found {
                    key: topic.id,
                    text: label(&topic.title).into_owned(),
                    detail: topic.summary.clone(),
                })
                .collect()
        },
    )
}
