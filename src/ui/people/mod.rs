//! The people view: everyone in the plan in a searchable, sortable table; the editor of the
//! selected person with their schedule; and the visiting delegation in order of precedence.

mod contacts;
mod delegation;
mod editor;
pub(super) mod fields;
mod table;

use std::sync::Arc;

use egui::Ui;

use crate::app::Command;
use crate::check::Subject;
use crate::model::Change;
use crate::model::label::label;
use crate::model::{DelegationRole, GiftParty, Person, PersonId, Side};
use crate::ui::ViewContext;
use crate::ui::record_editor::{ReferenceLines, confirm_delete, delete_record, deleting_sentence};
use fields::OrganisationChoice;

/// What the people view remembers between frames: the tab, the search and filters, the sort
/// order, the rows they give, and a delete waiting for confirmation.
#[derive(Clone, Debug, Default)]
pub struct PeopleState {
    tab: Tab,
    /// The search text as typed.
    query: String,
    filters: Filters,
    sort: Option<table::Sort>,
    rows: table::Rows,
    editor: editor::EditorState,
    /// The person whose deletion waits for the planner's confirmation.
    delete: Option<PersonId>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    #[default]
    Everyone,
    Delegation,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Filters {
    side: Option<Side>,
    role: Option<DelegationRole>,
    organisation: OrganisationChoice,
}

impl PeopleState {
    /// Shows everyone again: no search text, no filter.
    fn clear_search(&mut self) {
        self.query.clear();
        self.filters = Filters::default();
    }
}

pub fn show(ctx: &ViewContext, state: &mut PeopleState, ui: &mut Ui) {
    let selected = match ctx.selection.subject {
        Some(Subject::Person(id)) if ctx.document.derived().index.people.contains_key(&id) => {
            Some(id)
        }
        _ => None,
    };
    ui.horizontal(|ui| {
        ui.heading("People");
        ui.add_space(ctx.tokens.space.section);
        ui.selectable_value(&mut state.tab, Tab::Everyone, "Everyone");
        ui.selectable_value(&mut state.tab, Tab::Delegation, "Delegation list");
        ui.add_space(ctx.tokens.space.section);
        if ui
            .button("Add person")
            .on_hover_text("Add a person to the plan and open them in the editor")
            .clicked()
        {
            add_person(ctx, state);
        }
    });
    ui.add_space(ctx.tokens.space.small);
    if let Some(id) = selected {
        egui::Panel::right("person editor")
            .resizable(true)
            .default_size(440.0)
            .size_range(320.0..=760.0)
            .show(ui, |ui| editor::show(ctx, state, ui, id));
    }
    egui::CentralPanel::no_frame().show(ui, |ui| match state.tab {
        Tab::Everyone => table::show(ctx, state, ui),
        Tab::Delegation => delegation::show(ctx, ui),
    });
    delete_prompt(ctx, state, ui.ctx());
}

/// Adds a person who passes the filters in force (so they show in the table), selects them and
/// puts the cursor in their name.
fn add_person(ctx: &ViewContext, state: &mut PeopleState) {
    let mut person = Person::new("");
    if state.tab == Tab::Delegation {
        person.side = Side::Visiting;
    }
    if let Some(side) = state.filters.side {
        person.side = side;
    }
    if let Some(role) = state.filters.role {
        person.role = role;
    }
    if let OrganisationChoice::Is(organisation) = state.filters.organisation {
        person.organisation = Some(organisation);
    }
    state.query.clear();
    state.editor.focus_name = true;
    let id = person.id;
    ctx.send(Command::Select(Subject::Person(id)));
    ctx.send(Command::edit(
        Change::Person(Arc::new(person)),
        "add person",
    ));
}

/// Adds a person to `organisation` and opens them in the people view (from the organisations
/// view's "Add a person here").
pub(super) fn add_person_to(
    ctx: &ViewContext,
    state: &mut PeopleState,
    organisation: crate::model::OrganisationId,
) {
    let mut person = Person::new("");
    person.organisation = Some(organisation);
    if let Some(&i) = ctx
        .document
        .derived()
        .index
        .organisations
        .get(&organisation)
    {
        let country = &ctx.document.plan().organisations[i].country;
        let visit = &ctx.document.plan().visit;
        if !country.is_empty() && country.eq_ignore_ascii_case(&visit.host.country) {
            person.side = Side::Host;
            person.role = DelegationRole::Host;
        }
    }
    state.clear_search();
    state.tab = Tab::Everyone;
    state.editor.focus_name = true;
    let id = person.id;
    ctx.send(Command::Select(Subject::Person(id)));
    ctx.send(Command::edit(
        Change::Person(Arc::new(person)),
        "add person",
    ));
    ctx.send(Command::ShowView(crate::app::View::People));
}

/// Asks before deleting a person: where they are named and what will change. Deleting removes
/// them and every reference to them as one undoable step.
fn delete_prompt(ctx: &ViewContext, state: &mut PeopleState, egui_ctx: &egui::Context) {
    let Some(id) = state.delete else {
        return;
    };
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let Some(&position) = derived.index.people.get(&id) else {
        state.delete = None;
        return;
    };
    let person = &plan.people[position];
    let name = editor::display_name(person);
    let references = plan.references_to_person(id);
    let answer = confirm_delete(egui_ctx, "person", &name, |ui| {
        if references.is_empty() {
            ui.label("This person is not named anywhere else in the plan.");
        } else {
            ui.label("This person is named elsewhere in the plan:");
            let lines = ReferenceLines {
                plan,
                index: &derived.index,
            };
            let events = |ids: &[crate::model::EventId]| {
                ids.iter()
                    .filter_map(|&e| lines.event(e))
                    .collect::<Vec<_>>()
            };
            // The short, particular lists first; the events they take part in, often many, last.
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    lines.section(ui, "Has a seat at", events(&references.seated_at));
                    lines.section(
                        ui,
                        "Sleeps in",
                        references
                            .rooms
                            .iter()
                            .filter_map(|&room| lines.room(room, id)),
                    );
                    lines.section(ui, "Rides in a vehicle on", events(&references.rides_in));
                    lines.section(
                        ui,
                        "Gifts",
                        references
                            .gifts
                            .iter()
                            .filter_map(|&gift| lines.gift(gift, GiftParty::Person(id))),
                    );
                    lines.section(ui, "Hosts", events(&references.host_of));
                    lines.section(
                        ui,
                        "Leads the topics",
                        references.lead_of.iter().filter_map(|topic| {
                            let &i = derived.index.topics.get(topic)?;
                            Some(label(&plan.topics[i].title).into_owned())
                        }),
                    );
                    lines.section(
                        ui,
                        "Owns the actions",
                        references.owner_of.iter().filter_map(|action| {
                            let &i = derived.index.actions.get(action)?;
                            Some(plan.actions[i].text.clone())
                        }),
                    );
                    lines.section(ui, "Takes part in", events(&references.participant_in));
                });
            ui.add_space(ctx.tokens.space.small);
            ui.add(egui::Label::new(what_deleting_changes(&references)).wrap());
        }
    });
    if let Some(delete) = answer {
        state.delete = None;
        if delete {
            delete_record(ctx, Subject::Person(id), &name);
        }
    }
}

