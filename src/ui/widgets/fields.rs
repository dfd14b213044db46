//! Inputs shared by the views: choice boxes, filters, the organisation picker, icon buttons with
//! spoken names, warnings and names in their own script in tables. Every input is labelled for
//! screen readers (and egui_kittest).

use crate::ui::tokens::Tokens;
use egui::{Align, Response, Ui};

use crate::app::{Derived, Revision};
use crate::model::search::fold;
use crate::model::{Choice, OrganisationId, Plan};
use crate::ui::bidi::visual::paragraph_level;
use crate::ui::bidi::{Fit, bidi_label};
use crate::ui::native_text;
use crate::ui::pickers::{Found, search_select};

/// A drop-down of a [`Choice`], labelled by the widget `label`.
pub(super) fn choice_box<T: Choice>(ui: &mut Ui, label: egui::Id, value: &mut T) -> bool {
    let (changed, response) = choice_combo(ui, label, value);
    crate::ui::focus::form_field(&response);
    response.labelled_by(label);
    changed
}

/// A label and, beside it, a drop-down of a [`Choice`] named by it, outside a form's grid (a
/// table's shape, a room's type). True when changed.
pub fn labelled_choice_box<T: Choice>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    label: &str,
    value: &mut T,
) -> bool {
    let label = ui.label(label);
    let (changed, response) = choice_combo(ui, id_salt, value);
    response.labelled_by(label.id);
    changed
}

/// A drop-down of a [`Choice`] with no label of its own, named `name` for screen readers (a
/// kind beside the field it qualifies). True when changed.
pub fn named_choice_box<T: Choice>(
    ui: &mut Ui,
    id_salt: egui::Id,
    name: &str,
    value: &mut T,
) -> bool {
    let (changed, response) = choice_combo(ui, id_salt, value);
    response.accessible_name(name).on_hover_text(name);
    changed
}

fn choice_combo<T: Choice>(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    value: &mut T,
) -> (bool, Response) {
    let mut changed = false;
    let response = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(value.text())
        .show_ui(ui, |ui| {
            for &choice in T::ALL {
                changed |= ui.selectable_value(value, choice, choice.text()).changed();
            }
        })
        .response;
    super::value_for_atspi(ui.ctx(), response.id, value.text());
    (changed, response)
}

/// A filter drop-down: "Any <noun>" or one value, named `name` for screen readers. True when
/// changed.
pub fn choice_filter<T: Choice>(ui: &mut Ui, name: &str, any: &str, value: &mut Option<T>) -> bool {
    let mut changed = false;
    let response = egui::ComboBox::from_id_salt(name)
        .selected_text(value.map_or(any, |v| v.text()))
        .show_ui(ui, |ui| {
            changed |= ui.selectable_value(value, None, any).changed();
            for &choice in T::ALL {
                changed |= ui
                    .selectable_value(value, Some(choice), choice.text())
                    .changed();
            }
        })
        .response
        .accessible_name(name);
    super::value_for_atspi(ui.ctx(), response.id, value.map_or(any, |v| v.text()));
    changed
}

/// Names the dialog `ui` is drawn in by its question, which a screen reader says as the dialog
/// opens.
pub fn name_dialog(ui: &Ui, question: &str) {
    let dialog = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Modal));
    if let Some(dialog) = dialog {
        ui.ctx().accesskit_node_builder(dialog.unique_id, |node| {
            node.set_label(question);
        });
    }
}

/// A small button showing `icon`, named `name` for screen readers and in its tooltip.
pub fn icon_button(ui: &mut Ui, enabled: bool, icon: &str, name: &str) -> Response {
    ui.add_enabled(enabled, egui::Button::new(icon).small())
        .accessible_name(name)
        .on_hover_text(name)
        .on_disabled_hover_text(name)
}

/// A warning beneath or beside a field: shown, never blocking.
pub fn warning(ui: &mut Ui, text: &str) -> Response {
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!("⚠ {text}")).color(Tokens::for_ui(ui).color.warning),
        )
        .wrap(),
    )
}

