//! What changed between two versions of a plan, for a reader rather than a programmer: events
//! added, cancelled or moved (the old and the new time, in host time with home time beside),
//! places and hosts changed, people added to or removed from an event, rooms and cars changed,
//! grouped by day, people by name. What is not tied to a day (people, vehicles, the visit, other
//! records) follows. Records are matched and fields compared by [`crate::model::compare`].
//!
//! Each change is a [`Message`], written in the language spoken where it is shown: the document's
//! in the briefing book and the programmes, English on the command line. Times and names go into
//! them as text, written when the versions are compared (inside the document's language).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::Hash;
use std::sync::Arc;

use jiff::civil::Date;

use super::Directory;
use super::printed::{Clocks, long_date, name_of};
use crate::lang::format::{self, DateFormat};
use crate::lang::{Arg, Message};
use crate::model::compare::{RecordChange, changed_fields, compare_records};
use crate::model::label::label;
use crate::model::{
    Choice, Event, EventId, EventKind, EventKindTag, EventStatus, Person, PersonId, Plan, Ride,
    Room,
};
use crate::msg;

/// The changes, each a sentence, by the day they fall on (in host time), then those of no day.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub days: BTreeMap<Date, Vec<Message>>,
    pub elsewhere: Vec<Message>,
    /// What changed in each event of the newer version that changed, for the mark a printout
    /// puts beside its line (a removed event has no line; the sentences say it went).
    pub marks: HashMap<EventId, Vec<EventMark>>,
}

/// One kind of change to an event, as a printout marks its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventMark {
    Added,
    Cancelled,
    /// At another time; when it was, as the sentences write it.
    Moved {
        was: String,
    },
    Renamed,
    /// Its place changed.
    Place,
    /// People added or removed, its hosts or its host organisation changed.
    People,
    /// Anything else: its status, travel, booking, rooms, cars, notes.
    Details,
}

/// An earlier version of a plan that a printout marks its changes against, with the day it
/// was issued or written.
#[derive(Clone, Debug)]
pub struct EarlierVersion {
    pub plan: Plan,
    pub day: Date,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.days.is_empty() && self.elsewhere.is_empty()
    }

    /// The changes as lines of text in the language spoken: a heading for each day, its changes
    /// under it.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        for (day, lines) in &self.days {
            let _ = writeln!(text, "{}", long_date(*day));
            for line in lines {
                let _ = writeln!(text, "  {line}");
            }
            text.push('\n');
        }
        if !self.elsewhere.is_empty() {
            let _ = writeln!(text, "{}", crate::t!("doc-changes-not-on-a-day"));
            for line in &self.elsewhere {
                let _ = writeln!(text, "  {line}");
            }
        }
        text
    }
}

/// One version of the plan, with what its sentences need.
struct Side<'p> {
    plan: &'p Plan,
    directory: Directory<'p>,
    clocks: Option<Clocks>,
}

impl<'p> Side<'p> {
    fn new(plan: &'p Plan) -> Self {
        Self {
            plan,
            directory: Directory::new(plan),
            clocks: Clocks::of(plan).ok(),
        }
    }

    /// The day `event` begins on in host time.
    fn day(&self, event: &Event) -> Date {
        match (&self.clocks, event.start.instant()) {
            (Some(clocks), Ok(instant)) if !event.all_day => {
                instant.to_zoned(clocks.host.clone()).date()
            }
            _ => event.start.wall.date(),
        }
    }

    /// When `event` happens: "Mon 22 Mar 10:00–11:00 (11:00–12:00 Baghdad)", the home clock's
    /// date written too where it is another day.
    fn when(&self, event: &Event) -> String {
        let day = self.day(event);
        let date = |day: Date| format::date(day, DateFormat::WeekdayDayMonth);
        let resolved = event.start.instant().is_ok() && event.end.instant().is_ok();
        match &self.clocks {
            // With both ends in known zones the printed times are digits and dates alone, with
            // nothing to escape or isolate: their text is what a reader sees.
            Some(clocks) if resolved || event.all_day => {
                let times = clocks.times(event);
                let host = times.host.into_string();
                let home_day = match event.start.instant() {
                    Ok(instant) if !event.all_day => instant.to_zoned(clocks.home.clone()).date(),
                    _ => day,
                };
                let home_date = match home_day == day {
                    true => String::new(),
                    false => format!("{} ", date(home_day)),
                };
                if times.home.is_empty() || times.home == host {
                    format!("{} {host}", date(day))
                } else {
                    format!(
                        "{} {host} ({home_date}{} {})",
                        date(day),
                        times.home,
                        clocks.home_name()
                    )
                }
            }
            _ => format!(
                "{} {} ({})",
                date(day),
                format::time(event.start.wall.time()),
                event.start.zone
            ),
        }
    }

