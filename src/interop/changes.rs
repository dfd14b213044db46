//! What changed between two versions of a plan, for a reader rather than a programmer: events
//! added, cancelled or moved (the old and the new time, in host time with home time beside),
//! places and hosts changed, people added to or removed from an event, rooms and cars changed,
//! grouped by day, people by name. What is not tied to a day (people, vehicles, the visit, other
//! records) follows. Records are matched and fields compared by [`crate::model::compare`].

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::Hash;
use std::sync::Arc;

use jiff::civil::Date;

use super::Directory;
use super::printed::{Clocks, long_date, name_of};
use crate::lang::format::{self, DateFormat};
use crate::model::compare::{RecordChange, changed_fields, compare_records};
use crate::model::label::label;
use crate::model::{
    Choice, Event, EventId, EventKind, EventStatus, Person, PersonId, Plan, Ride, Room,
};

/// The changes, each a sentence, by the day they fall on (in host time), then those of no day.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub days: BTreeMap<Date, Vec<String>>,
    pub elsewhere: Vec<String>,
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

    /// The changes as lines of text: a heading for each day, its changes under it.
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
            text.push_str("Not tied to a day\n");
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

    fn names(&self, ids: &[PersonId]) -> String {
        match self.directory.names_with(ids, name_of) {
            names if names.is_empty() => "nobody".to_owned(),
            names => names,
        }
    }

    fn vehicle(&self, ride: &Ride) -> String {
        self.plan
            .visit
            .vehicles
            .iter()
            .find(|vehicle| vehicle.id == ride.vehicle)
            .map_or_else(
                || "a vehicle".to_owned(),
                |v| label(v.name.trim()).into_owned(),
            )
    }
}

fn title(event: &Event) -> String {
    match event.title.trim() {
        "" => "an untitled event".to_owned(),
        title => format!("“{}”", label(title)),
    }
}

/// Who was added to and removed from a list of people: "added A; removed B".
fn people_moved(old: &Side, new: &Side, before: &[PersonId], after: &[PersonId]) -> String {
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
        parts.push(format!("added {}", new.names(&added)));
    }
    if !removed.is_empty() {
        parts.push(format!("removed {}", old.names(&removed)));
    }
    parts.join("; ")
}

/// "“A” (was “B”)", for a text that changed.
fn now_was(now: &str, was: &str) -> String {
    let quoted = |text: &str| match text.trim() {
        "" => "(none)".to_owned(),
        text => format!("“{}”", label(text)),
    };
    format!("{} (was {})", quoted(now), quoted(was))
}

