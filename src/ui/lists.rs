//! Plain lists of each kind of record. Only the rows in sight are laid out, so a list of 10,000
//! people costs what a list of twenty does.

use egui::{RichText, Ui};

use super::{View, native_text};
use crate::app::AttacheApp;
use crate::check::Subject;
use crate::model::{Choice, Plan};

const ROW_HEIGHT: f32 = 24.0;

pub fn show(app: &mut AttacheApp, view: View, ui: &mut Ui) {
    let plan = app.document.plan();
    let derived = app.document.derived();
    let rows: Vec<Subject> = match view {
        View::Itinerary => derived
            .events_in_time_order
            .iter()
            .map(|&i| Subject::Event(plan.events[i].id))
            .collect(),
        View::People => plan.people.iter().map(|p| Subject::Person(p.id)).collect(),
        View::Organisations => plan
            .organisations
            .iter()
            .map(|o| Subject::Organisation(o.id))
            .collect(),
        View::Topics => plan.topics.iter().map(|t| Subject::Topic(t.id)).collect(),
        View::Actions => plan.actions.iter().map(|a| Subject::Action(a.id)).collect(),
        View::Overview | View::Problems => Vec::new(),
    };
    ui.heading(view.label());
    ui.add_space(4.0);
    if rows.is_empty() {
        ui.weak(format!("No {} yet.", view.label().to_lowercase()));
        return;
    }
    let state = &mut app.view_state;
    let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if state.scroll_to_selected
        && let Some(row) = rows.iter().position(|&s| Some(s) == state.selected)
    {
        scroll = scroll.vertical_scroll_offset(
            (row as f32 * (ROW_HEIGHT + ui.spacing().item_spacing.y) - 80.0).max(0.0),
        );
        state.scroll_to_selected = false;
    }
    scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, visible| {
        for &subject in &rows[visible] {
            let selected = state.selected == Some(subject);
            ui.horizontal(|ui| {
                ui.set_height(ROW_HEIGHT);
                let response = row(plan, derived, subject, selected, ui);
                if response.clicked() {
                    state.selected = Some(subject);
                }
            });
        }
    });
}

fn row(
    plan: &Plan,
    derived: &crate::app::Derived,
    subject: Subject,
    selected: bool,
    ui: &mut Ui,
) -> egui::Response {
    let index = &derived.index;
    match subject {
        Subject::Event(id) => {
            let event = &plan.events[index.events[&id]];
            let when = if event.all_day {
                format!("{}  all day", event.start.wall.date().strftime("%a %-d %b"))
            } else {
                format!(
                    "{}  {}",
                    event.start.wall.strftime("%a %-d %b  %H:%M"),
                    event.start.zone
                )
            };
            ui.add_sized(
                [230.0, ROW_HEIGHT],
                egui::Label::new(RichText::new(when).monospace()),
            );
            ui.add_sized(
                [90.0, ROW_HEIGHT],
                egui::Label::new(event.kind.tag().label()),
            );
            let mut title = RichText::new(&event.title);
            if event.status == crate::model::EventStatus::Cancelled {
                title = title.strikethrough();
            }
            let response = ui.add(egui::Button::selectable(selected, title));
            ui.weak(event.status.label());
            response
        }
        Subject::Person(id) => {
            let person = &plan.people[index.people[&id]];
            let response = ui.add(egui::Button::selectable(selected, &person.name));
            if !person.native_name.is_empty() {
                ui.label(native_text(&person.native_name));
            }
            ui.weak(format!("{} · {}", person.side.label(), person.role.label()));
            if let Some(organisation) = person
                .organisation
                .and_then(|o| index.organisations.get(&o))
            {
                ui.weak(&plan.organisations[*organisation].name);
            }
            response
        }
        Subject::Organisation(id) => {
            let organisation = &plan.organisations[index.organisations[&id]];
            let response = ui.add(egui::Button::selectable(selected, &organisation.name));
            if !organisation.native_name.is_empty() {
                ui.label(native_text(&organisation.native_name));
            }
            ui.weak(format!(
                "{} · {}",
                organisation.kind.label(),
                organisation.country
            ));
            response
        }
        Subject::Topic(id) => {
            let topic = &plan.topics[index.topics[&id]];
            let response = ui.add(egui::Button::selectable(selected, &topic.title));
            let covered = plan.events_covering(topic.id).count();
            let answered = topic.questions.iter().filter(|q| q.is_answered()).count();
            ui.weak(format!(
                "covered by {covered} events · {answered} of {} questions answered",
                topic.questions.len()
            ));
            response
        }
        Subject::Action(id) => {
            let action = &plan.actions[index.actions[&id]];
            let response = ui.add(egui::Button::selectable(selected, &action.text));
            ui.weak(action.status.label());
            if let Some(due) = action.due {
                ui.weak(format!("due {}", due.strftime("%-d %b %Y")));
            }
            response
        }
        Subject::Visit => ui.label(""),
    }
}
