//! The delegates' programmes: for each member of the visiting delegation, one printed page with
//! their own events only (in the host clock with the home clock beside), where each is and whom
//! they meet there, their hotel, their contact officer and the visit's emergency contacts.
//!
//! The contact officer is the host side's liaison or protocol officer who hosts most of the
//! person's events (the first such officer in the plan when none hosts any). The emergency
//! contacts are everyone in the plan who is a liaison officer, protocol officer or security
//! officer and has a phone number, host side first: the people to call when something goes
//! wrong, on either side. A plan holds no emergency numbers of the country itself.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::changes::{Changes, EarlierVersion, EventMark, changes};
use super::printed::{
    CHANGES_STYLE, Clocks, base_style, change_marks, changes_box, day, direction, journey,
    language, name_of, names, native, sentence, short_date, value, value_text, words,
};
use super::{Directory, ExportError};
use crate::model::label::label;
use crate::model::{
    Choice, DelegationRole, Event, EventId, EventKind, Person, PersonId, Plan, Side,
    first_positions,
};
use crate::t;

/// What the programmes add to the printed documents' style: one person a page, small enough
/// that a week's programme fits.
const STYLE: &str = r#"
@page { margin: 8mm 10mm 10mm; }
body { font-size: 8pt; line-height: 1.15; }
section.delegate { break-after: page; }
section.delegate:last-child { break-after: auto; }
section.summary { break-after: page; }
.kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #1f3b5a; font-size: 8.5pt;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; margin: 0; }
h1 { font-size: 14pt; margin: 2pt 0 0; }
.who { margin: 0 0 6pt; }
.facts { display: grid; grid-template-columns: 1.3fr 0.9fr 1.8fr; gap: 5mm; margin: 3pt 0 5pt;
  font-size: 7.5pt; }
