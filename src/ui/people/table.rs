//! Everyone in the plan as a table: search box, filters and sortable columns. Only the rows in
//! sight are laid out, and the rows themselves are recomputed only when the plan, the search,
//! a filter or the sort order changes, so a keystroke on 10,000 people is answered in the frame
//! it is typed in.

use egui::{Align, RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::fields::{
    OrganisationChoice, choice_filter, native_name_cell, organisation_name, organisation_picker,
};
use super::{Filters, PeopleState};
use crate::app::{AttacheApp, Derived};
use crate::check::Subject;
use crate::model::search::{fold, matches};
use crate::model::{Choice, Person, Plan};

const ROW_HEIGHT: f32 = 24.0;

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

    fn title(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::NativeName => "Name in own script",
            Self::Side => "Side",
            Self::Role => "Delegation role",
            Self::Organisation => "Organisation",
            Self::Position => "Position",
            Self::Languages => "Languages",
            Self::Email => "Email",
            Self::Phone => "Phone",
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Sort {
    column: SortColumn,
    descending: bool,
}

/// The rows of the table as positions in `plan.people`: all of them in the sort order, and those
/// the search and filters let through. Each is kept until what it depends on changes.
#[derive(Clone, Debug, Default)]
pub(super) struct Rows {
    sorted_for: Option<(u64, Option<Sort>)>,
    sorted: Vec<usize>,
    shown_for: Option<(u64, Option<Sort>, String, Filters)>,
    shown: Vec<usize>,
}

impl Rows {
    fn refresh(
        &mut self,
        plan: &Plan,
        derived: &Derived,
        revision: u64,
        sort: Option<Sort>,
        query: &str,
        filters: Filters,
    ) {
        if self.sorted_for != Some((revision, sort)) {
            self.sorted = sorted(plan, derived, sort);
            self.sorted_for = Some((revision, sort));
            self.shown_for = None;
        }
        let folded = fold(query);
        let key = (revision, sort, folded, filters);
        if self.shown_for.as_ref() != Some(&key) {
            let texts = &derived.search.people;
            self.shown = self
                .sorted
                .iter()
                .copied()
                .filter(|&i| {
                    passes(&plan.people[i], filters)
                        && texts.get(i).is_some_and(|text| matches(text, &key.2))
                })
                .collect();
            self.shown_for = Some(key);
        }
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
    fn rank<T: Choice>(value: T) -> String {
        let position = T::ALL.iter().position(|&v| v == value);
        format!("{:03}", position.unwrap_or_default())
    }
    let keys: Vec<String> = plan
        .people
        .iter()
        .map(|person| match sort.column {
            SortColumn::Name => fold(&person.name),
            SortColumn::NativeName => fold(&person.native_name),
            SortColumn::Side => rank(person.side),
            SortColumn::Role => rank(person.role),
            SortColumn::Organisation => person
                .organisation
                .map(|id| fold(organisation_name(plan, derived, id)))
                .unwrap_or_default(),
            SortColumn::Position => fold(&person.position),
            SortColumn::Languages => fold(&person.languages.join(", ")),
            SortColumn::Email => fold(&person.email),
            SortColumn::Phone => person.phone.clone(),
        })
        .collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&keys[a], &keys[b]);
        a.is_empty().cmp(&b.is_empty()).then_with(
            || {
                if sort.descending { b.cmp(a) } else { a.cmp(b) }
            },
        )
    });
    order
}