    fn names(&self, ids: &[PersonId]) -> Arg {
        match self.directory.names_with(ids, name_of) {
            names if names.is_empty() => Arg::message("change-nobody"),
            names => Arg::Text(names),
        }
    }

    fn vehicle(&self, ride: &Ride) -> Arg {
        self.plan
            .visit
            .vehicles
            .iter()
            .find(|vehicle| vehicle.id == ride.vehicle)
            .map_or_else(
                || Arg::message("change-a-vehicle"),
                |v| Arg::Text(label(v.name.trim()).into_owned()),
            )
    }
}

/// A name or title in the language's quotation marks: "“X-Road”".
fn quoted(text: &str) -> Arg {
    msg!("change-quoted", text = label(text.trim())).into()
}

fn title(event: &Event) -> Arg {
    match event.title.trim() {
        "" => Arg::message("change-untitled"),
        title => quoted(title),
    }
}

/// Parts of one change written one after another: "added A; removed B".
fn clauses(parts: Vec<Arg>) -> Arg {
    Arg::Joined(parts, "change-separator")
}

/// Who was added to and removed from a list of people: "added A; removed B".
fn people_moved(old: &Side, new: &Side, before: &[PersonId], after: &[PersonId]) -> Arg {
    let was: HashSet<_> = before.iter().collect();
    let is: HashSet<_> = after.iter().collect();
    let added: Vec<PersonId> = after
        .iter()
        .filter(|id| !was.contains(id))
        .copied()
        .collect();
    let removed: Vec<PersonId> = before
        .iter()
        .filter(|id| !is.contains(id))
        .copied()
        .collect();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(msg!("change-people-added", names = new.names(&added)).into());
    }
    if !removed.is_empty() {
        parts.push(msg!("change-people-removed", names = old.names(&removed)).into());
    }
    clauses(parts)
}

/// "“A” (was “B”)", for a text that changed.
fn now_was(now: &str, was: &str) -> Arg {
    let quoted = |text: &str| match text.trim() {
        "" => Arg::message("change-none"),
        text => quoted(text),
    };
    msg!("change-now-was", now = quoted(now), was = quoted(was)).into()
}

/// The names of a record's fields as the plan's file writes them: "travel document, phones".
fn field_names(fields: &[String]) -> Arg {
    Arg::Joined(
        fields
            .iter()
            .map(|field| Arg::Text(field.replace('_', " ")))
            .collect(),
        "doc-comma",
    )
}

