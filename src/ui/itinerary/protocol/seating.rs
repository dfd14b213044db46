//! The seating plan of a meal or ceremony: "Propose seating" by precedence, tables added and
//! shaped, and people moved from seat to seat, each move one step.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};

use super::{Edited, choice_box, named_button};
use crate::app::Document;
use crate::model::label::label;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::precedence::propose_seating;
use crate::model::{Event, PersonId, Table, TableShape};
use crate::ui::bidi::{Fit, TextField, bidi_label};
use crate::ui::widgets::field_id;

/// Seats at a table added by hand.
const NEW_TABLE_SEATS: usize = 10;

pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    let plan = document.plan();
    let mut change = None;
    ui.add_space(Tokens::for_ui(ui).space.part);
    ui.heading("Seating");
    ui.horizontal(|ui| {
        if ui
            .button("Propose seating")
            .on_hover_text(
                "Seat everyone taking part by precedence: the host at the centre of the head \
                 table, the guest of honour at the host's right, interpreters behind",
            )
            .clicked()
        {
            edited.tables = propose_seating(plan, edited);
            change = Edited::by("propose seating");
        }
        if ui.button("Add table").clicked() {
            let name = format!("Table {}", edited.tables.len() + 1);
            edited
                .tables
                .push(Table::new(name, TableShape::Round, NEW_TABLE_SEATS));
            change = Edited::by("add table");
        }
    });
    let unseated = unseated(edited);
    if !unseated.is_empty() {
        ui.label(
            RichText::new(format!("Not seated yet: {}", names(document, &unseated)))
                .color(Tokens::for_ui(ui).color.warning),
        );
    }
    let mut removed = None;
    for t in 0..edited.tables.len() {
        let number = t + 1;
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            let table = &mut edited.tables[t];
            let name_label = ui.label(format!("Name of table {number}"));
            let response = ui
                .add(
                    TextField::singleline(field_id(table.id, "Name"), &mut table.name)
                        .char_limit(SHORT_TEXT_CHARACTERS)
                        .desired_width(160.0),
                )
                .labelled_by(name_label.id);
            if let Some(typed) = Edited::typing("rename table", &response) {
                change = Some(typed);
            }
            if choice_box(
                ui,
                ("table shape", table.id),
                &format!("Shape of table {number}"),
                &mut table.shape,
            ) {
                change = Edited::by("change table shape");
            }
            if named_button(ui, "+ seat", &format!("Add a seat to table {number}")).clicked() {
                table.seats.push(crate::model::Seat::empty());
                change = Edited::by("add seat");
            }
            if !table.seats.is_empty()
                && named_button(
                    ui,
                    "− seat",
                    &format!("Remove the last seat of table {number}"),
                )
                .clicked()
            {
                table.seats.pop();
                change = Edited::by("remove seat");
            }
            if named_button(ui, "Remove table", &format!("Remove table {number}")).clicked() {
                removed = Some(t);
            }
        });
        if let Some(moved) = seats(ui, document, edited, t) {
            change = Some(moved);
        }
    }
    if let Some(t) = removed {
        edited.tables.remove(t);
        change = Edited::by("remove table");
    }
    change
}

