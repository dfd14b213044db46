//! The visit at a glance: its title, parties, dates and zones (all editable) and a summary.

use crate::ui::tokens::Tokens;
use egui::{RichText, Ui};

use super::widgets::{count, multiline_row, text_row, zone_picker};
use crate::app::Command;
use crate::app::Revision;
use crate::model::Change;
use crate::model::schedule::{utc_offset, zone_changes};
use crate::model::{Choice, Visit, zone_named};
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

            visit_days(ui, &mut visit, before, ctx.document.identity());

            let days = (visit.first_day, visit.last_day);
            let suggested = [
                (before.host_zone.as_str(), "host zone"),
                (before.home_zone.as_str(), "home zone"),
            ];
            let revision = ctx.document.revision();
            for (name, zone) in [
                ("Home time zone", &mut visit.home_zone),
                ("Host time zone", &mut visit.host_zone),
            ] {
                zone_row(ui, name, zone, days, &suggested, revision);
            }
        });
    if visit != *before {
        let command = match typed_in {
            Some(field) => Command::typing(Change::Visit(visit), "edit visit", field),
            None => Command::edit(Change::Visit(visit), "edit visit"),
        };
        ctx.send(command);
    }
}

/// The first and last day. A first day after the last is refused, and the row below says why
/// until the dates are changed again.
fn visit_days(ui: &mut Ui, visit: &mut Visit, before: &Visit, document: Revision) {
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

    // Kept with the plan it was said of: another plan opened does not inherit it.
    let refusal_id = egui::Id::unique(("visit days refused", document));
    if visit.first_day > visit.last_day {
        let day = |date: Date| date.strftime("%a %-d %b %Y").to_string();
        let refusal = if visit.first_day != before.first_day {
            format!(
                "The first day cannot be {}, after the last day ({}): move the last day first.",
                day(visit.first_day),
                day(before.last_day)
            )
        } else {
            format!(
                "The last day cannot be {}, before the first day ({}): move the first day first.",
                day(visit.last_day),
                day(before.first_day)
            )
        };
        ui.data_mut(|data| data.insert_temp(refusal_id, refusal));
        visit.first_day = before.first_day;
        visit.last_day = before.last_day;
    } else if (visit.first_day, visit.last_day) != (before.first_day, before.last_day) {
        ui.data_mut(|data| data.remove::<String>(refusal_id));
    }
    if let Some(refusal) = ui.data(|data| data.get_temp::<String>(refusal_id)) {
        ui.label("");
        ui.colored_label(Tokens::for_ui(ui).color.error, refusal);
        ui.end_row();
    }
}

/// A zone picker (searched by any part of a zone's name: "bagh" finds Asia/Baghdad) that says
/// what the zone's offset is during the visit (not today: a visit in March is planned in
/// February, on the other side of a DST change).
fn zone_row(
    ui: &mut Ui,
    name: &str,
    zone: &mut String,
    (first_day, last_day): (Date, Date),
    suggested: &[(&str, &str)],
    revision: Revision,
) {
    ui.label(name);
    ui.horizontal(|ui| {
        let at = zone_named(zone)
            .ok()
            .and_then(|tz| first_day.to_zoned(tz).ok())
            .map(|zoned| zoned.timestamp())
            .unwrap_or_else(jiff::Timestamp::now);
        zone_picker(
            ui,
            &format!("{name} picker"),
            name,
            zone,
            suggested,
            at,
            revision,
        );
        match zone_named(zone) {
            Ok(tz) => {
                ui.weak(offsets_during(&tz, zone, first_day, last_day));
            }
            Err(error) => {
                ui.colored_label(Tokens::for_ui(ui).color.error, error.to_string());
            }
        }
    });
    ui.end_row();
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
                .map(|(status, n)| format!("{n} {}", status.text().to_lowercase()))
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
                .map(|(side, n)| format!("{n} {}", side.text().to_lowercase()))
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
