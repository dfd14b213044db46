//! The visit at a glance: its title, parties, dates and zones (all editable) and a summary.

use crate::ui::tokens::Tokens;
use egui::Ui;

use super::widgets::{
    heading, input_row, multiline_row, section_heading, text_row, value_row, zone_picker,
};
use crate::app::Command;
use crate::app::Revision;
use crate::lang::format::{DateFormat, date};
use crate::model::Change;
use crate::model::schedule::{utc_offset, zone_changes};
use crate::model::{Choice, Visit, zone_named};
use crate::t;
use crate::ui::ViewContext;
use jiff::civil::Date;
use jiff::tz::TimeZone;

pub fn show(ctx: &ViewContext, ui: &mut Ui) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        let title = match ctx.document.plan().visit.title.trim() {
            "" => t!("overview-untitled-visit"),
            title => title,
        };
        heading(ui, title, 1);
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
    crate::ui::widgets::grid(
        ui,
        egui::Grid::new("visit form")
            .num_columns(2)
            .spacing(ctx.tokens.space.form_grid)
            .min_col_width(140.0),
        |ui| {
            let mut typed = |response: egui::Response| {
                if response.changed() {
                    typed_in = Some(response.id);
                }
            };
            typed(text_row(
                ui,
                "visit",
                t!("overview-title"),
                &mut visit.title,
            ));
            typed(multiline_row(
                ui,
                "visit",
                t!("overview-purpose"),
                &mut visit.purpose,
            ));
            typed(text_row(
                ui,
                "visit",
                t!("overview-visiting-party"),
                &mut visit.visiting.name,
            ));
            typed(text_row(
                ui,
                "visit",
                t!("overview-visiting-country"),
                &mut visit.visiting.country,
            ));
            typed(text_row(
                ui,
                "visit",
                t!("overview-host-party"),
                &mut visit.host.name,
            ));
            typed(text_row(
                ui,
                "visit",
                t!("overview-host-country"),
                &mut visit.host.country,
            ));

            visit_days(ui, &mut visit, before, ctx.document.identity());

            let days = (visit.first_day, visit.last_day);
            let suggested = [
                (
                    before.host_zone.as_str(),
                    t!("overview-suggested-host-zone"),
                ),
                (
                    before.home_zone.as_str(),
                    t!("overview-suggested-home-zone"),
                ),
            ];
            let revision = ctx.document.revision();
            for (id, name, zone) in [
                (
                    "Home time zone",
                    t!("overview-home-zone"),
                    &mut visit.home_zone,
                ),
                (
                    "Host time zone",
                    t!("overview-host-zone"),
                    &mut visit.host_zone,
                ),
            ] {
                zone_row(ui, (id, name), zone, days, &suggested, revision);
            }
        },
    );
    if visit != *before {
        let command = match typed_in {
            Some(field) => Command::typing(Change::Visit(visit), t!("overview-undo-edit"), field),
            None => Command::edit(Change::Visit(visit), t!("overview-undo-edit")),
        };
        ctx.send(command);
    }
}

/// The first and last day. A first day after the last is refused, and the row below says why
/// until the dates are changed again.
fn visit_days(ui: &mut Ui, visit: &mut Visit, before: &Visit, document: Revision) {
    input_row(ui, t!("overview-first-day"), |ui, label| {
        ui.add(super::widgets::date_button(
            &mut visit.first_day,
            "first day",
        ))
        .labelled_by(label)
    });
    input_row(ui, t!("overview-last-day"), |ui, label| {
        ui.add(super::widgets::date_button(&mut visit.last_day, "last day"))
            .labelled_by(label)
    });

    // Kept with the plan it was said of: another plan opened does not inherit it.
    let refusal_id = egui::Id::unique(("visit days refused", document));
    if visit.first_day > visit.last_day {
        let day = |day: Date| date(day, DateFormat::WeekdayDayMonthYear);
        let refusal = if visit.first_day != before.first_day {
            t!(
                "overview-first-day-refused",
                first = day(visit.first_day),
                last = day(before.last_day)
            )
        } else {
            t!(
                "overview-last-day-refused",
                last = day(visit.last_day),
                first = day(before.first_day)
            )
        };
        ui.data_mut(|data| data.insert_temp(refusal_id, refusal));
        visit.first_day = before.first_day;
        visit.last_day = before.last_day;
    } else if (visit.first_day, visit.last_day) != (before.first_day, before.last_day) {
        ui.data_mut(|data| data.remove::<String>(refusal_id));
    }
    if let Some(refusal) = ui.data(|data| data.get_temp::<String>(refusal_id)) {
        input_row(ui, "", |ui, _| {
            ui.colored_label(Tokens::for_ui(ui).color.error, refusal)
        });
    }
}