/// The sentences of what changed in one event.
fn event_changes(
    old: &Side,
    new: &Side,
    before: &Event,
    after: &Event,
    fields: &[String],
) -> Vec<Message> {
    let name = title(after);
    let mut lines = Vec::new();
    let mut other = Vec::new();
    for field in fields {
        match field.as_str() {
            "status" if after.status == EventStatus::Cancelled => {
                lines.push(msg!(
                    "change-cancelled",
                    event = name.clone(),
                    when = new.when(after)
                ));
            }
            "status" if before.status == EventStatus::Cancelled => lines.push(msg!(
                "change-reinstated",
                event = name.clone(),
                status = Arg::message(after.status.message_id())
            )),
            "status" => lines.push(msg!(
                "change-status",
                event = name.clone(),
                status = Arg::message(after.status.message_id()),
                was = Arg::message(before.status.message_id())
            )),
            "start" | "end" | "all_day" => {
                let (was, is) = (old.when(before), new.when(after));
                if was == is {
                    continue;
                }
                let line = msg!("change-moved", event = name.clone(), when = is, was = was);
                if !lines.contains(&line) {
                    lines.push(line);
                }
            }
            "title" => lines.push(msg!(
                "change-renamed",
                change = now_was(&after.title, &before.title)
            )),
            "location" => lines.push(msg!(
                "change-place",
                event = name.clone(),
                change = now_was(&after.location, &before.location)
            )),
            "participants" => lines.push(msg!(
                "change-people",
                event = name.clone(),
                change = people_moved(old, new, &before.participants, &after.participants)
            )),
            "hosts" => lines.push(msg!(
                "change-hosts",
                event = name.clone(),
                change = people_moved(old, new, &before.hosts, &after.hosts)
            )),
            "host_organisation" => {
                let organisation = |side: &Side, event: &Event| {
                    event
                        .host_organisation
                        .and_then(|id| side.directory.organisation(id))
                        .map(|o| o.name.clone())
                        .unwrap_or_default()
                };
                lines.push(msg!(
                    "change-host-organisation",
                    event = name.clone(),
                    change = now_was(&organisation(new, after), &organisation(old, before))
                ));
            }
            "kind" => lines.extend(kind_changes(old, new, &name, before, after)),
            "rides" => lines.push(ride_changes(old, new, &name, &before.rides, &after.rides)),
            "id" => {}
            other_field => other.push(other_field.to_owned()),
        }
    }
    if !other.is_empty() {
        lines.push(msg!(
            "change-also",
            event = name,
            fields = field_names(&other)
        ));
    }
    lines
}

/// The marks of an event that changed in `fields`; its line is marked moved only where its
/// time as written changed (as [`event_changes`] says so).
fn event_marks(
    old: &Side,
    new: &Side,
    before: &Event,
    after: &Event,
    fields: &[String],
) -> Vec<EventMark> {
    let mut marks = Vec::new();
    for field in fields {
        let mark = match field.as_str() {
            "status" if after.status == EventStatus::Cancelled => EventMark::Cancelled,
            "start" | "end" | "all_day" => {
                let was = old.when(before);
                if was == new.when(after) {
                    continue;
                }
                EventMark::Moved { was }
            }
            "title" => EventMark::Renamed,
            "location" => EventMark::Place,
            "participants" | "hosts" | "host_organisation" => EventMark::People,
            "id" => continue,
            _ => EventMark::Details,
        };
        if !marks.contains(&mark) {
            marks.push(mark);
        }
    }
    marks
}

/// A travel leg's route, carrier or booking, a stay's booking and rooms, or the kind itself.
fn kind_changes(old: &Side, new: &Side, name: &Arg, before: &Event, after: &Event) -> Vec<Message> {
    match (&before.kind, &after.kind) {
        (EventKind::Travel(was), EventKind::Travel(is)) => {
            let mut parts = Vec::new();
            for (what, now, then) in [
                ("change-travel-mode", is.mode.code(), was.mode.code()),
                ("change-travel-from", is.from.as_str(), was.from.as_str()),
                ("change-travel-to", is.to.as_str(), was.to.as_str()),
                (
                    "change-travel-carrier",
                    is.carrier.as_str(),
                    was.carrier.as_str(),
                ),
                (
                    "change-travel-booking",
                    is.booking_reference.as_str(),
                    was.booking_reference.as_str(),
                ),
            ] {
                if now != then {
                    parts.push(Message::new(what).with("change", now_was(now, then)).into());
                }
            }
            vec![msg!(
                "change-travel",
                event = name.clone(),
                changes = clauses(parts)
            )]
        }
        (EventKind::Stay(was), EventKind::Stay(is)) => {
            let mut lines = Vec::new();
            if was.booking_reference != is.booking_reference {
                lines.push(msg!(
                    "change-booking",
                    event = name.clone(),
                    change = now_was(&is.booking_reference, &was.booking_reference)
                ));
            }
            if was.rooms != is.rooms {
                lines.push(msg!(
                    "change-rooms",
                    event = name.clone(),
                    changes = room_changes(old, new, &was.rooms, &is.rooms)
                ));
            }
            lines
        }
        _ => vec![msg!(
            "change-kind",
            event = name.clone(),
            kind = kind_name(after.kind.tag()),
            was = kind_name(before.kind.tag())
        )],
    }
}

/// A kind of event as a sentence names it, in the middle of a sentence: "a site visit".
fn kind_name(kind: EventKindTag) -> Arg {
    msg!("change-event-kind", kind = variant(kind)).into()
}