pub(super) fn show(app: &mut AttacheApp, ui: &mut Ui) {
    let plan = app.document.plan();
    let derived = app.document.derived();
    let revision = app.document.revision();
    let state: &mut PeopleState = &mut app.view_state.people;

    // A person opened from elsewhere (a problem, a link) must be in sight: drop the search and
    // filters that would hide them.
    let wanted = match app.view_state.selected {
        Some(Subject::Person(id)) if app.view_state.scroll_to_selected => {
            derived.index.people.get(&id).copied()
        }
        _ => None,
    };
    if let Some(position) = wanted {
        state.rows.refresh(
            plan,
            derived,
            revision,
            state.sort,
            &state.query,
            state.filters,
        );
        if !state.rows.shown.contains(&position) {
            state.clear_search();
        }
    }

    search_bar(state, (plan, derived, revision), ui);
    state.rows.refresh(
        plan,
        derived,
        revision,
        state.sort,
        &state.query,
        state.filters,
    );
    let rows = &state.rows.shown;
    ui.weak(if rows.len() == plan.people.len() {
        super::super::widgets::count(plan.people.len(), "person", "people")
    } else {
        format!("{} of {} people", rows.len(), plan.people.len())
    });
    ui.add_space(4.0);
    if rows.is_empty() {
        ui.weak(if plan.people.is_empty() {
            "No people yet. Add the delegation's members and their hosts with Add person."
        } else {
            "Nobody matches the search and filters."
        });
        return;
    }

    let selected = match app.view_state.selected {
        Some(Subject::Person(id)) => Some(id),
        _ => None,
    };
    let mut clicked = None;
    let mut sort = state.sort;
    egui::ScrollArea::horizontal()
        .id_salt("people table scroll")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("people table")
                .striped(true)
                .sense(Sense::click())
                .cell_layout(egui::Layout::left_to_right(Align::Center))
                .auto_shrink([false, false])
                .min_scrolled_height(0.0);
            for column in SortColumn::ALL {
                table = table.column(
                    Column::initial(column.initial_width())
                        .at_least(50.0)
                        .resizable(true)
                        .clip(true),
                );
            }
            if let Some(position) = wanted
                && let Some(row) = rows.iter().position(|&i| i == position)
            {
                table = table.scroll_to_row(row, Some(Align::Center));
                app.view_state.scroll_to_selected = false;
            }
            table
                .header(ROW_HEIGHT + 4.0, |mut header| {
                    for column in SortColumn::ALL {
                        header.col(|ui| sort_button(ui, column, &mut sort));
                    }
                })
                .body(|body| {
                    body.rows(ROW_HEIGHT, rows.len(), |mut row| {
                        let person = &plan.people[rows[row.index()]];
                        let is_selected = selected == Some(person.id);
                        row.set_selected(is_selected);
                        let mut name_clicked = false;
                        row.col(|ui| {
                            let name = if person.name.trim().is_empty() {
                                RichText::new("(no name)").italics()
                            } else {
                                RichText::new(&person.name)
                            };
                            name_clicked = ui
                                .add(egui::Button::selectable(is_selected, name).truncate())
                                .clicked();
                        });
                        row.col(|ui| native_name_cell(ui, &person.native_name));
                        row.col(|ui| {
                            ui.label(person.side.label());
                        });
                        row.col(|ui| {
                            ui.add(egui::Label::new(person.role.label()).truncate());
                        });
                        row.col(|ui| {
                            if let Some(id) = person.organisation {
                                let name = organisation_name(plan, derived, id);
                                ui.add(egui::Label::new(name).truncate());
                            }
                        });
                        for text in [
                            person.position.clone(),
                            person.languages.join(", "),
                            person.email.clone(),
                            person.phone.clone(),
                        ] {
                            row.col(|ui| {
                                ui.add(egui::Label::new(text).truncate());
                            });
                        }
                        if name_clicked || row.response().clicked() {
                            clicked = Some(person.id);
                        }
                    });
                });
        });
    state.sort = sort;
    if let Some(id) = clicked {
        // Chosen in sight: no scrolling needed.
        app.view_state.selected = Some(Subject::Person(id));
    }
}

fn search_bar(
    state: &mut PeopleState,
    (plan, derived, revision): (&Plan, &Derived, u64),
    ui: &mut Ui,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Search people");
        ui.add(
            TextEdit::singleline(&mut state.query)
                .hint_text("name in any script, organisation, email, language…")
                .desired_width(300.0),
        )
        .labelled_by(label.id);
        if !state.query.is_empty() && ui.button("Clear search").clicked() {
            state.query.clear();
        }
        ui.add_space(8.0);
        ui.label("Show");
        choice_filter(ui, "Filter by side", "Any side", &mut state.filters.side);
        choice_filter(ui, "Filter by role", "Any role", &mut state.filters.role);
        organisation_picker(
            ui,
            "filter by organisation",
            plan,
            derived,
            revision,
            Some("Any organisation"),
            &mut state.filters.organisation,
        )
        .1
        .accessible_name("Filter by organisation");
        if state.filters != Filters::default() && ui.button("Show everyone").clicked() {
            state.filters = Filters::default();
        }
    });
}

/// A column heading that sorts by the column: A to Z, then Z to A, then back to plan order.
fn sort_button(ui: &mut Ui, column: SortColumn, sort: &mut Option<Sort>) {
    let (arrow, state) = match *sort {
        Some(s) if s.column == column && !s.descending => (" ▲", "sorted A to Z"),
        Some(s) if s.column == column => (" ▼", "sorted Z to A"),
        _ => ("", "not sorted"),
    };
    let response = ui
        .add(
            egui::Button::new(RichText::new(format!("{}{arrow}", column.title())).strong())
                .frame(false)
                .truncate(),
        )
        .accessible_name(format!("Sort by {}", column.title()))
        .on_hover_text(format!(
            "{}: {state}. Click to sort by this column.",
            column.title()
        ));
    if response.clicked() {
        *sort = match *sort {
            Some(s) if s.column == column && !s.descending => Some(Sort {
                column,
                descending: true,
            }),
            Some(s) if s.column == column => None,
            _ => Some(Sort {
                column,
                descending: false,
            }),
        };
    }
}
