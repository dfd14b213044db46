//! The organisations view: ministries, agencies, companies, universities and embassies in a
//! searchable, sortable table, and the editor of the selected one with its people.

mod editor;

use crate::t;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::widgets::{Toolbar, split};
use std::collections::HashMap;
use std::sync::Arc;

use egui::Ui;

use super::record_table::{
    RecordColumn, RecordTable, choice_rank, focus_search_when_asked, search_field, shown_count,
    sort_positions,
};
use super::widgets::{choice_filter, native_name_cell};
use crate::app::{Command, Derived, Memo, Revision, ViewAction};
use crate::check::Subject;
use crate::model::search::fold;
use crate::model::{Choice, Organisation, OrganisationId, OrganisationKind, Plan};

/// What the organisations view remembers between frames: search, filters, sort order, the rows
/// they give, and a delete waiting for confirmation.
#[derive(Clone, Debug, Default)]
pub struct OrganisationsState {
    query: String,
    kind: Option<OrganisationKind>,
    /// An ISO country code, or `None` for every country.
    country: Option<String>,
    sort: Option<Sort>,
    rows: Rows,
    deleting: crate::ui::record_editor::DeleteQuestion,
    /// The organisation Add organisation made, whose name takes the cursor.
    just_added: crate::ui::widgets::JustAdded<Organisation>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortColumn {
    Name,
    NativeName,
    Kind,
    Country,
    People,
    Website,
}

impl SortColumn {
    const ALL: [SortColumn; 6] = [
        Self::Name,
        Self::NativeName,
        Self::Kind,
        Self::Country,
        Self::People,
        Self::Website,
    ];
}

impl RecordColumn for SortColumn {
    fn title(self) -> &'static str {
        match self {
            Self::Name => t!("organisations-column-name"),
            Self::NativeName => t!("organisations-column-native-name"),
            Self::Kind => t!("organisations-column-kind"),
            Self::Country => t!("organisations-column-country"),
            Self::People => t!("organisations-column-people"),
            Self::Website => t!("organisations-column-website"),
        }
    }

    fn initial_width(self) -> f32 {
        match self {
            Self::Name => 320.0,
            Self::NativeName => 260.0,
            Self::Kind => 130.0,
            Self::Country => 70.0,
            Self::People => 60.0,
            Self::Website => 200.0,
        }
    }
}

type Sort = super::record_table::Sort<SortColumn>;

type RowsKey = (
    Revision,
    Option<Sort>,
    String,
    Option<OrganisationKind>,
    Option<String>,
);

/// The rows shown, as positions in `plan.organisations`, and what the filters and the sort need
/// from the plan; each kept until what it depends on changes.
#[derive(Clone, Debug, Default)]
struct Rows {
    plan_facts: Memo<Revision, PlanFacts>,
    shown: Memo<RowsKey, Vec<usize>>,
}

/// What the table needs to know of the whole plan, worked out once per revision.
#[derive(Clone, Debug, Default)]
struct PlanFacts {
    /// How many people each organisation has.
    people: HashMap<OrganisationId, usize>,
    /// Every country code the organisations name, upper case, sorted, once each.
    countries: Vec<String>,
}

impl PlanFacts {
    fn of(plan: &Plan) -> Self {
        let mut people = HashMap::new();
        for person in &plan.people {
            if let Some(organisation) = person.organisation {
                *people.entry(organisation).or_default() += 1;
            }
        }
        let mut countries: Vec<String> = plan
            .organisations
            .iter()
            .map(country_code)
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort();
        countries.dedup();
        Self { people, countries }
    }
}

/// An organisation's country as the filter lists it: however it was typed, " ee " is "EE".
fn country_code(organisation: &Arc<Organisation>) -> String {
    organisation.country.trim().to_uppercase()
}

impl Rows {
    fn plan_facts(&mut self, plan: &Plan, revision: Revision) -> &PlanFacts {
        self.plan_facts
            .get_or_compute(revision, || PlanFacts::of(plan))
    }

    fn refresh(&mut self, plan: &Plan, derived: &Derived, key: RowsKey) {
        let facts = self
            .plan_facts
            .get_or_compute(key.0, || PlanFacts::of(plan));
        self.shown.get_or_compute(key.clone(), || {
            let (_, sort, query, kind, country) = &key;
            let search = derived.search();
            let mut shown: Vec<usize> = (0..plan.organisations.len())
                .filter(|&i| {
                    let organisation = &plan.organisations[i];
                    kind.is_none_or(|kind| organisation.kind == kind)
                        && country
                            .as_ref()
                            .is_none_or(|c| country_code(organisation) == *c)
                        && search.organisation_matches(i, query)
                })
                .collect();
            if let Some(sort) = *sort {
                sort_positions(&mut shown, sort.descending, |i| {
                    let organisation = &plan.organisations[i];
                    match sort.column {
                        SortColumn::Name => fold(&organisation.name),
                        SortColumn::NativeName => fold(&organisation.native_name),
                        SortColumn::Kind => choice_rank(organisation.kind),
                        SortColumn::Country => fold(&organisation.country),
                        SortColumn::People => {
                            format!("{:010}", facts.people.get(&organisation.id).unwrap_or(&0))
                        }
                        SortColumn::Website => fold(&organisation.website),
                    }
                });
            }
            shown
        });
    }

    /// How many people `organisation` has, as of the last refresh.
    fn people_of(&self, organisation: OrganisationId) -> usize {
        self.plan_facts
            .value()
            .and_then(|facts| facts.people.get(&organisation).copied())
            .unwrap_or(0)
    }

