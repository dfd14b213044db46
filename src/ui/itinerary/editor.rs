//! The editor of one event, beside the agenda or the timeline, in the shared editor frame: its
//! header, then the kind and title, the times, where and with whom, status and notes, and the
//! protocol parts (seating, rooms, rides, gifts). Every field sends a command, so each change
//! can be undone; typing in one field is one step.
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
    self, WallTimeNote, moved_by_days, order_problem, parse_time, resolve_gap, typed_clock,
    wall_time_note, with_start,
};
use crate::app::{Command, Document, Revision};
use crate::check::Subject;
use crate::lang;
use crate::model::Change;
use crate::model::label::label;
use crate::model::schedule::zone_city;
use crate::model::search;
use crate::model::{Choice, Event, EventId, EventKind, Id as RecordId, LocalTime, Side, TopicId};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::TextField;
use crate::ui::pickers::{self, Found};
use crate::ui::record_editor::{DeleteQuestion, RecordHeader, edit_command, editor_header};
use crate::ui::widgets::{JustAdded, optional_organisation_picker, zone_picker};
use crate::ui::widgets::{TextRow, choice_row, input_row, multiline_row, tall_input_row, text_row};

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
    /// The event New event made, whose title takes the cursor.
    pub just_added: JustAdded<Event>,
    /// The event whose deletion waits for the planner's answer.
    deleting: DeleteQuestion,
}

