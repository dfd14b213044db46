//! Searchable pickers: choose one record from many (a lead, an owner, a time zone) or several
//! (an event's participants and hosts). What is typed is folded with [`search::fold`], so
//! "tonis" finds "Tõnis" and a search without Arabic vowel marks finds a name written with them.
//!
//! Each picker is labelled for screen readers: the caller draws its label and passes the label's
//! id. Matches are searched when the query or the plan changes, not per frame, and a long list of
//! matches lays out only the rows in sight.

use std::borrow::Cow;
use std::hash::Hash;
use std::sync::Arc;

use egui::{Id, Response, RichText, Ui};

use crate::app::{Document, Memo, Revision};
use crate::model::label::label;
use crate::model::search::fold;
use crate::model::{Choice, Person, PersonId, Side};
use crate::ui::bidi::{Fit, TextField, bidi_label, bidi_text, button_text};
use crate::ui::tokens::Tokens;

/// One thing a picker offers.
#[derive(Clone, Debug, PartialEq)]
pub struct Found<K> {
    pub key: K,
    /// What the planner reads and clicks, e.g. the person's name.
    pub text: String,
    /// A hint beside it, e.g. the person's position and organisation.
    pub detail: String,
}

/// The matches of `query`, kept in egui's memory under `id` until the query or the plan changes.
fn matches_for<K: Clone + Send + Sync + 'static>(
    ui: &Ui,
    id: Id,
    query: &str,
    revision: Revision,
    find: impl FnOnce(&str) -> Vec<Found<K>>,
) -> Arc<Vec<Found<K>>> {
    type Matches<K> = Memo<(String, Revision), Arc<Vec<Found<K>>>>;
    let mut matches: Matches<K> = ui.data(|data| data.get_temp(id)).unwrap_or_default();
    let found = Arc::clone(matches.get_or_compute((query.to_owned(), revision), || {
        Arc::new(find(&fold(query)))
    }));
    ui.data_mut(|data| data.insert_temp(id, matches));
    found
}

const ROW_HEIGHT: f32 = 22.0;

/// What a single-choice picker did this frame.
pub struct SearchSelect<K> {
    /// The button showing the current choice: name it with `labelled_by` or `accessible_name`.
    pub button: Response,
    /// The key picked this frame.
    pub picked: Option<K>,
}

