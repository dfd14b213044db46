//! The editor of one organisation: every field, its people (each one click away, and "Add a
//! person here"), the events it hosts, and deleting it after showing what will change.

use std::sync::Arc;

use egui::{RichText, Ui};

use crate::app::Command;
use crate::check::Subject;
use crate::model::Change;
use crate::model::label::label;
use crate::model::{Choice, GiftParty, Organisation, OrganisationId};
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_text};
use crate::ui::people::fields::{choice_row, native_text_row, warning};
use crate::ui::record_editor::{
    ReferenceLines, confirm_delete, delete_record, deleting_sentence, edit_command, editor_header,
    record_form,
};
use crate::ui::widgets::{count, multiline_row, text_row};

fn display_name(organisation: &Organisation) -> &str {
    match organisation.name.trim() {
        "" => "(no name)",
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
        Some("A website looks like https://ministry.gov.iq.")
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
        Some("Use the two-letter ISO country code, e.g. IQ or EE.")
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

    let header = editor_header(
        ui,
        "organisation",
        "Delete this organisation, after showing where it is named",
        display_name(before),
        &before.native_name,
    );
    let close = header.close;
    if header.delete {
        state.delete = Some(id);
    }

    egui::ScrollArea::vertical()
        .id_salt("organisation editor")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let typed_in = record_form(ui, ("organisation form", id), |ui, typed| {
                let name = typed(text_row(ui, id, "Name", &mut organisation.name));
                if std::mem::take(&mut state.focus_name) {
                    name.request_focus();
                }
                typed(native_text_row(
                    ui,
                    id,
                    "Name in own script",
                    &mut organisation.native_name,
                ));
                choice_row(ui, "Kind", &mut organisation.kind);
                typed(text_row(ui, id, "Country code", &mut organisation.country));
                if let Some(text) = country_warning(&organisation.country) {
                    ui.label("");
                    warning(ui, text);
                    ui.end_row();
                }
                typed(multiline_row(ui, id, "Address", &mut organisation.address));
                typed(text_row(ui, id, "Website", &mut organisation.website));
                if let Some(text) = website_warning(&organisation.website) {
                    ui.label("");
                    warning(ui, text);
                    ui.end_row();
                }
                typed(multiline_row(ui, id, "Notes", &mut organisation.notes));
            });
            if organisation != **before {
                let label = format!("edit {}", display_name(&organisation));
                let change = Change::Organisation(Arc::new(organisation));
                commands.push(edit_command(change, label, typed_in));
            }

            ui.add_space(ctx.tokens.space.section);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new("People")
                        .strong()
                        .size(ctx.tokens.text.heading),
                );
                if ui
                    .button("Add a person here")
                    .on_hover_text("Add a person to this organisation and open them")
                    .clicked()
                {
                    add_person = true;
                }
            });
            let mut any = false;
            for person in plan.people.iter().filter(|p| p.organisation == Some(id)) {
                any = true;
                ui.horizontal(|ui| {
                    let name = match person.name.trim() {
                        "" => "(no name)",
                        name => name,
                    };
                    if ui
                        .link(bidi_text(ui, name, Fit::Wrap, ui.available_width()))
                        .on_hover_text("Open this person in the people view")
                        .clicked()
                    {
                        open = Some(Subject::Person(person.id));
                    }
                    let mut detail = person.role.label().to_owned();
                    if !person.position.is_empty() {
                        detail = format!("{detail} · {}", person.position);
                    }
                    ui.weak(detail);
                });
            }
            if !any {
                ui.weak("Nobody from this organisation yet.");
            }

            let hosted: Vec<_> = derived
                .schedule
                .order
                .iter()
                .map(|&i| &plan.events[i])
                .filter(|e| e.host_organisation == Some(id))
                .collect();
            if !hosted.is_empty() {
                ui.add_space(ctx.tokens.space.section);
                ui.label(
                    RichText::new("Hosts")
                        .strong()
                        .size(ctx.tokens.text.heading),
                );
                for event in hosted {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(event.start.wall.strftime("%a %-d %b %H:%M").to_string())
                                .monospace(),
                        );
                        if ui
                            .link(bidi_text(
                                ui,
                                label(&event.title),
                                Fit::Wrap,
                                ui.available_width(),
                            ))
                            .on_hover_text("Open this event in the itinerary")
                            .clicked()
                        {
                            open = Some(Subject::Event(event.id));
                        }
                    });
                }
            }
        });

    if close {
        ctx.send(Command::ClearSelection);
    }
    for command in commands {
        ctx.send(command);
    }
    if add_person {
        crate::ui::people::add_person_to(ctx, people, id);
    } else if let Some(subject) = open {
        ctx.send(Command::ShowRecord(subject));
    }
}

/// Asks before deleting an organisation: who belongs to it and which events it hosts. Its people
/// and events stay, without it; Undo brings it back.
pub(super) fn delete_prompt(
    ctx: &ViewContext,
    state: &mut super::OrganisationsState,
    egui_ctx: &egui::Context,
) {
    let Some(id) = state.delete else {
        return;
    };
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let Some(&position) = derived.index.organisations.get(&id) else {
        state.delete = None;
        return;
    };
    let name = display_name(&plan.organisations[position]).to_owned();
    let references = plan.references_to_organisation(id);
    let answer = confirm_delete(egui_ctx, "organisation", &name, |ui| {
        if references.is_empty() {
            ui.label("This organisation is not named anywhere else in the plan.");
        } else {
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    if !references.people.is_empty() {
                        ui.label(RichText::new("Its people").strong());
                        for person in &references.people {
                            if let Some(&i) = derived.index.people.get(person) {
                                ui.label(format!("• {}", label(&plan.people[i].name)));
                            }
                        }
                    }
                    let lines = ReferenceLines {
                        plan,
                        index: &derived.index,
                    };
                    lines.section(
                        ui,
                        "Events it hosts",
                        references.host_of.iter().filter_map(|&e| lines.event(e)),
                    );
                    lines.section(
                        ui,
                        "Gifts",
                        references
                            .gifts
                            .iter()
                            .filter_map(|&gift| lines.gift(gift, GiftParty::Organisation(id))),
                    );
                });
            let mut parts = Vec::new();
            if !references.people.is_empty() {
                parts.push(format!(
                    "leaves {} without an organisation (they stay in the plan)",
                    count(references.people.len(), "person", "people")
                ));
            }
            if !references.host_of.is_empty() {
                parts.push(format!(
                    "leaves {} without a host organisation",
                    count(references.host_of.len(), "event", "events")
                ));
            }
            if !references.gifts.is_empty() {
                parts.push(format!(
                    "deletes {} it gives or receives",
                    count(references.gifts.len(), "gift", "gifts")
                ));
            }
            ui.add_space(ctx.tokens.space.small);
            ui.add(egui::Label::new(deleting_sentence(parts)).wrap());
        }
    });
    if let Some(delete) = answer {
        state.delete = None;
        if delete {
            delete_record(ctx, Subject::Organisation(id), &name);
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
