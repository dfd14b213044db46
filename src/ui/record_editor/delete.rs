//! The one way a record is deleted: the planner is shown what refers to it and what deleting it
//! changes, confirms (or cancels, with Escape too), and the record goes with every reference to
//! it in one step that Undo takes back whole.

use egui::Ui;

use crate::app::Command;
use crate::check::Subject;
use crate::lang::format::{DateFormat, date_time, list};
use crate::model::label::label;
use crate::model::{
    ActionId, Change, EventId, EventKind, EventReferences, GiftId, GiftParty, OrganisationId,
    PersonId, PersonReferences, Plan, PlanIndex, RoomId, TopicId,
};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::modal::Dialog;
use crate::ui::tokens::Tokens;
use crate::ui::widgets::shortcut_text;

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

/// The kind of record, as the messages of the question choose their words by it ("person",
/// "event" …), or `None` when it is no longer in the plan.
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
    let question = t!("delete-question", name = name);
    let modal = Dialog::new(modal_id, &question)
        .asking(&question)
        .width(520.0)
        .show(egui_ctx, |dialog| {
            dialog.body(|ui| {
                references(ui);
                ui.weak(match shortcut_text(egui_ctx, &Command::Undo) {
                    Some(keys) => t!("delete-undo-reminder-keys", kind = noun, keys = keys),
                    None => t!("delete-undo-reminder", kind = noun),
                });
            });
            dialog.buttons(|ui| {
                if ui.button(t!("delete-confirm", kind = noun)).clicked() {
                    answer = Some(true);
                }
                let cancel = ui.button(t!("delete-cancel"));
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
        t!("delete-undo-name", name = name),
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
            ui.label(t!(
                "delete-not-referenced",
                kind = noun_of(ctx, subject).unwrap_or("record")
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
        ui.label(t!("delete-person-named-elsewhere"));
        let events = |ids: &[EventId]| {
            ids.iter()
                .filter_map(|&e| self.event(e))
                .collect::<Vec<_>>()
        };
        // The short, particular lists first; the events they take part in, often many, last.
        egui::ScrollArea::vertical()
            .max_height(LISTS_HEIGHT)
            .show(ui, |ui| {
                self.section(
                    ui,
                    t!("delete-section-seated-at"),
                    events(&references.seated_at),
                );
                self.section(
                    ui,
                    t!("delete-section-sleeps-in"),
                    references
                        .rooms
                        .iter()
                        .filter_map(|&room| self.room(room, id)),
                );
                self.section(
                    ui,
                    t!("delete-section-rides-in"),
                    events(&references.rides_in),
                );
                self.section(
                    ui,
                    t!("delete-section-gifts"),
                    references
                        .gifts
                        .iter()
                        .filter_map(|&gift| self.gift(gift, GiftParty::Person(id))),
                );
                self.section(ui, t!("delete-section-hosts"), events(&references.host_of));
                self.section(
                    ui,
                    t!("delete-section-leads-topics"),
                    references
                        .lead_of
                        .iter()
                        .filter_map(|&t| self.topic_title(t)),
                );
                self.section(
                    ui,
                    t!("delete-section-owns-actions"),
                    references.owner_of.iter().filter_map(|&a| self.action(a)),
                );
                self.section(
                    ui,
                    t!("delete-section-takes-part-in"),
                    events(&references.participant_in),
                );
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
                    t!("delete-section-its-people"),
                    references.people.iter().filter_map(|person| {
                        let &i = self.index.people.get(person)?;
                        Some(label(&self.plan.people[i].name).into_owned())
                    }),
                );
                self.section(
                    ui,
                    t!("delete-section-events-it-hosts"),
                    references.host_of.iter().filter_map(|&e| self.event(e)),
                );
                self.section(
                    ui,
                    t!("delete-section-gifts"),
                    references
                        .gifts
                        .iter()
                        .filter_map(|&gift| self.gift(gift, GiftParty::Organisation(id))),
                );
            });
        let mut parts = Vec::new();
        if !references.people.is_empty() {
            parts.push(t!(
                "delete-organisation-people",
                count = references.people.len()
            ));
        }
        if !references.host_of.is_empty() {
            parts.push(t!(
                "delete-organisation-hosted",
                count = references.host_of.len()
            ));
        }
        if !references.gifts.is_empty() {
            parts.push(t!(
                "delete-organisation-gifts",
                count = references.gifts.len()
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
                    t!("delete-section-actions-from-it"),
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
                    t!("delete-section-actions-from-it"),
                    references.actions.iter().filter_map(|&a| self.action(a)),
                );
                self.section(
                    ui,
                    t!("delete-section-covered-by"),
                    references.covered_by.iter().filter_map(|&e| self.event(e)),
                );
            });
        let mut parts = Vec::new();
        if !references.covered_by.is_empty() {
            parts.push(t!(
                "delete-topic-covered",
                count = references.covered_by.len()
            ));
        }
        if !references.actions.is_empty() {
            parts.push(t!(
                "delete-actions-without-source",
                count = references.actions.len()
            ));
        }
        Some(deleting_sentence(parts))
    }

    /// A heading (e.g. "Seated at") and its lines, when there are any.
    fn section(&self, ui: &mut Ui, heading: &str, lines: impl IntoIterator<Item = String>) {
        let mut lines = lines.into_iter().peekable();
        if lines.peek().is_some() {
            crate::ui::widgets::section_heading(ui, heading, 2);
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
            date_time(event.start.wall, DateFormat::WeekdayDayMonth),
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
            t!(
                "delete-room-of-kind",
                kind = crate::model::Choice::text(room.kind).to_lowercase()
            )
        } else {
            t!("delete-room-number", number = label(&room.number))
        };
        let sharing: Vec<String> = room
            .guests
            .iter()
            .filter(|&&other| other != guest)
            .map(|&other| self.party(GiftParty::Person(other)))
            .collect();
        let stay = label(&event.title);
        Some(if sharing.is_empty() {
            t!("delete-room", room = what, stay = stay)
        } else {
            t!(
                "delete-room-shared",
                room = what,
                stay = stay,
                others = sharing.join(", ")
            )
        })
    }

    /// A gift `party` gives or receives: "gives “Book” to Kadri Tamm at Welcome dinner".
    fn gift(&self, (at, gift): (EventId, GiftId), party: GiftParty) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&at)?];
        let gift = event.gifts.iter().find(|g| g.id == gift)?;
        let (description, at) = (label(&gift.description), label(&event.title));
        Some(if gift.from == party {
            t!(
                "delete-gift-gives",
                gift = description,
                party = self.party(gift.to),
                event = at
            )
        } else {
            t!(
                "delete-gift-receives",
                gift = description,
                party = self.party(gift.from),
                event = at
            )
        })
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
            || t!("delete-someone-not-in-plan").to_owned(),
            |n| label(n).into_owned(),
        )
    }
}

