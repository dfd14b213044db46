//! The delegation list: the visiting delegation in order of precedence (head first), as the
//! briefing book prints it, with each member's form of address. The order is the order of the
//! visiting members in the plan's list of people; arrows or dragging change it.

use std::sync::Arc;

use egui::{Align, Sense, Ui};
use egui_extras::{Column, TableBuilder, TableRow};

use super::editor::display_name;
use crate::app::Command;
use crate::check::Subject;
use crate::model::Change;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::{Choice, Person, PersonId, Side};
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, TextField, bidi_label, cut_button};
use crate::ui::widgets::field_id;
use crate::ui::widgets::{icon_button, native_name_cell, organisation_name};

const ROW_HEIGHT: f32 = 28.0;

/// What is dragged: the position in `plan.people` of the member picked up.
#[derive(Clone, Copy, Debug)]
struct DraggedMember(usize);

pub(super) fn show(ctx: &ViewContext, ui: &mut Ui) {
    let plan = ctx.document.plan();
    // Positions in `plan.people` of the visiting members, in order of precedence.
    let members: Vec<usize> = plan
        .people
        .iter()
        .enumerate()
        .filter(|(_, person)| person.side == Side::Visiting)
        .map(|(i, _)| i)
        .collect();
    heading(ctx, ui);
    if members.is_empty() {
        ui.weak(crate::t!("people-delegation-empty"));
        return;
    }
    let list = List {
        ctx,
        members: &members,
        selected: match ctx.selection.subject {
            Some(Subject::Person(id)) => Some(id),
            _ => None,
        },
    };
    let mut asked = Asked::default();
    egui::ScrollArea::horizontal()
        .id_salt("delegation list scroll")
        .show(ui, |ui| {
            table(ui)
                .header(ROW_HEIGHT, |mut header| {
                    for title in [
                        "",
                        crate::t!("people-delegation-column-number"),
                        crate::t!("people-delegation-column-order"),
                        crate::t!("people-delegation-column-form-of-address"),
                        crate::t!("people-delegation-column-name"),
                        crate::t!("people-delegation-column-native-name"),
                        crate::t!("people-delegation-column-role"),
                        crate::t!("people-delegation-column-position"),
                    ] {
                        header.col(|ui| {
                            ui.strong(title);
                        });
                    }
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT, members.len(), |mut row| {
                        list.member_row(&mut row, &mut asked);
                    });
                });
        });
    asked.send(ctx);
}

/// Whose delegation it is, and how the list is ordered and reordered.
fn heading(ctx: &ViewContext, ui: &mut Ui) {
    let visit = &ctx.document.plan().visit;
    let visiting = if visit.visiting.name.trim().is_empty() {
        crate::t!("people-delegation-heading-unnamed").to_owned()
    } else {
        crate::t!(
            "people-delegation-heading",
            party = visit.visiting.name.trim()
        )
    };
    crate::ui::widgets::section_heading(ui, visiting, 2);
    ui.weak(crate::t!("people-delegation-explanation"));
    ui.add_space(ctx.tokens.space.small);
}

/// The table's columns: handle, number, arrows, then what is printed of each member.
fn table(ui: &mut Ui) -> TableBuilder<'_> {
    let text = |width: f32| {
        Column::initial(width)
            .at_least(60.0)
            .resizable(true)
            .clip(true)
    };
    TableBuilder::new(ui)
        .id_salt("delegation list")
        .striped(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(Align::Center))
        .auto_shrink([false, false])
        .column(Column::exact(24.0))
        .column(Column::exact(32.0))
        .column(Column::exact(64.0))
        .column(Column::initial(170.0).at_least(80.0).resizable(true))
        .column(text(300.0).at_least(80.0))
        .column(text(240.0))
        .column(text(140.0))
        .column(text(260.0))
}

/// What the planner asked for in the list this frame.
#[derive(Default)]
struct Asked {
    /// Edits of a form of address.
    commands: Vec<Command>,
    /// A member to open in the editor.
    open: Option<PersonId>,
    /// A member (a position in the plan's people) moved to another's place.
    moved: Option<(usize, usize)>,
}

impl Asked {
    fn send(self, ctx: &ViewContext) {
        let mut commands = self.commands;
        if let Some((from, onto)) = self.moved
            && from != onto
        {
            // Taking the member out and putting them at `onto` lands them just after a member
            // below or just before a member above: in that member's place.
            let person = &ctx.document.plan().people[from];
            commands.push(Command::edit(
                Change::MovePerson {
                    person: person.id,
                    to: onto,
                },
                crate::t!("people-delegation-undo-move", name = display_name(person)),
            ));
        }
        for command in commands {
            ctx.send(command);
        }
        if let Some(id) = self.open {
            ctx.send(Command::SelectClicked(Subject::Person(id)));
        }
    }
}

