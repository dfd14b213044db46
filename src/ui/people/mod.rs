//! The people view: everyone in the plan in a searchable, sortable table; the editor of the
//! selected person with their schedule; and the visiting delegation in order of precedence.

mod contacts;
mod delegation;
mod editor;
mod table;

use egui::Ui;

use crate::app::{Command, ViewAction};
use crate::check::Subject;
use crate::model::{DelegationRole, Person, Side};
use crate::t;
use crate::ui::ViewContext;
use crate::ui::record_editor::DeleteQuestion;
use crate::ui::record_table::focus_search_when_asked;
use crate::ui::widgets::{OrganisationChoice, Toolbar, split};

/// What the people view remembers between frames: the tab, the search and filters, the sort
/// order, the rows they give, and a delete waiting for confirmation.
#[derive(Clone, Debug, Default)]
pub struct PeopleState {
    tab: Tab,
    /// The search text as typed.
    query: String,
    filters: Filters,
    sort: Option<table::Sort>,
    rows: table::Rows,
    editor: editor::EditorState,
    /// The person whose deletion waits for the planner's confirmation.
    deleting: DeleteQuestion,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Tab {
    #[default]
    Everyone,
    Delegation,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Filters {
    side: Option<Side>,
    role: Option<DelegationRole>,
    organisation: OrganisationChoice,
}

impl PeopleState {
    /// Shows everyone again: no search text, no filter.
    fn clear_search(&mut self) {
        self.query.clear();
        self.filters = Filters::default();
    }
}

pub fn show(ctx: &ViewContext, state: &mut PeopleState, ui: &mut Ui) {
    let selected = match ctx.selection.subject {
        Some(Subject::Person(id)) if ctx.document.derived().index.people.contains_key(&id) => {
            Some(id)
        }
        _ => None,
    };
    if ctx.view_action == Some(ViewAction::Add) {
        add_person(ctx, state);
    }
    focus_search_when_asked(ctx, ui, t!("people-search"));
    Toolbar::show(ui, |bar| {
        bar.group(|ui| {
            crate::ui::widgets::heading(ui, t!("people-heading"), 1);
            ui.add_space(ctx.tokens.space.section);
            ui.selectable_value(&mut state.tab, Tab::Everyone, t!("people-tab-everyone"));
            ui.selectable_value(&mut state.tab, Tab::Delegation, t!("people-tab-delegation"));
        });
        bar.group(|ui| {
            if ui
                .button(t!("people-add"))
                .on_hover_text(crate::lang::attribute("people-add", "tooltip"))
                .clicked()
            {
                add_person(ctx, state);
            }
        });
    });
    ui.add_space(ctx.tokens.space.small);
    split::list_and_editor(
        ctx,
        ui,
        "person editor",
        state,
        selected,
        |state, ui| match state.tab {
            Tab::Everyone => table::show(ctx, state, ui),
            Tab::Delegation => delegation::show(ctx, ui),
        },
        |state, ui, id| editor::show(ctx, state, ui, id),
    );
}

/// Adds a person who passes the filters in force (so they show in the table), selects them and
/// puts the cursor in their name.
fn add_person(ctx: &ViewContext, state: &mut PeopleState) {
    let mut person = Person::new("");
    if state.tab == Tab::Delegation {
        person.side = Side::Visiting;
    }
    if let Some(side) = state.filters.side {
        person.side = side;
    }
    if let Some(role) = state.filters.role {
        person.role = role;
    }
    if let OrganisationChoice::Is(organisation) = state.filters.organisation {
        person.organisation = Some(organisation);
    }
    state.query.clear();
    state
        .editor
        .just_added
        .add(ctx, person, t!("people-undo-add"));
}

/// Adds a person to `organisation` and opens them in the people view (from the organisations
/// view's "Add a person here").
pub(super) fn add_person_to(
    ctx: &ViewContext,
    state: &mut PeopleState,
    organisation: crate::model::OrganisationId,
) {
    let mut person = Person::new("");
    person.organisation = Some(organisation);
    if let Some(&i) = ctx
        .document
        .derived()
        .index
        .organisations
        .get(&organisation)
    {
        let country = &ctx.document.plan().organisations[i].country;
        let visit = &ctx.document.plan().visit;
        if !country.is_empty() && country.eq_ignore_ascii_case(&visit.host.country) {
            person.side = Side::Host;
            person.role = DelegationRole::Host;
        }
    }
    state.clear_search();
    state.tab = Tab::Everyone;
    state
        .editor
        .just_added
        .add(ctx, person, t!("people-undo-add"));
    ctx.send(Command::ShowView(crate::app::View::People));
}
