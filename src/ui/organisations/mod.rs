//! The organisations view: ministries, agencies, companies, universities and embassies in a
//! searchable, sortable table, and the editor of the selected one with its people.

mod editor;

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Align, RichText, Sense, TextEdit, Ui};
use egui_extras::{Column, TableBuilder};

use super::people::fields::{choice_filter, native_name_cell};
use super::widgets::count;
use crate::app::{AttacheApp, Change, Command, Derived};
use crate::check::Subject;
use crate::model::search::{fold, matches};
use crate::model::{Choice, Organisation, OrganisationId, OrganisationKind, Plan};

const ROW_HEIGHT: f32 = 24.0;

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
    delete: Option<OrganisationId>,
    focus_name: bool,
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

    fn title(self) -> &'static str {
        match self {
            Self::Name => "Name",
            Self::NativeName => "Name in own script",
            Self::Kind => "Kind",
            Self::Country => "Country",
            Self::People => "People",
            Self::Website => "Website",
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sort {
    column: SortColumn,
    descending: bool,
}

type RowsKey = (
    u64,
    Option<Sort>,
    String,
    Option<OrganisationKind>,
    Option<String>,
);

/// The rows shown, as positions in `plan.organisations`, and how many people each organisation
/// has; both kept until the plan, the search, a filter or the sort order changes.
#[derive(Clone, Debug, Default)]
struct Rows {
    people_for: Option<u64>,
    people: HashMap<OrganisationId, usize>,
    shown_for: Option<RowsKey>,
    shown: Vec<usize>,
}

impl Rows {
    fn refresh(&mut self, plan: &Plan, derived: &Derived, revision: u64, key: RowsKey) {
        if self.people_for != Some(revision) {
            self.people.clear();
            for person in &plan.people {
                if let Some(organisation) = person.organisation {
                    *self.people.entry(organisation).or_default() += 1;
                }
            }
            self.people_for = Some(revision);
            self.shown_for = None;
        }
        if self.shown_for.as_ref() == Some(&key) {
            return;
        }
        let (_, sort, query, kind, country) = &key;
        let texts = &derived.search.organisations;
        let mut shown: Vec<usize> = (0..plan.organisations.len())
            .filter(|&i| {
                let organisation = &plan.organisations[i];
                kind.is_none_or(|kind| organisation.kind == kind)
                    && country
                        .as_ref()
                        .is_none_or(|c| organisation.country.eq_ignore_ascii_case(c))
                    && texts.get(i).is_some_and(|text| matches(text, query))
            })
            .collect();
        if let Some(sort) = *sort {
            let key = |i: usize| -> String {
                let organisation = &plan.organisations[i];
                match sort.column {
                    SortColumn::Name => fold(&organisation.name),
                    SortColumn::NativeName => fold(&organisation.native_name),
                    SortColumn::Kind => {
                        let all = OrganisationKind::ALL;
                        let rank = all.iter().position(|&k| k == organisation.kind);
                        format!("{:03}", rank.unwrap_or_default())
                    }
                    SortColumn::Country => fold(&organisation.country),
                    SortColumn::People => {
                        format!("{:010}", self.people.get(&organisation.id).unwrap_or(&0))
                    }
                    SortColumn::Website => fold(&organisation.website),
                }
            };
            let keys: HashMap<usize, String> = shown.iter().map(|&i| (i, key(i))).collect();
            shown.sort_by(|a, b| {
                let (a, b) = (&keys[a], &keys[b]);
                a.is_empty()
                    .cmp(&b.is_empty())
                    .then_with(|| if sort.descending { b.cmp(a) } else { a.cmp(b) })
            });
        }
        self.shown = shown;
        self.shown_for = Some(key);
    }
}

pub fn show(app: &mut AttacheApp, ui: &mut Ui) {
    let selected = match app.view_state.selected {
        Some(Subject::Organisation(id))
            if app.document.derived().index.organisations.contains_key(&id) =>
        {
            Some(id)
        }
        _ => None,
    };
    ui.horizontal(|ui| {
        ui.heading("Organisations");
        ui.add_space(12.0);
        if ui
            .button("Add organisation")
            .on_hover_text("Add an organisation and open it in the editor")
            .clicked()
        {
            let mut organisation = Organisation::new("");
            if let Some(kind) = app.view_state.organisations.kind {
                organisation.kind = kind;
            }
            if let Some(country) = &app.view_state.organisations.country {
                organisation.country = country.clone();
            }
            app.view_state.organisations.query.clear();
            app.view_state.organisations.focus_name = true;
            app.view_state
                .select(Subject::Organisation(organisation.id));
            app.send(Command::edit(
                Change::Organisation(Arc::new(organisation)),
                "add organisation",
            ));
        }
    });
    ui.add_space(4.0);
    if let Some(id) = selected {
        egui::Panel::right("organisation editor")
            .resizable(true)
            .default_size(440.0)
            .size_range(320.0..=760.0)
            .show(ui, |ui| editor::show(app, ui, id));
    }
    egui::CentralPanel::no_frame().show(ui, |ui| table(app, ui));
    editor::delete_prompt(app, ui.ctx());
}

fn table(app: &mut AttacheApp, ui: &mut Ui) {
    let plan = app.document.plan();
    let derived = app.document.derived();
    let revision = app.document.revision();
    let state = &mut app.view_state.organisations;

    let wanted = match app.view_state.selected {
        Some(Subject::Organisation(id)) if app.view_state.scroll_to_selected => {
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
        state.rows.refresh(plan, derived, revision, key(state));
        if !state.rows.shown.contains(&position) {
            state.query.clear();
            state.kind = None;
            state.country = None;
        }
    }

    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Search organisations");
        ui.add(
            TextEdit::singleline(&mut state.query)
                .hint_text("name in any script, address, website…")
                .desired_width(300.0),
        )
        .labelled_by(label.id);
        if !state.query.is_empty() && ui.button("Clear search").clicked() {
            state.query.clear();
        }
        ui.add_space(8.0);
        ui.label("Show");
        choice_filter(ui, "Filter by kind", "Any kind", &mut state.kind);
        let mut countries: Vec<String> = plan
            .organisations
            .iter()
            .map(|o| o.country.trim().to_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort();
        countries.dedup();
        egui::ComboBox::from_id_salt("filter by country")
            .selected_text(state.country.as_deref().unwrap_or("Any country"))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.country, None, "Any country");
                for country in countries {
                    ui.selectable_value(&mut state.country, Some(country.clone()), country);
                }
            })
            .response
            .accessible_name("Filter by country");
    });
    state.rows.refresh(plan, derived, revision, key(state));
    let rows = &state.rows.shown;
    ui.weak(if rows.len() == plan.organisations.len() {
        count(plan.organisations.len(), "organisation", "organisations")
    } else {
        format!(
            "{} of {} organisations",
            rows.len(),
            plan.organisations.len()
        )
    });
    ui.add_space(4.0);
    if rows.is_empty() {
        ui.weak(if plan.organisations.is_empty() {
            "No organisations yet. Add the ministries, agencies and companies of the visit."
        } else {
            "No organisation matches the search and filters."
        });
        return;
    }

    let selected = match app.view_state.selected {
        Some(Subject::Organisation(id)) => Some(id),
        _ => None,
    };
    let mut clicked = None;
    let mut sort = state.sort;
    let people = &state.rows.people;
    egui::ScrollArea::horizontal()
        .id_salt("organisations table scroll")
        .show(ui, |ui| {
            let mut table = TableBuilder::new(ui)
                .id_salt("organisations table")
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
                        let organisation = &plan.organisations[rows[row.index()]];
                        let is_selected = selected == Some(organisation.id);
                        row.set_selected(is_selected);
                        let mut name_clicked = false;
                        row.col(|ui| {
                            let name = if organisation.name.trim().is_empty() {
                                RichText::new("(no name)").italics()
                            } else {
                                RichText::new(&organisation.name)
                            };
                            name_clicked = ui
                                .add(egui::Button::selectable(is_selected, name).truncate())
                                .clicked();
                        });
                        row.col(|ui| native_name_cell(ui, &organisation.native_name));
                        row.col(|ui| {
                            ui.label(organisation.kind.label());
                        });
                        row.col(|ui| {
                            ui.label(&organisation.country);
                        });
                        row.col(|ui| {
                            let n = people.get(&organisation.id).copied().unwrap_or(0);
                            ui.label(n.to_string());
                        });
                        row.col(|ui| {
                            ui.add(egui::Label::new(&organisation.website).truncate());
                        });
                        if name_clicked || row.response().clicked() {
                            clicked = Some(organisation.id);
                        }
                    });
                });
        });
    state.sort = sort;
    if let Some(id) = clicked {
        app.view_state.selected = Some(Subject::Organisation(id));
    }
}

/// A column heading that sorts by the column: A to Z, then Z to A, then back to plan order.
fn sort_button(ui: &mut Ui, column: SortColumn, sort: &mut Option<Sort>) {
    let arrow = match *sort {
        Some(s) if s.column == column && !s.descending => " ▲",
        Some(s) if s.column == column => " ▼",
        _ => "",
    };
    let response = ui
        .add(
            egui::Button::new(RichText::new(format!("{}{arrow}", column.title())).strong())
                .frame(false)
                .truncate(),
        )
        .accessible_name(format!("Sort by {}", column.title()))
        .on_hover_text("Click to sort by this column; again to reverse; again for plan order");
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