/// A choice by its variant's name ("SiteVisit"), for a message that writes it in its own words
/// in the middle of a sentence (where the choice's own text, a label, would be capitalised).
fn variant(choice: impl Choice) -> &'static str {
    let id = choice.message_id();
    id.rsplit_once('-').map_or(id, |(_, variant)| variant)
}

/// A record's inner list (a stay's rooms, a leg's rides) in the form the plan's lists have, to be
/// compared like them.
fn shared<T: Clone>(items: &[T]) -> Vec<Arc<T>> {
    items.iter().cloned().map(Arc::new).collect()
}

fn room_name(room: &Room) -> Arg {
    match room.number.trim() {
        "" => msg!("change-room-of-kind", kind = variant(room.kind)),
        number => msg!("change-room-numbered", number = label(number)),
    }
    .into()
}

fn nights(room: &Room) -> Arg {
    msg!(
        "change-nights",
        first = Arg::DateAs(room.first_night, DateFormat::DayMonth),
        last = Arg::DateAs(room.last_night, DateFormat::DayMonth)
    )
    .into()
}

fn room_changes(old: &Side, new: &Side, before: &[Room], after: &[Room]) -> Arg {
    let (before, after) = (shared(before), shared(after));
    let changes = compare_records(&before, &after, |room| room.id)
        .into_iter()
        .map(|change| match change {
            RecordChange::Added(room) => msg!(
                "change-room-added",
                room = room_name(room),
                kind = Arg::message(room.kind.message_id()),
                nights = nights(room),
                names = new.names(&room.guests)
            ),
            RecordChange::Removed(room) => msg!("change-room-removed", room = room_name(room)),
            RecordChange::Changed {
                old: was,
                new: is,
                fields,
            } => {
                let mut parts: Vec<Arg> = fields
                    .iter()
                    .filter_map(|field| match field.as_str() {
                        "guests" => Some(people_moved(old, new, &was.guests, &is.guests)),
                        "first_night" | "last_night" => Some(
                            msg!("change-room-nights", nights = nights(is), was = nights(was))
                                .into(),
                        ),
                        "kind" => Some(
                            msg!(
                                "change-room-kind",
                                kind = Arg::message(is.kind.message_id()),
                                was = Arg::message(was.kind.message_id())
                            )
                            .into(),
                        ),
                        "number" => Some(
                            msg!(
                                "change-room-number",
                                change = now_was(&is.number, &was.number)
                            )
                            .into(),
                        ),
                        "notes" => Some(Arg::message("change-room-notes")),
                        _ => None,
                    })
                    .collect();
                parts.dedup();
                msg!(
                    "change-room-changed",
                    room = room_name(is),
                    changes = Arg::Joined(parts, "doc-comma")
                )
            }
        })
        .map(Arg::from)
        .collect();
    clauses(changes)
}

fn ride_changes(old: &Side, new: &Side, name: &Arg, before: &[Ride], after: &[Ride]) -> Message {
    let (before, after) = (shared(before), shared(after));
    let parts: Vec<Arg> = compare_records(&before, &after, |ride| ride.id)
        .into_iter()
        .map(|change| match change {
            RecordChange::Added(ride) => msg!(
                "change-car-added",
                vehicle = new.vehicle(ride),
                names = new.names(&ride.passengers)
            ),
            RecordChange::Removed(ride) => msg!("change-car-removed", vehicle = old.vehicle(ride)),
            RecordChange::Changed {
                old: was, new: is, ..
            } if was.vehicle != is.vehicle => msg!(
                "change-car-moved",
                names = new.names(&is.passengers),
                vehicle = new.vehicle(is),
                was = old.vehicle(was)
            ),
            RecordChange::Changed {
                old: was, new: is, ..
            } => msg!(
                "change-car-people",
                vehicle = new.vehicle(is),
                change = people_moved(old, new, &was.passengers, &is.passengers)
            ),
        })
        .map(Arg::from)
        .collect();
    msg!(
        "change-cars",
        event = name.clone(),
        changes = clauses(parts)
    )
}

fn person_name(person: &Person) -> String {
    let name = label(person.name.trim());
    match label(person.native_name.trim()).as_ref() {
        "" => name.into_owned(),
        native => format!("{name} ({native})"),
    }
}

