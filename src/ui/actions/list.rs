//! The actions, grouped. The groups are worked out when the plan, the grouping or the day
//! changes, and only the rows in sight are laid out.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};
use jiff::ToSpan;
use jiff::civil::Date;

use super::{is_overdue, text_of};
use crate::app::Command;
use crate::app::{Document, Memo, Revision};
use crate::check::Subject;
use crate::model::{Action, ActionId, ActionStatus, Choice};
use crate::ui::ViewContext;
use crate::ui::bidi::button_text;
use crate::ui::pickers;

const ROW_HEIGHT: f32 = 26.0;

/// How the actions are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GroupBy {
    #[default]
    DueDate,
    Owner,
    Status,
}

impl GroupBy {
    const ALL: [GroupBy; 3] = [GroupBy::DueDate, GroupBy::Owner, GroupBy::Status];

    fn label(self) -> &'static str {
        match self {
            Self::DueDate => "Due date",
            Self::Owner => "Owner",
            Self::Status => "Status",
        }
    }
}

/// One line of the list: a group's heading or an action.
#[derive(Clone, Debug, PartialEq)]
enum Row {
    Heading { title: String, count: usize },
    Action(usize),
}

/// The list's lines, and what they were worked out for.
#[derive(Clone, Debug, Default)]
pub struct Rows {
    rows: Memo<(Revision, GroupBy, Date), Vec<Row>>,
}

impl Rows {
    fn refresh(&mut self, document: &Document, group_by: GroupBy) {
        let today = document.derived().today;
        let key = (document.revision(), group_by, today);
        self.rows
            .get_or_compute(key, || lines(document, group_by, today));
    }

    /// The lines, as of the last refresh.
    fn lines(&self) -> &[Row] {
        self.rows.value().map_or(&[], Vec::as_slice)
    }
}

/// The list's lines: the actions grouped by `group_by`, each group under its heading.
fn lines(document: &Document, group_by: GroupBy, today: Date) -> Vec<Row> {
    let plan = document.plan();
    // (group order, group title, action position)
    let mut keyed: Vec<(usize, String, usize)> = plan
        .actions
        .iter()
        .enumerate()
        .map(|(position, action)| {
            let (order, title) = group_of(document, action, group_by, today);
            (order, title, position)
        })
        .collect();
    keyed.sort_by(|a, b| {
        (a.0, &a.1)
            .cmp(&(b.0, &b.1))
            .then_with(|| within_group(&plan.actions[a.2], &plan.actions[b.2]))
    });
    let mut rows = Vec::new();
    for group in keyed.chunk_by(|a, b| (a.0, &a.1) == (b.0, &b.1)) {
        rows.push(Row::Heading {
            title: group[0].1.clone(),
            count: group.len(),
        });
        rows.extend(group.iter().map(|&(_, _, position)| Row::Action(position)));
    }
    rows
}

/// Within a group: open ones first, soonest due first (no due date last), then by text.
fn within_group(a: &Action, b: &Action) -> std::cmp::Ordering {
    let due = |action: &Action| (!action.status.is_open(), action.due.is_none(), action.due);
    due(a).cmp(&due(b)).then_with(|| a.text.cmp(&b.text))
}

/// The group an action falls in: its order among the groups, and its title.
fn group_of(
    document: &Document,
    action: &Action,
    group_by: GroupBy,
    today: Date,
) -> (usize, String) {
    match group_by {
        GroupBy::Owner => match action.owner {
            Some(owner) => match document.derived().index.people.get(&owner) {
                // People in the plan's order: the order of precedence.
                Some(&position) => (position, pickers::name_of_person(document, owner)),
                None => (usize::MAX - 1, pickers::name_of_person(document, owner)),
            },
            None => (usize::MAX, "No owner".to_owned()),
        },
        GroupBy::Status => {
            let order = ActionStatus::ALL
                .iter()
                .position(|&s| s == action.status)
                .unwrap_or(0);
            (order, action.status.label().to_owned())
        }
        GroupBy::DueDate => {
            let week = today.checked_add(7.days()).unwrap_or(today);
            let (order, title) = if !action.status.is_open() {
                (4, "Done or dropped")
            } else {
                match action.due {
                    Some(_) if is_overdue(action, today) => (0, "Overdue"),
                    Some(due) if due <= week => (1, "Due within a week"),
                    Some(_) => (2, "Due later"),
                    None => (3, "No due date"),
                }
            };
            (order, title.to_owned())
        }
    }
}