.facts h3 { margin: 0 0 1pt; font-size: 8.5pt; color: #1f3b5a; }
.facts p { margin: 0 0 1pt; }
.facts .address, .facts .small { font-size: inherit; }
.nights { white-space: nowrap; }
table { font-size: 8pt; margin: 2pt 0 4pt; }
th, td { padding: 1pt 3pt 0.5pt; }
tr.first td { border-top: 1pt solid #1f3b5a; }
.day { font-weight: 600; color: #1f3b5a; }
span.home { color: #666; margin-inline-start: 2pt; }
.detail { color: #444; font-size: 7.5pt; }
.detail::before { content: " · "; }
"#;

/// The programmes of `person` (one page) or, without one, of every member of the visiting
/// delegation in order of precedence (one page each), as HTML; `now` is printed as the date of
/// this version. With an earlier version, what changed since is listed on a first page of its
/// own (the office keeps it; each delegate is handed their page) and marked on each line.
pub fn programmes(
    plan: &Plan,
    person: Option<PersonId>,
    now: Timestamp,
    since: Option<&EarlierVersion>,
) -> Result<String, ExportError> {
    let clocks = Clocks::of(plan)?;
    let version = short_date(clocks.today(now));
    let directory = Directory::new(plan);
    let people: Vec<&Person> = match person {
        Some(id) => vec![directory.person(id).ok_or(ExportError::UnknownPerson(id))?],
        None => directory
            .delegation()
            .iter()
            .filter_map(|&id| directory.person(id))
            .collect(),
    };
    let sheet = Sheet {
        plan,
        directory,
        lookups: Lookups::new(plan),
        clocks,
        version,
        changes: since.map(|earlier| changes(&earlier.plan, plan)),
    };
    let title = label(plan.visit.title.trim()).into_owned();
    Ok(html! {
        (DOCTYPE)
        html lang=(language()) dir=(direction()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("Attaché {}", env!("CARGO_PKG_VERSION")));
                title { (words("doc-programme-page-title", &[("title", &value_text(&title))])) }
                style {
                    (PreEscaped(base_style())) (PreEscaped(STYLE)) (PreEscaped(CHANGES_STYLE))
                }
            }
            body {
                @if let (Some(earlier), Some(changes)) = (since, &sheet.changes) {
                    section.summary {
                        p.kicker { (value(&title)) }
                        (changes_box(changes, earlier.day))
                    }
                }
                @if people.is_empty() {
                    p { (t!("doc-programme-no-delegation")) }
                }
                @for person in people {
                    (sheet.page(person))
                }
            }
        }
    }
    .into_string())
}

struct Sheet<'p> {
    plan: &'p Plan,
    directory: Directory<'p>,
    lookups: Lookups<'p>,
    clocks: Clocks,
    version: String,
    /// What changed since the earlier version asked for, if one was.
    changes: Option<Changes>,
}

/// Whether `person` can be a delegate's contact officer.
fn is_officer(person: &Person) -> bool {
    person.side == Side::Host
        && matches!(
            person.role,
            DelegationRole::Liaison | DelegationRole::Protocol
        )
}

/// How many emergency contacts a page lists: a page holds no more, and a plan with thousands of
/// officers must not print them on every delegate's page.
const EMERGENCY_CONTACTS: usize = 8;

/// Who a page needs to know about, gathered in one pass over the plan so that printing every
/// delegate's page takes time in proportion to the plan, however many delegates there are.
struct Lookups<'p> {
    /// Each person's events (those they take part in or host), in the plan's order.
    schedules: HashMap<PersonId, Vec<&'p Event>>,
    /// The host side's liaison and protocol officers, by their place in the plan.
    officers: HashMap<PersonId, usize>,
    first_officer: Option<&'p Person>,
    emergency: Vec<&'p Person>,
}

impl<'p> Lookups<'p> {
    fn new(plan: &'p Plan) -> Self {
        let mut schedules: HashMap<PersonId, Vec<&Event>> = HashMap::new();
        for event in &plan.events {
            for &id in event.participants.iter().chain(&event.hosts) {
                let schedule = schedules.entry(id).or_default();
                // Someone named twice in one event (a participant who also hosts) has it once.
                if schedule.last().is_none_or(|last| last.id != event.id) {
                    schedule.push(event);
                }
            }
        }
        // The person an id names is the first with it, as everywhere.
        let officers: HashMap<PersonId, usize> = first_positions(&plan.people, |p| p.id)
            .into_iter()
            .filter(|&(_, rank)| is_officer(&plan.people[rank]))
            .collect();
        let first_officer = plan.people.iter().map(|p| &**p).find(|p| is_officer(p));
        let mut emergency: Vec<&Person> = plan
            .people
            .iter()
            .map(|p| &**p)
            .filter(|p| {
                !p.preferred_phone().trim().is_empty()
                    && matches!(
                        p.role,
                        DelegationRole::Liaison
                            | DelegationRole::Protocol
                            | DelegationRole::Security
                    )
            })
            .collect();
        emergency.sort_by_key(|p| p.side != Side::Host);
        Self {
            schedules,
            officers,
            first_officer,
            emergency,
        }
    }
}

impl Sheet<'_> {
    /// What changed in `event` since the earlier version; nothing without one.
    fn marks(&self, event: EventId) -> &[EventMark] {
        self.changes
            .as_ref()
            .and_then(|changes| changes.marks.get(&event))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The events `person` takes part in or hosts.
    fn events_of(&self, person: PersonId) -> &[&Event] {
        self.lookups
            .schedules
            .get(&person)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The host side's officer who hosts most of `person`'s events, the first in the plan of
    /// equals; the first officer of the plan when none hosts any.
    fn contact_officer(&self, person: PersonId) -> Option<&Person> {
        let mut hosted: HashMap<PersonId, usize> = HashMap::new();
        for event in self.events_of(person) {
            for host in &event.hosts {
                if self.lookups.officers.contains_key(host) {
                    *hosted.entry(*host).or_default() += 1;
                }
            }
        }
        hosted
            .into_iter()
            .max_by_key(|&(id, count)| (count, std::cmp::Reverse(self.lookups.officers[&id])))
            .and_then(|(id, _)| self.directory.person(id))
            .or(self.lookups.first_officer)
    }

    /// The emergency contacts for `person`'s page: not themselves.
    fn emergency_contacts(&self, person: PersonId) -> impl Iterator<Item = &Person> {
        self.lookups
            .emergency
            .iter()
            .copied()
            .filter(move |p| p.id != person)
            .take(EMERGENCY_CONTACTS)
    }

    fn page(&self, person: &Person) -> Markup {
        let events = self.events_of(person.id);
        let stays: Vec<&Event> = events
            .iter()
            .copied()
            .filter(|e| matches!(e.kind, EventKind::Stay(_)))
            .collect();
        let days = self.clocks.days(
            events
                .iter()
                .copied()
                .filter(|e| !matches!(e.kind, EventKind::Stay(_))),
        );
        let officer = self.contact_officer(person.id);
        let organisation = person
            .organisation
            .and_then(|id| self.directory.organisation(id))
            .map(|o| label(&o.name).into_owned());
        html! {
            section.delegate {
                p.kicker {
                    (sentence("doc-programme-kicker", vec![
                        ("title", html! { (value(&label(&self.plan.visit.title))) }.into()),
                    ]))
                }
                h1 { (value(&name_of(person))) " " (native(&person.native_name)) }
                p.who.muted {
                    (person.role.text())
                    @if !person.position.trim().is_empty() { " · " (value(&person.position)) }
                    @if let Some(organisation) = organisation { " · " (value(&organisation)) }
                    " · " (t!("doc-programme-version-of", date = self.version.as_str()))
                    br;
                    (t!(
                        "doc-programme-times",
                        host = self.clocks.host_name(),
                        home = self.clocks.home_name()
                    ))
                }
                div.facts {
                    div {
                        h3 { (t!("doc-programme-hotel")) }
                        @if stays.is_empty() {
                            p.muted { (t!("doc-programme-none-booked")) }
                        }
                        @for stay in &stays {
                            p {
                                (joined(stay_facts(stay, person.id)))
                                (change_marks(self.marks(stay.id)))
                            }
                        }
                    }
                    div {
                        h3 { (t!("doc-programme-contact-officer")) }
                        @match officer {
                            Some(officer) => p {
                                (value(&name_of(officer)))
                                @if !officer.preferred_phone().trim().is_empty() {
                                    br; strong { (value(officer.preferred_phone())) }
                                }
                            },
                            None => p.muted { (t!("doc-programme-none-named")) },
                        }
                    }
                    @if self.emergency_contacts(person.id).next().is_some() {
                        div {
                            h3 { (t!("doc-programme-emergency-contacts")) }
                            @for contact in self.emergency_contacts(person.id) {
                                p.small {
                                    (sentence("doc-programme-contact-role", vec![
                                        ("name", html! { (value(&name_of(contact))) }.into()),
                                        ("role", html! { (contact.role.text()) }.into()),
                                    ]))
                                    @if !contact.preferred_phone().trim().is_empty() {
                                        ": " (value(contact.preferred_phone()))
                                    }
                                }
                            }
                        }
                    }
                }
                table {
                    thead {
                        tr {
                            th { (t!("doc-programme-column-time")) }
                            th { (t!("doc-programme-column-event")) }
                        }
                    }
                    tbody {
                        @if days.is_empty() {
                            tr { td colspan="2" { (t!("doc-no-events-yet")) } }
                        }
                        @for (day, events) in &days {
                            @for (i, event) in events.iter().enumerate() {
                                (self.row(event, person.id, (i == 0).then_some(*day)))
                            }
                        }
                    }
                }
            }
        }
    }

    /// An event in a line or two: what, where, whom the person meets (the hosting organisation,
    /// or the hosts by name where none is given), the journey and its local times.
    /// The first event of a day carries the day above its time (a line of its own for each day
    /// would not leave a week on one page).
    fn row(&self, event: &Event, person: PersonId, day: Option<Date>) -> Markup {
        let times = self.clocks.times(event);
        let hosts: Vec<PersonId> = event
            .hosts
            .iter()
            .copied()
            .filter(|&id| id != person)
            .collect();
        // "Meeting the Information System Authority" adds nothing where the place is its house,
        // and a host meets the guests, not the house they host for (the badge says so).
        let hosting = event.hosts.contains(&person);
        let unsaid = |meeting: &str| !meeting.is_empty() && !event.location.contains(meeting);
        let meeting = match event
            .host_organisation
            .and_then(|id| self.directory.organisation(id))
        {
            Some(organisation) => {
                let name = label(&organisation.name);
                unsaid(&name).then(|| html! { (value(&name)) })
            }
            None => unsaid(&self.directory.names_with(&hosts, name_of))
                .then(|| names(&self.directory, &hosts)),
        };
        let mut details = Vec::new();
        if !event.location.trim().is_empty() {
            details.push(html! { (value(&label(&event.location))) });
        }
        if let Some(meeting) = meeting.filter(|_| !hosting) {
            details.push(sentence(
                "doc-programme-meeting",
                vec![("whom", meeting.into())],
            ));
        }
        if let EventKind::Travel(leg) = &event.kind {
            details.push(html! {
                (journey(leg))
                @if !leg.booking_reference.trim().is_empty() {
                    (t!("doc-comma"))
                    (sentence("doc-booking", vec![
                        ("reference", html! { (value(&leg.booking_reference)) }.into()),
                    ]))
                }
            });
        }
        if let Some(local) = times.local {
            details.push(sentence(
                "doc-programme-local-times",
                vec![("times", local.into())],
            ));
        }
        let marks = self.marks(event.id);
        let class = [
            day.map(|_| "first"),
            (!marks.is_empty()).then_some("changed"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        html! {
            tr class=[(!class.is_empty()).then_some(class)] {
                td.time {
                    @if let Some(day) = day {
                        div.day { (self::day(day)) }
                    }
                    (times.host)
                    @if !times.home.is_empty() {
                        " " span.home { (times.home) }
                    }
                }
                td {
                    span.title { (value(&label(&event.title))) }
                    @if event.status != crate::model::EventStatus::Confirmed {
                        span.badge { (event.status.text()) }
                    }
                    @if hosting {
                        span.badge { (t!("doc-programme-you-host")) }
                    }
                    (change_marks(marks))
                    @for detail in details {
                        span.detail { (detail) }
                    }
                }
            }
        }
    }
}

/// A stay on a delegate's page: the hotel (once: the place usually begins with its name), the
/// room the delegate sleeps in where the rooming list has its number, and the nights; only what
/// the plan says.
fn stay_facts(stay: &Event, person: PersonId) -> Vec<Markup> {
    let mut facts = Vec::new();
    let title = stay.title.trim();
    let location = stay.location.trim();
    if !title.is_empty() && !location.contains(title) {
        facts.push(html! { span.title { (value(title)) } });
    }
    if !location.is_empty() {
        facts.push(html! { (value(location)) });
    }
    if let EventKind::Stay(details) = &stay.kind {
        let rooms = details
            .rooms
            .iter()
            .filter(|room| room.guests.contains(&person) && !room.number.trim().is_empty());
        for room in rooms {
            facts.push(sentence(
                "doc-programme-room",
                vec![("number", html! { (value(room.number.trim())) }.into())],
            ));
        }
    }
    facts.push(html! {
        span.nights {
            (t!(
                "doc-date-range",
                first = day(stay.start.wall.date()),
                last = day(stay.end.wall.date())
            ))
        }
    });
    facts
}

/// `parts` one after the other with " · " between them.
fn joined(parts: Vec<Markup>) -> Markup {
    html! {
        @for (i, part) in parts.into_iter().enumerate() {
            @if i > 0 { " · " }
            (part)
        }
    }
}