/// The visiting members as drawn this frame.
struct List<'a> {
    ctx: &'a ViewContext<'a>,
    /// Positions in `plan.people`, in order of precedence.
    members: &'a [usize],
    selected: Option<PersonId>,
}

impl List<'_> {
    /// One member's row: a handle to drag, the number, arrows, the form of address (edited in
    /// place), the name that opens the editor, and what the briefing book prints of them.
    fn member_row(&self, row: &mut TableRow<'_, '_>, asked: &mut Asked) {
        let plan = self.ctx.document.plan();
        let rank = row.index();
        let position = self.members[rank];
        let person = &plan.people[position];
        let name = display_name(person);
        row.set_selected(self.selected == Some(person.id));
        row.col(|ui| {
            let handle = egui::Id::unique(("delegation member", person.id));
            ui.dnd_drag_source(handle, DraggedMember(position), |ui| {
                ui.label("☰")
                    .accessible_name(crate::t!("people-delegation-drag", name = &name))
                    .on_hover_text(crate::lang::attribute("people-delegation-drag", "tooltip"));
            });
        });
        row.col(|ui| {
            ui.label(format!("{}.", rank + 1));
        });
        row.col(|ui| {
            let up = icon_button(
                ui,
                rank > 0,
                "▲",
                &crate::t!("people-delegation-move-up", name = &name),
            );
            if up.clicked() {
                asked.moved = Some((position, self.members[rank - 1]));
            }
            let last = rank + 1 == self.members.len();
            let down = icon_button(
                ui,
                !last,
                "▼",
                &crate::t!("people-delegation-move-down", name = &name),
            );
            if down.clicked() {
                asked.moved = Some((position, self.members[rank + 1]));
            }
        });
        row.col(|ui| {
            if let Some(command) = form_of_address(ui, person, &name) {
                asked.commands.push(command);
            }
        });
        row.col(|ui| {
            if cut_button(ui, false, &name, Some(crate::t!("people-delegation-open"))).clicked() {
                asked.open = Some(person.id);
            }
        });
        row.col(|ui| native_name_cell(ui, &person.native_name));
        row.col(|ui| {
            ui.add(egui::Label::new(person.role.text()).truncate());
        });
        row.col(|ui| {
            let mut text = person.position.clone();
            if let Some(id) = person.organisation {
                if !text.is_empty() {
                    text.push_str(", ");
                }
                text.push_str(organisation_name(plan, self.ctx.document.derived(), id));
            }
            bidi_label(ui, text, Fit::Truncate);
        });
        let response = row.response();
        if let Some(dragged) = response.dnd_hover_payload::<DraggedMember>()
            && dragged.0 != position
        {
            // A line where the dragged member will land.
            let rect = response.rect;
            let y = if dragged.0 < position {
                rect.bottom()
            } else {
                rect.top()
            };
            ui_line(&response, y);
        }
        if let Some(dragged) = response.dnd_release_payload::<DraggedMember>() {
            asked.moved = Some((dragged.0, position));
        }
        if response.clicked() {
            asked.open = Some(person.id);
        }
    }
}

/// The member's form of address, edited in place; the command that stores a change.
fn form_of_address(ui: &mut Ui, person: &Person, name: &str) -> Option<Command> {
    let mut address = person.form_of_address.clone();
    let response = ui
        .add(
            // Not the editor's field of that name: both show when the person is open beside
            // the list.
            TextField::singleline(
                field_id(person.id, "Form of address in the delegation list"),
                &mut address,
            )
            .char_limit(SHORT_TEXT_CHARACTERS)
            .hint_text(crate::t!("people-delegation-form-of-address-hint"))
            .desired_width(f32::INFINITY),
        )
        .accessible_name(crate::t!("people-delegation-form-of-address", name = name));
    response.changed().then(|| {
        let mut edited = Person::clone(person);
        edited.form_of_address = address;
        Command::typing(
            Change::Person(Arc::new(edited)),
            crate::t!("people-delegation-undo-form-of-address", name = name),
            response.id,
        )
    })
}

/// A line across the row where a dragged member would land.
fn ui_line(response: &egui::Response, y: f32) {
    let color = response.ctx.global_style().visuals.selection.stroke.color;
    response.ctx.layer_painter(response.layer_id).hline(
        response.rect.x_range(),
        y,
        egui::Stroke::new(2.0, color),
    );
}