/// One sentence of what deleting changes, from its parts: "Deleting a, b and c."
fn deleting_sentence(parts: Vec<String>) -> String {
    t!("delete-sentence", changes = list(&parts))
}

/// One sentence: what deleting a person with these references does to the rest of the plan.
fn what_deleting_a_person_changes(references: &PersonReferences) -> String {
    let mut parts = Vec::new();
    if !references.participant_in.is_empty() {
        parts.push(t!(
            "delete-person-participant",
            count = references.participant_in.len()
        ));
    }
    if !references.host_of.is_empty() {
        parts.push(t!("delete-person-host", count = references.host_of.len()));
    }
    if !references.lead_of.is_empty() {
        parts.push(t!("delete-person-lead", count = references.lead_of.len()));
    }
    if !references.owner_of.is_empty() {
        parts.push(t!("delete-person-owner", count = references.owner_of.len()));
    }
    if !references.seated_at.is_empty() {
        parts.push(t!("delete-person-seat", count = references.seated_at.len()));
    }
    if !references.rooms.is_empty() {
        parts.push(t!("delete-person-rooms", count = references.rooms.len()));
    }
    if !references.rides_in.is_empty() {
        parts.push(t!("delete-person-rides", count = references.rides_in.len()));
    }
    if !references.gifts.is_empty() {
        parts.push(t!("delete-person-gifts", count = references.gifts.len()));
    }
    deleting_sentence(parts)
}

/// One sentence: what deleting an event takes with it and what it leaves without a source.
fn what_goes_with_an_event(references: &EventReferences) -> String {
    let mut parts = Vec::new();
    if references.tables > 0 {
        parts.push(t!(
            "delete-event-seating",
            tables = references.tables,
            seated = references.seated
        ));
    }
    if references.rooms > 0 {
        parts.push(t!("delete-event-rooming", count = references.rooms));
    }
    if references.rides > 0 {
        parts.push(t!(
            "delete-event-rides",
            vehicles = references.rides,
            passengers = references.passengers
        ));
    }
    if references.gifts > 0 {
        parts.push(t!("delete-event-gifts", count = references.gifts));
    }
    if !references.actions.is_empty() {
        parts.push(t!(
            "delete-actions-without-source",
            count = references.actions.len()
        ));
    }
    deleting_sentence(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, in_language};
    use crate::model::Id as RecordId;

    /// A person in two events, leading one topic and owning nothing.
    fn references() -> PersonReferences {
        PersonReferences {
            participant_in: vec![RecordId::random(), RecordId::random()],
            lead_of: vec![RecordId::random()],
            ..PersonReferences::default()
        }
    }

    #[test]
    fn what_deleting_changes_is_one_sentence_with_counted_parts_joined_as_the_language_does() {
        assert_eq!(
            what_deleting_a_person_changes(&references()),
            "Deleting removes them from the participants of 2 events and leaves 1 topic without \
             a lead."
        );
        assert_eq!(
            in_language(Language::Estonian, || what_deleting_a_person_changes(
                &references()
            )),
            "Kustutamine eemaldab ta 2 sündmuse osalejate seast ja jätab ühe teema juhita."
        );
    }
}
