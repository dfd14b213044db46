//! The one way a record is deleted: the planner is shown what refers to it and what deleting it
//! changes, confirms (or cancels, with Escape too), and the record goes with every reference to
//! it in one step that Undo takes back whole.

use egui::{RichText, Ui};

use crate::app::Command;
use crate::check::Subject;
use crate::model::label::label;
use crate::model::{
    ActionId, Change, EventId, EventKind, EventReferences, GiftId, GiftParty, OrganisationId,
    PersonId, PersonReferences, Plan, PlanIndex, RoomId, TopicId,
};
use crate::ui::ViewContext;
use crate::ui::modal::Dialog;
use crate::ui::tokens::Tokens;
use crate::ui::widgets::{count, shortcut_text};

/// A record whose deletion waits for the planner's answer, with its name as the header showed it.
#[derive(Clone, Debug, Default)]
pub struct DeleteQuestion {
    asked: Option<(Subject, String)>,
}

impl DeleteQuestion {
    pub(super) fn ask(&mut self, subject: Subject, name: &str) {
        self.asked = Some((subject, name.to_owned()));
    }

    /// Asks "Delete <name>?" while a delete waits, and deletes the record when the planner
    /// confirms. A record gone meanwhile (an Undo) is not asked about any more.
    pub(super) fn show(&mut self, ctx: &ViewContext, egui_ctx: &egui::Context) {
        let Some((subject, name)) = &self.asked else {
            return;
        };
        let (subject, name) = (*subject, name.clone());
        let Some(noun) = noun_of(ctx, subject) else {
            self.asked = None;
            return;
        };
        let answer = confirm_delete(egui_ctx, noun, &name, |ui| {
            references(ctx, ui, subject);
        });
        if let Some(delete) = answer {
            self.asked = None;
            if delete {
                delete_record(ctx, subject, &name);
            }
        }
    }
}

/// What the record is called in the question, or `None` when it is no longer in the plan.
fn noun_of(ctx: &ViewContext, subject: Subject) -> Option<&'static str> {
    let index = &ctx.document.derived().index;
    let (present, noun) = match subject {
        Subject::Person(id) => (index.people.contains_key(&id), "person"),
        Subject::Organisation(id) => (index.organisations.contains_key(&id), "organisation"),
        Subject::Event(id) => (index.events.contains_key(&id), "event"),
        Subject::Topic(id) => (index.topics.contains_key(&id), "topic"),
        Subject::Action(id) => (index.actions.contains_key(&id), "action"),
        Subject::Visit => (false, "visit"),
    };
    present.then_some(noun)
}

/// Asks "Delete <name>?" in a modal window. `references` draws what refers to the record and
/// what deleting it changes; under that come the reminder that Undo brings it back, and the
/// "Delete <noun>" and Cancel buttons. Returns `Some(true)` to delete, `Some(false)` when the
/// planner cancels or closes the window (Escape, or a click beside it), and `None` while the
/// question is open.
fn confirm_delete(
    egui_ctx: &egui::Context,
    noun: &str,
    name: &str,
    references: impl FnOnce(&mut Ui),
) -> Option<bool> {
    let mut answer = None;
    let modal_id = egui::Id::unique(format!("delete {noun}"));
    let shown_id = modal_id.with("shown");
    let mut opening = egui_ctx.data_mut(|data| !data.get_temp::<bool>(shown_id).unwrap_or(false));
    egui_ctx.data_mut(|data| data.insert_temp(shown_id, true));
    let question = format!("Delete {name}?");
    let modal = Dialog::new(modal_id, &question)
        .asking(&question)
        .width(520.0)
        .show(egui_ctx, |dialog| {
            dialog.body(|ui| {
                references(ui);
                let undo = shortcut_text(egui_ctx, &Command::Undo)
                    .map_or_else(String::new, |keys| format!(" ({keys})"));
                ui.weak(format!(
                    "Undo{undo} brings the {noun} back with every reference."
                ));
            });
            dialog.buttons(|ui| {
                if ui.button(format!("Delete {noun}")).clicked() {
                    answer = Some(true);
                }
                let cancel = ui.button("Cancel");
                // The dialog opens on Cancel, so that Enter or Space deletes nothing.
                if std::mem::take(&mut opening) {
                    cancel.request_focus();
                }
                if cancel.clicked() {
                    answer = Some(false);
                }
            });
        });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    if answer.is_some() {
        egui_ctx.data_mut(|data| data.remove::<bool>(shown_id));
    }
    answer
}

/// Deletes a record the planner confirmed, with every reference to it, as one undoable step;
/// its editor closes first if it was open, since there is nothing left to edit.
fn delete_record(ctx: &ViewContext, subject: Subject, name: &str) {
    if ctx.selection.subject == Some(subject) {
        ctx.send(Command::ClearSelection);
    }
    ctx.send(Command::edit(
        Change::Delete(subject),
        format!("delete {name}"),
    ));
}

