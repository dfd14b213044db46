//! The one editor frame that every kind of record (person, organisation, event, topic, action)
//! is edited in, so that they look and behave alike: the header with the record's kind and
//! title, Close, "Delete <noun>…" and the kind's own actions; the form of labelled rows
//! (`crate::ui::widgets::rows`); typing turned into commands one way; and one delete flow that
//! lists what refers to the record, asks, and deletes it with its references in one undo step.

mod delete;

pub use delete::DeleteQuestion;

use egui::{Response, RichText, Ui};

use crate::app::{Command, ViewAction};
use crate::check::Subject;
use crate::model::Change;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::native_text;
use crate::ui::tokens::Tokens;

/// What a record's header shows: the record, what kind of record it is and its title. (Its
/// "Delete <kind>…" button is named by the kind of `subject`.)
pub struct RecordHeader<'a> {
    pub subject: Subject,
    /// Above the title, e.g. "Person", "Meeting", "Topic".
    pub kind: &'a str,
    /// Between the kind and the title: how a person is addressed ("His Excellency Dr"), or "".
    pub address: &'a str,
    pub title: &'a str,
    /// The title in its own script, shown larger under it, or "".
    pub native_title: &'a str,
}

/// The top of a record's editor: Close, "Delete <noun>…" and the kind's own buttons (`more`),
/// then the kind and the title as a heading, and under it the title in its own script when it has
/// one (larger, so that Arabic stays readable). Close clears the selection; Delete asks through
/// `deleting`, whose question this draws while it is open.
pub fn editor_header(
    ctx: &ViewContext,
    ui: &mut Ui,
    deleting: &mut DeleteQuestion,
    header: RecordHeader,
    more: impl FnOnce(&mut Ui),
) {
    let tokens = Tokens::for_ui(ui);
    ui.add_space(tokens.space.small);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(crate::t!("record-close"))
            .on_hover_text(crate::lang::attribute("record-close", "tooltip"))
            .clicked()
        {
            ctx.send(Command::ClearSelection);
        }
        let delete = delete_button_message(header.subject);
        if ui
            .button(crate::lang::text(delete))
            .on_hover_text(crate::lang::attribute(delete, "tooltip"))
            .clicked()
            || ctx.view_action == Some(ViewAction::Delete)
        {
            deleting.ask(header.subject, header.title);
        }
        more(ui);
    });
    if ctx.view_action == Some(ViewAction::FocusRecord) {
        crate::ui::focus::want_first_field(ui);
    }
    ui.add_space(tokens.space.small);
    ui.label(RichText::new(header.kind).weak());
    if !header.address.is_empty() {
        bidi_label(ui, RichText::new(header.address).strong(), Fit::Wrap);
    }
    crate::ui::widgets::heading(ui, header.title, 2);
    if !header.native_title.is_empty() {
        bidi_label(
            ui,
            native_text(header.native_title).size(tokens.text.native_name),
            Fit::Wrap,
        );
    }
    ui.add_space(tokens.space.medium);
    deleting.show(ctx, ui.ctx());
}

/// The message of the "Delete <kind>…" button of a record's editor, with its tooltip.
fn delete_button_message(subject: Subject) -> &'static str {
    match subject {
        Subject::Person(_) => "record-delete-person",
        Subject::Organisation(_) => "record-delete-organisation",
        Subject::Event(_) => "record-delete-event",
        Subject::Topic(_) => "record-delete-topic",
        Subject::Action(_) => "record-delete-action",
        Subject::Visit => "record-delete-visit",
    }
}

/// What a record's editor scrolls its form in: up and down, and sideways too, since a narrow
/// editor (a small window, or 200 % zoom) can be narrower than a label beside its field, and
/// what does not fit must still be reached rather than cut at the editor's edge. However little
/// height the header leaves it, it keeps within the editor (egui would make it at least 64
/// points tall, running under the status bar).
pub fn form_scroll_area(id_salt: &'static str) -> egui::ScrollArea {
    egui::ScrollArea::both()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .min_scrolled_height(0.0)
}

/// The grid of labelled rows in a record's editor. `rows` draws them, passing the response of
/// each text field through `typed`, so that the form knows the last field typed in; it returns
/// that field, for [`edit_command`].
pub fn record_form(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    rows: impl FnOnce(&mut Ui, &mut dyn FnMut(Response) -> Response),
) -> Option<egui::Id> {
    let mut typed_in = None;
    let form = egui::Grid::new(id_salt)
        .num_columns(2)
        .spacing(Tokens::for_ui(ui).space.form_grid)
        .min_col_width(110.0);
    crate::ui::widgets::grid(ui, form, |ui| {
        let mut typed = |response: Response| {
            if response.changed() {
                typed_in = Some(response.id);
            }
            response
        };
        rows(ui, &mut typed);
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
