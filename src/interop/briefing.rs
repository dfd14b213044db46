//! The briefing book: one self-contained HTML file (no scripts, images or links to elsewhere) that
//! prints well on A4, written with maud, which escapes every piece of text it is given, so a name
//! written as `<script>` shows as that text and does nothing.
//!
//! Its parts: a cover with the visit, its dates, the date of this version and, while the plan
//! still has errors, a "DRAFT" mark that is repeated at the top of every page; the contents; the
//! delegation in order of precedence with forms of address, and the hosts; the programme day by
//! day in host time with home time beside; contacts by organisation; the study topics with their
//! objectives and open questions; and the open actions.

use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
use jiff::civil::Date;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::changes::{Changes, EarlierVersion, EventMark, changes};
use super::printed::{
    CHANGES_STYLE, Clocks, addressed, base_style, change_marks, changes_box, css_string, direction,
    journey, language, long_date, name_of, names, native, page_end, sentence, short_date, unbroken,
    value, value_text, values, words,
};
use super::{Directory, ExportError};
use crate::check::{self, Problem, Severity};
use crate::model::label::label;
use crate::model::{
    ActionSource, Choice, Event, EventKind, EventStatus, OrganisationId, Person, Plan, Side,
    TopicId, reveal_hidden,
};
use crate::t;