/// What refers to the record, kind by kind, and one sentence of what deleting it changes.
fn references(ctx: &ViewContext, ui: &mut Ui, subject: Subject) {
    let lines = ReferenceLines {
        plan: ctx.document.plan(),
        index: &ctx.document.derived().index,
    };
    let sentence = match subject {
        Subject::Person(id) => lines.person(ui, id),
        Subject::Organisation(id) => lines.organisation(ui, id),
        Subject::Event(id) => lines.event_references(ui, id),
        Subject::Topic(id) => lines.topic(ui, id),
        Subject::Action(_) | Subject::Visit => None,
    };
    match sentence {
        Some(sentence) => {
            ui.add_space(Tokens::for_ui(ui).space.small);
            ui.add(egui::Label::new(sentence).wrap());
        }
        None => {
            ui.label(format!(
                "This {} is not named anywhere else in the plan.",
                noun_of(ctx, subject).unwrap_or("record")
            ));
        }
    }
}

/// Turns the ids of [`PersonReferences`] and the like into lines a planner reads.
struct ReferenceLines<'a> {
    plan: &'a Plan,
    index: &'a PlanIndex,
}

/// The lists of references are scrolled past this height, so that the buttons stay in sight.
const LISTS_HEIGHT: f32 = 260.0;

impl ReferenceLines<'_> {
    /// Where a person is named; the sentence of what deleting them changes, or `None` when they
    /// are named nowhere.
    fn person(&self, ui: &mut Ui, id: PersonId) -> Option<String> {
        let references = self.plan.references_to_person(id);
        if references.is_empty() {
            return None;
        }
        ui.label("This person is named elsewhere in the plan:");
        let events = |ids: &[EventId]| {
            ids.iter()
                .filter_map(|&e| self.event(e))
                .collect::<Vec<_>>()
        };
        // The short, particular lists first; the events they take part in, often many, last.
        egui::ScrollArea::vertical()
            .max_height(LISTS_HEIGHT)
            .show(ui, |ui| {
                self.section(ui, "Has a seat at", events(&references.seated_at));
                self.section(
                    ui,
                    "Sleeps in",
                    references
                        .rooms
                        .iter()
                        .filter_map(|&room| self.room(room, id)),
                );
                self.section(ui, "Rides in a vehicle on", events(&references.rides_in));
                self.section(
                    ui,
                    "Gifts",
                    references
                        .gifts
                        .iter()
                        .filter_map(|&gift| self.gift(gift, GiftParty::Person(id))),
                );
                self.section(ui, "Hosts", events(&references.host_of));
                self.section(
                    ui,
                    "Leads the topics",
                    references
                        .lead_of
                        .iter()
                        .filter_map(|&t| self.topic_title(t)),
                );
                self.section(
                    ui,
                    "Owns the actions",
                    references.owner_of.iter().filter_map(|&a| self.action(a)),
                );
                self.section(ui, "Takes part in", events(&references.participant_in));
            });
        Some(what_deleting_a_person_changes(&references))
    }

    /// Who belongs to an organisation, the events it hosts and its gifts.
    fn organisation(&self, ui: &mut Ui, id: OrganisationId) -> Option<String> {
        let references = self.plan.references_to_organisation(id);
        if references.is_empty() {
            return None;
        }
        egui::ScrollArea::vertical()
            .max_height(LISTS_HEIGHT)
            .show(ui, |ui| {
                self.section(
                    ui,
                    "Its people",
                    references.people.iter().filter_map(|person| {
                        let &i = self.index.people.get(person)?;
                        Some(label(&self.plan.people[i].name).into_owned())
                    }),
                );
                self.section(
                    ui,
                    "Events it hosts",
                    references.host_of.iter().filter_map(|&e| self.event(e)),
                );
                self.section(
                    ui,
                    "Gifts",
                    references
                        .gifts
                        .iter()
                        .filter_map(|&gift| self.gift(gift, GiftParty::Organisation(id))),
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
                "removes the {} it gives or receives",
                count(references.gifts.len(), "gift", "gifts")
            ));
        }
        Some(deleting_sentence(parts))
    }

    /// The actions that came from an event, and what goes with it: its seating plan, rooms,
    /// rides and gifts.
    fn event_references(&self, ui: &mut Ui, id: EventId) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&id)?];
        let references = self.plan.references_to_event(event);
        if references.is_empty() {
            return None;
        }
        egui::ScrollArea::vertical()
            .max_height(LISTS_HEIGHT)
            .show(ui, |ui| {
                self.section(
                    ui,
                    "Actions that came from it",
                    references.actions.iter().filter_map(|&a| self.action(a)),
                );
            });
        Some(what_goes_with_an_event(&references))
    }

    /// The events that cover a topic and the actions that came from it.
    fn topic(&self, ui: &mut Ui, id: TopicId) -> Option<String> {
        let references = self.plan.references_to_topic(id);
        if references.is_empty() {
            return None;
        }
        egui::ScrollArea::vertical()
            .max_height(LISTS_HEIGHT)
            .show(ui, |ui| {
                self.section(
                    ui,
                    "Actions that came from it",
                    references.actions.iter().filter_map(|&a| self.action(a)),
                );
                self.section(
                    ui,
                    "Covered by",
                    references.covered_by.iter().filter_map(|&e| self.event(e)),
                );
            });
        let mut parts = Vec::new();
        if !references.covered_by.is_empty() {
            parts.push(format!(
                "takes it off the topics of {}",
                count(references.covered_by.len(), "event", "events")
            ));
        }
        if !references.actions.is_empty() {
            parts.push(format!(
                "leaves {} that came from it without a source",
                count(references.actions.len(), "action", "actions")
            ));
        }
        Some(deleting_sentence(parts))
    }

    /// A heading (e.g. "Seated at") and its lines, when there are any.
    fn section(&self, ui: &mut Ui, heading: &str, lines: impl IntoIterator<Item = String>) {
        let mut lines = lines.into_iter().peekable();
        if lines.peek().is_some() {
            ui.label(RichText::new(heading).strong());
            for line in lines {
                ui.label(format!("• {line}"));
            }
        }
    }

    /// An event: when it starts, and its title.
    fn event(&self, id: EventId) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&id)?];
        Some(format!(
            "{}  {}",
            event.start.wall.strftime("%a %-d %b %H:%M"),
            label(&event.title)
        ))
    }

    fn topic_title(&self, id: TopicId) -> Option<String> {
        let &i = self.index.topics.get(&id)?;
        Some(label(&self.plan.topics[i].title).into_owned())
    }

    fn action(&self, id: ActionId) -> Option<String> {
        let &i = self.index.actions.get(&id)?;
        Some(label(&self.plan.actions[i].text).into_owned())
    }

    /// A room of a stay: its number (or kind) and stay, and who else sleeps there besides
    /// `guest`.
    fn room(&self, (stay, room): (EventId, RoomId), guest: PersonId) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&stay)?];
        let EventKind::Stay(details) = &event.kind else {
            return None;
        };
        let room = details.rooms.iter().find(|r| r.id == room)?;
        let what = if room.number.trim().is_empty() {
            format!(
                "a {} room",
                crate::model::Choice::text(room.kind).to_lowercase()
            )
        } else {
            format!("room {}", label(&room.number))
        };
        let sharing: Vec<String> = room
            .guests
            .iter()
            .filter(|&&other| other != guest)
            .map(|&other| self.party(GiftParty::Person(other)))
            .collect();
        let mut line = format!("{what} at {}", label(&event.title));
        if !sharing.is_empty() {
            line.push_str(&format!(", shared with {}", sharing.join(", ")));
        }
        Some(line)
    }

    /// A gift `party` gives or receives: "gives “Book” to Kadri Tamm at Welcome dinner".
    fn gift(&self, (at, gift): (EventId, GiftId), party: GiftParty) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&at)?];
        let gift = event.gifts.iter().find(|g| g.id == gift)?;
        let (verb, other) = if gift.from == party {
            ("gives", format!("to {}", self.party(gift.to)))
        } else {
            ("receives", format!("from {}", self.party(gift.from)))
        };
        Some(format!(
            "{verb} “{}” {other} at {}",
            label(&gift.description),
            label(&event.title)
        ))
    }

    fn party(&self, party: GiftParty) -> String {
        let name = match party {
            GiftParty::Person(id) => self
                .index
                .people
                .get(&id)
                .map(|&i| &self.plan.people[i].name),
            GiftParty::Organisation(id) => self
                .index
                .organisations
                .get(&id)
                .map(|&i| &self.plan.organisations[i].name),
        };
        name.map_or_else(
            || "someone not in the plan".to_owned(),
            |n| label(n).into_owned(),
        )
    }
}

