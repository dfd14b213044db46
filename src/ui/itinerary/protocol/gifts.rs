//! The gifts exchanged at an event: from whom to whom, what, its value and where it stands.

use crate::ui::tokens::Tokens;
use egui::Ui;

use super::{Edited, named_button};
use crate::app::Document;
use crate::model::label::label;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::{Event, Gift, GiftParty, GiftValue, Side};
use crate::t;
use crate::ui::bidi::TextField;
use crate::ui::widgets::{choice_row, field_id, input_row};

pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    let parties = parties(document, edited);
    let mut change = None;
    ui.add_space(Tokens::for_ui(ui).space.part);
    crate::ui::widgets::section_heading(ui, t!("gifts-heading"), 3);
    if parties.is_empty() {
        ui.weak(t!("gifts-nobody-takes-part"));
    } else if ui.button(t!("gifts-add")).clicked() {
        // Most often from the head of one side to the head of the other.
        let first_of = |side: Side| {
            parties
                .iter()
                .find(|(_, _, party_side)| *party_side == Some(side))
                .map(|&(party, _, _)| party)
        };
        let from = first_of(Side::Visiting).unwrap_or(parties[0].0);
        let to = first_of(Side::Host).unwrap_or(parties[0].0);
        edited.gifts.push(Gift::new(from, to, ""));
        change = Edited::by(t!("gifts-undo-add"));
    }
    let mut removed = None;
    for (g, gift) in edited.gifts.iter_mut().enumerate() {
        let number = g + 1;
        ui.separator();
        crate::ui::widgets::grid(
            ui,
            egui::Grid::new(("gift", gift.id))
                .num_columns(2)
                .spacing(Tokens::for_ui(ui).space.form_grid),
            |ui| {
                let description = t!("gifts-description", number = number);
                let response = input_row(ui, &description, |ui, label| {
                    ui.add(
                        TextField::singleline(
                            field_id(gift.id, "Description"),
                            &mut gift.description,
                        )
                        .char_limit(SHORT_TEXT_CHARACTERS)
                        .hint_text(crate::lang::attribute("gifts-description", "hint"))
                        .desired_width(260.0),
                    )
                    .labelled_by(label)
                });
                if let Some(typed) = Edited::typing(t!("gifts-undo-edit"), &response) {
                    change = Some(typed);
                }
                for (name, party) in [("from", &mut gift.from), ("to", &mut gift.to)] {
                    let text = match name {
                        "from" => t!("gifts-from", number = number),
                        _ => t!("gifts-to", number = number),
                    };
                    let shown = parties.iter().find(|(p, _, _)| p == party).map_or_else(
                        || t!("gifts-not-taking-part").to_owned(),
                        |(_, n, _)| n.clone(),
                    );
                    input_row(ui, &text, |ui, label| {
                        egui::ComboBox::from_id_salt(("gift party", gift.id, name))
                            .selected_text(shown)
                            .show_ui(ui, |ui| {
                                for (choice, text, _) in &parties {
                                    if ui.selectable_label(choice == party, text).clicked()
                                        && choice != party
                                    {
                                        *party = *choice;
                                        change = Edited::by(t!("gifts-undo-party"));
                                    }
                                }
                            })
                            .response
                            .labelled_by(label)
                    });
                }
                input_row(
                    ui,
                    &t!("gifts-value", number = number),
                    |ui, value_label| {
                        Tokens::for_ui(ui).row(ui, |ui| {
                            let mut amount = gift.value.as_ref().map_or(0, |v| v.amount);
                            let dragged = ui
                                .add(egui::DragValue::new(&mut amount).range(0..=u64::MAX))
                                .labelled_by(value_label);
                            let currency_label = ui.label(t!("gifts-currency"));
                            let mut currency = gift
                                .value
                                .as_ref()
                                .map_or_else(String::new, |v| v.currency.clone());
                            let typed = ui
                                .add(
                                    TextField::singleline(
                                        field_id(gift.id, "Currency"),
                                        &mut currency,
                                    )
                                    .char_limit(SHORT_TEXT_CHARACTERS)
                                    .hint_text(crate::lang::attribute("gifts-currency", "hint"))
                                    .desired_width(50.0),
                                )
                                .labelled_by(currency_label.id);
                            if dragged.changed() || typed.changed() {
                                gift.value = (amount > 0 || !currency.trim().is_empty())
                                    .then_some(GiftValue { amount, currency });
                                change = if typed.changed() {
                                    Edited::typing(t!("gifts-undo-edit-value"), &typed)
                                } else {
                                    Edited::by(t!("gifts-undo-value"))
                                };
                            }
                        });
                    },
                );
                if choice_row(ui, &t!("gifts-status", number = number), &mut gift.status) {
                    change = Edited::by(t!("gifts-undo-status"));
                }
            },
        );
        if named_button(
            ui,
            t!("gifts-remove"),
            &t!("gifts-remove-numbered", number = number),
        )
        .clicked()
        {
            removed = Some(g);
        }
    }
    if let Some(g) = removed {
        edited.gifts.remove(g);
        change = Edited::by(t!("gifts-undo-remove"));
    }
    change
}

/// Who can give or receive a gift here: the people the event names, in precedence order, and
/// the organisations of the plan; each with its name and, for a person, their side.
fn parties(document: &Document, event: &Event) -> Vec<(GiftParty, String, Option<Side>)> {
    let plan = document.plan();
    let named: std::collections::HashSet<_> = event.people().collect();
    let people = plan
        .people
        .iter()
        .filter(|p| named.contains(&p.id))
        .map(|p| {
            (
                GiftParty::Person(p.id),
                label(&p.name).into_owned(),
                Some(p.side),
            )
        });
    let organisations = plan.organisations.iter().map(|o| {
        (
            GiftParty::Organisation(o.id),
            label(&o.name).into_owned(),
            None,
        )
    });
    people.chain(organisations).collect()
}
