//! The editor of one person: every field of the model, warnings on doubtful contact details,
//! the travel document and its deadline, and the person's schedule, each event one click away.

use crate::ui::tokens::Tokens;
use std::sync::Arc;

use egui::{RichText, Ui};

use super::contacts::{ContactList, contact_rows};
use crate::app::{Command, Derived, ExportRequest};
use crate::check::Subject;
use crate::interop::ExportFormat;
use crate::lang::format::DateFormat;
use crate::model::Change;
use crate::model::label::label;
use crate::model::schedule::zone_city;
use crate::model::{DocumentStatus, Person, PersonId, Plan};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_text};
use crate::ui::record_editor::{RecordHeader, edit_command, editor_header, record_form};
use crate::ui::widgets::{JustAdded, multiline_row, section_heading, text_row};
use crate::ui::widgets::{choice_row, input_row, native_text_row, optional_organisation_picker};

/// What the editor remembers between frames.
#[derive(Clone, Debug, Default)]
pub(super) struct EditorState {
    /// The languages field as typed ("Arabic, "), which the list in the plan cannot hold.
    languages: Option<(PersonId, String)>,
    /// The person Add person made, whose name takes the cursor.
    pub(super) just_added: JustAdded<Person>,
}

/// The person's name, or "(no name)". The title is never glued before it (see
/// [`Person::forms_of_address`]): the editor's heading shows it on a line of its own.
pub(super) fn display_name(person: &Person) -> String {
    match person.name.trim() {
        "" => t!("record-no-name").to_owned(),
        name => name.to_owned(),
    }
}