/// The sentences of what changed in one event.
fn event_changes(
    old: &Side,
    new: &Side,
    before: &Event,
    after: &Event,
    fields: &[String],
) -> Vec<String> {
    let name = title(after);
    let mut lines = Vec::new();
    let mut other = Vec::new();
    for field in fields {
        match field.as_str() {
            "status" if after.status == EventStatus::Cancelled => {
                lines.push(format!("Cancelled: {name}, {}", new.when(after)));
            }
            "status" if before.status == EventStatus::Cancelled => {
                lines.push(format!("Reinstated: {name}, now {}", after.status.code()));
            }
            "status" => lines.push(format!(
                "{name}: {} (was {})",
                after.status.code(),
                before.status.code()
            )),
            "start" | "end" | "all_day" => {
                let (was, is) = (old.when(before), new.when(after));
                let line = format!("Moved: {name} to {is}, from {was}");
                if was != is && !lines.contains(&line) {
                    lines.push(line);
                }
            }
            "title" => lines.push(format!("Renamed: {}", now_was(&after.title, &before.title))),
            "location" => lines.push(format!(
                "Place of {name}: {}",
                now_was(&after.location, &before.location)
            )),
            "participants" => lines.push(format!(
                "People at {name}: {}",
                people_moved(old, new, &before.participants, &after.participants)
            )),
            "hosts" => lines.push(format!(
                "Hosts of {name}: {}",
                people_moved(old, new, &before.hosts, &after.hosts)
            )),
            "host_organisation" => {
                let organisation = |side: &Side, event: &Event| {
                    event
                        .host_organisation
                        .and_then(|id| side.directory.organisation(id))
                        .map(|o| o.name.clone())
                        .unwrap_or_default()
                };
                lines.push(format!(
                    "Host organisation of {name}: {}",
                    now_was(&organisation(new, after), &organisation(old, before))
                ));
            }
            "kind" => lines.extend(kind_changes(old, new, &name, before, after)),
            "rides" => lines.extend(ride_changes(old, new, &name, &before.rides, &after.rides)),
            "id" => {}
            other_field => other.push(other_field.replace('_', " ")),
        }
    }
    if !other.is_empty() {
        lines.push(format!("Also changed at {name}: {}", other.join(", ")));
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
fn kind_changes(old: &Side, new: &Side, name: &str, before: &Event, after: &Event) -> Vec<String> {
    match (&before.kind, &after.kind) {
        (EventKind::Travel(was), EventKind::Travel(is)) => {
            let mut parts = Vec::new();
            for (what, now, then) in [
                ("mode", is.mode.code(), was.mode.code()),
                ("from", is.from.as_str(), was.from.as_str()),
                ("to", is.to.as_str(), was.to.as_str()),
                ("carrier", is.carrier.as_str(), was.carrier.as_str()),
                (
                    "booking",
                    is.booking_reference.as_str(),
                    was.booking_reference.as_str(),
                ),
            ] {
                if now != then {
                    parts.push(format!("{what} {}", now_was(now, then)));
                }
            }
            vec![format!("Travel {name}: {}", parts.join("; "))]
        }
        (EventKind::Stay(was), EventKind::Stay(is)) => {
            let mut lines = Vec::new();
            if was.booking_reference != is.booking_reference {
                lines.push(format!(
                    "Booking of {name}: {}",
                    now_was(&is.booking_reference, &was.booking_reference)
                ));
            }
            if was.rooms != is.rooms {
                lines.push(format!(
                    "Rooms at {name}: {}",
                    room_changes(old, new, &was.rooms, &is.rooms)
                ));
            }
            lines
        }
        _ => vec![format!(
            "{name} is now a {} (was a {})",
            after.kind.tag().code().to_lowercase(),
            before.kind.tag().code().to_lowercase()
        )],
    }
}

/// A record's inner list (a stay's rooms, a leg's rides) in the form the plan's lists have, to be
/// compared like them.
fn shared<T: Clone>(items: &[T]) -> Vec<Arc<T>> {
    items.iter().cloned().map(Arc::new).collect()
}

fn room_name(room: &Room) -> String {
    match room.number.trim() {
        "" => format!("a {} room", room.kind.code().to_lowercase()),
        number => format!("room {}", label(number)),
    }
}

fn nights(room: &Room) -> String {
    format!(
        "nights {} to {}",
        format::date(room.first_night, DateFormat::DayMonth),
        format::date(room.last_night, DateFormat::DayMonth)
    )
}

fn room_changes(old: &Side, new: &Side, before: &[Room], after: &[Room]) -> String {
    let (before, after) = (shared(before), shared(after));
    compare_records(&before, &after, |room| room.id)
        .into_iter()
        .map(|change| match change {
            RecordChange::Added(room) => format!(
                "{} added ({}, {}) for {}",
                room_name(room),
                room.kind.code(),
                nights(room),
                new.names(&room.guests)
            ),
            RecordChange::Removed(room) => format!("{} removed", room_name(room)),
            RecordChange::Changed {
                old: was,
                new: is,
                fields,
            } => {
                let parts: Vec<String> = fields
                    .iter()
                    .filter_map(|field| match field.as_str() {
                        "guests" => Some(people_moved(old, new, &was.guests, &is.guests)),
                        "first_night" | "last_night" => {
                            Some(format!("{} (were {})", nights(is), nights(was)))
                        }
                        "kind" => Some(format!("now {} (was {})", is.kind.code(), was.kind.code())),
                        "number" => Some(format!("number {}", now_was(&is.number, &was.number))),
                        "notes" => Some("notes".to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>();
                let mut parts = parts;
                parts.dedup();
                format!("{}: {}", room_name(is), parts.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn ride_changes(
    old: &Side,
    new: &Side,
    name: &str,
    before: &[Ride],
    after: &[Ride],
) -> Vec<String> {
    let (before, after) = (shared(before), shared(after));
    let parts: Vec<String> = compare_records(&before, &after, |ride| ride.id)
        .into_iter()
        .map(|change| match change {
            RecordChange::Added(ride) => format!(
                "{} added for {}",
                new.vehicle(ride),
                new.names(&ride.passengers)
            ),
            RecordChange::Removed(ride) => format!("{} removed", old.vehicle(ride)),
            RecordChange::Changed {
                old: was, new: is, ..
            } if was.vehicle != is.vehicle => format!(
                "{} now in {} (was {})",
                new.names(&is.passengers),
                new.vehicle(is),
                old.vehicle(was)
            ),
            RecordChange::Changed {
                old: was, new: is, ..
            } => format!(
                "{}: {}",
                new.vehicle(is),
                people_moved(old, new, &was.passengers, &is.passengers)
            ),
        })
        .collect();
    vec![format!("Cars on {name}: {}", parts.join("; "))]
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
                    vec![format!("Added: {}, {}", title(event), is.when(event))],
                )
            }
            RecordChange::Removed(event) => (
                was.day(event),
                vec![format!(
                    "Removed: {}, was {}",
                    title(event),
                    was.when(event)
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
        "Person",
        &old.people,
        &new.people,
        |p| p.id,
        person_name,
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
        elsewhere.push("The order of precedence changed".to_owned());
    }
    records(
        elsewhere,
        "Vehicle",
        &shared(&old.visit.vehicles),
        &shared(&new.visit.vehicles),
        |v| v.id,
        |v| format!("“{}”", label(v.name.trim())),
    );
    let visit_fields: Vec<String> = changed_fields(&old.visit, &new.visit)
        .into_iter()
        .filter(|field| field != "vehicles")
        .collect();
    if !visit_fields.is_empty() {
        elsewhere.push(format!(
            "The visit's {} changed",
            visit_fields.join(", ").replace('_', " ")
        ));
    }
    let quoted = |text: &str| format!("“{}”", label(text.trim()));
    let (organisations, topics) = (
        (&old.organisations, &new.organisations),
        (&old.topics, &new.topics),
    );
    records(
        elsewhere,
        "Organisation",
        organisations.0,
        organisations.1,
        |o| o.id,
        |o| quoted(&o.name),
    );
    records(
        elsewhere,
        "Study topic",
        topics.0,
        topics.1,
        |t| t.id,
        |t| quoted(&t.title),
    );
    records(
        elsewhere,
        "Action",
        &old.actions,
        &new.actions,
        |a| a.id,
        |a| quoted(&a.text),
    );
    changes
}

/// A sentence for each of a list's records added, removed or changed, naming it: "Study topic
/// added: “X-Road”", "Person Ali Hassan (علي حسن): phones changed".
fn records<T: serde::Serialize + PartialEq, K: Hash + Eq>(
    lines: &mut Vec<String>,
    what: &str,
    old: &[Arc<T>],
    new: &[Arc<T>],
    id: impl Fn(&T) -> K,
    name: impl Fn(&T) -> String,
) {
    for change in compare_records(old, new, id) {
        lines.push(match change {
            RecordChange::Added(record) => format!("{what} added: {}", name(record)),
            RecordChange::Removed(record) => format!("{what} removed: {}", name(record)),
            RecordChange::Changed { new, fields, .. } => format!(
                "{what} {}: {} changed",
                name(new),
                fields.join(", ").replace('_', " ")
            ),
        });
    }
}