/// A button showing the current choice (`shown`) that opens a list to search and pick from.
/// `find` gets the folded query and is called only when the query or the document's `revision`
/// changes. Name the returned button for screen readers.
pub fn search_select<K: Clone + Send + Sync + 'static>(
    ui: &mut Ui,
    id_salt: impl Hash + std::fmt::Debug,
    shown: impl Into<egui::WidgetText>,
    search_label: &str,
    revision: Revision,
    find: impl FnOnce(&str) -> Vec<Found<K>>,
) -> SearchSelect<K> {
    let id = ui.make_persistent_id(id_salt);
    let shown = shown.into();
    let value = shown.text().to_owned();
    let button = ui.add(egui::Button::new(button_text(ui, shown)).truncate());
    let query_id = id.with("query");
    let popup_id = id.with("popup");
    let popup = egui::Popup::from_toggle_button_response(&button)
        .id(popup_id)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .width(button.rect.width().max(320.0));
    let just_opened = button.clicked();
    let mut picked = None;
    popup.show(|ui| {
        let mut query: String = ui.data(|data| data.get_temp(query_id)).unwrap_or_default();
        let label = ui.label(search_label);
        let field = ui
            .add(
                TextField::singleline(query_id.with("field"), &mut query)
                    .hint_text(crate::t!("picker-type-to-search"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if just_opened {
            field.request_focus();
        }
        ui.data_mut(|data| data.insert_temp(query_id, query.clone()));
        let found = matches_for(ui, id.with("matches"), &query, revision, find);
        if found.is_empty() {
            ui.weak(crate::t!("picker-nothing-matches"));
        }
        let enter = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if enter && let Some(first) = found.first() {
            picked = Some(first.key.clone());
        }
        egui::ScrollArea::vertical()
            .max_height(280.0)
            .auto_shrink([false, true])
            .show_rows(ui, ROW_HEIGHT, found.len(), |ui, rows| {
                // Full-width rows, text at the left, as in a menu.
                ui.with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
                    for item in &found[rows] {
                        let mut response = ui.add(
                            egui::Button::new(button_text(ui, &item.text))
                                .frame_when_inactive(false)
                                .truncate()
                                .min_size(egui::vec2(0.0, ROW_HEIGHT)),
                        );
                        if !item.detail.is_empty() {
                            response = response.on_hover_text(&item.detail);
                        }
                        if response.clicked() {
                            picked = Some(item.key.clone());
                        }
                    }
                });
            });
        if picked.is_some() {
            ui.data_mut(|data| data.remove::<String>(query_id));
            ui.close();
        }
    });
    // A screen reader meets it as a drop-down: its name is the caller's label, its value the
    // current choice (which the label would otherwise hide), and whether its list is open.
    let expanded = egui::Popup::is_id_open(ui.ctx(), popup_id);
    crate::ui::widgets::value_for_atspi(ui.ctx(), button.id, &value);
    ui.ctx().accesskit_node_builder(button.id, |node| {
        node.set_role(egui::accesskit::Role::ComboBox);
        node.set_value(value);
        node.set_expanded(expanded);
    });
    SearchSelect { button, picked }
}

/// What a multi-select did this frame.
pub struct MultiSelect<K> {
    /// Whether the chosen list changed (something added or removed).
    pub changed: bool,
    /// A chosen item whose name was clicked: open its record.
    pub opened: Option<K>,
}

/// The chosen items, one a line (each with a remove button, its name a link to open it), and a
/// search field to add more; matches show under the field while something is typed, Enter adds the first.
/// `noun` names one chosen item in the remove buttons' labels ("Remove Kaja Kallas from
/// participants"). `name` gives each chosen key's text; `find` the matches (as in
/// [`search_select`]), of which those already chosen are not offered.
#[allow(clippy::too_many_arguments)]
pub fn multi_select<K: Copy + PartialEq + Send + Sync + 'static>(
    ui: &mut Ui,
    id_salt: impl Hash + std::fmt::Debug,
    labelled_by: Id,
    chosen: &mut Vec<K>,
    list_name: &str,
    name: impl Fn(K) -> String,
    revision: Revision,
    find: impl FnOnce(&str) -> Vec<Found<K>>,
) -> MultiSelect<K> {
    let id = ui.make_persistent_id(id_salt);
    let mut changed = false;
    let mut opened = None;
    let group = egui::UiBuilder::new()
        .layout(egui::Layout::top_down(egui::Align::Min))
        .accessibility_role(egui::accesskit::Role::Group);
    ui.scope_builder(group, |ui| {
        // The chosen, one a line: a button to remove each, and its name, a link to open it.
        let mut removed = None;
        let mut names = Vec::with_capacity(chosen.len());
        for (position, &key) in chosen.iter().enumerate() {
            let text = name(key);
            names.push(text.clone());
            ui.horizontal(|ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                ui.spacing_mut().item_spacing.x = Tokens::for_ui(ui).space.small;
                let remove_text = crate::t!("picker-remove-from", name = &text, list = list_name);
                let remove = ui
                    .add(egui::Button::new("×").frame_when_inactive(false).small())
                    .on_hover_text(&remove_text)
                    .accessible_name(remove_text);
                if remove.clicked() {
                    removed = Some(position);
                }
                let link = bidi_text(ui, &text, Fit::Truncate, ui.available_width());
                if ui
                    .link(link)
                    .on_hover_text(crate::t!("picker-open"))
                    .clicked()
                {
                    opened = Some(key);
                }
            });
        }
        if let Some(position) = removed {
            chosen.remove(position);
            names.remove(position);
            changed = true;
        }
        let query_id = id.with("query");
        let mut query: String = ui.data(|data| data.get_temp(query_id)).unwrap_or_default();
        let field = ui
            .add(
                TextField::singleline(query_id.with("field"), &mut query)
                    .hint_text(crate::t!("picker-add-to-hint", list = list_name))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(labelled_by);
        let mut add = None;
        if !query.trim().is_empty() {
            let found = matches_for(ui, id.with("matches"), &query, revision, find);
            let offered: Vec<&Found<K>> = found
                .iter()
                .filter(|item| !chosen.contains(&item.key))
                .collect();
            const SHOWN: usize = 8;
            let highlighted = move_highlight(ui, id, &field, &query, offered.len().min(SHOWN));
            if field.lost_focus()
                && ui.input(|input| input.key_pressed(egui::Key::Enter))
                && let Some(item) = offered.get(highlighted)
            {
                add = Some(item.key);
            }
            egui::Frame::group(ui.style()).show(ui, |ui| {
                if offered.is_empty() {
                    ui.weak(crate::t!("picker-nobody-else-matches"));
                }
                for (position, item) in offered.iter().take(SHOWN).enumerate() {
                    ui.horizontal(|ui| {
                        if ui
                            .add(
                                egui::Button::new(button_text(ui, &item.text))
                                    .frame_when_inactive(false)
                                    .selected(position == highlighted),
                            )
                            .on_hover_text(crate::t!("picker-add-to", list = list_name))
                            .clicked()
                        {
                            add = Some(item.key);
                        }
                        if !item.detail.is_empty() {
                            bidi_label(ui, RichText::new(&item.detail).weak(), Fit::Truncate);
                        }
                    });
                }
                if offered.len() > SHOWN {
                    ui.weak(crate::t!("picker-more", count = offered.len() - SHOWN));
                }
            });
        }
        if let Some(key) = add {
            chosen.push(key);
            names.push(name(key));
            changed = true;
            query.clear();
            field.request_focus();
        }
        ui.data_mut(|data| data.insert_temp(query_id, query));
        expose_chosen(ui, field.id, &names);
    });
    MultiSelect { changed, opened }
}

