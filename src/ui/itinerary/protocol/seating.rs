//! The seating plan of a meal or ceremony: "Propose seating" by precedence, tables added and
//! shaped, and people moved from seat to seat, each move one step.

use crate::ui::tokens::Tokens;
use egui::{Id, RichText, Role, Ui, WidgetInfo};

use super::{Edited, named_button};
use crate::app::Document;
use crate::model::label::label;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::precedence::propose_seating;
use crate::model::search;
use crate::model::{Event, PersonId, SeatPlace, Table, TableShape};
use crate::t;
use crate::ui::bidi::{Fit, TextField, bidi_label};
use crate::ui::pickers::{Found, find_people, name_of_person, search_select};
use crate::ui::widgets::field_id;
use crate::ui::widgets::labelled_choice_box;

/// How a planner names a seat: "Seat 3 at Table 1", counted from one.
fn place_name(place: SeatPlace) -> String {
    t!(
        "seating-place",
        seat = place.seat + 1,
        table = place.table + 1
    )
}

/// Seats at a table added by hand.
const NEW_TABLE_SEATS: usize = 10;

pub(super) fn show(ui: &mut Ui, document: &Document, edited: &mut Event) -> Option<Edited> {
    let plan = document.plan();
    let mut change = None;
    ui.add_space(Tokens::for_ui(ui).space.part);
    crate::ui::widgets::section_heading(ui, t!("seating-heading"), 3);
    ui.horizontal(|ui| {
        if ui
            .button(t!("seating-propose"))
            .on_hover_text(crate::lang::attribute("seating-propose", "tooltip"))
            .clicked()
        {
            edited.tables = propose_seating(plan, edited);
            change = Edited::by(t!("seating-undo-propose"));
        }
        if ui.button(t!("seating-add-table")).clicked() {
            let name = t!("seating-new-table-name", number = edited.tables.len() + 1);
            edited
                .tables
                .push(Table::new(name, TableShape::Round, NEW_TABLE_SEATS));
            change = Edited::by(t!("seating-undo-add-table"));
        }
    });
    let unseated = unseated(edited);
    let mut moved = None;
    if !unseated.is_empty() {
        moved = not_seated_yet(ui, document, edited, &unseated);
    }
    let mut removed = None;
    for t in 0..edited.tables.len() {
        let number = t + 1;
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            let table = &mut edited.tables[t];
            let name_label = ui.label(t!("seating-table-name", number = number));
            let response = ui
                .add(
                    TextField::singleline(field_id(table.id, "Name"), &mut table.name)
                        .char_limit(SHORT_TEXT_CHARACTERS)
                        .desired_width(160.0),
                )
                .labelled_by(name_label.id);
            if let Some(typed) = Edited::typing(t!("seating-undo-rename-table"), &response) {
                change = Some(typed);
            }
            if labelled_choice_box(
                ui,
                ("table shape", table.id),
                &t!("seating-table-shape", number = number),
                &mut table.shape,
            ) {
                change = Edited::by(t!("seating-undo-table-shape"));
            }
            if named_button(
                ui,
                t!("seating-add-seat"),
                &t!("seating-add-seat-to", number = number),
            )
            .clicked()
            {
                table.seats.push(crate::model::Seat::empty());
                change = Edited::by(t!("seating-undo-add-seat"));
            }
            if !table.seats.is_empty()
                && named_button(
                    ui,
                    t!("seating-remove-seat"),
                    &t!("seating-remove-seat-of", number = number),
                )
                .clicked()
            {
                table.seats.pop();
                change = Edited::by(t!("seating-undo-remove-seat"));
            }
            if named_button(
                ui,
                t!("seating-remove-table"),
                &t!("seating-remove-table-numbered", number = number),
            )
            .clicked()
            {
                removed = Some(t);
            }
        });
        if let Some(asked) = seats(ui, document, edited, &unseated, t) {
            moved = Some(asked);
        }
    }
    if let Some(asked) = moved
        && let Some(label) = asked.apply(edited)
    {
        change = Edited::by(label);
    }
    if let Some(t) = removed {
        edited.tables.remove(t);
        change = Edited::by(t!("seating-undo-remove-table"));
    }
    change
}

/// What is dragged onto a seat: whoever sits at another seat, or someone not seated yet.
#[derive(Clone, Copy, Debug)]
enum Dragged {
    Seat(SeatPlace),
    Person(PersonId),
}

/// A change of seats asked for this frame, by a drop, a picker or a button.
#[derive(Clone, Copy, Debug)]
enum SeatMove {
    Swap(SeatPlace, SeatPlace),
    Seat(PersonId, SeatPlace),
    Empty(SeatPlace),
}

impl SeatMove {
    fn dropped(dragged: Dragged, onto: SeatPlace) -> Self {
        match dragged {
            Dragged::Seat(from) => Self::Swap(from, onto),
            Dragged::Person(person) => Self::Seat(person, onto),
        }
    }