impl EditorState {
    /// Lets go of the event: the next one starts with fresh fields.
    pub fn forget(&mut self) {
        *self = Self {
            just_added: std::mem::take(&mut self.just_added),
            ..Self::default()
        };
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

/// The messages naming the two ends, which depend on the kind: "Departure" and "Arrival" for
/// travel. Each has the names of its date, time and zone fields as attributes.
fn end_names(event: &Event) -> (&'static str, &'static str) {
    match (&event.kind, event.all_day) {
        (_, true) => ("event-first-day", "event-last-day"),
        (EventKind::Travel(_), _) => ("event-departure", "event-arrival"),
        (EventKind::Stay(_), _) => ("event-check-in", "event-check-out"),
        _ => ("event-start", "event-end"),
    }
}

/// An editor narrower than this puts each label above its field rather than in a column
/// beside them: the labels' column (some 110 points) would leave the fields less than 200.
const NARROW_EDITOR: f32 = 330.0;

pub(super) fn show(ctx: &ViewContext, state: &mut super::ItineraryState, ui: &mut Ui, id: EventId) {
    let document = ctx.document;
    let Some(&position) = document.derived().index.events.get(&id) else {
        return;
    };
    let before: &Arc<Event> = &document.plan().events[position];
    let state = &mut state.editor;
    let time_fields = state.follow(ui, before);

    let mut edit = EventEdit::of(before);
    let mut link: Option<Link> = None;
    let mut moment: Option<(End, MomentEdit)> = None;
    state.just_added.escape_removes_untouched(ctx, ui, before);
    header(ctx, ui, state, before);
    ui.separator();
    crate::ui::record_editor::form_scroll_area("event editor").show(ui, |ui| {
        let rows = |ui: &mut Ui| {
            kind_rows(ui, state, &mut edit);
            moment = time_rows(ctx, ui, state, time_fields, before, &mut edit);
            link = people_rows(ctx, ui, &mut edit);
            status_rows(ui, &mut edit);
        };
        if ui.available_width() < NARROW_EDITOR {
            // Each label above its field: a column of labels would leave the fields too
            // narrow to read what they hold.
            ctx.tokens.column(ui, rows);
        } else {
            crate::ui::widgets::grid(
                ui,
                egui::Grid::new("event form")
                    .num_columns(2)
                    .spacing(ctx.tokens.space.form_grid)
                    .min_col_width(96.0),
                rows,
            );
        }
        if let Some(protocol) = super::protocol::show(ui, document, &mut edit.event) {
            edit.label = protocol.label;
            edit.typing = protocol.typing;
        }
    });
    if let Some((end, asked)) = moment {
        take_or_refuse(state, &mut edit, end, asked);
    } else if edit.event != **before {
        // Any other change: what the clocks said before no longer applies.
        state.note = None;
        state.refusal = None;
    }
    if edit.event != **before {
        let change = Change::Event(Arc::new(edit.event));
        ctx.send(edit_command(change, edit.label.to_owned(), edit.typing));
    }
    if let Some(link) = link {
        ctx.send(Command::ShowRecord(link.subject()));
    }
}

/// The ids of the two clock-time fields, which keep what the planner types while they have the
/// focus.
#[derive(Clone, Copy)]
struct TimeFields {
    start: Id,
    end: Id,
}

impl EditorState {
    /// Starts afresh for another event, and fills the time fields from the event unless the
    /// planner is typing in them.
    fn follow(&mut self, ui: &Ui, event: &Event) -> TimeFields {
        if self.event != Some(event.id) {
            *self = EditorState {
                event: Some(event.id),
                just_added: std::mem::take(&mut self.just_added),
                ..EditorState::default()
            };
        }
        let fields = TimeFields {
            start: ui.make_persistent_id("event start time"),
            end: ui.make_persistent_id("event end time"),
        };
        let times_now = (event.start.clone(), event.end.clone());
        if self.synced.as_ref() != Some(&times_now) {
            let focused = |id| ui.memory(|memory| memory.has_focus(id));
            if !focused(fields.start) {
                self.start_time = typed_clock(event.start.wall.time());
            }
            if !focused(fields.end) {
                self.end_time = typed_clock(event.end.wall.time());
            }
            self.synced = Some(times_now);
        }
        fields
    }
}

/// The copy of the event being edited this frame, and how the change is named in the Edit menu
/// (typing in one field is one undo step).
struct EventEdit {
    event: Event,
    label: &'static str,
    typing: Option<Id>,
}

impl EventEdit {
    fn of(event: &Event) -> Self {
        Self {
            event: event.clone(),
            label: t!("event-undo-change"),
            typing: None,
        }
    }

    /// Takes note of a text field typed into.
    fn typed(&mut self, response: &egui::Response, label: &'static str) {
        if response.changed() {
            self.typing = Some(response.id);
            self.label = label;
        }
    }
}

/// The shared header, with what is done to an event as a whole: Duplicate, and moving it a day.
fn header(ctx: &ViewContext, ui: &mut Ui, state: &mut EditorState, event: &Event) {
    let title = match event.title.trim() {
        "" => t!("event-untitled").to_owned(),
        _ => label(&event.title).into_owned(),
    };
    let header = RecordHeader {
        subject: Subject::Event(event.id),
        kind: event.kind.tag().text(),
        address: "",
        title: &title,
        native_title: "",
    };
    editor_header(ctx, ui, &mut state.deleting, header, |ui| {
        if ui
            .button(t!("event-duplicate"))
            .on_hover_text(lang::attribute("event-duplicate", "tooltip"))
            .clicked()
        {
            let mut copy = event.clone();
            copy.id = RecordId::random();
            if !copy.title.is_empty() {
                copy.title = t!("event-copy-title", title = &copy.title);
            }
            let copy_id = copy.id;
            ctx.send(Command::edit(
                Change::Event(Arc::new(copy)),
                t!("event-undo-duplicate"),
            ));
            ctx.send(Command::Select(Subject::Event(copy_id)));
        }
        for (days, id, label) in [
            (-1, "event-day-earlier", t!("event-undo-day-earlier")),
            (1, "event-day-later", t!("event-undo-day-later")),
        ] {
            if ui
                .button(lang::text(id))
                .on_hover_text(lang::attribute(id, "tooltip"))
                .clicked()
                && let Some(moved) = moved_by_days(event, days)
            {
                ctx.send(Command::edit(Change::Event(Arc::new(moved)), label));
            }
        }
    });
}

/// The kind, the title, and the fields only that kind has (a leg's mode and route, a stay's
/// booking).
fn kind_rows(ui: &mut Ui, state: &mut EditorState, edit: &mut EventEdit) {
    let id = edit.event.id;
    let mut tag = edit.event.kind.tag();
    if choice_row(ui, t!("event-kind"), &mut tag) {
        edit.event.kind = tag.to_kind();
        edit.label = t!("event-undo-kind");
    }
    let title = TextRow::single(id, t!("event-title"), &mut edit.event.title)
        .hint(lang::attribute("event-title", "hint"))
        .show(ui);
    state.just_added.focus_first_field(&edit.event, &title);
    edit.typed(&title, t!("event-undo-edit"));
    let typed: Vec<egui::Response> = match &mut edit.event.kind {
        EventKind::Travel(leg) => {
            choice_row(ui, t!("event-mode"), &mut leg.mode);
            [
                (t!("event-from"), &mut leg.from),
                (t!("event-to"), &mut leg.to),
                (t!("event-carrier"), &mut leg.carrier),
                (t!("event-booking-reference"), &mut leg.booking_reference),
            ]
            .into_iter()
            .map(|(name, value)| text_row(ui, id, name, value))
            .collect()
        }
        EventKind::Stay(stay) => {
            vec![text_row(
                ui,
                id,
                t!("event-booking-reference"),
                &mut stay.booking_reference,
            )]
        }
        _ => Vec::new(),
    };
    for response in &typed {
        edit.typed(response, t!("event-undo-edit"));
    }
}

/// All day or fixed hours, each end's date, time and zone, and what the planner needs to know
/// about those times. Returns a date, time or zone the planner asked for, to be checked.
fn time_rows(
    ctx: &ViewContext,
    ui: &mut Ui,
    state: &mut EditorState,
    fields: TimeFields,
    before: &Event,
    edit: &mut EventEdit,
) -> Option<(End, MomentEdit)> {
    input_row(ui, t!("event-hours"), |ui, _| {
        if ui
            .checkbox(&mut edit.event.all_day, t!("event-all-day"))
            .changed()
        {
            edit.label = if edit.event.all_day {
                t!("event-undo-all-day")
            } else {
                t!("event-undo-fixed-hours")
            };
        }
    });
    let suggested = suggested_zones(ctx, before);
    let (start_name, end_name) = end_names(before);
    let revision = ctx.document.revision();
    let mut moment = None;
    for (end, name, time, text, text_id) in [
        (
            End::Start,
            start_name,
            &before.start,
            &mut state.start_time,
            fields.start,
        ),
        (
            End::End,
            end_name,
            &before.end,
            &mut state.end_time,
            fields.end,
        ),
    ] {
        let row = MomentRow {
            name,
            time,
            at: before.instant_or_now(end),
            all_day: before.all_day,
            suggested: &suggested,
            revision,
        };
        if let Some(asked) = row.show(ui, text, text_id) {
            moment = Some((end, asked));
        }
    }
    input_row(ui, "", |ui, _| {
        Tokens::for_ui(ui).column(ui, |ui| {
            time_notes(ui, before, state);
            if let Some(fix) = gap_fix(ui, before) {
                edit.event = fix;
                edit.label = t!("event-undo-out-of-gap");
            }
        })
    });
    moment
}

/// The zones offered first for either end: the host's, home, and the event's own.
fn suggested_zones<'p>(ctx: &ViewContext<'p>, event: &'p Event) -> Vec<(&'p str, &'static str)> {
    let visit = &ctx.document.plan().visit;
    let mut suggested: Vec<(&str, &str)> = vec![
        (visit.host_zone.as_str(), t!("event-zone-host")),
        (visit.home_zone.as_str(), t!("event-zone-home")),
    ];
    for zone in [&event.start.zone, &event.end.zone] {
        if !suggested.iter().any(|(z, _)| z == zone) {
            suggested.push((zone.as_str(), t!("event-zone-this-event")));
        }
    }
    suggested
}

/// Where the event is, who hosts it and takes part, and the topics it covers; a name or topic
/// clicked to be opened.
fn people_rows(ctx: &ViewContext, ui: &mut Ui, edit: &mut EventEdit) -> Option<Link> {
    let document = ctx.document;
    let id = edit.event.id;
    let place = if matches!(edit.event.kind, EventKind::Stay(_)) {
        t!("event-place")
    } else {
        t!("event-location")
    };
    let response = text_row(ui, id, place, &mut edit.event.location);
    edit.typed(&response, t!("event-undo-edit"));
    input_row(ui, t!("event-host-organisation"), |ui, label| {
        if optional_organisation_picker(
            ui,
            "event host organisation",
            label,
            document,
            &mut edit.event.host_organisation,
        ) {
            edit.label = t!("event-undo-host-organisation");
        }
    });
    let mut link = None;
    // Hosts are found among the host side first.
    for (key, name, step, first_side) in [
        (
            "participants",
            "event-participants",
            t!("event-undo-participants"),
            None,
        ),
        (
            "hosts",
            "event-hosts",
            t!("event-undo-hosts"),
            Some(Side::Host),
        ),
    ] {
        let list = match first_side {
            None => &mut edit.event.participants,
            Some(_) => &mut edit.event.hosts,
        };
        let picked = tall_input_row(ui, lang::text(name), |ui, label| {
            within_cell(ui, |ui| {
                pickers::people_multi_select(
                    ui,
                    ("event people", key),
                    label,
                    document,
                    list,
                    lang::attribute(name, "list"),
                    first_side,
                )
            })
        });
        if picked.changed {
            edit.label = step;
        }
        if let Some(person) = picked.opened {
            link = Some(Link::Person(person));
        }
        if first_side.is_none() {
            delegation_row(document, ui, edit);
        }
    }
    let picked = tall_input_row(ui, t!("event-topics"), |ui, label| {
        within_cell(ui, |ui| {
            topics_select(ui, label, document, &mut edit.event.topics)
        })
    });
    if picked.changed {
        edit.label = t!("event-undo-topics");
    }
    if let Some(topic) = picked.opened {
        link = Some(Link::Topic(topic));
    }
    link
}

/// Adds the visiting delegation to the participants in one step: all of it, or all but one
/// member picked from a menu (the one staying behind at the hotel, the head at another meeting).
fn delegation_row(document: &Document, ui: &mut Ui, edit: &mut EventEdit) {
    let members: Vec<_> = document.plan().delegation().map(|p| p.id).collect();
    // A set, so that a large delegation at a large event costs their sum, not their product.
    let named: std::collections::HashSet<_> = edit.event.people().collect();
    let absent = members.iter().filter(|id| !named.contains(id)).count();
    // One under the other: side by side, a narrow editor squeezed the second into a column of
    // broken words.
    input_row(ui, "", |ui, _| {
        Tokens::for_ui(ui).column(ui, |ui| {
            ui.add_enabled_ui(absent > 0, |ui| {
                if ui
                    .button(t!("event-add-delegation"))
                    .on_hover_text(lang::attribute("event-add-delegation", "tooltip"))
                    .on_disabled_hover_text(lang::attribute("event-add-delegation", "disabled"))
                    .clicked()
                {
                    edit.event.add_participants(members.iter().copied());
                    edit.label = t!("event-undo-add-delegation");
                }
            });
            ui.add_enabled_ui(members.len() > 1 && absent > 0, |ui| {
                ui.menu_button(t!("event-add-delegation-except"), |ui| {
                    for &left_out in &members {
                        let name = pickers::name_of_person(document, left_out);
                        if ui.button(t!("event-everyone-but", name = name)).clicked() {
                            edit.event.add_participants(
                                members.iter().copied().filter(|&id| id != left_out),
                            );
                            edit.label = t!("event-undo-delegation-but-one");
                            ui.close();
                        }
                    }
                });
            });
        })
    });
}

/// Status, interpretation and notes.
fn status_rows(ui: &mut Ui, edit: &mut EventEdit) {
    choice_row(ui, t!("event-status"), &mut edit.event.status);
    input_row(ui, t!("event-interpretation"), |ui, _| {
        ui.checkbox(
            &mut edit.event.interpretation_needed,
            t!("event-interpretation-needed"),
        );
    });
    let id = edit.event.id;
    let notes = multiline_row(ui, id, t!("event-notes"), &mut edit.event.notes);
    edit.typed(&notes, t!("event-undo-notes"));
}

/// A date, time or zone asked for: resolved, then taken, or refused with a sentence.
fn take_or_refuse(state: &mut EditorState, edit: &mut EventEdit, end: End, asked: MomentEdit) {
    let (candidate, note, typed) = propose(&edit.event, end, asked);
    match order_problem(&candidate) {
        Some(problem) if order_problem(&edit.event).is_none() => {
            state.refusal = Some(problem);
        }
        _ => {
            state.refusal = None;
            state.note = note;
            edit.event = candidate;
            edit.label = match end {
                End::Start => t!("event-undo-start"),
                End::End => t!("event-undo-end"),
            };
            edit.typing = typed;
        }
    }
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

/// One end of the event as a grid row: a label, then its date, clock time and zone, each named
/// for screen readers ("Departure date", "Departure time", "Departure zone").
struct MomentRow<'a> {
    /// The message naming the end, with its fields' names as attributes.
    name: &'static str,
    time: &'a LocalTime,
    /// The instant of this end, for the zones' offsets as they are then.
    at: Timestamp,
    all_day: bool,
    suggested: &'a [(&'a str, &'a str)],
    revision: Revision,
}

impl MomentRow<'_> {
    /// `text` is the clock time as typed in the field `text_id`. Returns a change asked for.
    fn show(self, ui: &mut Ui, text: &mut String, text_id: Id) -> Option<MomentEdit> {
        let Self {
            name,
            time,
            at,
            all_day,
            suggested,
            revision,
        } = self;
        let mut edit = None;
        // Date, time and zone wrap in a narrow editor rather than run past its edge. A grid
        // measures a wrapping row by its first line; inside a vertical cell all of its
        // lines count, so the rows below start under it.
        input_row(ui, lang::text(name), |ui, _| {
            let tokens = Tokens::for_ui(ui);
            tokens.column(ui, |ui| {
                tokens.wrapped_row(ui, |ui| {
                    let mut date = time.wall.date();
                    let salt = format!("{name} date picker");
                    ui.add(crate::ui::widgets::date_button(&mut date, &salt))
                        .accessible_name(lang::attribute(name, "date"));
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
                                .hint_text(lang::attribute("event-time-field", "hint"))
                                .text_color_opt(differs.then(|| Tokens::for_ui(ui).color.warning)),
                        )
                        .accessible_name(lang::attribute(name, "time"))
                        .on_hover_text(lang::attribute("event-time-field", "tooltip"));
                    if response.changed()
                        && let Some(typed) = parse_time(text)
                        && typed != time.wall.time()
                    {
                        edit = Some(MomentEdit::Time(typed, response.id));
                    }
                    if response.lost_focus() && parse_time(text).is_none() {
                        *text = typed_clock(time.wall.time());
                    }
                    let mut zone = time.zone.clone();
                    if zone_picker(
                        ui,
                        &format!("{name} zone picker"),
                        lang::attribute(name, "zone"),
                        &mut zone,
                        suggested,
                        at,
                        revision,
                    ) {
                        edit = Some(MomentEdit::Zone(zone));
                    }
                })
            });
        });
        edit
    }
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
        ui.weak(t!("event-all-day-length", days = days));
        return;
    }
    match (event.start.instant(), event.end.instant()) {
        (Ok(start), Ok(end)) if end >= start => {
            let length = times::duration(end.duration_since(start));
            let text = if event.start.zone != event.end.zone {
                t!(
                    "event-lasts-between-zones",
                    length = length,
                    from = zone_city(&event.start.zone),
                    to = zone_city(&event.end.zone)
                )
            } else {
                t!("event-lasts", length = length)
            };
            ui.weak(text);
        }
        (Ok(_), Ok(_)) => {
            ui.colored_label(colors.error, t!("event-ends-before-start"));
        }
        _ => {
            ui.colored_label(colors.error, t!("event-zone-unknown"));
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
                .button(t!(
                    "event-move-out-of-gap",
                    what = what,
                    time = moved_to.time()
                ))
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

/// Lays out `add` no wider than what is left of the row: a list of names wraps instead of
/// widening the editor.
fn within_cell<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let width = ui.available_width();
    Tokens::for_ui(ui)
        .column(ui, |ui| {
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
        lang::attribute("event-topics", "list"),
        |id| {
            derived
                .index
                .topics
                .get(&id)
                .map(|&i| label(&plan.topics[i].title).into_owned())
                .unwrap_or_else(|| t!("event-missing-topic", id = id.to_string()))
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