    /// The positions of the organisations shown, as of the last refresh.
    fn shown(&self) -> &[usize] {
        self.shown.value().map_or(&[], Vec::as_slice)
    }
}

pub fn show(
    ctx: &ViewContext,
    state: &mut OrganisationsState,
    people: &mut crate::ui::people::PeopleState,
    ui: &mut Ui,
) {
    let selected = match ctx.selection.subject {
        Some(Subject::Organisation(id))
            if ctx.document.derived().index.organisations.contains_key(&id) =>
        {
            Some(id)
        }
        _ => None,
    };
    let mut add = ctx.view_action == Some(ViewAction::Add);
    focus_search_when_asked(ctx, ui, t!("organisations-search"));
    Toolbar::show(ui, |bar| {
        bar.group(|ui| crate::ui::widgets::heading(ui, t!("organisations-heading"), 1));
        bar.group(|ui| {
            add |= ui
                .button(t!("organisations-add"))
                .on_hover_text(crate::lang::attribute("organisations-add", "tooltip"))
                .clicked();
        });
    });
    if add {
        // Of the kind and country the filters show, so that it shows in the table.
        let mut organisation = Organisation::new("");
        if let Some(kind) = state.kind {
            organisation.kind = kind;
        }
        if let Some(country) = &state.country {
            organisation.country = country.clone();
        }
        state.query.clear();
        state
            .just_added
            .add(ctx, organisation, t!("organisations-undo-add"));
    }
    ui.add_space(ctx.tokens.space.small);
    split::list_and_editor(
        ctx,
        ui,
        "organisation editor",
        state,
        selected,
        |state, ui| table(ctx, state, ui),
        |state, ui, id| editor::show(ctx, state, people, ui, id),
    );
}

fn table(ctx: &ViewContext, state: &mut OrganisationsState, ui: &mut Ui) {
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let revision = ctx.document.revision();
    let wanted = match ctx.selection.subject {
        Some(Subject::Organisation(id)) if ctx.selection.scroll_to => {
            derived.index.organisations.get(&id).copied()
        }
        _ => None,
    };
    let key = |state: &OrganisationsState| -> RowsKey {
        (
            revision,
            state.sort,
            fold(&state.query),
            state.kind,
            state.country.clone(),
        )
    };
    if let Some(position) = wanted {
        state.rows.refresh(plan, derived, key(state));
        if !state.rows.shown().contains(&position) {
            state.query.clear();
            state.kind = None;
            state.country = None;
        }
    }

    Toolbar::show(ui, |bar| {
        bar.group(|ui| {
            search_field(
                ui,
                t!("organisations-search"),
                crate::lang::attribute("organisations-search", "hint"),
                &mut state.query,
            )
        });
        bar.group(|ui| {
            ui.label(t!("record-filter-show"));
            choice_filter(
                ui,
                t!("organisations-filter-kind"),
                crate::lang::attribute("organisations-filter-kind", "any"),
                &mut state.kind,
            );
            let any_country = crate::lang::attribute("organisations-filter-country", "any");
            let countries = &state.rows.plan_facts(plan, revision).countries;
            egui::ComboBox::from_id_salt("filter by country")
                .selected_text(state.country.as_deref().unwrap_or(any_country))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut state.country, None, any_country);
                    for country in countries {
                        ui.selectable_value(&mut state.country, Some(country.clone()), country);
                    }
                })
                .response
                .accessible_name(t!("organisations-filter-country"));
        });
    });
    state.rows.refresh(plan, derived, key(state));
    let rows = state.rows.shown();
    shown_count(
        ui,
        rows.len(),
        plan.organisations.len(),
        "organisations-count",
        "organisations-count-shown",
    );
    if rows.is_empty() {
        ui.weak(if plan.organisations.is_empty() {
            t!("organisations-empty")
        } else {
            t!("organisations-none-match")
        });
        return;
    }

    let selected = match ctx.selection.subject {
        Some(Subject::Organisation(id)) => Some(id),
        _ => None,
    };
    let mut sort = state.sort;
    let rows_state = &state.rows;
    let table = RecordTable {
        id: "organisations table",
        label: t!("organisations-table"),
        columns: &SortColumn::ALL,
        rows,
        scroll_to: wanted,
        headings: None,
        heights: None,
    }
    .show(
        ui,
        Some(&mut sort),
        |i| &plan.organisations[i].name,
        |i| selected == Some(plan.organisations[i].id),
        |row, i| {
            let organisation = &plan.organisations[i];
            row.col(|ui| native_name_cell(ui, &organisation.native_name));
            row.col(|ui| {
                ui.add(egui::Label::new(organisation.kind.text()).truncate());
            });
            row.col(|ui| {
                bidi_label(ui, &organisation.country, Fit::Truncate);
            });
            row.col(|ui| {
                let n = rows_state.people_of(organisation.id);
                ui.label(n.to_string());
            });
            row.col(|ui| {
                bidi_label(ui, &organisation.website, Fit::Truncate);
            });
        },
    );
    state.sort = sort;
    if table.scrolled {
        ctx.send(Command::SelectionInSight);
    }
    if let Some(i) = table.clicked {
        ctx.send(Command::SelectClicked(Subject::Organisation(
            plan.organisations[i].id,
        )));
    }
    // Enter on the table takes the keyboard into the record's editor.
    if let Some(i) = table.entered {
        ctx.send(Command::ShowRecord(Subject::Organisation(
            plan.organisations[i].id,
        )));
    }
}