    /// Makes the move in `edited`; the undo step's label if anything changed.
    fn apply(self, edited: &mut Event) -> Option<&'static str> {
        match self {
            Self::Swap(from, to) => edited
                .swap_seats(from, to)
                .then_some(t!("seating-undo-move-seat")),
            Self::Seat(person, at) => edited
                .seat_person(person, at)
                .then_some(t!("seating-undo-seat-person")),
            Self::Empty(at) => {
                let seat = edited.tables.get_mut(at.table)?.seats.get_mut(at.seat)?;
                seat.person.take()?;
                seat.interpreter = None;
                Some(t!("seating-undo-empty-seat"))
            }
        }
    }
}

/// The participants with no seat, each to be dragged onto a seat or given one with a picker.
fn not_seated_yet(
    ui: &mut Ui,
    document: &Document,
    edited: &Event,
    unseated: &[PersonId],
) -> Option<SeatMove> {
    let mut asked = None;
    ui.label(RichText::new(t!("seating-not-seated-yet")).color(Tokens::for_ui(ui).color.warning));
    // A row each, its "Seat…" button first and the name after it, cut with "…" where the
    // editor is narrow: a name and its button never part across a wrap.
    for &person in unseated {
        ui.horizontal(|ui| {
            let name = name_of_person(document, person);
            if let Some(place) = seat_picker(ui, document, edited, person, &name) {
                asked = Some(SeatMove::Seat(person, place));
            }
            let drag = ui.dnd_drag_source(
                Id::unique(("unseated", edited.id, person)),
                Dragged::Person(person),
                |ui| {
                    egui::Frame::group(ui.style())
                        .show(ui, |ui| bidi_label(ui, name.clone(), Fit::Truncate))
                },
            );
            let drag_name = t!("seating-person-not-seated", name = &name);
            drag.response
                .widget_info(|| WidgetInfo::labeled(Role::Label, true, &drag_name));
        });
    }
    asked
}

/// A "Seat…" button choosing the seat of `person` from every seat of the event: an empty one
/// they take, an occupied one whose occupant they change places with.
fn seat_picker(
    ui: &mut Ui,
    document: &Document,
    edited: &Event,
    person: PersonId,
    name: &str,
) -> Option<SeatPlace> {
    let select = search_select(
        ui,
        ("choose seat", edited.id, person),
        t!("seating-choose-seat"),
        crate::lang::attribute("seating-choose-seat", "search"),
        document.revision(),
        |query| {
            let mut found = Vec::new();
            for (t, table) in edited.tables.iter().enumerate() {
                for (s, seat) in table.seats.iter().enumerate() {
                    let place = SeatPlace { table: t, seat: s };
                    if seat.person == Some(person) {
                        continue;
                    }
                    let occupant = match seat.person {
                        Some(occupant) => name_of_person(document, occupant),
                        None => t!("seating-empty").to_owned(),
                    };
                    let text = t!(
                        "seating-seat-found",
                        place = place_name(place),
                        table = label(&table.name),
                        occupant = occupant
                    );
                    if search::matches(&search::fold(&text), query) {
                        found.push(Found {
                            key: place,
                            text,
                            detail: String::new(),
                        });
                    }
                }
            }
            found
        },
    );
    let picker_name = t!("seating-choose-seat-for", name = name);
    let button = select.button.on_hover_text(&picker_name);
    button.widget_info(|| WidgetInfo::labeled(Role::Button, true, &picker_name));
    select.picked
}

/// For an empty seat, a picker of the participants not seated yet, named after the seat
/// ("Seat 3 at Table 1"), ranked as every people picker is.
fn guest_picker(
    ui: &mut Ui,
    document: &Document,
    edited: &Event,
    unseated: &[PersonId],
    place: SeatPlace,
) -> Option<PersonId> {
    let seat_id = edited.tables[place.table].seats[place.seat].id;
    let select = search_select(
        ui,
        ("seat guest", seat_id),
        t!("seating-seat-someone"),
        crate::lang::attribute("seating-seat-someone", "search"),
        document.revision(),
        |query| {
            find_people(document, query, None)
                .into_iter()
                .filter(|found| unseated.contains(&found.key))
                .collect()
        },
    );
    let seat_name = place_name(place);
    let button = select
        .button
        .on_hover_text(t!("seating-who-sits-here", seat = &seat_name));
    button.widget_info(|| WidgetInfo::labeled(Role::Button, true, &seat_name));
    select.picked
}