pub(super) fn group_by_picker(ui: &mut Ui, group_by: &mut GroupBy) {
    let label = ui.label("Group by");
    egui::ComboBox::from_id_salt("group actions by")
        .selected_text(group_by.label())
        .show_ui(ui, |ui| {
            for choice in GroupBy::ALL {
                ui.selectable_value(group_by, choice, choice.label());
            }
        })
        .response
        .labelled_by(label.id);
}

pub(super) fn show(
    ctx: &ViewContext,
    state: &mut super::ActionsState,
    ui: &mut Ui,
    selected: Option<ActionId>,
) {
    state.rows.refresh(ctx.document, state.group_by);
    let plan = ctx.document.plan();
    if plan.actions.is_empty() {
        ui.weak("No actions yet. An action is a follow-up someone owns, with a due date.");
        return;
    }
    let today = ctx.document.derived().today;
    let rows = state.rows.lines();
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("action list")
        .auto_shrink([false, false]);
    if ctx.selection.scroll_to
        && let Some(row) = rows
            .iter()
            .position(|row| matches!(row, Row::Action(i) if Some(plan.actions[*i].id) == selected))
    {
        let row_height = ROW_HEIGHT + ui.spacing().item_spacing.y;
        scroll = scroll.vertical_scroll_offset((row as f32 * row_height - 80.0).max(0.0));
        ctx.send(Command::SelectionInSight);
    }
    let mut clicked = None;
    scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, visible| {
        for row in &rows[visible] {
            ui.allocate_ui(egui::vec2(ui.available_width(), ROW_HEIGHT), |ui| {
                ui.set_min_height(ROW_HEIGHT);
                match row {
                    Row::Heading { title, count } => {
                        ui.horizontal(|ui| {
                            let mut text = RichText::new(title)
                                .strong()
                                .size(ctx.tokens.text.row_title);
                            if title == "Overdue" {
                                text = text.color(ctx.tokens.color.error);
                            }
                            ui.label(text);
                            ui.weak(format!("({count})"));
                        });
                    }
                    Row::Action(position) => {
                        let action = &plan.actions[*position];
                        if action_row(ui, ctx.document, action, selected, today) {
                            clicked = Some(action.id);
                        }
                    }
                }
            });
        }
    });
    if let Some(id) = clicked {
        ctx.send(Command::SelectClicked(Subject::Action(id)));
    }
}

/// One action: status, text, owner and due date; overdue ones marked. Returns whether its text
/// was clicked.
fn action_row(
    ui: &mut Ui,
    document: &Document,
    action: &Action,
    selected: Option<ActionId>,
    today: Date,
) -> bool {
    let overdue = is_overdue(action, today);
    let error = Tokens::for_ui(ui).color.error;
    let frame = if overdue {
        egui::Frame::new()
            .fill(error.gamma_multiply(0.10))
            .corner_radius(3.0)
    } else {
        egui::Frame::new()
    };
    frame
        .inner_margin(egui::Margin::symmetric(
            Tokens::for_ui(ui).space.small as i8,
            0,
        ))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.add_space(Tokens::for_ui(ui).space.section);
                cell(ui, 90.0, |ui| {
                    let color = Tokens::for_ui(ui).color.action_status(action.status);
                    ui.label(RichText::new(action.status.label()).strong().color(color))
                });
                let due = match action.due {
                    Some(due) if overdue => {
                        RichText::new(format!("overdue since {}", due.strftime("%-d %b %Y")))
                            .color(error)
                            .strong()
                    }
                    Some(due) => RichText::new(format!("due {}", due.strftime("%-d %b %Y"))).weak(),
                    None => RichText::new("no due date").weak(),
                };
                let owner = action
                    .owner
                    .map(|id| pickers::name_of_person(document, id))
                    .unwrap_or_else(|| "no owner".to_owned());
                // The text takes what the owner and due date leave.
                // The due date keeps its room; the text and the owner share the rest.
                let shared = (ui.available_width() - 190.0).max(200.0);
                let owner_width = (shared * 0.35).min(240.0);
                let text_width = shared - owner_width - 2.0 * ui.spacing().item_spacing.x;
                let mut text = RichText::new(text_of(action));
                if !action.status.is_open() {
                    text = text.weak();
                }
                let clicked = cell(ui, text_width, |ui| {
                    let text = button_text(ui, text);
                    ui.add(egui::Button::selectable(selected == Some(action.id), text).truncate())
                        .on_hover_text(&action.text)
                })
                .clicked();
                cell(ui, owner_width, |ui| {
                    ui.add(egui::Label::new(RichText::new(owner).weak()).truncate())
                });
                ui.label(due);
                clicked
            })
            .inner
        })
        .inner
}

/// `add` in a cell of fixed width, from its left edge.
fn cell<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        egui::vec2(width, ROW_HEIGHT - 4.0),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}