fn parse_languages(text: &str) -> Vec<String> {
    text.split([',', ';'])
        .map(str::trim)
        .filter(|language| !language.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(super) fn show(ctx: &ViewContext, state: &mut super::PeopleState, ui: &mut Ui, id: PersonId) {
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let Some(&position) = derived.index.people.get(&id) else {
        return;
    };
    let before = &plan.people[position];
    let mut person = Person::clone(before);
    let mut commands = Vec::new();
    state
        .editor
        .just_added
        .escape_removes_untouched(ctx, ui, before);

    editor_header(
        ctx,
        ui,
        &mut state.deleting,
        RecordHeader {
            subject: Subject::Person(id),
            kind: t!("person-kind"),
            address: &before.forms_of_address().collect::<Vec<_>>().join(" "),
            title: &display_name(before),
            native_title: &before.native_name,
        },
        |_| {},
    );

    let open = crate::ui::record_editor::form_scroll_area("person editor")
        .show(ui, |ui| {
            let typed_in = record_form(ui, ("person form", id), |ui, typed| {
                let name = typed(text_row(ui, id, t!("person-name"), &mut person.name));
                state.editor.just_added.focus_first_field(before, &name);
                typed(native_text_row(
                    ui,
                    id,
                    t!("person-native-name"),
                    &mut person.native_name,
                ));
                typed(text_row(
                    ui,
                    id,
                    t!("person-form-of-address"),
                    &mut person.form_of_address,
                ))
                .on_hover_text(crate::lang::attribute("person-form-of-address", "tooltip"));
                typed(text_row(ui, id, t!("person-title"), &mut person.title))
                    .on_hover_text(crate::lang::attribute("person-title", "tooltip"));
                typed(text_row(
                    ui,
                    id,
                    t!("person-position"),
                    &mut person.position,
                ));

                input_row(ui, t!("person-organisation"), |ui, label| {
                    optional_organisation_picker(
                        ui,
                        ("person organisation", id),
                        label,
                        ctx.document,
                        &mut person.organisation,
                    )
                });

                choice_row(ui, t!("person-side"), &mut person.side);
                choice_row(ui, t!("person-role"), &mut person.role);

                contact_rows(ui, id, ContactList::Emails, &mut person.emails, typed);
                contact_rows(ui, id, ContactList::Phones, &mut person.phones, typed);

                languages_row(ui, &mut state.editor.languages, &mut person, typed);

                typed(text_row(
                    ui,
                    id,
                    t!("person-dietary-needs"),
                    &mut person.dietary_needs,
                ));
                typed(text_row(
                    ui,
                    id,
                    t!("person-accessibility-needs"),
                    &mut person.accessibility_needs,
                ));

                choice_row(
                    ui,
                    t!("person-travel-document"),
                    &mut person.travel_document.status,
                );
                travel_deadline(ui, &mut person, plan.visit.first_day, derived.today);

                typed(multiline_row(ui, id, t!("person-notes"), &mut person.notes));
            });
            if person != **before {
                let label = t!("person-undo-edit", name = display_name(&person));
                let change = Change::Person(Arc::new(person));
                commands.push(edit_command(change, label, typed_in));
            }

            ui.add_space(ctx.tokens.space.section);
            if ui
                .button(t!("person-print-programme"))
                .on_hover_text(crate::lang::attribute("person-print-programme", "tooltip"))
                .clicked()
            {
                commands.push(Command::Print(ExportRequest {
                    format: ExportFormat::Programme,
                    person: Some(id),
                }));
            }
            schedule(plan, derived, id, ui)
        })
        .inner;

    for command in commands {
        ctx.send(command);
    }
    if let Some(subject) = open {
        ctx.send(Command::ShowRecord(subject));
    }
}

/// The languages as one field, "Arabic, English". What was typed is kept while it reads as the
/// same list, so that "Arabic, " keeps its comma and space until the next language is typed.
fn languages_row(
    ui: &mut Ui,
    typed_text: &mut Option<(PersonId, String)>,
    person: &mut Person,
    typed: &mut dyn FnMut(egui::Response) -> egui::Response,
) {
    let id = person.id;
    let mut languages = match typed_text {
        Some((person_id, text))
            if *person_id == id && parse_languages(text) == person.languages =>
        {
            text.clone()
        }
        _ => person.languages.join(", "),
    };
    let response = typed(text_row(ui, id, t!("person-languages"), &mut languages))
        .on_hover_text(crate::lang::attribute("person-languages", "tooltip"));
    if response.changed() {
        person.languages = parse_languages(&languages);
    }
    *typed_text = Some((id, languages));
}

/// The deadline of the travel document: set or not, a date picker, and how far off it is, a
/// row of the form (its label at the right in Arabic), wrapping in a narrow editor rather than
/// running past its edge. `today` is the day the plan's derived data is as of, as the checks see
/// it.
fn travel_deadline(
    ui: &mut Ui,
    person: &mut Person,
    first_day: jiff::civil::Date,
    today: jiff::civil::Date,
) {
    input_row(ui, t!("person-document-deadline"), |ui, label| {
        Tokens::for_ui(ui).wrapped_row(ui, |ui| deadline_row(ui, person, label, first_day, today));
    });
}

/// The deadline's row, named by its `label`: set or not, a date picker, how far off it is.
fn deadline_row(
    ui: &mut Ui,
    person: &mut Person,
    label: egui::Id,
    first_day: jiff::civil::Date,
    today: jiff::civil::Date,
) {
    let document = &mut person.travel_document;
    let mut has_deadline = document.deadline.is_some();
    if ui
        .checkbox(&mut has_deadline, t!("person-deadline"))
        .on_hover_text(crate::lang::attribute("person-deadline", "tooltip"))
        .changed()
    {
        document.deadline = has_deadline.then(|| {
            first_day
                .checked_sub(jiff::Span::new().days(28))
                .unwrap_or(first_day)
        });
    }
    if let Some(deadline) = &mut document.deadline {
        ui.add(crate::ui::widgets::date_button(
            deadline,
            "document deadline",
        ))
        .labelled_by(label);
        let days = (*deadline - today).get_days();
        let done = matches!(
            document.status,
            DocumentStatus::Issued | DocumentStatus::NotNeeded
        );
        let text = match days {
            0 => t!("person-deadline-today").to_owned(),
            1 => t!("person-deadline-tomorrow").to_owned(),
            d if d > 1 => t!("person-deadline-in-days", count = d),
            -1 => t!("person-deadline-yesterday").to_owned(),
            d => t!("person-deadline-days-ago", count = -d),
        };
        if days < 0 && !done {
            let passed = t!("person-deadline-passed", when = text);
            ui.colored_label(Tokens::for_ui(ui).color.warning, format!("⚠ {passed}"));
        } else {
            ui.weak(text);
        }
    }
}

/// The events the person takes part in or hosts, in time order, each a link to the itinerary;
/// then the topics they lead and the actions they own. Returns the record whose link was
/// clicked.
fn schedule(plan: &Plan, derived: &Derived, id: PersonId, ui: &mut Ui) -> Option<Subject> {
    let mut open = None;
    section_heading(ui, t!("person-schedule"), 3);
    let mut any = false;
    let mut day = None;
    for &i in &derived.schedule.order {
        let event = &plan.events[i];
        let takes_part = event.participants.contains(&id);
        let hosts = event.hosts.contains(&id);
        if !takes_part && !hosts {
            continue;
        }
        any = true;
        let date = event.start.wall.date();
        if day != Some(date) {
            day = Some(date);
            ui.add_space(Tokens::for_ui(ui).space.small);
            ui.label(
                RichText::new(crate::lang::format::date(
                    date,
                    DateFormat::FullWeekdayDayMonth,
                ))
                .strong(),
            );
        }
        ui.horizontal(|ui| {
            // Each event keeps its own zone's clock (a flight departs on Baghdad's, a meeting
            // is on Tallinn's), so the clock is named beside the time.
            let time = if event.all_day {
                t!("person-schedule-all-day").to_owned()
            } else {
                format!(
                    "{} {}",
                    crate::lang::format::time(event.start.wall.time()),
                    zone_city(&event.start.zone)
                )
            };
            ui.label(RichText::new(time).monospace());
            // A long title wraps at the editor's edge, whatever its script (`bidi_text` wraps
            // only right-to-left ones; egui runs the others on past the edge in a row).
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            let mut title = RichText::new(label(&event.title));
            if event.status == crate::model::EventStatus::Cancelled {
                title = title.strikethrough();
            }
            if ui
                .link(bidi_text(ui, title, Fit::Wrap, ui.available_width()))
                .on_hover_text(t!("person-schedule-open-event"))
                .clicked()
            {
                open = Some(Subject::Event(event.id));
            }
            if hosts {
                ui.weak(t!("person-schedule-host"));
            }
            if event.status != crate::model::EventStatus::Confirmed {
                ui.weak(crate::model::Choice::text(event.status).to_lowercase());
            }
        });
    }
    if !any {
        ui.weak(t!("person-schedule-empty"));
    }

    let topics: Vec<_> = plan.topics.iter().filter(|t| t.lead == Some(id)).collect();
    if !topics.is_empty() {
        ui.add_space(Tokens::for_ui(ui).space.large);
        section_heading(ui, t!("person-leads-topics"), 3);
        for topic in topics {
            if ui
                .link(bidi_text(
                    ui,
                    label(&topic.title),
                    Fit::Wrap,
                    ui.available_width(),
                ))
                .clicked()
            {
                open = Some(Subject::Topic(topic.id));
            }
        }
    }
    let actions: Vec<_> = plan
        .actions
        .iter()
        .filter(|a| a.owner == Some(id))
        .collect();
    if !actions.is_empty() {
        ui.add_space(Tokens::for_ui(ui).space.large);
        section_heading(ui, t!("person-owns-actions"), 3);
        for action in actions {
            if ui
                .link(bidi_text(ui, &action.text, Fit::Wrap, ui.available_width()))
                .clicked()
            {
                open = Some(Subject::Action(action.id));
            }
        }
    }
    open
}
