//! The briefing book: one self-contained HTML file (no scripts, images or links to elsewhere) that
//! prints well on A4, written with maud, which escapes every piece of text it is given, so a name
//! written as `<script>` shows as that text and does nothing.
//!
//! Its parts: a cover; the delegation in order of precedence with forms of address, and the hosts;
//! the programme day by day in host time with home time beside; contacts by organisation; the study
//! topics with their objectives and open questions; and the open actions.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::languages::tag_of_script;
use super::{Directory, ExportError, person_label, person_reference};
use crate::model::label::label;
use crate::model::{
    ActionSource, Choice, Event, EventKind, EventStatus, OrganisationId, Person, PersonId, Plan,
    Side, TopicId, zone_named,
};

const STYLE: &str = r#"
@page { size: A4; margin: 16mm 15mm 18mm; }
:root { color-scheme: light; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; margin: 0; }
main { max-width: 180mm; margin: 0 auto; }
h1 { font-size: 22pt; margin: 0 0 6pt; line-height: 1.2; }
h2 { font-size: 15pt; border-bottom: 2px solid #1f3b5a; padding-bottom: 3pt; margin: 0 0 10pt;
  color: #1f3b5a; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 14pt 0 4pt; break-after: avoid; }
section { break-before: page; }
section.cover { break-before: auto; padding-top: 30mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #1f3b5a; font-size: 10pt; }
.cover .parties { font-size: 13pt; margin: 10pt 0; }
.cover .purpose { margin-top: 14pt; }
.cover nav ol { padding-left: 1.2em; }
/* Each paragraph, item and cell takes its direction from its first letter, as dir="auto" does:
   an Arabic title reads right to left, and one shortened with "…" ends on its left. */
p, li, td, th, h1, h2, h3, div.title { unicode-bidi: plaintext; }
.muted { color: #555; }
.small { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; }
th, td { text-align: start; vertical-align: top; padding: 4pt 5pt; border-bottom: 0.5pt solid #bbb; }
th { font-size: 9pt; color: #444; border-bottom: 1pt solid #444; }
tr { break-inside: avoid; }
td.time { white-space: nowrap; width: 22mm; font-variant-numeric: tabular-nums; }
td.home { white-space: nowrap; width: 22mm; color: #555; font-variant-numeric: tabular-nums; }
td.rank { width: 7mm; color: #555; }
td .native { display: block; }
td.phone { white-space: nowrap; }
td.who { width: 36%; }
.native { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", serif;
  font-size: 11.5pt; }
.address { font-size: 9pt; color: #444; font-style: italic; }
.title { font-weight: 600; }
.cancelled .title { text-decoration: line-through; }
.badge { display: inline-block; font-size: 8pt; padding: 0 4pt; border: 0.5pt solid #888;
  border-radius: 3pt; color: #333; margin-inline-start: 4pt; }
.cancelled .badge.status { border-color: #a00; color: #a00; }
ul { margin: 2pt 0 6pt; padding-left: 1.2em; }
.topic { break-inside: avoid; }
@media screen { body { background: #eee; } main { background: #fff; padding: 12mm 15mm;
  margin: 8mm auto; box-shadow: 0 1px 4px #0003; } section { border-top: 1px dashed #ccc;
  margin-top: 12mm; padding-top: 8mm; } section.cover { border: 0; margin: 0; } }
"#;

/// The briefing book of `plan` as HTML; `now` is shown as the date it was prepared on. Refused
/// when the visit's zones are unknown: every time in the book is shown in them.
pub fn book(plan: &Plan, now: Timestamp) -> Result<String, ExportError> {
    let book = Book::new(plan)?;
    let prepared = now.to_zoned(book.host.clone()).date();
    let title = if plan.visit.title.trim().is_empty() {
        "Briefing book".to_owned()
    } else {
        plan.visit.title.trim().to_owned()
    };
    Ok(html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("Attaché {}", env!("CARGO_PKG_VERSION")));
                title { (title) " — briefing book" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    (book.cover(&title, prepared))
                    (book.delegation())
                    (book.programme())
                    (book.contacts())
                    (book.topics())
                    (book.actions())
                }
            }
        }
    }
    .into_string())
}

struct Book<'p> {
    plan: &'p Plan,
    directory: Directory<'p>,
    host: TimeZone,
    home: TimeZone,
    host_name: String,
    home_name: String,
}

/// "Europe/Tallinn" → "Tallinn".
fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

fn long_date(date: Date) -> String {
    date.strftime("%A %-d %B %Y").to_string()
}

/// A name in its own script: isolated, so right-to-left text does not reorder what is around it.
fn native(text: &str) -> Markup {
    html! {
        @if !text.trim().is_empty() {
            bdi.native dir="auto" lang=[tag_of_script(text)] { (text.trim()) }
        }
    }
}

impl<'p> Book<'p> {
    fn new(plan: &'p Plan) -> Result<Self, ExportError> {
        let zone = |which, name: &str| {
            zone_named(name).map_err(|_| ExportError::UnknownVisitZone {
                which,
                zone: name.to_owned(),
            })
        };
        Ok(Self {
            plan,
            directory: Directory::new(plan),
            host: zone("host", &plan.visit.host_zone)?,
            home: zone("home", &plan.visit.home_zone)?,
            host_name: city(&plan.visit.host_zone),
            home_name: city(&plan.visit.home_zone),
        })
    }

    /// The label of the organisation a record refers to.
    fn organisation_name(&self, id: Option<OrganisationId>) -> String {
        id.and_then(|id| self.directory.organisation(id))
            .map(|o| label(&o.name).into_owned())
            .unwrap_or_default()
    }

    fn names(&self, ids: &[PersonId]) -> String {
        self.directory.names_of(ids)
    }

    fn cover(&self, title: &str, prepared: Date) -> Markup {
        let visit = &self.plan.visit;
        let party = |name: &str, country: &str| match (name.trim(), country.trim()) {
            ("", country) => country.to_owned(),
            (name, "") => name.to_owned(),
            (name, country) => format!("{name} ({country})"),
        };
        let dates = if visit.first_day == visit.last_day {
            long_date(visit.first_day)
        } else {
            format!(
                "{} – {}",
                long_date(visit.first_day),
                long_date(visit.last_day)
            )
        };
        html! {
            section.cover {
                p.kicker { "Briefing book" }
                h1 { (title) }
                p.parties {
                    (party(&visit.visiting.name, &visit.visiting.country))
                    " visiting "
                    (party(&visit.host.name, &visit.host.country))
                }
                p { (dates) }
                p.muted {
                    "Times are " (self.host_name) " time (" (visit.host_zone) "), with "
                    (self.home_name) " time (" (visit.home_zone) ") beside."
                }
                @if !visit.purpose.trim().is_empty() {
                    p.purpose { (visit.purpose.trim()) }
                }
                nav {
                    h3 { "Contents" }
                    ol {
                        li { a href="#delegation" { "The delegation" } }
                        li { a href="#programme" { "Programme" } }
                        li { a href="#contacts" { "Contacts" } }
                        li { a href="#topics" { "Study topics" } }
                        li { a href="#actions" { "Open actions" } }
                    }
                }
                p.muted.small { "Prepared on " (long_date(prepared)) " with Attaché." }
            }
        }
    }

    fn people_table(&self, side: Side) -> Markup {
        let people: Vec<&Person> = self
            .plan
            .people
            .iter()
            .filter(|p| p.side == side)
            .map(|p| &**p)
            .collect();
        html! {
            @if people.is_empty() {
                p.muted { "Nobody yet." }
            } @else {
                table {
                    thead { tr { th { "#" } th { "Name" } th { "Position" } th { "Role" } } }
                    tbody {
                        @for (rank, person) in people.iter().enumerate() {
                            tr {
                                td.rank { (rank + 1) }
                                td {
                                    @if !person.form_of_address.trim().is_empty() {
                                        div.small.muted { (person.form_of_address.trim()) }
                                    }
                                    div.title { (person_label(person)) }
                                    (native(&person.native_name))
                                }
                                td {
                                    (person.position)
                                    @let organisation = self.organisation_name(person.organisation);
                                    @if !organisation.is_empty() {
                                        div.small.muted { (organisation) }
                                    }
                                }
                                td { (person.role.label()) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn delegation(&self) -> Markup {
        html! {
            section #delegation {
                h2 { "The delegation" }
                p.muted.small { "In order of precedence." }
                (self.people_table(Side::Visiting))
                h3 { "Hosts" }
                (self.people_table(Side::Host))
            }
        }
    }

    /// Events by their day in host time, each day's in order; the time in host and home time.
    fn programme(&self) -> Markup {
        let mut days: BTreeMap<Date, Vec<(Option<Zoned>, &Event)>> = BTreeMap::new();
        for event in &self.plan.events {
            let start = (!event.all_day)
                .then(|| event.start.instant().ok())
                .flatten()
                .map(|instant| instant.to_zoned(self.host.clone()));
            let day = start
                .as_ref()
                .map(|start| start.date())
                .unwrap_or(event.start.wall.date());
            days.entry(day).or_default().push((start, event));
        }
        for events in days.values_mut() {
            events.sort_by_key(|(start, event)| {
                (
                    !event.all_day,
                    start.as_ref().map(|s| s.timestamp()),
                    event.start.wall,
                )
            });
        }
        html! {
            section #programme {
                h2 { "Programme" }
                @if days.is_empty() {
                    p.muted { "No events yet." }
                }
                @for (day, events) in &days {
                    h3 { (long_date(*day)) }
                    table {
                        thead {
                            tr {
                                th { (self.host_name) }
                                th { (self.home_name) }
                                th { "Event" }
                            }
                        }
                        tbody {
                            @for (start, event) in events {
                                (self.programme_row(start.as_ref(), event))
                            }
                        }
                    }
                }
            }
        }
    }

    fn programme_row(&self, start: Option<&Zoned>, event: &Event) -> Markup {
        let end = (!event.all_day)
            .then(|| event.end.instant().ok())
            .flatten()
            .map(|instant| instant.to_zoned(self.host.clone()));
        let clock = |time: &Zoned, zone: &TimeZone, day: Date| {
            let there = time.with_time_zone(zone.clone());
            if there.date() == day {
                there.strftime("%H:%M").to_string()
            } else {
                there.strftime("%-d %b %H:%M").to_string()
            }
        };
        let (host_time, home_time) = match (start, &end) {
            _ if event.all_day => ("All day".to_owned(), String::new()),
            (Some(start), end) => {
                let day = start.date();
                let home_day = start.with_time_zone(self.home.clone()).date();
                let span = |zone: &TimeZone, day: Date| match end {
                    Some(end) => format!("{}–{}", clock(start, zone, day), clock(end, zone, day)),
                    None => clock(start, zone, day),
                };
                (span(&self.host, day), span(&self.home, home_day))
            }
            // A zone this machine does not know: the wall time as written.
            (None, _) => (
                format!(
                    "{} ({})",
                    event.start.wall.strftime("%H:%M"),
                    event.start.zone
                ),
                String::new(),
            ),
        };
        let class = if event.status == EventStatus::Cancelled {
            "cancelled"
        } else {
            ""
        };
        let topics: Vec<_> = event
            .topics
            .iter()
            .filter_map(|&id| self.directory.topic(id))
            .map(|t| label(&t.title))
            .collect();
        html! {
            tr class=(class) {
                td.time { (host_time) }
                td.home { (home_time) }
                td {
                    span.title { (event.title) }
                    span.badge { (event.kind.tag().label()) }
                    @if event.status != EventStatus::Confirmed {
                        span.badge.status { (event.status.label()) }
                    }
                    @if event.interpretation_needed {
                        span.badge { "Interpretation" }
                    }
                    @match &event.kind {
                        EventKind::Travel(leg) => {
                            div.small {
                                (leg.mode.label()) " from " (leg.from) " to " (leg.to)
                                @if !leg.carrier.trim().is_empty() { ", " (leg.carrier) }
                                @if !leg.booking_reference.trim().is_empty() {
                                    ", booking " (leg.booking_reference)
                                }
                            }
                        }
                        EventKind::Stay(stay) if !stay.booking_reference.trim().is_empty() => {
                            div.small { "Booking " (stay.booking_reference) }
                        }
                        _ => {}
                    }
                    @if !event.location.trim().is_empty() {
                        div.address { (event.location) }
                    }
                    @let host_organisation = self.organisation_name(event.host_organisation);
                    @if !event.hosts.is_empty() || !host_organisation.is_empty() {
                        div.small {
                            "Hosted by " (self.names(&event.hosts))
                            @if !event.hosts.is_empty() && !host_organisation.is_empty() { ", " }
                            (host_organisation)
                        }
                    }
                    @if !event.participants.is_empty() {
                        div.small.muted { "With " (self.names(&event.participants)) }
                    }
                    @if !topics.is_empty() {
                        div.small.muted { "Topics: " (topics.join("; ")) }
                    }
                    @if !event.notes.trim().is_empty() {
                        div.small { (event.notes.trim()) }
                    }
                }
            }
        }
    }

    fn contacts_table(&self, people: &[&Person]) -> Markup {
        html! {
            table {
                thead { tr { th { "Name" } th { "Position" } th { "Email" } th { "Phone" } } }
                tbody {
                    @for person in people {
                        tr {
                            td.who { span.title { (person_label(person)) } " " (native(&person.native_name)) }
                            td { (person.position) }
                            td { (person.email) }
                            td.phone { bdi { (person.phone) } }
                        }
                    }
                }
            }
        }
    }

    fn contacts(&self) -> Markup {
        // People by organisation, in the order of the plan, gathered in one pass.
        let mut members: HashMap<OrganisationId, Vec<&Person>> = HashMap::new();
        let mut without: Vec<&Person> = Vec::new();
        for person in &self.plan.people {
            match person
                .organisation
                .filter(|&id| self.directory.organisation(id).is_some())
            {
                Some(id) => members.entry(id).or_default().push(person),
                None => without.push(person),
            }
        }
        let empty = Vec::new();
        let of = |id: OrganisationId| members.get(&id).unwrap_or(&empty);
        html! {
            section #contacts {
                h2 { "Contacts" }
                @for organisation in &self.plan.organisations {
                    h3 {
                        (organisation.name) " " (native(&organisation.native_name))
                    }
                    p.small.muted {
                        (organisation.kind.label())
                        @if !organisation.country.trim().is_empty() { " · " (organisation.country) }
                        @if !organisation.website.trim().is_empty() { " · " (organisation.website) }
                    }
                    @if !organisation.address.trim().is_empty() {
                        p.address { (organisation.address) }
                    }
                    @let people = of(organisation.id);
                    @if !people.is_empty() {
                        (self.contacts_table(people))
                    }
                }
                @if !without.is_empty() {
                    h3 { "Without an organisation" }
                    (self.contacts_table(&without))
                }
            }
        }
    }

    fn topics(&self) -> Markup {
        // The events that cover each topic, gathered in one pass over the events.
        let mut covering: HashMap<TopicId, Vec<&Event>> = HashMap::new();
        for event in &self.plan.events {
            for &topic in &event.topics {
                covering.entry(topic).or_default().push(event);
            }
        }
        html! {
            section #topics {
                h2 { "Study topics" }
                @if self.plan.topics.is_empty() {
                    p.muted { "No topics yet." }
                }
                @for topic in &self.plan.topics {
                    div.topic {
                        h3 { (topic.title) }
                        @if let Some(lead) = topic.lead.and_then(|id| self.directory.person(id)) {
                            p.small.muted { "Lead: " (person_reference(lead)) }
                        }
                        @if !topic.summary.trim().is_empty() {
                            p { (topic.summary.trim()) }
                        }
                        @if !topic.objectives.is_empty() {
                            p.small { strong { "Objectives" } }
                            ul { @for objective in &topic.objectives { li { (objective) } } }
                        }
                        @let open: Vec<_> = topic.questions.iter().filter(|q| !q.is_answered()).collect();
                        @if !open.is_empty() {
                            p.small { strong { "Open questions" } }
                            ul { @for question in open { li { (question.text) } } }
                        }
                        @if let Some(meetings) = covering.get(&topic.id) {
                            p.small.muted {
                                "Covered at: "
                                (meetings.iter().map(|e| label(&e.title)).collect::<Vec<_>>().join("; "))
                            }
                        }
                    }
                }
            }
        }
    }

    fn actions(&self) -> Markup {
        let mut open: Vec<_> = self
            .plan
            .actions
            .iter()
            .filter(|a| a.status.is_open())
            .collect();
        open.sort_by_key(|a| (a.due.is_none(), a.due));
        let source = |source: Option<ActionSource>| -> String {
            match source {
                Some(ActionSource::Topic(id)) => self.directory.topic(id).map(|t| &t.title),
                Some(ActionSource::Event(id)) => self.directory.event(id).map(|e| &e.title),
                None => None,
            }
            .map(|title| label(title).into_owned())
            .unwrap_or_default()
        };
        html! {
            section #actions {
                h2 { "Open actions" }
                @if open.is_empty() {
                    p.muted { "No open actions." }
                } @else {
                    table {
                        thead { tr { th { "Action" } th { "Owner" } th { "Due" } th { "Status" } th { "From" } } }
                        tbody {
                            @for action in open {
                                tr {
                                    td { (action.text) }
                                    td { (action.owner.and_then(|id| self.directory.person(id)).map(person_reference).unwrap_or_default()) }
                                    td.time { (action.due.map(|d| d.to_string()).unwrap_or_default()) }
                                    td { (action.status.label()) }
                                    td.small { (source(action.source)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
