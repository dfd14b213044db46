//! What the editors of one record (a person, an organisation) share, written once so that they
//! look and behave alike: the header with Close and Delete…, and the confirmation that shows
//! where a record is named before it is deleted.

use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::tokens::Tokens;
use egui::{Response, RichText, Ui};

use crate::app::Command;
use crate::check::Subject;
use crate::model::Change;
use crate::model::label::label;
use crate::model::{EventId, EventKind, GiftId, GiftParty, Plan, PlanIndex, RoomId};
use crate::ui::native_text;

/// What the planner asked for in an editor's header this frame.
pub struct HeaderActions {
    pub close: bool,
    pub delete: bool,
}

/// The top of a record's editor: Close and "Delete <noun>…" (explained by `delete_hint`), then the
/// record's name as a heading, and under it the name in its own script when it has one (larger,
/// so that Arabic stays readable).
pub fn editor_header(
    ui: &mut Ui,
    noun: &str,
    delete_hint: &str,
    name: &str,
    native_name: &str,
) -> HeaderActions {
    let mut actions = HeaderActions {
        close: false,
        delete: false,
    };
    ui.add_space(Tokens::for_ui(ui).space.small);
    ui.horizontal(|ui| {
        if ui
            .button("Close")
            .on_hover_text("Close the editor")
            .clicked()
        {
            actions.close = true;
        }
        if ui
            .button(format!("Delete {noun}…"))
            .on_hover_text(delete_hint)
            .clicked()
        {
            actions.delete = true;
        }
    });
    bidi_label(ui, RichText::new(name).heading(), Fit::Wrap);
    if !native_name.is_empty() {
        bidi_label(
            ui,
            native_text(native_name).size(Tokens::for_ui(ui).text.native_name),
            Fit::Wrap,
        );
    }
    ui.add_space(Tokens::for_ui(ui).space.medium);
    actions
}

/// Asks "Delete <name>?" in a modal window. `references` draws where the record is named and what
/// deleting it changes; under that come the reminder that Undo brings it back, and the
/// "Delete <noun>" and Cancel buttons. Returns `Some(true)` to delete, `Some(false)` when the
/// planner cancels or closes the window, and `None` while the question is open.
pub fn confirm_delete(
    egui_ctx: &egui::Context,
    noun: &str,
    name: &str,
    references: impl FnOnce(&mut Ui),
) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(format!("delete {noun}"))).show(egui_ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(format!("Delete {name}?"));
        ui.add_space(Tokens::for_ui(ui).space.small);
        references(ui);
        ui.weak(format!(
            "Undo (Ctrl+Z) brings the {noun} back with every reference."
        ));
        ui.add_space(Tokens::for_ui(ui).space.large);
        ui.horizontal(|ui| {
            if ui.button(format!("Delete {noun}")).clicked() {
                answer = Some(true);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    answer
}

/// Where a delete confirmation lists the records that name the one deleted: the plan and its
/// index, to turn the ids of [`crate::model::PersonReferences`] and the like into lines.
pub struct ReferenceLines<'a> {
    pub plan: &'a Plan,
    pub index: &'a PlanIndex,
}

impl ReferenceLines<'_> {
    /// A heading (e.g. "Seated at") and its lines, when there are any.
    pub fn section(&self, ui: &mut Ui, heading: &str, lines: impl IntoIterator<Item = String>) {
        let mut lines = lines.into_iter().peekable();
        if lines.peek().is_some() {
            ui.label(RichText::new(heading).strong());
            for line in lines {
                ui.label(format!("• {line}"));
            }
        }
    }

    /// An event: when it starts, and its title.
    pub fn event(&self, id: EventId) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&id)?];
        Some(format!(
            "{}  {}",
            event.start.wall.strftime("%a %-d %b %H:%M"),
            label(&event.title)
        ))
    }

    /// A room of a stay: its number (or kind) and stay, and who else sleeps there besides
    /// `guest`.
    pub fn room(
        &self,
        (stay, room): (EventId, RoomId),
        guest: crate::model::PersonId,
    ) -> Option<String> {
        let event = &self.plan.events[*self.index.events.get(&stay)?];
        let EventKind::Stay(details) = &event.kind else {
            return None;
        };
        let room = details.rooms.iter().find(|r| r.id == room)?;
        let what = if room.number.trim().is_empty() {
            format!(
                "a {} room",
                crate::model::Choice::label(room.kind).to_lowercase()
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
    pub fn gift(&self, (at, gift): (EventId, GiftId), party: GiftParty) -> Option<String> {
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
pub fn deleting_sentence(mut parts: Vec<String>) -> String {
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        format!("Deleting {last}.")
    } else {
        format!("Deleting {} and {last}.", parts.join(", "))
    }
}

/// Deletes a record the planner confirmed, with every reference to it, as one undoable step;
/// its editor closes first if it was open, since there is nothing left to edit.
pub fn delete_record(ctx: &ViewContext, subject: Subject, name: &str) {
    if ctx.selection.subject == Some(subject) {
        ctx.send(Command::ClearSelection);
    }
    ctx.send(Command::edit(
        Change::Delete(subject),
        format!("delete {name}"),
    ));
}

/// The grid of labelled fields in a record's editor. `fields` draws the rows, passing the response
/// of each text field through `typed`, so that the form knows the last field typed in; it returns
/// that field, for [`edit_command`].
pub fn record_form(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    fields: impl FnOnce(&mut Ui, &mut dyn FnMut(Response) -> Response),
) -> Option<egui::Id> {
    let mut typed_in = None;
    egui::Grid::new(id_salt)
        .num_columns(2)
        .spacing(Tokens::for_ui(ui).space.form_grid)
        .min_col_width(110.0)
        .show(ui, |ui| {
            let mut typed = |response: Response| {
                if response.changed() {
                    typed_in = Some(response.id);
                }
                response
            };
            fields(ui, &mut typed);
        });
    typed_in
}

/// The command that stores an edited record. Keystrokes in one text field (`typed_in`) merge into
/// one undo step, so that Undo takes back a word, not a letter; any other edit is its own step.
pub fn edit_command(change: Change, label: String, typed_in: Option<egui::Id>) -> Command {
    match typed_in {
        Some(field) => Command::typing(change, label, field),
        None => Command::edit(change, label),
    }
}