/// A name in its own script in a table cell or list: shaped, in visual order, and right-aligned
/// when it is written right to left. A name too long for the cell is cut where it ends (on the
/// left when it is right to left) with an ellipsis; the whole name shows on hover.
pub fn native_name_cell(ui: &mut Ui, text: &str) {
    if text.is_empty() {
        return;
    }
    let layout = if paragraph_level(text).is_rtl() {
        egui::Layout::right_to_left(Align::Center)
    } else {
        egui::Layout::left_to_right(Align::Center)
    };
    ui.with_layout(layout, |ui| {
        bidi_label(ui, native_text(text), Fit::Truncate)
    });
}

/// What an organisation filter or picker has chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OrganisationChoice {
    #[default]
    Any,
    None,
    Is(OrganisationId),
}

/// The organisation's name for pickers and tables ("—" for a dangling id, which the check
/// reports).
pub fn organisation_name<'p>(plan: &'p Plan, derived: &Derived, id: OrganisationId) -> &'p str {
    derived
        .index
        .organisations
        .get(&id)
        .map_or(crate::t!("field-missing-organisation"), |&i| {
            plan.organisations[i].name.as_str()
        })
}

/// [`organisation_picker`] for a record's one organisation or none (a person's, an event's host),
/// labelled by `labelled_by`. Returns whether the choice changed.
pub fn optional_organisation_picker(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    labelled_by: egui::Id,
    document: &crate::app::Document,
    value: &mut Option<OrganisationId>,
) -> bool {
    let mut choice = match *value {
        Some(id) => OrganisationChoice::Is(id),
        None => OrganisationChoice::None,
    };
    let (changed, response) = organisation_picker(
        ui,
        id_salt,
        document.plan(),
        document.derived(),
        document.revision(),
        None,
        &mut choice,
    );
    response.labelled_by(labelled_by);
    if changed {
        *value = match choice {
            OrganisationChoice::Is(id) => Some(id),
            OrganisationChoice::Any | OrganisationChoice::None => None,
        };
    }
    changed
}

/// A button showing the chosen organisation that opens a searchable list of them (the shared
/// [`search_select`] picker): for a filter (`any` is `Some("Any organisation")`) or a person's
/// organisation (`any` is `None`). `revision` is the document's revision. Returns whether the
/// choice changed and the button, for the caller to name.
pub fn organisation_picker(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    plan: &Plan,
    derived: &Derived,
    revision: Revision,
    any: Option<&str>,
    value: &mut OrganisationChoice,
) -> (bool, Response) {
    let no_organisation = crate::t!("field-no-organisation");
    let shown = match *value {
        OrganisationChoice::Any => any.unwrap_or(no_organisation).to_owned(),
        OrganisationChoice::None => no_organisation.to_owned(),
        OrganisationChoice::Is(id) => organisation_name(plan, derived, id).to_owned(),
    };
    let select = search_select(
        ui,
        id_salt,
        shown,
        crate::t!("field-find-organisation"),
        revision,
        |query| {
            let mut found = Vec::new();
            if query.is_empty() {
                if let Some(any) = any {
                    found.push(Found {
                        key: OrganisationChoice::Any,
                        text: any.to_owned(),
                        detail: String::new(),
                    });
                }
                found.push(Found {
                    key: OrganisationChoice::None,
                    text: no_organisation.to_owned(),
                    detail: String::new(),
                });
            }
            let search = derived.search();
            let mut matching: Vec<usize> = (0..plan.organisations.len())
                .filter(|&i| search.organisation_matches(i, query))
                .collect();
            matching.sort_by_cached_key(|&i| fold(&plan.organisations[i].name));
            found.extend(matching.into_iter().map(|i| {
                let organisation = &plan.organisations[i];
                Found {
                    key: OrganisationChoice::Is(organisation.id),
                    text: organisation.name.clone(),
                    detail: [organisation.native_name.as_str(), &organisation.country]
                        .iter()
                        .filter(|part| !part.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" · "),
                }
            }));
            found
        },
    );
    match select.picked {
        Some(picked) if picked != *value => {
            *value = picked;
            (true, select.button)
        }
        _ => (false, select.button),
    }
}
