//! The person editor's email addresses and phone numbers: one row per entry with its value, its
//! kind, whether it is the preferred one and a remove button, then "Add email" / "Add phone".
//! Each widget is named by its entry ("Phone 2", "Phone 2 kind"), and each text field's id is
//! salted by the person and the entry, as the editor's other fields are.

use egui::{Response, Ui};

use crate::model::contact::{email_warning, phone_warning, set_preferred};
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::{ContactEntry, ContactKind, PersonId};
use crate::ui::bidi::TextField;
use crate::ui::tokens::Tokens;
use crate::ui::widgets::field_id;
use crate::ui::widgets::{icon_button, input_row, named_choice_box, tall_input_row, warning};

/// Wide enough for an international number or a ministry address.
const VALUE_WIDTH: f32 = 240.0;

/// Which of a person's lists the rows edit.
#[derive(Clone, Copy)]
pub(super) enum ContactList {
    Emails,
    Phones,
}

impl ContactList {
    /// The kind of list, as the messages choose their words by it ("email", "phone").
    fn code(self) -> &'static str {
        match self {
            Self::Emails => "email",
            Self::Phones => "phone",
        }
    }

    /// The list's name beside its Add button while it is empty ("Email").
    fn noun(self) -> &'static str {
        match self {
            Self::Emails => crate::t!("person-contact-email"),
            Self::Phones => crate::t!("person-contact-phone"),
        }
    }

    /// The Add button's text ("Add email").
    fn add(self) -> &'static str {
        match self {
            Self::Emails => crate::t!("person-contact-add-email"),
            Self::Phones => crate::t!("person-contact-add-phone"),
        }
    }

    /// The kind a new entry starts with: addresses in a visit's plan are mostly work ones,
    /// numbers mostly mobiles.
    fn new_kind(self) -> ContactKind {
        match self {
            Self::Emails => ContactKind::Work,
            Self::Phones => ContactKind::Mobile,
        }
    }

    fn warning(self, value: &str) -> Option<&'static str> {
        match self {
            Self::Emails => email_warning(value),
            Self::Phones => phone_warning(value),
        }
    }
}

/// The rows of one list, as cells of the editor's grid. Typing goes through `typed`, so that
/// keystrokes in one field are one undo step; every other change is a step of its own.
pub(super) fn contact_rows(
    ui: &mut Ui,
    person: PersonId,
    list: ContactList,
    entries: &mut Vec<ContactEntry>,
    typed: &mut dyn FnMut(Response) -> Response,
) {
    let (kind, noun) = (list.code(), list.noun());
    let (mut remove, mut preferred) = (None, None);
    for (index, entry) in entries.iter_mut().enumerate() {
        let number = index + 1;
        let name = crate::t!("person-contact-entry", kind = kind, number = number);
        // In an editor too narrow for the whole row, the kind, the checkbox and the remove
        // button go below the number rather than past the editor's edge. A grid measures a
        // wrapping row by its first line; inside a vertical cell all of its lines count, so the
        // row below (the next entry, "Add email") starts under it.
        tall_input_row(ui, &name, |ui, label| {
            let tokens = Tokens::for_ui(ui);
            ui.with_layout(tokens.column_layout(), |ui| {
                tokens.wrapped_row(ui, |ui| {
                    typed(
                        ui.add(
                            TextField::singleline(field_id(person, &name), &mut entry.value)
                                .char_limit(SHORT_TEXT_CHARACTERS)
                                // A fixed width: one that follows the grid's column would make the
                                // grid measure itself again every frame.
                                .desired_width(VALUE_WIDTH),
                        )
                        .labelled_by(label),
                    );
                    named_choice_box(
                        ui,
                        field_id(person, &format!("{name} kind")),
                        &crate::t!("person-contact-entry-kind", kind = kind, number = number),
                        &mut entry.kind,
                    );
                    let mut is_preferred = entry.preferred;
                    if ui
                        .checkbox(&mut is_preferred, crate::t!("person-contact-preferred"))
                        .accessible_name(crate::t!(
                            "person-contact-entry-preferred",
                            kind = kind,
                            number = number
                        ))
                        .on_hover_text(crate::t!("person-contact-preferred-tooltip", kind = kind))
                        .changed()
                    {
                        preferred = Some((index, is_preferred));
                    }
                    let remove_name =
                        crate::t!("person-contact-remove", kind = kind, number = number);
                    if icon_button(ui, true, "×", &remove_name).clicked() {
                        remove = Some(index);
                    }
                })
            })
        });
        if let Some(text) = list.warning(&entry.value) {
            input_row(ui, "", |ui, _| warning(ui, text));
        }
    }
    match preferred {
        Some((index, true)) => set_preferred(entries, index),
        Some((index, false)) => entries[index].preferred = false,
        None => {}
    }
    if let Some(index) = remove {
        entries.remove(index);
    }
    // The list's name stands beside its button while it is empty.
    let name = if entries.is_empty() { noun } else { "" };
    if input_row(ui, name, |ui, _| ui.button(list.add())).clicked() {
        entries.push(ContactEntry::new(String::new(), list.new_kind()));
    }
}
