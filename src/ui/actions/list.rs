//! The actions on the shared record table, grouped under headings. The groups are worked out
//! when the plan, the grouping or the day changes, and only the rows in sight are laid out.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};
use jiff::ToSpan;
use jiff::civil::Date;

use super::{is_overdue, text_of};
use crate::app::Command;
use crate::app::{Document, Memo, Revision};
use crate::check::Subject;
use crate::lang::format::{DateFormat, date};
use crate::lang::{self, Language};
use crate::model::{Action, ActionId, ActionStatus, Choice};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::pickers;
use crate::ui::record_table::{RecordColumn, RecordTable, RowCells, TableLine};

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
            Self::DueDate => t!("actions-group-by-due-date"),
            Self::Owner => t!("actions-group-by-owner"),
            Self::Status => t!("actions-group-by-status"),
        }
    }
}

/// One line of the list: a group's heading or an action.
#[derive(Clone, Debug, PartialEq)]
enum Row {
    Heading { title: String, count: usize },
    Action(usize),
}

/// The list's lines, and what they were worked out for (the groups' titles are in the window's
/// language).
#[derive(Clone, Debug, Default)]
pub struct Rows {
    rows: Memo<(Revision, GroupBy, Date, Language), Vec<Row>>,
}

impl Rows {
    fn refresh(&mut self, document: &Document, group_by: GroupBy) {
        let today = document.derived().today;
        let key = (document.revision(), group_by, today, lang::current());
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
            None => (usize::MAX, t!("actions-group-no-owner").to_owned()),
        },
        GroupBy::Status => {
            let order = ActionStatus::ALL
                .iter()
                .position(|&s| s == action.status)
                .unwrap_or(0);
            (order, action.status.text().to_owned())
        }
        GroupBy::DueDate => {
            let week = today.checked_add(7.days()).unwrap_or(today);
            let (order, title) = if !action.status.is_open() {
                (4, t!("actions-group-done"))
            } else {
                match action.due {
                    Some(_) if is_overdue(action, today) => (0, t!("actions-group-overdue")),
                    Some(due) if due <= week => (1, t!("actions-group-due-within-week")),
                    Some(_) => (2, t!("actions-group-due-later")),
                    None => (3, t!("actions-group-no-due-date")),
                }
            };
            (order, title.to_owned())
        }
    }
}

pub(super) fn group_by_picker(ui: &mut Ui, group_by: &mut GroupBy) {
    let label = ui.label(t!("actions-group-by"));
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Action,
    Status,
    Owner,
    Due,
}

impl Column {
    const ALL: [Column; 4] = [Column::Action, Column::Status, Column::Owner, Column::Due];
}

impl RecordColumn for Column {
    fn title(self) -> &'static str {
        match self {
            Self::Action => t!("actions-column-action"),
            Self::Status => t!("actions-column-status"),
            Self::Owner => t!("actions-column-owner"),
            Self::Due => t!("actions-column-due"),
        }
    }

    fn initial_width(self) -> f32 {
        match self {
            Self::Action => 380.0,
            Self::Status => 100.0,
            Self::Owner => 200.0,
            Self::Due => 200.0,
        }
    }
}

impl TableLine for Row {
    fn record(&self) -> Option<usize> {
        match self {
            Row::Action(position) => Some(*position),
            Row::Heading { .. } => None,
        }
    }
}

/// A group's heading across the first cells of its row: its title (in the error colour for the
/// overdue ones) and how many actions it holds.
fn heading_cells<'a>(row: &mut RowCells<'a>, line: &'a Row) {
    let Row::Heading { title, count } = line else {
        return;
    };
    row.col(move |ui| {
        let tokens = Tokens::for_ui(ui);
        let mut text = RichText::new(title).strong().size(tokens.text.row_title);
        if title == t!("actions-group-overdue") {
            text = text.color(tokens.color.error);
        }
        ui.label(text);
        ui.weak(format!("({count})"));
    });
}

pub(super) fn show(
    ctx: &ViewContext,
    state: &mut super::ActionsState,
    ui: &mut Ui,
    selected: Option<ActionId>,
) {
    state.rows.refresh(ctx.document, state.group_by);
    let document = ctx.document;
    let plan = document.plan();
    if plan.actions.is_empty() {
        ui.weak(t!("actions-empty"));
        return;
    }
    let today = document.derived().today;
    let wanted = selected
        .filter(|_| ctx.selection.scroll_to)
        .and_then(|id| document.derived().index.actions.get(&id).copied());
    let table = RecordTable {
        id: "actions table",
        label: t!("actions-table"),
        columns: &Column::ALL,
        rows: state.rows.lines(),
        scroll_to: wanted,
        headings: Some(&heading_cells),
        heights: None,
    }
    .show(
        ui,
        None,
        |i| text_of(&plan.actions[i]),
        |i| selected == Some(plan.actions[i].id),
        |row, i| {
            let action = &plan.actions[i];
            row.col(|ui| {
                let color = ctx.tokens.color.action_status(action.status);
                ui.label(RichText::new(action.status.text()).strong().color(color));
            });
            row.col(|ui| {
                let owner = action
                    .owner
                    .map(|id| pickers::name_of_person(document, id))
                    .unwrap_or_else(|| t!("actions-no-owner").to_owned());
                ui.add(egui::Label::new(RichText::new(owner).weak()).truncate());
            });
            row.col(|ui| {
                ui.label(due_text(ctx, action, today));
            });
        },
    );
    if table.scrolled {
        ctx.send(Command::SelectionInSight);
    }
    if let Some(i) = table.clicked {
        ctx.send(Command::SelectClicked(Subject::Action(plan.actions[i].id)));
    }
    // Enter on the table takes the keyboard into the record's editor.
    if let Some(i) = table.entered {
        ctx.send(Command::ShowRecord(Subject::Action(plan.actions[i].id)));
    }
}

/// When the action is due, in the error colour once it is overdue.
fn due_text(ctx: &ViewContext, action: &Action, today: Date) -> RichText {
    match action.due {
        Some(due) if is_overdue(action, today) => RichText::new(due_words(true, due))
            .color(ctx.tokens.color.error)
            .strong(),
        Some(due) => RichText::new(due_words(false, due)).weak(),
        None => RichText::new(t!("actions-no-due-date")).weak(),
    }
}

/// "due 22 Mar 2027" or "overdue since 22 Mar 2027", written once per language and day and kept,
/// so that the rows in sight cost a lookup a frame.
fn due_words(overdue: bool, due: Date) -> String {
    use std::cell::RefCell;
    use std::collections::HashMap;
    /// Enough for the due dates of any plan; the cache starts again past it.
    const KEPT: usize = 4096;
    thread_local! {
        static TEXTS: RefCell<HashMap<(Language, bool, Date), String>> = RefCell::default();
    }
    let key = (lang::current(), overdue, due);
    TEXTS.with(|texts| {
        if let Some(text) = texts.borrow().get(&key) {
            return text.clone();
        }
        let day = date(due, DateFormat::DayMonthYear);
        let text = if overdue {
            t!("actions-overdue-since", date = day)
        } else {
            t!("actions-due", date = day)
        };
        let mut texts = texts.borrow_mut();
        if texts.len() >= KEPT {
            texts.clear();
        }
        texts.insert(key, text.clone());
        text
    })
}