/// What changed from `old` to `new`.
pub fn changes(old: &Plan, new: &Plan) -> Changes {
    let (was, is) = (Side::new(old), Side::new(new));
    let mut changes = Changes::default();
    for change in compare_records(&old.events, &new.events, |event| event.id) {
        let (day, lines) = match change {
            RecordChange::Added(event) => {
                changes.marks.insert(event.id, vec![EventMark::Added]);
                (
                    is.day(event),
                    vec![msg!(
                        "change-added",
                        event = title(event),
                        when = is.when(event)
                    )],
                )
            }
            RecordChange::Removed(event) => (
                was.day(event),
                vec![msg!(
                    "change-removed",
                    event = title(event),
                    when = was.when(event)
                )],
            ),
            RecordChange::Changed {
                old: before,
                new: after,
                fields,
            } => {
                let marks = event_marks(&was, &is, before, after, &fields);
                if !marks.is_empty() {
                    changes.marks.insert(after.id, marks);
                }
                (
                    is.day(after),
                    event_changes(&was, &is, before, after, &fields),
                )
            }
        };
        if !lines.is_empty() {
            changes.days.entry(day).or_default().extend(lines);
        }
    }
    let elsewhere = &mut changes.elsewhere;
    records(
        elsewhere,
        "change-record-person",
        &old.people,
        &new.people,
        |p| p.id,
        |p| Arg::Text(person_name(p)),
    );
    let order = |plan: &Plan, known: &HashSet<PersonId>| -> Vec<PersonId> {
        plan.people
            .iter()
            .map(|p| p.id)
            .filter(|id| known.contains(id))
            .collect()
    };
    let in_both: HashSet<PersonId> = {
        let before: HashSet<PersonId> = old.people.iter().map(|p| p.id).collect();
        new.people
            .iter()
            .map(|p| p.id)
            .filter(|id| before.contains(id))
            .collect()
    };
    if order(old, &in_both) != order(new, &in_both) {
        elsewhere.push(msg!("change-precedence"));
    }
    records(
        elsewhere,
        "change-record-vehicle",
        &shared(&old.visit.vehicles),
        &shared(&new.visit.vehicles),
        |v| v.id,
        |v| quoted(&v.name),
    );
    let visit_fields: Vec<String> = changed_fields(&old.visit, &new.visit)
        .into_iter()
        .filter(|field| field != "vehicles")
        .collect();
    if !visit_fields.is_empty() {
        elsewhere.push(msg!("change-visit", fields = field_names(&visit_fields)));
    }
    let (organisations, topics) = (
        (&old.organisations, &new.organisations),
        (&old.topics, &new.topics),
    );
    records(
        elsewhere,
        "change-record-organisation",
        organisations.0,
        organisations.1,
        |o| o.id,
        |o| quoted(&o.name),
    );
    records(
        elsewhere,
        "change-record-topic",
        topics.0,
        topics.1,
        |t| t.id,
        |t| quoted(&t.title),
    );
    records(
        elsewhere,
        "change-record-action",
        &old.actions,
        &new.actions,
        |a| a.id,
        |a| quoted(&a.text),
    );
    changes
}

/// A sentence for each of a list's records added, removed or changed, naming it: "Study topic
/// added: “X-Road”", "Person Ali Hassan (علي حسن): phones changed". `what` is the message naming
/// the kind of record.
fn records<T: serde::Serialize + PartialEq, K: Hash + Eq>(
    lines: &mut Vec<Message>,
    what: &'static str,
    old: &[Arc<T>],
    new: &[Arc<T>],
    id: impl Fn(&T) -> K,
    name: impl Fn(&T) -> Arg,
) {
    let what = || Arg::message(what);
    for change in compare_records(old, new, id) {
        lines.push(match change {
            RecordChange::Added(record) => {
                msg!("change-record-added", record = what(), name = name(record))
            }
            RecordChange::Removed(record) => {
                msg!(
                    "change-record-removed",
                    record = what(),
                    name = name(record)
                )
            }
            RecordChange::Changed { new, fields, .. } => msg!(
                "change-record-changed",
                record = what(),
                name = name(new),
                fields = field_names(&fields)
            ),
        });
    }
}
