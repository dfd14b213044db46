//! The visit at a glance: its title, parties, dates and zones (all editable) and a summary.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};

use super::widgets::{count, field_id, multiline_row, text_row};
use crate::app::Command;
use crate::model::Change;
use crate::model::limits::SHORT_TEXT_CHARACTERS;
use crate::model::schedule::{utc_offset, zone_changes};
use crate::model::{Choice, zone_named};
use crate::ui::ViewContext;
use jiff::civil::Date;
use jiff::tz::TimeZone;

pub fn show(ctx: &ViewContext, ui: &mut Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(if ctx.document.plan().visit.title.trim().is_empty() {
            "Untitled visit"
        } else {
            ctx.document.plan().visit.title.as_str()
        });
        ui.add_space(ctx.tokens.space.large);
        visit_form(ctx, ui);
        ui.add_space(ctx.tokens.space.block);
        summary(ctx, ui);
        ui.add_space(ctx.tokens.space.block);
        super::vehicles::show(ctx, ui);
    });
}

fn visit_form(ctx: &ViewContext, ui: &mut Ui) {
    let before = &ctx.document.plan().visit;
    let mut visit = before.clone();
    let mut typed_in = None;
    egui::Grid::new("visit form")
        .num_columns(2)
        .spacing(ctx.tokens.space.form_grid)
        .min_col_width(140.0)
        .show(ui, |ui| {
            let mut typed = |response: egui::Response| {
                if response.changed() {
                    typed_in = Some(response.id);
                }
            };
            typed(text_row(ui, "visit", "Title", &mut visit.title));
            typed(multiline_row(ui, "visit", "Purpose", &mut visit.purpose));
            typed(text_row(
                ui,
                "visit",
                "Visiting party",
                &mut visit.visiting.name,
            ));
            typed(text_row(
                ui,
                "visit",
                "Visiting country code",
                &mut visit.visiting.country,
            ));
            typed(text_row(ui, "visit", "Host party", &mut visit.host.name));
            typed(text_row(
                ui,
                "visit",
                "Host country code",
                &mut visit.host.country,
            ));

            let label = ui.label("First day");
            ui.add(super::widgets::date_button(
                &mut visit.first_day,
                "first day",
            ))
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Last day");
            ui.add(super::widgets::date_button(&mut visit.last_day, "last day"))
                .labelled_by(label.id);
            ui.end_row();

            let days = (visit.first_day, visit.last_day);
            typed(zone_row(ui, "Home time zone", &mut visit.home_zone, days));
            typed(zone_row(ui, "Host time zone", &mut visit.host_zone, days));
        });
    if visit != *before {
        let command = match typed_in {
            Some(field) => Command::typing(Change::Visit(visit), "edit visit", field),
            None => Command::edit(Change::Visit(visit), "change visit dates"),
        };
        ctx.send(command);
    }
}

/// A zone name field that says whether the zone is known and what its offset is during the
/// visit (not today: a visit in March is planned in February, on the other side of a DST change).
fn zone_row(
    ui: &mut Ui,
    label: &str,
    zone: &mut String,
    (first_day, last_day): (Date, Date),
) -> egui::Response {
    let field = field_id("visit", label);
    let label = ui.label(label);
    let response = ui
        .horizontal(|ui| {
            let response = ui
                .add(
                    crate::ui::bidi::TextField::singleline(field, zone)
                        .char_limit(SHORT_TEXT_CHARACTERS)
                        .desired_width(220.0),
                )
                .labelled_by(label.id);
            match zone_named(zone) {
                Ok(tz) => {
                    ui.weak(offsets_during(&tz, zone, first_day, last_day));
                }
                Err(error) => {
                    ui.colored_label(Tokens::for_ui(ui).color.error, error.to_string());
                }
            }
            response
        })
        .inner;
    ui.end_row();
    response
}

/// "UTC+3 during the visit", or "UTC+2, UTC+3 from Sun 28 Mar" when the clocks change during it.
fn offsets_during(tz: &TimeZone, name: &str, first_day: Date, last_day: Date) -> String {
    let start_of = |day: Date| day.to_zoned(tz.clone()).map(|zoned| zoned.timestamp());
    let (Ok(from), Ok(to)) = (
        start_of(first_day),
        start_of(last_day.tomorrow().unwrap_or(last_day)),
    ) else {
        return String::new();
    };
    let mut text = format!("{} during the visit", utc_offset(tz.to_offset(from)));
    let changes = zone_changes(tz, name, (from, to.max(from)));
    if !changes.is_empty() {
        text = utc_offset(tz.to_offset(from));
        for change in changes {
            let day = change.at.to_zoned(tz.clone()).strftime("%a %-d %b");
            text.push_str(&format!(", {} from {day}", utc_offset(change.after)));
        }
    }
    text
}

fn summary(ctx: &ViewContext, ui: &mut Ui) {
    let plan = ctx.document.plan();
    let problems = &ctx.document.derived().problems;
    let summary = &ctx.document.derived().summary;
    ui.label(
        RichText::new("Summary")
            .strong()
            .size(ctx.tokens.text.heading),
    );
    ui.add_space(ctx.tokens.space.small);
    egui::Grid::new("visit summary")
        .num_columns(2)
        .spacing(ctx.tokens.space.form_grid)
        .min_col_width(140.0)
        .show(ui, |ui| {
            ui.label("Days");
            ui.label(format!(
                "{} ({} to {})",
                plan.visit.day_count(),
                plan.visit.first_day.strftime("%a %-d %b %Y"),
                plan.visit.last_day.strftime("%a %-d %b %Y")
            ));
            ui.end_row();

            ui.label("Events");
            let by_status: Vec<String> = summary
                .events_by_status
                .iter()
                .map(|(status, n)| format!("{n} {}", status.label().to_lowercase()))
                .collect();
            ui.label(format!(
                "{}: {}",
                count(plan.events.len(), "event", "events"),
                by_status.join(", ")
            ));
            ui.end_row();

            ui.label("People");
            let by_side: Vec<String> = summary
                .people_by_side
                .iter()
                .map(|(side, n)| format!("{n} {}", side.label().to_lowercase()))
                .collect();
            ui.label(format!(
                "{}: {}",
                count(plan.people.len(), "person", "people"),
                by_side.join(", ")
            ));
            ui.end_row();

            ui.label("Open actions");
            ui.label(format!(
                "{} of {}",
                summary.open_actions,
                plan.actions.len()
            ));
            ui.end_row();

            ui.label("Problems");
            let derived = ctx.document.derived();
            let errors = derived.error_count;
            let mut found = format!(
                "{}, {}",
                count(errors, "error", "errors"),
                count(problems.len() - errors, "warning", "warnings")
            );
            if derived.checking {
                found.push_str(" (checking the latest changes…)");
            }
            ui.label(found);
            ui.end_row();
        });
}