/// The seats of table `t`, one a row: who sits there, their dietary needs, the interpreter
/// behind them, and buttons to move them along the table or to another table. Each row is a drop
/// zone, and whoever sits there can be dragged onto another seat.
fn seats(
    ui: &mut Ui,
    document: &Document,
    edited: &Event,
    unseated: &[PersonId],
    t: usize,
) -> Option<SeatMove> {
    let plan = document.plan();
    let person = |id: PersonId| {
        document
            .derived()
            .index
            .people
            .get(&id)
            .map(|&i| &*plan.people[i])
    };
    let table_number = t + 1;
    let seat_count = edited.tables[t].seats.len();
    let mut asked = None;
    for s in 0..seat_count {
        let seat = &edited.tables[t].seats[s];
        let number = s + 1;
        let here = SeatPlace { table: t, seat: s };
        // The buttons first, then who sits there in what width is left: a long name is cut, never
        // pushing the row (and the editor) wider than the panel.
        // A faint fill of its own, so that the row only lights up while something is dragged.
        let frame = egui::Frame::NONE
            .fill(ui.visuals().faint_bg_color)
            .inner_margin(egui::Margin::symmetric(4, 1));
        let (_, dropped) = ui.dnd_drop_zone::<Dragged, _>(frame, |ui| {
            ui.set_min_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(format!("{number}."));
                let seat_name = t!("seating-seat-of-table", seat = number, table = table_number);
                if let Some(place) = move_buttons(ui, edited, here, &seat_name) {
                    asked = Some(SeatMove::Swap(here, place));
                }
                let Some(guest) = seat.person else {
                    if let Some(guest) = guest_picker(ui, document, edited, unseated, here) {
                        asked = Some(SeatMove::Seat(guest, here));
                    }
                    return;
                };
                if named_button(ui, "✕", &t!("seating-empty-seat", seat = &seat_name)).clicked() {
                    asked = Some(SeatMove::Empty(here));
                }
                let name = name_of_person(document, guest);
                if let Some(place) = seat_picker(ui, document, edited, guest, &name) {
                    asked = Some(SeatMove::Seat(guest, place));
                }
                let drag = ui.dnd_drag_source(
                    Id::unique(("seated", seat.id)),
                    Dragged::Seat(here),
                    |ui| {
                        // A selectable label would take the drag for selecting its text.
                        ui.style_mut().interaction.selectable_labels = false;
                        seated_card(ui, person(guest), seat.interpreter.and_then(person))
                    },
                );
                let drag_name = t!("seating-person-at", name = &name, place = place_name(here));
                drag.response
                    .widget_info(|| WidgetInfo::labeled(Role::Label, true, &drag_name));
            });
        });
        if let Some(dragged) = dropped {
            asked = Some(SeatMove::dropped(*dragged, here));
        }
    }
    asked
}

/// The arrows that move whoever sits at `here` along the table or to the table above or below;
/// the seat they asked for (whose occupant changes places with them).
fn move_buttons(
    ui: &mut Ui,
    edited: &Event,
    here: SeatPlace,
    seat_name: &str,
) -> Option<SeatPlace> {
    let SeatPlace { table: t, seat: s } = here;
    let seat_count = edited.tables[t].seats.len();
    let mut to = None;
    if s > 0 && named_button(ui, "◀", &t!("seating-move-left", seat = seat_name)).clicked() {
        to = Some(SeatPlace {
            table: t,
            seat: s - 1,
        });
    }
    if s + 1 < seat_count
        && named_button(ui, "▶", &t!("seating-move-right", seat = seat_name)).clicked()
    {
        to = Some(SeatPlace {
            table: t,
            seat: s + 1,
        });
    }
    if t > 0
        && named_button(
            ui,
            "▲",
            &t!("seating-move-to-table", seat = seat_name, table = t),
        )
        .clicked()
    {
        to = Some(first_free_or_last(edited, t - 1));
    }
    if t + 1 < edited.tables.len()
        && named_button(
            ui,
            "▼",
            &t!("seating-move-to-table", seat = seat_name, table = t + 2),
        )
        .clicked()
    {
        to = Some(first_free_or_last(edited, t + 1));
    }
    to
}

/// Who sits in a seat: the name in both scripts, dietary needs, and the interpreter behind.
fn seated_card(
    ui: &mut Ui,
    guest: Option<&crate::model::Person>,
    interpreter: Option<&crate::model::Person>,
) {
    Tokens::for_ui(ui).column(ui, |ui| {
        if let Some(guest) = guest {
            bidi_label(ui, label(&guest.name).into_owned(), Fit::Truncate);
            if !guest.native_name.trim().is_empty() {
                bidi_label(ui, label(&guest.native_name).into_owned(), Fit::Truncate);
            }
            if !guest.dietary_needs.trim().is_empty() {
                ui.label(
                    RichText::new(t!("seating-diet", needs = label(&guest.dietary_needs)))
                        .color(Tokens::for_ui(ui).color.warning),
                );
            }
        }
        if let Some(interpreter) = interpreter {
            ui.weak(t!(
                "seating-interpreter-behind",
                name = label(&interpreter.name)
            ));
        }
    });
}

/// The first empty seat of table `t`, or its last seat (whose occupant changes places).
fn first_free_or_last(edited: &Event, t: usize) -> SeatPlace {
    let seats = &edited.tables[t].seats;
    let free = seats.iter().position(|seat| seat.person.is_none());
    SeatPlace {
        table: t,
        seat: free.unwrap_or(seats.len().saturating_sub(1)),
    }
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
