//! Everyone in the plan as a table: search box, filters and sortable columns. Only the rows in
//! sight are laid out, and the rows themselves are recomputed only when the plan, the search,
//! a filter or the sort order changes, so a keystroke on 10,000 people is answered in the frame
//! it is typed in.

use crate::app::Command;
use crate::ui::ViewContext;
use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::widgets::Toolbar;
use egui::Ui;

use super::{Filters, PeopleState};
use crate::app::{Derived, Memo, Revision};
use crate::check::Subject;
use crate::model::contact::preferred_entry;
use crate::model::label::label;
use crate::model::search::fold;
use crate::model::{Choice, ContactEntry, Person, Plan};
use crate::t;
use crate::ui::record_table::{
    RecordColumn, RecordTable, choice_rank, search_field, shown_count, sort_positions,
};
use crate::ui::widgets::{
    OrganisationChoice, choice_filter, native_name_cell, organisation_name, organisation_picker,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SortColumn {
    Name,
    NativeName,
    Side,
    Role,
    Organisation,
    Position,
    Languages,
    Email,
    Phone,
}

impl SortColumn {
    const ALL: [SortColumn; 9] = [
        Self::Name,
        Self::NativeName,
        Self::Side,
        Self::Role,
        Self::Organisation,
        Self::Position,
        Self::Languages,
        Self::Email,
        Self::Phone,
    ];
}

impl RecordColumn for SortColumn {
    fn title(self) -> &'static str {
        match self {
            Self::Name => t!("people-column-name"),
            Self::NativeName => t!("people-column-native-name"),
            Self::Side => t!("people-column-side"),
            Self::Role => t!("people-column-role"),
            Self::Organisation => t!("people-column-organisation"),
            Self::Position => t!("people-column-position"),
            Self::Languages => t!("people-column-languages"),
            Self::Email => t!("people-column-email"),
            Self::Phone => t!("people-column-phone"),
        }
    }

    fn initial_width(self) -> f32 {
        match self {
            Self::Name => 280.0,
            Self::NativeName => 220.0,
            Self::Side => 70.0,
            Self::Role => 130.0,
            Self::Organisation => 240.0,
            Self::Position => 220.0,
            Self::Languages => 160.0,
            Self::Email => 210.0,
            Self::Phone => 140.0,
        }
    }

    fn sort_hint(self, state: &str) -> String {
        t!(
            "people-column-sort-hint",
            column = self.title(),
            state = state
        )
    }
}

pub(super) type Sort = crate::ui::record_table::Sort<SortColumn>;

/// The rows of the table as positions in `plan.people`: all of them in the sort order, and those
/// the search and filters let through. Each is kept until what it depends on changes.
#[derive(Clone, Debug, Default)]
pub(super) struct Rows {
    sorted: Memo<(Revision, Option<Sort>), Vec<usize>>,
    shown: Memo<(Revision, Option<Sort>, String, Filters), Vec<usize>>,
}

impl Rows {
    fn refresh(
        &mut self,
        plan: &Plan,
        derived: &Derived,
        revision: Revision,
        sort: Option<Sort>,
        query: &str,
        filters: Filters,
    ) {
        let sorted = self
            .sorted
            .get_or_compute((revision, sort), || sorted(plan, derived, sort));
        let query = fold(query);
        self.shown
            .get_or_compute((revision, sort, query.clone(), filters), || {
                // Without a query, every person matches and no text needs folding.
                let search = (!query.is_empty()).then(|| derived.search());
                sorted
                    .iter()
                    .copied()
                    .filter(|&i| {
                        passes(&plan.people[i], filters)
                            && search.is_none_or(|search| search.person_matches(i, &query))
                    })
                    .collect()
            });
    }

    /// The positions of the people shown, as of the last refresh.
    fn shown(&self) -> &[usize] {
        self.shown.value().map_or(&[], Vec::as_slice)
    }
}

impl PeopleState {
    /// Brings the table's rows up to date with the plan, the search, the filters and the sort.
    fn refresh_rows(&mut self, plan: &Plan, derived: &Derived, revision: Revision) {
        self.rows.refresh(
            plan,
            derived,
            revision,
            self.sort,
            &self.query,
            self.filters,
        );
    }
}

fn passes(person: &Person, filters: Filters) -> bool {
    filters.side.is_none_or(|side| person.side == side)
        && filters.role.is_none_or(|role| person.role == role)
        && match filters.organisation {
            OrganisationChoice::Any => true,
            OrganisationChoice::None => person.organisation.is_none(),
            OrganisationChoice::Is(id) => person.organisation == Some(id),
        }
}