/// One sentence: what deleting a person with these references does to the rest of the plan.
fn what_deleting_changes(references: &crate::model::PersonReferences) -> String {
    use super::widgets::count;
    let mut parts = Vec::new();
    if !references.participant_in.is_empty() {
        parts.push(format!(
            "removes them from the participants of {}",
            count(references.participant_in.len(), "event", "events")
        ));
    }
    if !references.host_of.is_empty() {
        parts.push(format!(
            "removes them from the hosts of {}",
            count(references.host_of.len(), "event", "events")
        ));
    }
    if !references.lead_of.is_empty() {
        parts.push(format!(
            "leaves {} without a lead",
            count(references.lead_of.len(), "topic", "topics")
        ));
    }
    if !references.owner_of.is_empty() {
        parts.push(format!(
            "leaves {} without an owner",
            count(references.owner_of.len(), "action", "actions")
        ));
    }
    if !references.seated_at.is_empty() {
        parts.push(format!(
            "empties their seat at {}",
            count(references.seated_at.len(), "event", "events")
        ));
    }
    if !references.rooms.is_empty() {
        parts.push(format!(
            "takes them out of {}",
            count(references.rooms.len(), "room", "rooms")
        ));
    }
    if !references.rides_in.is_empty() {
        parts.push(format!(
            "takes them off the vehicles of {}",
            count(references.rides_in.len(), "leg", "legs")
        ));
    }
    if !references.gifts.is_empty() {
        parts.push(format!(
            "deletes {} they give or receive",
            count(references.gifts.len(), "gift", "gifts")
        ));
    }
    deleting_sentence(parts)
}
