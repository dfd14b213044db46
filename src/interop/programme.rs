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

use super::printed::{BASE_STYLE, Clocks, name_of, native, short_date};
use super::{Directory, ExportError};
use crate::model::label::label;
use crate::model::{Choice, DelegationRole, Event, EventKind, Person, PersonId, Plan, Side};

/// What the programmes add to the printed documents' style: one person a page, small enough
/// that a week's programme fits.
const STYLE: &str = r#"
@page { margin: 9mm 12mm 11mm; }
body { font-size: 8pt; line-height: 1.15; }
section.delegate { break-after: page; }
section.delegate:last-child { break-after: auto; }
.kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #1f3b5a; font-size: 8.5pt;
  margin: 0; }
h1 { font-size: 14pt; margin: 2pt 0 0; }
.who { margin: 0 0 6pt; }
.facts { display: grid; grid-template-columns: 1fr 1fr 1.6fr; gap: 5mm; margin: 3pt 0 5pt; }
.facts h3 { margin: 0 0 1pt; font-size: 8.5pt; color: #1f3b5a; }
.facts p { margin: 0; }
table { font-size: 8pt; margin: 2pt 0 4pt; }
th, td { padding: 1pt 3pt 0.5pt; }
.detail { color: #444; }
.detail::before { content: " · "; }
.facts { font-size: 7.5pt; }
.facts .address, .facts .small { font-size: inherit; }
div.home { color: #555; }
tr.first td { border-top: 1pt solid #1f3b5a; }
.day { font-weight: 600; color: #1f3b5a; }
"#;

/// The programmes of `person` (one page) or, without one, of every member of the visiting
/// delegation in order of precedence (one page each), as HTML; `now` is printed as the date of
/// this version.
pub fn programmes(
    plan: &Plan,
    person: Option<PersonId>,
    now: Timestamp,
) -> Result<String, ExportError> {
    let clocks = Clocks::of(plan)?;
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
        clocks,
        version: short_date(Clocks::of(plan)?.today(now)),
    };
    let title = label(plan.visit.title.trim()).into_owned();
    Ok(html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("Attaché {}", env!("CARGO_PKG_VERSION")));
                title { (title) " — programme" }
                style { (PreEscaped(BASE_STYLE)) (PreEscaped(STYLE)) }
            }
            body {
                @if people.is_empty() {
                    p { "The plan has no visiting delegation yet." }
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
    clocks: Clocks,
    version: String,
}

/// Whether `person` can be a delegate's contact officer.
fn is_officer(person: &Person) -> bool {
    person.side == Side::Host
        && matches!(
            person.role,
            DelegationRole::Liaison | DelegationRole::Protocol
        )
}

impl Sheet<'_> {
    /// The events `person` takes part in or hosts.
    fn events_of(&self, person: PersonId) -> impl Iterator<Item = &Event> {
        self.plan
            .events
            .iter()
            .map(|e| &**e)
            .filter(move |e| e.participants.contains(&person) || e.hosts.contains(&person))
    }

    /// The host side's officer who hosts most of `person`'s events; see the module's notes.
    fn contact_officer(&self, person: PersonId) -> Option<&Person> {
        let mut hosted: HashMap<PersonId, usize> = HashMap::new();
        for event in self.events_of(person) {
            for &host in &event.hosts {
                *hosted.entry(host).or_default() += 1;
            }
        }
        let officers = self
            .plan
            .people
            .iter()
            .map(|p| &**p)
            .filter(|p| is_officer(p));
        // The first of the most: max_by_key keeps the last of equals, so go from the end.
        officers
            .rev()
            .max_by_key(|p| hosted.get(&p.id).copied().unwrap_or(0))
    }

    fn emergency_contacts(&self) -> Vec<&Person> {
        let mut contacts: Vec<&Person> = self
            .plan
            .people
            .iter()
            .map(|p| &**p)
            .filter(|p| {
                !p.phone.trim().is_empty()
                    && matches!(
                        p.role,
                        DelegationRole::Liaison
                            | DelegationRole::Protocol
                            | DelegationRole::Security
                    )
            })
            .collect();
        contacts.sort_by_key(|p| p.side != Side::Host);
        contacts
    }

    fn page(&self, person: &Person) -> Markup {
        let events: Vec<&Event> = self.events_of(person.id).collect();
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
                p.kicker { "Programme · " (label(self.plan.visit.title.trim())) }
                h1 { (person.name.trim()) " " (native(&person.native_name)) }
                p.who.muted {
                    (person.role.label())
                    @if !person.position.trim().is_empty() { " · " (person.position.trim()) }
                    @if let Some(organisation) = organisation { " · " (organisation) }
                    " · version of " (self.version)
                }
                div.facts {
                    div {
                        h3 { "Hotel" }
                        @if stays.is_empty() {
                            p.muted { "None booked." }
                        }
                        @for stay in &stays {
                            p {
                                span.title { (stay.title) }
                                @if !stay.location.trim().is_empty() {
                                    br; span.address { (stay.location) }
                                }
                                br; span.small {
                                    (short_date(stay.start.wall.date())) " – "
                                    (short_date(stay.end.wall.date()))
                                }
                            }
                        }
                    }
                    div {
                        h3 { "Contact officer" }
                        @match officer {
                            Some(officer) => p {
                                (name_of(officer))
                                @if !officer.phone.trim().is_empty() {
                                    br; strong { bdi { (officer.phone.trim()) } }
                                }
                            },
                            None => p.muted { "None named in the plan." },
                        }
                    }
                    div {
                        h3 { "Emergency contacts" }
                        @for contact in self.emergency_contacts() {
                            @if contact.id != person.id {
                                p.small {
                                    (name_of(contact)) " (" (contact.role.label()) "): "
                                    bdi { (contact.phone.trim()) }
                                }
                            }
                        }
                    }
                }
                table {
                    thead {
                        tr {
                            th { (self.clocks.host_name()) " " span.muted { "(" (self.clocks.home_name()) ")" } }
                            th { "Event, place and whom you meet" }
                        }
                    }
                    tbody {
                        @if days.is_empty() {
                            tr { td colspan="2" { "No events yet." } }
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
        let meeting = match event
            .host_organisation
            .and_then(|id| self.directory.organisation(id))
        {
            Some(organisation) => label(&organisation.name).into_owned(),
            None => self.directory.names_with(&hosts, name_of),
        };
        let mut details = Vec::new();
        if !event.location.trim().is_empty() {
            details.push(label(event.location.trim()).into_owned());
        }
        // "Meeting the Information System Authority" adds nothing where the place is its house.
        if !meeting.is_empty() && !event.location.contains(&meeting) {
            details.push(format!("meeting {meeting}"));
        }
        if let EventKind::Travel(leg) = &event.kind {
            let mut journey = format!("{} from {} to {}", leg.mode.label(), leg.from, leg.to);
            if !leg.booking_reference.trim().is_empty() {
                journey.push_str(&format!(", booking {}", leg.booking_reference.trim()));
            }
            details.push(journey);
        }
        if let Some(local) = times.local {
            details.push(format!("local times {local}"));
        }
        html! {
            tr class=[day.map(|_| "first")] {
                td.time {
                    @if let Some(day) = day {
                        div.day { (day.strftime("%a %-d %b")) }
                    }
                    (times.host)
                    @if !times.home.is_empty() {
                        div.home { (times.home) }
                    }
                }
                td {
                    span.title { (label(&event.title)) }
                    @if event.status != crate::model::EventStatus::Confirmed {
                        span.badge { (event.status.label()) }
                    }
                    @if event.hosts.contains(&person) {
                        span.badge { "You host" }
                    }
                    @for detail in details {
                        span.detail { (detail) }
                    }
                }
            }
        }
    }
}