/// Positions of all people in the sort order; plan order (the order of precedence) when there is
/// none, and among equals. Empty values go last either way.
fn sorted(plan: &Plan, derived: &Derived, sort: Option<Sort>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..plan.people.len()).collect();
    let Some(sort) = sort else {
        return order;
    };
    sort_positions(&mut order, sort.descending, |i| {
        let person = &plan.people[i];
        match sort.column {
            SortColumn::Name => fold(&person.name),
            SortColumn::NativeName => fold(&person.native_name),
            SortColumn::Side => choice_rank(person.side),
            SortColumn::Role => choice_rank(person.role),
            SortColumn::Organisation => person
                .organisation
                .map(|id| fold(organisation_name(plan, derived, id)))
                .unwrap_or_default(),
            SortColumn::Position => fold(&person.position),
            SortColumn::Languages => fold(&person.languages.join(", ")),
            SortColumn::Email => fold(person.preferred_email()),
            SortColumn::Phone => person.preferred_phone().to_owned(),
        }
    });
    order
}

pub(super) fn show(ctx: &ViewContext, state: &mut super::PeopleState, ui: &mut Ui) {
    let plan = ctx.document.plan();
    let derived = ctx.document.derived();
    let revision = ctx.document.revision();
    // A person opened from elsewhere (a problem, a link) must be in sight: drop the search and
    // filters that would hide them.
    let wanted = match ctx.selection.subject {
        Some(Subject::Person(id)) if ctx.selection.scroll_to => {
            derived.index.people.get(&id).copied()
        }
        _ => None,
    };
    if let Some(position) = wanted {
        state.refresh_rows(plan, derived, revision);
        if !state.rows.shown().contains(&position) {
            state.clear_search();
        }
    }

    search_bar(state, (plan, derived, revision), ui);
    state.refresh_rows(plan, derived, revision);
    let rows = state.rows.shown();
    shown_count(
        ui,
        rows.len(),
        plan.people.len(),
        "people-count",
        "people-count-shown",
    );
    if rows.is_empty() {
        ui.weak(if plan.people.is_empty() {
            t!("people-empty")
        } else {
            t!("people-none-match")
        });
        return;
    }

    let selected = match ctx.selection.subject {
        Some(Subject::Person(id)) => Some(id),
        _ => None,
    };
    let mut sort = state.sort;
    let table = RecordTable {
        id: "people table",
        label: t!("people-table"),
        columns: &SortColumn::ALL,
        rows,
        scroll_to: wanted,
        headings: None,
        heights: None,
    }
    .show(
        ui,
        Some(&mut sort),
        |i| &plan.people[i].name,
        |i| selected == Some(plan.people[i].id),
        |row, i| {
            let person = &plan.people[i];
            row.col(|ui| native_name_cell(ui, &person.native_name));
            row.col(|ui| {
                let color = ctx.tokens.color.side(person.side);
                ui.label(egui::RichText::new(person.side.text()).color(color));
            });
            row.col(|ui| {
                ui.add(egui::Label::new(person.role.text()).truncate());
            });
            row.col(|ui| {
                if let Some(id) = person.organisation {
                    let name = label(organisation_name(plan, derived, id));
                    bidi_label(ui, name, Fit::Truncate);
                }
            });
            for text in [
                person.position.clone(),
                person.languages.join(", "),
                with_others(&person.emails),
                with_others(&person.phones),
            ] {
                row.col(|ui| {
                    bidi_label(ui, text, Fit::Truncate);
                });
            }
        },
    );
    state.sort = sort;
    if table.scrolled {
        ctx.send(Command::SelectionInSight);
    }
    if let Some(i) = table.clicked {
        // Chosen in sight: no scrolling needed.
        ctx.send(Command::SelectClicked(Subject::Person(plan.people[i].id)));
    }
    // Enter on the table takes the keyboard into the record's editor.
    if let Some(i) = table.entered {
        ctx.send(Command::ShowRecord(Subject::Person(plan.people[i].id)));
    }
}

fn search_bar(
    state: &mut PeopleState,
    (plan, derived, revision): (&Plan, &Derived, Revision),
    ui: &mut Ui,
) {
    Toolbar::show(ui, |bar| {
        bar.group(|ui| {
            search_field(
                ui,
                t!("people-search"),
                crate::lang::attribute("people-search", "hint"),
                &mut state.query,
            )
        });
        bar.group(|ui| {
            ui.label(t!("record-filter-show"));
            choice_filter(
                ui,
                t!("people-filter-side"),
                crate::lang::attribute("people-filter-side", "any"),
                &mut state.filters.side,
            );
            choice_filter(
                ui,
                t!("people-filter-role"),
                crate::lang::attribute("people-filter-role", "any"),
                &mut state.filters.role,
            );
            organisation_picker(
                ui,
                "filter by organisation",
                plan,
                derived,
                revision,
                Some(crate::lang::attribute("people-filter-organisation", "any")),
                &mut state.filters.organisation,
            )
            .1
            .accessible_name(t!("people-filter-organisation"));
            if state.filters != Filters::default()
                && ui.button(t!("people-show-everyone")).clicked()
            {
                state.filters = Filters::default();
            }
        });
    });
}

/// The preferred entry of a list, and how many more there are ("+372 5301 4478 +1"), so that a
/// planner sees at a glance that a person has another number.
fn with_others(entries: &[ContactEntry]) -> String {
    match preferred_entry(entries) {
        None => String::new(),
        Some(entry) if entries.len() == 1 => entry.value.clone(),
        Some(entry) => format!("{} +{}", entry.value, entries.len() - 1),
    }
}
