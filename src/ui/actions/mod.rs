//! The actions view: the follow-ups (for the bilateral committee and the ministries), grouped by
//! owner, status or due date, with overdue ones marked against today's date; and the editor of
//! the selected action.

mod editor;
mod list;

use egui::Ui;

use crate::app::ViewAction;
use crate::check::Subject;
use crate::model::Action;
use crate::ui::ViewContext;
use crate::ui::widgets::{Toolbar, split};

/// What the actions view remembers between frames.
#[derive(Clone, Debug, Default)]
pub struct ActionsState {
    group_by: list::GroupBy,
    /// The grouped rows, found again when the plan, the grouping or the day changes.
    rows: list::Rows,
    /// The action Add action made, whose text takes the cursor.
    just_added: crate::ui::widgets::JustAdded<Action>,
    /// The action whose deletion waits for the planner's answer.
    deleting: crate::ui::record_editor::DeleteQuestion,
}

pub fn show(ctx: &ViewContext, state: &mut ActionsState, ui: &mut Ui) {
    let selected = match ctx.selection.subject {
        Some(Subject::Action(id)) if ctx.document.derived().index.actions.contains_key(&id) => {
            Some(id)
        }
        _ => None,
    };
    if ctx.view_action == Some(ViewAction::Add) {
        add_action(ctx, state);
    }
    Toolbar::show(ui, |bar| {
        bar.group(|ui| crate::ui::widgets::heading(ui, crate::t!("actions-heading"), 1));
        bar.group(|ui| {
            if ui
                .button(crate::t!("actions-add"))
                .on_hover_text(crate::lang::attribute("actions-add", "tooltip"))
                .clicked()
            {
                add_action(ctx, state);
            }
        });
        bar.group(|ui| list::group_by_picker(ui, &mut state.group_by));
    });
    ui.add_space(ctx.tokens.space.small);
    split::list_and_editor(
        ctx,
        ui,
        "action editor",
        state,
        selected,
        |state, ui| list::show(ctx, state, ui, selected),
        |state, ui, id| editor::show(ctx, state, ui, id),
    );
}

fn add_action(ctx: &ViewContext, state: &mut ActionsState) {
    state
        .just_added
        .add(ctx, Action::new(""), crate::t!("actions-undo-add"));
}

/// Whether an action is still to be done and its due date has passed.
fn is_overdue(action: &Action, today: jiff::civil::Date) -> bool {
    action.status.is_open() && action.due.is_some_and(|due| due < today)
}

/// An action's text for lists, or a placeholder while it has none.
fn text_of(action: &Action) -> &str {
    if action.text.trim().is_empty() {
        crate::t!("action-untitled")
    } else {
        action.text.trim()
    }
}