/// One sentence of what deleting changes, from its parts: "Deleting a, b and c."
fn deleting_sentence(mut parts: Vec<String>) -> String {
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        format!("Deleting {last}.")
    } else {
        format!("Deleting {} and {last}.", parts.join(", "))
    }
}

/// One sentence: what deleting a person with these references does to the rest of the plan.
fn what_deleting_a_person_changes(references: &PersonReferences) -> String {
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
            "removes the {} they give or receive",
            count(references.gifts.len(), "gift", "gifts")
        ));
    }
    deleting_sentence(parts)
}

/// One sentence: what deleting an event takes with it and what it leaves without a source.
fn what_goes_with_an_event(references: &EventReferences) -> String {
    let mut parts = Vec::new();
    if references.tables > 0 {
        parts.push(format!(
            "removes its seating plan ({}, {} seated)",
            count(references.tables, "table", "tables"),
            references.seated
        ));
    }
    if references.rooms > 0 {
        parts.push(format!(
            "removes its rooming list ({})",
            count(references.rooms, "room", "rooms")
        ));
    }
    if references.rides > 0 {
        parts.push(format!(
            "removes its rides ({}, {} riding)",
            count(references.rides, "vehicle", "vehicles"),
            references.passengers
        ));
    }
    if references.gifts > 0 {
        parts.push(format!(
            "removes the {} of its gifts register",
            count(references.gifts, "gift", "gifts")
        ));
    }
    if !references.actions.is_empty() {
        parts.push(format!(
            "leaves {} that came from it without a source",
            count(references.actions.len(), "action", "actions")
        ));
    }
    deleting_sentence(parts)
}