/// The seats of table `t`, one a row: who sits there, their dietary needs, the interpreter
/// behind them, and buttons to move them along the table or to another table.
fn seats(ui: &mut Ui, document: &Document, edited: &mut Event, t: usize) -> Option<Edited> {
    let plan = document.plan();
    let person = |id: PersonId| {
        document
            .derived()
            .index
            .people
            .get(&id)
            .map(|&i| &plan.people[i])
    };
    let table_number = t + 1;
    let seat_count = edited.tables[t].seats.len();
    let mut swap: Option<((usize, usize), (usize, usize))> = None;
    let mut emptied = None;
    for s in 0..seat_count {
        let seat = &edited.tables[t].seats[s];
        let number = s + 1;
        // The buttons first, then who sits there in what width is left: a long name is cut, never
        // pushing the row (and the editor) wider than the panel.
        ui.horizontal(|ui| {
            ui.label(format!("{number}."));
            let here = (t, s);
            let seat_name = format!("seat {number} of table {table_number}");
            if s > 0 && named_button(ui, "◀", &format!("Move {seat_name} left")).clicked() {
                swap = Some((here, (t, s - 1)));
            }
            if s + 1 < seat_count
                && named_button(ui, "▶", &format!("Move {seat_name} right")).clicked()
            {
                swap = Some((here, (t, s + 1)));
            }
            if t > 0 && named_button(ui, "▲", &format!("Move {seat_name} to table {t}")).clicked()
            {
                swap = Some((here, first_free_or_last(edited, t - 1)));
            }
            if t + 1 < edited.tables.len()
                && named_button(
                    ui,
                    "▼",
                    &format!("Move {seat_name} to table {}", table_number + 1),
                )
                .clicked()
            {
                swap = Some((here, first_free_or_last(edited, t + 1)));
            }
            if seat.person.is_some()
                && named_button(ui, "✕", &format!("Empty {seat_name}")).clicked()
            {
                emptied = Some(s);
            }
            ui.vertical(|ui| {
                match seat.person.and_then(person) {
                    Some(guest) => {
                        bidi_label(ui, label(&guest.name).into_owned(), Fit::Truncate);
                        if !guest.native_name.trim().is_empty() {
                            bidi_label(ui, label(&guest.native_name).into_owned(), Fit::Truncate);
                        }
                        if !guest.dietary_needs.trim().is_empty() {
                            ui.label(
                                RichText::new(format!("Diet: {}", label(&guest.dietary_needs)))
                                    .color(Tokens::for_ui(ui).color.warning),
                            );
                        }
                    }
                    None => {
                        ui.weak("(empty)");
                    }
                }
                if let Some(interpreter) = seat.interpreter.and_then(person) {
                    ui.weak(format!("interpreter behind: {}", label(&interpreter.name)));
                }
            });
        });
    }
    if let Some(s) = emptied {
        let seat = &mut edited.tables[t].seats[s];
        seat.person = None;
        seat.interpreter = None;
        return Edited::by("empty seat");
    }
    let ((from_table, from_seat), (to_table, to_seat)) = swap?;
    if edited.tables[to_table].seats.is_empty() {
        return None;
    }
    // The interpreter moves with the principal they sit behind.
    let taken = std::mem::replace(
        &mut edited.tables[from_table].seats[from_seat],
        crate::model::Seat::empty(),
    );
    let displaced = std::mem::replace(
        &mut edited.tables[to_table].seats[to_seat],
        crate::model::Seat::empty(),
    );
    let (taken_id, displaced_id) = (taken.id, displaced.id);
    edited.tables[to_table].seats[to_seat] = crate::model::Seat {
        id: displaced_id,
        ..taken
    };
    edited.tables[from_table].seats[from_seat] = crate::model::Seat {
        id: taken_id,
        ..displaced
    };
    Edited::by("move seat")
}

/// The first empty seat of table `t`, or its last seat (whose occupant changes places).
fn first_free_or_last(edited: &Event, t: usize) -> (usize, usize) {
    let seats = &edited.tables[t].seats;
    let free = seats.iter().position(|seat| seat.person.is_none());
    (t, free.unwrap_or(seats.len().saturating_sub(1)))
}

/// The people taking part who have no seat, in the order the event names them.
fn unseated(event: &Event) -> Vec<PersonId> {
    let seated: std::collections::HashSet<PersonId> = event.seated().collect();
    let mut named = std::collections::HashSet::new();
    event
        .people()
        .filter(|person| !seated.contains(person) && named.insert(*person))
        .collect()
}

fn names(document: &Document, people: &[PersonId]) -> String {
    let plan = document.plan();
    people
        .iter()
        .filter_map(|id| document.derived().index.people.get(id))
        .map(|&i| format!("\"{}\"", label(&plan.people[i].name)))
        .collect::<Vec<_>>()
        .join(", ")
}