/// What the book adds to the printed documents' style.
const STYLE: &str = r#"
main { max-width: 180mm; margin: 0 auto; }
section.part { break-before: page; }
section.cover { padding-top: 24mm; }
.cover .kicker { text-transform: uppercase; letter-spacing: 0.12em; color: #1f3b5a; font-size: 10pt; }
.cover .parties { font-size: 13pt; margin: 10pt 0; }
.cover .purpose { margin-top: 14pt; }
.draft { border: 2pt solid #a00; color: #a00; padding: 6pt 9pt; margin: 12pt 0; }
.draft strong { font-size: 14pt; letter-spacing: 0.05em; }
.draft ul { color: #333; }
nav.contents ol { padding-inline-start: 1.2em; }
nav.contents ol ol { list-style: none; padding-inline-start: 0.6em; columns: 2; font-size: 9pt; }
td.rank { width: 1%; color: #555; }
td.phone { white-space: nowrap; }
.topic h3 { margin-top: 12pt; }
@media screen { body { background: #eee; } main { background: #fff; padding: 12mm 15mm;
  margin: 8mm auto; box-shadow: 0 1px 4px #0003; } section.part { border-top: 1px dashed #ccc;
  margin-top: 12mm; padding-top: 8mm; } }
"#;

/// The mark a book carries while its plan has `errors`: "DRAFT — 3 open problems", in the
/// language spoken. A plan without errors (warnings do not count) is printed without one.
pub fn draft_mark(errors: usize) -> Option<String> {
    (errors > 0).then(|| t!("doc-briefing-draft", count = errors))
}

/// How many of a plan's errors the cover lists; the Problems view has them all.
const ERRORS_ON_COVER: usize = 5;

/// The briefing book of `plan` as HTML; `now` is shown as the date of this version and decides
/// which problems are still open. With an earlier version, the cover lists what changed since
/// and the programme marks each changed event. Refused when the visit's zones are unknown:
/// every time in the book is shown in them.
pub fn book(
    plan: &Plan,
    now: Timestamp,
    since: Option<&EarlierVersion>,
) -> Result<String, ExportError> {
    let mut book = Book::new(plan)?;
    book.changes = since.map(|earlier| changes(&earlier.plan, plan));
    let prepared = book.clocks.today(now);
    let problems = check::check(plan, prepared);
    let errors: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    let mark = draft_mark(errors.len());
    let title = if plan.visit.title.trim().is_empty() {
        t!("doc-briefing-book").to_owned()
    } else {
        plan.visit.title.trim().to_owned()
    };
    // The mark at the top of every page: built from a number and the translation's words,
    // quoted as a CSS string.
    let page_mark = mark
        .as_ref()
        .map(|mark| {
            format!(
                "@page {{ @top-{} {{ content: {}; color: #a00; font-size: 9pt; \
                 font-weight: bold; font-family: sans-serif; }} }}",
                page_end(),
                css_string(mark)
            )
        })
        .unwrap_or_default();
    let days = book.clocks.days(plan.events.iter().map(|e| &**e));
    Ok(html! {
        (DOCTYPE)
        html lang=(language()) dir=(direction()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(format!("Attaché {}", env!("CARGO_PKG_VERSION")));
                title { (words("doc-briefing-page-title", &[("title", &value_text(&title))])) }
                style {
                    (PreEscaped(base_style())) (PreEscaped(STYLE)) (PreEscaped(CHANGES_STYLE))
                    (PreEscaped(page_mark))
                }
            }
            body {
                main {
                    (book.cover(&title, prepared, mark.as_deref(), &errors, &days, since))
                    (book.delegation())
                    (book.programme(&days))
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
    clocks: Clocks,
    /// What changed since the earlier version asked for, if one was.
    changes: Option<Changes>,
}

impl<'p> Book<'p> {
    fn new(plan: &'p Plan) -> Result<Self, ExportError> {
        Ok(Self {
            plan,
            directory: Directory::new(plan),
            clocks: Clocks::of(plan)?,
            changes: None,
        })
    }

    /// The label of the organisation a record refers to.
    fn organisation_name(&self, id: Option<OrganisationId>) -> String {
        id.and_then(|id| self.directory.organisation(id))
            .map(|o| label(&o.name).into_owned())
            .unwrap_or_default()
    }

    /// The names of `ids`: "the delegation", "the delegation except …" or name by name.
    fn names(&self, ids: &[crate::model::PersonId]) -> Markup {
        names(&self.directory, ids)
    }

    fn cover(
        &self,
        title: &str,
        prepared: Date,
        mark: Option<&str>,
        errors: &[&Problem],
        days: &BTreeMap<Date, Vec<&Event>>,
        since: Option<&EarlierVersion>,
    ) -> Markup {
        let visit = &self.plan.visit;
        let party = |name: &str, country: &str| match (name.trim(), country.trim()) {
            ("", country) => html! { (value(country)) },
            (name, "") => html! { (value(name)) },
            (name, country) => sentence(
                "doc-briefing-party",
                vec![
                    ("name", html! { (value(name)) }.into()),
                    ("country", html! { (value(country)) }.into()),
                ],
            ),
        };
        let dates = if visit.first_day == visit.last_day {
            long_date(visit.first_day)
        } else {
            t!(
                "doc-date-range",
                first = long_date(visit.first_day),
                last = long_date(visit.last_day)
            )
        };
        html! {
            section.cover {
                p.kicker { (t!("doc-briefing-book")) }
                h1 { (value(title)) }
                p.parties {
                    (sentence("doc-briefing-parties", vec![
                        ("visiting", party(&visit.visiting.name, &visit.visiting.country).into()),
                        ("host", party(&visit.host.name, &visit.host.country).into()),
                    ]))
                }
                p { (dates) }
                p { (t!("doc-version-of", date = long_date(prepared))) }
                @if let (Some(earlier), Some(changes)) = (since, &self.changes) {
                    (changes_box(changes, earlier.day))
                }
                @if let Some(mark) = mark {
                    div.draft {
                        strong { (mark) }
                        p.small {
                            @if errors.len() > ERRORS_ON_COVER {
                                (t!("doc-briefing-problems-first", count = ERRORS_ON_COVER))
                            } @else {
                                (t!("doc-briefing-problems"))
                            }
                        }
                        ul.small {
                            @for problem in errors.iter().take(ERRORS_ON_COVER) {
                                // A sentence that quotes names and titles, which may hold
                                // the very controls it warns of: written out, as on the
                                // command line, so that none turns the sentence round.
                                li { (value(&label(&reveal_hidden(&problem.message.render())))) }
                            }
                        }
                    }
                }
                p.muted {
                    (sentence("doc-briefing-times", vec![
                        ("host", html! { (self.clocks.host_name()) }.into()),
                        ("host_zone", html! { (value(&visit.host_zone)) }.into()),
                        ("home", html! { (self.clocks.home_name()) }.into()),
                        ("home_zone", html! { (value(&visit.home_zone)) }.into()),
                    ]))
                }
                @if !visit.purpose.trim().is_empty() {
                    p.purpose { (value(&visit.purpose)) }
                }
                nav.contents {
                    h3 { (t!("doc-briefing-contents")) }
                    ol {
                        li { a href="#delegation" { (t!("doc-briefing-delegation")) } }
                        li {
                            a href="#programme" { (t!("doc-briefing-programme")) }
                            @if !days.is_empty() {
                                ol {
                                    @for day in days.keys() {
                                        li { a href=(format!("#day-{day}")) { (long_date(*day)) } }
                                    }
                                }
                            }
                        }
                        li { a href="#contacts" { (t!("doc-briefing-contacts")) } }
                        li { a href="#topics" { (t!("doc-briefing-topics")) } }
                        li { a href="#actions" { (t!("doc-briefing-actions")) } }
                    }
                }
                p.muted.small { (t!("doc-briefing-prepared-with")) }
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
                p.muted { (t!("doc-briefing-nobody-yet")) }
            } @else {
                table {
                    thead {
                        tr {
                            th { (t!("doc-column-rank")) }
                            th { (t!("doc-column-name")) }
                            th { (t!("doc-column-position")) }
                            th { (t!("doc-column-role")) }
                        }
                    }
                    tbody {
                        @for (rank, person) in people.iter().enumerate() {
                            tr {
                                td.rank { (rank + 1) }
                                td {
                                    (addressed(person))
                                    (native(&person.native_name))
                                }
                                td {
                                    (value(&person.position))
                                    @let organisation = self.organisation_name(person.organisation);
                                    @if !organisation.is_empty() {
                                        div.small.muted { (value(&organisation)) }
                                    }
                                }
                                td { (person.role.text()) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn delegation(&self) -> Markup {
        html! {
            section.part #delegation {
                h2 { (t!("doc-briefing-delegation")) }
                p.muted.small { (t!("doc-briefing-in-order-of-precedence")) }
                (self.people_table(Side::Visiting))
                h3 { (t!("doc-briefing-hosts")) }
                (self.people_table(Side::Host))
            }
        }
    }

    /// Events by their day in host time, each day's in order; the time in host and home time.
    fn programme(&self, days: &BTreeMap<Date, Vec<&Event>>) -> Markup {
        html! {
            section.part #programme {
                h2 { (t!("doc-briefing-programme")) }
                @if days.is_empty() {
                    p.muted { (t!("doc-no-events-yet")) }
                }
                @for (day, events) in days {
                    h3 id=(format!("day-{day}")) { (long_date(*day)) }
                    table {
                        thead {
                            tr {
                                th { (self.clocks.host_name()) }
                                th { (self.clocks.home_name()) }
                                th { (t!("doc-briefing-column-event")) }
                            }
                        }
                        tbody {
                            @for event in events {
                                (self.programme_row(event))
                            }
                        }
                    }
                }
            }
        }
    }

    fn programme_row(&self, event: &Event) -> Markup {
        let times = self.clocks.times(event);
        let marks: &[EventMark] = self
            .changes
            .as_ref()
            .and_then(|changes| changes.marks.get(&event.id))
            .map(Vec::as_slice)
            .unwrap_or_default();
        let class = [
            (event.status == EventStatus::Cancelled).then_some("cancelled"),
            (!marks.is_empty()).then_some("changed"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let topics: Vec<_> = event
            .topics
            .iter()
            .filter_map(|&id| self.directory.topic(id))
            .map(|t| label(&t.title))
            .collect();
        html! {
            tr class=(class) {
                td.time { (times.host) }
                td.home { (times.home) }
                td {
                    span.title { (value(&event.title)) }
                    span.badge { (event.kind.tag().text()) }
                    @if event.status != EventStatus::Confirmed {
                        span.badge.status { (event.status.text()) }
                    }
                    @if event.interpretation_needed {
                        span.badge { (t!("doc-briefing-interpretation")) }
                    }
                    (change_marks(marks))
                    @if let Some(local) = times.local.clone() {
                        div.small { (sentence("doc-briefing-local-times", vec![("times", local.into())])) }
                    }
                    @match &event.kind {
                        EventKind::Travel(leg) => {
                            div.small {
                                (journey(leg))
                                @if !leg.carrier.trim().is_empty() { (t!("doc-comma")) (value(&leg.carrier)) }
                                @if !leg.booking_reference.trim().is_empty() {
                                    (t!("doc-comma"))
                                    (sentence("doc-booking", vec![
                                        ("reference", html! { (value(&leg.booking_reference)) }.into()),
                                    ]))
                                }
                            }
                        }
                        EventKind::Stay(stay) if !stay.booking_reference.trim().is_empty() => {
                            div.small {
                                (sentence("doc-booking-start", vec![
                                    ("reference", html! { (value(&stay.booking_reference)) }.into()),
                                ]))
                            }
                        }
                        _ => {}
                    }
                    @if !event.location.trim().is_empty() {
                        div.address { (value(&event.location)) }
                    }
                    @let host_organisation = self.organisation_name(event.host_organisation);
                    @if !event.hosts.is_empty() || !host_organisation.is_empty() {
                        div.small {
                            @let hosts = html! {
                                (self.names(&event.hosts))
                                @if !event.hosts.is_empty() && !host_organisation.is_empty() {
                                    (t!("doc-comma"))
                                }
                                (value(&host_organisation))
                            };
                            (sentence("doc-briefing-hosted-by", vec![("hosts", hosts.into())]))
                        }
                    }
                    @if !event.participants.is_empty() {
                        div.small.muted {
                            (sentence("doc-briefing-with", vec![
                                ("names", self.names(&event.participants).into()),
                            ]))
                        }
                    }
                    @if !topics.is_empty() {
                        div.small.muted {
                            (sentence("doc-briefing-topics-of-event", vec![
                                ("topics", values(&topics, t!("doc-names-separator")).into()),
                            ]))
                        }
                    }
                    @if !event.notes.trim().is_empty() {
                        div.small { (value(&event.notes)) }
                    }
                }
            }
        }
    }

    fn contacts_table(&self, people: &[&Person]) -> Markup {
        html! {
            table {
                thead {
                    tr {
                        th { (t!("doc-column-name")) }
                        th { (t!("doc-column-position")) }
                        th { (t!("doc-column-email")) }
                        th { (t!("doc-column-phone")) }
                    }
                }
                tbody {
                    @for person in people {
                        tr {
                            td { span.title { (value(&name_of(person))) } " " (native(&person.native_name)) }
                            td { (value(&person.position)) }
                            td { (unbroken(person.preferred_email())) }
                            td.phone { (value(person.preferred_phone())) }
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
            section.part #contacts {
                h2 { (t!("doc-briefing-contacts")) }
                @for organisation in &self.plan.organisations {
                    h3 {
                        (value(&organisation.name)) " " (native(&organisation.native_name))
                    }
                    p.small.muted {
                        (organisation.kind.text())
                        @if !organisation.country.trim().is_empty() { " · " (value(&organisation.country)) }
                        @if !organisation.website.trim().is_empty() { " · " (unbroken(&organisation.website)) }
                    }
                    @if !organisation.address.trim().is_empty() {
                        p.address { (value(&organisation.address)) }
                    }
                    @let people = of(organisation.id);
                    @if !people.is_empty() {
                        (self.contacts_table(people))
                    }
                }
                @if !without.is_empty() {
                    h3 { (t!("doc-briefing-without-organisation")) }
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
            section.part #topics {
                h2 { (t!("doc-briefing-topics")) }
                @if self.plan.topics.is_empty() {
                    p.muted { (t!("doc-briefing-no-topics-yet")) }
                }
                @for topic in &self.plan.topics {
                    div.topic {
                        h3 { (value(&topic.title)) }
                        @if let Some(lead) = topic.lead.and_then(|id| self.directory.person(id)) {
                            p.small.muted {
                                (sentence("doc-briefing-lead", vec![
                                    ("name", html! { (value(&name_of(lead))) }.into()),
                                ]))
                            }
                        }
                        @if !topic.summary.trim().is_empty() {
                            p { (value(&topic.summary)) }
                        }
                        @if !topic.objectives.is_empty() {
                            p.small { strong { (t!("doc-briefing-objectives")) } }
                            ul { @for objective in &topic.objectives { li { (value(objective)) } } }
                        }
                        @let open: Vec<_> = topic.questions.iter().filter(|q| !q.is_answered()).collect();
                        @if !open.is_empty() {
                            p.small { strong { (t!("doc-briefing-open-questions")) } }
                            ul { @for question in open { li { (value(&question.text)) } } }
                        }
                        @if let Some(meetings) = covering.get(&topic.id) {
                            p.small.muted {
                                (sentence("doc-briefing-covered-at", vec![
                                    ("events", values(
                                        meetings.iter().map(|e| label(&e.title)),
                                        t!("doc-names-separator"),
                                    ).into()),
                                ]))
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
                h2 { (t!("doc-briefing-actions")) }
                @if open.is_empty() {
                    p.muted { (t!("doc-briefing-no-open-actions")) }
                } @else {
                    table {
                        thead {
                            tr {
                                th { (t!("doc-briefing-column-action")) }
                                th { (t!("doc-briefing-column-owner")) }
                                th { (t!("doc-briefing-column-due")) }
                                th { (t!("doc-briefing-column-status")) }
                                th { (t!("doc-briefing-column-from")) }
                            }
                        }
                        tbody {
                            @for action in open {
                                tr {
                                    td { (value(&action.text)) }
                                    td { (value(&action.owner.and_then(|id| self.directory.person(id)).map(name_of).unwrap_or_default())) }
                                    td.time { (action.due.map(short_date).unwrap_or_default()) }
                                    td { (action.status.text()) }
                                    td.small { (value(&source(action.source))) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::draft_mark;
    use crate::lang::{Language, in_language};

    #[test]
    fn the_mark_counts_open_problems_and_a_plan_without_errors_has_none() {
        assert_eq!(draft_mark(0), None);
        assert_eq!(draft_mark(1).as_deref(), Some("DRAFT — 1 open problem"));
        assert_eq!(draft_mark(12).as_deref(), Some("DRAFT — 12 open problems"));
        in_language(Language::Estonian, || {
            assert_eq!(
                draft_mark(1).as_deref(),
                Some("MUSTAND — 1 lahendamata probleem")
            );
            assert_eq!(
                draft_mark(12).as_deref(),
                Some("MUSTAND — 12 lahendamata probleemi")
            );
        });
    }
}