/// Tells a screen reader who is chosen, as a drop-down tells its value: the picker is a group
/// whose value is the chosen names, and its search field, where the keyboard lands and which
/// the label names, is described by them ("Chosen: Kadri Tamm and Ali Hassan"), since its own
/// value is what is typed. (The group is not named by the label too: the field is.)
fn expose_chosen(ui: &Ui, field: Id, names: &[String]) {
    let value = if names.is_empty() {
        crate::t!("picker-none-chosen").to_owned()
    } else {
        crate::lang::format::list(names)
    };
    let description = if names.is_empty() {
        value.clone()
    } else {
        crate::t!("picker-chosen", names = value.as_str())
    };
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |node| node.set_value(value));
    ui.ctx().accesskit_node_builder(field, |node| {
        node.set_description(description);
    });
}

/// The entry Enter would take: the first until the arrow keys move it, within the `shown`
/// entries; back to the first whenever the query changes.
fn move_highlight(ui: &Ui, id: Id, field: &egui::Response, query: &str, shown: usize) -> usize {
    let key = id.with("highlight");
    let (mut highlighted, for_query): (usize, String) =
        ui.data(|data| data.get_temp(key)).unwrap_or_default();
    if for_query != query {
        highlighted = 0;
    }
    if field.has_focus() && shown > 0 {
        let (down, up) = ui.input_mut(|input| {
            (
                input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                input.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            )
        });
        if down {
            highlighted = (highlighted + 1).min(shown - 1);
        }
        if up {
            highlighted = highlighted.saturating_sub(1);
        }
    }
    highlighted = highlighted.min(shown.saturating_sub(1));
    ui.data_mut(|data| data.insert_temp(key, (highlighted, query.to_owned())));
    highlighted
}

/// A person's name for pickers and chips, as a [`label`]: the name, or the name in their own script
/// when it is all there is.
pub fn person_name(person: &Person) -> String {
    if person.name.trim().is_empty() {
        if person.native_name.trim().is_empty() {
            crate::t!("picker-unnamed-person").to_owned()
        } else {
            label(&person.native_name).into_owned()
        }
    } else {
        label(&person.name).into_owned()
    }
}

fn person_detail(document: &Document, person: &Person) -> String {
    let plan = document.plan();
    let derived = document.derived();
    let organisation = person
        .organisation
        .and_then(|id| derived.index.organisations.get(&id))
        .map(|&i| label(&plan.organisations[i].name));
    let mut parts: Vec<Cow<str>> = Vec::new();
    if !person.position.is_empty() {
        parts.push(label(&person.position));
    }
    parts.extend(organisation);
    if parts.is_empty() {
        parts.push(crate::model::Choice::text(person.role).into());
    }
    let mut detail = parts.join(", ");
    if !person.native_name.is_empty() && !person.name.trim().is_empty() {
        detail = format!("{} · {detail}", label(&person.native_name));
    }
    detail
}

