//! The editor of one organisation: every field, its people (each one click away, and "Add a
//! person here"), the events it hosts, and deleting it after showing what will change.

use std::sync::Arc;

use egui::{RichText, Ui};

use crate::app::Command;
use crate::check::Subject;
use crate::lang::format::{DateFormat, date_time};
use crate::model::Change;
use crate::model::label::label;
use crate::model::{Choice, Organisation, OrganisationId};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_text};
use crate::ui::record_editor::{RecordHeader, edit_command, editor_header, record_form};
use crate::ui::widgets::{choice_row, input_row, native_text_row, warning};
use crate::ui::widgets::{multiline_row, section_heading, text_row};

fn display_name(organisation: &Organisation) -> &str {
    match organisation.name.trim() {
        "" => t!("record-no-name"),
        name => name,
    }
}

/// Why a website looks wrong, if it does.
fn website_warning(website: &str) -> Option<&'static str> {
    let website = website.trim();
    if website.is_empty() {
        return None;
    }
    let host = website
        .strip_prefix("https://")
        .or_else(|| website.strip_prefix("http://"))
        .unwrap_or(website);
    if website.contains(char::is_whitespace) || !host.contains('.') {
        Some(t!("organisation-website-warning"))
    } else {
        None
    }
}

/// Why a country code looks wrong, if it does.
fn country_warning(country: &str) -> Option<&'static str> {
    let country = country.trim();
    if country.is_empty()
        || (country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic()))
    {
        None
    } else {
        Some(t!("organisation-country-warning"))
    }
}

/// `people` is the people view's state: "Add a person here" opens the new person there, ready to
/// be named.
pub(super) fn show(
    ctx: &ViewContext,
    state: &mut super::OrganisationsState,
    people: &mut crate::ui::people::PeopleState,
    ui: &mut Ui,
    id: OrganisationId,
) {
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let Some(&position) = derived.index.organisations.get(&id) else {
        return;
    };
    let before = &plan.organisations[position];
    let mut organisation = Organisation::clone(before);
    let mut commands = Vec::new();
    let mut add_person = false;
    let mut open = None;
    state.just_added.escape_removes_untouched(ctx, ui, before);

    editor_header(
        ctx,
        ui,
        &mut state.deleting,
        RecordHeader {
            subject: Subject::Organisation(id),
            kind: t!("organisation-kind"),
            address: "",
            title: display_name(before),
            native_title: &before.native_name,
        },
        |_| {},
    );

    crate::ui::record_editor::form_scroll_area("organisation editor").show(ui, |ui| {
        let typed_in = record_form(ui, ("organisation form", id), |ui, typed| {
            let name = typed(text_row(
                ui,
                id,
                t!("organisation-name"),
                &mut organisation.name,
            ));
            state.just_added.focus_first_field(before, &name);
            typed(native_text_row(
                ui,
                id,
                t!("organisation-native-name"),
                &mut organisation.native_name,
            ));
            choice_row(ui, t!("organisation-field-kind"), &mut organisation.kind);
            typed(text_row(
                ui,
                id,
                t!("organisation-country-code"),
                &mut organisation.country,
            ));
            if let Some(text) = country_warning(&organisation.country) {
                input_row(ui, "", |ui, _| warning(ui, text));
            }
            typed(multiline_row(
                ui,
                id,
                t!("organisation-address"),
                &mut organisation.address,
            ));
            typed(text_row(
                ui,
                id,
                t!("organisation-website"),
                &mut organisation.website,
            ));
            if let Some(text) = website_warning(&organisation.website) {
                input_row(ui, "", |ui, _| warning(ui, text));
            }
            typed(multiline_row(
                ui,
                id,
                t!("organisation-notes"),
                &mut organisation.notes,
            ));
        });
        if organisation != **before {
            let label = t!("organisation-undo-edit", name = display_name(&organisation));
            let change = Change::Organisation(Arc::new(organisation));
            commands.push(edit_command(change, label, typed_in));
        }

        add_person = people_section(ctx, ui, id, &mut open);
        hosted_section(ctx, ui, id, &mut open);
    });

    for command in commands {
        ctx.send(command);
    }
    if add_person {
        crate::ui::people::add_person_to(ctx, people, id);
    } else if let Some(subject) = open {
        ctx.send(Command::ShowRecord(subject));
    }
}

/// The organisation's people, each one click away, and "Add a person here". Returns whether
/// the planner asked to add one.
fn people_section(
    ctx: &ViewContext,
    ui: &mut Ui,
    id: OrganisationId,
    open: &mut Option<Subject>,
) -> bool {
    let plan = ctx.document.plan();
    let mut add_person = false;
    ui.add_space(ctx.tokens.space.section);
    ui.horizontal(|ui| {
        section_heading(ui, t!("organisation-people"), 3);
        if ui
            .button(t!("organisation-add-person"))
            .on_hover_text(crate::lang::attribute("organisation-add-person", "tooltip"))
            .clicked()
        {
            add_person = true;
        }
    });
    let mut any = false;
    for person in plan.people.iter().filter(|p| p.organisation == Some(id)) {
        any = true;
        ui.horizontal(|ui| {
            // One line a person: what does not fit ends with "…" at the editor's edge.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            let name = match person.name.trim() {
                "" => t!("record-no-name"),
                name => name,
            };
            if ui
                .link(bidi_text(ui, name, Fit::Wrap, ui.available_width()))
                .on_hover_text(t!("organisation-open-person"))
                .clicked()
            {
                *open = Some(Subject::Person(person.id));
            }
            let mut detail = person.role.text().to_owned();
            if !person.position.is_empty() {
                detail = format!("{detail} · {}", person.position);
            }
            ui.weak(detail);
        });
    }
    if !any {
        ui.weak(t!("organisation-people-empty"));
    }
    add_person
}

/// The events at which the organisation receives the delegation, in time order.
fn hosted_section(ctx: &ViewContext, ui: &mut Ui, id: OrganisationId, open: &mut Option<Subject>) {
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let hosted: Vec<_> = derived
        .schedule
        .order
        .iter()
        .map(|&i| &plan.events[i])
        .filter(|e| e.host_organisation == Some(id))
        .collect();
    if !hosted.is_empty() {
        ui.add_space(ctx.tokens.space.section);
        section_heading(ui, t!("organisation-hosts"), 3);
        for event in hosted {
            ui.horizontal(|ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                ui.label(
                    RichText::new(date_time(event.start.wall, DateFormat::WeekdayDayMonth))
                        .monospace(),
                );
                if ui
                    .link(bidi_text(
                        ui,
                        label(&event.title),
                        Fit::Wrap,
                        ui.available_width(),
                    ))
                    .on_hover_text(t!("organisation-open-event"))
                    .clicked()
                {
                    *open = Some(Subject::Event(event.id));
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites_and_country_codes_are_checked_for_shape() {
        assert_eq!(website_warning("https://ria.ee"), None);
        assert_eq!(website_warning("ria.ee"), None);
        assert!(website_warning("ria").is_some());
        assert_eq!(country_warning("EE"), None);
        assert!(country_warning("Estonia").is_some());
    }
}