/// A zone picker (searched by any part of a zone's name: "bagh" finds Asia/Baghdad) that says
/// what the zone's offset is during the visit (not today: a visit in March is planned in
/// February, on the other side of a DST change).
fn zone_row(
    ui: &mut Ui,
    (id, name): (&str, &str),
    zone: &mut String,
    (first_day, last_day): (Date, Date),
    suggested: &[(&str, &str)],
    revision: Revision,
) {
    input_row(ui, name, |ui, _| {
        zone_and_offsets(
            ui,
            (id, name),
            zone,
            (first_day, last_day),
            suggested,
            revision,
        )
    });
}

/// The zone picker of [`zone_row`] and the zone's offsets, in reading order.
fn zone_and_offsets(
    ui: &mut Ui,
    (id, name): (&str, &str),
    zone: &mut String,
    (first_day, last_day): (Date, Date),
    suggested: &[(&str, &str)],
    revision: Revision,
) {
    Tokens::for_ui(ui).row(ui, |ui| {
        let at = zone_named(zone)
            .ok()
            .and_then(|tz| first_day.to_zoned(tz).ok())
            .map(|zoned| zoned.timestamp())
            .unwrap_or_else(jiff::Timestamp::now);
        zone_picker(
            ui,
            &format!("{id} picker"),
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
    let changes = zone_changes(tz, name, (from, to.max(from)));
    if changes.is_empty() {
        return t!(
            "overview-offset-during-visit",
            offset = utc_offset(tz.to_offset(from))
        );
    }
    let mut text = utc_offset(tz.to_offset(from));
    for change in changes {
        let day = date(
            change.at.to_zoned(tz.clone()).date(),
            DateFormat::WeekdayDayMonth,
        );
        let from = t!(
            "overview-offset-from",
            offset = utc_offset(change.after),
            day = day
        );
        text.push_str(&format!(", {from}"));
    }
    text
}

fn summary(ctx: &ViewContext, ui: &mut Ui) {
    let plan = ctx.document.plan();
    let problems = &ctx.document.derived().problems;
    let summary = &ctx.document.derived().summary;
    section_heading(ui, t!("overview-summary"), 2);
    ui.add_space(ctx.tokens.space.small);
    crate::ui::widgets::grid(
        ui,
        egui::Grid::new("visit summary")
            .num_columns(2)
            .spacing(ctx.tokens.space.form_grid)
            .min_col_width(140.0),
        |ui| {
            let days = t!(
                "overview-days-value",
                count = plan.visit.day_count(),
                first = date(plan.visit.first_day, DateFormat::WeekdayDayMonthYear),
                last = date(plan.visit.last_day, DateFormat::WeekdayDayMonthYear)
            );
            value_row(ui, t!("overview-days"), days);

            let by_status: Vec<String> = summary
                .events_by_status
                .iter()
                .map(|(status, n)| {
                    t!(
                        "overview-count-of",
                        count = *n,
                        what = status.text().to_lowercase()
                    )
                })
                .collect();
            let events = t!(
                "overview-events-value",
                count = plan.events.len(),
                by_status = by_status.join(", ")
            );
            value_row(ui, t!("overview-events"), events);

            let by_side: Vec<String> = summary
                .people_by_side
                .iter()
                .map(|(side, n)| {
                    t!(
                        "overview-count-of",
                        count = *n,
                        what = side.text().to_lowercase()
                    )
                })
                .collect();
            let people = t!(
                "overview-people-value",
                count = plan.people.len(),
                by_side = by_side.join(", ")
            );
            value_row(ui, t!("overview-people"), people);
            let actions = t!(
                "overview-open-actions-value",
                open = summary.open_actions,
                total = plan.actions.len()
            );
            value_row(ui, t!("overview-open-actions"), actions);

            let derived = ctx.document.derived();
            let errors = derived.error_count;
            let found = t!(
                "overview-problems-value",
                errors = errors,
                warnings = problems.len() - errors,
                checking = if derived.checking { "yes" } else { "no" }
            );
            value_row(ui, t!("overview-problems"), found);
        },
    );
}