/// The people whose searchable text holds every word of `folded_query`: those of `first_side`
/// first (with the others marked), then by how well the name matches (the whole name, its start,
/// the start of one of its words, anywhere), then in plan order.
pub fn find_people(
    document: &Document,
    folded_query: &str,
    first_side: Option<Side>,
) -> Vec<Found<PersonId>> {
    let plan = document.plan();
    // Without a query, every person matches and no text needs folding.
    let search = (!folded_query.is_empty()).then(|| document.derived().search());
    let mut ranked: Vec<(u8, u8, usize)> = plan
        .people
        .iter()
        .enumerate()
        .filter(|(i, _)| search.is_none_or(|search| search.person_matches(*i, folded_query)))
        .map(|(i, person)| {
            let side = u8::from(first_side.is_some_and(|side| person.side != side));
            (side, name_match(person, folded_query), i)
        })
        .collect();
    ranked.sort_unstable();
    ranked
        .into_iter()
        .map(|(other_side, _, i)| {
            let person = &plan.people[i];
            let mut detail = person_detail(document, person);
            if other_side == 1 {
                detail = crate::t!(
                    "picker-other-side",
                    side = Choice::text(person.side),
                    detail = detail
                );
            }
            Found {
                key: person.id,
                text: person_name(person),
                detail,
            }
        })
        .collect()
}

/// How well a person's name (or name in their own script) matches the query: 0 the whole name,
/// 1 its start, 2 the start of one of its words, 3 only somewhere (or in another field).
fn name_match(person: &Person, folded_query: &str) -> u8 {
    let query = folded_query.trim();
    if query.is_empty() {
        return 3;
    }
    [&person.name, &person.native_name]
        .into_iter()
        .map(|name| {
            let name = fold(name);
            let name = name.trim();
            if name == query {
                0
            } else if name.starts_with(query) {
                1
            } else if name
                .match_indices(query)
                .any(|(at, _)| at > 0 && name[..at].ends_with(|c: char| !c.is_alphanumeric()))
            {
                2
            } else {
                3
            }
        })
        .min()
        .unwrap_or(3)
}

/// The name of the person with `id`, or a sentence saying they are missing from the plan.
pub fn name_of_person(document: &Document, id: PersonId) -> String {
    match document.derived().index.people.get(&id) {
        Some(&i) => person_name(&document.plan().people[i]),
        None => crate::t!("picker-missing-person", id = id.to_string()),
    }
}

/// Several people, e.g. an event's participants: see [`multi_select`].
pub fn people_multi_select(
    ui: &mut Ui,
    id_salt: impl Hash + std::fmt::Debug,
    labelled_by: Id,
    document: &Document,
    chosen: &mut Vec<PersonId>,
    list_name: &str,
    first_side: Option<Side>,
) -> MultiSelect<PersonId> {
    multi_select(
        ui,
        id_salt,
        labelled_by,
        chosen,
        list_name,
        |id| name_of_person(document, id),
        document.revision(),
        |query| find_people(document, query, first_side),
    )
}

/// One person or nobody, e.g. a topic's lead or an action's owner: see [`search_select`].
/// `nobody` names the empty choice ("No lead"). Returns whether the choice changed.
pub fn person_select(
    ui: &mut Ui,
    id_salt: impl Hash + std::fmt::Debug,
    labelled_by: Id,
    document: &Document,
    chosen: &mut Option<PersonId>,
    nobody: &str,
) -> bool {
    let shown = match *chosen {
        Some(id) => name_of_person(document, id),
        None => nobody.to_owned(),
    };
    let select = search_select(
        ui,
        id_salt,
        shown,
        crate::t!("picker-search-people"),
        document.revision(),
        |query| {
            let mut found = Vec::new();
            if query.is_empty() {
                found.push(Found {
                    key: None,
                    text: nobody.to_owned(),
                    detail: String::new(),
                });
            }
            found.extend(
                find_people(document, query, None)
                    .into_iter()
                    .map(|item| Found {
                        key: Some(item.key),
                        text: item.text,
                        detail: item.detail,
                    }),
            );
            found
        },
    );
    select.button.labelled_by(labelled_by);
    match select.picked {
        Some(picked) if picked != *chosen => {
            *chosen = picked;
            true
        }
        _ => false,
    }
}
